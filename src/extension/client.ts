/**
 * Starts the kinerja language server (dist/server.cjs, a Node process talking LSP over
 * IPC) through vscode-languageclient. The server pulls the `kinerja.*` settings itself
 * (workspace/configuration) and follows their changes; see src/lsp/settings-sync.ts.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

import { LANGUAGE_ID } from './activate.js';

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
    const module = context.asAbsolutePath('dist/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: LANGUAGE_ID },
            { scheme: 'untitled', language: LANGUAGE_ID },
            // Virtual workspaces: open documents are checked on their own.
            { scheme: 'vscode-vfs', language: LANGUAGE_ID }
        ],
        outputChannel: output,
        traceOutputChannel: output,
        initializationFailedHandler: error => {
            output.error(`kinerja: the language server failed to start: ${error instanceof Error ? error.message : String(error)}`);
            return false;
        }
    };
    return new LanguageClient(LANGUAGE_ID, vscode.l10n.t('Kinerja Language Server'), serverOptions, clientOptions);
}
