/**
 * The finding pages (docs/findings/<code>.md) show what `kinerja check` prints for their
 * example: the files of the "Example" section are written to a folder and checked, in
 * Bahasa Indonesia and in English, and the printed lines must be the page's, word for
 * word. Lines of codes the page does not show (the agreements a page leaves out) are not
 * compared; a line the page shows and the CLI no longer prints is a failure.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kinerja, ROOT } from '../cli-run.js';

const PAGES = join(ROOT, 'docs', 'findings');

interface PageExample {
    files: { name: string | undefined; text: string }[];
    printed: { id: string[]; en: string[] };
}

/** The files and the two printed outputs of a page's "## Example" section. */
export function pageExample(page: string): PageExample {
    const start = page.indexOf('\n## Example\n');
    if (start < 0) throw new Error('no "## Example" section');
    const rest = page.slice(start + 1);
    const end = rest.indexOf('\n## ', 3);
    const lines = (end < 0 ? rest : rest.slice(0, end)).split('\n');
    const files: PageExample['files'] = [];
    const texts: string[][] = [];
    let name: string | undefined;
    for (let i = 0; i < lines.length; i++) {
        const named = /^`([\w.-]+\.kinerja|kinerja\.config\.json)`(?:$|[ :(])/.exec(lines[i]);
        if (named) { name = named[1]; continue; }
        const fence = /^```(kinerja|text|json)$/.exec(lines[i]);
        if (!fence) continue;
        const body: string[] = [];
        for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]);
        // A project config (a finding off by default, switched on) is written when named `kinerja.config.json`.
        if (fence[1] === 'json') { if (name === 'kinerja.config.json') files.push({ name, text: body.join('\n') + '\n' }); name = undefined; continue; }
        if (fence[1] === 'kinerja') files.push({ name, text: body.join('\n') + '\n' });
        else texts.push(body);
        name = undefined;
    }
    if (texts.length < 2) throw new Error('the example shows fewer than two outputs (Bahasa Indonesia, then --lang en)');
    const first = /^([\w.-]+\.kinerja):/.exec(texts[0][0] ?? '');
    const sources = files.filter(f => f.name !== 'kinerja.config.json');
    for (const file of sources) {
        if (file.name) continue;
        if (sources.length > 1 || !first) throw new Error('an example file without a name (write `name.kinerja` above it)');
        file.name = first[1];
    }
    return { files, printed: { id: texts[0], en: texts[1] } };
}

const codeOf = (line: string) => line.split(' ')[2];

const folder = mkdtempSync(join(tmpdir(), 'kinerja-pages-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the example of each finding page', () => {
    const pages = readdirSync(PAGES).filter(f => f.endsWith('.md')).sort();

    it.each(pages)('%s is what kinerja check prints, in both languages', page => {
        const example = pageExample(readFileSync(join(PAGES, page), 'utf8'));
        const dir = join(folder, page.replace(/\.md$/, ''));
        mkdirSync(dir);
        for (const file of example.files) writeFileSync(join(dir, file.name!), file.text);
        for (const lang of ['id', 'en'] as const) {
            const shown = example.printed[lang];
            const codes = new Set(shown.map(codeOf));
            expect(codes.has(page.replace(/\.md$/, '')), `${page}: the example shows its own code`).toBe(true);
            const run = kinerja(['check', '.', '--lang', lang], dir);
            expect(run.stderr).not.toMatch(/Error|at .*\.js/);
            const printed = run.stdout.split('\n').filter(line => line && codes.has(codeOf(line)));
            expect(printed, `${page} (${lang})`).toEqual(shown);
        }
    });
});
