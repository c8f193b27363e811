/**
 * A `.csv` file as a grid (grid.ts) of one sheet, named after the file without its
 * extension (`Realisasi.csv` is the sheet Realisasi), every cell text: table.ts reads
 * values in their column's notation, as it reads text cells of a workbook.
 *
 * - Encoding: UTF-8, with or without a byte-order mark (Excel's "CSV UTF-8" writes
 *   one). Anything else (old Excel's "CSV" in Windows-1252, UTF-16) is refused, naming
 *   the first line that is not UTF-8 and how to save the file as CSV UTF-8: which code
 *   page it was is not guessed (Windows-1252 and others read the same bytes as other
 *   letters).
 * - Quoting as RFC 4180: a field in double quotes may hold the delimiter, line breaks
 *   and doubled quotes (`""` is `"`); a quote inside an unquoted field is kept as it is
 *   (as spreadsheet apps read it). Lines end with CRLF, LF or CR.
 * - The delimiter is `;` (Excel with Indonesian settings) or `,`, decided from the file:
 *   with a delimiter, the header (the first line with anything on it) must have at least
 *   two fields and no line more fields than the header. When exactly one of the two
 *   fits, it is the delimiter; when both fit, the one with which every line has exactly
 *   as many fields as the header, if only one does so. Otherwise the file is refused,
 *   naming the line that decides it and what to do: never a guess (an English number
 *   `1,004,422,800` in a file delimited by `,` must be quoted, or it would be four
 *   cells).
 * - Row numbers are the ones a spreadsheet app shows when it opens the file: one per
 *   record, the same as the line numbers unless a quoted field holds a line break.
 *   Problems of the file as text (encoding, quotes, fields) name its lines.
 */
import { isUtf8 } from 'node:buffer';
import { basename, extname } from 'node:path';
import type { Grid, GridRow } from './grid.js';
import { MAX_CELLS, TooLarge } from './limits.js';
import type { Problems } from './problems.js';
import { importMessage } from './messages.js';

const DELIMITERS = [';', ','] as const;
type Delimiter = typeof DELIMITERS[number];

/** The line (from 1) of the byte at `offset`. */
function lineAt(bytes: Uint8Array, offset: number): number {
    let line = 1;
    for (let i = 0; i < offset; i++) {
        if (bytes[i] === 10) line++;
        else if (bytes[i] === 13 && bytes[i + 1] !== 10) line++;
    }
    return line;
}

/** The offset of the first byte that is not part of well-formed UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
    for (let i = 0; i < bytes.length;) {
        const b = bytes[i];
        const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
        if (!length) return i;
        for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
        // Overlong and surrogate forms, and beyond U+10FFFF.
        const b1 = bytes[i + 1];
        if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 >= 0xa0) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 >= 0x90)) return i;
        i += length;
    }
    return bytes.length;
}

interface Record {
    /** The row a spreadsheet app shows it on: blank lines count. */
    row: number;
    fields: string[];
}

interface Scan {
    /** Per record (blank lines left out): its line, its row number and how many fields it has. */
    counts: Array<{ line: number; row: number; fields: number }>;
    /** The records' fields, when asked for. */
    records?: Record[];
    /** A quoted field not closed by the end of the file: the line it starts on. */
    unclosedAt?: number;
    /** Text after a closing quote (`"a"b`): the first line where it happens. */
    strayAt?: number;
}

/** Splits the text into records with a delimiter (RFC 4180). */
function scan(text: string, delimiter: Delimiter, keep: boolean): Scan {
    const d = delimiter.charCodeAt(0);
    const result: Scan = { counts: [], records: keep ? [] : undefined };
    let line = 1;
    let row = 0;
    let at = 0;
    let cells = 0;
    const n = text.length;
    while (at < n) {
        const start = line;
        row++;
        const fields: string[] = [];
        let count = 0;
        let blank = true;
        // One record: fields until a line end outside quotes, or the end of the text.
        for (;;) {
            let field = '';
            if (text.charCodeAt(at) === 34) {
                blank = false;
                const opened = line;
                at++;
                let closed = false;
                while (at < n) {
                    const q = text.indexOf('"', at);
                    const end = q < 0 ? n : q;
                    const chunk = text.slice(at, end);
                    for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) line++;
                    for (let i = chunk.indexOf('\r'); i >= 0; i = chunk.indexOf('\r', i + 1)) if (chunk.charCodeAt(i + 1) !== 10) line++;
                    if (keep) field += chunk;
                    at = end;
                    if (q < 0) break;
                    if (text.charCodeAt(q + 1) === 34) { if (keep) field += '"'; at = q + 2; continue; }
                    at = q + 1;
                    closed = true;
                    break;
                }
                if (!closed) { result.unclosedAt ??= opened; }
                // Anything up to the next delimiter or line end after the closing quote is stray.
                let stray = at;
                while (stray < n) {
                    const c = text.charCodeAt(stray);
                    if (c === d || c === 10 || c === 13) break;
                    stray++;
                }
                if (stray > at) { result.strayAt ??= line; if (keep) field += text.slice(at, stray); at = stray; }
                if (keep) field = field.replace(/\r\n?/g, '\n');
            } else {
                let end = at;
                while (end < n) {
                    const c = text.charCodeAt(end);
                    if (c === d || c === 10 || c === 13) break;
                    end++;
                }
                if (end > at) { blank = false; if (keep) field = text.slice(at, end); }
                at = end;
            }
            count++;
            if (++cells > MAX_CELLS) throw new TooLarge('cells');
            if (keep) fields.push(field);
            if (at < n && text.charCodeAt(at) === d) { blank = false; at++; continue; }
            break;
        }
        // The line end.
        if (at < n) {
            if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) at += 2;
            else at++;
            line++;
        }
        if (blank) continue;
        result.counts.push({ line: start, row, fields: count });
        if (keep) result.records!.push({ row, fields });
    }
    return result;
}

type Decision = { delimiter: Delimiter } | { problem: 'csv.delimiter-none' | 'csv.delimiter-both'; line: number } | { problem: 'csv.too-many-fields'; line: number; fields: number; header: number; delimiter: Delimiter };

/** The delimiter of the file, from its records (see the module's comment). */
function decide(text: string): Decision {
    const scans = DELIMITERS.map(d => ({ delimiter: d, counts: scan(text, d, false).counts }));
    if (!scans[0].counts.length) return { delimiter: ';' };
    const fits = scans.filter(s => s.counts[0].fields >= 2 && s.counts.every(c => c.fields <= s.counts[0].fields));
    if (fits.length === 1) return { delimiter: fits[0].delimiter };
    if (fits.length === 2) {
        const exact = fits.filter(s => s.counts.every(c => c.fields === s.counts[0].fields));
        if (exact.length === 1) return { delimiter: exact[0].delimiter };
        return { problem: 'csv.delimiter-both', line: scans[0].counts[0].line };
    }
    const headed = scans.filter(s => s.counts[0].fields >= 2);
    if (headed.length === 1) {
        const s = headed[0];
        const over = s.counts.find(c => c.fields > s.counts[0].fields)!;
        return { problem: 'csv.too-many-fields', line: over.line, fields: over.fields, header: s.counts[0].fields, delimiter: s.delimiter };
    }
    if (headed.length === 2) return { problem: 'csv.delimiter-both', line: scans[0].counts[0].line };
    // One column by either delimiter: no delimiter is needed unless a later line has one.
    if (scans.every(s => s.counts.every(c => c.fields === 1))) return { delimiter: ';' };
    return { problem: 'csv.delimiter-none', line: scans[0].counts[0].line };
}

/** The sheet a CSV file is: its name without the extension. */
export function csvSheetName(file: string): string {
    return basename(file, extname(file));
}

/**
 * Reads a CSV file; undefined when it cannot be read (its problems added, each naming
 * the line); TooLarge when it holds more than MAX_CELLS fields.
 */
export function readCsvGrid(file: string, bytes: Uint8Array, problems: Problems): Grid | undefined {
    const line = (n: number) => importMessage(problems.lang, 'csv.line', { line: n });
    let body = bytes;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        problems.add(file, line(1), 'csv.not-utf8');
        return undefined;
    }
    if (!isUtf8(body)) {
        problems.add(file, line(lineAt(body, firstInvalidUtf8(body))), 'csv.not-utf8');
        return undefined;
    }
    const text = new TextDecoder().decode(body);
    const decision = decide(text);
    if ('problem' in decision) {
        if (decision.problem === 'csv.too-many-fields') problems.add(file, line(decision.line), decision.problem, { fields: decision.fields, header: decision.header, delimiter: decision.delimiter });
        else problems.add(file, line(decision.line), decision.problem);
        return undefined;
    }
    const read = scan(text, decision.delimiter, true);
    if (read.unclosedAt !== undefined) { problems.add(file, line(read.unclosedAt), 'csv.unclosed-quote'); return undefined; }
    if (read.strayAt !== undefined) { problems.add(file, line(read.strayAt), 'csv.stray-quote'); return undefined; }
    const rows: GridRow[] = [];
    for (const record of read.records!) {
        const cells: GridRow['cells'] = [];
        record.fields.forEach((field, column) => { if (field !== '') cells[column] = { value: field }; });
        if (cells.length) rows.push({ number: record.row, cells });
    }
    return { file, sheets: [{ name: csvSheetName(file), rows }] };
}
