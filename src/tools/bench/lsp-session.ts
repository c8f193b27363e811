/**
 * A small LSP client for the benchmark: spawns the real language server over stdio,
 * opens a workspace, and measures the initial build, edit → publishDiagnostics latency,
 * completion and hover.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter,
    CompletionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification, HoverRequest,
    InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest,
    type ProtocolConnection, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';

export interface LspResults {
    initialBuildMs: number;
    editLatencyMs: number[];
    completionMs: number[];
    hoverMs: number[];
}

export class LspSession {
    private readonly server: ChildProcess;
    readonly connection: ProtocolConnection;
    private readonly published = new Map<string, PublishDiagnosticsParams>();
    private waiters: Array<{ uri: string; version?: number; resolve: () => void }> = [];
    private lastPublished = performance.now();
    /** Lines the server logged that report an internal error (src/lsp/resilience.ts: "… failed …"). */
    readonly internalErrors: string[] = [];

    constructor(serverScript: string) {
        this.server = spawn(process.execPath, [serverScript, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        let partial = '';
        this.server.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
            const lines = (partial + chunk).split('\n');
            partial = lines.pop() ?? '';
            for (const line of lines) {
                if (/\bfailed\b|Error:/.test(line)) this.internalErrors.push(line);
                if (process.env.KINERJA_BENCH_SERVER_LOG) process.stderr.write(`server: ${line}\n`);
            }
        });
        this.connection = createProtocolConnection(new StreamMessageReader(this.server.stdout!), new StreamMessageWriter(this.server.stdin!));
        this.connection.onNotification(PublishDiagnosticsNotification.type, params => {
            this.published.set(params.uri, params);
            this.lastPublished = performance.now();
            this.waiters = this.waiters.filter(w => {
                if (w.uri === params.uri && (w.version === undefined || params.version === undefined || params.version >= w.version)) {
                    w.resolve();
                    return false;
                }
                return true;
            });
        });
        this.connection.listen();
    }

    /** Initializes on the folder and waits until every file has published diagnostics. */
    async open(folder: string, files: string[], timeoutMs = 600_000): Promise<number> {
        const started = performance.now();
        await this.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: pathToFileURL(folder).toString(), capabilities: {},
            workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'bench' }]
        });
        await this.connection.sendNotification(InitializedNotification.type, {});
        const uris = files.map(f => pathToFileURL(f).toString());
        const deadline = Date.now() + timeoutMs;
        while (uris.some(u => !this.published.has(u))) {
            if (Date.now() > deadline) throw new Error(`initial build did not publish diagnostics for all ${uris.length} files in ${timeoutMs} ms`);
            await new Promise(r => setTimeout(r, 20));
        }
        return performance.now() - started;
    }

    /** The process id of the server. */
    get pid(): number | undefined {
        return this.server.pid;
    }

    /** Resolves when diagnostics for `version` (or a later one) of `uri` have been published. */
    diagnosticsFor(uri: string, version: number): Promise<void> {
        const last = this.published.get(uri);
        if (last && last.version !== undefined && last.version >= version) return Promise.resolve();
        return new Promise(resolve => this.waiters.push({ uri, version, resolve }));
    }

    /** The diagnostics last published for `uri`. */
    diagnosticsOf(uri: string): PublishDiagnosticsParams['diagnostics'] {
        return this.published.get(uri)?.diagnostics ?? [];
    }

    /** Resolves once no diagnostics have been published for `ms`. */
    async quiet(ms: number): Promise<void> {
        while (performance.now() - this.lastPublished < ms) await new Promise(r => setTimeout(r, 50));
    }

    /** didOpen, then `edits` one-line edits (a realisation value changes); latency of each. */
    async edits(file: string, count: number): Promise<number[]> {
        const uri = pathToFileURL(file).toString();
        let text = readFileSync(file, 'utf8');
        let version = 1;
        const opened = this.diagnosticsFor(uri, version);
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'kinerja', version, text } });
        await opened;
        const lines = text.split('\n');
        const target = lines.findIndex(l => /realisasi 2025 tw2 \d/.test(l));
        if (target < 0) throw new Error(`no realisation line to edit in ${file}`);
        const latencies: number[] = [];
        for (let i = 0; i < count; i++) {
            const line = lines[target].replace(/tw2 [\d.,]+/, `tw2 ${10 + (i % 50)}`);
            lines[target] = line;
            text = lines.join('\n');
            version++;
            const published = this.diagnosticsFor(uri, version);
            const started = performance.now();
            await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri, version },
                contentChanges: [{ range: { start: { line: target, character: 0 }, end: { line: target, character: lines[target].length + 50 } }, text: line }]
            });
            await published;
            latencies.push(performance.now() - started);
        }
        return latencies;
    }

    /** Completion after the first `mendukung ` of the file, `count` times. */
    completions(file: string, count: number): Promise<number[]> {
        return this.timedAt(file, count, / mendukung \w/, ' mendukung ', 0,
            (uri, position) => this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }));
    }

    /** Hover on the first indicator name of the file, `count` times. */
    hovers(file: string, count: number): Promise<number[]> {
        return this.timedAt(file, count, /indikator \w/, 'indikator ', 1,
            (uri, position) => this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }));
    }

    private async timedAt(file: string, count: number, line: RegExp, after: string, shift: number,
        request: (uri: string, position: { line: number; character: number }) => Promise<unknown>): Promise<number[]> {
        const uri = pathToFileURL(file).toString();
        const lines = readFileSync(file, 'utf8').split('\n');
        const at = lines.findIndex(l => line.test(l));
        const position = { line: at, character: lines[at].indexOf(after) + after.length + shift };
        const times: number[] = [];
        for (let i = 0; i < count; i++) {
            const started = performance.now();
            await request(uri, position);
            times.push(performance.now() - started);
        }
        return times;
    }

    async close(): Promise<void> {
        try {
            await this.connection.sendRequest(ShutdownRequest.type);
            await this.connection.sendNotification(ExitNotification.type);
        } finally {
            this.connection.dispose();
            this.server.kill();
        }
    }
}
