/**
 * The package's own name, version and repository, read from the package.json found by
 * walking up from this module (out/cli/… when compiled, dist/… when bundled), so the
 * version printed by `--version` and written into SARIF is never out of step.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PackageInfo {
    name: string;
    version: string;
    /** The repository as an https URL (`https://github.com/org/repo`), when package.json names one. */
    repositoryUrl?: string;
}

let cached: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
    if (cached) return cached;
    cached = { name: 'kinerja', version: '0.0.0' };
    let folder: string;
    try {
        folder = dirname(fileURLToPath(import.meta.url));
    } catch {
        return cached;
    }
    for (let i = 0; i < 6; i++) {
        const candidate = join(folder, 'package.json');
        if (existsSync(candidate)) {
            try {
                const json = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string; repository?: unknown };
                if (json.name === 'kinerja') {
                    cached = { name: json.name, version: json.version ?? cached.version, repositoryUrl: repositoryUrl(json.repository) };
                    return cached;
                }
            } catch {
                // A broken package.json elsewhere on the way up: keep looking.
            }
        }
        const parent = dirname(folder);
        if (parent === folder) break;
        folder = parent;
    }
    return cached;
}

/**
 * Normalises npm's `repository` forms to an https URL: `{ "url": "git+https://…/x.git" }`,
 * `"github:org/repo"`, `"org/repo"`, `"https://gitlab.com/org/repo"`.
 */
export function repositoryUrl(repository: unknown): string | undefined {
    const raw = typeof repository === 'string' ? repository
        : typeof repository === 'object' && repository !== null && typeof (repository as { url?: unknown }).url === 'string'
            ? (repository as { url: string }).url : undefined;
    if (!raw) return undefined;
    const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+\/[\w.-]+)$/.exec(raw);
    if (shorthand) {
        const host = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' }[shorthand[1] ?? 'github'];
        return `https://${host}/${shorthand[2].replace(/\.git$/, '')}`;
    }
    const url = raw.replace(/^git\+/, '').replace(/^git:\/\//, 'https://').replace(/^ssh:\/\/git@/, 'https://')
        .replace(/^git@([^:]+):/, 'https://$1/').replace(/\.git$/, '').replace(/\/$/, '');
    return /^https?:\/\//.test(url) ? url : undefined;
}
