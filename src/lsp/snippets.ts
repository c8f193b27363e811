/**
 * Snippets, offered by the language server beside the keyword that starts them, so only
 * where that statement can stand (a static VS Code snippet file would offer them
 * everywhere, after `mendukung ` too) and in every LSP editor. Each is tied to the
 * grammar rule whose first keyword it expands, and for `realisasi` and `kegiatan` to
 * the element it stands in.
 */
import type { Language } from '../engine/config.js';

export interface Snippet {
    /** The keyword the snippet starts with, as completion offers it. */
    keyword: string;
    /** The grammar rule of that keyword. */
    rule: string;
    /** Where the statement stands: the type of the element around the cursor. */
    inside?: 'Instansi' | 'Indikator' | 'Node';
    description: Record<Language, string>;
    body: string[];
}

export const SNIPPETS: readonly Snippet[] = [
    {
        keyword: 'pemda', rule: 'Pemda',
        description: {
            id: 'pemda dengan kepala daerah, periode RPJMD, tujuan dan sasaran daerah',
            en: 'a regional government with its head, RPJMD period, tujuan and sasaran'
        },
        body: [
            'pemda ${1:Kabupaten} "${2:Pemerintah Kabupaten ...}" {',
            '\tkepala "${3:Bupati ...}"',
            '\tperiode ${4:2025} - ${5:2029}',
            '',
            '\ttujuan ${6:TD1} "${7:...}"',
            '\tsasaran ${8:SD1} "${9:...}" mendukung ${6:TD1} {',
            '\t\t$0',
            '\t}',
            '}'
        ]
    },
    {
        keyword: 'instansi', rule: 'Instansi',
        description: {
            id: 'perangkat daerah: pemda, periode Renstra, kepala (eselon II) dan sasaran strategis',
            en: 'an agency: pemda, Renstra period, its head (echelon II) and a strategic sasaran'
        },
        body: [
            'instansi ${1:Dinas} "${2:Dinas ... Kabupaten ...}" {',
            '\tpemda ${3:Kabupaten}',
            '\tperiode ${4:2025} - ${5:2029}',
            '',
            '\tjabatan ${6:Kadis} "${7:Kepala Dinas}" eselon II',
            '',
            '\tsasaran ${8:SS1} "${9:Meningkatnya ...}" oleh ${6:Kadis} mendukung ${3:Kabupaten}.${10:SD1} {',
            '\t\t$0',
            '\t}',
            '}'
        ]
    },
    {
        keyword: 'jabatan', rule: 'Jabatan',
        description: {
            id: 'rantai jabatan: kepala dinas, kepala bidang, kepala seksi dan staf, masing-masing dengan atasan',
            en: 'a chain of positions: echelon II, III, IV and staff, each with its atasan'
        },
        body: [
            'jabatan ${1:Kadis} "${2:Kepala Dinas}" eselon II',
            'jabatan ${3:Kabid} "${4:Kepala Bidang ...}" eselon III atasan ${1:Kadis}',
            'jabatan ${5:Kasi} "${6:Kepala Seksi ...}" eselon IV atasan ${3:Kabid}',
            'jabatan ${7:Staf} "${8:Analis ...}" staf atasan ${5:Kasi}',
            '$0'
        ]
    },
    {
        keyword: 'kegiatan', rule: 'NodeKind', inside: 'Instansi',
        description: {
            id: 'kegiatan dengan kode, pemilik, indikator, pagu dan realisasi anggaran',
            en: 'a kegiatan with its code, owner, indicator, pagu and budget realisation'
        },
        body: [
            'kegiatan ${1:K010101} "${2:...}" kode "${3:1.01.01.2.01}" oleh ${4:Kasi} mendukung ${5:P0101} {',
            '\tindikator ${6:IKK01} "${7:Jumlah ...}" {',
            '\t\tsatuan ${8|dokumen,orang,unit,persen,indeks,rasio,hari,rupiah|}',
            '\t\ttarget ${9:2025} ${10:4} { tw1 ${11:1} tw2 ${12:1} tw3 ${13:1} tw4 ${14:1} }',
            '\t}',
            '\tpagu ${9:2025} Rp ${15:500.000.000}',
            '\trealisasi ${9:2025} ${16|tw1,tw2,tw3,tw4|} Rp ${17:0}',
            '}$0'
        ]
    },
    {
        keyword: 'indikator', rule: 'Indikator',
        description: {
            id: 'indikator dengan satuan, arah, target tahunan dan target triwulan',
            en: 'an indicator with unit, direction, yearly and quarterly targets'
        },
        body: [
            'indikator ${1:IKU1} "${2:Persentase ...}" {',
            '\tsatuan ${3|persen,orang,dokumen,unit,indeks,rasio,hari,rupiah,predikat,opini|}',
            '\tarah ${4|naik,turun,rentang,stabil|}',
            '\ttarget ${5:2025} ${6:100} { tw1 ${7:25} tw2 ${8:50} tw3 ${9:75} tw4 ${6:100} }',
            '\t$0',
            '}'
        ]
    },
    {
        keyword: 'pejabat', rule: 'Pejabat',
        description: {
            id: 'pejabat definitif dengan tanggal mulai menjabat dan NIP',
            en: 'a definitive official with the start of the term and NIP'
        },
        body: [
            'pejabat "${1:Nama, gelar}" sejak ${2:${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}}',
            'nip "${3:198001012005011001}"$0'
        ]
    },
    {
        keyword: 'pejabat', rule: 'Pejabat',
        description: {
            id: 'pelaksana tugas (Plt) atau harian (Plh) untuk suatu masa',
            en: 'an acting official (Plt or Plh) for a term'
        },
        body: ['pejabat "${1:Nama, gelar}" ${2|plt,plh|} sejak ${3:${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}} sampai ${4:${CURRENT_YEAR}-12-31}$0']
    },
    {
        keyword: 'catatan', rule: 'Catatan',
        description: {
            id: 'catatan LKjIP untuk satu tahun: analisis capaian, kendala dan solusi',
            en: "a year's LKjIP narrative: analysis, obstacles and solutions"
        },
        body: [
            'catatan ${1:2025} {',
            '\tanalisis "${2:...}"',
            '\tkendala "${3:...}"',
            '\tsolusi "${4:...}"',
            '}$0'
        ]
    },
    {
        keyword: 'bukti', rule: 'Bukti',
        description: {
            id: 'bukti dukung realisasi satu triwulan: judul dan jalur berkas (relatif terhadap berkas ini) atau URL',
            en: "evidence for a quarter's realisation: title and file path (relative to this file) or URL"
        },
        body: ['bukti ${1:2025} ${2|tw1,tw2,tw3,tw4|} "${3:Judul dokumen}" "${4:bukti/...}"$0']
    },
    {
        keyword: 'realisasi', rule: 'Realisasi', inside: 'Indikator',
        description: {
            id: 'realisasi indikator satu triwulan (nilai triwulan itu sendiri)',
            en: "an indicator's realisation for one quarter (that quarter's own value)"
        },
        body: ['realisasi ${1:2025} ${2|tw1,tw2,tw3,tw4|} ${3:0}$0']
    },
    {
        keyword: 'realisasi', rule: 'Realisasi', inside: 'Node',
        description: {
            id: 'realisasi anggaran s.d. triwulan (kumulatif)',
            en: 'budget realisation up to a quarter (cumulative)'
        },
        body: ['realisasi ${1:2025} ${2|tw1,tw2,tw3,tw4|} Rp ${3:0}$0']
    },
    {
        keyword: 'realisasi', rule: 'RealisasiBlock',
        description: {
            id: 'laporan realisasi triwulan suatu instansi dalam berkas terpisah',
            en: "an agency's quarterly realisation report in a separate file"
        },
        body: [
            'realisasi ${1:Dinas} ${2:2025} ${3|tw1,tw2,tw3,tw4|} {',
            '\t${4:IKU1} ${5:0}',
            '\t${6:K010101} Rp ${7:0}',
            '\t$0',
            '}'
        ]
    },
    {
        keyword: 'perjanjian', rule: 'Perjanjian',
        description: {
            id: 'perjanjian kinerja suatu jabatan untuk satu tahun',
            en: "a position's performance agreement for one year"
        },
        body: [
            'perjanjian ${1:Dinas}.${2:Kadis} ${3:2025} {',
            '\tpihak-kedua "${4:Bupati ...}"',
            '\ttempat "${5:...}"',
            '\tditandatangani ${6:${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}}',
            '}$0'
        ]
    }
];

/** The snippets that start with `keyword` of grammar rule `rule`, inside an element of type `inside`. */
export function snippetsFor(keyword: string, rule: string | undefined, inside: (type: string) => boolean): Snippet[] {
    return SNIPPETS.filter(s => s.keyword === keyword && s.rule === rule && (!s.inside || inside(s.inside)));
}
