/**
 * The words of `kinerja diff` (its output and its errors), in Bahasa Indonesia and
 * English.
 */
import { defineCatalogue, fixed, type Params } from '../../common/catalogue.js';

export const diffText = defineCatalogue({
    'kind.target': fixed('target', 'target'),
    'kind.pagu': fixed('pagu', 'pagu'),
    'kind.agreement': fixed('perjanjian kinerja', 'performance agreement'),
    'kind.official': fixed('pejabat', 'official'),
    'change.added': fixed('ditambah', 'added'),
    'change.removed': fixed('dihapus', 'removed'),
    'change.changed': fixed('diubah', 'changed'),
    'period.tahun': fixed('tahunan', 'year'),
    'field.nilai': fixed('nilai awal', 'value as first written'),
    'field.revisi': { id: (p: Params) => `revisi ${p.date}`, en: (p: Params) => `revision ${p.date}` },
    'field.perjanjian': fixed('perjanjian', 'agreement'),
    'field.pihak-kedua': fixed('pihak kedua', 'second party'),
    'field.pihak-kedua-pejabat': fixed('pihak kedua (pejabat)', 'second party (official)'),
    'field.pihak-pertama': fixed('pihak pertama', 'first party'),
    'field.tempat': fixed('tempat', 'place'),
    'field.ditandatangani': fixed('tanggal tanda tangan', 'signing date'),
    'field.perubahan': fixed('PK perubahan', 'amended agreement (PK perubahan)'),
    'field.baris-target': { id: (p: Params) => `baris target ${p.id}`, en: (p: Params) => `target row ${p.id}` },
    'field.baris-pagu': { id: (p: Params) => `baris pagu ${p.id}`, en: (p: Params) => `pagu row ${p.id}` },
    'field.pejabat': fixed('pejabat', 'official'),
    'field.plt': fixed('plt/plh', 'acting (plt/plh)'),
    'field.sejak': fixed('sejak', 'from'),
    'field.sampai': fixed('sampai', 'until'),
    'field.nip': fixed('NIP', 'NIP'),
    'covered.revisi': { id: (p: Params) => `tercakup revisi ${p.date}${p.reason ? ` "${p.reason}"` : ''}`, en: (p: Params) => `covered by revision ${p.date}${p.reason ? ` "${p.reason}"` : ''}` },
    'covered.perubahan': { id: (p: Params) => `tercatat sebagai PK perubahan ${p.date}`, en: (p: Params) => `recorded as PK perubahan ${p.date}` },
    'covered.no': fixed('TIDAK tercakup revisi: nilai diubah di tempatnya', 'NOT covered by a revision: the value was edited where it stood'),
    'covered.no-agreement': fixed('TIDAK tercakup: perjanjian yang sudah ditandatangani diubah', 'NOT covered: a signed agreement was edited'),
    'covered.na': fixed('tidak perlu revisi', 'no revision needed'),
    'signed': { id: (p: Params) => `PK ${p.position} ditandatangani ${p.signed}`, en: (p: Params) => `agreement of ${p.position} signed ${p.signed}` },
    'amendment': { id: (p: Params) => `dimuat PK perubahan ${p.position} ${p.date}`, en: (p: Params) => `carried by the PK perubahan of ${p.position} ${p.date}` },
    'amendment-missing': { id: (p: Params) => `belum ada PK perubahan ${p.position} sesudah revisi ini (pk-revision-missing)`, en: (p: Params) => `no PK perubahan of ${p.position} after this revision yet (pk-revision-missing)` },
    'none': fixed('(tidak ada)', '(none)'),
    'no-changes': fixed('Tidak ada perubahan target, pagu, perjanjian kinerja, atau pejabat.', 'No change of targets, pagu, performance agreements or officials.'),
    'summary': {
        id: (p: Params) => `${p.changes} perubahan: ${p.covered} tercakup revisi atau PK perubahan, ${p.uncovered} tidak tercakup (${p.unrevised} di antaranya target dari PK yang sudah ditandatangani), ${p.na} tanpa perlu revisi`,
        en: (p: Params) => `${p.changes} change(s): ${p.covered} covered by a revision or PK perubahan, ${p.uncovered} not covered (${p.unrevised} of them targets of a signed agreement), ${p.na} needing no revision`
    },
    'md.title': fixed('Perubahan rencana kinerja', 'Plan changes'),
    'md.compared': { id: (p: Params) => `Dibandingkan: ${p.a} → ${p.b}`, en: (p: Params) => `Compared: ${p.a} → ${p.b}` },
    'md.col.kind': fixed('Jenis', 'Kind'),
    'md.col.subject': fixed('Unsur', 'Item'),
    'md.col.year': fixed('Tahun', 'Year'),
    'md.col.period': fixed('Periode', 'Period'),
    'md.col.field': fixed('Yang berubah', 'What changed'),
    'md.col.old': fixed('Lama', 'Old'),
    'md.col.new': fixed('Baru', 'New'),
    'md.col.covered': fixed('Revisi', 'Revision'),
    'md.col.indicator': fixed('Indikator', 'Indicator'),
    'md.col.agency': fixed('Perangkat daerah', 'Agency'),
    'md.col.score': fixed('Nilai', 'Score'),
    'md.col.rank': fixed('Peringkat', 'Rank'),
    'md.achievement': {
        id: (p: Params) => `Capaian ${p.year}${p.quarter ? ` s.d. tw${p.quarter}` : ''}`,
        en: (p: Params) => `Achievement ${p.year}${p.quarter ? ` up to tw${p.quarter}` : ''}`
    },
    'md.no-achievement': fixed('Tidak ada capaian yang bergerak.', 'No achievement moved.'),
    'md.ranking': {
        id: (p: Params) => `Peringkat ${p.year}${p.quarter ? ` s.d. tw${p.quarter}` : ''}`,
        en: (p: Params) => `Ranking ${p.year}${p.quarter ? ` up to tw${p.quarter}` : ''}`
    },
    'md.no-ranking': fixed('Tidak ada nilai atau peringkat perangkat daerah yang bergerak.', 'No agency score or rank moved.'),
    'md.no-year': fixed('Tidak ada tahun dengan target atau realisasi: capaian dan peringkat tidak dibandingkan.', 'No year with targets or realisations: achievement and ranking are not compared.'),
    'text.movement': {
        id: (p: Params) => `capaian ${p.year}${p.quarter ? ` s.d. tw${p.quarter}` : ''}: ${p.achievements} indikator bergerak; peringkat: ${p.ranking} perangkat daerah bergerak (lihat --format md)`,
        en: (p: Params) => `achievement ${p.year}${p.quarter ? ` up to tw${p.quarter}` : ''}: ${p.achievements} indicator(s) moved; ranking: ${p.ranking} agency(ies) moved (see --format md)`
    },
    'error.not-a-repository': {
        id: (p: Params) => `${p.dir}: bukan folder di dalam repositori git, jadi revisi tidak dapat dibaca; jalankan kinerja diff di dalam repositori (atau sebutkan foldernya sebagai argumen ketiga), atau bandingkan dua folder: kinerja diff FOLDER-LAMA FOLDER-BARU`,
        en: (p: Params) => `${p.dir}: is not a folder inside a git repository, so revisions cannot be read; run kinerja diff inside the repository (or name its folder as the third argument), or compare two folders: kinerja diff OLD-FOLDER NEW-FOLDER`
    },
    'error.unknown-revision': {
        id: (p: Params) => `${p.revision}: bukan folder dan bukan revisi yang dikenal git di ${p.dir}; periksa namanya (git log --oneline, git branch -a), atau ambil dulu cabangnya (git fetch origin)`,
        en: (p: Params) => `${p.revision}: is neither a folder nor a revision git knows in ${p.dir}; check the name (git log --oneline, git branch -a), or fetch the branch first (git fetch origin)`
    },
    'error.git-missing': fixed('program git tidak ditemukan, padahal diperlukan untuk membaca revisi; pasang git atau bandingkan dua folder: kinerja diff FOLDER-LAMA FOLDER-BARU', 'the git program was not found, and it is needed to read revisions; install git or compare two folders: kinerja diff OLD-FOLDER NEW-FOLDER'),
    'error.git-failed': { id: (p: Params) => `git gagal membaca revisi: ${p.reason}`, en: (p: Params) => `git could not read the revision: ${p.reason}` },
    'error.not-a-folder': {
        id: (p: Params) => `${p.dir}: bukan folder; sebutkan folder ruang kerja sebagai argumen ketiga`,
        en: (p: Params) => `${p.dir}: is not a folder; name the workspace folder as the third argument`
    },
    'error.syntax': {
        id: (p: Params) => `${p.side}: ${p.file}:${p.line}:${p.column} tidak dapat dibaca (kesalahan sintaks: ${p.message}); perbaiki berkas itu di ${p.side} (kinerja check menunjukkan semua kesalahannya), lalu bandingkan lagi`,
        en: (p: Params) => `${p.side}: ${p.file}:${p.line}:${p.column} cannot be read (syntax error: ${p.message}); fix that file in ${p.side} (kinerja check shows all its errors), then compare again`
    },
    'help.diff': fixed('perubahan target, pagu, perjanjian kinerja, dan pejabat antara dua revisi git atau dua folder, dan apakah revisi atau PK perubahan mencatatnya', 'the changes of targets, pagu, performance agreements and officials between two git revisions or two folders, and whether a revision or PK perubahan records them'),
    'help.usage': fixed('[opsi] A [B] [FOLDER]', '[options] A [B] [DIR]'),
    'working-tree': { id: (p: Params) => `${p.dir} (isi folder saat ini)`, en: (p: Params) => `${p.dir} (the folder as it is now)` },
    'help.a': fixed('versi lama: revisi git (mis. origin/main) atau folder', 'the old version: a git revision (e.g. origin/main) or a folder'),
    'help.b': fixed('versi baru: revisi git (mis. HEAD) atau folder; tanpa B: folder seperti sekarang', 'the new version: a git revision (e.g. HEAD) or a folder; without B: the folder as it is now'),
    'help.dir': fixed('folder ruang kerja di dalam repositori (bawaan: folder saat ini)', 'the workspace folder inside the repository (default: the current folder)'),
    'help.format': fixed('text untuk terminal, md untuk komentar pull request, json untuk program', 'text for a terminal, md for a pull-request comment, json for programs'),
    'help.failOn': fixed('unrevised: kode keluar 1 bila target dari PK yang sudah ditandatangani berubah tanpa revisi', 'unrevised: exit code 1 when a target of a signed agreement changed without a revision'),
    'help.year': fixed('tahun capaian dan peringkat yang dibandingkan (bawaan: tahun terakhir dengan realisasi)', 'the year whose achievement and ranking are compared (default: the latest with realisations)'),
    'help.quarter': fixed('triwulan (1-4) capaian dan peringkat yang dibandingkan', 'the quarter (1-4) whose achievement and ranking are compared'),
    'error.arguments': fixed('kinerja diff memerlukan A [B] [FOLDER]: dua revisi git (B tanpa nama: isi folder saat ini) atau dua folder', 'kinerja diff takes A [B] [FOLDER]: two git revisions (without B: the folder as it is now) or two folders')
});

export type DiffTextKey = Parameters<typeof diffText>[1];
