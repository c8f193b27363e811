/**
 * The workspace model (engine/model.ts) of all loaded documents, kept up to date by
 * engine/model-index.ts: when documents change, only the organisations they contribute
 * to are rebuilt.
 *
 * The documents are looked at again only after the document builder reported a change
 * (an update, or a document parsed anew), not on every request: listing the documents
 * for each of the thousands of validations of a large build cost time quadratic in the
 * number of files.
 */
import { DocumentState, type DocumentBuilder, type LangiumDocuments } from 'langium';
import { WorkspaceModelIndex } from '../engine/model-index.js';
import type { WorkspaceModel } from '../engine/model.js';
import type { Model } from '../language/generated/ast.js';

export class WorkspaceModelProvider {
    private readonly index = new WorkspaceModelIndex();
    private model?: WorkspaceModel;

    constructor(private readonly documents: LangiumDocuments, builder: DocumentBuilder) {
        const changed = () => { this.model = undefined; };
        builder.onUpdate(changed);
        builder.onDocumentPhase(DocumentState.Parsed, changed);
    }

    get(): WorkspaceModel {
        return this.model ??= this.index.update(this.documents.all.map(d => d.parseResult.value as Model).toArray());
    }
}
