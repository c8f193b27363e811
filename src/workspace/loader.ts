/**
 * Loads `.kinerja` files from paths (files or folders, searched recursively, skipping
 * node_modules and hidden folders) into the language services and builds them: parse,
 * index, link and validate. Used by the CLI and the tests; the language server loads the
 * open workspace through Langium's workspace manager with the same services.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { KinerjaCoreServices } from '../validation/kinerja-core-module.js';

export class LoadError extends Error {
    constructor(readonly path: string, detail: string) {
        super(`${path}: ${detail}`);
    }
}

const EXTENSION = '.kinerja';
/** Larger files are refused: no planning office writes one, and parsing it would stall. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** The `.kinerja` files under the given paths, sorted, each once. */
export function collectFiles(paths: string[]): string[] {
    const files = new Set<string>();
    const visit = (path: string, explicit: boolean, seen: Set<string>) => {
        let stats;
        try {
            stats = statSync(path);
        } catch (err) {
            if (explicit) throw new LoadError(path, describeFsError(err, 'does not exist or cannot be read'));
            return;
        }
        if (stats.isDirectory()) {
            // Real paths, so a symbolic link back to a parent folder is visited once.
            const real = realpathSync(path);
            if (seen.has(real)) return;
            seen.add(real);
            let entries: string[];
            try {
                entries = readdirSync(path).sort();
            } catch (err) {
                throw new LoadError(path, describeFsError(err, 'cannot list the folder'));
            }
            for (const entry of entries) {
                if (entry.startsWith('.') || entry === 'node_modules') continue;
                const child = join(path, entry);
                if (entry.endsWith(EXTENSION) || isDirectory(child)) visit(child, false, seen);
            }
        } else if (explicit || extname(path) === EXTENSION) {
            if (stats.size > MAX_FILE_BYTES) {
                throw new LoadError(path, `is ${(stats.size / 1024 / 1024).toFixed(0)} MB, above the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for one file; split it into several files`);
            }
            files.add(resolve(path));
        }
    };
    for (const path of paths) visit(path, true, new Set());
    return [...files].sort();
}

function isDirectory(path: string): boolean {
    try {
        return statSync(path).isDirectory();
    } catch {
        return false;
    }
}

export function describeFsError(err: unknown, fallback: string): string {
    const code = (err as NodeJS.ErrnoException).code;
    switch (code) {
        case 'ENOENT': return 'no such file or folder; check the path';
        case 'EACCES': case 'EPERM': return 'permission denied; check the file permissions';
        case 'ELOOP': return 'too many symbolic links (a link loop?); fix or remove the link';
        case 'EISDIR': return 'is a folder, not a file';
        default: return code ? `${fallback} (${code}); check the path and its permissions` : fallback;
    }
}

/** Reads a file as UTF-8 text; binary or non-UTF-8 content is a LoadError. */
export function readSourceFile(file: string): string {
    let bytes: Buffer;
    try {
        bytes = readFileSync(file);
    } catch (err) {
        throw new LoadError(file, describeFsError(err, 'cannot read the file'));
    }
    if (bytes.includes(0)) throw new LoadError(file, 'is a binary file, not a .kinerja text file');
    try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    } catch {
        throw new LoadError(file, 'is not valid UTF-8 text; save it as UTF-8');
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
