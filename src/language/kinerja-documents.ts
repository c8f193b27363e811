/**
 * Langium's document collection, with its list of all documents kept between changes.
 *
 * Langium keeps documents in a trie of URIs and `all` collects them from the trie on
 * every call: a recursive walk and a fresh array each time. A one-line edit reads `all`
 * several times (Langium's builder to find what to relink and validate, the kinerja
 * builder to find what to validate again, the workspace model), so the walk grew with
 * the workspace (docs/performance.md, second round). The list is taken once and dropped
 * when a document is added or deleted; it is the trie's own order.
 */
import { DefaultLangiumDocuments, stream, type LangiumDocument, type Stream, type URI } from 'langium';

export class KinerjaLangiumDocuments extends DefaultLangiumDocuments {
    private snapshot: LangiumDocument[] | undefined;

    override get all(): Stream<LangiumDocument> {
        this.snapshot ??= this.documentTrie.all();
        return stream(this.snapshot);
    }

    override addDocument(document: LangiumDocument): void {
        this.snapshot = undefined;
        super.addDocument(document);
    }

    override deleteDocument(uri: URI): LangiumDocument | undefined {
        this.snapshot = undefined;
        return super.deleteDocument(uri);
    }

    override deleteDocuments(folder: URI): LangiumDocument[] {
        this.snapshot = undefined;
        return super.deleteDocuments(folder);
    }
}
