/**
 * How much a file of `kinerja import` may hold once read. The file itself is at most
 * MAX_WORKBOOK_BYTES (src/cli/transfer.ts, 64 MB); a workbook is compressed, and a small
 * file can expand to gigabytes (a zip bomb), so what it expands to is limited as well,
 * checked while it is read: the generated M workspace (40 agencies, about the size of a
 * province) is a workbook of 2,5 MB that expands to 25 MB with 0,56 million cells.
 */

/** The parts of a workbook read (sheets, shared strings, styles) expand to at most this many bytes. */
export const MAX_EXPANDED_BYTES = 256 * 1024 * 1024;

/** A file holds at most this many cells (a workbook's cell elements, empty ones too; a CSV file's fields). */
export const MAX_CELLS = 4_000_000;

/** The file expands past a limit; read.ts says which, and what to do. */
export class TooLarge extends Error {
    constructor(readonly what: 'bytes' | 'cells') {
        super(what === 'bytes' ? `expands past ${MAX_EXPANDED_BYTES} bytes` : `holds more than ${MAX_CELLS} cells`);
    }
}
