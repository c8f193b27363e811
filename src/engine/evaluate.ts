/**
 * Evaluation of a whole workspace for a year (and optionally up to a quarter): every
 * organisation's indicators and budgets, agency scores and the ranking.
 *
 * Score of an agency: the mean achievement of the indicators of nodes owned by its
 * echelon-II positions. Annual reports use the annual achievement; with a quarter, the
 * achievement against the quarter plan (an indicator whose year is already final counts
 * with its annual achievement). Indicators whose achievement is not computable are left
 * out of the mean; an agency with none has no score. Regional (pemda) indicators are
 * evaluated but pemdas are not ranked.
 */
import { Exact } from '../common/exact.js';
import type { Achievement } from './achievement.js';
import { evaluateIndicator, type IndicatorEvaluation } from './aggregation.js';
import { evaluateOrganisationBudget, type OrganisationBudget } from './budget.js';
import { forAverage, toConfigs, type Configs, type KinerjaConfig } from './config.js';
import type { IndicatorInfo, OrganisationInfo, WorkspaceModel } from './model.js';

export interface OrganisationEvaluation {
    organisation: OrganisationInfo;
    /** The config its figures follow (the nearest kinerja.config.json of the file declaring it). */
    config: KinerjaConfig;
    indicators: IndicatorEvaluation[];
    budget: OrganisationBudget;
    score?: Exact;
    /** 1-based rank among agencies with a score. */
    rank?: number;
    /** Among the lowest `rankingLowest` agencies: flagged for assistance. */
    needsAssistance: boolean;
}

export interface WorkspaceEvaluation {
    year: number;
    quarter?: number;
    organisations: OrganisationEvaluation[];
}

export function isEchelonTwoIndicator(model: WorkspaceModel, indicator: IndicatorInfo): boolean {
    const owner = indicator.node.ownerId ? model.positions.get(indicator.node.ownerId) : undefined;
    return owner?.level === 2;
}

function scoreAchievement(e: IndicatorEvaluation, quarter: number | undefined): Achievement {
    if (quarter === undefined || e.final) return e.achievement;
    return e.quarterAchievement;
}

export function organisationScore(model: WorkspaceModel, evaluations: IndicatorEvaluation[], quarter?: number, config: Pick<KinerjaConfig, 'averageCap'> = { averageCap: null }): Exact | undefined {
    const values: Exact[] = [];
    for (const e of evaluations) {
        if (e.indicator.organisation.kind !== 'instansi' || !isEchelonTwoIndicator(model, e.indicator)) continue;
        const a = scoreAchievement(e, quarter);
        if (a.computable) values.push(forAverage(a.value, config));
    }
    return Exact.mean(values);
}

export function evaluateWorkspace(model: WorkspaceModel, configs: KinerjaConfig | Configs, year: number, quarter?: number): WorkspaceEvaluation {
    const upTo = quarter ?? 4;
    const { of } = toConfigs(configs);
    const organisations: OrganisationEvaluation[] = [];
    for (const organisation of model.organisations.values()) {
        const config = of(organisation);
        const indicators = organisation.indicators.map(i => evaluateIndicator(i, year, config, upTo));
        organisations.push({
            organisation, config, indicators,
            budget: evaluateOrganisationBudget(model, organisation, year, upTo),
            score: organisation.kind === 'instansi' ? organisationScore(model, indicators, quarter, config) : undefined,
            needsAssistance: false
        });
    }
    // Agencies are ranked within their regional government, by the config of its pemda
    // (or, without one in the workspace, of the region's first agency).
    const regions = new Map<string, OrganisationEvaluation[]>();
    for (const o of organisations) {
        if (o.organisation.kind !== 'instansi') continue;
        const key = o.organisation.pemdaId ?? '';
        const list = regions.get(key);
        if (list) list.push(o); else regions.set(key, [o]);
    }
    for (const [pemdaId, agencies] of regions) {
        const pemda = model.organisations.get(pemdaId);
        rank(agencies, (pemda ? of(pemda) : agencies[0].config).rankingLowest);
    }
    // Pemdas first, then agencies; each in name order (stable output for diffs and tests).
    organisations.sort((a, b) =>
        (a.organisation.kind === b.organisation.kind ? 0 : a.organisation.kind === 'pemda' ? -1 : 1)
        || a.organisation.id.localeCompare(b.organisation.id));
    return { year, quarter, organisations };
}

/** Ranks agencies by score (highest first, ties by id) and flags the lowest ones. */
export function rank(organisations: OrganisationEvaluation[], lowest: number): OrganisationEvaluation[] {
    const ranked = organisations
        .filter(o => o.organisation.kind === 'instansi' && o.score !== undefined)
        .sort((a, b) => b.score!.cmp(a.score!) || a.organisation.id.localeCompare(b.organisation.id));
    ranked.forEach((o, i) => {
        o.rank = i + 1;
        o.needsAssistance = i >= ranked.length - lowest;
    });
    return ranked;
}
