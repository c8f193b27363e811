/**
 * `--format pdf` without a browser: where Chromium is looked for, the sentence when it is
 * not found (exit 2, nothing written), the page footer, and kinerja's mark in the PDF's
 * Info dictionary by which `--out` recognises a PDF it wrote before. The printing itself
 * is tested in the browser suite (test/browser/pdf.test.ts).
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumOrUsage } from '../../src/cli/main.js';
import { isPreviousOutput } from '../../src/cli/previous-output.js';
import { chromiumCandidates, ChromiumNotFoundError, findChromium } from '../../src/report/formats/chromium.js';
import { footerTemplate, stampPdfInfo } from '../../src/report/formats/pdf.js';
import { reportFormat, type FileHead } from '../../src/report/formats/registry.js';
import { kinerja } from '../cli-run.js';
import { EXAMPLES } from './examples.js';

describe('finding the browser', () => {
    const only = (...paths: string[]) => (path: string) => paths.includes(path);

    it('takes --chromium, else KINERJA_CHROMIUM, else the first usual place that exists', () => {
        const env = { KINERJA_CHROMIUM: '/opt/env/chrome' };
        const all = only('/opt/given/chrome', '/opt/env/chrome', '/usr/bin/chromium-browser', '/usr/bin/google-chrome');
        expect(findChromium('/opt/given/chrome', env, 'linux', all)).toBe('/opt/given/chrome');
        expect(findChromium(undefined, env, 'linux', all)).toBe('/opt/env/chrome');
        expect(findChromium(undefined, {}, 'linux', all)).toBe('/usr/bin/chromium-browser');
        expect(findChromium(undefined, { KINERJA_CHROMIUM: '' }, 'linux', all)).toBe('/usr/bin/chromium-browser');
    });

    it('does not fall back to another browser when the one named is not there', () => {
        const everywhere = () => false;
        expect(() => findChromium('/nope', {}, 'linux', p => p !== '/nope')).toThrow(ChromiumNotFoundError);
        try {
            findChromium(undefined, { KINERJA_CHROMIUM: '/nope' }, 'linux', everywhere);
        } catch (err) {
            expect((err as ChromiumNotFoundError).given).toEqual({ path: '/nope', from: 'env' });
        }
    });

    it('knows the standard places on Linux, macOS and Windows', () => {
        expect(chromiumCandidates('linux', {}).slice(0, 3)).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);
        expect(chromiumCandidates('darwin', { HOME: '/Users/a' })).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
        expect(chromiumCandidates('darwin', { HOME: '/Users/a' })).toContain('/Users/a/Applications/Chromium.app/Contents/MacOS/Chromium');
        const windows = chromiumCandidates('win32', { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' });
        expect(windows[0]).toMatch(/^C:\\Program Files[\\/]Google[\\/]Chrome[\\/]Application[\\/]chrome\.exe$/);
        expect(windows.some(p => /msedge\.exe$/.test(p))).toBe(true);
    });

    it('says in one sentence how to get one when none is found', () => {
        const none = () => false;
        expect(() => chromiumOrUsage(undefined, 'id', {}, 'linux', none)).toThrow(
            'format pdf dicetak dengan Chromium atau Google Chrome, yang tidak ditemukan; pasang salah satunya (di Debian/Ubuntu: apt-get install chromium) atau tunjuk programnya dengan --chromium PATH atau KINERJA_CHROMIUM=PATH');
        expect(() => chromiumOrUsage(undefined, 'en', {}, 'linux', none)).toThrow(
            'the pdf format is printed with Chromium or Google Chrome, and neither was found; install one (on Debian/Ubuntu: apt-get install chromium) or name the program with --chromium PATH or KINERJA_CHROMIUM=PATH');
        expect(() => chromiumOrUsage(undefined, 'en', { KINERJA_CHROMIUM: '/nope' }, 'linux', none)).toThrow(/^KINERJA_CHROMIUM names \/nope, which does not exist; name an installed Chromium or Chrome program/);
    });

    it('stops the command before any work with exit 2 and writes nothing', () => {
        const dir = mkdtempSync(join(tmpdir(), 'kinerja-pdf-'));
        const out = join(dir, 'pk.pdf');
        const run = kinerja(['report', '.', '--year', '2025', '--kind', 'agreements', '--format', 'pdf', '--out', out, '--chromium', join(dir, 'no-chrome')], EXAMPLES);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe(`kinerja: --chromium menunjuk ${join(dir, 'no-chrome')}, yang tidak ada; tunjuk program Chromium atau Chrome yang terpasang (di Debian/Ubuntu: apt-get install chromium, lalu /usr/bin/chromium)\n`);
        expect(existsSync(out)).toBe(false);
    });

    it('--chromium belongs to --format pdf only', () => {
        const run = kinerja(['report', '.', '--year', '2025', '--format', 'html', '--chromium', '/usr/bin/chromium', '--lang', 'en'], EXAMPLES);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('--chromium only applies to --format pdf');
    });
});

describe('the page footer', () => {
    it('numbers the pages in the report language, Chromium filling the spans', () => {
        expect(footerTemplate('id')).toContain('>Halaman <span class="pageNumber"></span> dari <span class="totalPages"></span><');
        expect(footerTemplate('en')).toContain('>Page <span class="pageNumber"></span> of <span class="totalPages"></span><');
    });
});

/** A PDF laid out as Chromium (Skia) writes one: the Info dictionary first, one classic xref table. */
function chromiumLikePdf(producer = 'Skia/PDF m156'): Buffer {
    const objects = [
        `<</Title (Perjanjian Kinerja \\(2025\\))\n/Creator (Mozilla/5.0 \\(X11; Linux x86_64\\) HeadlessChrome/156.0.0.0)\n/Producer (${producer})\n/CreationDate (D:20261205185122+00'00')>>`,
        '<</Type /Catalog /Pages 3 0 R>>',
        '<</Type /Pages /Kids [4 0 R] /Count 1>>',
        '<</Type /Page /Parent 3 0 R /MediaBox [0 0 594.96 841.92]>>'
    ];
    let text = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n';
    const offsets: number[] = [];
    objects.forEach((body, i) => { offsets.push(text.length); text += `${i + 1} 0 obj\n${body}\nendobj\n`; });
    const xref = text.length;
    text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` + offsets.map(o => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
    text += `trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
    return Buffer.from(text, 'latin1');
}

/** Every object the xref table names starts where it says, and startxref points at the table. */
function xrefHolds(pdf: Buffer): boolean {
    const text = pdf.toString('latin1');
    const at = Number(/startxref\s+(\d+)\s+%%EOF$/.exec(text)![1]);
    if (!text.startsWith('xref\n', at)) return false;
    const entries = text.slice(at).split('\n').slice(3).filter(l => / n $/.test(l));
    return entries.length > 0 && entries.every((line, i) => text.startsWith(`${i + 1} 0 obj`, Number(line.slice(0, 10))));
}

function head(bytes: Uint8Array): FileHead {
    const start = Buffer.from(bytes).subarray(0, 4096);
    return { bytes: start, text: start.toString('utf8'), zipCoreProperties: () => undefined };
}

describe('kinerja\'s mark in the PDF', () => {
    it('names kinerja as Creator and Producer, keeps the title, and keeps the cross-references right', () => {
        const original = chromiumLikePdf();
        expect(xrefHolds(original)).toBe(true);
        const stamped = Buffer.from(stampPdfInfo(original, 'kinerja 1.2.3'));
        const text = stamped.toString('latin1');
        expect(text).toContain('/Title (Perjanjian Kinerja \\(2025\\))');
        expect(text).toContain('/Creator (kinerja 1.2.3)');
        expect(text).toContain('/Producer (kinerja 1.2.3 \\(Skia/PDF m156\\))');
        expect(text).not.toContain('Mozilla');
        expect(xrefHolds(stamped)).toBe(true);
        // The other objects are untouched, only moved.
        const objects = (pdf: string) => pdf.slice(pdf.indexOf('2 0 obj'), pdf.indexOf('xref\n'));
        expect(objects(text)).toBe(objects(original.toString('latin1')));
    });

    it('leaves a PDF of another shape as it is', () => {
        const odd = Buffer.from('%PDF-1.7\n1 0 obj\n<</Type /Catalog>>\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF', 'latin1');
        expect(Buffer.from(stampPdfInfo(odd, 'kinerja 1.2.3')).equals(odd)).toBe(true);
    });

    it('is how --out recognises a PDF kinerja wrote, and nothing else', () => {
        const pdf = reportFormat('pdf');
        const ours = stampPdfInfo(chromiumLikePdf(), 'kinerja 1.2.3');
        expect(pdf.recognise(head(ours))).toBe(true);
        // Chromium's own PDF, and ours saved again by another program (which names itself as producer).
        expect(pdf.recognise(head(chromiumLikePdf()))).toBe(false);
        const resaved = Buffer.from(Buffer.from(ours).toString('latin1').replace(/\/Producer \([^\n]*\)/, '/Producer (Adobe PDF Library 17)'), 'latin1');
        expect(pdf.recognise(head(resaved))).toBe(false);
        const dir = mkdtempSync(join(tmpdir(), 'kinerja-pdf-'));
        writeFileSync(join(dir, 'ours.pdf'), ours);
        writeFileSync(join(dir, 'chromium.pdf'), chromiumLikePdf());
        expect(isPreviousOutput(join(dir, 'ours.pdf'))).toBe(true);
        expect(isPreviousOutput(join(dir, 'chromium.pdf'))).toBe(false);
    });
});
