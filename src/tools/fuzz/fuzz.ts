/**
 * `npm run fuzz -- --runs N --seed S`: mutates valid workspaces (the project's
 * examples and generated ones) and runs each mutant through the whole pipeline
 * (pipeline.ts). On a failure it prints the seed, the run, the mutations, and the
 * smallest input it can shrink the failure to, and exits 1.
 */
import '../../common/node20-polyfills.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { generateWorkspace } from '../generate-workspace.js';
import { deepCascade, MUTATIONS } from './mutations.js';
import { seededRandom, type Random } from '../random.js';
import { FuzzPipeline, type FuzzFailure, type FuzzInput } from './pipeline.js';
import { registerExtraStages } from './stages.js';

function readExamples(folder: string): Record<string, string> {
    const files: Record<string, string> = {};
    for (const name of readdirSync(folder).sort()) {
        if (name.endsWith('.kinerja')) files[name] = readFileSync(join(folder, name), 'utf8');
    }
    return files;
}

interface Mutant {
    input: FuzzInput;
    mutations: string[];
}

export function makeMutant(corpora: Array<Record<string, string>>, rnd: Random, bound: number): Mutant {
    const special = rnd();
    if (special < 0.004) return { input: { files: { 'dalam.kinerja': deepCascade(10_000, rnd() < 0.5) }, bound: bound * 6 }, mutations: ['deep-cascade-10000'] };
    const base = corpora[Math.floor(rnd() * corpora.length)];
    const files = { ...base };
    const names = Object.keys(files);
    const mutations: string[] = [];
    const count = 1 + Math.floor(rnd() * 4);
    for (let i = 0; i < count; i++) {
        const name = names[Math.floor(rnd() * names.length)];
        const mutation = MUTATIONS[Math.floor(rnd() * MUTATIONS.length)];
        files[name] = mutation.apply(files[name], rnd);
        mutations.push(`${mutation.name}@${name}`);
    }
    if (special > 0.996) {
        // Thousands of files: every line of one file becomes a file of its own.
        const many: Record<string, string> = {};
        Object.entries(files).forEach(([name, text]) => text.split('\n').forEach((line, i) => { many[`${name}.${i}.kinerja`] = line; }));
        return { input: { files: many, bound: bound * 6 }, mutations: [...mutations, 'one-file-per-line'] };
    }
    return { input: { files, bound }, mutations };
}

/** Delta debugging over lines: the smallest input that still fails at the same stage. */
export async function shrink(pipeline: FuzzPipeline, input: FuzzInput, failure: FuzzFailure, budget = 300, seconds = 120): Promise<FuzzInput> {
    let current = input;
    let tries = 0;
    const deadline = Date.now() + seconds * 1000;
    const stillFails = async (candidate: FuzzInput) => {
        if (Date.now() > deadline) tries = budget;
        tries++;
        const result = await pipeline.run(candidate);
        return result !== undefined && result.stage === failure.stage;
    };
    for (const name of Object.keys(current.files)) {
        const others = { ...current.files };
        delete others[name];
        if (Object.keys(others).length && tries < budget && await stillFails({ ...current, files: others })) {
            current = { ...current, files: others };
        }
    }
    for (const name of Object.keys(current.files)) {
        let lines = current.files[name].split('\n');
        for (let chunk = Math.max(1, lines.length >> 1); chunk >= 1 && tries < budget; chunk >>= 1) {
            for (let start = 0; start < lines.length && tries < budget;) {
                const candidate = [...lines.slice(0, start), ...lines.slice(start + chunk)];
                const files = { ...current.files, [name]: candidate.join('\n') };
                if (await stillFails({ ...current, files })) {
                    lines = candidate;
                    current = { ...current, files };
                } else {
                    start += chunk;
                }
            }
        }
    }
    return current;
}

async function main(): Promise<number> {
    const whole = (v: string) => { if (!/^\d+$/.test(v)) throw new InvalidArgumentError('must be a whole number'); return Number(v); };
    const program = new Command('fuzz')
        .option('--runs <n>', 'number of mutants', whole, 1000)
        .option('--seed <n>', 'random seed', whole, 1)
        .option('--bound <ms>', 'time bound per input (parse to every report and formatting)', whole, 30_000)
        .option('--examples <dir>', 'valid workspace to mutate', 'examples')
        .parse(process.argv);
    const options = program.opts<{ runs: number; seed: number; bound: number; examples: string }>();
    registerExtraStages();
    const corpora = [
        readExamples(resolve(options.examples)),
        Object.fromEntries(generateWorkspace({ agencies: 2, seed: options.seed }).map(f => [f.path.replace(/\//g, '_'), f.text]))
    ];
    const rnd = seededRandom(options.seed);
    const pipeline = new FuzzPipeline();
    const started = Date.now();
    for (let run = 1; run <= options.runs; run++) {
        const mutant = makeMutant(corpora, rnd, options.bound);
        const failure = await pipeline.run(mutant.input);
        if (failure) {
            process.stderr.write(`\nFAILED: seed ${options.seed}, run ${run}, mutations ${mutant.mutations.join(', ')}\n`);
            process.stderr.write(`stage: ${failure.stage}\n${failure.message}\n`);
            const small = await shrink(pipeline, mutant.input, failure);
            process.stderr.write('\nsmallest failing input:\n');
            for (const [name, text] of Object.entries(small.files)) process.stderr.write(`--- ${name}\n${text}\n`);
            return 1;
        }
        if (run % 100 === 0 || run === options.runs) {
            process.stderr.write(`\r${run}/${options.runs} inputs, no failure (${((Date.now() - started) / 1000).toFixed(0)} s)`);
        }
    }
    process.stderr.write(`\nfuzz: ${options.runs} inputs passed, seed ${options.seed}, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return 0;
}

main().then(code => { process.exitCode = code; }, err => { console.error(err); process.exitCode = 1; });
