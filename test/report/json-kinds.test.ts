/**
 * `--kind K --format json`: the contract fields unchanged, extended with the kind's data
 * and the findings; and every format shows the same numbers.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateWorkspace } from '../../src/engine/evaluate.js';
import { renderCsv } from '../../src/report/formats/csv.js';
import { kindJson } from '../../src/report/formats/json.js';
import { renderMarkdown } from '../../src/report/formats/markdown.js';
import { cellDecimal, displayCell, withoutMarkdownOnly, type Cell } from '../../src/report/formats/table.js';

/** A figure cell as the JSON contract's number. */
function cellNumber(cell: Cell): number | null {
    const decimal = cellDecimal(cell);
    return decimal === null ? null : Number(decimal);
}
import { reportTables } from '../../src/report/formats/tables.js';
import { renderXlsx } from '../../src/report/formats/xlsx.js';
import { jsonReport } from '../../src/report/json-report.js';
import { buildReportData, REPORT_KINDS } from '../../src/report/kinds/index.js';
import { loadFixture, writeFixture } from './fixture.js';

let context: Awaited<ReturnType<typeof loadFixture>>;

beforeAll(async () => {
    context = await loadFixture(writeFixture());
});

function build(kind: (typeof REPORT_KINDS)[number], quarter?: number) {
    const { session, findings } = context;
    const model = session.services.kinerja.WorkspaceModel.get();
    const contract = jsonReport(evaluateWorkspace(model, session.config, 2025, quarter));
    const data = buildReportData(kind, model, session.config, { year: 2025, quarter, findings });
    return { contract, data, json: JSON.parse(JSON.stringify(kindJson(contract, data))) };
}

describe('JSON with --kind', () => {
    it('keeps the contract fields exactly and adds kind, findings and the kind data', () => {
        for (const kind of REPORT_KINDS) {
            const { contract, json } = build(kind, kind === 'quarterly' ? 3 : undefined);
            expect(Object.keys(json).slice(0, 3)).toEqual(['year', 'quarter', 'agencies']);
            expect({ year: json.year, quarter: json.quarter, agencies: json.agencies }).toEqual(JSON.parse(JSON.stringify(contract)));
            expect(json.kind).toBe(kind);
            expect(json.findings.length).toBeGreaterThan(0);
            for (const f of json.findings) expect(Object.keys(f)).toEqual(['file', 'line', 'column', 'severity', 'code', 'message']);
        }
    });

    it('rounds figures to two decimals and names categories by label', () => {
        const { json } = build('annual');
        const dinsos = json.organisations.find((o: { organisation: { id: string } }) => o.organisation.id === 'Dinsos');
        expect(dinsos.score).toBe(92.02);
        expect(dinsos.scoreCategory).toBe('Sangat Tinggi');
        const row = dinsos.goals[0].rows.find((r: { indicator: { id: string } }) => r.indicator.id === 'Dinsos.IKU1');
        expect(row).toMatchObject({ target: 19.29, realisation: 22, achievement: 114.05, category: 'Sangat Tinggi', final: true });
        expect(dinsos.budget).toMatchObject({ pagu: 2500000000, realisation: 1900000000, absorption: 76 });
        expect(json.summary.counts[0].band.label).toBe('Sangat Tinggi');
        const ranking = build('ranking').json;
        expect(ranking.rows.map((r: { organisation: { id: string }; rank: number }) => [r.organisation.id, r.rank])).toEqual([['Dinsos', 1], ['Dpm', 2]]);
        expect(ranking.lowest).toBe(10);
    });
});

describe('every format shows the same numbers', () => {
    it('json, markdown, csv and xlsx agree on achievement, scores and budgets', async () => {
        const { contract, data } = build('annual');
        const tables = reportTables(data, 'id');
        const indicators = tables[0];
        const col = (key: string) => indicators.columns.findIndex(c => c.key === key);
        const csv = parse(renderCsv(indicators, { separator: ',', lang: 'id' }), { bom: true, columns: true }) as Array<Record<string, string>>;
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(Buffer.from(await renderXlsx(tables, { lang: 'id', creator: 'k' })) as unknown as ArrayBuffer);
        const sheet = book.getWorksheet('Indikator')!;
        const markdown = renderMarkdown(data, { lang: 'id', version: '1' });
        new MarkdownIt().parse(markdown, {});
        for (const agency of contract.agencies) {
            for (const indicator of agency.indicators) {
                const r = indicators.rows.findIndex(row => row[col('indicatorId')] === indicator.id);
                if (r < 0) continue;
                const row = indicators.rows[r];
                expect(cellNumber(row[col('achievement')])).toBe(indicator.achievement);
                expect(cellNumber(row[col('target')])).toBe(indicator.target);
                expect(cellNumber(row[col('realisation')])).toBe(indicator.realisation);
                const csvRow = csv.find(x => x['ID indikator'] === indicator.id)!;
                expect(csvRow['Capaian'] === '' ? null : Number(csvRow['Capaian'])).toBe(indicator.achievement);
                // The workbook leaves out the markdown-only columns.
                const xlsxColumn = withoutMarkdownOnly(indicators).columns.findIndex(c => c.key === 'achievement');
                const xlsxValue = sheet.getRow(r + 2).getCell(xlsxColumn + 1).value;
                expect(xlsxValue ?? null).toBe(indicator.achievement);
                if (indicator.achievement !== null) expect(markdown).toContain(`| ${displayCell(row[col('achievement')], 'percent', 'id')} |`);
            }
        }
        const organisations = tables.find(t => t.id === 'organisations')!;
        for (const agency of contract.agencies) {
            const row = organisations.rows.find(x => x[0] === agency.id)!;
            expect(cellNumber(row[organisations.columns.findIndex(c => c.key === 'score')])).toBe(agency.score);
            expect(cellNumber(row[organisations.columns.findIndex(c => c.key === 'absorption')])).toBe(agency.absorption);
        }
    });

    it('builds tables whose rows are as wide as their columns, for every kind and language', () => {
        for (const kind of REPORT_KINDS) {
            for (const lang of ['id', 'en'] as const) {
                const { data } = build(kind, kind === 'quarterly' ? 3 : undefined);
                for (const table of reportTables(data, lang)) {
                    expect(new Set(table.columns.map(c => c.key)).size, `${kind}/${table.id} keys`).toBe(table.columns.length);
                    for (const row of table.rows) expect(row.length, `${kind}/${table.id}`).toBe(table.columns.length);
                    for (const c of table.columns) expect(c.title).not.toMatch(/^(col|table|kind)\./);
                }
            }
        }
    });
});
