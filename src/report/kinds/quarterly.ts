/**
 * The quarterly report (`--quarter Q`) as data: per organisation, each indicator's
 * progress against the quarter plan up to Q (docs/formulas.md, "From quarters to the
 * year": q*, the latest reported quarter ≤ Q, its plan and realisation aggregates), the
 * behind-plan list, budget absorption against the expected absorption curve
 * (`absorptionCurve` in the config), and the trend of score and absorption over
 * tw1..Q.
 *
 * "Behind plan" is the `behind-schedule` finding's rule: during the year, achievement
 * against the quarter plan below `thresholds.low`; an indicator planned for Q with
 * nothing reported for Q is listed as not reported. A budget node is behind when its
 * absorption is below the curve at the quarter its cumulative realisation was reported
 * for (the `low-absorption` finding's rule).
 */
import type { Exact } from '../../common/exact.js';
import { isBelow, type NotComputable } from '../../engine/achievement.js';
import type { IndicatorEvaluation } from '../../engine/aggregation.js';
import { toConfigs, type Configs, type KinerjaConfig } from '../../engine/config.js';
import { evaluateWorkspace, type OrganisationEvaluation, type WorkspaceEvaluation } from '../../engine/evaluate.js';
import type { IndicatorInfo, WorkspaceModel } from '../../engine/model.js';
import { periodKey, yearOfKey, quarterOfKey } from '../../engine/periods.js';
import {
    achievementValue, activeIn, categoryRef, checkOptions, figure, indicatorRef, keyFirst, nodeRef, notComputableReason, orNull,
    organisationRef, positionRef, reportBase, revisionRef, summarise,
    type CategoryRef, type CategorySummary, type Figure, type RevisionRef, type IndicatorRef, type NodeRef, type OrganisationRef, type PositionRef,
    type ReportBase, type ReportOptions
} from './common.js';
import { groupNodes } from './groups.js';
import { notesBlock, type NotesBlock } from './notes.js';
import { realisationMonths, spendingMonths, type MonthlyRow } from './months.js';
import { buildTree, type PerformanceTree } from './tree.js';

export interface QuarterlyReport extends ReportBase {
    kind: 'quarterly';
    quarter: number;
    /** Expected cumulative absorption (percent) at the end of tw1..tw4 (config). */
    absorptionCurve: [number, number, number, number];
    /** The curve at the report's quarter. */
    expectedAbsorption: number;
    organisations: QuarterlyOrganisation[];
    /** Behind-plan and not-reported indicators of every organisation. */
    behindPlan: QuarterlyIndicatorRow[];
    /** Counts per category of the achievement against the quarter plan. */
    summary: CategorySummary;
}

export interface QuarterlyOrganisation {
    organisation: OrganisationRef;
    head: PositionRef | null;
    /** Agency score up to Q (docs/formulas.md, "Agency score and ranking"). */
    score: Exact | null;
    scoreCategory: CategoryRef | null;
    rank: number | null;
    pagu: Exact | null;
    realisation: Exact | null;
    absorption: Exact | null;
    /** The curve at Q; `absorptionBehind` when the total absorption is below it. */
    expectedAbsorption: number;
    absorptionBehind: boolean | null;
    goals: QuarterlyGoal[];
    behindPlan: QuarterlyIndicatorRow[];
    budget: QuarterlyBudgetRow[];
    /** tw1..Q: score and absorption as a report cut at each quarter would give them. */
    trend: QuarterPoint[];
    summary: CategorySummary;
    /** Coloured by the achievement against the quarter plan. */
    tree: PerformanceTree;
    /** `catatan` and `bukti` of the quarter (`twQ` or a month of it), per node and indicator in report order. */
    notes: NotesBlock[];
    /** Figures written per month or `s.d.` that fall in the quarter (indicators, then budgets), in report order. */
    monthly: MonthlyRow[];
}

export interface QuarterlyGoal {
    goal: NodeRef | null;
    rows: QuarterlyIndicatorRow[];
}

/**
 * An indicator's state at the quarter: `no-plan` has a realisation but no target for
 * the quarter (the plan is what is missing), `no-data` has neither, `not-computable` has
 * both but a zero that gives no achievement.
 */
export type QuarterStatus = 'on-track' | 'behind' | 'not-reported' | 'no-plan' | 'no-data' | 'not-computable' | 'final';

export interface QuarterlyIndicatorRow {
    indicator: IndicatorRef;
    depth: number;
    /** q*: the latest reported quarter ≤ Q; null when nothing is reported yet. */
    quarterReported: number | null;
    /** The quarter plan aggregated up to q* (lower bound for a range). */
    plan: Figure | null;
    planUpper: Exact | null;
    /** The realisation aggregated up to q* (a scale's word for a qualitative indicator). */
    realisation: Figure | null;
    /** Achievement against the quarter plan. */
    achievement: Exact | null;
    category: CategoryRef | null;
    notComputable: NotComputable | null;
    /** The annual target in force at the quarter's end. */
    annualTarget: Figure | null;
    annualTargetUpper: Exact | null;
    /** The annual target as first stated, when a revision is in force at the quarter's end; else null. */
    originalTarget: Figure | null;
    originalTargetUpper: Exact | null;
    revision: RevisionRef | null;
    annualRealisation: Figure | null;
    /** Annual achievement so far. */
    annualAchievement: Exact | null;
    annualCategory: CategoryRef | null;
    final: boolean;
    status: QuarterStatus;
    /** Achievement against the plan of each quarter tw1..Q, null where not reported. */
    trend: Array<{ quarter: number; achievement: Exact | null }>;
}

export interface QuarterlyBudgetRow {
    node: NodeRef;
    depth: number;
    /** The pagu in force at the quarter's end. */
    pagu: Exact | null;
    /** The node's own pagu as first stated, when a revision is in force; else null. */
    paguOriginal: Exact | null;
    paguRevision: RevisionRef | null;
    realisation: Exact | null;
    absorption: Exact | null;
    /** Quarter of the cumulative realisation; null for a year-level figure or none. */
    quarterReported: number | null;
    /** Expected absorption (percent) at the quarter the realisation stands for. */
    expected: number;
    behind: boolean | null;
}

export interface QuarterPoint {
    quarter: number;
    score: Exact | null;
    absorption: Exact | null;
    expectedAbsorption: number;
}

/** The latest quarter of `year` with any reported indicator or budget realisation (1 when none). */
export function latestQuarterReported(model: WorkspaceModel, year: number): number {
    let latest = 0;
    const scan = (keys: Iterable<number>) => {
        for (const key of keys) if (yearOfKey(key) === year) latest = Math.max(latest, quarterOfKey(key));
    };
    for (const i of model.indicators.values()) scan(i.realisations.keys());
    for (const n of model.nodes.values()) scan(n.spending.keys());
    return latest || 1;
}

function statusOf(e: IndicatorEvaluation, q: number, low: number): QuarterStatus {
    if (e.final) return 'final';
    if (e.quarterAchievement.computable && isBelow(e.quarterAchievement.value, low)) return 'behind';
    if (plannedFor(e.indicator, e.year, q) && e.quarter !== q) return 'not-reported';
    if (!e.quarterAchievement.computable) {
        const reason = e.quarterAchievement.reason;
        if (reason === 'no-target') return e.quarterRealisation !== undefined ? 'no-plan' : 'no-data';
        return reason === 'no-realisation' ? 'no-data' : 'not-computable';
    }
    return 'on-track';
}

function plannedFor(i: IndicatorInfo, year: number, q: number): boolean {
    return !!i.targets.get(periodKey(year, q))?.[0]?.value;
}

export function buildQuarterlyReport(model: WorkspaceModel, configs: KinerjaConfig | Configs, options: ReportOptions): QuarterlyReport {
    checkOptions(options);
    const year = options.year;
    const quarter = options.quarter ?? latestQuarterReported(model, year);
    const { main } = toConfigs(configs);
    const perQuarter: WorkspaceEvaluation[] = [];
    for (let q = 1; q <= quarter; q++) perQuarter.push(evaluateWorkspace(model, configs, year, q));
    const evaluation = perQuarter[quarter - 1];
    const organisations: QuarterlyOrganisation[] = [];
    const allValues: Array<Exact | null> = [];
    /** The expected cumulative absorption at the end of quarter q, by a config's curve. */
    const expectedAt = (q: number, config: KinerjaConfig = main) => config.absorptionCurve[Math.min(Math.max(q, 1), 4) - 1];

    // Every indicator's evaluation: the tree also shows other organisations' nodes.
    const everyIndicator = new Map(evaluation.organisations.flatMap(o => o.indicators.map(e => [e.indicator, e] as const)));
    evaluation.organisations.forEach((o, index) => {
        const org = o.organisation;
        const config = o.config;
        const history: OrganisationEvaluation[] = perQuarter.map(w => w.organisations[index]);
        const byIndicator = new Map(o.indicators.map(e => [e.indicator, e]));
        const historyMaps = history.map(h => new Map(h.indicators.map(e => [e.indicator, e])));
        const trendOf = (i: IndicatorInfo) => historyMaps.map((h, k) => {
            const e = h.get(i);
            return { quarter: k + 1, achievement: e && e.quarter === k + 1 ? achievementValue(e.quarterAchievement) : null };
        });
        const goals: QuarterlyGoal[] = [];
        const notes: NotesBlock[] = [];
        const monthly: MonthlyRow[] = [];
        const budgetMonthly: MonthlyRow[] = [];
        for (const group of groupNodes(model, org)) {
            const rows: QuarterlyIndicatorRow[] = [];
            for (const { node, depth } of group.members) {
                const ref = nodeRef(model, node);
                const own = notesBlock(node, ref, null, year, { quarter }, options.linkBase);
                if (own) notes.push(own);
                const spending = spendingMonths(ref, node, year, quarter * 3 - 2, quarter * 3);
                if (spending) budgetMonthly.push(spending);
                for (const i of keyFirst(node.indicators)) {
                    const block = notesBlock(i, ref, indicatorRef(model, i), year, { quarter }, options.linkBase);
                    if (block) notes.push(block);
                    const months = realisationMonths(ref, indicatorRef(model, i), i, year, quarter * 3 - 2, quarter * 3);
                    if (months) monthly.push(months);
                    const e = byIndicator.get(i);
                    if (!e || !activeIn(i, year)) continue;
                    const value = achievementValue(e.quarterAchievement);
                    const annual = achievementValue(e.achievement);
                    rows.push({
                        indicator: indicatorRef(model, i), depth,
                        quarterReported: orNull(e.quarter),
                        plan: figure(i, e.quarterTarget?.value), planUpper: orNull(e.quarterTarget?.upper),
                        realisation: figure(i, e.quarterRealisation),
                        achievement: value, category: categoryRef(value, config), notComputable: notComputableReason(e.quarterAchievement),
                        annualTarget: figure(i, e.target?.value), annualTargetUpper: orNull(e.target?.upper),
                        originalTarget: e.revision ? figure(i, e.originalTarget?.value) : null,
                        originalTargetUpper: e.revision ? orNull(e.originalTarget?.upper) : null,
                        revision: revisionRef(e.revision),
                        annualRealisation: figure(i, e.realisation), annualAchievement: annual, annualCategory: categoryRef(annual, config),
                        final: e.final, status: statusOf(e, quarter, config.thresholds.low), trend: trendOf(i)
                    });
                }
            }
            if (rows.length) goals.push({ goal: group.goal ? nodeRef(model, group.goal) : null, rows });
        }
        const rows = goals.flatMap(g => g.rows);
        const values = rows.map(r => r.achievement);
        allValues.push(...values);
        const depth = new Map<unknown, number>();
        const budget: QuarterlyBudgetRow[] = o.budget.nodes.map(b => {
            const d = depth.get(b) ?? 0;
            for (const c of b.children) depth.set(c, d + 1);
            const expected = expectedAt(b.quarter ?? (b.realisation ? 4 : quarter), config);
            return {
                node: nodeRef(model, b.node), depth: d,
                pagu: orNull(b.pagu), paguOriginal: b.paguRevision ? orNull(b.paguOriginal) : null, paguRevision: revisionRef(b.paguRevision),
                realisation: orNull(b.realisation), absorption: orNull(b.absorption),
                quarterReported: orNull(b.quarter), expected,
                behind: b.absorption ? isBelow(b.absorption, expected) : null
            };
        });
        const expected = expectedAt(quarter, config);
        const head = org.positions.find(p => p.level === 2 && model.positions.get(p.id) === p);
        const score = orNull(o.score);
        organisations.push({
            organisation: organisationRef(org), head: head ? positionRef(head) : null,
            score, scoreCategory: categoryRef(score, config), rank: orNull(o.rank),
            pagu: orNull(o.budget.pagu), realisation: orNull(o.budget.realisation), absorption: orNull(o.budget.absorption),
            expectedAbsorption: expected,
            absorptionBehind: o.budget.absorption ? isBelow(o.budget.absorption, expected) : null,
            goals, behindPlan: rows.filter(r => r.status === 'behind' || r.status === 'not-reported'),
            budget,
            trend: history.map((h, k) => ({
                quarter: k + 1, score: orNull(h.score), absorption: orNull(h.budget.absorption), expectedAbsorption: expectedAt(k + 1, config)
            })),
            summary: summarise(values, config), notes, monthly: [...monthly, ...budgetMonthly],
            tree: buildTree(model, config, org, i => {
                const e = everyIndicator.get(i);
                return e && activeIn(i, year) ? achievementValue(e.quarterAchievement) : null;
            })
        });
    });
    return {
        ...reportBase('quarterly', model, main, options, quarter),
        kind: 'quarterly', quarter, absorptionCurve: [...main.absorptionCurve], expectedAbsorption: expectedAt(quarter),
        organisations, behindPlan: organisations.flatMap(o => o.behindPlan), summary: summarise(allValues, main)
    };
}
