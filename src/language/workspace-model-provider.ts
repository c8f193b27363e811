/**
 * The workspace model (engine/model.ts) of all loaded documents, kept up to date by
 * engine/model-index.ts: when documents change, only the organisations they contribute
 * to are rebuilt.
 */
import type { LangiumDocuments } from 'langium';
import { WorkspaceModelIndex } from '../engine/model-index.js';
import type { WorkspaceModel } from '../engine/model.js';
import type { Model } from './generated/ast.js';

export class WorkspaceModelProvider {
    private readonly index = new WorkspaceModelIndex();

    constructor(private readonly documents: LangiumDocuments) {}

    get(): WorkspaceModel {
        return this.index.update(this.documents.all.map(d => d.parseResult.value as Model).toArray());
    }
}
