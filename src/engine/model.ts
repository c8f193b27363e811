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
import { parseIdNumber } from '../common/id-number.js';
import {
    isIndikator, isInstansi, isNode, isPemda, isRealisasiBlock,
    type Accumulation, type Direction, type Indikator, type Instansi, type Jabatan, type Model,
    type Node, type NodeKind, type Pemda, type Perjanjian, type QuarterValue, type Realisasi,
    type RealisasiBlock, type RealisasiItem, type Value
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

export interface WorkspaceModel {
    organisations: Map<string, OrganisationInfo>;
    positions: Map<string, PositionInfo>;
    nodes: Map<string, NodeInfo>;
    indicators: Map<string, IndicatorInfo>;
    agreements: AgreementInfo[];
    /** What each indicator and node AST stands for (also the ones with clashing names). */
    byAst: Map<AstNode, IndicatorInfo | NodeInfo>;
    positionByAst: Map<Jabatan, PositionInfo>;
    /** What each item of a `realisasi ORG …` block reports on. */
    itemTargets: Map<RealisasiItem, IndicatorInfo | NodeInfo>;
    /** Block items whose target is neither an indicator nor a node (left to the linker). */
    unmatchedItems: RealisasiItem[];
}

/** Resolves a name as written inside organisation `org` to its qualified form. */
export function resolveName(org: string | undefined, text: string): string {
    return isQualified(text) || !org ? text : qualify(org, text);
}

export function parseValue(value: Value | undefined): Exact | undefined {
    if (!value?.number) return undefined;
    const parsed = parseIdNumber(value.number);
    if (!parsed.ok) return undefined;
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

/** Builds the workspace model from the roots of all loaded documents. */
export function buildWorkspaceModel(roots: Iterable<Model>): WorkspaceModel {
    const model: WorkspaceModel = {
        organisations: new Map(), positions: new Map(), nodes: new Map(), indicators: new Map(),
        agreements: [], byAst: new Map(), positionByAst: new Map(), itemTargets: new Map(), unmatchedItems: []
    };
    const blocks: RealisasiBlock[] = [];
    for (const root of roots) {
        for (const element of root.elements) {
            if (isPemda(element) || isInstansi(element)) {
                addOrganisationPart(model, element);
            } else if (isRealisasiBlock(element)) {
                blocks.push(element);
            } else if (element.position) {
                model.agreements.push({
                    ast: element,
                    positionId: element.position.$refText,
                    year: parseYear(element.year)
                });
            }
        }
    }
    for (const block of blocks) {
        addBlock(model, block);
    }
    return model;
}

function addOrganisationPart(model: WorkspaceModel, part: Pemda | Instansi): void {
    if (!part.name) return;
    let org = model.organisations.get(part.name);
    if (!org) {
        org = { kind: isPemda(part) ? 'pemda' : 'instansi', id: part.name, parts: [], positions: [], nodes: [], indicators: [] };
        model.organisations.set(part.name, org);
    }
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
            model.positionByAst.set(position, info);
            if (!model.positions.has(info.id)) model.positions.set(info.id, info);
        }
    }
    for (const node of part.nodes) {
        addNode(model, org, node);
    }
}

function addNode(model: WorkspaceModel, org: OrganisationInfo, node: Node): void {
    if (!node.name) return;
    const info: NodeInfo = {
        id: qualify(org.id, node.name), organisation: org, ast: node, kind: node.kind,
        ownerId: node.owner ? resolveName(org.id, node.owner.$refText) : undefined,
        supportIds: node.supports.map(ref => resolveName(org.id, ref.$refText)),
        indicators: [], ceilings: new Map(), spending: new Map()
    };
    org.nodes.push(info);
    model.byAst.set(node, info);
    if (!model.nodes.has(info.id)) model.nodes.set(info.id, info);
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
        model.byAst.set(indicator, ind);
        if (!model.indicators.has(ind.id)) model.indicators.set(ind.id, ind);
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

function addBlock(model: WorkspaceModel, block: RealisasiBlock): void {
    const org = block.organisation?.$refText;
    const year = parseYear(block.year);
    if (!org || year === undefined) return;
    const quarter = quarterNumber(block.quarter);
    for (const item of block.items) {
        const text = item.target?.$refText;
        if (!text) continue;
        const id = resolveName(org, text);
        const indicator = model.indicators.get(id);
        const node = indicator ? undefined : model.nodes.get(id);
        const entry: ValueEntry = { year, quarter, value: statedValue(item.value, item.denominator, !!indicator && allowsRatios(indicator)), source: item };
        if (indicator) pushEntry(indicator.realisations, entry);
        else if (node) pushEntry(node.spending, entry);
        else model.unmatchedItems.push(item);
        const target = indicator ?? node;
        if (target) model.itemTargets.set(item, target);
    }
}

/** The indicator or node that the AST node states a value for. */
export function ownerOfEntry(source: AstNode): Indikator | Node | undefined {
    for (let current: AstNode | undefined = source.$container; current; current = current.$container) {
        if (isIndikator(current) || isNode(current)) return current;
    }
    return undefined;
}
