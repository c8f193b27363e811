/**
 * `kinerja export` and `kinerja import` on the command line (the work is in src/import).
 *
 * export: the workspace, checked first (a workspace with errors is not exported: the
 * workbook would carry what the language refuses), as the data workbook.
 * import: a data workbook into an empty folder; every row and cell checked first, the
 * files made, their syntax verified with the language's parser, then written all or
 * nothing. `--dry-run` prints the files as a diff and writes nothing.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import type { Language } from '../common/catalogue.js';
import type { Model } from '../language/generated/ast.js';
import { exportRows } from '../import/export-rows.js';
import { checkRows } from '../import/check-rows.js';
import { importMessage } from '../import/messages.js';
import type { Notation } from '../import/notation.js';
import { ImportFailed, readWorkbook, writeWorkbook } from '../import/workbook.js';
import { writeKinerja } from '../import/write-kinerja.js';
import { createKinerjaCoreServices } from '../validation/kinerja-core-module.js';
import { readFileBytes } from '../workspace/loader.js';
import { collectFindings } from './check.js';
import { UsageError } from './errors.js';
import { packageInfo } from './package-info.js';
import { openSession, type SessionOptions } from './session.js';

/** The largest workbook read: a province's full workbook is a few MB; a zip bomb is refused unread. */
export const MAX_WORKBOOK_BYTES = 64 * 1024 * 1024;

export async function exportWorkbook(paths: string[], options: SessionOptions): Promise<{ bytes?: Uint8Array; errors: number; lang: Language }> {
    const session = await openSession(paths, options);
    const errors = collectFindings(session.documents).filter(f => f.severity === 'error').length;
    if (errors) return { errors, lang: session.language };
    const models = session.documents.map(d => d.parseResult.value as Model);
    const bytes = await writeWorkbook(exportRows(models), `kinerja ${packageInfo().version}`);
    return { bytes, errors: 0, lang: session.language };
}

export interface ImportOptions {
    into: string;
    dryRun?: boolean;
    notation?: Notation;
}

/** Makes the files of a workbook; throws ImportFailed naming each problem, UsageError for the file or folder. */
export async function importWorkbook(file: string, options: ImportOptions, lang: Language): Promise<{ files: Map<string, string>; written: boolean }> {
    const dir = resolve(options.into);
    if (existsSync(dir)) {
        const present = readdirSync(dir).filter(name => name.endsWith('.kinerja'));
        if (present.length) throw new UsageError(importMessage(lang, 'into.workspace', { dir: options.into, files: present.slice(0, 5).join(', ') + (present.length > 5 ? ', …' : '') }));
    }
    const bytes = readFileBytes(file, MAX_WORKBOOK_BYTES);
    const rows = await readWorkbook(bytes, lang, options.notation);
    checkRows(rows, lang);
    const files = writeKinerja(rows);
    verifySyntax(files);
    if (options.dryRun) return { files, written: false };
    const existing = [...files.keys()].filter(name => existsSync(join(dir, name)));
    if (existing.length) throw new UsageError(importMessage(lang, 'into.workspace', { dir: options.into, files: existing.join(', ') }));
    mkdirSync(dir, { recursive: true });
    const written: string[] = [];
    try {
        for (const [name, text] of files) {
            writeFileSync(join(dir, name), text, { flag: 'wx' });
            written.push(name);
        }
    } catch (err) {
        for (const name of written) rmSync(join(dir, name), { force: true });
        throw new UsageError(importMessage(lang, 'into.failed', { dir: options.into, reason: (err as NodeJS.ErrnoException).code ?? String(err) }));
    }
    return { files, written: true };
}

/** The files made must parse: a syntax error here is the import's own mistake, never written. */
function verifySyntax(files: Map<string, string>): void {
    const services = createKinerjaCoreServices(EmptyFileSystem).Kinerja;
    for (const [name, text] of files) {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///${name}`));
        const result = document.parseResult;
        if (result.lexerErrors.length || result.parserErrors.length) {
            const first = result.parserErrors[0]?.message ?? result.lexerErrors[0]?.message;
            throw new Error(`kinerja import wrote ${name} with a syntax error (${first}); please report this with the workbook`);
        }
    }
}

/** The problems, one a line, then what to do. */
export function describeProblems(err: ImportFailed, file: string, lang: Language): string {
    const lines = err.problems.map(p => (p.place ? `${file}: ${p.place}: ${p.message}` : `${file}: ${p.message}`));
    if (err.more) lines.push(importMessage(lang, 'more', { count: err.more }));
    lines.push(importMessage(lang, 'problems', { count: err.problems.length + err.more, file }));
    return lines.join('\n') + '\n';
}

/** New files as a unified diff against nothing. */
export function diffOfNewFiles(dir: string, files: Map<string, string>): string {
    const out: string[] = [];
    for (const [name, text] of files) {
        const lines = text.replace(/\n$/, '').split('\n');
        out.push('--- /dev/null', `+++ ${join(dir, name)}`, `@@ -0,0 +1,${lines.length} @@`, ...lines.map(l => `+${l}`));
    }
    return out.join('\n') + '\n';
}
