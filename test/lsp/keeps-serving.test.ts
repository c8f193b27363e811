/**
 * After an internal error the server logs it and keeps serving (src/lsp/resilience.ts):
 * the real server (startKinerjaServer, as src/lsp/main.ts runs it) in this process,
 * over in-memory streams, with faults injected into its services for one request.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Hover } from 'vscode-languageserver/node';
import { CASCADE_TREE_REQUEST, REPORT_REQUEST } from '../../src/lsp/protocol.js';
import { lspMessage } from '../../src/lsp/messages.js';
import type { KinerjaServices } from '../../src/lsp/kinerja-module.js';
import { startKinerjaServer } from '../../src/lsp/server.js';
import { TestClient } from './lsp-client.js';
import { FILES, SMALL } from './resilience-fixture.js';
import { EmptyFileSystemOnNode } from '../../src/validation/node-host.js';

const uriOf = (name: string) => `file:///kinerja-test-ws/${name}`;
const OPD = uriOf('opd.kinerja');
/** `IKU1` in `indikator IKU1 …` of SMALL (line 7). */
const ON_IKU1 = { textDocument: { uri: OPD }, position: { line: 6, character: 19 } };
/** Just after `mendukung ` on line 6, where completion offers names from the workspace model. */
const AFTER_MENDUKUNG = { textDocument: { uri: OPD }, position: { line: 5, character: SMALL.split('\n')[5].indexOf('KabContoh') } };

let client: TestClient;
let services: KinerjaServices;

/** Runs `body` with `method` of `target` replaced by one that throws, then restores it. */
async function withFault<T>(target: object, method: string, body: () => Promise<T>, error = new Error(`injected: ${method}`)): Promise<T> {
    const owner = target as Record<string, unknown>;
    const own = Object.prototype.hasOwnProperty.call(owner, method);
    const original = owner[method];
    owner[method] = () => { throw error; };
    try {
        return await body();
    } finally {
        if (own) owner[method] = original; else delete owner[method];
    }
}

beforeAll(async () => {
    const memory = TestClient.inMemory();
    client = memory.client;
    const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(memory.serverInput), new StreamMessageWriter(memory.serverOutput));
    services = startKinerjaServer(connection, EmptyFileSystemOnNode).Kinerja;
    await client.initialize(null);
    for (const [name, text] of Object.entries(FILES)) await client.setText(uriOf(name), text);
});

afterAll(() => client.connection.dispose());

describe('a failing feature is logged and answered, and the next request is answered normally', () => {
    it('hover, completion, inlay hints, code lenses: no result and a logged error while the engine fails', async () => {
        const before = await client.request<Hover>('textDocument/hover', ON_IKU1);
        expect(JSON.stringify(before.result)).toContain('indikator IKU1');
        const logged = client.errors().length;
        const during = await withFault(services.kinerja.WorkspaceModel, 'get', async () => ({
            hover: await client.request('textDocument/hover', ON_IKU1),
            completion: await client.request('textDocument/completion', AFTER_MENDUKUNG),
            inlay: await client.request('textDocument/inlayHint', { textDocument: { uri: OPD }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } }),
            lens: await client.request('textDocument/codeLens', { textDocument: { uri: OPD } })
        }));
        for (const answer of Object.values(during)) expect(answer).toEqual({ result: null });
        const errors = client.errors().slice(logged);
        expect(errors).toHaveLength(4);
        expect(errors[0]).toMatch(/^kinerja: HoverProvider\.getHoverContent failed on file:\/\/\/kinerja-test-ws\/opd\.kinerja 7:20; answered with no result\. Error: injected: get\n\s+at /);
        expect(errors.slice(1).map(e => e.split(' failed')[0])).toEqual([
            'kinerja: CompletionProvider.getCompletion', 'kinerja: InlayHintProvider.getInlayHints', 'kinerja: CodeLensProvider.provideCodeLens'
        ]);
        expect(await client.request('textDocument/hover', ON_IKU1)).toEqual(before);
    });

    it('a Langium service that fails: definition and references answer no result, then answer again', async () => {
        const at = { textDocument: { uri: OPD }, position: { line: 4, character: 55 } }; // `Kadis` after `atasan`
        const before = await client.request<unknown[]>('textDocument/definition', at);
        expect(before.result).toHaveLength(1);
        const references = services.references.References;
        const during = await withFault(references, 'findDeclarations', async () => [
            await client.request('textDocument/definition', at),
            await client.request('textDocument/references', { ...at, context: { includeDeclaration: true } }),
            await client.request('textDocument/documentHighlight', at)
        ]);
        expect(during).toEqual([{ result: null }, { result: null }, { result: null }]);
        expect(await client.request('textDocument/definition', at)).toEqual(before);
    });

    it('an intended ResponseError still reaches the client: a rename to an invalid name', async () => {
        const answer = await client.request('textDocument/rename', { ...ON_IKU1, newName: '1 bukan nama' });
        expect(answer.error?.message).toBe(lspMessage('id', 'rename.invalid', { name: '1 bukan nama' }));
    });

    it('the custom requests answer an InternalError saying so in the message language, then answer again', async () => {
        const logged = client.errors().length;
        const during = await withFault(services.kinerja.WorkspaceModel, 'get', async () => [
            await client.request(CASCADE_TREE_REQUEST, {}),
            await client.request(REPORT_REQUEST, { organisation: 'Opd' })
        ]);
        expect(during.map(a => [a.error?.code, a.error?.message])).toEqual([
            [-32603, lspMessage('id', 'internal-error', { request: CASCADE_TREE_REQUEST })],
            [-32603, lspMessage('id', 'internal-error', { request: REPORT_REQUEST })]
        ]);
        expect(client.errors().slice(logged).map(e => e.split('. Error: ')[0])).toEqual([
            `kinerja: ${CASCADE_TREE_REQUEST} failed; answered with an error`, `kinerja: ${REPORT_REQUEST} failed; answered with an error`
        ]);
        const tree = await client.request<{ organisations: Array<{ id: string }> }>(CASCADE_TREE_REQUEST, {});
        expect(tree.result!.organisations.map(o => o.id)).toContain('Opd');
        expect((await client.request<{ html: string }>(REPORT_REQUEST, { organisation: 'Opd' })).result!.html).toMatch(/^<!DOCTYPE html>/);
    });

    it('a settings change that fails is logged, the previous settings stay, and requests go on', async () => {
        const logged = client.errors().length;
        const loader = services.kinerja.Settings.configLoader;
        await withFault(loader, 'configFor', async () => {
            await client.notify('workspace/didChangeConfiguration', { settings: { kinerja: { language: 'en' } } });
            // Answered after the notification is handled (messages are handled in order); needs no config.
            await client.request('textDocument/foldingRange', { textDocument: { uri: OPD } });
        });
        expect(client.errors().slice(logged).map(e => e.split('. ')[0])).toEqual(['kinerja: applying the changed settings failed; the previous settings stay']);
        // A `configFile` that is no file path here: a warning, and the rest of the settings apply.
        await client.notify('workspace/didChangeConfiguration', { settings: { kinerja: { language: 'en', configFile: 'file://server/share/kinerja.config.json' } } });
        await client.setText(OPD, SMALL + '\n');
        expect(client.shown.map(m => m.message)).toContainEqual(expect.stringMatching(/^kinerja: "configFile" "file:\/\/server\/share\/kinerja\.config\.json" is not a file path/));
        const hover = await client.request<Hover>('textDocument/hover', ON_IKU1);
        expect(JSON.stringify(hover.result)).toContain('Year');
        await client.notify('workspace/didChangeConfiguration', { settings: { kinerja: {} } });
        await client.setText(OPD, SMALL);
    });

    it('a broken config file is shown and logged in the message language, Bahasa Indonesia by default', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'kinerja-lsp-config-'));
        const file = join(dir, 'kinerja.config.json');
        writeFileSync(file, '\ufeff{ "thresholds": { "low": 80, "hgih": 150 } }');
        const warned = () => [...client.shown.map(m => m.message), ...client.logs.map(m => m.message)].filter(m => m.includes(file));
        await client.notify('workspace/didChangeConfiguration', { settings: { kinerja: { configFile: file } } });
        await client.request('textDocument/foldingRange', { textDocument: { uri: OPD } });
        const id = `kinerja: ${file}: kunci "thresholds.hgih" tidak dikenal; maksudnya "thresholds.high"? Kunci yang dikenal di dalam "thresholds": low, high`;
        expect(client.shown.map(m => m.message)).toContain(id);
        expect(client.logs.map(m => m.message)).toContain(id);
        await client.notify('workspace/didChangeConfiguration', { settings: { kinerja: { configFile: file, language: 'en' } } });
        await client.request('textDocument/foldingRange', { textDocument: { uri: OPD } });
        expect(warned()).toContain(`kinerja: ${file}: unknown key "thresholds.hgih"; did you mean "thresholds.high"? Known keys inside "thresholds": low, high`);
        await client.notify('workspace/didChangeConfiguration', { settings: { kinerja: {} } });
        await client.setText(OPD, SMALL);
        rmSync(dir, { recursive: true, force: true });
    });
});
