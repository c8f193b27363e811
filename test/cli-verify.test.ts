/**
 * Every document says where it comes from (the commit, a digest of its inputs, the
 * options), and `kinerja verify` rebuilds it: an unchanged document matches, a changed
 * document or changed data does not (src/cli/verify.ts, src/report/provenance.ts).
 * The PDF's round trip is in the browser suite (test/browser/pdf.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kinerja, ROOT } from './cli-run.js';
import { scratchFolders } from './scratch.js';
import { digestInputs } from '../src/cli/provenance.js';
import { readProvenance } from '../src/cli/verify.js';
import { zipEntries, textOf, findEntry } from '../src/import/read-zip.js';

const scratch = scratchFolders('kinerja-verify-');

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=Analis', '-c', 'user.email=analis@example.go.id', ...args], { cwd, encoding: 'utf8' });

/** The examples in a git repository of their own, as `ws/`, committed; returns the repository and its commit. */
function repository(withGit = true): { dir: string; commit: string | null } {
    const dir = scratch();
    cpSync(join(ROOT, 'examples'), join(dir, 'ws'), { recursive: true });
    if (!withGit) return { dir, commit: null };
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'Renja 2025');
    return { dir, commit: git(dir, 'rev-parse', 'HEAD').trim() };
}

function run(dir: string, ...args: string[]) {
    const result = kinerja(args, dir, { SOURCE_DATE_EPOCH: undefined });
    return result;
}

async function zipText(path: string, part: string): Promise<string> {
    const bytes = readFileSync(path);
    let text = '';
    for await (const chunk of textOf(bytes, findEntry(zipEntries(bytes), part)!)) text += chunk;
    return text;
}

/** A zip with one part's text changed, written back with Python's zipfile (another writer, as an editor would be). */
function editZip(path: string, part: string, from: string, to: string): void {
    execFileSync('python3', ['-c', `
import sys, zipfile
src, part, a, b = sys.argv[1:5]
data = {i.filename: (i, zipfile.ZipFile(src).read(i.filename)) for i in zipfile.ZipFile(src).infolist()}
with zipfile.ZipFile(src, 'w', zipfile.ZIP_DEFLATED) as out:
    for name, (info, body) in data.items():
        if name == part:
            assert a.encode() in body, 'text not in part'
            body = body.replace(a.encode(), b.encode(), 1)
        out.writestr(info, body)
`, path, part, from, to]);
}

describe('kinerja verify', () => {
    it('matches every kind of document written from an unchanged workspace, and each names its commit and input digest', async () => {
        const { dir, commit } = repository();
        const short = commit!.slice(0, 12);
        const docs: [string, string[]][] = [
            ['pk.html', ['--kind', 'agreements', '--format', 'html']],
            ['laporan.md', ['--format', 'md']],
            ['lke.json', ['--kind', 'lke', '--format', 'json']],
            ['e81.xlsx', ['--kind', 'e81', '--quarter', '3', '--format', 'xlsx']],
            ['lkjip.docx', ['--kind', 'lkjip', '--format', 'docx']],
            ['pk.docx', ['--kind', 'agreements', '--format', 'docx']],
            ['laporan/', ['--format', 'html']]
        ];
        for (const [out, args] of docs) {
            const made = run(dir, 'report', 'ws', '--year', '2025', ...args, '--out', out);
            expect(made.status, made.stderr).toBe(0);
        }
        // What a reader sees.
        const line = `dari commit git ${short} · sidik data masukan (SHA-256) `;
        expect(readFileSync(join(dir, 'pk.html'), 'utf8')).toContain(line);
        expect(readFileSync(join(dir, 'laporan.md'), 'utf8')).toContain(line);
        expect(readFileSync(join(dir, 'laporan/index.html'), 'utf8')).toContain(line);
        expect(await zipText(join(dir, 'lkjip.docx'), 'word/document.xml')).toContain(line);
        expect(await zipText(join(dir, 'e81.xlsx'), 'xl/sharedStrings.xml')).toContain(commit!);
        // What verify reads back.
        for (const file of ['pk.html', 'laporan.md', 'lke.json', 'e81.xlsx', 'lkjip.docx', 'pk.docx', 'laporan/index.html']) {
            const p = await readProvenance(readFileSync(join(dir, file)));
            expect(p, file).toMatchObject({ commit, uncommitted: false, files: 8, options: { paths: ['ws'], year: 2025 } });
            expect(p!.inputs).toMatch(/^sha256:[0-9a-f]{64}$/);
        }
        for (const [out] of docs) {
            const checked = run(dir, 'verify', out.replace(/\/$/, ''));
            expect(checked.stdout, checked.stderr).toMatch(new RegExp(`^kinerja: ${out.replace(/\/$/, '').replace('.', '\\.')} cocok: dibangun ulang dari data masukan yang sama \\(sidik [0-9a-f]{16}…, 8 berkas, commit ${short}\\), isinya sama persis\\n$`));
            expect(checked.status).toBe(0);
        }
    }, 120_000);

    it('fails a document changed after it was made, naming where', () => {
        const { dir } = repository();
        for (const [out, args] of [['pk.html', ['--kind', 'agreements', '--format', 'html']], ['lkjip.docx', ['--kind', 'lkjip', '--format', 'docx']],
            ['e81.xlsx', ['--kind', 'e81', '--quarter', '3', '--format', 'xlsx']], ['laporan', ['--format', 'html']]] as const) {
            expect(run(dir, 'report', 'ws', '--year', '2025', ...args, '--out', out).status).toBe(0);
        }
        const html = readFileSync(join(dir, 'pk.html'), 'utf8');
        writeFileSync(join(dir, 'pk.html'), html.replace('Kepala Dinas Kesehatan', 'Kepala Dinas Kesehatan dan KB'));
        let checked = run(dir, 'verify', 'pk.html');
        expect(checked.status).toBe(1);
        expect(checked.stdout).toMatch(/^kinerja: pk\.html tidak cocok: data masukan sama, tetapi isi dokumen berbeda dari hasil membangun ulang \(mulai baris \d+\); dokumen telah diubah setelah dibuat\n$/);

        editZip(join(dir, 'lkjip.docx'), 'word/document.xml', 'Dinas Kesehatan', 'Dinas Kesehatan dan KB');
        checked = run(dir, 'verify', 'lkjip.docx');
        expect(checked.stdout).toContain('lkjip.docx tidak cocok: data masukan sama, tetapi isi dokumen berbeda dari hasil membangun ulang (bagian word/document.xml)');
        expect(checked.status).toBe(1);

        editZip(join(dir, 'e81.xlsx'), 'xl/sharedStrings.xml', 'Dinas Kesehatan', 'Dinas Kesehatan dan KB');
        checked = run(dir, 'verify', '--lang', 'en', 'e81.xlsx');
        expect(checked.stdout).toContain('e81.xlsx does not match: the inputs are the same, but the content differs from the rebuilt document (part xl/sharedStrings.xml)');
        expect(checked.status).toBe(1);

        // A folder: a page changed, then a page added.
        const agency = readdirSync(join(dir, 'laporan', 'instansi'))[0];
        appendFileSync(join(dir, 'laporan', 'instansi', agency), '<!-- -->');
        checked = run(dir, 'verify', 'laporan');
        expect(checked.stdout).toMatch(new RegExp(`tidak cocok: .*\\(halaman instansi/${agency.replace('.', '\\.')} mulai baris \\d+\\)`));
        cpSync(join(ROOT, 'examples'), join(dir, 'copy'), { recursive: true });
        run(dir, 'report', 'ws', '--year', '2025', '--format', 'html', '--out', 'laporan', '--force');
        writeFileSync(join(dir, 'laporan', 'palsu.html'), '<!DOCTYPE html>');
        checked = run(dir, 'verify', 'laporan');
        expect(checked.stdout).toContain('(halaman palsu.html tidak dibuat oleh laporan ini)');
        expect(checked.status).toBe(1);
    }, 120_000);

    it('fails when the data changed since, and says which commit the document was made from', () => {
        const { dir, commit } = repository();
        expect(run(dir, 'report', 'ws', '--year', '2025', '--format', 'md', '--out', 'laporan.md').status).toBe(0);
        const file = readdirSync(join(dir, 'ws')).find(f => f.endsWith('.kinerja'))!;
        appendFileSync(join(dir, 'ws', file), '\n// catatan\n');
        const checked = run(dir, 'verify', 'laporan.md');
        expect(checked.status).toBe(1);
        expect(checked.stdout).toMatch(new RegExp(`^kinerja: laporan\\.md tidak cocok: data masukan telah berubah sejak dokumen dibuat \\(sidik tercatat [0-9a-f]{16}…, 8 berkas; sekarang [0-9a-f]{16}…, 8 berkas\\)\\. Dokumen dibuat dari commit ${commit!.slice(0, 12)}: periksa pada commit itu`));
        // Undone, it matches again.
        git(dir, 'checkout', '-q', '--', 'ws');
        expect(run(dir, 'verify', 'laporan.md').status).toBe(0);
    }, 60_000);

    it('records uncommitted changes, and a workspace outside git, in the document', async () => {
        const { dir } = repository();
        const file = readdirSync(join(dir, 'ws')).find(f => f.endsWith('.kinerja'))!;
        appendFileSync(join(dir, 'ws', file), '\n// belum di-commit\n');
        const index = readFileSync(join(dir, '.git', 'index'));
        expect(run(dir, 'report', 'ws', '--year', '2025', '--format', 'md', '--out', 'a.md').status).toBe(0);
        // Asking git for the state leaves the user's index as it was (no optional locks, no refresh).
        expect(readFileSync(join(dir, '.git', 'index')).equals(index)).toBe(true);
        expect(readFileSync(join(dir, 'a.md'), 'utf8')).toMatch(/dari commit git [0-9a-f]{12} dengan perubahan yang belum di-commit · sidik/);
        expect(run(dir, 'verify', 'a.md').stdout).toContain('dengan perubahan yang belum di-commit), isinya sama persis');

        const outside = repository(false).dir;
        expect(run(outside, 'report', 'ws', '--year', '2025', '--format', 'md', '--out', 'b.md').status).toBe(0);
        expect(readFileSync(join(outside, 'b.md'), 'utf8')).toContain('dari ruang kerja di luar git · sidik');
        expect(await readProvenance(readFileSync(join(outside, 'b.md')))).toMatchObject({ commit: null });
        appendFileSync(join(outside, 'ws', file), '\n// diubah\n');
        expect(run(outside, 'verify', 'b.md').stdout).toContain('Dokumen dibuat di luar git');
    }, 60_000);

    it('refuses what it cannot rebuild with one sentence and exit 2', () => {
        const { dir } = repository(false);
        expect(run(dir, 'report', 'ws', '--year', '2025', '--format', 'csv', '--out', 't.csv').status).toBe(0);
        expect(run(dir, 'report', 'ws', '--year', '2025', '--format', 'json', '--out', 'k.json').status).toBe(0);
        expect(run(dir, 'report', 'ws', '--year', '2025', '--format', 'md', '--out', 'c.md').status).toBe(0);
        for (const file of ['t.csv', 'k.json']) {
            const r = run(dir, 'verify', file);
            expect(r.status).toBe(2);
            expect(r.stderr).toBe(`kinerja: ${file}: tidak memuat catatan asal dokumen kinerja, jadi tidak dapat dibangun ulang; hanya dokumen dari kinerja report memuatnya (tabel CSV dan JSON tanpa --kind tidak)\n`);
        }
        expect(run(dir, 'verify', 'tidak-ada.pdf').stderr).toBe('kinerja: tidak-ada.pdf: berkas tidak ada; sebutkan dokumen yang dibuat kinerja report\n');
        // Verified from another folder: the rebuild runs where the report ran (found from --out).
        mkdirSync(join(dir, 'lain'));
        expect(run(join(dir, 'lain'), 'verify', '../c.md').stdout).toContain('kinerja: ../c.md cocok');
        // A copy moved away from its workspace: where to find it is said; naming the workspace works.
        cpSync(join(dir, 'c.md'), join(dir, 'lain', 'c.md'));
        const moved = run(join(dir, 'lain'), 'verify', 'c.md');
        expect(moved.status).toBe(2);
        expect(moved.stderr).toBe(`kinerja: ruang kerja dokumen tidak dapat dibaca: ws: tidak ada berkas atau folder dengan nama ini; periksa jalurnya (jalur tercatat ws, dibaca dari ${join(dir, 'lain')}). Sebutkan tempat ruang kerja itu sekarang setelah nama dokumen (kinerja verify DOKUMEN FOLDER)\n`);
        const named = run(join(dir, 'lain'), 'verify', 'c.md', '../ws');
        expect(named.stdout, named.stderr).toContain('kinerja: c.md cocok');
        expect(run(join(dir, 'lain'), 'verify', 'c.md', '..').stderr).toBe('kinerja: .. tidak berakhir seperti jalur ruang kerja yang tercatat di dokumen (ws); sebutkan folder yang dulu diberikan sebagai ws\n');
    }, 60_000);

    it('writes the same bytes twice with SOURCE_DATE_EPOCH (reproducible documents)', () => {
        const { dir } = repository();
        const write = () => {
            expect(kinerja(['report', 'ws', '--year', '2025', '--format', 'html', '--out', 'a.html'], dir, { SOURCE_DATE_EPOCH: '1767225600' }).status).toBe(0);
            return readFileSync(join(dir, 'a.html'), 'utf8');
        };
        const a = write();
        expect(write()).toBe(a);
        expect(a).toContain('pada 1 Januari 2026 pukul 00.00 UTC');
    }, 60_000);
});

describe('the input digest', () => {
    it('is the same for the same files wherever they are, and changes with any byte', () => {
        const a = scratch();
        const b = scratch();
        for (const dir of [a, b]) {
            mkdirSync(join(dir, 'sub'));
            writeFileSync(join(dir, 'sub', 'x.kinerja'), 'pemda A "A"\n');
            writeFileSync(join(dir, 'kinerja.config.json'), '{}');
        }
        const files = (dir: string) => [join(dir, 'kinerja.config.json'), join(dir, 'sub', 'x.kinerja')];
        expect(digestInputs(files(a)).digest).toBe(digestInputs(files(b)).digest);
        writeFileSync(join(b, 'sub', 'x.kinerja'), 'pemda A "A" \n');
        expect(digestInputs(files(a)).digest).not.toBe(digestInputs(files(b)).digest);
    });
});
