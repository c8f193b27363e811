/**
 * Per-kind report data for `kinerja report --kind annual|quarterly|ranking|agreements|lke`:
 * pure functions from the workspace model and config to plain typed objects, shared by
 * every output format (HTML here; md, csv, xlsx and JSON render the same data).
 *
 * Values are exact (`Exact`) or null; user text is unescaped; nothing is formatted.
 * See docs/reports.md for what each kind contains.
 */
import { toConfigs, type Configs, type KinerjaConfig } from '../../engine/config.js';
import type { WorkspaceModel } from '../../engine/model.js';
import { buildAgreementsReport, type AgreementsReport } from './agreements.js';
import { buildAnnualReport, type AnnualReport } from './annual.js';
import type { ReportKind, ReportOptions } from './common.js';
import { buildQuarterlyReport, type QuarterlyReport } from './quarterly.js';
import { buildRankingReport, type RankingReport } from './ranking.js';
import { buildLkeReport, type LkeReport } from './lke.js';
import { buildE81Report, type E81Report } from './e81.js';

export * from './common.js';
export * from './annual.js';
export * from './quarterly.js';
export * from './ranking.js';
export * from './agreements.js';
export * from './tree.js';
export * from './notes.js';
export * from './months.js';
export * from './template.js';
export * from './lke.js';
export * from './lke-criteria.js';
export * from './e81.js';
export { groupNodes, type NodeGroup, type NodeGroupMember } from './groups.js';

export type ReportData = AnnualReport | QuarterlyReport | RankingReport | AgreementsReport | LkeReport | E81Report;

export interface ReportDataByKind {
    annual: AnnualReport;
    quarterly: QuarterlyReport;
    ranking: RankingReport;
    agreements: AgreementsReport;
    lke: LkeReport;
    e81: E81Report;
}

/** Builds the data of one report kind. Throws RangeError for an invalid year, quarter or lowest. */
export function buildReportData<K extends ReportKind>(kind: K, model: WorkspaceModel, config: KinerjaConfig | Configs, options: ReportOptions): ReportDataByKind[K];
export function buildReportData(kind: ReportKind, model: WorkspaceModel, config: KinerjaConfig | Configs, options: ReportOptions): ReportData {
    switch (kind) {
        case 'annual': return buildAnnualReport(model, config, options);
        case 'quarterly': return buildQuarterlyReport(model, config, options);
        case 'ranking': return buildRankingReport(model, config, options);
        case 'agreements': return buildAgreementsReport(model, config, options);
        case 'lke': return buildLkeReport(model, toConfigs(config).main, options);
        case 'e81': return buildE81Report(model, config, options);
        default: throw new RangeError(`unknown report kind '${String(kind)}'; expected annual, quarterly, ranking, agreements, lke or e81`);
    }
}
