/**
 * The notation of numbers in a spreadsheet column, decided from all its cells, never
 * guessed (the import of issue "Import"): Indonesian writes `1.004.422.800` and `95,56`,
 * English `1,004,422,800` and `95.56`.
 *
 * A cell tells its notation when it can be read one way only:
 * - both separators: the last one is the decimal separator (`1.234,5` id, `1,234.5` en);
 * - one kind, more than once: thousands groups (`1.004.422` id, `1,004,422` en);
 * - one separator not followed by exactly three digits: a decimal (`95,5` id, `95.56` en).
 * `66.850` and `1,234` (one separator, three digits after it) read either way: they are
 * ambiguous; digits alone (`2025`) are neutral. A column whose cells tell both
 * notations is mixed; one where some tell one and none the other follows it; one with
 * ambiguous cells and no telling cell cannot be decided and stops the import, naming
 * the cells, unless the user settles it (`--notation id|en`). A cell that contradicts
 * the settled notation, or is not a number in it, is an error of its own.
 *
 * Pure: texts in, verdicts and exact values out.
 */
import { Exact } from '../common/exact.js';

export type Notation = 'id' | 'en';

export type CellNotation = Notation | 'ambiguous' | 'neutral' | 'malformed';

const DIGITS = /^\d+$/;
const GROUPED = (sep: string) => new RegExp(`^\\d{1,3}(?:\\${sep}\\d{3})+$`);
const ID_GROUPED = GROUPED('.');
const EN_GROUPED = GROUPED(',');

/** The number part of a cell: sign, `Rp`, spaces and a trailing `%` left aside. */
function core(text: string): { sign: string; body: string; percent: boolean } | undefined {
    let t = text.trim().replace(/\u00a0/g, ' ');
    let sign = '';
    if (t.startsWith('-') || t.startsWith('−')) { sign = '-'; t = t.slice(1).trim(); }
    t = t.replace(/^Rp\.?\s*/i, '');
    const percent = t.endsWith('%');
    if (percent) t = t.slice(0, -1).trim();
    // Spaces as thousands separators (`1 004 422`) are neither notation's sign.
    if (/^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/.test(t)) t = t.replace(/ /g, '');
    return /^[\d.,]+$/.test(t) && /\d/.test(t) ? { sign, body: t, percent } : undefined;
}

/** How one cell's text reads. */
export function cellNotation(text: string): CellNotation {
    const c = core(text);
    if (!c) return 'malformed';
    const b = c.body;
    if (DIGITS.test(b)) return 'neutral';
    const dot = b.lastIndexOf('.');
    const comma = b.lastIndexOf(',');
    if (dot >= 0 && comma >= 0) {
        const notation: Notation = comma > dot ? 'id' : 'en';
        return parseIn(text, notation) ? notation : 'malformed';
    }
    const sep = dot >= 0 ? '.' : ',';
    const count = b.split(sep).length - 1;
    const after = b.length - b.lastIndexOf(sep) - 1;
    if (count > 1) {
        if (sep === '.') return ID_GROUPED.test(b) ? 'id' : 'malformed';
        return EN_GROUPED.test(b) ? 'en' : 'malformed';
    }
    if (after === 3 && /^\d{1,3}[.,]\d{3}$/.test(b)) return 'ambiguous';
    if (!/^\d+[.,]\d+$/.test(b)) return 'malformed';
    return sep === ',' ? 'id' : 'en';
}

/** The exact value of a cell's text in a notation; undefined when it is not a number in it. */
export function parseIn(text: string, notation: Notation): { value: Exact; percent: boolean } | undefined {
    const c = core(text);
    if (!c) return undefined;
    const [group, decimal] = notation === 'id' ? ['.', ','] : [',', '.'];
    const parts = c.body.split(decimal);
    if (parts.length > 2) return undefined;
    const [int, frac] = parts;
    if (int.includes(group) ? !GROUPED(group).test(int) : !DIGITS.test(int)) return undefined;
    if (frac !== undefined && !DIGITS.test(frac)) return undefined;
    const plain = int.split(group).join('') + (frac !== undefined ? `.${frac}` : '');
    const value = Exact.fromDecimalString(plain);
    return { value: c.sign ? value.neg() : value, percent: c.percent };
}

export interface ColumnCell {
    /** Where the cell is, as the message names it: `Realisasi!F17`. */
    ref: string;
    text: string;
}

export type ColumnVerdict =
    | { ok: true; notation: Notation | undefined; values: Map<string, { value: Exact; percent: boolean }> }
    /** Cells telling both notations: the first of each. */
    | { ok: false; problem: 'mixed'; id: string[]; en: string[] }
    /** Only ambiguous (and neutral) cells: which are ambiguous. */
    | { ok: false; problem: 'ambiguous'; cells: string[] }
    /** Cells that are not a number in the column's notation (or in any). */
    | { ok: false; problem: 'malformed'; cells: string[]; notation: Notation | undefined };

/**
 * Decides a column's notation from all its text cells (empty cells left out) and reads
 * every cell in it. `settled` is `--notation`: it decides an ambiguous column, and a
 * cell telling the other notation is then malformed.
 */
export function decideColumn(cells: readonly ColumnCell[], settled?: Notation): ColumnVerdict {
    const filled = cells.filter(c => c.text.trim() !== '');
    const by = { id: [] as string[], en: [] as string[], ambiguous: [] as string[], malformed: [] as string[] };
    for (const cell of filled) {
        const n = cellNotation(cell.text);
        if (n !== 'neutral') by[n].push(cell.ref);
    }
    let notation: Notation | undefined = settled;
    if (!notation) {
        if (by.id.length && by.en.length) return { ok: false, problem: 'mixed', id: by.id.slice(0, 5), en: by.en.slice(0, 5) };
        notation = by.id.length ? 'id' : by.en.length ? 'en' : undefined;
        if (!notation && by.ambiguous.length) return { ok: false, problem: 'ambiguous', cells: by.ambiguous };
    }
    const values = new Map<string, { value: Exact; percent: boolean }>();
    const malformed: string[] = [];
    for (const cell of filled) {
        const parsed = parseIn(cell.text, notation ?? 'id');
        if (parsed) values.set(cell.ref, parsed); else malformed.push(cell.ref);
    }
    if (malformed.length) return { ok: false, problem: 'malformed', cells: malformed, notation };
    return { ok: true, notation, values };
}
