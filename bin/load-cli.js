// Which CLI `kinerja` runs, for bin/kinerja.js and the benchmark's cold run
// (src/tools/bench/cold-run.ts):
//
// - the bundle, out/bundle/cli.cjs, when the build's record of it (out/bundle/cli.json,
//   written by scripts/build-cli.mjs once the bundle is complete) names it and its size;
// - else the compiled modules, out/cli/main.js (KINERJA_NO_BUNDLE=1 asks for these);
// - else nothing: the caller says to run `npm run build`.
//
// `npm run build` writes both; `npm run watch` keeps both current. Node's own compile
// cache (module.enableCompileCache, in every supported Node) keeps V8's code of what is
// loaded between runs; it is switched off by NODE_DISABLE_COMPILE_CACHE=1 and placed by
// NODE_COMPILE_CACHE, as Node documents. See docs/performance.md.
import { readFileSync, statSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const OUT = new URL('../out/', import.meta.url);

/** Where the build of this copy of kinerja is (for the message when there is none). */
export const PROJECT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The CLI this copy would run: `{ kind: 'bundle' | 'compiled', file }`, or undefined
 * when nothing is built. `out` is the build folder (a URL ending in '/').
 */
export function cliEntry(out = OUT, env = process.env) {
    if (!env.KINERJA_NO_BUNDLE) {
        const bundle = recordedBundle(out);
        if (bundle) return { kind: 'bundle', file: bundle };
    }
    const compiled = fileURLToPath(new URL('cli/main.js', out));
    return isFile(compiled) ? { kind: 'compiled', file: compiled } : undefined;
}

/** The bundle the build recorded, if the file it names is there whole. */
function recordedBundle(out) {
    let record;
    try {
        record = JSON.parse(readFileSync(new URL('bundle/cli.json', out), 'utf8'));
    } catch {
        return undefined;
    }
    if (typeof record?.bundle !== 'string' || /[\\/]/.test(record.bundle)) return undefined;
    const file = fileURLToPath(new URL(`bundle/${record.bundle}`, out));
    return size(file) === record.bytes ? file : undefined;
}

function size(file) {
    try {
        const stats = statSync(file);
        return stats.isFile() ? stats.size : undefined;
    } catch {
        return undefined;
    }
}

function isFile(file) {
    return size(file) !== undefined;
}

/** The CLI module, `{ main(args): Promise<number> }`, or undefined when nothing is built. */
export async function loadCli(out = OUT) {
    module.enableCompileCache?.();
    const entry = cliEntry(out);
    if (!entry) return undefined;
    return entry.kind === 'bundle' ? createRequire(import.meta.url)(entry.file) : await import(pathToFileURL(entry.file).href);
}
