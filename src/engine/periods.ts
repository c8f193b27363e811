/**
 * Periods: a year, or a quarter (triwulan, tw1..tw4) of a year.
 *
 * A period key packs both into one number, `year * 10 + quarter`, with quarter 0 for the
 * year itself, so per-period maps stay cheap and sort chronologically within a year.
 */
export type QuarterNumber = 1 | 2 | 3 | 4;

export const QUARTERS: readonly QuarterNumber[] = [1, 2, 3, 4];

export function periodKey(year: number, quarter?: number): number {
    return year * 10 + (quarter ?? 0);
}

export function yearOfKey(key: number): number {
    return Math.floor(key / 10);
}

export function quarterOfKey(key: number): number {
    return key % 10;
}

/** `tw3` → 3; anything else → undefined. (Character tests: this runs for every quarter of every series.) */
export function quarterNumber(text: string | undefined): QuarterNumber | undefined {
    if (text === undefined || text.length !== 3 || text.charCodeAt(0) !== 116 /* t */ || text.charCodeAt(1) !== 119 /* w */) return undefined;
    const digit = text.charCodeAt(2) - 48;
    return digit >= 1 && digit <= 4 ? (digit as QuarterNumber) : undefined;
}

export function quarterLabel(quarter: number): string {
    return `tw${quarter}`;
}

/** `2025` → 2025: exactly four digits, else undefined. */
export function parseYear(text: string | undefined): number | undefined {
    if (text === undefined || text.length !== 4) return undefined;
    let year = 0;
    for (let i = 0; i < 4; i++) {
        const digit = text.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9) return undefined;
        year = year * 10 + digit;
    }
    return year;
}

export function describePeriod(year: number, quarter?: number): string {
    return quarter ? `${year} ${quarterLabel(quarter)}` : String(year);
}

export interface YearRange {
    start: number;
    end: number;
}

export function inRange(range: YearRange | undefined, year: number): boolean {
    return !range || (year >= range.start && year <= range.end);
}
