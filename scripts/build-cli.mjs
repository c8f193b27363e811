#!/usr/bin/env node
// Bundles the `kinerja` command with esbuild into one CommonJS script, out/bundle/cli.cjs,
// so a run loads one file instead of several hundred ES modules (Langium, chevrotain,
// our sources). The report formats main.ts imports on demand (HTML, Excel, …) are in the
// script too; their code is compiled only when a report asks for it.
//
// Once the bundle is written whole, the build records it in out/bundle/cli.json (its file
// name and size); bin/load-cli.js runs the bundle only when that record names it, and the
// compiled modules (out/cli/main.js) otherwise. A build starts by removing the record.
//
//   node scripts/build-cli.mjs [--watch] [--no-minify]
//
// Needs the generated parser (npm run langium:generate). Sources are read as TypeScript,
// not from out/. With --watch it bundles again after every change of a source, and keeps
// the record in step (npm run watch).
import * as esbuild from 'esbuild';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'out', 'bundle');
const bundle = join(outdir, 'cli.cjs');
const record = join(outdir, 'cli.json');
const args = new Set(process.argv.slice(2));
const minify = !args.has('--no-minify');

/** Writes the record of a complete bundle (atomically: a reader sees the old one or the new one). */
function writeRecord(started) {
    const bytes = readFileSync(bundle);
    if (bytes.some(byte => byte > 127)) throw new Error(`${bundle} is not ASCII (esbuild's charset option).`);
    writeFileSync(`${record}.tmp`, JSON.stringify({ bundle: 'cli.cjs', bytes: bytes.length }) + '\n');
    renameSync(`${record}.tmp`, record);
    console.error(`build-cli: ${bundle} ${(bytes.length / 1024).toFixed(0)} KiB (${Date.now() - started} ms)`);
}

/** Drops the record while a build runs, so that no half-written bundle is run. */
const recordKeeper = {
    name: 'kinerja-cli-record',
    setup(build) {
        let started = Date.now();
        build.onStart(() => {
            started = Date.now();
            rmSync(record, { force: true });
        });
        build.onEnd(result => {
            if (result.errors.length === 0) writeRecord(started);
        });
    }
};

/** @type {import('esbuild').BuildOptions} */
const options = {
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts'],
    outfile: bundle,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node22',
    // Prefer the ESM builds (tree-shaken).
    mainFields: ['module', 'main'],
    // Where our modules find their files (package.json, docs) from their own location.
    define: { 'import.meta.url': '__kinerja_bundle_url' },
    banner: { js: "var __kinerja_bundle_url = require('node:url').pathToFileURL(__filename).href;" },
    // No identifier minification and no keepNames: names stay readable in stack traces
    // without esbuild's __name helper, which keepNames wraps around every closure created
    // at run time (the parser creates many; docs/performance.md).
    minifyWhitespace: minify,
    minifySyntax: minify,
    charset: 'ascii',
    sourcemap: true,
    sourcesContent: false,
    legalComments: 'linked',
    logLevel: 'warning',
    plugins: [recordKeeper],
    // The PDF printer's browser driver stays a package of node_modules: it finds its own
    // files from its location, and only `--format pdf` loads it.
    external: ['playwright-core']
};

rmSync(outdir, { recursive: true, force: true });
if (args.has('--watch')) {
    const context = await esbuild.context(options);
    await context.watch();
    console.error('build-cli: watching src/ for changes');
} else {
    await esbuild.build(options);
}
