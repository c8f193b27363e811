/**
 * `kinerja report --format html --out DIR`: the HTML report as a folder
 * (src/report/html/folder.ts), written only when that is safe, like `--out FILE`
 * (output.ts):
 *
 * - **A folder or a file.** `--out` names a folder when it ends in `/` (or `\` on
 *   Windows), when it is an existing folder, or when it does not exist and its name does
 *   not end in `.html` or `.htm`; otherwise it is the single file as before.
 * - **Its parent must exist**; kinerja creates DIR itself and nothing above it.
 * - **Only its own folder is replaced.** An existing DIR is replaced when it is empty or
 *   holds only what kinerja writes there: `index.html`, `temuan*.html` and an `instansi`
 *   folder of `.html` pages, each recognised as kinerja's HTML from its first 4 KiB (and
 *   the `.DS_Store`, `Thumbs.db` and `desktop.ini` a file manager leaves). Anything else
 *   is refused naming it, even with `--force`: replacing the folder would delete it.
 * - **No link is followed.** A symbolic link at DIR, or in it, is refused.
 * - **Atomic.** The pages are written into a new temporary folder beside DIR
 *   (`.DIR.<pid>.<random>.tmp`, created exclusively), each flushed to disk (a few at a
 *   time, while the next ones are rendered); then the old
 *   DIR, if any, is moved aside, the new one renamed into its place and the old one
 *   removed. A reader sees the old report or the new one, never a mixture; on any error
 *   DIR stays as it was, the temporary folder is removed and the exit code is 2. A
 *   replaced folder keeps its permissions.
 */
import { chmodSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import type { Language } from '../engine/config.js';
import type { HtmlFolder } from '../report/html/folder.js';
import { cliMessage, type CliMessageKey } from './messages.js';
import { UsageError } from './errors.js';
import { isPreviousOutput } from './previous-output.js';

/** Files a file manager leaves in a folder someone looked at: not a reason to refuse it. */
const LITTER = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);
const PAGES = /^(?:index|temuan(?:-\d+)?)\.html$/;
const AGENCY_FOLDER = 'instansi';

const SEPARATOR = process.platform === 'win32' ? /[\\/]$/ : /\/$/;

/** Whether `out` names a folder for the HTML report (see the module comment). */
export function isFolderOut(out: string): boolean {
    if (SEPARATOR.test(out)) return true;
    try {
        // A link to a folder is meant as a folder, and refused as a link (checkOutFolder).
        const stats = lstatSync(out);
        return stats.isDirectory() || (stats.isSymbolicLink() && statSync(out).isDirectory());
    } catch {
        return !/\.html?$/i.test(basename(out));
    }
}

const REASONS: Record<string, CliMessageKey> = {
    ENOENT: 'reason.ENOENT', ENOTDIR: 'reason.ENOTDIR', EACCES: 'reason.EACCES', EPERM: 'reason.EACCES',
    ENOSPC: 'reason.ENOSPC', EDQUOT: 'reason.ENOSPC', EROFS: 'reason.EROFS', EIO: 'reason.EIO', EFBIG: 'reason.EFBIG'
};

function cannotWrite(dir: string, err: unknown, lang: Language): UsageError {
    const code = (err as NodeJS.ErrnoException).code;
    const key = code ? REASONS[code] : undefined;
    const reason = key ? cliMessage(lang, key) : code ?? String((err as Error).message ?? err);
    return new UsageError(cliMessage(lang, 'usage.cannot-write', { file: dir, reason }));
}

/** DIR without its trailing separators (so that lstat sees a link as a link). */
function bare(dir: string): string {
    const stripped = dir.replace(/[\\/]+$/, '');
    return stripped || dir;
}

/** The first entry of an existing folder that kinerja did not write (relative path), or undefined. */
function foreignEntry(dir: string): string | undefined {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (LITTER.has(entry.name)) continue;
        if (entry.name === AGENCY_FOLDER && entry.isDirectory()) {
            const sub = join(dir, entry.name);
            for (const page of readdirSync(sub, { withFileTypes: true })) {
                if (LITTER.has(page.name)) continue;
                if (!page.isFile() || !page.name.endsWith('.html') || !isPreviousOutput(join(sub, page.name))) return `${entry.name}/${page.name}`;
            }
            continue;
        }
        if (!entry.isFile() || !PAGES.test(entry.name) || !isPreviousOutput(join(dir, entry.name))) return entry.isDirectory() ? `${entry.name}/` : entry.name;
    }
    return undefined;
}

/**
 * Checks that the folder `dir` may be written (see the module comment); throws a
 * UsageError (exit 2) naming it when it may not. Called before the work and again right
 * before the folder is put in place.
 */
export function checkOutFolder(dir: string, lang: Language): void {
    const path = bare(dir);
    let stats;
    try {
        stats = lstatSync(path);
    } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw cannotWrite(dir, err, lang);
        try {
            if (!statSync(dirname(resolve(path))).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
        } catch (parentErr) {
            throw cannotWrite(dir, parentErr, lang);
        }
        return;
    }
    if (stats.isSymbolicLink()) throw new UsageError(cliMessage(lang, 'usage.out-folder-symlink', { dir }));
    if (!stats.isDirectory()) throw cannotWrite(dir, Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }), lang);
    let foreign: string | undefined;
    try {
        foreign = foreignEntry(path);
    } catch (err) {
        throw cannotWrite(dir, err, lang);
    }
    if (foreign !== undefined) throw new UsageError(cliMessage(lang, 'usage.out-folder-foreign', { dir, entry: foreign }));
}

/** Pages being written at once: the next pages are rendered while the disk flushes these. */
const IN_FLIGHT = 4;

async function writePage(path: string, html: string): Promise<void> {
    // 'wx': created exclusively, never through a planted link.
    const handle = await open(path, 'wx', 0o666);
    try {
        await handle.writeFile(html, 'utf8');
        await handle.sync();
    } finally {
        await handle.close();
    }
}

/**
 * Writes the folder's pages into a temporary folder beside `dir` and puts it in place
 * (see the module comment). `onPage(done)` after each page. Throws UsageError (exit 2).
 * Does not decide whether `dir` may be replaced before the work: that is checkOutFolder,
 * which is called again here right before the swap.
 */
export async function writeFolderAtomic(dir: string, folder: HtmlFolder, lang: Language, onPage: (done: number) => void = () => {}): Promise<void> {
    const target = resolve(bare(dir));
    const parent = dirname(target);
    const tag = `${process.pid}.${randomBytes(4).toString('hex')}`;
    const temp = join(parent, `.${basename(target)}.${tag}.tmp`);
    const old = join(parent, `.${basename(target)}.${tag}.old`);
    let made = false;
    const pending = new Set<Promise<void>>();
    let failure: { err: unknown } | undefined;
    try {
        mkdirSync(temp, { mode: 0o777 });
        made = true;
        let done = 0;
        const folders = new Set<string>();
        for (const page of folder.pages()) {
            if (failure) break;
            const parts = page.path.split('/');
            for (let k = 1; k < parts.length; k++) {
                const sub = join(temp, ...parts.slice(0, k));
                if (!folders.has(sub)) { mkdirSync(sub, { mode: 0o777 }); folders.add(sub); }
            }
            const write: Promise<void> = writePage(join(temp, ...parts), page.html).then(
                () => { pending.delete(write); onPage(++done); },
                err => { pending.delete(write); failure ??= { err }; });
            pending.add(write);
            if (pending.size >= IN_FLIGHT) await Promise.race(pending);
        }
        await Promise.all(pending);
        if (failure) throw failure.err;
    } catch (err) {
        await Promise.allSettled(pending);
        if (made) rmSync(temp, { recursive: true, force: true });
        throw cannotWrite(dir, err, lang);
    }
    try {
        checkOutFolder(dir, lang);
    } catch (err) {
        rmSync(temp, { recursive: true, force: true });
        throw err;
    }
    let replaced = false;
    try {
        let mode: number | undefined;
        try {
            mode = lstatSync(target).mode & 0o7777;
        } catch (err) {
            if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        }
        if (mode !== undefined) {
            chmodSync(temp, mode);
            renameSync(target, old);
            replaced = true;
        }
        renameSync(temp, target);
    } catch (err) {
        if (replaced) try { renameSync(old, target); } catch { /* the old report stays at its temporary name */ }
        rmSync(temp, { recursive: true, force: true });
        throw cannotWrite(dir, err, lang);
    }
    if (replaced) rmSync(old, { recursive: true, force: true });
}

/** `DIR/index.html`, for the closing line. */
export function indexPath(dir: string): string {
    return join(bare(dir), 'index.html');
}
