/**
 * What the language services need from the platform they run on: the project configs
 * (kinerja.config.json), whether an evidence file exists, where the findings' docs pages
 * are, and path operations. The services are the same in Node (the CLI, the language
 * server over stdio/IPC) and in a browser (the web worker of the web extension and the
 * playground); only the host differs. `nodeHost` (node-host.ts) reads the disk; this
 * module's `browserHost` has no disk: default configs, no evidence checks, no docs links.
 *
 * Injected into the services (`kinerja.Host`) by createKinerjaCoreServices and
 * createKinerjaServices; this module imports nothing platform-specific, so a browser
 * bundle of the language server never reaches `node:` modules (test/lsp/browser-server.test.ts).
 */
import type { URI } from 'langium';
import { defaultConfig, type KinerjaConfig } from '../engine/config.js';

/** The project configs: the nearest kinerja.config.json of a path, or one file for all. */
export interface ConfigSource {
    /** The file named by `--config` / the editor setting, if any. */
    readonly explicitFile?: string;
    /** The config of a file (its folder's nearest config); ConfigError when it is broken. */
    configFor(path: string): KinerjaConfig;
    /** Forgets what was read (a config file changed). */
    clear(): void;
}

export interface KinerjaHost {
    readonly platform: 'node' | 'browser';
    /** The configs, for `file:` documents (others take the defaults). */
    configSource(explicitFile: string | undefined, codes: readonly string[]): ConfigSource;
    /**
     * Whether the evidence file `location` (a path as written in a `bukti`) of `document`
     * exists, and whether it is absolute; undefined when it cannot be checked (no disk, or
     * a document with no place on disk).
     */
    evidence(document: URI, location: string): { exists: boolean; absolute: boolean } | undefined;
    /** The link of a finding's docs page, or undefined when the docs are not at hand. */
    findingDocUrl(code: string): string | undefined;
    /** The config file the `kinerja.configFile` setting names, as a path; throws when it names none here. */
    resolveConfigFile(value: string, root: string | undefined): string;
    /** Whether two paths name the same file. */
    samePath(a: string, b: string): boolean;
    /** `path` relative to `folder`, as findings print it. */
    relativePath(folder: string, path: string): string;
    /** Where a config is looked for when there is no workspace folder. */
    workingFolder(): string;
}

class DefaultConfigs implements ConfigSource {
    constructor(readonly explicitFile?: string) {}
    configFor(): KinerjaConfig {
        return defaultConfig();
    }
    clear(): void {}
}

/**
 * The host in a browser (web worker): the workspace files come through Langium's
 * FileSystemProvider (src/lsp/browser-file-system.ts); configs are the defaults, evidence
 * paths are not checked and findings link to no docs page. Paths are URI paths.
 */
export const browserHost: KinerjaHost = {
    platform: 'browser',
    configSource: explicitFile => new DefaultConfigs(explicitFile),
    evidence: () => undefined,
    findingDocUrl: () => undefined,
    resolveConfigFile: (value, root) => {
        const file = value.replace(/^file:\/\//, '').replace(/^\$\{workspaceFolder\}[\\/]?/, '');
        return file.startsWith('/') ? file : `${(root ?? '').replace(/\/$/, '')}/${file}`;
    },
    samePath: (a, b) => a === b,
    relativePath: (folder, path) => path.startsWith(folder.replace(/\/$/, '') + '/') ? path.slice(folder.replace(/\/$/, '').length + 1) : path,
    workingFolder: () => '/'
};
