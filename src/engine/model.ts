/**
 * The workspace model: every organisation, position, node and indicator of a set of
 * parsed `.kinerja` files, merged across files, with targets, realisations and budgets
 * gathered per period from wherever they were written (inside the indicator or node, or
 * in a top-level `realisasi ORG …` block of another file).
 *
 * Built from the AST alone, by names (see language/qualified-names.ts), so it needs no
 * linking and no language-server services. All values are exact (see common/exact.ts);
 * a value that is not a well-formed number is left out here and reported as
 * `number-format` by the validator.
 */
import type { AstNode } from 'langium';
import { Exact } from '../common/exact.js';
import { parseLanguageNumber, type ParsedNumber } from '../common/id-number.js';
import {
    isIndikator, isInstansi, isNode, isPemda,
    type Accumulation, type Bukti, type Catatan, type Direction, type Indikator, type Instansi, type Jabatan,
    type Node, type NodeKind, type Pagu, type Pemda, type Perjanjian, type Realisasi,
    type RealisasiItem, type Target, type Value
} from '../language/generated/ast.js';
import { isQualified, qualify } from '../language/qualified-names.js';
import { validDate } from './dates.js';
import { officialsOf, type OfficialInfo } from './officials.js';
import { monthNumber, parseYear, periodKey, quarterLabel, quarterNumber, quarterOfMonth, spanOf, type MonthSpan, type YearRange } from './periods.js';
import { quarterFigures, runningTotals, type PeriodFigure } from './series.js';

export const PERCENT_UNITS = new Set(['persen']);
/** The ordered scales of the qualitative units, lowest first. */
export const BUILTIN_SCALES: Readonly<Record<string, readonly string[]>> = {
    predikat: ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'],
    opini: ['TMP', 'TW', 'WDP', 'WTP']
};
/** Units whose quarters make a year by taking the latest quarter; all others sum. */
const LATEST_BY_DEFAULT = new Set(['persen', 'indeks', 'rasio']);

export interface OrganisationInfo {
    kind: 'pemda' | 'instansi';
    id: string;
    /** The declaration carrying the name (a pemda, or the `instansi X "…"` block). */
    declaration?: Pemda | Instansi;
    /** Every block that declares or continues this organisation, in load order. */
    parts: Array<Pemda | Instansi>;
    title?: string;
    period?: YearRange;
    /** For an agency: the pemda it belongs to, as written. */
    pemdaId?: string;
    positions: PositionInfo[];
    nodes: NodeInfo[];
    indicators: IndicatorInfo[];
    /** By qualified id, the first declaration of each name. */
    positionById: Map<string, PositionInfo>;
    nodeById: Map<string, NodeInfo>;
    indicatorById: Map<string, IndicatorInfo>;
}

export interface PositionInfo {
    id: string;
    organisation: OrganisationInfo;
    ast: Jabatan;
    /** 1..4 for eselon I..IV, 5 for staf; undefined when the echelon is missing. */
    level?: number;
    superiorId?: string;
    /** `pejabat` entries over time (officials.ts says who is in office on a date). */
    officials: OfficialInfo[];
}

export interface ValueEntry {
    year: number;
    /** 1..4, or undefined for the year itself. */
    quarter?: number;
    value?: Exact;
    /** Upper bound of a range (`80 - 90`). */
    upper?: Exact;
    /** A qualitative value as written (`"BB"`); `value` is then its rank on the scale (1 = lowest). */
    text?: string;
    /** The AST node that states it: Target, Realisasi, QuarterValue, RealisasiItem, Pagu, Belanja. */
    source: AstNode;
    /**
     * A quarter figure made from months or `s.d.` figures (series.ts): the first quarter it
     * covers, the months it weighs, and whether it came from a cumulative figure.
     */
    derived?: { from: number; weight: number; cumulative: boolean; last: number };
}

/** A figure stated for a month, or cumulatively (`s.d.`) for a month or quarter: kept as written for reports. */
export interface PeriodEntry {
    year: number;
    span: MonthSpan;
    /** The month (1..12) when the span is one month. */
    month?: number;
    cumulative: boolean;
    value?: Exact;
    text?: string;
    source: AstNode;
}

/** A revision of a year's target or pagu (`… revisi DATE "alasan"`). */
export interface RevisionInfo {
    year: number;
    /** YYYY-MM-DD when it is a day of the calendar, else undefined (never in force; `invalid-date` says so). */
    date?: string;
    reason?: string;
    /** The year-level entry and the quarter entries the revision states, per period key. */
    entries: Map<number, ValueEntry>;
    source: Target | Pagu;
}

/** `catatan YEAR [period] { analisis … kendala … solusi … }`. */
export interface NoteInfo {
    year: number;
    period?: string;
    analysis?: string;
    obstacles?: string;
    solutions?: string;
    ast: Catatan;
}

/** `bukti YEAR [period] "title" "location" [terverifikasi DATE]`. */
export interface EvidenceInfo {
    year: number;
    period?: string;
    title?: string;
    /** As written: a path relative to the file, or a URL. */
    location?: string;
    verified?: string;
    ast: Bukti;
}

export interface NodeInfo {
    id: string;
    organisation: OrganisationInfo;
    ast: Node;
    kind: NodeKind;
    ownerId?: string;
    supportIds: string[];
    indicators: IndicatorInfo[];
    /** pagu per year as first stated (normally one entry each); revisions apart. */
    ceilings: Map<number, ValueEntry[]>;
    /** `pagu … revisi`, per year, in date order. */
    ceilingRevisions: Map<number, RevisionInfo[]>;
    /**
     * Cumulative budget realisations per period key: stated (`realisasi`), or the running
     * sums of `belanja` (a node-year with both uses its `realisasi`; budget-mixed-entry).
     */
    spending: Map<number, ValueEntry[]>;
    /** Months and `s.d.` figures of budget realisations as written, per year. */
    spendingPeriods: Map<number, PeriodEntry[]>;
    /** `belanja` per year: spending within each period, as written. */
    expenditures: Map<number, PeriodEntry[]>;
    /** `lintas`: nodes of other agencies this one works with, qualified. */
    crosscuttingIds: string[];
    notes: NoteInfo[];
    evidence: EvidenceInfo[];
}

export interface UnitInfo {
    name: string;
    builtin: boolean;
    percent: boolean;
}

export interface IndicatorInfo {
    id: string;
    organisation: OrganisationInfo;
    node: NodeInfo;
    ast: Indikator;
    unit?: UnitInfo;
    direction: Direction;
    /** `arah turun rasio|selisih`: this indicator's formula, over the project setting. */
    lowerFormula?: 'T/R' | '2T-R';
    accumulation: Accumulation;
    /** `utama`: a key performance indicator (IKU). */
    key: boolean;
    /** The ordered scale of a qualitative indicator (predikat, opini, skala), lowest first. */
    scale?: readonly string[];
    supportIds: string[];
    /** Targets as first stated, per period key (quarters made from months included); revisions apart. */
    targets: Map<number, ValueEntry[]>;
    /** `target … revisi`, per year, in date order. */
    targetRevisions: Map<number, RevisionInfo[]>;
    /** Realisations per period key (quarters made from months and `s.d.` figures included). */
    realisations: Map<number, ValueEntry[]>;
    /** Months and `s.d.` figures of realisations as written, per year. */
    realisationPeriods: Map<number, PeriodEntry[]>;
    notes: NoteInfo[];
    evidence: EvidenceInfo[];
}

export interface AgreementInfo {
    ast: Perjanjian;
    positionId: string;
    year?: number;
}

/** A read-only map by qualified id (`Org.Name`), iterated in organisation order. */
export interface QualifiedMap<V> {
    get(id: string): V | undefined;
    has(id: string): boolean;
    readonly size: number;
    entries(): IterableIterator<[string, V]>;
    keys(): IterableIterator<string>;
    values(): IterableIterator<V>;
    [Symbol.iterator](): IterableIterator<[string, V]>;
}

export interface WorkspaceModel {
    /** In order of first appearance (load order of the files, then order in the file). */
    organisations: ReadonlyMap<string, OrganisationInfo>;
    /** By qualified id; the first declaration wins where a name is declared twice. */
    positions: QualifiedMap<PositionInfo>;
    nodes: QualifiedMap<NodeInfo>;
    indicators: QualifiedMap<IndicatorInfo>;
    /** Every `perjanjian`, in load order. */
    readonly agreements: readonly AgreementInfo[];
    /** Agreements per `positionId|year` (those with a year). */
    agreementsByKey: ReadonlyMap<string, readonly AgreementInfo[]>;
    /** What each indicator and node AST stands for (also the ones with clashing names). */
    byAst: ReadonlyMap<AstNode, IndicatorInfo | NodeInfo>;
    positionByAst: ReadonlyMap<Jabatan, PositionInfo>;
    /** What each item of a `realisasi ORG …` block reports on. */
    itemTargets: ReadonlyMap<RealisasiItem, IndicatorInfo | NodeInfo>;
    /** Reverse edges, by the id they point to (only the first declaration of each name takes part). */
    supporters: ReadonlyMap<string, readonly NodeInfo[]>;
    subordinates: ReadonlyMap<string, readonly PositionInfo[]>;
    ownedNodes: ReadonlyMap<string, readonly NodeInfo[]>;
}

/** Resolves a name as written inside organisation `org` to its qualified form. */
export function resolveName(org: string | undefined, text: string): string {
    return isQualified(text) || !org ? text : qualify(org, text);
}

/** Where a Value node keeps its parsed number (a symbol: no AST walker or serialiser sees it). */
const PARSED = Symbol('kinerja.parsedNumber');

/**
 * The number a Value node states, parsed once per node: the workspace model and the
 * number-format finding both read every value, and a lookup by text costs more than
 * the parse it saves. A node's text never changes (an edit makes new nodes). A number
 * beyond the language's range (MAX_SIGNIFICANT_DIGITS) is refused like a malformed one.
 */
export function parsedNumber(value: Value & { [PARSED]?: ParsedNumber }): ParsedNumber | undefined {
    if (!value.number) return undefined;
    return value[PARSED] ??= parseLanguageNumber(value.number);
}

export function parseValue(value: Value | undefined): Exact | undefined {
    if (!value) return undefined;
    const parsed = parsedNumber(value);
    if (!parsed?.ok) return undefined;
    return value.negative ? parsed.value.neg() : parsed.value;
}

/** `105 dari 110` → 95,45… (percent); undefined when either part is missing or zero. */
export function ratioValue(value: Value | undefined, denominator: Value | undefined): Exact | undefined {
    const v = parseValue(value);
    if (!denominator) return v;
    const d = parseValue(denominator);
    return v && d ? v.div(d)?.mul(Exact.HUNDRED) : undefined;
}

export function unitOf(indicator: Indikator): UnitInfo | undefined {
    const unit = indicator.unit;
    if (!unit) return undefined;
    if (unit.builtin) {
        return { name: unit.builtin, builtin: true, percent: PERCENT_UNITS.has(unit.builtin) };
    }
    return { name: unit.custom ?? '', builtin: false, percent: false };
}

/**
 * Whether the way an indicator's quarters make its year is a guess: neither `akumulasi`
 * nor a `satuan` (whose default it would follow) is written. Findings that add quarters
 * up then stay silent; `missing-unit` is the one finding.
 */
export function accumulationGuessed(indicator: IndicatorInfo): boolean {
    return !indicator.unit && !indicator.ast.accumulation;
}

export function defaultAccumulation(unit: UnitInfo | undefined): Accumulation {
    return unit?.builtin && LATEST_BY_DEFAULT.has(unit.name) ? 'terakhir' : 'jumlah';
}

const ECHELON_LEVEL: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

export function positionLevel(position: Jabatan): number | undefined {
    return position.staff ? 5 : position.echelon ? ECHELON_LEVEL[position.echelon] : undefined;
}

function pushEntry(map: Map<number, ValueEntry[]>, entry: ValueEntry): void {
    const key = periodKey(entry.year, entry.quarter);
    const list = map.get(key);
    if (list) list.push(entry); else map.set(key, [entry]);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value); else map.set(key, [value]);
}

/** Where the per-organisation builder records what each AST node stands for. */
export interface AstSinks {
    byAst: Map<AstNode, IndicatorInfo | NodeInfo>;
    positionByAst: Map<Jabatan, PositionInfo>;
    itemTargets: Map<RealisasiItem, IndicatorInfo | NodeInfo>;
}

/** An item of a `realisasi ORG …` block, with the qualified id it names. */
export interface BlockItem {
    item: RealisasiItem;
    id: string;
    year: number;
    /** The block's period as written (`tw3`, `sep`), if any. */
    period?: string;
    /** The block is cumulative (`realisasi ORG 2025 s.d. tw3 { … }`). */
    cumulative?: boolean;
}

/** A stated figure within a year, before quarters are made from months and `s.d.` figures. */
interface Stated {
    span: MonthSpan;
    cumulative: boolean;
    entry: ValueEntry;
}

/**
 * What the builder gathers per indicator or node before it makes quarters (finish):
 * only for those that state a month, an `s.d.` figure or a `belanja` (most state none,
 * and pay nothing for it).
 */
interface Pending {
    /** Months and `s.d.` figures per year (plain quarters are read from the map at finish). */
    realisations: Map<number, Stated[]>;
    expenditures: Map<number, Stated[]>;
}

type PendingMap = Map<IndicatorInfo | NodeInfo, Pending>;

/**
 * Builds one organisation from every block that declares or continues it (in load order)
 * and the `realisasi` block items naming its indicators and nodes (in load order).
 * Depends on nothing outside the organisation, so an edit rebuilds only the
 * organisations it touches (see model-index.ts).
 */
export function buildOrganisation(id: string, parts: ReadonlyArray<Pemda | Instansi>, items: readonly BlockItem[], sinks: AstSinks): OrganisationInfo | undefined {
    if (parts.length === 0) return undefined;
    const org: OrganisationInfo = {
        kind: isPemda(parts[0]) ? 'pemda' : 'instansi', id, parts: [], positions: [], nodes: [], indicators: [],
        positionById: new Map(), nodeById: new Map(), indicatorById: new Map()
    };
    const pending: PendingMap = new Map();
    for (const part of parts) addOrganisationPart(org, part, sinks, pending);
    for (const { item, id: target, year, period, cumulative } of items) {
        const indicator = org.indicatorById.get(target);
        const node = indicator ? undefined : org.nodeById.get(target);
        const info = indicator ?? node;
        if (!info) continue;
        sinks.itemTargets.set(item, info);
        addStated(info, pending, year, period, !!cumulative, statedValue(item.value, item.denominator, indicator), item.value?.text, item);
    }
    for (const [info, p] of pending) finish(info, p);
    return org;
}

function pendingOf(pending: PendingMap, info: IndicatorInfo | NodeInfo): Pending {
    let p = pending.get(info);
    if (!p) pending.set(info, p = { realisations: new Map(), expenditures: new Map() });
    return p;
}

function addOrganisationPart(org: OrganisationInfo, part: Pemda | Instansi, sinks: AstSinks, pending: PendingMap): void {
    org.parts.push(part);
    const declares = isPemda(part) || part.title !== undefined;
    if (declares && !org.declaration) {
        org.declaration = part;
        org.title = part.title;
    }
    if (part.period && !org.period) {
        const start = parseYear(part.period.start);
        const end = parseYear(part.period.end);
        if (start !== undefined && end !== undefined) org.period = { start, end };
    }
    if (isInstansi(part)) {
        org.pemdaId ??= part.pemda?.$refText;
        for (const position of part.positions) {
            if (!position.name) continue;
            const info: PositionInfo = {
                id: qualify(org.id, position.name), organisation: org, ast: position,
                level: positionLevel(position),
                superiorId: position.superior ? resolveName(org.id, position.superior.$refText) : undefined,
                officials: officialsOf(position)
            };
            org.positions.push(info);
            sinks.positionByAst.set(position, info);
            if (!org.positionById.has(info.id)) org.positionById.set(info.id, info);
        }
    }
    for (const node of part.nodes) {
        addNode(org, node, sinks, pending);
    }
}

function notesOf(notes: Catatan[]): NoteInfo[] {
    const result: NoteInfo[] = [];
    for (const note of notes) {
        const year = parseYear(note.year);
        if (year === undefined) continue;
        result.push({ year, period: note.quarter, analysis: note.analysis, obstacles: note.obstacles, solutions: note.solutions, ast: note });
    }
    return result;
}

function evidenceOf(evidence: Bukti[]): EvidenceInfo[] {
    const result: EvidenceInfo[] = [];
    for (const bukti of evidence) {
        const year = parseYear(bukti.year);
        if (year === undefined) continue;
        result.push({ year, period: bukti.quarter, title: bukti.title, location: bukti.location, verified: validDate(bukti.verified), ast: bukti });
    }
    return result;
}

function addNode(org: OrganisationInfo, node: Node, sinks: AstSinks, pending: PendingMap): void {
    if (!node.name) return;
    const info: NodeInfo = {
        id: qualify(org.id, node.name), organisation: org, ast: node, kind: node.kind,
        ownerId: node.owner ? resolveName(org.id, node.owner.$refText) : undefined,
        supportIds: node.supports.map(ref => resolveName(org.id, ref.$refText)),
        crosscuttingIds: node.crosscutting.map(ref => resolveName(org.id, ref.$refText)),
        indicators: [], ceilings: new Map(), ceilingRevisions: new Map(), spending: new Map(),
        spendingPeriods: new Map(), expenditures: new Map(),
        notes: notesOf(node.notes), evidence: evidenceOf(node.evidence)
    };
    org.nodes.push(info);
    sinks.byAst.set(node, info);
    if (!org.nodeById.has(info.id)) org.nodeById.set(info.id, info);
    for (const pagu of node.ceilings) {
        const year = parseYear(pagu.year);
        if (year === undefined) continue;
        const entry: ValueEntry = { year, value: parseValue(pagu.value), source: pagu };
        if (pagu.revised !== undefined) {
            addRevision(info.ceilingRevisions, { year, date: validDate(pagu.revised), reason: pagu.reason, entries: new Map([[periodKey(year), entry]]), source: pagu });
        } else {
            pushTo(info.ceilings, year, entry);
        }
    }
    for (const spending of node.spending) addRealisation(info, pending, spending, undefined);
    for (const belanja of node.expenditures) {
        const year = parseYear(belanja.year);
        if (year === undefined) continue;
        const p = pendingOf(pending, info);
        if (belanja.quarter !== undefined) addExpenditure(p, year, belanja.quarter, parseValue(belanja.value), belanja);
        for (const q of belanja.quarters) addExpenditure(p, year, q.quarter, parseValue(q.value), q);
    }
    for (const indicator of node.indicators) {
        if (!indicator.name) continue;
        const unit = unitOf(indicator);
        const ind: IndicatorInfo = {
            id: qualify(org.id, indicator.name), organisation: org, node: info, ast: indicator, unit,
            direction: indicator.direction ?? 'naik',
            lowerFormula: indicator.lowerFormula === 'rasio' ? 'T/R' : indicator.lowerFormula === 'selisih' ? '2T-R' : undefined,
            accumulation: indicator.accumulation ?? defaultAccumulation(unit),
            key: indicator.key,
            scale: scaleOf(indicator),
            supportIds: indicator.supports.map(ref => resolveName(org.id, ref.$refText)),
            targets: new Map(), targetRevisions: new Map(), realisations: new Map(), realisationPeriods: new Map(),
            notes: notesOf(indicator.notes), evidence: evidenceOf(indicator.evidence)
        };
        info.indicators.push(ind);
        org.indicators.push(ind);
        sinks.byAst.set(indicator, ind);
        if (!org.indicatorById.has(ind.id)) org.indicatorById.set(ind.id, ind);
        for (const target of indicator.targets) addTarget(ind, target);
        for (const realisation of indicator.realisations) addRealisation(ind, pending, realisation, ind);
    }
}

/** The scale of a qualitative indicator: `satuan predikat|opini`, or its own `skala`. */
export function scaleOf(indicator: Indikator): readonly string[] | undefined {
    if (indicator.scale.length) return indicator.scale;
    const builtin = indicator.unit?.builtin;
    return builtin ? BUILTIN_SCALES[builtin] : undefined;
}

function addRevision(map: Map<number, RevisionInfo[]>, revision: RevisionInfo): void {
    const list = map.get(revision.year) ?? [];
    list.push(revision);
    // In date order (stable: revisions of one day in writing order); undated ones last.
    list.sort((a, b) => (a.date ?? '9999') < (b.date ?? '9999') ? -1 : (a.date ?? '9999') > (b.date ?? '9999') ? 1 : 0);
    map.set(revision.year, list);
}

function addTarget(indicator: IndicatorInfo, target: Target): void {
    const year = parseYear(target.year);
    if (year === undefined) return;
    const scale = indicator.scale;
    const annual: ValueEntry = { year, quarter: undefined, value: figureValue(target.value, scale), upper: parseValue(target.upper), text: target.value?.text, source: target };
    const quarters: ValueEntry[] = [];
    // Months and `s.d.` figures in the block (rare): they make quarters with the plain ones.
    let periods: Stated[] | undefined;
    for (const q of target.quarters) {
        const quarter = quarterNumber(q.quarter);
        const value = q.denominator ? (allowsRatios(indicator) && !scale ? ratioValue(q.value, q.denominator) : undefined) : figureValue(q.value, scale);
        const entry: ValueEntry = { year, quarter, value, upper: parseValue(q.upper), text: q.value?.text, source: q };
        if (quarter !== undefined && !q.cumulative) quarters.push(entry);
        else {
            const span = spanOf(q.quarter);
            if (span) (periods ??= []).push({ span, cumulative: q.cumulative, entry });
        }
    }
    if (periods) {
        const stated = quarters.map(entry => ({ span: spanOf(quarterLabel(entry.quarter!))!, cumulative: false, entry })).concat(periods);
        quarters.push(...madeQuarters(year, stated, indicator.accumulation, false));
    }
    if (target.revised !== undefined) {
        const entries = new Map<number, ValueEntry>([[periodKey(year), annual]]);
        for (const entry of quarters) if (!entries.has(periodKey(year, entry.quarter))) entries.set(periodKey(year, entry.quarter), entry);
        addRevision(indicator.targetRevisions, { year, date: validDate(target.revised), reason: target.reason, entries, source: target });
        return;
    }
    pushEntry(indicator.targets, annual);
    for (const entry of quarters) pushEntry(indicator.targets, entry);
}

/** A number, or a word of the indicator's scale (its rank, 1 = lowest); undefined when neither. */
function figureValue(value: Value | undefined, scale: readonly string[] | undefined): Exact | undefined {
    if (value?.text !== undefined) {
        const rank = scale ? scale.indexOf(value.text) : -1;
        return rank >= 0 ? Exact.of(rank + 1) : undefined;
    }
    // A number on a qualitative indicator has no place on its scale (qualitative-value).
    return scale ? undefined : parseValue(value);
}

/** The figure a realisation states (a `dari` ratio only where ratios are allowed; for a node, Rupiah). */
function statedValue(value: Value | undefined, denominator: Value | undefined, indicator: IndicatorInfo | undefined): Exact | undefined {
    if (!indicator) return denominator ? undefined : parseValue(value);
    if (denominator) return allowsRatios(indicator) && !indicator.scale ? ratioValue(value, denominator) : undefined;
    return figureValue(value, indicator.scale);
}

/** Whether `dari` ratios make sense for an indicator (percent, or unit not given yet). */
function allowsRatios(indicator: IndicatorInfo): boolean {
    return !indicator.unit || indicator.unit.percent;
}

function addRealisation(info: IndicatorInfo | NodeInfo, pending: PendingMap, realisation: Realisasi, indicator: IndicatorInfo | undefined): void {
    const year = parseYear(realisation.year);
    if (year === undefined) return;
    if (realisation.value) {
        addStated(info, pending, year, realisation.quarter, realisation.cumulative, statedValue(realisation.value, realisation.denominator, indicator), realisation.value.text, realisation);
    }
    for (const q of realisation.quarters) {
        addStated(info, pending, year, q.quarter, q.cumulative, statedValue(q.value, q.denominator, indicator), q.value?.text, q);
    }
}

/**
 * One stated realisation: a year-level or plain quarter figure goes straight into the
 * per-period map (as in part 1); months and `s.d.` figures wait for `finish`.
 */
function addStated(info: IndicatorInfo | NodeInfo, pending: PendingMap, year: number, period: string | undefined, cumulative: boolean, value: Exact | undefined, text: string | undefined, source: AstNode): void {
    const map = 'node' in info ? info.realisations : info.spending;
    const quarter = quarterNumber(period);
    if (period === undefined || (quarter !== undefined && !cumulative)) {
        pushEntry(map, { year, quarter, value, upper: undefined, text, source });
        return;
    }
    const span = spanOf(period);
    if (!span) return;
    const periods = 'node' in info ? info.realisationPeriods : info.spendingPeriods;
    pushTo(periods, year, { year, span, month: monthNumber(period), cumulative, value, text, source });
    pushTo(pendingOf(pending, info).realisations, year, { span, cumulative, entry: { year, quarter, value, upper: undefined, text, source } });
}

function addExpenditure(p: Pending, year: number, period: string | undefined, value: Exact | undefined, source: AstNode): void {
    const span = spanOf(period);
    if (!span) return;
    pushTo(p.expenditures, year, { span, cumulative: false, entry: { year, quarter: quarterNumber(period), value, source } });
}

/** Quarter entries made from months and `s.d.` figures (series.ts); quarters stated as quarters keep theirs. */
function madeQuarters(year: number, stated: readonly Stated[], mode: Accumulation, budget: boolean): ValueEntry[] {
    const statedQuarters = new Set<number>();
    const figures: Array<PeriodFigure<ValueEntry>> = [];
    for (const s of stated) {
        if (!s.entry.value) continue;
        const quarter = s.entry.quarter;
        if (quarter && !s.cumulative && s.span.first !== s.span.last) statedQuarters.add(quarter);
        // A budget realisation is cumulative however it is written.
        figures.push({ span: s.span, cumulative: s.cumulative || budget, value: s.entry.value, source: s.entry });
    }
    return quarterFigures(figures, budget ? 'terakhir' : mode, statedQuarters).map(f => ({
        year, quarter: f.quarter, value: f.value, text: f.source.text, source: f.source.source,
        derived: { from: f.from, weight: f.weight, cumulative: f.cumulative, last: f.last }
    }));
}

/** The year's figures stated as plain quarters (the first of each quarter, as the engine takes it), as period figures. */
function statedQuarters(map: Map<number, ValueEntry[]>, year: number): Stated[] {
    const stated: Stated[] = [];
    for (let quarter = 1; quarter <= 4; quarter++) {
        const entry = map.get(periodKey(year, quarter))?.[0];
        if (entry) stated.push({ span: spanOf(quarterLabel(quarter))!, cumulative: false, entry });
    }
    return stated;
}

function hasYear(map: Map<number, ValueEntry[]>, year: number): boolean {
    for (let quarter = 0; quarter <= 4; quarter++) if (map.has(periodKey(year, quarter || undefined))) return true;
    return false;
}

/** Makes the quarters of the years that state months or `s.d.` figures, and the running sums of `belanja`. */
function finish(info: IndicatorInfo | NodeInfo, p: Pending): void {
    if ('node' in info) {
        const mode = info.scale ? 'terakhir' : info.accumulation;
        for (const [year, periods] of p.realisations) {
            const made = madeQuarters(year, statedQuarters(info.realisations, year).concat(periods), mode, false);
            for (const entry of made) pushEntry(info.realisations, entry);
        }
        return;
    }
    for (const [year, periods] of p.realisations) {
        const made = madeQuarters(year, statedQuarters(info.spending, year).concat(periods), 'terakhir', true);
        for (const entry of made) pushEntry(info.spending, entry);
    }
    for (const [year, stated] of p.expenditures) {
        info.expenditures.set(year, stated.map(s => ({ year, span: s.span, month: s.span.first === s.span.last ? s.span.first : undefined, cumulative: false, value: s.entry.value, source: s.entry.source })));
        // A node-year with both ways keeps its cumulative realisations (budget-mixed-entry).
        if (hasYear(info.spending, year)) continue;
        const figures = stated.filter(s => s.entry.value).map(s => ({ span: s.span, cumulative: false, value: s.entry.value!, source: s.entry }));
        for (const total of runningTotals(figures)) {
            const quarter = quarterOfMonth(total.span.last);
            const list = info.spending.get(periodKey(year, quarter));
            const entry: ValueEntry = { year, quarter, value: total.value, source: total.source.source, derived: { from: quarter, weight: 3, cumulative: true, last: total.span.last } };
            // The running sum at the quarter's last stated period.
            if (list) list[0] = entry; else info.spending.set(periodKey(year, quarter), [entry]);
        }
    }
}

/** The indicator or node that the AST node states a value for. */
export function ownerOfEntry(source: AstNode): Indikator | Node | undefined {
    for (let current: AstNode | undefined = source.$container; current; current = current.$container) {
        if (isIndikator(current) || isNode(current)) return current;
    }
    return undefined;
}

