/**
 * Reading a table out of a sheet: given which column holds what (a ColumnSpec of
 * schema.ts), each cell is read by its column's kind and checked, each problem named by
 * file, sheet and cell and saying what to write.
 *
 * Numbers are number cells, read exactly, or text read in the column's notation,
 * decided from all its cells (notation.ts); a number cell formatted as an Excel
 * percentage (0.455 shown as 45,5%) is the percentage 45,5; a formula cell counts with
 * the value Excel computed and saved, and is never evaluated; text is taken as it is (a
 * text starting with `=`, `+`, `-` or `@` stays text). A word in a value column is a
 * word of a qualitative scale.
 */
import { checkDate } from '../engine/dates.js';
import { Exact } from '../common/exact.js';
import { addressOf, type CellValue, type GridRow, type GridSheet } from './grid.js';
import { decideColumn, type Notation } from './notation.js';
import { placeOf, type Problems } from './problems.js';
import { PERIOD_WORDS, type CellData, type ColumnSpec, type Row, type ValueCell } from './schema.js';

/** Headers and names compared without case, spaces, punctuation or accents. */
export const normalise = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]/g, '');

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

const ID = /^[_a-zA-Z]\w*$/;
const QNAME = /^[_a-zA-Z]\w*(?:\.[_a-zA-Z]\w*)*$/;

function dateText(value: CellValue): string | undefined {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return typeof value === 'string' ? value.trim() : undefined;
}

/** Where a table's cells are reported: the file and the sheet. */
export interface TableSource {
    file: string;
    sheet: GridSheet;
}

/**
 * Reads one cell of a column kind (values aside); undefined when empty or wrong (then a
 * problem is recorded at `place`, given or made when needed).
 */
export function readCell(problems: Problems, file: string, place: string | (() => string), column: ColumnSpec, raw: CellValue): CellData {
    const text = raw instanceof Date ? undefined : String(raw).trim();
    const fail = (key: Parameters<Problems['add']>[2], params: Record<string, string>) => { problems.add(file, typeof place === 'string' ? place : place(), key, params); return undefined; };
    switch (column.kind) {
        case 'text': {
            if (text === undefined) return dateText(raw);
            if (!column.multiline && /[\r\n]/.test(text)) return fail('cell.one-line', { column: column.header });
            return text;
        }
        case 'id':
            if (text && ID.test(text)) return text;
            return fail('cell.id', { column: column.header, text: text ?? '' });
        case 'qname':
            if (text && QNAME.test(text)) return text;
            return fail('cell.qname', { column: column.header, text: text ?? '' });
        case 'list': {
            const items = (text ?? '').split(/[;,]/).map(s => s.trim()).filter(Boolean);
            return items.join('; ');
        }
        case 'year': {
            const year = typeof raw === 'number' ? String(raw) : text;
            if (year && /^\d{4}$/.test(year)) return year;
            return fail('cell.year', { column: column.header, text: text ?? '' });
        }
        case 'date': {
            const date = dateText(raw);
            if (date && checkDate(date).ok) return date;
            return fail('cell.date', { column: column.header, text: text ?? String(raw) });
        }
        case 'period': {
            const word = (text ?? '').toLowerCase().replace(/\s+/g, '');
            if (PERIOD_WORDS.has(word)) return word;
            return fail('cell.period', { column: column.header, text: text ?? '' });
        }
        case 'flag': {
            const word = (text ?? '').toLowerCase();
            if (raw === true || ['ya', 'y', 'x', '1', 'v', '\u2713'].includes(word)) return true;
            if (raw === false || ['tidak', 't', 'n', '0', '-'].includes(word)) return undefined;
            return fail('cell.flag', { column: column.header, text: text ?? '' });
        }
        case 'enum': {
            const word = (text ?? '').toLowerCase();
            const found = column.values!.find(v => v.toLowerCase() === word);
            if (found) return found;
            return fail('cell.enum', { column: column.header, text: text ?? '', values: column.values!.join(', ') });
        }
        default:
            return undefined;
    }
}

/** Whether a number format is an Excel percentage (an unquoted `%`: 0.455 shows as 45,5%). */
export function excelPercent(numFmt: string | undefined): boolean {
    return !!numFmt && /%/.test(numFmt.replace(/"[^"]*"/g, ''));
}

/** A column of a table: its index in the sheet (0 for A) and what it holds. */
export interface TableColumn {
    index: number;
    spec: ColumnSpec;
}

export interface TableOptions {
    /** Rows from this row number on are read (the row after the header). */
    firstRow: number;
    /** The row that ends the table (not read), e.g. a total row or the next table's header. */
    endsAt?: (row: GridRow) => boolean;
    /** `--notation`, when given. */
    notation?: Notation;
}

/** A row's cell addresses by column key, made when asked (a table has a hundred thousand rows). */
class ColumnAddresses implements Pick<ReadonlyMap<string, string>, 'get' | 'has'> {
    constructor(private readonly indexes: ReadonlyMap<string, number>, private readonly row: number) {}
    has(key: string): boolean {
        return this.indexes.has(key);
    }
    get(key: string): string | undefined {
        const index = this.indexes.get(key);
        return index === undefined ? undefined : addressOf(index, this.row);
    }
}

/**
 * Reads the rows of a table: each row with at least one filled cell in the table's
 * columns becomes a Row, by column key, remembered with its place (problems.ts). Value
 * columns' text cells are read once the whole column is known, in its notation.
 */
export function readTable(problems: Problems, source: TableSource, columns: readonly TableColumn[], options: TableOptions): Row[] {
    const { file, sheet } = source;
    const rows: Row[] = [];
    const valueTexts = new Map<ColumnSpec, Array<{ ref: string; text: string; row: Row }>>();
    const indexes = new Map(columns.map(c => [c.spec.key, c.index]));
    for (const sheetRow of sheet.rows) {
        if (sheetRow.number < options.firstRow) continue;
        if (options.endsAt?.(sheetRow)) break;
        const row: Row = {};
        let filled = false;
        for (const { index, spec: column } of columns) {
            const cell = sheetRow.cells[index];
            if (!cell) continue;
            // Made only when a problem or a text value needs it: most cells never do.
            const place = () => `${sheet.name}!${addressOf(index, sheetRow.number)}`;
            if (cell.formulaWithoutResult) { problems.add(file, place(), 'cell.formula', { column: column.header }); filled = true; continue; }
            const value = cell.value;
            if (value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
            filled = true;
            if (column.kind !== 'value') { row[column.key] = readCell(problems, file, place, column, value); continue; }
            if (typeof value === 'number') {
                const exact = Exact.fromDecimalString(decimalOf(value));
                // The decimal a cell shows (a double holds 15 significant digits: 12 decimals are ample).
                const number = (excelPercent(cell.numFmt) ? exact.mul(Exact.HUNDRED) : exact).toPlainString(12);
                row[column.key] = { number, rupiah: /Rp/.test(cell.numFmt ?? '') || undefined, percent: /"\s*%"/.test(cell.numFmt ?? '') || undefined } satisfies ValueCell;
                continue;
            }
            const text = String(value instanceof Date ? dateText(value) : value).trim();
            const list = valueTexts.get(column) ?? [];
            list.push({ ref: place(), text, row });
            valueTexts.set(column, list);
        }
        if (filled) {
            placeOf.set(row, { file, sheet: sheet.name, row: sheetRow.number, columns: new ColumnAddresses(indexes, sheetRow.number) });
            rows.push(row);
        }
    }
    readValueTexts(problems, file, valueTexts, options.notation);
    return rows;
}

/** Text values: a word of a scale (quoted or not a number at all), or a number in the column's notation. */
function readValueTexts(problems: Problems, file: string, valueTexts: Map<ColumnSpec, Array<{ ref: string; text: string; row: Row }>>, notation: Notation | undefined): void {
    for (const [column, cells] of valueTexts) {
        const numeric = cells.filter(c => /^[-\u2212]?\s*(Rp\.?\s*)?[\d.,\s]+%?$/i.test(c.text));
        const words = cells.filter(c => !numeric.includes(c));
        for (const w of words) w.row[column.key] = { word: w.text.replace(/^"(.*)"$/, '$1') };
        if (!numeric.length) continue;
        const verdict = decideColumn(numeric, notation);
        if (!verdict.ok) {
            if (verdict.problem === 'ambiguous') problems.add(file, verdict.cells[0], 'notation.ambiguous', { column: column.header, cells: verdict.cells.slice(0, 5).join(', ') + (verdict.cells.length > 5 ? ', …' : '') });
            else if (verdict.problem === 'mixed') problems.add(file, verdict.en[0], 'notation.mixed', { column: column.header, id: verdict.id.join(', '), en: verdict.en.join(', ') });
            else problems.add(file, verdict.cells[0], 'notation.malformed', { column: column.header, cells: verdict.cells.slice(0, 5).join(', '), notation: verdict.notation ?? 'id' });
            continue;
        }
        for (const c of numeric) {
            const read = verdict.values.get(c.ref)!;
            c.row[column.key] = { number: read.value.toPlainString(12), rupiah: /Rp/i.test(c.text) || undefined, percent: read.percent || undefined } satisfies ValueCell;
        }
    }
}
