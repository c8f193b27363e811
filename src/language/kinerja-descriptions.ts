/**
 * Index entries (AstNodeDescription) whose path and segments are computed when first
 * read. Langium's provider computes the node's path string and its CST range for every
 * exported name at indexing time; a CLI check reads neither (the linker uses the node
 * itself), and in the editor they are read for the few entries a feature shows.
 */
import {
    DefaultAstNodeDescriptionProvider, AstUtils, CstUtils,
    type AstNode, type AstNodeDescription, type AstNodeLocator, type DocumentSegment, type LangiumDocument, type NameProvider, type URI
} from 'langium';

class NodeDescription implements AstNodeDescription {
    private cachedPath?: string;
    private cachedNameSegment?: DocumentSegment | null;
    private cachedSelection?: DocumentSegment | null;

    constructor(
        readonly node: AstNode,
        readonly name: string,
        readonly type: string,
        readonly documentUri: URI,
        private readonly locator: AstNodeLocator,
        private readonly names: NameProvider
    ) {}

    get path(): string {
        return this.cachedPath ??= this.locator.getAstNodePath(this.node);
    }

    get nameSegment(): DocumentSegment | undefined {
        if (this.cachedNameSegment === undefined) {
            this.cachedNameSegment = CstUtils.toDocumentSegment(this.names.getNameNode(this.node) ?? this.node.$cstNode) ?? null;
        }
        return this.cachedNameSegment ?? undefined;
    }

    get selectionSegment(): DocumentSegment | undefined {
        if (this.cachedSelection === undefined) this.cachedSelection = CstUtils.toDocumentSegment(this.node.$cstNode) ?? null;
        return this.cachedSelection ?? undefined;
    }
}

export class KinerjaAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const doc = document ?? AstUtils.getDocument(node);
        name ??= this.nameProvider.getName(node);
        if (!name) throw new Error(`Node at path ${this.astNodeLocator.getAstNodePath(node)} has no name.`);
        return new NodeDescription(node, name, node.$type, doc.uri, this.astNodeLocator, this.nameProvider);
    }
}
