/**
 * Reports of a real year (issue 19) on the spec workspace examples/malra, in every
 * format a kind has: qualitative targets and realisations as the words of their scale,
 * `arah stabil` targets as ranges, IKU marked and first (and on their own in the annual
 * report), and the target and pagu in force beside the original with the revision's
 * date and reason.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateWorkspace } from '../../src/engine/evaluate.js';
import { renderCsv } from '../../src/report/formats/csv.js';
import { kindJson } from '../../src/report/formats/json.js';
import { renderMarkdown } from '../../src/report/formats/markdown.js';
import { reportTables } from '../../src/report/formats/tables.js';
import { renderXlsx } from '../../src/report/formats/xlsx.js';
import { renderHtmlReport } from '../../src/report/html/index.js';
import { jsonReport } from '../../src/report/json-report.js';
import { buildReportData, type ReportKind } from '../../src/report/kinds/index.js';
import { kinerja } from '../cli-run.js';
import { ATTRIBUTE, BREAKOUT, IMG, SCRIPT, TABLE } from './hostile.js';
import { htmlText, loadMalra, MALRA, malraPresent, orgSection, rowsOf, type LoadedMalra } from './malra.js';

let malra: LoadedMalra;
beforeAll(async () => { if (malraPresent) malra = await loadMalra(); });

function data(kind: ReportKind, quarter?: number) {
    return buildReportData(kind, malra.model, malra.config, { year: 2025, quarter });
}

function html(kind: ReportKind, quarter?: number, language: 'id' | 'en' = 'id') {
    return renderHtmlReport(data(kind, quarter), { language });
}

function json(kind: ReportKind, quarter?: number) {
    const contract = jsonReport(evaluateWorkspace(malra.model, malra.config, 2025, quarter));
    return JSON.parse(JSON.stringify(kindJson(contract, data(kind, quarter))));
}

function csvRows(kind: ReportKind, table: string, quarter?: number, separator: ',' | ';' = ','): Array<Record<string, string>> {
    const t = reportTables(data(kind, quarter), 'id').find(x => x.id === table)!;
    return parse(renderCsv(t, { separator, lang: 'id' }), { bom: true, columns: true, delimiter: separator });
}

/** Markdown table rows (cells as text) whose first cell ends with `name`. */
function mdRows(markdown: string, name: string): string[][] {
    return markdown.split('\n').filter(l => l.startsWith('| ')).map(l => l.slice(2, -2).split(' | ').map(c => c.replace(/&nbsp;/g, ' ').trim()))
        .filter(cells => cells[0].endsWith(name));
}

async function sheets(kind: ReportKind, quarter?: number): Promise<ExcelJS.Workbook> {
    const { infoTable } = await import('../../src/report/formats/tables.js');
    const d = data(kind, quarter);
    const bytes = await renderXlsx([infoTable(d, 'id', '9.9.9'), ...reportTables(d, 'id')], { lang: 'id', creator: 'kinerja 9.9.9' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    return workbook;
}

/** A sheet's rows as header → value. */
function sheetRows(workbook: ExcelJS.Workbook, name: string): Array<Record<string, unknown>> {
    const sheet = workbook.getWorksheet(name)!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const rows: Array<Record<string, unknown>> = [];
    sheet.eachRow((row, n) => {
        if (n === 1) return;
        const values = (row.values as unknown[]).slice(1);
        rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
    });
    return rows;
}

describe.skipIf(!malraPresent)('qualitative values, ranges and IKU (examples/malra)', () => {
    it('html: predikat and opini as their words, the stable band as a range, in the annual and quarterly reports', () => {
        const annual = html('annual');
        // No., indicator, unit, target, realisation, achievement, category
        expect(rowsOf(annual, 'KabMalra.PredikatSAKIP')[0].slice(3, 6)).toEqual(['BB', 'B', '0,00%']);
        expect(rowsOf(annual, 'KabMalra.OpiniBPK')[0].slice(3, 6)).toEqual(['WTP', 'WTP', '100,00%']);
        expect(rowsOf(annual, 'KabMalra.Inflasi')[0].slice(3, 6)).toEqual(['2 – 4', '5', '75,00%']);
        const quarterly = html('quarterly', 3);
        // indicator, quarter, plan, realisation, achievement, annual target, annual achievement
        // (a year-level realisation is no quarter's: the plan and the quarter's columns are empty)
        const predikat = rowsOf(orgSection(quarterly, 'KabMalra'), 'KabMalra.PredikatSAKIP')[0];
        expect([predikat[2], predikat[3], predikat[5], predikat[6]]).toEqual(['—', '—', 'BB', '0,00%']);
        expect(rowsOf(orgSection(quarterly, 'KabMalra'), 'KabMalra.Inflasi')[0][5]).toBe('2 – 4');
    });

    it('html: IKU marked, first under their node, and on their own in the annual report', () => {
        const annual = orgSection(html('annual'), 'KabMalra');
        const order = [...annual.matchAll(/<table class="achievement fixed">[\s\S]*?<\/table>/g)][0][0];
        expect([...order.matchAll(/data-indicator="([^"]+)"/g)].map(m => m[1])).toEqual(['KabMalra.IPM', 'KabMalra.AKI', 'KabMalra.UHH']);
        expect(rowsOf(annual, 'KabMalra.IPM')[0][1]).toBe('Indeks Pembangunan Manusia IKU KabMalra.IPM');
        expect(rowsOf(annual, 'KabMalra.UHH')[0][1]).toBe('Umur harapan hidup saat lahir KabMalra.UHH');
        const key = /<h3>Capaian Indikator Kinerja Utama \(IKU\)<\/h3><table class="achievement key-indicators fixed">([\s\S]*?)<\/table>/.exec(annual)!;
        expect([...key[1].matchAll(/data-indicator="([^"]+)"/g)].map(m => m[1])).toEqual(['KabMalra.IPM', 'KabMalra.AKI', 'KabMalra.PredikatSAKIP']);
        expect(html('annual', undefined, 'en')).toContain('Achievement of the key performance indicators (IKU)');
        // An organisation without IKU has no such table.
        expect(orgSection(html('annual'), 'InspektoratMalra')).not.toContain('key-indicators');
        const quarterly = orgSection(html('quarterly', 3), 'KabMalra');
        expect([...quarterly.matchAll(/<tr data-indicator="(KabMalra\.(?:IPM|AKI|UHH))"/g)].map(m => m[1]).slice(0, 3)).toEqual(['KabMalra.IPM', 'KabMalra.AKI', 'KabMalra.UHH']);
    });

    it('md, csv, xlsx and json: the same words, ranges and IKU', async () => {
        const md = renderMarkdown(data('annual'), { lang: 'id', version: '9.9.9' });
        // indicator, IKU, unit, target, realisation, achievement, category
        const predikat = mdRows(md, 'Predikat SAKIP Pemerintah Kabupaten');
        expect(predikat[0].slice(1, 6)).toEqual(['ya', 'predikat', 'BB', 'B', '0,00%']);
        expect(mdRows(md, 'Laju inflasi tahunan')[0].slice(1, 6)).toEqual(['tidak', 'persen', '2 – 4', '5', '75,00%']);
        // The IKU table lists the key indicators only.
        const ikuTable = md.split('#### IKU')[1].split('####')[0];
        expect(ikuTable).toContain('Predikat SAKIP');
        expect(ikuTable).not.toContain('Umur harapan hidup');

        const csv = csvRows('annual', 'indicators');
        const row = csv.find(r => r['ID indikator'] === 'KabMalra.PredikatSAKIP')!;
        expect([row['IKU'], row['Target'], row['Realisasi'], row['Capaian']]).toEqual(['ya', 'BB', 'B', '0']);
        const inflasi = csv.find(r => r['ID indikator'] === 'KabMalra.Inflasi')!;
        expect([inflasi['IKU'], inflasi['Target'], inflasi['Target (batas atas)'], inflasi['Realisasi']]).toEqual(['tidak', '2', '4', '5']);
        expect(csvRows('annual', 'iku').map(r => r['ID indikator'])).toEqual(['KabMalra.IPM', 'KabMalra.AKI', 'KabMalra.PredikatSAKIP', 'DinkesMalra.IKU1']);
        const quarterCsv = csvRows('quarterly', 'indicators', 3).find(r => r['ID indikator'] === 'KabMalra.OpiniBPK')!;
        expect([quarterCsv['IKU'], quarterCsv['Target tahunan'], quarterCsv['Realisasi']]).toEqual(['tidak', 'WTP', 'WTP']);

        const workbook = await sheets('annual');
        const xlsx = sheetRows(workbook, 'Indikator').find(r => r['ID indikator'] === 'KabMalra.PredikatSAKIP')!;
        expect([xlsx['IKU'], xlsx['Target'], xlsx['Realisasi'], xlsx['Capaian']]).toEqual(['ya', 'BB', 'B', 0]);
        expect(sheetRows(workbook, 'IKU').map(r => r['ID indikator'])).toEqual(['KabMalra.IPM', 'KabMalra.AKI', 'KabMalra.PredikatSAKIP', 'DinkesMalra.IKU1']);

        const annualJson = json('annual');
        const jsonRow = annualJson.organisations.flatMap((o: { goals: Array<{ rows: unknown[] }> }) => o.goals.flatMap(g => g.rows))
            .find((r: { indicator: { id: string } }) => r.indicator.id === 'KabMalra.PredikatSAKIP');
        expect(jsonRow).toMatchObject({ target: 'BB', realisation: 'B', achievement: 0, indicator: { key: true, scale: ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'] } });
        const quarterJson = json('quarterly', 3).organisations.flatMap((o: { goals: Array<{ rows: unknown[] }> }) => o.goals.flatMap(g => g.rows))
            .find((r: { indicator: { id: string } }) => r.indicator.id === 'KabMalra.OpiniBPK');
        expect(quarterJson).toMatchObject({ annualTarget: 'WTP', annualRealisation: 'WTP', realisation: null });
    });

    it('the agreements print qualitative targets as words', async () => {
        // The pemda has no positions; a qualitative target in an agency shows the same way.
        const edited = await loadMalra(files => {
            files['dinkes.kinerja'] = files['dinkes.kinerja'].replace('satuan orang\n            arah turun', 'satuan predikat');
            files['dinkes.kinerja'] = files['dinkes.kinerja'].replace('target 2025 0\n            realisasi 2025 0', 'target 2025 "A"\n            realisasi 2025 "BB"');
        });
        const d = buildReportData('agreements', edited.model, edited.config, { year: 2025 });
        const doc = renderHtmlReport(d);
        expect(rowsOf(doc, 'DinkesMalra.IKP02')[0].at(-1)).toBe('A predikat');
        const csv = parse(renderCsv(reportTables(d, 'id').find(t => t.id === 'targets')!, { separator: ',', lang: 'id' }), { bom: true, columns: true }) as Array<Record<string, string>>;
        expect(csv.find(r => r['ID indikator'] === 'DinkesMalra.IKP02')!['Target']).toBe('A');
    });
});

describe.skipIf(!malraPresent)('original beside revised: target and pagu (examples/malra)', () => {
    it('html annual: the target and pagu in force, the original below, the revision date and reason', () => {
        for (const [language, was, note, pagu] of [
            ['id', 'semula 85', 'Target direvisi 10 Juli 2025 (semula 85): Refocusing anggaran pada APBD Perubahan', 'Pagu direvisi 20 Agustus 2025 (semula Rp 900.000.000): APBD Perubahan 2025'],
            ['en', 'was 85', 'Target revised on 10 July 2025 (was 85): Refocusing anggaran pada APBD Perubahan', 'Ceiling revised on 20 August 2025 (was Rp 900.000.000): APBD Perubahan 2025']
        ] as const) {
            const doc = html('annual', undefined, language);
            const iku1 = rowsOf(doc, 'DinkesMalra.IKU1')[0];
            expect(iku1[1]).toContain(note);
            expect(iku1[3]).toBe(`80 ${was}`);
            const k0201 = rowsOf(doc, 'DinkesMalra.K0201', 'data-node')[0];
            expect(k0201[1]).toContain(pagu);
            expect(k0201[2]).toBe(`Rp 750.000.000 ${language === 'id' ? 'semula' : 'was'} Rp 900.000.000`);
        }
        // An indicator never revised shows its target alone.
        expect(rowsOf(html('annual'), 'DinkesMalra.IKK01')[0][3]).toBe('1.200');
    });

    it('html quarterly: the revision in force at the quarter\'s end only', () => {
        const q2 = html('quarterly', 2);
        expect(rowsOf(q2, 'DinkesMalra.IKU1')[0][5]).toBe('85');
        expect(rowsOf(q2, 'DinkesMalra.IKU1')[0][0]).not.toContain('direvisi');
        expect(rowsOf(q2, 'DinkesMalra.K0201', 'data-node')[0][2]).toBe('Rp 900.000.000');
        const q3 = html('quarterly', 3);
        expect(rowsOf(q3, 'DinkesMalra.IKU1')[0][5]).toBe('80 semula 85');
        expect(rowsOf(q3, 'DinkesMalra.IKU1')[0][0]).toContain('Target direvisi 10 Juli 2025 (semula 85): Refocusing anggaran pada APBD Perubahan');
        expect(rowsOf(q3, 'DinkesMalra.K0201', 'data-node')[0][2]).toBe('Rp 750.000.000 semula Rp 900.000.000');
    });

    it('md, csv, xlsx and json: original, date and reason beside the value in force', async () => {
        const md = renderMarkdown(data('annual'), { lang: 'id', version: '9.9.9' });
        // indicator, IKU, unit, target, original target, revision, realisation …
        expect(mdRows(md, 'Persentase persalinan di fasilitas pelayanan kesehatan')[0].slice(3, 7))
            .toEqual(['80', '85', '10 Juli 2025: Refocusing anggaran pada APBD Perubahan', '78,5']);
        // code, programme, pagu, original pagu, revision, realisation, absorption
        const mdBudget = mdRows(md, '1.02.02.2.02');
        expect(mdBudget[0].slice(2, 5)).toEqual(['Rp 750.000.000', 'Rp 900.000.000', '20 Agustus 2025: APBD Perubahan 2025']);

        const csv = csvRows('annual', 'indicators').find(r => r['ID indikator'] === 'DinkesMalra.IKU1')!;
        expect([csv['Target'], csv['Target semula'], csv['Tanggal revisi'], csv['Alasan revisi']]).toEqual(['80', '85', '2025-07-10', 'Refocusing anggaran pada APBD Perubahan']);
        expect(csv['Revisi']).toBeUndefined();
        const budget = csvRows('annual', 'budget').find(r => r['ID unsur'] === 'DinkesMalra.K0201' || Object.values(r).includes('DinkesMalra.K0201'))!;
        expect([budget['Pagu'], budget['Pagu semula'], budget['Tanggal revisi pagu'], budget['Alasan revisi pagu']]).toEqual(['750000000', '900000000', '2025-08-20', 'APBD Perubahan 2025']);
        const q2 = csvRows('quarterly', 'indicators', 2).find(r => r['ID indikator'] === 'DinkesMalra.IKU1')!;
        expect([q2['Target tahunan'], q2['Target semula'], q2['Tanggal revisi']]).toEqual(['85', '', '']);
        const q3 = csvRows('quarterly', 'budget', 3).find(r => Object.values(r).includes('DinkesMalra.K0201'))!;
        expect([q3['Pagu'], q3['Pagu semula'], q3['Tanggal revisi pagu']]).toEqual(['750000000', '900000000', '2025-08-20']);

        const workbook = await sheets('annual');
        const xlsx = sheetRows(workbook, 'Indikator').find(r => r['ID indikator'] === 'DinkesMalra.IKU1')!;
        expect([xlsx['Target'], xlsx['Target semula'], xlsx['Alasan revisi']]).toEqual([80, 85, 'Refocusing anggaran pada APBD Perubahan']);
        expect((xlsx['Tanggal revisi'] as Date).toISOString().slice(0, 10)).toBe('2025-07-10');
        expect(Object.keys(xlsx)).not.toContain('Revisi');
        const xlsxBudget = sheetRows(workbook, 'Anggaran').find(r => Object.values(r).includes('DinkesMalra.K0201'))!;
        expect([xlsxBudget['Pagu'], xlsxBudget['Pagu semula']]).toEqual([750000000, 900000000]);

        const annualJson = json('annual');
        const dinkes = annualJson.organisations.find((o: { organisation: { id: string } }) => o.organisation.id === 'DinkesMalra');
        const row = dinkes.goals.flatMap((g: { rows: unknown[] }) => g.rows).find((r: { indicator: { id: string } }) => r.indicator.id === 'DinkesMalra.IKU1');
        expect(row).toMatchObject({ target: 80, originalTarget: 85, revision: { date: '2025-07-10', reason: 'Refocusing anggaran pada APBD Perubahan' } });
        expect(dinkes.budget.rows.find((b: { node: { id: string } }) => b.node.id === 'DinkesMalra.K0201'))
            .toMatchObject({ pagu: 750000000, paguOriginal: 900000000, paguRevision: { date: '2025-08-20', reason: 'APBD Perubahan 2025' } });
        const q2Json = json('quarterly', 2).organisations.find((o: { organisation: { id: string } }) => o.organisation.id === 'DinkesMalra');
        expect(q2Json.goals.flatMap((g: { rows: unknown[] }) => g.rows).find((r: { indicator: { id: string } }) => r.indicator.id === 'DinkesMalra.IKU1'))
            .toMatchObject({ annualTarget: 85, originalTarget: null, revision: null });
    });
});

describe.skipIf(!malraPresent)('agreements and PK perubahan (examples/malra)', () => {
    function sheet(doc: string, position: string, amendment?: string): string {
        const re = new RegExp(`<section class="sheet" id="[^"]*" data-position="${position.replace('.', '\\.')}"${amendment ? ` data-amendment="${amendment}"` : ''}>[\\s\\S]*?</section>`);
        const m = re.exec(doc);
        if (!m) throw new Error(`no sheet for ${position} ${amendment ?? ''}`);
        return m[0];
    }

    it('html: the official in office on the signing date, the targets and pagu in force then, and a PK perubahan per amendment', () => {
        const doc = html('agreements');
        const kadis = sheet(doc, 'DinkesMalra.Kadis');
        expect(kadis).toContain('dr. Sri Wahyuni Renwarin, M.Kes.');
        expect(kadis).not.toContain('Yohanis');
        // Signed on 8 January, before the July revision: the target as first written.
        expect(rowsOf(kadis, 'DinkesMalra.IKU1')[0].at(-1)).toBe('85 persen');
        expect(doc).not.toMatch(/data-position="DinkesMalra\.Kadis" data-amendment/);

        const first = sheet(doc, 'DinkesMalra.KasiKesga');
        expect(first).toContain('Perjanjian Kinerja Tahun 2025');
        expect(rowsOf(first, 'DinkesMalra.K0201', 'data-node')[0][2]).toBe('Rp 900.000.000');
        expect(first).toContain(', 10 Januari 2025');
        const amended = sheet(doc, 'DinkesMalra.KasiKesga', '2025-08-25');
        expect(amended).toContain('Perjanjian Kinerja Perubahan Tahun 2025');
        expect(amended).toContain('Lampiran Perjanjian Kinerja Perubahan Tahun 2025');
        expect(first).toContain('Lampiran Perjanjian Kinerja Tahun 2025');
        expect(htmlText(amended)).toContain('Perjanjian kinerja perubahan, ditandatangani 25 Agustus 2025, mengubah perjanjian kinerja yang ditandatangani 10 Januari 2025;');
        expect(rowsOf(amended, 'DinkesMalra.K0201', 'data-node')[0][2]).toBe('Rp 750.000.000 semula Rp 900.000.000');
        expect(rowsOf(amended, 'DinkesMalra.K0201', 'data-node')[0][3]).toContain('Pagu direvisi 20 Agustus 2025 (semula Rp 900.000.000): APBD Perubahan 2025');
        expect(htmlText(amended)).toContain(', 25 Agustus 2025');
        expect(amended).toContain('Fransina Rahayaan, S.ST.');
        const en = sheet(html('agreements', undefined, 'en'), 'DinkesMalra.KasiKesga', '2025-08-25');
        expect(en).toContain('Amended Performance Agreement 2025');
        expect(htmlText(en)).toContain('Amended performance agreement, signed on 25 August 2025, amending the agreement signed on 10 January 2025;');
    });

    it('the head of an organisation, acting now, is Plt. in the annual, quarterly and ranking reports', () => {
        expect(htmlText(orgSection(html('annual'), 'DinkesMalra'))).toContain('Perangkat daerah · Plt. Kepala Dinas Kesehatan: Yohanis Rahanra, S.K.M. · Renstra 2024–2026');
        expect(htmlText(orgSection(html('quarterly', 3), 'DinkesMalra'))).toContain('Plt. Kepala Dinas Kesehatan: Yohanis Rahanra, S.K.M.');
        expect(csvRows('annual', 'organisations').find(r => r['ID organisasi'] === 'DinkesMalra')!['Jabatan kepala']).toBe('Plt. Kepala Dinas Kesehatan');
        expect(csvRows('ranking', 'ranking').find(r => r['ID organisasi'] === 'DinkesMalra')!['Jabatan kepala']).toBe('Plt. Kepala Dinas Kesehatan');
        expect(csvRows('annual', 'organisations').find(r => r['ID organisasi'] === 'DinsosMalra')!['Jabatan kepala']).toBe('Kepala Dinas Sosial');
    });

    it('an acting official signs as Plt. before the position title, in every format', async () => {
        const edited = await loadMalra(files => {
            files['perjanjian-2025.kinerja'] = files['perjanjian-2025.kinerja'].replace('ditandatangani 2025-01-08', 'ditandatangani 2025-01-08\n    perubahan 2025-07-15');
        });
        const d = buildReportData('agreements', edited.model, edited.config, { year: 2025 });
        const amended = sheet(renderHtmlReport(d), 'DinkesMalra.Kadis', '2025-07-15');
        const text = htmlText(amended);
        expect(text).toContain('Nama : Yohanis Rahanra, S.K.M. Jabatan : Plt. Kepala Dinas Kesehatan');
        expect(text).toContain('Pihak Pertama, Plt. Kepala Dinas Kesehatan Yohanis Rahanra, S.K.M.');
        expect(text).not.toContain('Sri Wahyuni');
        // The revision of 10 July is in force on 15 July.
        expect(rowsOf(amended, 'DinkesMalra.IKU1')[0].at(-1)).toBe('80 persen semula 85 persen');
        // The head of the bidang signs with the Kadis in office on its own date.
        expect(htmlText(sheet(renderHtmlReport(d), 'DinkesMalra.KabidKesmas'))).toContain('dr. Sri Wahyuni Renwarin, M.Kes.');

        const tables = reportTables(d, 'id');
        const agreementsCsv = parse(renderCsv(tables.find(t => t.id === 'agreements')!, { separator: ',', lang: 'id' }), { bom: true, columns: true }) as Array<Record<string, string>>;
        const kadis = agreementsCsv.filter(r => r['ID jabatan'] === 'DinkesMalra.Kadis');
        expect(kadis.map(r => [r['Plt./Plh.'], r['Pejabat'], r['Ditandatangani'], r['PK perubahan'], r['Mengubah PK tanggal']])).toEqual([
            ['', 'dr. Sri Wahyuni Renwarin, M.Kes.', '2025-01-08', '', ''],
            ['Plt.', 'Yohanis Rahanra, S.K.M.', '2025-07-15', '2025-07-15', '2025-01-08']
        ]);
        const targetsCsv = parse(renderCsv(tables.find(t => t.id === 'targets')!, { separator: ',', lang: 'id' }), { bom: true, columns: true }) as Array<Record<string, string>>;
        expect(targetsCsv.filter(r => r['ID indikator'] === 'DinkesMalra.IKU1').map(r => [r['PK perubahan'], r['Target'], r['Target semula'], r['Tanggal revisi']]))
            .toEqual([['', '85', '', ''], ['2025-07-15', '80', '85', '2025-07-10']]);

        const md = renderMarkdown(d, { lang: 'id', version: '9.9.9' });
        expect(md).toContain('| Kepala Dinas Kesehatan | Plt&#46; | Yohanis Rahanra, S&#46;K&#46;M&#46; |'.replace(/&#46;/g, '.'));

        const xlsxBytes = await renderXlsx(tables, { lang: 'id', creator: 'kinerja 9.9.9' });
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(Buffer.from(xlsxBytes) as unknown as ExcelJS.Buffer);
        const rows = sheetRows(workbook, 'Perjanjian').filter(r => r['ID jabatan'] === 'DinkesMalra.Kadis');
        expect(rows.map(r => [r['Plt./Plh.'], r['Pejabat']])).toEqual([[null, 'dr. Sri Wahyuni Renwarin, M.Kes.'], ['Plt.', 'Yohanis Rahanra, S.K.M.']]);
        expect((rows[1]['PK perubahan'] as Date).toISOString().slice(0, 10)).toBe('2025-07-15');

        const contract = jsonReport(evaluateWorkspace(edited.model, edited.config, 2025));
        const documents = JSON.parse(JSON.stringify(kindJson(contract, d))).documents.filter((x: { position: { id: string } }) => x.position.id === 'DinkesMalra.Kadis');
        expect(documents.map((x: { firstParty: unknown; signedDate: string; amendment: unknown }) => [x.firstParty, x.signedDate, x.amendment])).toEqual([
            [{ title: 'Kepala Dinas Kesehatan', name: 'dr. Sri Wahyuni Renwarin, M.Kes.', nip: null, acting: null }, '2025-01-08', null],
            [{ title: 'Kepala Dinas Kesehatan', name: 'Yohanis Rahanra, S.K.M.', nip: null, acting: 'plt' }, '2025-07-15', { date: '2025-07-15', originalSigned: '2025-01-08' }]
        ]);
    });
});

describe.skipIf(!malraPresent)('catatan and bukti (examples/malra)', () => {
    const IKU1_NOTE = [
        'Analisis Persalinan di fasyankes naik setelah rumah tunggu kelahiran dibuka di Kei Besar.',
        'Kendala Akses laut ke pulau-pulau kecil terganggu cuaca buruk pada bulan Juli dan Agustus.',
        'Solusi Kerja sama transportasi laut dengan pemerintah desa untuk rujukan ibu bersalin.'
    ];
    function notesOf(doc: string, id: string): string | undefined {
        return new RegExp(`<article class="note-block" data-notes="${id.replace('.', '\\.')}">[\\s\\S]*?</article>`).exec(doc)?.[0];
    }
    const build = (kind: ReportKind, quarter: number | undefined, linkBase: string | undefined, model = malra.model) =>
        buildReportData(kind, model, malra.config, { year: 2025, quarter, linkBase });

    it('html: the year\'s notes in the annual report, the quarter\'s in the quarterly report, bukti linked relative to the output', () => {
        // The test workspace lives at memory:///ws/; a report written to /ws links bukti/…, one in /ws/out ../bukti/….
        const annual = renderHtmlReport(build('annual', undefined, '/ws'));
        const block = notesOf(annual, 'DinkesMalra.IKU1')!;
        expect(htmlText(block)).toContain(`Triwulan III 2025 ${IKU1_NOTE.join(' ')}`);
        expect(block).toContain('<a href="bukti/rekap-persalinan-2025-tw3.csv">Rekap persalinan triwulan III</a>');
        expect(htmlText(annual)).toContain('Analisis, kendala, dan solusi');
        expect(notesOf(renderHtmlReport(build('annual', undefined, '/ws/out')), 'DinkesMalra.IKU1')).toContain('<a href="../bukti/rekap-persalinan-2025-tw3.csv">');
        // Without a folder to link from: an absolute URL of the file.
        expect(notesOf(renderHtmlReport(build('annual', undefined, undefined)), 'DinkesMalra.IKU1')).toContain('<a href="memory:/ws/bukti/rekap-persalinan-2025-tw3.csv">');
        // Cut at tw2, the year so far has no note yet.
        expect(notesOf(renderHtmlReport(build('annual', 2, '/ws')), 'DinkesMalra.IKU1')).toBeUndefined();

        const q3 = renderHtmlReport(build('quarterly', 3, '/ws'), { language: 'en' });
        expect(htmlText(notesOf(q3, 'DinkesMalra.IKU1')!)).toContain('Quarter 3 2025 Analysis Persalinan di fasyankes naik');
        expect(htmlText(q3)).toContain('Analysis, obstacles and solutions');
        expect(notesOf(renderHtmlReport(build('quarterly', 2, '/ws')), 'DinkesMalra.IKU1')).toBeUndefined();
    });

    it('only http(s) URLs and relative paths become links; everything is escaped', () => {
        return loadMalra(files => {
            files['dinkes.kinerja'] = files['dinkes.kinerja'].replace('bukti 2025 tw3 "Rekap persalinan triwulan III" "bukti/rekap-persalinan-2025-tw3.csv"', [
                'bukti 2025 tw3 "Rekap persalinan triwulan III" "bukti/rekap-persalinan-2025-tw3.csv" terverifikasi 2025-10-03',
                'bukti 2025 "Dasbor <b>SIKDA</b>" "https://sikda.malra.go.id/laporan?tahun=2025&tw=3"',
                'bukti 2025 "Skrip" "javascript:alert(1)"',
                'bukti 2025 "Berkas lokal" "/etc/passwd"',
                'bukti 2025 "Berkas Windows" "C:\\\\data\\\\rekap.xlsx"',
                'bukti 2025 "Berbagi" "//server/bagi/rekap.xlsx"',
                'bukti 2025 "Spasi (1)" "bukti/rekap (final).csv"'
            ].join('\n            '));
        }).then(edited => {
            const d = build('annual', undefined, '/ws', edited.model);
            const doc = notesOf(renderHtmlReport(d), 'DinkesMalra.IKU1')!;
            const items = [...doc.matchAll(/<li>([\s\S]*?)<\/li>/g)].map(m => m[1]);
            expect(items).toEqual([
                '<a href="https://sikda.malra.go.id/laporan?tahun=2025&amp;tw=3">Dasbor &lt;b&gt;SIKDA&lt;/b&gt;</a> <span class="muted small">Tahun 2025 · https://sikda.malra.go.id/laporan?tahun=2025&amp;tw=3</span>',
                'Skrip <span class="muted small">Tahun 2025 · javascript:alert(1)</span>',
                'Berkas lokal <span class="muted small">Tahun 2025 · /etc/passwd</span>',
                'Berkas Windows <span class="muted small">Tahun 2025 · C:\\data\\rekap.xlsx</span>',
                'Berbagi <span class="muted small">Tahun 2025 · //server/bagi/rekap.xlsx</span>',
                '<a href="bukti/rekap%20(final).csv">Spasi (1)</a> <span class="muted small">Tahun 2025 · bukti/rekap (final).csv</span>',
                '<a href="bukti/rekap-persalinan-2025-tw3.csv">Rekap persalinan triwulan III</a> <span class="muted small">Triwulan III 2025 · bukti/rekap-persalinan-2025-tw3.csv · terverifikasi 3 Oktober 2025</span>'
            ]);

            const md = renderMarkdown(d, { lang: 'id', version: '9.9.9' });
            const evidence = md.split('#### Bukti dukung')[1].split('####')[0];
            expect(evidence).toContain('[Rekap persalinan triwulan III](bukti/rekap-persalinan-2025-tw3.csv)');
            expect(evidence).toContain('[Dasbor &lt;b&gt;SIKDA&lt;/b&gt;](https://sikda.malra.go.id/laporan?tahun=2025&amp;tw=3)');
            expect(evidence).toContain('[Spasi &#40;1&#41;](bukti/rekap%20%28final%29.csv)'.replace('&#40;', '(').replace('&#41;', ')'));
            expect(evidence).not.toMatch(/\]\((?:javascript|\/etc|C:|\/\/server)/);
            expect(evidence).toContain('| Skrip |');

            const csv = parse(renderCsv(reportTables(d, 'id').find(t => t.id === 'evidence')!, { separator: ',', lang: 'id' }), { bom: true, columns: true }) as Array<Record<string, string>>;
            expect(csv.map(r => [r['Judul'], r['Tautan'], r['Terverifikasi']])).toEqual([
                ['Dasbor <b>SIKDA</b>', 'https://sikda.malra.go.id/laporan?tahun=2025&tw=3', ''],
                ['Skrip', '', ''], ['Berkas lokal', '', ''], ['Berkas Windows', '', ''], ['Berbagi', '', ''],
                ['Spasi (1)', 'bukti/rekap%20(final).csv', ''],
                ['Rekap persalinan triwulan III', 'bukti/rekap-persalinan-2025-tw3.csv', '2025-10-03']
            ]);
        });
    });

    it('md, csv, xlsx and json: the notes of the year and period', async () => {
        const d = build('annual', undefined, '/ws');
        const md = renderMarkdown(d, { lang: 'id', version: '9.9.9' });
        const notes = mdRows(md, 'Persentase persalinan di fasilitas pelayanan kesehatan').find(r => r[1] === 'Triwulan III 2025')!;
        expect(notes.slice(2)).toEqual(IKU1_NOTE.map(n => n.slice(n.indexOf(' ') + 1)));
        const csv = parse(renderCsv(reportTables(d, 'id').find(t => t.id === 'notes')!, { separator: ';', lang: 'id' }), { bom: true, columns: true, delimiter: ';' }) as Array<Record<string, string>>;
        expect(csv.map(r => [r['ID indikator'], r['Periode'], r['Analisis'].slice(0, 13), r['Kendala'].slice(0, 10), r['Solusi'].slice(0, 10)]))
            .toEqual([['DinkesMalra.IKU1', 'Triwulan III 2025', 'Persalinan di', 'Akses laut', 'Kerja sama']]);
        const q2 = reportTables(build('quarterly', 2, '/ws'), 'id').find(t => t.id === 'notes')!;
        expect(q2.rows).toEqual([]);
        const workbook = await sheets('quarterly', 3);
        expect(sheetRows(workbook, 'Catatan').map(r => [r['ID indikator'], r['Periode'], r['Kendala']]))
            .toEqual([['DinkesMalra.IKU1', 'Triwulan III 2025', 'Akses laut ke pulau-pulau kecil terganggu cuaca buruk pada bulan Juli dan Agustus.']]);
        expect(sheetRows(workbook, 'Bukti dukung').map(r => [r['Judul'], r['Lokasi']])).toEqual([['Rekap persalinan triwulan III', 'bukti/rekap-persalinan-2025-tw3.csv']]);
        const dinkes = JSON.parse(JSON.stringify(kindJson(jsonReport(evaluateWorkspace(malra.model, malra.config, 2025)), d)))
            .organisations.find((o: { organisation: { id: string } }) => o.organisation.id === 'DinkesMalra');
        expect(dinkes.notes).toEqual([{
            node: expect.objectContaining({ id: 'DinkesMalra.SS1' }), indicator: expect.objectContaining({ id: 'DinkesMalra.IKU1', key: true }),
            notes: [{ period: 'tw3', analysis: expect.stringMatching(/^Persalinan/), obstacles: expect.stringMatching(/^Akses laut/), solutions: expect.stringMatching(/^Kerja sama/) }],
            evidence: [{ period: 'tw3', title: 'Rekap persalinan triwulan III', location: 'bukti/rekap-persalinan-2025-tw3.csv', link: 'bukti/rekap-persalinan-2025-tw3.csv', verified: null }]
        }]);
    });
});

describe.skipIf(!malraPresent)('bukti links through the CLI', () => {
    it('links relative to the --out file\'s folder, or to the current folder on standard output', () => {
        const file = join(MALRA, 'bukti', 'rekap-persalinan-2025-tw3.csv');
        const stdout = kinerja(['report', '.', '--year', '2025', '--kind', 'annual', '--format', 'html'], MALRA);
        expect(stdout.status).toBe(0);
        expect(stdout.stdout).toContain('<a href="bukti/rekap-persalinan-2025-tw3.csv">Rekap persalinan triwulan III</a>');
        const dir = mkdtempSync(join(tmpdir(), 'kinerja-bukti-'));
        try {
            const out = join(dir, 'laporan', 'lkjip.html');
            mkdirSync(dirname(out));
            const written = kinerja(['report', MALRA, '--year', '2025', '--quarter', '3', '--kind', 'quarterly', '--format', 'md', '--out', out]);
            expect(written.status).toBe(0);
            const href = relative(dirname(out), file).split(sep).map(encodeURIComponent).join('/');
            expect(readFileSync(out, 'utf8')).toContain(`[Rekap persalinan triwulan III](${href})`);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe.skipIf(!malraPresent)('catatan and bukti with planted markup', () => {
    it('are text in the HTML and markdown reports, the link attribute never broken', async () => {
        const lit = (text: string) => text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
        const edited = await loadMalra(files => {
            files['dinkes.kinerja'] = files['dinkes.kinerja']
                .replace('analisis "Persalinan', `analisis "${lit(SCRIPT)} ${lit(BREAKOUT)} Persalinan`)
                .replace('kendala "Akses', `kendala "${lit(TABLE)} Akses`)
                .replace('"Rekap persalinan triwulan III" "bukti/rekap-persalinan-2025-tw3.csv"', `"Rekap ${lit(IMG)}" "bukti/${lit(ATTRIBUTE)}.csv"`);
        });
        const d = buildReportData('annual', edited.model, edited.config, { year: 2025, linkBase: '/ws' });
        const doc = renderHtmlReport(d);
        expect(doc).not.toContain(SCRIPT);
        expect(doc).not.toContain(IMG);
        expect(doc).not.toContain(' onmouseover="window');
        expect(doc).toContain(`<a href="bukti/${encodeURIComponent(ATTRIBUTE).replace(/'/g, '&#39;')}.csv">`);
        expect(htmlText(doc)).toContain(`Analisis ${SCRIPT}`);
        const md = renderMarkdown(d, { lang: 'id', version: '9.9.9' });
        const notes = md.split('#### Catatan')[1].split('####')[0].trim().split('\n');
        expect(notes.length).toBe(3);
        expect(notes[2]).not.toMatch(/<script|!\[pwned\]|\n/);
        expect(md).not.toContain('](https://attacker');
    });
});

describe.skipIf(!malraPresent)('monthly figures in the quarterly report (examples/malra)', () => {
    it('html: the months of the quarter, s.d. figures marked', () => {
        const q3 = html('quarterly', 3);
        const head = /<table class="monthly fixed">[\s\S]*?<\/thead>/.exec(q3)![0];
        expect(htmlText(head)).toBe('Indikator kinerja Satuan Juli Agustus September');
        expect(rowsOf(q3, 'DinkesMalra.IKK01', 'data-monthly')[0].slice(1)).toEqual(['orang', '101', '96', '110']);
        expect(rowsOf(q3, 'DinkesMalra.IKK02', 'data-monthly')[0].slice(1)).toEqual(['orang', '—', '—', 's.d. 800']);
        expect(rowsOf(q3, 'DinkesMalra.IKU1', 'data-monthly')).toEqual([]);
        expect(htmlText(q3)).toContain('Angka bertanda s.d. adalah kumulatif sejak Januari.');
        const q2 = html('quarterly', 2, 'en');
        expect(htmlText(/<table class="monthly fixed">[\s\S]*?<\/thead>/.exec(q2)![0])).toBe('Indicator Unit April May June');
        expect(rowsOf(q2, 'DinkesMalra.IKK01', 'data-monthly')[0].slice(2)).toEqual(['98', '102', '97']);
        expect(rowsOf(q2, 'DinkesMalra.IKK02', 'data-monthly')[0].slice(2)).toEqual(['—', '—', 'up to 540']);
        // An organisation without monthly figures has no such table.
        expect(orgSection(q3, 'KabMalra')).not.toContain('class="monthly');
    });

    it('md, csv, xlsx and json: one row per figure, s.d. marked', async () => {
        const md = renderMarkdown(data('quarterly', 3), { lang: 'id', version: '9.9.9' });
        const monthly = md.split('#### Bulanan')[1].split('####')[0];
        expect(mdRows(monthly, 'Jumlah bayi baru lahir yang mendapatkan kunjungan neonatal')).toEqual([
            ['Jumlah bayi baru lahir yang mendapatkan kunjungan neonatal', 'orang', 'September', 's.d. 800']
        ]);
        expect(mdRows(monthly, 'Jumlah ibu hamil yang mendapatkan pelayanan antenatal').map(r => r.slice(2))).toEqual([['Juli', '101'], ['Agustus', '96'], ['September', '110']]);
        const csv = csvRows('quarterly', 'months', 3);
        expect(csv.map(r => [r['ID indikator'], r['Nomor bulan'], r['Kumulatif (s.d.)'], r['Realisasi']])).toEqual([
            ['DinkesMalra.IKK01', '7', 'tidak', '101'], ['DinkesMalra.IKK01', '8', 'tidak', '96'], ['DinkesMalra.IKK01', '9', 'tidak', '110'],
            ['DinkesMalra.IKK02', '9', 'ya', '800']
        ]);
        const workbook = await sheets('quarterly', 3);
        expect(sheetRows(workbook, 'Bulanan').map(r => [r['ID indikator'], r['Bulan'], r['Realisasi']]).at(-1)).toEqual(['DinkesMalra.IKK02', 'September', 800]);
        const dinkes = json('quarterly', 2).organisations.find((o: { organisation: { id: string } }) => o.organisation.id === 'DinkesMalra');
        expect(dinkes.monthly.find((r: { indicator: { id: string } }) => r.indicator.id === 'DinkesMalra.IKK02').months).toEqual([
            { month: 4, figures: [] }, { month: 5, figures: [] }, { month: 6, figures: [{ cumulative: true, value: 540, first: 4, last: 6 }] }
        ]);
    });
});

describe.skipIf(!malraPresent)('monthly spending in the quarterly report', () => {
    it('belanja per month shows in Rupiah beside the indicators', async () => {
        const edited = await loadMalra(files => {
            files['dinkes.kinerja'] = files['dinkes.kinerja'].replace('belanja 2025 tw3 Rp 210.000.000',
                'belanja 2025 jul Rp 70.000.000\n        belanja 2025 agu Rp 60.000.000\n        belanja 2025 sep Rp 80.000.000');
        });
        const d = buildReportData('quarterly', edited.model, edited.config, { year: 2025, quarter: 3 });
        expect(rowsOf(renderHtmlReport(d), 'DinkesMalra.K0201', 'data-monthly')[0].slice(1))
            .toEqual(['Rp', 'Rp 70.000.000', 'Rp 60.000.000', 'Rp 80.000.000']);
        const md = renderMarkdown(d, { lang: 'id', version: '9.9.9' });
        expect(mdRows(md.split('#### Bulanan')[1].split('####')[0], 'Pengelolaan Pelayanan Kesehatan Ibu Hamil dan Bayi Baru Lahir').map(r => r.slice(1)))
            .toEqual([['Rp', 'Juli', 'Rp 70.000.000'], ['Rp', 'Agustus', 'Rp 60.000.000'], ['Rp', 'September', 'Rp 80.000.000']]);
        // The same spending as the budget table: 510.000.000 up to tw3.
        expect(rowsOf(renderHtmlReport(d), 'DinkesMalra.K0201', 'data-node')[0][3]).toBe('Rp 510.000.000');
    });
});

describe.skipIf(!malraPresent)('crosscutting (lintas) in the pohon kinerja', () => {
    it('html: a dotted link to the other agency\'s node, from both sides, with the link in words', () => {
        for (const [kind, quarter] of [['annual', undefined], ['quarterly', 3]] as const) {
            const doc = html(kind, quarter);
            const dinkes = orgSection(doc, 'DinkesMalra');
            expect(dinkes.match(/<path class="crosscut"/g)).toHaveLength(1);
            expect(dinkes).toContain('<title>Lintas sektor: DinkesMalra.P02 — DinsosMalra.P01</title>');
            expect(htmlText(/<ul class="crosscutting">[\s\S]*?<\/ul>/.exec(dinkes)![0])).toBe(
                'Program 1.02.02 Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat (DinkesMalra) — lintas sektor — Program 1.06.05 Program Perlindungan dan Jaminan Sosial (DinsosMalra)');
            expect(htmlText(dinkes)).toContain('Garis titik-titik: kerja sama lintas sektor (lintas), bukan jenjang cascading.');
            // Dinsos, which did not write the lintas, shows it too.
            const dinsos = orgSection(doc, 'DinsosMalra');
            expect(dinsos.match(/<path class="crosscut"/g)).toHaveLength(1);
            expect(dinsos).toContain('Program Pemenuhan Upaya Kesehatan Perorangan');
            // Not a cascade parent: no elbow edge between the two.
            expect(orgSection(doc, 'InspektoratMalra')).not.toContain('crosscut');
        }
        expect(htmlText(orgSection(html('annual', undefined, 'en'), 'DinkesMalra'))).toContain('— crosscutting — Program 1.06.05');
    });

    it('md and json: a dotted mermaid link and the tree\'s crosscutting links', () => {
        const md = renderMarkdown(data('annual'), { lang: 'id', version: '9.9.9' });
        const links = md.split('\n').filter(l => l.includes('-.-'));
        expect(links).toHaveLength(2);
        for (const l of links) expect(l).toMatch(/^ {4}\w+ -\.-\|"lintas sektor"\| \w+$/);
        const dinkes = json('annual').organisations.find((o: { organisation: { id: string } }) => o.organisation.id === 'DinkesMalra');
        expect(dinkes.tree.crosscutting).toEqual([{ from: 'DinkesMalra.P02', to: 'DinsosMalra.P01' }]);
        const partner = dinkes.tree.nodes.find((n: { node: { id: string } }) => n.node.id === 'DinsosMalra.P01');
        expect([partner.external, partner.crosscutting]).toEqual([true, ['DinkesMalra.P02']]);
    });
});

describe.skipIf(!malraPresent)('monthly figures in the annual report (examples/malra)', () => {
    it('html: January to June, then July to December; cut at a quarter, up to its last month', () => {
        const annual = orgSection(html('annual'), 'DinkesMalra');
        const tables = [...annual.matchAll(/<table class="monthly fixed">[\s\S]*?<\/table>/g)].map(m => m[0]);
        expect(tables.map(t => htmlText(/<thead>[\s\S]*?<\/thead>/.exec(t)![0]))).toEqual([
            'Indikator kinerja Satuan Januari Februari Maret April Mei Juni',
            'Indikator kinerja Satuan Juli Agustus September Oktober November Desember'
        ]);
        expect(tables.map(t => rowsOf(t, 'DinkesMalra.IKK01', 'data-monthly')[0].slice(2))).toEqual([
            ['90', '95', '100', '98', '102', '97'], ['101', '96', '110', '—', '—', '—']
        ]);
        expect(tables.map(t => rowsOf(t, 'DinkesMalra.IKK02', 'data-monthly')[0].slice(2))).toEqual([
            ['—', '—', '—', '—', '—', 's.d. 540'], ['—', '—', 's.d. 800', '—', '—', '—']
        ]);
        const cut = orgSection(html('annual', 2), 'DinkesMalra');
        expect([...cut.matchAll(/<table class="monthly fixed">/g)]).toHaveLength(1);
        expect(rowsOf(cut, 'DinkesMalra.IKK02', 'data-monthly')[0].at(-1)).toBe('s.d. 540');
    });

    it('csv and json: every figure of the year', () => {
        const csv = csvRows('annual', 'months');
        expect(csv.filter(r => r['ID indikator'] === 'DinkesMalra.IKK01').map(r => r['Realisasi'])).toEqual(['90', '95', '100', '98', '102', '97', '101', '96', '110']);
        expect(csv.filter(r => r['ID indikator'] === 'DinkesMalra.IKK02').map(r => [r['Bulan'], r['Kumulatif (s.d.)'], r['Realisasi']]))
            .toEqual([['Juni', 'ya', '540'], ['September', 'ya', '800']]);
        const dinkes = json('annual').organisations.find((o: { organisation: { id: string } }) => o.organisation.id === 'DinkesMalra');
        expect(dinkes.monthly.map((r: { indicator: { id: string }; months: unknown[] }) => [r.indicator.id, r.months.length])).toEqual([['DinkesMalra.IKK01', 12], ['DinkesMalra.IKK02', 12]]);
    });
});
