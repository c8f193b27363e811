/**
 * Achievement (capaian) of one realisation against one target (src/engine/achievement.ts):
 * every direction and formula, every "not computable" reason, and the category bands
 * and limits judged on the printed (two-decimal) value.
 */
import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/common/exact.js';
import { formatPercent } from '../../src/common/id-number.js';
import { achievement, asPrinted, category, isAbove, isBelow, type Achievement, type TargetValue } from '../../src/engine/achievement.js';
import { defaultConfig, resolveConfig } from '../../src/engine/config.js';

const x = (v: number | string) => (typeof v === 'string' ? Exact.fromDecimalString(v) : Exact.of(v));
const t = (value: number | string, upper?: number | string): TargetValue =>
    ({ value: x(value), upper: upper === undefined ? undefined : x(upper) });

/** The achievement as printed in reports (2 decimals, half away from zero). */
function printed(a: Achievement): number {
    if (!a.computable) throw new Error(`not computable: ${a.reason}`);
    return a.value.toRoundedNumber(2);
}
function exact(a: Achievement): string {
    if (!a.computable) throw new Error(`not computable: ${a.reason}`);
    return a.value.toString();
}

describe('naik: R / T × 100', () => {
    it('computes the spec numbers', () => {
        expect(printed(achievement('naik', t('19.29'), x(22)))).toBe(114.05);
        expect(formatPercent((achievement('naik', t('19.29'), x(22)) as { value: Exact }).value)).toBe('114,05%');
        expect(printed(achievement('naik', t(85), x(84)))).toBe(98.82);
        expect(printed(achievement('naik', t(45), x(41)))).toBe(91.11);
        expect(printed(achievement('naik', t(15), x('14.20')))).toBe(94.67);
        expect(printed(achievement('naik', t('20.50'), x('14.20')))).toBe(69.27);
        expect(exact(achievement('naik', t(600_000_000_000), x(1_320_000_000_000)))).toBe('220');
        expect(exact(achievement('naik', t(40), x(12)))).toBe('30');
    });
    it('is exact before rounding', () => {
        expect(exact(achievement('naik', t(85), x(84)))).toBe('1680/17');
        expect(exact(achievement('naik', t(3), x(1)))).toBe('100/3');
    });
    it('gives 0 for a zero realisation (that is computable)', () => {
        expect(achievement('naik', t(50), x(0))).toEqual({ computable: true, value: Exact.ZERO });
    });
    it('is not computable for T = 0 with R > 0, never Infinity or 0; T = 0 with R = 0 is 100 (real-year.md)', () => {
        expect(achievement('naik', t(0), x(5))).toEqual({ computable: false, reason: 'zero-target' });
        expect(achievement('naik', t(0), x(0))).toEqual({ computable: true, value: Exact.HUNDRED });
    });
    it('is not computable without a target or a realisation', () => {
        expect(achievement('naik', undefined, x(5))).toEqual({ computable: false, reason: 'no-target' });
        expect(achievement('naik', t(5), undefined)).toEqual({ computable: false, reason: 'no-realisation' });
        expect(achievement('naik', undefined, undefined)).toEqual({ computable: false, reason: 'no-target' });
        for (const dir of ['turun', 'rentang'] as const) {
            expect(achievement(dir, undefined, x(5))).toEqual({ computable: false, reason: 'no-target' });
            expect(achievement(dir, t(5), undefined)).toEqual({ computable: false, reason: 'no-realisation' });
        }
    });
});

describe("turun with '2T-R' (the default): (2T − R) / T × 100", () => {
    it('gives the spec example T = 9,10, R = 9,28 → 98,02', () => {
        const a = achievement('turun', t('9.10'), x('9.28'));
        expect(exact(a)).toBe('8920/91');
        expect(printed(a)).toBe(98.02);
    });
    it('T = 5, R = 6 → 80', () => {
        expect(exact(achievement('turun', t(5), x(6)))).toBe('80');
        expect(exact(achievement('turun', t(5), x(6), '2T-R'))).toBe('80');
    });
    it('T = 5, R = 4 → 120; R = T → 100; R = 0 → 200', () => {
        expect(exact(achievement('turun', t(5), x(4)))).toBe('120');
        expect(exact(achievement('turun', t(5), x(5)))).toBe('100');
        expect(exact(achievement('turun', t(5), x(0)))).toBe('200');
    });
    it('is clamped at 0 when R > 2T, and exactly 0 at R = 2T', () => {
        expect(achievement('turun', t(5), x(10))).toEqual({ computable: true, value: Exact.ZERO });
        expect(achievement('turun', t(5), x(11))).toEqual({ computable: true, value: Exact.ZERO });
        expect(achievement('turun', t(5), x(1000))).toEqual({ computable: true, value: Exact.ZERO });
    });
    it('T = 0 (zero deaths planned): 100 when R = 0, 0 when R > 0 (real-year.md)', () => {
        expect(achievement('turun', t(0), x(3))).toEqual({ computable: true, value: Exact.ZERO });
        expect(achievement('turun', t(0), x(0))).toEqual({ computable: true, value: Exact.HUNDRED });
    });
});

describe("turun with 'T/R': T / R × 100", () => {
    it('T = 5, R = 4 → 125; T = 5, R = 6 → 83,33', () => {
        expect(exact(achievement('turun', t(5), x(4), 'T/R'))).toBe('125');
        expect(printed(achievement('turun', t(5), x(6), 'T/R'))).toBe(83.33);
        expect(printed(achievement('turun', t('9.10'), x('9.28'), 'T/R'))).toBe(98.06);
    });
    it('is not clamped: a very good result may be far above 100', () => {
        expect(exact(achievement('turun', t(5), x(1), 'T/R'))).toBe('500');
    });
    it('R = 0 → not computable, zero-realisation', () => {
        expect(achievement('turun', t(5), x(0), 'T/R')).toEqual({ computable: false, reason: 'zero-realisation' });
    });
    it('T = 0: 100 when R = 0, 0 when R > 0, as with the other formula (real-year.md)', () => {
        expect(achievement('turun', t(0), x(3), 'T/R')).toEqual({ computable: true, value: Exact.ZERO });
        expect(achievement('turun', t(0), x(0), 'T/R')).toEqual({ computable: true, value: Exact.HUNDRED });
    });
    it('does not change naik or rentang', () => {
        expect(exact(achievement('naik', t(5), x(4), 'T/R'))).toBe('80');
        expect(exact(achievement('rentang', t(80, 90), x(72), 'T/R'))).toBe('90');
    });
});

describe('rentang a - b', () => {
    const range = t(80, 90);
    it('is 100 inside the range, bounds inclusive', () => {
        for (const r of [80, 85, 90, '80.5', '89.99']) {
            expect(exact(achievement('rentang', range, x(r))), String(r)).toBe('100');
        }
    });
    it('is R / b × 100 above: R = 92 → 102,22', () => {
        const a = achievement('rentang', range, x(92));
        expect(exact(a)).toBe('920/9');
        expect(printed(a)).toBe(102.22);
        expect(printed(achievement('rentang', range, x('90.01')))).toBe(100.01);
    });
    it('is R / a × 100 below: R = 72 → 90', () => {
        expect(exact(achievement('rentang', range, x(72)))).toBe('90');
        expect(printed(achievement('rentang', range, x('79.99')))).toBe(99.99);
        expect(exact(achievement('rentang', range, x(0)))).toBe('0');
    });
    it('with lower bound 0: R below it is not computable; inside is 100', () => {
        const fromZero = t(0, 10);
        expect(achievement('rentang', fromZero, x(-1))).toEqual({ computable: false, reason: 'zero-target' });
        expect(exact(achievement('rentang', fromZero, x(0)))).toBe('100');
        expect(exact(achievement('rentang', fromZero, x(5)))).toBe('100');
        expect(exact(achievement('rentang', fromZero, x(12)))).toBe('120');
    });
    it('with a single-value target: 100 at it, R / T above and below', () => {
        const single = t(80);
        expect(exact(achievement('rentang', single, x(80)))).toBe('100');
        expect(exact(achievement('rentang', single, x(88)))).toBe('110');
        expect(exact(achievement('rentang', single, x(60)))).toBe('75');
    });
    it('with the range 0 - 0 a realisation above is not computable', () => {
        expect(achievement('rentang', t(0, 0), x(1))).toEqual({ computable: false, reason: 'zero-target' });
        expect(exact(achievement('rentang', t(0, 0), x(0)))).toBe('100');
    });
});

describe('a divisor that is not positive: not computable, never a number that means the opposite', () => {
    it('naik with a negative target: target −5, realisation −10 is no longer 200 %', () => {
        expect(achievement('naik', t(-5), x(-10))).toEqual({ computable: false, reason: 'negative-target' });
        expect(achievement('naik', t(-5), x(3))).toEqual({ computable: false, reason: 'negative-target' });
    });
    it('turun with a negative target, for both formulas', () => {
        expect(achievement('turun', t(-5), x(-10))).toEqual({ computable: false, reason: 'negative-target' });
        expect(achievement('turun', t(-5), x(-10), 'T/R')).toEqual({ computable: false, reason: 'negative-target' });
    });
    it('turun T/R with a negative realisation; 2T − R takes it (more realisation still lowers the achievement)', () => {
        expect(achievement('turun', t(5), x(-1), 'T/R')).toEqual({ computable: false, reason: 'negative-realisation' });
        expect(exact(achievement('turun', t(5), x(-5)))).toBe('300');
    });
    it('naik with a positive target and a negative realisation is a negative achievement, in order', () => {
        expect(exact(achievement('naik', t(10), x(-5)))).toBe('-50');
    });
    it('rentang reaching below zero: 100 inside, not computable beyond the negative bound, R / b above a positive one', () => {
        const range = t(-10, 5);
        expect(exact(achievement('rentang', range, x(-3)))).toBe('100');
        expect(achievement('rentang', range, x(-20))).toEqual({ computable: false, reason: 'negative-target' });
        expect(exact(achievement('rentang', range, x(10)))).toBe('200');
        expect(achievement('rentang', t(-10, -5), x(-1))).toEqual({ computable: false, reason: 'negative-target' });
    });
});

describe('asPrinted', () => {
    it('is the value rounded to two decimals, half away from zero', () => {
        expect(asPrinted(x('90.996')).toString()).toBe('91');
        expect(asPrinted(x('90.994')).toString()).toBe(x('90.99').toString());
        expect(asPrinted(x('42.1875')).toString()).toBe(x('42.19').toString());
        expect(asPrinted(x('-0.125')).toString()).toBe(x('-0.13').toString());
        expect(asPrinted(Exact.fraction(1680n, 17n)).toString()).toBe(x('98.82').toString());
    });
});

describe('category (default bands) on the printed value', () => {
    const config = defaultConfig();
    const label = (v: number | string) => category(x(v), config).label;
    const cases: Array<[number | string, string]> = [
        [220, 'Sangat Tinggi'],
        [100, 'Sangat Tinggi'],
        [91, 'Sangat Tinggi'],
        ['90.996', 'Sangat Tinggi'],   // prints 91,00
        ['90.995', 'Sangat Tinggi'],   // half away from zero: 91,00
        ['90.994', 'Tinggi'],          // prints 90,99
        ['90.99', 'Tinggi'],
        [76, 'Tinggi'],
        ['75.996', 'Tinggi'],
        ['75.99', 'Sedang'],
        ['69.27', 'Sedang'],
        [66, 'Sedang'],
        ['65.99', 'Rendah'],
        [51, 'Rendah'],
        ['50.995', 'Rendah'],
        ['50.99', 'Sangat Rendah'],
        [30, 'Sangat Rendah'],
        [0, 'Sangat Rendah'],
        [-5, 'Sangat Rendah']
    ];
    for (const [value, expected] of cases) {
        it(`${value} → ${expected}`, () => {
            expect(label(value)).toBe(expected);
        });
    }
    it('gives the spec categories: 114,05 Sangat Tinggi, 95,45 Sangat Tinggi, 69,27 Sedang', () => {
        expect(category(Exact.of(22).div(x('19.29'))!.mul(Exact.HUNDRED), config).label).toBe('Sangat Tinggi');
        expect(category(Exact.of(105).div(Exact.of(110))!.mul(Exact.HUNDRED), config).label).toBe('Sangat Tinggi');
        expect(category(x('14.20').div(x('20.50'))!.mul(Exact.HUNDRED), config).label).toBe('Sedang');
    });
    it('carries the English label', () => {
        expect(category(x(91), config).labelEn).toBe('Very high');
        expect(category(x(10), config).labelEn).toBe('Very low');
    });
});

describe('category with custom bands from the config', () => {
    const config = resolveConfig({
        bands: [
            { min: 60, label: 'Cukup', labelEn: 'Fair' },
            { min: 85.5, label: 'Baik', labelEn: 'Good' },
            { min: null, label: 'Kurang' }
        ]
    }, 'kinerja.config.json');
    const label = (v: number | string) => category(x(v), config).label;
    it('uses the configured edges (inclusive), in any order written', () => {
        expect(label(100)).toBe('Baik');
        expect(label('85.5')).toBe('Baik');
        expect(label('85.495')).toBe('Baik');   // prints 85,50
        expect(label('85.494')).toBe('Cukup');  // prints 85,49
        expect(label(60)).toBe('Cukup');
        expect(label('59.99')).toBe('Kurang');
        expect(label(0)).toBe('Kurang');
    });
});

describe('isBelow / isAbove on the printed value', () => {
    it('isBelow compares the two-decimal value with the limit', () => {
        expect(isBelow(x(89), 90)).toBe(true);
        expect(isBelow(x('89.99'), 90)).toBe(true);
        expect(isBelow(x('89.994'), 90)).toBe(true);
        expect(isBelow(x('89.995'), 90)).toBe(false);  // prints 90,00
        expect(isBelow(x(90), 90)).toBe(false);
        expect(isBelow(x(80), 90)).toBe(true);
        expect(isBelow(x(30), 90)).toBe(true);
    });
    it('isAbove compares the two-decimal value with the limit', () => {
        expect(isAbove(x(220), 200)).toBe(true);
        expect(isAbove(x('200.01'), 200)).toBe(true);
        expect(isAbove(x('200.005'), 200)).toBe(true);   // prints 200,01
        expect(isAbove(x('200.004'), 200)).toBe(false);  // prints 200,00
        expect(isAbove(x(200), 200)).toBe(false);
        expect(isAbove(x(150), 200)).toBe(false);
    });
    it('works with fractional limits', () => {
        expect(isBelow(x('90.49'), 90.5)).toBe(true);
        expect(isBelow(x('90.495'), 90.5)).toBe(false);
        expect(isAbove(x('150.26'), 150.25)).toBe(true);
        expect(isAbove(x('150.254'), 150.25)).toBe(false);
    });
});
