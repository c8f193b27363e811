/**
 * The language client of the web extension (vscode.dev, github.dev): the kinerja
 * language server runs in a web worker (dist/web/server.js, built from
 * src/lsp/main-browser.ts) and talks LSP over postMessage through
 * vscode-languageclient/browser. As on the desktop, the server pulls the `kinerja.*`
 * settings itself (workspace/configuration).
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type LanguageClientOptions, type MessageTransports } from 'vscode-languageclient/browser';
import { LANGUAGE_ID } from './activate.js';

/**
 * The schemes of the documents the server checks: local files (vscode.dev's "Open
 * Folder" reads them through the browser), new files, GitHub and Azure Repos
 * repositories (github.dev, vscode.dev/github/…), a remote or code-server workspace, and
 * @vscode/test-web's file system.
 */
export const WEB_SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web'];

/** The DOM's Worker, which the web worker extension host has (the project compiles without the DOM library). */
interface ServerWorker { terminate(): void }
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;
declare const Blob: new (parts: Uint8Array[], options?: { type?: string }) => unknown;
declare const URL: { createObjectURL(blob: unknown): string };

/**
 * The server's worker. VS Code's extension host starts workers from URLs the browser can
 * load (http(s), or file: which it maps), not from a remote extension's
 * `vscode-remote:` location (an extension installed on a code-server, Codespaces or
 * remote server and run in the browser): there the server's code is read through
 * vscode.workspace.fs and started from a blob: URL.
 */
export async function startServerWorker(serverMain: vscode.Uri): Promise<ServerWorker> {
    const name = 'kinerja-language-server';
    if (serverMain.scheme !== 'vscode-remote') return new Worker(serverMain.toString(true), { name });
    const code = await vscode.workspace.fs.readFile(serverMain);
    return new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })), { name });
}

export function createBrowserLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
    const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
    const clientOptions: LanguageClientOptions = {
        documentSelector: WEB_SCHEMES.map(scheme => ({ scheme, language: LANGUAGE_ID })),
        outputChannel: output,
        traceOutputChannel: output,
        initializationFailedHandler: error => {
            output.error(`kinerja: the language server failed to start: ${error instanceof Error ? error.message : String(error)}`);
            return false;
        }
    };
    // A new worker at each start (the restart command stops the client, then starts it);
    // the transports are made here because the extension host's Worker is its own wrapper,
    // which the client's `instanceof Worker` test does not recognise.
    let worker: ServerWorker | undefined;
    const serverOptions = async (): Promise<MessageTransports> => {
        worker?.terminate();
        worker = await startServerWorker(serverMain);
        const port = worker as ConstructorParameters<typeof BrowserMessageReader>[0];
        return { reader: new BrowserMessageReader(port), writer: new BrowserMessageWriter(port) };
    };
    context.subscriptions.push({ dispose: () => worker?.terminate() });
    return new LanguageClient(LANGUAGE_ID, vscode.l10n.t('Kinerja Language Server'), serverOptions, clientOptions);
}
