/** `--format csv`: read back with csv-parse in both dialects. */
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/report/formats/csv.js';
import { reportTables } from '../../src/report/formats/tables.js';
import type { ReportTable } from '../../src/report/formats/table.js';
import type { AnnualReport } from '../../src/report/kinds/index.js';
import { Exact } from '../../src/common/exact.js';
import { kinerja } from '../cli-run.js';
import { fixtureReport, HUGE_DPM, writeFixture } from './fixture.js';

let annual: AnnualReport;
let tables: ReportTable[];

beforeAll(async () => {
    annual = await fixtureReport(writeFixture(), 'annual');
    tables = reportTables(annual, 'id');
});

function read(text: string, delimiter: string): Array<Record<string, string>> {
    return parse(text, { bom: true, columns: true, delimiter, relax_column_count: false });
}

describe('CSV', () => {
    it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
        const csv = renderCsv(tables[0], { separator: ',', lang: 'id' });
        expect(csv.charCodeAt(0)).toBe(0xfeff);
        expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
        expect(csv.split('\r\n').length).toBe(tables[0].rows.length + 2);
    });

    it('with ",": decimal points, no thousands separators, quoted names with commas or quotes', () => {
        const rows = read(renderCsv(tables[0], { separator: ',', lang: 'id' }), ',');
        const iku = rows.find(r => r['ID indikator'] === 'Dinsos.IKU1')!;
        expect(iku['Organisasi']).toBe('Dinas Sosial; Pemberdayaan "Perempuan"');
        expect(iku['Sasaran']).toBe('Meningkatnya "layanan"; sosial');
        expect(iku['Target']).toBe('19.29');
        expect(iku['Realisasi']).toBe('22');
        expect(iku['Capaian']).toBe('114.05');
        expect(iku['Kategori']).toBe('Sangat Tinggi');
        expect(iku['Final']).toBe('ya');
        const ikp = rows.find(r => r['ID indikator'] === 'Dinsos.IKP1')!;
        expect([ikp['Target'], ikp['Realisasi'], ikp['Capaian'], ikp['Tingkat']]).toEqual(['1200', '840', '70', '1']);
    });

    it('with ";": decimal commas for Excel in Indonesian, and names holding ";" quoted', () => {
        const text = renderCsv(tables[0], { separator: ';', lang: 'id' });
        expect(text).toContain(';"Dinas Sosial; Pemberdayaan ""Perempuan""";');
        const rows = read(text, ';');
        const iku = rows.find(r => r['ID indikator'] === 'Dinsos.IKU1')!;
        expect(iku['Organisasi']).toBe('Dinas Sosial; Pemberdayaan "Perempuan"');
        expect([iku['Target'], iku['Capaian']]).toEqual(['19,29', '114,05']);
        const budget = read(renderCsv(tables.find(t => t.id === 'budget')!, { separator: ';', lang: 'id' }), ';');
        const p01 = budget.find(r => r['ID unsur'] === 'Dinsos.P01')!;
        expect([p01['Pagu'], p01['Realisasi'], p01['Serapan']]).toEqual(['2500000000', '1900000000', '76']);
    });

    it('leaves missing values empty and keeps every row as wide as the header', () => {
        const rows = parse(renderCsv(reportTables(annual, 'en')[0], { separator: ',', lang: 'en' }), { bom: true, delimiter: ',' }) as string[][];
        const width = rows[0].length;
        expect(rows.every(r => r.length === width)).toBe(true);
        const header = rows[0];
        const kab = rows.find(r => r[header.indexOf('Indicator ID')] === 'Kab.IKD')!;
        expect(kab[header.indexOf('Achievement')]).toBe('87.5');
        expect(rows.find(r => r[0] === 'Dpm')![header.indexOf('Final')]).toBe('yes');
    });

    it('defuses text that a spreadsheet would run as a formula', () => {
        const table: ReportTable = {
            id: 't', title: 'T', columns: [{ key: 'a', title: 'A', type: 'text' }, { key: 'n', title: 'N', type: 'points' }],
            rows: [['=HYPERLINK("x")', -2.5], ['@SUM(A1)', null], ['normal, text', 3]]
        };
        const rows = parse(renderCsv(table, { separator: ',', lang: 'id' }), { bom: true }) as string[][];
        expect(rows.slice(1)).toEqual([["'=HYPERLINK(\"x\")", '-2.5'], ["'@SUM(A1)", ''], ['normal, text', '3']]);
    });

    it('writes every figure exactly, however large: Rupiah above 2^53 are not rounded through a double', () => {
        const table: ReportTable = {
            id: 't', title: 'T', columns: [{ key: 'r', title: 'R', type: 'rupiah' }, { key: 'n', title: 'N', type: 'number' }, { key: 'p', title: 'P', type: 'percent' }],
            rows: [
                [Exact.of(10n ** 30n), Exact.fromDecimalString('12345678901234567.891'), Exact.fraction(1n, 3n)],
                [Exact.of(2n ** 53n + 1n), Exact.fromDecimalString('-98765432109876543.215'), Exact.fromDecimalString('114.045')]
            ]
        };
        expect(parse(renderCsv(table, { separator: ',', lang: 'id' }), { bom: true })).toEqual([
            ['R', 'N', 'P'],
            ['1000000000000000000000000000000', '12345678901234567.89', '0.33'],
            ['9007199254740993', '-98765432109876543.22', '114.05']
        ]);
        expect(parse(renderCsv(table, { separator: ';', lang: 'id' }), { bom: true, delimiter: ';' })).toEqual([
            ['R', 'N', 'P'],
            ['1000000000000000000000000000000', '12345678901234567,89', '0,33'],
            ['9007199254740993', '-98765432109876543,22', '114,05']
        ]);
    });

    it('kinerja report --format csv prints the largest figures the language takes, and their sums, exactly', () => {
        const dir = writeFixture({ 'dpm.kinerja': HUGE_DPM });
        const r = kinerja(['report', 'ws', '--year', '2025', '--format', 'csv', '--table', 'budget', '--lang', 'en'], dir);
        expect(r.status).toBe(0);
        const p02 = read(r.stdout, ',').find(row => row['Node ID'] === 'Dpm.P02')!;
        expect([p02['Budget ceiling'], p02['Realisation']]).toEqual(['999999999999999', '999999999999998']);
        // The agency's total adds the other programs: 16 digits, beyond a double's exact range.
        const pagu = (d: string) => read(kinerja(['report', 'ws', '--year', '2025', '--format', 'csv', '--table', 'organisations', '--separator', ';'], d).stdout, ';')
            .find(row => row['ID organisasi'] === 'Dpm')!['Pagu'];
        const ordinary = BigInt(pagu(writeFixture()));
        expect(pagu(dir)).toBe(String(ordinary - 800_000_000n + 999_999_999_999_999n));
    });
});
