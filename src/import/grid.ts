/**
 * A spreadsheet as the import reads it, whatever file it came from (.xlsx or .csv):
 * sheets of rows of cells, each cell its value, its number format and whether it is a
 * formula without a saved result. Layouts (layouts/*.ts) read tables out of grids; the
 * file readers (read-xlsx.ts, read-csv.ts) make grids. Compact on purpose: a province's
 * workbook has a few hundred thousand cells.
 */
export type CellValue = string | number | boolean | Date;

export interface GridCell {
    value?: CellValue;
    /** The cell's number format (`0.00%`, `"Rp "#,##0`), when it has one. */
    numFmt?: string;
    /** A formula whose result was not saved, or an Excel error value (`#REF!`). */
    formulaWithoutResult?: boolean;
}

export interface GridRow {
    /** The row number as the spreadsheet shows it (1 is the first row). */
    number: number;
    /** Cells by column, 0 for column A; holes where cells are empty. */
    cells: Array<GridCell | undefined>;
}

export interface GridSheet {
    name: string;
    /** The rows that have a cell, in order. */
    rows: GridRow[];
}

export interface Grid {
    /** The file as the user named it. */
    file: string;
    sheets: GridSheet[];
}

/** `A`, `B`, … `Z`, `AA` for a column index from 0. */
export function columnName(index: number): string {
    let name = '';
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    return name;
}

/** `F17` for column index 5, row 17. */
export function addressOf(column: number, row: number): string {
    return `${columnName(column)}${row}`;
}

/** Whether a cell holds nothing (absent, or only spaces). */
export function isEmptyCell(cell: GridCell | undefined): boolean {
    if (!cell || cell.formulaWithoutResult) return !cell?.formulaWithoutResult;
    return cell.value === undefined || (typeof cell.value === 'string' && cell.value.trim() === '');
}

/** A cell's text as shown for matching headers and words: trimmed, dates as YYYY-MM-DD. */
export function cellText(cell: GridCell | undefined): string {
    const v = cell?.value;
    if (v === undefined) return '';
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return String(v).trim();
}
