/**
 * A workspace folder as a git revision holds it, for `kinerja diff`: the `.kinerja`
 * files under the folder and every `kinerja.config.json` from the repository's root down
 * to them, written into a new temporary folder (same layout as in the repository) that
 * the caller removes with `dispose`. Read with `git ls-tree` and `git cat-file --batch`
 * (child processes, no shell): nothing is checked out, the user's working tree and index
 * are never touched. Symbolic links and submodules in the revision are skipped, as the
 * folder loader skips them.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';

export type GitProblem = 'not-a-repository' | 'unknown-revision' | 'git-missing' | 'git-failed';

/** Why a revision could not be read; the CLI says it in the user's language. */
export class GitError extends Error {
    constructor(readonly problem: GitProblem, readonly params: Record<string, string>) {
        super(`${problem}: ${JSON.stringify(params)}`);
    }
}

function git(args: string[], cwd: string): Promise<string> {
    return new Promise((resolvePromise, reject) => {
        execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } }, (err, stdout, stderr) => {
            if (!err) return resolvePromise(stdout);
            if ((err as NodeJS.ErrnoException).code === 'ENOENT') return reject(new GitError('git-missing', {}));
            const error = err as Error & { stderr?: string };
            error.stderr = stderr;
            reject(error);
        });
    });
}

export interface RevisionFolder {
    /** The folder to load: the workspace folder's place inside the temporary copy. */
    folder: string;
    /** The revision as resolved (a commit id). */
    commit: string;
    /** Removes the temporary copy. */
    dispose(): void;
}

/** Where `dir` stands in its git work tree: the top folder and the path from it (`examples/`, or empty). */
export async function workTreeOf(dir: string): Promise<{ top: string; prefix: string }> {
    let out: string;
    try {
        out = await git(['rev-parse', '--show-toplevel', '--show-prefix'], resolve(dir));
    } catch (err) {
        if (err instanceof GitError) throw err;
        throw new GitError('not-a-repository', { dir });
    }
    const [top, prefix = ''] = out.split('\n');
    if (!top) throw new GitError('not-a-repository', { dir });
    return { top, prefix };
}

/** The commit a revision names in the repository of `dir`. */
export async function resolveRevision(dir: string, revision: string): Promise<string> {
    try {
        // `--end-of-options`: a revision starting with `-` is a name, never an option.
        return (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], resolve(dir))).trim();
    } catch (err) {
        if (err instanceof GitError) throw err;
        throw new GitError('unknown-revision', { revision, dir });
    }
}

/** Blob contents by id, read through one `git cat-file --batch`. */
function readBlobs(top: string, ids: string[]): Promise<Map<string, Buffer>> {
    return new Promise((resolvePromise, reject) => {
        const child = spawn('git', ['cat-file', '--batch'], { cwd: top, stdio: ['pipe', 'pipe', 'pipe'] });
        const chunks: Buffer[] = [];
        let errText = '';
        child.stdout.on('data', (c: Buffer) => chunks.push(c));
        child.stderr.on('data', (c: Buffer) => { errText += c.toString('utf8'); });
        child.on('error', err => reject((err as NodeJS.ErrnoException).code === 'ENOENT' ? new GitError('git-missing', {}) : err));
        child.on('close', code => {
            if (code !== 0) return reject(new GitError('git-failed', { reason: errText.trim() || `exit ${code}` }));
            const all = Buffer.concat(chunks);
            const blobs = new Map<string, Buffer>();
            let at = 0;
            for (const id of ids) {
                const eol = all.indexOf(10, at);
                const header = all.subarray(at, eol).toString('utf8').split(' ');
                const size = Number(header[2]);
                if (header[1] !== 'blob' || !Number.isFinite(size)) return reject(new GitError('git-failed', { reason: `cat-file ${id}` }));
                blobs.set(id, all.subarray(eol + 1, eol + 1 + size));
                at = eol + 1 + size + 1;
            }
            resolvePromise(blobs);
        });
        child.stdin.end(ids.join('\n') + '\n');
    });
}

/**
 * Writes the workspace folder `dir` as `revision` holds it into a new temporary folder.
 * Throws GitError when `dir` is not in a git work tree or the revision names no commit.
 */
export async function materialiseRevision(dir: string, revision: string): Promise<RevisionFolder> {
    const { top, prefix } = await workTreeOf(dir);
    const commit = await resolveRevision(dir, revision);
    const listing = await git(['ls-tree', '-r', '-z', '--full-tree', commit], top).catch(err => {
        if (err instanceof GitError) throw err;
        throw new GitError('git-failed', { reason: String((err as { stderr?: string }).stderr ?? err).trim() });
    });
    const files: Array<{ path: string; id: string }> = [];
    for (const line of listing.split('\0')) {
        if (!line) continue;
        const tab = line.indexOf('\t');
        const [mode, type, id] = line.slice(0, tab).split(' ');
        const path = line.slice(tab + 1);
        // Regular files only (100644, 100755): no symbolic links (120000), no submodules.
        if (type !== 'blob' || (mode !== '100644' && mode !== '100755')) continue;
        const inside = path.startsWith(prefix);
        const name = path.slice(path.lastIndexOf('/') + 1);
        // The workspace's files, and the configs on the way down to it (the nearest one applies).
        const config = name === 'kinerja.config.json' && (inside || prefix.startsWith(path.slice(0, path.length - name.length)));
        if ((inside && name.endsWith('.kinerja')) || config) files.push({ path, id });
    }
    const blobs = await readBlobs(top, [...new Set(files.map(f => f.id))]);
    const root = mkdtempSync(join(tmpdir(), 'kinerja-diff-'));
    const dispose = () => rmSync(root, { recursive: true, force: true });
    try {
        for (const { path, id } of files) {
            const target = join(root, ...path.split('/'));
            // A path may not leave the temporary folder (git refuses such trees; checked anyway).
            if (!target.startsWith(root + sep)) continue;
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, blobs.get(id)!);
        }
        const folder = join(root, ...prefix.split('/').filter(Boolean));
        mkdirSync(folder, { recursive: true });
        return { folder, commit, dispose };
    } catch (err) {
        dispose();
        throw err;
    }
}

/**
 * The commit checked out in the work tree holding `dir`, and whether any of `files` (in
 * it) differs from that commit, changed or not committed (a document's provenance,
 * src/cli/provenance.ts). Outside a work tree, or without git, no commit and nothing
 * fails. `git status` runs without optional locks, so the user's index is not rewritten.
 */
export async function headState(dir: string, files: readonly string[]): Promise<{ commit: string | null; uncommitted: boolean }> {
    let head: string;
    try {
        head = (await git(['rev-parse', '--verify', '--quiet', 'HEAD'], dir)).trim();
    } catch {
        return { commit: null, uncommitted: false };
    }
    if (!/^[0-9a-f]{40,64}$/.test(head)) return { commit: null, uncommitted: false };
    try {
        const status = await git(['status', '--porcelain', '--untracked-files=all', '-z', '--', ...files.map(f => relative(dir, f) || '.')], dir);
        return { commit: head, uncommitted: status.length > 0 };
    } catch {
        return { commit: head, uncommitted: true };
    }
}

