/**
 * The provenance of a document written by `kinerja report` (src/report/provenance.ts):
 * the digest of its inputs, the git commit of the workspace and when it was written.
 *
 * The digest: SHA-256 over one line per input file, sorted — the file's path relative to
 * the folder that holds every input (so the same workspace gives the same digest wherever
 * it is checked out), a NUL, and the SHA-256 of its bytes. The inputs are the .kinerja
 * files the run read and the config files that applied to them (kinerja.config.json or
 * `--config`).
 *
 * The commit: `git rev-parse HEAD` in that folder, when git is installed and the folder
 * is in a work tree; `uncommitted` when `git status` lists any input file (changed or not
 * committed): src/workspace/git.ts headState. Without git, or outside a work tree, there
 * is no commit and nothing fails.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Provenance, RebuildOptions } from '../report/provenance.js';
import type { Session } from './session.js';
import { headState } from '../workspace/git.js';

export interface Inputs {
    /** `sha256:<hex>`. */
    digest: string;
    /** The files it covers, absolute. */
    files: string[];
    /** The folder holding every input. */
    base: string;
}

/** The input files of a run: its .kinerja files and the config files that applied to them. */
export function inputFiles(session: Pick<Session, 'files'> & { configFiles: string[] }): string[] {
    return [...new Set([...session.files, ...session.configFiles].map(f => resolve(f)))].sort();
}

function commonFolder(files: readonly string[]): string {
    if (files.length === 0) return process.cwd();
    let base = dirname(files[0]);
    for (const file of files) {
        while (!(file === base || file.startsWith(base.endsWith(sep) ? base : base + sep))) {
            const up = dirname(base);
            if (up === base) return base;
            base = up;
        }
    }
    return base;
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

export function digestInputs(files: readonly string[]): Inputs {
    const base = commonFolder(files);
    const lines = files.map(file => `${relative(base, file).split(sep).join('/')}\u0000${sha256(readFileSync(file))}\n`).sort();
    return { digest: `sha256:${sha256(lines.join(''))}`, files: [...files], base };
}

/** When the document is written: `SOURCE_DATE_EPOCH` (reproducible builds) when set, else now; to the second. */
export function creationTime(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
    const epoch = env.SOURCE_DATE_EPOCH;
    const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export async function makeProvenance(inputs: Inputs, generator: string, options: RebuildOptions): Promise<Provenance> {
    const { commit, uncommitted } = await headState(inputs.base, inputs.files);
    return { generator, created: creationTime(), inputs: inputs.digest, files: inputs.files.length, commit, uncommitted, options };
}

/** A path as the provenance records it: relative to the current folder, with `/`. */
export function recordedPath(path: string, cwd = process.cwd()): string {
    return relative(cwd, resolve(cwd, path)).split(sep).join('/') || '.';
}
