/**
 * The language server: Langium's LSP over stdio (or the transport the client picks),
 * with the same services the CLI uses. The VS Code extension starts it; other editors
 * run it with `--stdio`.
 */
import '../common/node20-polyfills.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createKinerjaServices } from './kinerja-module.js';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createKinerjaServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
