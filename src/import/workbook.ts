/**
 * The data workbook (schema.ts) as an `.xlsx` file: written by `kinerja export`, read by
 * `kinerja import`.
 *
 * Writing: one sheet per kind of statement, every sheet present (empty ones too, so the
 * workbook shows where everything goes), a bold frozen header row. Numbers are number
 * cells, exact (the language holds at most 15 significant digits, which a cell keeps);
 * Rupiah with the format `"Rp "#,##0`, values written with `%` with `0.##" %"`; words
 * of qualitative scales and all texts are text cells.
 *
 * Reading, cell by cell, each problem named by sheet and cell (`Target!F7`) and saying
 * what to write: headers are matched ignoring case, spaces and punctuation, and a
 * header the sheet does not know is an error (a misspelt column would otherwise be lost);
 * numbers are number cells, or text read in the column's notation, decided from all
 * its cells (notation.ts); a number cell formatted as an Excel percentage (0.455 shown as
 * 45,5%) is the percentage 45,5; a formula cell counts with the value Excel computed
 * and saved, and is never evaluated; text is taken as it is (a text starting with `=`
 * stays text). At most MAX_ERRORS problems are listed.
 */
import ExcelJS from 'exceljs';
import { checkDate } from '../engine/dates.js';
import { Exact } from '../common/exact.js';
import { decideColumn, type Notation } from './notation.js';
import { PERIOD_WORDS, SHEETS, emptyRows, type CellData, type ColumnSpec, type Row, type SheetKey, type SheetRows, type SheetSpec, type ValueCell } from './schema.js';
import { importMessage, type ImportMessageKey } from './messages.js';
import type { Language } from '../common/catalogue.js';

export const MAX_ERRORS = 100;

/** Where a row was read: its sheet, row number and each column's cell address. */
export const placeOf = new WeakMap<Row, { sheet: string; row: number; columns: Map<string, string> }>();

/** `Target!F7` for a row's column (the row's first cell when the column is absent). */
export function cellOf(row: Row, key: string): string {
    const place = placeOf.get(row);
    if (!place) return '';
    return `${place.sheet}!${place.columns.get(key) ?? `A${place.row}`}`;
}

const RUPIAH_FORMAT = '"Rp "#,##0';
const PERCENT_SUFFIX_FORMAT = '#,##0.##########" %"';

/** A number as an exact decimal text without exponent (`1e-7` → `0.0000001`). */
export function decimalOf(n: number): string {
    const text = String(n);
    if (!/e/i.test(text)) return text;
    const [mantissa, exp] = text.toLowerCase().split('e');
    const negative = mantissa.startsWith('-');
    const [int, frac = ''] = mantissa.replace('-', '').split('.');
    const digits = int + frac;
    const point = int.length + Number(exp);
    const body = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
    return (negative ? '-' : '') + body;
}

export async function writeWorkbook(rows: SheetRows, creator: string): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = creator;
    workbook.lastModifiedBy = creator;
    for (const [key, spec] of Object.entries(SHEETS) as Array<[SheetKey, SheetSpec]>) {
        const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
        sheet.columns = spec.columns.map(c => ({ header: c.header, key: c.key, width: c.width ?? 14 }));
        sheet.getRow(1).font = { bold: true };
        for (const row of rows[key]) {
            const added = sheet.addRow({});
            spec.columns.forEach((c, i) => {
                const data = row[c.key];
                if (data === undefined || data === null) return;
                const cell = added.getCell(i + 1);
                if (typeof data === 'boolean') { if (data) cell.value = 'ya'; return; }
                if (typeof data === 'string') { cell.value = data; return; }
                if (data.word !== undefined) { cell.value = data.word; return; }
                if (data.number === undefined) return;
                cell.value = Number(data.number);
                if (data.rupiah) cell.numFmt = RUPIAH_FORMAT;
                else if (data.percent) cell.numFmt = PERCENT_SUFFIX_FORMAT;
            });
        }
    }
    return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export interface ImportProblem {
    /** `Target!F7`, or the sheet alone. */
    place: string;
    message: string;
}

export class ImportFailed extends Error {
    constructor(readonly problems: ImportProblem[], readonly more: number) {
        super(problems.map(p => `${p.place}: ${p.message}`).join('\n'));
    }
}

const normalise = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]/g, '');

/** The plain content of a cell: rich text joined, hyperlinks by their text, formulas by their saved result. */
function plain(cell: ExcelJS.Cell): { value: string | number | boolean | Date | undefined; formulaWithoutResult?: boolean } {
    const v = cell.value as unknown;
    if (v === null || v === undefined) return { value: undefined };
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return { value: v };
    if (typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (Array.isArray(o.richText)) return { value: (o.richText as Array<{ text: string }>).map(r => r.text).join('') };
        if ('formula' in o || 'sharedFormula' in o) {
            const result = o.result as unknown;
            if (result === undefined || result === null || typeof result === 'object' && !(result instanceof Date)) return { value: undefined, formulaWithoutResult: true };
            return { value: result as string | number | boolean | Date };
        }
        if ('text' in o) return { value: String(o.text) };
        if ('error' in o) return { value: undefined, formulaWithoutResult: true };
    }
    return { value: String(v) };
}

interface Context {
    lang: Language;
    problems: ImportProblem[];
    more: number;
}

function problem(ctx: Context, place: string, key: ImportMessageKey, params: Record<string, string | number> = {}): void {
    if (ctx.problems.length < MAX_ERRORS) ctx.problems.push({ place, message: importMessage(ctx.lang, key, params) });
    else ctx.more++;
}

const ID = /^[_a-zA-Z]\w*$/;
const QNAME = /^[_a-zA-Z]\w*(?:\.[_a-zA-Z]\w*)*$/;

function dateText(value: string | number | boolean | Date): string | undefined {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return typeof value === 'string' ? value.trim() : undefined;
}

/** Reads one cell of a column kind (values aside); undefined when empty or wrong (then a problem is recorded). */
function readCell(ctx: Context, place: string, column: ColumnSpec, raw: string | number | boolean | Date): CellData {
    const text = raw instanceof Date ? undefined : String(raw).trim();
    switch (column.kind) {
        case 'text': {
            if (text === undefined) return dateText(raw);
            if (!column.multiline && /[\r\n]/.test(text)) { problem(ctx, place, 'cell.one-line', { column: column.header }); return undefined; }
            return text;
        }
        case 'id':
            if (text && ID.test(text)) return text;
            problem(ctx, place, 'cell.id', { column: column.header, text: text ?? '' });
            return undefined;
        case 'qname':
            if (text && QNAME.test(text)) return text;
            problem(ctx, place, 'cell.qname', { column: column.header, text: text ?? '' });
            return undefined;
        case 'list': {
            const items = (text ?? '').split(/[;,]/).map(s => s.trim()).filter(Boolean);
            return items.join('; ');
        }
        case 'year': {
            const year = typeof raw === 'number' ? String(raw) : text;
            if (year && /^\d{4}$/.test(year)) return year;
            problem(ctx, place, 'cell.year', { column: column.header, text: text ?? '' });
            return undefined;
        }
        case 'date': {
            const date = dateText(raw);
            if (date && checkDate(date).ok) return date;
            problem(ctx, place, 'cell.date', { column: column.header, text: text ?? String(raw) });
            return undefined;
        }
        case 'period': {
            const word = (text ?? '').toLowerCase().replace(/\s+/g, '');
            if (PERIOD_WORDS.has(word)) return word;
            problem(ctx, place, 'cell.period', { column: column.header, text: text ?? '' });
            return undefined;
        }
        case 'flag': {
            const word = (text ?? '').toLowerCase();
            if (raw === true || ['ya', 'y', 'x', '1', 'v', '✓'].includes(word)) return true;
            if (raw === false || ['tidak', 't', 'n', '0', '-'].includes(word)) return undefined;
            problem(ctx, place, 'cell.flag', { column: column.header, text: text ?? '' });
            return undefined;
        }
        case 'enum': {
            const word = (text ?? '').toLowerCase();
            const found = column.values!.find(v => v.toLowerCase() === word);
            if (found) return found;
            problem(ctx, place, 'cell.enum', { column: column.header, text: text ?? '', values: column.values!.join(', ') });
            return undefined;
        }
        default:
            return undefined;
    }
}

/** Whether a number format is an Excel percentage (an unquoted `%`: 0.455 shows as 45,5%). */
function excelPercent(numFmt: string | undefined): boolean {
    return !!numFmt && /%/.test(numFmt.replace(/"[^"]*"/g, ''));
}

function readSheet(ctx: Context, worksheet: ExcelJS.Worksheet, spec: SheetSpec, notation: Notation | undefined): Row[] {
    const header = worksheet.getRow(1);
    const byHeader = new Map(spec.columns.map(c => [normalise(c.header), c]));
    const columns = new Map<number, ColumnSpec>();
    header.eachCell({ includeEmpty: false }, (cell, index) => {
        const text = String(plain(cell).value ?? '').trim();
        if (!text) return;
        const column = byHeader.get(normalise(text));
        if (!column) problem(ctx, `${spec.name}!${cell.address}`, 'header.unknown', { text, known: spec.columns.map(c => c.header).join(', ') });
        else columns.set(index, column);
    });
    for (const column of spec.columns) {
        if (column.required && ![...columns.values()].includes(column)) problem(ctx, spec.name, 'header.missing', { column: column.header });
    }
    const rows: Row[] = [];
    const valueTexts = new Map<ColumnSpec, Array<{ ref: string; text: string; row: Row }>>();
    worksheet.eachRow({ includeEmpty: false }, (sheetRow, rowNumber) => {
        if (rowNumber === 1) return;
        const row: Row = {};
        let filled = false;
        for (const [index, column] of columns) {
            const cell = sheetRow.getCell(index);
            const place = `${spec.name}!${cell.address}`;
            const { value, formulaWithoutResult } = plain(cell);
            if (formulaWithoutResult) { problem(ctx, place, 'cell.formula', { column: column.header }); filled = true; continue; }
            if (value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
            filled = true;
            if (column.kind !== 'value') { row[column.key] = readCell(ctx, place, column, value); continue; }
            if (typeof value === 'number') {
                const exact = Exact.fromDecimalString(decimalOf(value));
                // The decimal a cell shows (a double holds 15 significant digits: 12 decimals are ample).
                const number = (excelPercent(cell.numFmt) ? exact.mul(Exact.HUNDRED) : exact).toPlainString(12);
                row[column.key] = { number, rupiah: /Rp/.test(cell.numFmt ?? '') || undefined, percent: /"\s*%"/.test(cell.numFmt ?? '') || undefined } satisfies ValueCell;
                continue;
            }
            const text = String(value instanceof Date ? dateText(value) : value).trim();
            const list = valueTexts.get(column) ?? [];
            list.push({ ref: place, text, row });
            valueTexts.set(column, list);
        }
        if (filled) {
            placeOf.set(row, { sheet: spec.name, row: rowNumber, columns: new Map([...columns].map(([index, c]) => [c.key, sheetRow.getCell(index).address])) });
            rows.push(row);
        }
    });
    // Text values: a word of a scale (quoted or not a number at all), or a number in the column's notation.
    for (const [column, cells] of valueTexts) {
        const numeric = cells.filter(c => /^[-\u2212]?\s*(Rp\.?\s*)?[\d.,\s]+%?$/i.test(c.text));
        const words = cells.filter(c => !numeric.includes(c));
        for (const w of words) w.row[column.key] = { word: w.text.replace(/^"(.*)"$/, '$1') };
        if (!numeric.length) continue;
        const verdict = decideColumn(numeric, notation);
        if (!verdict.ok) {
            if (verdict.problem === 'ambiguous') problem(ctx, numeric.find(c => c.ref === verdict.cells[0])!.ref, 'notation.ambiguous', { column: column.header, cells: verdict.cells.slice(0, 5).join(', ') + (verdict.cells.length > 5 ? ', …' : '') });
            else if (verdict.problem === 'mixed') problem(ctx, verdict.en[0], 'notation.mixed', { column: column.header, id: verdict.id.join(', '), en: verdict.en.join(', ') });
            else problem(ctx, verdict.cells[0], 'notation.malformed', { column: column.header, cells: verdict.cells.slice(0, 5).join(', '), notation: verdict.notation ?? 'id' });
            continue;
        }
        for (const c of numeric) {
            const read = verdict.values.get(c.ref)!;
            c.row[column.key] = { number: read.value.toPlainString(12), rupiah: /Rp/i.test(c.text) || undefined, percent: read.percent || undefined } satisfies ValueCell;
        }
    }
    return rows;
}

/** Reads the data workbook; throws ImportFailed naming every problem found (nothing is half-read). */
export async function readWorkbook(bytes: Uint8Array, lang: Language, notation?: Notation): Promise<SheetRows> {
    const workbook = new ExcelJS.Workbook();
    try {
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
        throw new ImportFailed([{ place: '', message: importMessage(lang, 'file.not-xlsx') }], 0);
    }
    const ctx: Context = { lang, problems: [], more: 0 };
    const rows = emptyRows();
    const known = new Map(Object.entries(SHEETS).map(([key, spec]) => [normalise(spec.name), key as SheetKey]));
    let found = 0;
    workbook.eachSheet(worksheet => {
        const key = known.get(normalise(worksheet.name));
        if (!key) return;
        found++;
        rows[key] = readSheet(ctx, worksheet, SHEETS[key], notation);
    });
    if (!found) problem(ctx, '', 'file.no-sheets', { sheets: Object.values(SHEETS).map(s => s.name).join(', ') });
    if (ctx.problems.length) throw new ImportFailed(ctx.problems, ctx.more);
    return rows;
}
