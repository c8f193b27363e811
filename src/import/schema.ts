/**
 * The data workbook of `kinerja export` and `kinerja import`: one sheet per kind of
 * statement, one statement per row, headers in Bahasa Indonesia. Every construct of the
 * language has its place, so a workspace exported and imported into an empty folder
 * gives the same evaluation (docs/import.md).
 *
 * Columns have a kind that says how a cell is read and checked on import:
 * - `text`: any one-line text (line breaks allowed where `multiline`);
 * - `id`: a name (`Dinkes`), `qname`: a name or qualified name (`Dinkes.SS1`);
 * - `year`: four digits; `date`: a date (a date cell, or `YYYY-MM-DD`);
 * - `period`: `tw1`…`tw4` or a month `jan`…`des`; `flag`: `ya` or empty;
 * - `enum`: one of the listed words; `list`: names or words separated by `;`;
 * - `value`: a number (a number cell, or text in the column's notation) or, where the
 *   indicator is qualitative, a word of its scale.
 */
import { isBuiltinUnit, type Indikator } from '../language/generated/ast.js';
import { cellList, cellText, quoted, valueCell, valueText } from './values.js';

export type ColumnKind = 'text' | 'id' | 'qname' | 'year' | 'date' | 'period' | 'flag' | 'enum' | 'list' | 'value';

export interface ColumnSpec {
    key: string;
    header: string;
    kind: ColumnKind;
    required?: boolean;
    /** For `enum`: the words allowed. */
    values?: readonly string[];
    multiline?: boolean;
    /** Column width in characters. */
    width?: number;
}

export interface SheetSpec {
    name: string;
    columns: readonly ColumnSpec[];
}

const PERIODS = ['tw1', 'tw2', 'tw3', 'tw4', 'jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des'] as const;
export const PERIOD_WORDS: ReadonlySet<string> = new Set(PERIODS);

/**
 * The Indikator sheet's columns after its name, each beside how `kinerja export` reads it
 * from the indicator (`read`) and how `kinerja import` writes it back as a statement of
 * the indicator's block (`line`; `utama` and `mendukung` go on the indicator's first
 * line, `rumusArah` with `arah`). A statement added to the indicator's block takes one
 * entry here to travel through the workbook.
 */
export interface IndicatorColumn extends ColumnSpec {
    read: (indicator: Indikator) => CellData;
    line?: (row: Row) => string | undefined;
}

const joined = (list: readonly string[]) => (list.length ? list.join('; ') : undefined);
const quotedLine = (keyword: string, x: CellData) => { const t = cellText(x); return t === undefined ? undefined : `${keyword} ${quoted(t)}`; };

const col = (key: string, header: string, kind: ColumnKind, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ key, header, kind, ...extra });
const org = col('organisasi', 'Organisasi', 'id', { required: true, width: 16 });
const year = col('tahun', 'Tahun', 'year', { required: true, width: 8 });
const period = col('periode', 'Periode', 'period', { width: 9 });
const subject = col('unsur', 'Unsur / indikator', 'id', { required: true, width: 16 });

export const INDICATOR_COLUMNS: readonly IndicatorColumn[] = [
    { ...col('utama', 'IKU', 'flag', { width: 6 }), read: i => i.key || undefined },
    {
        ...col('satuan', 'Satuan', 'text', { width: 14 }), read: i => i.unit?.builtin ?? i.unit?.custom,
        line: row => { const unit = cellText(row.satuan); return unit && `satuan ${isBuiltinUnit(unit) ? unit : quoted(unit)}`; }
    },
    {
        ...col('skala', 'Skala (terendah dulu)', 'list', { width: 20 }), read: i => joined(i.scale),
        line: row => { const scale = cellList(row.skala); return scale.length ? `skala ${scale.map(quoted).join(' ')}` : undefined; }
    },
    {
        ...col('arah', 'Arah', 'enum', { values: ['naik', 'turun', 'rentang', 'stabil'], width: 9 }), read: i => i.direction,
        line: row => cellText(row.arah) && `arah ${row.arah}${cellText(row.rumusArah) ? ` ${row.rumusArah}` : ''}`
    },
    { ...col('rumusArah', 'Rumus arah turun', 'enum', { values: ['rasio', 'selisih'], width: 10 }), read: i => i.lowerFormula },
    {
        ...col('akumulasi', 'Akumulasi', 'enum', { values: ['jumlah', 'terakhir', 'rata-rata'], width: 11 }), read: i => i.accumulation,
        line: row => cellText(row.akumulasi) && `akumulasi ${row.akumulasi}`
    },
    { ...col('mendukung', 'Mendukung indikator', 'list', { width: 20 }), read: i => joined(i.supports.map(s => s.$refText)) },
    { ...col('definisi', 'Definisi operasional', 'text', { width: 32, multiline: true }), read: i => i.definition, line: row => quotedLine('definisi', row.definisi) },
    { ...col('rumus', 'Rumus', 'text', { width: 24, multiline: true }), read: i => i.formula, line: row => quotedLine('rumus', row.rumus) },
    { ...col('sumber', 'Sumber data', 'text', { width: 20 }), read: i => i.source, line: row => quotedLine('sumber', row.sumber) },
    {
        ...col('kondisiAwal', 'Kondisi awal', 'value', { width: 12 }), read: i => valueCell(i.baseline),
        line: row => { const baseline = row.kondisiAwal; return baseline && typeof baseline === 'object' ? `kondisi-awal ${valueText(baseline)}` : undefined; }
    }
];

export const SHEETS = {
    organisasi: {
        name: 'Organisasi', columns: [
            col('jenis', 'Jenis', 'enum', { required: true, values: ['pemda', 'instansi'], width: 10 }),
            col('id', 'ID', 'id', { required: true, width: 16 }),
            col('nama', 'Nama', 'text', { width: 48 }),
            col('pemda', 'Pemda', 'id', { width: 16 }),
            col('periodeAwal', 'Periode awal', 'year', { width: 12 }),
            col('periodeAkhir', 'Periode akhir', 'year', { width: 12 }),
            col('kepala', 'Kepala daerah', 'text', { width: 32 })
        ]
    },
    jabatan: {
        name: 'Jabatan', columns: [
            col('organisasi', 'Instansi', 'id', { required: true, width: 16 }),
            col('id', 'ID', 'id', { required: true, width: 16 }),
            col('nama', 'Nama jabatan', 'text', { required: true, width: 40 }),
            col('eselon', 'Eselon', 'enum', { required: true, values: ['I', 'II', 'III', 'IV', 'staf'], width: 8 }),
            col('atasan', 'Atasan', 'qname', { width: 16 }),
            col('nip', 'NIP jabatan', 'text', { width: 20 })
        ]
    },
    pejabat: {
        name: 'Pejabat', columns: [
            col('organisasi', 'Instansi', 'id', { required: true, width: 16 }),
            col('jabatan', 'Jabatan', 'id', { required: true, width: 16 }),
            col('nama', 'Nama pejabat', 'text', { required: true, width: 36 }),
            col('status', 'Plt/Plh', 'enum', { values: ['plt', 'plh'], width: 8 }),
            col('sejak', 'Sejak', 'date', { width: 12 }),
            col('sampai', 'Sampai', 'date', { width: 12 }),
            col('nip', 'NIP', 'text', { width: 20 })
        ]
    },
    pohon: {
        name: 'Pohon Kinerja', columns: [
            org,
            col('jenis', 'Jenis', 'enum', { required: true, values: ['tujuan', 'sasaran', 'program', 'kegiatan', 'subkegiatan', 'rhk'], width: 12 }),
            col('id', 'ID', 'id', { required: true, width: 14 }),
            col('nama', 'Nama', 'text', { required: true, width: 48 }),
            col('kode', 'Kode', 'text', { width: 16 }),
            col('oleh', 'Penanggung jawab', 'qname', { width: 16 }),
            col('mendukung', 'Mendukung', 'list', { width: 20 }),
            col('lintas', 'Lintas (crosscutting)', 'list', { width: 20 })
        ]
    },
    indikator: {
        name: 'Indikator', columns: [
            org,
            col('unsur', 'Unsur', 'id', { required: true, width: 14 }),
            col('id', 'ID', 'id', { required: true, width: 14 }),
            col('nama', 'Nama indikator', 'text', { required: true, width: 48 }),
            ...INDICATOR_COLUMNS
        ]
    },
    target: {
        name: 'Target', columns: [
            org,
            col('unsur', 'Indikator', 'id', { required: true, width: 14 }),
            year, period,
            col('sd', 's.d.', 'flag', { width: 5 }),
            col('nilai', 'Target', 'value', { required: true, width: 14 }),
            col('batasAtas', 'Batas atas', 'value', { width: 12 }),
            col('dari', 'Dari', 'value', { width: 10 }),
            col('revisi', 'Revisi tanggal', 'date', { width: 12 }),
            col('alasan', 'Alasan revisi', 'text', { width: 32 })
        ]
    },
    realisasi: {
        name: 'Realisasi', columns: [
            org, subject, year, period,
            col('sd', 's.d.', 'flag', { width: 5 }),
            col('nilai', 'Realisasi', 'value', { required: true, width: 16 }),
            col('dari', 'Dari', 'value', { width: 10 })
        ]
    },
    pagu: {
        name: 'Pagu', columns: [
            org, col('unsur', 'Unsur', 'id', { required: true, width: 14 }), year,
            col('nilai', 'Pagu (Rp)', 'value', { required: true, width: 18 }),
            col('revisi', 'Revisi tanggal', 'date', { width: 12 }),
            col('alasan', 'Alasan revisi', 'text', { width: 32 })
        ]
    },
    belanja: {
        name: 'Belanja', columns: [
            org, col('unsur', 'Unsur', 'id', { required: true, width: 14 }), year,
            col('periode', 'Periode', 'period', { required: true, width: 9 }),
            col('nilai', 'Belanja periode ini (Rp)', 'value', { required: true, width: 18 })
        ]
    },
    catatan: {
        name: 'Catatan', columns: [
            org, subject, year, period,
            col('analisis', 'Analisis', 'text', { width: 40, multiline: true }),
            col('kendala', 'Kendala', 'text', { width: 40, multiline: true }),
            col('solusi', 'Solusi', 'text', { width: 40, multiline: true })
        ]
    },
    bukti: {
        name: 'Bukti', columns: [
            org, subject, year, period,
            col('judul', 'Judul', 'text', { required: true, width: 32 }),
            col('lokasi', 'Berkas atau URL', 'text', { required: true, width: 40 }),
            col('terverifikasi', 'Terverifikasi', 'date', { width: 12 })
        ]
    },
    perjanjian: {
        name: 'Perjanjian', columns: [
            col('jabatan', 'Jabatan', 'qname', { required: true, width: 20 }),
            year,
            col('pihakKedua', 'Pihak kedua', 'text', { width: 32 }),
            col('tempat', 'Tempat', 'text', { width: 16 }),
            col('ditandatangani', 'Ditandatangani', 'date', { width: 14 }),
            col('perubahan', 'Perubahan (tanggal)', 'list', { width: 24 })
        ]
    }
} as const satisfies Record<string, SheetSpec>;

export type SheetKey = keyof typeof SHEETS;

/** A value as the language writes it: a number (exact decimal text, `.` as decimal point) or a word. */
export interface ValueCell {
    /** Decimal text with a dot, no grouping, sign included: `-1234.5`. */
    number?: string;
    rupiah?: boolean;
    percent?: boolean;
    word?: string;
}

export type CellData = string | ValueCell | boolean | undefined;

/** One row: cell data by column key. */
export type Row = Record<string, CellData>;

export type SheetRows = Record<SheetKey, Row[]>;

export function emptyRows(): SheetRows {
    return Object.fromEntries(Object.keys(SHEETS).map(k => [k, []])) as unknown as SheetRows;
}
