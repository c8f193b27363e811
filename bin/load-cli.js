// Which CLI to run, for bin/kinerja.js and the benchmark's cold run (src/tools/bench):
// the bundle (out/bundle/cli.cjs, scripts/build-cli.mjs) when it is at least as new as
// the last TypeScript build, else the compiled CLI (out/cli/main.js). `npm run build`
// (and npm test) writes both. KINERJA_NO_BUNDLE=1 forces the compiled CLI.
//
// The bundle is one CommonJS script, run with V8's code cache of it (out/bundle/cli.cache,
// made by the build from a training run): V8 then neither parses the script nor compiles
// to bytecode the functions a run calls, which were a tenth of a `kinerja check` of a
// regency. The cache is used only when its record names this very bundle (SHA-1) and
// this Node.js; V8 itself refuses it under other V8 flags. Without it the bundle runs
// as any script. See docs/performance.md.
//
// A check is a short batch run, and V8's default inlining budget is made for long-lived
// pages: in a `kinerja check` of a regency (M, 1,5 s) TurboFan compiled for 2,8 s of CPU
// on the second core, and the hot functions waited in its queue. With a smaller
// cumulative inlining budget it compiles for 2,0 s and the check takes 10-15 % less (M and L; S is
// the same). The flag is set after V8 has taken the code cache (flags are part of the
// cache's check), and not when the user gives inlining flags of their own.
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

function mtime(path) {
    try {
        return statSync(path).mtimeMs;
    } catch {
        return undefined;
    }
}

const BUNDLE = fileURLToPath(new URL('../out/bundle/cli.cjs', import.meta.url));

/** The CLI module: `{ main(args): Promise<number> }`, with the compiler set for a batch run (`compilerFlags`). */
export async function loadCli() {
    const bundle = mtime(BUNDLE);
    const built = mtime(fileURLToPath(new URL('../tsconfig.tsbuildinfo', import.meta.url))) ?? 0;
    const cli = bundle !== undefined && bundle >= built && !process.env.KINERJA_NO_BUNDLE ? runBundle(BUNDLE) : await import('../out/cli/main.js');
    for (const flag of compilerFlags(process.execArgv, process.env.NODE_OPTIONS)) v8.setFlagsFromString(flag);
    return cli;
}

/** The V8 flags the CLI sets once loaded: none when the user's node options already set inlining. */
export function compilerFlags(execArgv, nodeOptions = '') {
    const own = [...execArgv, ...nodeOptions.split(/\s+/)].some(arg => /^--(no-)?(max-inlined|turbo-inlining)/.test(arg.replace(/_/g, '-')));
    return own ? [] : ['--max-inlined-bytecode-size-cumulative=200'];
}

/** Where the code cache of `bundle` and its record are. */
export function cacheFiles(bundle) {
    return { cache: bundle.replace(/\.cjs$/, '.cache'), record: bundle.replace(/\.cjs$/, '.cache.json') };
}

/** What a cache must have been made for: this bundle's text and this Node.js. */
function identity(bytes) {
    return { bundle: createHash('sha1').update(bytes).digest('hex'), node: process.version, v8: process.versions.v8 };
}

function matchingCache(bundle, bytes) {
    const { cache, record } = cacheFiles(bundle);
    try {
        const made = JSON.parse(readFileSync(record, 'utf8'));
        const wanted = identity(bytes);
        if (made.bundle !== wanted.bundle || made.node !== wanted.node || made.v8 !== wanted.v8) return undefined;
        return readFileSync(cache);
    } catch {
        return undefined;
    }
}

/**
 * Runs the CommonJS bundle and returns its exports, with `cacheUsed` (whether V8 took the
 * code cache) and `writeCache()` (records the code of every function compiled so far).
 * `useCache: false` runs it without the cache (the build's training run).
 */
export function runBundle(bundle, { useCache = true } = {}) {
    const bytes = readFileSync(bundle);
    // esbuild writes ASCII (other characters as escapes), which latin1 reads fastest.
    const source = bytes.toString('latin1');
    const cachedData = useCache ? matchingCache(bundle, bytes) : undefined;
    const wrapper = '(function (exports, require, module, __filename, __dirname) { ' + source + '\n})';
    const script = new vm.Script(wrapper, { filename: bundle, cachedData });
    const module = { exports: {}, filename: bundle, id: bundle };
    script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
    return {
        main: module.exports.main,
        cacheUsed: cachedData !== undefined && !script.cachedDataRejected,
        writeCache() {
            const { cache, record } = cacheFiles(bundle);
            writeFileSync(cache, script.createCachedData());
            writeFileSync(record, JSON.stringify(identity(bytes)) + '\n');
        }
    };
}
