/**
 * `kinerja report --format csv`: one table of the report (the kind's main table, or the
 * one named by `--table`) as CSV for spreadsheets.
 *
 * UTF-8 with a byte-order mark (so Excel reads names like "Dinas Pekerjaan Umum dan
 * Penataan Ruang" with their accents intact), CRLF line ends, a header row of column
 * titles. Two dialects:
 * - `,` (default): numbers with a decimal point, `114.05`, for tools and English-locale
 *   spreadsheets;
 * - `;`: numbers with a decimal comma, `114,05`, for Excel set to Indonesian, where `;`
 *   is the list separator and `,` the decimal mark.
 * Numbers are rounded to two decimals like the JSON report, without thousands
 * separators, and written exactly from the exact value, however large (a Rupiah amount
 * of 10^30 is `1000000000000000000000000000000`, never a double's neighbour);
 * percent values are the number of percent (114.05), Rupiah amounts whole Rupiah. Fields holding the separator, a quote or a line break are quoted, quotes
 * doubled. Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
 * `@`, tab or carriage return) is prefixed with `'`.
 */
import type { Language } from '../../engine/config.js';
import { cellDecimal, withoutMarkdownOnly, yesNo, type Cell, type Column, type ReportTable } from './table.js';

export type CsvSeparator = ',' | ';';

export interface CsvOptions {
    separator: CsvSeparator;
    lang: Language;
}

const FORMULA = /^[=+\-@\t\r]/;

function field(text: string, separator: CsvSeparator): string {
    return text.includes(separator) || /["\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cellText(cell: Cell, column: Column, options: CsvOptions): string {
    if (cell === null || cell === undefined) return '';
    if (typeof cell === 'boolean') return yesNo(cell, options.lang);
    if (typeof cell === 'string') {
        if (column.type === 'date') return cell;
        return FORMULA.test(cell) ? `'${cell}` : cell;
    }
    // Plain decimal notation (never exponent notation), at most two decimals.
    const text = cellDecimal(cell);
    if (text === null) return '';
    return options.separator === ';' ? text.replace('.', ',') : text;
}

export function renderCsv(full: ReportTable, options: CsvOptions): string {
    const table = withoutMarkdownOnly(full);
    const sep = options.separator;
    const lines = [table.columns.map(c => field(c.title, sep)).join(sep)];
    for (const row of table.rows) {
        lines.push(table.columns.map((c, i) => field(cellText(row[i], c, options), sep)).join(sep));
    }
    return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
