/**
 * Where the CLI's output goes: standard output, or the `--out` file, and the progress
 * line for large workspaces.
 *
 * `--out FILE` writes only FILE, and only when that is safe:
 * - the folder must exist (no folder is created);
 * - an existing FILE is replaced only when it is empty or a previous output of kinerja
 *   (recognised from its content, previous-output.ts), unless `--force` is given;
 * - a symbolic link is never written through: without `--force` it is refused, with it
 *   the link itself is replaced by a regular file and its target is left untouched;
 * - a device, pipe or socket is never replaced, not even with `--force`;
 * - the write is atomic: a temporary file beside FILE, created exclusively (O_EXCL, so
 *   not through a planted link), flushed, then renamed over FILE, so a reader never
 *   sees half a report and on any failure FILE stays as it was and the temporary file
 *   is removed.
 */
import { closeSync, fsyncSync, lstatSync, openSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Language } from '../engine/config.js';
import { cliMessage } from './messages.js';
import { UsageError } from './errors.js';
import { isPreviousOutput } from './previous-output.js';

function reason(err: unknown): string {
    const code = (err as NodeJS.ErrnoException).code;
    switch (code) {
        case 'ENOENT': return 'no such folder';
        case 'ENOTDIR': return 'not a folder';
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'EISDIR': return 'is a folder';
        case 'ENOSPC': return 'no space left on the device';
        case 'EROFS': return 'read-only file system';
        default: return code ?? String((err as Error).message ?? err);
    }
}

function cannotWrite(out: string, err: unknown, lang: Language): UsageError {
    return new UsageError(cliMessage(lang, 'usage.cannot-write', { file: out, reason: reason(err) }));
}

export interface OutOptions {
    /** `--force`: replace a file that is not a previous output, or a symbolic link. */
    force?: boolean;
    lang?: Language;
}

/**
 * Checks that `out` may be written (see the module comment); throws a UsageError
 * (exit 2) naming the file when it may not. Cheap: one lstat and, for an existing
 * file, a read of its first 4 KiB. The CLI calls it before the work, to fail fast, and
 * again right before writing.
 */
export function checkOutTarget(out: string, options: OutOptions = {}): void {
    const lang = options.lang ?? 'id';
    let stats;
    try {
        stats = lstatSync(out);
    } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw cannotWrite(out, err, lang);
        // A new file: its folder must exist (and be a folder).
        try {
            if (!statSync(dirname(out)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
        } catch (folderErr) {
            throw cannotWrite(out, folderErr, lang);
        }
        return;
    }
    if (stats.isDirectory()) throw cannotWrite(out, Object.assign(new Error('is a folder'), { code: 'EISDIR' }), lang);
    if (stats.isSymbolicLink()) {
        if (!options.force) throw new UsageError(cliMessage(lang, 'usage.out-symlink', { file: out }));
        return;
    }
    if (!stats.isFile()) throw new UsageError(cliMessage(lang, 'usage.out-special', { file: out }));
    if (options.force || stats.size === 0 || isPreviousOutput(out)) return;
    throw new UsageError(cliMessage(lang, 'usage.out-exists', { file: out }));
}

/**
 * Writes `data` to `out` atomically; throws UsageError (exit 2) when it cannot. Never
 * writes through a symbolic link at `out`: the rename replaces the link itself. Keeps
 * the permissions of a regular file it replaces. Does not decide whether `out` may be
 * replaced; that is checkOutTarget.
 */
export function writeFileAtomic(out: string, data: string | Uint8Array, lang: Language = 'id'): void {
    const temp = join(dirname(out), `.${basename(out)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    let fd: number | undefined;
    try {
        let mode: number | undefined;
        try {
            const stats = lstatSync(out);
            if (stats.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
            if (stats.isFile()) mode = stats.mode & 0o777;
        } catch (err) {
            if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        }
        // 'wx': O_CREAT | O_EXCL, which also refuses to follow a link planted at the temporary name.
        fd = openSync(temp, 'wx');
        const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
        for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset, bytes.length - offset);
        fsyncSync(fd);
        closeSync(fd);
        fd = undefined;
        if (mode !== undefined) chmodSync(temp, mode);
        renameSync(temp, out);
    } catch (err) {
        if (fd !== undefined) try { closeSync(fd); } catch { /* already failing */ }
        try { unlinkSync(temp); } catch { /* never created */ }
        throw cannotWrite(out, err, lang);
    }
}

/** Standard output, or `--out` checked (checkOutTarget) and written atomically. */
export function writeOutput(data: string | Uint8Array, out: string | undefined, options: OutOptions = {}): void {
    if (out) {
        checkOutTarget(out, options);
        writeFileAtomic(out, data, options.lang ?? 'id');
    } else {
        process.stdout.write(data);
    }
}

/** Workspaces with at least this many files show a progress line (on a terminal). */
export const PROGRESS_MIN_FILES = 50;

interface ProgressStream {
    isTTY?: boolean;
    columns?: number;
    write(text: string): boolean;
}

/**
 * A single self-overwriting line on stderr (`kinerja: checking files 120/800`), only when
 * stderr is a terminal and the workspace is large, redrawn at most every 100 ms and
 * erased when done, so logs and pipes never see it.
 */
export class Progress {
    private last = Number.NEGATIVE_INFINITY;
    private shown = false;
    readonly enabled: boolean;

    constructor(private readonly total: number, private readonly lang: Language,
        private readonly stream: ProgressStream = process.stderr, private readonly now: () => number = Date.now) {
        this.enabled = !!stream.isTTY && total >= PROGRESS_MIN_FILES;
    }

    update(phase: 'reading' | 'building', done: number): void {
        if (!this.enabled) return;
        const time = this.now();
        if (done < this.total && time - this.last < 100) return;
        this.last = time;
        const text = `kinerja: ${cliMessage(this.lang, phase === 'reading' ? 'progress.reading' : 'progress.building', { done, total: this.total })}`;
        this.stream.write(`\r${text.slice(0, Math.max((this.stream.columns || 80) - 1, 10))}\x1b[K`);
        this.shown = true;
    }

    done(): void {
        if (this.shown) this.stream.write('\r\x1b[K');
        this.shown = false;
    }
}
