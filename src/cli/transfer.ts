/**
 * `kinerja export` and `kinerja import` on the command line (the work is in src/import).
 *
 * export: the workspace, checked first (a workspace with errors is not exported: the
 * workbook would carry what the language refuses), as the data workbook.
 * import: a data workbook into an empty folder; every row and cell checked first, the
 * files made, their syntax verified with the language's parser, then written all or
 * nothing. `--dry-run` prints the files as a diff and writes nothing.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { URI } from 'langium';
import type { Language } from '../common/catalogue.js';
import type { Model } from '../language/generated/ast.js';
import { exportRows } from '../import/export-rows.js';
import { checkRows } from '../import/check-rows.js';
import { importMessage } from '../import/messages.js';
import type { Notation } from '../import/notation.js';
import { writeWorkbook } from '../import/workbook.js';
import { ImportFailed, Problems, type ImportProblem } from '../import/problems.js';
import { checkFigures } from '../import/figures.js';
import type { Mapping, OfficeNotes } from '../import/layouts/office.js';
import { parseMapping } from '../import/layouts/mapping.js';
import { defaultConfig, toConfigs } from '../engine/config.js';
import { readSources, type ImportSource } from '../import/read.js';
import { writeKinerja } from '../import/write-kinerja.js';
import { applyEdits, ImportConflicts, mergeRows, unifiedDiff, type SourceFile, type TextEdit } from '../import/merge.js';
import { createKinerjaCoreServices } from '../validation/kinerja-core-module.js';
import { collectFiles, readFileBytes } from '../workspace/loader.js';
import { collectFindings } from './check.js';
import { UsageError } from './errors.js';
import { packageInfo } from './package-info.js';
import { openSession, type SessionOptions } from './session.js';
import { EmptyFileSystemOnNode } from '../validation/node-host.js';

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
    replace?: boolean;
    /** `--mapping FILE`: how to read a table the built-in office tables do not know. */
    mapping?: string;
    /** `--instansi ID`: the agency an office table belongs to. */
    instansi?: string;
    /** `--tahun YEAR`: the year of an office table's columns that name none. */
    tahun?: number;
}

/** A file of the workspace changed by an import: its path as shown, its text before and after. */
export interface ChangedFile {
    path: string;
    before: string;
    after: string;
    edits: readonly TextEdit[];
}

export type ImportResult =
    | { kind: 'new'; files: Map<string, string>; written: boolean; warnings: ImportProblem[] }
    | { kind: 'merge'; changes: ChangedFile[]; inserted: number; replaced: number; written: boolean; warnings: ImportProblem[] }
    | { kind: 'workspace-errors'; errors: number };

/**
 * Makes the files of a workbook, or merges it into the workspace `--into` holds; throws
 * ImportFailed naming each problem, ImportConflicts for values that differ from the
 * workspace's, UsageError for the file or folder.
 */
export async function importWorkbook(inputs: readonly string[], options: ImportOptions, lang: Language): Promise<ImportResult> {
    const dir = resolve(options.into);
    const sources: ImportSource[] = inputs.map(file => ({ file, bytes: readFileBytes(file, MAX_WORKBOOK_BYTES) }));
    const mapping = options.mapping === undefined ? undefined : readMapping(options.mapping, lang);
    if (existsSync(dir) && statSync(dir).isDirectory() && collectFiles([dir]).length) return mergeWorkbook(sources, options, lang, mapping);
    const notes: OfficeNotes = { warnings: [], checks: [] };
    const rows = await readSources(sources, { lang, notation: options.notation, office: { instansi: options.instansi, tahun: options.tahun, mapping }, notes });
    checkRows(rows, lang);
    const files = writeKinerja(rows);
    verifySyntax(files);
    const warnings = [...notes.warnings, ...checkFigures(notes.checks, files.values(), () => defaultConfig(), lang)];
    if (options.dryRun) return { kind: 'new', files, written: false, warnings };
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
    return { kind: 'new', files, written: true, warnings };
}

/** The mapping file of `--mapping`, read and checked; ImportFailed naming its keys when anything in it is wrong. */
function readMapping(file: string, lang: Language): Mapping {
    const problems = new Problems(lang);
    let text: string;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(readFileBytes(file, 1024 * 1024));
    } catch (err) {
        if (err instanceof UsageError) throw err;
        problems.add(file, '', 'mapping.read', { reason: (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err)) });
        problems.throwIfAny();
        throw err;
    }
    const mapping = parseMapping(file, text, problems);
    problems.throwIfAny();
    return mapping!;
}

/** A path as shown: relative to the working folder when inside it. */
function shown(path: string): string {
    const rel = relative(process.cwd(), path);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/**
 * Into an existing workspace (src/import/merge.ts): the workspace loaded as `kinerja
 * check` loads it (a workspace with errors is not imported into: offsets and values
 * would rest on what the language refuses), the workbook's rows checked against it,
 * the edits made and parsed, then written all or nothing.
 */
async function mergeWorkbook(inputs: readonly ImportSource[], options: ImportOptions, lang: Language, mapping: Mapping | undefined): Promise<ImportResult> {
    const session = await openSession([options.into], { lang });
    const errors = collectFindings(session.documents).filter(f => f.severity === 'error').length;
    const sources: SourceFile[] = session.documents.map((d, i) => ({ path: shown(session.files[i]), text: d.textDocument.getText(), model: d.parseResult.value as Model }));
    const workspace = exportRows(sources.map(s => s.model));
    // Office tables name indicators and elements as the workspace does: they are read against it.
    const notes: OfficeNotes = { warnings: [], checks: [] };
    const rows = await readSources(inputs, { lang, notation: options.notation, office: { workspace, instansi: options.instansi, tahun: options.tahun, mapping }, notes });
    if (errors) return { kind: 'workspace-errors', errors };
    checkRows(rows, lang, workspace);
    const plan = mergeRows(rows, sources, workspace, { replace: options.replace, lang });
    const changes: ChangedFile[] = [];
    for (const source of sources) {
        const edits = plan.edits.get(source.path);
        if (!edits) continue;
        const after = applyEdits(source.text, edits);
        if (after !== source.text) changes.push({ path: source.path, before: source.text, after, edits });
    }
    verifySyntax(new Map(changes.map(c => [c.path, c.after])));
    const after = sources.map(s => changes.find(c => c.path === s.path)?.after ?? s.text);
    const warnings = [...notes.warnings, ...checkFigures(notes.checks, after, toConfigs(session.configs).of, lang)];
    const result = { kind: 'merge' as const, changes, inserted: plan.inserted, replaced: plan.replaced, written: false, warnings };
    if (options.dryRun || !changes.length) return result;
    writeAtomically(changes, options.into, lang);
    return { ...result, written: true };
}

/**
 * Each changed file written to a temporary file beside it, then renamed over it, all
 * temporary files first: a failure before the renames leaves every file as it was; a
 * rename failing (rare: the folder's own rights) puts the files renamed so far back.
 * A file changed on disk since it was read is not overwritten.
 */
function writeAtomically(changes: readonly ChangedFile[], dir: string, lang: Language): void {
    const temps: Array<{ target: string; temp: string; original: Buffer; text: string }> = [];
    const fail = (err: unknown): never => {
        throw new UsageError(importMessage(lang, 'into.failed', { dir, reason: (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err)) }));
    };
    try {
        for (const change of changes) {
            const target = realpathSync(change.path);
            const original = readFileSync(target);
            const raw = original.toString('utf8');
            const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
            if (raw.slice(bom.length) !== change.before) fail(new Error(importMessage(lang, 'into.changed', { file: change.path })));
            const temp = join(dirname(target), `.${basename(target)}.${process.pid}.impor`);
            writeFileSync(temp, bom + change.after, { flag: 'wx', mode: statSync(target).mode & 0o777 });
            temps.push({ target, temp, original, text: bom + change.after });
        }
    } catch (err) {
        for (const t of temps) rmSync(t.temp, { force: true });
        if (err instanceof UsageError) throw err;
        fail(err);
    }
    const renamed: typeof temps = [];
    try {
        for (const t of temps) {
            renameSync(t.temp, t.target);
            renamed.push(t);
        }
    } catch (err) {
        for (const t of temps) if (!renamed.includes(t)) rmSync(t.temp, { force: true });
        for (const t of renamed) writeFileSync(t.target, t.original);
        fail(err);
    }
}

/** The files made must parse: a syntax error here is the import's own mistake, never written. */
function verifySyntax(files: Map<string, string>): void {
    const services = createKinerjaCoreServices(EmptyFileSystemOnNode).Kinerja;
    for (const [name, text] of files) {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.from({ scheme: 'memory', path: `/${name.replace(/^\/+/, '')}` }));
        const result = document.parseResult;
        if (result.lexerErrors.length || result.parserErrors.length) {
            const first = result.parserErrors[0]?.message ?? result.lexerErrors[0]?.message;
            throw new Error(`kinerja import wrote ${name} with a syntax error (${first}); please report this with the workbook`);
        }
    }
}

/** Warnings (office tables: capaian and serapan that differ from the engine's, columns not imported), one a line. */
export function describeWarnings(warnings: readonly ImportProblem[]): string {
    return warnings.map(w => [w.file, w.place, w.message].filter(Boolean).join(': ') + '\n').join('');
}

/** The problems, one a line, then what to do. */
export function describeProblems(err: ImportFailed, files: readonly string[], lang: Language): string {
    const lines = err.problems.map(p => [p.file ?? files.join(', '), p.place, p.message].filter(Boolean).join(': '));
    if (err.more) lines.push(importMessage(lang, 'more', { count: err.more }));
    lines.push(importMessage(lang, 'problems', { count: err.problems.length + err.more, file: files.join(', ') }));
    return lines.join('\n') + '\n';
}

/** The conflicts, one a line (`Realisasi!F7: 80 → 85 (dinkes.kinerja:42)`), then what to do. */
export function describeConflicts(err: ImportConflicts, files: readonly string[], lang: Language): string {
    const lines = err.conflicts.map(c => `${c.file ?? files.join(', ')}: ${c.place}: ${c.old} → ${c.new} (${c.where})`);
    lines.push(importMessage(lang, 'merge.conflicts', { count: err.conflicts.length, file: files.join(', ') }));
    return lines.join('\n') + '\n';
}

/** Changed files as a unified diff, only the changed lines with their context. */
export function diffOfChanges(changes: readonly ChangedFile[]): string {
    return changes.map(c => unifiedDiff(c.path, c.before, c.edits)).join('');
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
