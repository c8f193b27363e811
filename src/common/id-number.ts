/**
 * Indonesian number notation: decimal comma (`19,29`), dot thousands separators in
 * groups of exactly three (`2.500.000.000`), optionally both (`1.234,5`).
 *
 * `19.29` is ambiguous (an English decimal point, or a mistyped thousands group) and is
 * rejected with the suggestion `19,29`; anything else that is not one of the forms above
 * is malformed. The lexer accepts every run of digits, dots and commas so that these
 * errors are reported as findings instead of breaking the parse.
 */
import { Exact } from './exact.js';

/** `range`: well written, but beyond the language's range (MAX_SIGNIFICANT_DIGITS). */
export type NumberProblem = 'ambiguous' | 'malformed' | 'range';

/**
 * The range of numbers of the kinerja language: at most 15 significant digits, e.g.
 * Rp 999.999.999.999.999 (just under 10^15 rupiah, beyond any Indonesian regional or
 * national budget line) or 1.234.567.890,12345. Within it, a value written in a file is
 * computed exactly (src/common/exact.ts has no limit) and also printed exactly by every
 * output format: JSON numbers and Excel cells are binary doubles, which hold every
 * decimal of up to 15 significant digits (docs/language.md, "Numbers").
 */
export const MAX_SIGNIFICANT_DIGITS = 15;

/**
 * The significant digits of a well-formed number as written: its digits without leading
 * zeros and without zeros at the end of the decimals (`0,0050` has 1, `1.000.000` has 7).
 */
export function significantDigits(text: string): number {
    const [int, frac = ''] = text.replace(/\./g, '').split(',');
    const whole = int.replace(/^0+/, '');
    const decimals = frac.replace(/0+$/, '');
    return whole ? whole.length + decimals.length : decimals.replace(/^0+/, '').length;
}

/** parseIdNumber, and the language's range: a number of more than MAX_SIGNIFICANT_DIGITS is refused (`range`). */
export function parseLanguageNumber(text: string): ParsedNumber {
    const parsed = parseIdNumber(text);
    return parsed.ok && significantDigits(text) > MAX_SIGNIFICANT_DIGITS ? { ok: false, problem: 'range' } : parsed;
}

export type ParsedNumber =
    | { ok: true; value: Exact }
    | { ok: false; problem: NumberProblem; suggestion?: string };

const PLAIN = /^\d+(?:,\d+)?$/;
/** A first group of zeros (`0.500`) is never a thousands group: it is read as ambiguous. */
const GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;
const SINGLE_DOT = /^\d+\.\d+$/;

/** Parses are cached by text (values repeat a lot); results are immutable. */
const parsedCache = new Map<string, ParsedNumber>();
const CACHE_LIMIT = 100_000;

export function parseIdNumber(text: string): ParsedNumber {
    let parsed = parsedCache.get(text);
    if (!parsed) {
        if (parsedCache.size >= CACHE_LIMIT) parsedCache.clear();
        parsed = parseUncached(text);
        parsedCache.set(text, parsed);
    }
    return parsed;
}

function parseUncached(text: string): ParsedNumber {
    const wellFormed = scanWellFormed(text);
    if (wellFormed) return wellFormed;
    if (PLAIN.test(text) || GROUPED.test(text)) {
        const [int, frac = ''] = text.replace(/\./g, '').split(',');
        return { ok: true, value: Exact.fraction(BigInt(int + frac), 10n ** BigInt(frac.length)) };
    }
    if (SINGLE_DOT.test(text)) {
        return { ok: false, problem: 'ambiguous', suggestion: text.replace('.', ',') };
    }
    // English thousands (1,234,567) or English grouping with a decimal point (1,234.5).
    if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) {
        const [int, frac] = text.split('.');
        return { ok: false, problem: 'malformed', suggestion: int.replace(/,/g, '.') + (frac ? `,${frac}` : '') };
    }
    return { ok: false, problem: 'malformed' };
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * PLAIN or GROUPED read in one pass, without regular expressions (the first parse of
 * each distinct number of a workspace goes through here); undefined for anything else.
 * test/engine/id-number.test.ts checks it against the two expressions.
 */
export function scanWellFormed(text: string): ParsedNumber | undefined {
    const length = text.length;
    const comma = text.indexOf(',');
    const intEnd = comma < 0 ? length : comma;
    if (intEnd === 0 || intEnd === length - 1) return undefined;
    for (let k = intEnd + 1; k < length; k++) if (!isDigit(text.charCodeAt(k))) return undefined;
    let digits = '';
    const firstDot = text.indexOf('.');
    if (firstDot < 0 || firstDot > intEnd) {
        for (let k = 0; k < intEnd; k++) if (!isDigit(text.charCodeAt(k))) return undefined;
        digits = text.slice(0, intEnd);
    } else {
        // [1-9]\d{0,2} then groups of a dot and three digits.
        if (firstDot === 0 || firstDot > 3 || text.charCodeAt(0) === 48) return undefined;
        for (let k = 0; k < firstDot; k++) if (!isDigit(text.charCodeAt(k))) return undefined;
        if ((intEnd - firstDot) % 4 !== 0) return undefined;
        digits = text.slice(0, firstDot);
        for (let k = firstDot; k < intEnd; k += 4) {
            if (text.charCodeAt(k) !== 46 || !isDigit(text.charCodeAt(k + 1)) || !isDigit(text.charCodeAt(k + 2)) || !isDigit(text.charCodeAt(k + 3))) return undefined;
            digits += text.slice(k + 1, k + 4);
        }
    }
    const fracLength = comma < 0 ? 0 : length - comma - 1;
    if (fracLength > 0) digits += text.slice(comma + 1);
    return { ok: true, value: Exact.fraction(BigInt(digits), 10n ** BigInt(fracLength)) };
}

export interface FormatOptions {
    /** Number of decimals; with `fixed` always printed, otherwise trailing zeros dropped. */
    decimals?: number;
    fixed?: boolean;
    /** Dot thousands separators (default true). */
    grouping?: boolean;
}

/** Prints a value the Indonesian way: `114,05`, `1.320.000.000.000`, `-2,5`. */
export function formatIdNumber(value: Exact, options: FormatOptions = {}): string {
    const decimals = options.decimals ?? 2;
    const scaled = value.roundScaled(decimals);
    const negative = scaled < 0n;
    const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
    let int = digits.slice(0, digits.length - decimals);
    let frac = digits.slice(digits.length - decimals);
    if (!options.fixed) frac = frac.replace(/0+$/, '');
    if (options.grouping ?? true) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    const body = frac ? `${int},${frac}` : int;
    return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

/** `114,05%` — percentages in reports and hovers always carry two decimals. */
export function formatPercent(value: Exact): string {
    return `${formatIdNumber(value, { decimals: 2, fixed: true })}%`;
}

/** `Rp 1.900.000.000` (decimals only when the amount has them). */
/** `Rp 1.004.422.800`; a negative amount `-Rp 650.000.000` (the sign before the currency, as written in Indonesian budgets). */
export function formatRupiah(value: Exact): string {
    return value.isNegative() ? `-Rp ${formatIdNumber(value.neg(), { decimals: 2 })}` : `Rp ${formatIdNumber(value, { decimals: 2 })}`;
}
