/**
 * Langium's linker with a cheaper walk. DefaultLinker.link visits the AST through
 * streamAst and streamReferences (a stream object, its state and an iterator per node)
 * and awaits interruptAndCheck once per node; on a 40-agency workspace that walk cost
 * about five times the linking itself. This one takes the references the parser's fast
 * path recorded while parsing, or else gathers them with a plain walk, in exactly the
 * same order either way (pre-order; a node's own references, in property order, before
 * its children), and yields to the event loop every 256 references, so a build stays
 * cancellable.
 */
import {
    Cancellation, DefaultLinker, interruptAndCheck, isAstNode, isMultiReference, isReference,
    type AstNode, type LangiumDocument, type ReferenceInfo
} from 'langium';

/**
 * The references of each AST the parser's fast path built (kinerja-parser.ts), in the
 * order collectReferences would find them, so linking a fresh file need not walk its AST.
 */
const parsedReferences = new WeakMap<AstNode, ReferenceInfo[]>();

/** Hands the references of a freshly parsed `root` to the linker. */
export function recordParsedReferences(root: AstNode, references: ReferenceInfo[]): void {
    parsedReferences.set(root, references);
}

/** The references recorded for `root`, once; undefined when none were recorded. */
export function takeParsedReferences(root: AstNode): ReferenceInfo[] | undefined {
    const references = parsedReferences.get(root);
    parsedReferences.delete(root);
    return references;
}

export class KinerjaLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        const root = document.parseResult.value;
        let references = takeParsedReferences(root);
        if (!references) {
            references = [];
            collectReferences(root, references);
        }
        for (let i = 0; i < references.length; i++) {
            if ((i & 255) === 0) await interruptAndCheck(cancelToken);
            this.doLink(references[i], document);
        }
    }
}

/** The references `node` holds itself (not its descendants), in property order. */
export function collectOwnReferences(node: AstNode, out: ReferenceInfo[], keys = Object.keys(node)): void {
    const record = node as unknown as Record<string, unknown>;
    for (const property of keys) {
        if (property.charCodeAt(0) === 36 /* $ */) continue;
        const value = record[property];
        if (isReference(value) || isMultiReference(value)) {
            out.push({ reference: value, container: node, property });
        } else if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const element: unknown = value[index];
                if (isReference(element) || isMultiReference(element)) out.push({ reference: element, container: node, property, index });
            }
        }
    }
}

/** The references of `root` and its descendants, in the order of streamAst × streamReferences. */
export function collectReferences(root: AstNode, out: ReferenceInfo[]): void {
    // An explicit stack: a deep cascade must not overflow the call stack.
    const stack: AstNode[] = [root];
    while (stack.length) {
        const node = stack.pop()!;
        const record = node as unknown as Record<string, unknown>;
        const keys = Object.keys(node);
        collectOwnReferences(node, out, keys);
        // Children last to first on the stack, so they are visited first to last.
        for (let k = keys.length - 1; k >= 0; k--) {
            const property = keys[k];
            if (property.charCodeAt(0) === 36) continue;
            const value = record[property];
            if (isAstNode(value)) {
                stack.push(value);
            } else if (Array.isArray(value)) {
                for (let index = value.length - 1; index >= 0; index--) {
                    const element: unknown = value[index];
                    if (isAstNode(element)) stack.push(element);
                }
            }
        }
    }
}
