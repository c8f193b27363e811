/**
 * `npm run bench [-- --sizes S,M,L --edits 50 --out docs/performance.md]`: generates
 * the S, M and L workspaces (generate-workspace.ts), then measures for each
 *  - cold `kinerja check` wall time and peak RSS, `kinerja report` json and html time;
 *  - the HTML report as a folder (`--out DIR`) beside a cold check, --runs times in
 *    turns: the L HTML folder time beside the L check (issue 21: at most twice);
 *  - the floor: the same data (serialised ASTs) as JSON, read, parsed and walked; the
 *    check and the floor are taken --runs times in turns (default 3) and their medians
 *    and the median of their ratios reported; with --baseline DIR, the CLI of another
 *    built checkout (DIR) is run in the same turns, for before/after comparisons;
 *  - through a real language server over stdio: the initial workspace build, one-line
 *    edit → publishDiagnostics latency (p50/p95), completion and hover p95;
 *  - `kinerja import` of the workspace's full data workbook (every sheet, as `kinerja
 *    export` writes it) into an empty folder, against `kinerja check` of the workspace,
 *    taken --runs times in turns: their medians and the median of their ratios.
 * It prints a table and writes it with the machine's description to the output file.
 * Numbers only: targets are compared in the table, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { isReference } from 'langium';
import { exportRows } from '../../import/export-rows.js';
import { writeWorkbook } from '../../import/workbook.js';
import type { Model } from '../../language/generated/ast.js';
import type { KinerjaParser } from '../../language/parser/kinerja-parser.js';
import { createKinerjaServices } from '../../lsp/kinerja-module.js';
import { collectFiles, readSourceFile } from '../../workspace/loader.js';
import { generateWorkspace, writeWorkspace } from '../generate-workspace.js';
import { SIZES } from '../sizes.js';
import { LspSession } from './lsp-session.js';
import { filesToOpen, residentMb, TypingSession, type TypingResults } from './typing.js';
import { EmptyFileSystemOnNode } from '../../validation/node-host.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const OUT = join(ROOT, 'out');

interface SizeResult {
    size: string;
    agencies: number;
    files: number;
    indicators: number;
    megabytes: number;
    /** Files Langium's parser read because the fast path gave up on them (src/language/parser/kinerja-parser.ts). */
    slowPathFiles: number;
    checkMs: number;
    checkRssMb: number;
    reportJsonMs: number;
    reportHtmlMs: number;
    /** `report --format html --out DIR` (annual) and a cold check, taken in turns (medians; the median of their ratios), and the folder's pages. */
    htmlFolder: { ms: number; checkMs: number; ratio: number; pages: number; largestMb: number };
    floorMs: number;
    /** The median of the ratios of check (wall time of the process) and floor (in-process) runs taken in turns. */
    checkFloorRatio: number;
    /**
     * The same pairs on one basis each: the check's time inside the process (after loading
     * the CLI) against the floor's, and both processes' wall times (node's start included).
     */
    sameBasis: { inProcessRatio: number; wallRatio: number; checkInProcessMs: number; floorWallMs: number };
    /** `kinerja import` of the full data workbook into an empty folder against `kinerja check`, in turns (medians, and the median of the ratios). */
    import?: { workbookMb: number; importMs: number; importRssMb: number; checkMs: number; ratio: number };
    /** With --baseline: the other checkout's cold check in the same turns (median), and the median of its ratios to the floor and to this check. */
    baseline?: { checkMs: number; floorRatio: number; thisToBaseline: number };
    initialBuildMs?: number;
    editP50?: number;
    editP95?: number;
    completionP95?: number;
    hoverP95?: number;
    typing?: TypingResults & { internalErrors: number };
    soak?: { minutes: number; sessions: number; rssMb: Array<{ minute: number; mb: number }>; internalErrors: number; failedRequests: number; mismatches: number; missingDiagnostics: number };
}

function percentile(values: number[], p: number): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One cold CLI run as users run it (no V8 flags), of this checkout or of the one built under `root`. */
function coldRun(args: string[], root = ROOT): { wallMs: number; ms: number; maxRssMb: number } {
    const started = performance.now();
    const result = spawnSync(process.execPath, [join(root, 'out/tools/bench/cold-run.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
    const wallMs = performance.now() - started;
    const last = result.stderr.trim().split('\n').pop() ?? '';
    try {
        const parsed = JSON.parse(last) as { code: number; ms: number; maxRssMb: number };
        if (parsed.code === 2) throw new Error(result.stderr);
        return { wallMs, ms: parsed.ms, maxRssMb: parsed.maxRssMb };
    } catch (err) {
        throw new Error(`kinerja ${args.join(' ')} failed: ${String(err)}\n${result.stderr.slice(-2000)}`);
    }
}

/** The AST's data as plain JSON: `$type` and properties, references as their text, no CST. */
function plainData(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(plainData);
    if (isReference(value)) return { $refText: value.$refText };
    if (value && typeof value === 'object') {
        const out: Record<string, unknown> = {};
        for (const [key, v] of Object.entries(value)) {
            if (key === '$type' || !key.startsWith('$')) out[key] = plainData(v);
        }
        return out;
    }
    return value;
}

/** The workspace of a size (generated once), its figures, its JSON floor's files and, with `book`, its full data workbook `<folder>.xlsx`. */
async function prepare(size: string, agencies: number, folder: string, book: boolean): Promise<{ files: string[]; indicators: number; megabytes: number; slowPathFiles: number }> {
    if (!existsSync(join(folder, 'pemda.kinerja'))) {
        rmSync(folder, { recursive: true, force: true });
        writeWorkspace(generateWorkspace({ agencies, seed: 1 }), folder);
    }
    const files = collectFiles([folder]);
    let bytes = 0;
    let indicators = 0;
    const jsonFolder = `${folder}-json`;
    const makeJson = !existsSync(jsonFolder);
    if (makeJson) mkdirSync(jsonFolder, { recursive: true });
    // Every file through the parser the CLI uses, to count what the fast path left to Langium's.
    const parser = createKinerjaServices(EmptyFileSystemOnNode).Kinerja.parser.LangiumParser as KinerjaParser;
    // The workbook as `kinerja export` writes it, made from the parsed files (export refuses a workspace with errors, and the generated one may have a few).
    const makeBook = book && !existsSync(`${folder}.xlsx`);
    const models: Model[] = [];
    files.forEach((file, i) => {
        const text = readSourceFile(file);
        bytes += Buffer.byteLength(text);
        indicators += text.match(/^\s*indikator /gm)?.length ?? 0;
        const parsed = parser.parse(text);
        if (makeBook) models.push(parsed.value as Model);
        if (makeJson) writeFileSync(join(jsonFolder, `${i}.json`), JSON.stringify(plainData(parsed.value)));
    });
    const slowPathFiles = parser.stats.langium;
    process.stderr.write(`${size}: ${files.length} files, ${indicators} indicators, ${(bytes / 1e6).toFixed(1)} MB, ${slowPathFiles} left to Langium's parser\n`);
    if (makeBook) writeFileSync(`${folder}.xlsx`, await writeWorkbook(exportRows(models), 'kinerja bench'));
    return { files, indicators, megabytes: bytes / 1e6, slowPathFiles };
}

/** The floor in a fresh process: its time inside the process, and the process's wall time. */
function jsonFloor(folder: string): { ms: number; wallMs: number } {
    const started = performance.now();
    const result = spawnSync(process.execPath, [join(OUT, 'tools/bench/json-floor.js'), `${folder}-json`], { encoding: 'utf8' });
    const wallMs = performance.now() - started;
    return { ms: (JSON.parse(result.stdout) as { ms: number }).ms, wallMs };
}

/**
 * Cold checks and JSON floors, taken in turns so that each pair sees the machine in the
 * same state (on a shared machine one run can be off by a third, and the floor of M
 * ranged from 175 to 320 ms within an hour): the median check, the median floor, and
 * the median of the pairs' ratios.
 */
function checksAndFloors(folder: string, runs: number, baselineRoot?: string): { check: { wallMs: number; maxRssMb: number }; floorMs: number; ratio: number; sameBasis: SizeResult['sameBasis']; baseline?: SizeResult['baseline'] } {
    const args = ['check', folder, '--format', 'json'];
    // The two checks swap places in every other turn, so that neither always runs first.
    const turns = Array.from({ length: runs }, (_, i) => {
        if (baselineRoot === undefined) return { check: coldRun(args), baseline: undefined, floor: jsonFloor(folder) };
        const first = i % 2 === 0 ? coldRun(args) : coldRun(args, baselineRoot);
        const second = i % 2 === 0 ? coldRun(args, baselineRoot) : coldRun(args);
        return i % 2 === 0 ? { check: first, baseline: second, floor: jsonFloor(folder) } : { check: second, baseline: first, floor: jsonFloor(folder) };
    });
    const checkMs = percentile(turns.map(p => p.check.wallMs), 50);
    const check = turns.find(p => p.check.wallMs === checkMs)!.check;
    const median = (f: (p: typeof turns[number]) => number) => percentile(turns.map(f), 50);
    return {
        check, floorMs: median(p => p.floor.ms), ratio: median(p => p.check.wallMs / p.floor.ms),
        sameBasis: {
            inProcessRatio: median(p => p.check.ms / p.floor.ms), wallRatio: median(p => p.check.wallMs / p.floor.wallMs),
            checkInProcessMs: median(p => p.check.ms), floorWallMs: median(p => p.floor.wallMs)
        },
        baseline: baselineRoot === undefined ? undefined : {
            checkMs: median(p => p.baseline!.wallMs), floorRatio: median(p => p.baseline!.wallMs / p.floor.ms), thisToBaseline: median(p => p.check.wallMs / p.baseline!.wallMs)
        }
    };
}

/** `kinerja import` of the workspace's full data workbook (prepare) into an empty folder, and `kinerja check` of the workspace, in turns. */
function importsAndChecks(folder: string, runs: number): NonNullable<SizeResult['import']> {
    const book = `${folder}.xlsx`;
    const into = `${folder}-import`;
    const turns = Array.from({ length: runs }, () => {
        rmSync(into, { recursive: true, force: true });
        const imported = coldRun(['import', book, '--into', into]);
        rmSync(into, { recursive: true, force: true });
        return { imported, check: coldRun(['check', folder, '--format', 'json']) };
    });
    const median = (f: (t: typeof turns[number]) => number) => percentile(turns.map(f), 50);
    return {
        workbookMb: statSync(book).size / 1e6, importMs: median(t => t.imported.wallMs), importRssMb: median(t => t.imported.maxRssMb),
        checkMs: median(t => t.check.wallMs), ratio: median(t => t.imported.wallMs / t.check.wallMs)
    };
}

/**
 * The HTML report as a folder (`--out DIR`, issue 21: at most twice the check) beside a
 * cold check, in turns; the folder is removed afterwards.
 */
function htmlFolderAndChecks(folder: string, runs: number): SizeResult['htmlFolder'] {
    const out = `${folder}-html`;
    const turns = Array.from({ length: runs }, () => {
        const check = coldRun(['check', folder, '--format', 'json']);
        rmSync(out, { recursive: true, force: true });
        const html = coldRun(['report', folder, '--year', '2025', '--kind', 'annual', '--format', 'html', '--out', out]);
        return { check: check.wallMs, html: html.wallMs };
    });
    const pages = collectPages(out);
    rmSync(out, { recursive: true, force: true });
    return {
        ms: percentile(turns.map(t => t.html), 50), checkMs: percentile(turns.map(t => t.check), 50),
        ratio: percentile(turns.map(t => t.html / t.check), 50), pages: pages.length, largestMb: Math.max(...pages) / 1e6
    };
}

/** The sizes of the pages under a folder. */
function collectPages(dir: string): number[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap(e => e.isDirectory() ? collectPages(join(dir, e.name)) : [statSync(join(dir, e.name)).size]);
}

async function measure(size: string, agencies: number, work: string, edits: number, lsp: boolean, runs: number, baselineRoot?: string, typingSeconds = 0, soakMinutes = 0, importToo = true): Promise<SizeResult> {
    const folder = join(work, size);
    const { files, indicators, megabytes, slowPathFiles } = await prepare(size, agencies, folder, importToo);
    const { check, floorMs, ratio, sameBasis, baseline } = checksAndFloors(folder, runs, baselineRoot);
    const reportJson = coldRun(['report', folder, '--year', '2025', '--quarter', '3', '--format', 'json']);
    const reportHtml = coldRun(['report', folder, '--year', '2025', '--kind', 'annual', '--format', 'html']);
    const htmlFolder = htmlFolderAndChecks(folder, runs);
    const result: SizeResult = {
        size, agencies, files: files.length, indicators, megabytes, slowPathFiles,
        checkMs: check.wallMs, checkRssMb: check.maxRssMb, reportJsonMs: reportJson.wallMs, reportHtmlMs: reportHtml.wallMs, htmlFolder, floorMs, checkFloorRatio: ratio, sameBasis, baseline
    };
    if (baseline) process.stderr.write(`${size}: baseline check ${baseline.checkMs.toFixed(0)} ms (baseline / floor ${baseline.floorRatio.toFixed(1)}×; this / baseline ${baseline.thisToBaseline.toFixed(3)})\n`);
    process.stderr.write(`${size}: check ${check.wallMs.toFixed(0)} ms (${check.maxRssMb.toFixed(0)} MB), report json ${reportJson.wallMs.toFixed(0)} ms, html ${reportHtml.wallMs.toFixed(0)} ms, JSON floor ${floorMs.toFixed(0)} ms (check / floor ${ratio.toFixed(1)}×; in-process ${sameBasis.inProcessRatio.toFixed(1)}×, both cold processes ${sameBasis.wallRatio.toFixed(1)}×)\n`);
    process.stderr.write(`${size}: HTML folder ${htmlFolder.ms.toFixed(0)} ms beside the check ${htmlFolder.checkMs.toFixed(0)} ms (${htmlFolder.ratio.toFixed(2)}×, in turns; ${htmlFolder.pages} pages, largest ${htmlFolder.largestMb.toFixed(2)} MB)\n`);
    if (importToo) {
        result.import = importsAndChecks(folder, runs);
        const i = result.import;
        process.stderr.write(`${size}: import of the full workbook (${i.workbookMb.toFixed(1)} MB) ${i.importMs.toFixed(0)} ms (${i.importRssMb.toFixed(0)} MB), check in the same turns ${i.checkMs.toFixed(0)} ms, import / check ${i.ratio.toFixed(2)}×\n`);
    }
    if (lsp) {
        const session = new LspSession(join(OUT, 'lsp/main.js'));
        try {
            result.initialBuildMs = await session.open(folder, files);
            const edited = files.find(f => f.endsWith('program-kegiatan.kinerja')) ?? files[files.length - 1];
            const latencies = await session.edits(edited, edits);
            result.editP50 = percentile(latencies, 50);
            result.editP95 = percentile(latencies, 95);
            result.completionP95 = percentile(await session.completions(edited, 20), 95);
            result.hoverP95 = percentile(await session.hovers(edited, 20), 95);
            process.stderr.write(`${size}: LSP initial build ${result.initialBuildMs.toFixed(0)} ms, edit p50 ${result.editP50.toFixed(0)} / p95 ${result.editP95.toFixed(0)} ms, completion p95 ${result.completionP95.toFixed(1)} ms, hover p95 ${result.hoverP95.toFixed(1)} ms\n`);
        } finally {
            await session.close();
        }
        if (typingSeconds > 0) result.typing = await measureTyping(size, folder, files, typingSeconds);
        if (soakMinutes > 0) result.soak = await soak(size, folder, files, soakMinutes);
    }
    return result;
}

const TYPING = { editsPerSecond: 18, openFiles: 5, seed: 20261205 };

/** A scripted typing session of `seconds` on a fresh server (typing.ts). */
async function measureTyping(size: string, folder: string, files: string[], seconds: number): Promise<SizeResult['typing']> {
    const session = new LspSession(join(OUT, 'lsp/main.js'));
    try {
        await session.open(folder, files);
        const typing = new TypingSession(session);
        await typing.openFiles(filesToOpen(files, TYPING.openFiles));
        const result = await typing.type({ seconds, ...TYPING });
        const mismatches = await typing.compareWithCli(folder, files, join(ROOT, 'bin/kinerja.js'));
        const p = (kind: string, q: number) => result.requests[kind].length ? ms(percentile(result.requests[kind], q)) : '–';
        process.stderr.write(`${size}: typing ${seconds} s, ${result.edits} edits: `
            + Object.keys(result.requests).map(k => `${k} p50 ${p(k, 50)} / p95 ${p(k, 95)} ms (${result.requests[k].length})`).join(', ')
            + `; diagnostics ${ms(result.diagnosticsAfterPauseMs)} ms after the pause; ${mismatches.length} findings differ from kinerja check; `
            + `${session.internalErrors.length} internal errors, ${result.failedRequests} failed requests, ${result.missingDiagnostics.length} files without diagnostics for their last version\n`);
        for (const line of result.missingDiagnostics) process.stderr.write(`  no diagnostics: ${line}\n`);
        for (const line of [...mismatches.slice(0, 10), ...session.internalErrors.slice(0, 10)]) process.stderr.write(`  ${line}\n`);
        return { ...result, mismatches, internalErrors: session.internalErrors.length };
    } finally {
        await session.close();
    }
}

/** Typing sessions back to back for `minutes`, the server's resident memory sampled every minute. */
async function soak(size: string, folder: string, files: string[], minutes: number): Promise<SizeResult['soak']> {
    const session = new LspSession(join(OUT, 'lsp/main.js'));
    try {
        await session.open(folder, files);
        const typing = new TypingSession(session);
        await typing.openFiles(filesToOpen(files, TYPING.openFiles));
        const rssMb: Array<{ minute: number; mb: number }> = [{ minute: 0, mb: residentMb(session.pid) ?? 0 }];
        const started = performance.now();
        let sessions = 0;
        let failedRequests = 0;
        let missingDiagnostics = 0;
        while (performance.now() - started < minutes * 60_000) {
            const result = await typing.type({ ...TYPING, seconds: 55, seed: TYPING.seed + sessions });
            failedRequests += result.failedRequests;
            missingDiagnostics += result.missingDiagnostics.length;
            for (const line of result.missingDiagnostics) process.stderr.write(`  no diagnostics: ${line}\n`);
            sessions++;
            const minute = Math.round((performance.now() - started) / 60_000);
            rssMb.push({ minute, mb: residentMb(session.pid) ?? 0 });
            process.stderr.write(`${size}: soak minute ${minute}: server RSS ${rssMb[rssMb.length - 1].mb.toFixed(0)} MB\n`);
        }
        const mismatches = await typing.compareWithCli(folder, files, join(ROOT, 'bin/kinerja.js'));
        for (const line of [...mismatches.slice(0, 10), ...session.internalErrors.slice(0, 10)]) process.stderr.write(`  ${line}\n`);
        return { minutes, sessions, rssMb, internalErrors: session.internalErrors.length, failedRequests, mismatches: mismatches.length, missingDiagnostics };
    } finally {
        await session.close();
    }
}

const ms = (x: number | undefined) => (x === undefined ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(1));

function table(results: SizeResult[]): string {
    const rows = [
        '| size | agencies | files | indicators | MB | cold check ms | peak RSS MB | JSON floor ms | check / floor | report json ms | report html ms | LSP initial build ms | edit → diagnostics p50 / p95 ms | completion p95 ms | hover p95 ms |',
        '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
    ];
    for (const r of results) {
        rows.push(`| ${r.size} | ${r.agencies} | ${r.files} | ${r.indicators} | ${r.megabytes.toFixed(1)} | ${ms(r.checkMs)} | ${r.checkRssMb.toFixed(0)} | ${ms(r.floorMs)} | ${r.checkFloorRatio.toFixed(1)}× | ${ms(r.reportJsonMs)} | ${ms(r.reportHtmlMs)} | ${ms(r.initialBuildMs)} | ${ms(r.editP50)} / ${ms(r.editP95)} | ${ms(r.completionP95)} | ${ms(r.hoverP95)} |`);
    }
    rows.push('', 'The check against the floor on one basis each (the same pairs): inside the process (the check after loading the CLI), and as cold processes (wall time, node\'s start included).', '',
        '| size | check in-process ms | floor in-process ms | ratio | check process ms | floor process ms | ratio |', '|---|---:|---:|---:|---:|---:|---:|');
    for (const r of results) {
        const b = r.sameBasis;
        rows.push(`| ${r.size} | ${ms(b.checkInProcessMs)} | ${ms(r.floorMs)} | ${b.inProcessRatio.toFixed(1)}× | ${ms(r.checkMs)} | ${ms(b.floorWallMs)} | ${b.wallRatio.toFixed(1)}× |`);
    }
    rows.push('', 'The HTML report as a folder (`report --kind annual --format html --out DIR`) beside a cold check, taken in turns (medians, and the median of the turns\' ratios):', '',
        '| size | HTML folder ms | check ms | folder / check | pages | largest page MB |', '|---|---:|---:|---:|---:|---:|');
    for (const r of results) {
        const h = r.htmlFolder;
        rows.push(`| ${r.size} | ${ms(h.ms)} | ${ms(h.checkMs)} | ${h.ratio.toFixed(2)}× | ${h.pages} | ${h.largestMb.toFixed(2)} |`);
    }
    rows.push('', 'Files the fast path left to Langium\'s parser (it gives up on what it does not expect; 0 on well-formed files):', '',
        '| size | files | left to Langium\'s parser |', '|---|---:|---:|');
    for (const r of results) rows.push(`| ${r.size} | ${r.files} | ${r.slowPathFiles} |`);
    const imported = results.filter(r => r.import);
    if (imported.length) {
        rows.push('', '`kinerja import` of the full data workbook into an empty folder, and `kinerja check` of the workspace, in turns (medians; the ratio is the median of the turns\' ratios):', '',
            '| size | workbook MB | import ms | import peak RSS MB | check ms | import / check |', '|---|---:|---:|---:|---:|---:|');
        for (const r of imported) {
            const i = r.import!;
            rows.push(`| ${r.size} | ${i.workbookMb.toFixed(1)} | ${ms(i.importMs)} | ${i.importRssMb.toFixed(0)} | ${ms(i.checkMs)} | ${i.ratio.toFixed(2)}× |`);
        }
    }
    const typed = results.filter(r => r.typing);
    if (typed.length) {
        rows.push('', `Scripted typing (${TYPING.editsPerSecond} edits a second over ${TYPING.openFiles} open files, requests at the cursor while typing; typing.ts):`, '',
            '| size | edits | completion p50 / p95 ms | hover p50 / p95 ms | code action p50 / p95 ms | inlay hints p50 / p95 ms | diagnostics after the pause ms | findings ≠ kinerja check | internal errors | failed requests | files without their last diagnostics |',
            '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
        for (const r of typed) {
            const t = r.typing!;
            const pair = (k: string) => t.requests[k].length ? `${ms(percentile(t.requests[k], 50))} / ${ms(percentile(t.requests[k], 95))}` : '–';
            rows.push(`| ${r.size} | ${t.edits} | ${pair('completion')} | ${pair('hover')} | ${pair('codeAction')} | ${pair('inlayHint')} | ${ms(t.diagnosticsAfterPauseMs)} | ${t.mismatches.length} | ${t.internalErrors} | ${t.failedRequests} | ${t.missingDiagnostics.length} |`);
        }
    }
    const soaked = results.filter(r => r.soak);
    if (soaked.length) {
        rows.push('', 'Soak (typing sessions back to back): the server\'s resident memory.', '',
            '| size | minutes | RSS at 5 min MB | RSS at the end MB | end / 5 min | findings ≠ kinerja check | internal errors | failed requests | files without their last diagnostics |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|');
        for (const r of soaked) {
            const k = r.soak!;
            const at5 = k.rssMb.find(x => x.minute >= 5)?.mb ?? k.rssMb[k.rssMb.length - 1].mb;
            const end = k.rssMb[k.rssMb.length - 1].mb;
            rows.push(`| ${r.size} | ${k.minutes} | ${at5.toFixed(0)} | ${end.toFixed(0)} | ${(end / at5).toFixed(2)} | ${k.mismatches} | ${k.internalErrors} | ${k.failedRequests} | ${k.missingDiagnostics} |`);
        }
    }
    const compared = results.filter(r => r.baseline);
    if (compared.length) {
        rows.push('', 'The baseline (--baseline) in the same turns: its cold check, against the same floors, and this check against it (medians of the turns).', '',
            '| size | this check ms | this / floor | baseline check ms | baseline / floor | this / baseline |', '|---|---:|---:|---:|---:|---:|');
        for (const r of compared) {
            const b = r.baseline!;
            rows.push(`| ${r.size} | ${ms(r.checkMs)} | ${r.checkFloorRatio.toFixed(1)}× | ${ms(b.checkMs)} | ${b.floorRatio.toFixed(1)}× | ${b.thisToBaseline.toFixed(3)} |`);
        }
    }
    return rows.join('\n');
}

function targets(results: SizeResult[]): string {
    const by = (s: string) => results.find(r => r.size === s);
    const m = by('M');
    const l = by('L');
    const line = (what: string, value: string, ok: boolean | undefined) => `| ${what} | ${value} | ${ok === undefined ? 'not measured' : ok ? 'met' : '**not met**'} |`;
    return [
        '| target | measured | |',
        '|---|---|---|',
        line('M cold check ≤ 3 s', m ? `${ms(m.checkMs)} ms` : '–', m && m.checkMs <= 3000),
        line('M check ≤ 8× the JSON floor', m ? `${m.checkFloorRatio.toFixed(1)}×` : '–', m && m.checkFloorRatio <= 8),
        line('M edit → diagnostics p95 ≤ 150 ms', m?.editP95 !== undefined ? `${ms(m.editP95)} ms` : '–', m?.editP95 !== undefined ? m.editP95 <= 150 : undefined),
        line('edit p95 grows < 2× from M to L', m?.editP95 !== undefined && l?.editP95 !== undefined ? `${(l.editP95 / m.editP95).toFixed(2)}×` : '–',
            m?.editP95 !== undefined && l?.editP95 !== undefined ? l.editP95 / m.editP95 < 2 : undefined),
        line('M completion p95 ≤ 50 ms', m?.completionP95 !== undefined ? `${ms(m.completionP95)} ms` : '–', m?.completionP95 !== undefined ? m.completionP95 <= 50 : undefined),
        line('L cold check ≤ 30 s', l ? `${ms(l.checkMs)} ms` : '–', l && l.checkMs <= 30000),
        line('L peak RSS < 2 GB', l ? `${l.checkRssMb.toFixed(0)} MB` : '–', l && l.checkRssMb < 2048),
        line('M import of the full workbook ≤ 2× check', m?.import ? `${m.import.ratio.toFixed(2)}×` : '–', m?.import ? m.import.ratio <= 2 : undefined),
        line('L HTML folder ≤ 2× the L check', l ? `${ms(l.htmlFolder.ms)} ms against ${ms(l.htmlFolder.checkMs)} ms (${l.htmlFolder.ratio.toFixed(2)}×)` : '–', l && l.htmlFolder.ratio <= 2),
        line('L HTML folder: no page above 5 MB', l ? `largest ${l.htmlFolder.largestMb.toFixed(2)} MB` : '–', l && l.htmlFolder.largestMb <= 5 * 1024 * 1024 / 1e6)
    ].join('\n');
}

function machine(): string {
    const cpu = cpus();
    return `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${process.platform} ${process.arch}`;
}

async function run(): Promise<void> {
    const program = new Command('bench')
        .option('--sizes <list>', 'sizes to measure (S, M, L)', 'S,M,L')
        .option('--edits <n>', 'one-line edits per size', '50')
        .option('--runs <n>', 'cold checks and JSON floors per size, in turns; medians are reported', '3')
        .option('--no-lsp', 'skip the language-server measurements')
        .option('--no-import', 'skip the import of the full data workbook')
        .option('--work <dir>', 'where the generated workspaces live', join(ROOT, '.bench'))
        .option('--out <file>', 'write the results (markdown) here')
        .option('--baseline <dir>', 'another built checkout whose cold check runs in the same turns (before/after comparisons)')
        .option('--typing <seconds>', 'a scripted typing session of this length per size (0: none)', '0')
        .option('--soak <minutes>', 'typing sessions back to back for this long per size, with the server\'s memory sampled (0: none)', '0')
        .parse(process.argv);
    const options = program.opts<{ sizes: string; edits: string; runs: string; lsp: boolean; import: boolean; work: string; out?: string; baseline?: string; typing: string; soak: string }>();
    const baseline = options.baseline === undefined ? undefined : resolve(options.baseline);
    if (baseline !== undefined && !existsSync(join(baseline, 'out/tools/bench/cold-run.js'))) throw new Error(`--baseline ${options.baseline}: no built checkout there (out/tools/bench/cold-run.js is missing; run npm run build in it)`);
    const sizes = options.sizes.split(',').map(s => s.trim().toUpperCase());
    for (const s of sizes) if (!(s in SIZES)) throw new Error(`unknown size ${s}; use S, M or L`);
    const results: SizeResult[] = [];
    for (const size of sizes) results.push(await measure(size, SIZES[size], options.work, Number(options.edits), options.lsp, Number(options.runs), baseline, Number(options.typing), Number(options.soak), options.import));
    const text = [
        `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}.`,
        '',
        table(results),
        '',
        targets(results),
        ''
    ].join('\n');
    process.stdout.write(text);
    if (options.out) writeFileSync(options.out, text);
}

run().catch(err => {
    process.stderr.write(`bench: ${err?.stack ?? err}\n`);
    process.exitCode = 1;
});
