/**
 * The kinerja language server on a connection: the services the CLI uses, with the
 * request entry points guarded (resilience.ts), the editor settings followed
 * (settings-sync.ts) and the custom requests of the tree view and report preview
 * (custom-requests.ts), then Langium's LSP handlers. src/lsp/main.ts runs it over
 * the transport the client picked; tests run it over in-memory or stdio streams.
 */
import { startLanguageServer, type DefaultSharedModuleContext, type LangiumSharedServices } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import type { Connection } from 'vscode-languageserver';
import { registerCustomRequests } from './custom-requests.js';
import { createKinerjaServices, type KinerjaServices } from './kinerja-module.js';
import { registerSettingsSync } from './settings-sync.js';
import { guardLanguageServices } from './resilience.js';
import { publishWithVersions } from './diagnostics-version.js';
import { URI } from 'langium';

export function startKinerjaServer(
    connection: Connection,
    fileSystem: Omit<DefaultSharedModuleContext, 'connection'> = NodeFileSystem
): { shared: LangiumSharedServices; Kinerja: KinerjaServices } {
    const { shared, Kinerja } = createKinerjaServices({ connection, ...fileSystem });
    guardLanguageServices(shared, message => connection.console.error(message));
    registerSettingsSync(shared, Kinerja);
    registerCustomRequests(connection, shared, Kinerja);
    publishWithVersions(connection, uri => shared.workspace.LangiumDocuments.getDocument(URI.parse(uri)));
    startLanguageServer(shared);
    return { shared, Kinerja };
}
