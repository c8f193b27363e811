/**
 * The report preview: a webview beside the editor showing the HTML evaluation report of
 * the workspace (server request `kinerja/report`), refreshed while the user types.
 *
 * Security: the report is rendered by the language server from the workspace's files and
 * shown under a strict Content-Security-Policy: nothing may load (`default-src 'none'`),
 * styles only from <style> elements carrying this render's nonce (plus inline style
 * attributes), images only as data: URIs, and scripts only with the nonce — the one
 * script is the preview's own: it keeps the scroll position across live refreshes and
 * scrolls to the node the user asked for. Any script in the report itself is removed.
 * No local resources are exposed (`localResourceRoots: []`).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { REPORT_REQUEST, type ReportParams, type ReportResult } from '../lsp/protocol.js';
import { contentSecurityPolicy, escapeAttr, makeNonce, periodText, secureReportHtml } from './webview-html.js';

export { periodText };

export const REPORT_VIEW_TYPE = 'kinerja.report';

export class ReportPreview implements vscode.Disposable {
    private panel?: vscode.WebviewPanel;
    private params: ReportParams = {};
    private timer?: ReturnType<typeof setTimeout>;
    private lastHtml?: string;
    private rendering?: Promise<ReportResult | undefined>;
    private readonly disposables: vscode.Disposable[] = [];
    /** The last report shown (tests and the export command read it). */
    last?: ReportResult;
    private readonly rendered = new vscode.EventEmitter<ReportResult>();
    readonly onDidRender = this.rendered.event;

    constructor(private readonly client: LanguageClient, private readonly extensionUri: vscode.Uri) {
        const isKinerja = (document: vscode.TextDocument) => document.languageId === 'kinerja';
        this.disposables.push(
            vscode.workspace.onDidChangeTextDocument(e => { if (isKinerja(e.document) && e.contentChanges.length) this.schedule(); }),
            // Published diagnostics mean the server finished validating: the model is current.
            vscode.languages.onDidChangeDiagnostics(e => { if (e.uris.some(u => u.path.endsWith('.kinerja'))) this.schedule(); }),
            this.rendered
        );
    }

    get visible(): boolean {
        return this.panel !== undefined;
    }

    get options(): ReportParams {
        return { ...this.params };
    }

    /** Opens (or reveals) the preview for these parameters and renders it. */
    async show(params: ReportParams = {}, column = vscode.ViewColumn.Beside): Promise<ReportResult | undefined> {
        this.params = { ...params };
        if (!this.panel) {
            this.panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, vscode.l10n.t('Kinerja report'), { viewColumn: column, preserveFocus: true }, {
                enableScripts: true,
                enableForms: false,
                enableCommandUris: false,
                localResourceRoots: [],
                enableFindWidget: true
            });
            this.panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'images', 'icon.png');
            this.panel.onDidDispose(() => {
                this.panel = undefined;
                this.lastHtml = undefined;
                clearTimeout(this.timer);
            }, undefined, this.disposables);
        } else {
            this.panel.reveal(undefined, true);
        }
        this.lastHtml = undefined;
        return this.render();
    }

    /** Renders again after edits settle. */
    schedule(delay = 400): void {
        if (!this.panel) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.render(), delay);
    }

    /** Asks the server for the report and shows it (only when it changed). */
    async render(): Promise<ReportResult | undefined> {
        const previous = this.rendering ?? Promise.resolve(undefined);
        this.rendering = previous.catch(() => undefined).then(() => this.renderNow());
        return this.rendering;
    }

    private async renderNow(): Promise<ReportResult | undefined> {
        const panel = this.panel;
        if (!panel) return undefined;
        let result: ReportResult;
        try {
            result = await fetchReport(this.client, this.params);
        } catch (err) {
            panel.webview.html = errorPage(err instanceof Error ? err.message : String(err));
            return undefined;
        }
        if (this.panel !== panel) return result;
        this.last = result;
        const period = periodText(result.year, result.quarter);
        panel.title = this.params.organisation
            ? vscode.l10n.t('Report {0} {1}', this.params.organisation, period)
            : vscode.l10n.t('Kinerja report {0}', period);
        if (result.html !== this.lastHtml) {
            this.lastHtml = result.html;
            panel.webview.html = secureReportHtml(result.html, makeNonce(), result.focus);
        }
        this.rendered.fire(result);
        return result;
    }

    dispose(): void {
        clearTimeout(this.timer);
        this.panel?.dispose();
        this.disposables.forEach(d => d.dispose());
    }
}

export function fetchReport(client: LanguageClient, params: ReportParams): Promise<ReportResult> {
    return client.sendRequest<ReportResult>(REPORT_REQUEST, params);
}

function errorPage(message: string): string {
    const nonce = makeNonce();
    return `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce)}"></head>`
        + `<body><p>${escapeAttr(vscode.l10n.t('The report could not be rendered: {0}', message))}</p></body></html>`;
}
