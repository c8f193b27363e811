/**
 * Fuzz stages of the language server's side, run on every input after the fresh build:
 *
 * - `editor requests`: completion, hover, inlay hints and code actions at a few random
 *   offsets of every document (seeded by the input), none of which may throw;
 * - `incremental`: the way the server builds, compared with the fresh build the CLI
 *   makes. One document is cut short (half-typed), then restored, through the builder's
 *   `update` with some of the builds cancelled midway as the server cancels them when
 *   the next edit arrives; afterwards every document's findings must be those of the
 *   fresh build.
 */
import { Cancellation, DocumentState, isOperationCancelled, type LangiumDocument, type URI } from 'langium';
import { createKinerjaServices, type KinerjaServices } from '../../lsp/kinerja-module.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationToken } from 'vscode-languageserver';
import { seededRandom, type Random } from '../random.js';
import type { StageContext } from './pipeline.js';
import { EmptyFileSystemOnNode } from '../../validation/node-host.js';

const OFFSETS_PER_DOCUMENT = 6;

/** A seed from the input itself, so a replayed input makes the same choices. */
function seedOf(files: Record<string, string>): number {
    let hash = 2166136261;
    for (const [name, text] of Object.entries(files)) {
        for (const s of [name, String(text.length), text.slice(0, 64)]) {
            for (let i = 0; i < s.length; i++) hash = Math.imul(hash ^ s.charCodeAt(i), 16777619);
        }
    }
    return hash >>> 0;
}

export async function editorRequests({ services, documents, input }: StageContext): Promise<void> {
    const random = seededRandom(seedOf(input.files));
    const lsp = services.lsp;
    for (const document of documents) {
        const text = document.textDocument.getText();
        const uri = document.uri.toString();
        for (let i = 0; i < OFFSETS_PER_DOCUMENT; i++) {
            const position = document.textDocument.positionAt(Math.floor(random() * (text.length + 1)));
            const textDocument = { uri };
            await lsp.CompletionProvider?.getCompletion(document, { textDocument, position }, CancellationToken.None);
            await lsp.HoverProvider?.getHoverContent(document, { textDocument, position });
            const range = { start: { line: Math.max(0, position.line - 5), character: 0 }, end: { line: position.line + 5, character: 0 } };
            await lsp.InlayHintProvider?.getInlayHints(document, { textDocument, range }, CancellationToken.None);
            const diagnostics = (document.diagnostics ?? []).filter(d => d.range.start.line <= position.line && d.range.end.line >= position.line);
            await lsp.CodeActionProvider?.getCodeActions(document, { textDocument, range: { start: position, end: position }, context: { diagnostics } }, CancellationToken.None);
        }
    }
}

function findingsOf(documents: LangiumDocument[]): string[] {
    return documents.flatMap(d => (d.diagnostics ?? []).map(x => `${d.uri.path}:${x.range.start.line}:${x.range.start.character} ${String(x.code)} ${x.message}`)).sort();
}

async function update(context: StageContext, document: LangiumDocument, text: string, version: number, random: Random): Promise<void> {
    const shared = context.services.shared.workspace;
    const uri = document.uri.toString();
    shared.TextDocuments!.set(TextDocument.create(uri, 'kinerja', version, text));
    const source = new Cancellation.CancellationTokenSource();
    // Cancelled after a random number of documents reach the next phase, or not at all.
    let left = random() < 0.5 ? 1 + Math.floor(random() * 6) : Infinity;
    const phase = shared.DocumentBuilder.onDocumentPhase(DocumentState.Linked, () => { if (--left === 0) source.cancel(); });
    try {
        await shared.DocumentBuilder.update([document.uri], [], source.token);
    } catch (error) {
        if (!isOperationCancelled(error)) throw error;
    } finally {
        phase.dispose();
    }
}

/** A second workspace, for the fresh build of the same contents the CLI would make. */
let freshServices: KinerjaServices | undefined;

async function freshFindings(texts: Array<{ uri: URI; text: string }>): Promise<string[]> {
    freshServices ??= createKinerjaServices(EmptyFileSystemOnNode).Kinerja;
    const shared = freshServices.shared.workspace;
    const documents = texts.map(({ uri, text }) => {
        const document = shared.LangiumDocumentFactory.fromString(text, uri);
        shared.LangiumDocuments.addDocument(document);
        return document;
    });
    try {
        await shared.DocumentBuilder.build(documents, { validation: true });
        return findingsOf(documents);
    } finally {
        await shared.DocumentBuilder.update([], documents.map(d => d.uri));
    }
}

export async function incremental(context: StageContext): Promise<void> {
    const { services, documents, input } = context;
    if (documents.length === 0) return;
    const random = seededRandom(seedOf(input.files) ^ 0x9e3779b9);
    const shared = services.shared.workspace;
    const document = documents[Math.floor(random() * documents.length)];
    const original = document.textDocument.getText();
    const uri = document.uri.toString();
    const compare = async (what: string, text: string) => {
        const current = documents.map(d => shared.LangiumDocuments.getDocument(d.uri) ?? d);
        const served = findingsOf(current);
        const fresh = await freshFindings(current.map(d => ({ uri: d.uri, text: d.uri.toString() === uri ? text : d.textDocument.getText() })));
        if (served.join('\n') !== fresh.join('\n')) {
            const only = (a: string[], b: string[]) => a.filter(x => !b.includes(x)).slice(0, 3);
            throw new Error(`${what} of ${document.uri.path}: the findings differ from a fresh build: `
                + `only served ${JSON.stringify(only(served, fresh))}, only fresh ${JSON.stringify(only(fresh, served))}`);
        }
    };
    try {
        // Half-typed: the text cut at random places (some builds cancelled), the last
        // build completed and compared; then whole again, compared again.
        let version = 1;
        let cut = original;
        for (let i = 0; i < 3; i++) {
            cut = original.slice(0, Math.floor(random() * (original.length + 1)));
            await update(context, document, cut, ++version, random);
        }
        await shared.DocumentBuilder.update([], []);
        await compare('cut short', cut);
        shared.TextDocuments!.set(TextDocument.create(uri, 'kinerja', ++version, original));
        await shared.DocumentBuilder.update([document.uri], []);
        await compare('restored', original);
    } finally {
        shared.TextDocuments!.delete(uri);
    }
}
