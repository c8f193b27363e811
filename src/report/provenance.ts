/**
 * Where a document comes from (its provenance): the kinerja that wrote it, when, the git
 * commit of the workspace (when it is in git), a SHA-256 over its input files, and the
 * options that rebuild it. Every document carries it twice: as a line a reader sees
 * ("Dibuat oleh kinerja … dari commit … · sidik data masukan …") and as a record
 * `kinerja verify` reads back (src/cli/verify.ts) — an HTML `<meta>`, a markdown comment,
 * a `provenance` member of a kind's JSON, the workbook's description, the Word
 * document's custom property, the PDF's Info dictionary. The CSV tables and the JSON
 * contract (docs/report-json.md) are data, not documents, and carry none.
 *
 * The record is JSON with every character outside ASCII and `<`, `>`, `&` escaped, so it
 * sits unchanged inside HTML attributes, markdown comments, XML and PDF strings.
 */
import type { Language } from '../engine/config.js';
import type { HtmlFolder } from './html/folder.js';
import { esc } from './html/escape.js';
import { inlineMarkdown } from './formats/markdown.js';
import { monthName, reportText } from './messages.js';

/** The options of `kinerja report` that decide a document's content, as the run gave them. */
export interface RebuildOptions {
    /** The workspace paths, relative to the folder the command ran in, with `/`. */
    paths: string[];
    kind?: string;
    format: string;
    year: number;
    quarter?: number;
    instansi?: string[];
    lang?: Language;
    lowest?: number;
    separator?: string;
    table?: string;
    /** `--config`, relative like the paths. */
    config?: string;
    /** `--out`, relative like the paths: verify finds the folder the command ran in from it. */
    out?: string;
}

export interface Provenance {
    /** `kinerja 0.1.0`. */
    generator: string;
    /** When it was written, UTC to the second (`SOURCE_DATE_EPOCH` when set). */
    created: string;
    /** `sha256:` and the hex digest over the input files (src/cli/provenance.ts says how). */
    inputs: string;
    /** How many files the digest covers (the .kinerja files and the config files). */
    files: number;
    /** The commit checked out when the document was written, when the workspace is in git. */
    commit: string | null;
    /** Whether an input file differed from that commit (changed, or not committed). */
    uncommitted: boolean;
    options: RebuildOptions;
}

const MARKER = 'kinerja-provenance';

/** The record as ASCII JSON with `<`, `>`, `&` escaped (safe in HTML, comments, XML, PDF strings). */
export function encodeProvenance(p: Provenance): string {
    return JSON.stringify(p).replace(/[^\x20-\x7e]|[<>&]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The record read back, or undefined when the text is not one. */
export function decodeProvenance(text: string): Provenance | undefined {
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch {
        return undefined;
    }
    return isProvenance(value) ? value : undefined;
}

export function isProvenance(value: unknown): value is Provenance {
    if (typeof value !== 'object' || value === null) return false;
    const p = value as Record<string, unknown>;
    const o = p.options as Record<string, unknown> | undefined;
    return typeof p.generator === 'string' && typeof p.created === 'string' && typeof p.inputs === 'string'
        && typeof p.files === 'number' && (p.commit === null || typeof p.commit === 'string') && typeof p.uncommitted === 'boolean'
        && typeof o === 'object' && o !== null && Array.isArray(o.paths) && o.paths.every(x => typeof x === 'string')
        && typeof o.format === 'string' && typeof o.year === 'number';
}

/** `5 Desember 2026 pukul 20.15 UTC` / `5 December 2026, 20:15 UTC`. */
function when(created: string, lang: Language): string {
    const d = new Date(created);
    const hh = String(d.getUTCHours()).padStart(2, '0');
    const mm = String(d.getUTCMinutes()).padStart(2, '0');
    const day = `${d.getUTCDate()} ${monthName(d.getUTCMonth() + 1, lang)} ${d.getUTCFullYear()}`;
    return lang === 'en' ? `${day}, ${hh}:${mm} UTC` : `${day} pukul ${hh}.${mm} UTC`;
}

/** The line a reader sees at the end of the document. */
export function provenanceLine(p: Provenance, lang: Language): string {
    const digest = p.inputs.replace(/^sha256:/, '').slice(0, 16);
    const source = p.commit
        ? reportText(lang, p.uncommitted ? 'provenance.commitUncommitted' : 'provenance.commit', { commit: p.commit.slice(0, 12) })
        : reportText(lang, 'provenance.noGit');
    return reportText(lang, 'provenance.line', { generator: p.generator, when: when(p.created, lang), source, digest, files: p.files });
}

/** An HTML document (every report page is one: html/document.ts htmlPage) with its record and its line. */
export function stampHtml(html: string, p: Provenance, lang: Language): string {
    const meta = `<meta name="${MARKER}" content="${esc(encodeProvenance(p))}">\n`;
    const line = `<p class="provenance">${esc(provenanceLine(p, lang))}</p>\n`;
    const head = html.indexOf('</head>');
    const end = html.lastIndexOf('</main>');
    if (head < 0 || end < 0) throw new RangeError('not a kinerja HTML page');
    return html.slice(0, head) + meta + html.slice(head, end) + line + html.slice(end);
}

const HTML_RECORD = new RegExp(`<meta name="${MARKER}" content="([^"]*)">`);

export function provenanceOfHtml(html: string): Provenance | undefined {
    const m = HTML_RECORD.exec(html);
    if (!m) return undefined;
    return decodeProvenance(m[1].replace(/&(quot|amp|lt|gt|#39);/g, (_, e: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'" })[e]!));
}

/** Every page of an HTML folder (html/folder.ts) stamped. */
export function stampFolder(folder: HtmlFolder, p: Provenance, lang: Language): HtmlFolder {
    return {
        count: folder.count,
        *pages() {
            for (const page of folder.pages()) yield { path: page.path, html: stampHtml(page.html, p, lang) };
        }
    };
}

/** A markdown document with its line at the end and its record in a comment after it. */
export function stampMarkdown(md: string, p: Provenance, lang: Language): string {
    return md.replace(/\n*$/, '\n\n') + `_${inlineMarkdown(provenanceLine(p, lang))}_\n\n<!-- ${MARKER}: ${encodeProvenance(p)} -->\n`;
}

const MARKDOWN_RECORD = new RegExp(`<!-- ${MARKER}: (\\{.*\\}) -->\\n?$`);

export function provenanceOfMarkdown(md: string): Provenance | undefined {
    const m = MARKDOWN_RECORD.exec(md);
    return m ? decodeProvenance(m[1]) : undefined;
}

/** The name of the Word document's custom property and the prefix of the workbook's description. */
export const PROVENANCE_PROPERTY = MARKER;
