/**
 * Achievement (capaian) of an indicator: realisation R against target T, in percent.
 *
 * - naik (higher is better):  R / T × 100
 * - turun (lower is better):  (2T − R) / T × 100, never below 0; or T / R × 100 when the
 *   project config chooses `"negativeFormula": "T/R"`
 * - rentang a - b:            100 inside [a, b], R / b × 100 above, R / a × 100 below
 *
 * A zero divisor makes the achievement not computable: the result says why, and it is
 * never reported as infinity or as 0.
 */
import { Exact } from '../common/exact.js';
import type { Direction } from '../language/generated/ast.js';
import { categoryOf, type Band, type KinerjaConfig, type NegativeFormula } from './config.js';

export type NotComputable = 'no-target' | 'no-realisation' | 'zero-target' | 'zero-realisation';

export type Achievement =
    | { computable: true; value: Exact }
    | { computable: false; reason: NotComputable };

export interface TargetValue {
    value: Exact;
    /** Upper bound for a `rentang` target. */
    upper?: Exact;
}

const HUNDRED = Exact.HUNDRED;

function ratio(num: Exact, den: Exact, reason: NotComputable): Achievement {
    const q = num.div(den);
    return q ? { computable: true, value: q.mul(HUNDRED) } : { computable: false, reason };
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
    switch (direction) {
        case 'turun': {
            if (negativeFormula === 'T/R') {
                if (t.isZero()) return { computable: false, reason: 'zero-target' };
                return ratio(t, r, 'zero-realisation');
            }
            const a = ratio(t.add(t).sub(r), t, 'zero-target');
            return a.computable && a.value.isNegative() ? { computable: true, value: Exact.ZERO } : a;
        }
        case 'rentang': {
            const low = t;
            const high = target.upper ?? t;
            if (r.lt(low)) return ratio(r, low, 'zero-target');
            if (r.gt(high)) return ratio(r, high, 'zero-target');
            return { computable: true, value: HUNDRED };
        }
        default:
            return ratio(r, t, 'zero-target');
    }
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
