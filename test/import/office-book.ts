/** Workbooks as offices make them, for the office-table and mapping tests. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

export type Cell = string | number | null | { formula: string; result?: number } | { value: number; numFmt: string };
export interface SheetSpec { name: string; rows: Cell[][]; merges?: string[] }

/** A workbook as an office makes it: rows from row 1, merged ranges. */
export async function officeBook(sheets: SheetSpec[], dir: string, name = 'tabel.xlsx'): Promise<string> {
    const book = new ExcelJS.Workbook();
    for (const spec of sheets) {
        const sheet = book.addWorksheet(spec.name);
        spec.rows.forEach((cells, r) => cells.forEach((v, c) => {
            if (v === null) return;
            const cell = sheet.getCell(r + 1, c + 1);
            if (typeof v === 'object' && 'numFmt' in v) { cell.value = v.value; cell.numFmt = v.numFmt; } else cell.value = v;
        }));
        for (const m of spec.merges ?? []) sheet.mergeCells(m);
    }
    const file = join(dir, name);
    writeFileSync(file, new Uint8Array(await book.xlsx.writeBuffer()));
    return file;
}

