/** Runs the built `kinerja` command (bin/kinerja.js) as users do. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..');
export const BIN = resolve(ROOT, 'bin/kinerja.js');

export interface CliResult {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** Variables of the environment the tests run in that would change the CLI's choices. */
const AMBIENT = ['GITHUB_ACTIONS', 'KINERJA_DOCS_URL'];

/**
 * Documents record when they were written (src/report/provenance.ts); the tests fix that
 * time (1 January 2026, 00.00 UTC), so two runs of the same report give the same bytes.
 * A test may pass SOURCE_DATE_EPOCH: undefined for the real time.
 */
const FIXED_TIME = { SOURCE_DATE_EPOCH: '1767225600' };

/**
 * Runs the CLI in `cwd`. `env` adds variables; one set to undefined is removed. CI
 * variables of the test run itself (GITHUB_ACTIONS…) are not passed on unless given.
 */
export function kinerja(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}, options: { timeout?: number } = {}): CliResult {
    const merged: NodeJS.ProcessEnv = { ...process.env, ...FIXED_TIME };
    for (const key of AMBIENT) delete merged[key];
    for (const [key, value] of Object.entries(env)) {
        if (value === undefined) delete merged[key]; else merged[key] = value;
    }
    // With a timeout, a run that hangs is killed (status null) and fails its test instead of the suite hanging.
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: merged, timeout: options.timeout, killSignal: 'SIGKILL' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** As `kinerja`, with stdout as bytes (binary formats). */
export function kinerjaBytes(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: Buffer; stderr: string } {
    const merged: NodeJS.ProcessEnv = { ...process.env, ...FIXED_TIME };
    for (const key of AMBIENT) delete merged[key];
    Object.assign(merged, env);
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env: merged, maxBuffer: 64 * 1024 * 1024 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

/** A word for `sh -c`, single-quoted. */
export function shellQuote(word: string): string {
    return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * Runs the CLI through `sh -c` as `<before> node bin/kinerja.js <args> <after>`, for
 * redirections and pipes (`> /dev/full`, `| head -c 10`, `ulimit -f 20 &&`). The shell
 * line is the caller's; the arguments are quoted. Ends after 60 s at the latest.
 */
export function kinerjaShell(args: string[], after: string, options: { before?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
    const merged: NodeJS.ProcessEnv = { ...process.env, ...FIXED_TIME };
    for (const key of AMBIENT) delete merged[key];
    Object.assign(merged, options.env ?? {});
    const command = `${options.before ?? ''} ${[process.execPath, BIN, ...args].map(shellQuote).join(' ')} ${after}`;
    const result = spawnSync('sh', ['-c', command], { cwd: options.cwd ?? ROOT, encoding: 'utf8', env: merged, timeout: 60_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
