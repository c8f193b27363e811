/**
 * `kinerja verify DOCUMENT [paths…]`: reads the provenance a document carries
 * (src/report/provenance.ts), rebuilds it with the options it records from the workspace
 * as it is now, and says whether it matches.
 *
 * - The inputs first: the digest of the workspace's files now against the recorded one.
 *   A different digest means the data changed since (the document may still be right for
 *   the commit it names); the rebuild is not attempted.
 * - Then the content: the document rebuilt with the recorded provenance (the same time,
 *   commit and digest) against the file. Text formats compare exactly; a Word document or
 *   a workbook part by part (the creation and modification times in its properties aside:
 *   the record holds the time); a PDF byte for byte (it is printed again by Chromium, with
 *   the dates of the record).
 *
 * The rebuild runs in the folder the report ran in, since the file names in a report's
 * findings are relative to it: found from the document's place and the `--out` it was
 * written to, or from the workspace's place when it is given (`kinerja verify DOC ../ws`),
 * else the current folder. The recorded paths are read from there. Exit codes: 0 matches, 1 does not match, 2 cannot tell (no record, no
 * workspace, no browser for a PDF).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Language } from '../engine/config.js';
import { findEntry, looksLikeZip, NotAZip, textOf, zipEntries, type ZipEntry } from '../import/read-zip.js';
import { REPORT_FORMAT_IDS, reportFormat } from '../report/formats/registry.js';
import type { HtmlFolder } from '../report/html/folder.js';
import { decodeProvenance, isProvenance, PROVENANCE_PROPERTY, provenanceOfHtml, provenanceOfMarkdown, type Provenance } from '../report/provenance.js';
import { LoadError } from '../workspace/loader.js';
import { cliMessage } from './messages.js';
import { digestInputs, inputFiles } from './provenance.js';
import { ReportProgress } from './report-progress.js';
import { UsageError, type Session } from './session.js';
import { packageInfo } from './package-info.js';
import type { ReportOptions, RunMode } from './main.js';

/** The data changed since the document was made: the digest now. */
class InputsChanged extends Error {
    constructor(readonly digest: string, readonly files: number) {
        super('inputs changed');
    }
}

export type Rebuild = (paths: string[], options: ReportOptions, usageLang: Language, progress: ReportProgress, mode: RunMode)
    => Promise<string | Uint8Array | HtmlFolder | undefined>;

export interface VerifyOptions {
    lang?: Language;
    chromium?: string;
}

export interface VerifyResult {
    /** 0 matches, 1 does not. */
    code: 0 | 1;
    message: string;
}

const xmlText = (s: string) => s.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (_, e: string, dec?: string, hex?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

/** A part's text; `entries` is the zip's directory (zipEntries), read once per zip. */
async function zipPart(bytes: Uint8Array, name: string, entries: Map<string, ZipEntry> = zipEntries(bytes)): Promise<string | undefined> {
    const entry = findEntry(entries, name);
    if (!entry) return undefined;
    let text = '';
    for await (const chunk of textOf(bytes, entry)) text += chunk;
    return text;
}

/** The record a file carries, whatever kinerja format it is in; undefined when it has none. */
export async function readProvenance(bytes: Uint8Array): Promise<Provenance | undefined> {
    const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
    if (head.startsWith('%PDF-')) {
        const { provenanceOfPdf } = await import('../report/formats/pdf.js');
        return provenanceOfPdf(bytes);
    }
    if (looksLikeZip(bytes)) {
        try {
            // A Word document: its custom property; a workbook: its description.
            const entries = zipEntries(bytes);
            const custom = await zipPart(bytes, 'docProps/custom.xml', entries);
            const property = custom && new RegExp(`<property [^>]*name="${PROVENANCE_PROPERTY}"[^>]*>\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`).exec(custom);
            if (property) return decodeProvenance(xmlText(property[1]));
            const core = await zipPart(bytes, 'docProps/core.xml', entries);
            const description = core && new RegExp(`<dc:description>${PROVENANCE_PROPERTY}: ([^<]*)</dc:description>`).exec(core);
            return description ? decodeProvenance(xmlText(description[1])) : undefined;
        } catch (err) {
            if (err instanceof NotAZip) return undefined;
            throw err;
        }
    }
    const text = Buffer.from(bytes).toString('utf8');
    if (/^\s*\{/.test(text)) {
        try {
            const value = (JSON.parse(text) as { provenance?: unknown }).provenance;
            return isProvenance(value) ? value : undefined;
        } catch {
            return undefined;
        }
    }
    if (/^\s*<!DOCTYPE html>/i.test(text)) return provenanceOfHtml(text);
    return provenanceOfMarkdown(text);
}

/** The folder `out` (relative, with `/`) was resolved against to give `file`; undefined when the file is not there any more. */
function folderBefore(file: string, out: string): string | undefined {
    const parts = out.split('/').filter(p => p !== '.' && p !== '');
    if (parts.includes('..')) return undefined;
    let folder = file;
    for (let i = parts.length - 1; i >= 0; i--) {
        if (basename(folder) !== parts[i]) return undefined;
        folder = dirname(folder);
    }
    return folder;
}

/** Where two texts first differ, as a 1-based line number. */
function firstDifferentLine(a: string, b: string): number {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return a.slice(0, i).split('\n').length;
}

/** The times in a zip's core properties: written at the record's time by the workbook, at the run's by Word's writer. */
const withoutTimes = (xml: string) => xml.replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g, '');

/** The first part of two zips that differs, or undefined when they hold the same parts. */
async function zipDifference(file: Uint8Array, rebuilt: Uint8Array): Promise<string | undefined> {
    let a: Map<string, ZipEntry>;
    try {
        a = zipEntries(file);
    } catch {
        return '(zip)';
    }
    const b = zipEntries(rebuilt);
    const names = [...new Set([...a.keys(), ...b.keys()])].sort();
    for (const name of names) {
        if (!a.has(name) || !b.has(name)) return name;
        let x: string | undefined;
        try {
            x = await zipPart(file, name, a);
        } catch {
            return name;
        }
        const y = await zipPart(rebuilt, name, b);
        if (name === 'docProps/core.xml' ? withoutTimes(x!) !== withoutTimes(y!) : x !== y) return name;
    }
    return undefined;
}

function pdfProducer(pdf: Uint8Array): string | undefined {
    const text = Buffer.from(pdf.subarray(0, Math.min(pdf.length, 1 << 16))).toString('latin1');
    return /\/Producer\s*\(((?:[^\\()]|\\.)*)\)/.exec(text)?.[1];
}

/** The pages of a folder as written: relative path → text. */
function folderPages(dir: string): Map<string, string> {
    const pages = new Map<string, string>();
    const walk = (folder: string) => {
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const path = join(folder, entry.name);
            if (entry.isDirectory()) walk(path);
            else if (entry.name.endsWith('.html')) pages.set(relative(dir, path).split(sep).join('/'), readFileSync(path, 'utf8'));
        }
    };
    walk(dir);
    return pages;
}

export async function verifyDocument(document: string, workspace: string | undefined, options: VerifyOptions, usageLang: Language, rebuild: Rebuild): Promise<VerifyResult> {
    const say = (key: Parameters<typeof cliMessage>[1], params?: Record<string, string | number>) => cliMessage(usageLang, key, params);
    if (!existsSync(document)) throw new UsageError(say('verify.missing', { document }));
    const folder = statSync(document).isDirectory();
    const bytes = folder
        ? (existsSync(join(document, 'index.html')) ? readFileSync(join(document, 'index.html')) : undefined)
        : readFileSync(document);
    const recorded = bytes && await readProvenance(bytes);
    if (!recorded) {
        // The tables, which carry no record: their entries in the registry say so (`provenance: false`).
        const tables = REPORT_FORMAT_IDS.filter(id => reportFormat(id).provenance === false).map(id => id.toUpperCase()).join(', ');
        throw new UsageError(say(folder ? 'verify.no-record-folder' : 'verify.no-record', { document, tables }));
    }

    const o = recorded.options;
    // The rebuild runs in the folder the report ran in (file names in the findings are
    // relative to it): found from where the document is and the --out it was written to;
    // else the current folder. Paths given here are the user's, relative to the current folder.
    const here = process.cwd();
    let runFolder = o.out !== undefined ? folderBefore(resolve(document), o.out) ?? here : here;
    if (workspace !== undefined) {
        // Where the workspace is now: the folder the report ran in is the one the recorded first path is relative to.
        const found = folderBefore(resolve(workspace), o.paths[0]);
        if (found === undefined) throw new UsageError(say('verify.workspace-mismatch', { workspace, recorded: o.paths[0] }));
        runFolder = found;
    }
    const paths = o.paths;
    const reportOptions: ReportOptions = {
        year: o.year, format: o.format as ReportOptions['format'], out: resolve(document),
        ...(o.kind !== undefined ? { kind: o.kind as ReportOptions['kind'] } : {}),
        ...(o.quarter !== undefined ? { quarter: o.quarter } : {}),
        ...(o.instansi !== undefined ? { instansi: o.instansi } : {}),
        ...(o.lang !== undefined ? { lang: o.lang } : {}),
        ...(o.lowest !== undefined ? { lowest: o.lowest } : {}),
        ...(o.separator !== undefined ? { separator: o.separator as ReportOptions['separator'] } : {}),
        ...(o.table !== undefined ? { table: o.table } : {}),
        ...(o.config !== undefined ? { config: o.config } : {}),
        ...(options.chromium !== undefined ? { chromium: options.chromium } : {})
    };
    const stamp = (session: Session): Provenance => {
        const inputs = digestInputs(inputFiles(session));
        if (inputs.digest !== recorded.inputs) throw new InputsChanged(inputs.digest, inputs.files.length);
        return recorded;
    };
    const version = `kinerja ${packageInfo().version}`;
    const versionNote = recorded.generator !== version ? ' ' + say('verify.other-version', { made: recorded.generator, now: version }) : '';
    const short = (digest: string) => digest.replace(/^sha256:/, '').slice(0, 16);

    let rebuilt;
    try {
        process.chdir(runFolder);
        rebuilt = await rebuild(paths, reportOptions, usageLang, new ReportProgress(usageLang, { isTTY: false, write: () => true }), { stamp, rebuilding: true, folder });
    } catch (err) {
        if (err instanceof InputsChanged) {
            const where = recorded.commit
                ? say('verify.at-commit', { commit: recorded.commit.slice(0, 12) })
                : say('verify.no-commit');
            return {
                code: 1,
                message: say('verify.inputs-changed', { document, made: short(recorded.inputs), madeFiles: recorded.files, now: short(err.digest), nowFiles: err.files, where })
            };
        }
        if (err instanceof LoadError) throw new UsageError(say('verify.no-workspace', { reason: err.messageIn(usageLang), paths: o.paths.join(' '), folder: runFolder }));
        throw err;
    } finally {
        process.chdir(here);
    }

    let difference: string | undefined;
    if (folder) {
        const written = folderPages(document);
        const pages = new Map<string, string>();
        for (const page of (rebuilt as HtmlFolder).pages()) pages.set(page.path, page.html);
        for (const [path, html] of pages) {
            const there = written.get(path);
            if (there === undefined) { difference = say('verify.page-missing', { page: path }); break; }
            if (there !== html) { difference = say('verify.page-line', { page: path, line: firstDifferentLine(there, html) }); break; }
        }
        if (!difference) {
            const extra = [...written.keys()].find(path => !pages.has(path));
            if (extra) difference = say('verify.page-extra', { page: extra });
        }
    } else if (typeof rebuilt === 'string') {
        const text = bytes!.toString('utf8');
        if (text !== rebuilt) difference = say('verify.line', { line: firstDifferentLine(text, rebuilt) });
    } else if (rebuilt instanceof Uint8Array) {
        if (looksLikeZip(rebuilt)) {
            const part = await zipDifference(bytes!, rebuilt);
            if (part) difference = say('verify.part', { part });
        } else if (!Buffer.from(rebuilt).equals(bytes!)) {
            const before = pdfProducer(bytes!);
            const now = pdfProducer(rebuilt);
            difference = before !== now && before && now
                ? say('verify.pdf-printer', { before, now })
                : say('verify.pdf');
        }
    }
    if (difference) return { code: 1, message: say('verify.changed', { document, difference }) + versionNote };
    const source = recorded.commit
        ? say(recorded.uncommitted ? 'verify.source-uncommitted' : 'verify.source-commit', { commit: recorded.commit.slice(0, 12) })
        : say('verify.source-no-git');
    return { code: 0, message: say('verify.matches', { document, digest: short(recorded.inputs), files: recorded.files, source }) };
}
