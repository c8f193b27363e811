/**
 * What officials read, laid out whole in Chromium (this machine has neither Arial nor
 * Liberation Sans, only DejaVu Sans, the widest of the usual fallbacks): in every report
 * kind of the examples, and of a copy with budgets of trillions, no card value, chart
 * label or status pill runs out of its box, and no report names a developer's file.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html/index.js';
import { REPORT_KINDS, type ReportKind } from '../../src/report/kinds/index.js';
import { loadExamples, replaceIn } from '../report/examples.js';
import { loadMalra, malraPresent } from '../report/malra.js';
import { launchChromium, openReport } from './browser.js';

const OPTIONS: Record<ReportKind, { year: number; quarter?: number; lowest?: number }> = {
    annual: { year: 2025 }, quarterly: { year: 2025, quarter: 3 }, ranking: { year: 2025, lowest: 1 }, agreements: { year: 2025 }, lke: { year: 2025 }, e81: { year: 2025, quarter: 3 }
};

let browser: Browser;
const documents = new Map<string, string>();

beforeAll(async () => {
    const [examples, large, launched] = await Promise.all([
        loadExamples(),
        loadExamples(files => {
            replaceIn(files, 'dinkes.kinerja', 'pagu 2025 Rp 4.350.000.000', 'pagu 2025 Rp 1.472.250.000.000');
            replaceIn(files, 'bappeda.kinerja', 'pagu 2025 Rp 1.450.000.000', 'pagu 2025 Rp 987.654.321.000.000');
        }),
        launchChromium()
    ]);
    browser = launched;
    for (const kind of REPORT_KINDS) {
        documents.set(`${kind}`, renderHtml(kind, examples.model, examples.config, { ...OPTIONS[kind], findings: examples.findings }));
        documents.set(`${kind} (trillions)`, renderHtml(kind, large.model, large.config, { ...OPTIONS[kind], findings: large.findings }));
    }
    // A real year (the spec's examples/malra, present in CI): IKU, revisions, PK perubahan,
    // catatan and bukti, months, lintas.
    if (malraPresent) {
        const malra = await loadMalra();
        for (const kind of REPORT_KINDS) documents.set(`${kind} (malra)`, renderHtml(kind, malra.model, malra.config, { ...OPTIONS[kind], linkBase: '/ws' }));
    }
});

afterAll(async () => { await browser?.close(); });

/** Elements whose content is wider than their box, or that stick out of their container. */
async function overflowing(page: Page): Promise<string[]> {
    return page.evaluate(() => {
        const out: string[] = [];
        const name = (e: Element) => `${e.localName}.${[...e.classList].join('.')} "${(e.textContent ?? '').trim().slice(0, 40)}"`;
        for (const value of document.querySelectorAll<HTMLElement>('.card .value')) {
            if (value.scrollWidth > value.clientWidth + 1) out.push(`card ${name(value)}: ${value.scrollWidth} > ${value.clientWidth}`);
        }
        for (const chip of document.querySelectorAll<HTMLElement>('td .chip')) {
            const c = chip.getBoundingClientRect(), cell = chip.closest('td')!.getBoundingClientRect();
            if (c.left < cell.left - 1 || c.right > cell.right + 1) out.push(`chip ${name(chip)}: ${c.left}–${c.right} outside ${cell.left}–${cell.right}`);
        }
        // Tables, the notes and the crosscutting list stay inside the page's column.
        for (const block of document.querySelectorAll<HTMLElement>('table, .note-block, ul.crosscutting')) {
            const parent = block.parentElement!;
            if (block.getBoundingClientRect().right > parent.getBoundingClientRect().right + 1) out.push(`wider than the page: ${name(block)}`);
        }
        for (const svg of document.querySelectorAll<SVGSVGElement>('svg')) {
            const box = svg.viewBox.baseVal;
            for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
                const b = text.getBBox();
                if (b.width === 0) continue;
                if (b.x < box.x - 1 || b.x + b.width > box.x + box.width + 1 || b.y < box.y - 1 || b.y + b.height > box.y + box.height + 1) {
                    out.push(`svg text "${text.textContent}": ${b.x.toFixed(1)}–${(b.x + b.width).toFixed(1)} outside 0–${box.width}`);
                }
            }
        }
        return out;
    });
}

describe.each([
    ...REPORT_KINDS.map(k => `${k}`), ...REPORT_KINDS.map(k => `${k} (trillions)`), ...(malraPresent ? REPORT_KINDS.map(k => `${k} (malra)`) : [])
])('%s report', name => {
    it('has nothing running out of its box, in the fonts this machine has', async () => {
        const o = await openReport(browser, `${name.replace(/\W+/g, '-')}.html`, documents.get(name)!);
        try {
            expect(await overflowing(o.page)).toEqual([]);
        } finally {
            await o.context.close();
        }
    });

    it('names no file of the project', async () => {
        const text = documents.get(name)!;
        expect(text).not.toMatch(/docs\/|\.md\b|src\//);
    });
});
