/**
 * The walkthrough "from an empty folder to a first report" on the first start.
 *
 * VS Code opens an extension's first walkthrough by itself only when the extension is
 * installed in a running window (Extensions view: Marketplace, Open VSX, "Install from
 * VSIX…"), and only if `workbench.welcomePage.walkthroughs.openOnInstall` is on. It does
 * not when the extension was installed before VS Code started: `code --install-extension
 * kinerja.vsix`, as docs/ci.md tells a region's administrators, or a machine set up by
 * someone else. So on the first activation (a flag in globalState) the extension opens it
 * itself, unless `kinerja.showWalkthrough` or VS Code's own `openOnInstall` is off.
 * Opened twice (VS Code on install, then this), it is one editor: openWalkthrough
 * reveals the editor that shows it.
 */
import * as vscode from 'vscode';

/** The globalState key: set once the first start has been handled. */
export const WALKTHROUGH_SHOWN_KEY = 'kinerja.walkthroughShown';
export const WALKTHROUGH_ID = 'firstReport';

/**
 * Opens the walkthrough if this is the first activation and neither setting turned it
 * off. Resolves true when it opened it.
 */
export async function showWalkthroughOnFirstStart(context: vscode.ExtensionContext): Promise<boolean> {
    if (context.globalState.get<boolean>(WALKTHROUGH_SHOWN_KEY)) return false;
    await context.globalState.update(WALKTHROUGH_SHOWN_KEY, true);
    const ours = vscode.workspace.getConfiguration('kinerja').get<boolean>('showWalkthrough', true);
    const vscodes = vscode.workspace.getConfiguration('workbench').get<boolean>('welcomePage.walkthroughs.openOnInstall', true);
    if (!ours || !vscodes) return false;
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#${WALKTHROUGH_ID}`, false);
    return true;
}
