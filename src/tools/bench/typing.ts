/**
 * A scripted typing session against the real language server (over stdio), for the
 * benchmark (`npm run bench -- --typing SECONDS`, `--soak MINUTES`):
 *
 * - a typist edits several open files at a steady rate (18 edits a second by default),
 *   one character at a time: retyping realisation values, typing a new realisation line
 *   and deleting it again (every half-typed state in between), misspelling a `mendukung`
 *   name and correcting it;
 * - while typing, requests about the current text are sent at the cursor (completion,
 *   hover, code actions, inlay hints) and their latency is recorded;
 * - when the typist pauses, the time until every open file's diagnostics for its last
 *   version arrive;
 * - then the server's findings for every file, open or not, are compared with
 *   `kinerja check` on the same contents, and the server's log is searched for internal
 *   errors ("… failed on …", src/lsp/resilience.ts).
 *
 * A soak repeats sessions for the given minutes and samples the server's resident memory.
 * Deterministic for a seed, apart from timing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    CodeActionRequest, CompletionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, HoverRequest,
    InlayHintRequest, type Diagnostic, type Position
} from 'vscode-languageserver-protocol/node';
import { LspSession } from './lsp-session.js';
import { seededRandom } from '../random.js';

export interface TypingOptions {
    seconds: number;
    editsPerSecond: number;
    openFiles: number;
    seed: number;
    /** The share of edits followed by a request at the cursor (default 0,35). */
    requestRate?: number;
}

export interface TypingResults {
    edits: number;
    /** Latency of the requests sent while typing, by method. */
    requests: Record<string, number[]>;
    /** Requests that answered with an error (not a cancellation). */
    failedRequests: number;
    /** From the last edit to the diagnostics of every open file's last version (published with its version). */
    diagnosticsAfterPauseMs: number;
    /** Findings of the server that differ from `kinerja check` on the same contents. */
    mismatches: string[];
    /** Open files whose diagnostics for their last version did not arrive within DIAGNOSTICS_TIMEOUT_MS. */
    missingDiagnostics: string[];
}

/** How long the typist waits after the pause for each open file's diagnostics. */
export const DIAGNOSTICS_TIMEOUT_MS = 30_000;


/** One open file: its text and version, kept as the client keeps them. */
class OpenFile {
    version = 1;
    constructor(readonly path: string, readonly uri: string, public text: string) {}

    positionAt(offset: number): Position {
        const before = this.text.slice(0, offset);
        const line = before.split('\n').length - 1;
        return { line, character: offset - (before.lastIndexOf('\n') + 1) };
    }
}

/** A single-character edit: insert `text` at `offset`, or delete `remove` characters there. */
interface Keystroke {
    file: OpenFile;
    offset: number;
    remove: number;
    text: string;
}

/**
 * What the typist does, as a list of keystrokes per task. Tasks are made from the text
 * as it is when the task starts, and each leaves the file as it found it.
 */
function* tasks(file: OpenFile, next: () => number): Generator<Keystroke[]> {
    for (let idle = 0; ; idle++) {
        // A file where none of the tasks applies gets no keystrokes (the typist moves on).
        if (idle > 20) { yield []; idle = 0; }
        const text = file.text;
        const choice = next();
        if (choice < 0.35) {
            // Retype a quarter realisation value.
            const values = [...text.matchAll(/realisasi 2025 tw\d ([\d.,]+)/g)];
            if (!values.length) continue;
            const match = values[Math.floor(next() * values.length)];
            const start = match.index! + match[0].length - match[1].length;
            const old = match[1];
            const typed = String(10 + Math.floor(next() * 80));
            const keys: Keystroke[] = [];
            for (let i = old.length; i > 0; i--) keys.push({ file, offset: start + i - 1, remove: 1, text: '' });
            for (let i = 0; i < typed.length; i++) keys.push({ file, offset: start + i, remove: 0, text: typed[i] });
            for (let i = typed.length; i > 0; i--) keys.push({ file, offset: start + i - 1, remove: 1, text: '' });
            for (let i = 0; i < old.length; i++) keys.push({ file, offset: start + i, remove: 0, text: old[i] });
            yield keys;
        } else if (choice < 0.6) {
            // Type a new indicator in a node (an open quote, then an open brace, on the
            // way), then delete it.
            const nodes = [...text.matchAll(/\n( +)(?:sasaran|program|kegiatan|subkegiatan|rhk) [^\n]*\{/g)];
            if (!nodes.length) continue;
            const match = nodes[Math.floor(next() * nodes.length)];
            const at = match.index! + match[0].length;
            const n = Math.floor(next() * 1000);
            const line = `\n${match[1]}    indikator IKX${n} "Persentase baru ${n}" { satuan persen target 2025 ${n % 100} }`;
            const keys: Keystroke[] = [];
            for (let i = 0; i < line.length; i++) keys.push({ file, offset: at + i, remove: 0, text: line[i] });
            for (let i = line.length; i > 0; i--) keys.push({ file, offset: at + i - 1, remove: 1, text: '' });
            yield keys;
        } else if (choice < 0.8) {
            // Type a new realisation line in an indicator, then delete it.
            const units = [...text.matchAll(/\n( +)satuan [^\n]*/g)];
            if (!units.length) continue;
            const match = units[Math.floor(next() * units.length)];
            const at = match.index! + match[0].length;
            const line = `\n${match[1]}realisasi 2025 tw4 ${Math.floor(next() * 100)}`;
            const keys: Keystroke[] = [];
            for (let i = 0; i < line.length; i++) keys.push({ file, offset: at + i, remove: 0, text: line[i] });
            for (let i = line.length; i > 0; i--) keys.push({ file, offset: at + i - 1, remove: 1, text: '' });
            yield keys;
        } else {
            // Misspell a `mendukung` or `atasan` name (delete its last character), then correct it.
            const refs = [...text.matchAll(/(?:mendukung|atasan) ([\w.]+)/g)];
            if (!refs.length) continue;
            const match = refs[Math.floor(next() * refs.length)];
            const end = match.index! + match[0].length;
            const last = match[1][match[1].length - 1];
            if (!last) continue;
            yield [{ file, offset: end - 1, remove: 1, text: '' }, { file, offset: end - 1, remove: 0, text: last }];
        }
    }
}

function apply(key: Keystroke): { range: { start: Position; end: Position }; text: string } {
    const { file } = key;
    const range = { start: file.positionAt(key.offset), end: file.positionAt(key.offset + key.remove) };
    file.text = file.text.slice(0, key.offset) + key.text + file.text.slice(key.offset + key.remove);
    file.version++;
    return { range, text: key.text };
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * The files a planner has open: the regional government's (every agency supports its
 * sasaran, so an edit there reaches the whole workspace), one agency's organisation
 * file (its chart and strategic sasaran) and the largest program files.
 */
export function filesToOpen(files: string[], count: number): string[] {
    const texts = files.map(f => ({ f, text: readFileSync(f, 'utf8') }));
    const pemda = texts.find(x => /^pemda /m.test(x.text));
    const chart = texts.find(x => /^\s*jabatan /m.test(x.text) && /^\s*sasaran /m.test(x.text));
    const programs = texts.filter(x => x !== pemda && x !== chart && /\bindikator\b/.test(x.text) && /mendukung/.test(x.text))
        .sort((a, b) => b.text.length - a.text.length);
    return [pemda, chart, ...programs].filter((x): x is { f: string; text: string } => x !== undefined).slice(0, count).map(x => x.f);
}

export class TypingSession {
    private readonly open: OpenFile[] = [];

    constructor(private readonly session: LspSession) {}

    async openFiles(paths: string[]): Promise<void> {
        for (const path of paths) {
            const uri = pathToFileURL(path).toString();
            const file = new OpenFile(path, uri, readFileSync(path, 'utf8'));
            this.open.push(file);
            await this.session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'kinerja', version: file.version, text: file.text } });
        }
    }

    /** Types for `seconds` at `editsPerSecond`, sending requests at the cursor; then pauses and waits for the diagnostics. */
    async type(options: TypingOptions): Promise<Omit<TypingResults, 'mismatches'>> {
        const next = seededRandom(options.seed);
        const queues = this.open.map(file => tasks(file, next));
        const requests: Record<string, number[]> = { completion: [], hover: [], codeAction: [], inlayHint: [] };
        let failedRequests = 0;
        const pending: Promise<void>[] = [];
        const interval = 1000 / options.editsPerSecond;
        const started = performance.now();
        let edits = 0;
        let lastEdit = started;
        let current = 0;
        let keys: Keystroke[] = [];
        while (performance.now() - started < options.seconds * 1000) {
            if (!keys.length) {
                // Mostly stay in one file, sometimes switch (as a planner does between files).
                if (next() < 0.2) current = Math.floor(next() * this.open.length);
                keys = queues[current].next().value as Keystroke[];
                if (!keys.length) { current = (current + 1) % this.open.length; continue; }
            }
            const key = keys.shift()!;
            const change = apply(key);
            edits++;
            lastEdit = performance.now();
            void this.session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri: key.file.uri, version: key.file.version }, contentChanges: [change]
            });
            if (next() < (options.requestRate ?? 0.35)) {
                const file = key.file;
                const position = file.positionAt(key.offset + key.text.length);
                const textDocument = { uri: file.uri };
                const kinds = Object.keys(requests);
                const kind = kinds[Math.floor(next() * kinds.length)];
                const sent = performance.now();
                const request = kind === 'completion' ? this.session.connection.sendRequest(CompletionRequest.type, { textDocument, position })
                    : kind === 'hover' ? this.session.connection.sendRequest(HoverRequest.type, { textDocument, position })
                        : kind === 'codeAction' ? this.session.connection.sendRequest(CodeActionRequest.type, { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } })
                            : this.session.connection.sendRequest(InlayHintRequest.type, {
                                textDocument, range: { start: { line: Math.max(0, position.line - 40), character: 0 }, end: { line: position.line + 40, character: 0 } }
                            });
                pending.push(request.then(() => { requests[kind].push(performance.now() - sent); }, () => { failedRequests++; }));
            }
            const due = started + edits * interval;
            await sleep(Math.max(0, due - performance.now()));
        }
        if (process.env.KINERJA_BENCH_DEBUG) process.stderr.write(`typing: ${edits} edits sent; waiting for ${this.open.map(f => `v${f.version}`).join(', ')}\n`);
        // Diagnostics that never arrive are a failure to report, not a reason to wait forever.
        const missing: string[] = [];
        await Promise.all(this.open.map(async file => {
            const arrived = await Promise.race([
                this.session.diagnosticsFor(file.uri, file.version).then(() => true),
                sleep(DIAGNOSTICS_TIMEOUT_MS).then(() => false)
            ]);
            if (!arrived) missing.push(`${file.uri} v${file.version}`);
        }));
        const diagnosticsAfterPauseMs = performance.now() - lastEdit;
        await Promise.all(pending);
        return { edits, requests, failedRequests, diagnosticsAfterPauseMs, missingDiagnostics: missing };
    }

    /**
     * The server's findings for every file of `folder` against `kinerja check` on a copy
     * of it holding the open files' current texts (after the server has been quiet for
     * `quietMs`): one line per finding that only one of them has.
     */
    async compareWithCli(folder: string, files: string[], cli: string, quietMs = 1500): Promise<string[]> {
        await this.session.quiet(quietMs);
        const copy = mkdtempSync(join(tmpdir(), 'kinerja-typing-'));
        try {
            cpSync(folder, copy, { recursive: true });
            for (const file of this.open) writeFileSync(join(copy, relative(folder, file.path)), file.text);
            const run = spawnSync(process.execPath, [cli, 'check', '.', '--format', 'json'], { cwd: copy, encoding: 'utf8', maxBuffer: 1 << 30 });
            const list = (JSON.parse(run.stdout) as { diagnostics: Array<{ file: string; line: number; column: number; code: string; message: string }> }).diagnostics;
            const fromCli = new Set(list.map(f => `${f.file}:${f.line}:${f.column} ${f.code} ${f.message}`));
            const fromServer = new Set<string>();
            for (const path of files) {
                const uri = pathToFileURL(path).toString();
                for (const d of this.session.diagnosticsOf(uri)) fromServer.add(`${relative(folder, path)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)} ${d.message}`);
            }
            return [
                ...[...fromServer].filter(f => !fromCli.has(f)).map(f => `only the server: ${f}`),
                ...[...fromCli].filter(f => !fromServer.has(f)).map(f => `only the CLI: ${f}`)
            ];
        } finally {
            rmSync(copy, { recursive: true, force: true });
        }
    }
}

function codeOf(d: Diagnostic): string {
    return typeof d.code === 'string' || typeof d.code === 'number' ? String(d.code) : '';
}

/** The server process's resident memory in MB (Linux), or undefined. */
export function residentMb(pid: number | undefined): number | undefined {
    if (pid === undefined) return undefined;
    try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
        return kb ? Number(kb) / 1024 : undefined;
    } catch {
        return undefined;
    }
}
