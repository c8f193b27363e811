/**
 * The tabular form of a report, shared by the markdown, CSV and XLSX renderers so that
 * every format shows the same rows, columns and numbers.
 *
 * A table has typed columns; cells hold values, not text: `Exact` figures (rounded to
 * two decimals, half away from zero, only when rendered, as everywhere in kinerja),
 * whole numbers, text as written in the `.kinerja` files (unescaped: each renderer
 * escapes for its format), booleans, ISO dates, or null where a value is missing or not
 * computable. Each renderer turns a cell into its own notation: `114,05%` in markdown,
 * `114.05` (or `114,05` with the `;` separator) in CSV, the number 114.05 with the format
 * `0.00"%"` in a workbook.
 */
import { Exact } from '../../common/exact.js';
import { formatIdNumber, formatPercent, formatRupiah } from '../../common/id-number.js';
import type { Language } from '../../engine/config.js';
import { bandLabel, formatDate } from '../messages.js';
import type { CategoryRef } from '../kinds/common.js';

export type ColumnType =
    /** Free text. */
    | 'text'
    /** Whole numbers: ranks, counts, quarters, line numbers. */
    | 'integer'
    /** A figure in the indicator's own unit (targets, realisations). */
    | 'number'
    /** Percent values such as achievement and absorption (114.05 means 114,05%). */
    | 'percent'
    /** Percentage points with a sign (achievement − absorption). */
    | 'points'
    /** Rupiah amounts. */
    | 'rupiah'
    /** A yes/no flag. */
    | 'boolean'
    /** An ISO date `yyyy-mm-dd`. */
    | 'date';

export interface Column {
    /** Stable key (CSV consumers may rely on the column order; keys document it). */
    key: string;
    title: string;
    type: ColumnType;
    /** Markdown shows this column (false: CSV and XLSX only, e.g. raw ids and upper bounds). */
    markdown?: boolean;
    /** For a figure with a range: the key of the column holding the upper bound (markdown prints `80 – 90`). */
    upper?: string;
    /** Markdown indents this column's text by the level in the named (integer) column. */
    indentBy?: string;
    /** Markdown only (a summary of other columns, such as the revision's date and reason in one cell): CSV and XLSX leave it out. */
    markdownOnly?: boolean;
    /** Markdown leaves the column out when no row shown has a value in it (null or false everywhere): IKU, revisions. */
    optional?: boolean;
    /** Markdown makes this column's text a link to the href in the named column (`bukti`), when there is one. */
    link?: string;
}

export type Cell = string | number | boolean | Exact | null;

export interface ReportTable {
    /** Stable id, used by `--table` and as the table's anchor: `indicators`, `budget`, … */
    id: string;
    /** Heading and sheet name, in the report language. */
    title: string;
    columns: Column[];
    rows: Cell[][];
    /** Markdown groups the rows under one heading per value of this column (organisation). */
    groupBy?: { key: string; label: string };
    /** Labels of the groups by group value (organisation id → "Dinas …"). */
    groupLabels?: Map<string, string>;
}

export const DASH = '—';

export function isExact(x: unknown): x is Exact {
    return x instanceof Exact;
}

/**
 * A figure cell as its exact decimal, rounded to two decimals like the JSON report but
 * never through a double: `114.05`, `1000000000000000000000000000000`. Null for a cell
 * without a figure.
 */
export function cellDecimal(cell: Cell): string | null {
    if (isExact(cell)) return cell.toPlainString(2);
    if (typeof cell === 'number' && Number.isFinite(cell)) return Exact.of(cell).toPlainString(2);
    return null;
}

/** The significant digits of a plain decimal (`0.05` → 1, `1000` → 1, `114.05` → 5). */
export function significantDigits(decimal: string): number {
    return decimal.replace(/^-/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

export function yesNo(value: boolean, lang: Language): string {
    return lang === 'en' ? (value ? 'yes' : 'no') : (value ? 'ya' : 'tidak');
}

/** A cell as Indonesian-notation text (markdown, and text fallbacks elsewhere). */
export function displayCell(cell: Cell, type: ColumnType, lang: Language): string {
    if (cell === null || cell === undefined || cell === '') return DASH;
    if (typeof cell === 'boolean') return yesNo(cell, lang);
    if (typeof cell === 'string') return type === 'date' ? formatDate(cell, lang) : cell;
    if (type === 'text' || type === 'integer') return isExact(cell) ? cell.toPlainString(2) : String(cell);
    const value = isExact(cell) ? cell : undefined;
    switch (type) {
        case 'percent': return value ? formatPercent(value) : `${formatIdNumber(exactOf(cell), { decimals: 2, fixed: true })}%`;
        case 'rupiah': return formatRupiah(value ?? exactOf(cell));
        case 'points': {
            const text = formatIdNumber(value ?? exactOf(cell), { decimals: 2, fixed: true });
            return text.startsWith('-') || /^0(,0+)?$/.test(text) ? text : `+${text}`;
        }
        default: return formatIdNumber(value ?? exactOf(cell), { decimals: 2 });
    }
}

/** Plain numbers in figure columns go through the same Indonesian formatting. */
function exactOf(n: number | Exact): Exact {
    return isExact(n) ? n : Exact.of(n);
}

export function categoryText(category: CategoryRef | null, lang: Language): string | null {
    return category ? bandLabel(category, lang) : null;
}

/** The table as CSV and XLSX write it: without the markdown-only columns. */
export function withoutMarkdownOnly(table: ReportTable): ReportTable {
    if (!table.columns.some(c => c.markdownOnly)) return table;
    const keep = table.columns.map((c, i) => (c.markdownOnly ? -1 : i)).filter(i => i >= 0);
    return { ...table, columns: keep.map(i => table.columns[i]), rows: table.rows.map(row => keep.map(i => row[i])) };
}
