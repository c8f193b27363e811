/**
 * The order of the names completion offers for a reference, and which it leaves out
 * because choosing them would be an error. Lower tiers come first; within a tier, for
 * nodes, the nearest kind at or above the node's own (a kegiatan: programs, then
 * sasaran, then tujuan; kinds below it last), then declaration order.
 *
 * - `mendukung` of a node: the nodes of the owner's direct superior (for an echelon-II
 *   head: the regional sasaran and tujuan), then the owner's own nodes, then nodes
 *   whose place the chart cannot tell, then nodes of a superior further up
 *   (`cascade-skip-level`). Left out: the node itself and every node that supports it,
 *   directly or not (`cascade-cycle`), and nodes of someone who is not a superior
 *   (`cascade-misaligned`).
 * - `mendukung` of an indicator: the indicators of the nodes its node supports first.
 * - `atasan`: positions one echelon up first, then higher ones. Left out: the position
 *   itself, its subordinates at any depth (`atasan-cycle`) and positions not above it
 *   (`atasan-echelon`).
 * - `lintas`: nodes of the same kind first (a program with programs). Left out: those
 *   already listed.
 * - `oleh`: the direct subordinates of the owners of the nodes it supports first, then
 *   the positions of the echelon that usually owns this kind of node (tujuan and
 *   sasaran: II; program: III; kegiatan and subkegiatan: IV; RHK: staff).
 */
import type { AstNode } from 'langium';
import { positionGraph, supportStep } from '../engine/hierarchy.js';
import { positionLevel, resolveName, type NodeInfo, type PositionInfo, type WorkspaceModel } from '../engine/model.js';
import type { Indikator, Jabatan, Node } from '../language/generated/ast.js';
import { enclosingOrganisationName, qualifiedNameOf } from '../language/qualified-names.js';

/** A tier (lower first) and an order within it (lower first), or undefined to leave the candidate out. */
export type Rank = { tier: number; order: number } | undefined;
export type Ranking = (candidate: AstNode) => Rank;

const KIND_ORDER: Record<string, number> = { tujuan: 0, sasaran: 1, program: 2, kegiatan: 3, subkegiatan: 4, rhk: 5 };

/** The echelon level (2 = II … 5 = staff) that usually owns each kind of node. */
export const USUAL_OWNER_LEVEL: Record<string, number> = { tujuan: 2, sasaran: 2, program: 3, kegiatan: 4, subkegiatan: 4, rhk: 5 };

const FIRST: Rank = { tier: 0, order: 0 };

/** The ranking for completing `property` of `container` (which may be an element not yet in the model). */
export function referenceRanking(model: WorkspaceModel, property: string, container: AstNode): Ranking {
    const org = enclosingOrganisationName(container);
    if (property === 'supports' && container.$type === 'Node') return nodeSupports(model, container as Node, org);
    if (property === 'supports' && container.$type === 'Indikator') return indicatorSupports(model, container as Indikator, org);
    if (property === 'superior' && container.$type === 'Jabatan') return superiors(model, container as Jabatan, org);
    if (property === 'owner' && container.$type === 'Node') return owners(model, container as Node, org);
    if (property === 'crosscutting' && container.$type === 'Node') return crosscutting(container as Node, org);
    return () => FIRST;
}

/** `lintas`: nodes of the node's own kind first, then the others in declaration order; none listed twice. */
function crosscutting(node: Node, org: string | undefined): Ranking {
    const listed = new Set(resolvedIds(org, node.crosscutting));
    return candidate => {
        const other = candidate as Node;
        if (listed.has(qualifiedNameOf(other) ?? '')) return undefined;
        return { tier: other.kind === node.kind ? 0 : 1, order: KIND_ORDER[other.kind] ?? 9 };
    };
}

function resolvedIds(org: string | undefined, refs: ReadonlyArray<{ $refText: string }> | undefined): string[] {
    return (refs ?? []).map(r => r.$refText).filter(Boolean).map(text => resolveName(org, text));
}

/** `start` and every node that supports it, directly or through others. */
function supportersOf(model: WorkspaceModel, start: string): Set<string> {
    const found = new Set<string>([start]);
    const queue = [start];
    while (queue.length) {
        for (const n of model.supporters.get(queue.pop()!) ?? []) {
            if (!found.has(n.id)) { found.add(n.id); queue.push(n.id); }
        }
    }
    return found;
}

function nodeSupports(model: WorkspaceModel, node: Node, org: string | undefined): Ranking {
    const id = node.name ? qualifiedNameOf(node) : undefined;
    const below = id ? supportersOf(model, id) : new Set<string>();
    const organisation = org ? model.organisations.get(org) : undefined;
    const owner = node.owner?.$refText ? model.positions.get(resolveName(org, node.owner.$refText)) : undefined;
    const graph = positionGraph(model);
    const ownKind = KIND_ORDER[node.kind] ?? KIND_ORDER.rhk;
    return ast => {
        const candidate = model.byAst.get(ast) as NodeInfo | undefined;
        if (!candidate || 'direction' in candidate) return FIRST;
        if (candidate.ast === node || below.has(candidate.id)) return undefined;
        const kind = KIND_ORDER[candidate.kind] ?? 0;
        const order = kind <= ownKind ? ownKind - kind : 10 + kind;
        if (!organisation) return { tier: 2, order };
        const step = supportStep(model, graph, organisation, owner, candidate);
        switch (step.kind) {
            case 'misaligned': return undefined;
            case 'own': return { tier: 1, order };
            case 'unknown': return { tier: 2, order };
            case 'up': return { tier: step.levels === 1 ? 0 : 3, order };
        }
    };
}

function indicatorSupports(model: WorkspaceModel, indicator: Indikator, org: string | undefined): Ranking {
    const node = indicator.$container as Node | undefined;
    const parents = new Set(node?.$type === 'Node' ? resolvedIds(org, node.supports) : []);
    return ast => {
        if (ast === indicator) return undefined;
        const candidate = model.byAst.get(ast);
        if (!candidate || !('direction' in candidate)) return FIRST;
        return parents.has(candidate.node.id) ? FIRST : { tier: 1, order: 0 };
    };
}

function superiors(model: WorkspaceModel, position: Jabatan, org: string | undefined): Ranking {
    const id = position.name && org ? `${org}.${position.name}` : undefined;
    const level = positionLevel(position);
    // The position and everyone under it: choosing one of them closes a loop.
    const below = new Set<string>(id ? [id] : []);
    const queue = id ? [id] : [];
    while (queue.length) {
        for (const p of model.subordinates.get(queue.pop()!) ?? []) {
            if (!below.has(p.id)) { below.add(p.id); queue.push(p.id); }
        }
    }
    return ast => {
        if (ast === position) return undefined;
        const candidate = model.positionByAst.get(ast as Jabatan);
        if (!candidate) return FIRST;
        if (below.has(candidate.id)) return undefined;
        if (level === undefined || candidate.level === undefined) return { tier: 2, order: 0 };
        if (candidate.level >= level) return undefined;
        return { tier: candidate.level === level - 1 ? 0 : 1, order: 0 };
    };
}

function owners(model: WorkspaceModel, node: Node, org: string | undefined): Ranking {
    const parentOwners = new Set<PositionInfo>();
    for (const id of resolvedIds(org, node.supports)) {
        const parent = model.nodes.get(id);
        const owner = parent?.ownerId ? model.positions.get(parent.ownerId) : undefined;
        if (owner) parentOwners.add(owner);
    }
    const graph = positionGraph(model);
    const usual = USUAL_OWNER_LEVEL[node.kind];
    return ast => {
        const candidate = model.positionByAst.get(ast as Jabatan);
        if (!candidate) return FIRST;
        const superior = graph.superiorOf(candidate);
        if (superior && parentOwners.has(superior)) return FIRST;
        return { tier: candidate.level === usual ? 1 : 2, order: 0 };
    };
}
