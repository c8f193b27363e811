/**
 * One pathological file never stops the others being served: the real server
 * (`kinerja-language-server --stdio`) on a workspace holding the examples beside 800 000
 * random tokens and a name declared 3 000 times publishes bounded findings for those
 * files, serves the examples (diagnostics, hover) and stays within memory. Before the
 * bounds of issue 18 the server ran out of memory on such files ("Invalid string
 * length") and stopped answering at 4 GB.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { duplicateNames, grammarKeywords, randomTokens } from '../../src/tools/hostile-inputs.js';

const ROOT = resolve(__dirname, '../..');
const BIN = resolve(ROOT, 'bin/kinerja-language-server.js');

/** A minimal LSP client over the server's stdio: requests, and the diagnostics published. */
class Client {
    private buffer = Buffer.alloc(0);
    private nextId = 0;
    private readonly pending = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
    readonly diagnostics = new Map<string, Array<{ code?: string; message: string }>>();

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
                } else if (message.method === 'textDocument/publishDiagnostics') {
                    this.diagnostics.set(message.params.uri, message.params.diagnostics);
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

    async published(uris: string[], timeoutMs: number): Promise<void> {
        const deadline = Date.now() + timeoutMs;
        while (uris.some(u => !this.diagnostics.has(u))) {
            if (Date.now() > deadline) throw new Error(`no diagnostics in ${timeoutMs} ms for ${uris.filter(u => !this.diagnostics.has(u)).join(', ')}`);
            await new Promise(r => setTimeout(r, 50));
        }
    }
}

function residentMb(pid: number): number {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Number(kb) / 1024;
}

const folder = mkdtempSync(join(tmpdir(), 'kinerja-pathological-'));
let server: ChildProcessWithoutNullStreams | undefined;
afterAll(() => {
    server?.kill();
    rmSync(folder, { recursive: true, force: true });
});

describe('the language server beside pathological files', () => {
    it('publishes bounded findings for them and keeps serving the other files', async () => {
        cpSync(join(ROOT, 'examples'), folder, { recursive: true });
        writeFileSync(join(folder, 'acak.kinerja'), randomTokens(grammarKeywords(), 800_000, 20261205));
        writeFileSync(join(folder, 'kembar.kinerja'), duplicateNames(3_000).replace('instansi Opd', 'instansi Kembar'));
        server = spawn(process.execPath, [BIN, '--stdio'], { cwd: folder });
        const client = new Client(server);
        const root = pathToFileURL(folder).href;
        await client.request('initialize', { processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'ws' }], capabilities: {} });
        client.notify('initialized', {});
        const uri = (name: string) => pathToFileURL(join(folder, name)).href;
        const files = ['acak.kinerja', 'kembar.kinerja', 'dinkes.kinerja', 'realisasi-2025-tw3.kinerja'];
        await client.published(files.map(uri), 60_000);

        // The random file: at most 100 syntax findings, then one saying there are more.
        const random = client.diagnostics.get(uri('acak.kinerja'))!;
        expect(random.filter(d => d.code === 'syntax').length).toBeLessThanOrEqual(101);
        // 3 000 copies of a name: one finding per copy, each naming at most five others.
        const twins = client.diagnostics.get(uri('kembar.kinerja'))!.filter(d => d.code === 'duplicate-name');
        expect(twins).toHaveLength(3_000);
        expect(Math.max(...twins.map(d => d.message.length))).toBeLessThan(1_000);
        // The examples are served as if the others were not there.
        expect(client.diagnostics.get(uri('realisasi-2025-tw3.kinerja'))!.map(d => d.code)).toEqual(['behind-schedule', 'low-absorption']);
        const file = join(folder, 'realisasi-2025-tw3.kinerja');
        client.notify('textDocument/didOpen', { textDocument: { uri: uri('realisasi-2025-tw3.kinerja'), languageId: 'kinerja', version: 1, text: readFileSync(file, 'utf8') } });
        const started = Date.now();
        const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uri('realisasi-2025-tw3.kinerja') }, position: { line: 6, character: 5 } });
        expect(hover.result!.contents.value).toContain('**indikator IKU1**');
        expect(Date.now() - started).toBeLessThan(10_000);
        expect(residentMb(server.pid!)).toBeLessThan(1_500);
    }, 120_000);
});
