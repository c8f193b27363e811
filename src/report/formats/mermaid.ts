/**
 * The performance tree (pohon kinerja) as a mermaid `flowchart TD` for markdown reports
 * (GitHub renders ```mermaid blocks in PR comments, issues and job summaries).
 *
 * Supported nodes stand above their supporters (`parent --> child`). Node ids are
 * derived from the qualified ids but reduced to `[A-Za-z0-9_]` with an `n_` prefix (no
 * mermaid keyword such as `end` and no `o`/`x` edge suffix can be formed), made unique;
 * labels are quoted with every character that mermaid or the HTML it produces would read
 * (`"`, `[`, `]`, `<`, `>`, `&`, `#`, `` ` ``, `{`, `}`, `|`) written as a mermaid entity
 * code, and no control character (a line break would end the label's line). One `classDef` per category band, coloured as in the HTML report; nodes of
 * another organisation are dashed.
 *
 * GitHub refuses diagrams over 50 000 characters or 500 edges; a larger tree keeps its
 * upper levels (tujuan, sasaran, program, kegiatan, …) as far as they fit, and says so.
 */
import { formatPercent } from '../../common/id-number.js';
import type { Language } from '../../engine/config.js';
import { bandLabel, reportText } from '../messages.js';
import type { BandInfo, PerformanceTree, TreeNode } from '../kinds/index.js';
import { NONE, toneOf } from '../html/palette.js';

export const MERMAID_MAX_TEXT = 50_000;
export const MERMAID_MAX_EDGES = 500;

const LEVEL: Record<string, number> = { tujuan: 0, sasaran: 1, program: 2, kegiatan: 3, subkegiatan: 4, rhk: 5 };

const ENTITIES: Record<string, string> = {
    '"': '#quot;', '[': '#91;', ']': '#93;', '<': '#lt;', '>': '#gt;', '&': '#amp;', '#': '#35;',
    '`': '#96;', '{': '#123;', '}': '#125;', '|': '#124;'
};

/**
 * Text for inside a quoted mermaid label: controls (line breaks, which would end the
 * label's line, among them) become one space, bidirectional controls are dropped.
 */
export function escapeLabel(text: string): string {
    return text
        .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
        .replace(/["[\]<>&#`{}|]/g, c => ENTITIES[c]);
}

function clip(text: string, max: number): string {
    const chars = [...text];
    return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

/** A mermaid node id from a qualified id: `Dinkes.P0202` → `n_Dinkes_P0202`. */
export function mermaidId(id: string, used: Set<string>): string {
    const base = `n_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
    let candidate = base;
    for (let i = 2; used.has(candidate); i++) candidate = `${base}_${i}`;
    used.add(candidate);
    return candidate;
}

export interface MermaidDiagram {
    text: string;
    shown: number;
    total: number;
}

function label(n: TreeNode, lang: Language): string {
    const kind = reportText(lang, `node.${n.node.kind}`);
    const id = n.node.id;
    const lines = [`${kind} ${id}`];
    if (n.node.name) lines.push(clip(n.node.name, 60));
    if (n.achievement) lines.push(`${formatPercent(n.achievement)}${n.category ? ` · ${bandLabel(n.category, lang)}` : ''}`);
    else if (n.indicatorCount === 0) lines.push(reportText(lang, 'tree.noIndicators'));
    return lines.map(escapeLabel).join('<br/>');
}

function render(tree: PerformanceTree, nodes: TreeNode[], bands: BandInfo[], lang: Language): { text: string; edges: number } {
    const used = new Set<string>();
    const ids = new Map(nodes.map(n => [n.node.id, mermaidId(n.node.id, used)]));
    const lines = ['flowchart TD'];
    bands.forEach(b => {
        const tone = toneOf(b, bands.length);
        lines.push(`    classDef cat${b.index} fill:${tone.tint},stroke:${tone.strong},color:#1a1a1a`);
    });
    lines.push(`    classDef none fill:${NONE.tint},stroke:${NONE.strong},color:#1a1a1a`);
    lines.push('    classDef external stroke-dasharray:4 3');
    const byClass = new Map<string, string[]>();
    const addTo = (cls: string, id: string) => { const list = byClass.get(cls); if (list) list.push(id); else byClass.set(cls, [id]); };
    for (const n of nodes) {
        const id = ids.get(n.node.id)!;
        lines.push(`    ${id}["${label(n, lang)}"]`);
        addTo(n.category ? `cat${n.category.index}` : 'none', id);
        if (n.external) addTo('external', id);
    }
    for (const [cls, members] of byClass) lines.push(`    class ${members.join(',')} ${cls}`);
    let edges = 0;
    for (const e of tree.edges) {
        const parent = ids.get(e.parent);
        const child = ids.get(e.child);
        if (parent && child) {
            lines.push(`    ${parent} --> ${child}`);
            edges++;
        }
    }
    // Crosscutting (`lintas`): a dotted link, labelled, not a cascade edge.
    for (const link of tree.crosscutting ?? []) {
        const from = ids.get(link.from);
        const to = ids.get(link.to);
        if (from && to) {
            lines.push(`    ${from} -.-|"${escapeLabel(reportText(lang, 'tree.crosscutting').toLowerCase())}"| ${to}`);
            edges++;
        }
    }
    return { text: lines.join('\n') + '\n', edges };
}

/** The tree as a mermaid flowchart, trimmed to GitHub's limits from the bottom levels up. */
export function mermaidTree(tree: PerformanceTree, bands: BandInfo[], lang: Language,
    limits: { maxText: number; maxEdges: number } = { maxText: MERMAID_MAX_TEXT, maxEdges: MERMAID_MAX_EDGES }): MermaidDiagram {
    const level = (n: TreeNode) => LEVEL[n.node.kind] ?? 6;
    const levels = [...new Set(tree.nodes.map(level))].sort((a, b) => a - b);
    for (let keep = levels.length; keep >= 1; keep--) {
        const allowed = new Set(levels.slice(0, keep));
        const nodes = tree.nodes.filter(n => allowed.has(level(n)));
        const { text, edges } = render(tree, nodes, bands, lang);
        if (text.length <= limits.maxText && edges <= limits.maxEdges) return { text, shown: nodes.length, total: tree.nodes.length };
    }
    // Even the top level alone is too big: as many of its nodes as fit, without edges.
    const top = tree.nodes.filter(n => level(n) === levels[0]);
    let nodes = top;
    let result = render({ ...tree, edges: [], crosscutting: [] }, nodes, bands, lang);
    while (nodes.length > 1 && result.text.length > limits.maxText) {
        nodes = nodes.slice(0, Math.floor(nodes.length / 2));
        result = render({ ...tree, edges: [], crosscutting: [] }, nodes, bands, lang);
    }
    return { text: result.text, shown: nodes.length, total: tree.nodes.length };
}
