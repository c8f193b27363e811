#!/usr/bin/env node
// Bundles the VS Code extension with esbuild, one self-contained CommonJS file each, so
// the .vsix needs no node_modules:
//   dist/extension.cjs  the client (src/extension/extension.ts; `vscode` stays external)
//   dist/server.cjs     the language server (src/lsp/main.ts, Langium and all)
//   dist/cli.cjs        the `kinerja` command (src/cli/extension-host.ts), which the
//                       extension runs in a child process for `init` and `import`
//   dist/web/extension.js  the client for VS Code in the browser (vscode.dev, github.dev:
//                       src/extension/extension-browser.ts, package.json "browser"),
//                       for the web worker extension host: no Node built-ins
//   dist/web/server.js  the language server in a web worker (src/lsp/main-browser.ts):
//                       the web extension and the playground; a browser IIFE, ES2022,
//                       ASCII only (a worker started from a Blob has no charset)
// The Node ones target Node 20 (VS Code 1.100's extension host); all carry source maps.
//
//   node scripts/build-extension.mjs [--watch] [--no-minify] [--no-sourcemap]
//
// Needs the generated parser (npm run langium:generate). Sources are read as TypeScript,
// not from out/.
import * as esbuild from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { webServerBuild } from './web-server-build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const minify = !args.has('--no-minify');
const sourcemap = !args.has('--no-sourcemap');

// ESM sources use import.meta.url (e.g. to find docs/findings beside the bundle); in a
// CommonJS bundle it becomes the bundle's own file URL.
const importMetaUrl = {
    banner: { js: "const __kinerja_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__kinerja_import_meta_url' }
};

/** @type {import('esbuild').BuildOptions} */
const common = {
    absWorkingDir: root,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap,
    sourcesContent: false,
    minify,
    keepNames: true,
    legalComments: 'linked',
    logLevel: 'warning',
    // Prefer the ESM builds (tree-shaken); every entry point is plain Node.
    mainFields: ['module', 'main'],
    ...importMetaUrl
};

/** What the browser bundles change: no Node, no import.meta banner (it needs node:url). */
export const webOptions = {
    platform: 'browser',
    target: 'es2022',
    charset: 'ascii',
    mainFields: ['browser', 'module', 'main'],
    banner: undefined,
    define: {}
};

export const builds = [
    {
        ...common,
        entryPoints: { extension: 'src/extension/extension.ts' },
        outdir: 'dist',
        outExtension: { '.js': '.cjs' },
        external: ['vscode']
    },
    {
        // The web extension: CommonJS too (the web worker extension host loads it as a
        // CommonJS module and gives it `vscode`), in ASCII so that no code point depends
        // on how the file is served; test/extension/web-bundle.test.ts checks its inputs.
        ...common,
        ...webOptions,
        entryPoints: { 'web/extension': 'src/extension/extension-browser.ts' },
        outdir: 'dist',
        external: ['vscode']
    },
    {
        ...common,
        // The polyfill (Object.groupBy for chevrotain on Node 20) is main.ts's first import,
        // so it runs before Langium is evaluated.
        entryPoints: { server: 'src/lsp/main.ts' },
        outdir: 'dist',
        outExtension: { '.js': '.cjs' }
    },
    {
        ...common,
        // The command line with exceljs, for the walkthrough's workspace and "Impor dari
        // Excel"; the polyfill is its entry's first import too. The extension prints no PDF,
        // so the browser driver (playwright-core, loaded only for --format pdf) stays out: it
        // would double the bundle.
        entryPoints: { cli: 'src/cli/extension-host.ts' },
        outdir: 'dist',
        outExtension: { '.js': '.cjs' },
        external: ['playwright-core']
    }
];

builds.push(webServerBuild({ minify, sourcemap }));

// Run as a script (the web bundle's test imports `builds` without building).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    if (!watch) rmSync(join(root, 'dist'), { recursive: true, force: true });
    const started = Date.now();
    if (watch) {
        for (const options of builds) {
            const context = await esbuild.context(options);
            await context.watch();
        }
        console.error('build-extension: watching src/ …');
    } else {
        const results = await Promise.all(builds.map(options => esbuild.build({ ...options, metafile: true })));
        const sizes = results.flatMap(r => Object.entries(r.metafile.outputs))
            .filter(([file]) => /\.(cjs|js)$/.test(file))
            .map(([file, info]) => `${file} ${(info.bytes / 1024).toFixed(0)} KiB`);
        console.error(`build-extension: ${sizes.join(', ')} (${Date.now() - started} ms)`);
    }
}
