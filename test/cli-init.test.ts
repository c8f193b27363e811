/**
 * `kinerja init`: a new workspace without questions (issue "Import"), through the real
 * CLI. What it writes checks clean and reports; nothing existing is overwritten; bad
 * arguments name the option and what to write.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kinerja } from './cli-run.js';
import { scratchFolders } from './scratch.js';

const scratch = scratchFolders('kinerja-init-');

const ARGS = ['--pemda', 'KabContoh', 'Pemerintah Kabupaten Contoh', '--instansi', 'Dinkes', 'Dinas Kesehatan', '--instansi', 'Dinsos', 'Dinas "Sosial"', '--periode', '2025-2029'];

describe('kinerja init', () => {
    it('writes the pemda, one file per agency with its echelon II–IV chart, the config and a README; it checks clean', () => {
        const dir = join(scratch(), 'ws');
        const result = kinerja(['init', dir, ...ARGS]);
        expect(result.status).toBe(0);
        expect(result.stderr).toContain('ruang kerja dibuat di');
        expect(readdirSync(dir).sort()).toEqual(['README.md', 'dinkes.kinerja', 'dinsos.kinerja', 'kabcontoh.kinerja', 'kinerja.config.json']);
        const pemda = readFileSync(join(dir, 'kabcontoh.kinerja'), 'utf8');
        expect(pemda).toContain('pemda KabContoh "Pemerintah Kabupaten Contoh" {');
        expect(pemda).toContain('kepala "Bupati Contoh"');
        expect(pemda).toContain('periode 2025 - 2029');
        const dinsos = readFileSync(join(dir, 'dinsos.kinerja'), 'utf8');
        expect(dinsos).toContain('instansi Dinsos "Dinas \\"Sosial\\"" {');
        expect(dinsos.split('\n').filter(l => l.startsWith('    jabatan')).map(l => l.replace(/ ".*" /, ' … '))).toEqual([
            '    jabatan Kepala … eselon II', '    jabatan Sekretaris … eselon III atasan Kepala', '    jabatan Kasubbag … eselon IV atasan Sekretaris'
        ]);
        expect(JSON.parse(readFileSync(join(dir, 'kinerja.config.json'), 'utf8'))).toMatchObject({ thresholds: { low: 90, high: 200 }, negativeFormula: '2T-R', averageCap: null });
        expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('npx kinerja check .');
        const check = kinerja(['check', dir, '--format', 'json']);
        expect(check.status).toBe(0);
        expect(JSON.parse(check.stdout).diagnostics).toEqual([]);
        const report = kinerja(['report', dir, '--year', '2025', '--format', 'json']);
        expect(report.status).toBe(0);
        expect(JSON.parse(report.stdout).agencies.map((a: { id: string }) => a.id)).toEqual(['KabContoh', 'Dinkes', 'Dinsos']);
    });

    it('overwrites nothing: when any file exists, nothing is written and the message names it', () => {
        const dir = scratch();
        writeFileSync(join(dir, 'README.md'), 'mine');
        const result = kinerja(['init', dir, ...ARGS]);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe(`kinerja: ${dir}: sudah ada README.md, jadi tidak ada yang ditulis; pilih folder lain atau pindahkan berkas itu\n`);
        expect(readdirSync(dir)).toEqual(['README.md']);
        expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('mine');
    });

    it.each([
        [['--instansi', 'Dinkes', 'Dinas Kesehatan'], 'kinerja: tulis satu pemda: --pemda ID "nama", mis. --pemda KabContoh "Pemerintah Kabupaten Contoh"'],
        [['--pemda', 'Kab'], 'kinerja: --pemda memerlukan ID lalu nama dalam tanda petik, mis. --pemda Dinkes "Dinas Kesehatan"'],
        [['--pemda', 'Kab', 'K', '--instansi', '1Dinas', 'D'], 'kinerja: --instansi 1Dinas: ID hanya boleh berisi huruf, angka dan _, dan tidak diawali angka (mis. Dinkes, OPD_01)'],
        [['--pemda', 'Kab', 'K', '--instansi', 'program', 'D'], "kinerja: --instansi program: 'program' adalah kata kunci bahasa kinerja dan tidak dapat menjadi ID; pilih nama lain (mis. dengan huruf kapital)"],
        [['--pemda', 'Kab', 'K', '--instansi', 'kab', 'D'], 'kinerja: ID kab sama dengan Kab (huruf besar-kecil tidak dibedakan untuk nama berkas); pilih ID lain'],
        [['--pemda', 'Kab', 'K', '--periode', '2029-2025'], 'kinerja: --periode 2029-2025: tulis tahun awal dan akhir RPJMD, mis. --periode 2025-2029']
    ])('refuses %j: exit 2, one sentence, nothing written', (args, message) => {
        const dir = join(scratch(), 'ws');
        const result = kinerja(['init', dir, ...args]);
        expect([result.status, result.stderr]).toEqual([2, message + '\n']);
        expect(() => readdirSync(dir)).toThrow();
    });

    it('speaks English with --lang en', () => {
        const result = kinerja(['init', join(scratch(), 'ws'), '--pemda', 'Kab', '--lang', 'en']);
        expect([result.status, result.stderr]).toEqual([2, 'kinerja: --pemda takes an ID and then a quoted name, e.g. --pemda Dinkes "Dinas Kesehatan"\n']);
    });
});
