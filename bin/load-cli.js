// Which CLI to run, for bin/kinerja.js and the benchmark's cold run (src/tools/bench):
// the bundle (out/bundle/cli.mjs, scripts/build-cli.mjs), which starts in a third of the
// time of the several hundred modules it is made of, when it is at least as new as the
// last TypeScript build; else the compiled CLI (out/cli/main.js). `npm run build` (and
// npm test) writes both. KINERJA_NO_BUNDLE=1 forces the compiled CLI.
import { statSync } from 'node:fs';

function mtime(relative) {
    try {
        return statSync(new URL(relative, import.meta.url)).mtimeMs;
    } catch {
        return undefined;
    }
}

/** The CLI module: `{ main(args): Promise<number> }`. */
export async function loadCli() {
    const bundle = mtime('../out/bundle/cli.mjs');
    const useBundle = bundle !== undefined && bundle >= (mtime('../tsconfig.tsbuildinfo') ?? 0) && !process.env.KINERJA_NO_BUNDLE;
    return import(useBundle ? '../out/bundle/cli.mjs' : '../out/cli/main.js');
}
