/**
 * The texts of Form E.81 (`kinerja report --kind e81`, kinds/e81.ts): the form's column
 * headings (Permendagri 86/2017's wording in both languages, with an English gloss),
 * its closing rows and the legend of the columns the workspace cannot fill.
 */
import { defineCatalogue, fixed, type KeyOf } from '../common/catalogue.js';

export const e81Text = defineCatalogue({
    'intro': fixed(
        'Formulir E.81 Permendagri 86/2017: evaluasi terhadap hasil Renja perangkat daerah sampai dengan triwulan yang dilaporkan. K: kinerja (satuan indikator); Rp: anggaran.',
        'Form E.81 of Permendagri 86/2017: evaluation of the agency\'s Renja results up to the reported quarter. K: performance (the indicator\'s unit); Rp: budget.'),
    'col.no': fixed('No', 'No'),
    'col.sasaran': fixed('Sasaran', 'Goal (sasaran)'),
    'col.kode': fixed('Kode', 'Code'),
    'col.program': fixed('Program/Kegiatan/Sub Kegiatan', 'Program/Activity/Sub-activity'),
    'col.indikator': fixed('Indikator Kinerja Program (outcome)/Kegiatan (output)', 'Performance indicator (outcome/output)'),
    'col.satuan': fixed('Satuan', 'Unit'),
    'col.baseline': fixed('Data capaian pada awal tahun perencanaan', 'Baseline at the start of the plan'),
    'col.renstraTarget': fixed('Target kinerja dan anggaran Renstra (akhir periode)', 'Renstra target and budget (end of period)'),
    'col.renstraPrior': fixed('Realisasi kinerja dan anggaran Renstra s.d. tahun lalu', 'Renstra realisation up to last year'),
    'col.target': fixed('Target kinerja dan anggaran Renja tahun berjalan', 'Renja target and budget of the year'),
    'col.quarter': { id: p => `Realisasi kinerja triwulan ${p.roman}`, en: p => `Realisation, quarter ${p.quarter}` },
    'col.realisation': fixed('Realisasi capaian kinerja dan anggaran Renja yang dievaluasi', 'Renja realisation evaluated'),
    'col.achievement': fixed('Tingkat capaian kinerja dan realisasi anggaran Renja (%)', 'Renja achievement and absorption (%)'),
    'col.renstraRealisation': fixed('Realisasi kinerja dan anggaran Renstra s.d. tahun berjalan', 'Renstra realisation up to this year'),
    'col.renstraAchievement': fixed('Tingkat capaian kinerja dan realisasi anggaran Renstra s.d. tahun berjalan (%)', 'Renstra achievement and absorption up to this year (%)'),
    'col.owner': fixed('Unit penanggung jawab', 'Responsible unit'),
    'col.remark': fixed('Keterangan', 'Remarks'),
    'k': fixed('K', 'K'),
    'rp': fixed('Rp', 'Rp'),
    'revision.target': { id: p => `Target direvisi ${p.date}${p.reason ? `: ${p.reason}` : ''}`, en: p => `Target revised ${p.date}${p.reason ? `: ${p.reason}` : ''}` },
    'revision.pagu': { id: p => `Pagu direvisi ${p.date}${p.reason ? `: ${p.reason}` : ''}`, en: p => `Pagu revised ${p.date}${p.reason ? `: ${p.reason}` : ''}` },
    'close.average': fixed('Rata-rata capaian kinerja (%)', 'Mean achievement (%)'),
    'close.predikat': fixed('Predikat kinerja', 'Performance predicate'),
    'close.drivers': fixed('Faktor pendorong keberhasilan pencapaian', 'Factors supporting the results'),
    'close.obstacles': fixed('Faktor penghambat pencapaian kinerja', 'Factors hindering the results'),
    'close.followUpQuarter': fixed('Tindak lanjut yang diperlukan dalam triwulan berikutnya', 'Follow-up needed in the next quarter'),
    'close.followUpRenja': fixed('Tindak lanjut yang diperlukan dalam Renja perangkat daerah berikutnya', 'Follow-up needed in the next Renja'),
    'analyst': fixed('(diisi oleh analis)', '(to be written by the analyst)'),
    'predikat.sangat-tinggi': fixed('Sangat Tinggi', 'Very high'),
    'predikat.tinggi': fixed('Tinggi', 'High'),
    'predikat.sedang': fixed('Sedang', 'Medium'),
    'predikat.rendah': fixed('Rendah', 'Low'),
    'predikat.sangat-rendah': fixed('Sangat Rendah', 'Very low'),
    'predikat.bands': fixed('Predikat: ≥ 91 Sangat Tinggi; 76–90 Tinggi; 66–75 Sedang; 51–65 Rendah; ≤ 50 Sangat Rendah.', 'Predicate: ≥ 91 very high; 76–90 high; 66–75 medium; 51–65 low; ≤ 50 very low.'),
    'legend.empty': fixed(
        'Kolom kosong: anggaran Renstra (akhir periode, s.d. tahun lalu dan s.d. tahun berjalan) tidak tertulis dalam ruang kerja, yang memuat pagu per tahun saja; target kinerja Renstra diisi bila target tahun akhir periode Renstra tertulis, realisasi s.d. tahun lalu bila realisasi tahun sebelumnya tertulis; realisasi kinerja Renstra s.d. tahun berjalan diisi hanya untuk indikator dengan akumulasi terakhir (nilai terakhir adalah capaian s.d. tahun berjalan). Angka tidak diperkirakan.',
        'Empty columns: the Renstra budget (end of period, up to last year and up to this year) is not written in the workspace, which holds one pagu per year; the Renstra performance target is given when the target of the last year of the Renstra is written, the realisation up to last year when the realisation of the year before is written; the Renstra realisation up to this year only for indicators accumulated as terakhir (the latest value is the result so far). No figure is estimated.'),
    'none': fixed('Belum ada unsur atau indikator perangkat daerah untuk tahun ini.', 'No agency element or indicator for this year yet.')
});

export type E81TextKey = KeyOf<typeof e81Text>;
