/**
 * The LKE pre-check in HTML (kinds/lke.ts): the predikat bands, the overview of every
 * organisation's scores, then per organisation (each on a new page when printed) the
 * scores per component and sub-component and the worksheet's criteria with their
 * result, score, reasons (file:line) and the evidence each needs. Only the report's
 * shared styles are used.
 */
import { formatIdNumber } from '../../common/id-number.js';
import type { Exact } from '../../common/exact.js';
import type { Language } from '../../engine/config.js';
import { reportText } from '../messages.js';
import { lkeText, type LkeTextKey } from '../lke-messages.js';
import type { LkeCriterionResult, LkeOrganisationResult, LkeReport, LkeResult } from '../kinds/lke.js';
import { cards, empty, findingsLink, findingsSection, footer, periodText, titleBlock, toc } from './document.js';
import { esc } from './escape.js';
import { DASH, pct } from './format.js';
import { cols, numCell, orgAnchor, orgHeading, orgTitle, th, type Split } from './parts.js';

/** How many reasons a criterion's cell lists before "… and N more". */
const REASONS_SHOWN = 10;

const RESULT_COLOURS: Record<LkeResult, { background: string; colour: string }> = {
    terpenuhi: { background: '#1b7f3b', colour: '#ffffff' },
    sebagian: { background: '#d9a400', colour: '#1f1f1f' },
    tidak: { background: '#c0392b', colour: '#ffffff' },
    manual: { background: '#eef0f3', colour: '#3b4551' }
};

function score(value: Exact | null): string {
    return value ? formatIdNumber(value, { decimals: 2, fixed: true }) : DASH;
}

/**
 * The LKE pre-check as one document; with `split` (the report as a folder, html/folder.ts),
 * the overview page: the sections of the organisations that have a page of their own
 * are linked, not repeated, and the findings are a link.
 */
export function renderLkeBody(data: LkeReport, lang: Language, split?: Split): string {
    const l = (key: LkeTextKey, p?: Record<string, string | number>) => lkeText(lang, key, p);
    const here = data.organisations.filter(o => !split || split.onIndex(o.organisation));
    let html = titleBlock(data, lang, reportText(lang, 'kind.lke'), reportText(lang, 'kind.lke.subtitle'));
    html += `<p class="note">${esc(l('intro'))}</p>`;
    html += toc([{ href: 'overview', text: l('section.overview') }, ...here.map(o => ({ href: orgAnchor(o.organisation), text: orgTitle(o.organisation) }))], lang);

    html += `<section class="overview"><h2 id="overview">${esc(l('section.overview'))}</h2>`;
    if (!data.organisations.length) html += empty(reportText(lang, 'noRows'));
    else html += overviewTable(data, lang, split);
    html += predikatTable(data, lang) + '</section>';

    for (const o of here) html += lkeOrganisationSection(o, lang);
    html += split ? findingsLink(data.findings, split.findingsHref, lang) : findingsSection(data.findings, lang);
    html += footer(lang, periodText(data, lang));
    return html;
}

function overviewTable(data: LkeReport, lang: Language, split?: Split): string {
    const l = (key: LkeTextKey) => lkeText(lang, key);
    const names = data.organisations[0].components.map(c => `${c.no}. ${lang === 'en' ? c.nameEn : c.name} (${score(c.weight)})`);
    let html = '<table class="lke-overview fixed">' + cols(['', '9%', '9%', '9%', '9%', '9%', '9%', '9%', '10%']) + '<thead><tr>'
        + th(reportText(lang, 'col.organisation')) + names.map(n => th(n, 'num')).join('')
        + th(l('col.scoreData'), 'num') + th(l('col.upper'), 'num') + th(l('col.predikat')) + th(l('col.predikatUpper')) + '</tr></thead><tbody>';
    for (const o of data.organisations) {
        html += `<tr data-org="${esc(o.organisation.id)}"><td><a href="${esc(split ? split.orgHref(o.organisation) : `#${orgAnchor(o.organisation)}`)}">${esc(orgTitle(o.organisation))}</a><span class="ind-id">${esc(o.organisation.id)}</span></td>`
            + o.components.map(c => numCell(score(c.score))).join('')
            + numCell(score(o.score)) + numCell(score(o.upper))
            + `<td>${predikatChip(o.predikat.secured.label)}</td><td>${predikatChip(o.predikat.possible.label)}</td></tr>`;
    }
    return html + '</tbody></table>';
}

function predikatChip(label: string): string {
    return `<span class="chip plain">${esc(label)}</span>`;
}

function predikatTable(data: LkeReport, lang: Language): string {
    const l = (key: LkeTextKey, p?: Record<string, string | number>) => lkeText(lang, key, p);
    let html = `<h3>${esc(l('section.predikat'))}</h3><table class="lke-predikat">` + '<thead><tr>' + th(l('col.predikat').split(' ')[0]) + th(l('col.band')) + th(l('col.meaning')) + '</tr></thead><tbody>';
    data.predikatBands.forEach((b, k) => {
        const max = k === 0 ? 100 : data.predikatBands[k - 1].above!;
        const range = b.above === null ? l('band.lowest', { max }) : l('band.above', { min: b.above, max });
        html += `<tr><td>${predikatChip(b.label)}</td><td>${esc(range)}</td><td>${esc(b.meaning[lang])}</td></tr>`;
    });
    return html + '</tbody></table>';
}

/** One organisation's criteria: a section of the single document, or the page of its own in a folder. */
export function lkeOrganisationSection(o: LkeOrganisationResult, lang: Language): string {
    const l = (key: LkeTextKey, p?: Record<string, string | number>) => lkeText(lang, key, p);
    let html = `<section class="org" data-org="${esc(o.organisation.id)}">` + orgHeading(o.organisation, o.head, lang);
    if (o.organisation.kind === 'pemda') {
        html += `<p class="note">${esc(o.agencies.length ? l('pooled', { count: o.agencies.length, agencies: o.agencies.join(', ') }) : l('pooled.none'))}</p>`;
    }
    const manual = o.components.flatMap(c => c.subComponents.flatMap(s => s.criteria)).filter(k => k.result === 'manual').length;
    html += cards([
        { label: l('card.score'), value: score(o.score), note: `${o.predikat.secured.label} · ${o.predikat.secured.meaning[lang]}` },
        { label: l('card.dataShare'), value: pct(o.dataShare), note: `${score(o.score)} / ${score(o.dataWeight)}` },
        { label: l('card.upper'), value: score(o.upper), note: `${o.predikat.possible.label} · ${o.predikat.possible.meaning[lang]}` },
        { label: l('col.manualWeight'), value: score(o.manualWeight), note: l('card.manual', { count: manual, weight: score(o.manualWeight) }) }
    ]);

    html += `<h3>${esc(l('section.components'))}</h3><table class="lke-components fixed">` + cols(['8%', '', '13%', '10%', '12%', '12%'])
        + '<thead><tr>' + th(l('col.no')) + th(l('col.component')) + th(l('col.aspect')) + th(l('col.weight'), 'num')
        + th(l('col.scoreData'), 'num') + th(l('col.manualWeight'), 'num') + '</tr></thead><tbody>';
    for (const c of o.components) {
        html += `<tr class="node-row"><td>${esc(String(c.no))}</td><td>${esc(lang === 'en' ? `${c.name} (${c.nameEn})` : c.name)}</td><td></td>`
            + numCell(score(c.weight)) + numCell(score(c.score)) + numCell(score(c.manualWeight)) + '</tr>';
        for (const s of c.subComponents) {
            html += `<tr><td>${esc(s.id)}</td><td class="d1">${esc(s.name)}</td><td>${esc(l(`aspect.${s.aspect}`))}</td>`
                + numCell(score(s.weight)) + numCell(score(s.score)) + numCell(score(s.manualWeight)) + '</tr>';
        }
    }
    html += `<tr class="total"><td></td><td>${esc(l('total'))}</td><td></td>` + numCell('100,00') + numCell(score(o.score)) + numCell(score(o.manualWeight)) + '</tr></tbody></table>';

    html += `<h3>${esc(l('section.criteria'))}</h3><table class="lke-criteria fixed">` + cols(['8%', '32%', '12%', '9%', ''])
        + '<thead><tr>' + th(l('col.no')) + th(l('col.criterion')) + th(l('col.result')) + th(l('col.score'), 'num')
        + th(`${l('col.reasons')} · ${l('col.evidence')}`) + '</tr></thead><tbody>';
    for (const c of o.components) {
        for (const s of c.subComponents) {
            html += `<tr class="node-row"><td colspan="5">${esc(`${s.id} ${s.name}`)} <span class="muted small">· ${esc(l(`aspect.${s.aspect}`))} · ${esc(l('col.weight'))} ${esc(score(s.weight))}</span></td></tr>`;
            for (const k of s.criteria) html += criterionRow(k, lang);
        }
    }
    return html + '</tbody></table></section>';
}

function criterionRow(k: LkeCriterionResult, lang: Language): string {
    const l = (key: LkeTextKey, p?: Record<string, string | number>) => lkeText(lang, key, p);
    const colours = RESULT_COLOURS[k.result];
    const chip = `<span class="chip" style="background:${colours.background};color:${colours.colour}">${esc(l(`result.${k.result}`))}</span>`
        + (k.checked !== null ? `<span class="ind-id">${esc(`${k.passed} / ${k.checked}`)}</span>` : '');
    const reasons = k.reasons.slice(0, REASONS_SHOWN).map(r => `<li>${r.location ? `<span class="code">${esc(r.location)}</span> ` : ''}${esc(r.message[lang])}</li>`);
    if (k.reasons.length > REASONS_SHOWN) reasons.push(`<li class="muted">${esc(l('more', { count: k.reasons.length - REASONS_SHOWN }))}</li>`);
    const detail = (reasons.length ? `<ul class="small">${reasons.join('')}</ul>` : '')
        + `<span class="muted small">${esc(l('col.evidence'))}: ${esc(k.evidence[lang])}</span>`;
    return `<tr data-criterion="${esc(k.id)}" data-result="${esc(k.result)}"><td>${esc(k.id)}</td><td>${esc(k.name)}</td><td>${chip}</td>`
        + numCell(`${score(k.score)} / ${score(k.maxScore)}`) + `<td>${detail}</td></tr>`;
}
