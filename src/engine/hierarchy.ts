/**
 * The organisation chart and the performance tree as graphs, analysed lazily per
 * workspace model — only the part a question needs, each part once — in linear time and
 * without recursion (a 10 000-level chain of positions or nodes must not overflow the
 * stack):
 *
 * - positions: the `atasan` forest. Positions on a cycle of superiors are found; every
 *   other position gets its depth and an Euler-tour interval, so "is A a superior of B,
 *   and how many levels up" is answered in O(1).
 * - nodes: `mendukung` edges. Strongly connected components (iterative Tarjan) find
 *   every node on a support cycle; `supportedBy` lists the nodes supporting each node.
 */
import type { NodeInfo, PositionInfo, WorkspaceModel } from './model.js';

/** A read-only lookup (a subset of Map), answered lazily. */
export interface Lookup<K, V> {
    get(key: K): V | undefined;
}

export interface PositionGraph {
    /** Positions whose chain of superiors loops. */
    inCycle: { has(position: PositionInfo): boolean };
    /** The positions of the loop `position` lies on (one array per loop, shared by its members), in the order of the chain. */
    cycleOf: Lookup<PositionInfo, readonly PositionInfo[]>;
    /** Depth below the top of the chart (0 for a position without a superior). */
    depth: Lookup<PositionInfo, number>;
    /** Direct subordinates. */
    subordinates: Lookup<PositionInfo, readonly PositionInfo[]>;
    /** `superior` is a strict superior of `position`; returns the number of levels up, or 0. */
    levelsAbove(superior: PositionInfo, position: PositionInfo): number;
    superiorOf(position: PositionInfo): PositionInfo | undefined;
}

export interface NodeGraph {
    /** Nodes on a `mendukung` cycle, with the id of their component. */
    cycleComponent: Lookup<NodeInfo, number>;
    /** The nodes of a component (one array per component), for a component id from `cycleComponent`. */
    componentMembers: Lookup<number, readonly NodeInfo[]>;
    supportedBy: Lookup<NodeInfo, readonly NodeInfo[]>;
    /** Resolved parents per node (ids that name no node are left out). */
    parents: Lookup<NodeInfo, readonly NodeInfo[]>;
}

const positionGraphs = new WeakMap<WorkspaceModel, PositionGraph>();
const nodeGraphs = new WeakMap<WorkspaceModel, NodeGraph>();

export function positionGraph(model: WorkspaceModel): PositionGraph {
    let graph = positionGraphs.get(model);
    if (!graph) {
        graph = new LazyPositionGraph(model);
        positionGraphs.set(model, graph);
    }
    return graph;
}

export function nodeGraph(model: WorkspaceModel): NodeGraph {
    let graph = nodeGraphs.get(model);
    if (!graph) {
        graph = new LazyNodeGraph(model);
        nodeGraphs.set(model, graph);
    }
    return graph;
}

/**
 * Only positions that are the first declaration of their name take part (as in
 * `model.positions`). A tree of the chart is laid out (depth and Euler-tour interval)
 * the first time one of its positions is asked about, in time linear in the tree.
 */
class LazyPositionGraph implements PositionGraph {
    private readonly cycle = new Map<PositionInfo, PositionInfo[]>();
    /** Positions whose chain upwards was walked: on a cycle, or in a laid-out tree. */
    private readonly placed = new Set<PositionInfo>();
    private readonly depths = new Map<PositionInfo, number>();
    private readonly enter = new Map<PositionInfo, number>();
    private readonly leave = new Map<PositionInfo, number>();
    private clock = 0;

    readonly inCycle = { has: (p: PositionInfo) => this.isMember(p) && (this.place(p), this.cycle.has(p)) };
    readonly cycleOf: Lookup<PositionInfo, readonly PositionInfo[]> = { get: p => this.isMember(p) ? (this.place(p), this.cycle.get(p)) : undefined };
    readonly depth: Lookup<PositionInfo, number> = { get: p => this.isMember(p) ? (this.place(p), this.depths.get(p)) : undefined };
    readonly subordinates: Lookup<PositionInfo, readonly PositionInfo[]> = {
        get: p => {
            if (!this.isMember(p)) return undefined;
            const all = this.model.subordinates.get(p.id);
            if (!all) return undefined;
            this.place(p);
            // A superior on a cycle keeps its subordinates off the cycle; the cycle is no tree.
            return this.cycle.has(p) ? all.filter(s => !this.cycle.has(s)) : all;
        }
    };

    constructor(private readonly model: WorkspaceModel) {}

    superiorOf(p: PositionInfo): PositionInfo | undefined {
        return this.isMember(p) && p.superiorId ? this.model.positions.get(p.superiorId) : undefined;
    }

    levelsAbove(s: PositionInfo, p: PositionInfo): number {
        if (s === p || !this.isMember(s) || !this.isMember(p)) return 0;
        this.place(s);
        this.place(p);
        if (this.cycle.has(p) || this.cycle.has(s)) return 0;
        const [es, ep, ls, lp] = [this.enter.get(s), this.enter.get(p), this.leave.get(s), this.leave.get(p)];
        if (es === undefined || ep === undefined || ls === undefined || lp === undefined) return 0;
        return es < ep && lp < ls ? this.depths.get(p)! - this.depths.get(s)! : 0;
    }

    private isMember(p: PositionInfo): boolean {
        return this.model.positions.get(p.id) === p;
    }

    /** Finds the top of p's tree (or the cycle it hangs from) and lays that tree out. */
    private place(p: PositionInfo): void {
        if (this.placed.has(p)) return;
        const walk: PositionInfo[] = [];
        const onWalk = new Set<PositionInfo>();
        let current: PositionInfo | undefined = p;
        let top: PositionInfo = p;
        while (current && !this.placed.has(current) && !onWalk.has(current)) {
            walk.push(current);
            onWalk.add(current);
            top = current;
            current = this.superiorOf(current);
        }
        if (current && onWalk.has(current)) {
            // The walk closed a loop: everything from `current` onwards is the cycle, and
            // each member is the top of what hangs below it.
            const members = walk.slice(walk.indexOf(current));
            members.forEach(m => this.cycle.set(m, members));
            members.forEach(m => this.layOut(m));
        } else if (current) {
            // Reached a position already placed; it is in a laid-out tree containing p,
            // unless it is on a cycle (then p's branch was laid out with it too).
            return;
        } else {
            this.layOut(top);
        }
    }

    /** Depth and Euler-tour interval for every position in the tree below `root`. */
    private layOut(root: PositionInfo): void {
        if (this.enter.has(root)) return;
        const stack: Array<{ p: PositionInfo; children: readonly PositionInfo[]; next: number }> = [];
        const open = (p: PositionInfo, depth: number) => {
            this.placed.add(p);
            this.depths.set(p, depth);
            this.enter.set(p, this.clock++);
            stack.push({ p, children: this.subordinates.get(p) ?? [], next: 0 });
        };
        open(root, 0);
        while (stack.length) {
            const top = stack[stack.length - 1];
            if (top.next < top.children.length) {
                const child = top.children[top.next++];
                if (!this.enter.has(child)) open(child, this.depths.get(top.p)! + 1);
            } else {
                this.leave.set(top.p, this.clock++);
                stack.pop();
            }
        }
    }
}

/**
 * `mendukung` edges between nodes that are the first declaration of their name (as in
 * `model.nodes`). Strongly connected components (iterative Tarjan) are found from the
 * nodes asked about, over what they reach: a node's own chain upwards, not the workspace.
 */
class LazyNodeGraph implements NodeGraph {
    private readonly parentCache = new Map<NodeInfo, NodeInfo[]>();
    private readonly index = new Map<NodeInfo, number>();
    private readonly low = new Map<NodeInfo, number>();
    private readonly components = new Map<NodeInfo, number>();
    private readonly members = new Map<number, NodeInfo[]>();
    private counter = 0;
    private component = 0;

    readonly parents: Lookup<NodeInfo, readonly NodeInfo[]> = { get: n => this.isMember(n) ? this.parentsOf(n) : undefined };
    readonly supportedBy: Lookup<NodeInfo, readonly NodeInfo[]> = { get: n => this.isMember(n) ? this.model.supporters.get(n.id) : undefined };
    readonly componentMembers: Lookup<number, readonly NodeInfo[]> = { get: c => this.members.get(c) };
    readonly cycleComponent: Lookup<NodeInfo, number> = {
        get: n => {
            if (!this.isMember(n)) return undefined;
            if (!this.index.has(n)) this.strongConnect(n);
            return this.components.get(n);
        }
    };

    constructor(private readonly model: WorkspaceModel) {}

    private isMember(n: NodeInfo): boolean {
        return this.model.nodes.get(n.id) === n;
    }

    private parentsOf(n: NodeInfo): NodeInfo[] {
        let list = this.parentCache.get(n);
        if (!list) {
            list = [];
            for (const id of n.supportIds) {
                const parent = this.model.nodes.get(id);
                if (parent) list.push(parent);
            }
            this.parentCache.set(n, list);
        }
        return list;
    }

    /** Iterative Tarjan from one root; nodes indexed by earlier calls are not revisited. */
    private strongConnect(root: NodeInfo): void {
        const { index, low } = this;
        const onStack = new Set<NodeInfo>();
        const stack: NodeInfo[] = [];
        const work: Array<{ n: NodeInfo; next: number }> = [{ n: root, next: 0 }];
        index.set(root, this.counter); low.set(root, this.counter++); stack.push(root); onStack.add(root);
        while (work.length) {
            const frame = work[work.length - 1];
            const edges = this.parentsOf(frame.n);
            if (frame.next < edges.length) {
                const to = edges[frame.next++];
                if (!index.has(to)) {
                    index.set(to, this.counter); low.set(to, this.counter++); stack.push(to); onStack.add(to);
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
                const selfLoop = members.length === 1 && this.parentsOf(members[0]).includes(members[0]);
                if (members.length > 1 || selfLoop) {
                    this.component++;
                    for (const m of members) this.components.set(m, this.component);
                    this.members.set(this.component, members);
                }
            }
        }
    }
}

/** chainBroken's answers per graph (a graph is one workspace model's). */
const brokenChains = new WeakMap<PositionGraph, Map<PositionInfo, boolean>>();

/**
 * An `atasan` on the chain above `position` names no position (an unresolved reference):
 * how far up another position stands is then a guess. Each position's answer is kept, so
 * asking for every position of a 10 000-level chain walks it once, not once per position.
 */
export function chainBroken(model: WorkspaceModel, graph: PositionGraph, position: PositionInfo): boolean {
    let known = brokenChains.get(graph);
    if (!known) {
        known = new Map();
        brokenChains.set(graph, known);
    }
    const walked: PositionInfo[] = [];
    const seen = new Set<PositionInfo>();
    let broken = false;
    for (let current: PositionInfo | undefined = position; current && !seen.has(current); current = graph.superiorOf(current)) {
        const answer = known.get(current);
        if (answer !== undefined) { broken = answer; break; }
        seen.add(current);
        walked.push(current);
        if (current.superiorId !== undefined && !model.positions.has(current.superiorId)) { broken = true; break; }
    }
    // Every position walked has the rest of the walk above it: the same answer.
    for (const p of walked) known.set(p, broken);
    return broken;
}

/**
 * Where a `mendukung` from a node of `organisation` owned by `owner` to `parent` goes in
 * the chart: to a node of the same owner (`own`), of a superior `levels` up (`up`; 1 is
 * the direct superior, and the head of region stands directly above the top of each
 * agency's chart), or of someone who is no superior (`misaligned`). `unknown` when the
 * chart cannot tell: no owner, no echelon, a loop or an unresolved `atasan` on the
 * owner's chain, a parent without owner, or a pemda node supporting a pemda node.
 */
export type SupportStep = { kind: 'unknown' } | { kind: 'own' } | { kind: 'up'; levels: number } | { kind: 'misaligned' };

export function supportStep(model: WorkspaceModel, graph: PositionGraph, organisation: NodeInfo['organisation'],
    owner: PositionInfo | undefined, parent: NodeInfo): SupportStep {
    if (!owner || owner.level === undefined || graph.inCycle.has(owner) || chainBroken(model, graph, owner)) return { kind: 'unknown' };
    if (parent.organisation.kind === 'pemda') {
        if (organisation.kind === 'pemda') return { kind: 'unknown' };
        if (organisation.pemdaId !== parent.organisation.id) return { kind: 'misaligned' };
        return { kind: 'up', levels: (graph.depth.get(owner) ?? 0) + 1 };
    }
    const parentOwner = parent.ownerId ? model.positions.get(parent.ownerId) : undefined;
    if (!parentOwner) return { kind: 'unknown' };
    if (parentOwner === owner) return { kind: 'own' };
    const levels = graph.levelsAbove(parentOwner, owner);
    return levels === 0 ? { kind: 'misaligned' } : { kind: 'up', levels };
}
