/**
 * The tutorial (docs/id/tutorial.md) works as written: its files, saved in order into one
 * folder, give exactly the outputs it shows, and its report commands write their reports.
 *
 * Convention of the page (also stated in the HTML comment at its top):
 *
 * - A ```kinerja block is a whole file. Its name stands alone on the line just above it,
 *   in backticks (`pemda.kinerja`). The files are written into one temporary folder in
 *   the order of the page; a later version of a file replaces the earlier one.
 * - A ```text block is the output of a command written as inline code (`npx kinerja
 *   check`, `npx kinerja --version`, …) in the paragraph just above the block; when the
 *   paragraph holds several, the last one. The command is run without `npx`, with the
 *   built CLI (bin/kinerja.js), in the folder holding the files written up to that point.
 *   The block is compared line for line with the standard output followed by the
 *   standard error (the summary line `N berkas diperiksa: …` of `kinerja check`, always
 *   shown as the block's last line). `kinerja check` must exit 1 when a shown line is an
 *   error, else 0.
 * - Each line `npx kinerja report …` of a ```sh block is run at that point too: it must
 *   exit 0, print nothing and write its `--out` file, an HTML report of kinerja.
 * - Every figure written as inline code in section 6 (`99,43%`, `17.770`, …) must appear
 *   in the reports written.
 *
 * A changed message, line, column, figure or summary fails the test: update the page
 * with the new output.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kinerja, ROOT } from '../cli-run.js';

const TUTORIAL = join(ROOT, 'docs', 'id', 'tutorial.md');

type Step =
    | { kind: 'file'; line: number; name: string; text: string }
    | { kind: 'output'; line: number; command: string; expected: string[] }
    | { kind: 'report'; line: number; command: string };

/** Inline code holding a kinerja command: `npx kinerja …` or `kinerja …`. */
const COMMAND = /`((?:npx )?kinerja(?: [^`]*)?)`/g;

/** The files, shown outputs and report commands of the page, in order (lines 1-based). */
export function tutorialSteps(page: string): Step[] {
    const lines = page.split('\n');
    const steps: Step[] = [];
    // The paragraph being read, and the last one completed (blank lines may separate it
    // from the block that follows).
    let paragraph: string[] = [];
    let previous: string[] = [];
    for (let i = 0; i < lines.length; i++) {
        const fence = /^```(\S*)\s*$/.exec(lines[i]);
        if (!fence) {
            if (lines[i].trim() !== '') paragraph.push(lines[i]);
            else if (paragraph.length > 0) [previous, paragraph] = [paragraph, []];
            continue;
        }
        const start = i + 1;
        const body: string[] = [];
        for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
        if (i >= lines.length) throw new Error(`line ${start}: a code block that is never closed`);
        const before = paragraph.length > 0 ? paragraph : previous;
        paragraph = [];
        previous = [];
        if (fence[1] === 'kinerja') {
            const named = /^`([\w.-]+\.kinerja)`$/.exec(before[before.length - 1] ?? '');
            if (!named) throw new Error(`line ${start}: a kinerja block without its file name (\`name.kinerja\` on the line above)`);
            steps.push({ kind: 'file', line: start, name: named[1], text: body.join('\n') + '\n' });
        } else if (fence[1] === 'text') {
            const commands = [...before.join(' ').matchAll(COMMAND)].map(m => m[1]);
            if (commands.length === 0) throw new Error(`line ${start}: a text block without its command (\`npx kinerja …\` in the paragraph above)`);
            steps.push({ kind: 'output', line: start, command: commands[commands.length - 1], expected: body });
        } else if (fence[1] === 'sh') {
            body.forEach((text, k) => {
                if (/^(npx )?kinerja report /.test(text)) steps.push({ kind: 'report', line: start + k + 1, command: text.trim() });
            });
        }
    }
    return steps;
}

/** The arguments of `npx kinerja a b c` (no quoting in the tutorial's commands). */
const argsOf = (command: string) => command.replace(/^npx /, '').split(/\s+/).slice(1);

/** Lines of an output, without the final line break. */
const linesOf = (text: string) => text === '' ? [] : text.replace(/\n$/, '').split('\n');

/** The value of `--out` in a command. */
function outOf(command: string): string {
    const args = argsOf(command);
    const at = args.indexOf('--out');
    if (at < 0 || !args[at + 1]) throw new Error(`${command}: no --out`);
    return args[at + 1];
}

const page = readFileSync(TUTORIAL, 'utf8');
const steps = tutorialSteps(page);
const folder = mkdtempSync(join(tmpdir(), 'kinerja-tutorial-'));
const workspace = join(folder, 'sakip');
mkdirSync(workspace);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes every file shown before step `index`, in order: the later version of a file wins. */
function saveFilesBefore(index: number): void {
    for (const step of steps.slice(0, index)) {
        if (step.kind === 'file') writeFileSync(join(workspace, step.name), step.text);
    }
}

describe('the tutorial docs/id/tutorial.md', () => {
    it('states its convention and shows files, outputs and reports', () => {
        expect(page.startsWith('<!--')).toBe(true);
        expect(page).toContain('# Dari folder kosong sampai satu OPD diperiksa');
        expect(steps.filter(s => s.kind === 'file').length).toBeGreaterThan(0);
        expect(steps.filter(s => s.kind === 'output' && /^(npx )?kinerja check\b/.test(s.command)).length).toBeGreaterThan(0);
        expect(steps.filter(s => s.kind === 'report').length).toBeGreaterThan(0);
    });

    steps.forEach((step, index) => {
        if (step.kind === 'output') {
            it(`line ${step.line}: \`${step.command}\` prints what the page shows`, () => {
                saveFilesBefore(index);
                const run = kinerja(argsOf(step.command), workspace);
                expect([...linesOf(run.stdout), ...linesOf(run.stderr)]).toEqual(step.expected);
                const failed = /^(npx )?kinerja check\b/.test(step.command) && step.expected.some(l => / error /.test(l));
                expect(run.status).toBe(failed ? 1 : 0);
            });
        } else if (step.kind === 'report') {
            it(`line ${step.line}: \`${step.command}\` writes its report`, () => {
                saveFilesBefore(index);
                const out = join(workspace, outOf(step.command));
                rmSync(out, { force: true });
                const run = kinerja(argsOf(step.command), workspace);
                expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 0, stdout: '', stderr: '' });
                expect(existsSync(out)).toBe(true);
                const html = readFileSync(out, 'utf8');
                expect(html).toMatch(/^<!DOCTYPE html>/i);
                expect(html).toContain('<meta name="generator" content="kinerja">');
            });
        }
    });

    it('quotes in section 6 only figures that are in the reports', () => {
        saveFilesBefore(steps.length);
        const start = page.indexOf('\n## 6. ');
        const end = page.indexOf('\n## ', start + 1);
        expect(start).toBeGreaterThan(0);
        const figures = [...page.slice(start, end).matchAll(/`((?:Rp )?\d[\d.]*(?:,\d+)?%?)`/g)].map(m => m[1]);
        expect(figures.length).toBeGreaterThan(0);
        const reports = steps.filter(s => s.kind === 'report').map(s => {
            const run = kinerja(argsOf(s.command), workspace);
            expect(run.status).toBe(0);
            return readFileSync(join(workspace, outOf(s.command)), 'utf8');
        }).join('\n');
        expect(figures.filter(figure => !reports.includes(figure))).toEqual([]);
    });

    it('ends with the four files of the final workspace', () => {
        saveFilesBefore(steps.length);
        const files = readdirSync(workspace).filter(f => f.endsWith('.kinerja')).sort();
        expect(files).toEqual(['dispusip.kinerja', 'pemda.kinerja', 'perjanjian.kinerja', 'realisasi-2025-tw3.kinerja']);
    });
});
