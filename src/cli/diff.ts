/**
 * `kinerja diff A [B] [DIR]`: the plan changes between two versions of a workspace
 * (docs/diff.md). Each of A and B is a folder when such a folder exists, else a git
 * revision of DIR, read into a temporary folder (src/workspace/git.ts) that is removed
 * whatever happens; without B, the other side is DIR as it is now (the working tree,
 * untracked files included). DIR is the third argument, else the one folder among A and
 * B, else the current folder. Both sides are loaded as `kinerja check` loads a folder
 * (openSession); the comparison is src/report/diff/compare.ts.
 *
 * Exit codes: 0 done (and, with `--fail-on unrevised`, no target of a signed agreement
 * changed without a revision); 1 with `--fail-on unrevised` when one did; 2 for usage
 * errors, a folder that is not in a git repository, an unknown revision, or a side whose
 * files do not parse.
 */
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { Command, Option } from 'commander';
import type { Language } from '../engine/config.js';
import { defaultQuarter, defaultYear } from '../engine/years.js';
import { compareWorkspaces, unrevisedChanges, type DiffSide } from '../report/diff/compare.js';
import { diffText } from '../report/diff/messages.js';
import { renderDiffJson, renderDiffMarkdown, renderDiffText } from '../report/diff/render.js';
import { GitError, materialiseRevision, type RevisionFolder } from '../workspace/git.js';
import { StdoutClosed, writeOutput } from './output.js';
import type { CliMessageKey } from './messages.js';
import { packageInfo } from './package-info.js';
import { openSession, UsageError, type Session } from './session.js';

export const DIFF_FORMATS = ['text', 'md', 'json'] as const;

interface DiffOptions {
    format: typeof DIFF_FORMATS[number];
    failOn?: 'unrevised';
    year?: number;
    quarter?: number;
    lang?: Language;
    config?: string;
}

function isFolder(path: string): boolean {
    try {
        return statSync(path).isDirectory();
    } catch {
        return false;
    }
}

interface Side {
    /** How the side was named (a revision, a folder). */
    label: string;
    folder: string;
    /** Where file names are shown from: the folder (or DIR for a revision). */
    display: string;
    revision?: RevisionFolder;
}

async function openSide(arg: string | undefined, dir: string, lang: Language): Promise<Side> {
    if (arg === undefined) return { label: diffText(lang, 'working-tree', { dir }), folder: dir, display: dir };
    if (isFolder(arg)) return { label: arg, folder: arg, display: arg };
    try {
        const revision = await materialiseRevision(dir, arg);
        return { label: arg, folder: revision.folder, display: dir, revision };
    } catch (err) {
        if (err instanceof GitError) throw new UsageError(diffText(lang, `error.${err.problem}`, { dir, revision: arg, ...err.params }));
        throw err;
    }
}

/**
 * The first syntax error of the side's files, as `kinerja check` reports it (the
 * document validator gives its place and text), in one message naming the file and
 * what to do. Only files that did not parse are validated.
 */
async function syntaxError(session: Session, side: Side, lang: Language): Promise<string | undefined> {
    for (const document of session.documents) {
        const { lexerErrors, parserErrors } = document.parseResult;
        if (!lexerErrors.length && !parserErrors.length) continue;
        const diagnostics = await session.services.validation.DocumentValidator.validateDocument(document, { categories: ['built-in'] });
        const d = diagnostics.find(x => x.code === 'syntax') ?? diagnostics[0];
        if (!d) continue;
        const inside = relative(side.folder, document.uri.fsPath);
        const file = side.revision ? relative(process.cwd(), resolve(side.display, inside)) || inside : relative(process.cwd(), document.uri.fsPath);
        return diffText(lang, 'error.syntax', { side: side.label, file: file.split(sep).join('/'), line: d.range.start.line + 1, column: d.range.start.character + 1, message: typeof d.message === 'string' ? d.message : d.message.value });
    }
    return undefined;
}

async function load(side: Side, options: DiffOptions, lang: Language): Promise<DiffSide & { language: Language }> {
    const session = await openSession([side.folder], { lang: options.lang, config: options.config }, false);
    const problem = await syntaxError(session, side, lang);
    if (problem) throw new UsageError(problem);
    return { model: session.services.kinerja.WorkspaceModel.get(), configs: session.configs, language: session.language };
}

export async function runDiff(args: string[], options: DiffOptions, usageLang: Language): Promise<number> {
    if (args.length < 1 || args.length > 3) throw new UsageError(diffText(usageLang, 'error.arguments'));
    const [a, b, given] = args;
    const folders = [a, b].filter((x): x is string => x !== undefined && isFolder(x));
    const dir = given ?? (folders.length === 1 ? folders[0] : '.');
    if (!isFolder(dir)) throw new UsageError(diffText(usageLang, 'error.not-a-folder', { dir }));
    const sides: Side[] = [];
    try {
        sides.push(await openSide(a, dir, usageLang));
        sides.push(await openSide(b, dir, usageLang));
        const before = await load(sides[0], options, usageLang);
        const after = await load(sides[1], options, usageLang);
        const lang = options.lang ?? after.language;
        const year = options.year ?? defaultYear(after.model) ?? defaultYear(before.model);
        const quarter = options.quarter ?? (options.year === undefined && year !== undefined ? defaultQuarter(after.model, year) : undefined);
        const diff = compareWorkspaces(before, after, year, quarter);
        const names = { a: sides[0].label, b: sides[1].label, lang, version: packageInfo().version };
        const output = options.format === 'json' ? renderDiffJson(diff, names)
            : options.format === 'md' ? renderDiffMarkdown(diff, names)
            : renderDiffText(diff, names);
        const failed = options.failOn === 'unrevised' && unrevisedChanges(diff).length > 0;
        try {
            await writeOutput(output, undefined, { lang: usageLang });
        } catch (err) {
            if (!(err instanceof StdoutClosed)) throw err;
        }
        return failed ? 1 : 0;
    } finally {
        for (const side of sides) side.revision?.dispose();
    }
}

type Say = (key: CliMessageKey, params?: Record<string, string | number>) => string;

/** `kinerja diff`, registered on the program (src/cli/main.ts). */
export function diffCommand(program: Command, lang: Language, say: Say, integer: (name: string, min: number, max: number) => (value: string) => number,
    quarter: (value: string) => number): void {
    program.command('diff')
        .description(diffText(lang, 'help.diff'))
        .usage(diffText(lang, 'help.usage'))
        .showHelpAfterError(say('error.seeHelp', { command: 'diff' }))
        .argument('<a>', diffText(lang, 'help.a'))
        .argument('[b]', diffText(lang, 'help.b'))
        .argument('[dir]', diffText(lang, 'help.dir'))
        .addOption(new Option('--format <format>', diffText(lang, 'help.format')).choices([...DIFF_FORMATS]).default('text'))
        .addOption(new Option('--fail-on <what>', diffText(lang, 'help.failOn')).choices(['unrevised']))
        .option('--year <year>', diffText(lang, 'help.year'), integer('--year', 1900, 2999))
        .option('--quarter <q>', diffText(lang, 'help.quarter'), quarter)
        .addOption(new Option('--lang <lang>', say('help.lang')).choices(['id', 'en']))
        .addOption(new Option('--config <file>', say('help.config')))
        .action(async (a: string, b: string | undefined, dir: string | undefined, options: DiffOptions) => {
            const args = [a, b, dir].filter((x): x is string => x !== undefined);
            process.exitCode = await runDiff(args, options, lang);
        });
}
