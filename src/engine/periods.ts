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

/** `tw3` → 3; anything else → undefined. */
export function quarterNumber(text: string | undefined): QuarterNumber | undefined {
    const m = text ? /^tw([1-4])$/.exec(text) : null;
    return m ? (Number(m[1]) as QuarterNumber) : undefined;
}

export function quarterLabel(quarter: number): string {
    return `tw${quarter}`;
}

/** A year as written: four digits, nothing else. */
export function parseYear(text: string | undefined): number | undefined {
    return text && /^\d{4}$/.test(text) ? Number(text) : undefined;
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
