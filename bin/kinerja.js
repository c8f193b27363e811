#!/usr/bin/env node
// The `kinerja` command. Runs the bundle (out/bundle/cli.mjs, scripts/build-cli.mjs),
// which starts in a third of the time of the several hundred modules it is made of, when
// it is at least as new as the last TypeScript build; else the compiled CLI
// (out/cli/main.js). `npm run build` (and npm test) writes both.
import { statSync } from 'node:fs';

function mtime(relative) {
    try {
        return statSync(new URL(relative, import.meta.url)).mtimeMs;
    } catch {
        return undefined;
    }
}

const bundle = mtime('../out/bundle/cli.mjs');
const useBundle = bundle !== undefined && bundle >= (mtime('../tsconfig.tsbuildinfo') ?? 0) && !process.env.KINERJA_NO_BUNDLE;
const { main } = await import(useBundle ? '../out/bundle/cli.mjs' : '../out/cli/main.js');

main(process.argv.slice(2)).then(
    code => { process.exitCode = code; },
    err => {
        process.stderr.write(`kinerja: internal error: ${err?.stack ?? err}\nPlease report it with the file that caused it.\n`);
        process.exitCode = 70;
    }
);
