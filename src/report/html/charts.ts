/**
 * Charts of the HTML report as inline SVG strings, with the geometry computed by
 * d3-scale and d3-shape (no DOM, no script): achievement bars coloured by category,
 * achievement beside absorption, absorption against the expected curve, quarterly trend
 * lines, sparklines and the category distribution strip.
 *
 * Every label is escaped; numbers printed on a chart are formatted the Indonesian way
 * from the exact values (the float conversion is used for geometry only).
 */
import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { curveMonotoneX, line } from 'd3-shape';
import { Exact } from '../../common/exact.js';
import { formatIdNumber } from '../../common/id-number.js';
import type { Language } from '../../engine/config.js';
import { bandLabel, reportText } from '../messages.js';
import type { CategoryRef, CategorySummary } from '../kinds/common.js';
import { esc } from './escape.js';
import { fitText, textWidth } from './text-width.js';
import { pct, toNumber } from './format.js';
import { ACCENT, ACCENT_LIGHT, EXPECTED, NONE, toneOf } from './palette.js';

const WIDTH = 860;
const FONT = 11;
/** svg .legend's font size (styles.ts). */
const LEGEND_FONT = 10.5;

/** Rounds a coordinate to one decimal (smaller files, same picture). */
const r = (n: number) => Math.round(n * 10) / 10;

const tickLabel = (t: number) => `${formatIdNumber(Exact.of(Number(t.toFixed(6))), { decimals: 1 })}%`;

function svgOpen(width: number, height: number, label: string, cls: string): string {
    return `<svg class="${cls}" viewBox="0 0 ${width} ${r(height)}" width="${width}" height="${r(height)}" role="img" aria-label="${esc(label)}">`;
}

function figure(svg: string, caption: string | undefined, cls = 'chart'): string {
    return `<figure class="${cls}">${svg}${caption ? `<figcaption>${esc(caption)}</figcaption>` : ''}</figure>`;
}

function xAxis(x: (v: number) => number, ticks: number[], top: number, bottom: number): string {
    return ticks.map(t => {
        const px = r(x(t));
        return `<line class="grid" x1="${px}" x2="${px}" y1="${r(top)}" y2="${r(bottom)}"/>`
            + `<text class="tick" x="${px}" y="${r(bottom + 13)}" text-anchor="middle">${esc(tickLabel(t))}</text>`;
    }).join('');
}

export interface BarItem {
    /** Short label on the axis (an id); `name` follows it, clipped. */
    label: string;
    name?: string | null;
    value: Exact | null;
    category: CategoryRef | null;
    /** Shown instead of a bar when the value is missing. */
    missing?: string;
}

export interface ChartOptions {
    title: string;
    lang: Language;
    bandCount: number;
    caption?: string;
}

/** Horizontal achievement bars coloured by category, with the 100% line. */
export function achievementBars(items: BarItem[], o: ChartOptions): string {
    if (!items.some(i => i.value !== null)) return '';
    const left = 300, right = 84, top = 8, rowH = 22;
    const height = top + items.length * rowH + 24;
    const max = Math.max(120, ...items.map(i => toNumber(i.value) ?? 0));
    const x = scaleLinear().domain([0, max]).range([left, WIDTH - right]).nice();
    const y = scaleBand<number>().domain(items.map((_, k) => k)).range([top, top + items.length * rowH]).paddingInner(0.28).paddingOuter(0.14);
    const bottom = top + items.length * rowH;
    let body = xAxis(x, x.ticks(6), top, bottom);
    items.forEach((item, k) => {
        const yy = y(k)!;
        const mid = r(yy + y.bandwidth() / 2 + 4);
        const text = item.name ? `${item.label} · ${item.name}` : item.label;
        body += `<text class="label" x="${left - 8}" y="${mid}" text-anchor="end"><title>${esc(text)}</title>${esc(fitText(text, left - 12, FONT))}</text>`;
        const v = toNumber(item.value);
        if (v === null) {
            body += `<text class="missing" x="${left + 6}" y="${mid}">${esc(item.missing ?? reportText(o.lang, 'legend.notComputable'))}</text>`;
            return;
        }
        const tone = toneOf(item.category, o.bandCount);
        const w = Math.max(1, x(Math.min(v, x.domain()[1])) - left);
        body += `<rect class="bar" x="${left}" y="${r(yy)}" width="${r(w)}" height="${r(y.bandwidth())}" rx="2" fill="${tone.strong}">`
            + `<title>${esc(`${text}: ${pct(item.value)}${item.category ? ` (${bandLabel(item.category, o.lang)})` : ''}`)}</title></rect>`;
        body += `<text class="value" x="${WIDTH - 4}" y="${mid}" text-anchor="end">${esc(pct(item.value))}</text>`;
    });
    const hundred = r(x(100));
    body += `<line class="reference" x1="${hundred}" x2="${hundred}" y1="${top - 4}" y2="${r(bottom)}"/>`;
    return figure(svgOpen(WIDTH, height, o.title, 'bars') + body + '</svg>', o.caption);
}

export interface PairItem {
    label: string;
    name?: string | null;
    achievement: Exact | null;
    category: CategoryRef | null;
    absorption: Exact | null;
}

/** Achievement (category colour) beside absorption (blue) per program / kegiatan. */
export function efficiencyBars(items: PairItem[], o: ChartOptions, firstLabel = reportText(o.lang, 'chart.achievement')): string {
    if (!items.length) return '';
    const left = 300, right = 84, top = 30, rowH = 34;
    const bottom = top + items.length * rowH;
    const height = bottom + 24;
    const max = Math.max(110, ...items.flatMap(i => [toNumber(i.achievement) ?? 0, toNumber(i.absorption) ?? 0]));
    const x = scaleLinear().domain([0, max]).range([left, WIDTH - right]).nice();
    const y = scaleBand<number>().domain(items.map((_, k) => k)).range([top, bottom]).paddingInner(0.22).paddingOuter(0.1);
    let body = legend([
        { colour: toneOf({ index: 0, label: '', labelEn: null, min: null }, 5).strong, text: firstLabel },
        { colour: ACCENT_LIGHT, text: reportText(o.lang, 'chart.absorption') }
    ], left, 14);
    body += xAxis(x, x.ticks(6), top, bottom);
    items.forEach((item, k) => {
        const yy = y(k)!;
        const h = y.bandwidth() / 2;
        const text = item.name ? `${item.label} · ${item.name}` : item.label;
        body += `<text class="label" x="${left - 8}" y="${r(yy + h + 4)}" text-anchor="end"><title>${esc(text)}</title>${esc(fitText(text, left - 12, FONT))}</text>`;
        const bars: Array<[Exact | null, string, number]> = [
            [item.achievement, toneOf(item.category, o.bandCount).strong, yy],
            [item.absorption, ACCENT_LIGHT, yy + h]
        ];
        for (const [value, colour, top0] of bars) {
            const v = toNumber(value);
            if (v === null) continue;
            const w = Math.max(1, x(Math.min(v, x.domain()[1])) - left);
            body += `<rect class="bar" x="${left}" y="${r(top0)}" width="${r(w)}" height="${r(h - 1)}" rx="1.5" fill="${colour}"/>`
                + `<text class="value small" x="${WIDTH - 4}" y="${r(top0 + h - 2)}" text-anchor="end" fill="${colour === ACCENT_LIGHT ? '#3d5f85' : '#1c2632'}">${esc(pct(value))}</text>`;
        }
    });
    const hundred = r(x(100));
    body += `<line class="reference" x1="${hundred}" x2="${hundred}" y1="${top - 4}" y2="${r(bottom)}"/>`;
    return figure(svgOpen(WIDTH, height, o.title, 'bars') + body + '</svg>', o.caption);
}

export interface AbsorptionItem {
    label: string;
    name?: string | null;
    absorption: Exact | null;
    expected: number;
    behind: boolean | null;
}

/** Absorption bars with the expected absorption of the quarter marked on each row. */
export function absorptionBars(items: AbsorptionItem[], o: ChartOptions): string {
    if (!items.length) return '';
    const left = 300, right = 84, top = 30, rowH = 24;
    const bottom = top + items.length * rowH;
    const height = bottom + 24;
    const x = scaleLinear().domain([0, Math.max(100, ...items.map(i => toNumber(i.absorption) ?? 0))]).range([left, WIDTH - right]).nice();
    const y = scaleBand<number>().domain(items.map((_, k) => k)).range([top, bottom]).paddingInner(0.3).paddingOuter(0.12);
    let body = legend([
        { colour: ACCENT, text: reportText(o.lang, 'chart.absorption') },
        { colour: toneOf({ index: 3, label: '', labelEn: null, min: null }, 5).strong, text: reportText(o.lang, 'absorption.behind') },
        { colour: EXPECTED, text: reportText(o.lang, 'chart.expected'), marker: true }
    ], left, 14);
    body += xAxis(x, x.ticks(5), top, bottom);
    items.forEach((item, k) => {
        const yy = y(k)!;
        const bh = y.bandwidth();
        const mid = r(yy + bh / 2 + 4);
        const text = item.name ? `${item.label} · ${item.name}` : item.label;
        body += `<text class="label" x="${left - 8}" y="${mid}" text-anchor="end"><title>${esc(text)}</title>${esc(fitText(text, left - 12, FONT))}</text>`;
        const v = toNumber(item.absorption);
        if (v !== null) {
            const w = Math.max(1, x(Math.min(v, x.domain()[1])) - left);
            const colour = item.behind ? toneOf({ index: 3, label: '', labelEn: null, min: null }, 5).strong : ACCENT;
            body += `<rect class="bar" x="${left}" y="${r(yy)}" width="${r(w)}" height="${r(bh)}" rx="2" fill="${colour}"/>`
                + `<text class="value" x="${WIDTH - 4}" y="${mid}" text-anchor="end">${esc(pct(item.absorption))}</text>`;
        }
        const ex = r(x(item.expected));
        body += `<line class="expected" x1="${ex}" x2="${ex}" y1="${r(yy - 3)}" y2="${r(yy + bh + 3)}"><title>${esc(`${reportText(o.lang, 'col.expected')}: ${pct(Exact.of(item.expected))}`)}</title></line>`;
    });
    return figure(svgOpen(WIDTH, height, o.title, 'bars') + body + '</svg>', o.caption);
}

export interface LineSeries {
    name: string;
    colour: string;
    dashed?: boolean;
    /** Draw all four quarters, not only up to the report's quarter (the expected curve). */
    full?: boolean;
    /** One value per quarter 1..n (null where missing). */
    values: Array<Exact | number | null>;
}

/** Trend lines over tw1..tw4 (values up to the report's quarter). */
export function trendChart(series: LineSeries[], quarters: number, o: ChartOptions): string {
    const drawn = series.filter(s => s.values.some(v => v !== null));
    if (!drawn.length) return '';
    const left = 46, right = 24, top = 16, height = 230, legendH = 18 * Math.ceil(drawn.length / 3);
    const bottom = height - 28 - legendH;
    const asNumber = (v: Exact | number | null) => v === null ? null : typeof v === 'number' ? v : v.toNumber();
    const all = drawn.flatMap(s => s.values.map(asNumber)).filter((v): v is number => v !== null);
    const lo = Math.max(0, Math.min(50, Math.floor(Math.min(...all) / 10) * 10 - 20));
    const y = scaleLinear().domain([lo, Math.max(110, ...all)]).range([bottom, top]).nice();
    const domain = Array.from({ length: Math.max(4, quarters) }, (_, k) => k + 1);
    const x = scalePoint<number>().domain(domain).range([left + 20, WIDTH - right - 20]);
    let body = '';
    for (const t of y.ticks(5)) {
        const py = r(y(t));
        body += `<line class="grid" x1="${left}" x2="${WIDTH - right}" y1="${py}" y2="${py}"/>`
            + `<text class="tick" x="${left - 6}" y="${r(py + 4)}" text-anchor="end">${esc(tickLabel(t))}</text>`;
    }
    for (const q of domain) {
        body += `<text class="tick" x="${r(x(q)!)}" y="${r(bottom + 16)}" text-anchor="middle">${esc(`tw${q}`)}</text>`;
    }
    const hundred = r(y(100));
    body += `<line class="reference" x1="${left}" x2="${WIDTH - right}" y1="${hundred}" y2="${hundred}"/>`;
    // Value labels above the points, skipped where they would overlap an earlier label.
    const labelled = new Map<number, number[]>();
    const free = (q: number, py: number) => (labelled.get(q) ?? []).every(other => Math.abs(other - py) >= 13);
    for (const s of drawn) {
        const points = s.values.map((v, k) => ({ q: k + 1, v: asNumber(v) })).filter(p => s.full || p.q <= quarters);
        const path = line<{ q: number; v: number | null }>()
            .defined(p => p.v !== null)
            .x(p => r(x(p.q)!))
            .y(p => r(y(p.v!)))
            .curve(curveMonotoneX)(points);
        if (path) body += `<path class="series${s.dashed ? ' dashed' : ''}" d="${esc(path)}" stroke="${s.colour}"/>`;
        points.forEach((p, k) => {
            if (p.v === null) return;
            const raw = s.values[k];
            const label = raw === null ? '' : typeof raw === 'number' ? pct(Exact.of(raw)) : pct(raw);
            body += `<circle cx="${r(x(p.q)!)}" cy="${r(y(p.v))}" r="${s.dashed ? 2.5 : 3.5}" fill="${s.colour}"><title>${esc(`${s.name}, tw${p.q}: ${label}`)}</title></circle>`;
            const py = y(p.v) - 8;
            if (!s.dashed && free(p.q, py)) {
                labelled.set(p.q, [...(labelled.get(p.q) ?? []), py]);
                body += `<text class="value small" x="${r(x(p.q)!)}" y="${r(py)}" text-anchor="middle" fill="${s.colour}">${esc(label)}</text>`;
            }
        });
    }
    body += legend(drawn.map(s => ({ colour: s.colour, text: s.name, dashed: s.dashed })), left, bottom + 36, 3);
    return figure(svgOpen(WIDTH, height, o.title, 'trend') + body + '</svg>', o.caption);
}

/** A tiny trend line of an indicator's achievement per quarter (table cell). */
export function sparkline(values: Array<Exact | null>, category: CategoryRef | null, bandCount: number, label: string): string {
    const points = values.map((v, k) => ({ q: k + 1, v: toNumber(v) }));
    const known = points.filter(p => p.v !== null) as Array<{ q: number; v: number }>;
    if (!known.length) return '';
    const w = 84, h = 24;
    const lo = Math.min(80, ...known.map(p => p.v)), hi = Math.max(110, ...known.map(p => p.v));
    const x = scaleLinear().domain([1, 4]).range([4, w - 4]);
    const y = scaleLinear().domain([lo, hi]).range([h - 3, 3]);
    const path = line<{ q: number; v: number | null }>().defined(p => p.v !== null).x(p => r(x(p.q))).y(p => r(y(p.v!)))(points);
    const last = known[known.length - 1];
    const title = values.map((v, k) => `tw${k + 1}: ${pct(v)}`).join(', ');
    return `<svg class="spark" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${esc(label)}"><title>${esc(title)}</title>`
        + `<line class="reference" x1="2" x2="${w - 2}" y1="${r(y(100))}" y2="${r(y(100))}"/>`
        + (path ? `<path class="series" d="${esc(path)}" stroke="${ACCENT}"/>` : '')
        + known.map(p => `<circle cx="${r(x(p.q))}" cy="${r(y(p.v))}" r="${p === last ? 2.8 : 1.6}" fill="${p === last ? toneOf(category, bandCount).strong : ACCENT}"/>`).join('')
        + '</svg>';
}

/** One horizontal strip: the share of each category, with counts in the legend. */
export function categoryStrip(summary: CategorySummary, o: ChartOptions): string {
    if (!summary.total) return '';
    const height = 70;
    const x = scaleLinear().domain([0, summary.total]).range([0, WIDTH]);
    let at = 0;
    let body = '';
    const parts = [
        ...summary.counts.map(c => ({ count: c.count, colour: toneOf(c.band, o.bandCount).strong, text: bandLabel(c.band, o.lang) })),
        { count: summary.notComputable, colour: NONE.strong, text: reportText(o.lang, 'legend.notComputable') }
    ];
    for (const p of parts) {
        if (!p.count) continue;
        const w = x(p.count);
        body += `<rect x="${r(x(at))}" y="0" width="${r(w)}" height="22" fill="${p.colour}"><title>${esc(`${p.text}: ${p.count}`)}</title></rect>`;
        if (w > 22) body += `<text class="strip" x="${r(x(at) + w / 2)}" y="15" text-anchor="middle">${p.count}</text>`;
        at += p.count;
    }
    body += legend(parts.map(p => ({ colour: p.colour, text: `${p.text} (${p.count})` })), 0, 44, 3);
    return figure(svgOpen(WIDTH, height, o.title, 'strip') + body + '</svg>', o.caption, 'chart strip');
}

interface LegendItem { colour: string; text: string; dashed?: boolean; marker?: boolean }

function legend(items: LegendItem[], x0: number, y0: number, perRow = 4): string {
    // Flow layout: each entry as wide as its text (estimated), wrapping at the chart's width.
    let x = x0, y = y0, inRow = 0;
    let out = '';
    for (const item of items) {
        const text = fitText(item.text, WIDTH - x0 - 36, LEGEND_FONT);
        const w = 18 + Math.ceil(textWidth(text, LEGEND_FONT)) + 18;
        if (inRow > 0 && (x + w > WIDTH || inRow >= perRow)) { x = x0; y += 18; inRow = 0; }
        const swatch = item.marker
            ? `<line class="expected" x1="${x + 6}" x2="${x + 6}" y1="${y - 9}" y2="${y + 3}"/>`
            : item.dashed
                ? `<line x1="${x}" x2="${x + 14}" y1="${y - 4}" y2="${y - 4}" stroke="${item.colour}" stroke-width="2" stroke-dasharray="4 3"/>`
                : `<rect x="${x}" y="${y - 9}" width="12" height="10" rx="2" fill="${item.colour}"/>`;
        out += `${swatch}<text class="legend" x="${x + 18}" y="${y}">${esc(text)}</text>`;
        x += w;
        inRow++;
    }
    return out;
}
