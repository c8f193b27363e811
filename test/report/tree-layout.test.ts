/**
 * The pohon kinerja of a cascade (a forest) is laid out in linear time without dagre:
 * each node one level below the node it supports, centred over its supporters, no two
 * boxes of a level overlapping; any other graph goes to dagre.
 */
import { describe, expect, it } from 'vitest';
import { boxOf, forestLayout, treeDiagram } from '../../src/report/html/tree-diagram.js';
import type { PerformanceTree } from '../../src/report/kinds/tree.js';

function tree(ids: string[], edges: Array<[string, string]>): PerformanceTree {
    return {
        organisationId: 'X',
        nodes: ids.map(id => ({ node: { id, kind: 'sasaran', name: `Unsur ${id}`, organisationId: 'X' }, external: false, achievement: null, category: null, indicatorCount: 0, computableCount: 0, crosscutting: [] })) as never,
        edges: edges.map(([parent, child]) => ({ parent, child })),
        crosscutting: []
    };
}

describe('forest layout of the pohon kinerja', () => {
    const t = tree(['A', 'B', 'C', 'D', 'E'], [['A', 'B'], ['A', 'C'], ['B', 'D'], ['B', 'E']]);
    const boxes = t.nodes.map(boxOf).map(b => ({ ...b, height: 100 }));

    it('top to bottom: levels by support, parents centred over their supporters, in the order written', () => {
        const g = forestLayout(boxes, t, 'TB')!;
        const p = (id: string) => g.pos.get(id)!;
        expect(g.lr).toBe(false);
        expect([p('A').y, p('B').y, p('D').y]).toEqual([58, 198, 338]);
        expect(p('C').y).toBe(p('B').y);
        expect(p('D').x).toBeLessThan(p('E').x);
        expect(p('E').x).toBeLessThan(p('C').x);
        expect(p('B').x).toBe((p('D').x + p('E').x) / 2);
        expect(p('A').x).toBe((p('B').x + p('C').x) / 2);
        // Three leaves of 206 px, 22 px apart, 8 px margins.
        expect(g.width).toBe(3 * 206 + 2 * 22 + 16);
        expect(g.height).toBe(3 * 100 + 2 * 40 + 16);
        expect(g.edges).toEqual([{ v: 'A', w: 'B' }, { v: 'A', w: 'C' }, { v: 'B', w: 'D' }, { v: 'B', w: 'E' }]);
    });

    it('left to right: the same with the axes turned', () => {
        const g = forestLayout(boxes, t, 'LR')!;
        const p = (id: string) => g.pos.get(id)!;
        expect([p('A').x, p('B').x, p('D').x]).toEqual([111, 373, 635]);
        expect(p('D').y).toBeLessThan(p('E').y);
        expect(g.height).toBe(3 * 100 + 2 * 14 + 16);
    });

    it('is not used for a node supporting two nodes, or a loop', () => {
        expect(forestLayout(boxes, tree(['A', 'B', 'C'], [['A', 'C'], ['B', 'C']]), 'TB')).toBeUndefined();
        expect(forestLayout(boxes, tree(['A', 'B'], [['A', 'B'], ['B', 'A']]), 'TB')).toBeUndefined();
        // Both still draw (dagre): every box in the picture.
        const svg = treeDiagram(tree(['A', 'B', 'C'], [['A', 'C'], ['B', 'C']]), 'id', 5, 'Pohon');
        expect(svg.match(/<g class="tnode"/g)).toHaveLength(3);
    });

    it('lays out an agency-sized tree of 300 unsur in a few milliseconds, no box of a level over another', () => {
        const ids = Array.from({ length: 300 }, (_, i) => `N${i}`);
        const edges: Array<[string, string]> = ids.slice(1).map((id, i) => [`N${Math.floor(i / 4)}`, id]);
        const big = tree(ids, edges);
        const many = big.nodes.map(boxOf).map(b => ({ ...b, height: 100 }));
        const started = performance.now();
        const g = forestLayout(many, big, 'LR')!;
        expect(performance.now() - started).toBeLessThan(50);
        const byLevel = new Map<number, number[]>();
        for (const { x, y } of g.pos.values()) (byLevel.get(x) ?? byLevel.set(x, []).get(x)!).push(y);
        for (const ys of byLevel.values()) {
            ys.sort((a, b) => a - b);
            for (let k = 1; k < ys.length; k++) expect(ys[k] - ys[k - 1]).toBeGreaterThanOrEqual(100 + 14);
        }
    });
});
