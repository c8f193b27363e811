/**
 * The texts of the LKjIP document (`kinerja report --kind lkjip`, kinds/lkjip.ts and
 * formats/lkjip.ts): chapter and section headings of PermenPANRB 53/2014, column
 * headings, the sentences made from data, and the places left for the analyst, in
 * Bahasa Indonesia (default) and English. Numbers in parameters are already formatted
 * the Indonesian way by the caller.
 */
import { defineCatalogue, fixed, type KeyOf } from '../common/catalogue.js';

export const lkjipText = defineCatalogue({
    title: { id: p => `Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun ${p.year}`, en: p => `Government Agency Performance Report (LKjIP) ${p.year}` },
    none: fixed('Tidak ada organisasi dengan indikator atau perjanjian kinerja pada tahun ini.', 'No organisation has indicators or a performance agreement this year.'),
    'bab1': fixed('Bab I Pendahuluan', 'Chapter I Introduction'),
    'bab1.organisation': fixed('Organisasi', 'Organisation'),
    'bab1.organisation.text': {
        id: p => `${p.name} adalah ${p.kind}${p.pemda ? ` ${p.pemda}` : ''}. Laporan ini menyajikan akuntabilitas kinerja tahun ${p.year}.`,
        en: p => `${p.name} is ${p.kind}${p.pemda ? ` of ${p.pemda}` : ''}. This report presents its performance accountability for ${p.year}.`
    },
    'bab1.kind.instansi': fixed('perangkat daerah', 'a regional agency'),
    'bab1.kind.pemda': fixed('pemerintah daerah', 'a regional government'),
    'bab1.structure': fixed('Struktur organisasi dan pejabat', 'Organisation chart and officials'),
    'bab1.noPositions': fixed('Tidak ada jabatan yang ditulis untuk organisasi ini.', 'No position is written for this organisation.'),
    'bab1.issues': fixed('Isu strategis', 'Strategic issues'),
    'bab1.roles': fixed('Tugas, fungsi dan latar belakang', 'Duties, functions and background'),
    'col.position': fixed('Jabatan', 'Position'),
    'col.level': fixed('Eselon', 'Echelon'),
    'col.superior': fixed('Atasan', 'Superior'),
    'col.official': fixed('Pejabat tahun ini', 'Officials this year'),
    'col.renstraTarget': { id: p => `Target akhir Renstra (${p.year})`, en: p => `Renstra end target (${p.year})` },
    'col.definition': fixed('Definisi', 'Definition'),
    'col.formula': fixed('Rumus', 'Formula'),
    'col.source': fixed('Sumber data', 'Data source'),
    'col.element': fixed('Tujuan / sasaran', 'Goal / objective'),
    'col.year': fixed('Tahun', 'Year'),
    'col.absorption': fixed('Serapan', 'Absorption'),
    'col.gap': fixed('Selisih (poin)', 'Gap (points)'),
    'col.pagu': fixed('Pagu', 'Ceiling'),
    'col.spent': fixed('Realisasi anggaran', 'Spent'),
    'col.programme': fixed('Program / kegiatan / subkegiatan', 'Program / activity / sub-activity'),
    'col.efficient': fixed('Efisien', 'Efficient'),
    'level.staf': fixed('staf', 'staff'),
    'official.from': { id: p => `sejak ${p.date}`, en: p => `from ${p.date}` },
    'official.until': { id: p => `sampai ${p.date}`, en: p => `until ${p.date}` },
    'official.none': fixed('(belum ditulis)', '(not written)'),
    'bab2': fixed('Bab II Perencanaan Kinerja', 'Chapter II Performance Planning'),
    'bab2.renstra': fixed('Rencana Strategis', 'Strategic Plan'),
    'bab2.renstra.period': { id: p => `Periode Renstra ${p.start}–${p.end}.`, en: p => `Renstra period ${p.start}–${p.end}.` },
    'bab2.renstra.noPeriod': fixed('Periode Renstra tidak ditulis (`periode`): target akhir Renstra tidak dapat ditampilkan.', 'The Renstra period is not written (`periode`): the end targets cannot be shown.'),
    'bab2.noPlan': fixed('Tidak ada tujuan atau sasaran yang ditulis.', 'No goal or objective is written.'),
    'bab2.iku': fixed('Indikator Kinerja Utama (IKU)', 'Key Performance Indicators (IKU)'),
    'bab2.noIku': fixed('Tidak ada indikator yang ditandai utama.', 'No indicator is marked utama.'),
    'bab2.pk': { id: p => `Perjanjian Kinerja Tahun ${p.year}`, en: p => `Performance Agreement ${p.year}` },
    'bab2.pk.text': {
        id: p => `Pada tahun ${p.year} terdapat ${p.count} dokumen perjanjian kinerja, termasuk ${p.amended} PK perubahan; naskah lengkap ada pada lampiran.`,
        en: p => `In ${p.year} there are ${p.count} performance agreements, ${p.amended} of them amended (PK perubahan); the full texts are in the appendix.`
    },
    'bab2.noPk': fixed('Tidak ada perjanjian kinerja untuk tahun ini.', 'No performance agreement for this year.'),
    'col.pkSigned': fixed('Ditandatangani', 'Signed'),
    'col.pkKind': fixed('Jenis', 'Kind'),
    'pk.original': fixed('PK', 'PK'),
    'pk.amended': { id: p => `PK perubahan (${p.date})`, en: p => `PK perubahan (${p.date})` },
    'pk.notSigned': fixed('belum ditandatangani', 'not signed'),
    'bab3': fixed('Bab III Akuntabilitas Kinerja', 'Chapter III Performance Accountability'),
    'bab3.achievement': fixed('Capaian kinerja organisasi', 'Performance achievement'),
    'bab3.score': {
        id: p => `Nilai kinerja organisasi tahun ${p.year}: ${p.score} (${p.category}).`,
        en: p => `The organisation's performance score for ${p.year}: ${p.score} (${p.category}).`
    },
    'bab3.noScore': { id: p => `Nilai kinerja organisasi tahun ${p.year} tidak dapat dihitung.`, en: p => `The organisation's score for ${p.year} cannot be computed.` },
    'bab3.goal': { id: p => `Sasaran: ${p.name}`, en: p => `Objective: ${p.name}` },
    'bab3.otherGoal': fixed('Indikator yang tidak mendukung sasaran', 'Indicators supporting no objective'),
    'bab3.goalAchievement': { id: p => `Capaian sasaran: ${p.value}.`, en: p => `Objective achievement: ${p.value}.` },
    'bab3.comparison': fixed('Perbandingan dengan tahun sebelumnya dan target akhir Renstra', 'Comparison with earlier years and the Renstra end target'),
    'bab3.analysis': fixed('Analisis, kendala dan solusi', 'Analysis, obstacles and solutions'),
    'bab3.note.analysis': fixed('Analisis', 'Analysis'),
    'bab3.note.obstacles': fixed('Kendala', 'Obstacles'),
    'bab3.note.solutions': fixed('Solusi', 'Solutions'),
    'bab3.efficiency': fixed('Efisiensi penggunaan sumber daya', 'Efficiency of resources'),
    'bab3.efficiency.total': fixed('Organisasi', 'Organisation'),
    'bab3.noEfficiency': fixed('Tidak ada pagu untuk dibandingkan.', 'No ceiling to compare with.'),
    'bab3.budget': fixed('Realisasi anggaran', 'Budget realisation'),
    'bab3.budget.total': {
        id: p => `Pagu ${p.pagu}, realisasi ${p.spent}, serapan ${p.absorption}.`,
        en: p => `Ceiling ${p.pagu}, spent ${p.spent}, absorption ${p.absorption}.`
    },
    'bab3.noBudget': fixed('Tidak ada anggaran yang ditulis untuk tahun ini.', 'No budget is written for this year.'),
    'bab4': fixed('Bab IV Penutup', 'Chapter IV Closing'),
    'bab4.summary': {
        id: p => `Dari ${p.total} indikator tahun ${p.year}: ${p.counts}; ${p.notComputable} tidak dapat dihitung.`,
        en: p => `Of ${p.total} indicators in ${p.year}: ${p.counts}; ${p.notComputable} not computable.`
    },
    'appendix': fixed('Lampiran', 'Appendices'),
    'appendix.pk': fixed('Lampiran 1 Perjanjian Kinerja', 'Appendix 1 Performance Agreements'),
    'appendix.iku': fixed('Lampiran 2 Indikator Kinerja Utama', 'Appendix 2 Key Performance Indicators'),
    'placeholder': { id: p => `[Diisi oleh analis: ${p.what}]`, en: p => `[To be written by the analyst: ${p.what}]` },
    'ph.roles': fixed('tugas pokok, fungsi dan gambaran umum organisasi', 'the duties, functions and overview of the organisation'),
    'ph.issues': fixed('isu strategis yang dihadapi organisasi', 'the strategic issues the organisation faces'),
    'ph.analysis': { id: p => `analisis capaian, kendala dan solusi untuk ${p.name}`, en: p => `analysis, obstacles and solutions for ${p.name}` },
    'ph.efficiency': fixed('analisis efisiensi penggunaan sumber daya', 'analysis of the efficiency of resources'),
    'ph.closing': fixed('simpulan umum capaian kinerja dan langkah perbaikan tahun berikutnya', 'overall conclusion and the improvements for the next year'),
    yes: fixed('ya', 'yes'),
    no: fixed('tidak', 'no')
});

export type LkjipTextKey = KeyOf<typeof lkjipText>;
