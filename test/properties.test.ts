/**
 * Properties over generated inputs (fast-check): Indonesian numbers print and parse
 * back to the same exact value, and achievement is monotone in the realisation for
 * each polarity (rentang included: below the range R/a, inside 100, above R/b).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Exact } from '../src/common/exact.js';
import { formatIdNumber, MAX_SIGNIFICANT_DIGITS, parseIdNumber, parseLanguageNumber } from '../src/common/id-number.js';
import { achievement } from '../src/engine/achievement.js';

const decimal = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.integer({ min: 0, max: 6 }))
    .map(([num, scale]) => Exact.fraction(num, 10n ** BigInt(scale)));

describe('Indonesian numbers', () => {
    it('print then parse gives the same exact value (with and without grouping)', () => {
        fc.assert(fc.property(decimal, fc.boolean(), (value, grouping) => {
            const text = formatIdNumber(value, { decimals: 6, grouping });
            const parsed = parseIdNumber(text);
            return parsed.ok && parsed.value.eq(value);
        }), { numRuns: 2000 });
    });

    it('the language takes every value of at most 15 significant digits, exactly, and refuses the others as out of range', () => {
        fc.assert(fc.property(decimal, fc.boolean(), (value, grouping) => {
            const text = formatIdNumber(value, { decimals: 6, grouping });
            const parsed = parseLanguageNumber(text);
            // Significant digits: the plain digits (no trailing decimal zeros) without leading zeros.
            const digits = value.toPlainString(6).replace('.', '').replace(/^0+/, '').length;
            if (digits <= MAX_SIGNIFICANT_DIGITS) return parsed.ok && parsed.value.eq(value);
            return !parsed.ok && parsed.problem === 'range';
        }), { numRuns: 2000 });
    });

    it('within the range, a value survives a binary double exactly (JSON numbers, Excel cells)', () => {
        const inRange = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 15 }))
            .map(([num, scale]) => Exact.fraction(num, 10n ** BigInt(scale)));
        fc.assert(fc.property(inRange, value => {
            const text = value.toPlainString(15);
            return Exact.fromDecimalString(String(Number(text))).eq(value);
        }), { numRuns: 2000 });
    });

    it('never throws and never accepts an ambiguous single dot with a non-three-digit group', () => {
        fc.assert(fc.property(fc.stringMatching(/^\d{1,6}[.,]?\d{0,6}([.,]\d{0,4})*$/), text => {
            const parsed = parseIdNumber(text);
            if (/^\d+\.\d{1,2}$/.test(text) || /^\d+\.\d{4,}$/.test(text)) expect(parsed.ok).toBe(false);
            return true;
        }), { numRuns: 2000 });
    });
});

describe('achievement is monotone in the realisation', () => {
    const positive = fc.integer({ min: 1, max: 10_000_000 }).map(n => Exact.fraction(BigInt(n), 100n));
    const value = (a: ReturnType<typeof achievement>) => (a.computable ? a.value : undefined);

    it('naik: more realisation never lowers the achievement', () => {
        fc.assert(fc.property(positive, positive, positive, (t, r1, r2) => {
            const [lo, hi] = r1.cmp(r2) <= 0 ? [r1, r2] : [r2, r1];
            return !value(achievement('naik', { value: t }, lo))!.gt(value(achievement('naik', { value: t }, hi))!);
        }), { numRuns: 1000 });
    });

    it('turun: more realisation never raises the achievement, for both formulas, and 2T-R never goes below 0', () => {
        fc.assert(fc.property(positive, positive, positive, fc.constantFrom('2T-R' as const, 'T/R' as const), (t, r1, r2, formula) => {
            const [lo, hi] = r1.cmp(r2) <= 0 ? [r1, r2] : [r2, r1];
            const a = value(achievement('turun', { value: t }, lo, formula))!;
            const b = value(achievement('turun', { value: t }, hi, formula))!;
            return !b.gt(a) && !b.isNegative();
        }), { numRuns: 1000 });
    });

    // Any target and realisations, negative and zero included: wherever the achievement is
    // computable, the direction holds; and a negative target never gives a number.
    const any = fc.integer({ min: -10_000_000, max: 10_000_000 }).map(n => Exact.fraction(BigInt(n), 100n));
    it('over any target and realisations: naik never lowered by more realisation, turun never raised, for both formulas', () => {
        fc.assert(fc.property(any, any, any, fc.constantFrom('2T-R' as const, 'T/R' as const), (t, r1, r2, formula) => {
            const [lo, hi] = r1.cmp(r2) <= 0 ? [r1, r2] : [r2, r1];
            const up = [achievement('naik', { value: t }, lo), achievement('naik', { value: t }, hi)];
            const down = [achievement('turun', { value: t }, lo, formula), achievement('turun', { value: t }, hi, formula)];
            if (t.isNegative()) return [...up, ...down].every(a => !a.computable && a.reason === 'negative-target');
            const [a, b] = up.map(value);
            const [c, d] = down.map(value);
            return (a === undefined || b === undefined || !a.gt(b)) && (c === undefined || d === undefined || !d.gt(c));
        }), { numRuns: 3000 });
    });

    it('over any range and realisations: rentang never lowered by more realisation, and 100 inside', () => {
        fc.assert(fc.property(any, any, any, any, (x, y, r1, r2) => {
            const [a, b] = x.cmp(y) <= 0 ? [x, y] : [y, x];
            const [lo, hi] = r1.cmp(r2) <= 0 ? [r1, r2] : [r2, r1];
            const va = value(achievement('rentang', { value: a, upper: b }, lo));
            const vb = value(achievement('rentang', { value: a, upper: b }, hi));
            const inside = !lo.lt(a) && !lo.gt(b);
            return (va === undefined || vb === undefined || !va.gt(vb)) && (!inside || va!.eq(Exact.HUNDRED));
        }), { numRuns: 3000 });
    });

    it('rentang: non-decreasing, and exactly 100 inside the range', () => {
        fc.assert(fc.property(positive, positive, positive, positive, (x, y, r1, r2) => {
            const [a, b] = x.cmp(y) <= 0 ? [x, y] : [y, x];
            const [lo, hi] = r1.cmp(r2) <= 0 ? [r1, r2] : [r2, r1];
            const target = { value: a, upper: b };
            const va = value(achievement('rentang', target, lo))!;
            const vb = value(achievement('rentang', target, hi))!;
            const inside = !lo.lt(a) && !lo.gt(b);
            return !va.gt(vb) && (!inside || va.eq(Exact.HUNDRED));
        }), { numRuns: 1000 });
    });
});
