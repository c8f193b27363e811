/**
 * `kinerja report --format html --out DIR`: the HTML report as a folder — an overview
 * page linking a page per agency, every page a well-formed document under 5 MB whose
 * links resolve from disk — written only when DIR is new, empty or kinerja's own, and
 * atomically: a refusal or a failure leaves DIR as it was and nothing beside it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isFolderOut } from '../src/cli/out-folder.js';
import { PROGRESS_AFTER_MS, ReportProgress } from '../src/cli/report-progress.js';
import { pageNames } from '../src/report/html/folder.js';
import { BIN, kinerja, ROOT } from './cli-run.js';

const work = mkdtempSync(join(tmpdir(), 'kinerja-folder-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const EXAMPLES = join(ROOT, 'examples');
const MB5 = 5 * 1024 * 1024;
let runs = 0;

function report(out: string, ...more: string[]) {
    return kinerja(['report', EXAMPLES, '--year', '2025', '--format', 'html', '--out', out, ...more], work);
}

/** Every file under `dir`, relative, with `/`. */
function files(dir: string, prefix = ''): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap(e => e.isDirectory()
        ? files(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]).sort();
}

const VOID = new Set(['meta', 'br', 'img', 'input', 'col', 'hr', 'link', 'wbr']);

/** Problems of a page: unbalanced elements, repeated ids, links that do not resolve from disk. */
function problems(dir: string, page: string): string[] {
    const html = readFileSync(join(dir, page), 'utf8');
    const out: string[] = [];
    if (!html.startsWith('<!DOCTYPE html>\n<html lang="id">')) out.push('no doctype or not Bahasa Indonesia');
    const stack: string[] = [];
    const text = html.replace(/<title>[^<]*<\/title>/g, '<title></title>').replace(/<style>[\s\S]*?<\/style>/g, '');
    for (const m of text.matchAll(/<(\/?)([a-zA-Z][\w-]*)(?:\s[^>]*?)?(\/?)>/g)) {
        const [, close, tag, self] = m;
        if (self || VOID.has(tag.toLowerCase()) || tag === '!DOCTYPE') continue;
        if (!close) stack.push(tag);
        else if (stack.pop() !== tag) { out.push(`unbalanced </${tag}>`); break; }
    }
    if (stack.length) out.push(`unclosed ${stack.join(', ')}`);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map(m => m[1]);
    if (new Set(ids).size !== ids.length) out.push('repeated id');
    for (const [, href] of html.matchAll(/<a href="([^"]+)"/g)) {
        if (/^https?:/.test(href)) continue;
        const [path, fragment] = href.split('#');
        const target = path ? posix.join(posix.dirname(page), decodeURIComponent(path)) : page;
        if (path && !path.startsWith('..') && !existsSync(join(dir, target))) { out.push(`${href}: no such page`); continue; }
        if (fragment && existsSync(join(dir, target)) && !readFileSync(join(dir, target), 'utf8').includes(` id="${fragment}"`)) out.push(`${href}: no such anchor`);
    }
    // The findings name the user's files, and the provenance record the paths that rebuild the report (kinerja verify).
    if (/\/work\/|node_modules|\.ts:\d/.test(html.replace(/<section class="findings-section">[\s\S]*<\/section>/, '').replace(/<meta name="kinerja-provenance" content="[^"]*">/, ''))) out.push('a developer path');
    return out;
}

describe('the HTML report as a folder', () => {
    it('examples/: an overview page and a page per agency, each well formed, under 5 MB, every link resolving', () => {
        const out = join(work, 'lkjip-2025');
        const r = report(out, '--kind', 'annual');
        expect(r.stderr).toBe(`kinerja: 5 halaman laporan ditulis ke ${out}; buka ${out}/index.html\n`);
        expect(r.status).toBe(0);
        expect(r.stdout).toBe('');
        expect(files(out)).toEqual(['index.html', 'instansi/Bappeda.html', 'instansi/Dinkes.html', 'instansi/Disdik.html', 'temuan.html']);
        for (const page of files(out)) {
            expect(statSync(join(out, page)).size).toBeLessThan(MB5);
            expect(problems(out, page), page).toEqual([]);
        }
        const index = readFileSync(join(out, 'index.html'), 'utf8');
        // The pemda's own section, and each agency in the overview table linked to its page.
        expect(index).toContain('data-org="KabPaserSelatan"');
        expect(index).toContain('<a href="instansi/Dinkes.html">Dinas Kesehatan Kabupaten Paser Selatan</a>');
        expect(index).not.toContain('data-org="Dinkes"');
        expect(index).toContain('<a href="temuan.html">Lihat');
        const dinkes = readFileSync(join(out, 'instansi/Dinkes.html'), 'utf8');
        expect(dinkes).toContain('<a href="../index.html">← Kembali ke ikhtisar daerah</a>');
        expect(dinkes).toContain('section class="org" data-org="Dinkes"');
        expect(dinkes).toContain('<svg class="tree"');
        // The same section as in the single document.
        const single = kinerja(['report', EXAMPLES, '--year', '2025', '--format', 'html', '--kind', 'annual'], work).stdout;
        const section = (html: string) => {
            const start = html.indexOf('<section class="org" data-org="Dinkes"');
            return html.slice(start, html.indexOf('</section>', html.indexOf('<h3>Pohon kinerja', start)));
        };
        expect(section(dinkes).length).toBeGreaterThan(10_000);
        expect(section(dinkes)).toBe(section(single));
    });

    it.each([
        ['quarterly', ['--quarter', '3'], ['index.html', 'instansi/Bappeda.html', 'instansi/Dinkes.html', 'instansi/Disdik.html', 'temuan.html']],
        ['agreements', [], ['index.html', 'instansi/Bappeda.html', 'instansi/Dinkes.html', 'instansi/Disdik.html', 'temuan.html']],
        ['ranking', [], ['index.html', 'temuan.html']]
    ])('%s: the same folder, links resolving', (kind, more, expected) => {
        const out = join(work, `${kind}/`);
        const r = report(out, '--kind', kind, ...more, '--lang', 'en');
        expect(r.status).toBe(0);
        expect(files(out)).toEqual(expected);
        for (const page of expected) expect(problems(out, page).filter(p => !p.includes('Bahasa')), page).toEqual([]);
    });

    it('lke: the overview and the predikat bands on the index, the criteria of the pemda there and of each agency on its page', () => {
        const out = join(work, 'lke-2025');
        // Run where the workspace is, as an office does: the reasons name `examples/dinkes.kinerja:98`, as kinerja check does.
        expect(kinerja(['report', 'examples', '--year', '2025', '--format', 'html', '--kind', 'lke', '--out', out], ROOT).status).toBe(0);
        expect(files(out)).toEqual(['index.html', 'instansi/Bappeda.html', 'instansi/Dinkes.html', 'instansi/Disdik.html', 'temuan.html']);
        const index = readFileSync(join(out, 'index.html'), 'utf8');
        expect(index).toContain('<a href="instansi/Dinkes.html">Dinas Kesehatan Kabupaten Paser Selatan</a>');
        expect(index).toContain('<section class="org" data-org="KabPaserSelatan"');
        expect(index).not.toContain('<section class="org" data-org="Dinkes"');
        expect(index).toContain('<a href="temuan.html">Lihat');
        const dinkes = readFileSync(join(out, 'instansi/Dinkes.html'), 'utf8');
        expect(dinkes).toContain('<section class="org" data-org="Dinkes"');
        expect(dinkes).toContain('1.b.10');
        expect(dinkes).toContain('<span class="code">examples/dinkes.kinerja:');
        for (const page of files(out)) expect(problems(out, page), page).toEqual([]);
    });

    it('tells a folder from a file: a trailing /, an existing folder, or a new name without .html', () => {
        mkdirSync(join(work, 'existing'));
        expect(isFolderOut(join(work, 'existing'))).toBe(true);
        expect(isFolderOut(join(work, 'new/'))).toBe(true);
        expect(isFolderOut(join(work, 'laporan-2025'))).toBe(true);
        expect(isFolderOut(join(work, 'laporan-2025.html'))).toBe(false);
        expect(isFolderOut(join(work, 'LAPORAN.HTM'))).toBe(false);
        writeFileSync(join(work, 'plain'), '');
        expect(isFolderOut(join(work, 'plain'))).toBe(false);
        // Other formats keep --out FILE: an existing folder is refused as before.
        const md = kinerja(['report', EXAMPLES, '--year', '2025', '--format', 'md', '--out', join(work, 'existing'), '--lang', 'en'], work);
        expect(md.stderr).toBe(`kinerja: ${join(work, 'existing')}: cannot be written (is a folder)\n`);
        expect(md.status).toBe(2);
        // The single file as before.
        const file = report(join(work, 'one.html'));
        expect(file.status).toBe(0);
        expect(readFileSync(join(work, 'one.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    });

    it('writes into an existing empty folder, keeping its permissions', () => {
        const out = join(work, 'empty');
        mkdirSync(out, { mode: 0o750 });
        expect(report(out).status).toBe(0);
        expect(statSync(out).mode & 0o777).toBe(0o750);
        expect(files(out)).toContain('index.html');
    });

    it('replaces its own earlier output whole: a page of an agency gone from the workspace goes too', () => {
        const out = join(work, 'again');
        expect(report(out).status).toBe(0);
        cpSync(join(out, 'instansi/Dinkes.html'), join(out, 'instansi/Lama.html'));
        writeFileSync(join(out, '.DS_Store'), 'Finder');
        const second = report(out, '--lang', 'en');
        expect(second.status).toBe(0);
        expect(files(out)).toEqual(['index.html', 'instansi/Bappeda.html', 'instansi/Dinkes.html', 'instansi/Disdik.html', 'temuan.html']);
        expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<html lang="en">');
        expect(readdirSync(work).filter(f => f.startsWith('.again.'))).toEqual([]);
    });

    it('refuses a folder holding what kinerja did not write, even with --force, and leaves it as it was', () => {
        const out = join(work, 'foreign');
        expect(report(out).status).toBe(0);
        for (const [plant, name] of [['catatan.txt', 'catatan.txt'], ['instansi/edited.html', 'instansi/edited.html'], ['gambar/x.png', 'gambar/']]) {
            mkdirSync(dirname(join(out, plant)), { recursive: true });
            writeFileSync(join(out, plant), '<p>my own page</p>');
            const before = files(out);
            for (const force of [[], ['--force']]) {
                const r = report(out, '--lang', 'en', ...force);
                expect(r.stderr).toBe(`kinerja: ${out}: the folder holds ${name}, which kinerja did not write, so the folder is not replaced (not even with --force, which would delete it); choose a new or empty folder\n`);
                expect(r.status).toBe(2);
                expect(files(out)).toEqual(before);
            }
            rmSync(join(out, plant));
            if (name.endsWith('/')) rmSync(join(out, name), { recursive: true });
        }
        // In Bahasa Indonesia by default.
        writeFileSync(join(out, 'catatan.txt'), 'x');
        expect(report(out).stderr).toContain('folder ini berisi catatan.txt yang tidak ditulis kinerja');
    });

    it('never writes through a symbolic link, and needs the folder above to exist', () => {
        const real = join(work, 'real');
        mkdirSync(real);
        symlinkSync(real, join(work, 'link'));
        for (const out of [join(work, 'link'), join(work, 'link/')]) {
            const r = report(out, '--lang', 'en');
            expect(r.stderr).toBe(`kinerja: ${out}: is a symbolic link, and kinerja does not write through links; choose another folder\n`);
            expect(r.status).toBe(2);
        }
        expect(readdirSync(real)).toEqual([]);
        const missing = report(join(work, 'no/such/dir/'), '--lang', 'en');
        expect(missing.stderr).toBe(`kinerja: ${join(work, 'no/such/dir/')}: cannot be written (no such folder)\n`);
        expect(missing.status).toBe(2);
        writeFileSync(join(work, 'afile'), 'mine');
        const notFolder = report(join(work, 'afile/'), '--lang', 'en');
        expect(notFolder.status).toBe(2);
        expect(readFileSync(join(work, 'afile'), 'utf8')).toBe('mine');
    });

    it('leaves nothing half-written when a page cannot be written: the old folder stays whole, no temporary folder is left', () => {
        const out = join(work, 'limited');
        expect(report(out).status).toBe(0);
        const before = Object.fromEntries(files(out).map(f => [f, readFileSync(join(out, f), 'utf8')]));
        // A file size limit of 20 blocks: the first page over it fails.
        const r = spawnSync('sh', ['-c', `ulimit -f 20 && exec "${process.execPath}" "${BIN}" report "${EXAMPLES}" --year 2025 --format html --out "${out}" --lang en`], { cwd: work, encoding: 'utf8' });
        expect(r.stderr).toBe(`kinerja: ${out}: cannot be written (over the file size limit)\n`);
        expect(r.status).toBe(2);
        expect(Object.fromEntries(files(out).map(f => [f, readFileSync(join(out, f), 'utf8')]))).toEqual(before);
        const fresh = join(work, 'fresh');
        const r2 = spawnSync('sh', ['-c', `ulimit -f 20 && exec "${process.execPath}" "${BIN}" report "${EXAMPLES}" --year 2025 --format html --out "${fresh}"`], { cwd: work, encoding: 'utf8' });
        expect(r2.status).toBe(2);
        expect(existsSync(fresh)).toBe(false);
        expect(readdirSync(work).filter(f => f.endsWith('.tmp') || f.endsWith('.old'))).toEqual([]);
    });

    it('links bukti relative to each page: from an agency page one folder up', () => {
        const ws = join(work, 'ws-bukti');
        cpSync(EXAMPLES, ws, { recursive: true });
        const dinkes = join(ws, 'dinkes.kinerja');
        writeFileSync(dinkes, readFileSync(dinkes, 'utf8').replace(/(\n\s*)realisasi 2024 17,90/, '$1realisasi 2024 17,90$1bukti 2025 "Rekap posyandu" "bukti/rekap posyandu.pdf"'));
        const out = join(work, 'bukti-out');
        const r = kinerja(['report', ws, '--year', '2025', '--format', 'html', '--out', out], work);
        expect(r.status).toBe(0);
        const hrefs = (page: string) => [...readFileSync(join(out, page), 'utf8').matchAll(/<ul class="evidence">[\s\S]*?<\/ul>/g)]
            .flatMap(m => [...m[0].matchAll(/href="([^"]+)"/g)].map(h => h[1])).filter(h => !/^https?:/.test(h));
        const local = files(out).filter(p => p.startsWith('instansi/')).flatMap(p => hrefs(p).map(h => [p, h] as const));
        expect(local.length).toBeGreaterThan(0);
        for (const [page, href] of local) {
            // Resolved from the page's folder, the link lands inside the workspace.
            const target = resolve(out, posix.dirname(page), decodeURIComponent(href));
            expect(target.startsWith(ws + '/'), `${page}: ${href}`).toBe(true);
        }
    });
});

describe('page names', () => {
    it('are the ids, unique without case, never a name Windows reserves, nothing but letters, digits, _ and -', () => {
        expect([...pageNames(['Dinkes', 'DINKES', 'Con', 'a/b', 'Dinkes-2']).values()]).toEqual(['Dinkes', 'DINKES-2', 'Con_', 'a_b', 'Dinkes-2-2']);
    });
});

describe('the progress line of a long report', () => {
    function stream(isTTY: boolean) {
        const writes: string[] = [];
        return { writes, isTTY, columns: 80, write: (t: string) => { writes.push(t); return true; } };
    }

    it('on a terminal: nothing in the first two seconds, then one self-overwriting line, erased at the end', () => {
        const s = stream(true);
        let now = 1000;
        const p = new ReportProgress('id', s, () => now);
        p.preparing();
        p.pages(1, 401);
        expect(s.writes).toEqual([]);
        now += PROGRESS_AFTER_MS;
        p.preparing();
        now += 100;
        p.pages(1, 401);
        now += 50;
        p.pages(2, 401);                   // throttled
        now += 100;
        p.pages(401, 401);
        p.done();
        expect(s.writes).toEqual(['\rkinerja: menyusun laporan\x1b[K', '\rkinerja: menulis halaman laporan 1/401\x1b[K',
            '\rkinerja: menulis halaman laporan 401/401\x1b[K', '\r\x1b[K']);
    });

    it('not on a terminal (a CI log, a pipe): nothing at all, however long the run', () => {
        const s = stream(false);
        let now = 0;
        const p = new ReportProgress('en', s, () => now);
        now += 60_000;
        p.preparing();
        p.pages(5, 10);
        p.done();
        expect(s.writes).toEqual([]);
    });

    it('a short run on a terminal shows none (examples/ under a pseudo-terminal)', () => {
        if (spawnSync('script', ['-qec', 'true', '/dev/null']).status !== 0) return;
        const out = join(work, `tty${++runs}`);
        const tty = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" report "${EXAMPLES}" --year 2025 --format html --out "${out}"`, '/dev/null'], { cwd: work, encoding: 'utf8' });
        expect(tty.status).toBe(0);
        expect(tty.stdout).not.toContain('menulis halaman');
        expect(tty.stdout).toContain('5 halaman laporan ditulis');
    });
});
