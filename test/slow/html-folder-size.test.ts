/**
 * The HTML report as a folder of a generated regional workspace (M: 40 agencies, about
 * 7 700 indicators, the single document 17 MB): every page under 5 MB, a page per
 * agency, and on a terminal (util-linux `script`) the progress of a run longer than
 * two seconds, never in a log. Some seconds per run, so it runs with `npm run test:slow`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateWorkspace, writeWorkspace } from '../../src/tools/generate-workspace.js';
import { SIZES } from '../../src/tools/sizes.js';
import { BIN, kinerja } from '../cli-run.js';

const work = mkdtempSync(join(tmpdir(), 'kinerja-folder-size-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const ws = join(work, 'M');
writeWorkspace(generateWorkspace({ agencies: SIZES.M, seed: 1 }), ws);

function sizes(dir: string, prefix = ''): Array<[string, number]> {
    return readdirSync(dir, { withFileTypes: true }).flatMap(e => e.isDirectory()
        ? sizes(join(dir, e.name), `${prefix}${e.name}/`) : [[`${prefix}${e.name}`, statSync(join(dir, e.name)).size] as [string, number]]);
}

describe('the HTML folder of a regional workspace (M)', () => {
    it.each(['annual', 'quarterly'])('%s: a page per agency, none above 5 MB; nothing but the closing line in a log', kind => {
        const out = join(work, `${kind}-out`);
        const r = kinerja(['report', ws, '--year', '2025', '--quarter', '3', '--kind', kind, '--format', 'html', '--out', out], work, {}, { timeout: 240_000 });
        expect(r.status).toBe(0);
        const pages = sizes(out);
        expect(pages.filter(([p]) => p.startsWith('instansi/'))).toHaveLength(SIZES.M);
        expect(pages.find(([p]) => p === 'index.html')).toBeDefined();
        for (const [page, size] of pages) expect(size, page).toBeLessThan(5 * 1024 * 1024);
        // Not a terminal: no progress, only where the report is.
        expect(r.stderr).toMatch(new RegExp(`^kinerja: \\d+ halaman laporan ditulis ke ${out}; buka ${out}/index\\.html\\n$`));
    });

    const SCRIPT = spawnSync('script', ['-qec', 'true', '/dev/null']).status === 0;
    it.skipIf(!SCRIPT)('on a terminal, a run longer than two seconds shows its progress and erases it', () => {
        const out = join(work, 'tty-out');
        const started = performance.now();
        const tty = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" report "${ws}" --year 2025 --format html --out "${out}"`, '/dev/null'],
            { cwd: work, encoding: 'utf8', timeout: 240_000 });
        const took = performance.now() - started;
        expect(tty.status).toBe(0);
        // The workspace's 201 files: the reading and checking line, then (past two seconds) the pages'.
        expect(tty.stdout).toMatch(/\rkinerja: membaca berkas \d+\/201\x1b\[K/);
        if (took > 4000) expect(tty.stdout).toMatch(/\rkinerja: menulis halaman laporan \d+\/\d+\x1b\[K/);
        // Erased before the closing line.
        expect(tty.stdout).toMatch(/\r\x1b\[Kkinerja: \d+ halaman laporan ditulis/);
    });
});
