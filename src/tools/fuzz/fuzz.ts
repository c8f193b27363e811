/**
 * `npm run fuzz -- --runs N --seed S`: mutates valid workspaces (the project's
 * examples and generated ones) and runs each mutant through the whole pipeline
 * (pipeline.ts). On a failure it prints the seed, the run, the mutations, how to replay
 * that run alone (`--seed S --run R`), and the smallest input it can shrink the failure
 * to, and exits 1. Each run draws from its own random stream (seed and run number), so
 * `--jobs N` spreads the runs over N processes with the same inputs as one process.
 * Every tenth run (`--files-every`) also lays out a workspace on disk with FIFOs,
 * device links, broken links and garbage files and checks the command's answer
 * (files.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError, Option } from 'commander';
import { generateWorkspace } from '../generate-workspace.js';
import { deepCascade, MUTATIONS } from './mutations.js';
import { seededRandom, type Random } from '../random.js';
import { makeFilesCase, runFilesCase } from './files.js';
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

/** The file-system cases draw from a stream of their own, so the mutants stay those of earlier versions. */
const FILES_STREAM = 0x5f11e5;

/** Each run has its own random stream, so runs can be spread over processes and replayed alone. */
export function runRandom(seed: number, run: number): Random {
    return seededRandom((seed ^ Math.imul(run, 0x9e3779b1)) >>> 0);
}

interface FuzzOptions {
    runs: number;
    seed: number;
    bound: number;
    examples: string;
    jobs: number;
    filesEvery: number;
    run?: number;
    worker?: number;
}

/** Runs the given runs of the seed in this process; 1 on the first failure (reported with its shrunk input). */
async function fuzzRuns(options: FuzzOptions, runs: Iterable<number>, progress: (done: number) => void): Promise<number> {
    registerExtraStages();
    const folder = resolve(options.examples);
    const corpora = [
        readExamples(folder),
        // Workspaces of their own in subfolders (examples/malra: a real year).
        ...readdirSync(folder, { withFileTypes: true }).filter(e => e.isDirectory()).map(e => readExamples(join(folder, e.name)))
            .filter(files => Object.keys(files).length),
        // One generated agency (~200 indicators, 86 KB): larger ones cost time, not coverage.
        Object.fromEntries(generateWorkspace({ agencies: 1, seed: options.seed }).map(f => [f.path.replace(/\//g, '_'), f.text]))
    ];
    const pipeline = new FuzzPipeline();
    let done = 0;
    for (const run of runs) {
        const mutant = makeMutant(corpora, runRandom(options.seed, run), options.bound);
        mutant.input.variant = run;
        const failure = await pipeline.run(mutant.input);
        if (failure) {
            process.stderr.write(`\nFAILED: seed ${options.seed}, run ${run}, mutations ${mutant.mutations.join(', ')}\n`);
            process.stderr.write(`replay: npm run fuzz -- --seed ${options.seed} --run ${run}\n`);
            process.stderr.write(`stage: ${failure.stage}\n${failure.message}\n`);
            const small = await shrink(pipeline, mutant.input, failure);
            process.stderr.write('\nsmallest failing input:\n');
            for (const [name, text] of Object.entries(small.files)) process.stderr.write(`--- ${name}\n${text}\n`);
            return 1;
        }
        if (options.filesEvery > 0 && run % options.filesEvery === 0) {
            // A workspace on disk with FIFOs, device links, broken links and garbage, through the real command (files.ts).
            const filesCase = makeFilesCase(corpora[0], runRandom(options.seed ^ FILES_STREAM, run));
            const filesFailure = await runFilesCase(filesCase, options.bound);
            if (filesFailure) {
                process.stderr.write(`\nFAILED: seed ${options.seed}, run ${run}, file-system case (kept in ${filesCase.dir})\n`);
                process.stderr.write(`replay: npm run fuzz -- --seed ${options.seed} --run ${run}\n`);
                process.stderr.write(`stage: ${filesFailure.stage}\n${filesFailure.message}\n`);
                return 1;
            }
        }
        progress(++done);
    }
    return 0;
}

function showProgress(done: number, runs: number, started: number): void {
    process.stderr.write(`\r${done}/${runs} inputs, no failure (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

/** Spreads the runs over `jobs` child processes (run r goes to child (r - 1) mod jobs). */
function fuzzInParallel(options: FuzzOptions, started: number): Promise<number> {
    return new Promise(resolveAll => {
        const done = new Array<number>(options.jobs).fill(0);
        let shown = 0;
        let finished = 0;
        let result = 0;
        const children = Array.from({ length: options.jobs }, (_, worker) => {
            const child = fork(fileURLToPath(import.meta.url), [
                '--runs', String(options.runs), '--seed', String(options.seed), '--bound', String(options.bound),
                '--examples', options.examples, '--jobs', String(options.jobs), '--files-every', String(options.filesEvery), '--worker', String(worker)
            ], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
            child.on('message', (message: { done: number }) => {
                done[worker] = message.done;
                const total = done.reduce((a, b) => a + b, 0);
                if (total >= shown + 100 || total === options.runs) {
                    shown = total - (total % 100);
                    showProgress(total, options.runs, started);
                }
            });
            child.on('exit', code => {
                if (code !== 0 && result === 0) {
                    result = 1;
                    for (const other of children) if (other !== child) other.kill();
                }
                if (++finished === options.jobs) resolveAll(result);
            });
            return child;
        });
    });
}

async function main(): Promise<number> {
    const whole = (v: string) => { if (!/^\d+$/.test(v)) throw new InvalidArgumentError('must be a whole number'); return Number(v); };
    const program = new Command('fuzz')
        .option('--runs <n>', 'number of mutants', whole, 1000)
        .option('--seed <n>', 'random seed', whole, 1)
        .option('--bound <ms>', 'time bound per input (parse to every report and formatting)', whole, 30_000)
        .option('--examples <dir>', 'valid workspace to mutate', 'examples')
        .option('--jobs <n>', 'processes to spread the runs over (one per core)', whole, 1)
        .option('--files-every <n>', 'every n-th run also runs a file-system case through the command (0: none)', whole, 10)
        .option('--run <n>', 'replay only this run of the seed (as printed on a failure)', whole)
        .addOption(new Option('--worker <k>').argParser(whole).hideHelp())
        .parse(process.argv);
    const options = program.opts<FuzzOptions>();
    const started = Date.now();
    if (options.run !== undefined) {
        const code = await fuzzRuns(options, [options.run], () => undefined);
        if (code === 0) process.stderr.write(`fuzz: run ${options.run} of seed ${options.seed} passed\n`);
        return code;
    }
    if (options.worker !== undefined) {
        const mine = function* () { for (let run = options.worker! + 1; run <= options.runs; run += options.jobs) yield run; };
        return fuzzRuns(options, mine(), done => process.send?.({ done }));
    }
    const code = options.jobs > 1
        ? await fuzzInParallel(options, started)
        : await fuzzRuns(options, (function* () { for (let run = 1; run <= options.runs; run++) yield run; })(), done => {
            if (done % 100 === 0 || done === options.runs) {
                showProgress(done, options.runs, started);
            }
        });
    if (code === 0) {
        process.stderr.write(`\nfuzz: ${options.runs} inputs passed, seed ${options.seed}, ${options.jobs} job(s), ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    }
    return code;
}

main().then(code => { process.exitCode = code; }, err => { console.error(err); process.exitCode = 1; });
