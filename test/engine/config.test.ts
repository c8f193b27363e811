/**
 * Project configuration (src/engine/config.ts): defaults, merging over a base, every
 * validation message, and categories with configured bands.
 */
import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/common/exact.js';
import {
    CONFIG_FILE_NAME, ConfigError, DEFAULT_BANDS, categoryOf, defaultConfig, resolveConfig, type KinerjaConfig
} from '../../src/engine/config.js';

const FILE = '/proj/kinerja.config.json';

function errorOf(raw: unknown, base?: KinerjaConfig): ConfigError {
    try {
        resolveConfig(raw, FILE, base);
    } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        return e as ConfigError;
    }
    throw new Error(`no error for ${JSON.stringify(raw)}`);
}

describe('defaults', () => {
    it('has the documented defaults', () => {
        const c = defaultConfig();
        expect(c.thresholds).toEqual({ low: 90, high: 200 });
        expect(c.negativeFormula).toBe('2T-R');
        expect(c.absorptionCurve).toEqual([15, 40, 65, 90]);
        expect(c.severity).toEqual({});
        expect(c.language).toBe('id');
        expect(c.rankingLowest).toBe(10);
        expect(c.bands.map(b => [b.min, b.label, b.labelEn])).toEqual([
            [91, 'Sangat Tinggi', 'Very high'],
            [76, 'Tinggi', 'High'],
            [66, 'Sedang', 'Medium'],
            [51, 'Rendah', 'Low'],
            [Number.NEGATIVE_INFINITY, 'Sangat Rendah', 'Very low']
        ]);
        expect(CONFIG_FILE_NAME).toBe('kinerja.config.json');
    });
    it('returns a fresh copy each time', () => {
        const a = defaultConfig();
        a.bands[0].label = 'changed';
        a.thresholds.low = 1;
        a.absorptionCurve[0] = 99;
        a.severity['x'] = 'off';
        const b = defaultConfig();
        expect(b.bands[0].label).toBe('Sangat Tinggi');
        expect(DEFAULT_BANDS[0].label).toBe('Sangat Tinggi');
        expect(b.thresholds.low).toBe(90);
        expect(b.absorptionCurve[0]).toBe(15);
        expect(b.severity).toEqual({});
    });
    it('an empty object (or only $schema) gives the defaults', () => {
        expect(resolveConfig({}, FILE)).toEqual(defaultConfig());
        expect(resolveConfig({ $schema: './schema.json' }, FILE)).toEqual(defaultConfig());
    });
});

describe('resolveConfig: values and merging', () => {
    it('takes every key', () => {
        const c = resolveConfig({
            thresholds: { low: 85, high: 150 },
            bands: [{ min: 90, label: 'Baik', labelEn: 'Good' }, { label: 'Kurang' }],
            negativeFormula: 'T/R',
            absorptionCurve: [20, 45, 70, 95],
            severity: { 'low-achievement': 'error', 'pk-unsigned': 'off' },
            language: 'en',
            rankingLowest: 3
        }, FILE);
        expect(c.thresholds).toEqual({ low: 85, high: 150 });
        expect(c.bands).toEqual([
            { min: 90, label: 'Baik', labelEn: 'Good' },
            { min: Number.NEGATIVE_INFINITY, label: 'Kurang', labelEn: undefined }
        ]);
        expect(c.negativeFormula).toBe('T/R');
        expect(c.absorptionCurve).toEqual([20, 45, 70, 95]);
        expect(c.severity).toEqual({ 'low-achievement': 'error', 'pk-unsigned': 'off' });
        expect(c.language).toBe('en');
        expect(c.rankingLowest).toBe(3);
    });
    it('fills a partial thresholds object from the base', () => {
        expect(resolveConfig({ thresholds: { low: 80 } }, FILE).thresholds).toEqual({ low: 80, high: 200 });
        expect(resolveConfig({ thresholds: { high: 250 } }, FILE).thresholds).toEqual({ low: 90, high: 250 });
        expect(resolveConfig({ thresholds: {} }, FILE).thresholds).toEqual({ low: 90, high: 200 });
        expect(resolveConfig({ thresholds: { low: 100, high: 100 } }, FILE).thresholds).toEqual({ low: 100, high: 100 });
    });
    it('sorts bands from the highest minimum down; null min is the lowest band', () => {
        const c = resolveConfig({ bands: [{ min: null, label: 'D' }, { min: 50, label: 'C' }, { min: 90.5, label: 'A' }, { min: 70, label: 'B' }] }, FILE);
        expect(c.bands.map(b => b.label)).toEqual(['A', 'B', 'C', 'D']);
        expect(c.bands[3].min).toBe(Number.NEGATIVE_INFINITY);
        expect(c.bands[0].labelEn).toBeUndefined();
    });
    it('ignores a labelEn that is not a string', () => {
        expect(resolveConfig({ bands: [{ min: null, label: 'A', labelEn: 5 }] }, FILE).bands[0].labelEn).toBeUndefined();
    });
    it('merges over a base: later files override, the rest is kept', () => {
        const base = resolveConfig({ thresholds: { low: 80, high: 150 }, severity: { 'pk-missing': 'error' }, rankingLowest: 5 }, FILE);
        const c = resolveConfig({ thresholds: { high: 300 }, severity: { 'pk-unsigned': 'off' }, language: 'en' }, FILE, base);
        expect(c.thresholds).toEqual({ low: 80, high: 300 });
        expect(c.severity).toEqual({ 'pk-missing': 'error', 'pk-unsigned': 'off' });
        expect(c.rankingLowest).toBe(5);
        expect(c.language).toBe('en');
        expect(c.negativeFormula).toBe('2T-R');
    });
    it('does not change the base', () => {
        const base = defaultConfig();
        resolveConfig({ thresholds: { low: 50 }, severity: { 'pk-missing': 'off' }, rankingLowest: 1 }, FILE, base);
        expect(base).toEqual(defaultConfig());
    });
    it('accepts rankingLowest 0 and severities of every level', () => {
        expect(resolveConfig({ rankingLowest: 0 }, FILE).rankingLowest).toBe(0);
        const levels = ['error', 'warning', 'info', 'hint', 'off'];
        const c = resolveConfig({ severity: Object.fromEntries(levels.map(l => [`code-${l}`, l])) }, FILE);
        expect(Object.values(c.severity)).toEqual(levels);
    });
});

describe('resolveConfig: errors name the key and what is expected', () => {
    const cases: Array<[string, unknown, string]> = [
        ['not an object (null)', null, 'the file must contain a JSON object, e.g. { "thresholds": { "low": 90, "high": 200 } }'],
        ['not an object (array)', [1, 2], 'the file must contain a JSON object, e.g. { "thresholds": { "low": 90, "high": 200 } }'],
        ['not an object (string)', 'x', 'the file must contain a JSON object, e.g. { "thresholds": { "low": 90, "high": 200 } }'],
        ['not an object (number)', 42, 'the file must contain a JSON object, e.g. { "thresholds": { "low": 90, "high": 200 } }'],
        ['unknown key', { treshold: 1 }, 'unknown key "treshold"; did you mean "thresholds"? Known keys: thresholds, bands, negativeFormula, absorptionCurve, severity, language, rankingLowest, averageCap'],
        ['averageCap not a positive number', { averageCap: 0 }, '"averageCap" must be a number between 0 and 1,000,000 (percent, e.g. 120) or null for no cap'],
        ['unknown key inside thresholds', { thresholds: { low: 80, hgih: 150 } }, 'unknown key "thresholds.hgih"; did you mean "thresholds.high"? Known keys inside "thresholds": low, high'],
        ['unknown key inside a band', { bands: [{ min: 90, label: 'A' }, { min: null, lable: 'B' }] }, 'unknown key "bands[1].lable"; did you mean "bands[1].label"? Known keys inside "bands[1]": min, label, labelEn'],
        ['thresholds not an object', { thresholds: 90 }, '"thresholds" must be an object like { "low": 90, "high": 200 }'],
        ['thresholds an array', { thresholds: [90, 200] }, '"thresholds" must be an object like { "low": 90, "high": 200 }'],
        ['thresholds.low a string', { thresholds: { low: '90' } }, '"thresholds.low" must be a number (percent)'],
        ['thresholds.low null', { thresholds: { low: null } }, '"thresholds.low" must be a number (percent)'],
        ['thresholds.high not finite', { thresholds: { high: Number.POSITIVE_INFINITY } }, '"thresholds.high" must be a number (percent)'],
        ['thresholds low above high', { thresholds: { low: 150, high: 100 } }, '"thresholds.low" must not be above "thresholds.high"'],
        ['thresholds low above the default high', { thresholds: { low: 250 } }, '"thresholds.low" must not be above "thresholds.high"'],
        ['bands empty', { bands: [] }, '"bands" must be a non-empty array of { "min": number, "label": string }'],
        ['bands not an array', { bands: { min: 1, label: 'A' } }, '"bands" must be a non-empty array of { "min": number, "label": string }'],
        ['band without label', { bands: [{ min: 1, label: 'A' }, { min: 2 }] }, '"bands[1]" must be { "min": number, "label": string } (min null or absent for the lowest band)'],
        ['band with a string min', { bands: [{ min: '91', label: 'A' }] }, '"bands[0]" must be { "min": number, "label": string } (min null or absent for the lowest band)'],
        ['band not an object', { bands: ['A'] }, '"bands[0]" must be { "min": number, "label": string } (min null or absent for the lowest band)'],
        ['negativeFormula', { negativeFormula: 'R/T' }, '"negativeFormula" must be "2T-R" or "T/R"'],
        ['absorptionCurve of three', { absorptionCurve: [15, 40, 65] }, '"absorptionCurve" must be four numbers, the expected cumulative absorption in percent at tw1..tw4, e.g. [15, 40, 65, 90]'],
        ['absorptionCurve with a string', { absorptionCurve: [15, 40, '65', 90] }, '"absorptionCurve" must be four numbers, the expected cumulative absorption in percent at tw1..tw4, e.g. [15, 40, 65, 90]'],
        ['absorptionCurve not an array', { absorptionCurve: 15 }, '"absorptionCurve" must be four numbers, the expected cumulative absorption in percent at tw1..tw4, e.g. [15, 40, 65, 90]'],
        ['severity not an object', { severity: ['error'] }, '"severity" must map finding codes to "error", "warning", "info", "hint" or "off"'],
        ['severity level unknown', { severity: { 'low-achievement': 'fatal' } }, '"severity.low-achievement" must be "error", "warning", "info", "hint" or "off"'],
        ['severity level not a string', { severity: { 'pk-missing': 1 } }, '"severity.pk-missing" must be "error", "warning", "info", "hint" or "off"'],
        ['language', { language: 'fr' }, '"language" must be "id" or "en"'],
        ['rankingLowest negative', { rankingLowest: -1 }, '"rankingLowest" must be a whole number ≥ 0'],
        ['rankingLowest fractional', { rankingLowest: 2.5 }, '"rankingLowest" must be a whole number ≥ 0'],
        ['rankingLowest a string', { rankingLowest: '3' }, '"rankingLowest" must be a whole number ≥ 0']
    ];
    for (const [name, raw, detail] of cases) {
        it(name, () => {
            const e = errorOf(raw);
            expect(e.file).toBe(FILE);
            expect(e.detailIn('en')).toBe(detail);
            expect(e.messageIn('en')).toBe(`${FILE}: ${detail}`);
            // Bahasa Indonesia by default, with the same key names.
            expect(e.message).toBe(`${FILE}: ${e.detailIn('id')}`);
            expect(e.detailIn('id')).not.toBe(detail);
            for (const key of detail.match(/"[\w.[\]-]+"/g) ?? []) expect(e.detailIn('id')).toContain(key);
        });
    }
    it('says each in Bahasa Indonesia', () => {
        expect(errorOf({ thresholds: { hgih: 150 } }).message).toBe(`${FILE}: kunci "thresholds.hgih" tidak dikenal; maksudnya "thresholds.high"? Kunci yang dikenal di dalam "thresholds": low, high`);
        expect(errorOf({ language: 'fr' }).message).toBe(`${FILE}: "language" harus "id" atau "en"`);
    });
    it('refuses a finding code the severity map may not name, with the closest one', () => {
        const codes = ['pk-missing', 'pk-unsigned', 'low-achievement'];
        let e: ConfigError | undefined;
        try {
            resolveConfig({ severity: { 'pk-missing': 'off', 'pk-unsinged': 'off' } }, FILE, undefined, { codes });
        } catch (err) {
            e = err as ConfigError;
        }
        expect(e).toBeInstanceOf(ConfigError);
        expect(e!.messageIn('en')).toBe(`${FILE}: "severity.pk-unsinged": unknown finding code "pk-unsinged"; did you mean "pk-unsigned"? Every code is listed in docs/findings.md`);
        expect(e!.message).toBe(`${FILE}: "severity.pk-unsinged": kode temuan "pk-unsinged" tidak dikenal; maksudnya "pk-unsigned"? Semua kode tercantum di docs/findings.md`);
        expect(resolveConfig({ severity: { 'pk-unsigned': 'off' } }, FILE, undefined, { codes }).severity).toEqual({ 'pk-unsigned': 'off' });
    });
    it('checks thresholds against the base, not only the defaults', () => {
        const base = resolveConfig({ thresholds: { low: 50, high: 60 } }, FILE);
        expect(errorOf({ thresholds: { low: 70 } }, base).detailIn('en')).toBe('"thresholds.low" must not be above "thresholds.high"');
    });
    it('is an Error', () => {
        expect(errorOf({ language: 'fr' })).toBeInstanceOf(Error);
    });
});

describe('categoryOf', () => {
    const x = (v: string) => Exact.fromDecimalString(v);
    it('uses the default bands with inclusive lower bounds (no rounding of its own)', () => {
        const c = defaultConfig();
        expect(categoryOf(x('91'), c).label).toBe('Sangat Tinggi');
        expect(categoryOf(x('90.999'), c).label).toBe('Tinggi');
        expect(categoryOf(x('76'), c).label).toBe('Tinggi');
        expect(categoryOf(x('66'), c).label).toBe('Sedang');
        expect(categoryOf(x('51'), c).label).toBe('Rendah');
        expect(categoryOf(x('50.99'), c).label).toBe('Sangat Rendah');
        expect(categoryOf(x('-100'), c).label).toBe('Sangat Rendah');
    });
    it('uses custom bands', () => {
        const c = resolveConfig({ bands: [{ min: 100, label: 'Melampaui' }, { min: 80, label: 'Tercapai' }, { min: null, label: 'Belum tercapai' }] }, FILE);
        expect(categoryOf(x('120'), c).label).toBe('Melampaui');
        expect(categoryOf(x('100'), c).label).toBe('Melampaui');
        expect(categoryOf(x('99.99'), c).label).toBe('Tercapai');
        expect(categoryOf(x('80'), c).label).toBe('Tercapai');
        expect(categoryOf(x('79.99'), c).label).toBe('Belum tercapai');
    });
    it('with fractional band minimums', () => {
        const c = resolveConfig({ bands: [{ min: 90.5, label: 'A' }, { label: 'B' }] }, FILE);
        expect(categoryOf(x('90.5'), c).label).toBe('A');
        expect(categoryOf(x('90.49'), c).label).toBe('B');
    });
});

describe('bands must cover every achievement', () => {
    it('rejects bands without a lowest band (min null)', () => {
        expect(errorOf({ bands: [{ min: 80, label: 'Baik' }] }).detailIn('en')).toBe('"bands" must end with the lowest band, written with "min": null, so every achievement has a category');
    });
    it('does not share arrays with the input or the base', () => {
        const input = { absorptionCurve: [1, 2, 3, 4] };
        const c = resolveConfig(input, FILE);
        input.absorptionCurve[0] = 99;
        expect(c.absorptionCurve).toEqual([1, 2, 3, 4]);
    });
});
