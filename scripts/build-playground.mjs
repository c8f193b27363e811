#!/usr/bin/env node
// Builds the playground (docs/playground.md) into out/playground/, a static folder that
// opens from any static host and from disk (file://), with no network at run time:
//   index.html      the page (playground/index.html)
//   playground.js   Monaco, the LSP bridge and the UI (playground/main.ts), one IIFE
//   playground.css  Monaco's styles, its icon font inlined
//   workers.js      the code of the two workers as strings: the kinerja language server
//                   (src/lsp/main-browser.ts, as dist/web/server.js) and Monaco's editor
//                   worker. The page starts them from Blob URLs: Chromium refuses
//                   `new Worker(file://...)`, and a page on file:// cannot fetch a file.
// Every file is ASCII (a Blob carries no charset).
//
//   node scripts/build-playground.mjs [--no-minify]
//
// Needs the generated parser (npm run langium:generate) and monaco-editor.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, webServerBuild } from './web-server-build.mjs';

const minify = !process.argv.includes('--no-minify');
const out = join(root, 'out', 'playground');
const started = Date.now();

/** Monaco's editor.main.js without the other languages (and their language services): the editor and its contributions only. */
const editorOnly = {
    name: 'monaco-editor-only',
    setup(build) {
        build.onLoad({ filter: /monaco-editor[\\/]esm[\\/]vs[\\/]editor[\\/]editor\.main\.js$/ }, async args => {
            const { readFile } = await import('node:fs/promises');
            const text = await readFile(args.path, 'utf8');
            const kept = text.split('\n').filter(line => !/languages\/|monaco-lsp-client|^export \{ \w+ as (lsp|css|html|json|typescript) \}/.test(line));
            return { contents: kept.join('\n'), loader: 'js', resolveDir: join(args.path, '..') };
        });
    }
};

const browser = { bundle: true, format: 'iife', platform: 'browser', target: 'es2022', charset: 'ascii', minify, legalComments: 'none', logLevel: 'warning', absWorkingDir: root };

const [server, editorWorker] = await Promise.all([
    esbuild.build({ ...webServerBuild({ minify, sourcemap: false, outdir: out }), legalComments: 'none', write: false }),
    esbuild.build({ ...browser, entryPoints: ['monaco-editor/editor/editor.worker.js'], outfile: join(out, 'editor-worker.js'), write: false })
]);
const text = result => result.outputFiles.find(f => f.path.endsWith('.js')).text;

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'workers.js'), `window.KINERJA_PLAYGROUND_WORKERS = { server: ${JSON.stringify(text(server))}, editor: ${JSON.stringify(text(editorWorker))} };\n`);
await esbuild.build({
    ...browser, plugins: [editorOnly],
    entryPoints: { playground: 'playground/main.ts' }, outdir: out,
    loader: { '.kinerja': 'text', '.ttf': 'dataurl' }
});
copyFileSync(join(root, 'playground', 'index.html'), join(out, 'index.html'));
const size = name => `${name} ${(statSync(join(out, name)).size / 1024).toFixed(0)} KiB`;
console.error(`build-playground: out/playground/ ${['playground.js', 'playground.css', 'workers.js'].map(size).join(', ')} (${Date.now() - started} ms)`);
