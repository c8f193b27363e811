/**
 * The fill-in workbook (lembar isian) of `kinerja report --kind template --format xlsx`
 * and its import back (`kinerja import`, src/import/layouts/template.ts): what both
 * sides keep to. The writer (src/report/formats/template-xlsx.ts) and the reader may not
 * import each other (docs/architecture.md), so the contract lives here, below both.
 *
 * - The workbook holds a very hidden sheet `kinerja` whose A1 is the marker and B1 the
 *   version: that is how the import recognises a template.
 * - Each agency's sheet has, in hidden column A, a header `kunci-kinerja` and on every
 *   row below it the row's key (`indikator Dinkes.IKU1 2025 tw3`, `unsur Dinkes.P0202
 *   2025 tw3`), so a row is mapped back by its key wherever it stands and whatever its
 *   visible names say. Hidden column B holds the read-only cells as written (JSON), so
 *   a changed target or pagu is noticed without the workspace.
 * - The columns are at fixed places (FILL_IN_COLUMNS, A first), per version.
 */

export const FILL_IN_MARKER = 'kinerja-lembar-isian';
export const FILL_IN_VERSION = 1;
/** The name of the very hidden sheet holding the marker. */
export const FILL_IN_MARKER_SHEET = 'kinerja';
/** The text of the hidden key column's header cell. */
export const FILL_IN_KEY_HEADER = 'kunci-kinerja';

/** The columns of a fill-in sheet, in order from column A. */
export const FILL_IN_COLUMNS = [
    'key', 'original',
    'jenis', 'kode', 'uraian', 'iku', 'satuan', 'penanggungJawab',
    'targetTahunan', 'targetPeriode', 'pagu',
    'periode', 'realisasi', 'belanja', 'judul', 'lokasi', 'analisis', 'kendala', 'solusi'
] as const;

export type FillInColumn = (typeof FILL_IN_COLUMNS)[number];

/** The column index (0 for A) of a column. */
export function fillInColumn(column: FillInColumn): number {
    return FILL_IN_COLUMNS.indexOf(column);
}

/** The read-only cells whose value is kept in the hidden column B, in this order. */
export const FILL_IN_READ_ONLY = ['targetTahunan', 'targetPeriode', 'pagu'] as const satisfies readonly FillInColumn[];

/** The periods of a template: a quarter or a month. */
export const FILL_IN_PERIODS = ['tw1', 'tw2', 'tw3', 'tw4', 'jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des'] as const;

/**
 * The periods a row of a template for `period` may be filled in for: the period itself,
 * and for a quarter the months it spans (a realisation reported per month).
 */
export function fillInPeriods(period: string): string[] {
    const quarter = /^tw([1-4])$/.exec(period);
    if (!quarter) return [period];
    const first = (Number(quarter[1]) - 1) * 3;
    return [period, ...FILL_IN_PERIODS.slice(4 + first, 4 + first + 3)];
}

/** What a row stands for. */
export interface FillInKey {
    kind: 'indikator' | 'unsur';
    organisation: string;
    /** The indicator's or element's id within its organisation. */
    id: string;
    year: number;
    period: string;
}

export function encodeFillInKey(key: FillInKey): string {
    return `${key.kind} ${key.organisation}.${key.id} ${key.year} ${key.period}`;
}

const KEY = /^(indikator|unsur) ([_a-zA-Z]\w*)\.([_a-zA-Z]\w*) (\d{4}) (tw[1-4]|jan|feb|mar|apr|mei|jun|jul|agu|sep|okt|nov|des)$/;

export function decodeFillInKey(text: string): FillInKey | undefined {
    const m = KEY.exec(text.trim());
    if (!m) return undefined;
    return { kind: m[1] as FillInKey['kind'], organisation: m[2], id: m[3], year: Number(m[4]), period: m[5] };
}

/** A read-only cell as written: a number, a text (a word of a scale, a range), or nothing. */
export type FillInOriginal = number | string | null;
