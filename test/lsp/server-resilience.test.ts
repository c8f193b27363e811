/**
 * Resilience through the real server process over stdio:
 *
 * - `kinerja-language-server --stdio` on a workspace folder on disk: every request at every
 *   line start and end of a complete and of half-typed agency files answers a result (not
 *   an error response) of the LSP shape, and nothing is logged as an error;
 * - test/lsp/faulty-server.mjs (the same server with faults injected on request): a build
 *   that fails, an exception from a timer and an unhandled rejection are logged, the
 *   process keeps running and the next requests are answered.
 *
 * Runs the compiled server (npm test builds it first).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, Hover, Range } from 'vscode-languageserver';
import { CASCADE_TREE_REQUEST, REPORT_REQUEST } from '../../src/lsp/protocol.js';
import { TestClient, type Answer } from './lsp-client.js';
import { ShapeChecker } from './lsp-shapes.js';
import { FILES, HALF_TYPED, SMALL } from './resilience-fixture.js';

const ROOT = resolve(__dirname, '../..');
const BIN = resolve(ROOT, 'bin/kinerja-language-server.js');
const FAULTY = resolve(ROOT, 'test/lsp/faulty-server.mjs');

let folder: string;
let client: TestClient | undefined;
const uriOf = (name: string) => pathToFileURL(join(folder, name)).href;

beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'kinerja-resilience-'));
    for (const [name, text] of Object.entries(FILES)) writeFileSync(join(folder, name), text);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));
afterEach(async () => { await client?.close(); client = undefined; });

/** Starts `script` on the workspace folder and waits until every file has its diagnostics. */
async function start(script: string): Promise<TestClient> {
    client = TestClient.spawn(script, ROOT);
    const published = Object.keys(FILES).map(name => client!.published(uriOf(name), 30_000));
    await client.initialize(pathToFileURL(folder).href);
    await Promise.all(published);
    return client;
}

function lineBoundaries(text: string): number[] {
    const offsets = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') offsets.push(i, i + 1);
    offsets.push(text.length);
    return [...new Set(offsets)];
}

function positionAt(text: string, offset: number): { line: number; character: number } {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('kinerja-language-server --stdio on complete and half-typed documents', () => {
    it('answers every request at every line start and end with a result of the LSP shape, and logs no error', async () => {
        const c = await start(BIN);
        const opd = uriOf('opd.kinerja');
        const texts = new Map(Object.entries(FILES).map(([name, text]) => [uriOf(name), text]));
        const checker = new ShapeChecker(uri => texts.get(uri));
        const failures: string[] = [];
        let requests = 0;
        const ask = async (method: string, params: unknown, where: string, uri = opd): Promise<unknown> => {
            requests++;
            const answer: Answer = await c.request(method, params);
            if (answer.error) failures.push(`${where}: ${method} answered the error ${answer.error.code} ${answer.error.message}`);
            else for (const problem of checker.check(method, answer.result, uri)) failures.push(`${where}: ${problem}`);
            return answer.result;
        };
        const variants: Array<[string, string]> = [
            ['complete', SMALL],
            ...['an indicator title still open', '`mendukung` with nothing after it', 'a block never closed', 'top-level statements half typed']
                .map((name): [string, string] => [name, HALF_TYPED[name]])
        ];
        for (const [name, text] of variants) {
            await c.setText(opd, text);
            texts.set(opd, text);
            checker.reset();
            const textDocument = { uri: opd };
            const end = positionAt(text, text.length);
            const all: Range = { start: { line: 0, character: 0 }, end };
            for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/semanticTokens/full', 'textDocument/codeLens']) {
                await ask(method, { textDocument }, name);
            }
            await ask('textDocument/formatting', { textDocument, options: { tabSize: 4, insertSpaces: true } }, name);
            await ask('textDocument/codeAction', { textDocument, range: all, context: { diagnostics: c.diagnosticsFor(opd) } }, name);
            await ask('workspace/symbol', { query: 'Opd' }, name);
            for (const [method, params] of [[CASCADE_TREE_REQUEST, {}], [REPORT_REQUEST, { organisation: 'Opd' }]] as const) {
                const answer = await c.request(method, params);
                requests++;
                if (answer.error) failures.push(`${name}: ${method} answered the error ${answer.error.message}`);
            }
            for (const offset of lineBoundaries(text)) {
                const position = positionAt(text, offset);
                const where = `${name} @${position.line + 1}:${position.character + 1}`;
                const params = { textDocument, position };
                const range: Range = { start: position, end: positionAt(text, Math.min(text.length, offset + 30)) };
                await ask('textDocument/completion', params, where);
                await ask('textDocument/hover', params, where);
                await ask('textDocument/definition', params, where);
                await ask('textDocument/references', { ...params, context: { includeDeclaration: true } }, where);
                await ask('textDocument/documentHighlight', params, where);
                if (await ask('textDocument/prepareRename', params, where)) await ask('textDocument/rename', { ...params, newName: 'NamaBaru' }, where);
                const items = await ask('textDocument/prepareTypeHierarchy', params, where) as Array<{ uri: string }> | null;
                for (const item of items ?? []) {
                    await ask('typeHierarchy/supertypes', { item }, where, item.uri);
                    await ask('typeHierarchy/subtypes', { item }, where, item.uri);
                }
                await ask('textDocument/semanticTokens/range', { textDocument, range }, where);
                await ask('textDocument/inlayHint', { textDocument, range }, where);
                const diagnostics = c.diagnosticsFor(opd).filter((d: Diagnostic) => d.range.start.line <= range.end.line && d.range.end.line >= range.start.line);
                await ask('textDocument/codeAction', { textDocument, range, context: { diagnostics } }, where);
                await ask('textDocument/rangeFormatting', { textDocument, range, options: { tabSize: 4, insertSpaces: true } }, where);
            }
        }
        expect(failures.slice(0, 30)).toEqual([]);
        expect(c.errors()).toEqual([]);
        expect(requests).toBeGreaterThan(1000);
    }, 60_000);
});

describe('the server process after an error outside any request', () => {
    const fault = (c: TestClient, name: string) => c.notify('kinerja-test/fault', { fault: name });
    const hover = (c: TestClient, uri: string, line: number, character: number) => c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line, character } });

    it('logs a build that fails, keeps serving the other files, and builds again on the next change', async () => {
        const c = await start(FAULTY);
        const opd = uriOf('opd.kinerja');
        const onIku1 = (await hover(c, opd, 6, 19)).result;
        expect(JSON.stringify(onIku1)).toContain('indikator IKU1');
        await fault(c, 'build');
        await c.notify('textDocument/didOpen', { textDocument: { uri: opd, languageId: 'kinerja', version: 1, text: SMALL + '\n' } });
        expect(await c.logged(/injected: build/)).toMatch(/^kinerja: unhandled error, the server keeps running\. Error: injected: build\n\s+at /);
        // Files the failed build did not touch are answered meanwhile.
        expect(JSON.stringify((await hover(c, uriOf('pemda.kinerja'), 6, 19)).result)).toContain('indikator IKD1');
        await fault(c, 'none');
        const published = c.nextDiagnostics(opd);
        await c.notify('textDocument/didChange', { textDocument: { uri: opd, version: 2 }, contentChanges: [{ text: SMALL }] });
        await published;
        expect((await hover(c, opd, 6, 19)).result).toEqual(onIku1);
        expect(c.process!.exitCode).toBeNull();
    }, 60_000);

    it('logs an exception thrown from a timer and a rejection nobody handles, and keeps serving', async () => {
        const c = await start(FAULTY);
        await fault(c, 'uncaught');
        expect(await c.logged(/injected: uncaught/)).toMatch(/^kinerja: uncaught error, the server keeps running\. Error: injected: uncaught\n/);
        await fault(c, 'rejection');
        expect(await c.logged(/injected: rejection/)).toMatch(/^kinerja: unhandled error, the server keeps running\. Error: injected: rejection\n/);
        expect(JSON.stringify((await hover(c, uriOf('opd.kinerja'), 6, 19)).result)).toContain('indikator IKU1');
        const tree = await c.request<{ organisations: unknown[] }>(CASCADE_TREE_REQUEST, {});
        expect(tree.result!.organisations.length).toBeGreaterThan(0);
        expect(c.process!.exitCode).toBeNull();
        expect(c.stderr()).toBe('');
    }, 60_000);
});
