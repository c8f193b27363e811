#!/usr/bin/env node
// Bundles the `kinerja` command with esbuild into out/bundle/cli.mjs, so a run loads a
// few files instead of several hundred ES modules (Langium, chevrotain, the language
// server protocol, our sources): `kinerja --version` went from about 0,6 s to 0,2 s.
// bin/kinerja.js runs the bundle when it is at least as new as the last TypeScript build
// (tsconfig.tsbuildinfo), else the compiled out/cli/main.js; `npm run build` writes both.
//
// ES module format with code splitting: the report formats main.ts imports on demand
// (HTML, Excel, …) become chunks of their own and are not loaded by `kinerja check`.
// CommonJS dependencies (vscode-languageserver) call `require`, defined in the banner.
//
//   node scripts/build-cli.mjs [--no-minify]
//
// Needs the generated parser (npm run langium:generate). Sources are read as TypeScript,
// not from out/.
import * as esbuild from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'out', 'bundle');
const minify = !process.argv.includes('--no-minify');

rmSync(outdir, { recursive: true, force: true });
const started = Date.now();
const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Prefer the ESM builds (tree-shaken).
    mainFields: ['module', 'main'],
    // No identifier minification and no keepNames: names stay readable in stack traces
    // without esbuild's __name helper, which keepNames wraps around every closure created
    // at run time (the parser creates many) and which made an M check 50 % slower.
    minifyWhitespace: minify,
    minifySyntax: minify,
    sourcemap: true,
    sourcesContent: false,
    legalComments: 'linked',
    logLevel: 'warning',
    metafile: true,
    banner: { js: "import { createRequire as __kinerja_createRequire } from 'node:module'; const require = __kinerja_createRequire(import.meta.url);" }
});
const main = Object.entries(result.metafile.outputs).find(([file]) => file.endsWith('/cli.mjs'));
const chunks = Object.keys(result.metafile.outputs).filter(file => file.endsWith('.mjs')).length;
console.error(`build-cli: ${main[0]} ${(main[1].bytes / 1024).toFixed(0)} KiB and ${chunks - 1} chunks loaded on demand (${Date.now() - started} ms)`);
