/**
 * A thin LSP client between Monaco and the kinerja language server in a web worker:
 * JSON-RPC over the worker's messages (vscode-jsonrpc's browser reader and writer), the
 * documents opened and changed as Monaco models, published diagnostics as Monaco markers,
 * and Monaco's code action (quick fix), completion and hover providers asking the server.
 * Only what the playground shows; the web extension uses vscode-languageclient instead.
 */
import * as monaco from 'monaco-editor/editor/editor.api.js';
import { BrowserMessageReader, BrowserMessageWriter, createMessageConnection, ErrorCodes, ResponseError, type MessageConnection } from 'vscode-jsonrpc/browser';
import type {
    CodeAction, Command, CompletionItem, CompletionList, Diagnostic, Hover, InitializeResult, MarkupContent,
    PublishDiagnosticsParams, TextEdit, WorkspaceEdit, Range as LspRange, InsertReplaceEdit
} from 'vscode-languageserver-protocol';

export const LANGUAGE_ID = 'kinerja';

const toRange = (r: LspRange): monaco.IRange => ({
    startLineNumber: r.start.line + 1, startColumn: r.start.character + 1, endLineNumber: r.end.line + 1, endColumn: r.end.character + 1
});
const fromRange = (r: monaco.IRange): LspRange => ({
    start: { line: r.startLineNumber - 1, character: r.startColumn - 1 }, end: { line: r.endLineNumber - 1, character: r.endColumn - 1 }
});
const SEVERITY: Record<number, monaco.MarkerSeverity> = {
    1: monaco.MarkerSeverity.Error, 2: monaco.MarkerSeverity.Warning, 3: monaco.MarkerSeverity.Info, 4: monaco.MarkerSeverity.Hint
};

/** LSP's CompletionItemKind (1-based, its own order) as Monaco's. */
const LSP_KINDS = ['Text', 'Method', 'Function', 'Constructor', 'Field', 'Variable', 'Class', 'Interface', 'Module', 'Property', 'Unit', 'Value',
    'Enum', 'Keyword', 'Snippet', 'Color', 'File', 'Reference', 'Folder', 'EnumMember', 'Constant', 'Struct', 'Event', 'Operator', 'TypeParameter'] as const;
const completionKind = (kind: number | undefined): monaco.languages.CompletionItemKind =>
    monaco.languages.CompletionItemKind[LSP_KINDS[(kind ?? 1) - 1] ?? 'Text'];

function markdownOf(contents: Hover['contents']): monaco.IMarkdownString[] {
    const list = Array.isArray(contents) ? contents : [contents];
    return list.map(c => typeof c === 'string' ? { value: c } : 'kind' in c ? { value: (c as MarkupContent).value }
        : { value: '```' + c.language + '\n' + c.value + '\n```' });
}

/** A diagnostic's message as text (LSP 3.18 allows markup). */
export const messageText = (d: Diagnostic): string => typeof d.message === 'string' ? d.message : (d.message as MarkupContent).value;

export interface Finding {
    uri: string;
    diagnostic: Diagnostic;
}

export class KinerjaLanguageClient {
    readonly connection: MessageConnection;
    /** The last diagnostics the server published, per document URI. */
    readonly diagnostics = new Map<string, Diagnostic[]>();
    private readonly versions = new Map<string, number>();
    private readonly listeners: ((uri: string) => void)[] = [];
    capabilities?: InitializeResult['capabilities'];

    constructor(worker: Worker) {
        this.connection = createMessageConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => this.publish(params));
        this.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
            if (params.type === 1) console.error(params.message);
        });
        // The workspace files (kinerja/fs/*) are not served here: every file is an open
        // document. Unknown requests get MethodNotFound, as from any LSP client.
        this.connection.onRequest((method: string) => {
            if (method === 'client/registerCapability' || method === 'window/workDoneProgress/create') return null;
            if (method === 'window/showMessageRequest') return null;
            throw new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
        });
        this.connection.listen();
    }

    async start(): Promise<void> {
        const result = await this.connection.sendRequest<InitializeResult>('initialize', {
            processId: null, rootUri: null, workspaceFolders: null, locale: 'id',
            capabilities: {
                textDocument: {
                    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
                    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } }, dataSupport: true, isPreferredSupport: true },
                    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], insertReplaceSupport: true } },
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                    synchronization: { didSave: false }
                },
                workspace: { workspaceEdit: { documentChanges: true } }
            }
        });
        this.capabilities = result.capabilities;
        await this.connection.sendNotification('initialized', {});
    }

    onDiagnostics(listener: (uri: string) => void): void {
        this.listeners.push(listener);
    }

    /** Every finding, in file order. */
    findings(): Finding[] {
        return [...this.diagnostics].sort(([a], [b]) => a.localeCompare(b))
            .flatMap(([uri, list]) => [...list].sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character)
                .map(diagnostic => ({ uri, diagnostic })));
    }

    open(model: monaco.editor.ITextModel): void {
        const uri = model.uri.toString();
        this.versions.set(uri, model.getVersionId());
        void this.connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: LANGUAGE_ID, version: model.getVersionId(), text: model.getValue() }
        });
        model.onDidChangeContent(() => {
            this.versions.set(uri, model.getVersionId());
            void this.connection.sendNotification('textDocument/didChange', {
                textDocument: { uri, version: model.getVersionId() }, contentChanges: [{ text: model.getValue() }]
            });
        });
    }

    private publish(params: PublishDiagnosticsParams): void {
        const model = monaco.editor.getModel(monaco.Uri.parse(params.uri));
        // A report for an older text than the model's is dropped (the next one follows).
        if (model && params.version !== undefined && params.version !== model.getVersionId()) return;
        this.diagnostics.set(params.uri, params.diagnostics);
        if (model) {
            monaco.editor.setModelMarkers(model, LANGUAGE_ID, params.diagnostics.map(d => ({
                ...toRange(d.range),
                severity: SEVERITY[d.severity ?? 1],
                message: messageText(d),
                source: d.source,
                code: d.code === undefined ? undefined : String(d.code)
            })));
        }
        for (const listener of this.listeners) listener(params.uri);
    }

    /** Monaco edits of a WorkspaceEdit (both `changes` and `documentChanges`). */
    private edits(edit: WorkspaceEdit | undefined): monaco.languages.IWorkspaceTextEdit[] {
        if (!edit) return [];
        const out: monaco.languages.IWorkspaceTextEdit[] = [];
        const add = (uri: string, edits: TextEdit[]) => {
            for (const e of edits) out.push({ resource: monaco.Uri.parse(uri), textEdit: { range: toRange(e.range), text: e.newText }, versionId: undefined });
        };
        for (const [uri, edits] of Object.entries(edit.changes ?? {})) add(uri, edits);
        for (const change of edit.documentChanges ?? []) {
            if ('textDocument' in change) add(change.textDocument.uri, change.edits.filter((e): e is TextEdit => 'range' in e));
        }
        return out;
    }

    registerProviders(): void {
        const selector = LANGUAGE_ID;
        monaco.languages.registerCodeActionProvider(selector, {
            provideCodeActions: async (model, range) => {
                const uri = model.uri.toString();
                const requested = fromRange(range);
                const touches = (d: Diagnostic) => !(d.range.end.line < requested.start.line || d.range.start.line > requested.end.line);
                const diagnostics = (this.diagnostics.get(uri) ?? []).filter(touches);
                const result = await this.connection.sendRequest<(CodeAction | Command)[] | null>('textDocument/codeAction', {
                    textDocument: { uri }, range: requested, context: { diagnostics, only: undefined, triggerKind: 1 }
                });
                const actions = (Array.isArray(result) ? result : []).filter((a): a is CodeAction => !('command' in a && typeof a.command === 'string')).map(a => ({
                    title: a.title,
                    kind: a.kind,
                    isPreferred: a.isPreferred,
                    diagnostics: a.diagnostics?.map(d => ({ ...toRange(d.range), severity: SEVERITY[d.severity ?? 1], message: messageText(d), code: d.code === undefined ? undefined : String(d.code) })),
                    edit: { edits: this.edits(a.edit) }
                }));
                return { actions, dispose: () => undefined };
            }
        }, { providedCodeActionKinds: ['quickfix', 'refactor', 'source'] });

        const trigger = this.capabilities?.completionProvider?.triggerCharacters ?? [];
        monaco.languages.registerCompletionItemProvider(selector, {
            triggerCharacters: trigger,
            provideCompletionItems: async (model, position) => {
                const result = await this.connection.sendRequest<CompletionItem[] | CompletionList | null>('textDocument/completion', {
                    textDocument: { uri: model.uri.toString() }, position: { line: position.lineNumber - 1, character: position.column - 1 }
                });
                const items = Array.isArray(result) ? result : result?.items ?? [];
                const word = model.getWordUntilPosition(position);
                const fallback: monaco.IRange = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: word.startColumn, endColumn: word.endColumn };
                return {
                    incomplete: !Array.isArray(result) && !!result?.isIncomplete,
                    suggestions: items.map(item => {
                        const edit = item.textEdit;
                        const range = !edit ? fallback : 'range' in edit ? toRange(edit.range) : { insert: toRange((edit as InsertReplaceEdit).insert), replace: toRange((edit as InsertReplaceEdit).replace) };
                        return {
                            label: item.label,
                            kind: completionKind(item.kind),
                            detail: item.detail,
                            documentation: typeof item.documentation === 'string' ? item.documentation : item.documentation ? { value: item.documentation.value } : undefined,
                            sortText: item.sortText,
                            filterText: item.filterText,
                            insertText: edit ? edit.newText : item.insertText ?? item.label,
                            insertTextRules: item.insertTextFormat === 2 ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
                            range
                        };
                    })
                };
            }
        });

        monaco.languages.registerHoverProvider(selector, {
            provideHover: async (model, position) => {
                const hover = await this.connection.sendRequest<Hover | null>('textDocument/hover', {
                    textDocument: { uri: model.uri.toString() }, position: { line: position.lineNumber - 1, character: position.column - 1 }
                });
                return hover ? { contents: markdownOf(hover.contents), range: hover.range ? toRange(hover.range) : undefined } : null;
            }
        });
    }
}
