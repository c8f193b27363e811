/**
 * `kinerja report --format pdf` run as users run it (the built CLI, Debian Chromium at
 * /usr/bin/chromium), read back with poppler's pdftotext and pdfinfo (both installed by
 * scripts/install-chromium.sh): the PK of the examples with its parties, targets and each
 * signature block whole on one page, A4, "Halaman X dari Y" on every page, kinerja as
 * the PDF's creator so a second run replaces the file; every other kind prints too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPreviousOutput } from '../../src/cli/previous-output.js';
import { REPORT_KINDS } from '../../src/report/kinds/index.js';
import { kinerja } from '../cli-run.js';
import { EXAMPLES } from '../report/examples.js';

let dir: string;

beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kinerja-pdf-'));
});

afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
});

function poppler(tool: 'pdftotext' | 'pdfinfo', args: string[]): string {
    const result = spawnSync(tool, args, { encoding: 'utf8' });
    if (result.error) throw new Error(`${tool} is missing: run "bash scripts/install-chromium.sh" (it installs poppler-utils)`);
    expect(result.status, result.stderr).toBe(0);
    return result.stdout;
}

function info(file: string): Record<string, string> {
    return Object.fromEntries(poppler('pdfinfo', [file]).split('\n').filter(l => l.includes(':'))
        .map(l => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
}

/** The text of each page, one entry per page. */
function pages(file: string): string[] {
    const count = Number(info(file).Pages);
    return Array.from({ length: count }, (_, i) => poppler('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-']));
}

function print(kind: string, out: string, more: string[] = []): void {
    const result = kinerja(['report', '.', '--year', '2025', '--kind', kind, '--format', 'pdf', '--out', out, ...more], EXAMPLES, { KINERJA_CHROMIUM: '/usr/bin/chromium' }, { timeout: 120000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
}

describe('the PK of the examples as PDF', () => {
    let file: string;
    let text: string[];

    beforeAll(() => {
        file = join(dir, 'pk.pdf');
        print('agreements', file);
        text = pages(file);
    });

    it('is A4 portrait, made by kinerja, titled as the HTML report', () => {
        const meta = info(file);
        expect(meta['Page size']).toMatch(/^594\.\d+ x 841\.\d+ pts \(A4\)$/);
        expect(meta.Creator).toMatch(/^kinerja \d+\.\d+\.\d+/);
        expect(meta.Producer).toMatch(/^kinerja \d+\.\d+\.\d+ \(Skia\/PDF m\d+\)$/);
        expect(meta.Title).toBe('Perjanjian Kinerja — Tahun 2025 — Pemerintah Kabupaten Paser Selatan');
        expect(text.length).toBeGreaterThan(16);
    });

    it('numbers every page in its footer', () => {
        text.forEach((page, i) => expect(page, `page ${i + 1}`).toContain(`Halaman ${i + 1} dari ${text.length}`));
    });

    it('holds the parties, the targets and the budget of the Bappeda agreement', () => {
        const all = text.join('\n');
        expect(all).toContain('PERJANJIAN KINERJA TAHUN 2025');
        expect(all).toContain(': Ir. Syamsul Rizal Lamanda, M.T.');
        expect(all).toContain(': 197807242003121005');
        const appendix = text.find(p => p.includes('LAMPIRAN PERJANJIAN KINERJA TAHUN 2025') && p.includes('KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH'))!;
        expect(appendix).toBeDefined();
        for (const words of ['Nilai evaluasi SAKIP', '70 indeks', '92 persen', 'Rp 1.450.000.000']) expect(appendix).toContain(words);
    });

    it('keeps each signature block whole on one page (place and date, both parties, names)', () => {
        let blocks = 0;
        text.forEach((page, i) => {
            const second = page.split('Pihak Kedua,').length - 1;
            const first = page.split('Pihak Pertama,').length - 1;
            expect(first, `page ${i + 1}`).toBe(second);
            blocks += first;
        });
        // Each of the 16 documents is signed twice: the statement and its appendix.
        expect(blocks).toBe(32);
        const bappeda = text.filter(p => p.includes('NIP 197807242003121005'));
        expect(bappeda).toHaveLength(2);
        for (const page of bappeda) {
            for (const words of ['Sungai Lendang, 6 Januari 2025', 'Pihak Kedua,', 'Bupati Paser Selatan', 'Pihak Pertama,', 'Ir. Syamsul Rizal Lamanda, M.T.']) expect(page).toContain(words);
        }
    });

    it('says where it comes from, and kinerja verify prints it again to the same bytes; a changed copy fails', () => {
        expect(text.join('\n').replace(/\s+/g, ' ')).toMatch(/Dibuat oleh kinerja \S+ pada \d+ \w+ \d{4} pukul \d\d\.\d\d UTC .*sidik data masukan \(SHA-256\) [0-9a-f]{16}…, \d+ berkas/);
        const env = { KINERJA_CHROMIUM: '/usr/bin/chromium' };
        const same = kinerja(['verify', file], EXAMPLES, env, { timeout: 120000 });
        expect(same.stdout, same.stderr).toMatch(/^kinerja: .*pk\.pdf cocok: dibangun ulang dari data masukan yang sama/);
        expect(same.status).toBe(0);
        const copy = join(dir, 'pk-diubah.pdf');
        writeFileSync(copy, Buffer.concat([readFileSync(file), Buffer.from('%\n')]));
        const changed = kinerja(['verify', copy], EXAMPLES, env, { timeout: 120000 });
        expect(changed.stdout).toContain('pk-diubah.pdf tidak cocok: data masukan sama, tetapi isi dokumen berbeda dari hasil membangun ulang (isi PDF)');
        expect(changed.status).toBe(1);
    });

    it('is replaced by the next run without --force, and says "Page X of Y" in English', () => {
        expect(isPreviousOutput(file)).toBe(true);
        const before = readFileSync(file);
        print('agreements', file, ['--lang', 'en']);
        expect(readFileSync(file).equals(before)).toBe(false);
        const english = pages(file);
        expect(english[0]).toContain(`Page 1 of ${english.length}`);
    });

    it('never replaces a file kinerja did not write', () => {
        const theirs = join(dir, 'theirs.pdf');
        writeFileSync(theirs, '%PDF-1.4\n1 0 obj\n<</Creator (Writer)/Producer (LibreOffice)>>\nendobj\n');
        const result = kinerja(['report', '.', '--year', '2025', '--kind', 'agreements', '--format', 'pdf', '--out', theirs], EXAMPLES);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('bukan keluaran kinerja sebelumnya');
        expect(readFileSync(theirs, 'utf8')).toContain('LibreOffice');
    });
});

describe.each(REPORT_KINDS.filter(k => k !== 'agreements'))('the %s report as PDF', kind => {
    it('prints to A4 pages numbered in the footer', () => {
        const file = join(dir, `${kind}.pdf`);
        print(kind, file, kind === 'quarterly' || kind === 'e81' ? ['--quarter', '3'] : []);
        const meta = info(file);
        expect(Number(meta.Pages)).toBeGreaterThanOrEqual(1);
        expect(meta['Page size']).toContain('(A4)');
        expect(pages(file)[0]).toContain(`Halaman 1 dari ${meta.Pages}`);
    });
});

describe('the LKjIP as PDF', () => {
    it('prints its chapters and every indicator of the agency, on numbered A4 pages', () => {
        const file = join(dir, 'lkjip-dinkes.pdf');
        print('lkjip', file, ['--instansi', 'Dinkes']);
        const meta = info(file);
        expect(meta['Page size']).toContain('(A4)');
        const text = pages(file).join('\n').replace(/\s+/g, ' ');
        for (const heading of ['Bab I Pendahuluan', 'Bab II Perencanaan Kinerja', 'Bab III Akuntabilitas Kinerja', 'Bab IV Penutup']) expect(text.toLowerCase()).toContain(heading.toLowerCase());
        expect(text).toContain('Prevalensi balita stunting');
        expect(text).toContain(`Halaman 1 dari ${meta.Pages}`);
    });
});
