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

export function kinerja(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): CliResult {
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
