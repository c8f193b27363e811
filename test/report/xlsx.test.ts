/** `--format xlsx`: the workbook read back with exceljs. */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXCEL_DIGITS, NUMBER_FORMATS, renderXlsx, sheetName } from '../../src/report/formats/xlsx.js';
import { infoTable, reportTables } from '../../src/report/formats/tables.js';
import type { AnnualReport } from '../../src/report/kinds/index.js';
import { fixtureReport, HUGE_DPM, writeFixture } from './fixture.js';
import { Exact } from '../../src/common/exact.js';
import type { ReportTable } from '../../src/report/formats/table.js';

let annual: AnnualReport;
let workbook: ExcelJS.Workbook;

function rowsOf(sheet: ExcelJS.Worksheet): Array<Record<string, ExcelJS.Cell>> {
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const out: Array<Record<string, ExcelJS.Cell>> = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
        const row = sheet.getRow(r);
        out.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1)])));
    }
    return out;
}

beforeAll(async () => {
    annual = await fixtureReport(writeFixture(), 'annual');
    const bytes = await renderXlsx([infoTable(annual, 'id', '9.9.9'), ...reportTables(annual, 'id')], { lang: 'id', creator: 'kinerja 9.9.9' });
    expect(Buffer.from(bytes).subarray(0, 2).toString()).toBe('PK');
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
});

describe('XLSX workbook', () => {
    it('has one sheet per table after the report sheet', () => {
        expect(workbook.worksheets.map(s => s.name)).toEqual(['Laporan', 'Indikator', 'IKU', 'Organisasi', 'Anggaran', 'Efisiensi', 'Bulanan', 'Catatan', 'Bukti dukung', 'Kategori', 'Temuan']);
        expect(workbook.creator).toBe('kinerja 9.9.9');
        const info = rowsOf(workbook.getWorksheet('Laporan')!);
        expect(info.map(r => [r['Keterangan'].value, r['Nilai'].value])).toContainEqual(['Tahun', 2025]);
    });

    it('freezes and filters the header row of every sheet', () => {
        for (const sheet of workbook.worksheets) {
            expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
            expect(sheet.getRow(1).font?.bold).toBe(true);
            expect(sheet.autoFilter).toBeTruthy();
        }
    });

    it('writes figures as numbers with number formats: percent, Rupiah, plain figures', () => {
        const indicators = rowsOf(workbook.getWorksheet('Indikator')!);
        const iku = indicators.find(r => r['ID indikator'].value === 'Dinsos.IKU1')!;
        expect(iku['Capaian'].value).toBe(114.05);
        expect(iku['Capaian'].numFmt).toBe('0.00"%"');
        expect(iku['Target'].value).toBe(19.29);
        expect(iku['Target'].numFmt).toBe(NUMBER_FORMATS.decimal);
        expect(iku['Realisasi'].value).toBe(22);
        expect(iku['Realisasi'].numFmt).toBe('#,##0');
        expect(iku['Organisasi'].value).toBe('Dinas Sosial; Pemberdayaan "Perempuan"');
        expect(iku['Kategori'].value).toBe('Sangat Tinggi');
        const ikp = indicators.find(r => r['ID indikator'].value === 'Dinsos.IKP1')!;
        expect([ikp['Target'].value, ikp['Realisasi'].value, ikp['Capaian'].value]).toEqual([1200, 840, 70]);
        const kab = indicators.find(r => r['ID indikator'].value === 'Kab.IKD')!;
        expect(kab['Realisasi'].value).toBe(70);

        const budget = rowsOf(workbook.getWorksheet('Anggaran')!);
        const p01 = budget.find(r => r['ID unsur'].value === 'Dinsos.P01')!;
        expect(p01['Pagu'].value).toBe(2_500_000_000);
        expect(p01['Pagu'].numFmt).toBe('"Rp "#,##0');
        expect(p01['Realisasi'].value).toBe(1_900_000_000);
        expect(p01['Serapan'].value).toBe(76);
        expect(p01['Serapan'].numFmt).toBe('0.00"%"');
        const p02 = budget.find(r => r['ID unsur'].value === 'Dpm.P02')!;
        expect(p02['Serapan'].value).toBe(38.75);

        const organisations = rowsOf(workbook.getWorksheet('Organisasi')!);
        const dinsos = organisations.find(r => r['ID organisasi'].value === 'Dinsos')!;
        expect(dinsos['Nilai kinerja'].value).toBe(92.02);
        expect(dinsos['Peringkat'].value).toBe(1);
        expect(dinsos['Peringkat'].numFmt).toBe('0');

        const efficiency = rowsOf(workbook.getWorksheet('Efisiensi')!);
        const gap = efficiency.find(r => r['ID unsur'].value === 'Dinsos.P01')!['Selisih (poin)'];
        expect(gap.numFmt).toBe(NUMBER_FORMATS.points);
        expect(typeof gap.value).toBe('number');
    });

    it('leaves missing values empty', () => {
        const indicators = rowsOf(workbook.getWorksheet('Indikator')!);
        const kab = indicators.find(r => r['ID indikator'].value === 'Kab.IKD')!;
        expect(kab['Target (batas atas)'].value).toBeNull();
    });

    it('writes signing dates as dates', async () => {
        const agreements = await fixtureReport(writeFixture(), 'agreements');
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(Buffer.from(await renderXlsx(reportTables(agreements, 'en'), { lang: 'en', creator: 'k' })) as unknown as ArrayBuffer);
        const rows = rowsOf(book.getWorksheet('Agreements')!);
        const kadis = rows.find(r => r['Position ID'].value === 'Dinsos.Kadis')!;
        expect((kadis['Signed'].value as Date).toISOString().slice(0, 10)).toBe('2025-01-06');
        expect(kadis['Signed'].numFmt).toBe('yyyy-mm-dd');
        expect(kadis['Agreement written'].value).toBe('yes');
        expect(kadis['Budget total'].value).toBe(2_500_000_000);
    });

    it('makes sheet names valid and unique', () => {
        const used = new Set<string>();
        expect(sheetName('Target/PK: [2025]?', used)).toBe('Target PK 2025');
        expect(sheetName('target/pk: [2025]?', used)).toBe('target pk 2025 (2)');
        expect(sheetName('x'.repeat(40), used)).toHaveLength(31);
    });

    it('keeps every figure exact: up to 15 significant digits a number, beyond that text with a note', async () => {
        // Sums of figures the language takes can pass 15 digits; 10^30 (one significant digit) cannot be input but stands for any such total.
        const table = (lang: 'id' | 'en'): ReportTable => ({
            id: 'budget', title: lang === 'id' ? 'Anggaran' : 'Budget',
            columns: [{ key: 'id', title: 'ID', type: 'text' }, { key: 'pagu', title: 'Pagu', type: 'rupiah' }, { key: 'r', title: 'Realisasi', type: 'rupiah' }],
            rows: [
                ['Dpm', Exact.of(10n ** 30n), Exact.of(2n ** 53n + 1n)],
                ['Dinsos', Exact.of(2_500_000_000n), Exact.of(1_900_000_000n)]
            ]
        });
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(Buffer.from(await renderXlsx([table('id')], { lang: 'id', creator: 'k' })) as unknown as ArrayBuffer);
        const [dpm, dinsos] = rowsOf(book.getWorksheet('Anggaran')!);
        // 10^30 has one significant digit: a number cell, written `1e+30`, shown by Excel exactly.
        expect(dpm['Pagu'].value).toBe(1e30);
        expect(dpm['Pagu'].numFmt).toBe(NUMBER_FORMATS.rupiah);
        expect(dpm['Pagu'].note).toBeUndefined();
        // 2^53 + 1 has 16: as a double it would be ...992; text in kinerja's notation instead.
        expect(dpm['Realisasi'].value).toBe('Rp 9.007.199.254.740.993');
        expect(EXCEL_DIGITS).toBe(15);
        expect(dpm['Realisasi'].note).toBe('Ditulis sebagai teks agar tepat: nilai ini memiliki lebih dari 15 angka penting, lebih dari yang dapat disimpan Excel dalam sel angka, sehingga Excel tidak menjumlahkannya.');
        expect(dpm['Realisasi'].alignment).toMatchObject({ horizontal: 'right' });
        // Ordinary figures stay numbers.
        expect(dinsos['Pagu'].value).toBe(2_500_000_000);

        const en = new ExcelJS.Workbook();
        await en.xlsx.load(Buffer.from(await renderXlsx([table('en')], { lang: 'en', creator: 'k' })) as unknown as ArrayBuffer);
        const [dpmEn] = rowsOf(en.getWorksheet('Budget')!);
        expect(dpmEn['Realisasi'].note).toBe('Written as text to stay exact: this value has more than 15 significant digits, more than Excel keeps in a number cell, so Excel does not add it up.');
    });

    it('writes the largest figures the language takes as numbers', async () => {
        const huge = await fixtureReport(writeFixture({ 'dpm.kinerja': HUGE_DPM }), 'annual');
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(Buffer.from(await renderXlsx(reportTables(huge, 'id'), { lang: 'id', creator: 'k' })) as unknown as ArrayBuffer);
        const p02 = rowsOf(book.getWorksheet('Anggaran')!).find(r => r['ID unsur'].value === 'Dpm.P02')!;
        expect([p02['Pagu'].value, p02['Realisasi'].value]).toEqual([999_999_999_999_999, 999_999_999_999_998]);
    });
});
