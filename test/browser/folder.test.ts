/**
 * The HTML report as a folder (`--out DIR`), opened from disk (file://) in Debian
 * Chromium as an official would open it: the overview page, a click on an agency in its
 * table to that agency's page, the agency's tables and tree there, and the link back;
 * no request leaving the folder, no console error (the CSP would report one).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtmlFolder } from '../../src/report/html/folder.js';
import { buildReportData } from '../../src/report/kinds/index.js';
import { loadExamples } from '../report/examples.js';
import { launchChromium } from './browser.js';

let browser: Browser;
let dir: string;
let findings = -1;

beforeAll(async () => {
    const [examples, launched] = await Promise.all([loadExamples(), launchChromium()]);
    browser = launched;
    findings = examples.findings.length;
    dir = mkdtempSync(join(tmpdir(), 'kinerja-folder-'));
    const data = buildReportData('annual', examples.model, examples.config, { year: 2025, findings: examples.findings, linkBase: dir });
    for (const page of renderHtmlFolder(data).pages()) {
        mkdirSync(dirname(join(dir, page.path)), { recursive: true });
        writeFileSync(join(dir, page.path), page.html);
    }
});

afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the annual report as a folder, opened from disk', () => {
    it('goes from the overview to an agency page and back by its links', async () => {
        const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, serviceWorkers: 'block' });
        const requests: string[] = [];
        const errors: string[] = [];
        const page = await context.newPage();
        page.on('request', r => { requests.push(r.url()); });
        page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
        page.on('pageerror', e => { errors.push(String(e)); });
        const index = pathToFileURL(join(dir, 'index.html')).href;
        await page.goto(index, { waitUntil: 'load' });
        // The overview: the pemda's own section, and a row per agency linking to its page.
        expect(await page.$$eval('section.org', s => s.map(e => e.getAttribute('data-org')))).toEqual(['KabPaserSelatan']);
        const rows = await page.$$eval('table.overview-table tbody tr', trs => trs.map(tr => (tr as HTMLTableRowElement).cells[0].innerText.trim()));
        expect(rows).toContain('Dinas Kesehatan Kabupaten Paser Selatan');

        await Promise.all([page.waitForURL(/instansi\/Dinkes\.html$/), page.click('table.overview-table a:text("Dinas Kesehatan Kabupaten Paser Selatan")')]);
        expect(await page.$$eval('section.org', s => s.map(e => e.getAttribute('data-org')))).toEqual(['Dinkes']);
        expect(await page.$$eval('section[data-org="Dinkes"] svg.tree g.tnode', n => n.length)).toBe(9);
        expect(await page.$eval('section[data-org="Dinkes"] table.achievement tbody tr[data-indicator]', r => (r as HTMLElement).innerText)).toMatch(/%/);
        expect(await page.title()).toMatch(/^Dinas Kesehatan Kabupaten Paser Selatan — Laporan Kinerja/);

        await Promise.all([page.waitForURL(/\/index\.html$/), page.click('nav.folder-nav a')]);
        expect(page.url()).toBe(index);
        await Promise.all([page.waitForURL(/temuan\.html$/), page.click('a[href="temuan.html"]')]);
        expect(await page.$$eval('table.findings tbody tr', r => r.length)).toBe(findings);

        expect(errors).toEqual([]);
        const base = pathToFileURL(dir).href;
        expect(requests.filter(r => !r.startsWith(base) && !r.startsWith('data:'))).toEqual([]);
        await context.close();
    });
});
