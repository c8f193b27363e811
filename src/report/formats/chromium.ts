/**
 * Where the browser that prints `--format pdf` is: `--chromium PATH`, else the
 * KINERJA_CHROMIUM environment variable, else the usual install places of Chromium and
 * Google Chrome (and Microsoft Edge on Windows, which every Windows has and which is
 * Chromium too). kinerja never downloads a browser. Kept apart from pdf.ts so the CLI can
 * look before the work without loading playwright-core.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';

export const CHROMIUM_ENV = 'KINERJA_CHROMIUM';

/** No browser: `given` is the path the option or the variable named, when one did. */
export class ChromiumNotFoundError extends Error {
    constructor(readonly given?: { path: string; from: 'option' | 'env' }) {
        super(given ? `no browser at ${given.path}` : 'no Chromium or Chrome found');
    }
}

/** The browser was there but did not start or print. */
export class ChromiumFailedError extends Error {
    constructor(readonly path: string, readonly reason: string) {
        super(`${path}: ${reason}`);
    }
}

/** The usual places of Chromium / Chrome on a platform, in the order they are tried. */
export function chromiumCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
    if (platform === 'darwin') {
        const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium'];
        return [...apps.map(a => `/Applications/${a}`), ...(env.HOME ? apps.map(a => `${env.HOME}/Applications/${a}`) : [])];
    }
    if (platform === 'win32') {
        const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
        return [
            ...roots.map(r => join(r, 'Google', 'Chrome', 'Application', 'chrome.exe')),
            ...roots.map(r => join(r, 'Chromium', 'Application', 'chrome.exe')),
            ...roots.map(r => join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'))
        ];
    }
    return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
}

function isFile(path: string): boolean {
    try {
        return statSync(path).isFile();
    } catch {
        return false;
    }
}

/**
 * The browser to print with; throws ChromiumNotFoundError. A path given by the option
 * or the variable is used as it is or refused: no silent fall back to another browser.
 */
export function findChromium(option: string | undefined, env: NodeJS.ProcessEnv = process.env,
    platform: NodeJS.Platform = process.platform, exists: (path: string) => boolean = isFile): string {
    const given = option !== undefined ? { path: option, from: 'option' as const }
        : env[CHROMIUM_ENV] ? { path: env[CHROMIUM_ENV]!, from: 'env' as const } : undefined;
    if (given) {
        if (exists(given.path)) return given.path;
        throw new ChromiumNotFoundError(given);
    }
    const found = chromiumCandidates(platform, env).find(exists);
    if (!found) throw new ChromiumNotFoundError();
    return found;
}
