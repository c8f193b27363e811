/**
 * The kinerja VS Code extension (bundled as dist/extension.cjs).
 *
 * - starts the language server (client.ts) for `.kinerja` files: findings, quick fixes
 *   and the other LSP features come from the server;
 * - the "Pohon Kinerja" tree view of the cascade (cascade-view.ts);
 * - the report preview webview and the export command (report-preview.ts);
 * - `kinerja.openReport(nodeId, year)` for the server's code lenses;
 * - the walkthrough's `kinerja.createWorkspace` (`kinerja init`, workspace-command.ts) and
 *   `kinerja.importWorkbook` ("Impor dari Excel", import-command.ts), which run the
 *   bundled command line, dist/cli.cjs, in a child process (cli-process.ts).
 *
 * It runs no code from the workspace, so it is enabled in untrusted workspaces. UI
 * strings go through vscode.l10n (l10n/bundle.l10n.id.json for Bahasa Indonesia).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CascadeTreeProvider, CASCADE_VIEW_ID, revealLocation, type CascadeNode } from './cascade-view.js';
import { createLanguageClient, LANGUAGE_ID } from './client.js';
import type { ReportKindName, ReportParams, ReportResult, TreeLocation } from '../lsp/protocol.js';
import { fetchReport, periodText, ReportPreview } from './report-preview.js';
import { ImportCommand } from './import-command.js';
import { createWorkspace } from './workspace-command.js';
import { showWalkthroughOnFirstStart } from './first-start.js';

/** What activate() returns: used by the integration tests and by other extensions. */
export interface KinerjaExtensionApi {
    client: LanguageClient;
    cascade: CascadeTreeProvider;
    preview: ReportPreview;
    /** The bundled command line the walkthrough's commands run (dist/cli.cjs). */
    cli: string;
    /**
     * The walkthrough on the first start (first-start.ts): resolves true when this
     * activation opened it; `showOnFirstStart()` asks again (false once it was handled).
     */
    walkthrough: { firstStart: Promise<boolean>; showOnFirstStart(): Promise<boolean> };
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<KinerjaExtensionApi> {
    const output = vscode.window.createOutputChannel('Kinerja', { log: true });
    context.subscriptions.push(output);
    client = createLanguageClient(context, output);
    const languageClient = client;

    const cascade = new CascadeTreeProvider(languageClient);
    const view = vscode.window.createTreeView(CASCADE_VIEW_ID, { treeDataProvider: cascade, showCollapseAll: true });
    const preview = new ReportPreview(languageClient, context.extensionUri);
    const cli = context.asAbsolutePath('dist/cli.cjs');
    const importCommand = new ImportCommand(cli);
    context.subscriptions.push(cascade, view, preview, importCommand);

    const updateViewDescription = () => {
        const tree = cascade.current;
        view.description = tree?.year ? String(tree.year) : undefined;
        view.message = tree && tree.organisations.length === 0
            ? vscode.l10n.t('No organisations yet: add a .kinerja file with a pemda or instansi.')
            : undefined;
    };
    let treeTimer: ReturnType<typeof setTimeout> | undefined;
    const refreshTree = (delay = 300) => {
        clearTimeout(treeTimer);
        treeTimer = setTimeout(() => void cascade.refresh().then(updateViewDescription), delay);
    };
    context.subscriptions.push(
        { dispose: () => clearTimeout(treeTimer) },
        vscode.workspace.onDidChangeTextDocument(e => { if (e.document.languageId === LANGUAGE_ID && e.contentChanges.length) refreshTree(600); }),
        vscode.languages.onDidChangeDiagnostics(e => { if (e.uris.some(u => u.path.endsWith('.kinerja'))) refreshTree(); }),
        view.onDidChangeVisibility(e => { if (e.visible) refreshTree(0); })
    );

    // From the command palette or the editor title (a Uri): the whole workspace.
    const reportParams = (args: unknown): ReportParams =>
        args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args as ReportParams : {};

    context.subscriptions.push(
        vscode.commands.registerCommand('kinerja.previewReport', (args?: unknown) => preview.show(reportParams(args))),
        vscode.commands.registerCommand('kinerja.openReport', async (nodeId?: unknown, year?: unknown) => {
            // Code lens arguments: (nodeId, year), or one object { id | nodeId, year }.
            let id: string | undefined;
            let y: number | undefined;
            if (typeof nodeId === 'string') id = nodeId;
            else if (nodeId && typeof nodeId === 'object') {
                const o = nodeId as { id?: unknown; nodeId?: unknown; year?: unknown };
                id = typeof o.id === 'string' ? o.id : typeof o.nodeId === 'string' ? o.nodeId : undefined;
                if (typeof o.year === 'number') y = o.year;
            }
            if (typeof year === 'number') y = year;
            else if (typeof year === 'string' && /^\d{4}$/.test(year)) y = Number(year);
            const organisation = id ? id.split('.')[0] : undefined;
            return preview.show({ year: y, organisation, focus: id && id.includes('.') ? id : undefined });
        }),
        vscode.commands.registerCommand('kinerja.reportForItem', (node?: CascadeNode) => {
            if (!node) return preview.show({ year: cascade.year });
            const isOrg = node.item.kind === 'pemda' || node.item.kind === 'instansi';
            let org: CascadeNode = node;
            while (org.parent) org = org.parent;
            return preview.show({ year: cascade.current?.year ?? undefined, organisation: org.item.id, focus: isOrg ? undefined : node.item.id });
        }),
        vscode.commands.registerCommand('kinerja.selectReportPeriod', async () => {
            const current = preview.options;
            const result = preview.last ?? await fetchReport(languageClient, current);
            const picked = await pickPeriod(result);
            if (picked) return preview.show({ ...current, ...picked, focus: undefined });
            return undefined;
        }),
        vscode.commands.registerCommand('kinerja.selectReportKind', async () => {
            const kinds: Array<vscode.QuickPickItem & { report: ReportKindName }> = [
                { report: 'annual', label: vscode.l10n.t('Annual report (LKjIP)'), description: vscode.l10n.t('targets, realisations, achievement, budget and efficiency per agency') },
                { report: 'quarterly', label: vscode.l10n.t('Quarterly monitoring'), description: vscode.l10n.t('achievement against the quarter plan and absorption against its curve') },
                { report: 'ranking', label: vscode.l10n.t('Agency ranking'), description: vscode.l10n.t('scores, categories and the agencies that need assistance') },
                { report: 'agreements', label: vscode.l10n.t('Performance agreements'), description: vscode.l10n.t('what each position signed for the year') }
            ];
            const current = preview.last?.kind;
            for (const k of kinds) k.picked = k.report === current;
            const picked = await vscode.window.showQuickPick(kinds, { placeHolder: vscode.l10n.t('Report kind') });
            if (!picked) return undefined;
            const options = preview.options;
            // The ranking compares every agency; the other kinds keep the agency in focus.
            return preview.show({ ...options, kind: picked.report, organisation: picked.report === 'ranking' ? undefined : options.organisation });
        }),
        vscode.commands.registerCommand('kinerja.exportReport', (target?: vscode.Uri) => exportReport(languageClient, preview, target)),
        vscode.commands.registerCommand('kinerja.cascade.refresh', () => cascade.refresh().then(updateViewDescription)),
        vscode.commands.registerCommand('kinerja.cascade.selectYear', async () => {
            const years = cascade.current?.years ?? [];
            if (!years.length) {
                void vscode.window.showInformationMessage(vscode.l10n.t('No year has targets or realisations yet.'));
                return;
            }
            const items = [...years].reverse().map(y => ({ label: String(y), picked: y === cascade.current?.year }));
            const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Year to evaluate in the performance tree') });
            if (!picked) return;
            cascade.year = Number(picked.label);
            await cascade.refresh();
            updateViewDescription();
        }),
        vscode.commands.registerCommand('kinerja.createWorkspace', (args?: unknown) => createWorkspace(cli, args)),
        vscode.commands.registerCommand('kinerja.importWorkbook', (args?: unknown) => importCommand.run(args)),
        vscode.commands.registerCommand('kinerja.revealNode', (location?: TreeLocation) => revealLocation(location)),
        vscode.commands.registerCommand('kinerja.restartServer', async () => {
            await languageClient.restart();
            refreshTree(0);
        })
    );

    // Not awaited: the walkthrough opens beside the activation, never delays it.
    const showOnFirstStart = () => showWalkthroughOnFirstStart(context).catch(err => {
        output.warn(`walkthrough: ${err instanceof Error ? err.message : String(err)}`);
        return false;
    });
    const firstStart = showOnFirstStart();

    await languageClient.start();
    refreshTree(0);
    return { client: languageClient, cascade, preview, cli, walkthrough: { firstStart, showOnFirstStart } };
}

async function pickPeriod(result: ReportResult): Promise<{ year: number; quarter?: number } | undefined> {
    const items: Array<vscode.QuickPickItem & { year: number; quarter?: number }> = [];
    for (const year of [...result.years].reverse()) {
        items.push({ label: String(year), description: vscode.l10n.t('whole year'), year });
        for (const quarter of [4, 3, 2, 1]) {
            items.push({ label: `${year} tw${quarter}`, description: vscode.l10n.t('up to quarter {0}', quarter), year, quarter });
        }
    }
    if (!items.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No year has targets or realisations yet.'));
        return undefined;
    }
    const current = periodText(result.year, result.quarter);
    for (const item of items) item.picked = item.label === current;
    return vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Report period (now {0})', current) });
}

async function exportReport(languageClient: LanguageClient, preview: ReportPreview, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const params: ReportParams = preview.visible ? { ...preview.options, kind: preview.options.kind ?? preview.last?.kind } : {};
    const result = await fetchReport(languageClient, { ...params, focus: undefined });
    const period = periodText(result.year, result.quarter).replace(' ', '-');
    const kindName = { annual: 'tahunan', quarterly: 'triwulan', ranking: 'peringkat', agreements: 'perjanjian' }[result.kind];
    const base = ['laporan', kindName, params.organisation, period].filter(Boolean).join('-');
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    let uri = target;
    if (!uri) {
        uri = await vscode.window.showSaveDialog({
            title: vscode.l10n.t('Export the kinerja report'),
            defaultUri: folder ? vscode.Uri.joinPath(folder, `${base}.html`) : undefined,
            filters: { [vscode.l10n.t('HTML report')]: ['html', 'htm'], [vscode.l10n.t('JSON report')]: ['json'] },
            saveLabel: vscode.l10n.t('Export')
        });
    }
    if (!uri) return undefined;
    const json = /\.json$/i.test(uri.path);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(json ? result.json : result.html));
    const open = vscode.l10n.t('Open');
    void vscode.window.showInformationMessage(vscode.l10n.t('Report written to {0}', vscode.workspace.asRelativePath(uri)), open).then(choice => {
        if (choice === open) void vscode.commands.executeCommand('vscode.open', uri);
    });
    return uri;
}

export async function deactivate(): Promise<void> {
    const running = client;
    client = undefined;
    if (running?.isRunning()) await running.stop();
}
