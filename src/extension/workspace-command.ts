/**
 * `kinerja.createWorkspace` ("Kinerja: Create Workspace…", the walkthrough's first step):
 * asks for the pemda's and the agencies' IDs and names in input boxes and runs
 * `kinerja init` on the open folder (dist/cli.cjs in a child process, cli-process.ts), so
 * the files are exactly those of the command line: the pemda, one file per agency with
 * its echelon II–IV chart, kinerja.config.json and a README. `kinerja init` overwrites
 * nothing: when a file exists, nothing is written and its message, shown here, names it.
 * Then the first agency's file (else the pemda's) is opened.
 *
 * Called with an argument (tests, other extensions), no question is asked:
 * `{ folder: string | Uri, pemda: { id, name }, instansi?: [{ id, name }, …] }`.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { cliLanguage, IDENTIFIER, initArguments, messageOf, runCli, type CliRun } from './cli-process.js';

interface Named { id: string; name: string }

export interface CreateWorkspaceArgs {
    folder: string | vscode.Uri;
    pemda: Named;
    instansi?: Named[];
}

/** What the command did: the run of `kinerja init`, and the file it opened when it wrote the workspace. */
export interface CreateWorkspaceResult {
    run: CliRun;
    folder: string;
    opened?: string;
}

function isArgs(value: unknown): value is CreateWorkspaceArgs {
    const v = value as CreateWorkspaceArgs | undefined;
    return !!v && typeof v === 'object' && !(v instanceof vscode.Uri) && (typeof v.folder === 'string' || v.folder instanceof vscode.Uri)
        && typeof v.pemda?.id === 'string' && typeof v.pemda?.name === 'string';
}

async function pickFolder(): Promise<string | undefined> {
    const folders = vscode.workspace.workspaceFolders?.filter(f => f.uri.scheme === 'file') ?? [];
    if (folders.length === 1) return folders[0].uri.fsPath;
    if (folders.length > 1) {
        const picked = await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Folder to create the kinerja workspace in') });
        return picked?.uri.fsPath;
    }
    const open = vscode.l10n.t('Open Folder');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Open an empty folder first: the kinerja workspace is created in it.'), open);
    if (choice === open) await vscode.commands.executeCommand('workbench.action.files.openFolder');
    return undefined;
}

function idProblem(value: string, taken: Map<string, string>): string | undefined {
    if (!IDENTIFIER.test(value)) return vscode.l10n.t('An ID holds only letters, digits and _, and does not start with a digit (e.g. KabContoh, Dinkes).');
    const clash = taken.get(value.toLowerCase());
    if (clash) return vscode.l10n.t('{0} is already used by {1} (file names ignore case): choose another ID.', value, clash);
    return undefined;
}

function nameProblem(value: string): string | undefined {
    return value.trim() ? undefined : vscode.l10n.t('Write the name, e.g. as it stands in the RPJMD or Renstra.');
}

/** The IDs and names, asked one by one; undefined when the user leaves an input box with Escape. */
async function askNames(): Promise<{ pemda: Named; instansi: Named[] } | undefined> {
    const taken = new Map<string, string>();
    const title = vscode.l10n.t('Create a kinerja workspace');
    const pemdaId = await vscode.window.showInputBox({
        title, prompt: vscode.l10n.t('ID of the regional government (pemda): one word, as the other files will name it'),
        placeHolder: 'KabContoh', ignoreFocusOut: true, validateInput: value => idProblem(value, taken)
    });
    if (pemdaId === undefined) return undefined;
    const pemdaName = await vscode.window.showInputBox({
        title, prompt: vscode.l10n.t('Name of the regional government {0}', pemdaId),
        placeHolder: 'Pemerintah Kabupaten Contoh', ignoreFocusOut: true, validateInput: nameProblem
    });
    if (pemdaName === undefined) return undefined;
    taken.set(pemdaId.toLowerCase(), pemdaId);
    const instansi: Named[] = [];
    for (;;) {
        const id = await vscode.window.showInputBox({
            title, prompt: instansi.length
                ? vscode.l10n.t('ID of another agency (perangkat daerah); leave empty to finish')
                : vscode.l10n.t('ID of an agency (perangkat daerah), e.g. Dinkes; leave empty for none'),
            placeHolder: instansi.length ? '' : 'Dinkes', ignoreFocusOut: true,
            validateInput: value => (value === '' ? undefined : idProblem(value, taken))
        });
        if (id === undefined) return undefined;
        if (id === '') break;
        const name = await vscode.window.showInputBox({
            title, prompt: vscode.l10n.t('Name of the agency {0}', id),
            placeHolder: 'Dinas Kesehatan', ignoreFocusOut: true, validateInput: nameProblem
        });
        if (name === undefined) return undefined;
        taken.set(id.toLowerCase(), id);
        instansi.push({ id, name: name.trim() });
    }
    return { pemda: { id: pemdaId, name: pemdaName.trim() }, instansi };
}

export async function createWorkspace(cli: string, args?: unknown): Promise<CreateWorkspaceResult | undefined> {
    let folder: string | undefined;
    let names: { pemda: Named; instansi: Named[] } | undefined;
    if (isArgs(args)) {
        folder = typeof args.folder === 'string' ? args.folder : args.folder.fsPath;
        names = { pemda: args.pemda, instansi: args.instansi ?? [] };
    } else {
        folder = await pickFolder();
        if (!folder) return undefined;
        names = await askNames();
    }
    if (!names) return undefined;
    const lang = cliLanguage(vscode.env.language);
    const target = folder;
    const run = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Creating the kinerja workspace…') },
        // From the folder above: the target may not exist yet (kinerja init makes it).
        () => runCli(cli, initArguments({ folder: target, ...names, lang }), { cwd: dirname(target) })
    );
    if (run.code !== 0) {
        void vscode.window.showErrorMessage(messageOf(run.stderr) || vscode.l10n.t('kinerja init ended with exit code {0}.', String(run.code)));
        return { run, folder };
    }
    // The files are named by their IDs in lower case (docs/import.md, kinerja init).
    const first = [...names.instansi, names.pemda].map(n => join(folder, `${n.id.toLowerCase()}.kinerja`)).find(existsSync);
    if (first) await vscode.window.showTextDocument(vscode.Uri.file(first), { preview: false });
    void vscode.window.showInformationMessage(messageOf(run.stderr));
    return { run, folder, opened: first };
}
