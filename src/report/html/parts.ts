/**
 * Table pieces shared by the report kinds: headings of an organisation section, a node
 * row (program, kegiatan …) inside an indicator table, indicator cells, and number
 * cells. All user text is escaped here.
 */
import type { Language } from '../../engine/config.js';
import { reportText } from '../messages.js';
import type { Exact } from '../../common/exact.js';
import type { Figure, IndicatorRef, NodeRef, OrganisationRef, PositionRef, RevisionRef } from '../kinds/common.js';
import { formatDate } from '../messages.js';
import { anchor, esc } from './escape.js';
import { range } from './format.js';

/**
 * The report as a folder (folder.ts): the overview page holds the regional governments'
 * sections and links to a page per agency; without it, one document with every section.
 */
export interface Split {
    /** The link from the overview page to an organisation's section. */
    orgHref(o: OrganisationRef): string;
    /** Whether an organisation's section is on the overview page. */
    onIndex(o: OrganisationRef): boolean;
    /** The link to the page(s) of check findings, when there are findings. */
    findingsHref: string;
}

export function orgAnchor(o: OrganisationRef): string {
    return anchor('org', o.id);
}

export function orgTitle(o: OrganisationRef): string {
    return o.name ?? o.id;
}

export function orgHeading(o: OrganisationRef, head: PositionRef | null, lang: Language): string {
    const meta: string[] = [reportText(lang, `kind.${o.kind}`)];
    if (head) meta.push(`${head.acting ? `${reportText(lang, `pk.acting.${head.acting}`)} ` : ''}${head.title ?? head.id}${head.official ? `: ${head.official}` : ''}`);
    if (o.period) meta.push(reportText(lang, o.kind === 'pemda' ? 'rpjmd' : 'renstra', { ...o.period }));
    return `<h2 id="${esc(orgAnchor(o))}">${esc(orgTitle(o))} <span class="id">${esc(o.id)}</span></h2>`
        + `<p class="org-meta">${meta.map(m => esc(m)).join(' · ')}</p>`;
}

export function nodeLabel(node: NodeRef, lang: Language): string {
    return `<span class="kind-tag">${esc(reportText(lang, `node.${node.kind}`))}</span>`
        + (node.code ? `<span class="code">${esc(node.code)}</span> ` : '')
        + `${esc(node.name ?? node.id)}`;
}

export function nodeRow(node: NodeRef, depth: number, colspan: number, lang: Language): string {
    const owner = node.owner ? ` <span class="muted small">· ${esc(node.owner.title ?? node.owner.id)}</span>` : '';
    return `<tr class="node-row"><td colspan="${colspan}" class="d${Math.min(depth, 4)}">${nodeLabel(node, lang)}${owner}</td></tr>`;
}

/** `IKU` beside a key performance indicator's name (`utama`). */
export function keyTag(ref: IndicatorRef, lang: Language): string {
    return ref.key ? ` <span class="tag-key" title="${esc(reportText(lang, 'key.title'))}">${esc(reportText(lang, 'key.tag'))}</span>` : '';
}

/**
 * The indicator's name (marked IKU when it is one), with its id (and optionally its
 * unit) in small type below, and `extra` (a revision note) under it.
 */
export function indicatorCell(ref: IndicatorRef, depth: number, withUnit = false, lang: Language = 'id', extra = ''): string {
    return `<td class="d${Math.min(depth, 4)}"><span class="ind-name">${esc(ref.name ?? ref.id)}${keyTag(ref, lang)}</span>`
        + `<span class="ind-id">${esc(ref.id)}${withUnit ? ` <span class="unit">· ${esc(unitText(ref))}</span>` : ''}</span>${extra}</td>`;
}

export function numCell(text: string, attrs = ''): string {
    return `<td class="num"${attrs}>${esc(text)}</td>`;
}

export function th(text: string, cls = '', attrs = ''): string {
    return `<th${cls ? ` class="${cls}"` : ''}${attrs}>${esc(text)}</th>`;
}

/** The indicator's unit as written (custom units are quoted strings in the source). */
export function unitText(ref: IndicatorRef): string {
    return ref.unit ?? '—';
}

/** Column widths ('' leaves a column to take the rest). */
export function cols(widths: string[]): string {
    return '<colgroup>' + widths.map(w => w ? `<col style="width:${w}">` : '<col>').join('') + '</colgroup>';
}

/** A figure in force with, when it was revised, the original value in small type below ("semula 85"). */
export function revisedCell(text: string, original: string | null, lang: Language, attrs = ''): string {
    return `<td class="num"${attrs}>${esc(text)}${original !== null ? `<span class="was">${esc(reportText(lang, 'revision.was', { value: original }))}</span>` : ''}</td>`;
}

/** A target in force beside its original (`null` original: not revised). */
export function targetCell(value: Figure | null, upper: Exact | null, original: Figure | null, originalUpper: Exact | null, revision: RevisionRef | null, lang: Language): string {
    return revisedCell(range(value, upper), revision ? range(original, originalUpper) : null, lang);
}

/** "Target direvisi 10 Juli 2025 (semula 85): Refocusing …", under the indicator's or node's name. */
export function revisionNote(what: 'target' | 'pagu', revision: RevisionRef | null, original: string, lang: Language): string {
    if (!revision) return '';
    const text = reportText(lang, `revision.${what}`, { date: formatDate(revision.date, lang), original, reason: revision.reason ?? '' });
    return `<span class="revision">${esc(text)}</span>`;
}
