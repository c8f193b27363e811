/**
 * Dates (`YYYY-MM-DD`, the DATE terminal; today only `ditandatangani`): the lexer reads
 * any four, two and two digits, and whether the day exists is decided here, so that
 * `2025-02-30` is the `invalid-date` finding and never reaches a report as
 * "30 Februari 2025". The calendar is the Gregorian one (2024 is a leap year, 2100 is not).
 */

export interface CalendarDate {
    year: number;
    month: number;
    day: number;
}

export type DateCheck =
    | { ok: true; date: CalendarDate }
    /** `month`: no such month (00, 13…); `day`: the month has only `days` days. */
    | { ok: false; problem: 'form' }
    | { ok: false; problem: 'month'; month: number }
    | { ok: false; problem: 'day'; year: number; month: number; days: number };

export function isLeapYear(year: number): boolean {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
    return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const FORM = /^(\d{4})-(\d{2})-(\d{2})$/;

export function checkDate(text: string): DateCheck {
    const m = FORM.exec(text);
    if (!m) return { ok: false, problem: 'form' };
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12) return { ok: false, problem: 'month', month };
    const days = daysInMonth(year, month);
    if (day < 1 || day > days) return { ok: false, problem: 'day', year, month, days };
    return { ok: true, date: { year, month, day } };
}

/** The date as written when it is a day of the calendar, else undefined: what reports may show. */
export function validDate(text: string | undefined): string | undefined {
    return text !== undefined && checkDate(text).ok ? text : undefined;
}
