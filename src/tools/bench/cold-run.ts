/**
 * One cold CLI run for the benchmark, in a fresh process: runs `kinerja <args>` with
 * its output discarded and prints `{"ms": …, "maxRssMb": …}` (time inside the process,
 * peak resident memory) on the last line of stderr. The parent measures wall time.
 */
import '../../common/node20-polyfills.js';
import { main } from '../../cli/main.js';

const started = performance.now();
process.stdout.write = (() => true) as typeof process.stdout.write;
const code = await main(process.argv.slice(2));
process.stderr.write(`\n${JSON.stringify({ code, ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
