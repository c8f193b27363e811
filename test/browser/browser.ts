/**
 * Debian Chromium for the report tests, through playwright-core (no browser download):
 * a fresh profile per launch, no background networking, and every page served from a
 * fake origin by a route that refuses any other request, so a report that tried to
 * fetch anything (a font, an image, a script) fails the test.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const ORIGIN = 'http://report.kinerja.invalid';

export async function launchChromium(): Promise<Browser> {
    if (!existsSync(CHROMIUM)) {
        throw new Error(`${CHROMIUM} is missing: run "bash scripts/install-chromium.sh" (npm run test:reports does it first)`);
    }
    return chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync']
    });
}

export interface OpenedReport {
    context: BrowserContext;
    page: Page;
    /** Every request the page made, in order (the document itself first). */
    requests: string[];
    /** Requests the route refused (anything but the document and data: URLs). */
    refused: string[];
    /** Console errors and page errors (CSP violations show up here). */
    errors: string[];
}

/** Opens an HTML string as `${ORIGIN}/${name}` in a fresh context. */
export async function openReport(browser: Browser, name: string, html: string, viewport = { width: 1200, height: 900 }): Promise<OpenedReport> {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, javaScriptEnabled: true, serviceWorkers: 'block' });
    const url = `${ORIGIN}/${name}`;
    const requests: string[] = [];
    const refused: string[] = [];
    const errors: string[] = [];
    await context.route('**/*', async route => {
        const requested = route.request().url();
        if (requested === url) {
            await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
        } else if (requested.startsWith('data:')) {
            await route.continue();
        } else {
            refused.push(requested);
            await route.abort('blockedbyclient');
        }
    });
    const page = await context.newPage();
    page.on('request', r => { requests.push(r.url()); });
    page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', e => { errors.push(String(e)); });
    await page.goto(url, { waitUntil: 'load' });
    return { context, page, requests, refused, errors };
}

/** The trimmed text of each cell of the rows matching `selector`. */
export async function cells(page: Page, selector: string): Promise<string[][]> {
    return page.$$eval(selector, rows => rows.map(r =>
        Array.from((r as HTMLTableRowElement).cells).map(c => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim())));
}

export async function cellsOf(page: Page, selector: string): Promise<string[]> {
    const rows = await cells(page, selector);
    if (rows.length !== 1) throw new Error(`expected one row for ${selector}, found ${rows.length}`);
    return rows[0];
}
