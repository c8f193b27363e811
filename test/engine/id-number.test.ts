/**
 * Indonesian number notation (src/common/id-number.ts): parsing decimal commas and dot
 * thousands groups, rejecting ambiguous and English forms with a suggestion, and
 * printing numbers, percentages and Rupiah amounts the same way.
 */
import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/common/exact.js';
import { formatIdNumber, formatPercent, formatRupiah, parseIdNumber, scanWellFormed, type ParsedNumber } from '../../src/common/id-number.js';
import { seededRandom } from '../../src/tools/random.js';

const d = (text: string) => Exact.fromDecimalString(text);

function valueOf(text: string): string {
    const parsed = parseIdNumber(text);
    if (!parsed.ok) throw new Error(`'${text}' did not parse: ${parsed.problem}`);
    return parsed.value.toString();
}

describe('parseIdNumber: valid forms', () => {
    const valid: Array<[string, string]> = [
        ['19,29', '1929/100'],
        ['2.500.000.000', '2500000000'],
        ['1.234,5', '2469/2'],
        ['0', '0'],
        ['007', '7'],
        ['1500', '1500'],
        ['1.500', '1500'],
        ['0,5', '1/2'],
        ['0,50', '1/2'],
        ['100', '100'],
        ['1,234', '617/500'],            // decimal comma: 1,234 is one point two three four
        ['19.290', '19290'],              // one group of three after the dot: thousands
        ['999.999.999.999.999', '999999999999999'],
        ['1.320.000.000.000', '1320000000000'],
        ['1.250.000,05', '25000001/20'],
        ['9,75', '39/4']
    ];
    for (const [text, value] of valid) {
        it(`'${text}' = ${value}`, () => {
            expect(valueOf(text)).toBe(value);
        });
    }
    it('keeps big values exact: 999.999.999.999.999 + 1 = 10^15', () => {
        const parsed = parseIdNumber('999.999.999.999.999');
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.value.add(Exact.ONE).eq(Exact.of(10n ** 15n))).toBe(true);
    });
});

describe('parseIdNumber: ambiguous and malformed', () => {
    const rejected: Array<[string, ParsedNumber]> = [
        ['19.29', { ok: false, problem: 'ambiguous', suggestion: '19,29' }],
        ['0.5', { ok: false, problem: 'ambiguous', suggestion: '0,5' }],
        ['15.5', { ok: false, problem: 'ambiguous', suggestion: '15,5' }],
        ['1234.567', { ok: false, problem: 'ambiguous', suggestion: '1234,567' }],
        ['1.2.3', { ok: false, problem: 'malformed' }],
        ['12.34.567', { ok: false, problem: 'malformed' }],
        ['1,2,3', { ok: false, problem: 'malformed' }],
        ['1.234.56', { ok: false, problem: 'malformed' }],
        ['1.2345.678', { ok: false, problem: 'malformed' }],
        ['1,234,567', { ok: false, problem: 'malformed', suggestion: '1.234.567' }],
        ['1,234.5', { ok: false, problem: 'malformed', suggestion: '1.234,5' }],
        ['12,345.67', { ok: false, problem: 'malformed', suggestion: '12.345,67' }],
        ['1,234,567.89', { ok: false, problem: 'malformed', suggestion: '1.234.567,89' }],
        ['1.234,5,6', { ok: false, problem: 'malformed' }],
        ['', { ok: false, problem: 'malformed' }],
        ['-5', { ok: false, problem: 'malformed' }],
        ['1 000', { ok: false, problem: 'malformed' }]
    ];
    for (const [text, expected] of rejected) {
        it(`'${text}' → ${expected.ok ? 'ok' : expected.problem}${!expected.ok && expected.suggestion ? ` (${expected.suggestion})` : ''}`, () => {
            const parsed = parseIdNumber(text);
            expect(parsed).toEqual(expected);
        });
    }
    it('every suggestion is itself a valid Indonesian number with the intended value', () => {
        const intended: Record<string, string> = {
            '19.29': '1929/100', '1,234,567': '1234567', '1,234.5': '2469/2', '12,345.67': '1234567/100'
        };
        for (const [text, value] of Object.entries(intended)) {
            const parsed = parseIdNumber(text);
            expect(parsed.ok).toBe(false);
            if (!parsed.ok) expect(valueOf(parsed.suggestion!)).toBe(value);
        }
    });
});

describe('formatIdNumber', () => {
    it('groups thousands with dots', () => {
        expect(formatIdNumber(Exact.of(0))).toBe('0');
        expect(formatIdNumber(Exact.of(999))).toBe('999');
        expect(formatIdNumber(Exact.of(1000))).toBe('1.000');
        expect(formatIdNumber(Exact.of(1500))).toBe('1.500');
        expect(formatIdNumber(Exact.of(2_500_000_000))).toBe('2.500.000.000');
        expect(formatIdNumber(Exact.of(1_320_000_000_000))).toBe('1.320.000.000.000');
        expect(formatIdNumber(Exact.of(10n ** 15n))).toBe('1.000.000.000.000.000');
    });
    it('can leave out grouping', () => {
        expect(formatIdNumber(Exact.of(2_500_000_000), { grouping: false })).toBe('2500000000');
        expect(formatIdNumber(d('1234.5'), { grouping: false })).toBe('1234,5');
    });
    it('prints a decimal comma, two decimals by default, trailing zeros dropped', () => {
        expect(formatIdNumber(d('19.29'))).toBe('19,29');
        expect(formatIdNumber(d('1234.5'))).toBe('1.234,5');
        expect(formatIdNumber(d('114.045'))).toBe('114,05');
        expect(formatIdNumber(d('42.1875'))).toBe('42,19');
        expect(formatIdNumber(d('76.00'))).toBe('76');
        expect(formatIdNumber(d('0.05'))).toBe('0,05');
        expect(formatIdNumber(Exact.fraction(1n, 3n))).toBe('0,33');
        expect(formatIdNumber(Exact.fraction(2n, 3n))).toBe('0,67');
        expect(formatIdNumber(d('1234567.891'))).toBe('1.234.567,89');
    });
    it('honours decimals and fixed', () => {
        expect(formatIdNumber(d('76'), { fixed: true })).toBe('76,00');
        expect(formatIdNumber(d('38.75'), { decimals: 2, fixed: true })).toBe('38,75');
        expect(formatIdNumber(d('0.5'), { decimals: 3, fixed: true })).toBe('0,500');
        expect(formatIdNumber(Exact.fraction(1n, 3n), { decimals: 4 })).toBe('0,3333');
        expect(formatIdNumber(d('2.5'), { decimals: 0 })).toBe('3');
        expect(formatIdNumber(d('1234.5'), { decimals: 0, fixed: true })).toBe('1.235');
        expect(formatIdNumber(d('0.125'), { decimals: 2 })).toBe('0,13');
        expect(formatIdNumber(d('1.05'), { decimals: 1 })).toBe('1,1');
        // rounding carries into the integer part and its grouping
        expect(formatIdNumber(d('999.995'))).toBe('1.000');
        expect(formatIdNumber(d('999.995'), { fixed: true })).toBe('1.000,00');
        expect(formatIdNumber(d('99999.999'))).toBe('100.000');
    });
    it('prints negatives with a leading minus, rounding half away from zero', () => {
        expect(formatIdNumber(d('-2.5'))).toBe('-2,5');
        expect(formatIdNumber(d('-0.125'))).toBe('-0,13');
        expect(formatIdNumber(d('-2.5'), { decimals: 0 })).toBe('-3');
        expect(formatIdNumber(Exact.of(-1_500_000))).toBe('-1.500.000');
        expect(formatIdNumber(d('-0.005'))).toBe('-0,01');
    });
    it('never prints -0', () => {
        expect(formatIdNumber(Exact.of(-0))).toBe('0');
        expect(formatIdNumber(d('-0.004'))).toBe('0');
        expect(formatIdNumber(d('-0.004'), { fixed: true })).toBe('0,00');
        expect(formatIdNumber(d('-0.4'), { decimals: 0 })).toBe('0');
        expect(formatPercent(d('-0.001'))).toBe('0,00%');
    });
});

describe('formatPercent and formatRupiah', () => {
    it('prints percentages with exactly two decimals and a % sign', () => {
        expect(formatPercent(d('114.045'))).toBe('114,05%');
        expect(formatPercent(Exact.of(220))).toBe('220,00%');
        expect(formatPercent(Exact.fraction(1680n, 17n))).toBe('98,82%');
        expect(formatPercent(Exact.fraction(675n, 16n))).toBe('42,19%');
        expect(formatPercent(d('30'))).toBe('30,00%');
        expect(formatPercent(d('102.2222'))).toBe('102,22%');
        expect(formatPercent(Exact.of(1234))).toBe('1.234,00%');
        expect(formatPercent(Exact.ZERO)).toBe('0,00%');
    });
    it('prints Rupiah with grouping, decimals only when present', () => {
        expect(formatRupiah(Exact.of(1_900_000_000))).toBe('Rp 1.900.000.000');
        expect(formatRupiah(Exact.of(0))).toBe('Rp 0');
        expect(formatRupiah(d('1250000.5'))).toBe('Rp 1.250.000,5');
        // The sign before the currency, as Indonesian budgets write a shortfall.
        expect(formatRupiah(Exact.of(-650_000_000))).toBe('-Rp 650.000.000');
        expect(formatRupiah(d('1250000.05'))).toBe('Rp 1.250.000,05');
        expect(formatRupiah(Exact.of(999_999_999_999_999n).add(Exact.ONE))).toBe('Rp 1.000.000.000.000.000');
    });
});

describe('round trip: parse(format(x)) = x', () => {
    const values = ['0', '7', '19.29', '20.5', '1234.5', '1500', '2500000000', '0.05', '999999.99',
        '1320000000000', '999999999999999', '1000000000000000', '95.45', '0.1'];
    for (const text of values) {
        it(text, () => {
            const x = d(text);
            for (const options of [{}, { grouping: false }, { fixed: true }]) {
                const printed = formatIdNumber(x, options);
                const parsed = parseIdNumber(printed);
                expect(parsed.ok, `${printed} with ${JSON.stringify(options)}`).toBe(true);
                if (parsed.ok) expect(parsed.value.eq(x), printed).toBe(true);
            }
        });
    }
});

describe('a first group of zeros is not a thousands group', () => {
    it.each(['0.500', '00.500', '000.001'])('%s is ambiguous', text => {
        const parsed = parseIdNumber(text);
        expect(parsed.ok).toBe(false);
    });
    it('0.500 suggests 0,500', () => {
        expect(parseIdNumber('0.500')).toEqual({ ok: false, problem: 'ambiguous', suggestion: '0,500' });
    });
});

describe('scanWellFormed: the one-pass reader of the two valid forms', () => {
    // The definition: the two expressions id-number.ts documents.
    const PLAIN = /^\d+(?:,\d+)?$/;
    const GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;

    it('accepts exactly what the expressions accept, with the same value (20 000 random strings, seed 20261127)', () => {
        const rnd = seededRandom(20261127);
        const alphabet = '0123456789..,,1-a';
        let accepted = 0;
        for (let run = 0; run < 20_000; run++) {
            const length = 1 + Math.floor(rnd() * 12);
            let text = '';
            for (let k = 0; k < length; k++) text += alphabet[Math.floor(rnd() * alphabet.length)];
            if (rnd() < 0.3) text = String(Math.floor(rnd() * 1e9)).replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (rnd() < 0.5 ? `,${Math.floor(rnd() * 100)}` : '');
            const expected = PLAIN.test(text) || GROUPED.test(text);
            const scanned = scanWellFormed(text);
            expect(scanned !== undefined, text).toBe(expected);
            if (scanned?.ok) {
                accepted++;
                const [int, frac = ''] = text.replace(/\./g, '').split(',');
                expect(scanned.value.toString(), text).toBe(Exact.fraction(BigInt(int + frac), 10n ** BigInt(frac.length)).toString());
            }
        }
        expect(accepted).toBeGreaterThan(5000);
    });
});
