/**
 * The walkthrough "from an empty folder to a first report" and "Impor dari Excel" in a
 * real VS Code (after extension.test.cjs, on the same copy of examples/): the
 * walkthrough is contributed with its pages; its workspace command writes the files of
 * `kinerja init` into an empty folder, whose findings then show; the import command runs
 * a dry run that writes nothing, then writes what the caller confirms. The commands take
 * their answers as an argument here (modal dialogs cannot be clicked in a test): see
 * docs/extension.md. The workbooks are made with the CLI the extension ships (dist/cli.cjs).
 */
import * as assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as vscode from 'vscode';
import { until } from '../wait.cjs';

interface CliRun { code: number | null; stdout: string; stderr: string }
interface CascadeItem { id: string; children: CascadeItem[] }
interface Api {
    cli: string;
    cascade: { refresh(): Promise<{ organisations: CascadeItem[] } | undefined> };
}
interface CreateWorkspaceResult { run: CliRun; folder: string; opened?: string }
interface ImportOutcome {
    verdict: string;
    dryRun: CliRun;
    conflicts?: CliRun;
    diff?: vscode.Uri;
    choice: string;
    write?: CliRun;
    written: boolean;
}

const EXTENSION_ID = 'kinerja.kinerja';
const folder = () => vscode.workspace.workspaceFolders?.[0]?.uri ?? assert.fail('no workspace folder is open');



function codeOf(d: vscode.Diagnostic): string {
    const code = d.code;
    return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

/** The CLI the extension ships, run as the extension runs it (for the test's fixtures). */
function cli(api: Api, args: string[], cwd: string): Promise<CliRun> {
    return new Promise(resolve => {
        const child = fork(api.cli, args, { cwd, execArgv: [], silent: true, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
        let stdout = '';
        let stderr = '';
        child.stdout!.on('data', d => { stdout += d; });
        child.stderr!.on('data', d => { stderr += d; });
        child.on('close', code => resolve({ code, stdout, stderr }));
    });
}

let api: Api;
let scratch: string;

suite('walkthrough and Impor dari Excel', () => {
    suiteSetup(async function () {
        this.timeout(120000);
        const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID);
        assert.ok(extension);
        api = await extension.activate();
        scratch = mkdtempSync(join(tmpdir(), 'kinerja-e2e-import-'));
    });

    suiteTeardown(async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        rmSync(scratch, { recursive: true, force: true });
    });

    test('contributes the walkthrough with its pages shipped, and Get Started opens on it', async () => {
        const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
        const [walkthrough] = extension.packageJSON.contributes.walkthroughs as Array<{ id: string; title: string; steps: Array<{ id: string; media: { markdown: string }; completionEvents: string[] }> }>;
        assert.equal(walkthrough.id, 'firstReport');
        // The manifest as VS Code localised it (English here: code-server's display language).
        assert.match(walkthrough.title, /^(From an Empty Folder to a First Report|Dari Folder Kosong ke Laporan Pertama)$/);
        assert.deepEqual(walkthrough.steps.map(s => s.id), ['createWorkspace', 'openFile', 'findings', 'preview', 'import', 'export']);
        for (const step of walkthrough.steps) {
            assert.match(step.media.markdown, /^media\/walkthrough\/(en|id)\/\w+\.md$/, `${step.id}: a localised page`);
            assert.ok(existsSync(join(extension.extensionPath, step.media.markdown)), `${step.media.markdown} is in the extension`);
        }
        assert.deepEqual(walkthrough.steps[0].completionEvents, ['onCommand:kinerja.createWorkspace']);
        const commands = await vscode.commands.getCommands(true);
        for (const command of ['kinerja.createWorkspace', 'kinerja.importWorkbook']) assert.ok(commands.includes(command), `${command} is registered`);
        // The Get Started editor opens on it. (Its tab is "Welcome" whichever walkthrough it
        // shows, and what the page lists is not visible to the extension API: the manifest
        // above, as VS Code localised it, is what the page is made from.)
        await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#firstReport`, false);
        await until('the Get Started editor', () => {
            const active = vscode.window.tabGroups.activeTabGroup.activeTab;
            return active && /^(Welcome|Selamat Datang)$/.test(active.label) ? active : undefined;
        }, 15000);
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });

    test('creates a workspace in an empty folder: the files of kinerja init, opened, checked, and never overwritten', async () => {
        const target = join(folder().fsPath, 'baru');
        mkdirSync(target);
        try {
            const args = { folder: target, pemda: { id: 'KabBaru', name: 'Kabupaten Baru' }, instansi: [{ id: 'DinkesBaru', name: 'Dinas Kesehatan' }] };
            const result = await vscode.commands.executeCommand<CreateWorkspaceResult>('kinerja.createWorkspace', args);
            assert.equal(result.run.code, 0, result.run.stderr);
            assert.deepEqual(readdirSync(target).sort(), ['README.md', 'dinkesbaru.kinerja', 'kabbaru.kinerja', 'kinerja.config.json']);
            assert.match(readFileSync(join(target, 'kabbaru.kinerja'), 'utf8'), /pemda KabBaru "Kabupaten Baru" \{\n {4}kepala "Bupati Baru"/);
            // The agency's file is open in the editor, and the language server has read the new workspace.
            assert.equal(result.opened, join(target, 'dinkesbaru.kinerja'));
            const editor = await until('the new agency file in the editor', () => vscode.window.activeTextEditor?.document.uri.fsPath === result.opened ? vscode.window.activeTextEditor : undefined, 15000);
            assert.equal(editor.document.languageId, 'kinerja');
            await until('KabBaru and DinkesBaru in the Pohon Kinerja view', async () => {
                const ids = (await api.cascade.refresh())?.organisations.map(o => o.id) ?? [];
                return ids.includes('KabBaru') && ids.includes('DinkesBaru') ? true : undefined;
            });
            const uri = editor.document.uri;
            assert.deepEqual(vscode.languages.getDiagnostics(uri).filter(d => d.severity === vscode.DiagnosticSeverity.Error).map(codeOf), [], 'the new workspace has no error');
            // The walkthrough's next step: a mistake shows as a finding in the editor and the Problems view.
            const end = editor.document.positionAt(editor.document.getText().lastIndexOf('}'));
            assert.ok(await editor.edit(e => e.insert(end, '    sasaran SS1 "Meningkatnya derajat kesehatan" oleh Kepala mendukung KabBaru.S9\n')));
            const finding = await until('unresolved-reference on KabBaru.S9', () => vscode.languages.getDiagnostics(uri).find(d => codeOf(d) === 'unresolved-reference'));
            assert.equal(finding.severity, vscode.DiagnosticSeverity.Error);
            assert.match(finding.message, /KabBaru\.S9/);
            await vscode.commands.executeCommand('workbench.action.files.revert');
            await until('the finding to go with the edit', () => vscode.languages.getDiagnostics(uri).some(d => codeOf(d) === 'unresolved-reference') ? undefined : true, 30000);

            // Again into the same folder: refused, naming the files, and nothing is overwritten.
            writeFileSync(join(target, 'kinerja.config.json'), '{ "language": "en" }\n');
            const again = await vscode.commands.executeCommand<CreateWorkspaceResult>('kinerja.createWorkspace', { ...args, instansi: [] });
            assert.equal(again.run.code, 2);
            assert.match(again.run.stderr, /kabbaru\.kinerja, kinerja\.config\.json, README\.md/);
            assert.equal(again.opened, undefined);
            assert.equal(readFileSync(join(target, 'kinerja.config.json'), 'utf8'), '{ "language": "en" }\n');
        } finally {
            await vscode.commands.executeCommand('workbench.action.closeAllEditors');
            rmSync(target, { recursive: true, force: true });
            await until('the new organisations to leave the view', async () => {
                const ids = (await api.cascade.refresh())?.organisations.map(o => o.id) ?? [];
                return ids.includes('KabBaru') ? undefined : true;
            }, 30000);
        }
    });

    test('imports a workbook with a changed realisation: the dry run writes nothing, the confirmed --replace writes it', async () => {
        const workspace = folder().fsPath;
        const file = join(workspace, 'dinkes.kinerja');
        const before = readFileSync(file, 'utf8');
        const line = '            realisasi 2025 tw2 47,10\n';
        assert.ok(before.includes(line));
        // The agencies' copy: the workspace exported with one realisation changed.
        const filled = join(scratch, 'diisi');
        cpSync(workspace, filled, { recursive: true });
        writeFileSync(join(filled, 'dinkes.kinerja'), before.replace(line, '            realisasi 2025 tw2 48,25\n'));
        const workbook = join(scratch, 'isian.xlsx');
        const exported = await cli(api, ['export', filled, '--out', workbook], scratch);
        assert.equal(exported.code, 0, exported.stderr);

        try {
            // The dry run, answered "cancel": the conflict and the diff are shown, nothing is written.
            const cancelled = await vscode.commands.executeCommand<ImportOutcome>('kinerja.importWorkbook', { file: workbook, into: workspace, confirm: 'cancel' });
            assert.equal(cancelled.verdict, 'conflicts');
            assert.match(cancelled.conflicts!.stderr, new RegExp(`isian\\.xlsx: Realisasi!F\\d+: 47,10 → 48,25 \\(${basename(workspace)}/dinkes\\.kinerja:64\\)`));
            assert.match(cancelled.dryRun.stdout, /^-            realisasi 2025 tw2 47,10\n\+            realisasi 2025 tw2 48,25$/m);
            assert.equal(cancelled.written, false);
            assert.equal(readFileSync(file, 'utf8'), before, 'the dry run wrote nothing');
            const diff = await until('the dry run diff in an editor', () => vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === cancelled.diff?.toString()));
            assert.equal(diff.document.languageId, 'diff');
            assert.match(diff.document.getText(), /\+            realisasi 2025 tw2 48,25/);

            // "write" cannot write conflicting values: that takes --replace.
            const refused = await vscode.commands.executeCommand<ImportOutcome>('kinerja.importWorkbook', { file: workbook, into: workspace, confirm: 'write' });
            assert.equal(refused.choice, 'cancel');
            assert.equal(refused.written, false);
            assert.equal(readFileSync(file, 'utf8'), before);

            const replaced = await vscode.commands.executeCommand<ImportOutcome>('kinerja.importWorkbook', { file: workbook, into: workspace, confirm: 'replace' });
            assert.equal(replaced.choice, 'replace');
            assert.equal(replaced.written, true, replaced.write?.stderr);
            assert.equal(readFileSync(file, 'utf8'), before.replace(line, '            realisasi 2025 tw2 48,25\n'));
            assert.match(replaced.write!.stderr, /1 berkas diubah|1 file\(s\) changed/);

            // The same workbook again: nothing left to write.
            const unchanged = await vscode.commands.executeCommand<ImportOutcome>('kinerja.importWorkbook', { file: workbook, into: workspace, confirm: 'write' });
            assert.equal(unchanged.verdict, 'unchanged');
            assert.equal(unchanged.written, false);
        } finally {
            writeFileSync(file, before);
        }
    });

    test('imports a workbook with a new realisation: confirmed "write" inserts it, a workbook with problems writes nothing', async () => {
        const workspace = folder().fsPath;
        const file = join(workspace, 'dinkes.kinerja');
        const before = readFileSync(file, 'utf8');
        const anchor = '            realisasi 2024 9,20\n';
        assert.ok(before.includes(anchor));
        const filled = join(scratch, 'tambah');
        cpSync(workspace, filled, { recursive: true });
        writeFileSync(join(filled, 'dinkes.kinerja'), before.replace(anchor, `${anchor}            realisasi 2025 tw1 9,50\n`));
        const workbook = join(scratch, 'tambah.xlsx');
        assert.equal((await cli(api, ['export', filled, '--out', workbook], scratch)).code, 0);
        try {
            const outcome = await vscode.commands.executeCommand<ImportOutcome>('kinerja.importWorkbook', { file: vscode.Uri.file(workbook), into: vscode.Uri.file(workspace), confirm: 'write' });
            assert.equal(outcome.verdict, 'changes');
            assert.match(outcome.dryRun.stderr, /1 (berkas akan diubah|file\(s\) would be changed)/);
            assert.equal(outcome.written, true, outcome.write?.stderr);
            assert.equal(readFileSync(file, 'utf8'), before.replace(anchor, `${anchor}            realisasi 2025 tw1 9,5\n`));
        } finally {
            writeFileSync(file, before);
        }
        // Not a workbook: the problem is named, nothing is written, no question is asked.
        const broken = join(scratch, 'rusak.xlsx');
        writeFileSync(broken, 'bukan buku kerja');
        const failed = await vscode.commands.executeCommand<ImportOutcome>('kinerja.importWorkbook', { file: broken, into: workspace, confirm: 'replace' });
        assert.notEqual(failed.verdict, 'changes');
        assert.notEqual(failed.verdict, 'conflicts');
        assert.equal(failed.written, false);
        assert.match(failed.dryRun.stderr, /rusak\.xlsx/);
        assert.equal(readFileSync(file, 'utf8'), before);
    });
});
