/**
 * Performance agreements in HTML, printable on A4: a cover listing the documents, then
 * for each official a sheet with the statement page (parties, promise, place and date,
 * signatures) and, on the next page, the appendix tables (objectives, indicators and
 * targets; programs / kegiatan and budget) signed again. Each sheet starts a new page.
 */
import type { Language } from '../../engine/config.js';
import { formatDate, reportText , type ReportMessageKey } from '../messages.js';
import type { AgreementDocument, AgreementParty, AgreementsReport } from '../kinds/agreements.js';
import { cards, emblem, empty, findingsLink, findingsSection, footer, periodText, titleBlock } from './document.js';
import { anchor, esc } from './escape.js';
import { range, rp } from './format.js';
import { th, type Split } from './parts.js';

type T = (key: ReportMessageKey, p?: Record<string, string | number>) => string;

export function renderAgreementsBody(data: AgreementsReport, lang: Language, split?: Split): string {
    const t: T = (key, p) => reportText(lang, key, p);
    let html = titleBlock(data, lang, `${t('kind.agreements')} ${t('period.year', { year: data.year })}`, t('kind.agreements.subtitle'));
    html += cards([
        { label: t('card.documents'), value: String(data.documents.length) },
        { label: t('card.signed'), value: String(data.documents.filter(d => d.signedDate).length) },
        { label: t('card.organisations'), value: String(new Set(data.documents.map(d => d.organisation.id)).size) }
    ]);
    if (!data.documents.length) {
        html += empty(t('pk.none'));
    } else {
        html += `<nav class="toc"><strong>${esc(t('contents'))}</strong><ol>`
            + data.documents.map(d => `<li><a href="${esc(split && !split.onIndex(d.organisation) ? `${split.orgHref(d.organisation)}#${docAnchor(d)}` : `#${docAnchor(d)}`)}">${esc(signedTitle(d.firstParty, lang) ?? d.position.id)}</a>`
                + (d.amendment ? ` <span class="small">${esc(t('pk.title.amended', { year: d.year }))}, ${esc(formatDate(d.amendment.date, lang))}</span>` : '')
                + ` <span class="muted small">${esc(d.organisation.name ?? d.organisation.id)}</span></li>`).join('')
            + '</ol></nav>';
        const here = split ? data.documents.filter(d => split.onIndex(d.organisation)) : data.documents;
        if (here.length) html += sheets(here, lang);
    }
    html += split ? findingsLink(data.findings, split.findingsHref, lang) : findingsSection(data.findings, lang);
    html += footer(lang, periodText(data, lang));
    return html;
}

/** The agreement sheets of `documents`, each starting a new page in print. */
export function sheets(documents: AgreementDocument[], lang: Language): string {
    return '<div class="sheets">' + documents.map(d => sheet(d, lang)).join('') + '</div>';
}

function docAnchor(d: AgreementDocument): string {
    return anchor('pk', `${d.position.id}-${d.year}${d.amendment ? `-${d.amendment.date}` : ''}`);
}

/** The position title as signed: `Plt. Kepala Dinas …` for an acting official. */
function signedTitle(party: AgreementParty, lang: Language): string | null {
    if (!party.acting || party.title === null) return party.title;
    return `${reportText(lang, `pk.acting.${party.acting}`)} ${party.title}`;
}

const blank = (lang: Language) => reportText(lang, 'pk.unknown');

function sheet(d: AgreementDocument, lang: Language): string {
    const t: T = (key, p) => reportText(lang, key, p);
    const orgName = d.organisation.name ?? d.organisation.id;
    let html = `<section class="sheet" id="${esc(docAnchor(d))}" data-position="${esc(d.position.id)}"${d.amendment ? ` data-amendment="${esc(d.amendment.date)}"` : ''}>`;
    html += '<div class="doc-head">' + emblem()
        + `<h2>${esc(t(d.amendment ? 'pk.title.amended' : 'pk.title', { year: d.year }))}</h2><p>${esc(orgName)}</p>`
        + (d.pemda?.name ? `<p class="muted">${esc(d.pemda.name)}</p>` : '') + '</div>';
    if (!d.declared) html += `<p class="draft">${esc(t('pk.draft'))}</p>`;
    else if (!d.signedDate) html += `<p class="draft">${esc(t('pk.unsigned'))}</p>`;
    if (d.amendment) {
        html += `<p class="amended">${esc(t('pk.amended', {
            date: formatDate(d.amendment.date, lang), original: d.amendment.originalSigned ? formatDate(d.amendment.originalSigned, lang) : blank(lang)
        }))}</p>`;
    }
    html += `<p>${esc(t('pk.opening'))}</p>`;
    html += parties(d.firstParty.name, signedTitle(d.firstParty, lang), d.firstParty.nip, lang) + `<p>${esc(t('pk.firstParty'))}</p>`;
    html += parties(d.secondParty.name, signedTitle(d.secondParty, lang), d.secondParty.nip, lang)
        + `<p>${esc(t(d.secondParty.source === 'none' ? 'pk.secondParty' : 'pk.secondParty.superior'))}</p>`;
    if (d.secondParty.source === 'none') html += `<p class="draft">${esc(t('pk.noSecondParty', { position: d.position.id }))}</p>`;
    html += `<p>${esc(t('pk.promise'))}</p><p>${esc(t('pk.supervise'))}</p>`;
    html += signatures(d, lang);

    // ---------------------------------------------------------- appendix
    html += '<div class="appendix">';
    html += `<h3>${esc(t(d.amendment ? 'pk.appendix.amended' : 'pk.appendix', { year: d.year }))}</h3>`
        + `<p style="text-align:center"><strong>${esc((signedTitle(d.firstParty, lang) ?? d.position.id).toUpperCase())}</strong><br>${esc(orgName)}</p>`;
    html += `<h4>1. ${esc(t('pk.appendix.targets'))}</h4>`;
    const targetRows = d.targets.flatMap(g => g.indicators.map((i, k) => ({ g, i, first: k === 0 })));
    if (!targetRows.length) {
        html += empty(t('pk.noTargets'));
    } else {
        html += '<table class="formal targets"><thead><tr>' + th(t('col.no')) + th(t('col.objective')) + th(t('col.indicator'))
            + th(t('col.target')) + '</tr></thead><tbody>';
        let no = 0;
        for (const { g, i, first } of targetRows) {
            html += `<tr data-indicator="${esc(i.indicator.id)}">`;
            if (first) {
                no++;
                const span = g.indicators.length > 1 ? ` rowspan="${g.indicators.length}"` : '';
                html += `<td class="center"${span}>${no}</td><td${span}>${esc(g.node.name ?? g.node.id)}</td>`;
            }
            const unit = i.indicator.unit ? ` ${i.indicator.unit}` : '';
            const was = i.revision ? `<span class="was">${esc(t('revision.was', { value: range(i.originalTarget, null) + unit }))}</span>` : '';
            html += `<td>${esc(i.indicator.name ?? i.indicator.id)}</td><td class="num">${esc(range(i.target, i.targetUpper) + unit)}${was}</td></tr>`;
        }
        html += '</tbody></table>';
    }
    html += `<h4>2. ${esc(t('pk.appendix.budget'))}</h4>`;
    if (!d.budget.length) {
        html += empty(t('pk.noBudget'));
    } else {
        html += '<table class="formal budget"><thead><tr>' + th(t('col.no')) + th(t('col.programme')) + th(t('col.budget'))
            + th(t('col.note')) + '</tr></thead><tbody>';
        d.budget.forEach((b, k) => {
            html += `<tr data-node="${esc(b.node.id)}"><td class="center">${k + 1}</td><td>${esc(b.node.name ?? b.node.id)}`
                + (b.node.code ? ` <span class="code">(${esc(b.node.code)})</span>` : '') + `</td>`
                + `<td class="num">${esc(rp(b.pagu))}${b.paguRevision ? `<span class="was">${esc(t('revision.was', { value: rp(b.paguOriginal) }))}</span>` : ''}</td>`
                + `<td>${esc(t('pk.budgetSource', { year: d.year }))}${b.paguRevision ? `<span class="revision">${esc(t('revision.pagu', {
                    date: formatDate(b.paguRevision.date, lang), original: rp(b.paguOriginal), reason: b.paguRevision.reason ?? ''
                }))}</span>` : ''}</td></tr>`;
        });
        html += `<tr class="total"><td></td><td>${esc(t('total'))}</td><td class="num">${esc(rp(d.budgetTotal))}</td><td></td></tr>`;
        html += '</tbody></table>';
    }
    html += signatures(d, lang);
    html += '</div>';
    return html + '</section>';
}

function parties(name: string | null, title: string | null, nip: string | null, lang: Language): string {
    const t: T = key => reportText(lang, key);
    return '<table class="parties"><tbody>'
        + `<tr><td>${esc(t('pk.name'))}</td><td>:</td><td>${esc(name ?? blank(lang))}</td></tr>`
        + `<tr><td>${esc(t('pk.position'))}</td><td>:</td><td>${esc(title ?? blank(lang))}</td></tr>`
        + (nip ? `<tr><td>${esc(t('pk.nip'))}</td><td>:</td><td>${esc(nip)}</td></tr>` : '')
        + '</tbody></table>';
}

function signatures(d: AgreementDocument, lang: Language): string {
    const t: T = key => reportText(lang, key);
    const place = d.place ?? blank(lang);
    const date = d.signedDate ? formatDate(d.signedDate, lang) : `${blank(lang)} ${d.year}`;
    const column = (label: string, title: string | null, name: string | null, nip: string | null) =>
        `<div><div>${esc(label)}</div><div>${esc(title ?? '')}</div><div class="sign-space"></div>`
        + `<div class="name">${esc(name ?? blank(lang))}</div>${nip ? `<div>${esc(t('pk.nip'))} ${esc(nip)}</div>` : ''}</div>`;
    return '<div class="signatures">'
        + `<div class="place" data-date="${esc(d.signedDate ?? '')}">${esc(place)}, ${esc(date)}</div>`
        + column(t('pk.secondPartyLabel'), signedTitle(d.secondParty, lang), d.secondParty.name, d.secondParty.nip)
        + column(t('pk.firstPartyLabel'), signedTitle(d.firstParty, lang), d.firstParty.name, d.firstParty.nip)
        + '</div>';
}
