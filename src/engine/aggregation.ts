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
 */
import { Exact } from '../common/exact.js';
import type { Accumulation } from '../language/generated/ast.js';
import { achievement, type Achievement, type TargetValue } from './achievement.js';
import type { KinerjaConfig } from './config.js';
import type { IndicatorInfo, ValueEntry } from './model.js';
import { periodKey, QUARTERS } from './periods.js';

export interface IndicatorEvaluation {
    indicator: IndicatorInfo;
    year: number;
    /** Annual target. */
    target?: TargetValue;
    /** Annual realisation, or the aggregate so far. */
    realisation?: Exact;
    /** The year is complete: a year-level realisation, or tw4 reported. */
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
    let sum = Exact.ZERO;
    let latest: Exact | undefined;
    for (let quarter = 1; quarter <= QUARTERS.length && quarter <= q; quarter++) {
        const value = first(indicator.realisations, periodKey(year, quarter))?.value;
        if (!value) continue;
        count++;
        latest = value;
        if (mode !== 'terakhir') sum = sum.add(value);
    }
    if (!count) return undefined;
    switch (mode) {
        case 'terakhir': return first(indicator.realisations, periodKey(year, q))?.value ?? latest;
        case 'rata-rata': return sum.div(Exact.of(count));
        default: return sum;
    }
}

/** The quarter plan aggregated up to q; undefined when the year has no quarter targets. */
export function aggregateQuarterTarget(indicator: IndicatorInfo, year: number, q: number, mode: Accumulation = indicator.accumulation): TargetValue | undefined {
    let count = 0;
    let sum = Exact.ZERO;
    let latest: ValueEntry | undefined;
    let ranged = false;
    for (let quarter = 1; quarter <= QUARTERS.length && quarter <= q; quarter++) {
        const entry = first(indicator.targets, periodKey(year, quarter));
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
            const entry = first(indicator.targets, periodKey(year, quarter));
            if (entry?.value) upper = upper.add(entry.upper ?? entry.value);
        }
    }
    if (mode === 'rata-rata') {
        const n = Exact.of(count);
        return { value: sum.div(n)!, upper: upper?.div(n) };
    }
    return { value: sum, upper };
}

export function annualTarget(indicator: IndicatorInfo, year: number): TargetValue | undefined {
    return targetOf(first(indicator.targets, periodKey(year)));
}

export function yearRealisation(indicator: IndicatorInfo, year: number): Exact | undefined {
    return first(indicator.realisations, periodKey(year))?.value;
}

/**
 * Evaluates an indicator for `year`, up to quarter `upTo` (4, the whole year, by default).
 */
export function evaluateIndicator(indicator: IndicatorInfo, year: number, config: KinerjaConfig, upTo = 4): IndicatorEvaluation {
    const formula = config.negativeFormula;
    const target = annualTarget(indicator, year);
    const quarter = latestReportedQuarter(indicator, year, upTo);
    const quarterRealisation = quarter ? aggregateRealisation(indicator, year, quarter) : undefined;
    const quarterTarget = quarter ? aggregateQuarterTarget(indicator, year, quarter) : undefined;
    const quarterAchievement: Achievement = quarter
        ? achievement(indicator.direction, quarterTarget, quarterRealisation, formula)
        : { computable: false, reason: 'no-realisation' };

    const yearLevel = yearRealisation(indicator, year);
    const realisation = yearLevel ?? quarterRealisation;
    const final = yearLevel !== undefined || quarter === 4;
    return {
        indicator, year, target, realisation, final,
        achievement: achievement(indicator.direction, target, realisation, formula),
        quarter, quarterTarget, quarterRealisation, quarterAchievement
    };
}
