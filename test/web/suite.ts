/**
 * The web test's checks inside VS Code's web worker extension host (test/web/run.mjs
 * bundles this file for the browser and hands it to VS Code as the extension tests): the
 * kinerja extension runs there from its "browser" entry, its language server in a web
 * worker, on the copy of examples/ the runner prepared (dinkes.kinerja with `19.29` on
 * line 37). Each check prints one line `kinerja-web: ok …`; the first failure rejects
 * run(), which makes VS Code exit with code 1.
 */
import * as vscode from 'vscode';
import { until } from '../e2e/wait.cjs';

interface CascadeItem { id: string; kind: string; name: string; children: CascadeItem[] }
interface CascadeNode { item: CascadeItem }
interface WebApi {
    web?: true;
    cli?: string;
    activatedAt?: number;
    client: { isRunning(): boolean };
    cascade: vscode.TreeDataProvider<CascadeNode> & { refresh(): Promise<unknown> };
    preview: { visible: boolean; last?: { kind: string; html: string } };
}

const log = (line: string) => console.log(`kinerja-web: ${line}`);

function fail(message: string): never {
    throw new Error(message);
}


const codeOf = (d: vscode.Diagnostic) => typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);

export async function run(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? fail('no workspace folder is open');
    const file = (name: string) => vscode.Uri.joinPath(folder, name);

    // 1. The web worker extension host, and the extension's browser entry.
    const g = globalThis as { process?: { versions?: { node?: string } }; importScripts?: unknown; WorkerGlobalScope?: unknown };
    if (vscode.env.uiKind !== vscode.UIKind.Web) fail(`vscode.env.uiKind is ${vscode.env.uiKind}, not Web`);
    if (typeof g.process?.versions?.node === 'string') fail(`the extension host is Node ${g.process.versions.node}, not the web worker`);
    if (typeof g.importScripts !== 'function' || typeof g.WorkerGlobalScope !== 'function') fail('the extension host is not a web worker');
    const extension = vscode.extensions.getExtension<WebApi>('kinerja.kinerja') ?? fail('the kinerja extension is not installed');
    const openedAt = Date.now();
    const dinkes = file('dinkes.kinerja');
    await vscode.window.showTextDocument(dinkes);
    const api = await extension.activate();
    if (api.web !== true || api.cli !== undefined) fail('the desktop entry (dist/extension.cjs) ran, not the browser entry');
    log(`the extension runs in the web worker extension host (uiKind Web, no Node process, ${folder.scheme}: workspace), from its browser entry`);

    // 2. The finding of `19.29` on dinkes.kinerja, at its line.
    const numberFormat = await until('number-format on dinkes.kinerja', () =>
        vscode.languages.getDiagnostics(dinkes).find(d => codeOf(d) === 'number-format'));
    const firstDiagnostics = Date.now();
    if (numberFormat.range.start.line !== 36) fail(`number-format is on line ${numberFormat.range.start.line + 1}, not 37`);
    const document = await vscode.workspace.openTextDocument(dinkes);
    if (document.getText(numberFormat.range) !== '19.29') fail(`number-format covers '${document.getText(numberFormat.range)}', not '19.29'`);
    if (!/19,29/.test(numberFormat.message)) fail(`number-format does not suggest 19,29: ${numberFormat.message}`);
    const activation = api.activatedAt ? firstDiagnostics - api.activatedAt : NaN;
    log(`number-format on dinkes.kinerja:37 (${numberFormat.message}); ${firstDiagnostics - openedAt} ms from opening the file, ${activation} ms from activation`);

    // 3. Across files: realisasi-2025-tw3.kinerja's realisations are behind the quarter
    //    plan that dinkes.kinerja declares (behind-schedule needs both files), and no name
    //    that another file declares is unresolved anywhere.
    const realisations = file('realisasi-2025-tw3.kinerja');
    await vscode.window.showTextDocument(realisations, { preview: false });
    const behind = await until('behind-schedule on realisasi-2025-tw3.kinerja', () =>
        vscode.languages.getDiagnostics(realisations).find(d => codeOf(d) === 'behind-schedule'));
    if (behind.range.start.line !== 27) fail(`behind-schedule is on line ${behind.range.start.line + 1}, not 28`);
    for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
        const unresolved = diagnostics.filter(d => codeOf(d) === 'unresolved-reference');
        if (unresolved.length) fail(`${uri.path}: ${unresolved.map(d => `${d.range.start.line + 1}: ${d.message}`).join('; ')}`);
    }
    log(`behind-schedule on realisasi-2025-tw3.kinerja:28 (${behind.message}); no unresolved reference in any file`);

    // 4. The "Pohon Kinerja" view shows the agencies of every file of the workspace.
    await vscode.commands.executeCommand('workbench.view.extension.kinerja');
    const roots = await until('the agencies in the Pohon Kinerja view', async () => {
        await api.cascade.refresh();
        const nodes = await api.cascade.getChildren() ?? [];
        const ids = nodes.map(n => n.item.id).sort();
        return ids.length >= 4 ? ids : undefined;
    });
    for (const id of ['Bappeda', 'Dinkes', 'Disdik', 'KabPaserSelatan']) {
        if (!roots.includes(id)) fail(`the Pohon Kinerja view lacks ${id}: ${roots.join(', ')}`);
    }
    log(`the Pohon Kinerja view shows ${roots.join(', ')}`);

    // 5. The report preview opens with the annual report.
    await vscode.commands.executeCommand('kinerja.previewReport');
    const report = await until('the report preview', () => api.preview.visible && api.preview.last ? api.preview.last : undefined);
    if (!/Dinas Kesehatan/.test(report.html)) fail('the report does not show Dinas Kesehatan');
    log(`the report preview shows the ${report.kind} report (${Math.round(report.html.length / 1024)} KiB of HTML)`);

    // 6. The runner checks the workbench's own rendering (Problems panel, tree, webview)
    //    while everything is open, then writes ui-checked into the workspace.
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    log('ready for the workbench checks');
    const marker = file('.ui-checked');
    const verdict = await until('the runner\'s workbench checks', async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(marker)), 120000);
    if (verdict.trim() !== 'ok') fail(`workbench checks: ${verdict.trim()}`);
    log('the workbench shows them');
}
