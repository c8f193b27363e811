/**
 * `kinerja report --format xlsx`: a workbook (exceljs) with one sheet per table of the
 * report, after a first sheet naming the report, region, year and quarter.
 *
 * Each sheet has a bold header row, frozen so it stays in view while scrolling, and an
 * auto filter. Figures are numeric cells, rounded to two decimals like the JSON report,
 * with a number format: percent values as stored numbers of percent with `0.00"%"`
 * (114.05 shows as 114.05% — or 114,05% in an Indonesian-locale Excel, which
 * substitutes its own decimal and thousands separators), Rupiah `"Rp "#,##0`, other
 * figures `#,##0` or `#,##0.00`, percentage points `+0.00;-0.00;0.00`, dates
 * `yyyy-mm-dd`. Missing or not computable values are empty cells.
 *
 * A cell of a workbook holds an IEEE double, which Excel shows and computes to 15
 * significant digits. A figure whose rounded value has at most 15 significant digits
 * (every percentage, and Rupiah up to Rp 999 triliun, or larger round amounts such as
 * 10^30) is a number cell, shown exactly. A figure with more (Rp 9.007.199.254.740.993)
 * would be shown with its last digits changed, so it is written as text instead, in
 * kinerja's notation (`Rp 9.007.199.254.740.993`), right-aligned, with a note on the cell
 * saying why: exact, but not summed by Excel.
 */
import type { Language } from '../../engine/config.js';
import { reportText } from '../messages.js';
import { cellDecimal, displayCell, significantDigits, withoutMarkdownOnly, yesNo, type Cell, type Column, type ReportTable } from './table.js';

/** Significant digits Excel keeps in a number cell. */
export const EXCEL_DIGITS = 15;

export const NUMBER_FORMATS = {
    percent: '0.00"%"',
    rupiah: '"Rp "#,##0',
    integer: '0',
    number: '#,##0',
    decimal: '#,##0.00',
    points: '+0.00;-0.00;0.00',
    date: 'yyyy-mm-dd'
} as const;

/** Sheet names: at most 31 characters, none of `[]:*?/\`, unique ignoring case. */
export function sheetName(title: string, used: Set<string>): string {
    const base = title.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31).trim() || 'Sheet';
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i++) {
        const suffix = ` (${i})`;
        name = base.slice(0, 31 - suffix.length) + suffix;
    }
    used.add(name.toLowerCase());
    return name;
}

interface CellValue {
    value: string | number | Date | null;
    numFmt?: string;
    /** A figure written as text to stay exact: the note on the cell. */
    note?: string;
}

function cellValue(cell: Cell, column: Column, lang: Language): CellValue {
    if (cell === null || cell === undefined) return { value: null };
    if (typeof cell === 'boolean') return { value: yesNo(cell, lang) };
    if (typeof cell === 'string') {
        if (column.type === 'date') {
            const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell);
            if (m) return { value: new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))), numFmt: NUMBER_FORMATS.date };
        }
        return { value: cell };
    }
    const decimal = cellDecimal(cell);
    if (decimal === null) return { value: null };
    if (significantDigits(decimal) > EXCEL_DIGITS) {
        return { value: displayCell(cell, column.type, lang), note: reportText(lang, 'xlsx.exactAsText', { digits: EXCEL_DIGITS }) };
    }
    const value = Number(decimal);
    switch (column.type) {
        case 'percent': return { value, numFmt: NUMBER_FORMATS.percent };
        case 'rupiah': return { value, numFmt: NUMBER_FORMATS.rupiah };
        case 'points': return { value, numFmt: NUMBER_FORMATS.points };
        case 'integer': return { value, numFmt: NUMBER_FORMATS.integer };
        case 'number': return { value, numFmt: Number.isInteger(value) ? NUMBER_FORMATS.number : NUMBER_FORMATS.decimal };
        default: return { value };
    }
}

function width(column: Column, rows: Cell[][], index: number): number {
    let max = [...column.title].length;
    for (const row of rows.slice(0, 500)) {
        const cell = row[index];
        const length = cell === null || cell === undefined ? 0 : typeof cell === 'string' ? [...cell].length : column.type === 'rupiah' ? 18 : 10;
        if (length > max) max = length;
    }
    return Math.min(Math.max(max + 2, 8), 60);
}

export interface XlsxOptions {
    lang: Language;
    /** `creator` and `lastModifiedBy` of the workbook. */
    creator: string;
    /** Creation date written into the workbook properties (default now). */
    created?: Date;
    /** The workbook's description property (a document's provenance record, src/report/provenance.ts). */
    description?: string;
}

/**
 * A new workbook written by kinerja: exceljs loaded when a workbook is made (it is large
 * and most commands never need it), kinerja as creator and last editor (which is how
 * `--out` knows its own output again), created and modified at `created`.
 */
export async function newWorkbook(options: Pick<XlsxOptions, 'creator' | 'created' | 'description'>): Promise<import('exceljs').Workbook> {
    const module = await import('exceljs');
    const ExcelJS = (module as unknown as { default?: typeof module }).default ?? module;
    const workbook = new ExcelJS.Workbook();
    workbook.creator = options.creator;
    workbook.lastModifiedBy = options.creator;
    workbook.created = options.created ?? new Date();
    workbook.modified = workbook.created;
    if (options.description !== undefined) workbook.description = options.description;
    return workbook;
}

/** The tables as an .xlsx workbook. */
export async function renderXlsx(tables: ReportTable[], options: XlsxOptions): Promise<Uint8Array> {
    const workbook = await newWorkbook(options);
    const used = new Set<string>();
    for (const table of tables.map(withoutMarkdownOnly)) {
        const sheet = workbook.addWorksheet(sheetName(table.title, used), {
            views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }]
        });
        sheet.columns = table.columns.map((c, i) => ({ header: c.title, key: c.key, width: width(c, table.rows, i) }));
        const header = sheet.getRow(1);
        header.font = { bold: true };
        header.alignment = { vertical: 'middle', wrapText: true };
        header.eachCell(cell => {
            cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE4EE' } };
            cell.border = { bottom: { style: 'thin', color: { argb: 'FF8FA3BF' } } };
        });
        for (const row of table.rows) {
            const values = row.map((cell, i) => cellValue(cell, table.columns[i], options.lang));
            const added = sheet.addRow(values.map(v => v.value));
            values.forEach((v, i) => {
                const cell = added.getCell(i + 1);
                if (v.numFmt) cell.numFmt = v.numFmt;
                if (v.note) {
                    cell.note = v.note;
                    cell.alignment = { horizontal: 'right' };
                }
            });
        }
        if (table.columns.length) {
            sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
        }
    }
    const buffer = await workbook.xlsx.writeBuffer();
    return new Uint8Array(buffer as ArrayBuffer);
}
