/**
 * The JSON schema the extension contributes for kinerja.config.json
 * (package.json jsonValidation → docs/config.schema.json), in VS Code's own JSON language
 * features: a misspelt key, an unknown finding code and a wrong value are flagged as the
 * file is opened; a correct file has no problem.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { until } from '../wait.cjs';



suite('kinerja.config.json schema', () => {
    test('flags an unknown key, an unknown finding code and a wrong value, and passes a correct file', async function () {
        this.timeout(60000);
        const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? assert.fail('no workspace folder');
        const folder = join(root, 'skema');
        mkdirSync(folder);
        try {
            const file = join(folder, 'kinerja.config.json');
            writeFileSync(file, '{\n    "tresholds": { "low": 80 },\n    "severity": { "pk-unsinged": "off" },\n    "language": "jv"\n}\n');
            const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
            await vscode.window.showTextDocument(document);
            const problems = await until('the schema\'s problems', () => {
                const found = vscode.languages.getDiagnostics(document.uri);
                return found.length >= 3 ? found : undefined;
            });
            const lines = problems.map(d => d.range.start.line).sort();
            assert.deepEqual(lines, [1, 2, 3], problems.map(d => `${d.range.start.line}: ${d.message}`).join('\n'));

            writeFileSync(file, '{\n    "thresholds": { "low": 80 },\n    "severity": { "pk-unsigned": "off" },\n    "language": "en"\n}\n');
            await vscode.commands.executeCommand('workbench.action.files.revert');
            await until('no problem in a correct file', () => vscode.languages.getDiagnostics(document.uri).length === 0 ? true : undefined);
        } finally {
            await vscode.commands.executeCommand('workbench.action.closeAllEditors');
            rmSync(folder, { recursive: true, force: true });
        }
    });
});
