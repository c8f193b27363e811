/**
 * An office's own tables through the real CLI (issue "Import", docs/import.md "Office
 * tables"): the plan matrix, the quarterly realisation form and the budget export by
 * account code, built here as offices make them (title rows, merged and two-row
 * headers, a numbering row, totals), imported into an empty folder and into a
 * workspace; every problem names its cell; capaian and serapan are checked, not imported.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { kinerja, ROOT } from '../cli-run.js';

const dirs: string[] = [];
function scratch(): string {
    const dir = mkdtempSync(join(tmpdir(), 'kinerja-office-'));
    dirs.push(dir);
    return dir;
}
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

type Cell = string | number | null | { formula: string; result?: number } | { value: number; numFmt: string };
interface SheetSpec { name: string; rows: Cell[][]; merges?: string[] }

/** A workbook as an office makes it: rows from row 1, merged ranges. */
export async function officeBook(sheets: SheetSpec[], name = 'tabel.xlsx'): Promise<string> {
    const book = new ExcelJS.Workbook();
    for (const spec of sheets) {
        const sheet = book.addWorksheet(spec.name);
        spec.rows.forEach((cells, r) => cells.forEach((v, c) => {
            if (v === null) return;
            const cell = sheet.getCell(r + 1, c + 1);
            if (typeof v === 'object' && 'numFmt' in v) { cell.value = v.value; cell.numFmt = v.numFmt; } else cell.value = v;
        }));
        for (const m of spec.merges ?? []) sheet.mergeCells(m);
    }
    const file = join(scratch(), name);
    writeFileSync(file, new Uint8Array(await book.xlsx.writeBuffer()));
    return file;
}

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
        console.log(result.stderr);
        console.log(readFileSync(join(ws, 'dinkes.kinerja'), 'utf8'));
        const check = kinerja(['check', ws]);
        console.log(check.stdout, check.stderr);
    });
});
