/**
 * An `.xlsx` file as a grid (grid.ts): every sheet, each cell's value (rich text joined,
 * hyperlinks by their text, formulas by their saved result, never evaluated) and its
 * number format.
 */
import ExcelJS from 'exceljs';
import type { CellValue, Grid, GridCell, GridRow } from './grid.js';

/** The plain content of a cell. */
function plain(cell: ExcelJS.Cell): GridCell | undefined {
    const v = cell.value as unknown;
    if (v === null || v === undefined) return undefined;
    const numFmt = cell.numFmt || undefined;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return { value: v, numFmt };
    if (typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (Array.isArray(o.richText)) return { value: (o.richText as Array<{ text: string }>).map(r => r.text).join(''), numFmt };
        if ('formula' in o || 'sharedFormula' in o) {
            const result = o.result as unknown;
            if (result === undefined || result === null || typeof result === 'object' && !(result instanceof Date)) return { formulaWithoutResult: true };
            return { value: result as CellValue, numFmt };
        }
        if ('text' in o) return { value: String(o.text), numFmt };
        if ('error' in o) return { formulaWithoutResult: true };
    }
    return { value: String(v), numFmt };
}

/** Reads a workbook; undefined when the bytes are not a workbook. */
export async function readXlsxGrid(file: string, bytes: Uint8Array): Promise<Grid | undefined> {
    const workbook = new ExcelJS.Workbook();
    try {
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
        return undefined;
    }
    const grid: Grid = { file, sheets: [] };
    workbook.eachSheet(worksheet => {
        const rows: GridRow[] = [];
        worksheet.eachRow({ includeEmpty: false }, (row, number) => {
            const cells: GridRow['cells'] = [];
            row.eachCell({ includeEmpty: false }, (cell, column) => {
                const read = plain(cell);
                if (read) cells[column - 1] = read;
            });
            if (cells.length) rows.push({ number, cells });
        });
        grid.sheets.push({ name: worksheet.name, rows });
    });
    return grid;
}
