/**
 * The standalone server as other editors start it: `kinerja-language-server --stdio`, an
 * initialize handshake over JSON-RPC, a hover on an example file, and a clean shutdown.
 * Runs the compiled server (npm test builds it first).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { TestClient } from './lsp-client.js';

const ROOT = resolve(__dirname, '../..');
const BIN = resolve(ROOT, 'bin/kinerja-language-server.js');

let client: TestClient | undefined;
afterEach(async () => { await client?.close(); client = undefined; });

describe('kinerja-language-server --stdio', () => {
    it('answers the initialize handshake with its capabilities, hovers, and shuts down', async () => {
        client = TestClient.spawn(BIN, ROOT);
        const capabilities = await client.initialize(pathToFileURL(resolve(ROOT, 'examples')).href);
        for (const capability of [
            'completionProvider', 'hoverProvider', 'definitionProvider', 'referencesProvider', 'renameProvider',
            'documentSymbolProvider', 'workspaceSymbolProvider', 'foldingRangeProvider', 'documentFormattingProvider',
            'semanticTokensProvider', 'inlayHintProvider', 'codeLensProvider', 'typeHierarchyProvider', 'codeActionProvider'
        ]) {
            expect(capabilities[capability], capability).toBeTruthy();
        }
        expect(capabilities.completionProvider).toMatchObject({ triggerCharacters: ['.', ' '] });
        const file = resolve(ROOT, 'examples/realisasi-2025-tw3.kinerja');
        const uri = pathToFileURL(file).href;
        await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kinerja', version: 1, text: readFileSync(file, 'utf8') } });
        // `IKU1 16,40` in the Dinkes block (line 7): the indicator's table.
        const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 5 } });
        expect(hover.result?.contents.value).toContain('**indikator IKU1** — Prevalensi balita stunting');
        // Diagnostics carry the version of the text they were computed from (open files only).
        await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: ' ' }] });
        const published = async () => {
            for (let i = 0; i < 200; i++) {
                const mine = client!.publications.filter(p => p.uri === uri);
                if (mine.some(p => p.version === 2)) return mine.map(p => p.version);
                await new Promise(r => setTimeout(r, 50));
            }
            return undefined;
        };
        expect(await published()).toContain(2);
        const other = client.publications.find(p => p.uri !== uri);
        expect(other).toBeDefined();
        expect(other!.version).toBeUndefined();
        const shutdown = await client.request('shutdown', null);
        expect(shutdown.error).toBeUndefined();
        const exited = new Promise<number | null>(done => client!.process!.on('exit', code => done(code)));
        await client.notify('exit', null);
        expect(await exited).toBe(0);
    }, 30000);

    it('prints its version and usage', async () => {
        const run = (args: string[]) => new Promise<string>(done => {
            const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT });
            let out = '';
            child.stdout.on('data', d => { out += d; });
            child.on('exit', () => done(out));
        });
        const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
        expect(await run(['--version'])).toBe(`${pkg.version}\n`);
        expect(await run(['--help'])).toContain('Usage: kinerja-language-server [--stdio');
    });
});
