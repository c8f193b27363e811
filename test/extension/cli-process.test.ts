/**
 * What the extension's walkthrough command and "Impor dari Excel" do without VS Code
 * (src/extension/cli-process.ts): the command lines they run, the language, how a dry
 * run is read from the exit codes, and a real run of the `kinerja` command through the
 * same child-process runner: `init` into an empty folder and refusing existing files,
 * then an import of an exported workbook with one realisation changed — the dry run
 * writes nothing, the conflict is settled by --replace, and only the write changes the file.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliLanguage, dryRunVerdict, importArguments, initArguments, messageOf, runCli, summaryOf, type CliRun } from '../../src/extension/cli-process.js';
import { BIN, kinerja, ROOT } from '../cli-run.js';

const run = (code: number | null, stdout = '', stderr = ''): CliRun => ({ code, stdout, stderr });

describe('the command lines the extension runs', () => {
    it('follows VS Code\'s display language: Bahasa Indonesia for id, English otherwise', () => {
        expect(['id', 'ID', 'id-ID'].map(cliLanguage)).toEqual(['id', 'id', 'id']);
        expect(['en', 'en-us', 'de', 'zh-cn', 'idx', ''].map(cliLanguage)).toEqual(['en', 'en', 'en', 'en', 'en', 'en']);
    });

    it('kinerja init with the pemda, each agency and --lang', () => {
        expect(initArguments({ folder: '/w', pemda: { id: 'KabContoh', name: 'Kabupaten Contoh' }, instansi: [], lang: 'id' }))
            .toEqual(['init', '/w', '--pemda', 'KabContoh', 'Kabupaten Contoh', '--lang', 'id']);
        expect(initArguments({
            folder: '/w', pemda: { id: 'KabContoh', name: 'Kabupaten Contoh' },
            instansi: [{ id: 'Dinkes', name: 'Dinas Kesehatan' }, { id: 'Disdik', name: '--lang en' }], lang: 'en'
        })).toEqual(['init', '/w', '--pemda', 'KabContoh', 'Kabupaten Contoh', '--instansi', 'Dinkes', 'Dinas Kesehatan', 'Disdik', '--lang en', '--lang', 'en']);
    });

    it('kinerja import, a dry run first, then the write with or without --replace', () => {
        const request = { file: 'isian.xlsx', into: 'kab', lang: 'id' as const };
        expect(importArguments(request, { dryRun: true })).toEqual(['import', 'isian.xlsx', '--into', 'kab', '--dry-run', '--lang', 'id']);
        expect(importArguments(request, { dryRun: true, replace: true })).toEqual(['import', 'isian.xlsx', '--into', 'kab', '--dry-run', '--replace', '--lang', 'id']);
        expect(importArguments({ ...request, notation: 'en' }, { replace: true })).toEqual(['import', 'isian.xlsx', '--into', 'kab', '--replace', '--notation', 'en', '--lang', 'id']);
    });

    it('reads a dry run from its exit codes', () => {
        expect(dryRunVerdict(run(0, '--- a\n+++ a\n'))).toBe('changes');
        expect(dryRunVerdict(run(0, '', 'tidak ada perubahan\n'))).toBe('unchanged');
        expect(dryRunVerdict(run(2, '', 'kinerja: isian.xlsx: tidak ditemukan\n'))).toBe('refused');
        expect(dryRunVerdict(run(70))).toBe('failed');
        expect(dryRunVerdict(run(null))).toBe('failed');
        // Exit 1: conflicts when --replace settles them, problems otherwise.
        expect(dryRunVerdict(run(1), run(0, '--- a\n+++ a\n'))).toBe('conflicts');
        expect(dryRunVerdict(run(1), run(1))).toBe('problems');
        expect(dryRunVerdict(run(1))).toBe('problems');
    });

    it('shows the command\'s messages without the kinerja: prefix, the summary last', () => {
        const stderr = 'isian.xlsx: Realisasi!F2: 18 → 19,5 (kab/kab.kinerja:9)\n1 nilai di isian.xlsx berbeda …\n';
        expect(messageOf('kinerja: a\n\nb\n')).toBe('a\nb');
        expect(summaryOf(stderr)).toBe('1 nilai di isian.xlsx berbeda …');
        expect(summaryOf('')).toBe('');
    });
});

describe('runCli: the kinerja command in a child process', () => {
    let tmp: string;
    beforeAll(() => {
        expect(kinerja(['--version']).status, 'npm run build first').toBe(0);
        tmp = mkdtempSync(join(tmpdir(), 'kinerja-ext-cli-'));
    });
    afterAll(() => rmSync(tmp, { recursive: true, force: true }));

    it('says when the bundle is missing, instead of failing like a command', async () => {
        const result = await runCli(join(tmp, 'no-such-cli.cjs'), ['--version'], { cwd: tmp });
        expect(result.code).toBeNull();
        expect(result.stderr).toMatch(/no-such-cli\.cjs is missing; reinstall the kinerja extension/);
        expect(dryRunVerdict(result)).toBe('failed');
    });

    it('creates a workspace in an empty folder, and refuses to overwrite, naming the files', async () => {
        const folder = join(tmp, 'baru');
        mkdirSync(folder);
        const args = initArguments({ folder, pemda: { id: 'KabContoh', name: 'Kabupaten Contoh' }, instansi: [{ id: 'Dinkes', name: 'Dinas Kesehatan' }], lang: 'id' });
        const first = await runCli(BIN, args, { cwd: folder });
        expect(first.code, first.stderr).toBe(0);
        expect(readdirSync(folder).sort()).toEqual(['README.md', 'dinkes.kinerja', 'kabcontoh.kinerja', 'kinerja.config.json']);
        expect(messageOf(first.stderr)).toMatch(/^ruang kerja dibuat di .*baru: kabcontoh\.kinerja, dinkes\.kinerja, kinerja\.config\.json, README\.md/);
        expect(kinerja(['check', folder]).status).toBe(0);

        writeFileSync(join(folder, 'kabcontoh.kinerja'), '// mine\n');
        const again = await runCli(BIN, initArguments({ folder, pemda: { id: 'KabContoh', name: 'Kabupaten Contoh' }, instansi: [], lang: 'en' }), { cwd: folder });
        expect(again.code).toBe(2);
        expect(messageOf(again.stderr)).toMatch(/baru: kabcontoh\.kinerja, kinerja\.config\.json, README\.md already exist\(s\), so nothing was written/);
        expect(readFileSync(join(folder, 'kabcontoh.kinerja'), 'utf8')).toBe('// mine\n');
    });

    it('imports a workbook with one realisation changed: dry runs write nothing, --replace settles the conflict', async () => {
        const workspace = join(tmp, 'kab');
        const filled = join(tmp, 'diisi');
        cpSync(join(ROOT, 'examples'), workspace, { recursive: true });
        cpSync(join(ROOT, 'examples'), filled, { recursive: true });
        const file = join(workspace, 'dinkes.kinerja');
        const before = readFileSync(file, 'utf8');
        expect(before).toContain('realisasi 2025 tw2 47,10');
        writeFileSync(join(filled, 'dinkes.kinerja'), before.replace('realisasi 2025 tw2 47,10', 'realisasi 2025 tw2 48,25'));
        expect(kinerja(['export', filled, '--out', join(tmp, 'isian.xlsx')]).status).toBe(0);

        const request = { file: 'isian.xlsx', into: 'kab', lang: 'id' as const };
        const plain = await runCli(BIN, importArguments(request, { dryRun: true }), { cwd: tmp });
        expect(plain.code).toBe(1);
        expect(messageOf(plain.stderr)).toMatch(/^isian\.xlsx: Realisasi!F22: 47,10 → 48,25 \(kab\/dinkes\.kinerja:64\)\n1 nilai di isian\.xlsx berbeda/);
        const replaced = await runCli(BIN, importArguments(request, { dryRun: true, replace: true }), { cwd: tmp });
        expect(dryRunVerdict(plain, replaced)).toBe('conflicts');
        expect(replaced.stdout).toContain('-            realisasi 2025 tw2 47,10\n+            realisasi 2025 tw2 48,25\n');
        expect(summaryOf(replaced.stderr)).toBe('uji coba: 1 berkas akan diubah di kab (0 pernyataan ditambahkan, 1 nilai diganti); tidak ada yang ditulis');
        expect(readFileSync(file, 'utf8')).toBe(before);

        const written = await runCli(BIN, importArguments(request, { replace: true }), { cwd: tmp });
        expect(written.code, written.stderr).toBe(0);
        expect(readFileSync(file, 'utf8')).toBe(before.replace('realisasi 2025 tw2 47,10', 'realisasi 2025 tw2 48,25'));
        // Imported again: nothing left to change.
        const again = await runCli(BIN, importArguments(request, { dryRun: true }), { cwd: tmp });
        expect(dryRunVerdict(again)).toBe('unchanged');
        expect(existsSync(join(workspace, '.dinkes.kinerja.impor'))).toBe(false);
    }, 60000);
});
