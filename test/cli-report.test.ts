/**
 * `kinerja report` through the built command: kinds and formats, flags that belong to
 * one format, binary output and terminals, atomic --out, findings in reports.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, kinerja, kinerjaBytes } from './cli-run.js';
import { writeFixture } from './report/fixture.js';

let dir: string;

beforeAll(() => {
    dir = writeFixture();
});

describe('kinerja report --kind/--format', () => {
    it('prints markdown with the findings of the check and a mermaid cascade', () => {
        const r = kinerja(['report', 'ws', '--year', '2025', '--kind', 'annual', '--format', 'md', '--lang', 'en'], dir);
        expect(r.status).toBe(0);
        expect(r.stderr).toBe('');
        const tokens = new MarkdownIt({ html: true }).parse(r.stdout, {});
        expect(tokens.filter(t => t.type === 'table_open').length).toBeGreaterThan(5);
        expect(tokens.some(t => t.type === 'fence' && t.info === 'mermaid' && t.content.startsWith('flowchart TD\n'))).toBe(true);
        expect(r.stdout).toContain('| ws/dpm.kinerja | 9 | warning | low-achievement |');
    });

    it('defaults to the annual kind for formats other than json, and needs --quarter for quarterly', () => {
        const csv = kinerja(['report', 'ws', '--year', '2025', '--format', 'csv', '--separator', ';'], dir);
        expect(csv.status).toBe(0);
        expect(csv.stdout.startsWith('\uFEFFID organisasi;Organisasi;ID sasaran;')).toBe(true);
        expect(csv.stdout).toContain(';Dinsos.IKU1;0;Persentase PMKS tertangani;tidak;persen;naik;19,29;;;;;;22;114,05;Sangat Tinggi;');
        const quarterly = kinerja(['report', 'ws', '--year', '2025', '--kind', 'quarterly', '--lang', 'en'], dir);
        expect(quarterly.status).toBe(2);
        expect(quarterly.stderr.trim()).toBe('kinerja: the quarterly report needs --quarter (1-4), e.g. --kind quarterly --quarter 3');
    });

    it('rejects format-specific flags on other formats and unknown tables, with exit 2', () => {
        const sep = kinerja(['report', 'ws', '--year', '2025', '--format', 'md', '--separator', ';', '--lang', 'en'], dir);
        expect(sep).toMatchObject({ status: 2, stderr: 'kinerja: --separator only applies to --format csv\n' });
        const table = kinerja(['report', 'ws', '--year', '2025', '--kind', 'ranking', '--format', 'csv', '--table', 'budget', '--lang', 'en'], dir);
        expect(table).toMatchObject({ status: 2, stderr: "kinerja: the ranking report has no table 'budget'; choose one of: ranking, categories, findings\n" });
        expect(kinerja(['report', 'ws', '--year', '2025', '--kind', 'monthly'], dir).status).toBe(2);
    });

    it('writes xlsx to a pipe and to --out, and refuses a terminal', async () => {
        const piped = kinerjaBytes(['report', 'ws', '--year', '2025', '--kind', 'ranking', '--format', 'xlsx', '--lowest', '1'], dir);
        expect(piped.status).toBe(0);
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(piped.stdout as unknown as ArrayBuffer);
        expect(book.worksheets.map(s => s.name)).toEqual(['Laporan', 'Peringkat', 'Kategori', 'Temuan']);
        const ranking = book.getWorksheet('Peringkat')!;
        expect(ranking.getRow(3).getCell(3).value).toBe('Dinas Penanaman Modal');
        expect(ranking.getRow(3).getCell(6).value).toBe(45);
        expect(ranking.getRow(3).getCell(12).value).toBe('Perlu pendampingan');

        // `script` gives the command a terminal as standard output.
        const tty = spawnSync('script', ['-qec', `${process.execPath} ${BIN} report ws --year 2025 --format xlsx --lang en`, '/dev/null'], { cwd: dir, encoding: 'utf8' });
        if (tty.error === undefined) {
            expect(tty.status).toBe(2);
            expect(tty.stdout).toContain('the xlsx format is a binary file and is not written to a terminal; use --out FILE');
        }
    });

    it('replaces an existing --out file only when the report succeeds', () => {
        const out = join(dir, 'report.md');
        expect(kinerja(['report', 'ws', '--year', '2025', '--format', 'md', '--lang', 'en', '--out', out], dir).status).toBe(0);
        const previous = readFileSync(out, 'utf8');
        const failed = kinerja(['report', 'ws', '--year', '2025', '--format', 'csv', '--table', 'nope', '--out', out, '--lang', 'en'], dir);
        expect(failed.status).toBe(2);
        expect(failed.stderr).toContain("has no table 'nope'");
        expect(readFileSync(out, 'utf8')).toBe(previous);
        const ok = kinerja(['report', 'ws', '--year', '2025', '--format', 'md', '--out', out], dir);
        expect(ok).toMatchObject({ status: 0, stdout: '', stderr: '' });
        expect(readFileSync(out, 'utf8')).toMatch(/^<!-- generator: kinerja \S+ -->\n# Laporan Kinerja Instansi Pemerintah/);
        expect(readdirSync(dir).filter(f => f.endsWith('.tmp'))).toEqual([]);
        const nowhere = kinerja(['report', 'ws', '--year', '2025', '--format', 'md', '--out', join(dir, 'no/such/dir.md'), '--lang', 'en'], dir);
        expect(nowhere.status).toBe(2);
        expect(nowhere.stderr).toContain('cannot be written (no such folder)');
    });

    it('hands html to the HTML report with the same data and findings', () => {
        const r = kinerja(['report', 'ws', '--year', '2025', '--kind', 'ranking', '--format', 'html', '--lowest', '1'], dir);
        expect(r.status).toBe(0);
        expect(r.stdout).toMatch(/^<!DOCTYPE html>/i);
        expect(r.stdout).toContain('Dinas Sosial; Pemberdayaan &quot;Perempuan&quot;');
        expect(r.stdout).toContain('duplicate-period');
    });

    it('keeps the plain JSON contract without --kind and extends it with --kind', () => {
        const plain = JSON.parse(kinerja(['report', 'ws', '--year', '2025', '--format', 'json'], dir).stdout);
        expect(Object.keys(plain)).toEqual(['year', 'quarter', 'agencies']);
        const ranking = JSON.parse(kinerja(['report', 'ws', '--year', '2025', '--kind', 'ranking', '--format', 'json', '--lowest', '1'], dir).stdout);
        expect(ranking.kind).toBe('ranking');
        expect(ranking.lowest).toBe(1);
        expect(ranking.agencies.find((a: { id: string }) => a.id === 'Dinsos').needsAssistance).toBe(false);
        expect(ranking.agencies.find((a: { id: string }) => a.id === 'Dpm').needsAssistance).toBe(true);
        expect(ranking.findings.some((f: { code: string }) => f.code === 'duplicate-period')).toBe(true);
    });
});

describe('a year outside the plan period', () => {
    const notice = 'Tahun 2030 di luar periode rencana semua organisasi (2021–2026): laporan ini tidak berisi target maupun realisasi. Periksa tahun yang diminta.';

    it('is warned on stderr, whatever the format, and the report says so too', () => {
        const json = kinerja(['report', 'ws', '--year', '2030', '--format', 'json'], dir);
        expect([json.status, json.stderr]).toEqual([0, `kinerja: ${notice}\n`]);
        expect(JSON.parse(json.stdout).agencies.every((a: { indicators: unknown[] }) => a.indicators.every(i => (i as { target: unknown }).target === null))).toBe(true);
        const md = kinerja(['report', 'ws', '--year', '2030', '--kind', 'annual', '--format', 'md'], dir);
        expect(md.stdout).toContain(`> **Perhatian:** ${notice}`);
        const html = kinerja(['report', 'ws', '--year', '2030', '--kind', 'ranking', '--format', 'html'], dir);
        expect(html.stdout).toContain(`<p class="warning-notice" role="note">${notice}</p>`);
        const en = kinerja(['report', 'ws', '--year', '2030', '--format', 'json', '--lang', 'en'], dir);
        expect(en.stderr).toBe('kinerja: The year 2030 is outside the plan period of every organisation (2021–2026): this report holds no targets or realisations. Check the year asked for.\n');
    });

    it('is not warned for a year inside it', () => {
        expect(kinerja(['report', 'ws', '--year', '2025', '--format', 'json'], dir).stderr).toBe('');
    });
});

describe('--lowest', () => {
    it('is a usage error where no agency is flagged, and accepted by the ranking and the JSON contract', () => {
        const html = kinerja(['report', 'ws', '--year', '2025', '--kind', 'annual', '--format', 'html', '--lowest', '1'], dir);
        expect(html).toMatchObject({ status: 2, stdout: '' });
        expect(html.stderr).toBe('kinerja: --lowest hanya berlaku untuk --kind ranking (atau --format json, yang memuat needsAssistance); laporan ini tidak menandai perangkat daerah untuk pendampingan\n');
        expect(kinerja(['report', 'ws', '--year', '2025', '--format', 'md', '--lowest', '1'], dir).status).toBe(2);
        expect(kinerja(['report', 'ws', '--year', '2025', '--kind', 'ranking', '--format', 'md', '--lowest', '1'], dir).status).toBe(0);
        const contract = kinerja(['report', 'ws', '--year', '2025', '--format', 'json', '--lowest', '2'], dir);
        expect(contract.status).toBe(0);
        expect(JSON.parse(contract.stdout).agencies.filter((a: { needsAssistance: boolean }) => a.needsAssistance)).toHaveLength(2);
    });
});
