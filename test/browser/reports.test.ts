/**
 * Every report kind rendered from the project's examples to HTML files, opened in
 * Debian Chromium: the numbers in the tables (exact Indonesian strings), the charts
 * and the tree drawn as SVG, no request leaving the page, no console error (the CSP
 * would report one), A4 printing, and full-page screenshots: into a temporary folder,
 * or into the folder KINERJA_SCREENSHOTS names (`npm run screenshots` gives docs/images/).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml, type HtmlReportOptions } from '../../src/report/html/index.js';
import type { ReportKind } from '../../src/report/kinds/index.js';
import { loadExamples } from '../report/examples.js';
import { cells, cellsOf, launchChromium, openReport, ORIGIN, type OpenedReport } from './browser.js';

const IMAGES = process.env.KINERJA_SCREENSHOTS ? resolve(process.env.KINERJA_SCREENSHOTS) : mkdtempSync(join(tmpdir(), 'kinerja-screenshots-'));
const OPTIONS: Record<ReportKind, Omit<HtmlReportOptions, 'findings'>> = {
    annual: { year: 2025 },
    quarterly: { year: 2025, quarter: 3 },
    ranking: { year: 2025, lowest: 1 },
    agreements: { year: 2025 }
};

const PREVIEW_FROM: Partial<Record<ReportKind, string>> = { annual: 'section.org[data-org="Dinkes"]' };

let browser: Browser;
let dir: string;
const files = new Map<ReportKind, string>();
const opened = new Map<ReportKind, OpenedReport>();

beforeAll(async () => {
    const [examples, launched] = await Promise.all([loadExamples(), launchChromium()]);
    browser = launched;
    dir = mkdtempSync(join(tmpdir(), 'kinerja-reports-'));
    for (const kind of Object.keys(OPTIONS) as ReportKind[]) {
        const file = join(dir, `report-${kind}.html`);
        writeFileSync(file, renderHtml(kind, examples.model, examples.config, { ...OPTIONS[kind], findings: examples.findings }));
        files.set(kind, file);
    }
});

afterAll(async () => {
    for (const o of opened.values()) await o.context.close();
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (!process.env.KINERJA_SCREENSHOTS) rmSync(IMAGES, { recursive: true, force: true });
});

async function open(kind: ReportKind): Promise<OpenedReport> {
    let o = opened.get(kind);
    if (!o) {
        o = await openReport(browser, `report-${kind}.html`, readFileSync(files.get(kind)!, 'utf8'));
        opened.set(kind, o);
    }
    return o;
}

describe.each(Object.keys(OPTIONS) as ReportKind[])('%s report in Chromium', kind => {
    it('loads from its file with no other request and no console error, and saves a screenshot', async () => {
        const o = await open(kind);
        expect(o.requests).toEqual([`${ORIGIN}/report-${kind}.html`]);
        expect(o.refused).toEqual([]);
        expect(o.errors).toEqual([]);
        expect(await o.page.evaluate(() => document.querySelectorAll('script, img, iframe, object, embed, link').length)).toBe(0);
        expect(await o.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content'))
            .toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        mkdirSync(IMAGES, { recursive: true });
        await o.page.screenshot({ path: join(IMAGES, `report-${kind}.png`), fullPage: true });
        // A shorter preview for the README: the top of the report, or for the annual
        // report the start of one agency's chapter (its tables and charts).
        const from = PREVIEW_FROM[kind] ? await o.page.$eval(PREVIEW_FROM[kind]!, e => e.getBoundingClientRect().top + window.scrollY - 16) : 0;
        await o.page.screenshot({ path: join(IMAGES, `report-${kind}-preview.png`), fullPage: true, clip: { x: 0, y: from, width: 1200, height: 1500 } });
        for (const name of [`report-${kind}.png`, `report-${kind}-preview.png`]) {
            expect(readFileSync(join(IMAGES, name)).subarray(1, 4).toString('latin1'), name).toBe('PNG');
        }
    });
});

describe('annual report numbers', () => {
    it('shows achievement per sasaran with unit, target, realisation, achievement and category', async () => {
        const { page } = await open('annual');
        const iku1 = await cellsOf(page, 'section[data-org="Dinkes"] table.achievement tr[data-indicator="Dinkes.IKU1"]');
        expect(iku1).toEqual(['1', 'Prevalensi balita stunting Dinkes.IKU1', 'persen', '16', '16,4', '97,50%', 'Sangat Tinggi']);
        const ikk01 = await cellsOf(page, 'section[data-org="Dinkes"] table.achievement tr[data-indicator="Dinkes.IKK01"]');
        expect(ikk01.slice(2)).toEqual(['orang', '3.100', '2.295', '74,03%', 'Sedang']);
        const iku2 = await cellsOf(page, 'section[data-org="Disdik"] table.achievement tr[data-indicator="Disdik.IKU2"]');
        expect(iku2.slice(2)).toEqual(['indeks', '80 – 90', '84,2', '100,00%', 'Sangat Tinggi']);
        const iku2Dinkes = await cellsOf(page, 'section[data-org="Dinkes"] table.achievement tr[data-indicator="Dinkes.IKU2"]');
        expect(iku2Dinkes.slice(2)).toEqual(['per 1.000 kelahiran hidup', '9', '—', 'belum ada realisasi', '']);
    });

    it('compares with 2024 and the Renstra target', async () => {
        const { page } = await open('annual');
        const heads = await page.$$eval('section[data-org="Dinkes"] table.comparison thead tr:first-child th', ths => ths.map(t => (t as HTMLElement).innerText.trim()));
        expect(heads).toEqual(['Indikator kinerja', 'Satuan', '2024', '2025', 'Target akhir Renstra (2026)']);
        const iku1 = await cellsOf(page, 'section[data-org="Dinkes"] table.comparison tr[data-indicator="Dinkes.IKU1"]');
        expect(iku1.slice(2)).toEqual(['17,9', '103,24%', '16', '16,4', '97,50%', '—', '—']);
    });

    it('lists the budget with absorption and efficiency, and the totals', async () => {
        const { page } = await open('annual');
        expect((await cellsOf(page, 'section[data-org="Dinkes"] table.budget tr[data-node="Dinkes.P0202"]')).slice(2))
            .toEqual(['Rp 4.350.000.000', 'Rp 2.910.000.000', '66,90%']);
        expect((await cellsOf(page, 'section[data-org="Bappeda"] table.budget tr[data-node="Bappeda.K050202"]')).slice(2))
            .toEqual(['Rp 500.000.000', 'Rp 240.000.000', '48,00%']);
        expect(await cellsOf(page, 'section[data-org="Dinkes"] table.budget tr.total')).toEqual(['', 'Jumlah', 'Rp 4.775.000.000', 'Rp 3.195.000.000', '66,91%']);
        expect(await cellsOf(page, 'section[data-org="Dinkes"] table.efficiency tr.total')).toEqual(['Perangkat daerah (total)', '97,50%', '66,91%', '+30,59', 'Efisien']);
        const summary = await cells(page, 'section[data-org="Dinkes"] table.summary tbody tr');
        expect(summary.map(r => r.join(' | '))).toEqual([
            'Sangat Tinggi | 3 | 33,33%', 'Tinggi | 1 | 11,11%', 'Sedang | 4 | 44,44%', 'Rendah | 0 | 0,00%', 'Sangat Rendah | 0 | 0,00%',
            'Tidak dapat dihitung | 1 | 11,11%', 'Jumlah | 9 | 100,00%'
        ]);
    });

    it('draws achievement bars coloured by category and the cascade tree as SVG', async () => {
        const { page } = await open('annual');
        const bars = await page.$$eval('section[data-org="Dinkes"] svg.bars', svgs => svgs.length);
        expect(bars).toBeGreaterThanOrEqual(2);
        const iku1Bar = await page.$eval('section[data-org="Dinkes"] svg.bars rect.bar', r => r.getAttribute('fill'));
        expect(iku1Bar).toBe('#1e7b45');
        const tree = await page.$$eval('section[data-org="Dinkes"] svg.tree g.tnode', nodes => nodes.map(n => ({
            title: n.querySelector('title')!.textContent, fill: n.querySelector('rect')!.getAttribute('fill')
        })));
        expect(tree).toHaveLength(9);
        const program = tree.find(n => n.title!.startsWith('Dinkes.P0202'))!;
        expect(program.title).toContain('73,33% · Sedang');
        expect(program.fill).toBe('#fbf1d0');
        const box = await page.$eval('section[data-org="Dinkes"] svg.tree', s => s.getBoundingClientRect().width);
        expect(box).toBeGreaterThan(300);
    });
});

describe('quarterly report numbers', () => {
    it('shows progress against the quarter plan with trend sparklines and status', async () => {
        const { page } = await open('quarterly');
        const ikk04 = await cellsOf(page, 'section[data-org="Disdik"] table.progress tr[data-indicator="Disdik.IKK04"]');
        expect(ikk04.slice(1, 7)).toEqual(['tw3', '42', '35', '83,33%', '42', '83,33%']);
        expect(ikk04[8]).toBe('Tertinggal');
        const ikk01 = await cellsOf(page, 'section[data-org="Dinkes"] table.progress tr[data-indicator="Dinkes.IKK01"]');
        expect(ikk01.slice(1, 7)).toEqual(['tw3', '2.325', '2.295', '98,71%', '3.100', '74,03%']);
        const iku2 = await cellsOf(page, 'section[data-org="Disdik"] table.progress tr[data-indicator="Disdik.IKU2"]');
        expect(iku2.slice(1, 5)).toEqual(['tw2', '80 – 90', '84,2', '100,00%']);
        const spark = await page.$eval('section[data-org="Dinkes"] tr[data-indicator="Dinkes.IKK03"] svg.spark title', t => t.textContent);
        expect(spark).toBe('tw1: 108,33%, tw2: 104,55%, tw3: 104,38%');
    });

    it('lists the indicators behind plan for the region and per agency', async () => {
        const { page } = await open('quarterly');
        const region = await cells(page, 'section.overview table.behind tbody tr');
        expect(region).toEqual([['Dinas Pendidikan Kabupaten Paser Selatan', 'Jumlah SMP yang difasilitasi dalam Asesmen Nasional Disdik.IKK04', 'tw3', '42', '35', '83,33%', 'Tertinggal']]);
        expect(await cells(page, 'section[data-org="Disdik"] table.behind tbody tr')).toHaveLength(1);
        expect(await page.$eval('section[data-org="Dinkes"] p.empty', p => (p as HTMLElement).innerText)).toBe('Tidak ada indikator yang tertinggal dari rencana.');
    });

    it('compares absorption with the expected curve', async () => {
        const { page } = await open('quarterly');
        expect((await cellsOf(page, 'section[data-org="Bappeda"] table.budget tr[data-node="Bappeda.K050202"]')).slice(2))
            .toEqual(['Rp 500.000.000', 'Rp 240.000.000', '48,00%', '65,00%', 'Di bawah harapan']);
        expect(await cellsOf(page, 'section[data-org="Dinkes"] table.budget tr.total'))
            .toEqual(['', 'Jumlah', 'Rp 4.775.000.000', 'Rp 3.195.000.000', '66,91%', '65,00%', 'Sesuai harapan']);
        const overview = await cellsOf(page, 'section.overview table.overview-table tr:has(a[href="#org-Dinkes"])');
        expect(overview.slice(1)).toEqual(['100,61%', 'Sangat Tinggi', '66,91%', '65,00%', '0']);
        const trend = await page.$$eval('section[data-org="Dinkes"] svg.trend circle title', ts => ts.map(t => t.textContent));
        expect(trend).toContain('Nilai kinerja, tw3: 100,61%');
        expect(trend).toContain('Serapan, tw2: 42,48%');
        expect(trend).toContain('Kurva harapan serapan, tw4: 90,00%');
    });
});

describe('ranking numbers', () => {
    it('orders agencies by score with absorption beside and flags the lowest', async () => {
        const { page } = await open('ranking');
        const rows = await cells(page, 'h2#ranking + table.ranking tbody tr');
        expect(rows.map(r => [r[0], r[1], r[3], r[4], r[5], r[6], r[7]])).toEqual([
            ['1', 'Dinas Pendidikan Kabupaten Paser Selatan Disdik', '100,00%', 'Sangat Tinggi', '68,07%', '1', '—'],
            ['2', 'Dinas Kesehatan Kabupaten Paser Selatan Dinkes', '97,50%', 'Sangat Tinggi', '66,91%', '1', 'Perlu pendampingan']
        ]);
        expect(rows[1][2]).toBe('dr. Hj. Rahmawati Syarif, M.Kes. Kepala Dinas Kesehatan');
        const unranked = await cells(page, 'h2#unranked + table.ranking tbody tr');
        expect(unranked.map(r => [r[0], r[1], r[3], r[5]])).toEqual([['—', 'Badan Perencanaan Pembangunan Daerah Kabupaten Paser Selatan Bappeda', '—', '60,69%']]);
    });
});

describe('agreements', () => {
    it('has one sheet per official with parties, place and date, and the appendix tables', async () => {
        const { page } = await open('agreements');
        expect(await page.$$eval('section.sheet', s => s.length)).toBe(16);
        const sheet = 'section.sheet[data-position="Dinkes.Kadis"]';
        expect(await page.$eval(`${sheet} .signatures .place`, p => (p as HTMLElement).innerText)).toBe('Sungai Lendang, 6 Januari 2025');
        expect(await cells(page, `${sheet} table.parties tr`)).toEqual([
            ['Nama', ':', 'dr. Hj. Rahmawati Syarif, M.Kes.'], ['Jabatan', ':', 'Kepala Dinas Kesehatan'], ['NIP', ':', '197203152000032004'],
            ['Nama', ':', '………………………………'], ['Jabatan', ':', 'Bupati Paser Selatan']
        ]);
        expect(await cells(page, `${sheet} table.targets tbody tr`)).toEqual([
            ['1', 'Meningkatnya derajat kesehatan masyarakat', 'Prevalensi balita stunting', '16 persen'],
            ['Angka kematian bayi', '9 per 1.000 kelahiran hidup']
        ]);
        expect(await cells(page, `${sheet} table.budget tbody tr`)).toEqual([
            ['1', 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat (1.02.02)', 'Rp 4.350.000.000', 'APBD Tahun Anggaran 2025'],
            ['2', 'Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan (1.02.03)', 'Rp 425.000.000', 'APBD Tahun Anggaran 2025'],
            ['', 'Jumlah', 'Rp 4.775.000.000', '']
        ]);
        const kabid = 'section.sheet[data-position="Dinkes.KabidKesmas"]';
        expect(await page.$eval(`${kabid} .signatures .place`, p => (p as HTMLElement).innerText)).toBe('Sungai Lendang, 7 Januari 2025');
    });

    it('prints on A4: every agreement starts a page and its appendix another', async () => {
        const { page } = await open('agreements');
        const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
        expect(pages).toBeGreaterThanOrEqual(1 + 16 * 2);
        const size = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
        expect(size && [Math.round(Number(size[1])), Math.round(Number(size[2]))]).toEqual([595, 842]);
    });
});
