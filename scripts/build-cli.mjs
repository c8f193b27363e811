#!/usr/bin/env node
// Bundles the `kinerja` command with esbuild into one CommonJS script, out/bundle/cli.cjs,
// so a run loads one file instead of several hundred ES modules (Langium, chevrotain,
// our sources), and makes V8's code cache of it (out/bundle/cli.cache) from a training
// run: `kinerja check` of a generated two-agency workspace (text and JSON output) and a
// JSON report, in this process. bin/load-cli.js runs the bundle with the cache when the
// cache was made for that bundle and that Node.js (see docs/performance.md).
//
// One script, not ES modules with chunks: Node.js 20 caches no compiled code of ES
// modules. The report formats main.ts imports on demand (HTML, Excel, …) are in the
// script too; their code is compiled only when a report asks for it.
//
//   node scripts/build-cli.mjs [--no-minify] [--no-cache]
//
// Needs the generated parser (npm run langium:generate) and, for the training run, the
// compiled workspace generator (tsc). Sources are read as TypeScript, not from out/.
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'out', 'bundle');
const bundle = join(outdir, 'cli.cjs');
const minify = !process.argv.includes('--no-minify');

rmSync(outdir, { recursive: true, force: true });
const started = Date.now();
await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts'],
    outfile: bundle,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // Prefer the ESM builds (tree-shaken).
    mainFields: ['module', 'main'],
    // Where our modules find their files (package.json, docs) from their own location.
    define: { 'import.meta.url': '__kinerja_bundle_url' },
    banner: { js: "var __kinerja_bundle_url = require('node:url').pathToFileURL(__filename).href;" },
    // No identifier minification and no keepNames: names stay readable in stack traces
    // without esbuild's __name helper, which keepNames wraps around every closure created
    // at run time (the parser creates many) and which made an M check 50 % slower.
    minifyWhitespace: minify,
    minifySyntax: minify,
    charset: 'ascii',
    sourcemap: true,
    sourcesContent: false,
    legalComments: 'linked',
    logLevel: 'warning'
});
const bytes = readFileSync(bundle);
if (bytes.some(byte => byte > 127)) throw new Error(`${bundle} is not ASCII; bin/load-cli.js reads it as latin1.`);
let cache = 'no code cache (--no-cache)';
if (!process.argv.includes('--no-cache')) cache = await train();
console.error(`build-cli: ${bundle} ${(bytes.length / 1024).toFixed(0)} KiB, ${cache} (${Date.now() - started} ms)`);

/** Runs the bundle on a generated workspace in this process and writes its code cache. */
async function train() {
    const { runBundle, cacheFiles } = await import(pathToFileURL(join(root, 'bin/load-cli.js')).href);
    const { generateWorkspace, writeWorkspace } = await import(pathToFileURL(join(root, 'out/tools/generate-workspace.js')).href);
    const workspace = mkdtempSync(join(tmpdir(), 'kinerja-train-'));
    const write = process.stdout.write, writeError = process.stderr.write;
    try {
        writeWorkspace(generateWorkspace({ agencies: 2, seed: 3 }), workspace);
        const cli = runBundle(bundle, { useCache: false });
        process.stdout.write = process.stderr.write = () => true;
        for (const args of [['check', workspace], ['check', workspace, '--format', 'json'], ['report', workspace, '--year', '2025', '--format', 'json']]) {
            const code = await cli.main(args);
            if (code !== 0 && code !== 1) throw new Error(`the training run 'kinerja ${args.join(' ')}' exited ${code}`);
        }
        process.stdout.write = write;
        process.stderr.write = writeError;
        cli.writeCache();
        return `code cache ${(readFileSync(cacheFiles(bundle).cache).length / 1024).toFixed(0)} KiB`;
    } finally {
        process.stdout.write = write;
        process.stderr.write = writeError;
        rmSync(workspace, { recursive: true, force: true });
    }
}
