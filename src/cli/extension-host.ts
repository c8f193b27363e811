/**
 * The `kinerja` command as the VS Code extension runs it: bundled by
 * scripts/build-extension.mjs as dist/cli.cjs, which the extension starts in a child
 * process (src/extension/cli-process.ts) for `kinerja init` (the walkthrough's "create a
 * workspace") and `kinerja import` ("Impor dari Excel"). The same main() as bin/kinerja.js,
 * on VS Code's own Node: Node 20 in VS Code 1.100, hence the polyfill first.
 */
import '../common/node20-polyfills.js';
import { visibleControls } from '../common/controls.js';
import { main } from './main.js';

main(process.argv.slice(2)).then(
    code => { process.exitCode = code; },
    (err: unknown) => {
        const text = err instanceof Error ? err.stack ?? err.message : String(err);
        process.stderr.write(`kinerja: internal error: ${visibleControls(text)}\nPlease report it with the file that caused it.\n`);
        process.exitCode = 70;
    }
);
