/**
 * The language server: Langium's LSP over stdio (or the transport the client picks),
 * with the same services the CLI uses. The VS Code extension starts it (bundled as
 * dist/server.cjs); other editors run it with `--stdio`. Besides LSP it follows the
 * editor's `kinerja.*` settings (settings-sync.ts) and answers the custom requests of
 * the extension's tree view and report preview (custom-requests.ts); src/lsp/server.ts
 * puts it together. An error inside a request is logged and answered, and the process
 * keeps serving after any other error (src/lsp/resilience.ts).
 */
import '../common/node20-polyfills.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { keepServingAfterUncaughtErrors } from './resilience.js';
import { startKinerjaServer } from './server.js';
import { NodeKinerja } from '../validation/node-host.js';

const connection = createConnection(ProposedFeatures.all);
keepServingAfterUncaughtErrors(message => connection.console.error(message));
startKinerjaServer(connection, NodeKinerja);
