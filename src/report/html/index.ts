/**
 * The HTML report: one self-contained document per report kind (inline CSS and SVG,
 * no script, no external URL, a strict Content-Security-Policy), printable on A4.
 *
 * - `renderHtml(kind, model, config, options)`: builds the kind's data
 *   (src/report/kinds) and renders it — the entry for `kinerja report --format html`
 *   and for the editor's preview.
 * - `renderHtmlReport(data, options)`: renders data built elsewhere.
 * - `renderHtmlFolder(data, options)`: the same report as a folder of pages (folder.ts),
 *   for `--out DIR`.
 *
 * Every piece of user text is escaped (escape.ts); numbers are printed the Indonesian
 * way (`114,05%`, `Rp 1.900.000.000`); texts come from src/report/messages.ts in
 * Bahasa Indonesia, or English with `language: 'en'`.
 */
import { toConfigs, type Configs, type KinerjaConfig, type Language } from '../../engine/config.js';
import type { WorkspaceModel } from '../../engine/model.js';
import { reportText } from '../messages.js';
import { buildReportData, type ReportData, type ReportFinding, type ReportKind } from '../kinds/index.js';
import { renderAgreementsBody } from './agreements.js';
import { renderAnnualBody } from './annual.js';
import { htmlPage, periodText, regionName } from './document.js';
import { renderQuarterlyBody } from './quarterly.js';
import { renderRankingBody } from './ranking.js';
import { renderLkeBody } from './lke.js';
import { renderE81Body } from './e81.js';

export interface HtmlRenderOptions {
    /** Language of the report's texts; default the config's `language`, else Bahasa Indonesia. */
    language?: Language;
}

export interface HtmlReportOptions extends HtmlRenderOptions {
    year: number;
    /** Up to this quarter (1..4); the quarterly kind defaults to the latest reported one. */
    quarter?: number;
    /** Ranking: how many of the lowest agencies to flag (default config.rankingLowest). */
    lowest?: number;
    /** Findings to list in the report's notes (e.g. from `kinerja check`). */
    findings?: ReportFinding[];
}

/** Renders report data (from src/report/kinds) as one HTML document. */
export function renderHtmlReport(data: ReportData, options: HtmlRenderOptions = {}): string {
    const lang: Language = options.language ?? 'id';
    let body: string;
    switch (data.kind) {
        case 'annual': body = renderAnnualBody(data, lang); break;
        case 'quarterly': body = renderQuarterlyBody(data, lang); break;
        case 'ranking': body = renderRankingBody(data, lang); break;
        case 'agreements': body = renderAgreementsBody(data, lang); break;
        case 'lke': body = renderLkeBody(data, lang); break;
        case 'e81': body = renderE81Body(data, lang); break;
    }
    const region = regionName(data);
    const title = `${reportText(lang, `kind.${data.kind}`)} — ${periodText(data, lang)}${region ? ` — ${region}` : ''}`;
    return htmlPage({ lang, title, kind: data.kind, body });
}

/**
 * Builds and renders the report of one kind for the workspace. Throws RangeError for an
 * unknown kind or an invalid year, quarter or `lowest`.
 */
export function renderHtml(kind: ReportKind, model: WorkspaceModel, config: KinerjaConfig | Configs, options: HtmlReportOptions): string {
    const data = buildReportData(kind, model, config, {
        year: options.year, quarter: options.quarter, lowest: options.lowest, findings: options.findings
    });
    return renderHtmlReport(data, { language: options.language ?? toConfigs(config).main.language });
}

export { CSP } from './document.js';
export { esc } from './escape.js';
export { renderHtmlFolder, type HtmlFolder, type HtmlFolderPage } from './folder.js';
