/**
 * One cold CLI run for the benchmark, in a fresh process: runs `kinerja <args>` (the
 * parent sends its standard output to /dev/null) and prints `{"ms": …, "maxRssMb": …}` (time inside the process,
 * peak resident memory) on the last line of stderr. The parent measures wall time.
 * Runs what `bin/kinerja.js` runs (bin/load-cli.js picks the bundle or the compiled CLI).
 */

// Outside the TypeScript project: imported by URL from out/tools/bench/.
const loader = new URL('../../../bin/load-cli.js', import.meta.url).href;
const { loadCli } = await import(loader) as { loadCli(): Promise<typeof import('../../cli/main.js') | undefined> };
const cli = await loadCli();
if (!cli) throw new Error('the CLI is not built (npm run build)');
const { main } = cli;

const started = performance.now();
const code = await main(process.argv.slice(2));
process.stderr.write(`\n${JSON.stringify({ code, ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
