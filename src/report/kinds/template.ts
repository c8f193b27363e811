/**
 * The data of the fill-in workbook (`kinerja report --kind template --format xlsx`):
 * per organisation, for one year and one period (a quarter or a month), the elements of
 * its performance tree and their indicators in the order of the annual report (each
 * goal, then what supports it, IKU first), with what the office has set (targets in
 * force at the period's end, pagu) and nothing of what the agency fills in.
 *
 * An element is listed when it has a pagu for the year or an indicator listed; an
 * indicator when it has a target for the year. Values are exact; user text as written.
 */
import type { Exact } from '../../common/exact.js';
import { FILL_IN_PERIODS } from '../../common/fill-in-sheet.js';
import type { IndicatorInfo, NodeInfo, OrganisationInfo, ValueEntry, WorkspaceModel } from '../../engine/model.js';
import { periodKey, quarterOfMonth, yearOfKey } from '../../engine/periods.js';
import { paguInForce, targetsInForce } from '../../engine/revisions.js';
import type { NodeKind } from '../../language/generated/ast.js';
import { figure, keyFirst, organisationRef, organisationsInOrder, pemdaOf, pemdaRef, type Figure, type OrganisationRef, type PemdaRef } from './common.js';
import { groupNodes } from './groups.js';

export interface TemplateOptions {
    year: number;
    /** `tw1`…`tw4` or a month `jan`…`des`. */
    period: string;
    /** The organisations to write, by id; all that have something to fill in when absent. */
    organisations?: readonly string[];
}

export interface TemplateRow {
    kind: 'unsur' | 'indikator';
    /** The id within its organisation (`IKU1`, `P0202`). */
    id: string;
    /** The element's kind; for an indicator, the kind of its element. */
    nodeKind: NodeKind;
    code: string | null;
    name: string | null;
    /** 0 for a goal, 1 for what supports it, …; an indicator one deeper than its element. */
    depth: number;
    /** Indicator: `utama`. */
    key: boolean;
    unit: string | null;
    /** The responsible position's title (the element's `oleh`). */
    owner: string | null;
    annualTarget: Figure | null;
    annualTargetUpper: Exact | null;
    periodTarget: Figure | null;
    periodTargetUpper: Exact | null;
    /** Element: the pagu in force. */
    pagu: Exact | null;
    /** A qualitative indicator's scale, lowest first. */
    scale: readonly string[] | null;
}

export interface TemplateSheet {
    organisation: OrganisationRef;
    pemda: PemdaRef | null;
    rows: TemplateRow[];
}

export interface TemplateData {
    kind: 'template';
    year: number;
    period: string;
    /** The quarter of the period (the quarter itself, or the month's). */
    quarter: number;
    sheets: TemplateSheet[];
}

/** Thrown for `organisations` naming no organisation of the workspace. */
export class UnknownOrganisationError extends Error {
    constructor(readonly ids: string[], readonly known: string[]) {
        super(`unknown organisation ${ids.join(', ')}`);
    }
}

function quarterOf(period: string): number {
    const q = /^tw([1-4])$/.exec(period);
    if (q) return Number(q[1]);
    const month = FILL_IN_PERIODS.indexOf(period as (typeof FILL_IN_PERIODS)[number]) - 3;
    if (month < 1) throw new RangeError(`template period must be tw1..tw4 or a month jan..des, got ${period}`);
    return quarterOfMonth(month);
}

const first = (map: Map<number, ValueEntry[]>, key: number) => map.get(key)?.[0];

function hasTarget(i: IndicatorInfo, year: number): boolean {
    for (const key of i.targets.keys()) if (yearOfKey(key) === year) return true;
    return (i.targetRevisions.get(year)?.length ?? 0) > 0;
}

function indicatorRow(i: IndicatorInfo, year: number, quarter: number, depth: number, owner: string | null): TemplateRow {
    const cut = quarter < 4 ? quarter : undefined;
    const targets = targetsInForce(i, year, cut);
    const annual = first(targets, periodKey(year));
    const period = first(targets, periodKey(year, quarter));
    return {
        kind: 'indikator', id: localId(i.id), nodeKind: i.node.kind, code: null, name: i.ast.title ?? null, depth, key: i.key,
        unit: i.unit?.name ?? null, owner,
        annualTarget: figure(i, annual?.value), annualTargetUpper: annual?.upper ?? null,
        periodTarget: figure(i, period?.value), periodTargetUpper: period?.upper ?? null,
        pagu: null, scale: i.scale ?? null
    };
}

const localId = (qualified: string) => qualified.slice(qualified.indexOf('.') + 1);

function ownerTitle(model: WorkspaceModel, node: NodeInfo): string | null {
    const p = node.ownerId ? model.positions.get(node.ownerId) : undefined;
    return p ? (p.ast.title ?? localId(p.id)) : null;
}

function sheetOf(model: WorkspaceModel, o: OrganisationInfo, year: number, quarter: number): TemplateSheet {
    const rows: TemplateRow[] = [];
    const cut = quarter < 4 ? quarter : undefined;
    for (const group of groupNodes(model, o)) {
        for (const { node, depth } of group.members) {
            const indicators = keyFirst(node.indicators).filter(i => hasTarget(i, year));
            const pagu = paguInForce(node, year, cut).value ?? null;
            if (!indicators.length && !pagu) continue;
            const owner = ownerTitle(model, node);
            rows.push({
                kind: 'unsur', id: localId(node.id), nodeKind: node.kind, code: node.ast.code ?? null, name: node.ast.title ?? null, depth,
                key: false, unit: null, owner, annualTarget: null, annualTargetUpper: null, periodTarget: null, periodTargetUpper: null,
                pagu, scale: null
            });
            for (const i of indicators) rows.push(indicatorRow(i, year, quarter, depth + 1, owner));
        }
    }
    const pemda = pemdaOf(model, o);
    return { organisation: organisationRef(o), pemda: pemda ? pemdaRef(pemda) : null, rows };
}

export function buildTemplateData(model: WorkspaceModel, options: TemplateOptions): TemplateData {
    const quarter = quarterOf(options.period);
    const all = organisationsInOrder(model);
    let chosen = all;
    if (options.organisations?.length) {
        const unknown = options.organisations.filter(id => !model.organisations.has(id));
        if (unknown.length) throw new UnknownOrganisationError(unknown, all.map(o => o.id));
        chosen = options.organisations.map(id => model.organisations.get(id)!);
    }
    const sheets = chosen.map(o => sheetOf(model, o, options.year, quarter));
    // Without a choice, only the organisations with something to fill in.
    return { kind: 'template', year: options.year, period: options.period, quarter, sheets: options.organisations?.length ? sheets : sheets.filter(s => s.rows.length) };
}
