/**
 * One walk over a document's AST, sorted by what the validators need, cached per AST
 * root: the finding families share it instead of each walking the whole tree again.
 */
import { AstUtils, type AstNode } from 'langium';
import {
    isIndikator, isInstansi, isNode, isPagu, isPemda, isPerjanjian, isPeriod, isRealisasi, isRealisasiBlock, isTarget, isValue,
    type Indikator, type Model, type Node, type Pagu, type Perjanjian, type Period, type Realisasi, type RealisasiBlock, type Target, type Value
} from '../language/generated/ast.js';

export interface DocumentContents {
    values: Value[];
    /** Statements with a `year`: targets, realisations, pagu, realisasi blocks, agreements. */
    yearStatements: Array<Target | Realisasi | Pagu | RealisasiBlock | Perjanjian>;
    periods: Period[];
    indicators: Indikator[];
    nodes: Node[];
    blocks: RealisasiBlock[];
    /** Named elements inside organisations (positions, nodes, indicators) with their organisation's name. */
    named: Array<{ node: AstNode & { name: string }; organisation: string }>;
}

const cache = new WeakMap<Model, DocumentContents>();

export function contentsOf(root: Model): DocumentContents {
    let contents = cache.get(root);
    if (contents) return contents;
    contents = { values: [], yearStatements: [], periods: [], indicators: [], nodes: [], blocks: [], named: [] };
    for (const element of root.elements) {
        const organisation = (isPemda(element) || isInstansi(element)) ? element.name : undefined;
        if (isRealisasiBlock(element)) contents.blocks.push(element);
        if (isRealisasiBlock(element) || isPerjanjian(element)) contents.yearStatements.push(element);
        for (const node of AstUtils.streamAllContents(element)) {
            if (isValue(node)) contents.values.push(node);
            else if (isTarget(node) || isRealisasi(node) || isPagu(node)) contents.yearStatements.push(node);
            else if (isPeriod(node)) contents.periods.push(node);
            else if (isIndikator(node)) contents.indicators.push(node);
            else if (isNode(node)) contents.nodes.push(node);
            const name = (node as { name?: unknown }).name;
            if (organisation && typeof name === 'string' && name) contents.named.push({ node: node as AstNode & { name: string }, organisation });
        }
    }
    cache.set(root, contents);
    return contents;
}
