/**
 * Shared vocabulary of the per-kind report data (annual, quarterly, ranking,
 * agreements): references to organisations, positions and nodes, categories, counts,
 * and the helpers that turn engine results into plain rows.
 *
 * Report data holds values, never formatted text: figures are exact (`Exact`, printed
 * by each renderer with common/id-number.ts, e.g. `formatPercent` → `114,05%`) or
 * `null` where missing or not computable. User text (names, titles, codes) is carried
 * as written in the `.kinerja` files, unescaped: every renderer escapes it for its own
 * format.
 */
import { nipOf, officialOn } from '../../engine/officials.js';
import { Exact } from '../../common/exact.js';
import { category, type Achievement, type NotComputable } from '../../engine/achievement.js';
import type { Band, KinerjaConfig } from '../../engine/config.js';
import type { IndicatorInfo, NodeInfo, OrganisationInfo, PositionInfo, RevisionInfo, WorkspaceModel } from '../../engine/model.js';
import { yearOfKey } from '../../engine/periods.js';
import type { Direction, NodeKind, Accumulation } from '../../language/generated/ast.js';
import type { Finding } from '../../validation/finding.js';
import { outsideEveryPeriod, outsidePeriod } from '../../engine/years.js';
import { scaleWord } from '../../engine/scale.js';

export type ReportKind = 'annual' | 'quarterly' | 'ranking' | 'agreements' | 'lke' | 'e81';
export const REPORT_KINDS: readonly ReportKind[] = ['annual', 'quarterly', 'ranking', 'agreements', 'lke', 'e81'];

/** A finding as the CLI prints it (src/cli/check.ts CliFinding has this shape). */
export type ReportFinding = Finding;

export interface ReportOptions {
    year: number;
    /** Cut the evaluation at this quarter (1..4). Required in spirit for `quarterly`. */
    quarter?: number;
    /** Ranking: how many of the lowest agencies are flagged; default config.rankingLowest. */
    lowest?: number;
    /** Findings of the checked workspace, listed in the report's notes. */
    findings?: ReportFinding[];
    /**
     * The folder the report is written to (a file system path): `bukti` paths are linked
     * relative to it (kinds/notes.ts). Without it, links are absolute `file://` URLs.
     */
    linkBase?: string;
    /**
     * The folder `.kinerja` file names in the report's text are given relative to (the
     * LKE's reasons, `dinkes.kinerja:12`), as `kinerja check` names them: the current
     * folder on the command line. Without it, the file's full path.
     */
    fileBase?: string;
    /** Form E.81: the agencies to write, by id (`--instansi`); all when absent. */
    organisations?: readonly string[];
}

/** One category band of the config, as a legend entry. `index` 0 is the highest band. */
export interface BandInfo {
    index: number;
    label: string;
    labelEn: string | null;
    /** Inclusive lower bound in percent; null for the lowest band. */
    min: number | null;
}

/** The category of one achievement: its band. */
export type CategoryRef = BandInfo;

export interface PemdaRef {
    id: string;
    name: string | null;
    /** `kepala`: the head of region's title, e.g. "Bupati Paser Selatan". */
    head: string | null;
    period: YearSpan | null;
}

export interface YearSpan {
    start: number;
    end: number;
}

export interface OrganisationRef {
    id: string;
    name: string | null;
    kind: 'pemda' | 'instansi';
    /** Renstra (agency) or RPJMD (pemda) period. */
    period: YearSpan | null;
    /** For an agency: the id of its pemda as written. */
    pemdaId: string | null;
}

export interface PositionRef {
    /** Qualified id, `Dinkes.Kadis`. */
    id: string;
    title: string | null;
    /** 1..4 for eselon I..IV, 5 for staff, null when missing. */
    level: number | null;
    /** `pejabat`: the official's name (the one in office now, as the file tells it). */
    official: string | null;
    nip: string | null;
    /** The official is acting (`plt`, `plh`): printed `Plt.` / `Plh.` before the position title. */
    acting: 'plt' | 'plh' | null;
}

export interface NodeRef {
    /** Qualified id, `Dinkes.P0202`. */
    id: string;
    kind: NodeKind;
    name: string | null;
    /** `kode`, e.g. "1.02.02". */
    code: string | null;
    owner: PositionRef | null;
    organisationId: string;
}

export interface CategoryCount {
    band: CategoryRef;
    count: number;
}

/** Indicators per category band, plus those whose achievement is not computable. */
export interface CategorySummary {
    counts: CategoryCount[];
    notComputable: number;
    total: number;
}

/** Fields every kind's data carries (title block, legend, notes). */
export interface ReportBase {
    kind: ReportKind;
    year: number;
    quarter: number | null;
    /** The regional governments in the workspace (title block). */
    pemdas: PemdaRef[];
    bands: BandInfo[];
    thresholds: { low: number; high: number };
    findings: ReportFinding[];
    /** Organisations whose plan period (`periode`) does not contain the report's year, with their periods. */
    outsidePeriod: Array<{ organisation: OrganisationRef; start: number; end: number }>;
    /** The year is outside the plan period of every organisation that has one: the report can hold no figures. */
    outsideEveryPeriod: boolean;
}

export interface IndicatorRef {
    id: string;
    name: string | null;
    unit: string | null;
    direction: Direction;
    accumulation: Accumulation;
    node: NodeRef;
    /** `utama`: a key performance indicator (IKU), listed first and on its own. */
    key: boolean;
    /** A qualitative indicator's scale, lowest first (`predikat`, `opini`, `skala`); null for a numeric one. */
    scale: readonly string[] | null;
}

/**
 * A target or realisation as reports print it: an exact figure, or for a qualitative
 * indicator the word of its scale (`"BB"`, `"WTP"`), never the rank the engine computes
 * with.
 */
export type Figure = Exact | string;

/** A revision in force (`target … revisi DATE "alasan"`, `pagu … revisi …`): its date (ISO) and reason. */
export interface RevisionRef {
    date: string;
    reason: string | null;
}

export function revisionRef(r: RevisionInfo | undefined): RevisionRef | null {
    return r?.date ? { date: r.date, reason: r.reason ?? null } : null;
}

// ------------------------------------------------------------------ helpers

export function bandsOf(config: KinerjaConfig): BandInfo[] {
    return config.bands.map((b, index) => bandInfo(b, index));
}

function bandInfo(b: Band, index: number): BandInfo {
    return { index, label: b.label, labelEn: b.labelEn ?? null, min: b.min === Number.NEGATIVE_INFINITY ? null : b.min };
}

export function categoryRef(value: Exact | null | undefined, config: KinerjaConfig): CategoryRef | null {
    if (!value) return null;
    const band = category(value, config);
    const index = config.bands.indexOf(band);
    return bandInfo(band, index < 0 ? config.bands.length - 1 : index);
}

/** The band of a value computed from report data (a mean of scores), judged as printed. */
export function bandFor(value: Exact | null | undefined, bands: BandInfo[]): CategoryRef | null {
    if (!value || !bands.length) return null;
    const printed = Exact.fraction(value.roundScaled(2), 100n);
    return bands.find(b => b.min === null || !printed.lt(Exact.of(b.min))) ?? bands[bands.length - 1];
}

export function achievementValue(a: Achievement): Exact | null {
    return a.computable ? a.value : null;
}

export function notComputableReason(a: Achievement): NotComputable | null {
    return a.computable ? null : a.reason;
}

export function orNull<T>(x: T | undefined): T | null {
    return x === undefined ? null : x;
}

/** The sum of the known values; null when none is known. */
export function sumKnown(values: Array<Exact | null>): Exact | null {
    const known = values.filter((v): v is Exact => v !== null);
    return known.length ? Exact.sum(known) : null;
}

export function mean(values: Exact[]): Exact | null {
    return Exact.mean(values) ?? null;
}

export function span(range: { start: number; end: number } | undefined): YearSpan | null {
    return range ? { start: range.start, end: range.end } : null;
}

export function organisationRef(o: OrganisationInfo): OrganisationRef {
    return { id: o.id, name: o.title ?? null, kind: o.kind, period: span(o.period), pemdaId: o.pemdaId ?? null };
}

export function pemdaRef(o: OrganisationInfo): PemdaRef {
    const head = o.declaration && o.declaration.$type === 'Pemda' ? o.declaration.head : undefined;
    return { id: o.id, name: o.title ?? null, head: head ?? null, period: span(o.period) };
}

export function pemdas(model: WorkspaceModel): PemdaRef[] {
    return [...model.organisations.values()].filter(o => o.kind === 'pemda')
        .sort((a, b) => a.id.localeCompare(b.id)).map(pemdaRef);
}

/** The pemda an agency belongs to (or the pemda itself). */
export function pemdaOf(model: WorkspaceModel, o: OrganisationInfo): OrganisationInfo | undefined {
    if (o.kind === 'pemda') return o;
    const p = o.pemdaId ? model.organisations.get(o.pemdaId) : undefined;
    return p?.kind === 'pemda' ? p : undefined;
}

export function positionRef(p: PositionInfo): PositionRef {
    const official = officialOn(p.ast);
    return {
        id: p.id, title: p.ast.title ?? null, level: p.level ?? null,
        official: official?.name ?? null, nip: nipOf(p.ast, official) ?? null, acting: official?.acting ?? null
    };
}

export function ownerRef(model: WorkspaceModel, node: NodeInfo): PositionRef | null {
    const p = node.ownerId ? model.positions.get(node.ownerId) : undefined;
    return p ? positionRef(p) : null;
}

export function nodeRef(model: WorkspaceModel, node: NodeInfo): NodeRef {
    return {
        id: node.id, kind: node.kind, name: node.ast.title ?? null, code: node.ast.code ?? null,
        owner: ownerRef(model, node), organisationId: node.organisation.id
    };
}

export function indicatorRef(model: WorkspaceModel, i: IndicatorInfo): IndicatorRef {
    return {
        id: i.id, name: i.ast.title ?? null, unit: i.unit?.name ?? null,
        direction: i.direction, accumulation: i.accumulation, node: nodeRef(model, i.node),
        key: i.key, scale: i.scale ?? null
    };
}

/** A figure of the indicator as printed: the scale's word for a qualitative indicator (null when the rank is not one of it). */
export function figure(i: IndicatorInfo, value: Exact | undefined | null): Figure | null {
    if (!value) return null;
    return i.scale ? scaleWord(i.scale, value) : value;
}

/** The indicators of a node, its IKU (`utama`) first, each group in the order written. */
export function keyFirst(indicators: readonly IndicatorInfo[]): IndicatorInfo[] {
    return [...indicators.filter(i => i.key), ...indicators.filter(i => !i.key)];
}

/** The indicator has a target or a realisation (annual or quarterly) in the year. */
export function activeIn(i: IndicatorInfo, year: number): boolean {
    for (const key of i.targets.keys()) if (yearOfKey(key) === year) return true;
    for (const key of i.realisations.keys()) if (yearOfKey(key) === year) return true;
    return false;
}

/** Years before `year` with a target or realisation anywhere in the workspace, ascending. */
export function earlierYears(model: WorkspaceModel, year: number): number[] {
    const years = new Set<number>();
    for (const i of model.indicators.values()) {
        for (const key of [...i.targets.keys(), ...i.realisations.keys()]) {
            const y = yearOfKey(key);
            if (y < year) years.add(y);
        }
    }
    return [...years].sort((a, b) => a - b);
}

export function summarise(values: Array<Exact | null>, config: KinerjaConfig): CategorySummary {
    const counts = bandsOf(config).map(band => ({ band, count: 0 }));
    let notComputable = 0;
    for (const v of values) {
        const c = categoryRef(v, config);
        if (c) counts[c.index].count++; else notComputable++;
    }
    return { counts, notComputable, total: values.length };
}

export function reportBase(kind: ReportKind, model: WorkspaceModel, config: KinerjaConfig, options: ReportOptions, quarter: number | null): ReportBase {
    return {
        kind, quarter, pemdas: pemdas(model), bands: bandsOf(config),
        thresholds: { ...config.thresholds }, findings: [...(options.findings ?? [])],
        ...periodFacts(model, options.year)
    };
}

/** Which organisations' plan periods leave the year out (ReportBase.outsidePeriod, outsideEveryPeriod). */
export function periodFacts(model: WorkspaceModel, year: number): Pick<ReportBase, 'year' | 'outsidePeriod' | 'outsideEveryPeriod'> {
    return {
        year,
        outsidePeriod: outsidePeriod(model, year).map(o => ({ organisation: organisationRef(o), start: o.period!.start, end: o.period!.end })),
        outsideEveryPeriod: outsideEveryPeriod(model, year)
    };
}

/** Organisations in report order: pemdas first, then agencies, each by id. */
export function organisationsInOrder(model: WorkspaceModel): OrganisationInfo[] {
    return [...model.organisations.values()].sort((a, b) =>
        (a.kind === b.kind ? 0 : a.kind === 'pemda' ? -1 : 1) || a.id.localeCompare(b.id));
}

export function checkOptions(options: ReportOptions): void {
    if (!Number.isInteger(options.year)) throw new RangeError(`report year must be a whole number, got ${options.year}`);
    if (options.quarter !== undefined && (!Number.isInteger(options.quarter) || options.quarter < 1 || options.quarter > 4)) {
        throw new RangeError(`report quarter must be 1, 2, 3 or 4, got ${options.quarter}`);
    }
    if (options.lowest !== undefined && (!Number.isInteger(options.lowest) || options.lowest < 0)) {
        throw new RangeError(`the number of agencies flagged for assistance must be a whole number ≥ 0, got ${options.lowest}`);
    }
}
