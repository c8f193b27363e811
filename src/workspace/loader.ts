/**
 * Loads `.kinerja` files from paths (files or folders, searched recursively, skipping
 * node_modules and hidden folders) into the language services and builds them: parse,
 * index, link and validate. Used by the CLI and the tests; the language server loads the
 * open workspace through Langium's workspace manager with the same services.
 *
 * Only regular files are read (docs/robustness.md, "Bad files"): a path given that is a
 * FIFO, a device or a socket is a LoadError; inside a folder, such a `.kinerja` entry,
 * a dangling symbolic link and a link loop are skipped, each reported to `onSkip`.
 */
import { readdirSync, readlinkSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { Language, Params } from '../common/catalogue.js';
import type { KinerjaCoreServices } from '../validation/kinerja-core-module.js';
import { fileMessage, type FileMessageKey } from './messages.js';
import { FileTooLargeError, NotRegularFileError, nonRegularKind, readRegularFile } from './read-file.js';

/** A path that cannot be loaded; the message (fileMessage) names it and what to do. */
export class LoadError extends Error {
    constructor(readonly path: string, readonly key: FileMessageKey, readonly params: Params = {}) {
        super(`${path}: ${fileMessage('id', key, params)}`);
    }

    /** The message in a language: the path, then what is wrong and what to do. */
    messageIn(lang: Language): string {
        return `${this.path}: ${fileMessage(lang, this.key, this.params)}`;
    }
}

/** A path inside a folder that was not read, with why (fileMessage). */
export interface SkippedPath {
    path: string;
    key: FileMessageKey;
    params: Params;
}

const EXTENSION = '.kinerja';
const MB = 1024 * 1024;
/** Larger files are refused: no planning office writes one, and parsing it would stall. */
export const MAX_FILE_BYTES = 64 * MB;

function fsCode(err: unknown): string {
    return (err as NodeJS.ErrnoException).code ?? String(err);
}

/**
 * The `.kinerja` files under the given paths, sorted, each once. Paths given that
 * cannot be read, or are not a folder or a regular file, are a LoadError; what is
 * skipped inside a folder goes to `onSkip` (the CLI names it on stderr).
 */
export function collectFiles(paths: string[], onSkip: (skipped: SkippedPath) => void = () => undefined): string[] {
    const files = new Set<string>();
    const seen = new Set<string>();
    const folder = (path: string) => {
        // Real paths, so a symbolic link back to a parent folder is visited once.
        let real: string;
        try {
            real = realpathSync(path);
        } catch (err) {
            throw new LoadError(path, 'fs', { code: fsCode(err) });
        }
        if (seen.has(real)) return;
        seen.add(real);
        let entries: Dirent[];
        try {
            entries = readdirSync(path, { withFileTypes: true });
        } catch (err) {
            throw new LoadError(path, 'fs.list', { code: fsCode(err) });
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
            const child = join(path, entry.name);
            const named = entry.name.endsWith(EXTENSION);
            if (entry.isDirectory()) folder(child);
            else if (entry.isFile()) {
                if (named) files.add(resolve(child));
            } else if (entry.isSymbolicLink()) {
                link(child, named);
            } else if (named) {
                onSkip({ path: child, key: 'skip.not-regular', params: { kind: nonRegularKind(entry) ?? 'other' } });
            }
        }
    };
    /** A symbolic link inside a folder: followed to a folder or a `.kinerja` file; a broken one is named. */
    const link = (path: string, named: boolean) => {
        let stats: Stats;
        try {
            stats = statSync(path);
        } catch (err) {
            const code = fsCode(err);
            if (code === 'ELOOP') onSkip({ path, key: 'skip.loop', params: {} });
            else if (code === 'ENOENT') onSkip({ path, key: 'skip.dangling', params: { target: linkTarget(path) } });
            else onSkip({ path, key: 'skip.unreadable', params: { code } });
            return;
        }
        if (stats.isDirectory()) folder(path);
        else if (named) {
            const kind = nonRegularKind(stats);
            if (kind) onSkip({ path, key: 'skip.not-regular', params: { kind } });
            else files.add(resolve(path));
        }
    };
    for (const path of paths) {
        let stats: Stats;
        try {
            stats = statSync(path);
        } catch (err) {
            throw new LoadError(path, 'fs', { code: fsCode(err) });
        }
        if (stats.isDirectory()) folder(path);
        else if (stats.isFile()) files.add(resolve(path));
        else throw new LoadError(path, 'load.not-regular', { kind: nonRegularKind(stats) ?? 'other' });
    }
    return [...files].sort();
}

function linkTarget(path: string): string {
    try {
        return readlinkSync(path);
    } catch {
        return '?';
    }
}

/** Reads a regular file of at most `maxBytes`; anything else is a LoadError saying why. */
export function readFileBytes(file: string, maxBytes = MAX_FILE_BYTES): Buffer {
    try {
        return readRegularFile(file, maxBytes);
    } catch (err) {
        if (err instanceof NotRegularFileError) throw new LoadError(file, 'load.not-regular', { kind: err.kind });
        if (err instanceof FileTooLargeError) {
            throw err.size === undefined
                ? new LoadError(file, 'load.grows-too-large', { limit: maxBytes / MB })
                : new LoadError(file, 'load.too-large', { size: (err.size / MB).toFixed(0), limit: maxBytes / MB });
        }
        throw new LoadError(file, 'fs', { code: fsCode(err) });
    }
}

/** Reads a file as UTF-8 text (a byte-order mark dropped); anything else is a LoadError. */
export function readSourceFile(file: string): string {
    const bytes = readFileBytes(file);
    if (bytes.includes(0)) throw new LoadError(file, 'load.binary');
    try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    } catch {
        throw new LoadError(file, 'load.not-utf8');
    }
}

/** Loads and builds the files; returns their documents in file order. */
export async function loadWorkspace(services: KinerjaCoreServices, files: string[], validation = true): Promise<LangiumDocument[]> {
    const shared = services.shared;
    const documents = files.map(file => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(readSourceFile(file), URI.file(file));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation });
    return documents;
}
