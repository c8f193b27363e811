/**
 * The floor the benchmark compares against: the same workspace data as JSON (the
 * serialised ASTs), read from disk, parsed with JSON.parse and walked once. Prints
 * `{"ms": …}` on stdout.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function walk(value: unknown): number {
    let count = 0;
    const stack: unknown[] = [value];
    while (stack.length) {
        const v = stack.pop();
        count++;
        if (Array.isArray(v)) stack.push(...v);
        else if (v && typeof v === 'object') stack.push(...Object.values(v));
    }
    return count;
}

const folder = process.argv[2];
const started = performance.now();
let nodes = 0;
for (const name of readdirSync(folder)) {
    if (name.endsWith('.json')) nodes += walk(JSON.parse(readFileSync(join(folder, name), 'utf8')));
}
process.stdout.write(JSON.stringify({ ms: performance.now() - started, nodes }) + '\n');
