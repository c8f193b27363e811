/**
 * The language server: Langium's LSP over stdio (or the transport the client picks),
 * with the same services the CLI uses. The VS Code extension starts it (bundled as
 * dist/server.cjs); other editors run it with `--stdio`. Besides LSP it follows the
 * editor's `kinerja.*` settings (settings-sync.ts) and answers the custom requests of
 * the extension's tree view and report preview (custom-requests.ts).
 */
import '../common/node20-polyfills.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { registerCustomRequests } from './custom-requests.js';
import { createKinerjaServices } from './kinerja-module.js';
import { registerSettingsSync } from './settings-sync.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Kinerja } = createKinerjaServices({ connection, ...NodeFileSystem });
registerSettingsSync(shared, Kinerja);
registerCustomRequests(connection, shared, Kinerja);
startLanguageServer(shared);
