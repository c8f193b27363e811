/**
 * bin/load-cli.js picks the CLI from the build's own record (out/bundle/cli.json), runs
 * it with Node's compile cache, and says in one sentence what to do when nothing is
 * built. The other CLI tests run the command through this loader.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './cli-run.js';

const LOADER = pathToFileURL(join(ROOT, 'bin/load-cli.js')).href;
const { cliEntry } = await import(LOADER) as { cliEntry(out: URL, env?: NodeJS.ProcessEnv): { kind: string; file: string } | undefined };

const scratch = mkdtempSync(join(tmpdir(), 'kinerja-loader-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A build folder with the given files (path → text). */
function outFolder(name: string, files: Record<string, string>): URL {
    const dir = join(scratch, name);
    for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(dir, path, '..'), { recursive: true });
        writeFileSync(join(dir, path), text);
    }
    return pathToFileURL(`${dir}/`);
}

const BUNDLE_TEXT = 'module.exports = {};\n';
const record = (bytes = BUNDLE_TEXT.length) => JSON.stringify({ bundle: 'cli.cjs', bytes });

describe('the CLI loader', () => {
    it('runs the bundle the build recorded, with its size', () => {
        const out = outFolder('both', { 'bundle/cli.cjs': BUNDLE_TEXT, 'bundle/cli.json': record(), 'cli/main.js': '' });
        expect(cliEntry(out)).toEqual({ kind: 'bundle', file: join(scratch, 'both/bundle/cli.cjs') });
        expect(cliEntry(out, { KINERJA_NO_BUNDLE: '1' })).toEqual({ kind: 'compiled', file: join(scratch, 'both/cli/main.js') });
    });

    it('runs the compiled modules when the record is missing, unreadable or names another bundle', () => {
        const cases: Record<string, Record<string, string>> = {
            'no-record': { 'bundle/cli.cjs': BUNDLE_TEXT },
            'bad-record': { 'bundle/cli.cjs': BUNDLE_TEXT, 'bundle/cli.json': '{' },
            'half-written': { 'bundle/cli.cjs': BUNDLE_TEXT.slice(0, 5), 'bundle/cli.json': record() },
            'elsewhere': { 'bundle/cli.cjs': BUNDLE_TEXT, 'bundle/cli.json': JSON.stringify({ bundle: '../cli/main.js', bytes: 0 }) }
        };
        for (const [name, files] of Object.entries(cases)) {
            const out = outFolder(name, { ...files, 'cli/main.js': '' });
            expect(cliEntry(out), name).toEqual({ kind: 'compiled', file: join(scratch, name, 'cli/main.js') });
        }
        expect(cliEntry(outFolder('nothing', { 'bundle/cli.json': record() }))).toBeUndefined();
    });

    it('says in one sentence to run the build when nothing is built, for both commands', () => {
        const copy = join(scratch, 'unbuilt');
        cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
        cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
        for (const [bin, args] of [['kinerja.js', ['check', '.']], ['kinerja-language-server.js', ['--stdio']]] as const) {
            const result = spawnSync(process.execPath, [join(copy, 'bin', bin), ...args], { encoding: 'utf8', input: '' });
            expect(result.status).toBe(2);
            expect(result.stdout).toBe('');
            const name = bin.replace(/\.js$/, '');
            expect(result.stderr).toBe(`${name}: this copy of kinerja is not built yet; run \`npm run build\` in ${copy}/ first.\n`);
        }
    });

    it('runs the built bundle with Node\'s compile cache, which the second run reads', () => {
        const cache = join(scratch, 'compile-cache');
        const env = { ...process.env, NODE_COMPILE_CACHE: cache, NODE_DEBUG_NATIVE: 'COMPILE_CACHE' };
        delete env.NODE_DISABLE_COMPILE_CACHE;
        const run = () => spawnSync(process.execPath, [join(ROOT, 'bin/kinerja.js'), '--version'], { encoding: 'utf8', env });
        const first = run();
        expect(first.status).toBe(0);
        expect(first.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
        const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
            .flatMap(e => (e.isDirectory() ? files(join(dir, e.name)) : [relative(cache, join(dir, e.name))]));
        expect(files(cache).length).toBeGreaterThan(0);
        expect(files(cache).some(f => statSync(join(cache, f)).size > 100_000)).toBe(true);
        const second = run();
        expect(second.status).toBe(0);
        // Node's own trace of the cache (NODE_DEBUG_NATIVE): the bundle's code was read from it.
        expect(second.stderr).toMatch(/cli\.cjs[^\n]*(was accepted|hit)|(was accepted|hit)[^\n]*cli\.cjs/i);
    });

    it('sets no V8 flag while the process runs', () => {
        const sources = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap(e => {
            const path = join(dir, e.name);
            if (e.isDirectory()) return e.name === 'generated' ? [] : sources(path);
            return /\.(ts|js|mjs|cjs)$/.test(e.name) ? [path] : [];
        });
        const offenders = [...sources(join(ROOT, 'bin')), ...sources(join(ROOT, 'src'))]
            .filter(file => readFileSync(file, 'utf8').includes('setFlagsFromString'));
        expect(offenders).toEqual([]);
    });
});
