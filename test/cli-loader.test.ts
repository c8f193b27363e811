/**
 * bin/load-cli.js runs the CLI bundle with V8's code cache the build made of it, and
 * only with a cache made for that very bundle and Node.js: a stale cache would give V8
 * bytecode of other code (V8 itself checks only the length of the source).
 * The other CLI tests run the command through this loader, with the cache.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cli-run.js';

const LOADER = pathToFileURL(join(ROOT, 'bin/load-cli.js')).href;
const BUNDLE = join(ROOT, 'out/bundle/cli.cjs');

/** Runs the bundle at `bundle` in a fresh node (no V8 flags) and reports whether the cache was taken and what `--version` printed. */
function run(bundle: string): { cacheUsed: boolean; version: string } {
    const script = `const m = await import(${JSON.stringify(LOADER)}); const cli = m.runBundle(${JSON.stringify(bundle)});
        let out = ''; const write = process.stdout.write; process.stdout.write = (s) => { out += s; return true; };
        await cli.main(['--version']); process.stdout.write = write;
        console.log(JSON.stringify({ cacheUsed: cli.cacheUsed, version: out.trim() }));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout.trim().split('\n').pop()!) as { cacheUsed: boolean; version: string };
}

describe('the CLI loader', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

    it('runs the bundle with the code cache the build made for it', () => {
        expect(run(BUNDLE)).toEqual({ cacheUsed: true, version: expect.stringContaining(version) });
    });

    it('runs a bundle without a cache made for another bundle or another Node.js, and still runs it', () => {
        const dir = mkdtempSync(join(tmpdir(), 'kinerja-loader-'));
        const copy = join(dir, 'cli.cjs');
        copyFileSync(BUNDLE, copy);
        copyFileSync(BUNDLE.replace(/\.cjs$/, '.cache'), join(dir, 'cli.cache'));
        const record = JSON.parse(readFileSync(BUNDLE.replace(/\.cjs$/, '.cache.json'), 'utf8')) as Record<string, string>;
        writeFileSync(join(dir, 'cli.cache.json'), JSON.stringify(record));
        // (Out of the project a copy prints the version it finds: no package.json, 0.0.0.)
        // The copy with its cache is used: the record names the same text.
        expect(run(copy).cacheUsed).toBe(true);
        // Another Node.js made it: not used.
        writeFileSync(join(dir, 'cli.cache.json'), JSON.stringify({ ...record, node: 'v0.0.0' }));
        expect(run(copy)).toEqual({ cacheUsed: false, version: expect.stringMatching(/\d+\.\d+\.\d+/) });
        // Another bundle of the same length (V8 alone would take the cache): not used.
        writeFileSync(join(dir, 'cli.cache.json'), JSON.stringify(record));
        const text = readFileSync(copy, 'latin1');
        const at = text.lastIndexOf('kinerja');
        writeFileSync(copy, text.slice(0, at) + 'KINERJA' + text.slice(at + 7), 'latin1');
        expect(run(copy).cacheUsed).toBe(false);
        // No record or a broken one: not used.
        writeFileSync(join(dir, 'cli.cache.json'), '{');
        appendFileSync(copy, '\n');
        expect(run(copy)).toEqual({ cacheUsed: false, version: expect.stringMatching(/\d+\.\d+\.\d+/) });
    });

    it('sets the compiler for a batch run only after V8 has taken the cache, and leaves the user\'s own inlining flags alone', async () => {
        // Once the flag is set, V8 refuses the same cache (flags are part of its check):
        // that a second load is refused shows the flag was set, and after the first load took it.
        const script = `const m = await import(${JSON.stringify(LOADER)}); const cli = await m.loadCli();
            console.log(JSON.stringify({ first: cli.cacheUsed, again: m.runBundle(${JSON.stringify(BUNDLE)}).cacheUsed }));`;
        const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
        expect(result.stderr).toBe('');
        expect(JSON.parse(result.stdout.trim())).toEqual({ first: true, again: false });
        const { compilerFlags } = await import(LOADER) as { compilerFlags(execArgv: string[], nodeOptions?: string): string[] };
        expect(compilerFlags([], '')).toEqual(['--max-inlined-bytecode-size-cumulative=200']);
        expect(compilerFlags(['--turbo-inlining'])).toEqual([]);
        expect(compilerFlags([], '--max_inlined_bytecode_size=100')).toEqual([]);
        expect(compilerFlags(['--max-old-space-size=4096'], '--enable-source-maps')).toEqual(['--max-inlined-bytecode-size-cumulative=200']);
    });
});
