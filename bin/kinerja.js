#!/usr/bin/env node
// The `kinerja` command: the CLI bundle or the compiled CLI, as load-cli.js decides.
import { loadCli, PROJECT } from './load-cli.js';

const cli = await loadCli();

if (!cli) {
    process.stderr.write(`kinerja: this copy of kinerja is not built yet; run \`npm run build\` in ${PROJECT} first.\n`);
    process.exitCode = 2;
} else {
    cli.main(process.argv.slice(2)).then(
        code => { process.exitCode = code; },
        err => {
            process.stderr.write(`kinerja: internal error: ${err?.stack ?? err}\nPlease report it with the file that caused it.\n`);
            process.exitCode = 70;
        }
    );
}
