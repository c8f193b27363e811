// The esbuild options of the language server in a web worker (src/lsp/main-browser.ts):
// one browser IIFE, ES2022, ASCII only (the playground starts it from a Blob URL, which
// carries no charset). scripts/build-extension.mjs writes it as dist/web/server.js (the
// web extension's), scripts/build-playground.mjs into the playground, and
// test/lsp/browser-server.test.ts checks that its graph reaches no `node:` module.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** @returns {import('esbuild').BuildOptions} */
export function webServerBuild({ minify = true, sourcemap = true, outdir = 'dist/web' } = {}) {
    return {
        absWorkingDir: root,
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'es2022',
        charset: 'ascii',
        sourcemap,
        sourcesContent: false,
        minify,
        keepNames: true,
        legalComments: 'linked',
        logLevel: 'warning',
        mainFields: ['browser', 'module', 'main'],
        entryPoints: { server: 'src/lsp/main-browser.ts' },
        outdir
    };
}
