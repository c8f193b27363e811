/**
 * The annual report (LKjIP chapter III) in HTML: regional overview, then per
 * organisation the achievement per sasaran, the comparison with earlier years and the
 * Renstra target, the budget, efficiency, the category summary and the performance tree.
 */
import { Exact } from '../../common/exact.js';
import type { Language } from '../../engine/config.js';
import { bandLabel, reportText , type ReportMessageKey } from '../messages.js';
import type { AnnualIndicatorRow, AnnualOrganisation, AnnualReport } from '../kinds/annual.js';
import { sumKnown, type BandInfo, type CategorySummary } from '../kinds/common.js';
import { achievementBars, categoryStrip, efficiencyBars } from './charts.js';
import { cards, chip, empty, findingsLink, findingsSection, footer, legendBlock, periodText, tintStyle, titleBlock, toc } from './document.js';
import { esc } from './escape.js';
import { DASH, num, pct, points, range, rp } from './format.js';
import { ACCENT, toneOf } from './palette.js';
import { monthlyTable } from './months.js';
import { notesSection } from './notes.js';
import { treeDiagram } from './tree-diagram.js';
import { cols, indicatorCell, nodeLabel, nodeRow, numCell, orgAnchor, orgHeading, orgTitle, revisedCell, revisionNote, targetCell, th, unitText, type Split } from './parts.js';

export function renderAnnualBody(data: AnnualReport, lang: Language, split?: Split): string {
    const t = (key: ReportMessageKey, p?: Record<string, string | number>) => reportText(lang, key, p);
    const bands = data.bands;
    const rows = data.organisations.flatMap(o => o.goals.flatMap(g => g.rows));
    const inProgress = rows.some(r => !r.final && r.realisation !== null);
    let html = titleBlock(data, lang, `${t('kind.annual')} ${t('period.year', { year: data.year })}`, t('kind.annual.subtitle'));
    if (inProgress) html += `<p class="notice">${esc(t('period.sofar'))}</p>`;
    const here = split ? data.organisations.filter(o => split.onIndex(o.organisation)) : data.organisations;
    html += toc(here.map(o => ({ href: orgAnchor(o.organisation), text: orgTitle(o.organisation) })), lang);

    // ---------------------------------------------------------- regional overview
    const agencies = data.organisations.filter(o => o.organisation.kind === 'instansi');
    const pagu = sumKnown(data.organisations.map(o => o.budget.pagu));
    const real = sumKnown(data.organisations.map(o => o.budget.realisation));
    html += `<section class="overview"><h2 id="overview">${esc(t('region.overview'))}</h2>`;
    html += cards([
        { label: t('card.organisations'), value: String(agencies.length) },
        { label: t('card.indicators'), value: String(data.summary.total), note: t('card.withAchievement', { count: data.summary.total - data.summary.notComputable }) },
        { label: t('card.pagu'), value: rp(pagu) },
        { label: t('card.absorption'), value: pct(pagu && real ? real.div(pagu)?.mul(Exact.HUNDRED) ?? null : null), colour: ACCENT }
    ]);
    html += legendBlock(bands, lang);
    html += categoryStrip(data.summary, { title: t('section.summary'), lang, bandCount: bands.length });
    html += '<table class="overview-table"><thead><tr>' + th(t('col.agency')) + th(t('col.score'), 'num') + th(t('col.category'))
        + th(t('col.pagu'), 'num') + th(t('col.absorption'), 'num') + th(t('col.rank'), 'num') + '</tr></thead><tbody>';
    for (const o of data.organisations) {
        html += `<tr><td><a href="${esc(split ? split.orgHref(o.organisation) : `#${orgAnchor(o.organisation)}`)}">${esc(orgTitle(o.organisation))}</a></td>`
            + numCell(pct(o.score)) + `<td>${o.score ? chip(o.scoreCategory, bands, lang) : '<span class="muted">—</span>'}</td>`
            + numCell(rp(o.budget.pagu)) + numCell(pct(o.budget.absorption)) + numCell(o.rank ? String(o.rank) : DASH) + '</tr>';
    }
    html += '</tbody></table>' + `<p class="note">${esc(t('scoreRule'))}</p></section>`;

    for (const o of here) html += organisationSection(data, o, lang);
    html += split ? findingsLink(data.findings, split.findingsHref, lang) : findingsSection(data.findings, lang);
    html += footer(lang, periodText(data, lang));
    return html;
}


export function organisationSection(data: AnnualReport, o: AnnualOrganisation, lang: Language): string {
    const t = (key: ReportMessageKey, p?: Record<string, string | number>) => reportText(lang, key, p);
    const bands = data.bands;
    const rows = o.goals.flatMap(g => g.rows);
    let html = `<section class="org" data-org="${esc(o.organisation.id)}">` + orgHeading(o.organisation, o.head, lang);
    const scoreTone = toneOf(o.scoreCategory, bands.length);
    html += cards([
        ...(o.organisation.kind === 'instansi' ? [{
            label: t('card.score'), value: pct(o.score), colour: o.score ? scoreTone.strong : undefined,
            note: o.score ? `${o.scoreCategory ? bandLabel(o.scoreCategory, lang) : ''}${o.rank ? ` · ${t('card.rank', { rank: o.rank, of: data.organisations.filter(x => x.rank).length })}` : ''}` : t('card.unranked')
        }] : []),
        { label: t('card.indicators'), value: String(rows.length), note: t('card.withAchievement', { count: o.summary.total - o.summary.notComputable }) },
        ...(o.budget.rows.length ? [
            { label: t('card.pagu'), value: rp(o.budget.pagu) },
            { label: t('card.absorption'), value: pct(o.budget.absorption), note: rp(o.budget.realisation), colour: ACCENT }
        ] : [])
    ]);

    // ---------------------------------------------------------- key indicators (IKU)
    const keyRows = rows.filter(r => r.indicator.key);
    if (keyRows.length) {
        html += `<h3>${esc(t('section.keyIndicators'))}</h3>`;
        html += '<table class="achievement key-indicators fixed">' + achievementHead(lang) + '<tbody>';
        keyRows.forEach((row, k) => { html += indicatorRow(row, k + 1, bands, lang, 0); });
        html += '</tbody></table>';
    }

    // ---------------------------------------------------------- achievement per sasaran
    html += `<h3>${esc(t('section.achievement'))}</h3>`;
    if (!o.goals.length) html += empty(t('noRows'));
    for (const goal of o.goals) {
        html += goal.goal
            ? `<h4>${nodeLabel(goal.goal, lang)} <span class="code">${esc(goal.goal.id)}</span>`
                + (goal.achievement ? ` ${chip(goal.category, bands, lang, t('goal.achievement', { value: pct(goal.achievement) }))}` : '') + '</h4>'
            : `<h4>${esc(t('goal.none'))}</h4>`;
        html += '<table class="achievement fixed">' + achievementHead(lang) + '<tbody>';
        let lastNode = goal.goal?.id;
        goal.rows.forEach((row, k) => {
            if (row.indicator.node.id !== lastNode) {
                html += nodeRow(row.indicator.node, Math.max(0, row.depth - 1), 7, lang);
                lastNode = row.indicator.node.id;
            }
            html += indicatorRow(row, k + 1, bands, lang);
        });
        html += '</tbody></table>';
    }
    html += achievementBars(rows.map(r => ({
        label: r.indicator.id.split('.').pop()!, name: r.indicator.name, value: r.achievement, category: r.category,
        missing: r.notComputable ? t(`notComputable.${r.notComputable}`) : undefined
    })), { title: t('section.achievementChart'), lang, bandCount: bands.length, caption: t('section.achievementChart') });

    // ---------------------------------------------------------- monthly figures
    html += monthlyTable(o.monthly, lang);

    // ---------------------------------------------------------- analysis and evidence
    html += notesSection(o.notes, data.year, lang);

    // ---------------------------------------------------------- comparison
    html += comparisonTable(data, o, rows, lang);

    // ---------------------------------------------------------- budget and efficiency
    if (o.budget.rows.length) {
        html += `<h3>${esc(t('section.budget'))}</h3>`;
        html += '<table class="budget fixed">' + cols(['13%', '', '16%', '16%', '10%']) + '<thead><tr>' + th(t('col.code')) + th(t('col.programme')) + th(t('col.pagu'), 'num')
            + th(t('col.realisation'), 'num') + th(t('col.absorption'), 'num') + '</tr></thead><tbody>';
        for (const b of o.budget.rows) {
            const derived = b.paguFromChildren || b.realisationFromChildren ? ` title="${esc(t('fromChildren'))}"` : '';
            html += `<tr data-node="${esc(b.node.id)}"><td><span class="code">${esc(b.node.code ?? b.node.id)}</span></td>`
                + `<td class="d${b.depth}"><span class="kind-tag">${esc(t(`node.${b.node.kind}`))}</span>${esc(b.node.name ?? b.node.id)}`
                + `${revisionNote('pagu', b.paguRevision, rp(b.paguOriginal), lang)}</td>`
                + revisedCell(rp(b.pagu), b.paguRevision ? rp(b.paguOriginal) : null, lang, derived) + numCell(rp(b.realisation)) + numCell(pct(b.absorption)) + '</tr>';
        }
        html += `<tr class="total"><td></td><td>${esc(t('total'))}</td>` + numCell(rp(o.budget.pagu)) + numCell(rp(o.budget.realisation))
            + numCell(pct(o.budget.absorption)) + '</tr></tbody></table>';

        html += `<h3>${esc(t('section.efficiency'))}</h3>`;
        html += '<table class="efficiency fixed">' + cols(['', '11%', '11%', '12%', '14%']) + '<thead><tr>' + th(t('col.programme')) + th(t('col.achievement'), 'num') + th(t('col.absorption'), 'num')
            + th(t('col.gap'), 'num') + th(t('col.efficiency')) + '</tr></thead><tbody>';
        for (const e of o.efficiency) {
            const label = e.node ? `<span class="kind-tag">${esc(t(`node.${e.node.kind}`))}</span>${esc(e.node.name ?? e.node.id)}` : esc(t('total.organisation'));
            const verdict = e.efficient === null ? DASH : t(e.efficient ? 'efficient.yes' : 'efficient.no');
            html += `<tr${e.node ? '' : ' class="total"'}><td class="d${e.depth}">${label}</td>` + numCell(pct(e.achievement), tintStyle(e.category, bands))
                + numCell(pct(e.absorption)) + numCell(points(e.gap)) + `<td>${esc(verdict)}</td></tr>`;
        }
        html += '</tbody></table>' + `<p class="note">${esc(t('efficiencyRule'))}</p>`;
        html += efficiencyBars(o.efficiency.filter(e => e.node).map(e => ({
            label: e.node!.code ?? e.node!.id.split('.').pop()!, name: e.node!.name, achievement: e.achievement, category: e.category, absorption: e.absorption
        })), { title: t('section.efficiency'), lang, bandCount: bands.length });
    }

    // ---------------------------------------------------------- summary and tree
    html += `<h3>${esc(t('section.summary'))}</h3>` + summaryTable(o.summary, bands, lang);
    html += `<h3>${esc(t('section.tree'))}</h3>`;
    html += treeDiagram(o.tree, lang, bands.length, `${t('section.tree')} ${orgTitle(o.organisation)}`);
    return html + '</section>';
}

function achievementHead(lang: Language): string {
    const t = (key: ReportMessageKey) => reportText(lang, key);
    return cols(['44px', '', '13%', '10%', '10%', '13%', '13%']) + '<thead><tr>' + th(t('col.no'), 'num') + th(t('col.indicator')) + th(t('col.unit'))
        + th(t('col.target'), 'num') + th(t('col.realisation'), 'num') + th(t('col.achievement'), 'num') + th(t('col.category')) + '</tr></thead>';
}

function indicatorRow(row: AnnualIndicatorRow, no: number, bands: BandInfo[], lang: Language, depth = row.depth): string {
    const t = (key: ReportMessageKey) => reportText(lang, key);
    const value = row.achievement ? pct(row.achievement) : row.notComputable ? t(`notComputable.${row.notComputable}`) : DASH;
    const note = revisionNote('target', row.revision, range(row.originalTarget, row.originalTargetUpper), lang);
    return `<tr data-indicator="${esc(row.indicator.id)}">` + numCell(String(no)) + indicatorCell(row.indicator, depth, false, lang, note)
        + `<td>${esc(unitText(row.indicator))}</td>` + targetCell(row.target, row.targetUpper, row.originalTarget, row.originalTargetUpper, row.revision, lang)
        + numCell(num(row.realisation))
        + `<td class="num${row.achievement ? '' : ' muted'}"${tintStyle(row.category, bands)}>${esc(value)}</td>`
        + `<td>${row.category ? chip(row.category, bands, lang) : ''}</td></tr>`;
}

function comparisonTable(data: AnnualReport, o: AnnualOrganisation, rows: AnnualIndicatorRow[], lang: Language): string {
    const t = (key: ReportMessageKey, p?: Record<string, string | number>) => reportText(lang, key, p);
    const years = data.comparisonYears;
    let html = `<h3>${esc(t('section.comparison'))}</h3>`;
    const renstra = o.renstraYear;
    html += '<table class="comparison"><thead><tr>' + th(t('col.indicator'), '', ' rowspan="2"') + th(t('col.unit'), '', ' rowspan="2"')
        + years.map(y => th(String(y), 'center', ' colspan="2"')).join('')
        + th(String(data.year), 'center', ' colspan="3"')
        + (renstra !== null ? th(t('col.renstraTarget', { year: renstra }), 'center', ' colspan="2"') : '') + '</tr><tr class="sub">'
        + years.map(() => th(t('col.realisation'), 'num') + th(t('col.achievement'), 'num')).join('')
        + th(t('col.target'), 'num') + th(t('col.realisation'), 'num') + th(t('col.achievement'), 'num')
        + (renstra !== null ? th(t('col.target'), 'num') + th(t('col.renstraAchievement'), 'num') : '') + '</tr></thead><tbody>';
    for (const row of rows) {
        html += `<tr data-indicator="${esc(row.indicator.id)}">` + indicatorCell(row.indicator, 0, false, lang) + `<td>${esc(unitText(row.indicator))}</td>`
            + row.history.map(h => numCell(num(h.realisation)) + numCell(pct(h.achievement), tintStyle(h.category, data.bands))).join('')
            + numCell(range(row.target, row.targetUpper)) + numCell(num(row.realisation)) + numCell(pct(row.achievement), tintStyle(row.category, data.bands))
            + (row.renstra ? numCell(range(row.renstra.target, row.renstra.targetUpper)) + numCell(pct(row.renstra.achievement)) : renstra !== null ? numCell(DASH) + numCell(DASH) : '')
            + '</tr>';
    }
    html += '</tbody></table>';
    if (renstra !== null && rows.every(r => !r.renstra?.target)) html += `<p class="note">${esc(t('renstra.missing', { year: renstra }))}</p>`;
    return html;
}

export function summaryTable(summary: CategorySummary, bands: BandInfo[], lang: Language, countLabel = reportText(lang, 'col.count')): string {
    const t = (key: ReportMessageKey) => reportText(lang, key);
    const share = (count: number) => summary.total ? pct(Exact.fraction(BigInt(count * 100), BigInt(summary.total))) : DASH;
    let html = '<table class="summary"><thead><tr>' + th(t('col.category')) + th(countLabel, 'num') + th(t('col.share'), 'num') + '</tr></thead><tbody>';
    for (const c of summary.counts) {
        html += `<tr><td>${chip(c.band, bands, lang)}</td>` + numCell(String(c.count)) + numCell(share(c.count)) + '</tr>';
    }
    html += `<tr><td>${chip(null, bands, lang)}</td>` + numCell(String(summary.notComputable)) + numCell(share(summary.notComputable)) + '</tr>';
    html += `<tr class="total"><td>${esc(t('total'))}</td>` + numCell(String(summary.total)) + numCell(summary.total ? pct(Exact.HUNDRED) : DASH) + '</tr>';
    return html + '</tbody></table>';
}
