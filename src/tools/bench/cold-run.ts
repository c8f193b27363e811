/**
 * One cold CLI run for the benchmark, in a fresh process: runs `kinerja <args>` with
 * its output discarded and prints `{"ms": …, "maxRssMb": …}` (time inside the process,
 * peak resident memory) on the last line of stderr. The parent measures wall time.
 * Runs what `bin/kinerja.js` runs: the CLI bundle when the build wrote it.
 */
import '../../common/node20-polyfills.js';
import { existsSync } from 'node:fs';

const bundle = new URL('../../bundle/cli.mjs', import.meta.url);
const { main } = (existsSync(bundle) && !process.env.KINERJA_NO_BUNDLE
    ? await import(bundle.href)
    : await import('../../cli/main.js')) as typeof import('../../cli/main.js');

const started = performance.now();
process.stdout.write = (() => true) as typeof process.stdout.write;
const code = await main(process.argv.slice(2));
process.stderr.write(`\n${JSON.stringify({ code, ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
