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
 * - a budget realisation: the cumulative amount against the node's pagu for the year;
 * - a `belanja` figure (spending within its period): the running sum the model made from
 *   the node-year's `belanja` up to it, against the pagu in force, on the last `belanja`
 *   of each quarter;
 * - a month (`realisasi 2025 sep 110`, `{ … sep 110 }`) or a cumulative figure (`s.d. tw2
 *   540`, `s.d. agu …`): it counts toward its quarter, which the engine makes from the
 *   months and `s.d.` figures by the indicator's `akumulasi` (engine/series.ts); the line
 *   that ends its quarter's figures carries that quarter figure (`quarterFigure`) and the
 *   achievement up to the quarter; other months only say what they are.
 *
 * Values come from the workspace model's entries for the line (a qualitative word as its
 * rank on the scale), never parsed again here.
 */
import type { AstNode } from 'langium';
import { Exact } from '../common/exact.js';
import { indicatorAchievement, type Achievement, type TargetValue } from '../engine/achievement.js';
import { aggregateQuarterTarget, aggregateRealisation, annualTarget, evaluateIndicator, type IndicatorEvaluation } from '../engine/aggregation.js';
import { evaluateBudget, isBudgetKind, type BudgetEvaluation } from '../engine/budget.js';
import { toConfigs, type Configs, type KinerjaConfig } from '../engine/config.js';
import { ratioValue, type IndicatorInfo, type NodeInfo, type ValueEntry, type WorkspaceModel } from '../engine/model.js';
import { monthNumber, parseYear, periodKey, QUARTERS, quarterOfMonth, spanOf, type MonthSpan } from '../engine/periods.js';
import {
    isBelanja, isIndikator, isNode, isQuarterValue, isRealisasi, isRealisasiBlock, isRealisasiItem,
    type Belanja, type QuarterValue, type Realisasi, type RealisasiItem
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
    /** A month or `s.d.` line: what it states (see LinePeriod). */
    period?: LinePeriod;
    /**
     * A month or `s.d.` line that ends its quarter's figures: the quarter figure the engine
     * made from it (for `jumlah` the quarter's own value, the difference of the running totals).
     */
    quarterFigure?: Exact;
    /** The first quarter `quarterFigure` covers (earlier than `quarter` after a `s.d.` over unreported quarters). */
    quarterFrom?: number;
    /** False for a month or `s.d.` line that does not end its quarter's figures (later ones of the quarter follow). */
    endsQuarter: boolean;
}

/** A period line written as a month or cumulatively (`s.d.`). */
export interface LinePeriod {
    span: MonthSpan;
    /** 1..12 for a month. */
    month?: number;
    cumulative: boolean;
}

export interface BudgetLineFigure {
    kind: 'budget';
    node: NodeInfo;
    year: number;
    quarter?: number;
    realisation?: Exact;
    pagu?: Exact;
    absorption?: Exact;
    period?: LinePeriod;
    /** A `belanja` line: the spending within its period, as written (`realisation` is then the running sum). */
    spent?: Exact;
}

export type LineFigure = IndicatorLineFigure | BudgetLineFigure;

/** A statement that reports a realisation: what it is about and for which period. */
interface RealisationLine {
    subject: IndicatorInfo | NodeInfo;
    year: number;
    /** The quarter the line counts toward (a month's or a `s.d.` period's quarter). */
    quarter?: number;
    /** Set for a month or `s.d.` line. */
    period?: LinePeriod;
    value?: Exact;
}

/** The realisation lines: `realisasi` statements with a value, their quarter entries, block items. */
export function isRealisationLine(node: AstNode): node is Realisasi | QuarterValue | RealisasiItem | Belanja {
    return (isRealisasi(node) && node.value !== undefined)
        || (isQuarterValue(node) && (isRealisasi(node.$container) || isBelanja(node.$container)))
        || isRealisasiItem(node)
        || (isBelanja(node) && node.value !== undefined);
}

/**
 * A `belanja` figure (spending within its period): the running sum the model made at it,
 * when it is the last `belanja` of its quarter (undefined otherwise).
 */
function expenditureOf(model: WorkspaceModel, node: Belanja | QuarterValue): BudgetLineFigure | undefined {
    const statement = isQuarterValue(node) ? node.$container : node;
    if (!isBelanja(statement) || !isNode(statement.$container)) return undefined;
    const subject = model.byAst.get(statement.$container);
    const year = parseYear(statement.year);
    const span = spanOf(node.quarter);
    if (!subject || isIndicatorInfo(subject) || year === undefined || !span) return undefined;
    const quarter = quarterOfMonth(span.last);
    const spent = subject.expenditures.get(year)?.find(e => e.source === node)?.value;
    const total = madeFrom(subject.spending, year, quarter, node)?.value;
    if (!total) return undefined;
    const pagu = evaluateBudget(model, subject, year, quarter).pagu;
    const absorption = pagu ? total.div(pagu)?.mul(Exact.HUNDRED) : undefined;
    const period = { span, month: monthNumber(node.quarter), cumulative: false };
    return { kind: 'budget', node: subject, year, quarter, realisation: total, pagu, absorption, period, spent };
}

function lineOf(model: WorkspaceModel, node: Realisasi | QuarterValue | RealisasiItem): RealisationLine | undefined {
    let subject: IndicatorInfo | NodeInfo | undefined;
    let year: number | undefined;
    let written: string | undefined;
    let cumulative = false;
    if (isRealisasiItem(node)) {
        const block = node.$container;
        subject = model.itemTargets.get(node);
        year = isRealisasiBlock(block) ? parseYear(block.year) : undefined;
        written = isRealisasiBlock(block) ? block.quarter : undefined;
        cumulative = isRealisasiBlock(block) && block.cumulative;
    } else {
        const statement = isQuarterValue(node) ? node.$container : node;
        if (!isRealisasi(statement)) return undefined;
        const owner = statement.$container;
        subject = isIndikator(owner) || isNode(owner) ? model.byAst.get(owner) : undefined;
        year = parseYear(statement.year);
        written = isQuarterValue(node) ? node.quarter : statement.quarter;
        cumulative = isQuarterValue(node) ? node.cumulative : statement.cumulative;
        if (isQuarterValue(node) && !spanOf(written)) return undefined;
    }
    if (!subject || year === undefined) return undefined;
    const span = spanOf(written);
    const month = monthNumber(written);
    const quarter = span ? quarterOfMonth(span.last) : undefined;
    const period = span && (month !== undefined || cumulative) ? { span, month, cumulative } : undefined;
    return { subject, year, quarter, period, value: stated(subject, year, node) ?? ratioValue(node.value, node.denominator) };
}

/** The value the workspace model took from the line (a qualitative word as its rank). */
function stated(subject: IndicatorInfo | NodeInfo, year: number, node: AstNode): Exact | undefined {
    const indicator = isIndicatorInfo(subject);
    const periods = indicator ? subject.realisationPeriods : subject.spendingPeriods;
    const written = periods.get(year)?.find(e => e.source === node);
    if (written) return written.value;
    const entries = indicator ? subject.realisations : subject.spending;
    for (let quarter = 0; quarter <= 4; quarter++) {
        const entry = entries.get(periodKey(year, quarter || undefined))?.find(e => e.source === node && !e.derived);
        if (entry) return entry.value;
    }
    return undefined;
}

/** The quarter entry the model made from months or `s.d.` figures whose last one is `node`. */
function madeFrom(entries: Map<number, ValueEntry[]>, year: number, quarter: number, node: AstNode): ValueEntry | undefined {
    return entries.get(periodKey(year, quarter))?.find(e => e.derived && e.source === node);
}

function hasQuarterPlan(indicator: IndicatorInfo, year: number): boolean {
    return QUARTERS.some(q => indicator.targets.has(periodKey(year, q)));
}

function isIndicatorInfo(subject: IndicatorInfo | NodeInfo): subject is IndicatorInfo {
    return isIndikator(subject.ast);
}

export function figureOfLine(model: WorkspaceModel, configs: KinerjaConfig | Configs, node: Realisasi | QuarterValue | RealisasiItem | Belanja): LineFigure | undefined {
    if (isBelanja(node) || isBelanja(node.$container)) return expenditureOf(model, node as Belanja | QuarterValue);
    const line = lineOf(model, node as Realisasi | QuarterValue | RealisasiItem);
    if (!line) return undefined;
    const { subject, year, quarter } = line;
    if (!isIndicatorInfo(subject)) {
        const pagu = evaluateBudget(model, subject, year, quarter ?? 4).pagu;
        const absorption = pagu && line.value ? line.value.div(pagu)?.mul(Exact.HUNDRED) : undefined;
        return { kind: 'budget', node: subject, year, quarter, realisation: line.value, pagu, absorption, period: line.period };
    }
    const period = line.period;
    const made = period && quarter !== undefined ? madeFrom(subject.realisations, year, quarter, node) : undefined;
    const endsQuarter = !period || made !== undefined;
    const quarterFigure = made?.value;
    const config = toConfigs(configs).of(subject.organisation);
    if (quarter === undefined) {
        const target = annualTarget(subject, year);
        return {
            kind: 'indicator', indicator: subject, year, realisation: line.value, lineValue: line.value, target, againstAnnual: true,
            achievement: indicatorAchievement(subject, target, line.value, config), endsQuarter: true
        };
    }
    // The engine's mode: a qualitative indicator keeps its latest word.
    const mode = subject.scale ? 'terakhir' : subject.accumulation;
    const realisation = aggregateRealisation(subject, year, quarter, mode) ?? line.value;
    const extra = { period, quarterFigure, quarterFrom: made?.derived?.from, endsQuarter };
    if (!hasQuarterPlan(subject, year)) {
        const target = annualTarget(subject, year);
        return {
            kind: 'indicator', indicator: subject, year, quarter, realisation, lineValue: line.value, target, againstAnnual: true,
            achievement: indicatorAchievement(subject, target, realisation, config), ...extra
        };
    }
    // Planned quarters start later than this one: nothing to compare with yet.
    const target = aggregateQuarterTarget(subject, year, quarter, mode);
    return {
        kind: 'indicator', indicator: subject, year, quarter, realisation, lineValue: line.value, target, againstAnnual: false,
        achievement: target
            ? indicatorAchievement(subject, target, realisation, config)
            : { computable: false, reason: 'no-target' },
        ...extra
    };
}

/**
 * What a quarter line's value is: for an indicator, that quarter's own value (`akumulasi
 * jumlah` and `rata-rata`) or the level at the quarter's end (`terakhir`); for a budget,
 * the amount spent from January to the quarter's end. Undefined for a year line.
 */
export type QuarterMeaning = 'own' | 'end' | 'to-date' | 'month' | 'month-end' | 'cumulative' | 'spent';

/**
 * A month line is that month's own value (`jumlah`, `rata-rata`) or the level at its end
 * (`terakhir`); a `s.d.` line is the aggregate since January ('cumulative').
 */
export function quarterMeaning(figure: LineFigure): QuarterMeaning | undefined {
    if (figure.quarter === undefined) return undefined;
    if (figure.kind === 'budget') return figure.spent ? 'spent' : 'to-date';
    const latest = figure.indicator.accumulation === 'terakhir' || figure.indicator.scale !== undefined;
    if (figure.period?.cumulative) return 'cumulative';
    if (figure.period) return latest ? 'month-end' : 'month';
    return latest ? 'end' : 'own';
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
