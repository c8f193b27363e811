/**
 * A plain HTML rendering of the JSON report, for the editor's report preview when the
 * report generator refuses a report (e.g. a quarter it cannot cut at): the numbers are
 * still shown.
 */
import { Exact } from '../../common/exact.js';
import { escapeHtml } from '../../common/html.js';
import { formatIdNumber } from '../../common/id-number.js';
import type { Language } from '../../engine/config.js';
import type { JsonReport } from '../json-report.js';
import { reportText, type ReportMessageKey } from '../messages.js';


/** A figure, or a qualitative indicator's word as it stands. */
function fmt(value: number | string | null, suffix = ''): string {
    if (typeof value === 'string') return escapeHtml(value);
    return value === null ? '–' : formatIdNumber(Exact.fromDecimalString(value.toFixed(2)), { decimals: 2, fixed: true }) + suffix;
}

function rupiah(value: number | null): string {
    return value === null ? '–' : 'Rp ' + formatIdNumber(Exact.fromDecimalString(value.toFixed(2)), { decimals: 2 });
}

/**
 * A plain, self-contained HTML rendering of the JSON report: one section per
 * organisation with its indicators and budget. Every text is escaped.
 */
export function tableReportHtml(report: JsonReport, language: Language, focus?: string): string {
    const t = (key: ReportMessageKey) => reportText(language, key);
    const period = report.quarter ? `${report.year} tw${report.quarter}` : String(report.year);
    const parts: string[] = [];
    parts.push(`<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(t('preview.performanceReport'))} ${escapeHtml(period)}</title>`);
    parts.push(`<style>
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: 13px; margin: 1.5em; color: var(--vscode-foreground, #222); background: var(--vscode-editor-background, #fff); }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; width: 100%; }
th, td { border: 1px solid var(--vscode-panel-border, #ccc); padding: 3px 6px; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th { background: var(--vscode-editorWidget-background, #f3f3f3); }
tr.focus td { background: var(--vscode-editor-findMatchHighlightBackground, #fff3b0); }
.meta { color: var(--vscode-descriptionForeground, #666); }
</style></head><body>`);
    parts.push(`<h1>${escapeHtml(t('preview.performanceEvaluationReport'))} ${escapeHtml(period)}</h1>`);
    for (const agency of report.agencies) {
        parts.push(`<section id="${escapeHtml(agency.id)}"><h2>${escapeHtml(agency.name ?? agency.id)} <span class="meta">(${escapeHtml(agency.id)})</span></h2>`);
        const facts: string[] = [];
        if (agency.score !== null) facts.push(`${t('preview.score')} ${fmt(agency.score, '%')}`);
        if (agency.rank !== null) facts.push(`${t('preview.rank')} ${agency.rank}`);
        if (agency.absorption !== null) facts.push(`${t('preview.budgetAbsorption')} ${fmt(agency.absorption, '%')}`);
        if (agency.needsAssistance) facts.push(t('preview.needsAssistance'));
        if (facts.length) parts.push(`<p class="meta">${facts.map(escapeHtml).join(' · ')}</p>`);
        if (agency.indicators.length) {
            parts.push(`<table><thead><tr><th>${t('preview.indicator')}</th><th>${t('preview.node')}</th><th>${t('preview.unit')}</th><th>Target</th><th>${t('preview.realisation')}</th><th>${t('preview.achievement')}</th><th>${t('preview.category')}</th><th>${t('preview.quarter')}</th><th>${t('preview.quarterAchievement')}</th></tr></thead><tbody>`);
            for (const i of agency.indicators) {
                const target = i.targetUpper !== null ? `${fmt(i.target)} – ${fmt(i.targetUpper)}` : fmt(i.target);
                const focused = focus && (i.id === focus || i.node === focus) ? ' class="focus"' : '';
                parts.push(`<tr id="${escapeHtml(i.id)}"${focused}><td>${escapeHtml(i.id)}</td><td>${escapeHtml(i.node)}</td><td>${escapeHtml(i.unit ?? '')}</td><td class="n">${target}</td><td class="n">${fmt(i.realisation)}</td><td class="n">${fmt(i.achievement, '%')}</td><td>${escapeHtml(i.category ?? '–')}</td><td>${i.quarterReported ? `tw${i.quarterReported}` : '–'}</td><td class="n">${fmt(i.quarterAchievement, '%')}</td></tr>`);
            }
            parts.push('</tbody></table>');
        }
        if (agency.budget.length) {
            parts.push(`<table><thead><tr><th>${t('preview.budget')}</th><th>${t('preview.kind')}</th><th>Pagu</th><th>${t('preview.realisation')}</th><th>${t('preview.absorption')}</th></tr></thead><tbody>`);
            for (const b of agency.budget) {
                const focused = focus && b.id === focus ? ' class="focus"' : '';
                parts.push(`<tr${focused}><td>${escapeHtml(b.id)}</td><td>${escapeHtml(b.kind)}</td><td class="n">${rupiah(b.pagu)}</td><td class="n">${rupiah(b.realisation)}</td><td class="n">${fmt(b.absorption, '%')}</td></tr>`);
            }
            parts.push('</tbody></table>');
        }
        parts.push('</section>');
    }
    if (!report.agencies.length) parts.push(`<p>${t('preview.noDataForThisYearYet')}</p>`);
    parts.push('</body></html>');
    return parts.join('\n');
}
