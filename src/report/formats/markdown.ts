/**
 * `kinerja report --format md`: GitHub-flavoured markdown for a pull-request comment or
 * `$GITHUB_STEP_SUMMARY`.
 *
 * Layout: a first line `<!-- generator: kinerja <version> -->` (not shown when
 * rendered; it lets `--out` recognise the file as kinerja's own output), a title block;
 * the kind's overview tables (organisations or the ranking, categories); the findings
 * (at most 100 rows); then one collapsible `<details>` section per organisation with its
 * tables (indicators, budget, efficiency, …) and, for the annual and quarterly kinds,
 * its performance tree as a mermaid diagram.
 *
 * Every text put into the document — names, titles, codes, units, officials, messages,
 * file names, and the report's own words — goes through one function, inlineMarkdown,
 * which makes it inline-safe in a table cell, a heading, a paragraph and the HTML of a
 * `<summary>` alike (see there). GitHub accepts at most 1 MiB per step summary: sections
 * that do not fit are left out, with a note saying how many.
 */
import type { Language } from '../../engine/config.js';
import { periodNotice, reportText, romanQuarter } from '../messages.js';
import type { BandInfo, PerformanceTree, ReportData } from '../kinds/index.js';
import { mermaidTree } from './mermaid.js';
import { DASH, displayCell, isExact, type Cell, type Column, type ReportTable } from './table.js';
import { reportTables } from './tables.js';

/** GitHub's limit for one step's summary is 1 MiB; stay a little below it. */
export const MARKDOWN_LIMIT = 1024 * 1024 - 8 * 1024;
export const MARKDOWN_MAX_FINDINGS = 100;

export interface MarkdownOptions {
    lang: Language;
    version: string;
    /** Byte limit of the whole document (default MARKDOWN_LIMIT). */
    maxBytes?: number;
}

/** Line breaks, tabs and the other whitespace controls: each run becomes one space. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029 ]*[\t\n\v\f\r\u0085\u2028\u2029][\t\n\v\f\r\u0085\u2028\u2029 ]*/g;
/** Every other control (C0, DEL, C1) and the bidirectional controls: dropped. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * What markdown or HTML reads anywhere in a line: `&` (entities), `<` and `>` (HTML,
 * autolinks, block quotes), `"` (attributes), `\` (escapes, hard breaks), `` ` `` (code),
 * `*` `_` `~` (emphasis, strike-through, rules), `[` `]` (links, images, footnotes), `#`
 * (headings), `|` (table cells), `$` (math).
 */
const SPECIALS = /[&<>"\\`*_[\]#|~$]/g;
const NAMED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function entity(c: string): string {
    return NAMED[c] ?? `&#${c.charCodeAt(0)};`;
}

/**
 * A text made inline-safe for the markdown report, the one escaper of this format:
 *
 * - line breaks (and tabs, form feeds, U+2028/U+2029) collapse to one space and the text
 *   is trimmed, so it never leaves its line: no new paragraph, heading, list, table row
 *   or end of the `<summary>` HTML block; other controls (escape sequences, bidirectional
 *   controls) are dropped;
 * - markdown and HTML specials (SPECIALS) become character references (`&#42;`), which
 *   CommonMark and GFM show as the character but never read as syntax, in markdown and
 *   inside HTML alike: no emphasis, code, link, image, footnote, heading, table break,
 *   math or HTML element;
 * - what GitHub links without any of them: the colon of `https://` (any `:/`), the dot
 *   of `www.`, and `@` (a mention that would notify people, or an e-mail link), which
 *   stands in a `<span>` of its own so no username or address follows it in the same
 *   text;
 * - a block marker at the start (`-`, `+`, `=`, `1.`, `1)`) is written as a reference
 *   too, for a text that begins a line.
 */
export function inlineMarkdown(text: string): string {
    const flat = text.replace(CONTROLS, c => (/[\t\n\v\f\r\u0085]/.test(c) ? c : '')).replace(BREAKS, ' ').trim();
    return flat
        .replace(SPECIALS, entity)
        .replace(/:(?=\/)/g, '&#58;')
        .replace(/\b(www)\./gi, '$1&#46;')
        .replace(/@/g, '<span>@</span>')
        .replace(/^[-+=]/, entity)
        .replace(/^(\d{1,9})([.)])(?=\s|$)/, (_m, digits: string, mark: string) => digits + entity(mark));
}

/**
 * A link's destination for markdown (an http(s) URL or a relative path: kinds/notes.ts):
 * every character that could end the destination, the cell or the line, or start an
 * HTML element, is percent-encoded (`(` `)` `<` `>` `|` space, quotes, backslash,
 * brackets, controls), and `&` is written `&amp;`, so no entity is read from it.
 */
export function linkDestination(href: string): string {
    return href.replace(/[\u0000-\u0020\u007f-\u009f()<>|"'`\\[\]{}^]/g, c => encodeURIComponent(c) === c ? `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}` : encodeURIComponent(c))
        .replace(/&/g, '&amp;');
}

function cellText(row: Cell[], column: Column, index: Map<string, number>, lang: Language): string {
    const value = row[index.get(column.key)!];
    let text = displayCell(value, column.type, lang);
    if (column.upper) {
        const upper = row[index.get(column.upper)!];
        const same = isExact(upper) && isExact(value) ? upper.eq(value) : upper === value;
        if (upper !== null && upper !== undefined && value !== null && !same) text = `${text} – ${displayCell(upper, column.type, lang)}`;
    }
    let escaped = text === DASH ? DASH : inlineMarkdown(text);
    const href = column.link ? row[index.get(column.link)!] : null;
    if (typeof href === 'string' && href && escaped !== DASH) escaped = `[${escaped}](${linkDestination(href)})`;
    if (column.indentBy) {
        const depth = row[index.get(column.indentBy)!];
        if (typeof depth === 'number' && depth > 0) escaped = `${'&nbsp;&nbsp;'.repeat(depth)}↳ ${escaped}`;
    }
    return escaped;
}

const ALIGN_RIGHT = new Set(['integer', 'number', 'percent', 'points', 'rupiah']);

/** A GFM table of the rows, markdown columns only (without the group column). */
export function markdownTable(table: ReportTable, rows: Cell[][], lang: Language, skip: Set<string> = new Set()): string {
    const index = new Map(table.columns.map((c, i) => [c.key, i]));
    const present = (c: Column) => rows.some(row => { const v = row[index.get(c.key)!]; return v !== null && v !== undefined && v !== false && v !== ''; });
    const columns = table.columns.filter(c => c.markdown !== false && !skip.has(c.key) && (!c.optional || present(c)));
    const header = `| ${columns.map(c => inlineMarkdown(c.title)).join(' | ')} |`;
    const rule = `| ${columns.map(c => (ALIGN_RIGHT.has(c.type) ? '---:' : '---')).join(' | ')} |`;
    const body = rows.map(row => `| ${columns.map(c => cellText(row, c, index, lang)).join(' | ')} |`);
    return [header, rule, ...body].join('\n') + '\n';
}

function bytes(text: string): number {
    return Buffer.byteLength(text, 'utf8');
}

interface Group {
    id: string;
    label: string;
    tables: Array<{ table: ReportTable; rows: Cell[][] }>;
    tree?: PerformanceTree;
    summary?: string;
}

function treesOf(data: ReportData): Map<string, PerformanceTree> {
    if (data.kind === 'annual' || data.kind === 'quarterly') {
        return new Map(data.organisations.map(o => [o.organisation.id, o.tree]));
    }
    return new Map();
}

function summaries(data: ReportData, lang: Language): Map<string, string> {
    const rows = data.kind === 'annual' ? data.organisations.map(o => ({ id: o.organisation.id, score: o.score, absorption: o.budget.absorption }))
        : data.kind === 'quarterly' ? data.organisations.map(o => ({ id: o.organisation.id, score: o.score, absorption: o.absorption }))
        : [];
    const out = new Map<string, string>();
    for (const o of rows) {
        const parts = [
            o.score ? `${reportText(lang, 'card.score')} ${displayCell(o.score, 'percent', lang)}` : undefined,
            o.absorption ? `${reportText(lang, 'card.absorption')} ${displayCell(o.absorption, 'percent', lang)}` : undefined
        ].filter(Boolean);
        if (parts.length) out.set(o.id, parts.join(' · '));
    }
    return out;
}

function diagramBlock(tree: PerformanceTree, bands: BandInfo[], lang: Language): string {
    if (!tree.nodes.length) return '';
    const diagram = mermaidTree(tree, bands, lang);
    const note = diagram.shown < diagram.total ? `\n_${inlineMarkdown(reportText(lang, 'md.diagramTrimmed', { shown: diagram.shown, total: diagram.total }))}_\n` : '';
    return `#### ${inlineMarkdown(reportText(lang, 'md.cascade'))}\n\n\`\`\`mermaid\n${diagram.text}\`\`\`\n${note}\n`;
}

function title(data: ReportData, lang: Language, version: string): string {
    const regions = data.pemdas.map(p => p.name ?? p.id);
    const period = data.quarter !== null && data.kind === 'quarterly'
        ? reportText(lang, 'period.quarter', { year: data.year, quarter: data.quarter, roman: romanQuarter(data.quarter) })
        : reportText(lang, 'period.year', { year: data.year });
    // The generator mark (an HTML comment, not shown on GitHub) lets `kinerja report --out`
    // recognise its own previous output and replace it without --force.
    const lines = [`<!-- generator: kinerja ${version.replace(/[^\w.+-]/g, '')} -->`, `# ${inlineMarkdown(reportText(lang, `kind.${data.kind}`))}`, ''];
    const sub = [period, ...regions].map(inlineMarkdown).join(' · ');
    lines.push(`**${sub}**`);
    const notice = periodNotice(lang, data);
    if (notice) lines.push('', `> **${inlineMarkdown(reportText(lang, 'notice'))}** ${inlineMarkdown(notice)}`);
    if (data.quarter !== null && data.kind !== 'quarterly') lines.push('', inlineMarkdown(reportText(lang, 'period.upTo', { quarter: data.quarter })));
    lines.push('', `_${inlineMarkdown(reportText(lang, 'generatedBy'))} (kinerja ${inlineMarkdown(version)})_`, '');
    return lines.join('\n') + '\n';
}

/** The report as GitHub-flavoured markdown, within `maxBytes`. */
export function renderMarkdown(data: ReportData, options: MarkdownOptions): string {
    const { lang, version } = options;
    const limit = options.maxBytes ?? MARKDOWN_LIMIT;
    const tables = reportTables(data, lang);
    const overview = tables.filter(t => !t.groupBy && t.id !== 'findings');
    const findings = tables.find(t => t.id === 'findings');
    const grouped = tables.filter(t => t.groupBy);

    const blocks: Array<{ text: string; essential: boolean }> = [];
    blocks.push({ text: title(data, lang, version), essential: true });
    for (const table of overview) {
        if (!table.rows.length) continue;
        blocks.push({ text: `## ${inlineMarkdown(table.title)}\n\n${markdownTable(table, table.rows, lang)}\n`, essential: true });
    }
    if (findings) {
        const heading = `## ${inlineMarkdown(findings.title)} (${findings.rows.length})\n\n`;
        if (!findings.rows.length) {
            blocks.push({ text: `${heading}${inlineMarkdown(reportText(lang, 'findings.none'))}\n\n`, essential: true });
        } else {
            const shown = findings.rows.slice(0, MARKDOWN_MAX_FINDINGS);
            const more = findings.rows.length - shown.length;
            const note = more > 0 ? `\n_${inlineMarkdown(reportText(lang, 'md.rowsTrimmed', { count: more }))}_\n` : '';
            blocks.push({ text: `${heading}${markdownTable(findings, shown, lang)}${note}\n`, essential: true });
        }
    }

    // One section per organisation, in report order.
    const groups = new Map<string, Group>();
    const trees = treesOf(data);
    const notes = summaries(data, lang);
    const order: string[] = [];
    const ensure = (id: string, label: string) => {
        let g = groups.get(id);
        if (!g) {
            g = { id, label, tables: [], tree: trees.get(id), summary: notes.get(id) };
            groups.set(id, g);
            order.push(id);
        }
        return g;
    };
    if (data.kind === 'annual' || data.kind === 'quarterly') {
        for (const o of data.organisations) ensure(o.organisation.id, o.organisation.name ? `${o.organisation.name} (${o.organisation.id})` : o.organisation.id);
    }
    for (const table of grouped) {
        const key = table.columns.findIndex(c => c.key === table.groupBy!.key);
        const byGroup = new Map<string, Cell[][]>();
        for (const row of table.rows) {
            const id = String(row[key]);
            const list = byGroup.get(id);
            if (list) list.push(row); else byGroup.set(id, [row]);
        }
        for (const [id, rows] of byGroup) ensure(id, table.groupLabels?.get(id) ?? id).tables.push({ table, rows });
    }
    for (const id of order) {
        const g = groups.get(id)!;
        const parts: string[] = [];
        for (const { table, rows } of g.tables) {
            parts.push(`#### ${inlineMarkdown(table.title)}\n\n${markdownTable(table, rows, lang, new Set(['organisationId', 'organisation']))}\n`);
        }
        if (g.tree) parts.push(diagramBlock(g.tree, data.bands, lang));
        if (!parts.some(Boolean)) continue;
        const summary = `<strong>${inlineMarkdown(g.label)}</strong>${g.summary ? ` — ${inlineMarkdown(g.summary)}` : ''}`;
        blocks.push({ text: `<details>\n<summary>${summary}</summary>\n\n${parts.join('')}</details>\n\n`, essential: false });
    }
    const detailsHeading = `## ${inlineMarkdown(reportText(lang, 'md.details'))}\n\n`;
    const firstDetail = blocks.findIndex(b => !b.essential);
    if (firstDetail >= 0) blocks.splice(firstDetail, 0, { text: detailsHeading, essential: true });

    // Fit the blocks into the limit, keeping room for the note.
    const shownLimit = options.maxBytes === undefined ? '1 MiB' : `${limit} bytes`;
    const noteFor = (omitted: number) => `\n> ${inlineMarkdown(reportText(lang, 'md.truncated', { limit: shownLimit, omitted }))}\n`;
    const reserve = bytes(noteFor(blocks.length)) + 16;
    let out = '';
    let used = 0;
    let omitted = 0;
    for (const block of blocks) {
        const size = bytes(block.text);
        // Once a section is left out, the rest are too, so what is shown keeps its order.
        if (omitted === 0 && used + size + reserve <= limit) {
            out += block.text;
            used += size;
        } else {
            omitted++;
        }
    }
    if (omitted) out += noteFor(omitted);
    return out;
}
