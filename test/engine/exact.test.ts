/**
 * Exact rational arithmetic (src/common/exact.ts): normalisation, the four operations,
 * comparison, rounding half away from zero at print time, and large Rupiah amounts
 * that must never pick up floating-point error.
 */
import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/common/exact.js';

const f = (num: bigint, den: bigint) => Exact.fraction(num, den);
const d = (text: string) => Exact.fromDecimalString(text);

describe('Exact.fraction: normal form', () => {
    it('reduces to lowest terms', () => {
        const x = f(6n, 8n);
        expect(x.num).toBe(3n);
        expect(x.den).toBe(4n);
        expect(x.toString()).toBe('3/4');
    });
    it('keeps the denominator positive', () => {
        const x = f(3n, -6n);
        expect(x.num).toBe(-1n);
        expect(x.den).toBe(2n);
        const y = f(-3n, -6n);
        expect(y.num).toBe(1n);
        expect(y.den).toBe(2n);
    });
    it('normalises zero to 0/1 whatever the denominator', () => {
        for (const den of [5n, -7n, 100n]) {
            const z = f(0n, den);
            expect(z.num).toBe(0n);
            expect(z.den).toBe(1n);
            expect(z.isZero()).toBe(true);
            expect(z.isNegative()).toBe(false);
        }
    });
    it('prints integers without a denominator', () => {
        expect(f(10n, 5n).toString()).toBe('2');
        expect(f(10n, 5n).isInteger()).toBe(true);
        expect(f(1n, 3n).isInteger()).toBe(false);
    });
    it('rejects a zero denominator', () => {
        expect(() => f(1n, 0n)).toThrow(RangeError);
    });
    it('has the constants 0, 1 and 100', () => {
        expect(Exact.ZERO.toString()).toBe('0');
        expect(Exact.ONE.toString()).toBe('1');
        expect(Exact.HUNDRED.toString()).toBe('100');
    });
});

describe('Exact.of and Exact.fromDecimalString', () => {
    it('takes integers and bigints exactly', () => {
        expect(Exact.of(42).toString()).toBe('42');
        expect(Exact.of(-7).toString()).toBe('-7');
        expect(Exact.of(0).toString()).toBe('0');
        expect(Exact.of(-0).toString()).toBe('0');
        expect(Exact.of(12345678901234567890n).toString()).toBe('12345678901234567890');
    });
    it('reads a JS number as its shortest decimal representation', () => {
        expect(Exact.of(0.1).toString()).toBe('1/10');
        expect(Exact.of(19.29).toString()).toBe('1929/100');
        expect(Exact.of(-2.5).toString()).toBe('-5/2');
        expect(Exact.of(1e-7).toString()).toBe('1/10000000');
        expect(Exact.of(1.5e-10).toString()).toBe('3/20000000000');
    });
    it('so 0,1 + 0,2 is exactly 0,3', () => {
        expect(Exact.of(0.1).add(Exact.of(0.2)).eq(Exact.of(0.3))).toBe(true);
        expect(Exact.of(0.1).add(Exact.of(0.2)).toString()).toBe('3/10');
    });
    it('rejects NaN and infinities', () => {
        expect(() => Exact.of(Number.NaN)).toThrow(RangeError);
        expect(() => Exact.of(Number.POSITIVE_INFINITY)).toThrow(RangeError);
        expect(() => Exact.of(Number.NEGATIVE_INFINITY)).toThrow(RangeError);
    });
    it('parses plain decimals with exponents', () => {
        expect(d('-12.5').toString()).toBe('-25/2');
        expect(d('114.045').toString()).toBe('22809/200');
        expect(d('1e3').toString()).toBe('1000');
        expect(d('1.5E+2').toString()).toBe('150');
        expect(d('25e-2').toString()).toBe('1/4');
        expect(d('007').toString()).toBe('7');
    });
    it('rejects text that is not a plain decimal', () => {
        for (const text of ['', '1,5', '1.', '.5', '+1', '1.2.3', 'abc', '1 000']) {
            expect(() => d(text), text).toThrow(RangeError);
        }
    });
});

describe('arithmetic', () => {
    const third = f(1n, 3n);
    const sixth = f(1n, 6n);
    it('adds', () => {
        expect(third.add(sixth).toString()).toBe('1/2');
        expect(d('19.29').add(d('0.71')).toString()).toBe('20');
    });
    it('subtracts', () => {
        expect(third.sub(sixth).toString()).toBe('1/6');
        expect(sixth.sub(third).toString()).toBe('-1/6');
        expect(d('9.10').add(d('9.10')).sub(d('9.28')).toString()).toBe('223/25'); // 8,92
    });
    it('multiplies', () => {
        expect(third.mul(Exact.of(3)).toString()).toBe('1');
        expect(d('-1.5').mul(d('-4')).toString()).toBe('6');
        expect(d('0.5').mul(Exact.of(-3)).toString()).toBe('-3/2');
    });
    it('divides', () => {
        expect(Exact.of(1).div(Exact.of(3))!.toString()).toBe('1/3');
        expect(Exact.of(84).div(Exact.of(85))!.mul(Exact.HUNDRED).toString()).toBe('1680/17');
        expect(Exact.of(-6).div(Exact.of(4))!.toString()).toBe('-3/2');
        expect(Exact.of(6).div(Exact.of(-4))!.toString()).toBe('-3/2');
    });
    it('returns undefined when dividing by zero, never Infinity', () => {
        expect(Exact.of(5).div(Exact.ZERO)).toBeUndefined();
        expect(Exact.ZERO.div(Exact.ZERO)).toBeUndefined();
        expect(Exact.of(5).div(f(0n, 7n))).toBeUndefined();
    });
    it('negates', () => {
        expect(Exact.of(5).neg().toString()).toBe('-5');
        expect(f(-1n, 2n).neg().toString()).toBe('1/2');
        expect(Exact.ZERO.neg().isZero()).toBe(true);
        expect(Exact.ZERO.neg().isNegative()).toBe(false);
    });
    it('sums an iterable (empty sum is 0)', () => {
        expect(Exact.sum([]).toString()).toBe('0');
        expect(Exact.sum([Exact.of(27), Exact.of(26), Exact.of(31)]).toString()).toBe('84');
        expect(Exact.sum([f(1n, 2n), f(1n, 3n), f(1n, 6n)]).toString()).toBe('1');
    });
    it('does not mutate its operands', () => {
        const a = Exact.of(2);
        a.add(Exact.of(3));
        a.mul(Exact.of(3));
        a.neg();
        expect(a.toString()).toBe('2');
    });
});

describe('comparison', () => {
    it('cmp gives -1, 0, 1', () => {
        expect(f(1n, 3n).cmp(f(1n, 2n))).toBe(-1);
        expect(f(1n, 2n).cmp(f(2n, 4n))).toBe(0);
        expect(f(1n, 2n).cmp(f(1n, 3n))).toBe(1);
        expect(Exact.of(-1).cmp(Exact.ZERO)).toBe(-1);
        expect(f(-1n, 3n).cmp(f(-1n, 2n))).toBe(1);
    });
    it('lt, gt and eq agree with cmp', () => {
        const a = d('90.99');
        const b = Exact.of(91);
        expect(a.lt(b)).toBe(true);
        expect(a.gt(b)).toBe(false);
        expect(a.eq(b)).toBe(false);
        expect(b.eq(d('91.00'))).toBe(true);
        expect(b.lt(b)).toBe(false);
        expect(b.gt(b)).toBe(false);
    });
    it('max picks the larger (the first on a tie)', () => {
        expect(Exact.max(Exact.of(3), Exact.of(5)).toString()).toBe('5');
        expect(Exact.max(Exact.of(-3), Exact.of(-5)).toString()).toBe('-3');
        const a = f(1n, 2n);
        expect(Exact.max(a, f(2n, 4n))).toBe(a);
    });
});

describe('rounding half away from zero (only when printing)', () => {
    const cases: Array<[string, number, string, number]> = [
        // value, decimals, plain string, rounded number
        ['42.1875', 2, '42.19', 42.19],
        ['0.125', 2, '0.13', 0.13],
        ['-0.125', 2, '-0.13', -0.13],
        ['114.045', 2, '114.05', 114.05],
        ['0.124999', 2, '0.12', 0.12],
        ['-0.124999', 2, '-0.12', -0.12],
        ['2.5', 0, '3', 3],
        ['-2.5', 0, '-3', -3],
        ['1.005', 2, '1.01', 1.01],
        ['95.625', 2, '95.63', 95.63],
        ['100', 2, '100', 100],
        ['0.1', 2, '0.1', 0.1],
        ['0.001', 2, '0', 0],
        ['-0.001', 2, '0', 0],
        ['-0.005', 2, '-0.01', -0.01],
        ['0.05', 1, '0.1', 0.1],
        ['1.23456', 4, '1.2346', 1.2346]
    ];
    for (const [value, decimals, plain, rounded] of cases) {
        it(`${value} at ${decimals} decimals → ${plain}`, () => {
            expect(d(value).toPlainString(decimals)).toBe(plain);
            expect(d(value).toRoundedNumber(decimals)).toBe(rounded);
        });
    }
    it('roundScaled returns the scaled integer', () => {
        expect(d('42.1875').roundScaled(2)).toBe(4219n);
        expect(d('-42.1875').roundScaled(2)).toBe(-4219n);
        expect(d('0.125').roundScaled(2)).toBe(13n);
        expect(f(2n, 3n).roundScaled(2)).toBe(67n);
        expect(f(-2n, 3n).roundScaled(2)).toBe(-67n);
        expect(f(1n, 3n).roundScaled(0)).toBe(0n);
    });
    it('rounds exact fractions, not their floating-point images', () => {
        // 1680/17 = 98,8235…; 1,005 as a double is 1.00499999999999989…
        expect(f(1680n, 17n).toPlainString(2)).toBe('98.82');
        expect(f(1680n, 17n).toRoundedNumber()).toBe(98.82);
        expect(Exact.of(1.005).toPlainString(2)).toBe('1.01');
        expect(Exact.of(1.005).toRoundedNumber()).toBe(1.01);
    });
    it('toPlainString and toRoundedNumber default to two decimals', () => {
        expect(f(1n, 3n).toPlainString()).toBe('0.33');
        expect(f(2n, 3n).toRoundedNumber()).toBe(0.67);
        expect(Exact.of(220).toPlainString()).toBe('220');
        expect(d('76.00').toPlainString()).toBe('76');
        expect(d('38.750').toPlainString()).toBe('38.75');
    });
    it('toNumber gives the float approximation', () => {
        expect(f(1n, 4n).toNumber()).toBe(0.25);
        expect(f(-3n, 2n).toNumber()).toBe(-1.5);
    });
});

describe('large Rupiah amounts stay exact', () => {
    it('Rp 999.999.999.999.999 + 1 = 10^15 exactly', () => {
        const sum = Exact.of(999_999_999_999_999n).add(Exact.ONE);
        expect(sum.toString()).toBe('1000000000000000');
        expect(sum.eq(Exact.of(10n ** 15n))).toBe(true);
        expect(sum.toPlainString()).toBe('1000000000000000');
    });
    it('beyond 2^53 integers do not collapse', () => {
        const big = Exact.of(9_007_199_254_740_993n); // 2^53 + 1: not a double
        expect(big.add(Exact.ONE).toString()).toBe('9007199254740994');
        expect(big.sub(Exact.of(9_007_199_254_740_992n)).toString()).toBe('1');
        const huge = Exact.of(10n ** 24n);
        expect(huge.add(Exact.ONE).sub(huge).toString()).toBe('1');
        expect(huge.add(d('0.01')).toPlainString()).toBe('1000000000000000000000000.01');
    });
    it('1.320.000.000.000 / 600.000.000.000 × 100 = 220', () => {
        const a = Exact.of(1_320_000_000_000).div(Exact.of(600_000_000_000))!.mul(Exact.HUNDRED);
        expect(a.toString()).toBe('220');
        expect(a.isInteger()).toBe(true);
    });
    it('absorption of 1.350.000.000 of 3.200.000.000 is 42,1875 exactly', () => {
        const a = Exact.of(1_350_000_000).div(Exact.of(3_200_000_000))!.mul(Exact.HUNDRED);
        expect(a.toString()).toBe('675/16');
        expect(a.toPlainString()).toBe('42.19');
    });
    it('sums of many cents stay exact', () => {
        const cents = Array.from({ length: 1000 }, () => d('0.01'));
        expect(Exact.sum(cents).toString()).toBe('10');
        const total = Exact.sum([d('1234567890123.45'), d('0.55'), Exact.of(999_999_999_999_999n)]);
        expect(total.toString()).toBe('1001234567890123');
    });
});

describe('Exact: the integer shortcuts', () => {
    it('add, sub and cmp give what the general formulas give, for integers, fractions and mixes', () => {
        // The general formulas, written out here as the reference.
        const general = {
            add: (a: Exact, b: Exact) => f(a.num * b.den + b.num * a.den, a.den * b.den),
            sub: (a: Exact, b: Exact) => f(a.num * b.den - b.num * a.den, a.den * b.den),
            cmp: (a: Exact, b: Exact) => Math.sign(Number(a.num * b.den - b.num * a.den))
        };
        const values = [0n, 1n, -1n, 7n, -12n, 1_320_000_000_000n].flatMap(n => [f(n, 1n), f(n, 3n), f(n, 4n), f(n * 2n, 8n)]);
        for (const a of values) {
            for (const b of values) {
                expect([a.add(b).num, a.add(b).den]).toEqual([general.add(a, b).num, general.add(a, b).den]);
                expect([a.sub(b).num, a.sub(b).den]).toEqual([general.sub(a, b).num, general.sub(a, b).den]);
                expect(a.cmp(b)).toBe(general.cmp(a, b));
            }
        }
    });
    it('keeps integers in normal form', () => {
        expect(f(-6n, 1n).toString()).toBe('-6');
        expect(f(6n, 1n).add(f(-6n, 1n)).isZero()).toBe(true);
        expect(f(6n, 1n).sub(f(1n, 2n)).toString()).toBe('11/2');
    });
});
