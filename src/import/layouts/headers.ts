/**
 * What an office table's header says a column holds (docs/import.md, "Office tables"):
 * a header's words, without case, accents, spacing or punctuation, matched to a field
 * (indikator, target, realisasi, …) with the year and period it names, so `Target
 * 2025`, `TARGET (2025)` and `Target` over `2025` all say "target of 2025", and
 * `Realisasi TW II`, `Realisasi` over `TW II` or `Realisasi` over `II` "realisation of
 * the second quarter". The same words are what a mapping file writes (mapping.ts).
 */

/** What a column can hold. */
export type Field =
    | 'kode' | 'nama' | 'tujuan' | 'sasaran' | 'program' | 'kegiatan' | 'subkegiatan'
    | 'indikator' | 'satuan' | 'kondisiAwal' | 'target' | 'pagu' | 'penanggungJawab'
    | 'realisasi' | 'realisasiAnggaran' | 'capaian' | 'serapan' | 'abaikan';

export interface Meaning {
    field: Field;
    year?: number;
    /** `tw1` … `tw4`, `jan` … `des`. */
    period?: string;
    /** A figure up to the period (`s.d. TW II`, `kumulatif`). */
    sd?: boolean;
}

/** The levels of the performance tree an office table shows, top first. */
export const LEVELS = ['tujuan', 'sasaran', 'program', 'kegiatan', 'subkegiatan'] as const;
export type Level = (typeof LEVELS)[number];
export const isLevel = (field: Field): field is Level => (LEVELS as readonly string[]).includes(field);

/** Header words for each field (words joined without spaces). */
const SYNONYMS: Record<Field, readonly string[]> = {
    kode: ['kode', 'kd', 'koderekening', 'koderek', 'kodrek', 'norek', 'nomorrekening', 'kodeprogram', 'kodekegiatan', 'kodesubkegiatan', 'kodeprogramkegiatan', 'kodeprogramkegiatansubkegiatan', 'kodenomenklatur'],
    nama: ['uraian', 'nama', 'nomenklatur', 'programkegiatan', 'programkegiatansubkegiatan', 'programkegiatandansubkegiatan', 'uraianprogramkegiatan', 'uraianprogramkegiatansubkegiatan', 'namaprogramkegiatan', 'namaprogramkegiatansubkegiatan', 'uraianurusanbidangprogramkegiatansubkegiatan', 'urusanbidangprogramkegiatansubkegiatan'],
    tujuan: ['tujuan'],
    sasaran: ['sasaran', 'sasaranstrategis', 'sasaranstrategi', 'sasaranprogram'],
    program: ['program', 'namaprogram', 'uraianprogram'],
    kegiatan: ['kegiatan', 'namakegiatan', 'uraiankegiatan'],
    subkegiatan: ['subkegiatan', 'namasubkegiatan', 'uraiansubkegiatan'],
    indikator: ['indikator', 'iku', 'indikatorkinerja'],
    satuan: ['satuan', 'sat', 'satuanindikator'],
    kondisiAwal: ['kondisiawal', 'baseline', 'kondisikinerjaawal', 'kondisikinerjapadaawalperiode', 'kondisiawalperiode'],
    target: ['target', 'targetkinerja', 'targetindikator'],
    pagu: ['pagu', 'paguanggaran', 'paguindikatif', 'anggaran', 'alokasi', 'alokasianggaran', 'jumlahanggaran', 'nilaianggaran', 'paguapbd', 'pagudefinitif'],
    penanggungJawab: ['penanggungjawab', 'pj', 'unitpenanggungjawab', 'perangkatdaerahpenanggungjawab', 'opdpenanggungjawab', 'unitkerjapenanggungjawab', 'pelaksana'],
    realisasi: ['realisasi', 'realisasikinerja', 'realisasifisik', 'realisasitarget', 'realisasiindikator'],
    realisasiAnggaran: ['realisasianggaran', 'realisasikeuangan', 'realisasibelanja', 'realisasidana', 'realisasipagu'],
    capaian: ['capaian', 'capaiankinerja', 'persentasecapaian', 'tingkatcapaian', 'capaiantarget', 'capaianfisik', 'capaianrealisasi'],
    serapan: ['serapan', 'serapananggaran', 'persentaseserapan', 'dayaserap', 'capaiankeuangan', 'capaiananggaran', 'realisasianggaranpersen'],
    abaikan: ['no', 'nomor', 'nourut', 'keterangan', 'ket', 'lokasi', 'sumberdana', 'sumberdata', 'kelompoksasaran', 'sisa', 'sisaanggaran', 'selisih', 'catatan', 'abaikan']
};

const BY_WORDS = new Map<string, Field>(Object.entries(SYNONYMS).flatMap(([field, words]) => words.map(w => [w, field as Field] as const)));
/** Longer headers by how they start (`Indikator Kinerja Program (Outcome)`), most specific first. */
const PREFIXES: ReadonlyArray<readonly [string, Field]> = [
    ['indikator', 'indikator'], ['kode', 'kode'], ['realisasianggaran', 'realisasiAnggaran'], ['realisasikeuangan', 'realisasiAnggaran'],
    ['realisasi', 'realisasi'], ['capaiankeuangan', 'serapan'], ['capaiananggaran', 'serapan'], ['capaian', 'capaian'], ['serapan', 'serapan'],
    ['target', 'target'], ['pagu', 'pagu'], ['penanggungjawab', 'penanggungJawab'], ['kondisiawal', 'kondisiAwal'], ['satuan', 'satuan'], ['keterangan', 'abaikan']
];

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const MONTHS: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['jan', ['januari', 'jan']], ['feb', ['februari', 'pebruari', 'feb', 'peb']], ['mar', ['maret', 'mar']], ['apr', ['april', 'apr']],
    ['mei', ['mei']], ['jun', ['juni', 'jun']], ['jul', ['juli', 'jul']], ['agu', ['agustus', 'agu', 'ags', 'agt']],
    ['sep', ['september', 'sep', 'sept']], ['okt', ['oktober', 'okt']], ['nov', ['november', 'nopember', 'nov', 'nop']], ['des', ['desember', 'des']]
];
const MONTH = new Map(MONTHS.flatMap(([id, names]) => names.map(n => [n, id] as const)));
const QUARTER_WORDS = new Set(['tw', 'trw', 'triwulan', 'q', 'kuartal', 'tri']);
/** Words that say how a figure is written, not what it is. */
const MARKS = new Set(['rp', 'rupiah', 'persen', 'ribu', 'juta']);

/** A text's words: lower case, accents and punctuation away. */
export function wordsOf(text: string): string[] {
    return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
}

/** The parts of a header: its base words and the year, period and s.d. it names. */
function parts(text: string): { base: string[]; year?: number; period?: string; sd?: boolean } {
    const w = wordsOf(text);
    const base: string[] = [];
    let year: number | undefined;
    let period: string | undefined;
    let sd = false;
    for (let i = 0; i < w.length; i++) {
        const t = w[i];
        const next = w[i + 1];
        if (/^(19|20)\d\d$/.test(t)) { year = Number(t); continue; }
        if (QUARTER_WORDS.has(t) && next !== undefined && (ROMAN[next] || /^[1-4]$/.test(next))) { period = `tw${ROMAN[next] ?? next}`; i++; continue; }
        const q = /^(?:tw|trw|q)([1-4])$/.exec(t);
        if (q) { period = `tw${q[1]}`; continue; }
        const month = MONTH.get(t);
        if (month) { period = month; continue; }
        if (t === 's' && next === 'd') { sd = true; i++; continue; }
        if (t === 'sampai' && next === 'dengan') { sd = true; i++; continue; }
        if (t === 'sd' || t === 'kumulatif') { sd = true; continue; }
        if (MARKS.has(t)) continue;
        base.push(t);
    }
    // `Realisasi` over `II`: a lone Roman numeral after the field is a quarter.
    if (base.length > 1 && ROMAN[base[base.length - 1]] && period === undefined) period = `tw${ROMAN[base.pop()!]}`;
    return { base, year, period, sd: sd || undefined };
}

/** The field a header's base words name, or undefined. */
function fieldOf(base: string[]): Field | undefined {
    const joined = base.join('');
    const exact = BY_WORDS.get(joined);
    if (exact) return exact;
    for (const [prefix, field] of PREFIXES) if (joined.startsWith(prefix)) return field;
    return undefined;
}

/** What a header (one or several header rows' texts, top first) says, or undefined when it is not known. */
export function meaningOfHeader(texts: readonly string[]): Meaning | undefined {
    const p = parts(texts.join(' '));
    // A bare `%` column: a percentage of what is beside it, the achievement (a budget export's absorption).
    const field = !p.base.length && texts.some(t => t.includes('%')) ? 'capaian' : fieldOf(p.base);
    if (!field) return undefined;
    return { field, year: p.year, period: p.period, sd: p.sd };
}

/** Whether a cell of a row under a header continues the header (`TW I`, `2025`, `Fisik`, `Rp`). */
export function isSubHeader(text: string): boolean {
    const p = parts(text);
    if (!p.base.length) return p.year !== undefined || p.period !== undefined || p.sd === true || /%|rp/i.test(text);
    if (p.base.length === 1 && ROMAN[p.base[0]]) return true;
    const joined = p.base.join('');
    return fieldOf(p.base) !== undefined || ['fisik', 'keuangan', 'kinerja', 'volume', 'nilai', 'k', 'rp'].includes(joined);
}

/**
 * A meaning as a mapping file writes it: a field word, then a year, a period or `s.d.`
 * (`target 2025`, `realisasi tw2`, `realisasi-anggaran s.d. tw2`, `abaikan`).
 */
export function meaningOfMappingWord(text: string): Meaning | undefined {
    const m = /^\s*([a-z-]+)((?:\s+\S+)*)\s*$/i.exec(text);
    if (!m) return undefined;
    const FIELDS: Record<string, Field> = {
        kode: 'kode', nama: 'nama', tujuan: 'tujuan', sasaran: 'sasaran', program: 'program', kegiatan: 'kegiatan', subkegiatan: 'subkegiatan',
        'sub-kegiatan': 'subkegiatan', indikator: 'indikator', satuan: 'satuan', 'kondisi-awal': 'kondisiAwal', target: 'target', pagu: 'pagu',
        'penanggung-jawab': 'penanggungJawab', realisasi: 'realisasi', 'realisasi-anggaran': 'realisasiAnggaran', capaian: 'capaian',
        serapan: 'serapan', abaikan: 'abaikan'
    };
    const field = FIELDS[m[1].toLowerCase()];
    if (!field) return undefined;
    const rest = parts(m[2] ?? '');
    if (rest.base.length) return undefined;
    return { field, year: rest.year, period: rest.period, sd: rest.sd };
}
