/**
 * Whether an existing file is output that kinerja wrote before, so `--out` may replace it
 * without `--force`. Decided from the content, reading only the first 4 KiB (for an xlsx
 * workbook: the zip's directory at the end and one small entry), never following a
 * symbolic link:
 *
 * | output | recognised by |
 * |---|---|
 * | `check --format text` | the first line: `file:line:col severity code …` with a kinerja finding code |
 * | `check --format github` | the first line: `::error file=…,title=kinerja <code>::…` |
 * | `check --format json` | `{"diagnostics": [` followed by `]}` or a finding with a kinerja code |
 * | `check --format sarif` | SARIF `"version": "2.1.0"` and `tool.driver.name` `"kinerja"` |
 * | `report --format json` | the contract's opening `{"year": …, "quarter": …, "agencies": [` (with or without `--kind`) |
 * | `report --format html` | `<meta name="generator" content="kinerja">` in the head |
 * | `report --format md` | the first line `<!-- generator: kinerja … -->` |
 * | `report --format csv` | the byte-order mark and a header starting with the first columns of a kinerja table, in Bahasa Indonesia or English, `,` or `;` |
 * | `report --format xlsx` | `docProps/core.xml` with creator and last modified by `kinerja …` (a workbook saved again in Excel is not one any more) |
 *
 * An empty file counts as replaceable too (see output.ts); anything else, or a file that
 * cannot be read, is not a previous output.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { reportText, type ReportMessageKey } from '../report/messages.js';
import { FINDINGS } from '../validation/findings/index.js';

/** How much of the start of a file is read to recognise it. */
export const HEAD_BYTES = 4096;

const CODES = new Set<string>(FINDINGS.map(f => f.code));
const SEVERITY = '(?:error|warning|info|hint)';

const TEXT_LINE = new RegExp(`^[^\\n]+:\\d+:\\d+ ${SEVERITY} ([a-z0-9-]+) `);
const GITHUB_LINE = /^::(?:error|warning|notice) file=[^\n]*,title=kinerja ([a-z0-9-]+)::/;
const CHECK_JSON = new RegExp('^\\{\\s*"diagnostics"\\s*:\\s*\\[\\s*(?:\\]\\s*\\}\\s*$|\\{\\s*"file"\\s*:\\s*"(?:[^"\\\\]|\\\\.)*"\\s*,'
    + `\\s*"line"\\s*:\\s*\\d+\\s*,\\s*"column"\\s*:\\s*\\d+\\s*,\\s*"severity"\\s*:\\s*"${SEVERITY}"\\s*,\\s*"code"\\s*:\\s*"([a-z0-9-]+)")`);
const SARIF_VERSION = /^\{\s*"\$schema"\s*:\s*"[^"]*"\s*,\s*"version"\s*:\s*"2\.1\.0"/;
const SARIF_DRIVER = /"runs"\s*:\s*\[\s*\{\s*"tool"\s*:\s*\{\s*"driver"\s*:\s*\{\s*"name"\s*:\s*"kinerja"/;
const REPORT_JSON = /^\{\s*"year"\s*:\s*\d+\s*,\s*"quarter"\s*:\s*(?:null|\d+)\s*,\s*"agencies"\s*:\s*\[/;
const HTML_START = /^\s*<!DOCTYPE html>/i;
const HTML_GENERATOR = /<meta name="generator" content="kinerja[" ]/i;
const MARKDOWN_GENERATOR = /^<!-- generator: kinerja[ \-]/;

let csvHeaders: string[] | undefined;

/**
 * The first columns of every CSV table (src/report/formats/tables.ts), in both
 * languages and with both separators: organisation tables start with the organisation's
 * id and name, the ranking with the rank and the id, the category summary with
 * `Kategori` and `Kategori ≥`, the findings with their six fixed columns.
 */
function csvHeaderStarts(): string[] {
    if (!csvHeaders) {
        csvHeaders = [];
        for (const lang of ['id', 'en'] as const) {
            const r = (key: ReportMessageKey) => reportText(lang, key);
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

/** Recognises a previous text output of kinerja from the start of the file (see the table above). */
export function isKinerjaText(head: string): boolean {
    if (head.startsWith('\uFEFF')) return csvHeaderStarts().some(start => head.startsWith(start, 1));
    const text = TEXT_LINE.exec(head) ?? GITHUB_LINE.exec(head) ?? CHECK_JSON.exec(head);
    if (text) return text[1] === undefined || CODES.has(text[1]);
    if (SARIF_VERSION.test(head)) return SARIF_DRIVER.test(head);
    if (REPORT_JSON.test(head) || MARKDOWN_GENERATOR.test(head)) return true;
    return HTML_START.test(head) && HTML_GENERATOR.test(head);
}

function readAt(fd: number, position: number, length: number): Buffer {
    const buffer = Buffer.alloc(length);
    let read = 0;
    while (read < length) {
        const n = readSync(fd, buffer, read, length - read, position + read);
        if (n === 0) break;
        read += n;
    }
    return buffer.subarray(0, read);
}

const ZIP_MAX_DIRECTORY = 256 * 1024;
const ZIP_MAX_ENTRY = 64 * 1024;

/** `docProps/core.xml` of a zip (xlsx) file, or undefined; reads the directory and that entry only. */
function zipCoreProperties(fd: number, size: number): string | undefined {
    // The end-of-central-directory record: 22 bytes, after a comment of at most 65 535.
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = readAt(fd, size - tailLength, tailLength);
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i--) if (tail.readUInt32LE(i) === 0x06054b50) { end = i; break; }
    if (end < 0) return undefined;
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (directorySize > ZIP_MAX_DIRECTORY || directoryOffset + directorySize > size) return undefined;
    const directory = readAt(fd, directoryOffset, directorySize);
    for (let p = 0; p + 46 <= directory.length && directory.readUInt32LE(p) === 0x02014b50;) {
        const method = directory.readUInt16LE(p + 10);
        const compressed = directory.readUInt32LE(p + 20);
        const nameLength = directory.readUInt16LE(p + 28);
        const extraLength = directory.readUInt16LE(p + 30);
        const commentLength = directory.readUInt16LE(p + 32);
        const local = directory.readUInt32LE(p + 42);
        const name = directory.toString('utf8', p + 46, p + 46 + nameLength);
        p += 46 + nameLength + extraLength + commentLength;
        if (name !== 'docProps/core.xml') continue;
        if (compressed > ZIP_MAX_ENTRY || (method !== 0 && method !== 8)) return undefined;
        const header = readAt(fd, local, 30);
        if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50) return undefined;
        const data = readAt(fd, local + 30 + header.readUInt16LE(26) + header.readUInt16LE(28), compressed);
        if (data.length < compressed) return undefined;
        return (method === 0 ? data : inflateRawSync(data, { maxOutputLength: 4 * ZIP_MAX_ENTRY })).toString('utf8');
    }
    return undefined;
}

const XLSX_CREATOR = /<dc:creator>kinerja[ <]/;
const XLSX_MODIFIED_BY = /<cp:lastModifiedBy>kinerja[ <]/;

/**
 * Whether the regular file at `path` is a previous output of kinerja. Opens it without
 * following a symbolic link (and without blocking on a pipe); false when it is not a
 * regular file, cannot be read or is not recognised.
 */
export function isPreviousOutput(path: string): boolean {
    let fd: number;
    try {
        fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch {
        return false;
    }
    try {
        const stats = fstatSync(fd);
        if (!stats.isFile()) return false;
        const head = readAt(fd, 0, Math.min(stats.size, HEAD_BYTES));
        if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) {
            const core = zipCoreProperties(fd, stats.size);
            return core !== undefined && XLSX_CREATOR.test(core) && XLSX_MODIFIED_BY.test(core);
        }
        return isKinerjaText(head.toString('utf8'));
    } catch {
        return false;
    } finally {
        closeSync(fd);
    }
}
