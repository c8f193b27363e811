/**
 * The `kinerja` command line as the extension runs it: dist/cli.cjs (src/cli/extension-host.ts)
 * in a child process, started with child_process.fork as vscode-languageclient starts the
 * language server. In VS Code's extension host `process.execPath` is VS Code's own
 * binary; ELECTRON_RUN_AS_NODE makes it run the script as plain Node (in code-server it
 * is Node already). The extension reads what the command prints and its exit code
 * (0 done, 1 problems or conflicts, 2 a usage error or an unreadable file, 70 an internal
 * error): the walkthrough's "create a workspace" runs `kinerja init`, "Impor dari Excel"
 * runs `kinerja import --dry-run`, then `kinerja import` once the user confirms.
 *
 * Nothing here imports `vscode`: the arguments, the language and the reading of the
 * dry run are plain functions, tested in test/extension/cli-process.test.ts.
 */
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';

export type CliLanguage = 'id' | 'en';

/** What a run of the command left: its exit code (null when ended by a signal), standard output and error. */
export interface CliRun {
    code: number | null;
    stdout: string;
    stderr: string;
}

/** `--lang` for the command: Bahasa Indonesia when VS Code's display language is, English otherwise (as the extension's own texts). */
export function cliLanguage(displayLanguage: string): CliLanguage {
    return /^id\b/i.test(displayLanguage) ? 'id' : 'en';
}

/** An identifier as the language writes one (`Dinkes`, `KabPaserSelatan`); keywords are refused by `kinerja init` itself. */
export const IDENTIFIER = /^[_a-zA-Z]\w*$/;

export interface InitRequest {
    folder: string;
    pemda: { id: string; name: string };
    instansi: ReadonlyArray<{ id: string; name: string }>;
    lang: CliLanguage;
}

/** `kinerja init FOLDER --pemda ID NAME [--instansi ID NAME …] --lang L`. */
export function initArguments(request: InitRequest): string[] {
    const args = ['init', request.folder, '--pemda', request.pemda.id, request.pemda.name];
    if (request.instansi.length) args.push('--instansi', ...request.instansi.flatMap(a => [a.id, a.name]));
    args.push('--lang', request.lang);
    return args;
}

export interface ImportRequest {
    file: string;
    into: string;
    lang: CliLanguage;
    notation?: 'id' | 'en';
}

/** `kinerja import FILE --into DIR [--dry-run] [--replace] [--notation N] --lang L`. */
export function importArguments(request: ImportRequest, step: { dryRun?: boolean; replace?: boolean }): string[] {
    const args = ['import', request.file, '--into', request.into];
    if (step.dryRun) args.push('--dry-run');
    if (step.replace) args.push('--replace');
    if (request.notation) args.push('--notation', request.notation);
    args.push('--lang', request.lang);
    return args;
}

/**
 * What a dry run says, read from its exit code alone (never from its wording):
 *
 * - `changes`: it would write (standard output holds the unified diff);
 * - `unchanged`: it would write nothing (exit 0, no diff);
 * - `conflicts`: values differ from the workspace's (exit 1), and the dry run with
 *   `--replace` succeeds, so `--replace` is the only thing missing: its diff is what
 *   writing with `--replace` would do;
 * - `problems`: the workbook or the workspace has problems that `--replace` does not
 *   settle (exit 1 both times): nothing can be written;
 * - `refused`: a usage error or an unreadable file (exit 2);
 * - `failed`: an internal error or a crash (any other exit).
 */
export type DryRunVerdict = 'changes' | 'unchanged' | 'conflicts' | 'problems' | 'refused' | 'failed';

export function dryRunVerdict(plain: CliRun, replaced?: CliRun): DryRunVerdict {
    if (plain.code === 0) return plain.stdout.trim() ? 'changes' : 'unchanged';
    if (plain.code === 2) return 'refused';
    if (plain.code !== 1) return 'failed';
    if (!replaced) return 'problems';
    return replaced.code === 0 && replaced.stdout.trim() ? 'conflicts' : 'problems';
}

/** A message of the command for a notification: its lines without the `kinerja: ` prefix, blank lines dropped. */
export function messageOf(text: string): string {
    return text.split(/\r?\n/).map(line => line.replace(/^kinerja: /, '').trimEnd()).filter(Boolean).join('\n');
}

/** The last line the command wrote to standard error: its summary (counts, what to do next). */
export function summaryOf(text: string): string {
    const lines = messageOf(text).split('\n');
    return lines[lines.length - 1] ?? '';
}

export interface RunOptions {
    cwd: string;
    /** Ends the child when the user cancels; the run then resolves with what it had. */
    signal?: AbortSignal;
}

/**
 * Runs `script` (dist/cli.cjs; tests also pass bin/kinerja.js) with `args` in a child
 * process and resolves with its exit code and output, once its streams are closed. It
 * never rejects: a failure to start is a run with code null and the reason on stderr.
 */
export function runCli(script: string, args: readonly string[], options: RunOptions): Promise<CliRun> {
    return new Promise(resolve => {
        const stdout: Buffer[] = [];
        const stderr: Buffer[] = [];
        let settled = false;
        const done = (code: number | null, extra?: string) => {
            if (settled) return;
            settled = true;
            resolve({
                code,
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8') + (extra ?? '')
            });
        };
        // A missing bundle would otherwise be Node's own "Cannot find module" with exit 1,
        // which reads as the command's "problems".
        if (!existsSync(script)) {
            done(null, `kinerja: ${script} is missing; reinstall the kinerja extension (or run npm run build:extension)\n`);
            return;
        }
        let child;
        try {
            child = fork(script, [...args], {
                cwd: options.cwd,
                // No inspector flags of the extension host, and no colour codes in what is read back.
                execArgv: [],
                env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', ELECTRON_NO_ASAR: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
                stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
                signal: options.signal
            });
        } catch (err) {
            done(null, `kinerja: ${err instanceof Error ? err.message : String(err)}\n`);
            return;
        }
        child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
        child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
        child.on('error', err => {
            // An abort ends the child; 'close' follows with the signal.
            if ((err as NodeJS.ErrnoException).name !== 'AbortError') done(null, `kinerja: ${err.message}\n`);
        });
        child.on('close', code => done(code));
    });
}
