/**
 * Figures written per month or `s.d.` (kinds/months.ts) in HTML: one row per indicator
 * (then per budget node, in Rupiah), one column per month, at most six months a table so
 * that it fits an A4 page (the annual report has January–June, then July–December); a
 * cumulative figure is marked `s.d.`.
 */
import type { Language } from '../../engine/config.js';
import type { MonthlyFigure, MonthlyRow } from '../kinds/months.js';
import { monthName, reportText, type ReportMessageKey } from '../messages.js';
import { esc } from './escape.js';
import { DASH, num, rp } from './format.js';
import { cols, indicatorCell, numCell, th } from './parts.js';

/** A month's figures: `101`, `s.d. 800`, `Rp 120.000.000`; several joined by ` · `. */
export function monthlyText(figures: MonthlyFigure[], rupiah: boolean, lang: Language): string {
    if (!figures.length) return DASH;
    return figures.map(f => `${f.cumulative ? `${reportText(lang, 'months.cumulative')} ` : ''}${rupiah && typeof f.value !== 'string' ? rp(f.value) : num(f.value)}`).join(' · ');
}

export function monthlyTable(rows: MonthlyRow[], lang: Language): string {
    if (!rows.length) return '';
    const t = (key: ReportMessageKey, p?: Record<string, string | number>) => reportText(lang, key, p);
    const months = rows[0].months.map(m => m.month);
    let html = `<h3>${esc(t('section.months'))}</h3>`;
    for (let start = 0; start < months.length; start += 6) {
        const shown = months.slice(start, start + 6);
        html += `<table class="monthly fixed">` + cols(['', '10%', ...shown.map(() => months.length > 3 ? '11%' : '15%')]) + '<thead><tr>'
            + th(t('col.indicator')) + th(t('col.unit')) + shown.map(m => th(monthName(m, lang), 'num')).join('') + '</tr></thead><tbody>';
        for (const row of rows) {
            const rupiah = row.indicator === null;
            const id = row.indicator?.id ?? row.node.id;
            html += `<tr data-monthly="${esc(id)}">` + (row.indicator ? indicatorCell(row.indicator, 0, false, lang)
                : `<td><span class="kind-tag">${esc(t(`node.${row.node.kind}`))}</span>${esc(row.node.name ?? row.node.id)}</td>`)
                + `<td>${esc(rupiah ? 'Rp' : row.indicator!.unit ?? DASH)}</td>`
                + row.months.slice(start, start + 6).map(m => numCell(monthlyText(m.figures, rupiah, lang))).join('') + '</tr>';
        }
        html += '</tbody></table>';
    }
    return html + `<p class="note">${esc(t('months.note'))}</p>`;
}
