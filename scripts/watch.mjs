#!/usr/bin/env node
// `npm run watch`: compiles to out/ on every change (tsc --watch) and bundles the CLI
// again (scripts/build-cli.mjs --watch), so that `kinerja` runs what was just saved,
// whichever of the two bin/load-cli.js picks. Ctrl+C stops both.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const children = [
    spawn(process.execPath, [tsc, '-b', 'tsconfig.json', '--watch', '--preserveWatchOutput'], { cwd: root, stdio: 'inherit' }),
    spawn(process.execPath, [join(root, 'scripts/build-cli.mjs'), '--watch'], { cwd: root, stdio: 'inherit' })
];
for (const child of children) {
    child.on('exit', code => {
        for (const other of children) other.kill();
        process.exitCode = code ?? 0;
    });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { for (const child of children) child.kill(signal); });
