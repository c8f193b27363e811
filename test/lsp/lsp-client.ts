/**
 * A small LSP client for the tests that talk to a real server (in-process over memory
 * streams, or spawned over stdio): the handshake, opening and changing documents while
 * waiting for their diagnostics, requests that report an error response as a value, and
 * the server's log and messages.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { PassThrough } from 'node:stream';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, ResponseError,
    type ProtocolConnection, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';

export interface LogEntry {
    type: number;
    message: string;
}

export type Answer<T = unknown> = { result: T; error?: undefined } | { result?: undefined; error: ResponseError<unknown> };

export class TestClient {
    readonly logs: LogEntry[] = [];
    readonly shown: LogEntry[] = [];
    private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
    /** Every publication, in order (a server publishes a file's diagnostics again after each change). */
    readonly publications: PublishDiagnosticsParams[] = [];
    private waiters: Array<{ uri: string; done: () => void }> = [];
    private readonly versions = new Map<string, number>();

    constructor(readonly connection: ProtocolConnection, private readonly onClose: () => void = () => undefined) {
        connection.onNotification('window/logMessage', (p: LogEntry) => { this.logs.push(p); });
        connection.onNotification('window/showMessage', (p: LogEntry) => { this.shown.push(p); });
        connection.onRequest('window/showMessageRequest', (p: LogEntry) => { this.shown.push(p); return null; });
        connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
            this.diagnostics.set(p.uri, p);
            this.publications.push(p);
            this.waiters = this.waiters.filter(w => {
                if (w.uri !== p.uri) return true;
                w.done();
                return false;
            });
        });
        connection.listen();
    }

    /** A client of a server spawned as `node script --stdio`. */
    static spawn(script: string, cwd: string): TestClient {
        const server: ChildProcess = spawn(process.execPath, [script, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        let stderr = '';
        server.stderr!.on('data', chunk => { stderr += chunk; });
        const client = new TestClient(
            createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!)),
            () => server.kill()
        );
        client.process = server;
        client.stderr = () => stderr;
        return client;
    }

    /** A client and the streams for a server in this process (pass them to createConnection). */
    static inMemory(): { client: TestClient; serverInput: PassThrough; serverOutput: PassThrough } {
        const serverInput = new PassThrough();
        const serverOutput = new PassThrough();
        const client = new TestClient(createProtocolConnection(new StreamMessageReader(serverOutput), new StreamMessageWriter(serverInput)));
        return { client, serverInput, serverOutput };
    }

    process?: ChildProcess;
    stderr: () => string = () => '';

    async initialize(rootUri: string | null, timeoutMs = 30_000): Promise<Record<string, unknown>> {
        const answer = await this.request<{ capabilities: Record<string, unknown> }>('initialize', {
            processId: null, rootUri, capabilities: {}, workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null
        }, timeoutMs);
        if (answer.error) throw answer.error;
        await this.connection.sendNotification('initialized', {});
        return answer.result.capabilities;
    }

    /** Sends a request; an error response comes back as `{ error }`, not as a rejection. */
    async request<T = unknown>(method: string, params: unknown, timeoutMs = 20_000): Promise<Answer<T>> {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`${method} got no answer in ${timeoutMs} ms`)), timeoutMs);
        });
        try {
            const result = await Promise.race([this.connection.sendRequest(method, params), timeout]) as T;
            return { result };
        } catch (err) {
            if (err instanceof ResponseError) return { error: err };
            throw err;
        } finally {
            clearTimeout(timer);
        }
    }

    notify(method: string, params: unknown): Promise<void> {
        return this.connection.sendNotification(method, params);
    }

    /** Resolves when the next diagnostics for `uri` arrive (Langium publishes them without a version). */
    nextDiagnostics(uri: string, timeoutMs = 20_000): Promise<void> {
        return new Promise((done, fail) => {
            const timer = setTimeout(() => fail(new Error(`no diagnostics for ${uri} in ${timeoutMs} ms`)), timeoutMs);
            this.waiters.push({ uri, done: () => { clearTimeout(timer); done(); } });
        });
    }

    /** Resolves when diagnostics for `uri` have been published at least once. */
    published(uri: string, timeoutMs = 20_000): Promise<void> {
        return this.diagnostics.has(uri) ? Promise.resolve() : this.nextDiagnostics(uri, timeoutMs);
    }

    /** Opens the document, or replaces its text, and waits for its diagnostics. */
    async setText(uri: string, text: string): Promise<void> {
        const version = (this.versions.get(uri) ?? 0) + 1;
        this.versions.set(uri, version);
        const published = this.nextDiagnostics(uri);
        if (version === 1) {
            await this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'kinerja', version, text } });
        } else {
            await this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
        }
        await published;
    }

    /** The diagnostics last published for `uri`. */
    diagnosticsFor(uri: string): PublishDiagnosticsParams['diagnostics'] {
        return this.diagnostics.get(uri)?.diagnostics ?? [];
    }

    /** Resolves with the first log entry matching `pattern` (logged already or later). */
    async logged(pattern: RegExp, timeoutMs = 20_000): Promise<string> {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const entry = this.logs.find(l => pattern.test(l.message));
            if (entry) return entry.message;
            if (Date.now() > deadline) throw new Error(`nothing matching ${pattern} logged in ${timeoutMs} ms: ${JSON.stringify(this.logs.map(l => l.message.slice(0, 200)))}`);
            await new Promise(r => setTimeout(r, 20));
        }
    }

    /** The log entries of type Error (1). */
    errors(): string[] {
        return this.logs.filter(l => l.type === 1).map(l => l.message);
    }

    async close(): Promise<void> {
        try {
            if (this.process && this.process.exitCode === null) {
                await this.request('shutdown', null, 5000);
                await this.notify('exit', null);
            }
        } catch {
            // Closing anyway.
        } finally {
            this.connection.dispose();
            this.onClose();
        }
    }
}
