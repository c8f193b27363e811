/**
 * What `kinerja import` and `kinerja export` say about workbooks, rows and cells, in
 * Bahasa Indonesia (default) and English. Every problem names its sheet and cell
 * (given by the caller as the place) and says what to write instead.
 */
import { defineCatalogue, fixed, type KeyOf, type Params } from '../common/catalogue.js';

export const importMessage = defineCatalogue({
    'file.not-xlsx': fixed('berkas ini bukan buku kerja Excel (.xlsx) yang dapat dibaca; simpan ulang dari Excel sebagai "Excel Workbook (*.xlsx)"', 'the file is not a readable Excel workbook (.xlsx); save it again from Excel as "Excel Workbook (*.xlsx)"'),
    'file.no-sheets': {
        id: (p: Params) => `buku kerja ini tidak memuat lembar data kinerja (${p.sheets}); buat dengan kinerja export, atau beri nama lembarnya seperti itu`,
        en: (p: Params) => `the workbook holds none of the kinerja data sheets (${p.sheets}); make one with kinerja export, or name its sheets so`
    },
    'file.too-large-bytes': {
        id: (p: Params) => `buku kerja ini terlalu besar untuk diimpor: isinya melebihi ${p.limit} MB setelah dibuka (batas impor); pecah datanya menjadi beberapa buku kerja, mis. satu per perangkat daerah, lalu impor bersama: kinerja import a.xlsx b.xlsx --into …`,
        en: (p: Params) => `the workbook is too large to import: its contents expand past ${p.limit} MB (the import's limit); split the data into several workbooks, e.g. one per agency, and import them together: kinerja import a.xlsx b.xlsx --into …`
    },
    'file.too-large-cells': {
        id: (p: Params) => `berkas ini terlalu besar untuk diimpor: memuat lebih dari ${p.millions} juta sel (batas impor); pecah datanya menjadi beberapa berkas, mis. satu per perangkat daerah, lalu impor bersama: kinerja import a.xlsx b.xlsx --into …`,
        en: (p: Params) => `the file is too large to import: it holds more than ${p.millions} million cells (the import's limit); split the data into several files, e.g. one per agency, and import them together: kinerja import a.xlsx b.xlsx --into …`
    },
    'file.no-sheets-csv': {
        id: (p: Params) => `berkas CSV dibaca sebagai lembar "${p.sheet}" (dari nama berkasnya), dan tidak ada lembar data kinerja bernama itu (${p.sheets}); beri nama berkas seperti lembar yang dimaksud, mis. Realisasi.csv`,
        en: (p: Params) => `a CSV file is read as the sheet "${p.sheet}" (from its name), and no kinerja data sheet has that name (${p.sheets}); name the file as the sheet it holds, e.g. Realisasi.csv`
    },
    'csv.line': {
        id: (p: Params) => `baris ${p.line}`,
        en: (p: Params) => `line ${p.line}`
    },
    'csv.not-utf8': fixed(
        'berkas CSV ini tidak tersimpan sebagai UTF-8 (mungkin "CSV" biasa dari Excel lama, ANSI/Windows-1252), jadi hurufnya tidak dapat dibaca dengan pasti; buka di Excel, lalu Simpan Sebagai "CSV UTF-8 (Dibatasi koma) (*.csv)"',
        'the CSV file is not saved as UTF-8 (perhaps a plain "CSV" of an older Excel, ANSI/Windows-1252), so its letters cannot be read for certain; open it in Excel, then Save As "CSV UTF-8 (Comma delimited) (*.csv)"'
    ),
    'csv.delimiter-none': fixed(
        'pemisah kolom berkas CSV ini tidak dapat dipastikan: baris judul ini tidak memuat ; maupun , di luar tanda kutip, sedangkan baris lain memuatnya; pisahkan kolom dengan ; (atau ,) di setiap baris, mulai dari baris judul, atau simpan ulang dari Excel sebagai "CSV UTF-8 (Dibatasi koma) (*.csv)"',
        'the column delimiter of this CSV file cannot be decided: this header line holds neither ; nor , outside quotes, while other lines do; separate the columns with ; (or ,) on every line, the header line first, or save the file again from Excel as "CSV UTF-8 (Comma delimited) (*.csv)"'
    ),
    'csv.delimiter-both': fixed(
        'pemisah kolom berkas CSV ini tidak dapat dipastikan: baris judul ini dapat dibaca dengan ; maupun , sebagai pemisah, dan jumlah kolom baris-baris lain tidak memastikannya; beri tanda kutip pada judul dan sel yang memuat pemisah yang bukan pemisah kolom (mis. "Target, %"), atau simpan ulang dari Excel sebagai "CSV UTF-8 (Dibatasi koma) (*.csv)"',
        'the column delimiter of this CSV file cannot be decided: this header line reads with ; as well as , as the delimiter, and the other lines\' numbers of fields do not settle it; quote the headers and cells that hold a delimiter that does not separate columns (e.g. "Target, %"), or save the file again from Excel as "CSV UTF-8 (Comma delimited) (*.csv)"'
    ),
    'csv.too-many-fields': {
        id: (p: Params) => `baris ini memiliki ${p.fields} kolom bila dipisah "${p.delimiter}", lebih banyak dari baris judul (${p.header} kolom); beri tanda kutip pada sel yang memuat "${p.delimiter}"${p.delimiter === ',' ? ', termasuk angka bernotasi Inggris ("1,004,422,800"), atau simpan berkas dengan pemisah ;' : ''}`,
        en: (p: Params) => `this line has ${p.fields} fields when split at "${p.delimiter}", more than the header line (${p.header}); quote the cells that hold "${p.delimiter}"${p.delimiter === ',' ? ', English-notation numbers too ("1,004,422,800"), or save the file with ; as the delimiter' : ''}`
    },
    'csv.unclosed-quote': fixed(
        'tanda kutip yang dibuka di baris ini tidak pernah ditutup; tutup dengan " (tulis "" untuk tanda kutip di dalam sel)',
        'the quote opened on this line is never closed; close it with " (write "" for a quote inside a cell)'
    ),
    'csv.stray-quote': fixed(
        'sel bertanda kutip di baris ini diikuti teks lain sebelum pemisah berikutnya (mis. "ab"c); masukkan seluruh isi sel ke dalam tanda kutip, dan tulis "" untuk tanda kutip di dalamnya',
        'a quoted cell on this line is followed by other text before the next delimiter (e.g. "ab"c); put the whole cell in quotes, and write "" for a quote inside it'
    ),
    'header.unknown': {
        id: (p: Params) => `judul kolom "${p.text}" tidak dikenal di lembar ini; judul yang dikenal: ${p.known}. Perbaiki judulnya (kolom yang salah nama akan hilang datanya) atau hapus kolom itu`,
        en: (p: Params) => `the column header "${p.text}" is not known on this sheet; known headers: ${p.known}. Correct it (a misnamed column would lose its data) or remove the column`
    },
    'header.missing': {
        id: (p: Params) => `kolom "${p.column}" wajib ada di lembar ini; tambahkan kolom dengan judul itu di baris 1`,
        en: (p: Params) => `the column "${p.column}" is required on this sheet; add a column with that header in row 1`
    },
    'cell.required': {
        id: (p: Params) => `kolom "${p.column}" wajib diisi pada baris ini`,
        en: (p: Params) => `the column "${p.column}" must be filled in on this row`
    },
    'cell.one-line': {
        id: (p: Params) => `"${p.column}" harus satu baris; hapus ganti barisnya`,
        en: (p: Params) => `"${p.column}" must be one line; remove the line break`
    },
    'cell.id': {
        id: (p: Params) => `"${p.text}" bukan ID yang sah untuk "${p.column}": hanya huruf, angka dan _, tidak diawali angka (mis. Dinkes, IKU1)`,
        en: (p: Params) => `"${p.text}" is not a valid ID for "${p.column}": letters, digits and _ only, not starting with a digit (e.g. Dinkes, IKU1)`
    },
    'cell.qname': {
        id: (p: Params) => `"${p.text}" bukan nama yang sah untuk "${p.column}": ID, atau ID bertitik seperti Dinkes.Kadis`,
        en: (p: Params) => `"${p.text}" is not a valid name for "${p.column}": an ID, or a dotted ID like Dinkes.Kadis`
    },
    'cell.year': {
        id: (p: Params) => `"${p.text}" bukan tahun untuk "${p.column}"; tulis empat angka, mis. 2025`,
        en: (p: Params) => `"${p.text}" is not a year for "${p.column}"; write four digits, e.g. 2025`
    },
    'cell.date': {
        id: (p: Params) => `"${p.text}" bukan tanggal yang ada untuk "${p.column}"; tulis sel tanggal, atau teks YYYY-MM-DD seperti 2025-07-10`,
        en: (p: Params) => `"${p.text}" is not a date that exists for "${p.column}"; use a date cell, or text YYYY-MM-DD like 2025-07-10`
    },
    'cell.period': {
        id: (p: Params) => `"${p.text}" bukan periode untuk "${p.column}"; tulis tw1 … tw4, atau bulan jan, feb, mar, apr, mei, jun, jul, agu, sep, okt, nov, des`,
        en: (p: Params) => `"${p.text}" is not a period for "${p.column}"; write tw1 … tw4, or a month jan, feb, mar, apr, mei, jun, jul, agu, sep, okt, nov, des`
    },
    'cell.flag': {
        id: (p: Params) => `"${p.text}" tidak dikenal untuk "${p.column}"; tulis ya, atau kosongkan`,
        en: (p: Params) => `"${p.text}" is not understood for "${p.column}"; write ya (yes), or leave it empty`
    },
    'cell.enum': {
        id: (p: Params) => `"${p.text}" tidak dikenal untuk "${p.column}"; pilih salah satu: ${p.values}`,
        en: (p: Params) => `"${p.text}" is not known for "${p.column}"; choose one of: ${p.values}`
    },
    'cell.formula': {
        id: (p: Params) => `"${p.column}" berisi rumus tanpa hasil tersimpan (atau hasilnya kesalahan Excel seperti #REF!); buka dan simpan berkas di Excel agar hasilnya tersimpan, atau tulis nilainya`,
        en: (p: Params) => `"${p.column}" holds a formula without a saved result (or an Excel error such as #REF!); open and save the file in Excel so that its result is saved, or write the value`
    },
    'notation.ambiguous': {
        id: (p: Params) => `angka di kolom "${p.column}" dapat dibaca dua cara (${p.cells}: titik sebagai pemisah ribuan atau desimal) dan tidak ada sel lain yang memastikan; jalankan lagi dengan --notation id (1.234,5) atau --notation en (1,234.5)`,
        en: (p: Params) => `the numbers of the column "${p.column}" read two ways (${p.cells}: the dot as thousands or decimal separator) and no other cell settles it; run again with --notation id (1.234,5) or --notation en (1,234.5)`
    },
    'notation.mixed': {
        id: (p: Params) => `kolom "${p.column}" mencampur notasi Indonesia (${p.id}) dan Inggris (${p.en}); samakan penulisannya, lalu impor lagi`,
        en: (p: Params) => `the column "${p.column}" mixes Indonesian (${p.id}) and English (${p.en}) notation; write them one way, then import again`
    },
    'notation.malformed': {
        id: (p: Params) => `bukan angka dalam notasi ${p.notation} di kolom "${p.column}" (${p.cells}); perbaiki angkanya`,
        en: (p: Params) => `not a number in ${p.notation} notation in the column "${p.column}" (${p.cells}); correct the number`
    },
    'ref.organisation': {
        id: (p: Params) => `organisasi ${p.id} tidak ada di lembar Organisasi; tambahkan barisnya di sana, atau perbaiki ID-nya`,
        en: (p: Params) => `the organisation ${p.id} is not on the Organisasi sheet; add its row there, or correct the ID`
    },
    'ref.agency': {
        id: (p: Params) => `${p.id} bukan instansi (lembar Organisasi); jabatan hanya ada di instansi`,
        en: (p: Params) => `${p.id} is not an agency (Organisasi sheet); positions belong to agencies`
    },
    'ref.position': {
        id: (p: Params) => `jabatan ${p.id} tidak ada di lembar Jabatan untuk ${p.organisation}; tambahkan barisnya, atau perbaiki ID-nya`,
        en: (p: Params) => `the position ${p.id} is not on the Jabatan sheet for ${p.organisation}; add its row, or correct the ID`
    },
    'ref.node': {
        id: (p: Params) => `unsur ${p.id} tidak ada di lembar Pohon Kinerja untuk ${p.organisation}; tambahkan barisnya, atau perbaiki ID-nya`,
        en: (p: Params) => `the element ${p.id} is not on the Pohon Kinerja sheet for ${p.organisation}; add its row, or correct the ID`
    },
    'ref.indicator': {
        id: (p: Params) => `indikator ${p.id} tidak ada di lembar Indikator untuk ${p.organisation}; tambahkan barisnya, atau perbaiki ID-nya`,
        en: (p: Params) => `the indicator ${p.id} is not on the Indikator sheet for ${p.organisation}; add its row, or correct the ID`
    },
    'ref.subject': {
        id: (p: Params) => `${p.id} bukan indikator maupun unsur pohon kinerja ${p.organisation}; perbaiki ID-nya`,
        en: (p: Params) => `${p.id} is neither an indicator nor an element of ${p.organisation}; correct the ID`
    },
    'ref.period-before-target': {
        id: () => `baris periode ini tidak didahului baris target tahunannya (periode kosong) untuk indikator, tahun dan revisi yang sama; tambahkan baris target tahunan di atasnya`,
        en: () => `this period row does not follow its annual target row (empty period) for the same indicator, year and revision; add the annual target row above it`
    },
    'into.workspace': {
        id: (p: Params) => `${p.dir} kini sudah berisi ${p.files}; tidak ada yang ditulis. Jalankan impor lagi: ke ruang kerja yang sudah ada, isinya digabungkan`,
        en: (p: Params) => `${p.dir} now holds ${p.files}; nothing was written. Run the import again: into an existing workspace, it is merged`
    },
    'into.changed': {
        id: (p: Params) => `${p.file} berubah selama impor berjalan`,
        en: (p: Params) => `${p.file} changed while the import ran`
    },
    'merge.none': fixed('(tidak ada)', '(none)'),
    'merge.empty': fixed('(kosong)', '(empty)'),
    'merge.structure-new': {
        id: (p: Params) => `${p.id} (lembar ${p.sheet}) tidak ada di ruang kerja. Struktur (organisasi, jabatan, pejabat, pohon kinerja, indikator, perjanjian) ditambahkan di berkas .kinerja, bukan lewat impor ke ruang kerja yang sudah ada: tambahkan di sana, atau hapus baris ini`,
        en: (p: Params) => `${p.id} (sheet ${p.sheet}) is not in the workspace. Structure (organisations, positions, officials, performance tree, indicators, agreements) is added in the .kinerja files, not by importing into an existing workspace: add it there, or remove this row`
    },
    'merge.structure-differs': {
        id: (p: Params) => `"${p.column}" berbeda dengan ruang kerja: tertulis ${p.old} di ${p.where}, di buku kerja ${p.new}. Struktur diubah di berkas .kinerja, bukan lewat impor: samakan sel ini, atau ubah berkasnya`,
        en: (p: Params) => `"${p.column}" differs from the workspace: ${p.old} is written at ${p.where}, the workbook says ${p.new}. Structure is changed in the .kinerja files, not by an import: make this cell the same, or change the file`
    },
    'merge.duplicate': {
        id: (p: Params) => `baris ini menyebut hal yang sama dengan baris ${p.other} (organisasi, unsur, tahun dan periode yang sama) dengan isi lain; hapus salah satunya`,
        en: (p: Params) => `this row states the same as row ${p.other} (same organisation, element, year and period) with other contents; remove one of them`
    },
    'merge.conflicts': {
        id: (p: Params) => `${p.count} nilai di ${p.file} berbeda dengan yang sudah tertulis di ruang kerja (tertulis → buku kerja); tidak ada yang ditulis. Periksa nilainya; untuk memakai nilai buku kerja, jalankan lagi dengan --replace`,
        en: (p: Params) => `${p.count} value(s) in ${p.file} differ from what the workspace has written (written → workbook); nothing was written. Check them; to use the workbook's values, run again with --replace`
    },
    'merge.unchanged': {
        id: (p: Params) => `tidak ada perubahan: ruang kerja di ${p.dir} sudah memuat semua isi buku kerja`,
        en: (p: Params) => `no changes: the workspace in ${p.dir} already holds everything in the workbook`
    },
    'merge.done': {
        id: (p: Params) => `${p.files} berkas diubah di ${p.dir} (${p.inserted} pernyataan ditambahkan, ${p.replaced} nilai diganti): ${p.names}. Periksa dengan: npx kinerja check ${p.dir}`,
        en: (p: Params) => `${p.files} file(s) changed in ${p.dir} (${p.inserted} statement(s) added, ${p.replaced} value(s) replaced): ${p.names}. Check them with: npx kinerja check ${p.dir}`
    },
    'merge.dry-run': {
        id: (p: Params) => `uji coba: ${p.files} berkas akan diubah di ${p.dir} (${p.inserted} pernyataan ditambahkan, ${p.replaced} nilai diganti); tidak ada yang ditulis`,
        en: (p: Params) => `dry run: ${p.files} file(s) would be changed in ${p.dir} (${p.inserted} statement(s) added, ${p.replaced} value(s) replaced); nothing was written`
    },
    'merge.workspace-errors': {
        id: (p: Params) => `ruang kerja di ${p.dir} memiliki ${p.count} kesalahan, jadi tidak ada yang diimpor ke dalamnya; perbaiki dulu (npx kinerja check ${p.dir}), lalu impor lagi`,
        en: (p: Params) => `the workspace in ${p.dir} has ${p.count} error(s), so nothing was imported into it; fix them first (npx kinerja check ${p.dir}), then import again`
    },
    'into.failed': {
        id: (p: Params) => `${p.dir}: berkas tidak dapat ditulis (${p.reason}); tidak ada berkas yang ditinggalkan`,
        en: (p: Params) => `${p.dir}: the files could not be written (${p.reason}); no file was left behind`
    },
    'done': {
        id: (p: Params) => `${p.files} berkas ditulis di ${p.dir}: ${p.names}. Periksa dengan: npx kinerja check ${p.dir}`,
        en: (p: Params) => `${p.files} file(s) written in ${p.dir}: ${p.names}. Check them with: npx kinerja check ${p.dir}`
    },
    'dry-run': {
        id: (p: Params) => `uji coba: ${p.files} berkas akan ditulis di ${p.dir}; tidak ada yang ditulis`,
        en: (p: Params) => `dry run: ${p.files} file(s) would be written in ${p.dir}; nothing was written`
    },
    'problems': {
        id: (p: Params) => `${p.count} masalah di ${p.file}; tidak ada yang ditulis. Perbaiki sel yang disebut di atas, lalu impor lagi`,
        en: (p: Params) => `${p.count} problem(s) in ${p.file}; nothing was written. Correct the cells named above, then import again`
    },
    'more': {
        id: (p: Params) => `… dan ${p.count} masalah lain`,
        en: (p: Params) => `… and ${p.count} more problem(s)`
    },
    'export.errors': {
        id: (p: Params) => `ruang kerja ini memiliki ${p.count} kesalahan, jadi tidak diekspor; perbaiki dulu (npx kinerja check), lalu ekspor lagi`,
        en: (p: Params) => `the workspace has ${p.count} error(s), so it was not exported; fix them first (npx kinerja check), then export again`
    }
});

export type ImportMessageKey = KeyOf<typeof importMessage>;
