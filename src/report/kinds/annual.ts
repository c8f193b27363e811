/**
 * The annual report (LKjIP chapter III, "Akuntabilitas Kinerja") as data: per
 * organisation and goal (sasaran), each indicator's unit, target, realisation,
 * achievement and category; the comparison with every earlier year present in the
 * workspace and with the target of the last year of the Renstra (RPJMD for a pemda)
 * period; the budget per program, kegiatan and subkegiatan with absorption; efficiency
 * (achievement beside absorption); counts per category; and the performance tree.
 *
 * Numbers follow docs/formulas.md: the annual achievement (the year-level realisation,
 * or the quarters aggregated so far when `quarter` cuts the year), the budget cumulative
 * up to the quarter, the agency score as in the ranking.
 */
import type { Exact } from '../../common/exact.js';
import { indicatorAchievement, type NotComputable } from '../../engine/achievement.js';
import { annualTarget, evaluateIndicator, type IndicatorEvaluation } from '../../engine/aggregation.js';
import type { BudgetEvaluation } from '../../engine/budget.js';
import { forAverage, toConfigs, type Configs, type KinerjaConfig } from '../../engine/config.js';
import { evaluateWorkspace } from '../../engine/evaluate.js';
import type { IndicatorInfo, WorkspaceModel } from '../../engine/model.js';
import {
    achievementValue, activeIn, categoryRef, checkOptions, earlierYears, figure, indicatorRef, keyFirst, mean, nodeRef, notComputableReason,
    orNull, organisationRef, positionRef, reportBase, revisionRef, summarise,
    type CategoryRef, type CategorySummary, type Figure, type RevisionRef, type IndicatorRef, type NodeRef, type OrganisationRef, type PositionRef,
    type ReportBase, type ReportOptions
} from './common.js';
import { groupNodes } from './groups.js';
import { notesBlock, type NotesBlock } from './notes.js';
import { realisationMonths, spendingMonths, type MonthlyRow } from './months.js';
import { buildTree, type PerformanceTree } from './tree.js';

export interface AnnualReport extends ReportBase {
    kind: 'annual';
    /** Years before `year` with a target or realisation in the workspace, ascending. */
    comparisonYears: number[];
    organisations: AnnualOrganisation[];
    /** Counts per category over every indicator row of every organisation. */
    summary: CategorySummary;
}

export interface AnnualOrganisation {
    organisation: OrganisationRef;
    /** Head of the organisation (its echelon-II position), if any. */
    head: PositionRef | null;
    /** Agency score (mean echelon-II achievement); null for a pemda or without one. */
    score: Exact | null;
    scoreCategory: CategoryRef | null;
    rank: number | null;
    /** Last year of the Renstra / RPJMD period, null without `periode`. */
    renstraYear: number | null;
    goals: AnnualGoal[];
    budget: BudgetTotals;
    efficiency: EfficiencyRow[];
    summary: CategorySummary;
    tree: PerformanceTree;
    /** `catatan` and `bukti` of the year (up to the cut quarter), per node and indicator in report order. */
    notes: NotesBlock[];
    /** Figures written per month or `s.d.`, January to the cut quarter's last month (December for the year): indicators, then budgets. */
    monthly: MonthlyRow[];
}

/** A sasaran (or tujuan) with the indicators of its node and of the nodes below it. */
export interface AnnualGoal {
    /** null for the nodes that support no goal of the organisation. */
    goal: NodeRef | null;
    /** Mean achievement of the goal's own indicators (its IKU). */
    achievement: Exact | null;
    category: CategoryRef | null;
    rows: AnnualIndicatorRow[];
}

export interface AnnualIndicatorRow {
    indicator: IndicatorRef;
    /** Depth of the indicator's node below the goal (0: the goal's own indicator). */
    depth: number;
    /** The target in force (a scale's word for a qualitative indicator; a range with `targetUpper`). */
    target: Figure | null;
    targetUpper: Exact | null;
    /** The target as first stated, when a revision is in force (`revision`); else null. */
    originalTarget: Figure | null;
    originalTargetUpper: Exact | null;
    /** The revision of the target in force (the year's latest, or the latest by the cut quarter's end). */
    revision: RevisionRef | null;
    realisation: Figure | null;
    achievement: Exact | null;
    category: CategoryRef | null;
    /** Why the achievement is missing (no target, no realisation, zero target …). */
    notComputable: NotComputable | null;
    /** The year is complete (year-level realisation or tw4); else the figures are so far. */
    final: boolean;
    /** The latest quarter aggregated into `realisation` (null for none). */
    quarterReported: number | null;
    /** One entry per AnnualReport.comparisonYears, same order. */
    history: YearFigure[];
    renstra: RenstraFigure | null;
}

export interface YearFigure {
    year: number;
    target: Figure | null;
    targetUpper: Exact | null;
    realisation: Figure | null;
    achievement: Exact | null;
    category: CategoryRef | null;
}

/** The target of the period's last year, and this year's realisation measured against it. */
export interface RenstraFigure {
    year: number;
    target: Figure | null;
    targetUpper: Exact | null;
    /** Realisation of the report year against the Renstra target (same formula). */
    achievement: Exact | null;
}

export interface BudgetTotals {
    pagu: Exact | null;
    realisation: Exact | null;
    absorption: Exact | null;
    rows: BudgetRow[];
}

export interface BudgetRow {
    node: NodeRef;
    /** 0 for a program (budget root), 1 for its kegiatan, 2 for subkegiatan. */
    depth: number;
    /** The pagu in force (own, or the children's sum). */
    pagu: Exact | null;
    /** The node's own pagu as first stated, when a revision is in force (`paguRevision`); else null. */
    paguOriginal: Exact | null;
    paguRevision: RevisionRef | null;
    realisation: Exact | null;
    absorption: Exact | null;
    /** Pagu / realisation summed from the children (not written on the node itself). */
    paguFromChildren: boolean;
    realisationFromChildren: boolean;
    /** Quarter the cumulative realisation is cut at; null for a year-level figure. */
    quarterReported: number | null;
}

/** Achievement beside absorption for a budget node (or the whole organisation). */
export interface EfficiencyRow {
    /** null for the organisation's total row (score beside total absorption). */
    node: NodeRef | null;
    depth: number;
    /** Mean achievement of the node's indicators (the organisation score for the total). */
    achievement: Exact | null;
    category: CategoryRef | null;
    absorption: Exact | null;
    /** achievement − absorption, in percentage points. */
    gap: Exact | null;
    /** Achievement at least as high as absorption; null when either is missing. */
    efficient: boolean | null;
}

export function indicatorRow(
    model: WorkspaceModel, config: KinerjaConfig, e: IndicatorEvaluation, depth: number,
    comparisonYears: number[], renstraYear: number | null
): AnnualIndicatorRow {
    const i = e.indicator;
    const value = achievementValue(e.achievement);
    return {
        indicator: indicatorRef(model, i), depth,
        target: figure(i, e.target?.value), targetUpper: orNull(e.target?.upper),
        originalTarget: e.revision ? figure(i, e.originalTarget?.value) : null,
        originalTargetUpper: e.revision ? orNull(e.originalTarget?.upper) : null,
        revision: revisionRef(e.revision),
        realisation: figure(i, e.realisation),
        achievement: value, category: categoryRef(value, config), notComputable: notComputableReason(e.achievement),
        final: e.final, quarterReported: orNull(e.quarter),
        history: comparisonYears.map(y => yearFigure(i, y, config)),
        renstra: renstraYear === null ? null : renstraFigure(i, renstraYear, e.realisation, config)
    };
}

function yearFigure(i: IndicatorInfo, year: number, config: KinerjaConfig): YearFigure {
    const e = evaluateIndicator(i, year, config);
    const value = achievementValue(e.achievement);
    return {
        year, target: figure(i, e.target?.value), targetUpper: orNull(e.target?.upper), realisation: figure(i, e.realisation),
        achievement: value, category: categoryRef(value, config)
    };
}

function renstraFigure(i: IndicatorInfo, year: number, realisation: Exact | undefined, config: KinerjaConfig): RenstraFigure {
    const target = annualTarget(i, year);
    return {
        year, target: figure(i, target?.value), targetUpper: orNull(target?.upper),
        achievement: achievementValue(indicatorAchievement(i, target, realisation, config))
    };
}

function budgetRows(model: WorkspaceModel, nodes: BudgetEvaluation[]): BudgetRow[] {
    const depth = new Map<BudgetEvaluation, number>();
    for (const b of nodes) {
        const d = depth.get(b) ?? 0;
        depth.set(b, d);
        for (const c of b.children) depth.set(c, d + 1);
    }
    return nodes.map(b => ({
        node: nodeRef(model, b.node), depth: depth.get(b) ?? 0,
        pagu: orNull(b.pagu), paguOriginal: b.paguRevision ? orNull(b.paguOriginal) : null, paguRevision: revisionRef(b.paguRevision),
        realisation: orNull(b.realisation), absorption: orNull(b.absorption),
        paguFromChildren: !b.ownPagu && b.pagu !== undefined,
        realisationFromChildren: !b.ownRealisation && b.realisation !== undefined,
        quarterReported: orNull(b.quarter)
    }));
}

export function buildAnnualReport(model: WorkspaceModel, configs: KinerjaConfig | Configs, options: ReportOptions): AnnualReport {
    checkOptions(options);
    const { year, quarter } = options;
    const { main } = toConfigs(configs);
    const evaluation = evaluateWorkspace(model, configs, year, quarter);
    const comparisonYears = earlierYears(model, year);
    const organisations: AnnualOrganisation[] = [];
    const allValues: Array<Exact | null> = [];
    // Every indicator's evaluation: the tree also shows other organisations' nodes.
    const everyIndicator = new Map(evaluation.organisations.flatMap(o => o.indicators.map(e => [e.indicator, e] as const)));
    for (const o of evaluation.organisations) {
        const org = o.organisation;
        const config = o.config;
        const renstraYear = org.period?.end ?? null;
        const byIndicator = new Map(o.indicators.map(e => [e.indicator, e]));
        const goals: AnnualGoal[] = [];
        const notes: NotesBlock[] = [];
        const monthly: MonthlyRow[] = [];
        const budgetMonthly: MonthlyRow[] = [];
        const period = { upTo: quarter ?? 4 };
        const lastMonth = (quarter ?? 4) * 3;
        for (const group of groupNodes(model, org)) {
            const rows: AnnualIndicatorRow[] = [];
            for (const { node, depth } of group.members) {
                const ref = nodeRef(model, node);
                const own = notesBlock(node, ref, null, year, period, options.linkBase);
                if (own) notes.push(own);
                const spending = spendingMonths(ref, node, year, 1, lastMonth);
                if (spending) budgetMonthly.push(spending);
                for (const i of keyFirst(node.indicators)) {
                    const block = notesBlock(i, ref, indicatorRef(model, i), year, period, options.linkBase);
                    if (block) notes.push(block);
                    const months = realisationMonths(ref, indicatorRef(model, i), i, year, 1, lastMonth);
                    if (months) monthly.push(months);
                    const e = byIndicator.get(i);
                    if (e && activeIn(i, year)) rows.push(indicatorRow(model, config, e, depth, comparisonYears, renstraYear));
                }
            }
            if (!rows.length) continue;
            const own = rows.filter(r => r.depth === 0 && group.goal).map(r => r.achievement).filter((v): v is Exact => v !== null);
            const achievement = mean(own.map(v => forAverage(v, config)));
            goals.push({ goal: group.goal ? nodeRef(model, group.goal) : null, achievement, category: categoryRef(achievement, config), rows });
        }
        const values = goals.flatMap(g => g.rows.map(r => r.achievement));
        allValues.push(...values);
        const budget: BudgetTotals = {
            pagu: orNull(o.budget.pagu), realisation: orNull(o.budget.realisation), absorption: orNull(o.budget.absorption),
            rows: budgetRows(model, o.budget.nodes)
        };
        const efficiency: EfficiencyRow[] = budget.rows.map(row => {
            const node = model.nodes.get(row.node.id)!;
            const own = node.indicators.map(i => byIndicator.get(i)).filter(e => e && activeIn(e.indicator, year))
                .map(e => achievementValue(e!.achievement)).filter((v): v is Exact => v !== null);
            return efficiencyRow(row.node, row.depth, mean(own.map(v => forAverage(v, config))), row.absorption, config);
        });
        const score = orNull(o.score);
        if (budget.rows.length) efficiency.push(efficiencyRow(null, 0, score, budget.absorption, config));
        const headPosition = org.positions.find(p => p.level === 2 && model.positions.get(p.id) === p);
        organisations.push({
            organisation: organisationRef(org),
            head: headPosition ? positionRef(headPosition) : null,
            score, scoreCategory: categoryRef(score, config), rank: orNull(o.rank), renstraYear,
            goals, budget, efficiency, summary: summarise(values, config), notes, monthly: [...monthly, ...budgetMonthly],
            tree: buildTree(model, config, org, i => { const e = everyIndicator.get(i); return e && activeIn(i, year) ? achievementValue(e.achievement) : null; })
        });
    }
    return {
        ...reportBase('annual', model, main, options, quarter ?? null),
        kind: 'annual', comparisonYears, organisations, summary: summarise(allValues, main)
    };
}

function efficiencyRow(node: NodeRef | null, depth: number, achievement: Exact | null, absorption: Exact | null, config: KinerjaConfig): EfficiencyRow {
    const gap = achievement && absorption ? achievement.sub(absorption) : null;
    return {
        node, depth, achievement, category: categoryRef(achievement, config), absorption, gap,
        efficient: gap ? !gap.isNegative() : null
    };
}
