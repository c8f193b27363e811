/**
 * Links from findings to their documentation (LSP `codeDescription`, SARIF `helpUri`):
 * one page per code in docs/findings/, shipped with the CLI and the extension. The docs
 * folder is found by walking up from this module (out/…, or dist/… when bundled).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

let docsRoot: string | null | undefined;

function findDocsRoot(): string | null {
    let folder: string;
    try {
        folder = dirname(fileURLToPath(import.meta.url));
    } catch {
        return null;
    }
    for (let i = 0; i < 6; i++) {
        const candidate = join(folder, 'docs', 'findings');
        if (existsSync(candidate)) return candidate;
        const parent = dirname(folder);
        if (parent === folder) break;
        folder = parent;
    }
    return null;
}

/** Per code, once per process: asked for every finding and every document validated. */
const urls = new Map<string, string | undefined>();

/** `file:///…/docs/findings/<code>.md`, or undefined when the docs are not installed. */
export function findingDocUrl(code: string): string | undefined {
    if (urls.has(code)) return urls.get(code);
    if (docsRoot === undefined) docsRoot = findDocsRoot();
    const page = docsRoot ? join(docsRoot, `${code}.md`) : undefined;
    const url = page && existsSync(page) ? pathToFileURL(page).toString() : undefined;
    urls.set(code, url);
    return url;
}

/** The text of the finding's page, or undefined when the docs are not installed. */
export function findingDocText(code: string): string | undefined {
    if (docsRoot === undefined) docsRoot = findDocsRoot();
    if (!docsRoot || !/^[a-z0-9-]+$/.test(code)) return undefined;
    try {
        return readFileSync(join(docsRoot, `${code}.md`), 'utf8');
    } catch {
        return undefined;
    }
}
