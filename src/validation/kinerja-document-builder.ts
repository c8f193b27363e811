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
 * organisations involved, not to the workspace. Reverse maps (organisation → documents
 * reading it, → documents contributing to it), kept as documents are indexed, find those
 * documents without asking every document of the workspace.
 */
import { Cancellation, DefaultDocumentBuilder, DocumentState, type AstNode, type BuildOptions, type LangiumDocument, type LangiumSharedCoreServices, type URI } from 'langium';
import { isInstansi, isPemda, isPerjanjian, isRealisasiBlock, type Model } from '../language/generated/ast.js';
import { organisationOf } from '../language/qualified-names.js';
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

/** What one document reads and contributes to, as registered in the reverse maps. */
interface Registration {
    root: Model;
    read: Set<string>;
    contributed: Set<string>;
}

export class KinerjaDocumentBuilder extends DefaultDocumentBuilder {
    private validatedDuringUpdate?: Set<string>;

    /** Documents with a reference that did not resolve when they were last linked. */
    private readonly withLinkingErrors = new Set<string>();

    /**
     * By organisation, the documents that read it and those that contribute to it (by
     * URI), so an edit finds the documents to validate again without asking every
     * document of the workspace. Kept for each document's root as it is indexed.
     */
    private readonly readers = new Map<string, Set<string>>();
    private readonly contributors = new Map<string, Set<string>>();
    private readonly registrations = new Map<string, Registration>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.onDocumentPhase(DocumentState.IndexedContent, document => this.register(document));
        this.onUpdate((_changed, deleted) => deleted.forEach(uri => this.unregister(uri.toString())));
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
     * A document that reached a state has every listener of that state run, even when
     * the build is cancelled at that moment. Langium checks the cancellation before each
     * listener, so a build cancelled right after a document was validated skipped the
     * publishing of its diagnostics, and no later build published them (the document was
     * validated already): the editor kept the findings of an earlier text for good (seen
     * after 20 minutes of a soak under heavy load). The same skip would leave this
     * builder's own maps (registered roots, linking errors) behind. The listeners are
     * bookkeeping and publishing; the build still stops at its next cancellation check.
     */
    protected override notifyDocumentPhase(document: LangiumDocument, state: DocumentState, _cancelToken: Cancellation.CancellationToken): Promise<void> {
        return super.notifyDocumentPhase(document, state, Cancellation.CancellationToken.None);
    }

    /** Puts a freshly indexed document into the reverse maps (replacing its previous root's entries). */
    protected register(document: LangiumDocument): void {
        const uri = document.uri.toString();
        const root = document.parseResult.value as Model;
        if (this.registrations.get(uri)?.root === root) return;
        this.unregister(uri);
        const registration = { root, read: touchedOrganisations(root), contributed: contributedOrganisations(root) };
        const add = (map: Map<string, Set<string>>, organisations: Set<string>) => organisations.forEach(o => {
            const set = map.get(o);
            if (set) set.add(uri); else map.set(o, new Set([uri]));
        });
        add(this.readers, registration.read);
        add(this.contributors, registration.contributed);
        this.registrations.set(uri, registration);
    }

    private unregister(uri: string): void {
        const registration = this.registrations.get(uri);
        if (!registration) return;
        const remove = (map: Map<string, Set<string>>, organisations: Set<string>) => organisations.forEach(o => {
            const set = map.get(o);
            set?.delete(uri);
            if (set?.size === 0) map.delete(o);
        });
        remove(this.readers, registration.read);
        remove(this.contributors, registration.contributed);
        this.registrations.delete(uri);
    }

    /**
     * As Langium's: whether a document's last build left out a validation category asked
     * for now. Langium asks this of every document of the workspace on every edit, looking
     * up the document's services and copying its categories each time; here the
     * categories are looked up once per language and compared in place.
     */
    protected override resultsAreIncomplete(document: LangiumDocument, options: BuildOptions): boolean {
        const executed = this.buildState.get(document.uri.toString())?.result?.validationChecks;
        if (!executed) return super.resultsAreIncomplete(document, options);
        const requested = options === undefined || options.validation === true ? this.allCategories(document)
            : typeof options.validation === 'object' ? (options.validation.categories ?? this.allCategories(document)) : [];
        for (const category of requested) if (!executed.includes(category)) return true;
        return false;
    }

    /** Per language, the validation registry's own (live) collection of categories. */
    private readonly categories = new Map<string, Iterable<string>>();

    private allCategories(document: LangiumDocument): Iterable<string> {
        const language = document.textDocument.languageId;
        let categories = this.categories.get(language);
        if (!categories) {
            categories = this.serviceRegistry.getServices(document.uri).validation.ValidationRegistry.getAllValidationCategories(document);
            this.categories.set(language, categories);
        }
        return categories;
    }

    /**
     * As Langium's (relink a document with unresolved references, or one referencing a
     * changed document), without scanning every reference of every document per edit:
     * the unresolved ones are remembered when a document is linked, and the index
     * manager answers "references a changed document" from a reverse map.
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        // Linked by a build that was cancelled before it indexed the references: the index
        // still holds the previous version's, so it cannot tell; relink (as Langium's own
        // check would have to).
        if (document.state >= DocumentState.Linked && document.state < DocumentState.IndexedReferences) return true;
        return this.withLinkingErrors.has(document.uri.toString()) || this.indexManager.isAffected(document, changedUris);
    }

    /**
     * What the changes of updates that did not finish (a build is cancelled when the next
     * edit arrives) read and contributed to, and the changed documents whose new content
     * is still to be looked at: carried into the next update, so the documents they affect
     * are validated again there. Cleared once an update has validated them.
     */
    private readonly pending = { read: new Set<string>(), contributed: new Set<string>(), changed: new Map<string, URI>() };

    override async update(changed: URI[], deleted: URI[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const { read, contributed } = this.pending;
        const collect = (uri: URI) => {
            const document = this.langiumDocuments.getDocument(uri);
            if (!document) return;
            const root = document.parseResult.value as Model;
            contributedOrganisations(root).forEach(o => contributed.add(o));
            touchedOrganisations(root).forEach(o => read.add(o));
        };
        // Before the change: what the documents were.
        changed.forEach(collect);
        deleted.forEach(collect);
        changed.forEach(uri => this.pending.changed.set(uri.toString(), uri));
        this.validatedDuringUpdate = new Set();
        try {
            await super.update(changed, deleted, cancelToken);
            // After it: what they are now (also those of updates cancelled before this one).
            this.pending.changed.forEach(collect);
            const rebuilt = this.validatedDuringUpdate;
            // Documents that read what the change contributes to, or contribute to what it reads.
            const candidates = new Set<string>();
            if (read.size > 0) {
                contributed.forEach(o => this.readers.get(o)?.forEach(uri => candidates.add(uri)));
                read.forEach(o => this.contributors.get(o)?.forEach(uri => candidates.add(uri)));
            }
            const stale = candidates.size === 0 ? [] : this.langiumDocuments.all
                .filter(doc => {
                    const uri = doc.uri.toString();
                    return candidates.has(uri) && doc.state >= DocumentState.Validated && !rebuilt.has(uri);
                })
                .toArray();
            if (stale.length) await this.revalidate(stale, cancelToken);
            read.clear();
            contributed.clear();
            this.pending.changed.clear();
        } finally {
            this.validatedDuringUpdate = undefined;
        }
    }

    /** Validates documents again, keeping their (still valid) links. */
    protected async revalidate(documents: LangiumDocument[], cancelToken: Cancellation.CancellationToken): Promise<void> {
        for (const document of documents) {
            this.resetToState(document, DocumentState.IndexedReferences);
        }
        await this.buildDocuments(documents, this.updateBuildOptions, cancelToken);
    }
}
