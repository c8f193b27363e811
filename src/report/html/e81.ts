/**
 * Form E.81 in HTML (kinds/e81.ts): per agency (each on a new page when printed, A4
 * landscape: the named page of styles.ts), the form's wide table with its numbered columns and the K / Rp pairs, then
 * the closing rows (mean achievement, predikat, factors and follow-up) and the legend of
 * the columns the workspace cannot fill.
 */
import type { Exact } from '../../common/exact.js';
import { formatIdNumber } from '../../common/id-number.js';
import type { Language } from '../../engine/config.js';
import { e81Text, type E81TextKey } from '../e81-messages.js';
import type { E81Organisation, E81Report } from '../kinds/e81.js';
import type { Figure } from '../kinds/common.js';
import { e81PairCells, e81Remark } from '../formats/tables.js';
import { romanQuarter, reportText } from '../messages.js';
import { empty, findingsLink, findingsSection, footer, periodText, titleBlock, toc } from './document.js';
import { esc } from './escape.js';
import { DASH, pct } from './format.js';
import { cols, orgAnchor, orgHeading, orgTitle, th, type Split } from './parts.js';

/** K in the indicator's unit, two decimals in Indonesian notation; a qualitative word as it is. */
function k(value: Figure | null): string {
    if (typeof value === 'string') return value || DASH;
    return value ? formatIdNumber(value, { decimals: 2, fixed: true }) : DASH;
}

function amount(value: Exact | null): string {
    return value ? formatIdNumber(value, { decimals: 2 }) : DASH;
}

/**
 * Column widths (the table is laid out fixed, to stay on the page): the text columns a
 * fixed share, the K and Rp columns of the pairs the rest, evenly.
 */
function widths(pairs: number): string {
    const text = [2.5, 6.5, 4.5, 8.5, 9.5, 3.5];
    const tail = [5.5, 5.5];
    const left = 100 - [...text, ...tail].reduce((a, b) => a + b, 0);
    const k = left / pairs / 2, rp = left / pairs / 2;
    const pct = (x: number) => `${x.toFixed(2)}%`;
    return cols([...text.map(pct), ...Array.from({ length: pairs }, () => [pct(k), pct(rp)]).flat(), ...tail.map(pct)]);
}

export function renderE81Body(data: E81Report, lang: Language, split?: Split): string {
    const l = (key: E81TextKey) => e81Text(lang, key);
    const here = data.organisations.filter(o => !split || split.onIndex(o.organisation));
    let html = titleBlock(data, lang, reportText(lang, 'kind.e81'), reportText(lang, 'kind.e81.subtitle'));
    html += `<p class="note">${esc(l('intro'))}</p>`;
    const linked = split ? data.organisations.filter(o => !split.onIndex(o.organisation)) : [];
    html += toc([...here.map(o => ({ href: orgAnchor(o.organisation), text: orgTitle(o.organisation) }))], lang);
    if (linked.length) html += `<ul>${linked.map(o => `<li><a href="${esc(split!.orgHref(o.organisation))}">${esc(orgTitle(o.organisation))}</a></li>`).join('')}</ul>`;
    if (!data.organisations.length) html += empty(l('none'));
    for (const o of here) html += e81OrganisationSection(data, o, lang);
    html += split ? findingsLink(data.findings, split.findingsHref, lang) : findingsSection(data.findings, lang);
    html += footer(lang, periodText(data, lang));
    return html;
}

/** One agency's form (also the page of an agency in the folder form). */
export function e81OrganisationSection(data: E81Report, o: E81Organisation, lang: Language): string {
    const l = (key: E81TextKey, p?: Record<string, string | number>) => e81Text(lang, key, p);
    const titles = [
        l('col.renstraTarget'), l('col.renstraPrior'), l('col.target'),
        ...Array.from({ length: data.quarter }, (_, q) => l('col.quarter', { quarter: q + 1, roman: romanQuarter(q + 1) })),
        l('col.realisation'), l('col.achievement'), l('col.renstraRealisation'), l('col.renstraAchievement')
    ];
    const percentPair = new Set([3 + data.quarter + 1, 3 + data.quarter + 3]);
    const width = 6 + titles.length * 2 + 2;
    let n = 1;
    let head = '<tr>' + [l('col.no'), l('col.sasaran'), l('col.kode'), l('col.program'), l('col.indikator'), l('col.baseline')].map(t => th(t, '', ' rowspan="2"')).join('')
        + titles.map(t => th(t, '', ' colspan="2"')).join('') + th(l('col.owner'), '', ' rowspan="2"') + th(l('col.remark'), '', ' rowspan="2"') + '</tr>';
    head += '<tr>' + titles.map(() => th(l('k')) + th(l('rp'))).join('') + '</tr>';
    head += '<tr>' + Array.from({ length: width }, () => th(String(n++), 'small')).join('') + '</tr>';
    let body = '';
    for (const r of o.rows) {
        const goal = r.kind === 'unsur' && (r.node.kind === 'sasaran' || r.node.kind === 'tujuan');
        const cells = e81PairCells(r).map((c, index) => {
            const pair = Math.floor(index / 2);
            if (percentPair.has(pair)) return pct(c as Exact | null);
            // Rp: the heading says the currency; the amount alone keeps the wide form readable.
            return index % 2 === 0 ? k(c as Figure | null) : amount(c as Exact | null);
        });
        const indicator = r.indicator ? `${esc(r.indicator.name ?? r.indicator.id)}${r.indicator.unit ? ` <span class="muted small">(${esc(r.indicator.unit)})</span>` : ''}` : '';
        const data = r.indicator ? ` data-indicator="${esc(r.indicator.id)}"` : ` data-node="${esc(r.node.id)}"`;
        body += `<tr${data} class="${goal ? 'goal' : r.kind}"><td>${esc(r.no)}</td><td>${goal ? esc(r.node.name ?? r.node.id) : ''}</td>`
            + `<td>${r.kind === 'unsur' && r.node.code ? esc(r.node.code) : ''}</td><td>${r.kind === 'unsur' && !goal ? esc(r.node.name ?? r.node.id) : ''}</td>`
            + `<td>${indicator}</td><td class="num">${r.kind === 'indikator' ? esc(k(r.baseline)) : ''}</td>`
            + cells.map(c => `<td class="num">${esc(c)}</td>`).join('')
            + `<td>${esc(r.owner ?? '')}</td><td>${esc(e81Remark(r, lang) ?? '')}</td></tr>`;
    }
    const analyst = `<span class="analyst">${esc(l('analyst'))}</span>`;
    const closing = (label: string, content: string) => `<tr class="closing"><td colspan="6">${esc(label)}</td><td colspan="${width - 6}">${content}</td></tr>`;
    const texts = (items: string[]) => (items.length ? items.map(t => `<p>${esc(t)}</p>`).join('') : analyst);
    body += closing(l('close.average'), `${esc(l('k'))}: ${esc(pct(o.averageAchievement))} · ${esc(l('rp'))}: ${esc(pct(o.absorption))}`);
    body += closing(l('close.predikat'), `${esc(o.predikat ? l(`predikat.${o.predikat}`) : DASH)} <span class="muted small">${esc(l('predikat.bands'))}</span>`);
    body += closing(l('close.drivers'), analyst);
    body += closing(l('close.obstacles'), texts(o.obstacles));
    body += closing(l('close.followUpQuarter'), texts(o.followUp));
    body += closing(l('close.followUpRenja'), analyst);
    return `<section class="org" data-org="${esc(o.organisation.id)}">${orgHeading(o.organisation, null, lang)}`
        + `<table class="e81">${widths(titles.length)}<thead>${head}</thead><tbody>${body}</tbody></table>`
        + `<p class="note small">${esc(l('legend.empty'))}</p></section>`;
}
