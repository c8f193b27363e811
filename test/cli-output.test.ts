/**
 * `--out FILE` writes only FILE, and only when that is safe: an existing file is replaced
 * when it is empty or a previous output of kinerja (any format, recognised from its
 * content), or with --force; a symbolic link is never written through; a device or pipe
 * is never replaced; the write is atomic and leaves no temporary file behind.
 *
 * Standard output is written whole or the command fails: a full disk or a file size limit
 * is exit 2 with one sentence, a reader that stops early (`| head`) ends the command
 * quietly with its own exit code, and a large report is entirely written before exit.
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkOutTarget, writeAll, writeFileAtomic } from '../src/cli/output.js';
import { isKinerjaText, isPreviousOutput } from '../src/cli/previous-output.js';
import { renderCsv } from '../src/report/formats/csv.js';
import { REPORT_FORMATS } from '../src/report/formats/registry.js';
import { reportTables } from '../src/report/formats/tables.js';
import type { ReportKind } from '../src/report/kinds/index.js';
import { kinerja, kinerjaShell } from './cli-run.js';
import { fixtureReport, writeFixture } from './report/fixture.js';

let dir: string;
let folders = 0;

beforeAll(() => {
    dir = writeFixture();
});

/** A fresh output folder inside the fixture folder. */
function folder(): string {
    const path = join(dir, `out${++folders}`);
    mkdirSync(path);
    return path;
}

function temporaryFiles(path: string): string[] {
    return readdirSync(path).filter(f => f.endsWith('.tmp'));
}

const REPORT = ['report', 'ws', '--year', '2025'];

/** Two runs of each format whose outputs differ: the second must replace the first without --force. */
const FORMATS: Array<{ name: string; file: string; first: string[]; second: string[]; empty?: boolean }> = [
    { name: 'check text', file: 'check.txt', first: ['check', 'ws', '--format', 'text', '--lang', 'en'], second: ['check', 'ws', '--format', 'text'] },
    { name: 'check json', file: 'check.json', first: ['check', 'ws', '--format', 'json', '--lang', 'en'], second: ['check', 'ws', '--format', 'json'] },
    { name: 'check sarif', file: 'check.sarif', first: ['check', 'ws', '--format', 'sarif', '--lang', 'en'], second: ['check', 'ws', '--format', 'sarif'] },
    { name: 'check github', file: 'check.log', first: ['check', 'ws', '--format', 'github', '--lang', 'en'], second: ['check', 'ws', '--format', 'github'] },
    { name: 'report json (contract)', file: 'r.json', first: [...REPORT, '--format', 'json', '--quarter', '3'], second: [...REPORT, '--format', 'json'] },
    { name: 'report json --kind', file: 'k.json', first: [...REPORT, '--kind', 'ranking', '--format', 'json', '--lang', 'en'], second: [...REPORT, '--kind', 'ranking', '--format', 'json'] },
    { name: 'report html', file: 'r.html', first: [...REPORT, '--format', 'html', '--lang', 'en'], second: [...REPORT, '--format', 'html'] },
    { name: 'report md (first over an empty file)', file: 'r.md', first: [...REPORT, '--format', 'md', '--lang', 'en'], second: [...REPORT, '--format', 'md'], empty: true },
    { name: 'report csv', file: 'r.csv', first: [...REPORT, '--format', 'csv', '--lang', 'en'], second: [...REPORT, '--format', 'csv', '--separator', ';'] },
    { name: 'report xlsx', file: 'r.xlsx', first: [...REPORT, '--format', 'xlsx', '--lang', 'en'], second: [...REPORT, '--format', 'xlsx'] },
    { name: 'report docx', file: 'r.docx', first: [...REPORT, '--kind', 'agreements', '--format', 'docx', '--lang', 'en'], second: [...REPORT, '--kind', 'lkjip', '--format', 'docx'] }
];

describe('--out replaces a previous output of kinerja without --force', () => {
    it('is tried for every report format of the registry', () => {
        const tried = new Set(FORMATS.filter(f => f.first[0] === 'report').map(f => f.first[f.first.indexOf('--format') + 1]));
        // pdf needs a browser: its replacement is run in the browser suite (test/browser/pdf.test.ts).
        expect([...tried, 'pdf'].sort()).toEqual(REPORT_FORMATS.map(f => f.id).sort());
    });

    it.each(FORMATS)('$name', ({ file, first, second, empty }) => {
        const out = folder();
        const path = join(out, file);
        if (empty) writeFileSync(path, '');
        const one = kinerja([...first, '--out', path], dir);
        expect(one.stderr).not.toContain('kinerja:');
        expect([0, 1]).toContain(one.status);
        const before = readFileSync(path);
        expect(before.length).toBeGreaterThan(0);
        expect(isPreviousOutput(path)).toBe(true);
        const two = kinerja([...second, '--out', path], dir);
        expect(two.stderr).not.toContain('kinerja:');
        expect([0, 1]).toContain(two.status);
        expect(readFileSync(path).equals(before)).toBe(false);
        expect(temporaryFiles(out)).toEqual([]);
    });
});

describe('--out refuses a file that is not a previous output', () => {
    it('leaves a foreign file as it was, exits 2 and names the file, in English and Indonesian', () => {
        const out = folder();
        const path = join(out, 'notes.md');
        writeFileSync(path, '# My notes\n\nNot a report.\n');
        const en = kinerja([...REPORT, '--format', 'md', '--out', path, '--lang', 'en'], dir);
        expect(en.status).toBe(2);
        expect(en.stdout).toBe('');
        expect(en.stderr).toBe(`kinerja: ${path}: the file exists and is not a previous kinerja output, so it was not overwritten; pass --force to overwrite it or choose another name\n`);
        const id = kinerja(['check', 'ws', '--out', path, '--lang', 'id'], dir);
        expect(id.status).toBe(2);
        expect(id.stderr).toBe(`kinerja: ${path}: berkas ini sudah ada dan bukan keluaran kinerja sebelumnya, jadi tidak ditimpa; tambahkan --force untuk menimpanya atau pilih nama lain\n`);
        expect(readFileSync(path, 'utf8')).toBe('# My notes\n\nNot a report.\n');
        expect(readdirSync(out)).toEqual(['notes.md']);
    });

    it('overwrites a foreign file with --force; the result is then replaced without it', () => {
        const out = folder();
        const path = join(out, 'notes.csv');
        writeFileSync(path, 'name,value\r\nx,1\r\n');
        const r = kinerja([...REPORT, '--format', 'csv', '--out', path, '--force'], dir);
        expect(r).toMatchObject({ status: 0, stdout: '', stderr: '' });
        expect(readFileSync(path, 'utf8')).toMatch(/^\uFEFFID organisasi,Organisasi,/);
        // Now a previous kinerja output: another format replaces it without --force.
        const check = kinerja(['check', 'ws', '--format', 'json', '--out', path], dir);
        expect(check.stderr).not.toContain('kinerja:');
        expect(JSON.parse(readFileSync(path, 'utf8')).diagnostics.length).toBeGreaterThan(0);
        expect(readdirSync(out)).toEqual(['notes.csv']);
    });

    it('never replaces a pipe, not even with --force', () => {
        const out = folder();
        const fifo = join(out, 'pipe');
        if (spawnSync('mkfifo', [fifo]).status !== 0) return;
        const r = kinerja([...REPORT, '--format', 'md', '--out', fifo, '--force', '--lang', 'en'], dir);
        expect(r.status).toBe(2);
        expect(r.stderr).toContain(`${fifo}: is not a regular file`);
        expect(lstatSync(fifo).isFIFO()).toBe(true);
        expect(temporaryFiles(out)).toEqual([]);
    });

    it('exits 2 when the folder does not exist, creating nothing', () => {
        const out = folder();
        const r = kinerja(['check', 'ws', '--out', join(out, 'missing/check.txt'), '--lang', 'en'], dir);
        expect(r.status).toBe(2);
        expect(r.stderr).toBe(`kinerja: ${join(out, 'missing/check.txt')}: cannot be written (no such folder)\n`);
        expect(readdirSync(out)).toEqual([]);
    });
});

describe('--out never follows a symbolic link out of the folder', () => {
    it('refuses a link to a file outside (even a kinerja report) and with --force replaces the link, not its target', () => {
        const out = folder();
        const outside = folder();
        const target = join(outside, 'published.md');
        writeFileSync(target, '<!-- generator: kinerja 0.1.0 -->\n# Laporan Kinerja Instansi Pemerintah (LKjIP)\n');
        expect(isPreviousOutput(target)).toBe(true);
        const published = readFileSync(target);
        const link = join(out, 'report.md');
        symlinkSync(target, link);

        const refused = kinerja([...REPORT, '--format', 'md', '--lang', 'en', '--out', link], dir);
        expect(refused.status).toBe(2);
        expect(refused.stderr).toBe(`kinerja: ${link}: is a symbolic link and kinerja does not write through links; pass --force to replace the link itself with a regular file (its target is left untouched) or choose another name\n`);
        expect(lstatSync(link).isSymbolicLink()).toBe(true);
        expect(readFileSync(target).equals(published)).toBe(true);
        expect(temporaryFiles(out)).toEqual([]);

        const forced = kinerja([...REPORT, '--format', 'md', '--lang', 'en', '--out', link, '--force'], dir);
        expect(forced).toMatchObject({ status: 0, stderr: '' });
        expect(lstatSync(link).isFile()).toBe(true);
        expect(readFileSync(link, 'utf8')).toContain('# Performance');
        expect(readFileSync(target).equals(published)).toBe(true);
        expect(readdirSync(out)).toEqual(['report.md']);
        expect(readdirSync(outside)).toEqual(['published.md']);
    });

    it('does not create the target of a dangling link', () => {
        const out = folder();
        const outside = folder();
        const target = join(outside, 'planted.sarif');
        const link = join(out, 'check.sarif');
        symlinkSync(target, link);
        const refused = kinerja(['check', 'ws', '--format', 'sarif', '--out', link, '--lang', 'id'], dir);
        expect(refused.status).toBe(2);
        expect(refused.stderr).toContain(`${link}: adalah tautan simbolik`);
        const forced = kinerja(['check', 'ws', '--format', 'sarif', '--out', link, '--force'], dir);
        expect(forced.stderr).not.toContain('kinerja:');
        expect(lstatSync(link).isFile()).toBe(true);
        expect(existsSync(target)).toBe(false);
        expect(readdirSync(outside)).toEqual([]);
        expect(temporaryFiles(out)).toEqual([]);
    });
});

describe('recognising previous outputs', () => {
    const KINDS: Array<[ReportKind, number | undefined]> = [['annual', undefined], ['quarterly', 3], ['ranking', undefined], ['agreements', undefined]];

    it('recognises every CSV table of every kind, in both languages and with both separators', async () => {
        const out = folder();
        let count = 0;
        for (const [kind, quarter] of KINDS) {
            const data = await fixtureReport(dir, kind, { quarter });
            for (const lang of ['id', 'en'] as const) {
                for (const table of reportTables(data, lang)) {
                    for (const separator of [',', ';'] as const) {
                        const path = join(out, `${kind}-${table.id}-${lang}.csv`);
                        writeFileSync(path, renderCsv(table, { separator, lang }));
                        expect(isPreviousOutput(path), `${kind} ${table.id} ${lang} ${separator}`).toBe(true);
                        count++;
                    }
                }
            }
        }
        expect(count).toBe(2 * 2 * (10 + 10 + 3 + 4));
    });

    it('does not take other files for kinerja output', () => {
        for (const text of [
            'my notes\n',
            '\uFEFFname,value\r\n',
            '\uFEFFID organisasi\r\n',
            'src/a.c:1:2 error unknown-code something\n',
            '::error file=a.c,line=1,title=eslint no-undef::x\n',
            '{"diagnostics": [{"file": "a.ts", "line": 1, "column": 1, "severity": "error", "code": "no-undef"}]}',
            '{"year": "2025"}',
            '<!DOCTYPE html>\n<html><head><meta name="generator" content="Hugo 0.1"></head></html>',
            '# Laporan Kinerja Instansi Pemerintah (LKjIP)\n'
        ]) expect(isKinerjaText(text), text).toBe(false);
        expect(isKinerjaText('{"diagnostics": []}\n')).toBe(true);
        expect(isKinerjaText('{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "tool": {\n        "driver": {\n          "name": "eslint"')).toBe(false);
        expect(isKinerjaText('ws/a.kinerja:3:7 warning pk-missing Opd.Kadis …\n')).toBe(true);
    });

    it('takes a workbook for kinerja\'s only while kinerja was the last to save it', async () => {
        const out = folder();
        const book = new ExcelJS.Workbook();
        book.creator = 'kinerja 0.1.0';
        book.lastModifiedBy = 'kinerja 0.1.0';
        book.addWorksheet('Laporan').getCell('A1').value = 'x';
        await book.xlsx.writeFile(join(out, 'ours.xlsx'));
        expect(isPreviousOutput(join(out, 'ours.xlsx'))).toBe(true);
        book.lastModifiedBy = 'Siti';
        await book.xlsx.writeFile(join(out, 'edited.xlsx'));
        expect(isPreviousOutput(join(out, 'edited.xlsx'))).toBe(false);
        book.creator = 'Siti';
        await book.xlsx.writeFile(join(out, 'theirs.xlsx'));
        expect(isPreviousOutput(join(out, 'theirs.xlsx'))).toBe(false);
        writeFileSync(join(out, 'broken.xlsx'), Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100)]));
        expect(isPreviousOutput(join(out, 'broken.xlsx'))).toBe(false);
    });

    it('takes a Word document for kinerja\'s only while kinerja was the last to save it', async () => {
        const out = folder();
        const { Document, Packer, Paragraph } = await import('docx');
        const write = async (name: string, creator: string, lastModifiedBy: string) =>
            writeFileSync(join(out, name), await Packer.toBuffer(new Document({ creator, lastModifiedBy, sections: [{ children: [new Paragraph('x')] }] })));
        await write('ours.docx', 'kinerja 0.1.0', 'kinerja 0.1.0');
        expect(isPreviousOutput(join(out, 'ours.docx'))).toBe(true);
        await write('edited.docx', 'kinerja 0.1.0', 'Siti');
        expect(isPreviousOutput(join(out, 'edited.docx'))).toBe(false);
        await write('theirs.docx', 'Siti', 'Siti');
        expect(isPreviousOutput(join(out, 'theirs.docx'))).toBe(false);
    });
});

describe('checkOutTarget', () => {
    it('allows a new file, an empty file or a previous output; refuses the rest unless forced; never a folder or a pipe', () => {
        const out = folder();
        const check = (name: string, force = false) => () => checkOutTarget(join(out, name), { force, lang: 'en' });
        expect(check('new.md')).not.toThrow();
        writeFileSync(join(out, 'empty.md'), '');
        expect(check('empty.md')).not.toThrow();
        writeFileSync(join(out, 'ours.md'), '<!-- generator: kinerja 0.1.0 -->\n# Laporan\n');
        expect(check('ours.md')).not.toThrow();
        writeFileSync(join(out, 'notes.md'), 'notes');
        expect(check('notes.md')).toThrow(/notes\.md: the file exists and is not a previous kinerja output/);
        expect(check('notes.md', true)).not.toThrow();
        symlinkSync(join(out, 'ours.md'), join(out, 'link.md'));
        expect(check('link.md')).toThrow(/link\.md: is a symbolic link/);
        expect(check('link.md', true)).not.toThrow();
        mkdirSync(join(out, 'sub'));
        expect(check('sub', true)).toThrow(/sub: cannot be written \(is a folder\)/);
        expect(check('missing/new.md')).toThrow(/cannot be written \(no such folder\)/);
        expect(check('notes.md/new.md')).toThrow(/cannot be written \(not a folder\)/);
        if (spawnSync('mkfifo', [join(out, 'pipe')]).status === 0) {
            expect(check('pipe')).toThrow(/pipe: is not a regular file/);
            expect(check('pipe', true)).toThrow(/pipe: is not a regular file/);
        }
        expect(temporaryFiles(out)).toEqual([]);
    });

    it('writeFileAtomic replaces a symbolic link itself, never its target', () => {
        const out = folder();
        writeFileSync(join(out, 'target.md'), 'target');
        symlinkSync(join(out, 'target.md'), join(out, 'link.md'));
        writeFileAtomic(join(out, 'link.md'), 'new');
        expect(lstatSync(join(out, 'link.md')).isFile()).toBe(true);
        expect(readFileSync(join(out, 'link.md'), 'utf8')).toBe('new');
        expect(readFileSync(join(out, 'target.md'), 'utf8')).toBe('target');
        expect(readdirSync(out).sort()).toEqual(['link.md', 'target.md']);
    });
});

describe('standard output', () => {
    const FULL = existsSync('/dev/full');
    const failed = (reason: string) => `kinerja: standard output could not be written (${reason}), so the output is incomplete; check where it is redirected and run the command again\n`;

    it.skipIf(!FULL).each([
        ['check', ['check', 'ws', '--lang', 'en']],
        ['check --format sarif', ['check', 'ws', '--format', 'sarif', '--lang', 'en']],
        ['report json', [...REPORT, '--format', 'json', '--lang', 'en']],
        ['report html', [...REPORT, '--format', 'html', '--lang', 'en']],
        ['report xlsx', [...REPORT, '--format', 'xlsx', '--lang', 'en']],
        ['--help', ['check', '--help', '--lang', 'en']]
    ])('%s > /dev/full: exit 2 and one sentence, no summary, no stack trace', (_name, args) => {
        const r = kinerjaShell(args, '> /dev/full', { cwd: dir });
        expect(r.stdout).toBe('');
        expect(r.stderr).toBe(failed('no space left on the device'));
        expect(r.status).toBe(2);
    });

    it.skipIf(!FULL)('says it in Indonesian by default', () => {
        const r = kinerjaShell(['check', 'ws'], '> /dev/full', { cwd: dir });
        expect(r.stderr).toBe('kinerja: keluaran standar tidak dapat ditulis (ruang disk penuh), jadi keluarannya tidak lengkap; periksa tujuan pengalihannya lalu jalankan perintah ini lagi\n');
        expect(r.status).toBe(2);
    });

    it('fails when the disk takes only part of the output (here a file size limit, ulimit -f), never exits 0 with a truncated file', () => {
        const out = folder();
        const whole = kinerja([...REPORT, '--format', 'html'], dir).stdout;
        expect(Buffer.byteLength(whole)).toBeGreaterThan(40 * 1024);
        const path = join(out, 'r.html');
        // 20 blocks of 512 or 1024 bytes, depending on the shell: at most 20 KiB.
        const r = kinerjaShell([...REPORT, '--format', 'html', '--lang', 'en'], `> ${path}`, { cwd: dir, before: 'ulimit -f 20 &&' });
        expect(r.stderr).toBe(failed('over the file size limit'));
        expect(r.status).toBe(2);
        expect(statSync(path).size).toBeLessThan(Buffer.byteLength(whole));
    });

    it('with --out under the same limit: exit 2 naming the file, no file and no temporary file left', () => {
        const out = folder();
        const path = join(out, 'r.html');
        const r = kinerjaShell([...REPORT, '--format', 'html', '--lang', 'en', '--out', path], '', { cwd: dir, before: 'ulimit -f 20 &&' });
        expect(r.stderr).toBe(`kinerja: ${path}: cannot be written (over the file size limit)\n`);
        expect(r.status).toBe(2);
        expect(readdirSync(out)).toEqual([]);
    });

    it('writeAll carries on after a short write and throws the error that follows', () => {
        const chunks: number[] = [];
        const partial = (_fd: number, _b: Uint8Array, _offset: number, length: number) => {
            if (chunks.length === 2) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
            const n = Math.min(length, 7);
            chunks.push(n);
            return n;
        };
        expect(() => writeAll(1, new Uint8Array(100), partial)).toThrow(/ENOSPC/);
        expect(chunks).toEqual([7, 7]);
        const whole: number[] = [];
        writeAll(1, new Uint8Array(20), (_fd, _b, offset, length) => { whole.push(offset); return Math.min(length, 8); });
        expect(whole).toEqual([0, 8, 16]);
    });

    /** `( kinerja …; echo "exit N" >&2 ) | head -c 10`: what head reads, and what kinerja said and exited with. */
    const HEAD = '; echo "exit $?" >&2 ) | head -c 10';

    it('a reader that stops early (| head) ends the report quietly with exit 0', () => {
        // The examples' HTML report (over 100 KB) is more than a pipe holds, so the write meets EPIPE.
        const args = ['report', 'examples', '--year', '2025', '--format', 'html'];
        expect(kinerja(args).stdout.length).toBeGreaterThan(100_000);
        const r = kinerjaShell(args, HEAD, { before: '(' });
        expect(r.stdout).toBe('<!DOCTYPE ');
        expect(r.stderr).toBe('exit 0\n');
    });

    it('a reader that stops early keeps the verdict of the check (exit 1 with errors) and its summary on stderr', () => {
        const ws = join(folder(), 'errors');
        mkdirSync(ws);
        // 3000 findings, far more text than a pipe holds.
        writeFileSync(join(ws, 'a.kinerja'), Array.from({ length: 3000 }, (_, i) => `instansi A${i} "Dinas ${i}" { pemda Tidak${i} }\n`).join(''));
        expect(kinerja(['check', ws]).stdout.length).toBeGreaterThan(200_000);
        const r = kinerjaShell(['check', ws, '--lang', 'en'], HEAD, { before: '(' });
        expect(r.stdout).toHaveLength(10);
        expect(r.stderr).toBe('1 file(s) checked: 3000 error(s), 0 warning(s), 0 info\nexit 1\n');
    });

    it('writes a large report whole through a pipe read slowly', () => {
        const whole = kinerja([...REPORT, '--format', 'html'], dir).stdout;
        const r = kinerjaShell([...REPORT, '--format', 'html'], '| (sleep 1; cat)', { cwd: dir });
        expect(r.status).toBe(0);
        expect(r.stdout === whole).toBe(true);
    });
});
