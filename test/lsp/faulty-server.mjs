// The language server as src/lsp/main.ts starts it (compiled, from out/), plus a
// notification for the tests in server-resilience.test.ts that injects faults where no
// request can catch them: a document build that fails (Langium starts it after a change
// without awaiting it), an exception thrown from a timer, a promise nobody handles.
//     node test/lsp/faulty-server.mjs --stdio
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { keepServingAfterUncaughtErrors } from '../../out/lsp/resilience.js';
import { startKinerjaServer } from '../../out/lsp/server.js';
import { NodeKinerja } from '../../out/validation/node-host.js';

const connection = createConnection(ProposedFeatures.all);
keepServingAfterUncaughtErrors(message => connection.console.error(message));
const { Kinerja } = startKinerjaServer(connection, NodeKinerja);

const scopes = Kinerja.references.ScopeComputation;
const collect = scopes.collectExportedSymbols;
connection.onNotification('kinerja-test/fault', ({ fault }) => {
    scopes.collectExportedSymbols = collect;
    if (fault === 'build') scopes.collectExportedSymbols = async () => { throw new Error('injected: build'); };
    if (fault === 'uncaught') setTimeout(() => { throw new Error('injected: uncaught'); });
    if (fault === 'rejection') void Promise.reject(new Error('injected: rejection'));
});
