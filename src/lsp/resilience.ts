/**
 * What the language server does when one of its own features fails.
 *
 * Langium's request handlers (langium/lsp `createRequestHandler`,
 * `createServerRequestHandler`, `createHierarchyRequestHandler`) turn a cancellation into
 * a `RequestCancelled` error and pass a `ResponseError` through, but rethrow anything
 * else; vscode-jsonrpc then answers `InternalError` ("Request textDocument/hover failed
 * with message: …") without logging the stack, and VS Code's client shows a notification
 * for it. A half-typed document must never do that on every keystroke. So:
 *
 * - every entry point Langium calls on an LSP service (hover, completion, code lenses, …)
 *   is wrapped: an error is logged with its stack and the request is answered with no
 *   result (`null`, which every LSP request allows); cancellations and intended
 *   `ResponseError`s (a rename to an invalid name) pass through unchanged;
 * - the custom requests (src/lsp/custom-requests.ts) log and answer a
 *   `ResponseError` (InternalError) whose message, in the message language, says so:
 *   the tree view and the report preview show it instead of a result;
 * - settings and config-file listeners (src/lsp/settings-sync.ts) log and keep the
 *   previous settings;
 * - the server process logs an unhandled rejection or uncaught exception instead of
 *   exiting (`keepServingAfterUncaughtErrors`): Langium starts the build after a change
 *   without awaiting it, so a build that throws would otherwise end the process.
 *
 * The next request is answered normally in every case: nothing is cached from a failed
 * request, and a failed build is redone on the next change.
 */
import { isOperationCancelled } from 'langium';
import type { LangiumServices, LangiumSharedServices } from 'langium/lsp';
import { ResponseError } from 'vscode-languageserver';

/** Where errors go: the client's log (`window/logMessage`) in the server, a list in tests. */
export type ErrorLog = (message: string) => void;

/** The methods Langium's request handlers call, per LSP service of a language. */
const LANGUAGE_ENTRY_POINTS: Record<string, string[]> = {
    CompletionProvider: ['getCompletion'],
    HoverProvider: ['getHoverContent'],
    DefinitionProvider: ['getDefinition'],
    DeclarationProvider: ['getDeclaration'],
    TypeProvider: ['getTypeDefinition'],
    ImplementationProvider: ['getImplementation'],
    ReferencesProvider: ['findReferences'],
    DocumentHighlightProvider: ['getDocumentHighlight'],
    DocumentSymbolProvider: ['getSymbols'],
    FoldingRangeProvider: ['getFoldingRanges'],
    Formatter: ['formatDocument', 'formatDocumentRange', 'formatDocumentOnType'],
    RenameProvider: ['rename', 'prepareRename'],
    CodeActionProvider: ['getCodeActions'],
    CodeLensProvider: ['provideCodeLens', 'resolveCodeLens'],
    InlayHintProvider: ['getInlayHints'],
    SemanticTokenProvider: ['semanticHighlight', 'semanticHighlightRange', 'semanticHighlightDelta'],
    SignatureHelp: ['provideSignatureHelp'],
    CallHierarchyProvider: ['prepareCallHierarchy', 'incomingCalls', 'outgoingCalls'],
    TypeHierarchyProvider: ['prepareTypeHierarchy', 'supertypes', 'subtypes'],
    DocumentLinkProvider: ['getDocumentLinks']
};

/** The same for the services shared by all languages. */
const SHARED_ENTRY_POINTS: Record<string, string[]> = {
    WorkspaceSymbolProvider: ['getSymbols', 'resolveSymbol'],
    ExecuteCommandHandler: ['executeCommand']
};

const GUARDED = Symbol('kinerja.guarded');

/** Errors that are answers, not failures: a cancelled request, an intended ResponseError. */
export function isIntended(err: unknown): boolean {
    return isOperationCancelled(err) || err instanceof ResponseError;
}

/** The error with its stack, for the log. */
export function describeError(err: unknown): string {
    if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
    try {
        return `thrown: ${JSON.stringify(err)}`;
    } catch {
        return `thrown: ${String(err)}`;
    }
}

/** `memory:///ws/opd.kinerja 12:5` from request params, where they name a document and position. */
function whereOf(args: unknown[]): string {
    for (const arg of args) {
        // The params, not the LangiumDocument passed before them.
        if (typeof arg !== 'object' || arg === null || 'parseResult' in arg) continue;
        const params = arg as { textDocument?: { uri?: unknown }; position?: { line?: unknown; character?: unknown }; item?: { uri?: unknown } };
        const uri = params.textDocument?.uri ?? params.item?.uri;
        if (typeof uri !== 'string') continue;
        const position = params.position;
        return position && typeof position.line === 'number' && typeof position.character === 'number'
            ? ` on ${uri} ${position.line + 1}:${position.character + 1}`
            : ` on ${uri}`;
    }
    return '';
}

/**
 * `method` of `target`, wrapped: an error other than a cancellation or a ResponseError is
 * logged and turns into `undefined` (Langium's handlers answer `null`).
 */
function guardMethod(target: Record<PropertyKey, unknown>, name: string, method: string, log: ErrorLog): void {
    const original = target[method];
    if (typeof original !== 'function' || (original as { [GUARDED]?: boolean })[GUARDED]) return;
    const failed = (err: unknown, args: unknown[]): undefined => {
        if (isIntended(err)) throw err;
        log(`kinerja: ${name}.${method} failed${whereOf(args)}; answered with no result. ${describeError(err)}`);
        return undefined;
    };
    const guarded = function (this: unknown, ...args: unknown[]): unknown {
        try {
            const result = (original as (...a: unknown[]) => unknown).apply(this, args);
            return result instanceof Promise ? result.catch(err => failed(err, args)) : result;
        } catch (err) {
            return failed(err, args);
        }
    };
    Object.defineProperty(guarded, GUARDED, { value: true });
    target[method] = guarded;
}

function guardGroup(group: unknown, entryPoints: Record<string, string[]>, log: ErrorLog): void {
    if (!group) return;
    for (const [service, methods] of Object.entries(entryPoints)) {
        const provider = (group as Record<string, unknown>)[service];
        if (!provider || typeof provider !== 'object') continue;
        for (const method of methods) guardMethod(provider as Record<PropertyKey, unknown>, service, method, log);
    }
}

/**
 * Wraps the request entry points of every registered language's LSP services and of the
 * shared ones (see the module comment). Call once, before startLanguageServer.
 */
export function guardLanguageServices(shared: LangiumSharedServices, log: ErrorLog): void {
    guardGroup(shared.lsp, SHARED_ENTRY_POINTS, log);
    for (const services of shared.ServiceRegistry.all) guardGroup((services as LangiumServices).lsp, LANGUAGE_ENTRY_POINTS, log);
}

/**
 * Keeps the server process alive after an unhandled rejection or an uncaught exception
 * and logs it. Node ends the process on both by default; the editor would then restart
 * the server a few times and give up. Call once in the server's entry point.
 */
export function keepServingAfterUncaughtErrors(log: ErrorLog): void {
    let logging = false;
    const report = (what: string, err: unknown) => {
        // Logging itself may fail (a closed connection): then stderr, and never recursively.
        if (logging) return;
        logging = true;
        try {
            log(`kinerja: ${what}, the server keeps running. ${describeError(err)}`);
        } catch {
            process.stderr.write(`kinerja: ${what}. ${describeError(err)}\n`);
        } finally {
            logging = false;
        }
    };
    process.on('unhandledRejection', reason => {
        if (!isOperationCancelled(reason)) report('unhandled error', reason);
    });
    process.on('uncaughtException', err => report('uncaught error', err));
}
