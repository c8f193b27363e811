/**
 * The fast path's CST builder: the tree Langium's CstNodeBuilder builds, node for node,
 * with each composite node's content made once at its final size.
 *
 * CstNodeBuilder appends every child to its parent's array as it comes (the first push
 * gives a small array room for 16 more) and copies the array when the node is closed.
 * Here the children of the open nodes wait on one shared stack, each open node owning
 * the part from its mark to the end; closing a node cuts its part off as its content.
 * An open composite node joins its parent's part when it is closed, which is where
 * CstNodeBuilder put it when it was opened: while a node is open its parent gets no
 * other children, except comments placed before it (see addHiddenNodes).
 *
 * test/language/fast-parser.test.ts compares the trees with Langium's parser's.
 */
import {
    AbstractCstNode, CompositeCstNodeImpl, LeafCstNodeImpl, RootCstNodeImpl,
    type AstNode, type CstNode, type GrammarAST, type LeafCstNode, type RootCstNode
} from 'langium';
import type { TokenType } from 'chevrotain';
import type { HiddenToken } from './kinerja-lexer.js';

type Range = CstNode['range'];

/**
 * A token's leaf as the fast path makes it: what LeafCstNodeImpl says, in fewer bytes
 * (docs/performance.md, third round). Its token is on one line (the fast lexer's tokens are: strings hold
 * no line breaks) and never hidden (comments are LeafCstNodeImpl), so the line and
 * column are looked up from the offset when a range is asked for (diagnostics, the
 * editor's features) instead of being stored in each leaf.
 */
export class TokenLeaf extends AbstractCstNode implements LeafCstNode {
    private readonly _offset: number;
    private readonly _length: number;
    private readonly _tokenType: TokenType;

    constructor(offset: number, length: number, tokenType: TokenType) {
        super();
        this._offset = offset;
        this._length = length;
        this._tokenType = tokenType;
    }

    get offset(): number { return this._offset; }
    get length(): number { return this._length; }
    get end(): number { return this._offset + this._length; }
    get hidden(): boolean { return false; }
    get tokenType(): TokenType { return this._tokenType; }

    get astNode(): AstNode {
        const container = this.container;
        if (!container) throw new Error('This node has no associated AST element');
        return container.astNode;
    }

    get range(): Range {
        return rangeIn(this.root, this._offset, this._offset + this._length);
    }
}

/** Where each line of a root's text starts; lines end at \n, \r\n or \r, as the lexers count them. */
const lineStartsByRoot = new WeakMap<RootCstNode, Int32Array>();

function lineStarts(root: RootCstNode): Int32Array {
    let starts = lineStartsByRoot.get(root);
    if (!starts) {
        const text = root.fullText;
        const found = [0];
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
            if (c === 10 || c === 13) found.push(i + 1);
        }
        starts = Int32Array.from(found);
        lineStartsByRoot.set(root, starts);
    }
    return starts;
}

/** The last line starting at or before `offset`. */
function lineAt(starts: Int32Array, offset: number): number {
    let low = 0, high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset) low = middle; else high = middle - 1;
    }
    return low;
}

/**
 * Lines and characters of `start` and `end` in a root's text, for the fast path's leaves
 * and the lean composite nodes (kinerja-lean-cst.ts), whose positions are offsets.
 */
export function rangeIn(root: RootCstNode, start: number, end: number): Range {
    const starts = lineStarts(root);
    const startLine = lineAt(starts, start);
    // A token ends on its own line; only a node of several lines needs a second search.
    const endLine = startLine + 1 < starts.length && starts[startLine + 1] <= end ? lineAt(starts, end) : startLine;
    return { start: { line: startLine, character: start - starts[startLine] }, end: { line: endLine, character: end - starts[endLine] } };
}

export class FlatCstBuilder {
    private root = new RootCstNodeImpl('');
    /** The open composite nodes, the root first. */
    private readonly open: CompositeCstNodeImpl[] = [];
    /** Where each open node's part of `children` starts. */
    private readonly marks: number[] = [];
    /** The children of the open nodes, up to `top` (the array is reused, not truncated: that was slow). */
    private children: CstNode[] = [];
    private top = 0;
    /** When recording: every composite node built, in the order they were opened (see kinerja-lean-cst.ts). */
    private created: CompositeCstNodeImpl[] | undefined;

    /** Records the composite nodes of the next tree built, for `takeCreated`. */
    record(): void {
        this.created = [];
    }

    /** The composite nodes recorded since `record`, which stops recording. */
    takeCreated(): CompositeCstNodeImpl[] {
        const created = this.created ?? [];
        this.created = undefined;
        return created;
    }

    buildRootNode(input: string): RootCstNodeImpl {
        this.root = new RootCstNodeImpl(input);
        this.open.length = 0;
        this.marks.length = 0;
        this.children = [];
        this.top = 0;
        this.open.push(this.root);
        this.marks.push(0);
        return this.root;
    }

    /** The node new children go into: the innermost open one, else the root. */
    get current(): CompositeCstNodeImpl {
        return this.open.length > 0 ? this.open[this.open.length - 1] : this.root;
    }

    buildCompositeNode(feature: GrammarAST.AbstractElement): CompositeCstNodeImpl {
        const node = new CompositeCstNodeImpl();
        node.grammarSource = feature;
        node.container = this.current;
        this.open.push(node);
        this.marks.push(this.top);
        this.created?.push(node);
        return node;
    }

    appendLeaf(leaf: TokenLeaf): void {
        leaf.container = this.current;
        if (this.open.length > 0) this.children[this.top++] = leaf;
        else this.root.content.push(leaf);
    }

    /**
     * Closes the innermost open node (CstNodeBuilder.construct): `item.$cstNode` is set to
     * it when given; an empty node is dropped from the tree.
     */
    construct(item?: { $cstNode?: CstNode }): CompositeCstNodeImpl {
        const node = this.open.pop()!;
        const mark = this.marks.pop()!;
        if (item) item.$cstNode = node;
        if (this.top > mark) {
            node.content = this.children.slice(mark, this.top);
            this.top = mark;
            if (this.open.length > 0) this.children[this.top++] = node;
        }
        return node;
    }

    /**
     * Comments before the next token, placed as CstNodeBuilder.addHiddenNodes places them:
     * into the current node when it has content; else before the innermost open node
     * that has an earlier sibling (the end of its parent's part, as every part after it
     * is empty, and the parts after it move up); else at the start of the root.
     */
    addHiddenNodes(tokens: readonly HiddenToken[]): void {
        const nodes = tokens.map(token => new LeafCstNodeImpl(token.startOffset, token.image.length, token.startLine - 1, token.startColumn - 1,
            token.endLine - 1, token.endColumn, token.tokenType, true));
        const open = this.open, marks = this.marks, children = this.children;
        const top = open.length - 1;
        if (top < 0) {
            // Everything is closed: the root takes them at its end (or start, if empty).
            for (const node of nodes) node.container = this.root;
            this.root.content.push(...nodes);
            return;
        }
        let level = top;
        if (this.top === marks[top]) {
            // The current node is empty: find the innermost open node with an earlier sibling.
            while (level > 0 && marks[level] === marks[level - 1]) level--;
            level = level > 0 ? level - 1 : 0;
        }
        for (const node of nodes) {
            node.container = open[level];
            children[this.top++] = node;
        }
        for (let k = level + 1; k <= top; k++) marks[k] += nodes.length;
    }
}
