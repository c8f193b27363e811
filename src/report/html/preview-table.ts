/**
 * A plain HTML rendering of the JSON report, for the editor's report preview when the
 * report generator refuses a report (e.g. a quarter it cannot cut at): the numbers are
 * still shown.
 */
import { Exact } from '../../common/exact.js';
import { formatIdNumber } from '../../common/id-number.js';
import type { Language } from '../../engine/config.js';
import type { JsonReport } from '../json-report.js';

const escapeHtml = (text: unknown) => String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function fmt(value: number | null, suffix = ''): string {
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
    const en = language === 'en';
    const t = (id: string, english: string) => en ? english : id;
    const period = report.quarter ? `${report.year} tw${report.quarter}` : String(report.year);
    const parts: string[] = [];
    parts.push(`<!DOCTYPE html><html lang="${en ? 'en' : 'id'}"><head><meta charset="utf-8"><title>${escapeHtml(t('Laporan kinerja', 'Performance report'))} ${escapeHtml(period)}</title>`);
    parts.push(`<style>
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: 13px; margin: 1.5em; color: var(--vscode-foreground, #222); background: var(--vscode-editor-background, #fff); }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; width: 100%; }
th, td { border: 1px solid var(--vscode-panel-border, #ccc); padding: 3px 6px; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th { background: var(--vscode-editorWidget-background, #f3f3f3); }
tr.focus td { background: var(--vscode-editor-findMatchHighlightBackground, #fff3b0); }
.meta { color: var(--vscode-descriptionForeground, #666); }
</style></head><body>`);
    parts.push(`<h1>${escapeHtml(t('Laporan Evaluasi Kinerja', 'Performance Evaluation Report'))} ${escapeHtml(period)}</h1>`);
    for (const agency of report.agencies) {
        parts.push(`<section id="${escapeHtml(agency.id)}"><h2>${escapeHtml(agency.name ?? agency.id)} <span class="meta">(${escapeHtml(agency.id)})</span></h2>`);
        const facts: string[] = [];
        if (agency.score !== null) facts.push(`${t('Nilai', 'Score')} ${fmt(agency.score, '%')}`);
        if (agency.rank !== null) facts.push(`${t('Peringkat', 'Rank')} ${agency.rank}`);
        if (agency.absorption !== null) facts.push(`${t('Serapan anggaran', 'Budget absorption')} ${fmt(agency.absorption, '%')}`);
        if (agency.needsAssistance) facts.push(t('perlu pendampingan', 'needs assistance'));
        if (facts.length) parts.push(`<p class="meta">${facts.map(escapeHtml).join(' · ')}</p>`);
        if (agency.indicators.length) {
            parts.push(`<table><thead><tr><th>${t('Indikator', 'Indicator')}</th><th>${t('Sasaran/program', 'Node')}</th><th>${t('Satuan', 'Unit')}</th><th>Target</th><th>${t('Realisasi', 'Realisation')}</th><th>${t('Capaian', 'Achievement')}</th><th>${t('Kategori', 'Category')}</th><th>${t('Triwulan', 'Quarter')}</th><th>${t('Capaian triwulan', 'Quarter achievement')}</th></tr></thead><tbody>`);
            for (const i of agency.indicators) {
                const target = i.targetUpper !== null ? `${fmt(i.target)} – ${fmt(i.targetUpper)}` : fmt(i.target);
                const focused = focus && (i.id === focus || i.node === focus) ? ' class="focus"' : '';
                parts.push(`<tr id="${escapeHtml(i.id)}"${focused}><td>${escapeHtml(i.id)}</td><td>${escapeHtml(i.node)}</td><td>${escapeHtml(i.unit ?? '')}</td><td class="n">${target}</td><td class="n">${fmt(i.realisation)}</td><td class="n">${fmt(i.achievement, '%')}</td><td>${escapeHtml(i.category ?? '–')}</td><td>${i.quarterReported ? `tw${i.quarterReported}` : '–'}</td><td class="n">${fmt(i.quarterAchievement, '%')}</td></tr>`);
            }
            parts.push('</tbody></table>');
        }
        if (agency.budget.length) {
            parts.push(`<table><thead><tr><th>${t('Anggaran', 'Budget')}</th><th>${t('Jenis', 'Kind')}</th><th>Pagu</th><th>${t('Realisasi', 'Realisation')}</th><th>${t('Serapan', 'Absorption')}</th></tr></thead><tbody>`);
            for (const b of agency.budget) {
                const focused = focus && b.id === focus ? ' class="focus"' : '';
                parts.push(`<tr${focused}><td>${escapeHtml(b.id)}</td><td>${escapeHtml(b.kind)}</td><td class="n">${rupiah(b.pagu)}</td><td class="n">${rupiah(b.realisation)}</td><td class="n">${fmt(b.absorption, '%')}</td></tr>`);
            }
            parts.push('</tbody></table>');
        }
        parts.push('</section>');
    }
    if (!report.agencies.length) parts.push(`<p>${t('Belum ada data untuk tahun ini.', 'No data for this year yet.')}</p>`);
    parts.push('</body></html>');
    return parts.join('\n');
}
