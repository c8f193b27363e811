/**
 * The custom requests of the language server (names and types in src/lsp/protocol.ts):
 * `kinerja/cascadeTree` (cascade-tree.ts) and `kinerja/report` (report-request.ts), each
 * answered once the workspace is built, from the same workspace model and engine as the
 * CLI, so the editor shows the numbers `kinerja report` prints.
 */
import { DocumentState, isOperationCancelled, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { CancellationToken, ErrorCodes, LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { defaultConfig, type KinerjaConfig, type Language } from '../engine/config.js';
import { defaultYear } from '../engine/years.js';
import { cascadeTree } from './cascade-tree.js';
import type { KinerjaServices } from './kinerja-module.js';
import { lspMessage } from './messages.js';
import { buildReport, workspaceFindings } from './report-request.js';
import { CASCADE_TREE_REQUEST, REPORT_REQUEST, type CascadeTreeParams, type CascadeTreeResult, type ReportParams, type ReportResult } from './protocol.js';
import { describeError } from './resilience.js';

/** The custom requests by method name, each answering its params once the workspace is built. */
export interface CustomRequestHandlers {
    [CASCADE_TREE_REQUEST]: (params: unknown, token?: CancellationToken) => Promise<CascadeTreeResult>;
    [REPORT_REQUEST]: (params: unknown, token?: CancellationToken) => Promise<ReportResult>;
}

/**
 * The report params as any client may send them: a field of the wrong type is left out,
 * so its default applies (numbers are kept as they are; the engine says what it refuses).
 */
export function reportParamsOf(raw: unknown): ReportParams {
    const p = typeof raw === 'object' && raw !== null ? raw as Record<string, unknown> : {};
    const params: ReportParams = {};
    if (typeof p.kind === 'string') params.kind = p.kind as ReportParams['kind'];
    if (typeof p.year === 'number') params.year = p.year;
    if (typeof p.quarter === 'number') params.quarter = p.quarter;
    if (typeof p.organisation === 'string' && p.organisation) params.organisation = p.organisation;
    if (typeof p.focus === 'string' && p.focus) params.focus = p.focus;
    return params;
}

export function customRequestHandlers(shared: LangiumSharedServices, services: KinerjaServices): CustomRequestHandlers {
    /** Runs after the workspace is loaded and validated, and not during a document update. */
    const whenBuilt = async <T>(action: () => T, token = CancellationToken.None): Promise<T> => {
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, token);
        return shared.workspace.WorkspaceLock.read(action);
    };
    const configFor = (): KinerjaConfig => {
        const first = shared.workspace.LangiumDocuments.all.head();
        return first ? services.kinerja.Settings.configFor(first.uri) : { ...defaultConfig(), ...services.kinerja.Settings.overrides };
    };
    return {
        [CASCADE_TREE_REQUEST]: (params, token) => whenBuilt(() => {
            const model = services.kinerja.WorkspaceModel.get();
            const config = configFor();
            const language = services.kinerja.Settings.languageFor(config);
            const requested = (params as CascadeTreeParams | null | undefined)?.year;
            const year = typeof requested === 'number' && Number.isInteger(requested) ? requested : defaultYear(model);
            return cascadeTree(model, services.kinerja.Settings.configs(config), language, year);
        }, token),
        [REPORT_REQUEST]: (params, token) => whenBuilt(() => {
            const model = services.kinerja.WorkspaceModel.get();
            const config = configFor();
            const language = services.kinerja.Settings.languageFor(config);
            const folder = shared.workspace.WorkspaceManager.workspaceFolders?.[0];
            const root = folder && folder.uri.startsWith('file:') ? URI.parse(folder.uri).fsPath : undefined;
            const findings = workspaceFindings(shared.workspace.LangiumDocuments.all, root === undefined ? undefined : { path: root, relative: services.kinerja.Host.relativePath });
            return buildReport(model, services.kinerja.Settings.configs(config), language, reportParamsOf(params), findings);
        }, token)
    };
}

/**
 * Registers the custom requests. A request that fails is logged with its stack and
 * answered with a ResponseError (InternalError) saying so in the message language; a
 * cancelled one with RequestCancelled. The next request is answered as usual.
 */
export function registerCustomRequests(connection: Connection, shared: LangiumSharedServices, services: KinerjaServices): void {
    const handlers = customRequestHandlers(shared, services);
    const language = (): Language => {
        const settings = services.kinerja.Settings;
        try {
            const first = shared.workspace.LangiumDocuments.all.head();
            return first ? settings.languageFor(settings.configFor(first.uri)) : settings.language ?? 'id';
        } catch {
            return settings.language ?? 'id';
        }
    };
    for (const method of [CASCADE_TREE_REQUEST, REPORT_REQUEST] as const) {
        const handler = handlers[method];
        connection.onRequest(method, async (params: unknown, token: CancellationToken) => {
            try {
                return await handler(params, token);
            } catch (err) {
                if (isOperationCancelled(err)) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request has been cancelled.');
                if (err instanceof ResponseError) throw err;
                connection.console.error(`kinerja: ${method} failed; answered with an error. ${describeError(err)}`);
                throw new ResponseError(ErrorCodes.InternalError, lspMessage(language(), 'internal-error', { request: method }));
            }
        });
    }
}
