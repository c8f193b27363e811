/**
 * Keeps workspace-wide findings right when a file changes, opens or closes, without
 * re-validating the whole workspace.
 *
 * Langium rebuilds the changed documents and relinks the documents whose references
 * point into them. Findings such as `cascade-uncovered`, `pk-missing`,
 * `duplicate-period` or `duplicate-name` also depend on documents that do not reference
 * the changed one: other files of the same organisation, agreements and `realisasi`
 * blocks naming it, and the regional government its nodes support. So every document
 * records the organisations it contributes to (its blocks, items and agreements:
 * engine/model-index.ts `contributedOrganisations`) and the ones it reads (those plus the
 * organisations its references name: `touchedOrganisations`). After Langium's own update,
 * a document not rebuilt yet is validated again when it reads an organisation a changed
 * document contributes to, or contributes to one a changed document reads — before or
 * after the change. Editing one agency's file thus re-validates that agency's files and
 * its regional government's, not the other agencies': the cost is proportional to the
 * organisations involved, not to the workspace.
 */
import { DefaultDocumentBuilder, DocumentState, type AstNode, type LangiumDocument, type LangiumSharedCoreServices, type URI } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { isInstansi, isPemda, isPerjanjian, isRealisasiBlock, type Model } from './generated/ast.js';
import { organisationOf } from './qualified-names.js';
import { contributedOrganisations } from '../engine/model-index.js';

const touchedCache = new WeakMap<AstNode, Set<string>>();

/** Organisations a document declares, continues, reports on, agrees for, or names in a reference. */
export function touchedOrganisations(root: Model): Set<string> {
    let touched = touchedCache.get(root);
    if (touched) return touched;
    touched = new Set<string>();
    const addQualified = (text: string | undefined) => {
        const org = text ? organisationOf(text) : undefined;
        if (org) touched!.add(org);
    };
    for (const element of root.elements ?? []) {
        if (isPemda(element) || isInstansi(element)) {
            if (element.name) touched.add(element.name);
            if (isInstansi(element) && element.pemda?.$refText) touched.add(element.pemda.$refText);
            if (isInstansi(element)) element.positions.forEach(p => addQualified(p.superior?.$refText));
            for (const node of element.nodes) {
                addQualified(node.owner?.$refText);
                node.supports.forEach(ref => addQualified(ref.$refText));
                node.indicators.forEach(i => i.supports.forEach(ref => addQualified(ref.$refText)));
            }
        } else if (isRealisasiBlock(element)) {
            if (element.organisation?.$refText) touched.add(element.organisation.$refText);
        } else if (isPerjanjian(element)) {
            addQualified(element.position?.$refText);
        }
    }
    touchedCache.set(root, touched);
    return touched;
}

export class KinerjaDocumentBuilder extends DefaultDocumentBuilder {
    private validatedDuringUpdate?: Set<string>;

    /** Documents with a reference that did not resolve when they were last linked. */
    private readonly withLinkingErrors = new Set<string>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.onDocumentPhase(DocumentState.Validated, document => {
            this.validatedDuringUpdate?.add(document.uri.toString());
        });
        this.onDocumentPhase(DocumentState.Linked, document => {
            const uri = document.uri.toString();
            if (document.references.some(ref => ref.error !== undefined)) this.withLinkingErrors.add(uri);
            else this.withLinkingErrors.delete(uri);
        });
    }

    /**
     * As Langium's (relink a document with unresolved references, or one referencing a
     * changed document), without scanning every reference of every document per edit:
     * the unresolved ones are remembered when a document is linked, and the index
     * manager answers "references a changed document" from a reverse map.
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        return this.withLinkingErrors.has(document.uri.toString()) || this.indexManager.isAffected(document, changedUris);
    }

    override async update(changed: URI[], deleted: URI[], cancelToken = CancellationToken.None): Promise<void> {
        const contributed = new Set<string>();
        const read = new Set<string>();
        const collect = (uri: URI) => {
            const document = this.langiumDocuments.getDocument(uri);
            if (!document) return;
            const root = document.parseResult.value as Model;
            contributedOrganisations(root).forEach(o => contributed.add(o));
            touchedOrganisations(root).forEach(o => read.add(o));
        };
        changed.forEach(collect);
        deleted.forEach(collect);
        this.validatedDuringUpdate = new Set();
        try {
            await super.update(changed, deleted, cancelToken);
            changed.forEach(collect);
            const rebuilt = this.validatedDuringUpdate;
            const meets = (organisations: Set<string>, wanted: Set<string>) => {
                for (const o of organisations) if (wanted.has(o)) return true;
                return false;
            };
            const stale = read.size === 0 ? [] : this.langiumDocuments.all
                .filter(doc => doc.state >= DocumentState.Validated && !rebuilt.has(doc.uri.toString()))
                .filter(doc => {
                    const root = doc.parseResult.value as Model;
                    return meets(touchedOrganisations(root), contributed) || meets(contributedOrganisations(root), read);
                })
                .toArray();
            if (stale.length) await this.revalidate(stale, cancelToken);
        } finally {
            this.validatedDuringUpdate = undefined;
        }
    }

    /** Validates documents again, keeping their (still valid) links. */
    protected async revalidate(documents: LangiumDocument[], cancelToken: CancellationToken): Promise<void> {
        for (const document of documents) {
            this.resetToState(document, DocumentState.IndexedReferences);
        }
        await this.buildDocuments(documents, this.updateBuildOptions, cancelToken);
    }
}
