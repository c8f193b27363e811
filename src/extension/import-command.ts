/**
 * `kinerja.importWorkbook` ("Kinerja: Impor dari Excel" / "Import from Excel"), in the
 * command palette and in the explorer's context menu on .xlsx and .csv files. It runs
 * `kinerja import` (dist/cli.cjs in a child process, cli-process.ts), a dry run first:
 *
 * 1. the workbook (the clicked file, else an open dialog) and the target folder (the
 *    workspace folder first in a pick list, or another folder);
 * 2. `kinerja import FILE --into DIR --dry-run`: its unified diff opens in a read-only
 *    `.diff` document, its messages go to the "Kinerja Import" output channel;
 *    - values that differ from the workspace's (exit 1): the dry run again with
 *      `--replace`; if that one succeeds, the conflicts are listed and its diff is
 *      shown, and the question offers to write with `--replace`;
 *    - problems (each naming file, sheet and cell), a usage error or nothing to change:
 *      said in a notification, with the output channel for the whole list; nothing more;
 * 3. a modal question "Tulis perubahan?" (Write the changes?) with the counts: write,
 *    or write with --replace, or cancel;
 * 4. only then `kinerja import` without --dry-run, which checks and writes all or
 *    nothing again.
 *
 * Called with an argument, no question is asked (tests, other extensions):
 * `{ file: string | Uri, into?: string | Uri, confirm?: 'write' | 'replace' | 'cancel', notation?: 'id' | 'en' }`;
 * without `confirm`, the modal question is still asked. `confirm: 'write'` writes only
 * what the plain dry run showed (never with --replace); `'replace'` writes with
 * `--replace` only when the dry run found conflicts, else as `'write'`.
 */
import { basename, dirname, isAbsolute, relative } from 'node:path';
import * as vscode from 'vscode';
import { cliLanguage, dryRunVerdict, importArguments, messageOf, runCli, summaryOf, type CliRun, type DryRunVerdict, type ImportRequest } from './cli-process.js';

export type ImportChoice = 'write' | 'replace' | 'cancel';

export interface ImportWorkbookArgs {
    file: string | vscode.Uri;
    into?: string | vscode.Uri;
    confirm?: ImportChoice;
    notation?: 'id' | 'en';
}

/** What the command did (returned to callers of executeCommand, e.g. the e2e tests). */
export interface ImportOutcome {
    verdict: DryRunVerdict;
    /** The dry run whose diff was shown (with --replace on conflicts). */
    dryRun: CliRun;
    /** The plain dry run's conflicts, when the diff shown is that of --replace. */
    conflicts?: CliRun;
    /** The diff document shown, if any. */
    diff?: vscode.Uri;
    choice: ImportChoice;
    /** The run that wrote, when the user confirmed. */
    write?: CliRun;
    written: boolean;
}

export const DIFF_SCHEME = 'kinerja-import';

/** The read-only documents holding the dry runs' diffs (`kinerja-import:/<workbook>.diff`). */
export class DryRunDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
    private readonly texts = new Map<string, string>();
    private readonly changed = new vscode.EventEmitter<vscode.Uri>();
    readonly onDidChange = this.changed.event;
    private count = 0;

    provideTextDocumentContent(uri: vscode.Uri): string {
        return this.texts.get(uri.toString()) ?? '';
    }

    add(name: string, text: string): vscode.Uri {
        const uri = vscode.Uri.from({ scheme: DIFF_SCHEME, path: `/${name}.diff`, query: String(++this.count) });
        this.texts.set(uri.toString(), text);
        return uri;
    }

    dispose(): void {
        this.changed.dispose();
        this.texts.clear();
    }
}

function isArgs(value: unknown): value is ImportWorkbookArgs {
    const v = value as ImportWorkbookArgs | undefined;
    return !!v && typeof v === 'object' && !(v instanceof vscode.Uri) && (typeof v.file === 'string' || v.file instanceof vscode.Uri);
}

const fsPath = (value: string | vscode.Uri) => (typeof value === 'string' ? value : value.fsPath);

async function pickWorkbook(): Promise<string | undefined> {
    const picked = await vscode.window.showOpenDialog({
        title: vscode.l10n.t('Import from Excel: the workbook'),
        canSelectMany: false,
        defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
        filters: { [vscode.l10n.t('Workbooks')]: ['xlsx', 'csv'] },
        openLabel: vscode.l10n.t('Import')
    });
    return picked?.[0]?.fsPath;
}

async function pickTarget(workbook: string): Promise<string | undefined> {
    const folders = vscode.workspace.workspaceFolders?.filter(f => f.uri.scheme === 'file') ?? [];
    // The workspace folder holding the workbook first, then the others.
    const containing = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(workbook));
    const ordered = containing ? [containing, ...folders.filter(f => f !== containing)] : folders;
    const other = { label: vscode.l10n.t('Another folder…'), folder: undefined as string | undefined };
    const items = [
        ...ordered.map(f => ({ label: f.name, description: f.uri.fsPath, detail: vscode.l10n.t('merge into this workspace folder'), folder: f.uri.fsPath as string | undefined })),
        other
    ];
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Import from Excel: the target folder'), placeHolder: vscode.l10n.t('Folder to import {0} into', basename(workbook)) });
    if (!picked) return undefined;
    if (picked.folder) return picked.folder;
    const chosen = await vscode.window.showOpenDialog({
        title: vscode.l10n.t('Import from Excel: the target folder'), canSelectFiles: false, canSelectFolders: true, canSelectMany: false,
        defaultUri: ordered[0]?.uri, openLabel: vscode.l10n.t('Import here')
    });
    return chosen?.[0]?.fsPath;
}

/** Unsaved .kinerja editors inside the target: the import reads the files on disk. */
async function saveFirst(into: string): Promise<boolean> {
    const dirty = vscode.workspace.textDocuments.filter(d => d.isDirty && d.uri.scheme === 'file' && d.languageId === 'kinerja'
        && !relative(into, d.uri.fsPath).startsWith('..') && !isAbsolute(relative(into, d.uri.fsPath)));
    if (!dirty.length) return true;
    const save = vscode.l10n.t('Save and Import');
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t('Some files are not saved yet'), {
        modal: true,
        detail: vscode.l10n.t('The import reads the files as they are on disk: {0}. Save them first?', dirty.map(d => vscode.workspace.asRelativePath(d.uri)).join(', '))
    }, save);
    if (choice !== save) return false;
    for (const document of dirty) if (!(await document.save())) return false;
    return true;
}

export class ImportCommand implements vscode.Disposable {
    private output?: vscode.OutputChannel;
    private readonly documents = new DryRunDocuments();
    private readonly registration: vscode.Disposable;

    constructor(private readonly cli: string) {
        this.registration = vscode.workspace.registerTextDocumentContentProvider(DIFF_SCHEME, this.documents);
    }

    dispose(): void {
        this.registration.dispose();
        this.documents.dispose();
        this.output?.dispose();
    }

    private channel(): vscode.OutputChannel {
        this.output ??= vscode.window.createOutputChannel(vscode.l10n.t('Kinerja Import'));
        return this.output;
    }

    private log(title: string, run: CliRun): void {
        const out = this.channel();
        out.appendLine(`== ${title}`);
        const text = messageOf(run.stderr);
        if (text) out.appendLine(text);
    }

    async run(args?: unknown): Promise<ImportOutcome | undefined> {
        const given = isArgs(args) ? args : undefined;
        const file = given ? fsPath(given.file) : args instanceof vscode.Uri ? args.fsPath : await pickWorkbook();
        if (!file) return undefined;
        const into = given?.into ? fsPath(given.into) : await pickTarget(file);
        if (!into) return undefined;
        if (!given?.confirm && !(await saveFirst(into))) return undefined;

        // Run beside the target, so that messages and the diff name `folder/file.kinerja`.
        const cwd = dirname(into) === into ? into : dirname(into);
        const shown = (path: string) => {
            const rel = relative(cwd, path);
            return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
        };
        const request: ImportRequest = { file: shown(file), into: shown(into), lang: cliLanguage(vscode.env.language), notation: given?.notation };
        const title = vscode.l10n.t('Import from Excel: {0}', basename(file));

        const dry = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
            const controller = new AbortController();
            token.onCancellationRequested(() => controller.abort());
            progress.report({ message: vscode.l10n.t('reading the workbook (dry run, nothing is written)…') });
            const plain = await runCli(this.cli, importArguments(request, { dryRun: true }), { cwd, signal: controller.signal });
            if (plain.code !== 1 || token.isCancellationRequested) return { plain, cancelled: token.isCancellationRequested };
            progress.report({ message: vscode.l10n.t('checking what --replace would change…') });
            const replaced = await runCli(this.cli, importArguments(request, { dryRun: true, replace: true }), { cwd, signal: controller.signal });
            return { plain, replaced, cancelled: token.isCancellationRequested };
        });
        if (dry.cancelled) return undefined;
        const verdict = dryRunVerdict(dry.plain, dry.replaced);
        const shownRun = verdict === 'conflicts' ? dry.replaced! : dry.plain;
        const outcome: ImportOutcome = { verdict, dryRun: shownRun, conflicts: verdict === 'conflicts' ? dry.plain : undefined, choice: 'cancel', written: false };

        this.channel().clear();
        this.log(vscode.l10n.t('Dry run: {0} into {1}', request.file, request.into), dry.plain);
        if (verdict === 'conflicts') this.log(vscode.l10n.t('Dry run with --replace'), dry.replaced!);

        if (verdict !== 'changes' && verdict !== 'conflicts') {
            const text = messageOf(dry.plain.stderr);
            const show = vscode.l10n.t('Show Details');
            if (verdict === 'unchanged') void vscode.window.showInformationMessage(text);
            else {
                const headline = verdict === 'problems' ? summaryOf(dry.plain.stderr)
                    : text || vscode.l10n.t('kinerja import ended with exit code {0}.', String(dry.plain.code));
                void vscode.window.showErrorMessage(headline, show).then(choice => { if (choice === show) this.channel().show(true); });
                if (verdict === 'problems') this.channel().show(true);
            }
            return outcome;
        }

        outcome.diff = this.documents.add(basename(file), shownRun.stdout);
        const document = await vscode.workspace.openTextDocument(outcome.diff);
        if (document.languageId !== 'diff') await vscode.languages.setTextDocumentLanguage(document, 'diff');
        await vscode.window.showTextDocument(document, { preview: true, preserveFocus: true });

        const choice = given?.confirm ?? await this.ask(verdict, dry.plain, shownRun);
        outcome.choice = choice === 'replace' && verdict !== 'conflicts' ? 'write' : choice === 'write' && verdict === 'conflicts' ? 'cancel' : choice;
        if (outcome.choice === 'cancel') {
            void vscode.window.showInformationMessage(vscode.l10n.t('Nothing was written.'));
            return outcome;
        }
        const write = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title },
            async progress => {
                progress.report({ message: vscode.l10n.t('writing…') });
                return runCli(this.cli, importArguments(request, { replace: outcome.choice === 'replace' }), { cwd });
            });
        outcome.write = write;
        outcome.written = write.code === 0;
        this.log(vscode.l10n.t('Import: {0} into {1}', request.file, request.into), write);
        if (outcome.written) void vscode.window.showInformationMessage(summaryOf(write.stderr));
        else {
            const show = vscode.l10n.t('Show Details');
            void vscode.window.showErrorMessage(summaryOf(write.stderr) || vscode.l10n.t('kinerja import ended with exit code {0}.', String(write.code)), show)
                .then(c => { if (c === show) this.channel().show(true); });
        }
        return outcome;
    }

    /** The modal question, with the counts (and the conflicts) as its detail. */
    private async ask(verdict: 'changes' | 'conflicts', plain: CliRun, shownRun: CliRun): Promise<ImportChoice> {
        const lines: string[] = [];
        if (verdict === 'conflicts') {
            const conflicts = messageOf(plain.stderr).split('\n');
            const list = conflicts.slice(0, -1);
            lines.push(...list.slice(0, 12));
            if (list.length > 12) lines.push(vscode.l10n.t('… and {0} more (Output: Kinerja Import)', list.length - 12));
            lines.push('', vscode.l10n.t('With --replace, the values of the workbook replace those written:'));
        }
        lines.push(summaryOf(shownRun.stderr), '', vscode.l10n.t('The changes are shown in the diff beside. Nothing has been written yet.'));
        const write = vscode.l10n.t('Write');
        const replace = vscode.l10n.t('Write with --replace');
        const picked = await vscode.window.showWarningMessage(vscode.l10n.t('Write the changes?'), { modal: true, detail: lines.join('\n') },
            verdict === 'conflicts' ? replace : write);
        return picked === write ? 'write' : picked === replace ? 'replace' : 'cancel';
    }
}
