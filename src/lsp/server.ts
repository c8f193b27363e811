/**
 * The kinerja language server on a connection: the services the CLI uses, with the
 * request entry points guarded (resilience.ts), the editor settings followed
 * (settings-sync.ts) and the custom requests of the tree view and report preview
 * (custom-requests.ts), then Langium's LSP handlers. src/lsp/main.ts runs it over
 * the transport the client picked, with Node's file system and host (`NodeKinerja`);
 * src/lsp/main-browser.ts in a web worker, with the client's files and the browser host;
 * tests run it over in-memory or stdio streams. This module imports nothing of Node.
 */
import { startLanguageServer, type DefaultSharedModuleContext, type LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { registerCustomRequests } from './custom-requests.js';
import { createKinerjaServices, type KinerjaServices } from './kinerja-module.js';
import type { KinerjaHostContext } from '../validation/kinerja-core-module.js';
import { registerSettingsSync } from './settings-sync.js';
import { guardLanguageServices } from './resilience.js';
import { publishWithVersions } from './diagnostics-version.js';
import { URI } from 'langium';

export function startKinerjaServer(
    connection: Connection,
    platform: Omit<DefaultSharedModuleContext, 'connection'> & KinerjaHostContext
): { shared: LangiumSharedServices; Kinerja: KinerjaServices } {
    const { shared, Kinerja } = createKinerjaServices({ connection, ...platform });
    guardLanguageServices(shared, message => connection.console.error(message));
    registerSettingsSync(shared, Kinerja);
    registerCustomRequests(connection, shared, Kinerja);
    publishWithVersions(connection, uri => shared.workspace.LangiumDocuments.getDocument(URI.parse(uri)));
    startLanguageServer(shared);
    return { shared, Kinerja };
}
