/**
 * From quarters to years, and the achievement of one indicator in one year.
 *
 * Up to quarter q the engine looks at q*, the latest quarter ≤ q with a reported
 * realisation (quarters not reported yet are not zeros):
 * - terakhir: the realisation of q* against the quarter plan in force at q* (the target
 *   of q*, or of the latest planned quarter before it);
 * - jumlah: the sum of reported realisations tw1..q* against the sum of quarter targets
 *   tw1..q* (an unplanned quarter counts 0);
 * - rata-rata: the mean of reported realisations tw1..q* against the mean of the quarter
 *   targets planned in tw1..q*.
 * The annual achievement so far compares the same realisation aggregate with the annual
 * target. A year-level realisation (`realisasi 2025 22`) is final: it is the annual
 * realisation whatever the quarter, and the year counts as complete; so does a reported tw4.
 * Quarters stated through months or `s.d.` figures come made by the model (series.ts);
 * rata-rata weighs each quarter by the months it stands for (3 for a stated quarter).
 * Targets are those in force at the cut (revisions.ts): a report cut at tw1–tw3 uses the
 * revisions dated by the quarter's end, the year (and tw4) every revision of the year.
 */
import { Exact } from '../common/exact.js';
import type { Accumulation } from '../language/generated/ast.js';
import { indicatorAchievement, type Achievement, type TargetValue } from './achievement.js';
import type { KinerjaConfig } from './config.js';
import type { IndicatorInfo, RevisionInfo, ValueEntry } from './model.js';
import { periodKey, QUARTERS } from './periods.js';
import { targetRevisionInForce, targetsInForce } from './revisions.js';

export interface IndicatorEvaluation {
    indicator: IndicatorInfo;
    year: number;
    /** Annual target in force (revisions.ts). */
    target?: TargetValue;
    /** The annual target as first stated, when a revision is in force. */
    originalTarget?: TargetValue;
    /** The revision in force, if any. */
    revision?: RevisionInfo;
    /** Annual realisation, or the aggregate so far. */
    realisation?: Exact;
    /** The year is complete: a year-level realisation, or tw4 reported (through December). */
    final: boolean;
    achievement: Achievement;
    /** q*: the latest reported quarter ≤ the requested one. */
    quarter?: number;
    quarterTarget?: TargetValue;
    quarterRealisation?: Exact;
    quarterAchievement: Achievement;
}

function first(map: Map<number, ValueEntry[]>, key: number): ValueEntry | undefined {
    return map.get(key)?.[0];
}

function targetOf(entry: ValueEntry | undefined): TargetValue | undefined {
    return entry?.value ? { value: entry.value, upper: entry.upper } : undefined;
}

/** The latest quarter ≤ q with a reported realisation value. */
export function latestReportedQuarter(indicator: IndicatorInfo, year: number, q: number): number | undefined {
    for (let quarter = q; quarter >= 1; quarter--) {
        if (first(indicator.realisations, periodKey(year, quarter))?.value) return quarter;
    }
    return undefined;
}

/** Aggregate of the reported quarter realisations tw1..q. */
export function aggregateRealisation(indicator: IndicatorInfo, year: number, q: number, mode: Accumulation = indicator.accumulation): Exact | undefined {
    // Loops without intermediate arrays: this runs for every indicator and quarter checked.
    let count = 0;
    let weights = 0;
    let sum = Exact.ZERO;
    let latest: Exact | undefined;
    for (let quarter = 1; quarter <= QUARTERS.length && quarter <= q; quarter++) {
        const entry = first(indicator.realisations, periodKey(year, quarter));
        const value = entry?.value;
        if (!value) continue;
        count++;
        latest = value;
        if (mode === 'rata-rata') {
            const weight = entry.derived?.weight ?? 3;
            weights += weight;
            sum = sum.add(value.mul(Exact.of(weight)));
        } else if (mode !== 'terakhir') sum = sum.add(value);
    }
    if (!count) return undefined;
    switch (mode) {
        case 'terakhir': return first(indicator.realisations, periodKey(year, q))?.value ?? latest;
        case 'rata-rata': return sum.div(Exact.of(weights));
        default: return sum;
    }
}

/** The quarter plan aggregated up to q; undefined when the year has no quarter targets. */
export function aggregateQuarterTarget(indicator: IndicatorInfo, year: number, q: number, mode: Accumulation = indicator.accumulation, cut?: number): TargetValue | undefined {
    const targets = targetsInForce(indicator, year, cut);
    let count = 0;
    let sum = Exact.ZERO;
    let latest: ValueEntry | undefined;
    let ranged = false;
    for (let quarter = 1; quarter <= QUARTERS.length && quarter <= q; quarter++) {
        const entry = first(targets, periodKey(year, quarter));
        if (!entry?.value) continue;
        count++;
        latest = entry;
        if (entry.upper) ranged = true;
        if (mode !== 'terakhir') sum = sum.add(entry.value);
    }
    if (!count) return undefined;
    if (mode === 'terakhir') return targetOf(latest);
    // A range target's upper bounds aggregate as its values do (a plain target counts as its own bound).
    let upper: Exact | undefined;
    if (ranged) {
        upper = Exact.ZERO;
        for (let quarter = 1; quarter <= QUARTERS.length && quarter <= q; quarter++) {
            const entry = first(targets, periodKey(year, quarter));
            if (entry?.value) upper = upper.add(entry.upper ?? entry.value);
        }
    }
    if (mode === 'rata-rata') {
        const n = Exact.of(count);
        return { value: sum.div(n)!, upper: upper?.div(n) };
    }
    return { value: sum, upper };
}

/** The annual target in force (for the year, or at a report cut at quarter `cut`). */
export function annualTarget(indicator: IndicatorInfo, year: number, cut?: number): TargetValue | undefined {
    return targetOf(first(targetsInForce(indicator, year, cut), periodKey(year)));
}

export function yearRealisation(indicator: IndicatorInfo, year: number): Exact | undefined {
    return first(indicator.realisations, periodKey(year))?.value;
}

/**
 * Evaluates an indicator for `year`, up to quarter `upTo` (4, the whole year, by default).
 */
export function evaluateIndicator(indicator: IndicatorInfo, year: number, config: KinerjaConfig, upTo = 4): IndicatorEvaluation {
    const cut = upTo < 4 ? upTo : undefined;
    const target = annualTarget(indicator, year, cut);
    const revision = targetRevisionInForce(indicator, year, cut);
    const originalTarget = revision ? targetOf(first(indicator.targets, periodKey(year))) : undefined;
    const quarter = latestReportedQuarter(indicator, year, upTo);
    const mode = indicator.scale ? 'terakhir' : indicator.accumulation;
    const quarterRealisation = quarter ? aggregateRealisation(indicator, year, quarter, mode) : undefined;
    const quarterTarget = quarter ? aggregateQuarterTarget(indicator, year, quarter, mode, cut) : undefined;
    const quarterAchievement: Achievement = quarter
        ? indicatorAchievement(indicator, quarterTarget, quarterRealisation, config)
        : { computable: false, reason: 'no-realisation' };

    const yearLevel = yearRealisation(indicator, year);
    const realisation = yearLevel ?? quarterRealisation;
    // A tw4 made from months is complete only with December.
    const final = yearLevel !== undefined || (quarter === 4 && (first(indicator.realisations, periodKey(year, 4))?.derived?.last ?? 12) === 12);
    return {
        indicator, year, target, originalTarget, revision, realisation, final,
        achievement: indicatorAchievement(indicator, target, realisation, config),
        quarter, quarterTarget, quarterRealisation, quarterAchievement
    };
}
