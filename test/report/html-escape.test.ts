/**
 * Escaping in the HTML report, on strings: markup planted in names, titles, codes,
 * units, officials and agreement fields of a copy of the examples comes out as text in
 * every kind; the documents carry the strict CSP, no script and no external URL.
 * (The browser suite, test/browser, checks the same in Chromium.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { anchor, esc } from '../../src/report/html/escape.js';
import { CSP, renderHtml } from '../../src/report/html/index.js';
import { REPORT_KINDS, type ReportKind } from '../../src/report/kinds/index.js';
import { loadExamples, type LoadedExamples } from './examples.js';
import { ATTRIBUTE, IMG, LINK, PLANTED, plant, SCRIPT, STYLE } from './hostile.js';

const OPTIONS: Record<ReportKind, { year: number; quarter?: number; lowest?: number }> = {
    annual: { year: 2025 }, quarterly: { year: 2025, quarter: 3 }, ranking: { year: 2025, lowest: 1 }, agreements: { year: 2025 }, lke: { year: 2025 }, e81: { year: 2025, quarter: 3 }
};

let hostile: LoadedExamples;
const html = new Map<ReportKind, string>();
beforeAll(async () => {
    hostile = await loadExamples(plant);
    for (const kind of REPORT_KINDS) html.set(kind, renderHtml(kind, hostile.model, hostile.config, { ...OPTIONS[kind], findings: hostile.findings }));
});

describe('esc', () => {
    it('escapes the five HTML specials and nothing else', () => {
        expect(esc(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
        expect(esc('Dinas Kesehatan 19,29%')).toBe('Dinas Kesehatan 19,29%');
        expect(esc(null)).toBe('');
        expect(esc(3)).toBe('3');
    });

    it('builds anchors from ids without markup', () => {
        expect(anchor('org', 'Dinkes')).toBe('org-Dinkes');
        expect(anchor('pk', 'A.B"><script>-2025')).toBe('pk-A_B___script_-2025');
    });
});

describe('planted markup in every report kind', () => {
    it.each(REPORT_KINDS)('%s: no planted tag survives, the text is there escaped', kind => {
        const doc = html.get(kind)!;
        expect(doc.includes(SCRIPT)).toBe(false);
        expect(doc.includes('<script')).toBe(false);
        expect(doc.includes('<img')).toBe(false);
        expect(/<[^>]*\sonerror=/i.test(doc)).toBe(false);
        expect(/<[^>]*\son(mouseover|focus)=/i.test(doc)).toBe(false);
        expect(doc.includes('<a id="pwnlink"')).toBe(false);
        expect(doc.match(/<style/g)).toHaveLength(1);
        expect(doc.includes(esc(PLANTED.agency)), 'agency name').toBe(true);
        expect(doc.includes(esc(PLANTED.pemda)), 'pemda name').toBe(true);
    });

    it('escapes names inside SVG text and titles (charts and the tree)', () => {
        const annual = html.get('annual')!;
        const svg = annual.slice(annual.indexOf('<svg class="tree"'));
        expect(svg.includes(esc(PLANTED.program.slice(0, 20))), 'program in the tree').toBe(true);
        expect(annual.includes(`<title>${esc('IKU1 · ' + PLANTED.indicator)}`), 'indicator in the bar chart').toBe(true);
        expect(annual.includes(esc(PLANTED.code)), 'code').toBe(true);
        expect(annual.includes(esc(PLANTED.unit)), 'unit').toBe(true);
    });

    it('escapes officials, positions and agreement fields', () => {
        const agreements = html.get('agreements')!;
        for (const text of [PLANTED.official, PLANTED.position, PLANTED.secondParty, PLANTED.place]) {
            expect(agreements.includes(esc(text)), text).toBe(true);
        }
        expect(agreements.includes(esc(IMG))).toBe(true);
        expect(agreements.includes(esc(ATTRIBUTE))).toBe(true);
        expect(agreements.includes(esc(LINK))).toBe(true);
    });
});

describe('self-contained documents', () => {
    it.each(REPORT_KINDS)('%s: strict CSP, no script, no external reference', kind => {
        const full = html.get(kind)!;
        // The planted style sheet names a URL; as escaped text it is no reference.
        // (whole, or cut short with "…" in the tree's node labels).
        const doc = full.split(esc(STYLE)).join('').replace(/&lt;style&gt;\*\{background:url\([^<]*/g, '');
        expect(full.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(doc.includes(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`)).toBe(true);
        expect(CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        expect(doc.match(/(?:src|href)\s*=\s*"(?!#)[^"]*"/gi)).toBeNull();
        expect(doc.match(/https?:\/\/\S*/g)).toBeNull();
        expect(doc.match(/url\([^)]*\)/g)).toBeNull();
        expect(doc.includes('@import')).toBe(false);
    });

    it('prints on A4, each organisation and agreement sheet on its own page', () => {
        const doc = html.get('agreements')!;
        expect(doc.includes('@page { size: A4;')).toBe(true);
        expect(/\.sheet \{ break-before: page; \}/.test(doc)).toBe(true);
        expect(/section\.org \{ break-before: page; \}/.test(doc)).toBe(true);
    });
});
