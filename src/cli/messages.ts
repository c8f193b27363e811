/**
 * The command line's own texts (summaries, usage messages, progress, report headings and
 * column titles, SARIF rule descriptions), in Bahasa Indonesia (default) and English.
 * Finding messages live in messages.ts; this catalogue is for what the CLI and the
 * non-HTML report formats print around them.
 */
import type { Language } from '../engine/config.js';
import type { FindingCode } from '../validation/codes.js';

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

const fixed = (id: string, en: string) => ({ id: (_: Params) => id, en: (_: Params) => en });

const catalogue = {
    'check.summary': {
        id: (p: Params) => `${p.files} berkas diperiksa: ${p.errors} galat, ${p.warnings} peringatan, ${p.infos} info`,
        en: (p: Params) => `${p.files} file(s) checked: ${p.errors} error(s), ${p.warnings} warning(s), ${p.infos} info`
    },
    'progress.reading': {
        id: (p: Params) => `membaca berkas ${p.done}/${p.total}`,
        en: (p: Params) => `reading files ${p.done}/${p.total}`
    },
    'progress.building': {
        id: (p: Params) => `memeriksa berkas ${p.done}/${p.total}`,
        en: (p: Params) => `checking files ${p.done}/${p.total}`
    },
    'usage.quarterly-needs-quarter': {
        id: () => `laporan triwulan memerlukan --quarter (1-4), mis. --kind quarterly --quarter 3`,
        en: () => `the quarterly report needs --quarter (1-4), e.g. --kind quarterly --quarter 3`
    },
    'usage.binary-to-terminal': {
        id: (p: Params) => `format ${p.format} adalah berkas biner dan tidak ditulis ke terminal; pakai --out FILE (mis. --out laporan.${p.format}) atau alihkan keluarannya (> laporan.${p.format})`,
        en: (p: Params) => `the ${p.format} format is a binary file and is not written to a terminal; use --out FILE (e.g. --out report.${p.format}) or redirect the output (> report.${p.format})`
    },
    'usage.option-format-only': {
        id: (p: Params) => `${p.option} hanya berlaku untuk --format ${p.format}`,
        en: (p: Params) => `${p.option} only applies to --format ${p.format}`
    },
    'usage.cannot-write': {
        id: (p: Params) => `${p.file}: tidak dapat ditulis (${p.reason})`,
        en: (p: Params) => `${p.file}: cannot be written (${p.reason})`
    },
    'usage.out-exists': {
        id: (p: Params) => `${p.file}: berkas ini sudah ada dan bukan keluaran kinerja sebelumnya, jadi tidak ditimpa; tambahkan --force untuk menimpanya atau pilih nama lain`,
        en: (p: Params) => `${p.file}: the file exists and is not a previous kinerja output, so it was not overwritten; pass --force to overwrite it or choose another name`
    },
    'usage.out-symlink': {
        id: (p: Params) => `${p.file}: adalah tautan simbolik dan kinerja tidak menulis melalui tautan; tambahkan --force untuk mengganti tautan itu sendiri dengan berkas biasa (tujuan tautan tidak diubah) atau pilih nama lain`,
        en: (p: Params) => `${p.file}: is a symbolic link and kinerja does not write through links; pass --force to replace the link itself with a regular file (its target is left untouched) or choose another name`
    },
    'usage.out-special': {
        id: (p: Params) => `${p.file}: bukan berkas biasa (perangkat, pipa atau soket) dan tidak ditimpa, juga dengan --force; pilih nama lain, atau tanpa --out alihkan keluaran standar ke sana`,
        en: (p: Params) => `${p.file}: is not a regular file (a device, pipe or socket) and is not replaced, not even with --force; choose another name, or leave out --out and redirect standard output to it`
    },
    'usage.docs-url': {
        id: (p: Params) => `KINERJA_DOCS_URL harus berupa URL lengkap, mis. https://contoh.go.id/kinerja/docs/findings (sekarang: '${p.value}')`,
        en: (p: Params) => `KINERJA_DOCS_URL must be an absolute URL, e.g. https://example.org/kinerja/docs/findings (now: '${p.value}')`
    },
    'usage.unknown-table': {
        id: (p: Params) => `tabel '${p.table}' tidak ada dalam laporan ${p.kind}; pilih salah satu: ${p.tables}`,
        en: (p: Params) => `the ${p.kind} report has no table '${p.table}'; choose one of: ${p.tables}`
    },
    'usage.html-unavailable': {
        id: () => `format html belum tersedia di versi ini`,
        en: () => `the html format is not available in this build`
    },

    // ------------------------------------------------ report tables (md, csv, xlsx)
    'table.report': fixed('Laporan', 'Report'),
    'table.organisations': fixed('Organisasi', 'Organisations'),
    'table.indicators': fixed('Indikator', 'Indicators'),
    'table.budget': fixed('Anggaran', 'Budget'),
    'table.efficiency': fixed('Efisiensi', 'Efficiency'),
    'table.categories': fixed('Kategori', 'Categories'),
    'table.findings': fixed('Temuan', 'Findings'),
    'table.behind': fixed('Tertinggal', 'Behind plan'),
    'table.trend': fixed('Tren', 'Trend'),
    'table.ranking': fixed('Peringkat', 'Ranking'),
    'table.agreements': fixed('Perjanjian', 'Agreements'),
    'table.targets': fixed('Target PK', 'Agreement targets'),
    'table.agreementBudget': fixed('Anggaran PK', 'Agreement budget'),
    'col.item': fixed('Keterangan', 'Item'),
    'col.agencyCount': fixed('Jumlah perangkat daerah', 'Agencies'),
    'col.value': fixed('Nilai', 'Value'),
    'col.organisationId': fixed('ID organisasi', 'Organisation ID'),
    'col.organisation': fixed('Organisasi', 'Organisation'),
    'col.kind': fixed('Jenis', 'Kind'),
    'col.headTitle': fixed('Jabatan kepala', 'Head (position)'),
    'col.headName': fixed('Nama kepala', 'Head (name)'),
    'col.goalId': fixed('ID sasaran', 'Objective ID'),
    'col.goal': fixed('Sasaran', 'Objective'),
    'col.nodeId': fixed('ID simpul', 'Node ID'),
    'col.nodeKind': fixed('Jenis simpul', 'Node kind'),
    'col.node': fixed('Simpul', 'Node'),
    'col.indicatorId': fixed('ID indikator', 'Indicator ID'),
    'col.direction': fixed('Arah', 'Direction'),
    'col.upper': { id: (p: Params) => `${p.title} (batas atas)`, en: (p: Params) => `${p.title} (upper bound)` },
    'col.final': fixed('Final', 'Final'),
    'col.depth': fixed('Tingkat', 'Level'),
    'col.renstraYear': fixed('Tahun akhir Renstra', 'Final plan year'),
    'col.notComputable': fixed('Tidak dapat dihitung karena', 'Not computable because'),
    'col.expectedAbsorption': fixed('Serapan harapan', 'Expected absorption'),
    'col.absorptionStatus': fixed('Status serapan', 'Absorption status'),
    'col.quarter': fixed('Triwulan', 'Quarter'),
    'col.trendQuarter': { id: (p: Params) => `Capaian tw${p.quarter}`, en: (p: Params) => `Achievement Q${p.quarter}` },
    'col.positionId': fixed('ID jabatan', 'Position ID'),
    'col.position': fixed('Jabatan', 'Position'),
    'col.level': fixed('Eselon', 'Echelon'),
    'col.official': fixed('Pejabat', 'Official'),
    'col.nip': fixed('NIP', 'NIP'),
    'col.secondParty': fixed('Pihak kedua', 'Second party'),
    'col.secondPartyName': fixed('Nama pihak kedua', 'Second party (name)'),
    'col.declared': fixed('Perjanjian ditulis', 'Agreement written'),
    'col.signed': fixed('Ditandatangani', 'Signed'),
    'col.place': fixed('Tempat', 'Place'),
    'col.targetCount': fixed('Jumlah indikator', 'Indicators'),
    'col.budgetTotal': fixed('Jumlah anggaran', 'Budget total'),
    'col.file': fixed('Berkas', 'File'),
    'col.line': fixed('Baris', 'Line'),
    'col.column': fixed('Kolom', 'Column'),
    'col.severity': fixed('Tingkat', 'Severity'),
    'col.findingCode': fixed('Kode temuan', 'Finding code'),
    'col.message': fixed('Pesan', 'Message'),
    'info.title': fixed('Judul', 'Title'),
    'info.year': fixed('Tahun', 'Year'),
    'info.quarter': fixed('Triwulan', 'Quarter'),
    'info.generatedBy': fixed('Dibuat oleh', 'Generated by'),
    'info.lowest': fixed('Jumlah terendah yang ditandai', 'Lowest flagged'),
    'md.details': fixed('Rincian per organisasi', 'Details per organisation'),
    'md.diagramTrimmed': {
        id: (p: Params) => `Diagram memuat ${p.shown} dari ${p.total} simpul (batas diagram mermaid GitHub); laporan HTML memuat pohon lengkap.`,
        en: (p: Params) => `The diagram shows ${p.shown} of ${p.total} nodes (GitHub's mermaid limits); the HTML report has the full tree.`
    },
    'md.rowsTrimmed': {
        id: (p: Params) => `… dan ${p.count} baris lagi (lihat laporan xlsx, csv atau html).`,
        en: (p: Params) => `… and ${p.count} more rows (see the xlsx, csv or html report).`
    },
    'md.truncated': {
        id: (p: Params) => `Laporan dipotong agar muat dalam batas ringkasan GitHub (${p.limit}): ${p.omitted} bagian tidak ditampilkan. Laporan lengkap: --format html, xlsx atau csv.`,
        en: (p: Params) => `The report was cut to fit GitHub's summary limit (${p.limit}): ${p.omitted} section(s) not shown. Full report: --format html, xlsx or csv.`
    },
    'md.cascade': fixed('Pohon kinerja', 'Performance tree'),
    'md.notComputable': fixed('tidak dapat dihitung', 'not computable')
} satisfies Record<string, { id: Template; en: Template }>;

export type CliMessageKey = keyof typeof catalogue;

export function cliMessage(lang: Language, key: CliMessageKey, params: Params = {}): string {
    return catalogue[key][lang](params);
}

/** One line per finding code, for SARIF `shortDescription` and the reports' findings tables. */
export const RULE_DESCRIPTIONS: Record<FindingCode, { id: string; en: string }> = {
    'number-format': { id: 'Angka tidak sesuai penulisan Indonesia (ambigu atau salah format)', en: 'Number not in Indonesian notation (ambiguous or malformed)' },
    'duplicate-period': { id: 'Dua nilai untuk indikator atau anggaran yang sama pada periode yang sama', en: 'Two values of one indicator or budget for the same period' },
    'missing-unit': { id: 'Indikator tanpa satuan', en: 'Indicator without a unit (satuan)' },
    'ratio-unit': { id: "Rasio 'dari' pada indikator yang bukan persen, atau penyebut nol", en: "A 'dari' ratio on a non-percent indicator, or a zero denominator" },
    'range-target': { id: "Target rentang pada indikator yang bukan 'arah rentang', atau batas bawah di atas batas atas", en: "A range target on an indicator that is not 'arah rentang', or a lower bound above the upper" },
    'missing-target': { id: 'Realisasi untuk tahun yang tidak bertarget', en: 'A realisation for a year without a target' },
    'quarter-target-mismatch': { id: 'Target triwulan tidak sesuai dengan target tahunan', en: 'Quarter targets that do not match the annual target' },
    'period-outside': { id: 'Tahun di luar periode Renstra/RPJMD organisasi', en: "A year outside the organisation's plan period" },
    'percent-over-100': { id: 'Realisasi persen di atas 100', en: 'A percent realisation above 100' },
    'low-achievement': { id: 'Capaian tahunan akhir di bawah batas bawah', en: 'Final annual achievement below the lower threshold' },
    'over-achievement': { id: 'Capaian tahunan akhir di atas batas atas (target mungkin terlalu rendah)', en: 'Final annual achievement above the upper threshold (the target was likely set too low)' },
    'behind-schedule': { id: 'Capaian terhadap rencana triwulan di bawah batas bawah', en: 'Achievement against the quarter plan below the lower threshold' },
    'atasan-cycle': { id: 'Rantai atasan berputar', en: 'The chain of superiors loops' },
    'atasan-echelon': { id: 'Eselon atasan tidak lebih tinggi dari eselon bawahan', en: "A superior whose echelon is not above the subordinate's" },
    'cascade-cycle': { id: "Rantai 'mendukung' berputar", en: "'mendukung' loops" },
    'cascade-misaligned': { id: 'Node mendukung node yang pemiliknya bukan atasan pemilik node ini', en: "A node supports a node whose owner is not in its owner's chain of superiors" },
    'cascade-skip-level': { id: 'Node mendukung node milik atasan lebih dari satu tingkat di atas', en: 'A node supports a node owned by a superior more than one level up' },
    'cascade-orphan': { id: 'Node tidak mendukung node mana pun', en: 'A node that supports nothing it should' },
    'cascade-uncovered': { id: 'Node bertarget yang tidak didukung node bawahan mana pun', en: "A node with targets that no subordinate's node supports" },
    'budget-overspend': { id: 'Realisasi anggaran melebihi pagu', en: 'Budget realisation above the pagu' },
    'budget-decreasing': { id: 'Realisasi anggaran kumulatif menurun antartriwulan', en: 'Cumulative budget realisation going down from one quarter to the next' },
    'budget-children-mismatch': { id: 'Jumlah pagu kegiatan/subkegiatan berbeda dengan pagu induknya', en: "The children's pagu add up to a different pagu than the parent's" },
    'low-absorption': { id: 'Serapan anggaran di bawah rencana serapan triwulan', en: 'Absorption below the expected curve for the quarter' },
    'pk-missing': { id: 'Pejabat eselon II–IV bertarget tanpa perjanjian kinerja', en: 'An echelon II–IV official owns targets but has no performance agreement' },
    'pk-unsigned': { id: 'Perjanjian kinerja belum ditandatangani', en: 'A performance agreement without a signing date' },
    'unresolved-reference': { id: 'Nama yang dirujuk tidak ditemukan', en: 'A name that does not resolve' },
    'duplicate-name': { id: 'Nama dipakai lebih dari sekali', en: 'A name used twice' },
    'missing-declaration': { id: 'Instansi hanya dilanjutkan, tidak pernah dideklarasikan dengan namanya', en: 'An agency only continued, never declared with its name' },
    'missing-value': { id: 'Realisasi tanpa nilai', en: 'A realisation without a value' },
    'syntax': { id: 'Teks tidak dapat dibaca (kesalahan sintaks)', en: 'The text cannot be read (syntax error)' }
};
