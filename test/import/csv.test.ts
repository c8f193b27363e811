/**
 * CSV files in `kinerja import` (src/import/read-csv.ts): one sheet per file, named
 * after it; `;` (Indonesian Excel) or `,` decided from the file, never guessed; UTF-8
 * with or without a byte-order mark, anything else refused with how to save it; RFC 4180
 * quoting; problems name the file and its line, or the cell as a spreadsheet app shows
 * it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { kinerja, ROOT } from '../cli-run.js';
import { Problems } from '../../src/import/problems.js';
import { readCsvGrid } from '../../src/import/read-csv.js';
import { SHEETS, type SheetKey } from '../../src/import/schema.js';
import { scratchFolders } from '../scratch.js';

const scratch = scratchFolders('kinerja-csv-');

/** The .kinerja files of a folder, by name. */
function filesOf(dir: string): Record<string, string> {
    return Object.fromEntries(readdirSync(dir).filter(n => n.endsWith('.kinerja')).sort().map(n => [n, readFileSync(join(dir, n), 'utf8')]));
}

/** A field as Excel writes it: quoted when it holds the delimiter, a quote or a line break. */
const field = (text: string, delimiter: string) => (text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * Each sheet of a workbook as the CSV file Excel with Indonesian settings saves as "CSV
 * UTF-8": `;`, a byte-order mark, CRLF, numbers as shown in Indonesian notation (45,5 %,
 * Rp 1004422800), dates as YYYY-MM-DD.
 */
async function csvFiles(book: string, dir: string): Promise<string[]> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(book) as unknown as ArrayBuffer);
    const files: string[] = [];
    workbook.eachSheet(sheet => {
        const lines: string[] = [];
        const width = sheet.columnCount;
        sheet.eachRow({ includeEmpty: true }, row => {
            const cells: string[] = [];
            for (let c = 1; c <= width; c++) {
                const cell = row.getCell(c);
                const v = cell.value;
                let text = '';
                if (typeof v === 'number') {
                    text = String(v).replace('.', ',');
                    if (/Rp/.test(cell.numFmt ?? '')) text = `Rp ${text}`;
                    else if (/"\s*%"/.test(cell.numFmt ?? '')) text += ' %';
                } else if (v instanceof Date) text = v.toISOString().slice(0, 10);
                else if (v !== null && v !== undefined) text = String(v);
                cells.push(field(text, ';'));
            }
            lines.push(cells.join(';'));
        });
        const file = join(dir, `${sheet.name}.csv`);
        writeFileSync(file, '\uFEFF' + lines.join('\r\n') + '\r\n');
        files.push(file);
    });
    return files;
}

const ORGS = ['Jenis;ID;Nama;Pemda;Periode awal;Periode akhir;Kepala daerah', 'pemda;Kab;Pemerintah Kabupaten Contoh;;2025;2029;Bupati Contoh', 'instansi;Dinas;Dinas Contoh;Kab;2025;2029;'];
const TREE = ['Organisasi;Jenis;ID;Nama;Kode;Penanggung jawab;Mendukung', 'Kab;sasaran;S1;Sasaran daerah;;;', 'Dinas;program;P1;Program;1.02.01;Kadis;Kab.S1'];
const CHART = ['Instansi;ID;Nama jabatan;Eselon', 'Dinas;Kadis;Kepala Dinas;II'];

/** Writes CSV files (name → lines, joined with `eol`) into a new folder; returns their paths. */
function write(files: Record<string, string[] | Uint8Array>, eol = '\r\n'): string[] {
    const dir = scratch();
    return Object.entries(files).map(([name, lines]) => {
        const file = join(dir, name);
        writeFileSync(file, lines instanceof Uint8Array ? lines : lines.join(eol) + eol);
        return file;
    });
}

function importOk(files: string[], ...args: string[]): string {
    const into = join(scratch(), 'ws');
    const result = kinerja(['import', ...files, '--into', into, ...args]);
    expect(result.status, result.stderr).toBe(0);
    return into;
}

function importFails(files: string[], ...args: string[]): string[] {
    const into = join(scratch(), 'ws');
    const result = kinerja(['import', ...files, '--into', into, ...args]);
    expect(result.status, result.stdout).toBe(1);
    expect(existsSync(into)).toBe(false);
    return result.stderr.trimEnd().split('\n');
}

describe('a CSV file is a sheet', () => {
    it('the sheets of an exported workspace saved as CSV UTF-8 with ; by Indonesian Excel write the same files as the workbook', async () => {
        const dir = scratch();
        const book = join(dir, 'data.xlsx');
        expect(kinerja(['export', resolve(ROOT, 'examples'), '--out', book]).status).toBe(0);
        const csvDir = join(dir, 'csv');
        mkdirSync(csvDir);
        const files = await csvFiles(book, csvDir);
        expect(files.map(f => f.slice(csvDir.length + 1))).toEqual(Object.values(SHEETS).map(s => `${s.name}.csv`));
        expect(filesOf(importOk(files))).toEqual(filesOf(importOk([book])));
    });

    it('a CSV delimited by , with English-notation numbers in quotes; LF line ends', () => {
        const files = write({
            'Organisasi.csv': ORGS.map(l => l.replace(/;/g, ',')), 'Pohon Kinerja.csv': TREE.map(l => l.replace(/;/g, ',')), 'Jabatan.csv': CHART.map(l => l.replace(/;/g, ',')),
            'pagu.csv': ['Organisasi,Unsur,Tahun,Pagu (Rp)', 'Dinas,P1,2025,"1,004,422,800"', 'Dinas,P1,2026,"750,000,000.50"']
        }, '\n');
        expect(readFileSync(importOk(files).replace(/ws$/, 'ws/dinas.kinerja'), 'utf8')).toContain('        pagu 2025 Rp 1.004.422.800\n        pagu 2026 Rp 750.000.000,5\n');
    });

    it('texts starting with =, +, - or @ are text, in a CSV file and in a workbook; quoted line breaks, doubled quotes, ; inside quotes', async () => {
        const catatan = ['Organisasi;Unsur / indikator;Tahun;Periode;Analisis;Kendala;Solusi', 'Dinas;P1;2025;tw1;=SUM(A1:A9);"+62 dan ""@x""; lalu";"-\nbaris dua"', 'Dinas;P1;2025;tw2;@HYPERLINK("x");;'];
        const csv = write({ 'Organisasi.csv': ORGS, 'Pohon Kinerja.csv': TREE, 'Jabatan.csv': CHART, 'Catatan.csv': catatan });
        const written = readFileSync(join(importOk(csv), 'dinas.kinerja'), 'utf8');
        expect(written).toContain('=SUM(A1:A9)');
        expect(written).toContain('+62 dan \\"@x\\"; lalu');
        expect(written).toContain('@HYPERLINK(\\"x\\")');
        // The same texts in a workbook.
        const book = new ExcelJS.Workbook();
        for (const [name, lines] of [['Organisasi', ORGS], ['Pohon Kinerja', TREE], ['Jabatan', CHART]] as const) {
            const sheet = book.addWorksheet(name);
            for (const line of lines) sheet.addRow(line.split(';').map(c => c || null));
        }
        const sheet = book.addWorksheet('Catatan');
        sheet.addRow(catatan[0].split(';'));
        sheet.addRow(['Dinas', 'P1', 2025, 'tw1', '=SUM(A1:A9)', '+62 dan "@x"; lalu', '-\nbaris dua']);
        sheet.addRow(['Dinas', 'P1', 2025, 'tw2', '@HYPERLINK("x")']);
        const file = join(scratch(), 'isian.xlsx');
        writeFileSync(file, new Uint8Array(await book.xlsx.writeBuffer()));
        expect(readFileSync(join(importOk([file]), 'dinas.kinerja'), 'utf8')).toBe(written);
    });

    it('row numbers are those a spreadsheet app shows: a quoted line break moves the lines, not the rows', () => {
        const files = write({
            'Organisasi.csv': ORGS, 'Pohon Kinerja.csv': TREE, 'Jabatan.csv': CHART,
            'Catatan.csv': ['Organisasi;Unsur / indikator;Tahun;Periode;Analisis', 'Dinas;P1;2025;tw1;"satu\r\ndua"', '', 'Dinas;P1;2025;tw5;x']
        });
        expect(importFails(files)[0]).toBe(`${files[3]}: Catatan!D4: "tw5" bukan periode untuk "Periode"; tulis tw1 … tw4, atau bulan jan, feb, mar, apr, mei, jun, jul, agu, sep, okt, nov, des`);
    });

    it('a file named like no sheet says how to name it', () => {
        const files = write({ 'isian realisasi.csv': ['Organisasi;Unsur / indikator;Tahun;Periode;Realisasi', 'Dinas;P1;2025;tw1;5'] });
        expect(importFails(files)[0]).toBe(`${files[0]}: berkas CSV dibaca sebagai lembar "isian realisasi" (dari nama berkasnya), dan tidak ada lembar data kinerja bernama itu (Organisasi, Jabatan, Pejabat, Pohon Kinerja, Indikator, Target, Realisasi, Pagu, Belanja, Catatan, Bukti, Perjanjian); beri nama berkas seperti lembar yang dimaksud, mis. Realisasi.csv`);
    });

    it('several files: each sheet from its file, each problem names its file', () => {
        const files = write({
            'Organisasi.csv': ORGS, 'Pohon Kinerja.csv': TREE, 'Jabatan.csv': CHART,
            'Pagu.csv': ['Organisasi;Unsur;Tahun;Pagu (Rp)', 'Dinas;P1;2025;Rp 1.004.422.800', 'Dinas;P1;20x5;5'],
            'Realisasi.csv': ['Organisasi;Unsur / indikator;Tahun;Periode;Realisasi', 'Dinas;P1;2025;tw9;5']
        });
        expect(importFails(files)).toEqual([
            `${files[3]}: Pagu!C3: "20x5" bukan tahun untuk "Tahun"; tulis empat angka, mis. 2025`,
            `${files[4]}: Realisasi!D2: "tw9" bukan periode untuk "Periode"; tulis tw1 … tw4, atau bulan jan, feb, mar, apr, mei, jun, jul, agu, sep, okt, nov, des`,
            `2 masalah di ${files.join(', ')}; tidak ada yang ditulis. Perbaiki sel yang disebut di atas, lalu impor lagi`
        ]);
        const fixed = write({ 'Organisasi.csv': ORGS, 'Pohon Kinerja.csv': TREE, 'Jabatan.csv': CHART, 'Pagu.csv': ['Organisasi;Unsur;Tahun;Pagu (Rp)', 'Dinas;P1;2025;Rp 1.004.422.800'] });
        expect(readFileSync(join(importOk(fixed), 'dinas.kinerja'), 'utf8')).toContain('pagu 2025 Rp 1.004.422.800\n');
    });
});

describe('what cannot be read is named by its line, never guessed', () => {
    it('English numbers unquoted in a file delimited by ,: the line with more fields than the header', () => {
        const files = write({ 'Pagu.csv': ['Organisasi,Unsur,Tahun,Pagu (Rp)', 'Dinas,P1,2025,"1,004,422,800"', 'Dinas,P1,2026,750,000,000'] });
        expect(importFails(files)[0]).toBe(`${files[0]}: baris 3: baris ini memiliki 6 kolom bila dipisah ",", lebih banyak dari baris judul (4 kolom); beri tanda kutip pada sel yang memuat ",", termasuk angka bernotasi Inggris ("1,004,422,800"), atau simpan berkas dengan pemisah ;`);
        expect(importFails(files, '--lang', 'en')[0]).toBe(`${files[0]}: line 3: this line has 6 fields when split at ",", more than the header line (4); quote the cells that hold ",", English-notation numbers too ("1,004,422,800"), or save the file with ; as the delimiter`);
    });

    it('a delimiter that cannot be decided: both fit the header and every line, or the header has neither', () => {
        const both = write({ 'Realisasi.csv': ['Organisasi;Unsur, indikator;Tahun', 'Dinas;I1, I2;2025'] });
        expect(importFails(both)[0]).toBe(`${both[0]}: baris 1: pemisah kolom berkas CSV ini tidak dapat dipastikan: baris judul ini dapat dibaca dengan ; maupun , sebagai pemisah, dan jumlah kolom baris-baris lain tidak memastikannya; beri tanda kutip pada judul dan sel yang memuat pemisah yang bukan pemisah kolom (mis. "Target, %"), atau simpan ulang dari Excel sebagai "CSV UTF-8 (Dibatasi koma) (*.csv)"`);
        const none = write({ 'Realisasi.csv': ['', 'Organisasi\tUnsur\tTahun', 'Dinas;I1;2025'] });
        expect(importFails(none, '--lang', 'en')[0]).toBe(`${none[0]}: line 2: the column delimiter of this CSV file cannot be decided: this header line holds neither ; nor , outside quotes, while other lines do; separate the columns with ; (or ,) on every line, the header line first, or save the file again from Excel as "CSV UTF-8 (Comma delimited) (*.csv)"`);
        // Both in the header, but only ; splits every line as the header does: decided.
        const problems = new Problems('id');
        const grid = readCsvGrid('Tabel.csv', new TextEncoder().encode('Kode;Uraian, rinci;Nilai\n1;ab;5\n2;c, d;6\n'), problems);
        expect(problems.list).toEqual([]);
        expect(grid!.sheets[0].rows.map(r => r.cells.map(c => c?.value))).toEqual([['Kode', 'Uraian, rinci', 'Nilai'], ['1', 'ab', '5'], ['2', 'c, d', '6']]);
    });

    it('a file that is not UTF-8 (Windows-1252 from an older Excel) names the line and how to save it', () => {
        const bytes = Buffer.concat([Buffer.from('Organisasi;Unsur / indikator;Tahun;Periode;Analisis\r\nDinas;P1;2025;tw1;baik\r\nDinas;P1;2025;tw2;Pengadaan '), Buffer.from([0x96]), Buffer.from(' caf'), Buffer.from([0xe9]), Buffer.from('\r\n')]);
        const files = write({ 'Catatan.csv': bytes });
        expect(importFails(files)[0]).toBe(`${files[0]}: baris 3: berkas CSV ini tidak tersimpan sebagai UTF-8 (mungkin "CSV" biasa dari Excel lama, ANSI/Windows-1252), jadi hurufnya tidak dapat dibaca dengan pasti; buka di Excel, lalu Simpan Sebagai "CSV UTF-8 (Dibatasi koma) (*.csv)"`);
        const utf16 = write({ 'Catatan.csv': Buffer.from('\uFEFFOrganisasi;Unsur\r\n', 'utf16le') });
        expect(importFails(utf16, '--lang', 'en')[0]).toBe(`${utf16[0]}: line 1: the CSV file is not saved as UTF-8 (perhaps a plain "CSV" of an older Excel, ANSI/Windows-1252), so its letters cannot be read for certain; open it in Excel, then Save As "CSV UTF-8 (Comma delimited) (*.csv)"`);
    });

    it('a quote never closed, or text after a closing quote', () => {
        const unclosed = write({ 'Catatan.csv': ['Organisasi;Unsur / indikator;Tahun;Periode;Analisis', 'Dinas;P1;2025;tw1;"baik', 'Dinas;P1;2025;tw2;cukup'] });
        expect(importFails(unclosed)[0]).toBe(`${unclosed[0]}: baris 2: tanda kutip yang dibuka di baris ini tidak pernah ditutup; tutup dengan " (tulis "" untuk tanda kutip di dalam sel)`);
        const stray = write({ 'Catatan.csv': ['Organisasi;Unsur / indikator;Tahun;Periode;Analisis', 'Dinas;P1;2025;tw1;"baik"sekali'] });
        expect(importFails(stray)[0]).toBe(`${stray[0]}: baris 2: sel bertanda kutip di baris ini diikuti teks lain sebelum pemisah berikutnya (mis. "ab"c); masukkan seluruh isi sel ke dalam tanda kutip, dan tulis "" untuk tanda kutip di dalamnya`);
    });

    it('more than 4 million fields are refused, with the limit', () => {
        const files = write({ 'Realisasi.csv': ['Organisasi;Unsur / indikator;Tahun', ';'.repeat(4_100_000)] });
        expect(importFails(files, '--lang', 'en')[0]).toBe(`${files[0]}: the file is too large to import: it holds more than 4 million cells (the import's limit); split the data into several files, e.g. one per agency, and import them together: kinerja import a.xlsx b.xlsx --into …`);
    });

    it('a workbook named .csv is read as a workbook', async () => {
        const book = new ExcelJS.Workbook();
        for (const [key, lines] of [['organisasi', ORGS], ['pohon', TREE], ['jabatan', CHART]] as Array<[SheetKey, string[]]>) {
            const sheet = book.addWorksheet(SHEETS[key].name);
            for (const line of lines) sheet.addRow(line.split(';').map(c => (/^\d+$/.test(c) ? Number(c) : c || null)));
        }
        const file = join(scratch(), 'data.csv');
        writeFileSync(file, new Uint8Array(await book.xlsx.writeBuffer()));
        expect(Object.keys(filesOf(importOk([file])))).toEqual(['dinas.kinerja', 'kab.kinerja']);
    });
});
