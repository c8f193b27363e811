/**
 * A later start of the window that ran test/e2e/suite (whose first activation opened the
 * walkthrough, activation.test.cts): the walkthrough's flag is in the global state, so
 * the extension does not open it again.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { sleep } from '../wait.cjs';

interface Api { walkthrough: { firstStart: Promise<boolean> } }


suite('second start', () => {
    test('does not open the walkthrough again', async () => {
        const extension = vscode.extensions.getExtension<Api>('kinerja.kinerja');
        assert.ok(extension);
        const api = await extension.activate();
        assert.equal(await api.walkthrough.firstStart, false, 'this activation did not open the walkthrough');
        await sleep(2000);
        const welcome = vscode.window.tabGroups.all.flatMap(g => g.tabs).filter(t => /^(Welcome|Selamat Datang)$|^Walkthrough/.test(t.label));
        assert.deepEqual(welcome.map(t => t.label), [], 'no Get Started editor');
    });
});
