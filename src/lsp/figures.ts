/**
 * The figure a realisation line makes, for inlay hints and hovers: what the line reports
 * on (an indicator or a budget node), for which period, and the achievement or absorption
 * it gives, computed by the engine with the formulas of docs/formulas.md.
 *
 * - a year-level indicator realisation: its value against the annual target;
 * - a quarter realisation (`realisasi 2025 tw3 …`, `{ tw3 … }`, or an item of a
 *   `realisasi ORG 2025 tw3 { … }` block): the realisation aggregated up to that quarter
 *   against the quarter plan up to that quarter, or against the annual target when the
 *   year has no quarter targets;
 * - a budget realisation: the cumulative amount against the node's pagu for the year.
 */
import type { AstNode } from 'langium';
import { Exact } from '../common/exact.js';
import { indicatorAchievement, type Achievement, type TargetValue } from '../engine/achievement.js';
import { aggregateQuarterTarget, aggregateRealisation, annualTarget, evaluateIndicator, type IndicatorEvaluation } from '../engine/aggregation.js';
import { evaluateBudget, isBudgetKind, type BudgetEvaluation } from '../engine/budget.js';
import { toConfigs, type Configs, type KinerjaConfig } from '../engine/config.js';
import { ratioValue, type IndicatorInfo, type NodeInfo, type WorkspaceModel } from '../engine/model.js';
import { parseYear, periodKey, QUARTERS, quarterNumber } from '../engine/periods.js';
import {
    isIndikator, isNode, isQuarterValue, isRealisasi, isRealisasiBlock, isRealisasiItem,
    type QuarterValue, type Realisasi, type RealisasiItem
} from '../language/generated/ast.js';

export interface IndicatorLineFigure {
    kind: 'indicator';
    indicator: IndicatorInfo;
    year: number;
    quarter?: number;
    /** The realisation compared (the aggregate up to the quarter for quarter lines). */
    realisation?: Exact;
    /** The value the line itself states. */
    lineValue?: Exact;
    /** The target compared with: the quarter plan up to the quarter, or the annual target. */
    target?: TargetValue;
    /** A quarter line compared with the annual target because the year has no quarter plan. */
    againstAnnual: boolean;
    achievement: Achievement;
}

export interface BudgetLineFigure {
    kind: 'budget';
    node: NodeInfo;
    year: number;
    quarter?: number;
    realisation?: Exact;
    pagu?: Exact;
    absorption?: Exact;
}

export type LineFigure = IndicatorLineFigure | BudgetLineFigure;

/** A statement that reports a realisation: what it is about and for which period. */
interface RealisationLine {
    subject: IndicatorInfo | NodeInfo;
    year: number;
    quarter?: number;
    value?: Exact;
}

/** The realisation lines: `realisasi` statements with a value, their quarter entries, block items. */
export function isRealisationLine(node: AstNode): node is Realisasi | QuarterValue | RealisasiItem {
    return (isRealisasi(node) && node.value !== undefined)
        || (isQuarterValue(node) && isRealisasi(node.$container))
        || isRealisasiItem(node);
}

function lineOf(model: WorkspaceModel, node: Realisasi | QuarterValue | RealisasiItem): RealisationLine | undefined {
    if (isRealisasiItem(node)) {
        const block = node.$container;
        const subject = model.itemTargets.get(node);
        const year = isRealisasiBlock(block) ? parseYear(block.year) : undefined;
        if (!subject || year === undefined) return undefined;
        return { subject, year, quarter: quarterNumber(block.quarter), value: ratioValue(node.value, node.denominator) };
    }
    const statement = isQuarterValue(node) ? node.$container : node;
    if (!isRealisasi(statement)) return undefined;
    const owner = statement.$container;
    const subject = isIndikator(owner) || isNode(owner) ? model.byAst.get(owner) : undefined;
    const year = parseYear(statement.year);
    if (!subject || year === undefined) return undefined;
    const quarter = isQuarterValue(node) ? quarterNumber(node.quarter) : quarterNumber(statement.quarter);
    if (isQuarterValue(node) && quarter === undefined) return undefined;
    return { subject, year, quarter, value: ratioValue(node.value, node.denominator) };
}

function hasQuarterPlan(indicator: IndicatorInfo, year: number): boolean {
    return QUARTERS.some(q => indicator.targets.has(periodKey(year, q)));
}

function isIndicatorInfo(subject: IndicatorInfo | NodeInfo): subject is IndicatorInfo {
    return isIndikator(subject.ast);
}

export function figureOfLine(model: WorkspaceModel, configs: KinerjaConfig | Configs, node: Realisasi | QuarterValue | RealisasiItem): LineFigure | undefined {
    const line = lineOf(model, node);
    if (!line) return undefined;
    const { subject, year, quarter } = line;
    if (!isIndicatorInfo(subject)) {
        const pagu = evaluateBudget(model, subject, year, quarter ?? 4).pagu;
        const absorption = pagu && line.value ? line.value.div(pagu)?.mul(Exact.HUNDRED) : undefined;
        return { kind: 'budget', node: subject, year, quarter, realisation: line.value, pagu, absorption };
    }
    const config = toConfigs(configs).of(subject.organisation);
    if (quarter === undefined) {
        const target = annualTarget(subject, year);
        return {
            kind: 'indicator', indicator: subject, year, realisation: line.value, lineValue: line.value, target, againstAnnual: true,
            achievement: indicatorAchievement(subject, target, line.value, config)
        };
    }
    const realisation = aggregateRealisation(subject, year, quarter) ?? line.value;
    if (!hasQuarterPlan(subject, year)) {
        const target = annualTarget(subject, year);
        return {
            kind: 'indicator', indicator: subject, year, quarter, realisation, lineValue: line.value, target, againstAnnual: true,
            achievement: indicatorAchievement(subject, target, realisation, config)
        };
    }
    // Planned quarters start later than this one: nothing to compare with yet.
    const target = aggregateQuarterTarget(subject, year, quarter);
    return {
        kind: 'indicator', indicator: subject, year, quarter, realisation, lineValue: line.value, target, againstAnnual: false,
        achievement: target
            ? indicatorAchievement(subject, target, realisation, config)
            : { computable: false, reason: 'no-target' }
    };
}

/**
 * What a quarter line's value is: for an indicator, that quarter's own value (`akumulasi
 * jumlah` and `rata-rata`) or the level at the quarter's end (`terakhir`); for a budget,
 * the amount spent from January to the quarter's end. Undefined for a year line.
 */
export type QuarterMeaning = 'own' | 'end' | 'to-date';

export function quarterMeaning(figure: LineFigure): QuarterMeaning | undefined {
    if (figure.quarter === undefined) return undefined;
    if (figure.kind === 'budget') return 'to-date';
    return figure.indicator.accumulation === 'terakhir' ? 'end' : 'own';
}

export interface IndicatorSummaryItem {
    indicator: IndicatorInfo;
    evaluation: IndicatorEvaluation;
    /** The annual achievement once the year is final, else the achievement against the quarter plan. */
    achievement: Achievement;
    /** Set when `achievement` is against the quarter plan up to this quarter. */
    quarter?: number;
}

export interface NodeSummary {
    node: NodeInfo;
    year: number;
    items: IndicatorSummaryItem[];
    /** Mean of the computable achievements (as the agency score is computed). */
    mean?: Exact;
    /** How many indicators the mean is over. */
    computed: number;
    /** The latest quarter an in-progress indicator is cut at (undefined when all are final). */
    quarter?: number;
    budget?: BudgetEvaluation;
}

/**
 * A node's indicators and budget for a year (its latest year with data by default),
 * judged as the agency score judges them: final years by their annual achievement,
 * years in progress against the quarter plan.
 */
export function nodeSummary(model: WorkspaceModel, configs: KinerjaConfig | Configs, node: NodeInfo, year: number): NodeSummary {
    const config = toConfigs(configs).of(node.organisation);
    const items = node.indicators.map((indicator): IndicatorSummaryItem => {
        const evaluation = evaluateIndicator(indicator, year, config);
        const inProgress = !evaluation.final && evaluation.quarter !== undefined;
        return {
            indicator, evaluation,
            achievement: inProgress ? evaluation.quarterAchievement : evaluation.achievement,
            quarter: inProgress ? evaluation.quarter : undefined
        };
    });
    const values = items.flatMap(i => i.achievement.computable ? [i.achievement.value] : []);
    const quarters = items.flatMap(i => i.quarter ? [i.quarter] : []);
    const budget = isBudgetKind(node.kind) ? evaluateBudget(model, node, year) : undefined;
    return {
        node, year, items,
        mean: Exact.mean(values),
        computed: values.length,
        quarter: quarters.length ? Math.max(...quarters) : undefined,
        budget: budget && (budget.pagu || budget.realisation) ? budget : undefined
    };
}
