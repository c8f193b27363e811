/**
 * The command line's own texts (summaries, usage messages, progress), in Bahasa
 * Indonesia (default) and English. Findings bring their messages and titles
 * (src/validation/findings/), reports theirs (src/report/messages.ts).
 */
import { defineCatalogue, fixed, type KeyOf, type Params } from '../common/catalogue.js';

export const cliMessage = defineCatalogue({
    'check.summary': {
        id: (p: Params) => `${p.files} berkas diperiksa: ${p.errors} kesalahan, ${p.warnings} peringatan, ${p.infos} info`,
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
    'progress.preparing': fixed('menyusun laporan', 'preparing the report'),
    'progress.pages': {
        id: (p: Params) => `menulis halaman laporan ${p.done}/${p.total}`,
        en: (p: Params) => `writing report pages ${p.done}/${p.total}`
    },
    // kinerja verify (src/cli/verify.ts).
    'verify.matches': {
        id: (p: Params) => `${p.document} cocok: dibangun ulang dari data masukan yang sama (sidik ${p.digest}…, ${p.files} berkas, ${p.source}), isinya sama persis`,
        en: (p: Params) => `${p.document} matches: rebuilt from the same inputs (hash ${p.digest}…, ${p.files} files, ${p.source}), its content is identical`
    },
    'verify.source-commit': { id: (p: Params) => `commit ${p.commit}`, en: (p: Params) => `commit ${p.commit}` },
    'verify.source-uncommitted': {
        id: (p: Params) => `commit ${p.commit} dengan perubahan yang belum di-commit`,
        en: (p: Params) => `commit ${p.commit} with uncommitted changes`
    },
    'verify.source-no-git': fixed('di luar git', 'outside git'),
    'verify.inputs-changed': {
        id: (p: Params) => `${p.document} tidak cocok: data masukan telah berubah sejak dokumen dibuat (sidik tercatat ${p.made}…, ${p.madeFiles} berkas; sekarang ${p.now}…, ${p.nowFiles} berkas). ${p.where}`,
        en: (p: Params) => `${p.document} does not match: the inputs changed since the document was made (recorded hash ${p.made}…, ${p.madeFiles} files; now ${p.now}…, ${p.nowFiles} files). ${p.where}`
    },
    'verify.at-commit': {
        id: (p: Params) => `Dokumen dibuat dari commit ${p.commit}: periksa pada commit itu (misalnya git worktree add ../periksa ${p.commit}, lalu kinerja verify di sana).`,
        en: (p: Params) => `The document was made from commit ${p.commit}: check it at that commit (for example git worktree add ../check ${p.commit}, then kinerja verify there).`
    },
    'verify.no-commit': fixed('Dokumen dibuat di luar git, jadi data lamanya tidak dapat dipulihkan dari riwayat; simpan ruang kerja dalam git agar setiap dokumen dapat diperiksa kembali.',
        'The document was made outside git, so its data cannot be restored from history; keep the workspace in git so that every document can be checked again.'),
    'verify.changed': {
        id: (p: Params) => `${p.document} tidak cocok: data masukan sama, tetapi isi dokumen berbeda dari hasil membangun ulang (${p.difference}); dokumen telah diubah setelah dibuat`,
        en: (p: Params) => `${p.document} does not match: the inputs are the same, but the content differs from the rebuilt document (${p.difference}); the document was changed after it was made`
    },
    'verify.line': { id: (p: Params) => `mulai baris ${p.line}`, en: (p: Params) => `from line ${p.line}` },
    'verify.part': { id: (p: Params) => `bagian ${p.part}`, en: (p: Params) => `part ${p.part}` },
    'verify.pdf': fixed('isi PDF', 'the PDF\'s content'),
    'verify.pdf-printer': {
        id: (p: Params) => `dicetak oleh ${p.before}, sekarang oleh ${p.now}; peramban lain dapat mencetak sedikit berbeda`,
        en: (p: Params) => `printed by ${p.before}, now by ${p.now}; another browser may print slightly differently`
    },
    'verify.page-missing': { id: (p: Params) => `halaman ${p.page} tidak ada`, en: (p: Params) => `page ${p.page} is missing` },
    'verify.page-extra': { id: (p: Params) => `halaman ${p.page} tidak dibuat oleh laporan ini`, en: (p: Params) => `page ${p.page} is not one of the report's` },
    'verify.page-line': { id: (p: Params) => `halaman ${p.page} mulai baris ${p.line}`, en: (p: Params) => `page ${p.page} from line ${p.line}` },
    'verify.other-version': {
        id: (p: Params) => `Catatan: dokumen dibuat oleh ${p.made}, pemeriksaan ini oleh ${p.now}; versi lain dapat menulis sedikit berbeda — periksa dengan versi ${p.made}.`,
        en: (p: Params) => `Note: the document was made by ${p.made}, this check runs ${p.now}; another version may write slightly differently — check with ${p.made}.`
    },
    'verify.missing': { id: (p: Params) => `${p.document}: berkas tidak ada; sebutkan dokumen yang dibuat kinerja report`, en: (p: Params) => `${p.document}: no such file; name a document written by kinerja report` },
    'verify.no-record': {
        id: (p: Params) => `${p.document}: tidak memuat catatan asal dokumen kinerja, jadi tidak dapat dibangun ulang; hanya dokumen dari kinerja report memuatnya (tabel ${p.tables} dan JSON tanpa --kind tidak)`,
        en: (p: Params) => `${p.document}: carries no kinerja provenance record, so it cannot be rebuilt; only documents from kinerja report carry one (${p.tables} tables and JSON without --kind do not)`
    },
    'verify.no-record-folder': {
        id: (p: Params) => `${p.document}: bukan folder laporan kinerja (tidak ada index.html dengan catatan asal dokumen)`,
        en: (p: Params) => `${p.document}: not a kinerja report folder (no index.html with a provenance record)`
    },
    'verify.no-workspace': {
        id: (p: Params) => `ruang kerja dokumen tidak dapat dibaca: ${p.reason} (jalur tercatat ${p.paths}, dibaca dari ${p.folder}). Sebutkan tempat ruang kerja itu sekarang setelah nama dokumen (kinerja verify DOKUMEN FOLDER)`,
        en: (p: Params) => `the document's workspace cannot be read: ${p.reason} (recorded paths ${p.paths}, read from ${p.folder}). Give where that workspace is now after the document's name (kinerja verify DOCUMENT FOLDER)`
    },
    'help.verify': fixed('membangun ulang dokumen dari kinerja report (dengan pilihan yang dicatatnya) dan memeriksa apakah isinya sama', 'rebuild a document written by kinerja report (with the options it records) and check that its content is the same'),
    'help.verify.document': fixed('dokumen (html, md, json, xlsx, docx, pdf) atau folder laporan HTML', 'the document (html, md, json, xlsx, docx, pdf) or HTML report folder'),
    'help.verify.workspace': fixed('tempat ruang kerja sekarang (jalur pertama yang diberikan kepada kinerja report), bila tidak dapat ditemukan dari letak dokumen', 'where the workspace is now (the first path kinerja report was given), when it cannot be found from where the document is'),
    'verify.workspace-mismatch': {
        id: (p: Params) => `${p.workspace} tidak berakhir seperti jalur ruang kerja yang tercatat di dokumen (${p.recorded}); sebutkan folder yang dulu diberikan sebagai ${p.recorded}`,
        en: (p: Params) => `${p.workspace} does not end as the workspace path the document records (${p.recorded}); give the folder that was given as ${p.recorded}`
    },
    'report.folder-written': {
        id: (p: Params) => `${p.pages} halaman laporan ditulis ke ${p.dir}; buka ${p.index}`,
        en: (p: Params) => `${p.pages} report pages written to ${p.dir}; open ${p.index}`
    },
    'usage.out-folder-foreign': {
        id: (p: Params) => `${p.dir}: folder ini berisi ${p.entry} yang tidak ditulis kinerja, jadi folder ini tidak diganti (juga tidak dengan --force, karena isinya akan terhapus); pilih folder baru atau folder kosong`,
        en: (p: Params) => `${p.dir}: the folder holds ${p.entry}, which kinerja did not write, so the folder is not replaced (not even with --force, which would delete it); choose a new or empty folder`
    },
    'usage.out-folder-symlink': {
        id: (p: Params) => `${p.dir}: adalah tautan simbolik, dan kinerja tidak menulis melalui tautan; pilih folder lain`,
        en: (p: Params) => `${p.dir}: is a symbolic link, and kinerja does not write through links; choose another folder`
    },
    'usage.quarterly-needs-quarter': {
        id: () => `laporan triwulan memerlukan --quarter (1-4), mis. --kind quarterly --quarter 3`,
        en: () => `the quarterly report needs --quarter (1-4), e.g. --kind quarterly --quarter 3`
    },
    'usage.binary-to-terminal': {
        id: (p: Params) => `format ${p.format} adalah berkas biner dan tidak ditulis ke terminal; pakai --out FILE (mis. --out laporan.${p.format}) atau alihkan keluarannya (> laporan.${p.format})`,
        en: (p: Params) => `the ${p.format} format is a binary file and is not written to a terminal; use --out FILE (e.g. --out report.${p.format}) or redirect the output (> report.${p.format})`
    },
    'usage.chromium-missing': {
        id: () => 'format pdf dicetak dengan Chromium atau Google Chrome, yang tidak ditemukan; pasang salah satunya (di Debian/Ubuntu: apt-get install chromium) atau tunjuk programnya dengan --chromium PATH atau KINERJA_CHROMIUM=PATH',
        en: () => 'the pdf format is printed with Chromium or Google Chrome, and neither was found; install one (on Debian/Ubuntu: apt-get install chromium) or name the program with --chromium PATH or KINERJA_CHROMIUM=PATH'
    },
    'usage.chromium-not-there': {
        id: (p: Params) => `${p.from} menunjuk ${p.path}, yang tidak ada; tunjuk program Chromium atau Chrome yang terpasang (di Debian/Ubuntu: apt-get install chromium, lalu /usr/bin/chromium)`,
        en: (p: Params) => `${p.from} names ${p.path}, which does not exist; name an installed Chromium or Chrome program (on Debian/Ubuntu: apt-get install chromium, then /usr/bin/chromium)`
    },
    'usage.chromium-failed': {
        id: (p: Params) => `Chromium (${p.path}) gagal mencetak PDF: ${p.reason}; periksa bahwa program itu Chromium atau Chrome yang dapat dijalankan, atau tunjuk yang lain dengan --chromium PATH`,
        en: (p: Params) => `Chromium (${p.path}) could not print the PDF: ${p.reason}; check that the program is a Chromium or Chrome that runs, or name another with --chromium PATH`
    },
    'usage.option-format-only': {
        id: (p: Params) => `${p.option} hanya berlaku untuk --format ${p.format}`,
        en: (p: Params) => `${p.option} only applies to --format ${p.format}`
    },
    'usage.cannot-write': {
        id: (p: Params) => `${p.file}: tidak dapat ditulis (${p.reason})`,
        en: (p: Params) => `${p.file}: cannot be written (${p.reason})`
    },
    'output.stdout-failed': {
        id: (p: Params) => `keluaran standar tidak dapat ditulis (${p.reason}), jadi keluarannya tidak lengkap; periksa tujuan pengalihannya lalu jalankan perintah ini lagi`,
        en: (p: Params) => `standard output could not be written (${p.reason}), so the output is incomplete; check where it is redirected and run the command again`
    },
    'reason.ENOENT': fixed('folder tidak ada', 'no such folder'),
    'reason.ENOTDIR': fixed('bukan folder', 'not a folder'),
    'reason.EACCES': fixed('akses ditolak', 'permission denied'),
    'reason.EISDIR': fixed('adalah folder', 'is a folder'),
    'reason.ENOSPC': fixed('ruang disk penuh', 'no space left on the device'),
    'reason.EROFS': fixed('sistem berkas hanya-baca', 'read-only file system'),
    'reason.EIO': fixed('kesalahan baca-tulis perangkat', 'input/output error'),
    'reason.EFBIG': fixed('melebihi batas ukuran berkas', 'over the file size limit'),
    'reason.EBADF': fixed('tidak terbuka', 'not open'),
    'init.pemda': {
        id: () => `tulis satu pemda: --pemda ID "nama", mis. --pemda KabContoh "Pemerintah Kabupaten Contoh"`,
        en: () => `give one regional government: --pemda ID "name", e.g. --pemda KabContoh "Pemerintah Kabupaten Contoh"`
    },
    'init.pairs': {
        id: (p: Params) => `${p.option} memerlukan ID lalu nama dalam tanda petik, mis. ${p.option} Dinkes "Dinas Kesehatan"`,
        en: (p: Params) => `${p.option} takes an ID and then a quoted name, e.g. ${p.option} Dinkes "Dinas Kesehatan"`
    },
    'init.id': {
        id: (p: Params) => `${p.option} ${p.id}: ID hanya boleh berisi huruf, angka dan _, dan tidak diawali angka (mis. Dinkes, OPD_01)`,
        en: (p: Params) => `${p.option} ${p.id}: an ID holds only letters, digits and _, and does not start with a digit (e.g. Dinkes, OPD_01)`
    },
    'init.keyword': {
        id: (p: Params) => `${p.option} ${p.id}: '${p.id}' adalah kata kunci bahasa kinerja dan tidak dapat menjadi ID; pilih nama lain (mis. dengan huruf kapital)`,
        en: (p: Params) => `${p.option} ${p.id}: '${p.id}' is a keyword of the kinerja language and cannot be an ID; choose another (e.g. capitalised)`
    },
    'init.name': {
        id: (p: Params) => `${p.option} ${p.id}: namanya kosong atau terdiri dari beberapa baris; tulis nama satu baris dalam tanda petik`,
        en: (p: Params) => `${p.option} ${p.id}: the name is empty or spans several lines; give a one-line name in quotes`
    },
    'init.duplicate': {
        id: (p: Params) => `ID ${p.id} sama dengan ${p.other} (huruf besar-kecil tidak dibedakan untuk nama berkas); pilih ID lain`,
        en: (p: Params) => `the ID ${p.id} is the same as ${p.other} (file names ignore case); choose another ID`
    },
    'init.periode': {
        id: (p: Params) => `--periode ${p.value}: tulis tahun awal dan akhir RPJMD, mis. --periode 2025-2029`,
        en: (p: Params) => `--periode ${p.value}: give the first and last year of the RPJMD, e.g. --periode 2025-2029`
    },
    'init.exists': {
        id: (p: Params) => `${p.dir}: sudah ada ${p.files}, jadi tidak ada yang ditulis; pilih folder lain atau pindahkan berkas itu`,
        en: (p: Params) => `${p.dir}: ${p.files} already exist(s), so nothing was written; choose another folder or move those files`
    },
    'init.failed': {
        id: (p: Params) => `${p.dir}: ruang kerja tidak dapat ditulis (${p.reason}); tidak ada berkas yang ditinggalkan`,
        en: (p: Params) => `${p.dir}: the workspace could not be written (${p.reason}); no file was left behind`
    },
    'init.appeared': fixed('berkas muncul saat sedang ditulis', 'a file appeared while writing'),
    'init.done': {
        id: (p: Params) => `ruang kerja dibuat di ${p.dir}: ${p.files}. Lanjutkan dengan README.md, lalu: npx kinerja check ${p.dir}`,
        en: (p: Params) => `workspace written in ${p.dir}: ${p.files}. Continue with README.md, then: npx kinerja check ${p.dir}`
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
    'usage.template-xlsx-only': {
        id: (p: Params) => `lembar isian (--kind template) hanya ditulis sebagai --format xlsx, bukan ${p.format}`,
        en: (p: Params) => `the fill-in workbook (--kind template) is written only as --format xlsx, not ${p.format}`
    },
    'usage.template-needs-period': {
        id: () => `lembar isian memerlukan periodenya: --quarter 1-4 atau --period tw1…tw4 / jan…des, mis. --kind template --quarter 3`,
        en: () => `the fill-in workbook needs its period: --quarter 1-4 or --period tw1…tw4 / jan…des, e.g. --kind template --quarter 3`
    },
    'usage.template-only': {
        id: (p: Params) => `${p.option} hanya berlaku untuk --kind template`,
        en: (p: Params) => `${p.option} only applies to --kind template`
    },
    'usage.lkjip-formats': {
        id: (p: Params) => `LKjIP (--kind lkjip) ditulis sebagai --format html, md, json, docx atau pdf, bukan ${p.format}`,
        en: (p: Params) => `the LKjIP (--kind lkjip) is written as --format html, md, json, docx or pdf, not ${p.format}`
    },
    'usage.lkjip-year': {
        id: () => `LKjIP melaporkan satu tahun penuh: --quarter tidak berlaku untuk --kind lkjip (untuk kemajuan triwulan, gunakan --kind quarterly)`,
        en: () => `the LKjIP reports a whole year: --quarter does not apply to --kind lkjip (for a quarter's progress, use --kind quarterly)`
    },
    'usage.format-kinds': {
        id: (p: Params) => `--format ${p.format} hanya untuk --kind ${p.kinds}, bukan ${p.kind}`,
        en: (p: Params) => `--format ${p.format} is only for --kind ${p.kinds}, not ${p.kind}`
    },
    'usage.instansi-kinds': {
        id: (p: Params) => `${p.option} hanya berlaku untuk --kind template, lkjip dan e81`,
        en: (p: Params) => `${p.option} only applies to --kind template, lkjip and e81`
    },
    'usage.e81-needs-quarter': {
        id: () => `formulir E.81 memerlukan --quarter (1-4), mis. --kind e81 --quarter 2`,
        en: () => `Form E.81 needs --quarter (1-4), e.g. --kind e81 --quarter 2`
    },
    'usage.period-and-quarter': {
        id: (p: Params) => `--period ${p.period} dan --quarter ${p.quarter} menyebut dua periode; pakai salah satu`,
        en: (p: Params) => `--period ${p.period} and --quarter ${p.quarter} name two periods; use one of them`
    },
    'usage.period': fixed('periode: tw1, tw2, tw3, tw4, atau bulan jan, feb, mar, apr, mei, jun, jul, agu, sep, okt, nov, des', 'period: tw1, tw2, tw3, tw4, or a month jan, feb, mar, apr, mei, jun, jul, agu, sep, okt, nov, des'),
    'usage.unknown-organisation': {
        id: (p: Params) => `--instansi ${p.ids}: tidak ada organisasi dengan ID itu di ruang kerja; yang ada: ${p.known}`,
        en: (p: Params) => `--instansi ${p.ids}: no organisation of the workspace has that ID; there are: ${p.known}`
    },
    'usage.lowest-ranking-only': {
        id: () => `--lowest hanya berlaku untuk --kind ranking (atau --format json, yang memuat needsAssistance); laporan ini tidak menandai perangkat daerah untuk pendampingan`,
        en: () => `--lowest only applies to --kind ranking (or --format json, which holds needsAssistance); this report flags no agency for assistance`
    },
    'usage.whole-number': {
        id: (p: Params) => `${p.option} harus bilangan bulat dari ${p.min} sampai ${p.max}`,
        en: (p: Params) => `${p.option} must be a whole number from ${p.min} to ${p.max}`
    },
    'usage.quarter': fixed('triwulan harus 1, 2, 3 atau 4 (atau tw1..tw4)', 'the quarter must be 1, 2, 3 or 4 (or tw1..tw4)'),

    // ------------------------------------------------------------ help (--help)
    'help.program': fixed('Kinerja: akuntabilitas kinerja SAKIP — memeriksa berkas .kinerja dan membuat laporan evaluasi', 'Kinerja: SAKIP performance accountability — check .kinerja files and write evaluation reports'),
    'help.version': fixed('menampilkan nomor versi', 'output the version number'),
    'help.help': fixed('menampilkan bantuan perintah', 'display help for command'),
    'help.helpCommand': fixed('menampilkan bantuan suatu perintah', 'display help for command'),
    'help.check': fixed('memeriksa berkas dan folder .kinerja, mencetak temuannya', 'check .kinerja files and folders for findings'),
    'help.report': fixed('membuat laporan evaluasi untuk satu tahun (dan triwulan)', 'write the evaluation report for a year (and quarter)'),
    'help.export': fixed('menulis seluruh data ruang kerja ke buku kerja Excel (satu lembar per jenis pernyataan) yang dapat diimpor kembali', 'write all of the workspace\'s data to an Excel workbook (one sheet per kind of statement) that imports back'),
    'help.import': fixed('membaca buku kerja data (dari kinerja export) atau tabel kantor (matriks rencana, formulir realisasi, ekspor anggaran) menjadi berkas .kinerja di folder kosong, atau menggabungkannya ke ruang kerja yang sudah ada', 'read a data workbook (from kinerja export) or an office table (plan matrix, realisation form, budget export) into .kinerja files in an empty folder, or merge it into an existing workspace'),
    'help.import.file': fixed('buku kerja (.xlsx) atau tabel (.csv) yang diimpor; boleh lebih dari satu', 'the workbooks (.xlsx) or tables (.csv) to import; more than one may be given'),
    'help.import.into': fixed('folder tujuan: kosong atau belum ada (berkas baru), atau ruang kerja yang sudah ada (digabungkan); bawaan: folder kerja saat ini', 'the folder to write into: empty or not there yet (new files), or an existing workspace (merged); default: the current folder'),
    'help.import.dryRun': fixed('tampilkan perubahan sebagai diff, tanpa menulis apa pun', 'print the changes as a diff, writing nothing'),
    'help.import.replace': fixed('ganti nilai yang berbeda dengan yang sudah tertulis di ruang kerja dengan nilai buku kerja', 'replace values that differ from what the workspace has written with the workbook\'s'),
    'help.import.mapping': fixed('berkas pemetaan JSON untuk tabel yang tidak dikenal dari judul kolomnya (lihat docs/import.md)', 'a JSON mapping file for a table not known by its headers (see docs/import.md)'),
    'help.import.instansi': fixed('ID perangkat daerah pemilik tabel kantor (matriks rencana, formulir realisasi, ekspor anggaran)', 'the ID of the agency an office table (plan matrix, realisation form, budget export) belongs to'),
    'help.import.tahun': fixed('tahun kolom tabel kantor yang tidak menyebut tahun', 'the year of an office table\'s columns that name none'),
    'help.import.notation': fixed('notasi angka sel teks bila kolomnya dapat dibaca dua cara: id (1.234,5) atau en (1,234.5)', 'the notation of numbers in text cells when a column reads two ways: id (1.234,5) or en (1,234.5)'),
    'help.init': fixed('membuat ruang kerja baru: pemda, perangkat daerah dengan struktur eselon II–IV, konfigurasi dan README', 'write a new workspace: the pemda, agencies with their echelon II–IV chart, the config and a README'),
    'help.init.dir': fixed('folder ruang kerja (bawaan: folder ini)', 'the workspace folder (default: this folder)'),
    'help.init.pemda': fixed('ID dan nama pemda, mis. --pemda KabContoh "Pemerintah Kabupaten Contoh"', 'the regional government\'s ID and name, e.g. --pemda KabContoh "Pemerintah Kabupaten Contoh"'),
    'help.init.instansi': fixed('ID dan nama perangkat daerah; boleh diulang, mis. --instansi Dinkes "Dinas Kesehatan"', 'an agency\'s ID and name; may repeat, e.g. --instansi Dinkes "Dinas Kesehatan"'),
    'help.init.periode': fixed('periode RPJMD, mis. 2025-2029 (bawaan: lima tahun mulai tahun ini)', 'the RPJMD period, e.g. 2025-2029 (default: five years from this year)'),
    'help.paths': fixed('berkas atau folder (bawaan: folder ini)', 'files or folders (default: the current folder)'),
    'help.check.format': fixed('format keluaran (bawaan: github bila GITHUB_ACTIONS diset, selain itu text)', 'output format (default: github when GITHUB_ACTIONS is set, else text)'),
    'help.out': fixed('tulis ke berkas ini (secara atomik), bukan ke keluaran standar; berkas yang ada hanya diganti bila kosong atau keluaran kinerja sebelumnya', 'write to this file (atomically) instead of standard output; an existing file is replaced only if it is empty or a previous kinerja output'),
    'help.report.out': fixed('tulis ke berkas ini (secara atomik), bukan ke keluaran standar; untuk --format html, folder (berakhiran /, folder yang ada, atau nama tanpa .html) berisi index.html dan satu halaman per perangkat daerah; yang ada hanya diganti bila kosong atau keluaran kinerja sebelumnya',
        'write to this file (atomically) instead of standard output; with --format html, a folder (ending in /, an existing folder, or a name without .html) gets index.html and a page per agency; an existing one is replaced only if it is empty or a previous kinerja output'),
    'help.force': fixed('dengan --out: ganti juga berkas yang bukan keluaran kinerja, atau tautan simbolik (tautannya saja; tujuannya tidak ditulis)', 'with --out: also replace a file that is not a previous kinerja output, or a symbolic link (the link itself; its target is never written)'),
    'help.failOn': fixed('tingkat terendah yang menggagalkan pemeriksaan', 'lowest severity that fails the run'),
    'help.maxWarnings': fixed('gagal bila peringatan lebih dari n', 'fail when there are more than n warnings'),
    'help.lang': fixed('bahasa pesan: id (Bahasa Indonesia) atau en', 'message language: id (Bahasa Indonesia) or en'),
    'help.config': fixed('berkas konfigurasi proyek (bawaan: kinerja.config.json terdekat)', 'project config file (default: nearest kinerja.config.json)'),
    'help.year': fixed('tahun yang dievaluasi', 'the year to evaluate'),
    'help.quarter': fixed('evaluasi sampai triwulan ini (1-4); wajib untuk --kind quarterly', 'evaluate up to this quarter (1-4); required by --kind quarterly'),
    'help.kind': fixed('jenis laporan (bawaan: annual; tanpa --kind, --format json mencetak kontrak JSON saja; template: lembar isian xlsx untuk perangkat daerah; lke: prapemeriksaan lembar kerja evaluasi AKIP; lkjip: dokumen LKjIP lengkap, Bab I–IV dan lampiran; e81: formulir E.81 evaluasi hasil Renja per perangkat daerah)', 'report kind (default: annual; without --kind, --format json prints the plain JSON contract; template: the xlsx fill-in workbook for agencies; lke: the pre-check of the AKIP evaluation worksheet; lkjip: the whole LKjIP document, chapters I–IV and appendices; e81: Form E.81, the evaluation of the Renja results per agency)'),
    'help.report.format': fixed('format keluaran', 'output format'),
    'help.lowest': fixed('berapa perangkat daerah dengan nilai terendah yang ditandai perlu pendampingan (bawaan: rankingLowest dari konfigurasi, 10); untuk --kind ranking', 'how many of the lowest-ranked agencies are flagged for assistance (default: rankingLowest of the config, 10); for --kind ranking'),
    'help.period': fixed('lembar isian: periodenya, tw1…tw4 atau bulan jan…des (atau --quarter)', 'fill-in workbook: its period, tw1…tw4 or a month jan…des (or --quarter)'),
    'help.instansi': fixed('lembar isian, LKjIP dan formulir E.81: hanya organisasi ini (ID; boleh diulang), mis. satu berkas per perangkat daerah', 'fill-in workbook, LKjIP and Form E.81: only this organisation (ID; may be repeated), e.g. one file per agency'),
    'help.separator': { id: (p: Params) => `${p.formats}: pemisah kolom; ";" menulis koma desimal untuk Excel berbahasa Indonesia`, en: (p: Params) => `${p.formats}: field separator; ";" writes decimal commas for Excel in Indonesian` },
    'help.chromium': { id: (p: Params) => `${p.formats}: program Chromium atau Chrome yang mencetak (bawaan: KINERJA_CHROMIUM, lalu tempat pemasangan yang biasa)`, en: (p: Params) => `${p.formats}: the Chromium or Chrome program that prints (default: KINERJA_CHROMIUM, then the usual install places)` },
    'help.table': { id: (p: Params) => `${p.formats}: tabel laporan yang ditulis (bawaan: tabel utama)`, en: (p: Params) => `${p.formats}: which table of the report to write (default: the main one)` },
    'help.usage.program': fixed('[opsi] [perintah]', '[options] [command]'),
    'help.usage.command': fixed('[opsi] [berkas-atau-folder...]', '[options] [paths...]'),
    'help.usage.helpArgument': fixed('[perintah]', '[command]'),
    'help.title.Usage:': fixed('Penggunaan:', 'Usage:'),
    'help.title.Options:': fixed('Opsi:', 'Options:'),
    'help.title.Arguments:': fixed('Argumen:', 'Arguments:'),
    'help.title.Commands:': fixed('Perintah:', 'Commands:'),
    'help.choices': fixed('pilihan', 'choices'),
    'help.default': fixed('bawaan', 'default'),

    // ------------------------------------------------------------ what commander rejects
    'error.prefix': fixed('kesalahan', 'error'),
    'error.missingMandatoryOptionValue': {
        id: (p: Params) => `opsi wajib ${p.option} belum diberikan`,
        en: (p: Params) => `required option ${p.option} not specified`
    },
    'error.optionMissingArgument': {
        id: (p: Params) => `opsi ${p.option} memerlukan nilai`,
        en: (p: Params) => `option ${p.option} argument missing`
    },
    'error.missingArgument': {
        id: (p: Params) => `argumen wajib ${p.argument} belum diberikan`,
        en: (p: Params) => `missing required argument ${p.argument}`
    },
    'error.unknownOption': {
        id: (p: Params) => `opsi ${p.option} tidak dikenal${p.suggestion ? `; mungkin maksudnya ${p.suggestion}?` : ''}`,
        en: (p: Params) => `unknown option ${p.option}${p.suggestion ? `; did you mean ${p.suggestion}?` : ''}`
    },
    'error.unknownCommand': {
        id: (p: Params) => `perintah ${p.command} tidak dikenal; gunakan check atau report${p.suggestion ? ` (mungkin maksudnya ${p.suggestion}?)` : ''}`,
        en: (p: Params) => `unknown command ${p.command}; use check or report${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ''}`
    },
    'error.invalidChoice': {
        id: (p: Params) => `nilai ${p.value} untuk ${p.option} tidak berlaku; pilihannya: ${p.choices}`,
        en: (p: Params) => `${p.value} is not valid for ${p.option}; the choices are: ${p.choices}`
    },
    'error.invalidArgument': {
        id: (p: Params) => `nilai ${p.value} untuk ${p.option} tidak berlaku: ${p.reason}`,
        en: (p: Params) => `${p.value} is not valid for ${p.option}: ${p.reason}`
    },
    'error.excessArguments': fixed('terlalu banyak argumen', 'too many arguments'),
    'error.seeHelp': {
        id: (p: Params) => `(lihat: kinerja ${p.command} --help)`,
        en: (p: Params) => `(see: kinerja ${p.command} --help)`
    }
});

export type CliMessageKey = KeyOf<typeof cliMessage>;
