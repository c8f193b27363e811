/**
 * A value between a cell of the data workbook and the language's text: `valueCell` reads
 * a `Value` as export writes it into a cell, `valueText` writes a cell back as the
 * language writes it (Indonesian notation), `quoted` a string of the language.
 */
import { Exact } from '../common/exact.js';
import { formatIdNumber, parseIdNumber } from '../common/id-number.js';
import type { Value } from '../language/generated/ast.js';
import type { ValueCell } from './schema.js';

/** A quoted string of the language (backslash escapes for `\`, `"` and line breaks). */
export function quoted(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r\n|\r|\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}

/** A number in Indonesian notation, exactly. */
export function idNumber(decimal: string): string {
    const negative = decimal.startsWith('-');
    const [int, frac = ''] = decimal.replace(/^-/, '').split('.');
    const value = Exact.fromDecimalString(`${int}.${frac || '0'}`);
    const body = formatIdNumber(value, { decimals: frac.length, fixed: true, grouping: int.replace(/^0+/, '').length > 4 });
    return negative ? `-${body}` : body;
}

export function valueText(v: ValueCell): string {
    if (v.word !== undefined) return quoted(v.word);
    const n = v.number ?? '0';
    const negative = n.startsWith('-');
    return `${v.rupiah ? 'Rp ' : ''}${negative ? '-' : ''}${idNumber(n.replace(/^-/, ''))}${v.percent ? ' %' : ''}`;
}

/** A value as written: its exact number (or word) and its marks. */
export function valueCell(value: Value | undefined): ValueCell | undefined {
    if (!value) return undefined;
    if (value.text !== undefined) return { word: value.text };
    if (value.number === undefined) return undefined;
    // Export refuses a workspace with errors (a number-format error among them), so
    // this is only reached by a direct call: the value is left out rather than guessed.
    if (!parseIdNumber(value.number).ok) return undefined;
    // The number as written, as a plain decimal: `1.234,5` → `1234.5`.
    const decimal = value.number.replace(/\./g, '').replace(',', '.');
    return { number: value.negative ? `-${decimal}` : decimal, rupiah: value.rupiah || undefined, percent: value.percent || undefined };
}

/** A cell's text, when it holds a non-empty one. */
export const cellText = (x: unknown): string | undefined => (typeof x === 'string' && x !== '' ? x : undefined);

/** A value cell's value (a number, or a word of a scale). */
export const cellValue = (x: unknown): ValueCell | undefined => (x && typeof x === 'object' ? (x as ValueCell) : undefined);

/** A list cell's items (`a; b`). */
export const cellList = (x: unknown): string[] => (cellText(x) ?? '').split(';').map(s => s.trim()).filter(Boolean);
