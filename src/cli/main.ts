/**
 * The `kinerja` command line: `check` and `report`. Exit codes: 0 clean, 1 findings that
 * fail the run (errors; warnings too with --fail-on warning or --max-warnings), 2 usage
 * errors, unreadable paths or a broken config file, each with one clear message.
 */
import { dirname, resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option, type Help } from 'commander';
import { escapeJsonControls, visibleControls } from '../common/controls.js';
import { ConfigError, withRankingLowest, type Language } from '../engine/config.js';
import { evaluateWorkspace } from '../engine/evaluate.js';
import { usageLanguage } from './language.js';
import { cliMessage, type CliMessageKey } from './messages.js';
import type { CsvSeparator } from '../report/formats/csv.js';
import { REPORT_FORMAT_IDS, reportFormat, UnknownTableError, type FormatOption, type ReportFormat } from '../report/formats/registry.js';
import { ChromiumFailedError, ChromiumNotFoundError, CHROMIUM_ENV, findChromium } from '../report/formats/chromium.js';
import { jsonReport } from '../report/json-report.js';
import { buildReportData, buildTemplateData, periodFacts, REPORT_KINDS, UnknownOrganisationError, type ReportKind } from '../report/kinds/index.js';
import { FILL_IN_PERIODS } from '../common/fill-in-sheet.js';
import { periodNotice } from '../report/messages.js';
import { LoadError } from '../workspace/loader.js';
import { collectFindings, formatJson, formatText, summary } from './check.js';
import { formatGithub } from './github.js';
import { initWorkspace, type InitOptions } from './init.js';
import { describeConflicts, describeProblems, describeWarnings, diffOfChanges, diffOfNewFiles, exportWorkbook, importWorkbook } from './transfer.js';
import { ImportConflicts } from '../import/merge.js';
import { ImportFailed } from '../import/problems.js';
import { importMessage } from '../import/messages.js';
import { checkOutTarget, StdoutClosed, writeOutput, writeStdout, type OutOptions } from './output.js';
import { checkOutFolder, indexPath, isFolderOut, writeFolderAtomic } from './out-folder.js';
import { ReportProgress } from './report-progress.js';
import { packageInfo } from './package-info.js';
import { formatSarif } from './sarif.js';
import { openSession, UsageError, type Session } from './session.js';
import { diffCommand } from './diff.js';
import { digestInputs, inputFiles, makeProvenance, recordedPath } from './provenance.js';
import type { Provenance, RebuildOptions } from '../report/provenance.js';
import type { HtmlFolder } from '../report/html/folder.js';

interface CommonOptions { lang?: Language; config?: string }

/** How a run gets its document's provenance: made fresh, or (kinerja verify) the recorded one once the inputs are checked. */
export type Stamp = (session: Session) => Provenance | Promise<Provenance>;

/** A report run: writing a document, or (kinerja verify, src/cli/verify.ts) rebuilding one to compare. */
export interface RunMode {
    stamp: Stamp;
    /** Rebuilding: nothing about --out is checked, nothing written, no notice printed, an HTML folder given back. */
    rebuilding: boolean;
    /** Rebuilding an HTML folder (or a single file named like a folder). */
    folder?: boolean;
}

/** The options that decide a document's content, as its provenance records them. */
export function rebuildOptions(paths: string[], options: ReportOptions): RebuildOptions {
    const o: RebuildOptions = { paths: (paths.length ? paths : ['.']).map(p => recordedPath(p)), format: options.format, year: options.year };
    if (options.kind !== undefined) o.kind = options.kind;
    if (options.quarter !== undefined) o.quarter = options.quarter;
    if (options.instansi !== undefined) o.instansi = options.instansi;
    if (options.lang !== undefined) o.lang = options.lang;
    if (options.lowest !== undefined) o.lowest = options.lowest;
    if (options.separator !== undefined) o.separator = options.separator;
    if (options.table !== undefined) o.table = options.table;
    if (options.config !== undefined) o.config = recordedPath(options.config);
    if (options.out !== undefined) o.out = recordedPath(options.out);
    return o;
}

function freshStamp(paths: string[], options: ReportOptions): Stamp {
    return session => makeProvenance(digestInputs(inputFiles(session)), `kinerja ${packageInfo().version}`, rebuildOptions(paths, options));
}

/** What the command line prints in the usage language (src/cli/language.ts). */
type Say = (key: CliMessageKey, params?: Record<string, string | number>) => string;

function integer(say: Say, name: string, min: number, max: number) {
    return (value: string) => {
        if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
            throw new InvalidArgumentError(say('usage.whole-number', { option: name, min, max }));
        }
        return Number(value);
    };
}

function quarter(say: Say) {
    return (value: string): number => {
        const m = /^(?:tw)?([1-4])$/i.exec(value);
        if (!m) throw new InvalidArgumentError(say('usage.quarter'));
        return Number(m[1]);
    };
}

function period(say: Say) {
    return (value: string): string => {
        const word = value.toLowerCase();
        if (!(FILL_IN_PERIODS as readonly string[]).includes(word)) throw new InvalidArgumentError(say('usage.period'));
        return word;
    };
}

/**
 * commander's own errors in the usage language: it writes them in English, in a few
 * fixed shapes (see commander/lib/command.js), which are read back here.
 */
export function translateCommanderError(text: string, say: Say): string {
    const body = text.replace(/^error: /, '').trimEnd();
    const quoted = (s: string) => s;
    const suggestion = /\n\(Did you mean (?:one of )?([^?]+)\?\)$/.exec(body)?.[1] ?? '';
    const head = body.replace(/\n\(Did you mean[^)]*\)$/, '');
    let m: RegExpExecArray | null;
    let message: string;
    if ((m = /^required option ('[^']+') not specified$/.exec(head))) message = say('error.missingMandatoryOptionValue', { option: quoted(m[1]) });
    else if ((m = /^option ('[^']+') argument missing$/.exec(head))) message = say('error.optionMissingArgument', { option: m[1] });
    else if ((m = /^missing required argument ('[^']+')$/.exec(head))) message = say('error.missingArgument', { argument: m[1] });
    else if ((m = /^unknown option ('[^']+')$/.exec(head))) message = say('error.unknownOption', { option: m[1], suggestion });
    else if ((m = /^unknown command ('[^']+')$/.exec(head))) message = say('error.unknownCommand', { command: m[1], suggestion });
    else if ((m = /^option '([^']+)' argument ('[^']*') is invalid\. Allowed choices are (.*)\.$/s.exec(head))) {
        message = say('error.invalidChoice', { option: `'${m[1].split(' ')[0]}'`, value: m[2], choices: m[3] });
    } else if ((m = /^option '([^']+)' argument ('[^']*') is invalid\. (.*)$/s.exec(head))) {
        message = say('error.invalidArgument', { option: `'${m[1].split(' ')[0]}'`, value: m[2], reason: m[3] });
    } else if (/^too many arguments/.test(head)) message = say('error.excessArguments');
    else message = head;
    // The values quoted from the command line are shown with their controls visible.
    return `kinerja: ${visibleControls(message)}\n`;
}

/** commander's help, with its titles and the notes on choices and defaults in the usage language. */
function localisedHelp(say: Say): Partial<Help> {
    const titles: Record<string, CliMessageKey> = {
        'Usage:': 'help.title.Usage:', 'Options:': 'help.title.Options:', 'Arguments:': 'help.title.Arguments:', 'Commands:': 'help.title.Commands:'
    };
    return {
        styleTitle: (title: string) => (titles[title] ? say(titles[title]) : title),
        subcommandTerm: (cmd: Command) => `${cmd.name()} ${cmd.usage()}`,
        optionDescription(option: Option): string {
            const extra: string[] = [];
            if (option.argChoices) extra.push(`${say('help.choices')}: ${option.argChoices.map(c => JSON.stringify(c)).join(', ')}`);
            if (option.defaultValue !== undefined && (option.required || option.optional)) extra.push(`${say('help.default')}: ${option.defaultValueDescription ?? String(option.defaultValue)}`);
            return extra.length ? `${option.description} (${extra.join('; ')})` : option.description;
        }
    };
}

export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type CheckFormat = typeof CHECK_FORMATS[number];

/** The check format: the one given, else `github` inside GitHub Actions, else `text`. */
export function checkFormat(given: string | undefined, env: NodeJS.ProcessEnv = process.env): CheckFormat {
    if (given) return given as CheckFormat;
    const actions = env.GITHUB_ACTIONS;
    return actions && actions !== 'false' ? 'github' : 'text';
}

export interface ReportOptions extends CommonOptions {
    year: number;
    quarter?: number;
    kind?: ReportKind | 'template' | 'lkjip';
    /** template: its period (or --quarter). */
    period?: string;
    /** template: the organisations to write. */
    instansi?: string[];
    format: ReportFormat;
    lowest?: number;
    separator?: CsvSeparator;
    table?: string;
    chromium?: string;
    out?: string;
    force?: boolean;
}

/**
 * `kinerja report`: the report in the requested kind and format, as text or bytes; or,
 * for HTML with `--out DIR`, the report written as a folder (src/cli/out-folder.ts), and
 * nothing returned.
 */
export async function report(paths: string[], options: ReportOptions, usageLang: Language, progress: ReportProgress,
    mode: RunMode = { stamp: freshStamp(paths, options), rebuilding: false }): Promise<string | Uint8Array | HtmlFolder | undefined> {
    if (options.kind === 'template') return template(paths, options, usageLang);
    if (options.period !== undefined) throw new UsageError(cliMessage(usageLang, 'usage.template-only', { option: '--period' }));
    if (options.kind === 'lkjip') return lkjip(paths, options, usageLang, mode);
    if (options.instansi !== undefined && options.kind !== 'e81') throw new UsageError(cliMessage(usageLang, 'usage.instansi-kinds', { option: '--instansi' }));
    const format = reportFormat(options.format);
    const formatKinds = format.kinds;
    if (formatKinds && !formatKinds.includes(options.kind ?? 'annual')) {
        throw new UsageError(cliMessage(usageLang, 'usage.format-kinds', { format: format.id, kinds: [...formatKinds, 'lkjip'].join(', '), kind: options.kind ?? 'annual' }));
    }
    for (const option of ['separator', 'table', 'chromium'] as const satisfies readonly FormatOption[]) {
        if (options[option] !== undefined && !format.options.includes(option)) {
            throw new UsageError(cliMessage(usageLang, 'usage.option-format-only', { option: `--${option}`, format: formatsTaking(option) }));
        }
    }
    if (options.kind === 'quarterly' && options.quarter === undefined) throw new UsageError(cliMessage(usageLang, 'usage.quarterly-needs-quarter'));
    if (options.kind === 'e81' && options.quarter === undefined) throw new UsageError(cliMessage(usageLang, 'usage.e81-needs-quarter'));
    // Only the ranking flags agencies, and the JSON contract, which holds needsAssistance.
    if (options.lowest !== undefined && options.kind !== 'ranking' && format.id !== 'json') throw new UsageError(cliMessage(usageLang, 'usage.lowest-ranking-only'));
    if (format.binary && !options.out && process.stdout.isTTY && !mode.rebuilding) throw new UsageError(cliMessage(usageLang, 'usage.binary-to-terminal', { format: format.id }));
    // `--out DIR` with HTML: a folder, an overview page and a page per agency.
    const folder = options.out !== undefined && format.id === 'html' && (mode.folder ?? isFolderOut(options.out));
    // The browser that prints a PDF is looked for before the work, not after it.
    const chromium = format.id === 'pdf' ? chromiumOrUsage(options.chromium, usageLang) : undefined;
    // Refuse an --out that may not be written before the work, not after it.
    if (options.out && !mode.rebuilding) {
        if (folder) checkOutFolder(options.out, usageLang);
        else checkOutTarget(options.out, { force: options.force, lang: usageLang });
    }

    // Without --kind, JSON is exactly the contract of docs/report-json.md (no checking needed).
    const plain = format.id === 'json' && options.kind === undefined;
    const session = await openSession(paths, options, !plain);
    const lang = session.language;
    const configs = options.lowest === undefined ? session.configs : withRankingLowest(session.configs, options.lowest);
    const model = session.services.kinerja.WorkspaceModel.get();
    const contract = () => jsonReport(evaluateWorkspace(model, configs, options.year, options.quarter));
    // A year outside the plan period gives a report without figures: say so, whatever the format.
    const notice = periodNotice(lang, periodFacts(model, options.year));
    if (notice && !mode.rebuilding) process.stderr.write(`kinerja: ${visibleControls(notice)}\n`);
    if (plain) return escapeJsonControls(JSON.stringify(contract(), null, 2)) + '\n';
    // Every document but a table (its registry entry says `provenance: false`) says where it comes from (src/report/provenance.ts).
    const provenance = format.provenance === false ? undefined : await mode.stamp(session);

    const kind = options.kind ?? 'annual';
    const findings = collectFindings(session.documents).map(({ file, line, column, severity, code, message }) => ({ file, line, column, severity, code, message }));
    progress.preparing();
    let data;
    try {
        data = buildReportData(kind, model, configs, {
            year: options.year, quarter: kind === 'agreements' ? undefined : options.quarter, lowest: options.lowest, findings,
            organisations: options.instansi,
            // `bukti` paths are linked relative to where the report is written: the --out file's
            // folder (the --out folder itself for a folder), or the current folder for standard
            // output (`> report.html`).
            linkBase: options.out ? (folder ? resolve(options.out) : dirname(resolve(options.out))) : process.cwd(),
            // Files named in the report's text (the LKE's reasons) as kinerja check names them.
            fileBase: process.cwd()
        });
    } catch (err) {
        if (err instanceof UnknownOrganisationError) throw new UsageError(cliMessage(usageLang, 'usage.unknown-organisation', { ids: err.ids.join(', '), known: err.known.join(', ') }));
        throw err;
    }
    if (folder) {
        const [{ renderHtmlFolder }, { stampFolder }] = await Promise.all([import('../report/html/folder.js'), import('../report/provenance.js')]);
        const pages = stampFolder(renderHtmlFolder(data, { language: lang }), provenance!, lang);
        if (mode.rebuilding) return pages;
        await writeFolderAtomic(options.out!, pages, usageLang, done => progress.pages(done, pages.count));
        progress.done();
        process.stderr.write(`kinerja: ${visibleControls(cliMessage(usageLang, 'report.folder-written', { pages: pages.count, dir: options.out!, index: indexPath(options.out!) }))}\n`);
        return undefined;
    }
    progress.done();
    try {
        return await format.render({ data, contract, lang, version: packageInfo().version, separator: options.separator, table: options.table, chromium, provenance });
    } catch (err) {
        if (err instanceof UnknownTableError) throw new UsageError(cliMessage(usageLang, 'usage.unknown-table', { table: err.table, kind, tables: err.tables.join(', ') }));
        if (err instanceof ChromiumFailedError) throw new UsageError(cliMessage(usageLang, 'usage.chromium-failed', { path: err.path, reason: err.reason }));
        throw err;
    }
}

/** The formats of the registry that take a format-only option, for the message refusing it elsewhere (`csv`). */
function formatsTaking(option: FormatOption): string {
    return REPORT_FORMAT_IDS.filter(id => reportFormat(id).options.includes(option)).join(', ');
}

/** The browser for `--format pdf` (src/report/formats/chromium.ts), or a usage error (exit 2) saying how to get one. */
export function chromiumOrUsage(option: string | undefined, usageLang: Language, env: NodeJS.ProcessEnv = process.env,
    platform: NodeJS.Platform = process.platform, exists?: (path: string) => boolean): string {
    try {
        return findChromium(option, env, platform, exists);
    } catch (err) {
        if (!(err instanceof ChromiumNotFoundError)) throw err;
        if (!err.given) throw new UsageError(cliMessage(usageLang, 'usage.chromium-missing'));
        throw new UsageError(cliMessage(usageLang, 'usage.chromium-not-there', { path: err.given.path, from: err.given.from === 'option' ? '--chromium' : CHROMIUM_ENV }));
    }
}

/**
 * `kinerja report --kind lkjip`: the LKjIP of the year (src/report/kinds/lkjip.ts), one
 * chapter set per organisation (`--instansi` chooses; else every organisation with
 * indicators or an agreement in the year), as HTML (always one file),
 * markdown, Word, PDF (the HTML printed by Chromium) or the kind's JSON. The whole year: `--quarter` is refused.
 */
async function lkjip(paths: string[], options: ReportOptions, usageLang: Language, mode: RunMode): Promise<string | Uint8Array> {
    const format = options.format;
    if (format !== 'html' && format !== 'md' && format !== 'json' && format !== 'docx' && format !== 'pdf') throw new UsageError(cliMessage(usageLang, 'usage.lkjip-formats', { format }));
    if (options.quarter !== undefined) throw new UsageError(cliMessage(usageLang, 'usage.lkjip-year'));
    for (const option of ['separator', 'table', 'lowest'] as const) {
        if (options[option] !== undefined) throw new UsageError(cliMessage(usageLang, 'usage.option-format-only', { option: `--${option}`, format: option === 'lowest' ? 'ranking, json' : formatsTaking(option) }));
    }
    if (options.chromium !== undefined && format !== 'pdf') throw new UsageError(cliMessage(usageLang, 'usage.option-format-only', { option: '--chromium', format: 'pdf' }));
    if ((format === 'docx' || format === 'pdf') && !options.out && process.stdout.isTTY && !mode.rebuilding) throw new UsageError(cliMessage(usageLang, 'usage.binary-to-terminal', { format }));
    // The browser is looked for before any work, as for the other kinds.
    const chromium = format === 'pdf' ? chromiumOrUsage(options.chromium, usageLang) : undefined;
    if (options.out && !mode.rebuilding) checkOutTarget(options.out, { force: options.force, lang: usageLang });
    const session = await openSession(paths, options, true);
    const lang = session.language;
    const model = session.services.kinerja.WorkspaceModel.get();
    const notice = periodNotice(lang, periodFacts(model, options.year));
    if (notice && !mode.rebuilding) process.stderr.write(`kinerja: ${visibleControls(notice)}\n`);
    const provenance = await mode.stamp(session);
    const findings = collectFindings(session.documents).map(({ file, line, column, severity, code, message }) => ({ file, line, column, severity, code, message }));
    const { buildLkjipReport } = await import('../report/kinds/lkjip.js');
    let data;
    try {
        data = buildLkjipReport(model, session.configs, {
            year: options.year, findings, organisations: options.instansi,
            linkBase: options.out ? dirname(resolve(options.out)) : process.cwd(), fileBase: process.cwd()
        });
    } catch (err) {
        if (err instanceof UnknownOrganisationError) throw new UsageError(cliMessage(usageLang, 'usage.unknown-organisation', { ids: err.ids.join(', '), known: err.known.join(', ') }));
        throw err;
    }
    const version = packageInfo().version;
    if (format === 'json') {
        const { renderKindJson } = await import('../report/formats/json.js');
        return renderKindJson(jsonReport(evaluateWorkspace(model, session.configs, options.year)), data, provenance);
    }
    const [{ lkjipDocument }, { documentHtml, documentMarkdown }, { stampHtml, stampMarkdown }] = await Promise.all([
        import('../report/formats/lkjip.js'), import('../report/formats/document.js'), import('../report/provenance.js')]);
    const doc = lkjipDocument(data, lang);
    if (format === 'md') return stampMarkdown(documentMarkdown(doc, version), provenance, lang);
    if (format === 'html') return stampHtml(documentHtml(doc, lang), provenance, lang);
    if (format === 'pdf') {
        const { renderPdf } = await import('../report/formats/pdf.js');
        try {
            return await renderPdf(stampHtml(documentHtml(doc, lang), provenance, lang), { lang, version, chromium: chromium!, provenance });
        } catch (err) {
            if (err instanceof ChromiumFailedError) throw new UsageError(cliMessage(usageLang, 'usage.chromium-failed', { path: err.path, reason: err.reason }));
            throw err;
        }
    }
    const { renderDocx } = await import('../report/formats/docx.js');
    return renderDocx(doc, { creator: `kinerja ${version}`, provenance, lang });
}

/**
 * `kinerja report --kind template --format xlsx`: the fill-in workbook of a year and a
 * period (`--period`, or `--quarter`), one sheet per organisation (`--instansi` chooses).
 * Written whatever the findings, like every report.
 */
async function template(paths: string[], options: ReportOptions, usageLang: Language): Promise<Uint8Array> {
    if (options.format !== 'xlsx') throw new UsageError(cliMessage(usageLang, 'usage.template-xlsx-only', { format: options.format }));
    for (const option of ['separator', 'table', 'lowest', 'chromium'] as const) {
        if (options[option] !== undefined) throw new UsageError(cliMessage(usageLang, 'usage.option-format-only', { option: `--${option}`, format: option === 'lowest' ? 'ranking, json' : formatsTaking(option) }));
    }
    const quarter = options.quarter !== undefined ? `tw${options.quarter}` : undefined;
    if (options.period !== undefined && quarter !== undefined && options.period !== quarter) {
        throw new UsageError(cliMessage(usageLang, 'usage.period-and-quarter', { period: options.period, quarter: String(options.quarter) }));
    }
    const period = options.period ?? quarter;
    if (!period) throw new UsageError(cliMessage(usageLang, 'usage.template-needs-period'));
    if (!options.out && process.stdout.isTTY) throw new UsageError(cliMessage(usageLang, 'usage.binary-to-terminal', { format: 'xlsx' }));
    if (options.out) checkOutTarget(options.out, { force: options.force, lang: usageLang });
    const session = await openSession(paths, options, false);
    const model = session.services.kinerja.WorkspaceModel.get();
    const notice = periodNotice(session.language, periodFacts(model, options.year));
    if (notice) process.stderr.write(`kinerja: ${visibleControls(notice)}\n`);
    let data;
    try {
        data = buildTemplateData(model, { year: options.year, period, organisations: options.instansi });
    } catch (err) {
        if (err instanceof UnknownOrganisationError) throw new UsageError(cliMessage(usageLang, 'usage.unknown-organisation', { ids: err.ids.join(', '), known: err.known.join(', ') }));
        throw err;
    }
    const { renderTemplateXlsx } = await import('../report/formats/template-xlsx.js');
    return renderTemplateXlsx(data, { lang: session.language, creator: `kinerja ${packageInfo().version}` });
}

/**
 * Writes the command's output (writeOutput). A reader that stopped reading standard
 * output early (`kinerja check | head`) is not an error: the command ends quietly with
 * the exit code it would have had. A failed write throws OutputError (exit 2).
 */
async function emit(data: string | Uint8Array, out: string | undefined, options: OutOptions): Promise<void> {
    try {
        await writeOutput(data, out, options);
    } catch (err) {
        if (!(err instanceof StdoutClosed)) throw err;
    }
}

/** Help and version text (commander's writeOut), written like the command's output. */
let pendingHelp: Promise<void> = Promise.resolve();

/** The command line, with its help and usage errors in `lang` (src/cli/language.ts). */
export function buildProgram(lang: Language = 'id'): Command {
    const say: Say = (key, params) => cliMessage(lang, key, params);
    const langOption = () => new Option('--lang <lang>', say('help.lang')).choices(['id', 'en']);
    const configOption = () => new Option('--config <file>', say('help.config'));
    const outOption = (help: CliMessageKey = 'help.out') => new Option('--out <file>', say(help));
    const forceOption = () => new Option('--force', say('help.force'));
    const program = new Command('kinerja')
        .description(say('help.program'))
        .usage(say('help.usage.program'))
        .version(packageInfo().version, '-V, --version', say('help.version'))
        .helpOption('-h, --help', say('help.help'))
        .helpCommand(`help ${say('help.usage.helpArgument')}`, say('help.helpCommand'))
        .configureHelp(localisedHelp(say))
        .configureOutput({
            outputError: (text, write) => write(translateCommanderError(text, say)),
            writeOut: text => { pendingHelp = pendingHelp.then(() => writeStdout(text, lang)); }
        })
        .showHelpAfterError(say('error.seeHelp', { command: '' }).replace('  ', ' '))
        .exitOverride();

    program.command('check')
        .description(say('help.check'))
        .usage(say('help.usage.command'))
        .showHelpAfterError(say('error.seeHelp', { command: 'check' }))
        .argument('[paths...]', say('help.paths'))
        .addOption(new Option('--format <format>', say('help.check.format')).choices([...CHECK_FORMATS]))
        .addOption(outOption())
        .addOption(forceOption())
        .addOption(new Option('--fail-on <severity>', say('help.failOn')).choices(['error', 'warning']).default('error'))
        .option('--max-warnings <n>', say('help.maxWarnings'), integer(say, '--max-warnings', 0, 1e9))
        .addOption(langOption())
        .addOption(configOption())
        .action(async (paths: string[], options: CommonOptions & { format?: string; out?: string; force?: boolean; failOn: string; maxWarnings?: number }) => {
            const format = checkFormat(options.format);
            const out: OutOptions = { force: options.force, lang };
            // Refuse an --out that may not be written before the work, not after it.
            if (options.out) checkOutTarget(options.out, out);
            const session = await openSession(paths, options);
            const findings = collectFindings(session.documents);
            const findingsLang = session.language;
            const output = format === 'json' ? formatJson(findings)
                : format === 'sarif' ? formatSarif(findings, { lang: findingsLang })
                : format === 'github' ? formatGithub(findings)
                : formatText(findings);
            const errors = findings.filter(f => f.severity === 'error').length;
            const warnings = findings.filter(f => f.severity === 'warning').length;
            const failed = errors > 0
                || (options.failOn === 'warning' && warnings > 0)
                || (options.maxWarnings !== undefined && warnings > options.maxWarnings);
            // The verdict stands even when the reader stops reading early (`| head`).
            process.exitCode = failed ? 1 : 0;
            await emit(output, options.out, out);
            // The summary goes to stderr beside human-readable output, or when the data went to a file.
            if (format === 'text' || format === 'github' || options.out) process.stderr.write(summary(findings, session.files.length, findingsLang) + '\n');
        });

    program.command('report')
        .description(say('help.report'))
        .usage(say('help.usage.command'))
        .showHelpAfterError(say('error.seeHelp', { command: 'report' }))
        .argument('[paths...]', say('help.paths'))
        .requiredOption('--year <year>', say('help.year'), integer(say, '--year', 1900, 2999))
        .option('--quarter <q>', say('help.quarter'), quarter(say))
        .addOption(new Option('--kind <kind>', say('help.kind')).choices([...REPORT_KINDS, 'template', 'lkjip']))
        .addOption(new Option('--format <format>', say('help.report.format')).choices([...REPORT_FORMAT_IDS]).default('json'))
        .option('--lowest <n>', say('help.lowest'), integer(say, '--lowest', 0, 1e6))
        .addOption(new Option('--separator <char>', say('help.separator', { formats: formatsTaking('separator') })).choices([',', ';']))
        .option('--table <id>', say('help.table', { formats: formatsTaking('table') }))
        .option('--chromium <path>', say('help.chromium', { formats: formatsTaking('chromium') }))
        .option('--period <period>', say('help.period'), period(say))
        .option('--instansi <id...>', say('help.instansi'))
        .addOption(outOption('help.report.out'))
        .addOption(forceOption())
        .addOption(langOption())
        .addOption(configOption())
        .action(async (paths: string[], options: ReportOptions) => {
            // Started with the command: a run longer than two seconds shows its progress on a terminal.
            const progress = new ReportProgress(lang);
            let output;
            try {
                output = await report(paths, options, lang, progress);
            } finally {
                progress.done();
            }
            if (typeof output === 'string' || output instanceof Uint8Array) await emit(output, options.out, { force: options.force, lang });
        });
    program.command('verify')
        .description(say('help.verify'))
        .usage(say('help.usage.command'))
        .showHelpAfterError(say('error.seeHelp', { command: 'verify' }))
        .argument('<document>', say('help.verify.document'))
        .argument('[workspace]', say('help.verify.workspace'))
        .option('--chromium <path>', say('help.chromium', { formats: formatsTaking('chromium') }))
        .addOption(langOption())
        .action(async (document: string, workspace: string | undefined, options: { lang?: Language; chromium?: string }) => {
            const { verifyDocument } = await import('./verify.js');
            const result = await verifyDocument(document, workspace, options, lang, report);
            await writeStdout(`kinerja: ${visibleControls(result.message)}\n`, lang);
            process.exitCode = result.code;
        });
    program.command('export')
        .description(say('help.export'))
        .showHelpAfterError(say('error.seeHelp', { command: 'export' }))
        .argument('[paths...]', say('help.paths'))
        .addOption(outOption())
        .addOption(forceOption())
        .addOption(langOption())
        .addOption(configOption())
        .action(async (paths: string[], options: CommonOptions & { out?: string; force?: boolean }) => {
            const out: OutOptions = { force: options.force, lang };
            if (!options.out && process.stdout.isTTY) throw new UsageError(say('usage.binary-to-terminal', { format: 'xlsx' }));
            if (options.out) checkOutTarget(options.out, out);
            const result = await exportWorkbook(paths, options);
            if (!result.bytes) {
                process.stderr.write(`kinerja: ${importMessage(result.lang, 'export.errors', { count: result.errors })}\n`);
                process.exitCode = 1;
                return;
            }
            await emit(result.bytes, options.out, out);
        });

    program.command('import')
        .description(say('help.import'))
        .showHelpAfterError(say('error.seeHelp', { command: 'import' }))
        .argument('<files...>', say('help.import.file'))
        .option('--into <dir>', say('help.import.into'), '.')
        .option('--dry-run', say('help.import.dryRun'))
        .addOption(new Option('--notation <notation>', say('help.import.notation')).choices(['id', 'en']))
        .option('--replace', say('help.import.replace'))
        .option('--mapping <file>', say('help.import.mapping'))
        .option('--instansi <id>', say('help.import.instansi'))
        .addOption(new Option('--tahun <year>', say('help.import.tahun')).argParser(integer(say, '--tahun', 1900, 2999)))
        .addOption(langOption())
        .action(async (files: string[], options: { into: string; dryRun?: boolean; notation?: 'id' | 'en'; replace?: boolean; mapping?: string; instansi?: string; tahun?: number }) => {
            try {
                const result = await importWorkbook(files, options, lang);
                if (result.kind !== 'workspace-errors') process.stderr.write(describeWarnings(result.warnings).split('\n').map(visibleControls).join('\n'));
                if (result.kind === 'workspace-errors') {
                    process.stderr.write(`kinerja: ${importMessage(lang, 'merge.workspace-errors', { dir: options.into, count: result.errors })}\n`);
                    process.exitCode = 1;
                } else if (result.kind === 'merge') {
                    const counts = { files: result.changes.length, dir: options.into, inserted: result.inserted, replaced: result.replaced };
                    if (!result.changes.length) process.stderr.write(importMessage(lang, 'merge.unchanged', { dir: options.into }) + '\n');
                    else if (!result.written) {
                        await emit(diffOfChanges(result.changes), undefined, { lang });
                        process.stderr.write(importMessage(lang, 'merge.dry-run', counts) + '\n');
                    } else process.stderr.write(importMessage(lang, 'merge.done', { ...counts, names: result.changes.map(c => c.path).join(', ') }) + '\n');
                } else if (!result.written) {
                    await emit(diffOfNewFiles(options.into, result.files), undefined, { lang });
                    process.stderr.write(importMessage(lang, 'dry-run', { files: result.files.size, dir: options.into }) + '\n');
                } else {
                    const names = [...result.files.keys()].join(', ');
                    process.stderr.write(importMessage(lang, 'done', { files: result.files.size, dir: options.into, names }) + '\n');
                }
            } catch (err) {
                // One problem or conflict a line: controls in sheet texts shown visibly, line by line.
                if (err instanceof ImportFailed) process.stderr.write(describeProblems(err, files, lang).split('\n').map(visibleControls).join('\n'));
                else if (err instanceof ImportConflicts) process.stderr.write(describeConflicts(err, files, lang).split('\n').map(visibleControls).join('\n'));
                else throw err;
                process.exitCode = 1;
            }
        });

    diffCommand(program, lang, say, (name, min, max) => integer(say, name, min, max), quarter(say));

    program.command('init')
        .description(say('help.init'))
        .showHelpAfterError(say('error.seeHelp', { command: 'init' }))
        .argument('[dir]', say('help.init.dir'), '.')
        .option('--pemda <id-and-name...>', say('help.init.pemda'))
        .option('--instansi <id-and-name...>', say('help.init.instansi'))
        .option('--periode <years>', say('help.init.periode'))
        .addOption(langOption())
        .action((dir: string, options: InitOptions) => {
            const written = initWorkspace(dir, options, lang);
            process.stderr.write(say('init.done', { dir, files: written.join(', ') }) + '\n');
        });
    return program;
}

let stderrGuarded = false;

export async function main(argv: string[]): Promise<number> {
    // A closed stderr (`2>&1 | head`) must not end the process with an unhandled error.
    if (!stderrGuarded) {
        process.stderr.on('error', () => { /* nowhere left to say it */ });
        stderrGuarded = true;
    }
    const lang = usageLanguage(argv);
    const program = buildProgram(lang);
    pendingHelp = Promise.resolve();
    try {
        try {
            await program.parseAsync(argv, { from: 'user' });
        } finally {
            await pendingHelp.catch(err => { if (!(err instanceof StdoutClosed)) throw err; });
        }
        return typeof process.exitCode === 'number' ? process.exitCode : 0;
    } catch (err) {
        if (err instanceof CommanderError) {
            // Help and version exit 0; everything else commander rejects is a usage error.
            return err.exitCode === 0 ? 0 : 2;
        }
        // Messages quote file names and text from the files: controls shown visibly.
        if (err instanceof LoadError || err instanceof ConfigError) {
            process.stderr.write(`kinerja: ${visibleControls(err.messageIn(lang))}\n`);
            return 2;
        }
        if (err instanceof UsageError) {
            process.stderr.write(`kinerja: ${visibleControls(err.message)}\n`);
            return 2;
        }
        throw err;
    }
}
