/**
 * Reading the files of `kinerja import` into the data workbook's rows (schema.ts): each
 * file made a grid by its reader, each sheet read by the first layout that recognises
 * it (layouts/index.ts). Every problem of every file is collected before any is
 * reported; with any problem, ImportFailed and nothing is half-read.
 */
import type { Language } from '../common/catalogue.js';
import type { Grid } from './grid.js';
import { LAYOUTS } from './layouts/index.js';
import type { OfficeNotes, OfficeOptions } from './layouts/office.js';
import type { Notation } from './notation.js';
import { Problems } from './problems.js';
import { readXlsxGrid } from './read-xlsx.js';
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

async function gridOf(source: ImportSource): Promise<Grid | undefined> {
    return readXlsxGrid(source.file, source.bytes);
}

export async function readSources(sources: readonly ImportSource[], options: ReadOptions): Promise<SheetRows> {
    const problems = new Problems(options.lang);
    const rows = emptyRows();
    for (const source of sources) {
        const grid = await gridOf(source);
        if (!grid) { problems.add(source.file, '', 'file.not-xlsx'); continue; }
        let left = grid.sheets;
        for (const layout of LAYOUTS) {
            const taken = layout.read(grid, left, { problems, notation: options.notation, office: options.office, notes: options.notes }, rows);
            left = left.filter(s => !taken.has(s));
        }
        if (left.length === grid.sheets.length) problems.add(source.file, '', 'file.no-sheets', { sheets: Object.values(SHEETS).map(s => s.name).join(', ') });
    }
    problems.throwIfAny();
    return rows;
}
