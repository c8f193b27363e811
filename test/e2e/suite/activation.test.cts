/**
 * The first start (runs first: the files run in name order, and the harness starts VS Code
 * with a new user data folder, so this activation is the extension's first): the
 * walkthrough "from an empty folder to a first report" opens by itself, once
 * (src/extension/first-start.ts). VS Code would open it by itself only when the extension
 * is installed in a running window; here, as after `code --install-extension`, it was
 * there before VS Code started.
 *
 * A later start: the same check asked again here once the flag is stored, and, for real,
 * test/e2e/second-start/ after the harness loaded the window again (code-server keeps the
 * global state in the browser's storage, which the reload keeps).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { sleep, until } from '../wait.cjs';

const EXTENSION_ID = 'kinerja.kinerja';

interface Api { walkthrough: { firstStart: Promise<boolean>; showOnFirstStart(): Promise<boolean> } }


/** The Get Started editor's tabs: "Welcome" (or its translation) whichever walkthrough it shows. */
function welcomeTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all.flatMap(g => g.tabs).filter(t => /^(Welcome|Selamat Datang)$|^Walkthrough/.test(t.label));
}


suite('first start', () => {
    test('opens the walkthrough on the first start, and not again', async function () {
        this.timeout(60000);
        const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID);
        assert.ok(extension);
        const api = await extension.activate();
        assert.equal(vscode.workspace.getConfiguration('kinerja').get('showWalkthrough'), true, 'on by default');
        assert.equal(await api.walkthrough.firstStart, true, 'the first activation opened the walkthrough');
        await until('the walkthrough in the Get Started editor', () => welcomeTabs()[0], 15000);

        // Closed, then asked again (as every later start does): the flag is set, nothing opens.
        for (const tab of welcomeTabs()) await vscode.window.tabGroups.close(tab);
        assert.equal(await api.walkthrough.showOnFirstStart(), false, 'a later start does not open it');
        await sleep(1500);
        assert.deepEqual(welcomeTabs().map(t => t.label), [], 'no Get Started editor opened again');
    });
});
