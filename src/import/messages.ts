/**
 * What `kinerja import` and `kinerja export` say about workbooks, rows and cells, in
 * Bahasa Indonesia (default) and English. Every problem names its sheet and cell
 * (given by the caller as the place) and says what to write instead.
 */
import { defineCatalogue, fixed, type KeyOf, type Params } from '../common/catalogue.js';

export const importMessage = defineCatalogue({
    'file.not-xlsx': fixed('berkas ini bukan buku kerja Excel (.xlsx) yang dapat dibaca; simpan ulang dari Excel sebagai "Excel Workbook (*.xlsx)"', 'the file is not a readable Excel workbook (.xlsx); save it again from Excel as "Excel Workbook (*.xlsx)"'),
    'file.no-sheets': {
        id: (p: Params) => `buku kerja ini tidak memuat lembar data kinerja (${p.sheets}) maupun tabel yang dikenal dari judul kolomnya (matriks rencana, formulir realisasi, ekspor anggaran); buat dengan kinerja export, beri nama lembarnya seperti itu, atau jelaskan tabelnya dengan --mapping`,
        en: (p: Params) => `the workbook holds none of the kinerja data sheets (${p.sheets}) nor a table known by its headers (plan matrix, realisation form, budget export); make one with kinerja export, name its sheets so, or describe its table with --mapping`
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
    'office.header-unknown': {
        id: (p: Params) => `judul kolom "${p.text}" tidak dikenal, jadi datanya akan hilang; nyatakan artinya dengan berkas pemetaan (--mapping, lihat docs/import.md), mis. "headers": { "${p.text}": "abaikan" }`,
        en: (p: Params) => `the column header "${p.text}" is not known, so its data would be lost; say what it means in a mapping file (--mapping, see docs/import.md), e.g. "headers": { "${p.text}": "abaikan" }`
    },
    'office.organisation': fixed(
        'tidak dapat diketahui lembar ini milik perangkat daerah mana; tulis baris judul "Perangkat Daerah: <nama>" di atas tabel, atau jalankan lagi dengan --instansi ID',
        'which agency this sheet belongs to cannot be told; write a title row "Perangkat Daerah: <name>" above the table, or run again with --instansi ID'),
    'office.organisation-id': {
        id: (p: Params) => `judul menyebut "${p.name}", tetapi ke folder kosong perangkat daerah perlu ID; jalankan lagi dengan --instansi ID (mis. --instansi Dinkes), nama dari judul menjadi namanya`,
        en: (p: Params) => `the title names "${p.name}", but into an empty folder the agency needs an ID; run again with --instansi ID (e.g. --instansi Dinkes), the title's name becomes its name`
    },
    'office.organisation-title': {
        id: (p: Params) => `judul menyebut "${p.name}", yang bukan satu organisasi ruang kerja (${p.known}); perbaiki judulnya, atau jalankan lagi dengan --instansi ID`,
        en: (p: Params) => `the title names "${p.name}", which is not one organisation of the workspace (${p.known}); correct the title, or run again with --instansi ID`
    },
    'office.organisation-unknown': {
        id: (p: Params) => `organisasi ${p.id} tidak ada di ruang kerja (${p.known}); perbaiki ID-nya`,
        en: (p: Params) => `the organisation ${p.id} is not in the workspace (${p.known}); correct the ID`
    },
    'office.year': fixed(
        'tahun kolom ini tidak diketahui; tulis tahunnya di judul kolom (Target 2025), di baris judul ("Tahun 2025"), dengan --tahun, atau "year" di berkas pemetaan',
        'the year of this column is not known; write it in the column header (Target 2025), in a title row ("Tahun 2025"), with --tahun, or as "year" in a mapping file'),
    'office.code': {
        id: (p: Params) => `"${p.text}" bukan kode program (1.02.02), kegiatan (1.02.02.2.01) atau sub kegiatan (1.02.02.2.01.0001); perbaiki kodenya`,
        en: (p: Params) => `"${p.text}" is not a program (1.02.02), kegiatan (1.02.02.2.01) or sub kegiatan (1.02.02.2.01.0001) code; correct the code`
    },
    'office.level-unknown': {
        id: (p: Params) => `"${p.text}": tidak diketahui apakah program, kegiatan atau sub kegiatan; tulis kodenya di kolom Kode, atau letakkan di kolom Program, Kegiatan atau Sub Kegiatan`,
        en: (p: Params) => `"${p.text}": whether it is a program, kegiatan or sub kegiatan is not known; write its code in the Kode column, or put it in a Program, Kegiatan or Sub Kegiatan column`
    },
    'office.no-element': {
        id: (p: Params) => `indikator "${p.text}" tidak berada di bawah unsur pohon kinerja (sasaran, program, kegiatan …); tambahkan baris unsurnya di atasnya, atau impor ke ruang kerja yang memuatnya`,
        en: (p: Params) => `the indicator "${p.text}" is under no element of the performance tree (sasaran, program, kegiatan …); add its element's row above it, or import into the workspace that has it`
    },
    'office.element-ambiguous': {
        id: (p: Params) => `"${p.text}" menyebut lebih dari satu unsur pohon kinerja ${p.organisation} (${p.candidates}); bedakan kodenya di berkas .kinerja`,
        en: (p: Params) => `"${p.text}" names more than one element of ${p.organisation} (${p.candidates}); make their codes differ in the .kinerja files`
    },
    'office.element-unknown': {
        id: (p: Params) => `unsur "${p.text}" tidak ada di ruang kerja untuk ${p.organisation}; struktur ditulis di berkas .kinerja: tambahkan di sana (dengan kode yang sama), atau perbaiki kodenya`,
        en: (p: Params) => `the element "${p.text}" is not in the workspace for ${p.organisation}; structure is written in the .kinerja files: add it there (with the same code), or correct the code`
    },
    'office.indicator-unknown': {
        id: (p: Params) => `indikator "${p.text}" tidak ada di ${p.organisation}; yang paling mirip: ${p.candidates}. Tulis namanya seperti di ruang kerja, atau tambahkan indikatornya di berkas .kinerja`,
        en: (p: Params) => `the indicator "${p.text}" is not in ${p.organisation}; the nearest: ${p.candidates}. Write its name as the workspace does, or add the indicator in the .kinerja files`
    },
    'office.indicator-ambiguous': {
        id: (p: Params) => `"${p.text}" adalah nama lebih dari satu indikator ${p.organisation} (${p.candidates}); tulis kode unsurnya pada baris ini, atau bedakan namanya`,
        en: (p: Params) => `"${p.text}" is the name of more than one indicator of ${p.organisation} (${p.candidates}); write its element's code on this row, or make the names differ`
    },
    'office.value-without-indicator': {
        id: (p: Params) => `"${p.column}" adalah angka sebuah indikator, tetapi baris ini tidak menyebut indikator; tulis indikatornya, atau kosongkan sel ini`,
        en: (p: Params) => `"${p.column}" is a figure of an indicator, but this row names none; write the indicator, or empty this cell`
    },
    'office.value-without-element': {
        id: (p: Params) => `"${p.column}" adalah angka sebuah unsur pohon kinerja, tetapi tidak ada unsur pada baris ini atau di atasnya; tulis kodenya atau namanya`,
        en: (p: Params) => `"${p.column}" is a figure of an element, but there is no element on this row or above it; write its code or name`
    },
    'office.value-twice': {
        id: (p: Params) => `angka ini sudah dinyatakan dengan nilai lain di ${p.other}; hapus salah satunya`,
        en: (p: Params) => `this figure is already stated with another value at ${p.other}; remove one of them`
    },
    'office.owners': {
        id: (p: Params) => `penanggung jawab tidak diimpor (${p.names}): jabatan dan eselonnya ditulis di berkas .kinerja; nyatakan sebagai jabatan lalu sebut dengan oleh pada unsurnya`,
        en: (p: Params) => `the penanggung jawab column is not imported (${p.names}): positions and their echelons are written in the .kinerja files; declare them as jabatan, then name them with oleh on their elements`
    },
    'figure.capaian': {
        id: (p: Params) => `capaian di buku kerja ${p.form} berbeda dengan hitungan kinerja ${p.engine}${p.why}; nilai ini tidak diimpor`,
        en: (p: Params) => `the workbook's capaian ${p.form} differs from kinerja's ${p.engine}${p.why}; it is not imported`
    },
    'figure.serapan': {
        id: (p: Params) => `serapan di buku kerja ${p.form} berbeda dengan hitungan kinerja ${p.engine}${p.why}; nilai ini tidak diimpor`,
        en: (p: Params) => `the workbook's serapan ${p.form} differs from kinerja's ${p.engine}${p.why}; it is not imported`
    },
    'figure.none': {
        id: (p: Params) => `buku kerja menulis ${p.kind} ${p.form}, tetapi kinerja tidak dapat menghitungnya dari data yang diimpor (${p.reason})`,
        en: (p: Params) => `the workbook writes ${p.kind} ${p.form}, but kinerja cannot compute it from the imported data (${p.reason})`
    },
    'figure.why-ratio': fixed(' (buku kerja membagi realisasi dengan target, R/T × 100; kinerja mengikuti arah dan akumulasi indikatornya)', ' (the workbook divides realisation by target, R/T × 100; kinerja follows the indicator\'s arah and akumulasi)'),
    'figure.why-annual': fixed(' (buku kerja membandingkan dengan target tahunan; kinerja dengan target triwulan itu)', ' (the workbook compares with the annual target; kinerja with that quarter\'s target)'),
    'figure.why-quarter': fixed(' (buku kerja membandingkan dengan target triwulan; kinerja dengan target tahunan)', ' (the workbook compares with the quarter\'s target; kinerja with the annual target)'),
    'figure.why-fraction': fixed(' (buku kerja menulis pecahan, bukan persen: 0,95 untuk 95%)', ' (the workbook writes a fraction, not a percentage: 0.95 for 95%)'),
    'figure.why-period': fixed(' (buku kerja menghitung dari belanja triwulan itu saja; kinerja dari belanja kumulatif sampai triwulan itu)', ' (the workbook counts that quarter\'s spending alone; kinerja the spending up to that quarter)'),
    'warning': {
        id: (p: Params) => `peringatan: ${p.message}`,
        en: (p: Params) => `warning: ${p.message}`
    },
    'mapping.read': {
        id: (p: Params) => `berkas pemetaan tidak dapat dibaca (${p.reason})`,
        en: (p: Params) => `the mapping file cannot be read (${p.reason})`
    },
    'mapping.json': {
        id: (p: Params) => `berkas pemetaan bukan JSON yang sah (${p.reason}); perbaiki tulisannya`,
        en: (p: Params) => `the mapping file is not valid JSON (${p.reason}); fix its syntax`
    },
    'mapping.key': {
        id: (p: Params) => `kunci "${p.key}" tidak dikenal; kunci yang dikenal: ${p.known}`,
        en: (p: Params) => `unknown key "${p.key}"; known keys: ${p.known}`
    },
    'mapping.type': {
        id: (p: Params) => `"${p.key}" harus ${p.expected}`,
        en: (p: Params) => `"${p.key}" must be ${p.expectedEn}`
    },
    'mapping.meaning': {
        id: (p: Params) => `"${p.key}": "${p.text}" bukan arti kolom; tulis salah satu dari ${p.known}, dengan tahun atau periode bila perlu (mis. "target 2025", "realisasi tw2")`,
        en: (p: Params) => `"${p.key}": "${p.text}" is not a column meaning; write one of ${p.known}, with a year or period where needed (e.g. "target 2025", "realisasi tw2")`
    },
    'mapping.sheet': {
        id: (p: Params) => `lembar "${p.sheet}" yang disebut berkas pemetaan tidak ada di buku kerja ini (lembarnya: ${p.sheets})`,
        en: (p: Params) => `the sheet "${p.sheet}" the mapping file names is not in this workbook (its sheets: ${p.sheets})`
    },
    'mapping.no-header': fixed(
        'judul tabel tidak ditemukan di 20 baris pertama; tulis "headerRow" (baris judul) atau "columns" dengan "firstRow" di berkas pemetaan',
        'the table\'s header was not found in the first 20 rows; write "headerRow" (the header row) or "columns" with "firstRow" in the mapping file'),
    'mapping.table': fixed(
        'jenis tabel tidak dapat diketahui dari kolomnya; tulis "table": "plan", "realisation" atau "budget" di berkas pemetaan',
        'the kind of table cannot be told from its columns; write "table": "plan", "realisation" or "budget" in the mapping file'),
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
    'template.version': {
        id: (p: Params) => `lembar isian ini dibuat oleh versi kinerja lain (format ${p.version}) yang tidak dikenal versi ini; buat lembar isian baru dengan kinerja report --kind template --format xlsx dan salin isiannya ke sana`,
        en: (p: Params) => `this fill-in workbook was made by another version of kinerja (format ${p.version}) that this one does not know; make a new one with kinerja report --kind template --format xlsx and copy the entries into it`
    },
    'template.needs-workspace': fixed('lembar isian hanya menambah isian ke ruang kerja tempat ia dibuat; jalankan impor dengan --into FOLDER_RUANG_KERJA (folder berkas .kinerja yang dipakai kinerja report --kind template)', 'a fill-in workbook only adds entries to the workspace it was made from; run the import with --into WORKSPACE_FOLDER (the folder of the .kinerja files kinerja report --kind template was run on)'),
    'template.hidden': fixed('kunci tersembunyi baris ini (kolom A dan B) diubah atau dihapus, jadi barisnya tidak dapat dicocokkan dengan indikator atau unsurnya; batalkan perubahan itu, atau salin isiannya ke lembar isian baru (kinerja report --kind template --format xlsx)', 'the hidden key of this row (columns A and B) was changed or removed, so the row cannot be matched to its indicator or element; undo that change, or copy the entries into a new fill-in workbook (kinerja report --kind template --format xlsx)'),
    'template.target-changed': {
        id: (p: Params) => `target diubah di lembar isian (semula ${p.old}, kini ${p.new}); target tidak diimpor dari lembar isian. Kembalikan sel ini; target diubah di berkas .kinerja dengan revisi: target TAHUN NILAI revisi TANGGAL "alasan"`,
        en: (p: Params) => `a target was changed on the fill-in sheet (was ${p.old}, now ${p.new}); targets are not imported from a fill-in sheet. Restore this cell; a target is changed in the .kinerja files with a revision: target YEAR VALUE revisi DATE "reason"`
    },
    'template.pagu-changed': {
        id: (p: Params) => `pagu diubah di lembar isian (semula ${p.old}, kini ${p.new}); pagu tidak diimpor dari lembar isian. Kembalikan sel ini; pagu diubah di berkas .kinerja dengan revisi: pagu TAHUN Rp NILAI revisi TANGGAL "alasan"`,
        en: (p: Params) => `a pagu was changed on the fill-in sheet (was ${p.old}, now ${p.new}); pagu is not imported from a fill-in sheet. Restore this cell; a pagu is changed in the .kinerja files with a revision: pagu YEAR Rp VALUE revisi DATE "reason"`
    },
    'template.not-open': {
        id: (p: Params) => `"${p.column}" tidak diisi pada baris ini: realisasi diisi pada baris indikator, belanja pada baris unsur yang berpagu; kosongkan sel ini`,
        en: (p: Params) => `"${p.column}" is not filled in on this row: a realisation goes on an indicator's row, spending on the row of an element with a pagu; empty this cell`
    },
    'template.period': {
        id: (p: Params) => `"${p.text}" bukan periode lembar isian ini; pilih salah satu: ${p.periods}`,
        en: (p: Params) => `"${p.text}" is not a period of this fill-in sheet; choose one of: ${p.periods}`
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
