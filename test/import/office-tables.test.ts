/**
 * An office's own tables through the real CLI (issue "Import", docs/import.md "Office
 * tables"): the plan matrix, the quarterly realisation form and the budget export by
 * account code, built here as offices make them (title rows, merged and two-row
 * headers, a numbering row, totals), imported into an empty folder and into a
 * workspace; every problem names its cell; capaian and serapan are checked, not imported.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kinerja, ROOT } from '../cli-run.js';
import { officeBook as makeBook, type Cell, type SheetSpec } from './office-book.js';
import { scratchFolders } from '../scratch.js';

const officeBook = (sheets: SheetSpec[]) => makeBook(sheets, scratch());

const scratch = scratchFolders('kinerja-office-');

const SASARAN = 'Meningkatnya derajat kesehatan masyarakat';

/** A Renja matrix: a title over two rows, "Target" over its years, a numbering row, a total row. */
function planMatrix(): SheetSpec {
    return {
        name: 'Renja 2025',
        rows: [
            ['RENCANA KERJA PERANGKAT DAERAH TAHUN 2025'],
            ['Perangkat Daerah : Dinas Kesehatan Kabupaten Paser Selatan'],
            [],
            ['No', 'Sasaran', 'Kode', 'Program / Kegiatan / Sub Kegiatan', 'Indikator Kinerja', 'Satuan', 'Target', null, 'Pagu Indikatif (Rp)', 'Penanggung Jawab'],
            [null, null, null, null, null, null, '2025', '2026', null, null],
            ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)'],
            [1, SASARAN, null, null, 'Angka kematian ibu', 'per 100.000 kelahiran hidup', 95, 90, null, 'Kepala Dinas'],
            [2, SASARAN, null, null, 'Prevalensi balita stunting', '%', 16, 14, null, null],
            [3, SASARAN, '1.02.02', 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', 'Cakupan pelayanan kesehatan dasar', '%', 85, 90, '1.004.422.800', 'Kepala Bidang Kesehatan Masyarakat'],
            [4, SASARAN, '1.02.02.2.02', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota', 'Persentase puskesmas terakreditasi', '%', 80, 100, '650.000.000', null],
            [5, SASARAN, '1.02.02.2.02.0001', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', 'Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar', 'orang', 1250, 1300, '354.422.800', null],
            [null, 'JUMLAH', null, null, null, null, null, null, '2.008.845.600', null]
        ],
        merges: ['A1:J1', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:F5', 'G4:H4', 'I4:I5', 'J4:J5', 'B7:B11']
    };
}

describe('the plan matrix', () => {
    it('into an empty folder: IDs from the code and position, targets per year, pagu in Rupiah; kinerja check finds no error', async () => {
        const book = await officeBook([planMatrix()]);
        const ws = join(scratch(), 'ws');
        const result = kinerja(['import', book, '--into', ws, '--instansi', 'Dinkes']);
        expect(result.status, result.stderr).toBe(0);
        // The penanggung jawab column is said, not silently dropped.
        expect(result.stderr).toContain(`${book}: Renja 2025: peringatan: penanggung jawab tidak diimpor (Kepala Dinas; Kepala Bidang Kesehatan Masyarakat)`);
        const text = readFileSync(join(ws, 'dinkes.kinerja'), 'utf8');
        expect(text).toContain('instansi Dinkes "Dinas Kesehatan Kabupaten Paser Selatan" {');
        // The sasaran merged over five rows is one element; the program under it by position, the rest by their codes.
        expect(text).toContain(`    sasaran S1 "${SASARAN}" {\n        indikator S1_I1 "Angka kematian ibu" {\n            satuan "per 100.000 kelahiran hidup"\n            target 2025 95\n            target 2026 90\n        }`);
        expect(text).toContain('indikator S1_I2 "Prevalensi balita stunting" {\n            satuan persen\n');
        expect(text).toContain('program P1_02_02 "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat" kode "1.02.02" mendukung S1 {');
        expect(text).toContain('kegiatan K1_02_02_2_02 "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota" kode "1.02.02.2.02" mendukung P1_02_02 {');
        expect(text).toContain('subkegiatan SK1_02_02_2_02_0001 "Pengelolaan Pelayanan Kesehatan Ibu Hamil" kode "1.02.02.2.02.0001" mendukung K1_02_02_2_02 {');
        expect(text).toContain('        pagu 2025 Rp 1.004.422.800\n');
        // The total row is not an element, the numbering row not a row.
        expect(text).not.toMatch(/JUMLAH|"\(1\)"/);
        const check = kinerja(['check', ws, '--format', 'json']);
        expect((JSON.parse(check.stdout).diagnostics as Array<{ severity: string }>).filter(d => d.severity === 'error')).toEqual([]);
        // The same numbers in the JSON report.
        const report = JSON.parse(kinerja(['report', ws, '--year', '2025', '--format', 'json']).stdout);
        expect(JSON.stringify(report)).toContain('1004422800');
    });

    it('names the organisation or says how: a title without an ID into an empty folder', async () => {
        const book = await officeBook([planMatrix()]);
        const ws = join(scratch(), 'ws');
        const result = kinerja(['import', book, '--into', ws]);
        expect(result.status).toBe(1);
        expect(result.stderr).toContain(`${book}: Renja 2025!A2: judul menyebut "Dinas Kesehatan Kabupaten Paser Selatan", tetapi ke folder kosong perangkat daerah perlu ID; jalankan lagi dengan --instansi ID (mis. --instansi Dinkes)`);
        expect(existsSync(ws)).toBe(false);
        const untitled = planMatrix();
        untitled.rows[1] = [];
        const bare = kinerja(['import', await officeBook([untitled]), '--into', ws, '--lang', 'en']);
        expect(bare.stderr).toContain('Renja 2025: which agency this sheet belongs to cannot be told; write a title row "Perangkat Daerah: <name>" above the table, or run again with --instansi ID');
    });

    it('into the examples: elements by code and indicators by name; a different target is a conflict, an unknown indicator a problem with the nearest names', async () => {
        const ws = examples();
        const sheet: SheetSpec = {
            name: 'IKU',
            rows: [
                ['MATRIKS RENCANA KINERJA TAHUN 2025'],
                ['OPD: Dinas Kesehatan Kabupaten Paser Selatan'],
                ['Kode', 'Program/Kegiatan', 'Indikator Kinerja', 'Target 2025', 'Pagu 2025'],
                ['1.02.02', 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', 'Persentase ibu hamil yang mendapat pelayanan antenatal sesuai standar', 97, 4350000000],
                ['1.02.03', 'Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan', 'persentase PUSKESMAS dengan sembilan jenis tenaga kesehatan sesuai standar', 80, 425000000],
                ['1.02.02.2.02', 'Penyediaan Layanan Kesehatan', 'Jumlah ibu hamil yang dilayani', 3100, null]
            ]
        };
        const result = kinerja(['import', await officeBook([sheet]), '--into', ws]);
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('IKU!C6: indikator "Jumlah ibu hamil yang dilayani" tidak ada di Dinkes; yang paling mirip: IKK01 "Jumlah ibu hamil yang mendapat pelayanan kesehatan sesuai standar"');
        const ok = { ...sheet, rows: sheet.rows.slice(0, 5) };
        const conflict = kinerja(['import', await officeBook([ok]), '--into', ws]);
        expect(conflict.status).toBe(1);
        // Only the target that differs (96 written, 97 in the sheet); the rest, case and spacing apart, equal.
        expect(conflict.stderr).toMatch(/IKU!D4: 96 → 97 \(.*dinkes\.kinerja:60\)\n1 nilai di/);
    });
});

/** The examples copied, to import into. */
function examples(): string {
    const ws = join(scratch(), 'kab');
    cpSync(resolve(ROOT, 'examples'), ws, { recursive: true });
    return ws;
}

/** The quarterly realisation form of Dinkes for TW IV 2025: "Realisasi" over "TW I … TW IV". */
function realisationForm(): SheetSpec {
    return {
        name: 'Form Realisasi',
        rows: [
            ['LAPORAN REALISASI KINERJA DAN ANGGARAN TRIWULAN IV TAHUN 2025'],
            ['Perangkat Daerah: Dinas Kesehatan Kabupaten Paser Selatan'],
            ['No', 'Kode', 'Program / Kegiatan', 'Indikator', 'Satuan', 'Target', 'Realisasi', null, null, null, 'Capaian (%)', 'Pagu (Rp)', 'Realisasi Anggaran s.d. TW IV (Rp)', 'Serapan (%)', 'Keterangan'],
            [null, null, null, null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', null, null, null, null, null],
            [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
            [1, null, null, 'Prevalensi balita stunting', '%', 16, 17.2, null, 16.4, 15.9, 99.38, null, null, null, null],
            [2, '1.02.02.2.02', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota', 'Jumlah ibu hamil yang mendapat pelayanan kesehatan sesuai standar', 'orang', 3100, 760, 790, 745, 800, 99.35, 3200000000, 3040000000, 95, null],
            [3, '1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota', 'Jumlah puskesmas yang direhabilitasi', 'unit', 3, null, 1, 1, 1, 100, 1150000000, 1092500000, 0.95, 'selesai'],
            [null, 'JUMLAH', null, null, null, null, null, null, null, null, null, 4350000000, 4132500000, null, null]
        ],
        merges: ['A1:O1', 'G3:J3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4', 'K3:K4', 'L3:L4', 'M3:M4', 'N3:N4', 'O3:O4']
    };
}

describe('the realisation form', () => {
    it('into the examples: indicators found by name, TW IV inserted, what is written unchanged; capaian and serapan checked', async () => {
        const ws = examples();
        const book = await officeBook([realisationForm()]);
        const dry = kinerja(['import', book, '--into', ws, '--dry-run']);
        expect(dry.status, dry.stderr).toBe(0);
        // Only TW IV is new; TW I–III are what the workspace already says (tw3 in its report block).
        expect(dry.stdout.split('\n').filter(l => l.startsWith('+') && !l.startsWith('+++'))).toEqual([
            '+            realisasi 2025 tw4 15,9',
            '+            realisasi 2025 tw4 800',
            '+        realisasi 2025 tw4 Rp 3.040.000.000',
            '+            realisasi 2025 tw4 1',
            '+        realisasi 2025 tw4 Rp 1.092.500.000'
        ]);
        // Capaian and serapan are checked against the engine's, each cell that differs named, where it can be told why.
        expect(dry.stderr).toContain(`${book}: Form Realisasi!K6: peringatan: capaian di buku kerja 99,38 berbeda dengan hitungan kinerja 100,63 (buku kerja membagi realisasi dengan target, R/T × 100; kinerja mengikuti arah dan akumulasi indikatornya); nilai ini tidak diimpor\n`);
        expect(dry.stderr).toContain(`${book}: Form Realisasi!K7: peringatan: capaian di buku kerja 99,35 berbeda dengan hitungan kinerja 99,84; nilai ini tidak diimpor\n`);
        expect(dry.stderr).toContain(`${book}: Form Realisasi!N8: peringatan: serapan di buku kerja 0,95 berbeda dengan hitungan kinerja 95,00 (buku kerja menulis pecahan, bukan persen: 0,95 untuk 95%); nilai ini tidak diimpor\n`);
        // Equal ones are not listed (K8: 100, N7: 95).
        expect(dry.stderr).not.toMatch(/!K8|!N7/);
        expect(dry.stderr.split('\n').filter(l => l.includes('peringatan')).length).toBe(3);
        const written = kinerja(['import', book, '--into', ws]);
        expect(written.status, written.stderr).toBe(0);
        expect(kinerja(['check', ws, '--format', 'json']).status).toBe(0);
        const again = kinerja(['import', book, '--into', ws]);
        expect(again.stderr).toContain('tidak ada perubahan');
    });
});

/** A budget export by account code in English notation, as the planning and budgeting system writes it. */
function budgetExport(rows: Cell[][] = [
    ['1', 'URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR', '5,654,422,800', null],
    ['1.02', 'URUSAN PEMERINTAHAN BIDANG KESEHATAN', '5,654,422,800', null],
    ['1.02.02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', '5,654,422,800', '2,120,500,000.50'],
    ['1.02.02.2.02', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota', '4,650,000,000', '1,500,000,000'],
    ['1.02.02.2.02.0001', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', '1,004,422,800', '620,500,000.50'],
    ['5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor', '12,500,000', '4,000,000'],
    ['1.02.02.2.02.0002', 'Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir', '3,645,577,200', '879,500,000'],
    ['1.02.02.2.01', 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota', '1,004,422,800', '620,500,000'],
    [null, 'JUMLAH', '5,654,422,800', '2,120,500,000.50']
]): SheetSpec {
    return {
        name: 'Rekap APBD',
        rows: [
            ['PEMERINTAH KABUPATEN PASER SELATAN'],
            ['REALISASI ANGGARAN SAMPAI DENGAN TRIWULAN II TAHUN ANGGARAN 2025'],
            ['SKPD : 1.02.0.00.0.00.01.0000 Dinas Kesehatan'],
            ['Kode Rekening', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'],
            ...rows
        ]
    };
}

describe('the budget export by account code', () => {
    it('in English notation: program, kegiatan and sub kegiatan by the code, the right Rupiah amounts', async () => {
        const book = await officeBook([budgetExport()]);
        const ws = join(scratch(), 'ws');
        const result = kinerja(['import', book, '--into', ws, '--instansi', 'Dinkes']);
        expect(result.status, result.stderr).toBe(0);
        expect(readFileSync(join(ws, 'dinkes.kinerja'), 'utf8')).toBe([
            'instansi Dinkes "Dinas Kesehatan" {',
            '',
            '    program P1_02_02 "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT" kode "1.02.02" {',
            '        pagu 2025 Rp 5.654.422.800',
            '        realisasi 2025 tw2 Rp 2.120.500.000,5',
            '    }',
            '',
            '    kegiatan K1_02_02_2_02 "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota" kode "1.02.02.2.02" mendukung P1_02_02 {',
            '        pagu 2025 Rp 4.650.000.000',
            '        realisasi 2025 tw2 Rp 1.500.000.000',
            '    }',
            '',
            '    subkegiatan SK1_02_02_2_02_0001 "Pengelolaan Pelayanan Kesehatan Ibu Hamil" kode "1.02.02.2.02.0001" mendukung K1_02_02_2_02 {',
            '        pagu 2025 Rp 1.004.422.800',
            '        realisasi 2025 tw2 Rp 620.500.000,5',
            '    }',
            '',
            '    subkegiatan SK1_02_02_2_02_0002 "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir" kode "1.02.02.2.02.0002" mendukung K1_02_02_2_02 {',
            '        pagu 2025 Rp 3.645.577.200',
            '        realisasi 2025 tw2 Rp 879.500.000',
            '    }',
            '',
            '    kegiatan K1_02_02_2_01 "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota" kode "1.02.02.2.01" mendukung P1_02_02 {',
            '        pagu 2025 Rp 1.004.422.800',
            '        realisasi 2025 tw2 Rp 620.500.000',
            '    }',
            '}',
            ''
        ].join('\n'));
        // The JSON report has the amounts in Rupiah.
        const report = JSON.parse(kinerja(['report', ws, '--year', '2025', '--format', 'json']).stdout);
        expect(JSON.stringify(report)).toMatch(/"pagu":\s*"?1004422800/);
        expect(kinerja(['check', ws]).status).toBe(0);
    });

    it('a column that reads two ways is refused, its cells named, and --notation settles it', async () => {
        const rows: Cell[][] = [
            ['1.02.02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN', '1,004,422,800', '620,500'],
            ['1.02.02.2.02', 'Penyediaan Layanan Kesehatan', '1,004,422,800', '879,500'],
            // A total written in the same notation would settle the column: here it is empty.
            [null, 'JUMLAH', '2,008,845,600', null]
        ];
        const book = await officeBook([budgetExport(rows)]);
        const ws = join(scratch(), 'ws');
        const result = kinerja(['import', book, '--into', ws, '--instansi', 'Dinkes']);
        expect(result.status).toBe(1);
        expect(result.stderr).toContain(`${book}: Rekap APBD!D5: angka di kolom "Realisasi (Rp)" dapat dibaca dua cara (Rekap APBD!D5, Rekap APBD!D6: titik sebagai pemisah ribuan atau desimal)`);
        expect(existsSync(ws)).toBe(false);
        const settled = kinerja(['import', book, '--into', ws, '--instansi', 'Dinkes', '--notation', 'en']);
        expect(settled.status, settled.stderr).toBe(0);
        expect(readFileSync(join(ws, 'dinkes.kinerja'), 'utf8')).toContain('realisasi 2025 tw2 Rp 620.500\n');
    });
});
