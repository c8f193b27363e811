/**
 * Periods: a year, a quarter (triwulan, tw1..tw4) or a month (jan..des) of a year.
 * Months are gathered into their quarters by the workspace model (see series.ts), so
 * the engine's per-period maps hold years and quarters.
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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des'] as const;
const MONTH_NUMBER = new Map<string, number>(MONTHS.map((m, i) => [m, i + 1]));

/** `sep` → 9; anything else → undefined. */
export function monthNumber(text: string | undefined): number | undefined {
    return text === undefined ? undefined : MONTH_NUMBER.get(text);
}

export function monthLabel(month: number): string {
    return MONTHS[month - 1];
}

export function quarterOfMonth(month: number): QuarterNumber {
    return Math.ceil(month / 3) as QuarterNumber;
}

/** A period written inside a year, as months: `tw2` is months 4–6, `sep` is 9–9. */
export interface MonthSpan {
    first: number;
    last: number;
}

export function spanOf(text: string | undefined): MonthSpan | undefined {
    const quarter = quarterNumber(text);
    if (quarter) return { first: quarter * 3 - 2, last: quarter * 3 };
    const month = monthNumber(text);
    return month ? { first: month, last: month } : undefined;
}

/** The last day of a quarter of a year, `YYYY-MM-DD` (for comparing dates as text). */
export function endOfQuarter(year: number, quarter: number): string {
    const month = quarter * 3;
    return `${year}-${String(month).padStart(2, '0')}-${month === 6 || month === 9 ? '30' : '31'}`;
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
