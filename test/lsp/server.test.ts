/**
 * The standalone server as other editors start it: `kinerja-language-server --stdio`, an
 * initialize handshake over JSON-RPC, a hover on an example file, and a clean shutdown.
 * Runs the compiled server (npm test builds it first).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const BIN = resolve(ROOT, 'bin/kinerja-language-server.js');

/** A minimal LSP client over the server's stdio. */
class Client {
    private buffer = Buffer.alloc(0);
    private nextId = 0;
    private readonly pending = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
    readonly notifications: Array<{ method: string; params: unknown }> = [];

    constructor(readonly server: ChildProcessWithoutNullStreams) {
        server.stdout.on('data', (chunk: Buffer) => {
            this.buffer = Buffer.concat([this.buffer, chunk]);
            for (;;) {
                const header = this.buffer.indexOf('\r\n\r\n');
                if (header < 0) return;
                const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, header).toString())![1]);
                if (this.buffer.length < header + 4 + length) return;
                const message = JSON.parse(this.buffer.subarray(header + 4, header + 4 + length).toString());
                this.buffer = this.buffer.subarray(header + 4 + length);
                if (message.id !== undefined && this.pending.has(message.id)) {
                    this.pending.get(message.id)!(message);
                    this.pending.delete(message.id);
                } else if (message.method) {
                    this.notifications.push(message);
                }
            }
        });
    }

    private write(message: object): void {
        const json = JSON.stringify({ jsonrpc: '2.0', ...message });
        this.server.stdin.write(`Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`);
    }

    request<T>(method: string, params: unknown): Promise<{ result?: T; error?: unknown }> {
        const id = ++this.nextId;
        return new Promise(done => {
            this.pending.set(id, done as (message: { result?: unknown; error?: unknown }) => void);
            this.write({ id, method, params });
        });
    }

    notify(method: string, params: unknown): void {
        this.write({ method, params });
    }
}

let server: ChildProcessWithoutNullStreams | undefined;
afterEach(() => { server?.kill(); server = undefined; });

describe('kinerja-language-server --stdio', () => {
    it('answers the initialize handshake with its capabilities, hovers, and shuts down', async () => {
        server = spawn(process.execPath, [BIN, '--stdio'], { cwd: ROOT });
        const client = new Client(server);
        const examples = pathToFileURL(resolve(ROOT, 'examples')).href;
        const init = await client.request<{ capabilities: Record<string, unknown>; serverInfo?: unknown }>('initialize', {
            processId: process.pid, rootUri: examples, workspaceFolders: [{ uri: examples, name: 'examples' }], capabilities: {}
        });
        const capabilities = init.result!.capabilities;
        for (const capability of [
            'completionProvider', 'hoverProvider', 'definitionProvider', 'referencesProvider', 'renameProvider',
            'documentSymbolProvider', 'workspaceSymbolProvider', 'foldingRangeProvider', 'documentFormattingProvider',
            'semanticTokensProvider', 'inlayHintProvider', 'codeLensProvider', 'typeHierarchyProvider', 'codeActionProvider'
        ]) {
            expect(capabilities[capability], capability).toBeTruthy();
        }
        expect(capabilities.completionProvider).toMatchObject({ triggerCharacters: ['.', ' '] });
        client.notify('initialized', {});
        const file = resolve(ROOT, 'examples/realisasi-2025-tw3.kinerja');
        const uri = pathToFileURL(file).href;
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kinerja', version: 1, text: readFileSync(file, 'utf8') } });
        // `IKU1 16,40` in the Dinkes block (line 7): the indicator's table.
        const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 5 } });
        expect(hover.result!.contents.value).toContain('**indikator IKU1** — Prevalensi balita stunting');
        // Diagnostics carry the version of the text they were computed from (open files only).
        client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: ' ' }] });
        const published = async () => {
            for (let i = 0; i < 200; i++) {
                const mine = client.notifications.filter(n => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === uri);
                if (mine.some(n => (n.params as { version?: number }).version === 2)) return mine.map(n => (n.params as { version?: number }).version);
                await new Promise(r => setTimeout(r, 50));
            }
            return undefined;
        };
        expect(await published()).toContain(2);
        const other = client.notifications.find(n => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri !== uri);
        expect(other && (other.params as { version?: number }).version).toBeUndefined();
        const shutdown = await client.request('shutdown', null);
        expect(shutdown.error).toBeUndefined();
        const exited = new Promise<number | null>(done => server!.on('exit', code => done(code)));
        client.notify('exit', null);
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
