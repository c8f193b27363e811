/**
 * `<script>`, `<img onerror>`, a quote breaking out of an attribute, a `javascript:`
 * link and a style sheet loading a URL, planted in names, titles, officials, codes, units
 * and agreement fields of a copy of the examples: in every report kind, opened in
 * Chromium, nothing runs (`window.__pwned` stays undefined), no element or attribute is
 * injected, no link leads anywhere but inside the report, nothing is loaded, and the
 * text appears literally. Checked twice: as generated, and with the Content-Security-Policy
 * removed, so escaping alone is shown to be enough.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP, renderHtml } from '../../src/report/html/index.js';
import { REPORT_KINDS, type ReportKind } from '../../src/report/kinds/index.js';
import { loadExamples } from '../report/examples.js';
import { ATTRIBUTE, IMG, LINK, PLANTED, plant, SCRIPT, STYLE } from '../report/hostile.js';
import { launchChromium, openReport } from './browser.js';
import { makeNonce, secureReportHtml } from '../../src/extension/webview-html.js';

const OPTIONS: Record<ReportKind, { year: number; quarter?: number; lowest?: number }> = {
    annual: { year: 2025 }, quarterly: { year: 2025, quarter: 3 }, ranking: { year: 2025, lowest: 1 }, agreements: { year: 2025 }, lke: { year: 2025 }, e81: { year: 2025, quarter: 3 }
};

/** The planted texts each kind shows in its HTML text (not only inside SVG). */
const VISIBLE: Record<ReportKind, string[]> = {
    annual: [PLANTED.agency, PLANTED.pemda, PLANTED.indicator, PLANTED.sasaran, PLANTED.program, PLANTED.code, PLANTED.unit, PLANTED.official],
    quarterly: [PLANTED.agency, PLANTED.pemda, PLANTED.indicator, PLANTED.program, PLANTED.code, PLANTED.unit],
    ranking: [PLANTED.agency, PLANTED.pemda, PLANTED.official],
    agreements: [PLANTED.agency, PLANTED.pemda, PLANTED.official, PLANTED.position, PLANTED.secondParty, PLANTED.place, PLANTED.sasaran, PLANTED.indicator],
    lke: [PLANTED.agency, PLANTED.pemda, PLANTED.official],
    e81: [PLANTED.agency, PLANTED.pemda, PLANTED.indicator, PLANTED.sasaran, PLANTED.program, PLANTED.code, PLANTED.unit]
};

let browser: Browser;
const html = new Map<ReportKind, string>();

beforeAll(async () => {
    const [hostile, launched] = await Promise.all([loadExamples(plant), launchChromium()]);
    browser = launched;
    for (const kind of REPORT_KINDS) html.set(kind, renderHtml(kind, hostile.model, hostile.config, { ...OPTIONS[kind], findings: hostile.findings }));
});

afterAll(async () => { await browser?.close(); });

describe.each(REPORT_KINDS)('%s report with planted markup', kind => {
    it.each([
        ['as generated', (doc: string) => doc],
        ['without its CSP', (doc: string) => {
            const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}">`;
            if (!doc.includes(meta)) throw new Error('CSP meta not found');
            return doc.replace(meta, '');
        }]
    ] as const)('%s: nothing runs, nothing is injected, the text shows literally', async (_label, variant) => {
        const o = await openReport(browser, `hostile-${kind}.html`, variant(html.get(kind)!));
        try {
            await o.page.waitForTimeout(50);
            expect(await o.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
            expect(await o.page.evaluate(() => document.querySelectorAll('script, img, iframe, object, embed').length)).toBe(0);
            expect(await o.page.evaluate(() => [...document.querySelectorAll('*')].some(e => [...e.attributes].some(a => a.name.startsWith('on'))))).toBe(false);
            // Injected attributes or links: only the report's own in-page links, no autofocus.
            expect(await o.page.evaluate(() => [...document.querySelectorAll('[href], [src], [action], [formaction], [autofocus], #pwnlink')]
                .map(e => `${e.localName} ${e.getAttribute('href') ?? e.getAttribute('src') ?? ''}`)
                .filter(t => !/^a #[\w-]+$/.test(t)))).toEqual([]);
            expect(await o.page.evaluate(() => document.querySelectorAll('style').length)).toBe(1);
            // Hovering and focusing what the planted text sits in runs nothing either.
            await o.page.mouse.move(300, 300);
            await o.page.keyboard.press('Tab');
            expect(await o.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
            expect(o.refused).toEqual([]);
            const text = await o.page.evaluate(() => (document.body.textContent ?? '').replace(/\s+/g, ' '));
            for (const planted of VISIBLE[kind]) expect(text.includes(planted), planted).toBe(true);
            expect([SCRIPT, IMG, ATTRIBUTE, LINK, STYLE].some(p => text.includes(p))).toBe(true);
        } finally {
            await o.context.close();
        }
    });
});

describe('planted markup inside SVG', () => {
    it('stays text in chart labels, tooltips and tree nodes', async () => {
        const o = await openReport(browser, 'hostile-annual-svg.html', html.get('annual')!);
        try {
            const svgText = await o.page.$$eval('svg', svgs => svgs.map(s => s.textContent ?? '').join('\n'));
            expect(svgText.includes(`IKU1 · ${PLANTED.indicator}`)).toBe(true);
            expect(svgText.includes(PLANTED.program)).toBe(true);
            expect(await o.page.$$eval('svg *', els => els.filter(e => !['svg', 'g', 'path', 'rect', 'line', 'circle', 'text', 'title'].includes(e.localName)).map(e => e.localName))).toEqual([]);
            expect(await o.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
        } finally {
            await o.context.close();
        }
    });
});

describe('the report preview webview (the same report, hardened for VS Code)', () => {
    it.each(REPORT_KINDS)('%s: only the preview\'s own script runs, also with a hostile focus id', async kind => {
        const nonce = makeNonce();
        const focus = ['</script><script>window.__pwned=1</script>', `"]${SCRIPT}`, 'Dinkes.IKU1'];
        const doc = secureReportHtml(html.get(kind)!, nonce, focus)
            // Stands in for the VS Code API the webview provides.
            .replace('<head>', `<head><script nonce="${nonce}">window.acquireVsCodeApi=function(){return{getState:function(){},setState:function(){}};};</script>`);
        const o = await openReport(browser, `webview-${kind}.html`, doc);
        try {
            await o.page.waitForTimeout(50);
            await o.page.mouse.move(300, 300);
            await o.page.keyboard.press('Tab');
            expect(await o.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
            expect(await o.page.evaluate(() => [...document.querySelectorAll('script')].map(s => s.getAttribute('nonce')))).toEqual([nonce, nonce]);
            expect(await o.page.evaluate(() => document.querySelectorAll('img, iframe, object, embed, link, base').length)).toBe(0);
            expect(o.refused).toEqual([]);
            expect(o.errors).toEqual([]);
        } finally {
            await o.context.close();
        }
    });
});
