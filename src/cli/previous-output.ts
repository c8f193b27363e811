/**
 * Whether an existing file is output that kinerja wrote before, so `--out` may replace it
 * without `--force`. Decided from the content, reading only the first 4 KiB (for an xlsx
 * workbook or a docx document: the zip's directory at the end and one small entry), never following a
 * symbolic link:
 *
 * | output | recognised by |
 * |---|---|
 * | `check --format text` | the first line: `file:line:col severity code …` with a kinerja finding code |
 * | `check --format github` | the first line: `::error file=…,title=kinerja <code>::…` |
 * | `check --format json` | `{"diagnostics": [` followed by `]}` or a finding with a kinerja code |
 * | `check --format sarif` | SARIF `"version": "2.1.0"` and `tool.driver.name` `"kinerja"` |
 * | `report --format …` | each format's own test (`recognise` in src/report/formats/registry.ts): the JSON contract's opening, the HTML generator meta tag, the markdown generator comment, a CSV header of a kinerja table after the byte-order mark, an xlsx workbook or a docx document created and last saved by kinerja (its core properties, and `xl/workbook.xml` or `word/document.xml` among its entries), a PDF whose Info dictionary names kinerja as Creator and Producer |
 *
 * An empty file counts as replaceable too (see output.ts); anything else, or a file that
 * cannot be read, is not a previous output.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { REPORT_FORMATS, type FileHead } from '../report/formats/registry.js';
import { FINDINGS } from '../validation/findings/index.js';

/** How much of the start of a file is read to recognise it. */
export const HEAD_BYTES = 4096;

const CODES = new Set<string>(FINDINGS.map(f => f.code));
const SEVERITY = '(?:error|warning|info|hint)';

// `kinerja check`'s formats; the report formats recognise their own (src/report/formats/registry.ts).
const TEXT_LINE = new RegExp(`^[^\\n]+:\\d+:\\d+ ${SEVERITY} ([a-z0-9-]+) `);
const GITHUB_LINE = /^::(?:error|warning|notice) file=[^\n]*,title=kinerja ([a-z0-9-]+)::/;
const CHECK_JSON = new RegExp('^\\{\\s*"diagnostics"\\s*:\\s*\\[\\s*(?:\\]\\s*\\}\\s*$|\\{\\s*"file"\\s*:\\s*"(?:[^"\\\\]|\\\\.)*"\\s*,'
    + `\\s*"line"\\s*:\\s*\\d+\\s*,\\s*"column"\\s*:\\s*\\d+\\s*,\\s*"severity"\\s*:\\s*"${SEVERITY}"\\s*,\\s*"code"\\s*:\\s*"([a-z0-9-]+)")`);
const SARIF_VERSION = /^\{\s*"\$schema"\s*:\s*"[^"]*"\s*,\s*"version"\s*:\s*"2\.1\.0"/;
const SARIF_DRIVER = /"runs"\s*:\s*\[\s*\{\s*"tool"\s*:\s*\{\s*"driver"\s*:\s*\{\s*"name"\s*:\s*"kinerja"/;

/** Whether a file starting with `head` is text output of `kinerja check`. */
function isCheckOutput(head: string): boolean {
    const text = TEXT_LINE.exec(head) ?? GITHUB_LINE.exec(head) ?? CHECK_JSON.exec(head);
    if (text) return text[1] === undefined || CODES.has(text[1]);
    return SARIF_VERSION.test(head) && SARIF_DRIVER.test(head);
}

/** Whether a file starting with `head` (at most HEAD_BYTES) is text output of kinerja: a check, or a report in a text format. */
export function isKinerjaText(head: string): boolean {
    return isPrevious({ bytes: Buffer.from(head, 'utf8'), text: head, zipCoreProperties: () => undefined });
}

function isPrevious(head: FileHead): boolean {
    return isCheckOutput(head.text) || REPORT_FORMATS.some(format => format.recognise(head));
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

/** The entry names of a zip (xlsx, docx) file's central directory, and a reader of its `docProps/core.xml`; undefined when it has none. */
function zipDirectory(fd: number, size: number): { names: string[]; core(): string | undefined } | undefined {
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
    const names: string[] = [];
    let core: () => string | undefined = () => undefined;
    for (let p = 0; p + 46 <= directory.length && directory.readUInt32LE(p) === 0x02014b50;) {
        const method = directory.readUInt16LE(p + 10);
        const compressed = directory.readUInt32LE(p + 20);
        const nameLength = directory.readUInt16LE(p + 28);
        const extraLength = directory.readUInt16LE(p + 30);
        const commentLength = directory.readUInt16LE(p + 32);
        const local = directory.readUInt32LE(p + 42);
        const name = directory.toString('utf8', p + 46, p + 46 + nameLength);
        p += 46 + nameLength + extraLength + commentLength;
        names.push(name);
        if (name !== 'docProps/core.xml') continue;
        core = () => {
            if (compressed > ZIP_MAX_ENTRY || (method !== 0 && method !== 8)) return undefined;
            const header = readAt(fd, local, 30);
            if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50) return undefined;
            const data = readAt(fd, local + 30 + header.readUInt16LE(26) + header.readUInt16LE(28), compressed);
            if (data.length < compressed) return undefined;
            return (method === 0 ? data : inflateRawSync(data, { maxOutputLength: 4 * ZIP_MAX_ENTRY })).toString('utf8');
        };
    }
    return { names, core };
}

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
        const bytes = readAt(fd, 0, Math.min(stats.size, HEAD_BYTES));
        let directory: ReturnType<typeof zipDirectory> | null = null;
        const zip = () => (directory === null ? (directory = zipDirectory(fd, stats.size)) : directory);
        return isPrevious({ bytes, text: bytes.toString('utf8'), zipCoreProperties: () => zip()?.core(), zipNames: () => zip()?.names });
    } catch {
        return false;
    } finally {
        closeSync(fd);
    }
}
