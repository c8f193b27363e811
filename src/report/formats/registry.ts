/**
 * The formats of `kinerja report`, one entry each: its id (`--format`), whether it is
 * binary, the options only it takes, how it renders a report, and how a file it wrote
 * before is recognised (so that `--out` replaces it without `--force`). The CLI, the
 * `--out` guard (src/cli/previous-output.ts) and the tests read this list; renderers are
 * loaded only when a report asks for them, so listing the formats stays cheap.
 *
 * A new format: its renderer in a module of this folder, and an entry here.
 */
import type { Provenance } from '../provenance.js';
import type { Language } from '../../engine/config.js';
import type { JsonReport } from '../json-report.js';
import type { ReportData, ReportKind } from '../kinds/index.js';
import { reportText } from '../messages.js';
import type { CsvSeparator } from './csv.js';

/** What a format renders from. */
export interface RenderInput {
    /** The report of the kind asked for (annual unless `--kind` says otherwise). */
    data: ReportData;
    /** The JSON contract of the same year and quarter (docs/report-json.md). */
    contract: () => JsonReport;
    lang: Language;
    /** kinerja's version, which the outputs name as their generator. */
    version: string;
    /** csv: the field separator. */
    separator?: CsvSeparator;
    /** csv: the table to write (default: the kind's main one). */
    table?: string;
    /** pdf: `--chromium`, the browser that prints (default: chromium.ts looks for one). */
    chromium?: string;
    /** Where the document comes from (src/report/provenance.ts): every format but a table (`provenance: false`: csv) carries it. */
    provenance?: Provenance;
}

/** The start of an existing file, to recognise a previous output by. */
export interface FileHead {
    /** The first bytes (at most 4 KiB). */
    bytes: Uint8Array;
    /** The same, decoded as UTF-8. */
    text: string;
    /** For a zip file: its `docProps/core.xml`, read on demand; undefined when there is none. */
    zipCoreProperties(): string | undefined;
    /** For a zip file: the names of its entries (its central directory), read on demand; undefined when it is not one. */
    zipNames?(): readonly string[] | undefined;
}

/** The options of `kinerja report` that only some formats take. */
export type FormatOption = 'separator' | 'table' | 'chromium';


export interface ReportFormatDefinition {
    readonly id: string;
    /** Bytes rather than text: never written to a terminal. */
    readonly binary: boolean;
    /** The usual file extension, without the dot. */
    readonly extension: string;
    /** The format-only options it takes. */
    readonly options: readonly FormatOption[];
    /** The report kinds it renders; every kind when absent (the CLI refuses the others). */
    readonly kinds?: readonly ReportKind[];
    /** `false` for a table (csv): data rather than a document, it carries no provenance and the CLI makes none for it. */
    readonly provenance?: false;
    render(input: RenderInput): Promise<string | Uint8Array>;
    /** Whether `head` is the start of a file this format wrote. */
    recognise(head: FileHead): boolean;
}

/** `--table` named a table the report does not have. */
export class UnknownTableError extends Error {
    constructor(readonly table: string, readonly tables: string[]) {
        super(`unknown table ${table}; the report has ${tables.join(', ')}`);
    }
}

const REPORT_JSON = /^\{\s*"year"\s*:\s*\d+\s*,\s*"quarter"\s*:\s*(?:null|\d+)\s*,\s*"agencies"\s*:\s*\[/;
const HTML_START = /^\s*<!DOCTYPE html>/i;
const HTML_GENERATOR = /<meta name="generator" content="kinerja[" ]/i;
const MARKDOWN_GENERATOR = /^<!-- generator: kinerja[ \-]/;
const ZIP_CREATOR = /<dc:creator>kinerja[ <]/;
const ZIP_MODIFIED_BY = /<cp:lastModifiedBy>kinerja[ <]/;
// pdf.ts writes the Info dictionary first, with kinerja as Creator and Producer; a PDF saved again by another program names that program.
const PDF_CREATOR = /\/Creator\s*\(kinerja[ )]/;
const PDF_PRODUCER = /\/Producer\s*\(kinerja[ )]/;

let csvHeaders: string[] | undefined;

/**
 * The first columns of every CSV table (tables.ts), in both languages and with both
 * separators: organisation tables start with the organisation's id and name, the
 * ranking with the rank and the id, the category summary with `Kategori` and
 * `Kategori ≥`, the findings with their six fixed columns.
 */
function csvHeaderStarts(): string[] {
    if (!csvHeaders) {
        csvHeaders = [];
        for (const lang of ['id', 'en'] as const) {
            const r = (key: Parameters<typeof reportText>[1]) => reportText(lang, key);
            const starts = [
                [r('col.organisationId'), r('col.organisation')],
                [r('col.rank'), r('col.organisationId')],
                [r('col.category'), `${r('col.category')} ≥`],
                [r('col.file'), r('col.line'), r('col.column'), r('col.severity'), r('col.findingCode'), r('col.message')]
            ];
            for (const sep of [',', ';']) for (const titles of starts) csvHeaders.push(titles.join(sep) + sep, titles.join(sep) + '\r\n');
        }
    }
    return csvHeaders;
}

const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** A zip created and last saved by kinerja (its core properties) holding `part`: a workbook or a Word document of ours. */
function kinerjaZip(head: FileHead, part: string): boolean {
    if (!isZip(head.bytes)) return false;
    const core = head.zipCoreProperties();
    if (core === undefined || !ZIP_CREATOR.test(core) || !ZIP_MODIFIED_BY.test(core)) return false;
    // Without the directory's names (a caller that cannot list them), only a workbook is assumed.
    const names = head.zipNames?.();
    return names === undefined ? part === 'xl/workbook.xml' : names.includes(part);
}

/** An HTML page with its provenance, when the run has one. */
async function stamped(html: string, input: RenderInput): Promise<string> {
    if (!input.provenance) return html;
    const { stampHtml } = await import('../provenance.js');
    return stampHtml(html, input.provenance, input.lang);
}

export const REPORT_FORMATS = [
    {
        // With --kind, the contract with the kind's data added; without, the CLI prints the contract alone.
        id: 'json', binary: false, extension: 'json', options: [],
        async render(input: RenderInput) {
            const { renderKindJson } = await import('./json.js');
            return renderKindJson(input.contract(), input.data, input.provenance);
        },
        recognise: (head: FileHead) => REPORT_JSON.test(head.text)
    },
    {
        id: 'html', binary: false, extension: 'html', options: [],
        async render(input: RenderInput) {
            const { renderHtmlReport } = await import('../html/index.js');
            return stamped(renderHtmlReport(input.data, { language: input.lang }), input);
        },
        recognise: (head: FileHead) => HTML_START.test(head.text) && HTML_GENERATOR.test(head.text)
    },
    {
        id: 'md', binary: false, extension: 'md', options: [],
        async render(input: RenderInput) {
            const { renderMarkdown } = await import('./markdown.js');
            const md = renderMarkdown(input.data, { lang: input.lang, version: input.version });
            if (!input.provenance) return md;
            const { stampMarkdown } = await import('../provenance.js');
            return stampMarkdown(md, input.provenance, input.lang);
        },
        recognise: (head: FileHead) => MARKDOWN_GENERATOR.test(head.text)
    },
    {
        id: 'csv', binary: false, extension: 'csv', options: ['separator', 'table'], provenance: false,
        async render(input: RenderInput) {
            const [{ renderCsv }, { reportTables }] = await Promise.all([import('./csv.js'), import('./tables.js')]);
            const tables = reportTables(input.data, input.lang);
            const table = input.table === undefined ? tables[0] : tables.find(t => t.id === input.table);
            if (!table) throw new UnknownTableError(input.table!, tables.map(t => t.id));
            return renderCsv(table, { separator: input.separator ?? ',', lang: input.lang });
        },
        recognise: (head: FileHead) => head.text.startsWith('\uFEFF') && csvHeaderStarts().some(start => head.text.startsWith(start, 1))
    },
    {
        id: 'xlsx', binary: true, extension: 'xlsx', options: [],
        async render(input: RenderInput) {
            const [{ renderXlsx }, { reportTables, infoTable }] = await Promise.all([import('./xlsx.js'), import('./tables.js')]);
            const p = input.provenance;
            const { encodeProvenance, PROVENANCE_PROPERTY } = await import('../provenance.js');
            return renderXlsx([infoTable(input.data, input.lang, input.version, p), ...reportTables(input.data, input.lang)], {
                lang: input.lang, creator: `kinerja ${input.version}`,
                ...(p ? { created: new Date(p.created), description: `${PROVENANCE_PROPERTY}: ${encodeProvenance(p)}` } : {})
            });
        },
        // A workbook saved again in Excel names another creator or last editor: not ours any more.
        recognise: (head: FileHead) => kinerjaZip(head, 'xl/workbook.xml')
    },
    {
        // The kind's HTML report printed by Chromium: any kind that renders to HTML prints.
        id: 'pdf', binary: true, extension: 'pdf', options: ['chromium'],
        async render(input: RenderInput) {
            const [{ renderHtmlReport }, { renderPdf }, { findChromium }] = await Promise.all([import('../html/index.js'), import('./pdf.js'), import('./chromium.js')]);
            const chromium = findChromium(input.chromium);
            return renderPdf(await stamped(renderHtmlReport(input.data, { language: input.lang }), input), { lang: input.lang, version: input.version, chromium, provenance: input.provenance });
        },
        recognise: (head: FileHead) => head.text.startsWith('%PDF-') && PDF_CREATOR.test(head.text) && PDF_PRODUCER.test(head.text)
    },
    {
        // The PK in Word (--kind agreements); the LKjIP (--kind lkjip) is written by the same renderer (src/cli/main.ts).
        id: 'docx', binary: true, extension: 'docx', options: [], kinds: ['agreements'],
        async render(input: RenderInput) {
            const [{ renderDocx }, { agreementsDocument }] = await Promise.all([import('./docx.js'), import('./lkjip.js')]);
            if (input.data.kind !== 'agreements') throw new RangeError(`docx renders the agreements and the LKjIP, not ${input.data.kind}`);
            return renderDocx(agreementsDocument(input.data, input.lang), { creator: `kinerja ${input.version}`, provenance: input.provenance, lang: input.lang });
        },
        // Saved again in Word: another last editor, not ours any more.
        recognise: (head: FileHead) => kinerjaZip(head, 'word/document.xml')
    }
] as const satisfies readonly ReportFormatDefinition[];

export type ReportFormat = (typeof REPORT_FORMATS)[number]['id'];

export const REPORT_FORMAT_IDS: readonly ReportFormat[] = REPORT_FORMATS.map(f => f.id);

export function reportFormat(id: ReportFormat): ReportFormatDefinition {
    return REPORT_FORMATS.find(f => f.id === id)!;
}
