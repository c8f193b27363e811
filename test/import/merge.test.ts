/**
 * `kinerja import FILE --into DIR` into an existing workspace, through the real CLI
 * (issue "Import"): a re-import changes nothing; new values are inserted where they
 * belong with every comment kept; a different value is a conflict, listed, exit 1,
 * nothing written, unless --replace, which replaces only the value's text; new or
 * different structure is a problem; --dry-run prints the diff and writes nothing.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { kinerja, ROOT } from '../cli-run.js';
import { unifiedDiff } from '../../src/import/merge.js';
import { scratchFolders } from '../scratch.js';

const scratch = scratchFolders('kinerja-merge-');

/** Every file of a folder, by name, as bytes. */
function snapshot(dir: string): Record<string, string> {
    return Object.fromEntries(readdirSync(dir).sort().map(name => [name, readFileSync(join(dir, name), 'latin1')]));
}

const KAB = `// Kepala berkas: tetap seperti ditulis.
pemda Kab "Kabupaten Contoh" {
    periode 2025 - 2029

    sasaran S1 "Meningkatnya layanan" {
        indikator I1 "Cakupan layanan" {
            satuan persen
            target 2025 80 { tw1 20 tw2 40 tw4 80 } // target PK
            realisasi 2025 tw1 18   // dari laporan triwulan
        }
        indikator I2 "Kepuasan masyarakat" { satuan indeks }
    }
}

instansi Dinas "Dinas Contoh" {
    pemda Kab
    jabatan Kadis "Kepala Dinas" eselon II {
        pejabat "Budi Santoso" sampai 2025-03-31
        pejabat "Sari Wulandari" plt sejak 2025-04-01 sampai 2025-06-30
        pejabat "Budi Santoso" sejak 2025-07-01
    }

    program P1 "Program layanan" oleh Kadis mendukung Kab.S1 // blok belum ada
}
`;

/** A scratch folder with the workspace `ws` (the small one above, or a copy of a folder) and its exported workbook `data.xlsx`. */
function setUp(source?: string): { dir: string; ws: string; book: string } {
    const dir = scratch();
    const ws = join(dir, 'ws');
    if (source) cpSync(source, ws, { recursive: true });
    else {
        mkdirSync(ws);
        writeFileSync(join(ws, 'kab.kinerja'), KAB);
    }
    const book = join(dir, 'data.xlsx');
    const exported = kinerja(['export', 'ws', '--out', book], dir);
    expect([exported.status, exported.stderr]).toEqual([0, '']);
    return { dir, ws, book };
}

/** The exported workbook changed by `change`, saved as `name`. */
async function edited(book: string, name: string, change: (wb: ExcelJS.Workbook) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    change(wb);
    const file = join(book, '..', name);
    await wb.xlsx.writeFile(file);
    return file;
}

/** The row of a sheet whose first cells are `start`. */
function rowOf(wb: ExcelJS.Workbook, sheet: string, start: Array<string | null>): ExcelJS.Row {
    let found: ExcelJS.Row | undefined;
    wb.getWorksheet(sheet)!.eachRow(row => {
        if (start.every((v, i) => (row.getCell(i + 1).value ?? null) === v)) found ??= row;
    });
    if (!found) throw new Error(`no row ${start.join(', ')} in ${sheet}`);
    return found;
}

describe('import into an existing workspace', () => {
    it('the examples exported and imported into themselves: nothing changes, byte for byte', () => {
        const { dir, ws, book } = setUp(resolve(ROOT, 'examples'));
        const before = snapshot(ws);
        const result = kinerja(['import', 'data.xlsx', '--into', 'ws'], dir);
        expect([result.status, result.stdout, result.stderr]).toEqual([0, '', 'tidak ada perubahan: ruang kerja di ws sudah memuat semua isi buku kerja\n']);
        expect(snapshot(ws)).toEqual(before);
        // Without --into, the current folder is the workspace.
        const here = kinerja(['import', book], ws);
        expect([here.status, here.stderr]).toEqual([0, 'tidak ada perubahan: ruang kerja di . sudah memuat semua isi buku kerja\n']);
        const english = kinerja(['import', book, '--into', ws, '--lang', 'en', '--replace']);
        expect([english.status, english.stderr]).toEqual([0, `no changes: the workspace in ${ws} already holds everything in the workbook\n`]);
        expect(snapshot(ws)).toEqual(before);
    });

    it('new values are inserted where they belong, comments and layout kept; the report shows them; a second import changes nothing', async () => {
        const { dir, ws, book } = setUp();
        // An official twice in one position (from other dates) is the same structure, not a difference.
        const same = kinerja(['import', 'data.xlsx', '--into', 'ws'], dir);
        expect([same.status, same.stderr]).toEqual([0, 'tidak ada perubahan: ruang kerja di ws sudah memuat semua isi buku kerja\n']);
        const file = await edited(book, 'isian.xlsx', wb => {
            wb.getWorksheet('Realisasi')!.addRow(['Kab', 'I1', 2025, 'tw2', null, 35]);
            wb.getWorksheet('Realisasi')!.addRow(['Kab', 'I2', 2025, null, null, 3.5]);
            wb.getWorksheet('Realisasi')!.addRow(['Dinas', 'P1', 2025, 'tw2', null, 1200000]);
            wb.getWorksheet('Pagu')!.addRow(['Dinas', 'P1', 2025, 5000000]);
            wb.getWorksheet('Target')!.addRow(['Kab', 'I2', 2025, null, null, 4]);
            wb.getWorksheet('Catatan')!.addRow(['Kab', 'I1', 2025, 'tw2', 'Naik karena jemput bola', null, 'Teruskan']);
        });
        const result = kinerja(['import', 'isian.xlsx', '--into', 'ws'], dir);
        expect([result.status, result.stderr]).toEqual([0, '1 berkas diubah di ws (6 pernyataan ditambahkan, 0 nilai diganti): ws/kab.kinerja. Periksa dengan: npx kinerja check ws\n']);
        expect(readFileSync(join(ws, 'kab.kinerja'), 'utf8')).toBe(KAB
            .replace('            realisasi 2025 tw1 18   // dari laporan triwulan\n',
                '            realisasi 2025 tw1 18   // dari laporan triwulan\n            realisasi 2025 tw2 35\n'
                + '            catatan 2025 tw2 {\n                analisis "Naik karena jemput bola"\n                solusi "Teruskan"\n            }\n')
            .replace('{ satuan indeks }', '{ satuan indeks\n            target 2025 4\n            realisasi 2025 3,5\n        }')
            .replace('mendukung Kab.S1 // blok belum ada\n', 'mendukung Kab.S1 { // blok belum ada\n        pagu 2025 Rp 5.000.000\n        realisasi 2025 tw2 Rp 1.200.000\n    }\n'));
        const check = kinerja(['check', 'ws', '--format', 'json'], dir);
        expect(JSON.parse(check.stdout).diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
        const report = JSON.parse(kinerja(['report', 'ws', '--year', '2025', '--quarter', '2', '--format', 'json'], dir).stdout);
        const i1 = report.agencies.find((a: { id: string }) => a.id === 'Kab').indicators.find((i: { id: string }) => i.id === 'Kab.I1');
        expect(i1.quarterRealisation).toBe(35);
        const again = kinerja(['import', file, '--into', ws]);
        expect([again.status, again.stderr]).toEqual([0, `tidak ada perubahan: ruang kerja di ${ws} sudah memuat semua isi buku kerja\n`]);
    });

    it('a value that differs is a conflict, named by cell with both values and where it is written; nothing is written', async () => {
        const { dir, ws, book } = setUp();
        await edited(book, 'isian.xlsx', wb => {
            rowOf(wb, 'Realisasi', ['Kab', 'I1', '2025', 'tw1']).getCell(6).value = 19.5;
            rowOf(wb, 'Target', ['Kab', 'I1', '2025', 'tw2']).getCell(6).value = 45;
            wb.getWorksheet('Realisasi')!.addRow(['Kab', 'I1', 2025, 'tw2', null, 35]);
        });
        const before = snapshot(ws);
        const result = kinerja(['import', 'isian.xlsx', '--into', 'ws'], dir);
        expect(result.status).toBe(1);
        expect(result.stderr).toBe('isian.xlsx: Target!F4: 40 → 45 (ws/kab.kinerja:8)\n'
            + 'isian.xlsx: Realisasi!F2: 18 → 19,5 (ws/kab.kinerja:9)\n'
            + '2 nilai di isian.xlsx berbeda dengan yang sudah tertulis di ruang kerja (tertulis → buku kerja); tidak ada yang ditulis. Periksa nilainya; untuk memakai nilai buku kerja, jalankan lagi dengan --replace\n');
        expect(snapshot(ws)).toEqual(before);
        const english = kinerja(['import', 'isian.xlsx', '--into', 'ws', '--lang', 'en'], dir);
        expect(english.stderr.split('\n').at(-2)).toBe('2 value(s) in isian.xlsx differ from what the workspace has written (written → workbook); nothing was written. Check them; to use the workbook\'s values, run again with --replace');
    });

    it('--replace replaces only the value\'s text: the rest of the line and its comment stay', async () => {
        const { dir, ws, book } = setUp();
        await edited(book, 'isian.xlsx', wb => {
            rowOf(wb, 'Realisasi', ['Kab', 'I1', '2025', 'tw1']).getCell(6).value = 19.5;
            rowOf(wb, 'Target', ['Kab', 'I1', '2025', 'tw2']).getCell(6).value = 45;
        });
        const result = kinerja(['import', 'isian.xlsx', '--into', 'ws', '--replace'], dir);
        expect([result.status, result.stderr]).toEqual([0, '1 berkas diubah di ws (0 pernyataan ditambahkan, 2 nilai diganti): ws/kab.kinerja. Periksa dengan: npx kinerja check ws\n']);
        expect(readFileSync(join(ws, 'kab.kinerja'), 'utf8')).toBe(KAB
            .replace('target 2025 80 { tw1 20 tw2 40 tw4 80 } // target PK', 'target 2025 80 { tw1 20 tw2 45 tw4 80 } // target PK')
            .replace('realisasi 2025 tw1 18   // dari laporan triwulan', 'realisasi 2025 tw1 19,5   // dari laporan triwulan'));
        // No temporary file is left beside it.
        expect(readdirSync(ws)).toEqual(['kab.kinerja']);
    });

    it('a new or different structure row is a problem: structure is edited in the .kinerja files', async () => {
        const { dir, ws, book } = setUp();
        await edited(book, 'isian.xlsx', wb => {
            wb.getWorksheet('Indikator')!.addRow(['Kab', 'S1', 'I3', 'Indikator baru', null, 'persen']);
            rowOf(wb, 'Indikator', ['Kab', 'S1', 'I2']).getCell(4).value = 'Indeks kepuasan masyarakat';
            wb.getWorksheet('Realisasi')!.addRow(['Kab', 'I1', 2025, 'tw2', null, 35]);
        });
        const before = snapshot(ws);
        const result = kinerja(['import', 'isian.xlsx', '--into', 'ws'], dir);
        expect(result.status).toBe(1);
        expect(result.stderr).toBe('isian.xlsx: Indikator!D3: "Nama indikator" berbeda dengan ruang kerja: tertulis "Kepuasan masyarakat" di ws/kab.kinerja:11, di buku kerja "Indeks kepuasan masyarakat". Struktur diubah di berkas .kinerja, bukan lewat impor: samakan sel ini, atau ubah berkasnya\n'
            + 'isian.xlsx: Indikator!C4: Kab.I3 (lembar Indikator) tidak ada di ruang kerja. Struktur (organisasi, jabatan, pejabat, pohon kinerja, indikator, perjanjian) ditambahkan di berkas .kinerja, bukan lewat impor ke ruang kerja yang sudah ada: tambahkan di sana, atau hapus baris ini\n'
            + '2 masalah di isian.xlsx; tidak ada yang ditulis. Perbaiki sel yang disebut di atas, lalu impor lagi\n');
        expect(snapshot(ws)).toEqual(before);
    });

    it('--dry-run prints the changed lines as a diff with their context and writes nothing', async () => {
        const { dir, ws, book } = setUp();
        await edited(book, 'isian.xlsx', wb => {
            wb.getWorksheet('Realisasi')!.addRow(['Kab', 'I1', 2025, 'tw2', null, 35]);
            rowOf(wb, 'Target', ['Kab', 'I1', '2025', 'tw2']).getCell(6).value = 45;
        });
        const before = snapshot(ws);
        const result = kinerja(['import', 'isian.xlsx', '--into', 'ws', '--dry-run', '--replace'], dir);
        expect(result.status).toBe(0);
        expect(result.stdout).toBe([
            '--- ws/kab.kinerja',
            '+++ ws/kab.kinerja',
            '@@ -5,8 +5,9 @@',
            '     sasaran S1 "Meningkatnya layanan" {',
            '         indikator I1 "Cakupan layanan" {',
            '             satuan persen',
            '-            target 2025 80 { tw1 20 tw2 40 tw4 80 } // target PK',
            '+            target 2025 80 { tw1 20 tw2 45 tw4 80 } // target PK',
            '             realisasi 2025 tw1 18   // dari laporan triwulan',
            '+            realisasi 2025 tw2 35',
            '         }',
            '         indikator I2 "Kepuasan masyarakat" { satuan indeks }',
            '     }',
            ''
        ].join('\n'));
        expect(result.stderr).toBe('uji coba: 1 berkas akan diubah di ws (1 pernyataan ditambahkan, 1 nilai diganti); tidak ada yang ditulis\n');
        expect(snapshot(ws)).toEqual(before);
    });

    it('a realisation goes into the report block of its organisation, year and period when the workspace has one', async () => {
        const { dir, ws, book } = setUp(resolve(ROOT, 'examples'));
        await edited(book, 'isian.xlsx', wb => { wb.getWorksheet('Realisasi')!.addRow(['Dinkes', 'IKU2', 2025, 'tw3', null, 8.9]); });
        const before = snapshot(ws);
        const result = kinerja(['import', 'isian.xlsx', '--into', 'ws'], dir);
        expect([result.status, result.stderr]).toEqual([0, '1 berkas diubah di ws (1 pernyataan ditambahkan, 0 nilai diganti): ws/realisasi-2025-tw3.kinerja. Periksa dengan: npx kinerja check ws\n']);
        expect(snapshot(ws)).toEqual({ ...before, 'realisasi-2025-tw3.kinerja': before['realisasi-2025-tw3.kinerja'].replace('    K020301 Rp 285.000.000\n', '    K020301 Rp 285.000.000\n    IKU2 8,9\n') });
    });

    it('catatan and bukti: new ones inserted, texts replaced as strings; a target period dropped from the workbook is a conflict, removed with --replace; line endings and byte-order mark kept', async () => {
        const dir = scratch();
        const ws = join(dir, 'ws');
        mkdirSync(ws);
        const text = KAB.replace('            realisasi 2025 tw1 18   // dari laporan triwulan\n',
            '            realisasi 2025 tw1 18   // dari laporan triwulan\n            catatan 2025 tw1 {\n                analisis "Awal tahun" // ditulis tangan\n            }\n');
        writeFileSync(join(ws, 'kab.kinerja'), '\uFEFF' + text.replace(/\n/g, '\r\n'));
        const book = join(dir, 'data.xlsx');
        expect(kinerja(['export', 'ws', '--out', book], dir).status).toBe(0);
        await edited(book, 'isian.xlsx', wb => {
            rowOf(wb, 'Catatan', ['Kab', 'I1', '2025', 'tw1']).getCell(5).value = 'Awal tahun, data belum lengkap';
            wb.getWorksheet('Bukti')!.addRow(['Kab', 'I1', 2025, 'tw1', 'Laporan triwulan I', 'bukti/tw1.pdf']);
            wb.getWorksheet('Target')!.spliceRows(rowOf(wb, 'Target', ['Kab', 'I1', '2025', 'tw2']).number, 1);
        });
        const conflict = kinerja(['import', 'isian.xlsx', '--into', 'ws'], dir);
        expect(conflict.stderr.split('\n').slice(0, 2)).toEqual([
            'isian.xlsx: Target!D2: tw2 40 → (tidak ada) (ws/kab.kinerja:8)',
            'isian.xlsx: Catatan!E2: "Awal tahun" → "Awal tahun, data belum lengkap" (ws/kab.kinerja:10)'
        ]);
        const result = kinerja(['import', 'isian.xlsx', '--into', 'ws', '--replace'], dir);
        expect([result.status, result.stderr]).toEqual([0, '1 berkas diubah di ws (1 pernyataan ditambahkan, 2 nilai diganti): ws/kab.kinerja. Periksa dengan: npx kinerja check ws\n']);
        expect(readFileSync(join(ws, 'kab.kinerja'), 'utf8')).toBe('\uFEFF' + text
            .replace('{ tw1 20 tw2 40 tw4 80 }', '{ tw1 20 tw4 80 }')
            .replace('analisis "Awal tahun" // ditulis tangan\n            }\n', 'analisis "Awal tahun, data belum lengkap" // ditulis tangan\n            }\n            bukti 2025 tw1 "Laporan triwulan I" "bukti/tw1.pdf"\n')
            .replace(/\n/g, '\r\n'));
    });

    it('a filled-in form of a few columns: only what it has is compared, the rest of the workspace stays', async () => {
        const { dir, ws } = setUp(resolve(ROOT, 'examples'));
        const wb = new ExcelJS.Workbook();
        const sheet = wb.addWorksheet('Realisasi');
        sheet.addRow(['Organisasi', 'Unsur / indikator', 'Tahun', 'Periode', 'Realisasi']);
        // Bappeda IKP01 tw1 is written `31 dari 38`: the form has no Dari column, so the 31 is equal.
        sheet.addRow(['Bappeda', 'IKP01', 2025, 'tw1', 31]);
        sheet.addRow(['Dinkes', 'IKU1', 2025, 'tw2', '16,90']);
        await wb.xlsx.writeFile(join(dir, 'form.xlsx'));
        const before = snapshot(ws);
        const result = kinerja(['import', 'form.xlsx', '--into', 'ws'], dir);
        expect([result.status, result.stderr]).toEqual([0, '1 berkas diubah di ws (1 pernyataan ditambahkan, 0 nilai diganti): ws/dinkes.kinerja. Periksa dengan: npx kinerja check ws\n']);
        expect(snapshot(ws)).toEqual({ ...before, 'dinkes.kinerja': before['dinkes.kinerja'].replace('            realisasi 2025 tw1 17,20\n', '            realisasi 2025 tw1 17,20\n            realisasi 2025 tw2 16,9\n') });
    });

    it('a workspace with errors is not imported into', () => {
        const { dir, ws } = setUp();
        const before = readFileSync(join(ws, 'kab.kinerja'), 'utf8');
        writeFileSync(join(ws, 'kab.kinerja'), before.replace('mendukung Kab.S1', 'mendukung Kab.S9'));
        const result = kinerja(['import', 'data.xlsx', '--into', 'ws'], dir);
        expect([result.status, result.stderr]).toEqual([1, 'kinerja: ruang kerja di ws memiliki 1 kesalahan, jadi tidak ada yang diimpor ke dalamnya; perbaiki dulu (npx kinerja check ws), lalu impor lagi\n']);
    });
});

describe('the import\'s help', () => {
    it('names the workbook argument and says what --into and --replace do', () => {
        const help = kinerja(['import', '--help']).stdout;
        expect(help.replace(/\s+/g, ' ')).toContain('files buku kerja (.xlsx) atau tabel (.csv) yang diimpor; boleh lebih dari satu');
        expect(help).toContain('--replace');
        expect(help).toContain('atau ruang kerja yang sudah ada (digabungkan)');
    });
});

describe('the dry run\'s diff', () => {
    it('a large file with two edits far apart: two hunks with their context, in time proportional to its length', () => {
        const text = Array.from({ length: 20000 }, (_, i) => `baris ${i + 1}`).join('\n') + '\n';
        const at = (line: number) => text.indexOf(`baris ${line}\n`);
        const started = performance.now();
        const diff = unifiedDiff('a.kinerja', text, [
            { start: at(5) + 6, end: at(5) + 7, text: 'lima', seq: 0 },
            { start: at(19991) - 1, end: at(19991) - 1, text: '\nbaris baru', seq: 1 }
        ]);
        expect(performance.now() - started).toBeLessThan(1000);
        expect(diff).toBe([
            '--- a.kinerja', '+++ a.kinerja',
            '@@ -2,7 +2,7 @@', ' baris 2', ' baris 3', ' baris 4', '-baris 5', '+baris lima', ' baris 6', ' baris 7', ' baris 8',
            '@@ -19988,6 +19988,7 @@', ' baris 19988', ' baris 19989', ' baris 19990', '+baris baru', ' baris 19991', ' baris 19992', ' baris 19993',
            ''
        ].join('\n'));
    });
});
