/**
 * `--format md`: parsed back with markdown-it (GFM tables, fenced mermaid), checking the
 * rows and numbers of the tables, the escaping of names, the mermaid cascade and the
 * size limit for GitHub's step summary.
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeLabel, mermaidId, mermaidTree } from '../../src/report/formats/mermaid.js';
import { inlineMarkdown, renderMarkdown } from '../../src/report/formats/markdown.js';
import { buildReportData, REPORT_KINDS, type AnnualReport, type PerformanceTree, type QuarterlyReport, type RankingReport, type ReportKind } from '../../src/report/kinds/index.js';
import { loadExamples, type LoadedExamples } from './examples.js';
import { fixtureReport, writeFixture } from './fixture.js';
import { MARKDOWN_PLANTED, PLANTED, plant, plantMarkdown } from './hostile.js';

const md = new MarkdownIt({ html: true });

interface ParsedTable { header: string[]; rows: string[][] }

/** Every table of the document as its cells' text (inline content as rendered text). */
function tables(tokens: Token[]): ParsedTable[] {
    const out: ParsedTable[] = [];
    let current: ParsedTable | undefined;
    let row: string[] | undefined;
    let inHead = false;
    for (const t of tokens) {
        if (t.type === 'table_open') current = { header: [], rows: [] };
        else if (t.type === 'thead_open') inHead = true;
        else if (t.type === 'thead_close') inHead = false;
        else if (t.type === 'tr_open') row = [];
        else if (t.type === 'inline' && row) row.push(text(t));
        else if (t.type === 'tr_close' && current && row) { if (inHead) current.header = row; else current.rows.push(row); row = undefined; }
        else if (t.type === 'table_close' && current) { out.push(current); current = undefined; }
    }
    return out;
}

/** The rendered text of an inline token (entities decoded, escapes removed). */
function text(t: Token): string {
    return (t.children ?? []).map(c => c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' ? ' ' : '').join('');
}

function fences(tokens: Token[], info: string): string[] {
    return tokens.filter(t => t.type === 'fence' && t.info.trim() === info).map(t => t.content);
}

let dir: string;
let annual: AnnualReport;

beforeAll(async () => {
    dir = writeFixture();
    annual = await fixtureReport(dir, 'annual');
});

describe('annual report as markdown', () => {
    let tokens: Token[];
    let doc: string;
    beforeAll(() => {
        doc = renderMarkdown(annual, { lang: 'id', version: '9.9.9' });
        tokens = md.parse(doc, {});
    });

    it('has a title and the overview table with scores, budgets and absorption', () => {
        expect(tokens.find(t => t.type === 'heading_open' && t.tag === 'h1')).toBeDefined();
        expect(doc.startsWith('<!-- generator: kinerja 9.9.9 -->\n# Laporan Kinerja Instansi Pemerintah (LKjIP)\n')).toBe(true);
        const overview = tables(tokens)[0];
        expect(overview.header).toEqual(['Organisasi', 'Nilai kinerja', 'Kategori', 'Peringkat', 'Pagu', 'Realisasi', 'Serapan']);
        const dinsos = overview.rows.find(r => r[0].startsWith('Dinas Sosial'))!;
        expect(dinsos).toEqual(['Dinas Sosial; Pemberdayaan "Perempuan"', '92,02%', 'Sangat Tinggi', '1', 'Rp 2.500.000.000', 'Rp 1.900.000.000', '76,00%']);
        const dpm = overview.rows.find(r => r[0] === 'Dinas Penanaman Modal')!;
        expect(dpm).toEqual(['Dinas Penanaman Modal', '45,00%', 'Sangat Rendah', '2', 'Rp 800.000.000', 'Rp 310.000.000', '38,75%']);
    });

    it('lists the indicators of each organisation with target, realisation, achievement and category', () => {
        const indicators = tables(tokens).filter(t => t.header[0] === 'Indikator kinerja');
        const rows = indicators.flatMap(t => t.rows);
        expect(rows.find(r => r[0] === 'Persentase PMKS tertangani')).toEqual(['Persentase PMKS tertangani', 'persen', '19,29', '22', '114,05%', 'Sangat Tinggi']);
        expect(rows.find(r => r[0].endsWith('Jumlah penerima bantuan'))!.slice(1)).toEqual(['orang', '1.200', '840', '70,00%', 'Sedang']);
        expect(rows.find(r => r[0] === 'Nilai investasi')!.slice(1)).toEqual(['persen', '100', '45', '45,00%', 'Sangat Rendah']);
    });

    it('lists the findings, including those with related places', () => {
        const findings = tables(tokens).find(t => t.header.includes('Kode temuan'))!;
        expect(findings.header).toEqual(['Berkas', 'Baris', 'Tingkat', 'Kode temuan', 'Pesan']);
        const codes = findings.rows.map(r => r[3]);
        expect(codes).toContain('duplicate-period');
        expect(codes).toContain('low-achievement');
        expect(findings.rows.find(r => r[3] === 'low-achievement')!.slice(0, 3)).toEqual(['ws/dpm.kinerja', '9', 'peringatan']);
    });

    it('puts each organisation in a details block with its budget table', () => {
        expect(doc).toMatch(/<details>\n<summary><strong>Dinas Sosial; Pemberdayaan &quot;Perempuan&quot; \(Dinsos\)<\/strong> — Nilai kinerja 92,02% · Serapan anggaran 76,00%<\/summary>/);
        const budget = tables(tokens).find(t => t.header[1] === 'Program / kegiatan' && t.header.includes('Pagu') && t.rows.some(r => r[1].includes('P01')))!;
        expect(budget.rows[0]).toEqual(['—', 'Program P01 — Program Perlindungan Sosial', 'Rp 2.500.000.000', 'Rp 1.900.000.000', '76,00%']);
    });

    it('draws each organisation’s cascade as a mermaid flowchart with escaped labels and category classes', () => {
        const diagrams = fences(tokens, 'mermaid');
        expect(diagrams.length).toBe(3);
        const dinsos = diagrams.find(d => d.includes('n_Dinsos_P01'))!;
        expect(dinsos.split('\n')[0]).toBe('flowchart TD');
        expect(dinsos).toContain('classDef cat0 fill:#dcefe2,stroke:#1e7b45');
        expect(dinsos).toContain('n_Dinsos_SS1["Sasaran Dinsos.SS1<br/>Meningkatnya #quot;layanan#quot;; sosial<br/>114,05% · Sangat Tinggi"]');
        expect(dinsos).toContain('n_Kab_S1 --> n_Dinsos_SS1');
        expect(dinsos).toContain('n_Dinsos_SS1 --> n_Dinsos_P01');
        expect(dinsos).toMatch(/class [^\n]*n_Dinsos_SS1[^\n]* cat0/);
        expect(dinsos).toMatch(/class n_Kab_S1 external/);
        const pemda = diagrams.find(d => d.includes('n_Kab_T1['))!;
        expect(pemda).toContain('Tujuan #91;utama#93;');
        // No raw quote, bracket or angle bracket inside a label (apart from the line breaks).
        for (const d of diagrams) {
            for (const label of d.matchAll(/\["(.*)"\]$/gm)) expect(label[1].replace(/<br\/>/g, '')).not.toMatch(/["[\]<>]/);
        }
    });

    it('escapes table cells so names cannot break out of their cell', () => {
        expect(inlineMarkdown('a | b')).toBe('a &#124; b');
        expect(inlineMarkdown('<script>x</script> *bold* [link](u) `c` \\')).toBe('&lt;script&gt;x&lt;/script&gt; &#42;bold&#42; &#91;link&#93;(u) &#96;c&#96; &#92;');
        const parsed = md.parse(`| h |\n| --- |\n| ${inlineMarkdown('x | y <b>z</b> [a](b)')} |\n`, {});
        expect(tables(parsed)[0].rows[0]).toEqual(['x | y <b>z</b> [a](b)']);
    });

    it('writes English with --lang en', () => {
        const en = renderMarkdown(annual, { lang: 'en', version: '1' });
        const t = tables(md.parse(en, {}));
        expect(t[0].header).toEqual(['Organisation', 'Score', 'Category', 'Rank', 'Budget ceiling', 'Realisation', 'Absorption']);
        expect(t[0].rows.find(r => r[0] === 'Dinas Penanaman Modal')![2]).toBe('Very low');
    });
});

describe('other kinds as markdown', () => {
    it('quarterly: progress against the quarter plan and the behind-plan list', async () => {
        const data: QuarterlyReport = await fixtureReport(dir, 'quarterly', { quarter: 3 });
        const tokens = md.parse(renderMarkdown(data, { lang: 'id', version: '1' }), {});
        const rows = tables(tokens).filter(t => t.header[0] === 'Indikator kinerja').flatMap(t => t.rows);
        const ikp1 = rows.find(r => r[0].endsWith('Jumlah penerima bantuan'))!;
        expect(ikp1).toEqual(['↳ Jumlah penerima bantuan'.replace('↳ ', '\u00a0\u00a0↳ '), 'orang', '3', '900', '840', '93,33%', 'Sangat Tinggi', '1.200', '70,00%', 'Sesuai rencana']);
        expect(fences(tokens, 'mermaid').length).toBeGreaterThan(0);
    });

    it('ranking: ranks, scores and the agencies flagged for assistance', async () => {
        const data: RankingReport = await fixtureReport(dir, 'ranking', { lowest: 1 });
        const t = tables(md.parse(renderMarkdown(data, { lang: 'id', version: '1' }), {}));
        expect(t[0].header).toEqual(['Peringkat', 'Perangkat daerah', 'Nilai kinerja', 'Kategori', 'Indikator dinilai', 'Serapan', 'Tindak lanjut']);
        expect(t[0].rows).toEqual([
            ['1', 'Dinas Sosial; Pemberdayaan "Perempuan"', '92,02%', 'Sangat Tinggi', '2', '76,00%', '—'],
            ['2', 'Dinas Penanaman Modal', '45,00%', 'Sangat Rendah', '1', '38,75%', 'Perlu pendampingan']
        ]);
    });

    it('agreements: one row per official with second party, signing date and budget', async () => {
        const data = await fixtureReport(dir, 'agreements');
        const t = tables(md.parse(renderMarkdown(data, { lang: 'id', version: '1' }), {}));
        const docs = t.filter(x => x.header[0] === 'Jabatan' && x.header.includes('Ditandatangani')).flatMap(x => x.rows);
        expect(docs).toContainEqual(['Kepala Dinas', '—', 'Bupati Contoh', 'ya', '6 Januari 2025', '2', 'Rp 2.500.000.000']);
        expect(docs).toContainEqual(['Kepala Bidang', 'Siti; "Ani"', 'Kepala Dinas', 'ya', '—', '1', '—']);
    });
});

describe('size limits', () => {
    it('cuts the document to the byte limit with a note, keeping the overview', () => {
        const full = renderMarkdown(annual, { lang: 'en', version: '1' });
        const limit = Buffer.byteLength(full) - 500;
        const cut = renderMarkdown(annual, { lang: 'en', version: '1', maxBytes: limit });
        expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(limit);
        expect(cut).toMatch(/> The report was cut to fit GitHub's summary limit .*: 1 section\(s\) not shown/);
        expect(tables(md.parse(cut, {}))[0].rows.length).toBe(3);
        // Every details block that is there is complete.
        expect(cut.split('<details>').length).toBe(cut.split('</details>').length);
    });

    it('trims a mermaid diagram to the lower levels that fit and keeps GitHub’s edge limit', () => {
        const nodes: PerformanceTree['nodes'] = [];
        const edges: PerformanceTree['edges'] = [];
        const node = (id: string, kind: 'sasaran' | 'program' | 'kegiatan' | 'rhk') => nodes.push({
            node: { id, kind, name: `Nama ${id}`, code: null, owner: null, organisationId: 'O' },
            external: false, achievement: null, category: null, indicatorCount: 0, computableCount: 0
        });
        node('O.S', 'sasaran');
        for (let p = 0; p < 10; p++) {
            node(`O.P${p}`, 'program'); edges.push({ child: `O.P${p}`, parent: 'O.S' });
            for (let k = 0; k < 10; k++) {
                node(`O.K${p}_${k}`, 'kegiatan'); edges.push({ child: `O.K${p}_${k}`, parent: `O.P${p}` });
                for (let r = 0; r < 6; r++) { node(`O.R${p}_${k}_${r}`, 'rhk'); edges.push({ child: `O.R${p}_${k}_${r}`, parent: `O.K${p}_${k}` }); }
            }
        }
        const tree: PerformanceTree = { organisationId: 'O', nodes, edges, crosscutting: [] };
        const diagram = mermaidTree(tree, annual.bands, 'id');
        expect(diagram.total).toBe(711);
        expect(diagram.shown).toBe(111);
        expect(diagram.text.length).toBeLessThanOrEqual(50_000);
        expect((diagram.text.match(/ --> /g) ?? []).length).toBe(110);
        const md1 = renderMarkdown({ ...annual, organisations: [{ ...annual.organisations[1], tree }] }, { lang: 'id', version: '1' });
        expect(md1).toContain('Diagram memuat 111 dari 711 unsur pohon kinerja');
    });

    it('makes mermaid ids safe and unique, and escapes labels', () => {
        const used = new Set<string>();
        expect(mermaidId('Dinkes.P0202', used)).toBe('n_Dinkes_P0202');
        expect(mermaidId('Dinkes_P0202', used)).toBe('n_Dinkes_P0202_2');
        expect(mermaidId('end', used)).toBe('n_end');
        expect(escapeLabel('a "b" [c] <d> & #e `f` {g} |h|\nnext')).toBe('a #quot;b#quot; #91;c#93; #lt;d#gt; #amp; #35;e #96;f#96; #123;g#125; #124;h#124; next');
    });
});

describe('inlineMarkdown', () => {
    it('keeps a text on its line: line breaks collapse to one space, other controls are dropped', () => {
        expect(inlineMarkdown('a\n\nb\r\nc\td\u2028e\u2029f\u000bg\u000ch\u0085i')).toBe('a b c d e f g h i');
        expect(inlineMarkdown('  \n x \n ')).toBe('x');
        expect(inlineMarkdown('A\u001b[2J\u001b[H0\u0007\u007f\u009b\u202eZ\u2066\u200f')).toBe('A&#91;2J&#91;H0Z');
        expect(inlineMarkdown('Dinas Kesehatan 114,05% · Rp 2.500.000.000 (Dinkes) é 🚀')).toBe('Dinas Kesehatan 114,05% · Rp 2.500.000.000 (Dinkes) é 🚀');
    });

    it('writes markdown and HTML specials as character references, nothing as a backslash', () => {
        expect(inlineMarkdown('& < > " \\ ` * _ [ ] # | ~ $')).toBe('&amp; &lt; &gt; &quot; &#92; &#96; &#42; &#95; &#91; &#93; &#35; &#124; &#126; &#36;');
        expect(inlineMarkdown('Catatan: pukul 08:00, http://a.invalid ftp:/b')).toBe('Catatan: pukul 08:00, http&#58;//a.invalid ftp&#58;/b');
        expect(inlineMarkdown('![x](https://a.invalid/p.png)')).toBe('!&#91;x&#93;(https&#58;//a.invalid/p.png)');
        expect(inlineMarkdown('www.a.invalid WWW.b.invalid')).toBe('www&#46;a.invalid WWW&#46;b.invalid');
        expect(inlineMarkdown('@admin a@b.invalid')).toBe('<span>@</span>admin a<span>@</span>b.invalid');
    });

    it('escapes a block marker at the start only', () => {
        expect(inlineMarkdown('- a - b')).toBe('&#45; a - b');
        expect(inlineMarkdown('+ a')).toBe('&#43; a');
        expect(inlineMarkdown('===')).toBe('&#61;==');
        expect(inlineMarkdown('1. a')).toBe('1&#46; a');
        expect(inlineMarkdown('12) a')).toBe('12&#41; a');
        expect(inlineMarkdown('1.200 orang')).toBe('1.200 orang');
        expect(inlineMarkdown('Rp 1.200')).toBe('Rp 1.200');
    });

    it('renders each text as itself, in a cell, a heading, a paragraph and an HTML block', () => {
        const texts = [...Object.values(MARKDOWN_PLANTED), ...Object.values(PLANTED)];
        for (const text of texts) {
            const safe = inlineMarkdown(text);
            const expected = text.replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
                .replace(/[\s\u2028\u2029]+/g, ' ').trim();
            for (const doc of [`| h |\n| --- |\n| ${safe} |\n`, `## ${safe}\n`, `${safe}\n`, `<details>\n<summary><strong>${safe}</strong></summary>\n\n</details>\n`]) {
                const rendered = renderedText(md.render(doc));
                expect(rendered, `${JSON.stringify(text)} in ${doc.slice(0, 10)}`).toContain(expected);
                expect(md.render(doc)).not.toMatch(/<(?!\/?(?:p|h2|table|thead|tbody|tr|th|td|span|details|summary|strong)\b)/);
            }
        }
    });
});

/** The text of rendered HTML: tags removed, entities decoded, whitespace collapsed. */
function renderedText(html: string): string {
    return html.replace(/<\/?span>/g, '').replace(/<[^>]*>/g, ' ')
        .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
        .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ');
}

/** Every token, inline children included. */
function allTokens(tokens: Token[]): Token[] {
    return tokens.flatMap(t => [t, ...(t.children ? allTokens(t.children) : [])]);
}

/** The document's structure: block tokens and inline markup, without the text. */
function structure(tokens: Token[]): string[] {
    return allTokens(tokens).filter(t => t.type !== 'text' && t.type !== 'inline' && t.type !== 'html_inline' && t.type !== 'html_block' && t.type !== 'fence')
        .map(t => `${t.type}:${t.tag}`);
}

describe('hostile names in the markdown report', () => {
    const linkified = new MarkdownIt({ html: true, linkify: true });
    const OPTIONS: Record<ReportKind, { year: number; quarter?: number; lowest?: number }> = {
        annual: { year: 2025 }, quarterly: { year: 2025, quarter: 3 }, ranking: { year: 2025, lowest: 1 }, agreements: { year: 2025 }, lke: { year: 2025 }, e81: { year: 2025, quarter: 3 }
    };
    let plain: LoadedExamples;
    let html: LoadedExamples;
    let markdown: LoadedExamples;
    beforeAll(async () => {
        [plain, html, markdown] = await Promise.all([loadExamples(), loadExamples(plant), loadExamples(plantMarkdown)]);
    });
    const render = (ex: LoadedExamples, kind: ReportKind, lang: 'id' | 'en') =>
        renderMarkdown(buildReportData(kind, ex.model, ex.config, { ...OPTIONS[kind], findings: [] }), { lang, version: '1' });

    describe.each(REPORT_KINDS)('%s', kind => {
        it.each(['id', 'en'] as const)('%s: no image, link, heading, table row or HTML element comes from a name', lang => {
            for (const [name, ex] of [['html', html], ['markdown', markdown]] as const) {
                const doc = render(ex, kind, lang);
                const tokens = linkified.parse(doc, {});
                const all = allTokens(tokens);
                expect(all.filter(t => t.type === 'image'), name).toEqual([]);
                expect(all.filter(t => t.type === 'link_open'), name).toEqual([]);
                // The same blocks, tables, rows, cells, headings and emphasis as the plain examples.
                expect(structure(tokens), name).toEqual(structure(linkified.parse(render(plain, kind, lang), {})));
                // HTML: only the report's own elements.
                for (const t of all.filter(t => t.type === 'html_block' || t.type === 'html_inline')) {
                    const rest = t.content.replace(/<!-- generator: kinerja 1 -->|<\/?(?:details|summary|strong|span)>/g, '');
                    expect(rest, `${name}: ${t.content}`).not.toMatch(/</);
                }
                // Mermaid labels stay on their line.
                for (const fence of fences(tokens, 'mermaid')) {
                    for (const line of fence.split('\n').filter(l => l.includes('["'))) expect(line, name).toMatch(/^ {4}n_\w+\["[^"]*"\]$/);
                }
                expect(doc).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
            }
        });
    });

    it('shows the names as written, in one line each', () => {
        const doc = linkified.render(render(markdown, 'annual', 'id'));
        const text = renderedText(doc);
        expect(text).toContain('Dinas Kesehatan ![pwned](https://attacker.kinerja.invalid/p.png) # Semua target tercapai <img src=x onerror="window.__pwned=1">');
        expect(text).toContain('Pemerintah </strong></summary></details><details open><summary>palsu</summary><!-- x --><b onclick=x>b</b> Paser Selatan');
        expect(text).toContain('1. Program A[2J[H0 kesalahanZ B Upaya Kesehatan');
        const agreements = renderedText(linkified.render(render(markdown, 'agreements', 'id')));
        expect(agreements).toContain('Meningkatnya [klik](https://attacker.kinerja.invalid) <https://attacker.kinerja.invalid/a> https://attacker.kinerja.invalid/b www.attacker.kinerja.invalid c@attacker.kinerja.invalid [^1] [ref]: https://attacker.kinerja.invalid/r derajat kesehatan');
        expect(agreements).toContain('- dr. **tebal** __tebal__ _miring_ *miring* ~~coret~~ `kode` $x^2$ &lt;b&gt; &#60;i&#62; :rocket: \\ Rahmawati');
    });
});
