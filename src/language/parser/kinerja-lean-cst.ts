/**
 * The lean CST: what the fast path builds by default, the composite CST nodes without
 * their content, which is made the first time anything asks for it.
 *
 * A clean `kinerja check` reads the CST only for positions: where an AST node or a
 * reference starts and ends (diagnostics, index entries). Each composite node here knows
 * the offsets of its first and last token, and answers offset, end, range and text from
 * them, as CompositeCstNodeImpl answers from its content. Only references keep a leaf
 * each (their `$refNode`). The leaves of every other token and the content
 * arrays are made when a document's CST is first walked (a finding's exact property,
 * hover, formatting, semantic tokens): the fast path parses the document's text again
 * with the full CST builder and hands each lean node the content of its counterpart,
 * keeping the lean nodes and the references' leaves, so every object seen before stays
 * the one seen after. A check builds no leaves that nothing reads (docs/performance.md,
 * fourth round).
 *
 * test/language/fast-parser.test.ts compares both the lean nodes' positions (before their
 * content is made) and the materialised tree with Langium's parser's.
 */
import { AbstractCstNode, type AstNode, type CompositeCstNode, type CstNode, type GrammarAST, type RootCstNode } from 'langium';
import type { TokenType } from 'chevrotain';
import { TokenLeaf, rangeIn } from './kinerja-cst-builder.js';

type Range = CstNode['range'];

/** What a lean root keeps until its content is made. */
export interface LeanState {
    /** Every composite node below the root, in the order they were opened. */
    readonly composites: LeanComposite[];
    /** The references' leaves, in the order they were made. */
    readonly references: TokenLeaf[];
    /** Makes the content of the root and every node in `composites` (the fast path's parser). */
    readonly materialize: (root: LeanRoot) => void;
}

const EMPTY_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export class LeanComposite extends AbstractCstNode implements CompositeCstNode {
    /** Undefined until the document's CST is materialised. */
    _content: CstNode[] | undefined = undefined;
    _astNode: AstNode | undefined = undefined;
    /** The first token's offset; -1 when the node has no token (Langium drops such nodes from their parent). */
    _offset = -1;
    /** The last token's end. */
    _end = 0;

    get content(): CstNode[] {
        return this._content ?? materialise(this);
    }

    set content(content: CstNode[]) {
        this._content = content;
    }

    get astNode(): AstNode {
        // eslint-disable-next-line @typescript-eslint/no-this-alias
        let node: CompositeCstNode | undefined = this;
        while (node) {
            const own = (node as { _astNode?: AstNode })._astNode;
            if (own) return own;
            node = node.container;
        }
        throw new Error('This node has no associated AST element');
    }

    set astNode(node: AstNode) {
        this._astNode = node;
    }

    get hidden(): boolean { return false; }
    get offset(): number { return this._offset < 0 ? 0 : this._offset; }
    get end(): number { return this._offset < 0 ? 0 : this._end; }
    get length(): number { return this.end - this.offset; }

    /** CompositeCstNodeImpl's range: from its first token's start to its last token's end (tokens are on one line). */
    get range(): Range {
        return this._offset < 0 ? EMPTY_RANGE : rangeIn(this.root, this._offset, this._end);
    }

    get firstNonHiddenNode(): CstNode | undefined {
        const content = this.content;
        return content.find(child => !child.hidden) ?? content[0];
    }

    get lastNonHiddenNode(): CstNode | undefined {
        const content = this.content;
        for (let i = content.length - 1; i >= 0; i--) if (!content[i].hidden) return content[i];
        return content[content.length - 1];
    }
}

export class LeanRoot extends LeanComposite implements RootCstNode {
    /** Until the content is made. */
    lean: LeanState | undefined = undefined;

    constructor(private readonly _text: string) {
        super();
    }

    get fullText(): string { return this._text; }

    /** Whether the content has been made. */
    get materialised(): boolean { return this.lean === undefined; }

    // A file without tokens (empty, or comments only) has Langium's positions from its comments.
    override get offset(): number { return this._offset < 0 ? (this.firstNonHiddenNode?.offset ?? 0) : this._offset; }
    override get end(): number { return this._offset < 0 ? (this.lastNonHiddenNode?.end ?? 0) : this._end; }

    override get range(): Range {
        if (this._offset >= 0) return super.range;
        const first = this.firstNonHiddenNode, last = this.lastNonHiddenNode;
        return first && last ? { start: first.range.start, end: last.range.end } : EMPTY_RANGE;
    }

    override get text(): string {
        return this._text.substring(this.offset, this.end);
    }
}

function materialise(node: LeanComposite): CstNode[] {
    const root = node.root as LeanRoot;
    const state = root.lean;
    if (!state) throw new Error('A lean CST node without content in a materialised tree.');
    state.materialize(root);
    return node._content!;
}

/**
 * Builds the lean tree with the calls FlatCstBuilder takes, less the leaves: `token` is
 * told of each token consumed, `referenceLeaf` makes a reference's leaf.
 */
export class LeanCstBuilder {
    private root = new LeanRoot('');
    /** The open nodes, the root first. */
    private readonly open: LeanComposite[] = [];
    /** How many of the innermost open nodes have had no token yet. */
    private unset = 0;
    private lastEnd = 0;
    private composites: LeanComposite[] = [];
    private references: TokenLeaf[] = [];

    buildRootNode(input: string): LeanRoot {
        this.root = new LeanRoot(input);
        this.open.length = 0;
        this.open.push(this.root);
        this.unset = 1;
        this.lastEnd = 0;
        this.composites = [];
        this.references = [];
        return this.root;
    }

    get current(): LeanComposite {
        return this.open.length > 0 ? this.open[this.open.length - 1] : this.root;
    }

    buildCompositeNode(feature: GrammarAST.AbstractElement): LeanComposite {
        const node = new LeanComposite();
        node.grammarSource = feature;
        node.container = this.current;
        this.open.push(node);
        this.unset++;
        this.composites.push(node);
        return node;
    }

    /** A token consumed into the current node: the first token of every open node that had none. */
    token(offset: number, end: number): void {
        if (this.unset > 0) {
            const open = this.open;
            for (let k = open.length - this.unset; k < open.length; k++) open[k]._offset = offset;
            this.unset = 0;
        }
        this.lastEnd = end;
    }

    /** The leaf of the token just consumed, which a reference keeps as its `$refNode`. */
    referenceLeaf(offset: number, length: number, tokenType: TokenType, feature: GrammarAST.AbstractElement): TokenLeaf {
        const leaf = new TokenLeaf(offset, length, tokenType);
        leaf.grammarSource = feature;
        leaf.container = this.current;
        this.references.push(leaf);
        return leaf;
    }

    /** Closes the innermost open node: `item.$cstNode` is set to it when given. */
    construct(item?: { $cstNode?: CstNode }): LeanComposite {
        const node = this.open.pop()!;
        if (item) item.$cstNode = node;
        if (node._offset < 0) this.unset--;
        else node._end = this.lastEnd;
        return node;
    }

    /** Hands the root what it needs to make its content later. */
    finish(materialize: (root: LeanRoot) => void): void {
        this.root.lean = { composites: this.composites, references: this.references, materialize };
        this.composites = [];
        this.references = [];
    }
}

/**
 * Gives the lean tree the content of the full tree the same parse built (`full` lists
 * its composite nodes in the order they were opened, as `state.composites` does): each
 * lean node takes its counterpart's content array, with the counterpart's composite
 * children replaced by their lean nodes and the references' leaves by the lean tree's.
 */
export function adoptContent(root: LeanRoot, state: LeanState, fullRoot: CompositeCstNode, full: readonly CompositeCstNode[]): void {
    const lean = state.composites;
    if (full.length !== lean.length) throw new Error(`The document parsed again has ${full.length} CST nodes, not ${lean.length}.`);
    const counterpart = new Map<CstNode, LeanComposite>();
    for (let i = 0; i < full.length; i++) {
        if (full[i].grammarSource !== lean[i].grammarSource) throw new Error(`The document parsed again differs at CST node ${i}.`);
        counterpart.set(full[i], lean[i]);
    }
    const leaves = new Map<number, TokenLeaf>();
    for (const leaf of state.references) leaves.set(leaf.offset, leaf);
    const adopt = (source: CompositeCstNode, target: LeanComposite) => {
        const content = source.content as CstNode[];
        for (let i = 0; i < content.length; i++) {
            const child = content[i];
            const replacement: CstNode | undefined = counterpart.get(child) ?? (child.hidden ? undefined : leaves.get(child.offset));
            const adopted = (replacement ?? child) as { container?: CompositeCstNode };
            adopted.container = target;
            content[i] = adopted as CstNode;
        }
        target._content = content;
    };
    adopt(fullRoot, root);
    for (let i = 0; i < full.length; i++) adopt(full[i], lean[i]);
}
