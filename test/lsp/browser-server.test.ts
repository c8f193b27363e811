/**
 * The language server in a web worker (src/lsp/main-browser.ts, bundled as
 * dist/web/server.js): its bundle reaches no `node:` module, and the bundle, run in a
 * worker thread with nothing of Node handed to it, serves a workspace whose files come
 * through the `kinerja/fs/*` requests (a cross-file reference resolves), or, when the
 * client does not answer them, the documents it opens.
 */
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, ErrorCodes, PortMessageReader, PortMessageWriter, ResponseError, type MessageConnection } from 'vscode-jsonrpc/node';
// @ts-expect-error: a plain .mjs module of the build scripts
import { webServerBuild } from '../../scripts/web-server-build.mjs';
import { FS_READ_DIRECTORY_REQUEST, FS_READ_FILE_REQUEST, FS_STAT_REQUEST, type FsEntry, type FsParams } from '../../src/lsp/protocol.js';

const PEMDA = `pemda Contoh "Pemerintah Kabupaten Contoh" {
    periode 2025 - 2029
    sasaran SD1 "Meningkatnya derajat kesehatan masyarakat" {
        indikator UHH "Usia harapan hidup" {
            satuan "tahun"
            akumulasi terakhir
            target 2025 72,10
            realisasi 2025 72,30
        }
    }
}
`;
const DINKES = `instansi Dinkes "Dinas Kesehatan Kabupaten Contoh" {
    pemda Contoh
    periode 2025 - 2029
    sasaran SS1 "Menurunnya prevalensi stunting" mendukung Contoh.SD1 {
        indikator IKU1 "Prevalensi balita stunting" {
            satuan persen
            arah turun
            target 2025 18,50
            realisasi 2025 19.29
        }
    }
}
`;
const FOLDER = 'vscode-vfs://github/kinerja/contoh';
const FILES = new Map([[`${FOLDER}/pemda.kinerja`, PEMDA], [`${FOLDER}/sub/dinkes.kinerja`, DINKES]]);

let dir: string;
let bundle: string;
let metafile: esbuild.Metafile;

beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kinerja-web-server-'));
    const result = await esbuild.build({ ...webServerBuild({ outdir: dir, sourcemap: false }), metafile: true, logLevel: 'silent' });
    metafile = result.metafile;
    bundle = join(dir, 'server.js');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the web worker bundle', () => {
    it('reaches no node: module and no external one, and is ASCII', () => {
        const nodeImports = Object.entries(metafile.inputs).flatMap(([file, input]) =>
            input.imports.filter(i => i.path.startsWith('node:') || (i.external && i.path !== '<runtime>')).map(i => `${file} -> ${i.path}`));
        expect(nodeImports).toEqual([]);
        expect(Object.keys(metafile.inputs)).toContain('src/lsp/main-browser.ts');
        expect(Object.keys(metafile.inputs).filter(f => /node-host|config-loader|read-file|docs-links|langium\/lib\/node\//.test(f))).toEqual([]);
        expect(/[^\x00-\x7f]/.test(readFileSync(bundle, 'utf8'))).toBe(false);
    });
});

interface Diagnostics { uri: string; diagnostics: { code?: string | number; range: { start: { line: number; character: number } }; message: string }[] }

/** The bundle in a worker thread that has, like a browser worker, only postMessage and message events. */
function startWorker(): { connection: MessageConnection; worker: Worker } {
    const bootstrap = `
        const { parentPort, workerData } = require('node:worker_threads');
        globalThis.postMessage = message => parentPort.postMessage(message);
        globalThis.addEventListener = () => {};
        Object.defineProperty(globalThis, 'onmessage', { set(listener) { parentPort.on('message', data => listener({ data })); } });
        require('node:vm').runInThisContext(require('node:fs').readFileSync(workerData, 'utf8'), { filename: workerData });
    `;
    const worker = new Worker(bootstrap, { eval: true, workerData: bundle });
    const connection = createMessageConnection(new PortMessageReader(worker), new PortMessageWriter(worker));
    return { connection, worker };
}

async function session(answerFiles: boolean, open: Record<string, string>): Promise<Map<string, Diagnostics['diagnostics']>> {
    const { connection, worker } = startWorker();
    const published = new Map<string, Diagnostics['diagnostics']>();
    const asked: string[] = [];
    let settle: () => void = () => undefined;
    const done = new Promise<void>(resolve => { settle = resolve; });
    connection.onNotification('textDocument/publishDiagnostics', (params: Diagnostics) => {
        published.set(params.uri, params.diagnostics);
        if (published.has(`${FOLDER}/sub/dinkes.kinerja`) && (!answerFiles || published.has(`${FOLDER}/pemda.kinerja`))) settle();
    });
    const entry = (uri: string): FsEntry | undefined => FILES.has(uri) ? { uri, isFile: true, isDirectory: false }
        : [...FILES.keys()].some(f => f.startsWith(uri + '/')) ? { uri, isFile: false, isDirectory: true } : undefined;
    connection.onRequest((method: string, params: unknown) => {
        if (!method.startsWith('kinerja/fs/')) return null;
        asked.push(method);
        if (!answerFiles) throw new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
        const { uri } = params as FsParams;
        if (method === FS_READ_FILE_REQUEST && FILES.has(uri)) return { text: FILES.get(uri) };
        if (method === FS_STAT_REQUEST && entry(uri)) return entry(uri);
        if (method === FS_READ_DIRECTORY_REQUEST) {
            const names = new Set([...FILES.keys()].filter(f => f.startsWith(uri + '/')).map(f => f.slice(uri.length + 1).split('/')[0]));
            return [...names].map(name => entry(`${uri}/${name}`));
        }
        throw new ResponseError(ErrorCodes.InvalidParams, `No file at ${uri}`);
    });
    connection.listen();
    try {
        await connection.sendRequest('initialize', {
            processId: null, rootUri: FOLDER, capabilities: { workspace: { workspaceFolders: true } },
            workspaceFolders: [{ uri: FOLDER, name: 'contoh' }]
        });
        connection.sendNotification('initialized', {});
        for (const [uri, text] of Object.entries(open)) {
            connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kinerja', version: 1, text } });
        }
        await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error(`no diagnostics; asked ${asked.join(', ')}`)), 30_000))]);
        expect(asked.length).toBeGreaterThan(0);
        return published;
    } finally {
        connection.dispose();
        await worker.terminate();
    }
}

const summary = (diagnostics: Diagnostics['diagnostics'] | undefined) =>
    (diagnostics ?? []).map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`);

describe('the language server in a worker', () => {
    it('reads the workspace through kinerja/fs/* and resolves a reference across files', async () => {
        const published = await session(true, {});
        expect(summary(published.get(`${FOLDER}/sub/dinkes.kinerja`))).toEqual(['9:28 number-format']);
        expect(published.get(`${FOLDER}/sub/dinkes.kinerja`)?.[0].message).toContain("Tulis '19,29'");
        expect(summary(published.get(`${FOLDER}/pemda.kinerja`))).toEqual([]);
    }, 60_000);

    it('without the client answering kinerja/fs/*, checks the open documents alone', async () => {
        const published = await session(false, { [`${FOLDER}/sub/dinkes.kinerja`]: DINKES });
        expect(summary(published.get(`${FOLDER}/sub/dinkes.kinerja`))).toEqual(['2:11 unresolved-reference', '4:60 unresolved-reference', '9:28 number-format']);
    }, 60_000);
});
