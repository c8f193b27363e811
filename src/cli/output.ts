/**
 * Where the CLI's output goes: standard output, or a file written atomically (a
 * temporary file beside it, flushed, then renamed over the target, so a reader never
 * sees half a report and an existing file is only replaced when the new one is
 * complete), and the progress line for large workspaces.
 */
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Language } from '../engine/config.js';
import { cliMessage } from '../i18n/cli-messages.js';
import { UsageError } from './errors.js';

function reason(err: unknown): string {
    const code = (err as NodeJS.ErrnoException).code;
    switch (code) {
        case 'ENOENT': return 'no such folder';
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'EISDIR': return 'is a folder';
        case 'ENOSPC': return 'no space left on the device';
        case 'EROFS': return 'read-only file system';
        default: return code ?? String((err as Error).message ?? err);
    }
}

/** Writes `data` to `out` atomically; throws UsageError (exit 2) when it cannot. */
export function writeFileAtomic(out: string, data: string | Uint8Array, lang: Language = 'id'): void {
    const temp = join(dirname(out), `.${basename(out)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    let fd: number | undefined;
    try {
        let mode: number | undefined;
        try {
            const stats = statSync(out);
            if (stats.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
            mode = stats.mode & 0o777;
        } catch (err) {
            if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        }
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
        throw new UsageError(cliMessage(lang, 'usage.cannot-write', { file: out, reason: reason(err) }));
    }
}

/** Standard output, or `--out` written atomically. */
export function writeOutput(data: string | Uint8Array, out: string | undefined, lang: Language = 'id'): void {
    if (out) writeFileAtomic(out, data, lang);
    else process.stdout.write(data);
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
