#!/usr/bin/env node
// The `kinerja` command: the CLI bundle or the compiled CLI, as load-cli.js decides.
import { loadCli } from './load-cli.js';

const { main } = await loadCli();

main(process.argv.slice(2)).then(
    code => { process.exitCode = code; },
    err => {
        process.stderr.write(`kinerja: internal error: ${err?.stack ?? err}\nPlease report it with the file that caused it.\n`);
        process.exitCode = 70;
    }
);
