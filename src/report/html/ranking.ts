/**
 * The regional ranking in HTML: agencies by score with absorption beside, the lowest
 * flagged for assistance, a chart of score beside absorption, and the agencies that
 * could not be ranked.
 */
import type { Language } from '../../engine/config.js';
import { bandLabel, reportText , type ReportMessageKey } from '../messages.js';
import type { BandInfo } from '../kinds/common.js';
import type { RankingReport, RankingRow } from '../kinds/ranking.js';
import { summaryTable } from './annual.js';
import { categoryStrip, efficiencyBars } from './charts.js';
import { cards, chip, empty, findingsLink, findingsSection, footer, legendBlock, periodText, titleBlock } from './document.js';
import { esc } from './escape.js';
import { DASH, pct, rp } from './format.js';
import { ACCENT, toneOf } from './palette.js';
import { bandFor, mean } from '../kinds/common.js';
import { cols, numCell, orgTitle, th, type Split } from './parts.js';

type T = (key: ReportMessageKey, p?: Record<string, string | number>) => string;

export function renderRankingBody(data: RankingReport, lang: Language, split?: Split): string {
    const t: T = (key, p) => reportText(lang, key, p);
    const bands = data.bands;
    const flagged = data.rows.filter(r => r.needsAssistance);
    const avg = mean(data.rows.map(r => r.score).filter((v): v is NonNullable<typeof v> => v !== null));
    const avgCategory = bandFor(avg, bands);
    let html = titleBlock(data, lang, t('kind.ranking'), t('kind.ranking.subtitle'));
    html += cards([
        { label: t('card.ranked'), value: String(data.rows.length), note: data.unranked.length ? `${data.unranked.length} ${t('section.unranked').toLowerCase()}` : undefined },
        { label: t('card.meanScore'), value: pct(avg), colour: avgCategory ? toneOf(avgCategory, bands.length).strong : undefined, note: avgCategory ? bandLabel(avgCategory, lang) : undefined },
        { label: t('card.assistance'), value: String(flagged.length), colour: flagged.length ? toneOf(bands[bands.length - 2] ?? null, bands.length).strong : undefined },
        { label: t('card.absorption'), value: pct(mean(data.rows.map(r => r.absorption).filter((v): v is NonNullable<typeof v> => v !== null))), note: t('card.mean'), colour: ACCENT }
    ]);
    html += legendBlock(bands, lang);

    html += `<h2 id="ranking">${esc(t('section.ranking'))}</h2>`;
    if (!data.rows.length) html += empty(t('noRows'));
    else html += rankingTable(data.rows, bands, lang, true);
    html += `<p class="note">${esc(t('assistance.note', { count: data.lowest }))} ${esc(t('scoreRule'))}</p>`;
    html += efficiencyBars(data.rows.map(r => ({
        label: `${r.rank}. ${r.organisation.id}`, name: r.organisation.name, achievement: r.score, category: r.category, absorption: r.absorption
    })), { title: t('section.ranking'), lang, bandCount: bands.length, caption: `${t('col.score')} · ${t('col.absorption')}` }, t('col.score'));
    html += categoryStrip(data.summary, { title: t('section.summary'), lang, bandCount: bands.length });

    if (data.unranked.length) {
        html += `<h2 id="unranked">${esc(t('section.unranked'))}</h2>` + rankingTable(data.unranked, bands, lang, false);
        html += `<p class="note">${esc(t('unranked.note'))}</p>`;
    }
    html += `<h3>${esc(t('section.summary'))}</h3>` + summaryTable(data.summary, bands, lang, t('col.agencyCount'));
    html += split ? findingsLink(data.findings, split.findingsHref, lang) : findingsSection(data.findings, lang);
    html += footer(lang, periodText(data, lang));
    return html;
}

function rankingTable(rows: RankingRow[], bands: BandInfo[], lang: Language, ranked: boolean): string {
    const t: T = (key, p) => reportText(lang, key, p);
    let html = '<table class="ranking fixed">' + cols(['7%', '', '20%', '9%', '12%', '9%', '8%', '15%']) + '<thead><tr>' + th(t('col.rank'), 'num') + th(t('col.agency')) + th(t('col.head'))
        + th(t('col.score'), 'num') + th(t('col.category')) + th(t('col.absorption'), 'num')
        + th(t('col.indicatorsScored'), 'num') + th(t('col.assistance')) + '</tr></thead><tbody>';
    for (const r of rows) {
        html += `<tr data-org="${esc(r.organisation.id)}"${r.needsAssistance ? ' class="flag"' : ''}>` + numCell(r.rank ? String(r.rank) : DASH)
            + `<td>${esc(orgTitle(r.organisation))}<span class="ind-id">${esc(r.organisation.id)}</span></td>`
            + `<td>${esc(r.head?.official ?? r.head?.title ?? DASH)}${r.head?.official && r.head.title ? `<span class="ind-id">${esc(r.head.title)}</span>` : ''}</td>`
            + numCell(pct(r.score)) + `<td>${r.score ? chip(r.category, bands, lang) : ''}</td>`
            + numCell(pct(r.absorption), r.pagu ? ` title="${esc(`${t('col.pagu')} ${rp(r.pagu)}`)}"` : '') + numCell(String(r.indicatorsScored))
            + `<td>${ranked && r.needsAssistance ? `<span class="chip" style="background:${toneOf(bands[bands.length - 2] ?? null, bands.length).strong};color:#fff">${esc(t('assistance.yes'))}</span>` : esc(DASH)}</td></tr>`;
    }
    return html + '</tbody></table>';
}
