/**
 * The regional ranking as data: agencies ordered by score (highest first, ties by id),
 * absorption beside the score, and the lowest `lowest` ranked agencies (default
 * config.rankingLowest, 10) flagged for assistance. Agencies without a score (no
 * computable echelon-II achievement) are listed apart, unranked. The score is the one of
 * docs/formulas.md: annual achievement, or with a quarter the achievement against the
 * quarter plan.
 */
import type { Exact } from '../../common/exact.js';
import { toConfigs, withRankingLowest, type Configs, type KinerjaConfig } from '../../engine/config.js';
import { evaluateWorkspace, isEchelonTwoIndicator } from '../../engine/evaluate.js';
import type { WorkspaceModel } from '../../engine/model.js';
import {
    categoryRef, checkOptions, orNull, organisationRef, positionRef, reportBase, summarise,
    type CategoryRef, type CategorySummary, type OrganisationRef, type PositionRef, type ReportBase, type ReportOptions
} from './common.js';

export interface RankingReport extends ReportBase {
    kind: 'ranking';
    /** How many of the lowest ranked agencies are flagged. */
    lowest: number;
    /** Ranked agencies, rank 1 first. */
    rows: RankingRow[];
    /** Agencies without a score, by id. */
    unranked: RankingRow[];
    /** Counts of ranked agencies per category of their score. */
    summary: CategorySummary;
}

export interface RankingRow {
    organisation: OrganisationRef;
    head: PositionRef | null;
    rank: number | null;
    score: Exact | null;
    category: CategoryRef | null;
    /** Echelon-II indicators whose achievement entered the score. */
    indicatorsScored: number;
    pagu: Exact | null;
    realisation: Exact | null;
    absorption: Exact | null;
    needsAssistance: boolean;
}

export function buildRankingReport(model: WorkspaceModel, configs: KinerjaConfig | Configs, options: ReportOptions): RankingReport {
    checkOptions(options);
    const given = toConfigs(configs);
    const { main } = given;
    const lowest = options.lowest ?? main.rankingLowest;
    const evaluation = evaluateWorkspace(model, options.lowest === undefined ? given : withRankingLowest(given, options.lowest), options.year, options.quarter);
    const rows: RankingRow[] = [];
    for (const o of evaluation.organisations) {
        if (o.organisation.kind !== 'instansi') continue;
        const scored = o.indicators.filter(e => isEchelonTwoIndicator(model, e.indicator)
            && (options.quarter === undefined || e.final ? e.achievement : e.quarterAchievement).computable).length;
        const head = o.organisation.positions.find(p => p.level === 2 && model.positions.get(p.id) === p);
        const score = orNull(o.score);
        rows.push({
            organisation: organisationRef(o.organisation), head: head ? positionRef(head) : null,
            rank: orNull(o.rank), score, category: categoryRef(score, o.config), indicatorsScored: scored,
            pagu: orNull(o.budget.pagu), realisation: orNull(o.budget.realisation), absorption: orNull(o.budget.absorption),
            needsAssistance: o.needsAssistance
        });
    }
    const ranked = rows.filter(r => r.rank !== null).sort((a, b) => a.rank! - b.rank!);
    return {
        ...reportBase('ranking', model, main, options, options.quarter ?? null),
        kind: 'ranking', lowest, rows: ranked, unranked: rows.filter(r => r.rank === null),
        summary: summarise(ranked.map(r => r.score), main)
    };
}
