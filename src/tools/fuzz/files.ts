/**
 * The fuzzer's file-system cases: a workspace on disk with valid files from the corpus
 * and hostile entries beside them — FIFOs, links to /dev/zero and /dev/null, dangling
 * and looping links, garbage and binary files, a sparse file over the size limit, and
 * a kinerja.config.json that is a FIFO, a device link, a dangling link, garbage, or
 * saved with a byte-order mark — run through the real command (`bin/kinerja.js check`
 * or `report`) in a child process. The answer must be the documented one
 * (docs/robustness.md, "Bad files"): exit 2 with one message naming the path when a
 * path given, the config or a file read is bad; otherwise exit 0 or 1 with every
 * skipped path named on stderr; never a stack trace; within the time bound and a
 * memory bound (Linux: the child's resident memory, read from /proc while it runs).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Random } from '../random.js';
import type { FuzzFailure } from './pipeline.js';

const BIN = fileURLToPath(new URL('../../../bin/kinerja.js', import.meta.url));
/** A check of a few example files stays near 100 MB; a read without end passes this in seconds. */
export const MEMORY_BOUND_MB = 1024;

/** What one planted entry makes the command do. */
type Effect = 'skip' | 'fatal-file' | 'fatal-config' | 'fatal-path' | 'none';

export interface Planted {
    /** The entry's path relative to the workspace folder (the command's working folder). */
    path: string;
    /** Which of ENTRIES planted it (its name), or 'given' for a hostile path given to the command. */
    entry: string;
    what: string;
    effect: Effect;
}

export interface FilesCase {
    /** The workspace folder (removed after a passing case). */
    dir: string;
    args: string[];
    planted: Planted[];
}

const pick = <T>(list: readonly T[], rnd: Random): T => list[Math.floor(rnd() * list.length)];

/** Whether `mkfifo` can make FIFOs here (not on Windows). */
const canMakeFifo = () => process.platform !== 'win32';

function mkfifo(path: string): void {
    const result = spawnSync('mkfifo', [path]);
    if (result.status !== 0) throw new Error(`mkfifo ${path}: ${String(result.stderr)}`);
}

function garbage(rnd: Random, binary: boolean): Buffer {
    const bytes = Buffer.alloc(16 + Math.floor(rnd() * 2000));
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rnd() * 256);
    // 0xFF is never UTF-8; NUL makes it binary: either way not a text file.
    bytes[Math.floor(rnd() * bytes.length)] = binary ? 0 : 0xff;
    if (!binary) for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) bytes[i] = 0xff;
    return bytes;
}

/** Plants one hostile entry in the project folder `proj` (inside `dir`), or its config. */
export const ENTRIES: Array<{ name: string; fifo?: boolean; plant(dir: string, n: number, rnd: Random): Omit<Planted, 'entry'> }> = [
    { name: 'fifo', fifo: true, plant: (dir, n) => { mkfifo(join(dir, `proj/h${n}-fifo.kinerja`)); return { path: `proj/h${n}-fifo.kinerja`, what: 'FIFO', effect: 'skip' }; } },
    { name: 'zero-link', plant: (dir, n) => { symlinkSync('/dev/zero', join(dir, `proj/h${n}-zero.kinerja`)); return { path: `proj/h${n}-zero.kinerja`, what: 'link to /dev/zero', effect: 'skip' }; } },
    { name: 'null-link', plant: (dir, n) => { symlinkSync('/dev/null', join(dir, `proj/h${n}-null.kinerja`)); return { path: `proj/h${n}-null.kinerja`, what: 'link to /dev/null', effect: 'skip' }; } },
    {
        name: 'fifo-link', fifo: true, plant: (dir, n) => {
            mkfifo(join(dir, `fifo-${n}`));
            symlinkSync(join(dir, `fifo-${n}`), join(dir, `proj/h${n}-to-fifo.kinerja`));
            return { path: `proj/h${n}-to-fifo.kinerja`, what: 'link to a FIFO', effect: 'skip' };
        }
    },
    {
        name: 'dangling-link', plant: (dir, n, rnd) => {
            const name = rnd() < 0.5 ? `h${n}-dangling.kinerja` : `h${n}-dangling`;
            symlinkSync(`gone-${n}`, join(dir, 'proj', name));
            return { path: `proj/${name}`, what: 'dangling link', effect: 'skip' };
        }
    },
    {
        name: 'link-loop', plant: (dir, n, rnd) => {
            const name = rnd() < 0.5 ? `h${n}-loop.kinerja` : `h${n}-loop`;
            if (rnd() < 0.5) symlinkSync(name, join(dir, 'proj', name));
            else {
                symlinkSync(`${name}-b`, join(dir, 'proj', name));
                symlinkSync(name, join(dir, 'proj', `${name}-b`));
            }
            return { path: `proj/${name}`, what: 'link loop', effect: 'skip' };
        }
    },
    {
        name: 'garbage', plant: (dir, n, rnd) => {
            const binary = rnd() < 0.5;
            writeFileSync(join(dir, `proj/h${n}-garbage.kinerja`), garbage(rnd, binary));
            return { path: `proj/h${n}-garbage.kinerja`, what: binary ? 'binary garbage' : 'non-UTF-8 garbage', effect: 'fatal-file' };
        }
    },
    {
        name: 'sparse-over-limit', plant: dir => {
            // Sparse: 65 MB on paper, no disk used; refused by its size before any byte is read.
            writeFileSync(join(dir, 'proj/h-huge.kinerja'), '');
            truncateSync(join(dir, 'proj/h-huge.kinerja'), 65 * 1024 * 1024);
            return { path: 'proj/h-huge.kinerja', what: 'sparse 65 MB file', effect: 'fatal-file' };
        }
    },
    {
        // Evidence (`bukti`) naming a FIFO, a link to /dev/zero, a dangling link, a link loop, a
        // folder and a path outside the workspace: a check may look whether it exists, never
        // read it (a FIFO would block, /dev/zero never ends).
        name: 'evidence', fifo: true, plant: (dir, n) => {
            mkfifo(join(dir, `proj/bukti-${n}-fifo.csv`));
            symlinkSync('/dev/zero', join(dir, `proj/bukti-${n}-zero.pdf`));
            symlinkSync(`gone-${n}.pdf`, join(dir, `proj/bukti-${n}-dangling.pdf`));
            symlinkSync(`bukti-${n}-loop.pdf`, join(dir, `proj/bukti-${n}-loop.pdf`));
            mkdirSync(join(dir, `proj/bukti-${n}-folder`));
            const locations = [`bukti-${n}-fifo.csv`, `bukti-${n}-zero.pdf`, `bukti-${n}-dangling.pdf`, `bukti-${n}-loop.pdf`, `bukti-${n}-folder`,
                '../../../../../../dev/zero', '/dev/zero', 'https://sakip.example.go.id/bukti.pdf'];
            const evidence = locations.map((l, i) => `            bukti 2025 tw${1 + (i % 4)} "Bukti ${i}" "${l}"`).join('\n');
            writeFileSync(join(dir, `proj/h${n}-bukti.kinerja`), `instansi Bukti${n} "Instansi bukti ${n}" {\n    periode 2024 - 2026\n`
                + `    jabatan Kepala "Kepala" eselon II\n    sasaran S1 "Sasaran" oleh Kepala {\n        indikator I1 "Indikator" {\n            satuan persen\n`
                + `            target 2025 80\n            realisasi 2025 tw1 20\n${evidence}\n        }\n    }\n}\n`);
            return { path: `proj/h${n}-bukti.kinerja`, what: 'bukti naming a FIFO, /dev/zero, links and a folder', effect: 'none' };
        }
    },
    { name: 'config-fifo', fifo: true, plant: (dir, _n, rnd) => config(dir, rnd, 'FIFO config', path => mkfifo(path)) },
    { name: 'config-zero', plant: (dir, _n, rnd) => config(dir, rnd, 'config linked to /dev/zero', path => symlinkSync('/dev/zero', path)) },
    { name: 'config-dangling', plant: (dir, _n, rnd) => config(dir, rnd, 'dangling config link', path => symlinkSync('gone.json', path)) },
    { name: 'config-garbage', plant: (dir, _n, rnd) => config(dir, rnd, 'garbage config', path => writeFileSync(path, garbage(rnd, rnd() < 0.5))) },
    { name: 'config-unknown-key', plant: (dir, _n, rnd) => config(dir, rnd, 'config with thresholds.hgih', path => writeFileSync(path, '{ "thresholds": { "hgih": 150 } }')) },
    { name: 'config-unknown-code', plant: (dir, _n, rnd) => config(dir, rnd, 'config with severity.pk-unsinged', path => writeFileSync(path, '{ "severity": { "pk-unsinged": "off" } }')) },
    {
        name: 'config-bom', plant: (dir, _n, rnd) => {
            const planted = config(dir, rnd, 'config with a byte-order mark', path => writeFileSync(path, '\ufeff{ "thresholds": { "low": 85 } }'));
            return { ...planted, effect: 'none' };
        }
    }
];

/** A kinerja.config.json in the project folder or the one above it (up the tree). */
function config(dir: string, rnd: Random, what: string, make: (path: string) => void): Omit<Planted, 'entry'> {
    const path = rnd() < 0.5 ? 'proj/kinerja.config.json' : 'kinerja.config.json';
    rmSync(join(dir, path), { force: true });
    make(join(dir, path));
    return { path, what, effect: 'fatal-config' };
}

/** Lays out a case: 1 to 3 corpus files and 1 to 4 hostile entries (at most one config), and the command. */
export function makeFilesCase(corpus: Record<string, string>, rnd: Random): FilesCase {
    const dir = mkdtempSync(join(tmpdir(), 'kinerja-fuzz-files-'));
    mkdirSync(join(dir, 'proj'));
    const names = Object.keys(corpus);
    const count = 1 + Math.floor(rnd() * Math.min(3, names.length));
    for (let i = 0; i < count; i++) {
        const name = pick(names, rnd);
        writeFileSync(join(dir, 'proj', name), corpus[name]);
    }
    const usable = ENTRIES.filter(e => !e.fifo || canMakeFifo());
    const planted: Planted[] = [];
    let configDone = false;
    const hostile = 1 + Math.floor(rnd() * 4);
    for (let n = 0; n < hostile; n++) {
        const entry = pick(usable, rnd);
        if (entry.name.startsWith('config-') && configDone) continue;
        if (entry.name === 'sparse-over-limit' && planted.some(p => p.path === 'proj/h-huge.kinerja')) continue;
        configDone ||= entry.name.startsWith('config-');
        planted.push({ ...entry.plant(dir, n, rnd), entry: entry.name });
    }
    const command = rnd() < 0.7 ? ['check'] : ['report', '--year', '2025', '--format', pick(['json', 'md', 'csv'], rnd)];
    // Sometimes a hostile file itself is the path given: then it is refused, exit 2.
    const skipped = planted.filter(p => p.effect === 'skip');
    let path = 'proj';
    if (skipped.length && rnd() < 0.25) {
        const given = pick(skipped, rnd);
        path = given.path;
        planted.push({ path: given.path, entry: 'given', what: `${given.what}, given as the path`, effect: 'fatal-path' });
    }
    const lang = pick([[], ['--lang', 'en'], ['--lang', 'id']], rnd);
    return { dir, args: [...command.slice(0, 1), path, ...command.slice(1), ...lang], planted };
}

interface Run {
    status: number | null;
    stdout: string;
    stderr: string;
    ms: number;
    peakMb: number;
    killed?: 'time' | 'memory';
}

/** Runs the command in the case's folder, killing it past the time or memory bound. */
function runCli(args: string[], cwd: string, boundMs: number): Promise<Run> {
    return new Promise(done => {
        const started = performance.now();
        const env = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', GITHUB_ACTIONS: '' };
        const child = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        let peakMb = 0;
        let killed: Run['killed'];
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => { if (stdout.length < 1 << 20) stdout += chunk; });
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => { if (stderr.length < 1 << 20) stderr += chunk; });
        const timer = setTimeout(() => { killed = 'time'; child.kill('SIGKILL'); }, boundMs);
        const poll = process.platform === 'linux' ? setInterval(() => {
            try {
                const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
                const mb = rss ? Number(rss[1]) / 1024 : 0;
                peakMb = Math.max(peakMb, mb);
                if (mb > MEMORY_BOUND_MB) {
                    killed = 'memory';
                    child.kill('SIGKILL');
                }
            } catch { /* ended */ }
        }, 50) : undefined;
        child.on('close', status => {
            clearTimeout(timer);
            if (poll) clearInterval(poll);
            done({ status, stdout, stderr, ms: performance.now() - started, peakMb, killed });
        });
    });
}

/** Runs a case and checks the answer; a failure, or undefined. Removes the folder unless it failed. */
export async function runFilesCase(c: FilesCase, boundMs: number): Promise<FuzzFailure | undefined> {
    const run = await runCli(c.args, c.dir, boundMs);
    const failure = judge(c, run, boundMs);
    if (!failure) rmSync(c.dir, { recursive: true, force: true });
    return failure;
}

function judge(c: FilesCase, run: Run, boundMs: number): FuzzFailure | undefined {
    const fail = (stage: string, why: string): FuzzFailure => ({
        stage: `files: ${stage}`,
        message: [
            why,
            `command: (cd ${c.dir} && node ${BIN} ${c.args.join(' ')})`,
            `planted: ${c.planted.map(p => `${p.path} (${p.what})`).join(', ')}`,
            `exit ${String(run.status)} after ${run.ms.toFixed(0)} ms, peak ${run.peakMb.toFixed(0)} MB`,
            `stderr:\n${run.stderr.slice(0, 2000)}`
        ].join('\n')
    });
    if (run.killed === 'time') return fail('time', `no answer within ${boundMs} ms: killed`);
    if (run.killed === 'memory') return fail('memory', `more than ${MEMORY_BOUND_MB} MB resident: killed`);
    if (/^\s+at /m.test(run.stderr) || /\b(TypeError|RangeError|ReferenceError|Error):/.test(run.stderr)) return fail('message', 'a stack trace or a raw error on stderr');
    const lines = run.stderr.split('\n').filter(l => l !== '');
    const english = c.args.includes('en');
    const skipWord = english ? 'skipped: ' : 'dilewati: ';
    const abs = (p: string) => resolve(c.dir, p);
    const named = (line: string | undefined, paths: string[]) => paths.some(p => line?.startsWith(`kinerja: ${p}: `));
    const of = (effect: Effect) => c.planted.filter(p => p.effect === effect);
    if (of('fatal-path').length) {
        const given = of('fatal-path')[0].path;
        if (run.status !== 2) return fail('exit code', `expected 2 for ${given} given as the path`);
        if (lines.length !== 1 || !named(lines[0], [given])) return fail('message', `expected one line naming ${given}`);
        return undefined;
    }
    if (of('fatal-config').length) {
        const config = abs(of('fatal-config')[0].path);
        if (run.status !== 2) return fail('exit code', `expected 2 for the config ${config}`);
        if (lines.length !== 1 || !named(lines[0], [config])) return fail('message', `expected one line naming ${config}`);
        return undefined;
    }
    for (const skipped of of('skip')) {
        if (!lines.some(l => l.startsWith(`kinerja: ${skipped.path}: ${skipWord}`))) return fail('message', `${skipped.path} (${skipped.what}) is not named as skipped`);
    }
    if (of('fatal-file').length) {
        if (run.status !== 2) return fail('exit code', `expected 2 for ${of('fatal-file').map(p => p.path).join(', ')}`);
        if (!named(lines[lines.length - 1], of('fatal-file').map(p => abs(p.path)))) return fail('message', 'expected the last line to name the bad file');
        return undefined;
    }
    if (run.status !== 0 && run.status !== 1) return fail('exit code', 'expected 0 or 1: nothing planted stops the run');
    return undefined;
}
