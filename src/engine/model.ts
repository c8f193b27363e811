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
    type Accumulation, type Direction, type Indikator, type Instansi, type Jabatan,
    type Node, type NodeKind, type Pemda, type Perjanjian, type QuarterValue, type Realisasi,
    type RealisasiItem, type Value
} from '../language/generated/ast.js';
import { isQualified, qualify } from '../language/qualified-names.js';
import { parseYear, periodKey, quarterNumber, type YearRange } from './periods.js';

export const PERCENT_UNITS = new Set(['persen']);
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
}

export interface ValueEntry {
    year: number;
    /** 1..4, or undefined for the year itself. */
    quarter?: number;
    value?: Exact;
    /** Upper bound of a range (`80 - 90`). */
    upper?: Exact;
    /** The AST node that states it: Target, Realisasi, QuarterValue, RealisasiItem, Pagu. */
    source: AstNode;
}

export interface NodeInfo {
    id: string;
    organisation: OrganisationInfo;
    ast: Node;
    kind: NodeKind;
    ownerId?: string;
    supportIds: string[];
    indicators: IndicatorInfo[];
    /** pagu per year (normally one entry each). */
    ceilings: Map<number, ValueEntry[]>;
    /** Cumulative budget realisations per period key. */
    spending: Map<number, ValueEntry[]>;
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
    accumulation: Accumulation;
    supportIds: string[];
    targets: Map<number, ValueEntry[]>;
    realisations: Map<number, ValueEntry[]>;
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
    quarter?: number;
}

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
    for (const part of parts) addOrganisationPart(org, part, sinks);
    for (const { item, id: target, year, quarter } of items) {
        const indicator = org.indicatorById.get(target);
        const node = indicator ? undefined : org.nodeById.get(target);
        const entry: ValueEntry = { year, quarter, value: statedValue(item.value, item.denominator, !!indicator && allowsRatios(indicator)), source: item };
        if (indicator) pushEntry(indicator.realisations, entry);
        else if (node) pushEntry(node.spending, entry);
        const info = indicator ?? node;
        if (info) sinks.itemTargets.set(item, info);
    }
    return org;
}

function addOrganisationPart(org: OrganisationInfo, part: Pemda | Instansi, sinks: AstSinks): void {
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
                superiorId: position.superior ? resolveName(org.id, position.superior.$refText) : undefined
            };
            org.positions.push(info);
            sinks.positionByAst.set(position, info);
            if (!org.positionById.has(info.id)) org.positionById.set(info.id, info);
        }
    }
    for (const node of part.nodes) {
        addNode(org, node, sinks);
    }
}

function addNode(org: OrganisationInfo, node: Node, sinks: AstSinks): void {
    if (!node.name) return;
    const info: NodeInfo = {
        id: qualify(org.id, node.name), organisation: org, ast: node, kind: node.kind,
        ownerId: node.owner ? resolveName(org.id, node.owner.$refText) : undefined,
        supportIds: node.supports.map(ref => resolveName(org.id, ref.$refText)),
        indicators: [], ceilings: new Map(), spending: new Map()
    };
    org.nodes.push(info);
    sinks.byAst.set(node, info);
    if (!org.nodeById.has(info.id)) org.nodeById.set(info.id, info);
    for (const pagu of node.ceilings) {
        const year = parseYear(pagu.year);
        if (year !== undefined) {
            const list = info.ceilings.get(year) ?? [];
            list.push({ year, value: parseValue(pagu.value), source: pagu });
            info.ceilings.set(year, list);
        }
    }
    for (const spending of node.spending) {
        addRealisation(info.spending, spending, false);
    }
    for (const indicator of node.indicators) {
        if (!indicator.name) continue;
        const unit = unitOf(indicator);
        const ind: IndicatorInfo = {
            id: qualify(org.id, indicator.name), organisation: org, node: info, ast: indicator, unit,
            direction: indicator.direction ?? 'naik',
            accumulation: indicator.accumulation ?? defaultAccumulation(unit),
            supportIds: indicator.supports.map(ref => resolveName(org.id, ref.$refText)),
            targets: new Map(), realisations: new Map()
        };
        info.indicators.push(ind);
        org.indicators.push(ind);
        sinks.byAst.set(indicator, ind);
        if (!org.indicatorById.has(ind.id)) org.indicatorById.set(ind.id, ind);
        for (const target of indicator.targets) {
            const year = parseYear(target.year);
            if (year === undefined) continue;
            pushEntry(ind.targets, { year, value: parseValue(target.value), upper: parseValue(target.upper), source: target });
            addQuarterEntries(ind.targets, year, target.quarters, false);
        }
        for (const realisation of indicator.realisations) {
            addRealisation(ind.realisations, realisation, allowsRatios(ind));
        }
    }
}

/**
 * The value a statement gives: a `dari` ratio is a percentage only where ratios are
 * allowed (percent indicators); elsewhere it is a `ratio-unit` error and no value.
 */
function statedValue(value: Value | undefined, denominator: Value | undefined, ratios: boolean): Exact | undefined {
    if (!denominator) return parseValue(value);
    return ratios ? ratioValue(value, denominator) : undefined;
}

/** Whether `dari` ratios make sense for an indicator (percent, or unit not given yet). */
function allowsRatios(indicator: IndicatorInfo): boolean {
    return !indicator.unit || indicator.unit.percent;
}

function addRealisation(map: Map<number, ValueEntry[]>, realisation: Realisasi, ratios: boolean): void {
    const year = parseYear(realisation.year);
    if (year === undefined) return;
    if (realisation.value) {
        pushEntry(map, {
            year, quarter: quarterNumber(realisation.quarter),
            value: statedValue(realisation.value, realisation.denominator, ratios), source: realisation
        });
    }
    addQuarterEntries(map, year, realisation.quarters, ratios);
}

function addQuarterEntries(map: Map<number, ValueEntry[]>, year: number, quarters: QuarterValue[], ratios: boolean): void {
    for (const q of quarters) {
        const quarter = quarterNumber(q.quarter);
        if (quarter === undefined) continue;
        pushEntry(map, {
            year, quarter,
            value: statedValue(q.value, q.denominator, ratios),
            upper: parseValue(q.upper), source: q
        });
    }
}

/** The indicator or node that the AST node states a value for. */
export function ownerOfEntry(source: AstNode): Indikator | Node | undefined {
    for (let current: AstNode | undefined = source.$container; current; current = current.$container) {
        if (isIndikator(current) || isNode(current)) return current;
    }
    return undefined;
}
