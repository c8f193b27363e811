/**
 * The host in Node (host.ts): configs read from disk (src/workspace/config-loader.ts),
 * evidence files looked up on disk, the findings' docs pages beside the installed
 * package (docs-links.ts), and node:path. The CLI and the language server's Node entry
 * (src/lsp/main.ts) use it; the browser entry (src/lsp/main-browser.ts) does not.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, type URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { ConfigLoader } from '../workspace/config-loader.js';
import { findingDocUrl } from './docs-links.js';
import type { KinerjaHost } from './host.js';

export const nodeHost: KinerjaHost = {
    platform: 'node',
    configSource: (explicitFile, codes) => new ConfigLoader(explicitFile, codes),
    evidence: (document: URI, location: string) => {
        // Only documents read from disk have a folder to look in.
        if (document.scheme !== 'file') return undefined;
        const folder = document.fsPath.replace(/[\\/][^\\/]*$/, '');
        const absolute = isAbsolute(location);
        return { exists: existsSync(absolute ? location : join(folder, location)), absolute };
    },
    findingDocUrl,
    resolveConfigFile: (value, root) => {
        let file = value;
        if (file.startsWith('file://')) file = fileURLToPath(file);
        file = file.replace(/^\$\{workspaceFolder\}[\\/]?/, '');
        return isAbsolute(file) ? file : resolve(root ?? process.cwd(), file);
    },
    samePath: (a, b) => resolve(a) === resolve(b),
    relativePath: (folder, path) => relative(folder, path) || path,
    workingFolder: () => process.cwd()
};

/** Langium's Node file system with the Node host: the context of the CLI and the Node language server. */
export const NodeKinerja = { ...NodeFileSystem, host: nodeHost };
/** No file system (documents are added by hand), the Node host: tests and tools. */
export const EmptyFileSystemOnNode = { ...EmptyFileSystem, host: nodeHost };
