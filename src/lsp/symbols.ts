/**
 * Symbols: kinds per kind of declaration, and the titles shown beside the names.
 *
 * - Document symbols (outline, breadcrumbs): the Langium tree of named elements, with the
 *   kind of each (organisations as namespaces, positions as classes, nodes as functions,
 *   indicators as properties) and `kind · title` as detail.
 * - Workspace symbols: every exported name, qualified (`Dinkes.IKU1`), with its title as
 *   the container text; the query is matched against the qualified name, where a segment
 *   after a dot starts a word (`IKU1` finds `Dinkes.IKU1`, as completion does).
 */
import type { AstNode, AstNodeDescription, CstNode, LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider, DefaultFuzzyMatcher, DefaultNodeKindProvider, DefaultWorkspaceSymbolProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import { isIndikator, isInstansi, isJabatan, isNode, isPemda } from '../language/generated/ast.js';

function astOf(node: AstNode | AstNodeDescription): AstNode | undefined {
    return '$type' in node ? node as AstNode : (node as AstNodeDescription).node;
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? (node as AstNode).$type : (node as AstNodeDescription).type;
}

export class KinerjaNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        switch (typeOf(node)) {
            case 'Pemda': case 'Instansi': return SymbolKind.Namespace;
            case 'Jabatan': return SymbolKind.Class;
            case 'Node': return SymbolKind.Function;
            case 'Indikator': return SymbolKind.Property;
            default: return SymbolKind.Field;
        }
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        switch (typeOf(node)) {
            case 'Pemda': case 'Instansi': return CompletionItemKind.Module;
            case 'Jabatan': return CompletionItemKind.Class;
            case 'Node': return CompletionItemKind.Function;
            case 'Indikator': return CompletionItemKind.Property;
            default: return CompletionItemKind.Reference;
        }
    }
}

/** `sasaran · Meningkatnya derajat kesehatan masyarakat` */
export function symbolDetail(node: AstNode | undefined): string | undefined {
    if (!node) return undefined;
    const title = (node as AstNode & { title?: string }).title;
    let kind: string | undefined;
    if (isPemda(node)) kind = 'pemda';
    else if (isInstansi(node)) kind = 'instansi';
    else if (isJabatan(node)) kind = node.staff ? 'jabatan staf' : node.echelon ? `jabatan eselon ${node.echelon}` : 'jabatan';
    else if (isNode(node)) kind = node.kind;
    else if (isIndikator(node)) kind = 'indikator';
    return [kind, title].filter(Boolean).join(' · ') || undefined;
}

export class KinerjaDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected override createSymbol(document: LangiumDocument, astNode: AstNode, cstNode: CstNode, nameNode: CstNode, computedName?: string): DocumentSymbol {
        return { ...super.createSymbol(document, astNode, cstNode, nameNode, computedName), detail: symbolDetail(astNode) };
    }
}

export class KinerjaWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    override getWorkspaceSymbol(description: AstNodeDescription): WorkspaceSymbol | undefined {
        const symbol = super.getWorkspaceSymbol(description);
        const detail = symbolDetail(astOf(description));
        return symbol && detail ? { ...symbol, containerName: detail } : symbol;
    }
}

const DOT = '.'.charCodeAt(0);

/** Langium's fuzzy matching, with the segments of qualified names as words of their own. */
export class KinerjaFuzzyMatcher extends DefaultFuzzyMatcher {
    override isWordTransition(previous: number, current: number): boolean {
        return previous === DOT || super.isWordTransition(previous, current);
    }
}
