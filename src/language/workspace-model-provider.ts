/**
 * The workspace model (engine/model.ts) of all loaded documents, rebuilt only when a
 * document's AST has changed or documents were added or removed.
 */
import type { LangiumDocuments } from 'langium';
import { buildWorkspaceModel, type WorkspaceModel } from '../engine/model.js';
import type { Model } from './generated/ast.js';

export class WorkspaceModelProvider {
    private cached?: { roots: Model[]; model: WorkspaceModel };

    constructor(private readonly documents: LangiumDocuments) {}

    get(): WorkspaceModel {
        const roots = this.documents.all.map(d => d.parseResult.value as Model).toArray();
        const cached = this.cached;
        if (cached && cached.roots.length === roots.length && cached.roots.every((r, i) => r === roots[i])) {
            return cached.model;
        }
        const model = buildWorkspaceModel(roots);
        this.cached = { roots, model };
        return model;
    }
}
