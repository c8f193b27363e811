/**
 * Performance agreements (perjanjian kinerja, PK) as data: one document per official
 * and year, for every echelon II–IV position that owns nodes with targets in the year
 * or has a `perjanjian` for it.
 *
 * - Pihak pertama: the position's official (`pejabat`) and title.
 * - Pihak kedua: the `perjanjian`'s `pihak-kedua`; else the superior's title; else, for
 *   an echelon-II head of agency, the head of region (`kepala` of the agency's pemda);
 *   else nobody (source `none`), and the document asks for `atasan` or `pihak-kedua`.
 *   The superior's official is named when the second party is the superior.
 * - Date and place: `ditandatangani` (ISO `yyyy-mm-dd`, printed by the renderer, e.g.
 *   "6 Januari 2025") and `tempat`; null when not written.
 * - Appendix 1: the nodes the position owns (sasaran, program, kegiatan …) with their
 *   indicators and the year's targets.
 * - Appendix 2: the budget: the program/kegiatan/subkegiatan the position owns; for a
 *   position owning no budget node (a head of agency), the budget nodes directly
 *   supporting its nodes (the programs under the head's sasaran). Pagu as in
 *   docs/formulas.md (own pagu, or the sum of the children's).
 */
import { nipOf, officialOn } from '../../engine/officials.js';
import { Exact } from '../../common/exact.js';
import { annualTarget } from '../../engine/aggregation.js';
import { budgetParent, evaluateBudget, isBudgetKind } from '../../engine/budget.js';
import { toConfigs, type Configs, type KinerjaConfig } from '../../engine/config.js';
import { validDate } from '../../engine/dates.js';
import { nodeGraph, positionGraph } from '../../engine/hierarchy.js';
import type { AgreementInfo, NodeInfo, PositionInfo, WorkspaceModel } from '../../engine/model.js';
import { yearOfKey } from '../../engine/periods.js';
import {
    checkOptions, figure, indicatorRef, nodeRef, orNull, organisationRef, pemdaOf, pemdaRef, positionRef, reportBase,
    type Figure, type IndicatorRef, type NodeRef, type OrganisationRef, type PemdaRef, type PositionRef, type ReportBase, type ReportOptions
} from './common.js';

export interface AgreementsReport extends ReportBase {
    kind: 'agreements';
    documents: AgreementDocument[];
}

export type SecondPartySource = 'perjanjian' | 'atasan' | 'kepala-daerah' | 'none';

export interface AgreementParty {
    /** The position title, or the `pihak-kedua` text as written. */
    title: string | null;
    /** The official's name (`pejabat`), when known. */
    name: string | null;
    nip: string | null;
}

export interface AgreementDocument {
    year: number;
    organisation: OrganisationRef;
    pemda: PemdaRef | null;
    position: PositionRef;
    firstParty: AgreementParty;
    secondParty: AgreementParty & { source: SecondPartySource; position: PositionRef | null };
    /** A `perjanjian` for the position and year exists in the workspace. */
    declared: boolean;
    /** `ditandatangani`, ISO `yyyy-mm-dd`; null when not signed (yet). */
    signedDate: string | null;
    /** `tempat`. */
    place: string | null;
    targets: AgreementTargetGroup[];
    budget: AgreementBudgetRow[];
    budgetTotal: Exact | null;
}

export interface AgreementTargetGroup {
    node: NodeRef;
    indicators: AgreementTargetRow[];
}

export interface AgreementTargetRow {
    indicator: IndicatorRef;
    /** The target (a scale's word for a qualitative indicator). */
    target: Figure | null;
    targetUpper: Exact | null;
}

export interface AgreementBudgetRow {
    node: NodeRef;
    pagu: Exact | null;
}

function hasTargetsIn(node: NodeInfo, year: number): boolean {
    return node.indicators.some(i => [...i.targets.keys()].some(k => yearOfKey(k) === year));
}

export function buildAgreementsReport(model: WorkspaceModel, configs: KinerjaConfig | Configs, options: ReportOptions): AgreementsReport {
    checkOptions(options);
    const year = options.year;
    const owned = new Map<string, NodeInfo[]>();
    for (const node of model.nodes.values()) {
        if (!node.ownerId) continue;
        const list = owned.get(node.ownerId);
        if (list) list.push(node); else owned.set(node.ownerId, [node]);
    }
    const agreements = new Map<string, AgreementInfo>();
    for (const a of model.agreements) {
        if (a.year === year && !agreements.has(a.positionId)) agreements.set(a.positionId, a);
    }
    const positions = [...model.positions.values()]
        .filter(p => p.level !== undefined && p.level >= 2 && p.level <= 4)
        .filter(p => agreements.has(p.id) || (owned.get(p.id) ?? []).some(n => hasTargetsIn(n, year)));
    const declarationOrder = new Map([...model.positions.values()].map((p, i) => [p, i]));
    positions.sort((a, b) => a.organisation.id.localeCompare(b.organisation.id)
        || a.level! - b.level! || declarationOrder.get(a)! - declarationOrder.get(b)!);

    const documents = positions.map(p => agreementDocument(model, p, year, owned.get(p.id) ?? [], agreements.get(p.id)));
    return { ...reportBase('agreements', model, toConfigs(configs).main, options, null), kind: 'agreements', documents };
}

function agreementDocument(model: WorkspaceModel, p: PositionInfo, year: number, nodes: NodeInfo[], agreement: AgreementInfo | undefined): AgreementDocument {
    const org = p.organisation;
    const pemda = pemdaOf(model, org);
    const superior = positionGraph(model).superiorOf(p);
    const head = pemda?.declaration && pemda.declaration.$type === 'Pemda' ? pemda.declaration.head : undefined;
    const written = agreement?.ast.secondParty;
    // Each party is named by the official in office on the signing date (the current one
    // when the agreement is not signed yet).
    const signed = validDate(agreement?.ast.signed);
    const nameOf = (position: PositionInfo) => {
        const official = officialOn(position.ast, signed);
        return { name: official?.name ?? null, nip: nipOf(position.ast, official) ?? null, acting: official?.acting ?? null };
    };
    let secondParty: AgreementDocument['secondParty'];
    if (written !== undefined) {
        const isSuperior = superior !== undefined && superior.ast.title === written;
        secondParty = {
            title: written, source: 'perjanjian',
            name: isSuperior ? nameOf(superior).name : null, nip: isSuperior ? nameOf(superior).nip : null,
            position: isSuperior ? positionRef(superior) : null
        };
    } else if (superior) {
        secondParty = { title: superior.ast.title ?? null, name: nameOf(superior).name, nip: nameOf(superior).nip, source: 'atasan', position: positionRef(superior) };
    } else if (head && p.level === 2) {
        // The head of an agency signs with the head of region; below echelon II the second
        // party is the superior, which this position does not name (the document says so).
        secondParty = { title: head, name: null, nip: null, source: 'kepala-daerah', position: null };
    } else {
        secondParty = { title: null, name: null, nip: null, source: 'none', position: null };
    }

    const targetNodes = nodes.filter(n => hasTargetsIn(n, year));
    const targets: AgreementTargetGroup[] = targetNodes.map(n => ({
        node: nodeRef(model, n),
        indicators: n.indicators.filter(i => [...i.targets.keys()].some(k => yearOfKey(k) === year)).map(i => {
            const t = annualTarget(i, year);
            return { indicator: indicatorRef(model, i), target: figure(i, t?.value), targetUpper: orNull(t?.upper) };
        })
    }));

    let budgetNodes = nodes.filter(n => isBudgetKind(n.kind));
    if (!budgetNodes.length) {
        const graph = nodeGraph(model);
        const seen = new Set<NodeInfo>();
        for (const n of nodes) {
            for (const c of graph.supportedBy.get(n) ?? []) {
                if (isBudgetKind(c.kind) && c.organisation === org && !seen.has(c)) {
                    seen.add(c);
                    budgetNodes.push(c);
                }
            }
        }
        const order = new Map(org.nodes.map((n, i) => [n, i]));
        budgetNodes = budgetNodes.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    }
    const budget = budgetNodes.map(n => ({ node: nodeRef(model, n), pagu: orNull(evaluateBudget(model, n, year).pagu) }));
    // The total counts each rupiah once: a node listed under a listed parent (a kegiatan's
    // own subkegiatan) is in its parent's pagu already.
    const listed = new Set(budgetNodes);
    const underListed = (n: NodeInfo) => {
        for (let parent = budgetParent(model, n); parent; parent = budgetParent(model, parent)) if (listed.has(parent)) return true;
        return false;
    };
    const pagus = budget.filter((_, i) => !underListed(budgetNodes[i])).map(b => b.pagu).filter((v): v is Exact => v !== null);

    return {
        year, organisation: organisationRef(org), pemda: pemda ? pemdaRef(pemda) : null, position: positionRef(p),
        firstParty: { title: p.ast.title ?? null, name: nameOf(p).name, nip: nameOf(p).nip },
        secondParty,
        declared: agreement !== undefined,
        // A date the calendar does not have is the invalid-date finding, not a date in the report.
        signedDate: validDate(agreement?.ast.signed) ?? null,
        place: agreement?.ast.place ?? null,
        targets, budget, budgetTotal: pagus.length ? Exact.sum(pagus) : null
    };
}
