/**
 * The kinerja VS Code extension for the desktop (bundled as dist/extension.cjs,
 * package.json "main"); extension-browser.ts is the entry for vscode.dev and github.dev.
 *
 * - the activation both entries share (activate.ts): the "Pohon Kinerja" tree view, the
 *   report preview and its export, the code lenses' `kinerja.openReport`;
 * - the language server in a Node process (client.ts): findings, quick fixes and the
 *   other LSP features come from the server;
 * - the walkthrough's `kinerja.createWorkspace` (`kinerja init`, workspace-command.ts) and
 *   `kinerja.importWorkbook` ("Impor dari Excel", import-command.ts), which run the
 *   bundled command line, dist/cli.cjs, in a child process (cli-process.ts): desktop only.
 *
 * It runs no code from the workspace, so it is enabled in untrusted workspaces. UI
 * strings go through vscode.l10n (l10n/bundle.l10n.id.json for Bahasa Indonesia).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { activateKinerja, deactivateKinerja, type KinerjaCore } from './activate.js';
import { createLanguageClient } from './client.js';
import { ImportCommand } from './import-command.js';
import { createWorkspace } from './workspace-command.js';
import { showWalkthroughOnFirstStart } from './first-start.js';

export { LANGUAGE_ID } from './activate.js';

/** What activate() returns: used by the integration tests and by other extensions. */
export interface KinerjaExtensionApi extends KinerjaCore<LanguageClient> {
    /** The bundled command line the walkthrough's commands run (dist/cli.cjs). */
    cli: string;
    /**
     * The walkthrough on the first start (first-start.ts): resolves true when this
     * activation opened it; `showOnFirstStart()` asks again (false once it was handled).
     */
    walkthrough: { firstStart: Promise<boolean>; showOnFirstStart(): Promise<boolean> };
}

export async function activate(context: vscode.ExtensionContext): Promise<KinerjaExtensionApi> {
    const cli = context.asAbsolutePath('dist/cli.cjs');
    const importCommand = new ImportCommand(cli);
    context.subscriptions.push(
        importCommand,
        vscode.commands.registerCommand('kinerja.createWorkspace', (args?: unknown) => createWorkspace(cli, args)),
        vscode.commands.registerCommand('kinerja.importWorkbook', (args?: unknown) => importCommand.run(args))
    );

    // Not awaited: the walkthrough opens beside the activation, never delays it. Desktop
    // only: its first steps (Create Workspace, Impor dari Excel) need the desktop.
    const showOnFirstStart = () => showWalkthroughOnFirstStart(context).catch(err => {
        console.warn(`kinerja: walkthrough: ${err instanceof Error ? err.message : String(err)}`);
        return false;
    });
    const firstStart = showOnFirstStart();

    const core = await activateKinerja(context, createLanguageClient);
    return { ...core, cli, walkthrough: { firstStart, showOnFirstStart } };
}

export function deactivate(): Promise<void> {
    return deactivateKinerja();
}
