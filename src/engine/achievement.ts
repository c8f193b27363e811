/**
 * Achievement (capaian) of an indicator: realisation R against target T, in percent.
 *
 * - naik (higher is better):  R / T × 100
 * - turun (lower is better):  (2T − R) / T × 100, never below 0; or T / R × 100 when the
 *   project config chooses `"negativeFormula": "T/R"`
 *   project config chooses `"negativeFormula": "T/R"`; an indicator's own
 *   `arah turun rasio` (T / R) or `arah turun selisih` ((2T − R) / T) overrides the project
 * - rentang a - b:            100 inside [a, b], R / b × 100 above, R / a × 100 below
 * - stabil a - b (a band to stay in, e.g. inflation 2–4 %): 100 inside [a, b]; above it
 *   (2b − R) / b × 100, never below 0; below it R / a × 100
 * - a qualitative indicator (satuan predikat, opini, skala): 100 when the realisation is
 *   at or above the target on the scale, else 0 (whatever the direction)
 *
 * Zero targets: T = 0 with R = 0 is 100 for every direction (no deaths planned, none
 * happened); T = 0 with R > 0 is 0 for `turun` and not computable for `naik` (no ratio
 * to a plan of nothing).
 *
 * These are ratios of quantities SAKIP takes as positive, and only then do they keep the
 * meaning of the direction: more realisation never lowers the achievement of a `naik`
 * indicator, nor raises that of a `turun` one (test/properties.test.ts). Divided by a
 * negative number they turn it round (target −5, realisation −10: 200 % for a worse
 * result). So a divisor that is zero or negative makes the achievement not computable:
 * the result says why (the `negative-value` finding says it in the file), and it is
 * never reported as infinity, as 0 or as a number that means the opposite.
 */
import { Exact } from '../common/exact.js';
import type { Direction } from '../language/generated/ast.js';
import { categoryOf, type Band, type KinerjaConfig, type NegativeFormula } from './config.js';

export type NotComputable = 'no-target' | 'no-realisation' | 'zero-target' | 'zero-realisation' | 'negative-target' | 'negative-realisation';

export type Achievement =
    | { computable: true; value: Exact }
    | { computable: false; reason: NotComputable };

export interface TargetValue {
    value: Exact;
    /** Upper bound for a `rentang` target. */
    upper?: Exact;
}

const HUNDRED = Exact.HUNDRED;

/** num / den × 100, when den is positive; else why not (`by` says whether den is the target or the realisation). */
function ratio(num: Exact, den: Exact, by: 'target' | 'realisation'): Achievement {
    if (den.isZero()) return { computable: false, reason: by === 'target' ? 'zero-target' : 'zero-realisation' };
    if (den.isNegative()) return { computable: false, reason: by === 'target' ? 'negative-target' : 'negative-realisation' };
    return { computable: true, value: num.div(den)!.mul(HUNDRED) };
}

export function achievement(
    direction: Direction,
    target: TargetValue | undefined,
    realisation: Exact | undefined,
    negativeFormula: NegativeFormula = '2T-R'
): Achievement {
    if (!target) return { computable: false, reason: 'no-target' };
    if (!realisation) return { computable: false, reason: 'no-realisation' };
    const t = target.value;
    const r = realisation;
    if (t.isZero() && (direction === 'naik' || direction === 'turun')) {
        if (r.isZero()) return { computable: true, value: HUNDRED };
        if (direction === 'turun' && !r.isNegative()) return { computable: true, value: Exact.ZERO };
    }
    switch (direction) {
        case 'stabil': {
            const low = t;
            const high = target.upper ?? t;
            if (r.lt(low)) return ratio(r, low, 'target');
            if (r.gt(high)) {
                const a = ratio(high.add(high).sub(r), high, 'target');
                return a.computable && a.value.isNegative() ? { computable: true, value: Exact.ZERO } : a;
            }
            return { computable: true, value: HUNDRED };
        }
        case 'turun': {
            if (negativeFormula === 'T/R') {
                if (t.isZero()) return { computable: false, reason: 'zero-target' };
                if (t.isNegative()) return { computable: false, reason: 'negative-target' };
                return ratio(t, r, 'realisation');
            }
            const a = ratio(t.add(t).sub(r), t, 'target');
            return a.computable && a.value.isNegative() ? { computable: true, value: Exact.ZERO } : a;
        }
        case 'rentang': {
            // Each side divides by its own bound: a range reaching below zero is 100 inside,
            // and not computable beyond a bound that is not positive.
            const low = t;
            const high = target.upper ?? t;
            if (r.lt(low)) return ratio(r, low, 'target');
            if (r.gt(high)) return ratio(r, high, 'target');
            return { computable: true, value: HUNDRED };
        }
        default:
            return ratio(r, t, 'target');
    }
}

/** The rule an indicator's figures follow: its direction, formula and scale. */
export interface AchievementRule {
    direction: Direction;
    lowerFormula?: NegativeFormula;
    scale?: readonly string[];
}

/**
 * An indicator's achievement: its own formula for `turun` over the project's, and the
 * scale rule for a qualitative indicator (values are ranks on the scale there).
 */
export function indicatorAchievement(rule: AchievementRule, target: TargetValue | undefined, realisation: Exact | undefined, config: Pick<KinerjaConfig, 'negativeFormula'>): Achievement {
    if (rule.scale) {
        if (!target) return { computable: false, reason: 'no-target' };
        if (!realisation) return { computable: false, reason: 'no-realisation' };
        return { computable: true, value: realisation.cmp(target.value) >= 0 ? HUNDRED : Exact.ZERO };
    }
    return achievement(rule.direction, target, realisation, rule.lowerFormula ?? config.negativeFormula);
}

/** The value as printed (two decimals, half away from zero), for comparisons with limits. */
export function asPrinted(value: Exact): Exact {
    return Exact.fraction(value.roundScaled(2), 100n);
}

/** Category band, judged on the printed value: 90,996 prints as 91,00 and is Sangat Tinggi. */
export function category(value: Exact, config: KinerjaConfig): Band {
    return categoryOf(asPrinted(value), config);
}

export function isBelow(value: Exact, limit: number): boolean {
    return asPrinted(value).lt(Exact.of(limit));
}

export function isAbove(value: Exact, limit: number): boolean {
    return asPrinted(value).gt(Exact.of(limit));
}
