/**
 * The command line as users and CI pipelines run it: output formats, exit codes and
 * one clear message for bad input.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kinerja } from './cli-run.js';

let dir: string;

const PEMDA = 'pemda Kab "Kabupaten Contoh" {\n    periode 2021 - 2026\n    sasaran S1 "Sasaran"\n}\n';
const OPD = [
    'instansi Opd "Dinas Contoh" {',
    '    pemda Kab',
    '    periode 2021 - 2026',
    '    jabatan Kadis "Kepala Dinas" eselon II',
    '    sasaran SS1 "Sasaran" oleh Kadis mendukung Kab.S1 {',
    '        indikator IKU1 "Indikator" {',
    '            satuan persen',
    '            target 2025 80',
    '            realisasi 2025 72',
    '        }',
    '    }',
    '}',
    'perjanjian Opd.Kadis 2025 { pihak-kedua "Bupati" ditandatangani 2025-01-06 }',
    ''
].join('\n');

beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kinerja-cli-'));
    mkdirSync(join(dir, 'clean'));
    writeFileSync(join(dir, 'clean/pemda.kinerja'), PEMDA);
    writeFileSync(join(dir, 'clean/opd.kinerja'), OPD);
    mkdirSync(join(dir, 'broken'));
    writeFileSync(join(dir, 'broken/pemda.kinerja'), PEMDA);
    writeFileSync(join(dir, 'broken/opd.kinerja'), OPD.replace('target 2025 80', 'target 2025 80.5'));
    mkdirSync(join(dir, 'warn'));
    writeFileSync(join(dir, 'warn/pemda.kinerja'), PEMDA);
    // Two warnings: a target outside the periode (period-outside alone) and one in 2026 without an agreement (pk-missing).
    writeFileSync(join(dir, 'warn/opd.kinerja'), OPD.replace('target 2025 80', 'target 2025 80\n            target 2026 1\n            target 2030 1'));
});

describe('kinerja check', () => {
    it('exits 0 on a clean workspace and prints a summary on stderr', () => {
        const r = kinerja(['check', 'clean'], dir);
        expect(r.stdout).toBe('');
        expect(r.stderr.trim()).toBe('2 berkas diperiksa: 0 kesalahan, 0 peringatan, 0 info');
        expect(r.status).toBe(0);
    });

    it('prints file:line:col severity code message and exits 1 with an error', () => {
        const r = kinerja(['check', 'broken'], dir);
        expect(r.stdout).toMatch(/^broken\/opd\.kinerja:8:25 error number-format Angka '80\.5' ambigu/);
        expect(r.status).toBe(1);
    });

    it('prints the JSON shape of the contract with 1-based positions and relative paths', () => {
        const r = kinerja(['check', 'broken', '--format', 'json'], dir);
        const json = JSON.parse(r.stdout);
        expect(json.diagnostics).toHaveLength(1);
        expect(json.diagnostics[0]).toMatchObject({ file: 'broken/opd.kinerja', line: 8, column: 25, severity: 'error', code: 'number-format' });
        expect(Object.keys(json.diagnostics[0]).sort()).toEqual(['code', 'column', 'file', 'line', 'message', 'severity']);
        expect(r.status).toBe(1);
    });

    it('switches messages to English with --lang en', () => {
        const r = kinerja(['check', 'broken', '--lang', 'en'], dir);
        expect(r.stdout).toContain("error number-format Number '80.5' is ambiguous");
        expect(r.stderr).toContain('2 file(s) checked: 1 error(s)');
    });

    it('exits 0 with warnings, 1 with --fail-on warning or --max-warnings 0', () => {
        const plain = kinerja(['check', 'warn'], dir);
        expect(plain.status).toBe(0);
        expect(plain.stdout).toContain('warning period-outside');
        expect(plain.stdout).toContain('warning pk-missing');
        expect(plain.stderr).toContain('0 kesalahan, 2 peringatan');
        expect(kinerja(['check', 'warn', '--fail-on', 'warning'], dir).status).toBe(1);
        expect(kinerja(['check', 'warn', '--max-warnings', '0'], dir).status).toBe(1);
        expect(kinerja(['check', 'warn', '--max-warnings', '1'], dir).status).toBe(1);
        expect(kinerja(['check', 'warn', '--max-warnings', '2'], dir).status).toBe(0);
    });

    it('exits 2 with one clear message for a missing path', () => {
        const r = kinerja(['check', 'nowhere'], dir);
        expect(r.status).toBe(2);
        expect(r.stderr.trim()).toBe('kinerja: nowhere: tidak ada berkas atau folder dengan nama ini; periksa jalurnya');
        const en = kinerja(['check', 'nowhere', '--lang', 'en'], dir);
        expect(en.status).toBe(2);
        expect(en.stderr.trim()).toBe('kinerja: nowhere: no such file or folder; check the path');
    });

    it('writes SARIF to --out atomically (replacing a foreign file with --force) and still exits 1 with an error', () => {
        const out = join(dir, 'check.sarif');
        writeFileSync(out, 'old');
        const r = kinerja(['check', 'broken', '--format', 'sarif', '--out', out, '--force'], dir);
        expect(r.status).toBe(1);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain('1 kesalahan');
        const log = JSON.parse(readFileSync(out, 'utf8'));
        expect(log.version).toBe('2.1.0');
        expect(log.runs[0].results[0]).toMatchObject({
            ruleId: 'number-format', level: 'error',
            locations: [{ physicalLocation: { artifactLocation: { uri: 'broken/opd.kinerja', uriBaseId: '%SRCROOT%' }, region: { startLine: 8, startColumn: 25 } } }]
        });
        expect(readdirSync(dir).filter(f => f.endsWith('.tmp'))).toEqual([]);
    });

    it('prints GitHub annotations when GITHUB_ACTIONS is set and no format is given', () => {
        const auto = kinerja(['check', 'broken'], dir, { GITHUB_ACTIONS: 'true' });
        expect(auto.status).toBe(1);
        expect(auto.stdout).toMatch(/^::error file=broken\/opd\.kinerja,line=8,col=25,endLine=8,endColumn=\d+,title=kinerja number-format::Angka '80\.5' ambigu/);
        expect(auto.stderr).toContain('1 kesalahan');
        const text = kinerja(['check', 'broken', '--format', 'text'], dir, { GITHUB_ACTIONS: 'true' });
        expect(text.stdout).toMatch(/^broken\/opd\.kinerja:8:25 error number-format/);
    });

    it('exits 2 for a KINERJA_DOCS_URL that is not a URL, and uses it for SARIF help links', () => {
        const bad = kinerja(['check', 'clean', '--format', 'sarif'], dir, { KINERJA_DOCS_URL: 'not a url' });
        expect(bad.status).toBe(2);
        expect(bad.stderr).toContain('KINERJA_DOCS_URL');
        const good = kinerja(['check', 'clean', '--format', 'sarif'], dir, { KINERJA_DOCS_URL: 'https://docs.example.org/kinerja/findings' });
        expect(good.status).toBe(0);
        const rules = JSON.parse(good.stdout).runs[0].tool.driver.rules as Array<{ id: string; helpUri: string }>;
        expect(rules.find(r => r.id === 'pk-missing')!.helpUri).toBe('https://docs.example.org/kinerja/findings/pk-missing.md');
    });

    it('exits 2 for usage errors', () => {
        const r = kinerja(['check', '--format', 'xml', '--lang', 'en'], dir);
        expect(r.status).toBe(2);
        expect(r.stderr).toBe("kinerja: 'xml' is not valid for '--format'; the choices are: text, json, sarif, github\n(see: kinerja check --help)\n");
        expect(kinerja(['frobnicate'], dir).status).toBe(2);
    });

    it('reports an unknown character and a parse error as syntax findings (the CLI builds Chevrotain\'s lexer and parser only then)', () => {
        mkdirSync(join(dir, 'syntax'));
        writeFileSync(join(dir, 'syntax/lex.kinerja'), 'instansi A "A" {\n  program P "P" @ {\n  }\n}\n');
        writeFileSync(join(dir, 'syntax/parse.kinerja'), 'instansi B "B" {\n  program Q "Q" {\n    indikator I1 "i" { satuan persen target }\n  }\n}\n');
        const r = kinerja(['check', 'syntax', '--format', 'json', '--lang', 'en'], dir);
        expect(r.status).toBe(1);
        const found = (JSON.parse(r.stdout) as { diagnostics: Array<Record<string, unknown>> }).diagnostics
            .map(({ file, line, column, code }) => `${String(file)}:${String(line)}:${String(column)} ${String(code)}`);
        expect(found).toEqual(['syntax/lex.kinerja:2:17 syntax', 'syntax/parse.kinerja:3:45 syntax']);
    });

    it('exits 2 for a binary or non-UTF-8 file', () => {
        mkdirSync(join(dir, 'bin'));
        writeFileSync(join(dir, 'bin/x.kinerja'), Buffer.from([0x70, 0x00, 0x01]));
        expect(kinerja(['check', 'bin'], dir)).toMatchObject({ status: 2, stderr: `kinerja: ${join(dir, 'bin/x.kinerja')}: adalah berkas biner, bukan berkas teks .kinerja\n` });
        expect(kinerja(['check', 'bin', '--lang', 'en'], dir)).toMatchObject({ status: 2, stderr: `kinerja: ${join(dir, 'bin/x.kinerja')}: is a binary file, not a .kinerja text file\n` });
        mkdirSync(join(dir, 'latin1'));
        writeFileSync(join(dir, 'latin1/x.kinerja'), Buffer.from('pemda K "Kabupaten \xe9" {}', 'latin1'));
        expect(kinerja(['check', 'latin1'], dir)).toMatchObject({ status: 2, stderr: `kinerja: ${join(dir, 'latin1/x.kinerja')}: bukan teks UTF-8 yang sah; simpan sebagai UTF-8\n` });
        expect(kinerja(['check', 'latin1', '--lang', 'en'], dir)).toMatchObject({ status: 2, stderr: `kinerja: ${join(dir, 'latin1/x.kinerja')}: is not valid UTF-8 text; save it as UTF-8\n` });
    });

    it('applies severities from kinerja.config.json found by walking up, and exits 2 on a broken one', () => {
        mkdirSync(join(dir, 'cfg/sub'), { recursive: true });
        writeFileSync(join(dir, 'cfg/kinerja.config.json'), JSON.stringify({ severity: { 'period-outside': 'error' } }));
        writeFileSync(join(dir, 'cfg/sub/pemda.kinerja'), PEMDA);
        writeFileSync(join(dir, 'cfg/sub/opd.kinerja'), OPD.replace('target 2025 80', 'target 2025 80\n            target 2030 1'));
        const r = kinerja(['check', 'cfg/sub'], dir);
        expect(r.stdout).toContain('error period-outside');
        expect(r.status).toBe(1);
        writeFileSync(join(dir, 'cfg/kinerja.config.json'), '{\n  "severity": {\n    "period-outside": "loud"\n  }\n}');
        const bad = kinerja(['check', 'cfg/sub'], dir);
        expect(bad.status).toBe(2);
        expect(bad.stderr).toBe(`kinerja: ${join(dir, 'cfg/kinerja.config.json')}: "severity.period-outside" harus "error", "warning", "info", "hint" atau "off"\n`);
        expect(kinerja(['check', 'cfg/sub', '--lang', 'en'], dir).stderr).toContain('kinerja.config.json: "severity.period-outside" must be "error", "warning", "info", "hint" or "off"');
        writeFileSync(join(dir, 'cfg/kinerja.config.json'), '{\n  "severity": {\n    "period-outside": "off",\n  }\n}');
        const syntax = kinerja(['check', 'cfg/sub'], dir);
        expect(syntax.status).toBe(2);
        expect(syntax.stderr).toBe(`kinerja: ${join(dir, 'cfg/kinerja.config.json')}: baris 4 kolom 3: bukan JSON yang sah (tidak diharapkan '}' di sini); perbaiki penulisannya atau hapus berkas ini untuk memakai nilai bawaan\n`);
        expect(kinerja(['check', 'cfg/sub', '--lang', 'en'], dir).stderr).toContain("kinerja.config.json: line 4 column 3: not valid JSON ('}' is not expected here); fix the syntax or delete the file to use the defaults");
    });
});

describe('kinerja report', () => {
    it('writes the JSON report to stdout', () => {
        const r = kinerja(['report', 'clean', '--year', '2025', '--format', 'json'], dir);
        expect(r.status).toBe(0);
        const json = JSON.parse(r.stdout);
        expect(json).toMatchObject({ year: 2025, quarter: null });
        const opd = json.agencies.find((a: { id: string }) => a.id === 'Opd');
        expect(opd).toMatchObject({ name: 'Dinas Contoh', score: 90, absorption: null });
        expect(opd.indicators[0]).toMatchObject({ id: 'Opd.IKU1', node: 'Opd.SS1', owner: 'Opd.Kadis', unit: 'persen', direction: 'naik', target: 80, realisation: 72, achievement: 90, category: 'Tinggi' });
    });

    it('writes to --out atomically, leaving no temporary file', () => {
        const out = join(dir, 'report.json');
        const r = kinerja(['report', 'clean', '--year', '2025', '--quarter', 'tw2', '--out', out], dir);
        expect(r.status).toBe(0);
        expect(JSON.parse(readFileSync(out, 'utf8')).quarter).toBe(2);
        expect(readdirSync(dir).filter(f => f.endsWith('.tmp'))).toEqual([]);
    });

    it('requires --year and checks it', () => {
        expect(kinerja(['report', 'clean'], dir).status).toBe(2);
        const r = kinerja(['report', 'clean', '--year', '20x5', '--lang', 'en'], dir);
        expect(r.status).toBe(2);
        expect(r.stderr).toContain("'20x5' is not valid for '--year': --year must be a whole number from 1900 to 2999");
        expect(kinerja(['report', 'clean', '--year', '2025', '--quarter', '5'], dir).status).toBe(2);
    });
});
