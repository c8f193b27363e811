/**
 * Integration tests of the kinerja extension in a real VS Code, on a copy of examples/
 * (the workspace folder runTest.cts opened). They drive VS Code the way a user's editor
 * does: open documents, wait for the language server's diagnostics, ask for completion
 * and hover through VS Code's own commands, use the tree view and the report commands,
 * change settings and edit a file.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { until } from '../wait.cjs';

interface CascadeItem { id: string; kind: string; name: string; achievement: number | null; achievementText?: string; category?: string; band?: number; children: CascadeItem[] }
interface CascadeTreeResult { year: number | null; years: number[]; organisations: CascadeItem[] }
interface ReportResult { kind: string; year: number | null; quarter: number | null; html: string; json: string; renderer: string; focus: string[] }
interface CascadeNode { item: CascadeItem; key: string; parent?: CascadeNode }
interface Api {
    client: { isRunning(): boolean };
    cascade: vscode.TreeDataProvider<CascadeNode> & { refresh(): Promise<CascadeTreeResult | undefined>; current?: CascadeTreeResult; year?: number };
    preview: { visible: boolean; last?: ReportResult; options: { organisation?: string; focus?: string; year?: number } };
}

const EXTENSION_ID = 'kinerja.kinerja';
const folder = () => vscode.workspace.workspaceFolders?.[0]?.uri ?? assert.fail('no workspace folder is open');
const file = (name: string) => vscode.Uri.joinPath(folder(), name);



function codeOf(d: vscode.Diagnostic): string {
    const code = d.code;
    return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

function codes(uri: vscode.Uri, severity?: vscode.DiagnosticSeverity): string[] {
    return vscode.languages.getDiagnostics(uri)
        .filter(d => severity === undefined || d.severity === severity)
        .map(codeOf).sort();
}

/** The position of the `occurrence`-th match of `text` in the document (at its start, or `offset` into it). */
function positionOf(document: vscode.TextDocument, text: string, offset = 0, occurrence = 1): vscode.Position {
    let index = -1;
    for (let i = 0; i < occurrence; i++) {
        index = document.getText().indexOf(text, index + 1);
        assert.ok(index >= 0, `"${text}" not found in ${document.uri.path}`);
    }
    return document.positionAt(index + offset);
}

function hoverText(hovers: vscode.Hover[]): string {
    return hovers.flatMap(h => h.contents.map(c => typeof c === 'string' ? c : c.value)).join('\n');
}

let api: Api;

suite('kinerja extension', () => {
    suiteSetup(async function () {
        this.timeout(120000);
        const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID);
        assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
        api = await extension.activate();
        assert.ok(api.client.isRunning(), 'the language client is running');
    });

    suiteTeardown(async () => {
        await vscode.workspace.getConfiguration('kinerja').update('language', undefined, vscode.ConfigurationTarget.Global);
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('contributes the kinerja language with its configuration', async () => {
        const languages = await vscode.languages.getLanguages();
        assert.ok(languages.includes('kinerja'));
        const document = await vscode.workspace.openTextDocument(file('dinkes.kinerja'));
        assert.equal(document.languageId, 'kinerja');
        const commands = await vscode.commands.getCommands(true);
        for (const command of ['kinerja.previewReport', 'kinerja.exportReport', 'kinerja.openReport', 'kinerja.cascade.refresh', 'kinerja.cascade.selectYear']) {
            assert.ok(commands.includes(command), `command ${command} is registered`);
        }
    });

    test('shows the findings of the examples as diagnostics with their codes', async () => {
        const uri = file('realisasi-2025-tw3.kinerja');
        await vscode.window.showTextDocument(uri);
        const found = await until('behind-schedule and low-absorption on realisasi-2025-tw3.kinerja', () => {
            const c = codes(uri);
            return c.includes('behind-schedule') && c.includes('low-absorption') ? c : undefined;
        });
        assert.deepEqual(found, ['behind-schedule', 'low-absorption']);
        const behind = vscode.languages.getDiagnostics(uri).find(d => codeOf(d) === 'behind-schedule')!;
        assert.equal(behind.severity, vscode.DiagnosticSeverity.Warning);
        assert.equal(behind.range.start.line, 27, 'behind-schedule is on IKK04 (line 28)');
        assert.match(behind.message, /IKK04/);
        // The whole workspace is validated, not only open files: no errors anywhere.
        for (const [other, diagnostics] of vscode.languages.getDiagnostics()) {
            if (!other.path.endsWith('.kinerja')) continue;
            const errors = diagnostics.filter(d => d.severity === vscode.DiagnosticSeverity.Error).map(d => `${codeOf(d)} ${d.message}`);
            assert.deepEqual(errors, [], `no errors in ${other.path}`);
        }
        // Finding codes link to their documentation page shipped with the extension.
        const code = behind.code;
        if (typeof code === 'object' && code !== null) {
            assert.match(code.target.toString(), /docs\/findings\/behind-schedule\.md$/);
        }
    });

    test('completes keywords and names', async () => {
        const document = await vscode.workspace.openTextDocument(file('dinkes.kinerja'));
        await until('the language server to index dinkes.kinerja', () => vscode.languages.getDiagnostics(document.uri) ? true : undefined);
        const unitPosition = positionOf(document, 'satuan persen', 'satuan '.length);
        const units = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, unitPosition);
        const unitLabels = units.items.map(i => typeof i.label === 'string' ? i.label : i.label.label);
        for (const unit of ['persen', 'orang', 'dokumen']) assert.ok(unitLabels.includes(unit), `unit ${unit} among ${unitLabels.join(', ')}`);

        const supportPosition = positionOf(document, 'mendukung SS1', 'mendukung '.length);
        const names = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, supportPosition);
        const nameLabels = names.items.map(i => typeof i.label === 'string' ? i.label : i.label.label);
        assert.ok(nameLabels.some(l => l === 'SS1' || l.endsWith('.SS1')), `SS1 among ${nameLabels.slice(0, 30).join(', ')}`);

        // Typed space after mendukung: the names, the direct superior's node first, no
        // snippets, nothing that would be a loop (K020202 supports P0202) or misaligned
        // (P0203 belongs to another bidang).
        const spaced = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, supportPosition, ' ');
        const ordered = [...spaced.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
        const spacedLabels = ordered.map(i => typeof i.label === 'string' ? i.label : i.label.label);
        assert.equal(spacedLabels[0], 'SS1', spacedLabels.join(', '));
        assert.ok(!spacedLabels.includes('K020202') && !spacedLabels.includes('P0203'), spacedLabels.join(', '));
        assert.deepEqual(ordered.filter(i => i.kind === vscode.CompletionItemKind.Snippet).map(i => i.label), []);

        // At the start of a statement, the snippets of the statements that can stand there.
        const statementPosition = positionOf(document, '    jabatan Sekdis', 4);
        const statements = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, statementPosition);
        const snippets = statements.items.filter(i => i.kind === vscode.CompletionItemKind.Snippet).map(i => typeof i.label === 'string' ? i.label : i.label.label);
        assert.ok(snippets.includes('jabatan …') && snippets.includes('kegiatan …'), snippets.join(', '));
        assert.ok(!snippets.includes('perjanjian …'), snippets.join(', '));
    });

    test('hovers an indicator with its figures', async () => {
        const document = await vscode.workspace.openTextDocument(file('dinkes.kinerja'));
        const position = positionOf(document, 'indikator IKP02', 'indikator '.length + 1);
        const hovers = await until('a hover on IKP02', async () => {
            const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
            return h.length && hoverText(h).trim() ? h : undefined;
        }, 20000);
        const text = hoverText(hovers);
        assert.match(text, /IKP02|puskesmas/i, text);
        assert.match(text, /\d+,\d\d%/, `hover shows an achievement in Indonesian notation: ${text}`);
    });

    test('shows the cascade in the Pohon Kinerja view, coloured by category', async () => {
        await vscode.commands.executeCommand('kinerja.cascade.focus');
        const tree = await until('the cascade tree', async () => {
            const t = await api.cascade.refresh();
            return t && t.organisations.length ? t : undefined;
        });
        assert.equal(tree.year, 2025);
        assert.deepEqual(tree.organisations.map(o => o.id), ['KabPaserSelatan', 'Bappeda', 'Dinkes', 'Disdik']);
        const roots = await api.cascade.getChildren()!;
        const dinkes = (roots as CascadeNode[]).find(n => n.item.id === 'Dinkes')!;
        const dinkesItem = await api.cascade.getTreeItem(dinkes);
        assert.equal(dinkesItem.label, 'Dinkes · Dinas Kesehatan Kabupaten Paser Selatan');
        assert.match(String(dinkesItem.description), /%/);
        // No file decorations (problem colour and count) over the category colour.
        assert.equal(dinkesItem.resourceUri, undefined);
        const [ss1] = (await api.cascade.getChildren(dinkes)) as CascadeNode[];
        assert.equal(ss1.item.id, 'Dinkes.SS1');
        const ss1Item = await api.cascade.getTreeItem(ss1);
        assert.equal(ss1Item.label, 'SS1 Meningkatnya derajat kesehatan masyarakat');
        assert.equal(ss1Item.resourceUri, undefined);
        assert.match((ss1Item.tooltip as vscode.MarkdownString).value, /sasaran `Dinkes\.SS1`/);
        const icon = ss1Item.iconPath as vscode.ThemeIcon;
        assert.equal(icon.id, 'target');
        assert.match(icon.color!.id, /^kinerja\.category\./);
        // Its supporters are its children: the programs under SS1.
        const children = (await api.cascade.getChildren(ss1)) as CascadeNode[];
        assert.ok(children.some(c => c.item.kind === 'program'), 'programs under the sasaran');
        // Clicking reveals the declaration.
        assert.equal(ss1Item.command?.command, 'kinerja.revealNode');
        await vscode.commands.executeCommand(ss1Item.command!.command, ...(ss1Item.command!.arguments ?? []));
        const editor = await until('the editor of dinkes.kinerja', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/dinkes.kinerja') ? vscode.window.activeTextEditor : undefined, 10000);
        assert.equal(editor.document.getText(editor.selection), 'SS1');
    });

    test('previews, focuses and exports the report', async () => {
        const result = await vscode.commands.executeCommand<ReportResult>('kinerja.previewReport');
        assert.ok(result, 'the preview returns what it rendered');
        assert.equal(result.year, 2025);
        assert.equal(result.quarter, 3);
        assert.equal(result.kind, 'quarterly', 'a year still running shows the quarterly monitoring report');
        assert.equal(result.renderer, 'report-html');
        assert.match(result.html, /Dinkes/);
        assert.doesNotMatch(result.html, /<script|https?:\/\/(?!www\.w3\.org)/i, 'no script and no remote content in the report');
        const report = JSON.parse(result.json) as { year: number; agencies: Array<{ id: string }> };
        assert.deepEqual(report.agencies.map(a => a.id).sort(), ['Bappeda', 'Dinkes', 'Disdik', 'KabPaserSelatan']);
        assert.ok(api.preview.visible, 'the webview is open');
        const webviewTab = () => vscode.window.tabGroups.all.flatMap(g => g.tabs)
            .find(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('kinerja.report'));
        await until('a kinerja.report webview tab', () => webviewTab() ? true : undefined, 15000);

        // The code lens command: the report of the node's agency, for its year.
        const focused = await vscode.commands.executeCommand<ReportResult>('kinerja.openReport', 'Dinkes.SS1', 2025);
        assert.equal(api.preview.options.organisation, 'Dinkes');
        assert.equal(api.preview.options.focus, 'Dinkes.SS1');
        assert.match(focused.html, /Dinkes/);
        assert.doesNotMatch(focused.json, /"Disdik"/);
        assert.deepEqual(focused.focus.slice(0, 1), ['Dinkes.SS1']);
        assert.ok(focused.focus.includes('Dinkes.IKU1'), 'the sasaran\'s indicators are highlighted');

        const ranking = await vscode.commands.executeCommand<ReportResult>('kinerja.previewReport', { kind: 'ranking', year: 2025 });
        assert.equal(ranking.kind, 'ranking');
        assert.match(ranking.html, /data-org="Disdik"/);

        const target = vscode.Uri.file(join(tmpdir(), `kinerja-e2e-report-${process.pid}.html`));
        try {
            const written = await vscode.commands.executeCommand<vscode.Uri>('kinerja.exportReport', target);
            assert.equal(written?.fsPath, target.fsPath);
            assert.ok(existsSync(target.fsPath));
            assert.match(readFileSync(target.fsPath, 'utf8'), /<html[\s\S]*Dinkes/);
            const jsonTarget = vscode.Uri.file(target.fsPath.replace(/\.html$/, '.json'));
            await vscode.commands.executeCommand('kinerja.exportReport', jsonTarget);
            assert.equal(JSON.parse(readFileSync(jsonTarget.fsPath, 'utf8')).year, 2025);
            rmSync(jsonTarget.fsPath, { force: true });
        } finally {
            rmSync(target.fsPath, { force: true });
        }
    });

    test('follows edits live: fixing the late realisation clears behind-schedule and updates the preview and the tree', async () => {
        const uri = file('realisasi-2025-tw3.kinerja');
        const editor = await vscode.window.showTextDocument(uri);
        const document = editor.document;
        const at = positionOf(document, 'IKK04 35', 'IKK04 '.length);
        const range = new vscode.Range(at, at.translate(0, 2));
        assert.ok(await editor.edit(e => e.replace(range, '42')));
        await until('behind-schedule to disappear', () => codes(uri).includes('behind-schedule') ? undefined : true, 30000);
        assert.deepEqual(codes(uri), ['low-absorption']);
        // The open report preview follows the edit too.
        assert.ok(api.preview.visible, 'the preview is still open');
        const ikk04 = () => {
            const report = api.preview.last ? JSON.parse(api.preview.last.json) as { agencies: Array<{ indicators: Array<{ id: string; quarterRealisation: number | null }> }> } : undefined;
            return report?.agencies.flatMap(a => a.indicators).find(i => i.id === 'Disdik.IKK04')?.quarterRealisation;
        };
        await until('the preview to show the new realisation', () => ikk04() === 42 ? true : undefined, 15000);
        // …and so does the Pohon Kinerja view.
        const findItem = (items: CascadeItem[], id: string): CascadeItem | undefined => {
            for (const item of items) {
                if (item.id === id) return item;
                const inner = findItem(item.children, id);
                if (inner) return inner;
            }
            return undefined;
        };
        await until('the tree to show IKK04 on plan', () => findItem(api.cascade.current?.organisations ?? [], 'Disdik.IKK04')?.achievementText === '100,00%' ? true : undefined, 15000);
        assert.ok(await editor.edit(e => e.replace(new vscode.Range(at, at.translate(0, 2)), '35')));
        await until('behind-schedule to come back', () => codes(uri).includes('behind-schedule') ? true : undefined, 30000);
        await document.save();
    });

    test('applies the message language setting', async () => {
        const uri = file('realisasi-2025-tw3.kinerja');
        const message = () => vscode.languages.getDiagnostics(uri).find(d => codeOf(d) === 'low-absorption')?.message;
        assert.match(message() ?? '', /Serapan anggaran/, 'Bahasa Indonesia by default');
        await vscode.workspace.getConfiguration('kinerja').update('language', 'en', vscode.ConfigurationTarget.Global);
        await until('English messages', () => /Budget absorption/.test(message() ?? '') ? true : undefined, 30000);
        await vscode.workspace.getConfiguration('kinerja').update('language', undefined, vscode.ConfigurationTarget.Global);
        await until('Indonesian messages again', () => /Serapan anggaran/.test(message() ?? '') ? true : undefined, 30000);
    });

    test('applies the threshold settings', async () => {
        const uri = file('realisasi-2025-tw3.kinerja');
        // 83,33% of the quarter plan is behind schedule below 90 (default) but not below 80.
        await vscode.workspace.getConfiguration('kinerja').update('thresholds.low', 80, vscode.ConfigurationTarget.Global);
        try {
            await until('behind-schedule to go with thresholds.low 80', () => codes(uri).includes('behind-schedule') ? undefined : true, 30000);
        } finally {
            await vscode.workspace.getConfiguration('kinerja').update('thresholds.low', undefined, vscode.ConfigurationTarget.Global);
        }
        await until('behind-schedule back with the default threshold', () => codes(uri).includes('behind-schedule') ? true : undefined, 30000);
    });
});
