/**
 * Rename across files, respecting how names are written:
 *
 * - renaming a position, node or indicator changes its declaration and every reference;
 *   a qualified reference (`Opd.P1`) keeps its qualifier and only its last segment changes,
 *   an unqualified one (`P1`) is replaced plainly;
 * - renaming an organisation (`pemda`/`instansi`) changes its declaring block, the blocks
 *   that continue it in other files (`instansi Disdik { … }`), the references to it
 *   (`pemda Kab`, `realisasi Kab 2025`) and the first segment of every qualified name
 *   into it (`Kab.SD1`, `perjanjian Dinkes.Kadis 2025`).
 *
 * Renaming starts on a declaration's name or on a reference; on the first segment of a
 * qualified reference it renames the organisation, elsewhere the element.
 */
import { AstUtils, CstUtils, type AstNode, type LangiumDocument, type LangiumDocuments, type Reference } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import {
    ErrorCodes, ResponseError, TextEdit, type Position, type PrepareRenameParams, type Range, type RenameParams, type WorkspaceEdit
} from 'vscode-languageserver';
import { isInstansi, isPemda, type Instansi, type Pemda } from '../language/generated/ast.js';
import type { KinerjaServices } from './kinerja-module.js';
import { lspMessage } from './messages.js';
import { lspContext } from './lsp-support.js';

/** What a rename at a position means. */
type RenameTarget =
    | { kind: 'element'; node: AstNode; range: Range }
    | { kind: 'organisation'; name: string; range: Range };

export class KinerjaRenameProvider extends DefaultRenameProvider {
    private readonly documents: LangiumDocuments;

    constructor(private readonly services: KinerjaServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params.position);
        if (!target) return undefined;
        this.checkName(document, params.newName);
        const changes: Record<string, TextEdit[]> = {};
        const add = (uri: string, range: Range) => (changes[uri] ??= []).push(TextEdit.replace(range, params.newName));
        if (target.kind === 'organisation') {
            this.renameOrganisation(target.name, add);
        } else {
            for (const ref of this.references.findReferences(target.node, { includeDeclaration: true })) {
                const doc = this.documents.getDocument(ref.sourceUri);
                if (!doc) continue;
                add(ref.sourceUri.toString(), lastSegment(doc, ref.segment.range));
            }
        }
        return { changes };
    }

    override prepareRename(document: LangiumDocument, params: PrepareRenameParams): Range | undefined {
        return this.targetAt(document, params.position)?.range;
    }

    /** The organisation parts, references to it and qualified names into it, in one pass over the references. */
    private renameOrganisation(name: string, add: (uri: string, range: Range) => void): void {
        const organisation = this.services.kinerja.WorkspaceModel.get().organisations.get(name);
        for (const part of organisation?.parts ?? []) {
            const nameNode = this.nameProvider.getNameNode(part);
            if (nameNode) add(this.documentUri(part), nameNode.range);
        }
        const prefix = `${name}.`;
        for (const doc of this.documents.all) {
            const uri = doc.uri.toString();
            for (const ref of doc.references) {
                const range = ref.$refNode?.range;
                if (!range) continue;
                if (ref.$refText.startsWith(prefix)) {
                    add(uri, firstSegment(doc, range));
                } else if (ref.$refText === name && 'ref' in ref && isOrganisation((ref as Reference).ref, name)) {
                    add(uri, range);
                }
            }
        }
    }

    private targetAt(document: LangiumDocument, position: Position): RenameTarget | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (!leaf) return undefined;
        const reference = document.references.find(r => r.$refNode && r.$refNode.offset <= offset && offset <= r.$refNode.end);
        if (reference?.$refNode) {
            const text = reference.$refText;
            const dot = text.indexOf('.');
            const range = reference.$refNode.range;
            // On the qualifier of `Org.X`: the organisation.
            if (dot > 0 && offset <= reference.$refNode.offset + dot) {
                return { kind: 'organisation', name: text.slice(0, dot), range: firstSegment(document, range) };
            }
            const node = this.references.findDeclarations(leaf)[0];
            if (!node) return undefined;
            if (isOrganisation(node)) return { kind: 'organisation', name: (node as Pemda | Instansi).name, range };
            return { kind: 'element', node, range: lastSegment(document, range) };
        }
        // On a declaration's name.
        const node = leaf.astNode;
        const nameNode = this.nameProvider.getNameNode(node);
        if (!nameNode || nameNode.offset > offset || offset > nameNode.end) return undefined;
        if (isPemda(node) || isInstansi(node)) return node.name ? { kind: 'organisation', name: node.name, range: nameNode.range } : undefined;
        return { kind: 'element', node, range: nameNode.range };
    }

    /** A new name must be a single identifier that is not a keyword. */
    private checkName(document: LangiumDocument, newName: string): void {
        const tokens = this.services.parser.Lexer.tokenize(newName).tokens;
        if (tokens.length !== 1 || tokens[0].tokenType.name !== 'ID' || tokens[0].image !== newName) {
            const { language } = lspContext(this.services, document.uri);
            throw new ResponseError(ErrorCodes.InvalidParams, lspMessage(language, 'rename.invalid', { name: newName }));
        }
    }

    private documentUri(node: AstNode): string {
        return AstUtils.getDocument(node).uri.toString();
    }
}

function isOrganisation(node: AstNode | undefined, name?: string): boolean {
    return !!node && (isPemda(node) || isInstansi(node)) && (name === undefined || node.name === name);
}

/** The range of the last segment of a (possibly qualified) name written at `range`. */
function lastSegment(document: LangiumDocument, range: Range): Range {
    const text = document.textDocument.getText(range);
    const dot = text.lastIndexOf('.');
    if (dot < 0) return range;
    const start = document.textDocument.positionAt(document.textDocument.offsetAt(range.start) + dot + 1);
    return { start, end: range.end };
}

/** The range of the first segment of a qualified name written at `range`. */
function firstSegment(document: LangiumDocument, range: Range): Range {
    const text = document.textDocument.getText(range);
    const dot = text.indexOf('.');
    if (dot < 0) return range;
    return { start: range.start, end: document.textDocument.positionAt(document.textDocument.offsetAt(range.start) + dot) };
}
