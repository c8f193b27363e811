/**
 * The playground (docs/playground.md) in Chromium, opened from disk (file://) and from a
 * local HTTP server: the language server starts in a web worker from a Blob URL, the
 * findings of the example workspace show, a number typed in English notation (`19.29`)
 * becomes a `number-format` finding at its line, its quick fix writes `19,29` and the
 * finding goes, and the report preview renders the LKjIP. Nothing is requested outside
 * the playground's folder. Prints the load and first-diagnostics times.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli-run.js';
import { launchChromium } from './browser.js';

const OUT = join(ROOT, 'out', 'playground');
let browser: Browser;
let server: Server;
let httpOrigin: string;

beforeAll(async () => {
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-playground.mjs')], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build-playground failed:\n${build.stderr}`);
    expect(existsSync(join(OUT, 'index.html'))).toBe(true);
    server = createServer((request, response) => {
        const path = normalize(join(OUT, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
        const file = path.endsWith('/') ? join(path, 'index.html') : path;
        if (!file.startsWith(OUT) || !existsSync(file)) {
            response.writeHead(404).end();
            return;
        }
        const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : file.endsWith('.css') ? 'text/css' : 'text/javascript';
        response.writeHead(200, { 'content-type': type });
        createReadStream(file).pipe(response);
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    httpOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
}, 120_000);

afterAll(async () => {
    await browser?.close();
    await new Promise(resolve => server?.close(resolve));
});

interface Opened {
    page: Page;
    errors: string[];
    outside: string[];
    timings: Record<string, number>;
}

async function open(url: string, allowed: (requested: string) => boolean): Promise<Opened> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' });
    const errors: string[] = [];
    const outside: string[] = [];
    await context.route('**/*', async route => {
        const requested = route.request().url();
        if (allowed(requested) || requested.startsWith('data:') || requested.startsWith('blob:')) await route.continue();
        else {
            outside.push(requested);
            await route.abort('blockedbyclient');
        }
    });
    const page = await context.newPage();
    page.on('pageerror', e => errors.push(String(e)));
    page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.kinerjaPlayground?.timings?.firstDiagnostics !== undefined, null, { timeout: 30_000 });
    const timings = await page.evaluate(() => ({ ...(window.kinerjaPlayground.timings as Record<string, number>), load: performance.getEntriesByType('navigation')[0].duration }));
    return { page, errors, outside, timings };
}

const findings = (page: Page) => page.$$eval('#problems-list li', items => items.map(i => {
    const d = (i as HTMLElement).dataset;
    return `${d.file}:${d.line}:${d.column} ${d.code}`;
}));

async function typeFixAndPreview(url: string, allowed: (requested: string) => boolean): Promise<void> {
    const { page, errors, outside, timings } = await open(url, allowed);
    console.log(`playground ${url.split(':')[0]}: load ${timings.load.toFixed(0)} ms, server ready ${timings.serverReady.toFixed(0)} ms, first diagnostics ${timings.firstDiagnostics.toFixed(0)} ms after the navigation started`);
    // The example workspace is clean: its cross-file references resolve.
    expect(await findings(page)).toEqual([]);
    await expect.poll(() => page.frameLocator('#report').locator('h1').first().textContent(), { timeout: 20_000 })
        .toBe('Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2025');

    await page.click('#files button:has-text("realisasi-2025.kinerja")');
    expect(await page.evaluate(() => (window.kinerjaPlayground.editor as { getModel(): { getLineContent(n: number): string } }).getModel().getLineContent(6))).toBe('    APS 95,80');
    // Select the realisation of APS (line 6) and type over it.
    await page.click('.monaco-editor .view-lines');
    await page.keyboard.press('Control+Home');
    for (let i = 1; i < 6; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.type('19.29');
    await page.waitForSelector('#problems-list li[data-code="number-format"]', { timeout: 20_000 });
    expect(await findings(page)).toEqual(['realisasi-2025.kinerja:6:9 number-format']);
    expect(await page.textContent('#problems-list li[data-code="number-format"] .message'))
        .toBe("Angka '19.29' ambigu: titik hanya untuk pemisah ribuan (kelompok tiga angka) dan desimal memakai koma. Tulis '19,29' bila maksudnya desimal.");
    // The marker in the editor, at the number.
    expect(await page.evaluate(() => (window.kinerjaPlayground.monaco as typeof import('monaco-editor/editor/editor.api.js')).editor.getModelMarkers({})
        .map(m => `${m.resource.path}:${m.startLineNumber}:${m.startColumn}-${m.endColumn} ${String(m.code)}`)))
        .toEqual(['/contoh/realisasi-2025.kinerja:6:9-14 number-format']);
    await page.waitForSelector('.monaco-editor .squiggly-error');

    // The quick fix: Ctrl+. on the number, the fix offered first, Enter.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+.');
    await page.waitForSelector('.action-widget :text("Ganti dengan \'19,29\'")', { timeout: 10_000 });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window.kinerjaPlayground.editor as { getModel(): { getLineContent(n: number): string } }).getModel().getLineContent(6)))
        .toBe('    APS 19,29');
    await expect.poll(() => findings(page), { timeout: 20_000 }).not.toContain('realisasi-2025.kinerja:6:9 number-format');
    expect(await page.$$('.monaco-editor .squiggly-error')).toHaveLength(0);
    // 19,29 of 96,50 is a low achievement: the report follows the edit.
    expect(await findings(page)).toEqual(['realisasi-2025.kinerja:6:5 low-achievement']);
    await expect.poll(() => page.frameLocator('#report').locator('body').textContent(), { timeout: 20_000 }).toContain('19,99%');

    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
}

describe('the playground', () => {
    it('from disk (file://): the server starts from a Blob, a typed 19.29 is found, fixed to 19,29, and the report renders', async () => {
        const base = pathToFileURL(OUT).href;
        await typeFixAndPreview(`${base}/index.html`, requested => requested.startsWith(base + '/'));
    }, 120_000);

    it('from a static HTTP server: the same', async () => {
        await typeFixAndPreview(`${httpOrigin}/index.html`, requested => requested.startsWith(httpOrigin + '/'));
    }, 120_000);
});
