/**
 * Project configuration: `kinerja.config.json`, found by walking up from the files being
 * checked (the CLI's `--config FILE` and the editor setting point at another one).
 * This module holds the schema, the defaults and validation of a parsed object; reading
 * files is done by workspace/config-loader.ts.
 */
import { Exact } from '../common/exact.js';

export const CONFIG_FILE_NAME = 'kinerja.config.json';

export type SeverityName = 'error' | 'warning' | 'info' | 'hint' | 'off';
export type NegativeFormula = '2T-R' | 'T/R';
export type { Language } from '../common/catalogue.js';
import type { Language } from '../common/catalogue.js';
import type { OrganisationInfo } from './model.js';

export interface Band {
    /** Lower bound (inclusive) of the band, in percent. */
    min: number;
    label: string;
    /** English label. */
    labelEn?: string;
}

export interface KinerjaConfig {
    thresholds: { low: number; high: number };
    bands: Band[];
    negativeFormula: NegativeFormula;
    /** Expected cumulative budget absorption (percent) at the end of each quarter. */
    absorptionCurve: [number, number, number, number];
    /** Per finding code: another severity, or 'off'. */
    severity: Record<string, SeverityName>;
    language: Language;
    /** How many of the lowest-scoring agencies the ranking flags for assistance. */
    rankingLowest: number;
}

export const DEFAULT_BANDS: Band[] = [
    { min: 91, label: 'Sangat Tinggi', labelEn: 'Very high' },
    { min: 76, label: 'Tinggi', labelEn: 'High' },
    { min: 66, label: 'Sedang', labelEn: 'Medium' },
    { min: 51, label: 'Rendah', labelEn: 'Low' },
    { min: Number.NEGATIVE_INFINITY, label: 'Sangat Rendah', labelEn: 'Very low' }
];

export function defaultConfig(): KinerjaConfig {
    return {
        thresholds: { low: 90, high: 200 },
        bands: DEFAULT_BANDS.map(b => ({ ...b })),
        negativeFormula: '2T-R',
        absorptionCurve: [15, 40, 65, 90],
        severity: {},
        language: 'id',
        rankingLowest: 10
    };
}

/**
 * Which config applies where (docs/configuration.md): each organisation's figures
 * follow the config of the file that declares it (the nearest kinerja.config.json, or
 * the one --config names); `main` is the config of the run as a whole (the first path's),
 * which a report's legend, thresholds and language follow.
 */
export interface Configs {
    readonly main: KinerjaConfig;
    of(organisation: OrganisationInfo): KinerjaConfig;
}

/** One config for everything, or the per-organisation configs as they are. */
export function toConfigs(config: KinerjaConfig | Configs): Configs {
    return 'of' in config ? config : { main: config, of: () => config };
}

/** The same configs with `rankingLowest` set for every organisation (`kinerja report --lowest N`). */
export function withRankingLowest(configs: Configs, lowest: number): Configs {
    const cache = new Map<KinerjaConfig, KinerjaConfig>();
    const set = (c: KinerjaConfig) => {
        let changed = cache.get(c);
        if (!changed) cache.set(c, changed = { ...c, rankingLowest: lowest });
        return changed;
    };
    return { main: set(configs.main), of: organisation => set(configs.of(organisation)) };
}

export class ConfigError extends Error {
    constructor(readonly file: string, readonly detail: string) {
        super(`${file}: ${detail}`);
    }
}

const SEVERITIES = new Set<string>(['error', 'warning', 'info', 'hint', 'off']);

type Json = Record<string, unknown>;

function isObject(x: unknown): x is Json {
    return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function finite(x: unknown): x is number {
    return typeof x === 'number' && Number.isFinite(x);
}

/**
 * Validates a parsed config object and merges it over the defaults. Throws ConfigError
 * with a message that names the offending key and what is expected.
 */
export function resolveConfig(raw: unknown, file: string, base: KinerjaConfig = defaultConfig()): KinerjaConfig {
    const fail = (detail: string): never => { throw new ConfigError(file, detail); };
    if (!isObject(raw)) fail('the file must contain a JSON object, e.g. { "thresholds": { "low": 90, "high": 200 } }');
    const obj = raw as Json;
    const known = new Set(['$schema', 'thresholds', 'bands', 'negativeFormula', 'absorptionCurve', 'severity', 'language', 'rankingLowest']);
    for (const key of Object.keys(obj)) {
        if (!known.has(key)) fail(`unknown key "${key}"; known keys: ${[...known].filter(k => k !== '$schema').join(', ')}`);
    }
    const config: KinerjaConfig = {
        ...base, thresholds: { ...base.thresholds }, severity: { ...base.severity },
        bands: base.bands.map(b => ({ ...b })), absorptionCurve: [...base.absorptionCurve]
    };
    if (obj.thresholds !== undefined) {
        const t = obj.thresholds;
        if (!isObject(t)) fail('"thresholds" must be an object like { "low": 90, "high": 200 }');
        const th = t as Json;
        if (th.low !== undefined && !finite(th.low)) fail('"thresholds.low" must be a number (percent)');
        if (th.high !== undefined && !finite(th.high)) fail('"thresholds.high" must be a number (percent)');
        config.thresholds = { low: (th.low as number) ?? base.thresholds.low, high: (th.high as number) ?? base.thresholds.high };
        if (config.thresholds.low > config.thresholds.high) fail('"thresholds.low" must not be above "thresholds.high"');
    }
    if (obj.bands !== undefined) {
        if (!Array.isArray(obj.bands) || obj.bands.length === 0) fail('"bands" must be a non-empty array of { "min": number, "label": string }');
        config.bands = (obj.bands as unknown[]).map((b, i) => {
            if (!isObject(b) || typeof b.label !== 'string' || (b.min !== null && b.min !== undefined && !finite(b.min))) {
                return fail(`"bands[${i}]" must be { "min": number, "label": string } (min null or absent for the lowest band)`);
            }
            return { min: finite(b.min) ? b.min : Number.NEGATIVE_INFINITY, label: b.label, labelEn: typeof b.labelEn === 'string' ? b.labelEn : undefined };
        }).sort((a, b) => b.min - a.min);
        if (config.bands[config.bands.length - 1].min !== Number.NEGATIVE_INFINITY) {
            fail('"bands" must end with the lowest band, written with "min": null, so every achievement has a category');
        }
    }
    if (obj.negativeFormula !== undefined) {
        if (obj.negativeFormula !== '2T-R' && obj.negativeFormula !== 'T/R') fail('"negativeFormula" must be "2T-R" or "T/R"');
        config.negativeFormula = obj.negativeFormula as NegativeFormula;
    }
    if (obj.absorptionCurve !== undefined) {
        const c = obj.absorptionCurve;
        if (!Array.isArray(c) || c.length !== 4 || !c.every(finite)) fail('"absorptionCurve" must be four numbers, the expected cumulative absorption in percent at tw1..tw4, e.g. [15, 40, 65, 90]');
        config.absorptionCurve = [...(c as number[])] as [number, number, number, number];
    }
    if (obj.severity !== undefined) {
        if (!isObject(obj.severity)) fail('"severity" must map finding codes to "error", "warning", "info", "hint" or "off"');
        for (const [code, sev] of Object.entries(obj.severity as Json)) {
            if (typeof sev !== 'string' || !SEVERITIES.has(sev)) fail(`"severity.${code}" must be "error", "warning", "info", "hint" or "off"`);
            config.severity[code] = sev as SeverityName;
        }
    }
    if (obj.language !== undefined) {
        if (obj.language !== 'id' && obj.language !== 'en') fail('"language" must be "id" or "en"');
        config.language = obj.language as Language;
    }
    if (obj.rankingLowest !== undefined) {
        if (!finite(obj.rankingLowest) || !Number.isInteger(obj.rankingLowest) || obj.rankingLowest < 0) fail('"rankingLowest" must be a whole number ≥ 0');
        config.rankingLowest = obj.rankingLowest as number;
    }
    return config;
}

/** The band's label in the message language (English falls back to the Indonesian label). */
export function categoryLabel(band: Band, language: Language): string {
    return language === 'en' ? band.labelEn ?? band.label : band.label;
}

/** The category band of an achievement (percent). */
export function categoryOf(achievement: Exact, config: KinerjaConfig): Band {
    for (const band of config.bands) {
        if (band.min === Number.NEGATIVE_INFINITY || !achievement.lt(Exact.of(band.min))) return band;
    }
    return config.bands[config.bands.length - 1];
}
