/**
 * The quarterly report in HTML: regional overview (score trend per agency, the
 * behind-plan list of all agencies), then per organisation the progress against the
 * quarter plan with a sparkline per indicator, its behind-plan list, budget absorption
 * against the expected curve, the trend of score and absorption, and the tree coloured
 * by the achievement against the quarter plan.
 */
import { Exact } from '../../common/exact.js';
import type { Language } from '../../engine/config.js';
import { bandLabel, reportText , type ReportMessageKey } from '../messages.js';
import type { QuarterlyIndicatorRow, QuarterlyOrganisation, QuarterlyReport } from '../kinds/quarterly.js';
import { sumKnown, type BandInfo } from '../kinds/common.js';
import { summaryTable } from './annual.js';
import { absorptionBars, categoryStrip, sparkline, trendChart } from './charts.js';
import { cards, chip, empty, findingsLink, findingsSection, footer, legendBlock, periodText, tintStyle, titleBlock, toc } from './document.js';
import { esc } from './escape.js';
import { DASH, num, pct, pctOf, range, rp } from './format.js';
import { ACCENT, EXPECTED, SERIES, toneOf } from './palette.js';
import { cols, indicatorCell, nodeLabel, nodeRow, numCell, orgAnchor, orgHeading, orgTitle, revisedCell, revisionNote, targetCell, th, type Split } from './parts.js';
import { monthlyTable } from './months.js';
import { notesSection } from './notes.js';
import { treeDiagram } from './tree-diagram.js';

type T = (key: ReportMessageKey, p?: Record<string, string | number>) => string;

function hasData(o: QuarterlyOrganisation): boolean {
    return o.budget.length > 0 || o.goals.some(g => g.rows.some(r => r.status !== 'no-data'));
}

export function renderQuarterlyBody(data: QuarterlyReport, lang: Language, split?: Split): string {
    const t: T = (key, p) => reportText(lang, key, p);
    const bands = data.bands;
    const q = data.quarter;
    let html = titleBlock(data, lang, t('kind.quarterly'), t('kind.quarterly.subtitle', { quarter: q }));
    const here = split ? data.organisations.filter(o => split.onIndex(o.organisation)) : data.organisations;
    html += toc(here.map(o => ({ href: orgAnchor(o.organisation), text: orgTitle(o.organisation) })), lang);

    // ---------------------------------------------------------- regional overview
    const agencies = data.organisations.filter(o => o.organisation.kind === 'instansi');
    const pagu = sumKnown(data.organisations.map(o => o.pagu));
    const real = sumKnown(data.organisations.map(o => o.realisation));
    const absorption = pagu && real ? real.div(pagu)?.mul(Exact.HUNDRED) ?? null : null;
    html += `<section class="overview"><h2 id="overview">${esc(t('region.overview'))}</h2>`;
    html += cards([
        { label: t('card.organisations'), value: String(agencies.length) },
        { label: t('card.indicators'), value: String(data.summary.total), note: t('card.withAchievement', { count: data.summary.total - data.summary.notComputable }) },
        { label: t('card.behind'), value: String(data.behindPlan.length), colour: data.behindPlan.length ? toneOf(bands[bands.length - 2] ?? null, bands.length).strong : undefined },
        { label: t('card.absorption'), value: pct(absorption), note: t('card.expected', { value: pctOf(data.expectedAbsorption) }), colour: ACCENT }
    ]);
    html += legendBlock(bands, lang);
    html += categoryStrip(data.summary, { title: t('section.summary'), lang, bandCount: bands.length });
    html += '<table class="overview-table"><thead><tr>' + th(t('col.agency')) + th(t('col.score'), 'num') + th(t('col.category'))
        + th(t('col.absorption'), 'num') + th(t('col.expected'), 'num') + th(t('card.behind'), 'num') + '</tr></thead><tbody>';
    for (const o of data.organisations) {
        html += `<tr><td><a href="${esc(split ? split.orgHref(o.organisation) : `#${orgAnchor(o.organisation)}`)}">${esc(orgTitle(o.organisation))}</a></td>` + numCell(pct(o.score))
            + `<td>${o.score ? chip(o.scoreCategory, bands, lang) : '<span class="muted">—</span>'}</td>`
            + numCell(pct(o.absorption), o.absorptionBehind ? ' style="color:#b5471b;font-weight:700"' : '')
            + numCell(o.absorption ? pctOf(o.expectedAbsorption) : DASH) + numCell(String(o.behindPlan.length)) + '</tr>';
    }
    html += '</tbody></table>';
    html += `<h3>${esc(t('section.regionTrend'))}</h3>`;
    html += trendChart(agencies.map((o, k) => ({
        name: orgTitle(o.organisation), colour: SERIES[k % SERIES.length], values: o.trend.map(p => p.score)
    })), q, { title: t('section.regionTrend'), lang, bandCount: bands.length, caption: `${t('section.regionTrend')} (${t('chart.score')}, tw1–tw${q})` });
    html += `<h3>${esc(t('section.regionBehind'))}</h3>` + behindTable(data.behindPlan, bands, lang, new Map(data.organisations.map(o => [o.organisation.id, orgTitle(o.organisation)])));
    html += `<p class="note">${esc(t('behindRule', { threshold: pctOf(data.thresholds.low), quarter: q }))} ${esc(t('absorptionRule', { curve: data.absorptionCurve.map(pctOf).join(' · ') }))}</p>`;
    html += '</section>';

    for (const o of here) html += organisationSection(data, o, lang);
    html += split ? findingsLink(data.findings, split.findingsHref, lang) : findingsSection(data.findings, lang);
    html += footer(lang, periodText(data, lang));
    return html;
}


function statusChip(row: QuarterlyIndicatorRow, bands: BandInfo[], lang: Language): string {
    const text = reportText(lang, `status.${row.status}`);
    if (row.status === 'behind') return `<span class="chip" style="background:${toneOf(bands[bands.length - 2] ?? null, bands.length).strong};color:#fff">${esc(text)}</span>`;
    if (row.status === 'not-reported') return `<span class="chip" style="background:#5b6673;color:#fff">${esc(text)}</span>`;
    return `<span class="chip plain">${esc(text)}</span>`;
}

function behindTable(rows: QuarterlyIndicatorRow[], bands: BandInfo[], lang: Language, agencies?: Map<string, string>): string {
    const withAgency = agencies !== undefined;
    const t: T = (key, p) => reportText(lang, key, p);
    if (!rows.length) return empty(t('noBehind'));
    let html = '<table class="behind"><thead><tr>' + (withAgency ? th(t('col.agency')) : '') + th(t('col.indicator')) + th(t('col.quarterReported'), 'center')
        + th(t('col.planShort'), 'num') + th(t('col.realisation'), 'num') + th(t('col.achievementPlan'), 'num') + th(t('col.status')) + '</tr></thead><tbody>';
    for (const r of rows) {
        html += `<tr data-indicator="${esc(r.indicator.id)}">` + (agencies ? `<td>${esc(agencies.get(r.indicator.node.organisationId) ?? r.indicator.node.organisationId)}</td>` : '')
            + indicatorCell(r.indicator, 0, false, lang) + `<td class="center">${esc(r.quarterReported ? `tw${r.quarterReported}` : DASH)}</td>`
            + numCell(range(r.plan, r.planUpper)) + numCell(num(r.realisation)) + numCell(pct(r.achievement), tintStyle(r.category, bands))
            + `<td>${statusChip(r, bands, lang)}</td></tr>`;
    }
    return html + '</tbody></table>';
}

export function organisationSection(data: QuarterlyReport, o: QuarterlyOrganisation, lang: Language): string {
    const t: T = (key, p) => reportText(lang, key, p);
    const bands = data.bands;
    const q = data.quarter;
    let html = `<section class="org" data-org="${esc(o.organisation.id)}">` + orgHeading(o.organisation, o.head, lang);
    if (!hasData(o)) return html + empty(t('noQuarterData', { kind: o.organisation.kind })) + '</section>';
    const rows = o.goals.flatMap(g => g.rows);
    html += cards([
        ...(o.organisation.kind === 'instansi' ? [{
            label: t('card.scoreAt', { quarter: q }), value: pct(o.score), colour: o.score ? toneOf(o.scoreCategory, bands.length).strong : undefined,
            note: o.scoreCategory ? bandLabel(o.scoreCategory, lang) : t('card.unranked')
        }] : []),
        { label: t('card.indicators'), value: String(rows.length), note: t('card.withAchievement', { count: rows.filter(r => r.achievement).length }) },
        { label: t('card.behind'), value: String(o.behindPlan.length), colour: o.behindPlan.length ? toneOf(bands[bands.length - 2] ?? null, bands.length).strong : undefined },
        ...(o.budget.length ? [{
            label: t('card.absorption'), value: pct(o.absorption), note: t('card.expected', { value: pctOf(o.expectedAbsorption) }),
            colour: o.absorptionBehind ? toneOf(bands[bands.length - 2] ?? null, bands.length).strong : ACCENT
        }] : [])
    ]);

    // ---------------------------------------------------------- progress table
    html += `<h3>${esc(t('section.progress'))}</h3>`;
    for (const goal of o.goals) {
        html += goal.goal ? `<h4>${nodeLabel(goal.goal, lang)} <span class="code">${esc(goal.goal.id)}</span></h4>` : `<h4>${esc(t('goal.none'))}</h4>`;
        html += '<table class="progress fixed">' + cols(['', '5%', '9%', '9%', '9%', '8%', '9%', '92px', '11%']) + '<thead><tr>' + th(t('col.indicator')) + th(t('col.quarterReported'), 'center')
            + th(t('col.plan', { quarter: q }), 'num') + th(t('col.realisationTo', { quarter: q }), 'num') + th(t('col.achievementPlan'), 'num')
            + th(t('col.annualTarget'), 'num') + th(t('col.annualAchievement'), 'num') + th(t('col.trend')) + th(t('col.status')) + '</tr></thead><tbody>';
        let lastNode = goal.goal?.id;
        for (const row of goal.rows) {
            if (row.indicator.node.id !== lastNode) {
                html += nodeRow(row.indicator.node, Math.max(0, row.depth - 1), 9, lang);
                lastNode = row.indicator.node.id;
            }
            html += `<tr data-indicator="${esc(row.indicator.id)}"${row.status === 'behind' || row.status === 'not-reported' ? ' class="flag"' : ''}>`
                + indicatorCell(row.indicator, row.depth, true, lang, revisionNote('target', row.revision, range(row.originalTarget, row.originalTargetUpper), lang))
                + `<td class="center">${esc(row.quarterReported ? `tw${row.quarterReported}` : DASH)}</td>`
                + numCell(range(row.plan, row.planUpper)) + numCell(num(row.realisation))
                + numCell(row.achievement ? pct(row.achievement) : DASH, tintStyle(row.category, bands))
                + targetCell(row.annualTarget, row.annualTargetUpper, row.originalTarget, row.originalTargetUpper, row.revision, lang) + numCell(pct(row.annualAchievement))
                + `<td>${sparkline(row.trend.map(p => p.achievement), row.category, bands.length, `${t('col.trend')} ${row.indicator.id}`)}</td>`
                + `<td>${statusChip(row, bands, lang)}</td></tr>`;
        }
        html += '</tbody></table>';
    }

    html += monthlyTable(o.monthly, lang);
    html += `<h3>${esc(t('section.behind'))}</h3>` + behindTable(o.behindPlan, bands, lang);
    html += notesSection(o.notes, data.year, lang);

    // ---------------------------------------------------------- budget absorption
    if (o.budget.length) {
        html += `<h3>${esc(t('section.absorption'))}</h3>`;
        html += '<table class="budget"><thead><tr>' + th(t('col.code')) + th(t('col.programme')) + th(t('col.pagu'), 'num')
            + th(t('col.realisationTo', { quarter: q }), 'num') + th(t('col.absorption'), 'num') + th(t('col.expected'), 'num') + th(t('col.status')) + '</tr></thead><tbody>';
        for (const b of o.budget) {
            const status = b.behind === null ? DASH : t(b.behind ? 'absorption.behind' : 'absorption.ok');
            html += `<tr data-node="${esc(b.node.id)}"${b.behind ? ' class="flag"' : ''}><td><span class="code">${esc(b.node.code ?? b.node.id)}</span></td>`
                + `<td class="d${b.depth}"><span class="kind-tag">${esc(t(`node.${b.node.kind}`))}</span>${esc(b.node.name ?? b.node.id)}`
                + `${revisionNote('pagu', b.paguRevision, rp(b.paguOriginal), lang)}</td>`
                + revisedCell(rp(b.pagu), b.paguRevision ? rp(b.paguOriginal) : null, lang) + numCell(rp(b.realisation)) + numCell(pct(b.absorption)) + numCell(pctOf(b.expected)) + `<td>${esc(status)}</td></tr>`;
        }
        html += `<tr class="total"><td></td><td>${esc(t('total'))}</td>` + numCell(rp(o.pagu)) + numCell(rp(o.realisation)) + numCell(pct(o.absorption))
            + numCell(pctOf(o.expectedAbsorption)) + `<td>${esc(o.absorptionBehind === null ? DASH : t(o.absorptionBehind ? 'absorption.behind' : 'absorption.ok'))}</td></tr>`;
        html += '</tbody></table>';
        html += absorptionBars(o.budget.map(b => ({
            label: b.node.code ?? b.node.id.split('.').pop()!, name: b.node.name, absorption: b.absorption, expected: b.expected, behind: b.behind
        })), { title: t('section.absorption'), lang, bandCount: bands.length });
    }

    // ---------------------------------------------------------- trend
    html += `<h3>${esc(t('section.trend'))}</h3>`;
    html += trendChart([
        ...(o.organisation.kind === 'instansi' ? [{ name: t('chart.score'), colour: toneOf(bands[0], bands.length).strong, values: o.trend.map(p => p.score) }] : []),
        ...(o.budget.length ? [
            { name: t('chart.absorption'), colour: ACCENT, values: o.trend.map(p => p.absorption) },
            { name: t('chart.expected'), colour: EXPECTED, dashed: true, full: true, values: data.absorptionCurve.map(v => v) }
        ] : [])
    ], q, { title: `${t('section.trend')} ${orgTitle(o.organisation)}`, lang, bandCount: bands.length });

    html += `<h3>${esc(t('section.summary'))}</h3>` + summaryTable(o.summary, bands, lang);
    html += `<h3>${esc(t('section.tree'))}</h3>`;
    html += treeDiagram(o.tree, lang, bands.length, `${t('section.tree')} ${orgTitle(o.organisation)}`);
    return html + '</section>';
}
