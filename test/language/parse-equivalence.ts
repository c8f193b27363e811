/**
 * Compares two parse results as deeply as Langium's consumers can observe them: the CST
 * (composite node classes, leaves through their interface, positions, token types, grammar elements, hidden flags, nesting and the
 * AST node each CST node belongs to) and the AST (prototypes, property names in order, values,
 * containers, CST nodes, and the references' texts and CST nodes). Returns the first
 * difference as a path, or undefined when the two are the same.
 */
import { AstUtils, CompositeCstNodeImpl, RootCstNodeImpl, isAstNode, isLeafCstNode, type AstNode, type CstNode, type ParseResult } from 'langium';
import { LeanComposite, LeanRoot } from '../../src/language/parser/kinerja-lean-cst.js';

interface Walk {
    cst: Map<CstNode, CstNode>;
    ast: Map<AstNode, AstNode>;
}

export function firstDifference(a: ParseResult, b: ParseResult): string | undefined {
    const walk: Walk = { cst: new Map(), ast: new Map() };
    const rootA = a.value.$cstNode, rootB = b.value.$cstNode;
    if (!rootA || !rootB) return 'root CST node missing';
    return compareCst(rootA, rootB, 'cst', walk)
        ?? compareAst(a.value, b.value, 'ast', walk)
        ?? compareCstOwners(walk);
}

const CST_INTERNALS = new Set(['container', 'content', '_astNode', '_rangeCache']);

/** What a leaf says through Langium's interface (the fast path's leaves are a smaller class). */
const LEAF_VIEW = ['offset', 'length', 'end', 'hidden', 'tokenType', 'grammarSource', 'text'] as const;

function compareCst(a: CstNode, b: CstNode, path: string, walk: Walk): string | undefined {
    walk.cst.set(a, b);
    if (isLeafCstNode(a) && isLeafCstNode(b)) {
        for (const key of LEAF_VIEW) {
            if (a[key] !== b[key]) return `${path}.${key}: ${String(a[key])} vs ${String(b[key])}`;
        }
        return JSON.stringify(a.range) === JSON.stringify(b.range) ? undefined : `${path}.range: ${JSON.stringify(a.range)} vs ${JSON.stringify(b.range)}`;
    }
    if (a instanceof LeanComposite) {
        // A lean node stands for Langium's class: compared through the interface.
        const expected = a instanceof LeanRoot ? RootCstNodeImpl : CompositeCstNodeImpl;
        if (b.constructor !== expected) return `${path}: ${a.constructor.name} vs ${b.constructor.name}`;
        if (a.grammarSource !== b.grammarSource) return `${path}.grammarSource differs`;
        if (a.text !== b.text) return `${path}.text: ${a.text} vs ${b.text}`;
    } else {
        if (a.constructor !== b.constructor) return `${path}: ${a.constructor.name} vs ${b.constructor.name}`;
        const keysA = Object.keys(a).filter(k => !CST_INTERNALS.has(k)), keysB = Object.keys(b).filter(k => !CST_INTERNALS.has(k));
        if (keysA.join() !== keysB.join()) return `${path}: fields ${keysA.join()} vs ${keysB.join()}`;
        for (const key of keysA) {
            const va = (a as unknown as Record<string, unknown>)[key], vb = (b as unknown as Record<string, unknown>)[key];
            if (va !== vb) return `${path}.${key}: ${String(va)} vs ${String(vb)}`;
        }
    }
    for (const key of ['offset', 'length', 'end', 'hidden'] as const) {
        if (a[key] !== b[key]) return `${path}.${key}: ${a[key]} vs ${b[key]}`;
    }
    if (JSON.stringify(a.range) !== JSON.stringify(b.range)) return `${path}.range differs`;
    const contentA = (a as unknown as { content?: CstNode[] }).content, contentB = (b as unknown as { content?: CstNode[] }).content;
    if (!!contentA !== !!contentB) return `${path}: composite vs leaf`;
    if (contentA && contentB) {
        if (contentA.length !== contentB.length) return `${path}: ${contentA.length} vs ${contentB.length} children`;
        for (let i = 0; i < contentA.length; i++) {
            if (contentA[i].container !== a || contentB[i].container !== b) return `${path}[${i}]: wrong container`;
            const difference = compareCst(contentA[i], contentB[i], `${path}[${i}]`, walk);
            if (difference) return difference;
        }
    }
    return undefined;
}

function compareAst(a: AstNode, b: AstNode, path: string, walk: Walk): string | undefined {
    walk.ast.set(a, b);
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path} (${a.$type}): prototypes differ`;
    const keysA = Object.keys(a), keysB = Object.keys(b);
    if (keysA.join() !== keysB.join()) return `${path} (${a.$type}): keys ${keysA.join()} vs ${keysB.join()}`;
    const recordA = a as unknown as Record<string, unknown>, recordB = b as unknown as Record<string, unknown>;
    for (const key of keysA) {
        const difference = compareValue(recordA[key], recordB[key], `${path}.${key}`, key, walk);
        if (difference) return difference;
    }
    return undefined;
}

function compareValue(va: unknown, vb: unknown, path: string, key: string, walk: Walk): string | undefined {
    if (key === '$cstNode') {
        if (va === undefined && vb === undefined) return undefined;
        return walk.cst.get(va as CstNode) === vb ? undefined : `${path}: different CST node`;
    }
    if (key === '$container') return walk.ast.get(va as AstNode) === vb ? undefined : `${path}: different container`;
    if (Array.isArray(va) || Array.isArray(vb)) {
        if (!Array.isArray(va) || !Array.isArray(vb) || va.length !== vb.length) return `${path}: array lengths differ`;
        for (let i = 0; i < va.length; i++) {
            const difference = compareValue(va[i], vb[i], `${path}[${i}]`, '', walk);
            if (difference) return difference;
        }
        return undefined;
    }
    if (isAstNode(va) && isAstNode(vb)) return compareAst(va, vb, path, walk);
    if (va && typeof va === 'object' && vb && typeof vb === 'object') return compareReference(va, vb, path, walk);
    return Object.is(va, vb) ? undefined : `${path}: ${JSON.stringify(va)} vs ${JSON.stringify(vb)}`;
}

/** A reference: its own data fields (not its getters, which would resolve it). */
function compareReference(a: object, b: object, path: string, walk: Walk): string | undefined {
    const keysA = Object.keys(a), keysB = Object.keys(b);
    if (keysA.join() !== keysB.join()) return `${path}: reference fields ${keysA.join()} vs ${keysB.join()}`;
    for (const key of keysA) {
        const da = Object.getOwnPropertyDescriptor(a, key)!, db = Object.getOwnPropertyDescriptor(b, key)!;
        if ('get' in da || 'get' in db) continue;
        if (key === '$refNode') {
            if (walk.cst.get(da.value as CstNode) !== db.value) return `${path}.$refNode: different CST node`;
        } else if (key === '_ref' || key === '_nodeDescription') {
            if (!!da.value !== !!db.value) return `${path}.${key}: one is resolved`;
        } else if (isAstNode(da.value)) {
            if (walk.ast.get(da.value) !== db.value) return `${path}.${key}: different node`;
        } else if (!Object.is(da.value, db.value)) {
            return `${path}.${key}: ${String(da.value)} vs ${String(db.value)}`;
        }
    }
    return undefined;
}

/** The AST node each composite CST node is directly linked to. */
function compareCstOwners(walk: Walk): string | undefined {
    for (const [a, b] of walk.cst) {
        const ownerA = (a as unknown as { _astNode?: AstNode })._astNode, ownerB = (b as unknown as { _astNode?: AstNode })._astNode;
        if (!ownerA || !ownerB) {
            if (ownerA || ownerB) return `CST node at ${a.offset}: linked to an AST node in one result only`;
        } else if (!walk.ast.has(ownerA)) {
            // A node that dropped out of the AST (a property written twice) but is still in the CST.
            const difference = compareAst(ownerA, ownerB, `dropped node at ${a.offset}`, walk);
            if (difference) return difference;
        } else if (walk.ast.get(ownerA) !== ownerB) {
            return `CST node at ${a.offset}: linked to different AST nodes`;
        }
    }
    return undefined;
}

/** What a CST node says about where it is, through Langium's interface. */
function place(node: CstNode | undefined): string {
    return node ? JSON.stringify([node.offset, node.end, node.length, node.range, node.text, node.hidden, node.grammarSource?.$type]) : 'none';
}

/**
 * For a lean tree (kinerja-lean-cst.ts): the positions every AST node's CST node and
 * every reference's CST node give before any content is made, against `b`'s, and that
 * reading them made none. Undefined when they agree.
 */
export function leanPlacesDifference(a: ParseResult, b: ParseResult): string | undefined {
    const root = a.value.$cstNode;
    if (!(root instanceof LeanRoot)) return 'the tree is not lean';
    if (root.materialised) return 'the lean tree has its content already';
    const nodesA = AstUtils.streamAst(a.value).toArray(), nodesB = AstUtils.streamAst(b.value).toArray();
    if (nodesA.length !== nodesB.length) return `${nodesA.length} vs ${nodesB.length} AST nodes`;
    for (let i = 0; i < nodesA.length; i++) {
        const placeA = place(nodesA[i].$cstNode), placeB = place(nodesB[i].$cstNode);
        if (placeA !== placeB) return `AST node ${i} (${nodesA[i].$type}): ${placeA} vs ${placeB}`;
        const refsA = AstUtils.streamReferences(nodesA[i]).toArray(), refsB = AstUtils.streamReferences(nodesB[i]).toArray();
        if (refsA.length !== refsB.length) return `AST node ${i}: ${refsA.length} vs ${refsB.length} references`;
        for (let j = 0; j < refsA.length; j++) {
            const refA = place(refsA[j].reference.$refNode), refB = place(refsB[j].reference.$refNode);
            if (refA !== refB) return `AST node ${i} reference ${j}: ${refA} vs ${refB}`;
        }
    }
    // A file without tokens takes its root's positions from its comments, which makes the content.
    if (root.materialised && root._offset >= 0) return 'reading positions made the content';
    return place(root) === place(b.value.$cstNode) ? undefined : `root: ${place(root)} vs ${place(b.value.$cstNode)}`;
}
