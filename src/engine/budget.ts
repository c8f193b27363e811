/**
 * Budgets: pagu (ceiling), cumulative realisation and absorption (serapan) per node.
 *
 * Budget nodes are programs, kegiatan and subkegiatan. A node's budget parent is the
 * first node it supports that sits one budget level up (program ← kegiatan ←
 * subkegiatan) in the same organisation. A node without its own pagu or realisation for
 * the year takes the sum of its budget children. Realisations are cumulative: up to
 * quarter q the latest reported quarter ≤ q counts; a year-level realisation is final.
 * Absorption = realisation / pagu × 100; pagu 0 or missing is not computable. The pagu
 * is the one in force at the cut (revisions.ts); spending stated per period (`belanja`)
 * comes to this module as running sums (model.ts).
 */
import { Exact } from '../common/exact.js';
import type { NodeKind } from '../language/generated/ast.js';
import { organisationOf } from '../language/qualified-names.js';
import type { NodeInfo, OrganisationInfo, RevisionInfo, ValueEntry, WorkspaceModel } from './model.js';
import { periodKey } from './periods.js';
import { paguInForce } from './revisions.js';

const BUDGET_LEVEL: Partial<Record<NodeKind, number>> = { program: 1, kegiatan: 2, subkegiatan: 3 };

export function isBudgetKind(kind: NodeKind): boolean {
    return BUDGET_LEVEL[kind] !== undefined;
}

export interface BudgetEvaluation {
    node: NodeInfo;
    pagu?: Exact;
    /** The node's own pagu as first stated and the revision in force, when one is. */
    paguOriginal?: Exact;
    paguRevision?: RevisionInfo;
    realisation?: Exact;
    absorption?: Exact;
    /** Pagu and realisation are the node's own (false: summed from its children). */
    ownPagu: boolean;
    ownRealisation: boolean;
    /** Latest quarter the realisation is cut at, undefined for a year-level figure. */
    quarter?: number;
    children: BudgetEvaluation[];
}

const childrenCache = new WeakMap<OrganisationInfo, Map<string, NodeInfo[]>>();

/**
 * Budget children per node id. A budget child is always of the parent's organisation,
 * so they are gathered per organisation, once per organisation version.
 */
export function budgetChildren(model: WorkspaceModel): { get(id: string): NodeInfo[] | undefined } {
    return {
        get(id: string) {
            const orgId = organisationOf(id);
            const org = orgId === undefined ? undefined : model.organisations.get(orgId);
            if (!org) return undefined;
            let children = childrenCache.get(org);
            if (!children) {
                children = new Map();
                for (const node of org.nodeById.values()) {
                    const parent = budgetParent(model, node);
                    if (parent) {
                        const list = children.get(parent.id) ?? [];
                        list.push(node);
                        children.set(parent.id, list);
                    }
                }
                childrenCache.set(org, children);
            }
            return children.get(id);
        }
    };
}

export function budgetParent(model: WorkspaceModel, node: NodeInfo): NodeInfo | undefined {
    const level = BUDGET_LEVEL[node.kind];
    if (level === undefined) return undefined;
    for (const id of node.supportIds) {
        const parent = model.nodes.get(id);
        if (parent && parent.organisation === node.organisation && BUDGET_LEVEL[parent.kind] === level - 1) return parent;
    }
    return undefined;
}

function firstValue(entries: ValueEntry[] | undefined): Exact | undefined {
    return entries?.[0]?.value;
}

/** The node's own cumulative realisation for the year up to quarter q. */
export function ownSpending(node: NodeInfo, year: number, q = 4): { value: Exact; quarter?: number } | undefined {
    const yearLevel = firstValue(node.spending.get(periodKey(year)));
    if (yearLevel) return { value: yearLevel };
    for (let quarter = q; quarter >= 1; quarter--) {
        const value = firstValue(node.spending.get(periodKey(year, quarter)));
        if (value) return { value, quarter };
    }
    return undefined;
}

/** Recursion is at most three deep: a budget child is always exactly one level down. */
export function evaluateBudget(model: WorkspaceModel, node: NodeInfo, year: number, q = 4): BudgetEvaluation {
    const children = (budgetChildren(model).get(node.id) ?? []).map(child => evaluateBudget(model, child, year, q));
    const inForce = paguInForce(node, year, q < 4 ? q : undefined);
    const ownPagu = inForce.value;
    const own = ownSpending(node, year, q);
    const sumOf = (pick: (b: BudgetEvaluation) => Exact | undefined) => {
        const values = children.map(pick).filter((v): v is Exact => v !== undefined);
        return values.length ? Exact.sum(values) : undefined;
    };
    const pagu = ownPagu ?? sumOf(b => b.pagu);
    const realisation = own?.value ?? sumOf(b => b.realisation);
    const absorption = pagu && realisation ? realisation.div(pagu)?.mul(Exact.HUNDRED) : undefined;
    const quarters = children.map(c => c.quarter).filter((x): x is number => x !== undefined);
    return {
        node, pagu, realisation, absorption,
        paguOriginal: inForce.revision ? inForce.original : undefined, paguRevision: inForce.revision,
        ownPagu: ownPagu !== undefined, ownRealisation: own !== undefined,
        quarter: own ? own.quarter : quarters.length ? Math.max(...quarters) : undefined,
        children
    };
}

/** Budget roots of an organisation: budget nodes without a budget parent. */
export function budgetRoots(model: WorkspaceModel, organisation: OrganisationInfo): NodeInfo[] {
    return organisation.nodes.filter(n => isBudgetKind(n.kind) && !budgetParent(model, n));
}

export interface OrganisationBudget {
    pagu?: Exact;
    realisation?: Exact;
    absorption?: Exact;
    nodes: BudgetEvaluation[];
}

/** All budget nodes of an organisation (flattened, parents first) and its total absorption. */
export function evaluateOrganisationBudget(model: WorkspaceModel, organisation: OrganisationInfo, year: number, q = 4): OrganisationBudget {
    const roots = budgetRoots(model, organisation).map(n => evaluateBudget(model, n, year, q));
    const nodes: BudgetEvaluation[] = [];
    const walk = (b: BudgetEvaluation) => { nodes.push(b); b.children.forEach(walk); };
    roots.forEach(walk);
    // Only roots with a pagu count: spending without a ceiling has no absorption to add to.
    const withPagu = roots.filter(r => r.pagu);
    const reals = withPagu.map(r => r.realisation).filter((v): v is Exact => !!v);
    const pagu = withPagu.length ? Exact.sum(withPagu.map(r => r.pagu!)) : undefined;
    const realisation = reals.length ? Exact.sum(reals) : undefined;
    const absorption = pagu && realisation ? realisation.div(pagu)?.mul(Exact.HUNDRED) : undefined;
    return { pagu, realisation, absorption, nodes };
}
