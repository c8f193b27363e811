#!/usr/bin/env node
// The `kinerja` command: runs the compiled CLI (npm test or npm run build compiles it).
import { main } from '../out/cli/main.js';

main(process.argv.slice(2)).then(
    code => { process.exitCode = code; },
    err => {
        process.stderr.write(`kinerja: internal error: ${err?.stack ?? err}\nPlease report it with the file that caused it.\n`);
        process.exitCode = 70;
    }
);
