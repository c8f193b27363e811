/**
 * A written document as a list of blocks (headings, paragraphs, the analyst's places,
 * tables, a signature block, page breaks), already in words and Indonesian notation:
 * what the LKjIP (formats/lkjip.ts) and the PK in Word build, and what the markdown,
 * HTML and Word (docx.ts) renderers print. One model, so the formats say the same.
 */
import type { Language } from '../../engine/config.js';
import { esc } from '../html/escape.js';
import { htmlPage } from '../html/document.js';
import { inlineMarkdown } from './markdown.js';

export interface SignatureColumn {
    label: string;
    title: string;
    name: string;
    nip: string | null;
}

export type Block =
    | { type: 'heading'; level: 1 | 2 | 3; text: string }
    | { type: 'paragraph'; text: string; bold?: boolean; center?: boolean }
    /** A place left for the analyst, `[Diisi oleh analis: …]`: never invented prose. */
    | { type: 'placeholder'; text: string }
    /** `numeric[i]`: column i right-aligned. */
    | { type: 'table'; header: string[]; rows: string[][]; numeric?: boolean[] }
    /** Place and date over two signature columns, kept together on one page. */
    | { type: 'signatures'; placeDate: string; left: SignatureColumn; right: SignatureColumn }
    | { type: 'pageBreak' };

export interface WrittenDocument {
    title: string;
    /** What the HTML page's body class names (`report-lkjip`). */
    kind: string;
    blocks: Block[];
}

// ------------------------------------------------------------------ markdown

const cell = (text: string) => inlineMarkdown(text).replace(/\|/g, '\\|') || ' ';

export function documentMarkdown(doc: WrittenDocument, version: string): string {
    const out = [`<!-- generator: kinerja ${version.replace(/[^\w.+-]/g, '')} -->`, ''];
    for (const b of doc.blocks) {
        switch (b.type) {
            case 'heading': out.push(`${'#'.repeat(b.level)} ${inlineMarkdown(b.text)}`, ''); break;
            case 'paragraph': out.push(b.bold ? `**${inlineMarkdown(b.text)}**` : inlineMarkdown(b.text), ''); break;
            case 'placeholder': out.push(`> ${inlineMarkdown(b.text)}`, ''); break;
            case 'table':
                out.push(`| ${b.header.map(cell).join(' | ')} |`, `|${b.header.map((_, i) => (b.numeric?.[i] ? '---:' : '---')).join('|')}|`);
                for (const row of b.rows) out.push(`| ${row.map(cell).join(' | ')} |`);
                out.push('');
                break;
            case 'signatures': {
                const col = (c: SignatureColumn) => [c.label, c.title, '', '', c.name, c.nip ?? ''];
                const l = col(b.left);
                const r = col(b.right);
                out.push(`| | ${cell(b.placeDate)} |`, '|---|---|', ...l.map((x, i) => `| ${cell(x)} | ${cell(r[i])} |`), '');
                break;
            }
            case 'pageBreak': out.push('---', ''); break;
        }
    }
    return out.join('\n').replace(/\n+$/, '\n');
}

// ------------------------------------------------------------------ HTML

export function documentHtml(doc: WrittenDocument, lang: Language): string {
    let body = '<div class="sheets written">';
    for (const b of doc.blocks) {
        switch (b.type) {
            case 'heading': body += `<h${b.level}>${esc(b.text)}</h${b.level}>`; break;
            case 'paragraph': body += `<p${b.center ? ' style="text-align:center"' : ''}>${b.bold ? `<strong>${esc(b.text)}</strong>` : esc(b.text)}</p>`; break;
            case 'placeholder': body += `<p class="draft analyst">${esc(b.text)}</p>`; break;
            case 'table':
                body += '<table class="formal"><thead><tr>' + b.header.map(h => `<th>${esc(h)}</th>`).join('') + '</tr></thead><tbody>'
                    + b.rows.map(r => '<tr>' + r.map((c, i) => `<td${b.numeric?.[i] ? ' class="num"' : ''}>${esc(c)}</td>`).join('') + '</tr>').join('')
                    + '</tbody></table>';
                break;
            case 'signatures': {
                const col = (c: SignatureColumn) => `<div><div>${esc(c.label)}</div><div>${esc(c.title)}</div><div class="sign-space"></div>`
                    + `<div class="name">${esc(c.name)}</div>${c.nip ? `<div>${esc(c.nip)}</div>` : ''}</div>`;
                body += `<div class="signatures"><div class="place">${esc(b.placeDate)}</div>${col(b.left)}${col(b.right)}</div>`;
                break;
            }
            case 'pageBreak': body += '<hr class="page-break" style="break-after:page;border:0">'; break;
        }
    }
    return htmlPage({ lang, title: doc.title, kind: doc.kind, body: `<section class="sheet">${body}</div></section>` });
}
