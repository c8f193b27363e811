#!/usr/bin/env node
// The `kinerja` command: the CLI bundle or the compiled CLI, as load-cli.js decides.
import { loadCli, PROJECT } from './load-cli.js';

const cli = await loadCli();

/** Control characters (not line breaks) as visible escapes, as src/common/controls.ts does. */
const visible = text => String(text).replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

if (!cli) {
    process.stderr.write(`kinerja: this copy of kinerja is not built yet; run \`npm run build\` in ${visible(PROJECT)} first.\n`);
    process.exitCode = 2;
} else {
    cli.main(process.argv.slice(2)).then(
        code => { process.exitCode = code; },
        err => {
            process.stderr.write(`kinerja: internal error: ${visible(err?.stack ?? err)}\nPlease report it with the file that caused it.\n`);
            process.exitCode = 70;
        }
    );
}
