/**
 * Scoping: what the names in `.kinerja` files refer to, across files.
 *
 * Exports (the workspace index) are computed per file without linking; references are
 * resolved against the index with the rules in qualified-names.ts. Lookups are map
 * lookups, so resolving a reference does not depend on the size of the workspace.
 */
import {
    DefaultScopeComputation, DefaultScopeProvider, EMPTY_STREAM, MultiMap, stream,
    type AstNode, type AstNodeDescription, type DocumentSegment, type LangiumDocument, type LocalSymbols,
    type ReferenceInfo, type Scope, type Stream, type URI
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isInstansi, isPemda, type Model } from './generated/ast.js';
import { enclosingOrganisationName, isQualified, qualify } from './qualified-names.js';
import { KinerjaIndexManager } from './kinerja-index-manager.js';

export class KinerjaScopeComputation extends DefaultScopeComputation {

    override async collectExportedSymbols(document: LangiumDocument, _cancelToken?: CancellationToken): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        const model = document.parseResult.value as Model;
        for (const element of model.elements) {
            if (isPemda(element) || isInstansi(element)) {
                // A continuation (`instansi X { … }` without a name) is not a declaration.
                if (element.name && (isPemda(element) || element.title !== undefined)) {
                    exports.push(this.descriptions.createDescription(element, element.name, document));
                }
                if (!element.name) continue;
                // Named elements sit at known places: positions, nodes and their indicators.
                const add = (child: AstNode & { name?: string }) => {
                    if (child.name) exports.push(this.descriptions.createDescription(child, qualify(element.name, child.name), document));
                };
                if (isInstansi(element)) element.positions.forEach(add);
                for (const node of element.nodes) {
                    add(node);
                    node.indicators.forEach(add);
                }
            }
        }
        return exports;
    }

    override async collectLocalSymbols(_document: LangiumDocument, _cancelToken?: CancellationToken): Promise<LocalSymbols> {
        // Everything is reachable through the index under its qualified name.
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}

export class KinerjaScopeProvider extends DefaultScopeProvider {
    private readonly indexScopes = new Map<string, Scope>();

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const global = this.getGlobalScope(referenceType, context);
        return new OrganisationScope(global, enclosingOrganisationName(context.container));
    }

    /**
     * The whole index by name, straight from the index manager's name map (kept up to date
     * per file, see kinerja-index-manager.ts), instead of a map of every exported name
     * rebuilt after each change.
     */
    override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const index = this.indexManager;
        if (!(index instanceof KinerjaIndexManager)) return super.getGlobalScope(referenceType, context);
        let scope = this.indexScopes.get(referenceType);
        if (!scope) {
            scope = {
                getElement: name => index.elementByName(name, referenceType),
                getElements: name => {
                    const element = index.elementByName(name, referenceType);
                    return element ? stream([element]) : EMPTY_STREAM;
                },
                getAllElements: () => index.allElements(referenceType)
            };
            this.indexScopes.set(referenceType, scope);
        }
        return scope;
    }
}

/**
 * The view of the global index from inside one organisation: `X` means `Org.X`, a
 * qualified name means itself, and organisations are found by their bare names.
 */
export class OrganisationScope implements Scope {
    constructor(readonly global: Scope, readonly organisation: string | undefined) {}

    getElement(name: string): AstNodeDescription | undefined {
        if (this.organisation && !isQualified(name)) {
            return this.global.getElement(qualify(this.organisation, name)) ?? this.global.getElement(name);
        }
        return this.global.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const element = this.getElement(name);
        return element ? stream([element]) : EMPTY_STREAM;
    }

    /** For completion and "did you mean": local names unqualified, the rest qualified. */
    getAllElements(): Stream<AstNodeDescription> {
        const prefix = this.organisation ? `${this.organisation}.` : undefined;
        return this.global.getAllElements().map(desc =>
            prefix && desc.name.startsWith(prefix) && !desc.name.includes('.', prefix.length)
                ? new LocalName(desc, desc.name.slice(prefix.length))
                : desc);
    }
}

/**
 * An index entry under its name inside its organisation. It reads everything else from
 * the entry (a copy made by spreading would miss what the entry computes when read:
 * kinerja-descriptions.ts), and computes nothing until asked.
 */
class LocalName implements AstNodeDescription {
    constructor(private readonly entry: AstNodeDescription, readonly name: string) {}
    get node(): AstNode | undefined { return this.entry.node; }
    get type(): string { return this.entry.type; }
    get documentUri(): URI { return this.entry.documentUri; }
    get path(): string { return this.entry.path; }
    get nameSegment(): DocumentSegment | undefined { return this.entry.nameSegment; }
    get selectionSegment(): DocumentSegment | undefined { return this.entry.selectionSegment; }
}
