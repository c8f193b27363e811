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
import { budgetChildren, budgetParent, isBudgetKind } from '../../engine/budget.js';
import { toConfigs, type Configs, type KinerjaConfig } from '../../engine/config.js';
import { validDate } from '../../engine/dates.js';
import { nodeGraph, positionGraph } from '../../engine/hierarchy.js';
import type { AgreementInfo, NodeInfo, PositionInfo, RevisionInfo, WorkspaceModel } from '../../engine/model.js';
import { periodKey, yearOfKey } from '../../engine/periods.js';
import {
    checkOptions, figure, indicatorRef, revisionRef, nodeRef, orNull, organisationRef, pemdaOf, pemdaRef, positionRef, reportBase,
    type Figure, type IndicatorRef, type NodeRef, type RevisionRef, type OrganisationRef, type PemdaRef, type PositionRef, type ReportBase, type ReportOptions
} from './common.js';

export interface AgreementsReport extends ReportBase {
    kind: 'agreements';
    documents: AgreementDocument[];
}

export type SecondPartySource = 'perjanjian' | 'atasan' | 'kepala-daerah' | 'none';

export interface AgreementParty {
    /** The position title, or the `pihak-kedua` text as written. */
    title: string | null;
    /** The official's name (`pejabat`) in office on the document's date, when known. */
    name: string | null;
    nip: string | null;
    /**
     * The official is acting (`pejabat … plt|plh`): renderers write `Plt.` / `Plh.` before
     * the position title, as Indonesian documents do ("Plt. Kepala Dinas Kesehatan").
     */
    acting: 'plt' | 'plh' | null;
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
    /**
     * The date the document is signed, ISO `yyyy-mm-dd`: `ditandatangani`, or for a PK
     * perubahan the `perubahan` date; null when not signed (yet).
     */
    signedDate: string | null;
    /**
     * A PK perubahan (`perubahan DATE` in the `perjanjian`): `date` is the amendment's,
     * `originalSigned` the `ditandatangani` of the agreement it amends. Its targets and
     * pagu are those in force on `date`, its parties the officials in office then.
     * null for the agreement as first signed.
     */
    amendment: { date: string; originalSigned: string | null } | null;
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
    /** The target in force on the document's date (a scale's word for a qualitative indicator). */
    target: Figure | null;
    targetUpper: Exact | null;
    /** The target as first written, when a revision is in force on the document's date; else null. */
    originalTarget: Figure | null;
    revision: RevisionRef | null;
}

export interface AgreementBudgetRow {
    node: NodeRef;
    /** The pagu in force on the document's date (own, or the children's sum). */
    pagu: Exact | null;
    /** The node's own pagu as first written, when a revision is in force on the document's date; else null. */
    paguOriginal: Exact | null;
    paguRevision: RevisionRef | null;
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

    // Each agreement, then a PK perubahan for each of its `perubahan` dates (valid days, in date order).
    const documents = positions.flatMap(p => {
        const agreement = agreements.get(p.id);
        const amendments = [...new Set((agreement?.ast.amendments ?? []).map(d => validDate(d)).filter((d): d is string => d !== undefined))].sort();
        return [undefined, ...amendments].map(date => agreementDocument(model, p, year, owned.get(p.id) ?? [], agreement, date));
    });
    return { ...reportBase('agreements', model, toConfigs(configs).main, options, null), kind: 'agreements', documents };
}

/**
 * The revision of the year in force on `date` (the latest dated on or before it), or for
 * an undated (unsigned) document the year's latest, as the year's report takes it. The
 * engine's revisions in force (revisions.ts) are cut at a quarter's end; an agreement is
 * cut at its own date, with the same rule: revisions apply in date order, an invalid
 * date is never in force.
 */
function revisionOn(revisions: readonly RevisionInfo[] | undefined, date: string | undefined): RevisionInfo | undefined {
    return revisions?.filter(r => r.date !== undefined && (date === undefined || r.date <= date)).at(-1);
}

/** The pagu of a budget node in force on `date`: its own (revised or not), else the sum of its children's. */
function paguOn(model: WorkspaceModel, node: NodeInfo, year: number, date: string | undefined): { pagu?: Exact; original?: Exact; revision?: RevisionInfo } {
    const original = node.ceilings.get(year)?.[0]?.value;
    const revision = revisionOn(node.ceilingRevisions.get(year), date);
    const own = revision?.entries.get(periodKey(year))?.value ?? original;
    if (own) return { pagu: own, original: revision ? original : undefined, revision };
    const children = (budgetChildren(model).get(node.id) ?? []).map(c => paguOn(model, c, year, date).pagu).filter((v): v is Exact => v !== undefined);
    return { pagu: children.length ? Exact.sum(children) : undefined };
}

function agreementDocument(model: WorkspaceModel, p: PositionInfo, year: number, nodes: NodeInfo[], agreement: AgreementInfo | undefined, amendment?: string): AgreementDocument {
    const org = p.organisation;
    const pemda = pemdaOf(model, org);
    const superior = positionGraph(model).superiorOf(p);
    const head = pemda?.declaration && pemda.declaration.$type === 'Pemda' ? pemda.declaration.head : undefined;
    const written = agreement?.ast.secondParty;
    // Each party is named by the official in office on the signing date (the current one
    // when the agreement is not signed yet).
    // A PK perubahan is signed on its amendment date: the officials, targets and pagu of that day.
    const originalSigned = validDate(agreement?.ast.signed);
    const signed = amendment ?? originalSigned;
    const nameOf = (position: PositionInfo) => {
        const official = officialOn(position.ast, signed);
        return { name: official?.name ?? null, nip: nipOf(position.ast, official) ?? null, acting: official?.acting ?? null };
    };
    let secondParty: AgreementDocument['secondParty'];
    if (written !== undefined) {
        const isSuperior = superior !== undefined && superior.ast.title === written;
        secondParty = {
            title: written, source: 'perjanjian',
            ...(isSuperior ? nameOf(superior) : { name: null, nip: null, acting: null }),
            position: isSuperior ? positionRef(superior) : null
        };
    } else if (superior) {
        secondParty = { title: superior.ast.title ?? null, ...nameOf(superior), source: 'atasan', position: positionRef(superior) };
    } else if (head && p.level === 2) {
        // The head of an agency signs with the head of region; below echelon II the second
        // party is the superior, which this position does not name (the document says so).
        secondParty = { title: head, name: null, nip: null, acting: null, source: 'kepala-daerah', position: null };
    } else {
        secondParty = { title: null, name: null, nip: null, acting: null, source: 'none', position: null };
    }

    const targetNodes = nodes.filter(n => hasTargetsIn(n, year));
    const targets: AgreementTargetGroup[] = targetNodes.map(n => ({
        node: nodeRef(model, n),
        indicators: n.indicators.filter(i => [...i.targets.keys()].some(k => yearOfKey(k) === year)).map(i => {
            const first = i.targets.get(periodKey(year))?.[0];
            const revision = revisionOn(i.targetRevisions.get(year), signed);
            const t = revision?.entries.get(periodKey(year)) ?? first;
            return {
                indicator: indicatorRef(model, i), target: figure(i, t?.value), targetUpper: orNull(t?.upper),
                originalTarget: revision ? figure(i, first?.value) : null, revision: revisionRef(revision)
            };
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
    const budget = budgetNodes.map(n => {
        const inForce = paguOn(model, n, year, signed);
        return { node: nodeRef(model, n), pagu: orNull(inForce.pagu), paguOriginal: orNull(inForce.original), paguRevision: revisionRef(inForce.revision) };
    });
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
        firstParty: { title: p.ast.title ?? null, ...nameOf(p) },
        secondParty,
        declared: agreement !== undefined,
        // A date the calendar does not have is the invalid-date finding, not a date in the report.
        signedDate: signed ?? null,
        amendment: amendment ? { date: amendment, originalSigned: originalSigned ?? null } : null,
        place: agreement?.ast.place ?? null,
        targets, budget, budgetTotal: pagus.length ? Exact.sum(pagus) : null
    };
}
