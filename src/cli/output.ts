/**
 * Where the CLI's output goes: standard output, or the `--out` file, and the progress
 * line for large workspaces.
 *
 * Standard output is written whole or the run fails (writeStdout):
 * - a file or a device (Node writes these synchronously) is written with our own loop
 *   of write(2) calls, so a short write on a full disk (or past `ulimit -f`) is carried
 *   on until the system reports the error, which is never ignored;
 * - a pipe, socket or terminal goes through process.stdout and the command waits for
 *   the write to complete (pipes are asynchronous on POSIX), so a large report is
 *   entirely handed to the reader before the command returns, and an error of the
 *   write reaches the command instead of crashing the process; on a terminal, text
 *   shows its control characters as visible escapes (src/common/controls.ts), line
 *   breaks and tabs kept;
 * - a failed write (ENOSPC, EIO, EFBIG, a closed descriptor…) is an OutputError: exit 2
 *   with one sentence on stderr;
 * - a reader that stopped reading (EPIPE: `kinerja check | head`) is StdoutClosed: the
 *   command ends quietly with the exit code it would have had (docs/robustness.md).
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
import { closeSync, fstatSync, fsyncSync, lstatSync, openSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from 'node:fs';
import { isatty } from 'node:tty';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { terminalSafe } from '../common/controls.js';
import type { Language } from '../engine/config.js';
import { cliMessage, type CliMessageKey } from './messages.js';
import { UsageError } from './errors.js';
import { isPreviousOutput } from './previous-output.js';

const REASONS: Record<string, CliMessageKey> = {
    ENOENT: 'reason.ENOENT', ENOTDIR: 'reason.ENOTDIR', EACCES: 'reason.EACCES', EPERM: 'reason.EACCES',
    EISDIR: 'reason.EISDIR', ENOSPC: 'reason.ENOSPC', EDQUOT: 'reason.ENOSPC', EROFS: 'reason.EROFS',
    EIO: 'reason.EIO', EFBIG: 'reason.EFBIG', EBADF: 'reason.EBADF'
};

/** Why a write failed, in words (the system's error code for a rare one). */
function reason(err: unknown, lang: Language): string {
    const code = (err as NodeJS.ErrnoException).code;
    const key = code ? REASONS[code] : undefined;
    return key ? cliMessage(lang, key) : code ?? String((err as Error).message ?? err);
}

function cannotWrite(out: string, err: unknown, lang: Language): UsageError {
    return new UsageError(cliMessage(lang, 'usage.cannot-write', { file: out, reason: reason(err, lang) }));
}

/** Standard output could not be written: exit 2 with one sentence, as a usage error. */
export class OutputError extends UsageError {}

/** The reader of standard output went away (EPIPE): the command ends quietly. */
export class StdoutClosed extends Error {}

function stdoutFailed(err: unknown, lang: Language): Error {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EPIPE' || code === 'ECONNRESET') return new StdoutClosed(code);
    return new OutputError(cliMessage(lang, 'output.stdout-failed', { reason: reason(err, lang) }));
}

type WriteFn = (fd: number, buffer: Uint8Array, offset: number, length: number) => number;

/**
 * Writes all of `bytes` to `fd` with synchronous writes, carrying on after a short write
 * (a full disk first accepts part of the data, then fails); throws the system's error.
 */
export function writeAll(fd: number, bytes: Uint8Array, write: WriteFn = writeSync): void {
    for (let offset = 0; offset < bytes.length;) {
        const written = write(fd, bytes, offset, bytes.length - offset);
        if (!(written > 0)) throw Object.assign(new Error('nothing written'), { code: 'EIO' });
        offset += written;
    }
}

/** Whether Node writes fd 1 synchronously itself: a file or a device that is not a terminal. */
function stdoutIsFile(): boolean {
    const stats = fstatSync(1);
    return stats.isFile() || (stats.isCharacterDevice() && !isatty(1)) || stats.isBlockDevice();
}

let stdoutGuarded = false;

/**
 * Writes `data` whole to standard output and resolves once it is written (see the
 * module comment); rejects with OutputError or StdoutClosed.
 */
export async function writeStdout(data: string | Uint8Array, lang: Language = 'id'): Promise<void> {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let file: boolean;
    try {
        file = stdoutIsFile();
    } catch (err) {
        throw stdoutFailed(err, lang);
    }
    if (file) {
        try {
            writeAll(1, bytes);
        } catch (err) {
            throw stdoutFailed(err, lang);
        }
        return;
    }
    if (!bytes.length) return;
    const stream = process.stdout;
    // On a terminal every text format shows its control characters visibly (line breaks
    // and tabs kept): nothing a name holds acts on the terminal.
    const shown = stream.isTTY && typeof data === 'string' ? Buffer.from(terminalSafe(data), 'utf8') : bytes;
    // The write's callback gets the error; the stream emits it as well, which without a
    // listener would end the process with a stack trace.
    if (!stdoutGuarded) {
        stream.on('error', () => { /* reported through the write's callback */ });
        stdoutGuarded = true;
    }
    await new Promise<void>((resolve, reject) => {
        stream.write(shown, err => (err ? reject(stdoutFailed(err, lang)) : resolve()));
    });
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

/**
 * Standard output (writeStdout, whole or failing), or `--out` checked (checkOutTarget)
 * and written atomically.
 */
export async function writeOutput(data: string | Uint8Array, out: string | undefined, options: OutOptions = {}): Promise<void> {
    if (out) {
        checkOutTarget(out, options);
        writeFileAtomic(out, data, options.lang ?? 'id');
    } else {
        await writeStdout(data, options.lang ?? 'id');
    }
}

/** Workspaces with at least this many files show a progress line (on a terminal). */
export const PROGRESS_MIN_FILES = 50;

export interface ProgressStream {
    isTTY?: boolean;
    columns?: number;
    write(text: string): boolean;
}

/**
 * One self-overwriting line on stderr (`kinerja: …`), cut to the terminal's width,
 * redrawn at most every 100 ms (unless `always`) and erased when done; drawn only when
 * `enabled` (the callers enable it on a terminal only, so logs and pipes never see it).
 */
export class ProgressLine {
    private last = Number.NEGATIVE_INFINITY;
    private shown = false;

    constructor(readonly enabled: boolean, private readonly stream: ProgressStream, private readonly now: () => number) {}

    draw(text: string, always = false): void {
        if (!this.enabled) return;
        const time = this.now();
        if (!always && time - this.last < 100) return;
        this.last = time;
        const line = `kinerja: ${text}`;
        this.stream.write(`\r${line.slice(0, Math.max((this.stream.columns || 80) - 1, 10))}\x1b[K`);
        this.shown = true;
    }

    done(): void {
        if (this.shown) this.stream.write('\r\x1b[K');
        this.shown = false;
    }
}

/**
 * The check's progress (`kinerja: checking files 120/800`), only when stderr is a
 * terminal and the workspace is large.
 */
export class Progress {
    private readonly line: ProgressLine;
    readonly enabled: boolean;

    constructor(private readonly total: number, private readonly lang: Language,
        stream: ProgressStream = process.stderr, now: () => number = Date.now) {
        this.enabled = !!stream.isTTY && total >= PROGRESS_MIN_FILES;
        this.line = new ProgressLine(this.enabled, stream, now);
    }

    update(phase: 'reading' | 'building', done: number): void {
        if (!this.enabled) return;
        this.line.draw(cliMessage(this.lang, phase === 'reading' ? 'progress.reading' : 'progress.building', { done, total: this.total }), done >= this.total);
    }

    done(): void {
        this.line.done();
    }
}
