/**
 * Project configuration: `kinerja.config.json`, found by walking up from the files being
 * checked (the CLI's `--config FILE` and the editor setting point at another one).
 * This module holds the schema, the defaults and validation of a parsed object; reading
 * files is done by workspace/config-loader.ts.
 */
import { closest } from 'fastest-levenshtein';
import type { Params } from '../common/catalogue.js';
import { Exact } from '../common/exact.js';
import { configMessage, type ConfigMessageKey } from './config-messages.js';

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
    /**
     * Averages over indicators (a sasaran's, an agency's score, the ranking) count each
     * achievement at most this much (percent); null: no cap. An indicator's own
     * achievement is never capped.
     */
    averageCap: number | null;
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
        rankingLowest: 10,
        averageCap: null
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

/** The texts a ConfigError is said with: a catalogue's lookup. */
export type ConfigTexts = (language: Language, key: string, params: Params) => string;

/**
 * A config file that cannot be used: the file, and a catalogue key with its parameters
 * (configMessage for what the file holds, the workspace's file texts for reading it),
 * said in the message language where it is shown (`messageIn`); `message` is Bahasa
 * Indonesia.
 */
export class ConfigError extends Error {
    constructor(readonly file: string, readonly key: string, readonly params: Params = {}, private readonly texts: ConfigTexts = configMessage as ConfigTexts) {
        super(`${file}: ${texts('id', key, params)}`);
    }

    /** What is wrong and what to do, without the file. */
    detailIn(language: Language): string {
        return this.texts(language, this.key, this.params);
    }

    /** The file, then what is wrong and what to do. */
    messageIn(language: Language): string {
        return `${this.file}: ${this.detailIn(language)}`;
    }
}

const SEVERITIES = new Set<string>(['error', 'warning', 'info', 'hint', 'off']);

const TOP_KEYS = ['thresholds', 'bands', 'negativeFormula', 'absorptionCurve', 'severity', 'language', 'rankingLowest', 'averageCap'];
const THRESHOLD_KEYS = ['low', 'high'];
const BAND_KEYS = ['min', 'label', 'labelEn'];
/** The keys resolveConfig accepts (and `$schema` at the top): docs/config.schema.json names the same (a test checks). */
export const CONFIG_KEYS: { readonly top: readonly string[]; readonly thresholds: readonly string[]; readonly band: readonly string[] } = {
    top: TOP_KEYS, thresholds: THRESHOLD_KEYS, band: BAND_KEYS
};

type Json = Record<string, unknown>;

function isObject(x: unknown): x is Json {
    return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function finite(x: unknown): x is number {
    return typeof x === 'number' && Number.isFinite(x);
}

/** The known name closest to `name` (edit distance; the first of equals in the list's order). */
export function closestName(name: string, known: readonly string[]): string {
    return closest(name, known as string[]);
}

export interface ResolveOptions {
    /**
     * The finding codes the `severity` map may name; another is refused with the closest
     * one. Without it (engine tests, editor settings), any code is taken.
     */
    codes?: readonly string[];
}

/**
 * Validates a parsed config object and merges it over the defaults. Throws ConfigError
 * with a message that names the offending key and what is expected.
 */
export function resolveConfig(raw: unknown, file: string, base: KinerjaConfig = defaultConfig(), options: ResolveOptions = {}): KinerjaConfig {
    const fail = (key: ConfigMessageKey, params: Params = {}): never => { throw new ConfigError(file, key, params); };
    /** Every key of `obj` is one of `known` (inside `where`, or at the top). */
    const onlyKnown = (obj: Json, known: string[], where: string) => {
        for (const key of Object.keys(obj)) {
            if (known.includes(key) || (!where && key === '$schema')) continue;
            const path = (name: string) => (where ? `${where}.${name}` : name);
            fail('unknown-key', { key: path(key), suggestion: path(closestName(key, known)), known: known.join(', '), where });
        }
    };
    if (!isObject(raw)) fail('not-object');
    const obj = raw as Json;
    onlyKnown(obj, TOP_KEYS, '');
    const config: KinerjaConfig = {
        ...base, thresholds: { ...base.thresholds }, severity: { ...base.severity },
        bands: base.bands.map(b => ({ ...b })), absorptionCurve: [...base.absorptionCurve]
    };
    if (obj.thresholds !== undefined) {
        const t = obj.thresholds;
        if (!isObject(t)) fail('thresholds-object');
        const th = t as Json;
        onlyKnown(th, THRESHOLD_KEYS, 'thresholds');
        if (th.low !== undefined && !finite(th.low)) fail('threshold-number', { key: 'thresholds.low' });
        if (th.high !== undefined && !finite(th.high)) fail('threshold-number', { key: 'thresholds.high' });
        config.thresholds = { low: (th.low as number) ?? base.thresholds.low, high: (th.high as number) ?? base.thresholds.high };
        if (config.thresholds.low > config.thresholds.high) fail('thresholds-order');
    }
    if (obj.bands !== undefined) {
        if (!Array.isArray(obj.bands) || obj.bands.length === 0) fail('bands-array');
        config.bands = (obj.bands as unknown[]).map((b, i) => {
            // A misspelt key first: `lable` is a typo of `label`, not a band without a label.
            if (isObject(b)) onlyKnown(b, BAND_KEYS, `bands[${i}]`);
            if (!isObject(b) || typeof b.label !== 'string' || (b.min !== null && b.min !== undefined && !finite(b.min))) {
                return fail('band-shape', { index: i });
            }
            return { min: finite(b.min) ? b.min : Number.NEGATIVE_INFINITY, label: b.label, labelEn: typeof b.labelEn === 'string' ? b.labelEn : undefined };
        }).sort((a, b) => b.min - a.min);
        if (config.bands[config.bands.length - 1].min !== Number.NEGATIVE_INFINITY) fail('bands-lowest');
    }
    if (obj.negativeFormula !== undefined) {
        if (obj.negativeFormula !== '2T-R' && obj.negativeFormula !== 'T/R') fail('negative-formula');
        config.negativeFormula = obj.negativeFormula as NegativeFormula;
    }
    if (obj.absorptionCurve !== undefined) {
        const c = obj.absorptionCurve;
        if (!Array.isArray(c) || c.length !== 4 || !c.every(finite)) fail('absorption-curve');
        config.absorptionCurve = [...(c as number[])] as [number, number, number, number];
    }
    if (obj.severity !== undefined) {
        if (!isObject(obj.severity)) fail('severity-object');
        for (const [code, sev] of Object.entries(obj.severity as Json)) {
            if (options.codes && !options.codes.includes(code)) {
                fail('unknown-code', { key: `severity.${code}`, code, suggestion: closestName(code, options.codes) });
            }
            if (typeof sev !== 'string' || !SEVERITIES.has(sev)) fail('severity-level', { key: `severity.${code}` });
            config.severity[code] = sev as SeverityName;
        }
    }
    if (obj.language !== undefined) {
        if (obj.language !== 'id' && obj.language !== 'en') fail('language');
        config.language = obj.language as Language;
    }
    if (obj.rankingLowest !== undefined) {
        if (!finite(obj.rankingLowest) || !Number.isInteger(obj.rankingLowest) || obj.rankingLowest < 0) fail('ranking-lowest');
        config.rankingLowest = obj.rankingLowest as number;
    }
    if (obj.averageCap !== undefined) {
        if (obj.averageCap !== null && (!finite(obj.averageCap) || obj.averageCap <= 0 || obj.averageCap > 1_000_000)) fail('average-cap');
        config.averageCap = obj.averageCap as number | null;
    }
    return config;
}

/** An achievement as it counts in an average over indicators (capped at `averageCap`). */
export function forAverage(achievement: Exact, config: Pick<KinerjaConfig, 'averageCap'>): Exact {
    if (config.averageCap == null) return achievement;
    const cap = Exact.fromDecimalString(config.averageCap.toFixed(6));
    return achievement.gt(cap) ? cap : achievement;
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
