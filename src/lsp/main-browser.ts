/**
 * The language server in a web worker (the VS Code web extension, the playground): the
 * same server as src/lsp/main.ts, over the worker's messages instead of stdio. The
 * workspace files come from the client through the `kinerja/fs/*` requests
 * (browser-file-system.ts); without them (a client that does not answer them) the
 * server works on the documents the client opens. No disk: configs are the defaults,
 * evidence paths are not checked (src/validation/host.ts). Bundled as dist/web/server.js
 * by scripts/build-extension.mjs; nothing here or below may import a `node:` module
 * (test/lsp/browser-server.test.ts checks the bundle).
 */
import '../common/node20-polyfills.js';
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { browserHost } from '../validation/host.js';
import { ClientFileSystemProvider } from './browser-file-system.js';
import { describeError } from './resilience.js';
import { startKinerjaServer } from './server.js';

/** The worker's global scope, as much of it as the server uses (the project compiles without the WebWorker lib). */
interface WorkerScope {
    postMessage(message: unknown): void;
    addEventListener(type: string, listener: (event: { error?: unknown; reason?: unknown; preventDefault(): void }) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope as never), new BrowserMessageWriter(scope as never));
// As resilience.ts does in Node: an error outside a request is logged, the worker keeps serving.
scope.addEventListener('error', event => {
    event.preventDefault();
    connection.console.error(`kinerja: uncaught error. ${describeError(event.error)}`);
});
scope.addEventListener('unhandledrejection', event => {
    event.preventDefault();
    connection.console.error(`kinerja: unhandled rejection. ${describeError(event.reason)}`);
});
startKinerjaServer(connection, { fileSystemProvider: () => new ClientFileSystemProvider(connection), host: browserHost });
