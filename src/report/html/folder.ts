/**
 * The HTML report as a folder (`kinerja report --format html --out DIR`), for a
 * province-sized workspace whose single document would be hundreds of megabytes:
 *
 * - `index.html`: the title block, the regional overview (cards, categories, the table
 *   of organisations with their score, category, pagu, absorption and rank — each agency
 *   linked to its page), the regional governments' own sections, and a link to the
 *   check findings;
 * - `instansi/<id>.html`: one page per agency, its whole section as in the single
 *   document, with a link back to the overview;
 * - `temuan.html` (`temuan-2.html` …): the check findings, in pages of at most
 *   FINDINGS_PAGE_BYTES.
 *
 * Each page is a self-contained document like the single file (inline CSS, no script, the
 * same Content-Security-Policy): the stylesheet is 11 KB, 4 MB over 400 pages, and an
 * external one would need a looser policy (`style-src 'self'`, which browsers read
 * differently for file:// pages). Links between pages are relative, so the folder works
 * opened from disk and copied elsewhere. The ranking has no per-agency part: its folder
 * is the overview page (and the findings). The LKE pre-check splits like the annual
 * report: the overview and the predikat bands, then a page of criteria per agency.
 *
 * Pages are produced one at a time (`pages()`), so a caller writes each and lets it go
 * instead of holding the whole report in memory.
 */
import type { Language } from '../../engine/config.js';
import { reportText } from '../messages.js';
import type { ReportData, ReportFinding } from '../kinds/index.js';
import type { OrganisationRef } from '../kinds/common.js';
import type { NotesBlock } from '../kinds/notes.js';
import { renderAgreementsBody, sheets } from './agreements.js';
import { organisationSection as annualSection, renderAnnualBody } from './annual.js';
import { findingsSection, footer, htmlPage, periodText, regionName, titleBlock } from './document.js';
import { esc } from './escape.js';
import { orgAnchor, orgTitle, type Split } from './parts.js';
import { organisationSection as quarterlySection, renderQuarterlyBody } from './quarterly.js';
import { renderRankingBody } from './ranking.js';
import { lkeOrganisationSection, renderLkeBody } from './lke.js';
import { e81OrganisationSection, renderE81Body } from './e81.js';

export interface HtmlFolderPage {
    /** Relative to the folder, with `/`: `index.html`, `instansi/Dinkes.html`. */
    path: string;
    html: string;
}

export interface HtmlFolder {
    /** How many pages `pages()` gives. */
    count: number;
    pages(): Generator<HtmlFolderPage>;
}

/** The folder of agency pages. */
export const AGENCY_FOLDER = 'instansi';
/** The findings are cut into pages of about this many bytes of table rows. */
export const FINDINGS_PAGE_BYTES = 2_000_000;

const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name per organisation id: the id with anything but letters, digits, `_` and `-`
 * replaced, unique also where names are compared without case (Windows, macOS), never a
 * name Windows reserves.
 */
export function pageNames(ids: string[]): Map<string, string> {
    const names = new Map<string, string>();
    const taken = new Set<string>();
    for (const id of ids) {
        if (names.has(id)) continue;
        let base = id.replace(/[^A-Za-z0-9_-]/g, '_') || '_';
        if (WINDOWS_RESERVED.test(base)) base += '_';
        let name = base;
        for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base}-${k}`;
        taken.add(name.toLowerCase());
        names.set(id, name);
    }
    return names;
}

/** An evidence link relative to the folder, as seen from a page one folder down. */
function fromSubfolder(link: string | null): string | null {
    if (link === null || /^[a-z][a-z0-9+.-]*:/i.test(link)) return link;
    return `../${link}`;
}

function relinked<T extends { notes: NotesBlock[] }>(o: T): T {
    return { ...o, notes: o.notes.map(b => ({ ...b, evidence: b.evidence.map(e => ({ ...e, link: fromSubfolder(e.link) })) })) };
}

/** The findings cut into pages of about FINDINGS_PAGE_BYTES of rows each (at least one finding a page). */
function findingsParts(findings: ReportFinding[], lang: Language): ReportFinding[][] {
    const parts: ReportFinding[][] = [];
    let part: ReportFinding[] = [];
    let bytes = 0;
    for (const f of findings) {
        // A row's size: its texts and the markup around them (document.ts findingsSection).
        const size = 160 + f.file.length + f.code.length + f.message.length * 1.2 + reportText(lang, `severity.${f.severity}`).length;
        if (part.length && bytes + size > FINDINGS_PAGE_BYTES) { parts.push(part); part = []; bytes = 0; }
        part.push(f);
        bytes += size;
    }
    if (part.length) parts.push(part);
    return parts;
}

/**
 * The report as a folder of pages (see the module comment). `language` as for
 * renderHtmlReport. The data is built with evidence links relative to the folder.
 */
export function renderHtmlFolder(data: ReportData, options: { language?: Language } = {}): HtmlFolder {
    const lang: Language = options.language ?? 'id';
    const t = (key: Parameters<typeof reportText>[1], p?: Record<string, string | number>) => reportText(lang, key, p);
    const region = regionName(data);
    const period = periodText(data, lang);
    const kindTitle = t(`kind.${data.kind}`);
    const docTitle = `${kindTitle} — ${period}${region ? ` — ${region}` : ''}`;
    const heading = data.kind === 'annual' || data.kind === 'agreements' ? `${kindTitle} ${t('period.year', { year: data.year })}` : kindTitle;
    const subtitle = data.kind === 'quarterly' ? t('kind.quarterly.subtitle', { quarter: data.quarter ?? 0 }) : t(`kind.${data.kind}.subtitle`);

    // The organisations with a page of their own: the agencies, in the report's order.
    const agencies: OrganisationRef[] = data.kind === 'annual' || data.kind === 'quarterly' || data.kind === 'lke' || data.kind === 'e81'
        ? data.organisations.map(o => o.organisation).filter(o => o.kind === 'instansi')
        : data.kind === 'agreements'
            ? [...new Map(data.documents.filter(d => d.organisation.kind === 'instansi').map(d => [d.organisation.id, d.organisation])).values()]
            : [];
    const names = pageNames(agencies.map(o => o.id));
    const findings = findingsParts(data.findings, lang);
    const findingsFile = (k: number) => (k === 0 ? 'temuan.html' : `temuan-${k + 1}.html`);
    const split: Split = {
        orgHref: o => (names.has(o.id) ? `${AGENCY_FOLDER}/${names.get(o.id)}.html` : `#${orgAnchor(o)}`),
        onIndex: o => !names.has(o.id),
        findingsHref: findingsFile(0)
    };
    const back = (up: string) => `<nav class="toc folder-nav"><a href="${esc(up)}index.html">${esc(t('folder.back'))}</a></nav>`;
    const subpage = (title: string, body: string, up: string) => htmlPage({
        lang, title, kind: data.kind,
        body: back(up) + titleBlock(data, lang, heading, subtitle) + body + footer(lang, period)
    });

    function* pages(): Generator<HtmlFolderPage> {
        let index: string;
        switch (data.kind) {
            case 'annual': index = renderAnnualBody(data, lang, split); break;
            case 'quarterly': index = renderQuarterlyBody(data, lang, split); break;
            case 'ranking': index = renderRankingBody(data, lang, split); break;
            case 'agreements': index = renderAgreementsBody(data, lang, split); break;
            case 'lke': index = renderLkeBody(data, lang, split); break;
            case 'e81': index = renderE81Body(data, lang, split); break;
        }
        yield { path: 'index.html', html: htmlPage({ lang, title: docTitle, kind: data.kind, body: index }) };
        const sections = new Map<string, number>(data.kind === 'annual' || data.kind === 'quarterly' || data.kind === 'lke' || data.kind === 'e81' ? data.organisations.map((o, k) => [o.organisation.id, k]) : []);
        for (const o of agencies) {
            let body: string;
            switch (data.kind) {
                case 'annual': body = annualSection(data, relinked(data.organisations[sections.get(o.id)!]), lang); break;
                case 'quarterly': body = quarterlySection(data, relinked(data.organisations[sections.get(o.id)!]), lang); break;
                case 'agreements': body = sheets(data.documents.filter(d => d.organisation.id === o.id), lang); break;
                case 'lke': body = lkeOrganisationSection(data.organisations[sections.get(o.id)!], lang); break;
                case 'e81': body = e81OrganisationSection(data, data.organisations[sections.get(o.id)!], lang); break;
                default: continue;
            }
            yield { path: `${AGENCY_FOLDER}/${names.get(o.id)}.html`, html: subpage(`${orgTitle(o)} — ${docTitle}`, body, '../') };
        }
        for (const [k, part] of findings.entries()) {
            const nav = findings.length > 1
                ? `<p class="note">${esc(t('folder.findingsPart', { part: k + 1, parts: findings.length }))}: `
                    + findings.map((_, j) => (j === k ? `<strong>${j + 1}</strong>` : `<a href="${findingsFile(j)}">${j + 1}</a>`)).join(' ') + '</p>'
                : '';
            yield { path: findingsFile(k), html: subpage(`${t('section.findings')} — ${docTitle}`, nav + findingsSection(part, lang), '') };
        }
    }
    return { count: 1 + (data.kind === 'ranking' ? 0 : agencies.length) + findings.length, pages };
}
