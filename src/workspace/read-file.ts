/**
 * Reading one file from disk without trusting it: only a regular file is read (a FIFO
 * would block the read forever, a device like /dev/zero never ends), and never more
 * bytes than a limit, counted as they are read (`stat` says 0 for devices and for
 * files under /proc). Used for `.kinerja` files and for config files.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** What a path is when it is not a regular file. */
export type FileKind = 'folder' | 'fifo' | 'socket' | 'character-device' | 'block-device' | 'other';

/** What `stat` and a folder entry both say of a path's type. */
export type FileType = Pick<Stats, 'isFile' | 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>;

/** The kind of a non-regular file, or undefined for a regular one. */
export function nonRegularKind(stats: FileType): FileKind | undefined {
    if (stats.isFile()) return undefined;
    if (stats.isDirectory()) return 'folder';
    if (stats.isFIFO()) return 'fifo';
    if (stats.isSocket()) return 'socket';
    if (stats.isCharacterDevice()) return 'character-device';
    if (stats.isBlockDevice()) return 'block-device';
    return 'other';
}

/** The path is not a regular file (read nothing from it). */
export class NotRegularFileError extends Error {
    constructor(readonly kind: FileKind) {
        super(`not a regular file (${kind})`);
    }
}

/** The file holds more than the limit; `size` is its size when `stat` knew it. */
export class FileTooLargeError extends Error {
    constructor(readonly limit: number, readonly size?: number) {
        super(`more than ${limit} bytes`);
    }
}

/**
 * Opened without blocking: a FIFO put in place after a `stat` opens at once (and
 * `fstat` then refuses it) instead of waiting for a writer. No effect on regular files.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of a regular file, at most `maxBytes`. Throws NotRegularFileError,
 * FileTooLargeError, or the file system's error (with its `code`).
 */
export function readRegularFile(path: string, maxBytes: number): Buffer {
    let fd: number;
    try {
        fd = openSync(path, OPEN_FLAGS);
    } catch (err) {
        // Opening a socket file fails with ENXIO: it is not a file to read either.
        if ((err as NodeJS.ErrnoException).code === 'ENXIO') throw new NotRegularFileError('socket');
        throw err;
    }
    try {
        const stats = fstatSync(fd);
        const kind = nonRegularKind(stats);
        if (kind) throw new NotRegularFileError(kind);
        if (stats.size > maxBytes) throw new FileTooLargeError(maxBytes, stats.size);
        // As readFileSync: the size stat gave, read until it is reached or the file ends.
        // A size of 0 (files of /proc and the like) is read until the end, within the limit.
        let buffer = Buffer.allocUnsafe(stats.size > 0 ? stats.size : 8192);
        let filled = 0;
        for (;;) {
            if (filled === buffer.length) {
                if (stats.size > 0) break;
                if (filled > maxBytes) throw new FileTooLargeError(maxBytes);
                const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
                buffer.copy(larger, 0, 0, filled);
                buffer = larger;
            }
            const read = readSync(fd, buffer, filled, buffer.length - filled, null);
            if (read === 0) break;
            filled += read;
        }
        if (filled > maxBytes) throw new FileTooLargeError(maxBytes);
        return filled === buffer.length ? buffer : buffer.subarray(0, filled);
    } finally {
        closeSync(fd);
    }
}
