/**
 * The performance tree (pohon kinerja) of one organisation as report data: its nodes,
 * each with the mean achievement of its indicators and that mean's category, and the
 * `mendukung` edges between them. Nodes of other organisations directly above (the
 * regional sasaran an agency supports) or directly below (the agency sasaran supporting
 * a pemda's) are included and marked `external`, so the diagram shows where the
 * organisation plugs into the regional cascade.
 */
import type { Exact } from '../../common/exact.js';
import { forAverage, type KinerjaConfig } from '../../engine/config.js';
import { nodeGraph } from '../../engine/hierarchy.js';
import type { IndicatorInfo, NodeInfo, OrganisationInfo, WorkspaceModel } from '../../engine/model.js';
import { categoryRef, mean, nodeRef, type CategoryRef, type NodeRef } from './common.js';

export interface TreeNode {
    node: NodeRef;
    /** The node belongs to another organisation (shown for context). */
    external: boolean;
    /** Mean achievement of the node's indicators whose achievement is computable. */
    achievement: Exact | null;
    category: CategoryRef | null;
    /** Indicators of the node, and how many of them have a computable achievement. */
    indicatorCount: number;
    computableCount: number;
    /** `lintas`: the nodes (qualified ids) this one works with across agencies, either side having written it. */
    crosscutting: string[];
}

export interface TreeEdge {
    /** The supporting node (lower in the tree). */
    child: string;
    /** The supported node (`mendukung` target). */
    parent: string;
}

/** Crosscutting work (`lintas`): `from` wrote `lintas to`; not a cascade edge. */
export interface CrosscuttingLink {
    from: string;
    to: string;
}

export interface PerformanceTree {
    organisationId: string;
    nodes: TreeNode[];
    edges: TreeEdge[];
    /** `lintas` between a node of the organisation and another agency's (shown, external, with the tree). */
    crosscutting: CrosscuttingLink[];
}

interface CrosscuttingIndex {
    /** Every `lintas` between two distinct nodes, in the order of the model's nodes and of each node's list. */
    links: Array<[NodeInfo, NodeInfo]>;
    /** For each node, the positions in `links` it takes part in (either side). */
    byNode: Map<NodeInfo, number[]>;
}

const crosscuttingIndexes = new WeakMap<WorkspaceModel, CrosscuttingIndex>();

/** The workspace's `lintas` links, indexed by node; made once per model. */
function crosscuttingIndex(model: WorkspaceModel): CrosscuttingIndex {
    let index = crosscuttingIndexes.get(model);
    if (!index) {
        index = { links: [], byNode: new Map() };
        for (const n of model.nodes.values()) {
            for (const id of n.crosscuttingIds) {
                const partner = model.nodes.get(id);
                if (!partner || partner === n) continue;
                const k = index.links.push([n, partner]) - 1;
                for (const x of new Set([n, partner])) (index.byNode.get(x) ?? index.byNode.set(x, []).get(x)!).push(k);
            }
        }
        crosscuttingIndexes.set(model, index);
    }
    return index;
}

export function buildTree(
    model: WorkspaceModel, config: KinerjaConfig, organisation: OrganisationInfo,
    achievementOf: (indicator: IndicatorInfo) => Exact | null
): PerformanceTree {
    const graph = nodeGraph(model);
    const included = new Map<NodeInfo, boolean>();   // node → external
    // Own nodes, each once (a name declared twice is a finding, not a second node).
    for (const n of organisation.nodes) {
        if (model.nodes.get(n.id) === n) included.set(n, false);
    }
    for (const n of [...included.keys()]) {
        for (const p of graph.parents.get(n) ?? []) if (!included.has(p)) included.set(p, true);
        for (const c of graph.supportedBy.get(n) ?? []) if (!included.has(c) && c.organisation !== organisation) included.set(c, true);
    }
    // Crosscutting partners, whichever side wrote the `lintas`: shown as external nodes.
    const crosscutting: CrosscuttingLink[] = [];
    // From the workspace's index of `lintas` (built once), in the order the workspace writes
    // them, not by walking every node of the workspace for each organisation.
    const index = crosscuttingIndex(model);
    const found = new Set<number>();
    for (const [n, external] of included) if (!external) for (const k of index.byNode.get(n) ?? []) found.add(k);
    for (const k of [...found].sort((a, b) => a - b)) {
        const [n, partner] = index.links[k];
        crosscutting.push({ from: n.id, to: partner.id });
        for (const x of [n, partner]) if (!included.has(x)) included.set(x, true);
    }
    const partners = new Map<string, string[]>();
    for (const link of crosscutting) {
        (partners.get(link.from) ?? partners.set(link.from, []).get(link.from)!).push(link.to);
        (partners.get(link.to) ?? partners.set(link.to, []).get(link.to)!).push(link.from);
    }
    const nodes: TreeNode[] = [];
    for (const [n, external] of included) {
        const values = n.indicators.map(achievementOf).filter((v): v is Exact => v !== null);
        const achievement = mean(values.map(v => forAverage(v, config)));
        nodes.push({
            node: nodeRef(model, n), external, achievement, category: categoryRef(achievement, config),
            indicatorCount: n.indicators.length, computableCount: values.length,
            crosscutting: [...new Set(partners.get(n.id) ?? [])]
        });
    }
    const edges: TreeEdge[] = [];
    for (const n of included.keys()) {
        for (const p of graph.parents.get(n) ?? []) {
            if (included.has(p) && (!included.get(n) || !included.get(p))) edges.push({ child: n.id, parent: p.id });
        }
    }
    return { organisationId: organisation.id, nodes, edges, crosscutting };
}
