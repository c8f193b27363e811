/**
 * `npm run bench:hostile`: the hostile inputs of src/tools/hostile-inputs.ts at full
 * size, each checked by a cold `kinerja check` with the fast path and with Langium's
 * parser alone (KINERJA_PARSER=langium). Prints the exit code, the lines printed, the
 * time and the peak memory of each run (docs/robustness.md has a table of them).
 * Numbers only, nothing asserted: test/language/hostile.test.ts and
 * test/findings/bounds.test.ts assert the behaviour at sizes that keep them fast.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { duplicateNames, grammarKeywords, randomTokens, strayCharacters, unclosedComments } from '../hostile-inputs.js';
import { deepCascade } from '../fuzz/mutations.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const BIN = join(ROOT, 'bin/kinerja.js');

const keywords = grammarKeywords();
const INPUTS: Array<[string, () => string]> = [
    ['random tokens, 800 000', () => randomTokens(keywords, 800_000, 20261205)],
    ['stray characters, 2 400 000', () => strayCharacters(2_400_000, 7)],
    ['unclosed comments, 1 000 000', () => unclosedComments(1_000_000)],
    ['one name 3 000 times', () => duplicateNames(3_000)],
    ['one name 30 000 times', () => duplicateNames(30_000)],
    ['a 5 000-level chain', () => deepCascade(5_000, false)],
    ['a 10 000-level chain', () => deepCascade(10_000, false)]
];

/** Peak memory of the child, reported by itself at exit (node's -r runs this before the CLI). */
const PRELOAD = "process.on('exit', () => process.stderr.write('\\nmaxRssMb ' + (process.resourceUsage().maxRSS / 1024).toFixed(0) + '\\n'));";

const folder = mkdtempSync(join(tmpdir(), 'kinerja-hostile-'));
const preload = join(folder, 'rss.cjs');
writeFileSync(preload, PRELOAD);
const rows: string[] = ['| input | size | parser | exit | lines printed | time | peak memory |', '|---|---|---|---|---|---|---|'];
try {
    for (const [name, make] of INPUTS) {
        const file = join(folder, 'hostile.kinerja');
        writeFileSync(file, make());
        const megabytes = (statSync(file).size / 1e6).toFixed(2).replace('.', ',');
        for (const parser of ['fast path', 'langium']) {
            const env = { ...process.env };
            if (parser === 'langium') env.KINERJA_PARSER = 'langium'; else delete env.KINERJA_PARSER;
            const started = performance.now();
            const run = spawnSync(process.execPath, ['-r', preload, BIN, 'check', file], { encoding: 'utf8', env, maxBuffer: 1 << 30 });
            const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
            const rss = /maxRssMb (\d+)/.exec(run.stderr)?.[1] ?? '?';
            const lines = run.stdout.split('\n').filter(Boolean).length;
            const row = `| ${name} | ${megabytes} MB | ${parser} | ${run.status} | ${lines} | ${seconds} s | ${rss} MB |`;
            rows.push(row);
            process.stderr.write(`${row}\n`);
            if (run.status !== 0 && run.status !== 1) process.stderr.write(run.stderr.slice(-2000));
        }
    }
} finally {
    rmSync(folder, { recursive: true, force: true });
}
process.stdout.write(`${rows.join('\n')}\n`);
