/**
 * The shell shared by every HTML report: a self-contained document (inline CSS and
 * SVG, no script, no external URL, a Content-Security-Policy that forbids everything
 * else), the title block with the regional government and the period, the category
 * legend, summary cards, chips, the findings appendix and the footer.
 */
import type { Language } from '../../engine/config.js';
import { bandLabel, reportText, romanQuarter, periodNotice } from '../messages.js';
import type { BandInfo, CategoryRef, ReportBase, ReportFinding } from '../kinds/common.js';
import { esc } from './escape.js';
import { NONE, toneOf } from './palette.js';
import { CSS } from './styles.js';
import { textWidth } from './text-width.js';

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export interface PageParts {
    lang: Language;
    title: string;
    kind: string;
    body: string;
}

export function htmlPage(p: PageParts): string {
    return '<!DOCTYPE html>\n'
        + `<html lang="${p.lang === 'en' ? 'en' : 'id'}">\n<head>\n<meta charset="utf-8">\n`
        + `<meta http-equiv="Content-Security-Policy" content="${CSP}">\n`
        + '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        + '<meta name="generator" content="kinerja">\n'
        + `<title>${esc(p.title)}</title>\n<style>${CSS}</style>\n</head>\n`
        + `<body class="report report-${esc(p.kind)}">\n<main class="page">\n${p.body}\n</main>\n</body>\n</html>\n`;
}

/** A neutral shield with a star: the report's mark (not any official emblem). */
export function emblem(): string {
    return '<svg class="emblem" viewBox="0 0 54 62" width="54" height="62" aria-hidden="true">'
        + '<path d="M27 2 L51 10 V30 C51 45 40 55 27 60 C14 55 3 45 3 30 V10 Z" fill="#1f4e79" stroke="#c9a227" stroke-width="2.5"/>'
        + '<path d="M27 15 L30.6 25.2 L41.4 25.5 L32.8 32 L35.9 42.4 L27 36.2 L18.1 42.4 L21.2 32 L12.6 25.5 L23.4 25.2 Z" fill="#c9a227"/>'
        + '<rect x="14" y="46" width="26" height="3" rx="1.5" fill="#ffffff" opacity=".75"/>'
        + '</svg>';
}

export function periodText(data: Pick<ReportBase, 'year' | 'quarter'>, lang: Language): string {
    return data.quarter
        ? reportText(lang, 'period.quarter', { year: data.year, quarter: data.quarter, roman: romanQuarter(data.quarter) })
        : reportText(lang, 'period.year', { year: data.year });
}

export function regionName(data: ReportBase): string {
    return data.pemdas.map(p => p.name ?? p.id).join(' · ');
}

export function titleBlock(data: ReportBase, lang: Language, title: string, subtitle: string): string {
    const region = regionName(data);
    const small = data.quarter
        ? reportText(lang, 'period.small.quarter', { quarter: data.quarter, roman: romanQuarter(data.quarter) })
        : reportText(lang, 'period.small.year');
    return '<header class="title-block">' + emblem()
        + '<div class="title-text">'
        + (region ? `<p class="eyebrow">${esc(region)}</p>` : '')
        + `<h1>${esc(title)}</h1><p class="subtitle">${esc(subtitle)}</p></div>`
        + `<div class="period">${esc(small)}<strong>${esc(data.year)}</strong></div>`
        + '</header>' + notice(data, lang);
}

/** The report's warnings (a year outside the plan period), under its title. */
function notice(data: ReportBase, lang: Language): string {
    const text = periodNotice(lang, data);
    return text ? `<p class="warning-notice" role="note">${esc(text)}</p>` : '';
}

export function chip(category: CategoryRef | null, bands: BandInfo[], lang: Language, text?: string): string {
    const tone = toneOf(category, bands.length);
    const label = text ?? (category ? bandLabel(category, lang) : reportText(lang, 'legend.notComputable'));
    return `<span class="chip" style="background:${tone.strong};color:${tone.text}">${esc(label)}</span>`;
}

export function tintStyle(category: CategoryRef | null, bands: BandInfo[]): string {
    if (!category) return '';
    const tone = toneOf(category, bands.length);
    return ` style="background:${tone.tint}"`;
}

export function legendBlock(bands: BandInfo[], lang: Language): string {
    const items = bands.map((b, k) => {
        const range = b.min !== null ? reportText(lang, 'legend.band', { min: b.min })
            : reportText(lang, 'legend.bandLowest', { min: bands[k - 1]?.min ?? 0 });
        return `<span><span class="swatch" style="background:${toneOf(b, bands.length).strong}"></span>${esc(bandLabel(b, lang))} <span class="muted">${esc(range)}</span></span>`;
    });
    items.push(`<span><span class="swatch" style="background:${NONE.strong}"></span>${esc(reportText(lang, 'legend.notComputable'))}</span>`);
    return `<div class="legend-row"><span class="title">${esc(reportText(lang, 'legend.categories'))}:</span>${items.join('')}</div>`;
}

export interface Card {
    label: string;
    value: string;
    note?: string;
    colour?: string;
}

/** The width a card's value may take: the narrowest card (styles.ts: 190 px) less its padding. */
const CARD_VALUE_WIDTH = 190 - 26;
const CARD_VALUE_FONT = 22;

export function cards(items: Card[]): string {
    return '<div class="cards">' + items.map(c => {
        // A long value (a budget of trillions) gets a smaller font rather than being cut.
        const size = Math.min(CARD_VALUE_FONT, Math.floor(CARD_VALUE_WIDTH / textWidth(c.value, 1, true)));
        const style = size < CARD_VALUE_FONT ? ` style="font-size:${size}px"` : '';
        return `<div class="card"${c.colour ? ` style="border-top-color:${c.colour}"` : ''}><div class="label">${esc(c.label)}</div>`
            + `<div class="value"${style}>${esc(c.value)}</div>${c.note ? `<div class="note">${esc(c.note)}</div>` : ''}</div>`;
    }).join('') + '</div>';
}

export function toc(entries: Array<{ href: string; text: string }>, lang: Language): string {
    if (entries.length < 2) return '';
    return `<nav class="toc"><strong>${esc(reportText(lang, 'contents'))}</strong><ol>`
        + entries.map(e => `<li><a href="#${esc(e.href)}">${esc(e.text)}</a></li>`).join('') + '</ol></nav>';
}

export function findingsSection(findings: ReportFinding[], lang: Language): string {
    if (!findings.length) return '';
    const rows = findings.map(f =>
        `<tr><td class="small">${esc(`${f.file}:${f.line}:${f.column}`)}</td><td>${esc(reportText(lang, `severity.${f.severity}`))}</td>`
        + `<td><span class="code">${esc(f.code)}</span></td><td>${esc(f.message)}</td></tr>`).join('');
    return `<section class="findings-section"><h2 id="findings">${esc(reportText(lang, 'section.findings'))}</h2>`
        + `<table class="findings"><thead><tr><th>${esc(reportText(lang, 'col.location'))}</th><th>${esc(reportText(lang, 'col.status'))}</th>`
        + `<th>${esc(reportText(lang, 'col.code'))}</th><th>${esc(reportText(lang, 'col.finding'))}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

/** In the folder form: where the check findings are, instead of the findings themselves. */
export function findingsLink(findings: ReportFinding[], href: string, lang: Language): string {
    if (!findings.length) return '';
    return `<section class="findings-section"><h2 id="findings">${esc(reportText(lang, 'section.findings'))}</h2>`
        + `<p><a href="${esc(href)}">${esc(reportText(lang, 'folder.findings', { count: findings.length }))}</a></p></section>`;
}

export function footer(lang: Language, period: string): string {
    return `<footer><span>${esc(reportText(lang, 'generatedBy'))}</span><span>${esc(period)}</span></footer>`;
}

export function empty(text: string): string {
    return `<p class="empty">${esc(text)}</p>`;
}
