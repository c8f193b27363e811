/**
 * The kinerja extension in the browser: vscode.dev, github.dev and other VS Code for the
 * Web (bundled as dist/web/extension.js, package.json "browser"; it runs in VS Code's
 * web worker extension host, where there is no Node). The same activation as the desktop
 * (activate.ts: the "Pohon Kinerja" tree view, the report preview and its export, the code
 * lenses) with the language server in a web worker (client-browser.ts), which reads the
 * workspace's files through the client (workspace-files.ts: vscode.workspace.fs), so
 * findings across files come as on the desktop, on any file system the workspace is on.
 *
 * Creating a workspace (`kinerja init`) and "Impor dari Excel" run the command line in a
 * Node process, which the browser does not have: their menu items and palette entries are
 * hidden there (`!isWeb` in package.json), and run anyway (the walkthrough's links) they
 * say that they need VS Code for the desktop.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/browser';
import { activateKinerja, deactivateKinerja, type KinerjaCore } from './activate.js';
import { createBrowserLanguageClient } from './client-browser.js';
import { serveWorkspaceFiles } from './workspace-files.js';

/** What activate() returns in the browser: used by the web test and by other extensions. */
export interface KinerjaWebExtensionApi extends KinerjaCore<LanguageClient> {
    /** Where the extension runs: always true here (the desktop API has `cli` instead). */
    web: true;
    /** When activate() began (Date.now()): the web test measures the first findings from it. */
    activatedAt: number;
}

export async function activate(context: vscode.ExtensionContext): Promise<KinerjaWebExtensionApi> {
    const activatedAt = Date.now();
    const desktopOnly = (what: string) => () => {
        void vscode.window.showInformationMessage(
            vscode.l10n.t('{0} runs the kinerja command line, which needs VS Code for the desktop: open this folder there, or run the kinerja command in a terminal.', what));
    };
    context.subscriptions.push(
        vscode.commands.registerCommand('kinerja.createWorkspace', desktopOnly(vscode.l10n.t('Creating a kinerja workspace'))),
        vscode.commands.registerCommand('kinerja.importWorkbook', desktopOnly(vscode.l10n.t('Import from Excel')))
    );
    const core = await activateKinerja(context, createBrowserLanguageClient, client => context.subscriptions.push(serveWorkspaceFiles(client)));
    return { ...core, web: true, activatedAt };
}

export function deactivate(): Promise<void> {
    return deactivateKinerja();
}
