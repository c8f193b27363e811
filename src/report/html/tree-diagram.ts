/**
 * The performance tree (pohon kinerja) as an inline SVG diagram: supported nodes above
 * their supporters (a forest laid out here in linear time, any other graph by dagre), each box tinted by the category of its mean
 * achievement, external nodes (another organisation's) dashed. A tree too wide for a
 * page is laid out left to right instead. All text is escaped.
 */
import dagre from '@dagrejs/dagre';
import { line } from 'd3-shape';
import type { Language } from '../../engine/config.js';
import { bandLabel, reportText } from '../messages.js';
import type { PerformanceTree, TreeNode } from '../kinds/tree.js';
import { esc } from './escape.js';
import { fitText, wrapText } from './text-width.js';
import { pct } from './format.js';
import { NONE, toneOf } from './palette.js';

const BOX_W = 206;
/** The width of a box's text: the box less its colour stripe and margins. */
const TEXT_W = BOX_W - 24;
const MAX_WIDTH = 1000;
/** Beyond this a diagram is unreadable on a page (and dagre's recursive layout would overflow). */
export const MAX_DIAGRAM_NODES = 300;
export const MAX_DIAGRAM_LEVELS = 12;

/**
 * The top of a tree that fits a page: breadth-first from the nodes nothing above
 * supports (any node when the tree is a loop), at most MAX_DIAGRAM_LEVELS levels and
 * MAX_DIAGRAM_NODES nodes. Iterative, so a 10 000-level cascade is fine.
 */
export function topOfTree(tree: PerformanceTree): { tree: PerformanceTree; levels: number } {
    if (tree.nodes.length <= MAX_DIAGRAM_NODES) return { tree, levels: 0 };
    const supporters = new Map<string, string[]>();
    const supported = new Set<string>();
    for (const e of tree.edges) {
        (supporters.get(e.parent) ?? supporters.set(e.parent, []).get(e.parent)!).push(e.child);
        supported.add(e.child);
    }
    const roots = tree.nodes.filter(n => !supported.has(n.node.id)).map(n => n.node.id);
    const keep = new Set<string>();
    let level = roots.length ? roots : [tree.nodes[0].node.id];
    let levels = 0;
    while (level.length && levels < MAX_DIAGRAM_LEVELS && keep.size < MAX_DIAGRAM_NODES) {
        const next: string[] = [];
        for (const id of level) {
            if (keep.has(id) || keep.size >= MAX_DIAGRAM_NODES) continue;
            keep.add(id);
            next.push(...(supporters.get(id) ?? []));
        }
        level = next;
        levels++;
    }
    return {
        tree: { ...tree, nodes: tree.nodes.filter(n => keep.has(n.node.id)), edges: tree.edges.filter(e => keep.has(e.child) && keep.has(e.parent)) },
        levels
    };
}

const r = (n: number) => Math.round(n * 10) / 10;

export interface Box { node: TreeNode; name: string[]; height: number }

export function boxOf(node: TreeNode): Box {
    const name = wrapText(node.node.name ?? node.node.id, TEXT_W, 3, 11, true);
    return { node, name, height: 16 + 14 + name.length * 14 + 14 + 18 };
}

/** Where the layout put the boxes (their centres), and the diagram's size. */
export interface Placed {
    width: number;
    height: number;
    lr: boolean;
    pos: Map<string, { x: number; y: number }>;
    edges: Array<{ v: string; w: string }>;
}

const SPACING = {
    TB: { nodesep: 22, ranksep: 40 },
    LR: { nodesep: 14, ranksep: 56 }
} as const;
const MARGIN = 8;

/** Any graph of supporting nodes (a node supporting two, a loop): dagre's layered layout. */
function dagreLayout(boxes: Box[], tree: PerformanceTree, rankdir: 'TB' | 'LR'): Placed {
    const g = new dagre.graphlib.Graph();
    g.setGraph({ rankdir, ...SPACING[rankdir], marginx: MARGIN, marginy: MARGIN });
    g.setDefaultEdgeLabel(() => ({}));
    for (const b of boxes) g.setNode(b.node.node.id, { width: BOX_W, height: b.height });
    for (const e of tree.edges) g.setEdge(e.parent, e.child);
    dagre.layout(g);
    const pos = new Map(boxes.map(b => { const n = g.node(b.node.node.id); return [b.node.node.id, { x: n.x!, y: n.y! }]; }));
    return { width: g.graph().width ?? BOX_W, height: g.graph().height ?? 100, lr: rankdir === 'LR', pos, edges: g.edges().map((e: { v: string; w: string }) => ({ v: e.v, w: e.w })) };
}

/**
 * A forest (every node supports at most one node of the diagram, no loop), which is what
 * a cascade usually is: each node one level below the node it supports, supporters in
 * the order written, each leaf in the next place along the level and each node centred
 * over its supporters. The same picture as the layered layout, in time linear in the
 * nodes (dagre took about 50 ms per agency tree, twice when the tree is turned
 * sideways: most of the time of a province's report). Undefined when the graph is not a
 * forest.
 */
export function forestLayout(boxes: Box[], tree: PerformanceTree, rankdir: 'TB' | 'LR'): Placed | undefined {
    const ids = boxes.map(b => b.node.node.id);
    const known = new Set(ids);
    const parentOf = new Map<string, string>();
    const children = new Map<string, string[]>();
    const edges: Placed['edges'] = [];
    for (const e of tree.edges) {
        if (!known.has(e.parent) || !known.has(e.child) || e.parent === e.child) return undefined;
        const before = parentOf.get(e.child);
        if (before === e.parent) continue;
        if (before !== undefined) return undefined;
        parentOf.set(e.child, e.parent);
        (children.get(e.parent) ?? children.set(e.parent, []).get(e.parent)!).push(e.child);
        edges.push({ v: e.parent, w: e.child });
    }
    const lr = rankdir === 'LR';
    const { nodesep, ranksep } = SPACING[rankdir];
    const height = boxes.length ? boxes[0].height : 0;
    const across = lr ? height : BOX_W;      // a box's size along its level
    const down = lr ? BOX_W : height;        // and from one level to the next
    const depth = new Map<string, number>();
    const centre = new Map<string, number>();
    let cursor = 0;
    let deepest = 0;
    // Depth first from each root, iteratively: a node is placed after its supporters.
    for (const root of ids) {
        if (parentOf.has(root)) continue;
        const stack: Array<{ id: string; next: number }> = [{ id: root, next: 0 }];
        depth.set(root, 0);
        while (stack.length) {
            const top = stack[stack.length - 1];
            const kids = children.get(top.id) ?? [];
            if (top.next < kids.length) {
                const kid = kids[top.next++];
                depth.set(kid, stack.length);
                deepest = Math.max(deepest, stack.length);
                stack.push({ id: kid, next: 0 });
                continue;
            }
            stack.pop();
            if (kids.length) centre.set(top.id, (centre.get(kids[0])! + centre.get(kids[kids.length - 1])!) / 2);
            else { centre.set(top.id, cursor + across / 2); cursor += across + nodesep; }
        }
    }
    // A loop has no root: not a forest.
    if (centre.size < ids.length) return undefined;
    const breadth = Math.max(cursor - nodesep, 0) + 2 * MARGIN;
    const length = (deepest + 1) * down + deepest * ranksep + 2 * MARGIN;
    const pos = new Map<string, { x: number; y: number }>();
    for (const id of ids) {
        const along = MARGIN + centre.get(id)!;
        const level = MARGIN + depth.get(id)! * (down + ranksep) + down / 2;
        pos.set(id, lr ? { x: level, y: along } : { x: along, y: level });
    }
    return { width: lr ? length : breadth, height: lr ? breadth : length, lr, pos, edges };
}

function layout(boxes: Box[], tree: PerformanceTree, rankdir: 'TB' | 'LR'): Placed {
    return forestLayout(boxes, tree, rankdir) ?? dagreLayout(boxes, tree, rankdir);
}

export function treeDiagram(whole: PerformanceTree, lang: Language, bandCount: number, title: string): string {
    if (!whole.nodes.length) return '';
    const { tree, levels } = topOfTree(whole);
    const shortened = tree.nodes.length < whole.nodes.length
        ? ' ' + reportText(lang, 'tree.shortened', { shown: tree.nodes.length, total: whole.nodes.length, levels })
        : '';
    // One height for every box, so the boxes of a level line up.
    const measured = tree.nodes.map(boxOf);
    const tallest = Math.max(...measured.map(b => b.height));
    const boxes = measured.map(b => ({ ...b, height: tallest }));
    let g = layout(boxes, tree, 'TB');
    if (g.width > MAX_WIDTH) g = layout(boxes, tree, 'LR');
    const width = Math.ceil(g.width);
    const height = Math.ceil(g.height);
    let body = '';
    const box = new Map(boxes.map(b => [b.node.node.id, b]));
    const lr = g.lr;
    // Elbow connectors, the way pohon kinerja charts are drawn: down from the supported
    // node, across, and down into each supporter (left to right when laid out sideways).
    const elbow = line<[number, number]>().x(p => r(p[0])).y(p => r(p[1]));
    const edges = g.edges;
    const childEdge = new Map<string, number>();
    for (const e of edges) {
        const child = g.pos.get(e.w)!;
        const near = lr ? child.x! - BOX_W / 2 : child.y! - box.get(e.w)!.height / 2;
        childEdge.set(e.v, Math.min(childEdge.get(e.v) ?? Infinity, near));
    }
    for (const e of edges) {
        const parent = g.pos.get(e.v)!, child = g.pos.get(e.w)!;
        const ph = box.get(e.v)!.height, ch = box.get(e.w)!.height;
        let points: Array<[number, number]>;
        if (lr) {
            const start = parent.x! + BOX_W / 2, mid = (start + childEdge.get(e.v)!) / 2;
            points = [[start, parent.y!], [mid, parent.y!], [mid, child.y!], [child.x! - BOX_W / 2, child.y!]];
        } else {
            const start = parent.y! + ph / 2, mid = (start + childEdge.get(e.v)!) / 2;
            points = [[parent.x!, start], [parent.x!, mid], [child.x!, mid], [child.x!, child.y! - ch / 2]];
        }
        const d = elbow(points);
        if (d) body += `<path class="edge" d="${esc(d)}"/>`;
    }
    // Crosscutting (`lintas`): a dotted line between the two boxes' facing sides, not a cascade edge.
    for (const link of tree.crosscutting ?? []) {
        const a = box.has(link.from) ? g.pos.get(link.from)! : undefined, b = box.has(link.to) ? g.pos.get(link.to)! : undefined;
        if (!a || !b) continue;
        const [left, right] = a.x! <= b.x! ? [a, b] : [b, a];
        const sideBySide = right.x! - left.x! >= BOX_W;
        const from: [number, number] = sideBySide ? [left.x! + BOX_W / 2, left.y!] : [a.x!, a.y! + (a.y! < b.y! ? 1 : -1) * box.get(link.from)!.height / 2];
        const to: [number, number] = sideBySide ? [right.x! - BOX_W / 2, right.y!] : [b.x!, b.y! + (a.y! < b.y! ? -1 : 1) * box.get(link.to)!.height / 2];
        const [p, q] = sideBySide && left !== a ? [to, from] : [from, to];
        // The caption says what the dotted line is; a label on it would cross the boxes between.
        body += `<path class="crosscut" d="M${r(p[0])},${r(p[1])}L${r(q[0])},${r(q[1])}"><title>${esc(`${reportText(lang, 'tree.crosscutting')}: ${link.from} — ${link.to}`)}</title></path>`;
    }
    for (const b of boxes) {
        const n = g.pos.get(b.node.node.id)!;
        const x = r(n.x! - BOX_W / 2);
        const y = r(n.y! - b.height / 2);
        const tone = b.node.external ? NONE : toneOf(b.node.category, bandCount);
        const ref = b.node.node;
        const kind = reportText(lang, `node.${ref.kind}`).toUpperCase();
        const head = ref.code ? `${kind} · ${ref.code}` : `${kind} · ${ref.id.split('.').pop()}`;
        const owner = ref.owner?.title ?? ref.organisationId;
        const value = b.node.achievement
            ? `${pct(b.node.achievement)} · ${b.node.category ? bandLabel(b.node.category, lang) : ''}`
            : b.node.indicatorCount ? reportText(lang, 'legend.notComputable') : reportText(lang, 'tree.noIndicators');
        const full = [ref.id, ref.name ?? '', owner, value].join(' — ');
        body += `<g class="tnode${b.node.external ? ' external' : ''}">`
            + `<title>${esc(full)}</title>`
            + `<rect x="${x}" y="${y}" width="${BOX_W}" height="${b.height}" rx="6" fill="${b.node.external ? '#ffffff' : tone.tint}" stroke="${tone.strong}"/>`
            + (b.node.external ? '' : `<rect x="${x}" y="${y}" width="6" height="${b.height}" rx="3" fill="${tone.strong}"/>`)
            + `<text class="tkind" x="${r(x + 14)}" y="${r(y + 16)}">${esc(fitText(head, TEXT_W, 9, true))}</text>`
            + b.name.map((l, k) => `<text class="tname" x="${r(x + 14)}" y="${r(y + 32 + k * 14)}">${esc(l)}</text>`).join('')
            + `<text class="towner" x="${r(x + 14)}" y="${r(y + 32 + b.name.length * 14 + 2)}">${esc(fitText(owner, TEXT_W, 9.5))}</text>`
            + `<text class="tvalue" x="${r(x + 14)}" y="${r(y + b.height - 9)}" fill="${b.node.achievement ? tone.strong : '#5b6673'}">${esc(fitText(value, TEXT_W, 10.5, true))}</text>`
            + '</g>';
    }
    const svg = `<svg class="tree" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(title)}">${body}</svg>`;
    const note = reportText(lang, 'tree.note') + ((whole.crosscutting ?? []).length ? ' ' + reportText(lang, 'tree.crosscuttingNote') : '') + shortened;
    return `<figure class="chart tree-figure">${svg}<figcaption>${esc(note)}</figcaption></figure>` + crosscuttingList(whole, lang);
}

/** The crosscutting links of the tree in words, under the diagram: "Program P02 … — lintas sektor — Program P01 … (DinsosMalra)". */
function crosscuttingList(tree: PerformanceTree, lang: Language): string {
    if (!tree.crosscutting?.length) return '';
    const byId = new Map(tree.nodes.map(n => [n.node.id, n.node]));
    const name = (id: string) => {
        const n = byId.get(id);
        if (!n) return esc(id);
        return `${esc(reportText(lang, `node.${n.kind}`))} ${esc(n.code ?? id.split('.').pop()!)} ${esc(n.name ?? '')} <span class="muted small">(${esc(n.organisationId)})</span>`;
    };
    return `<ul class="crosscutting">${tree.crosscutting.map(l => `<li data-crosscutting="${esc(l.from)}">${name(l.from)} — ${esc(reportText(lang, 'tree.crosscutting').toLowerCase())} — ${name(l.to)}</li>`).join('')}</ul>`;
}
