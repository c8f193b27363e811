/**
 * Resilience of the editor features: every request the language server answers, on
 * complete and half-typed documents, at every offset of a small agency file (and of the
 * edited region of each half-typed version of it), at every line start and end of a
 * bigger file, and at the cursor of that file truncated every few characters. Nothing
 * may throw, and every result must have the LSP shape a client expects (lsp-shapes.ts).
 *
 * The providers are called in-process, without the guard the server puts around them
 * (src/lsp/resilience.ts), so that a failure shows here as the error it is.
 */
import { URI, type LangiumDocument } from 'langium';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CancellationToken, ResponseError, type CodeAction, type Diagnostic, type Position, type Range } from 'vscode-languageserver';
import { CASCADE_TREE_REQUEST, REPORT_REQUEST } from '../../src/lsp/protocol.js';
import { customRequestHandlers, type CustomRequestHandlers } from '../../src/lsp/custom-requests.js';
import { buildWorkspace, editFile, type TestWorkspace } from '../helpers.js';
import { ShapeChecker } from './lsp-shapes.js';
import { AGENCIES, FILES, HALF_TYPED, HALF_TYPED_REPORTS, REPORTS, SMALL } from './resilience-fixture.js';
import { translateSettings } from '../../src/lsp/settings-sync.js';
import { defaultConfig } from '../../src/engine/config.js';
import { nodeHost } from '../../src/validation/node-host.js';

interface Sweep {
    ws: TestWorkspace;
    checker: ShapeChecker;
    failures: string[];
    calls: number;
}

const token = CancellationToken.None;
const MAX_REPORTED = 40;

/** Runs one request; a throw or a malformed result is recorded as a failure. */
async function call(sweep: Sweep, request: string, uri: string, where: string, run: () => unknown): Promise<unknown> {
    sweep.calls++;
    try {
        const result = await run();
        for (const problem of sweep.checker.check(request, result, uri)) sweep.failures.push(`${where}: ${problem}`);
        return result;
    } catch (err) {
        const stack = err instanceof Error ? err.stack?.split('\n').slice(0, 4).join(' | ') : String(err);
        sweep.failures.push(`${where}: ${request} threw ${stack}`);
        return undefined;
    }
}

function label(document: LangiumDocument, name: string, offset: number): string {
    const { line, character } = document.textDocument.positionAt(offset);
    const text = document.textDocument.getText();
    return `${name} @${offset} (${line + 1}:${character + 1}, before ${JSON.stringify(text.slice(offset, offset + 12))})`;
}

function overlaps(a: Range, b: Range): boolean {
    const le = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character <= q.character);
    return le(a.start, b.end) && le(b.start, a.end);
}

/**
 * The requests at one offset: everything that takes a position and, with `ranges` (at
 * line starts and ends: they depend on the range, not on the cursor), the range ones
 * over the next 30 characters.
 */
function atOffset(sweep: Sweep, document: LangiumDocument, name: string, offset: number, ranges = false): Promise<void> {
    return atPosition(sweep, document, label(document, name, offset), document.textDocument.positionAt(offset), ranges);
}

async function atPosition(sweep: Sweep, document: LangiumDocument, where: string, position: Position, ranges = true): Promise<void> {
    const lsp = sweep.ws.services.lsp;
    const uri = document.uri.toString();
    const textDocument = { uri };
    const params = { textDocument, position };
    const text = document.textDocument.getText();
    const offset = document.textDocument.offsetAt(position);
    const range: Range = { start: position, end: document.textDocument.positionAt(Math.min(text.length, offset + 30)) };

    const triggerCharacter = text[offset - 1] === '.' ? '.' : undefined;
    await call(sweep, 'textDocument/completion', uri, where, () => lsp.CompletionProvider!.getCompletion(document, {
        ...params, context: triggerCharacter ? { triggerKind: 2, triggerCharacter } : { triggerKind: 1 }
    }, token));
    await call(sweep, 'textDocument/hover', uri, where, () => lsp.HoverProvider!.getHoverContent(document, params, token));
    await call(sweep, 'textDocument/definition', uri, where, () => lsp.DefinitionProvider!.getDefinition(document, params, token));
    await call(sweep, 'textDocument/references', uri, where, () => lsp.ReferencesProvider!.findReferences(document, { ...params, context: { includeDeclaration: true } }, token));
    await call(sweep, 'textDocument/documentHighlight', uri, where, () => lsp.DocumentHighlightProvider!.getDocumentHighlight(document, params, token));
    const renamable = await call(sweep, 'textDocument/prepareRename', uri, where, () => lsp.RenameProvider!.prepareRename(document, params, token));
    if (renamable) {
        await call(sweep, 'textDocument/rename', uri, where, () => lsp.RenameProvider!.rename(document, { ...params, newName: 'NamaBaru' }, token));
    }
    const items = await call(sweep, 'textDocument/prepareTypeHierarchy', uri, where,
        () => lsp.TypeHierarchyProvider!.prepareTypeHierarchy(document, params, token)) as Array<{ uri: string }> | undefined;
    for (const item of items ?? []) {
        await call(sweep, 'typeHierarchy/supertypes', item.uri, where, () => lsp.TypeHierarchyProvider!.supertypes({ item: item as never }, token));
        await call(sweep, 'typeHierarchy/subtypes', item.uri, where, () => lsp.TypeHierarchyProvider!.subtypes({ item: item as never }, token));
    }
    const onType = lsp.Formatter?.formatOnTypeOptions;
    if (onType && [onType.firstTriggerCharacter, ...onType.moreTriggerCharacter ?? []].includes(text[offset - 1])) {
        await call(sweep, 'textDocument/onTypeFormatting', uri, where, () => lsp.Formatter!.formatDocumentOnType(document, {
            textDocument, position, ch: text[offset - 1], options: { tabSize: 4, insertSpaces: true }
        }, token));
    }
    if (!ranges) return;
    await call(sweep, 'textDocument/semanticTokens/range', uri, where, () => lsp.SemanticTokenProvider!.semanticHighlightRange(document, { textDocument, range }, token));
    await call(sweep, 'textDocument/inlayHint', uri, where, () => lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range }, token));
    const diagnostics = (document.diagnostics ?? []).filter((d: Diagnostic) => overlaps(d.range, range));
    await call(sweep, 'textDocument/codeAction', uri, where, () => lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range, context: { diagnostics } }, token));
    await call(sweep, 'textDocument/rangeFormatting', uri, where, () => lsp.Formatter!.formatDocumentRange(document, {
        textDocument, range, options: { tabSize: 4, insertSpaces: true }
    }, token));
}

/** The custom requests with the params the extension sends; the full set on complete documents. */
const CUSTOM_CASES: Array<[keyof CustomRequestHandlers, unknown]> = [
    [CASCADE_TREE_REQUEST, undefined], [CASCADE_TREE_REQUEST, { year: 2025 }], [CASCADE_TREE_REQUEST, { year: 1900 }],
    [REPORT_REQUEST, {}], [REPORT_REQUEST, { organisation: 'Opd', focus: 'Opd.SS1' }], [REPORT_REQUEST, { kind: 'ranking', year: 2025 }],
    [REPORT_REQUEST, { kind: 'quarterly', year: 2025, quarter: 2 }], [REPORT_REQUEST, { kind: 'agreements', year: 2025 }]
];
const FEW_CUSTOM_CASES: Array<[keyof CustomRequestHandlers, unknown]> = [[CASCADE_TREE_REQUEST, undefined], [REPORT_REQUEST, { organisation: 'Opd' }]];

/** The requests about a whole document, and the workspace-wide ones. */
async function wholeDocument(sweep: Sweep, document: LangiumDocument, name: string, custom = FEW_CUSTOM_CASES): Promise<void> {
    const { services } = sweep.ws;
    const lsp = services.lsp;
    const uri = document.uri.toString();
    const textDocument = { uri };
    const text = document.textDocument.getText();
    const all: Range = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) };
    const where = `${name} (whole document)`;
    await call(sweep, 'textDocument/documentSymbol', uri, where, () => lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument }, token));
    await call(sweep, 'textDocument/foldingRange', uri, where, () => lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument }, token));
    await call(sweep, 'textDocument/semanticTokens/full', uri, where, () => lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument }, token));
    await call(sweep, 'textDocument/semanticTokens/range', uri, where, () => lsp.SemanticTokenProvider!.semanticHighlightRange(document, { textDocument, range: all }, token));
    await call(sweep, 'textDocument/inlayHint', uri, where, () => lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: all }, token));
    await call(sweep, 'textDocument/codeLens', uri, where, () => lsp.CodeLensProvider!.provideCodeLens(document, { textDocument }, token));
    await codeActions(sweep, document, where, document.diagnostics ?? []);
    await call(sweep, 'textDocument/formatting', uri, where, () => lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } }, token));
    const workspaceSymbols = services.shared.lsp.WorkspaceSymbolProvider!;
    await call(sweep, 'workspace/symbol', uri, where, () => workspaceSymbols.getSymbols({ query: '' }, token));
    await call(sweep, 'workspace/symbol', uri, where, () => workspaceSymbols.getSymbols({ query: 'Opd.' }, token));
    await customRequests(sweep, where, custom);
}

/** Code actions for all the diagnostics at once, and for each one under the cursor, as an editor asks. */
async function codeActions(sweep: Sweep, document: LangiumDocument, where: string, diagnostics: Diagnostic[]): Promise<void> {
    const uri = document.uri.toString();
    const all: Range = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) };
    const provider = sweep.ws.services.lsp.CodeActionProvider!;
    await call(sweep, 'textDocument/codeAction', uri, where, () => provider.getCodeActions(document, { textDocument: { uri }, range: all, context: { diagnostics } }, token));
    for (const diagnostic of diagnostics) {
        await call(sweep, 'textDocument/codeAction', uri, `${where} finding ${JSON.stringify(diagnostic.code)}`, () => provider.getCodeActions(document, {
            textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }, token));
    }
}

async function customRequests(sweep: Sweep, where: string, cases: Array<[keyof CustomRequestHandlers, unknown]>): Promise<void> {
    const handlers = customRequestHandlers(sweep.ws.services.shared, sweep.ws.services);
    for (const [method, params] of cases) {
        sweep.calls++;
        try {
            const result = await handlers[method](params) as unknown as Record<string, unknown>;
            const ok = method === CASCADE_TREE_REQUEST
                ? Array.isArray(result.organisations) && Array.isArray(result.years)
                : typeof result.html === 'string' && typeof result.json === 'string' && typeof result.kind === 'string';
            if (!ok) sweep.failures.push(`${where}: ${method} ${JSON.stringify(params)} answered ${JSON.stringify(result).slice(0, 200)}`);
        } catch (err) {
            sweep.failures.push(`${where}: ${method} ${JSON.stringify(params)} threw ${err instanceof Error ? err.stack?.split('\n').slice(0, 4).join(' | ') : String(err)}`);
        }
    }
}

/** Line starts and line ends of a text, as offsets. */
function lineBoundaries(text: string): number[] {
    const offsets = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') offsets.push(i, i + 1);
    offsets.push(text.length);
    return [...new Set(offsets)];
}

/** The lines of `text` that differ from `original`, one line around them included, as an offset range. */
function editedRegion(original: string, text: string): [number, number] {
    let prefix = 0;
    while (prefix < text.length && prefix < original.length && text[prefix] === original[prefix]) prefix++;
    let suffix = 0;
    while (suffix < text.length - prefix && suffix < original.length - prefix && text[text.length - 1 - suffix] === original[original.length - 1 - suffix]) suffix++;
    const lineStart = (at: number, back: number) => {
        let i = at;
        for (let n = 0; n <= back && i > 0; n++) i = text.lastIndexOf('\n', i - 1);
        return Math.max(0, i);
    };
    const lineEnd = (at: number, ahead: number) => {
        let i = at;
        for (let n = 0; n <= ahead && i >= 0 && i < text.length; n++) i = text.indexOf('\n', i + 1);
        return i < 0 ? text.length : i;
    };
    return [lineStart(prefix, 1), lineEnd(text.length - suffix, 1)];
}

function report(sweep: Sweep): string[] {
    const shown = sweep.failures.slice(0, MAX_REPORTED);
    if (sweep.failures.length > MAX_REPORTED) shown.push(`… and ${sweep.failures.length - MAX_REPORTED} more`);
    return shown;
}

describe('every request at every offset, on complete and half-typed documents', () => {
    let sweep: Sweep;
    const document = (name: string) => sweep.ws.services.shared.workspace.LangiumDocuments.getDocument(URI.parse(`memory:///ws/${name}`))!;

    beforeAll(async () => {
        const ws = await buildWorkspace(FILES);
        // The custom requests wait for the workspace manager, as in the server.
        await ws.services.shared.workspace.WorkspaceManager.initializeWorkspace([]);
        const texts = (uri: string) => ws.services.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))?.textDocument.getText();
        sweep = { ws, checker: new ShapeChecker(texts), failures: [], calls: 0 };
    });

    beforeEach(() => { sweep.failures = []; sweep.calls = 0; });

    const setText = async (file: string, text: string) => {
        await editFile(sweep.ws, file, text);
        sweep.checker.reset();
        return document(file);
    };

    /** Every offset of the lines that differ from `original` (one line around them), and every line start and end. */
    const sweepEdited = async (file: string, original: string, name: string, text: string) => {
        const doc = await setText(file, text);
        await wholeDocument(sweep, doc, name);
        const [from, to] = editedRegion(original, text);
        const boundaries = new Set(lineBoundaries(text));
        const starts = new Set([0, ...[...text.matchAll(/\n/g)].map(m => m.index + 1)]);
        for (const offset of boundaries) await atOffset(sweep, doc, name, offset, starts.has(offset));
        for (let offset = from; offset <= to; offset++) if (!boundaries.has(offset)) await atOffset(sweep, doc, name, offset);
        // Stale positions: the editor's view of the document may lag behind.
        for (const position of [{ line: 10_000, character: 0 }, { line: 0, character: 10_000 }]) {
            await atPosition(sweep, doc, `${name} at ${JSON.stringify(position)}`, position);
        }
        await setText(file, original);
    };

    it('answers everything at every offset of a complete agency file', async () => {
        const doc = await setText('opd.kinerja', SMALL);
        expect(doc.parseResult.parserErrors).toEqual([]);
        await wholeDocument(sweep, doc, 'complete', CUSTOM_CASES);
        const boundaries = new Set(lineBoundaries(SMALL));
        for (let offset = 0; offset <= SMALL.length; offset++) await atOffset(sweep, doc, 'complete', offset, boundaries.has(offset));
        expect(report(sweep)).toEqual([]);
        expect(sweep.calls).toBeGreaterThan(6 * SMALL.length);
    });

    it('answers everything at every offset of a realisation and agreements file', async () => {
        const doc = await setText('laporan.kinerja', REPORTS);
        expect(doc.parseResult.parserErrors).toEqual([]);
        await wholeDocument(sweep, doc, 'laporan.kinerja');
        const boundaries = new Set(lineBoundaries(REPORTS));
        for (let offset = 0; offset <= REPORTS.length; offset++) await atOffset(sweep, doc, 'laporan.kinerja', offset, boundaries.has(offset));
        expect(report(sweep)).toEqual([]);
    });

    it.each(Object.entries(HALF_TYPED))('answers everything on %s', async (name, text) => {
        await sweepEdited('opd.kinerja', SMALL, name, text);
        expect(report(sweep)).toEqual([]);
    });

    it.each(Object.entries(HALF_TYPED_REPORTS))('answers everything on %s', async (name, text) => {
        await sweepEdited('laporan.kinerja', REPORTS, name, text);
        expect(report(sweep)).toEqual([]);
    });

    it('answers everything in the other files while an agency file is half typed', async () => {
        // laporan.kinerja names Opd.Kabid and Opd's indicators; they come and go with opd.kinerja.
        for (const name of ['a block never closed', 'an indicator with only its keyword', 'an empty document']) {
            await setText('opd.kinerja', HALF_TYPED[name]);
            const doc = document('laporan.kinerja');
            for (const offset of lineBoundaries(REPORTS)) await atOffset(sweep, doc, `laporan.kinerja while opd.kinerja has ${name}`, offset, true);
        }
        await setText('opd.kinerja', SMALL);
        expect(report(sweep)).toEqual([]);
    });

    it('answers everything at every line start and end of a two-agency file', async () => {
        const doc = document('dinas.kinerja');
        await wholeDocument(sweep, doc, 'dinas.kinerja');
        for (const offset of lineBoundaries(AGENCIES)) await atOffset(sweep, doc, 'dinas.kinerja', offset, true);
        expect(report(sweep)).toEqual([]);
    });

    it('answers everything at the cursor while the two-agency file is typed from the start', async () => {
        // The file as it stands after each few characters typed: requests where the cursor is.
        const step = 37;
        for (let length = 0; length <= AGENCIES.length; length += step) {
            const doc = await setText('dinas.kinerja', AGENCIES.slice(0, length));
            const name = `dinas.kinerja cut at ${length}`;
            const uri = doc.uri.toString();
            const lsp = sweep.ws.services.lsp;
            if (length % (step * 10) === 0) await wholeDocument(sweep, doc, name);
            else {
                await call(sweep, 'textDocument/documentSymbol', uri, name, () => lsp.DocumentSymbolProvider!.getSymbols(doc, { textDocument: { uri } }, token));
                await call(sweep, 'textDocument/semanticTokens/full', uri, name, () => lsp.SemanticTokenProvider!.semanticHighlight(doc, { textDocument: { uri } }, token));
                await call(sweep, 'textDocument/codeLens', uri, name, () => lsp.CodeLensProvider!.provideCodeLens(doc, { textDocument: { uri } }, token));
                await call(sweep, 'textDocument/foldingRange', uri, name, () => lsp.FoldingRangeProvider!.getFoldingRanges(doc, { textDocument: { uri } }, token));
            }
            for (const offset of new Set([Math.max(0, length - 1), length])) await atOffset(sweep, doc, name, offset, true);
        }
        await setText('dinas.kinerja', AGENCIES);
        expect(report(sweep)).toEqual([]);
    });

    it('offers quick fixes for stale and foreign diagnostics without failing', async () => {
        // The editor sends the diagnostics it shows, which may be from an older version of
        // the file or from other extensions (any code, any data).
        const complete = await setText('opd.kinerja', SMALL);
        const stale = [...complete.diagnostics ?? []];
        expect(stale.length).toBeGreaterThan(0);
        const range = (line: number, start: number, end: number): Range => ({ start: { line, character: start }, end: { line, character: end } });
        const foreign: Diagnostic[] = [
            { range: range(0, 0, 3), message: 'ejaan', source: 'cSpell' },
            { range: range(0, 0, 3), message: 'x', code: 12 },
            { range: range(0, 0, 3), message: 'x', code: { value: 'x', target: 'https://example.org' } } as unknown as Diagnostic,
            { range: range(500, 0, 3), message: 'x', code: 'missing-unit' },
            { range: range(3, 0, 3), message: 'x', code: 'quarter-target-mismatch', data: { mode: 'jumlah' } },
            { range: range(9, 12, 20), message: 'x', code: 'quarter-target-mismatch', data: { mode: 5 } },
            { range: range(0, 0, 3), message: 'x', code: 'pk-missing', data: { position: {}, year: 'x' } },
            { range: range(0, 0, 3), message: 'x', code: 'number-format', data: { replacement: 5 } },
            { range: range(0, 0, 3), message: 'x', code: 'unresolved-reference', data: 'teks' },
            { range: range(0, 0, 3), message: 'x', code: 'cascade-misaligned', data: { candidates: 'SS1' } },
            { range: range(0, 0, 3), message: 'x', data: { code: 'cascade-skip-level', candidates: [5, null, 'SS1'] } }
        ];
        for (const [name, text] of [['complete', SMALL], ...Object.entries(HALF_TYPED)]) {
            const doc = await setText('opd.kinerja', text);
            await codeActions(sweep, doc, `${name} with the findings of the complete file`, stale);
            await codeActions(sweep, doc, `${name} with foreign diagnostics`, foreign);
        }
        await setText('opd.kinerja', SMALL);
        expect(report(sweep)).toEqual([]);
    });

    it('refuses an invalid new name with a ResponseError, the LSP way', async () => {
        const doc = await setText('opd.kinerja', SMALL);
        const position = doc.textDocument.positionAt(SMALL.indexOf('IKU1'));
        await expect(sweep.ws.services.lsp.RenameProvider!.rename(doc, { textDocument: { uri: doc.uri.toString() }, position, newName: '1 bukan nama' }))
            .rejects.toBeInstanceOf(ResponseError);
    });
});

describe('regressions', () => {
    it('a quick fix is offered for the findings of the text as it is, not for stale or foreign diagnostics', async () => {
        const ws = await buildWorkspace(FILES);
        const ask = async (diagnostic: Diagnostic) => {
            const doc = ws.documents.get('opd.kinerja')!;
            return await ws.services.lsp.CodeActionProvider!.getCodeActions(doc, {
                textDocument: { uri: doc.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
            }) as CodeAction[];
        };
        await editFile(ws, 'opd.kinerja', SMALL.replace('target 2025 60', 'target 2025 60.5'));
        const stale = ws.findings.find(f => f.code === 'number-format')!.diagnostic;
        expect((await ask(stale)).map(a => a.title)).toEqual(["Ganti dengan '60,5'"]);
        // A line added above: the editor still shows the old diagnostic for a moment.
        await editFile(ws, 'opd.kinerja', '// catatan\n' + SMALL.replace('target 2025 60', 'target 2025 60.5'));
        // Was: the fix replaced the old range, now other text ("0" of a "2025" one line up).
        expect(await ask(stale)).toEqual([]);
        const current = ws.findings.find(f => f.code === 'number-format')!.diagnostic;
        expect((await ask(current)).map(a => a.title)).toEqual(["Ganti dengan '60,5'"]);
        // Was: TypeError: candidates.slice(...).map is not a function, for a diagnostic of another source.
        expect(await ask({ ...current, code: 'unresolved-reference', data: { candidates: 'Kadis' } })).toEqual([]);
        // The file emptied: the old findings lie past its end (was: edits outside the document).
        await editFile(ws, 'opd.kinerja', '');
        expect(await ask(current)).toEqual([]);
    });

    it('kinerja/report ignores params of the wrong type instead of failing', async () => {
        const ws = await buildWorkspace(FILES);
        await ws.services.shared.workspace.WorkspaceManager.initializeWorkspace([]);
        const handlers = customRequestHandlers(ws.services.shared, ws.services);
        // Was: TypeError: params.focus?.includes is not a function.
        const report = await handlers[REPORT_REQUEST]({ focus: 5, organisation: ['Opd'], kind: 7 });
        expect(report).toMatchObject({ kind: 'quarterly', year: 2025, renderer: 'report-html' });
        for (const params of [null, 5, 'laporan', []]) expect((await handlers[REPORT_REQUEST](params)).year).toBe(2025);
        expect((await handlers[CASCADE_TREE_REQUEST]({ year: '2024' })).year).toBe(2025);
    });

    it('a `configFile` setting that is no file path here is reported, not thrown', () => {
        // Was: TypeError: File URL host must be "localhost" or empty on linux.
        const unc = translateSettings({ configFile: 'file://server/share/kinerja.config.json', language: 'en' }, defaultConfig(), '/ws', nodeHost);
        expect(unc.language).toBe('en');
        expect(unc.configFile).toBeUndefined();
        expect(unc.problems).toEqual([expect.stringMatching(/"configFile" "file:\/\/server\/share\/kinerja.config.json" is not a file path/)]);
        expect(translateSettings({ configFile: 'file:///%E0%A4%A' }, defaultConfig(), '/ws', nodeHost).problems).toHaveLength(1);
    });
});
