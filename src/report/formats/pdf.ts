/**
 * `--format pdf`: the kind's HTML report printed by headless Chromium (through
 * playwright-core, which drives a browser already installed: chromium.ts finds it).
 * A4 unless the report's CSS `@page` says otherwise (preferCSSPageSize), "Halaman X dari
 * Y" in the footer, the page loaded with setContent and every request refused, so the
 * printed report is exactly the self-contained HTML. The PDF's Info dictionary then names
 * kinerja as its Creator and Producer (stampPdfInfo), which is how `--out` recognises a
 * PDF it wrote before (registry.ts).
 */
import { decodeProvenance, encodeProvenance, type Provenance } from '../provenance.js';
import type { Language } from '../../engine/config.js';
import { esc } from '../html/escape.js';
import { reportText } from '../messages.js';
import { ChromiumFailedError } from './chromium.js';

export interface PdfOptions {
    lang: Language;
    version: string;
    /** The browser's executable (chromium.ts). */
    chromium: string;
    /** The document's provenance: its record goes into the Info dictionary, its time is the PDF's dates. */
    provenance?: Provenance;
}

/** The page footer: "Halaman X dari Y" in Chromium's footerTemplate (it fills the spans). */
export function footerTemplate(lang: Language): string {
    const text = esc(reportText(lang, 'pdf.pageOf', { page: '\u0001', total: '\u0002' }))
        .replace('\u0001', '<span class="pageNumber"></span>').replace('\u0002', '<span class="totalPages"></span>');
    return `<div style="width:100%;margin:0 14mm;font:8pt Arial,'Liberation Sans',sans-serif;color:#555;text-align:center">${text}</div>`;
}

/** Prints `html` to PDF bytes; throws ChromiumFailedError when the browser does not start or print. */
export async function renderPdf(html: string, options: PdfOptions): Promise<Uint8Array> {
    const { chromium } = await import('playwright-core');
    let browser;
    try {
        browser = await chromium.launch({
            executablePath: options.chromium,
            args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
                '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
            timeout: 60000
        });
    } catch (err) {
        throw new ChromiumFailedError(options.chromium, firstLine(err));
    }
    try {
        const context = await browser.newContext({ serviceWorkers: 'block', offline: true });
        // The report holds everything it shows (styles inline, images as data: URLs):
        // anything else it asked for is refused.
        await context.route('**/*', route => route.request().url().startsWith('data:') ? route.continue() : route.abort('blockedbyclient'));
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load', timeout: 120000 });
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({
            format: 'A4', preferCSSPageSize: true, printBackground: true,
            displayHeaderFooter: true, headerTemplate: '<div></div>', footerTemplate: footerTemplate(options.lang),
            margin: { top: '16mm', right: '14mm', bottom: '18mm', left: '14mm' }
        });
        return stampPdfInfo(pdf, `kinerja ${options.version}`, options.provenance);
    } catch (err) {
        if (err instanceof ChromiumFailedError) throw err;
        throw new ChromiumFailedError(options.chromium, firstLine(err));
    } finally {
        await browser.close().catch(() => { /* already gone */ });
    }
}

/** The Info dictionary's key holding a document's provenance record. */
export const PDF_PROVENANCE_KEY = 'KinerjaProvenance';

/** The provenance record of a PDF kinerja printed, or undefined. */
export function provenanceOfPdf(pdf: Uint8Array): Provenance | undefined {
    const text = Buffer.from(pdf.subarray(0, Math.min(pdf.length, 1 << 20))).toString(LATIN1) + Buffer.from(pdf.subarray(Math.max(0, pdf.length - (1 << 20)))).toString(LATIN1);
    const m = new RegExp(String.raw`/${PDF_PROVENANCE_KEY}\s*\(((?:[^\\()]|\\.)*)\)`).exec(text);
    return m ? decodeProvenance(m[1].replace(/\\(.)/g, '$1')) : undefined;
}

function firstLine(err: unknown): string {
    return String((err as Error)?.message ?? err).split('\n')[0].replace(/^[\w.]+: /, '');
}

const LATIN1 = 'latin1';
const STRING = String.raw`\((?:[^\\()]|\\.)*\)|<[0-9A-Fa-f\s]*>`;

/** A PDF literal string of ASCII text. */
function pdfString(text: string): string {
    return `(${text.replace(/[\\()]/g, c => `\\${c}`)})`;
}

/**
 * The PDF with its Info dictionary's /Creator set to `creator` and /Producer to
 * `creator (what Chromium wrote)`. The dictionary is rewritten in place and the
 * cross-reference table's offsets after it moved by the difference, so the file stays a
 * plain, valid PDF (no incremental update) and the marker sits in its first bytes, where
 * `--out` looks. A PDF not in the form Chromium (Skia) writes — one classic xref table,
 * /Info in the trailer — is returned unchanged.
 */
export function stampPdfInfo(pdf: Uint8Array, creator: string, provenance?: Provenance): Uint8Array {
    const text = Buffer.from(pdf).toString(LATIN1);
    const tail = text.slice(-1024);
    const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
    const info = /\/Info\s+(\d+)\s+0\s+R/.exec(tail);
    if (!text.startsWith('%PDF-') || !start || !info) return pdf;
    const xrefAt = Number(start[1]);
    const xref = /^xref\s+0\s+(\d+)\s+/.exec(text.slice(xrefAt, xrefAt + 64));
    if (!xref) return pdf;
    const count = Number(xref[1]);
    const entriesAt = xrefAt + xref[0].length;
    const entries = text.slice(entriesAt, entriesAt + count * 20);
    if (!/^(?:\d{10} \d{5} [nf](?: \n| \r|\r\n))*$/.test(entries) || entries.length !== count * 20) return pdf;
    const number = Number(info[1]);
    if (number >= count) return pdf;
    const infoAt = Number(entries.slice(number * 20, number * 20 + 10));
    const object = new RegExp(String.raw`^${number}\s+0\s+obj\s*<<([\s\S]*?)>>\s*endobj`).exec(text.slice(infoAt, infoAt + 8192));
    if (!object) return pdf;
    const oldDict = object[1];
    const producer = new RegExp(String.raw`/Producer\s*\((?:[^\\()]|\\.)*\)`).exec(oldDict);
    const chromiumProducer = producer ? producer[0].replace(/^\/Producer\s*\(/, '').slice(0, -1).replace(/\\(.)/g, '$1') : undefined;
    const replaced = provenance ? 'Creator|Producer|CreationDate|ModDate|KinerjaProvenance' : 'Creator|Producer';
    const kept = oldDict.replace(new RegExp(String.raw`/(?:${replaced})\s*(?:${STRING})\s*`, 'g'), '').trimEnd();
    let newDict = `${kept}\n/Creator ${pdfString(creator)}\n/Producer ${pdfString(chromiumProducer ? `${creator} (${chromiumProducer})` : creator)}`;
    if (provenance) {
        // The document's time rather than the printing's, so that printing again gives the same bytes (kinerja verify).
        const date = `D:${provenance.created.replace(/[-:T]/g, '').slice(0, 14)}+00'00'`;
        newDict += `\n/CreationDate ${pdfString(date)}\n/ModDate ${pdfString(date)}\n/${PDF_PROVENANCE_KEY} ${pdfString(encodeProvenance(provenance))}`;
    }
    const dictAt = infoAt + object[0].indexOf('<<') + 2;
    const delta = newDict.length - oldDict.length;
    const moved = (offset: number) => (offset > infoAt ? offset + delta : offset);
    let newEntries = '';
    for (let i = 0; i < count; i++) {
        const entry = entries.slice(i * 20, i * 20 + 20);
        newEntries += entry[17] === 'n' ? String(moved(Number(entry.slice(0, 10)))).padStart(10, '0') + entry.slice(10) : entry;
    }
    const out = text.slice(0, dictAt) + newDict + text.slice(dictAt + oldDict.length, entriesAt) + newEntries
        + text.slice(entriesAt + count * 20).replace(/startxref\s+\d+(\s+%%EOF\s*)$/, (_, end: string) => `startxref\n${moved(xrefAt)}${end}`);
    return Buffer.from(out, LATIN1);
}
