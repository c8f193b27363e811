/**
 * The organisation chart and the performance tree as graphs, analysed once per
 * workspace model in linear time and without recursion (a 10 000-level chain of
 * positions or nodes must not overflow the stack):
 *
 * - positions: the `atasan` forest. Positions on a cycle of superiors are found; every
 *   other position gets its depth and an Euler-tour interval, so "is A a superior of B,
 *   and how many levels up" is answered in O(1).
 * - nodes: `mendukung` edges. Strongly connected components (iterative Tarjan) find
 *   every node on a support cycle; `supportedBy` lists the nodes supporting each node.
 */
import type { NodeInfo, PositionInfo, WorkspaceModel } from './model.js';

export interface PositionGraph {
    /** Positions whose chain of superiors loops. */
    inCycle: Set<PositionInfo>;
    /** Depth below the top of the chart (0 for a position without a superior). */
    depth: Map<PositionInfo, number>;
    /** Direct subordinates. */
    subordinates: Map<PositionInfo, PositionInfo[]>;
    /** `superior` is a strict superior of `position`; returns the number of levels up, or 0. */
    levelsAbove(superior: PositionInfo, position: PositionInfo): number;
    superiorOf(position: PositionInfo): PositionInfo | undefined;
}

export interface NodeGraph {
    /** Nodes on a `mendukung` cycle, with the id of their component. */
    cycleComponent: Map<NodeInfo, number>;
    supportedBy: Map<NodeInfo, NodeInfo[]>;
    /** Resolved parents per node (ids that name no node are left out). */
    parents: Map<NodeInfo, NodeInfo[]>;
}

const positionGraphs = new WeakMap<WorkspaceModel, PositionGraph>();
const nodeGraphs = new WeakMap<WorkspaceModel, NodeGraph>();

export function positionGraph(model: WorkspaceModel): PositionGraph {
    let graph = positionGraphs.get(model);
    if (!graph) {
        graph = buildPositionGraph(model);
        positionGraphs.set(model, graph);
    }
    return graph;
}

export function nodeGraph(model: WorkspaceModel): NodeGraph {
    let graph = nodeGraphs.get(model);
    if (!graph) {
        graph = buildNodeGraph(model);
        nodeGraphs.set(model, graph);
    }
    return graph;
}

function buildPositionGraph(model: WorkspaceModel): PositionGraph {
    const positions = [...model.positions.values()];
    const superior = new Map<PositionInfo, PositionInfo>();
    for (const p of positions) {
        const s = p.superiorId ? model.positions.get(p.superiorId) : undefined;
        if (s) superior.set(p, s);
    }
    // Cycle detection on a functional graph: walk each unvisited chain, colouring as we go.
    const state = new Map<PositionInfo, 1 | 2>();   // 1 = on the current walk, 2 = done
    const inCycle = new Set<PositionInfo>();
    for (const start of positions) {
        if (state.has(start)) continue;
        const walk: PositionInfo[] = [];
        let current: PositionInfo | undefined = start;
        while (current && !state.has(current)) {
            state.set(current, 1);
            walk.push(current);
            current = superior.get(current);
        }
        if (current && state.get(current) === 1) {
            // `current` is on this walk: everything from it onwards is the cycle.
            for (let i = walk.indexOf(current); i < walk.length; i++) inCycle.add(walk[i]);
        }
        for (const p of walk) state.set(p, 2);
    }
    // The forest without cycles: positions on a cycle become roots of what hangs below.
    const subordinates = new Map<PositionInfo, PositionInfo[]>();
    const roots: PositionInfo[] = [];
    for (const p of positions) {
        const s = inCycle.has(p) ? undefined : superior.get(p);
        if (s) {
            const list = subordinates.get(s);
            if (list) list.push(p); else subordinates.set(s, [p]);
        } else {
            roots.push(p);
        }
    }
    const depth = new Map<PositionInfo, number>();
    const enter = new Map<PositionInfo, number>();
    const leave = new Map<PositionInfo, number>();
    let clock = 0;
    for (const root of roots) {
        const stack: Array<{ p: PositionInfo; next: number }> = [{ p: root, next: 0 }];
        depth.set(root, 0);
        enter.set(root, clock++);
        while (stack.length) {
            const top = stack[stack.length - 1];
            const children = subordinates.get(top.p) ?? [];
            if (top.next < children.length) {
                const child = children[top.next++];
                depth.set(child, depth.get(top.p)! + 1);
                enter.set(child, clock++);
                stack.push({ p: child, next: 0 });
            } else {
                leave.set(top.p, clock++);
                stack.pop();
            }
        }
    }
    return {
        inCycle, depth, subordinates,
        superiorOf: p => superior.get(p),
        levelsAbove(s, p) {
            if (s === p || inCycle.has(p) || inCycle.has(s)) return 0;
            const [es, ep, ls, lp] = [enter.get(s), enter.get(p), leave.get(s), leave.get(p)];
            if (es === undefined || ep === undefined || ls === undefined || lp === undefined) return 0;
            return es < ep && lp < ls ? depth.get(p)! - depth.get(s)! : 0;
        }
    };
}

function buildNodeGraph(model: WorkspaceModel): NodeGraph {
    const nodes = [...model.nodes.values()];
    const parents = new Map<NodeInfo, NodeInfo[]>();
    const supportedBy = new Map<NodeInfo, NodeInfo[]>();
    for (const n of nodes) {
        const list: NodeInfo[] = [];
        for (const id of n.supportIds) {
            const parent = model.nodes.get(id);
            if (!parent) continue;
            list.push(parent);
            const by = supportedBy.get(parent);
            if (by) by.push(n); else supportedBy.set(parent, [n]);
        }
        parents.set(n, list);
    }
    // Iterative Tarjan over the `mendukung` edges.
    const index = new Map<NodeInfo, number>();
    const low = new Map<NodeInfo, number>();
    const onStack = new Set<NodeInfo>();
    const stack: NodeInfo[] = [];
    const cycleComponent = new Map<NodeInfo, number>();
    let counter = 0;
    let component = 0;
    for (const root of nodes) {
        if (index.has(root)) continue;
        const work: Array<{ n: NodeInfo; next: number }> = [{ n: root, next: 0 }];
        index.set(root, counter); low.set(root, counter++); stack.push(root); onStack.add(root);
        while (work.length) {
            const frame = work[work.length - 1];
            const edges = parents.get(frame.n)!;
            if (frame.next < edges.length) {
                const to = edges[frame.next++];
                if (!index.has(to)) {
                    index.set(to, counter); low.set(to, counter++); stack.push(to); onStack.add(to);
                    work.push({ n: to, next: 0 });
                } else if (onStack.has(to)) {
                    low.set(frame.n, Math.min(low.get(frame.n)!, index.get(to)!));
                }
                continue;
            }
            work.pop();
            if (work.length) {
                const parent = work[work.length - 1].n;
                low.set(parent, Math.min(low.get(parent)!, low.get(frame.n)!));
            }
            if (low.get(frame.n) === index.get(frame.n)) {
                const members: NodeInfo[] = [];
                let member: NodeInfo;
                do {
                    member = stack.pop()!;
                    onStack.delete(member);
                    members.push(member);
                } while (member !== frame.n);
                const selfLoop = members.length === 1 && parents.get(members[0])!.includes(members[0]);
                if (members.length > 1 || selfLoop) {
                    component++;
                    for (const m of members) cycleComponent.set(m, component);
                }
            }
        }
    }
    return { cycleComponent, supportedBy, parents };
}
