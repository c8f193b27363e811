/**
 * A build cancelled right as a document reaches a state still runs that state's
 * listeners for the document (src/validation/kinerja-document-builder.ts): otherwise a
 * document validated just before the cancellation never had its diagnostics published,
 * and no later build published them (a soak under load left an editor with the findings
 * of an older text).
 */
import { Cancellation, DocumentState, URI, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { createKinerjaServices } from '../../src/lsp/kinerja-module.js';
import { EmptyFileSystemOnNode } from '../../src/validation/node-host.js';

describe('listeners of a state a document reached', () => {
    it.each([DocumentState.IndexedContent, DocumentState.Linked, DocumentState.Validated])('run even when the build is cancelled at that moment (state %i)', async state => {
        const services = createKinerjaServices(EmptyFileSystemOnNode).Kinerja;
        const builder = services.shared.workspace.DocumentBuilder;
        const document = services.shared.workspace.LangiumDocumentFactory.fromString('pemda K "K" { periode 2025 - 2029 }\n', URI.parse('memory:///a.kinerja'));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        const source = new Cancellation.CancellationTokenSource();
        // The first listener cancels the build (as the next keystroke would); the second one
        // stands for the diagnostics publisher.
        builder.onDocumentPhase(state, () => source.cancel());
        const reached: LangiumDocument[] = [];
        builder.onDocumentPhase(state, doc => { reached.push(doc); });
        await builder.build([document], { validation: true }, source.token).catch(() => undefined);
        expect(document.state).toBeGreaterThanOrEqual(state);
        expect(reached).toEqual([document]);
    });
});
