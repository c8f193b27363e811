/**
 * Reading the files of `kinerja import` into the data workbook's rows (schema.ts): each
 * file made a grid by its reader (read-csv.ts for a `.csv` file, read-xlsx.ts for the
 * rest), each sheet read by the first layout that recognises
 * it (layouts/index.ts). Every problem of every file is collected before any is
 * reported; with any problem, ImportFailed and nothing is half-read.
 */
import type { Language } from '../common/catalogue.js';
import type { Grid } from './grid.js';
import { LAYOUTS } from './layouts/index.js';
import type { OfficeNotes, OfficeOptions } from './layouts/office.js';
import type { Notation } from './notation.js';
import { Problems } from './problems.js';
import { MAX_CELLS, MAX_EXPANDED_BYTES, TooLarge } from './limits.js';
import { csvSheetName, readCsvGrid } from './read-csv.js';
import { readXlsxGrid } from './read-xlsx.js';
import { looksLikeZip } from './read-zip.js';
import { emptyRows, SHEETS, type SheetRows } from './schema.js';

export interface ImportSource {
    /** The file as the user named it (shown in messages). */
    file: string;
    bytes: Uint8Array;
}

export interface ReadOptions {
    lang: Language;
    notation?: Notation;
    /** For office tables (layouts/office.ts). */
    office?: OfficeOptions;
    /** Filled with office tables' warnings and capaian/serapan cells to check. */
    notes?: OfficeNotes;
}

/** Whether a file is read as CSV: by its extension, unless it is a zip (a workbook named .csv). */
const isCsv = (source: ImportSource) => /\.csv$/i.test(source.file) && !looksLikeZip(source.bytes);

/** A file's grid, by its reader; undefined when it cannot be read (its problem added). */
async function gridOf(source: ImportSource, problems: Problems): Promise<Grid | undefined> {
    try {
        if (isCsv(source)) return readCsvGrid(source.file, source.bytes, problems);
        const grid = await readXlsxGrid(source.file, source.bytes);
        if (!grid) problems.add(source.file, '', 'file.not-xlsx');
        return grid;
    } catch (err) {
        if (!(err instanceof TooLarge)) throw err;
        if (err.what === 'bytes') problems.add(source.file, '', 'file.too-large-bytes', { limit: MAX_EXPANDED_BYTES / 2 ** 20 });
        else problems.add(source.file, '', 'file.too-large-cells', { millions: MAX_CELLS / 1e6 });
        return undefined;
    }
}

export async function readSources(sources: readonly ImportSource[], options: ReadOptions): Promise<SheetRows> {
    const problems = new Problems(options.lang);
    const rows = emptyRows();
    for (const source of sources) {
        const grid = await gridOf(source, problems);
        if (!grid) continue;
        let left = grid.sheets;
        for (const layout of LAYOUTS) {
            const taken = layout.read(grid, left, { problems, notation: options.notation, office: options.office, notes: options.notes }, rows);
            left = left.filter(s => !taken.has(s));
        }
        if (left.length === grid.sheets.length) {
            const sheets = Object.values(SHEETS).map(s => s.name).join(', ');
            if (isCsv(source)) problems.add(source.file, '', 'file.no-sheets-csv', { sheet: csvSheetName(source.file), sheets });
            else problems.add(source.file, '', 'file.no-sheets', { sheets });
        }
    }
    problems.throwIfAny();
    return rows;
}
