/**
 * Groups an organisation's nodes under its goals (sasaran, or tujuan), the way LKjIP
 * chapter III reads: each goal, then the programs, kegiatan, subkegiatan and work plans
 * that support it, depth first in declaration order. A node reached from two goals is
 * listed under the first; nodes supporting no goal of the organisation form a last group
 * without a goal.
 */
import { nodeGraph } from '../../engine/hierarchy.js';
import type { NodeInfo, OrganisationInfo, WorkspaceModel } from '../../engine/model.js';

export interface NodeGroupMember {
    node: NodeInfo;
    /** 0 for the goal itself, 1 for a program supporting it, … */
    depth: number;
}

export interface NodeGroup {
    /** The sasaran or tujuan; undefined for the nodes under no goal. */
    goal?: NodeInfo;
    members: NodeGroupMember[];
}

const GOAL_KINDS = new Set(['sasaran', 'tujuan']);

export function isGoal(node: NodeInfo): boolean {
    return GOAL_KINDS.has(node.kind);
}

export function groupNodes(model: WorkspaceModel, organisation: OrganisationInfo): NodeGroup[] {
    const graph = nodeGraph(model);
    const own = organisation.nodes.filter(n => model.nodes.get(n.id) === n);
    const order = new Map(own.map((n, i) => [n, i]));
    const visited = new Set<NodeInfo>();
    const groups: NodeGroup[] = [];
    // Sasaran first (they carry the IKU), then tujuan that have indicators of their own.
    const goals = [...own.filter(n => n.kind === 'sasaran'), ...own.filter(n => n.kind === 'tujuan')];
    for (const goal of goals) {
        if (visited.has(goal)) continue;
        const members: NodeGroupMember[] = [];
        // Iterative depth-first walk down the support edges, children in declaration order.
        const stack: NodeGroupMember[] = [{ node: goal, depth: 0 }];
        while (stack.length) {
            const { node, depth } = stack.pop()!;
            if (visited.has(node)) continue;
            visited.add(node);
            members.push({ node, depth });
            const children = (graph.supportedBy.get(node) ?? [])
                .filter(c => order.has(c) && !visited.has(c) && !isGoal(c))
                .sort((a, b) => order.get(a)! - order.get(b)!);
            for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], depth: depth + 1 });
        }
        groups.push({ goal, members });
    }
    const rest = own.filter(n => !visited.has(n));
    if (rest.length) groups.push({ members: rest.map(node => ({ node, depth: 0 })) });
    return groups;
}
