/**
 * The `kinerja` command line: `check` and `report`. Exit codes: 0 clean, 1 findings that
 * fail the run (errors; warnings too with --fail-on warning or --max-warnings), 2 usage
 * errors, unreadable paths or a broken config file, each with one clear message.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ConfigError, withRankingLowest, type Language } from '../engine/config.js';
import { evaluateWorkspace } from '../engine/evaluate.js';
import { cliMessage } from './messages.js';
import type { CsvSeparator } from '../report/formats/csv.js';
import { REPORT_FORMAT_IDS, reportFormat, UnknownTableError, type FormatOption, type ReportFormat } from '../report/formats/registry.js';
import { jsonReport } from '../report/json-report.js';
import { buildReportData, periodFacts, REPORT_KINDS, type ReportKind } from '../report/kinds/index.js';
import { periodNotice } from '../report/messages.js';
import { LoadError } from '../workspace/loader.js';
import { collectFindings, formatJson, formatText, summary } from './check.js';
import { formatGithub } from './github.js';
import { checkOutTarget, writeOutput, type OutOptions } from './output.js';
import { packageInfo } from './package-info.js';
import { formatSarif } from './sarif.js';
import { openSession, UsageError } from './session.js';

interface CommonOptions { lang?: Language; config?: string }

function integer(name: string, min: number, max: number) {
    return (value: string) => {
        if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
            throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}.`);
        }
        return Number(value);
    };
}

function quarter(value: string): number {
    const m = /^(?:tw)?([1-4])$/i.exec(value);
    if (!m) throw new InvalidArgumentError('the quarter must be 1, 2, 3 or 4 (or tw1..tw4).');
    return Number(m[1]);
}

const langOption = () => new Option('--lang <lang>', 'message language: id (Bahasa Indonesia) or en').choices(['id', 'en']);
const configOption = () => new Option('--config <file>', 'project config file (default: nearest kinerja.config.json)');
const outOption = () => new Option('--out <file>', 'write to this file (atomically) instead of standard output; an existing file is replaced only if it is empty or a previous kinerja output');
const forceOption = () => new Option('--force', 'with --out: also replace a file that is not a previous kinerja output, or a symbolic link (the link itself; its target is never written)');

export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type CheckFormat = typeof CHECK_FORMATS[number];

/** The check format: the one given, else `github` inside GitHub Actions, else `text`. */
export function checkFormat(given: string | undefined, env: NodeJS.ProcessEnv = process.env): CheckFormat {
    if (given) return given as CheckFormat;
    const actions = env.GITHUB_ACTIONS;
    return actions && actions !== 'false' ? 'github' : 'text';
}

interface ReportOptions extends CommonOptions {
    year: number;
    quarter?: number;
    kind?: ReportKind;
    format: ReportFormat;
    lowest?: number;
    separator?: CsvSeparator;
    table?: string;
    out?: string;
    force?: boolean;
}

/** `kinerja report`: the report in the requested kind and format, as text or bytes. */
async function report(paths: string[], options: ReportOptions): Promise<string | Uint8Array> {
    const usageLang = options.lang ?? 'en';
    const format = reportFormat(options.format);
    for (const option of ['separator', 'table'] as const satisfies readonly FormatOption[]) {
        if (options[option] !== undefined && !format.options.includes(option)) {
            const takes = REPORT_FORMAT_IDS.filter(id => reportFormat(id).options.includes(option)).join(', ');
            throw new UsageError(cliMessage(usageLang, 'usage.option-format-only', { option: `--${option}`, format: takes }));
        }
    }
    if (options.kind === 'quarterly' && options.quarter === undefined) throw new UsageError(cliMessage(usageLang, 'usage.quarterly-needs-quarter'));
    if (format.binary && !options.out && process.stdout.isTTY) throw new UsageError(cliMessage(usageLang, 'usage.binary-to-terminal', { format: format.id }));
    // Refuse an --out that may not be written before the work, not after it.
    if (options.out) checkOutTarget(options.out, { force: options.force, lang: usageLang });

    // Without --kind, JSON is exactly the contract of docs/report-json.md (no checking needed).
    const plain = format.id === 'json' && options.kind === undefined;
    const session = await openSession(paths, options, !plain);
    const lang = session.language;
    const configs = options.lowest === undefined ? session.configs : withRankingLowest(session.configs, options.lowest);
    const model = session.services.kinerja.WorkspaceModel.get();
    const contract = () => jsonReport(evaluateWorkspace(model, configs, options.year, options.quarter));
    // A year outside the plan period gives a report without figures: say so, whatever the format.
    const notice = periodNotice(lang, periodFacts(model, options.year));
    if (notice) process.stderr.write(`kinerja: ${notice}\n`);
    if (plain) return JSON.stringify(contract(), null, 2) + '\n';

    const kind = options.kind ?? 'annual';
    const findings = collectFindings(session.documents).map(({ file, line, column, severity, code, message }) => ({ file, line, column, severity, code, message }));
    const data = buildReportData(kind, model, configs, {
        year: options.year, quarter: kind === 'agreements' ? undefined : options.quarter, lowest: options.lowest, findings
    });
    try {
        return await format.render({ data, contract, lang, version: packageInfo().version, separator: options.separator, table: options.table });
    } catch (err) {
        if (err instanceof UnknownTableError) throw new UsageError(cliMessage(usageLang, 'usage.unknown-table', { table: err.table, kind, tables: err.tables.join(', ') }));
        throw err;
    }
}

export function buildProgram(): Command {
    const program = new Command('kinerja')
        .description('Kinerja: SAKIP performance accountability — check .kinerja files and write evaluation reports')
        .version(packageInfo().version)
        .showHelpAfterError()
        .exitOverride();

    program.command('check')
        .description('check .kinerja files and folders for findings')
        .argument('[paths...]', 'files or folders (default: the current folder)')
        .addOption(new Option('--format <format>', 'output format (default: github when GITHUB_ACTIONS is set, else text)').choices([...CHECK_FORMATS]))
        .addOption(outOption())
        .addOption(forceOption())
        .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the run').choices(['error', 'warning']).default('error'))
        .option('--max-warnings <n>', 'fail when there are more than n warnings', integer('--max-warnings', 0, 1e9))
        .addOption(langOption())
        .addOption(configOption())
        .action(async (paths: string[], options: CommonOptions & { format?: string; out?: string; force?: boolean; failOn: string; maxWarnings?: number }) => {
            const format = checkFormat(options.format);
            const out: OutOptions = { force: options.force, lang: options.lang ?? 'en' };
            // Refuse an --out that may not be written before the work, not after it.
            if (options.out) checkOutTarget(options.out, out);
            const session = await openSession(paths, options);
            const findings = collectFindings(session.documents);
            const lang = session.language;
            const output = format === 'json' ? formatJson(findings)
                : format === 'sarif' ? formatSarif(findings, { lang })
                : format === 'github' ? formatGithub(findings)
                : formatText(findings);
            writeOutput(output, options.out, out);
            // The summary goes to stderr beside human-readable output, or when the data went to a file.
            if (format === 'text' || format === 'github' || options.out) process.stderr.write(summary(findings, session.files.length, lang) + '\n');
            const errors = findings.filter(f => f.severity === 'error').length;
            const warnings = findings.filter(f => f.severity === 'warning').length;
            const failed = errors > 0
                || (options.failOn === 'warning' && warnings > 0)
                || (options.maxWarnings !== undefined && warnings > options.maxWarnings);
            process.exitCode = failed ? 1 : 0;
        });

    program.command('report')
        .description('write the evaluation report for a year (and quarter)')
        .argument('[paths...]', 'files or folders (default: the current folder)')
        .requiredOption('--year <year>', 'the year to evaluate', integer('--year', 1900, 2999))
        .option('--quarter <q>', 'evaluate up to this quarter (1-4); required by --kind quarterly', quarter)
        .addOption(new Option('--kind <kind>', 'report kind (default: annual; without --kind, --format json prints the plain JSON contract)').choices([...REPORT_KINDS]))
        .addOption(new Option('--format <format>', 'output format').choices([...REPORT_FORMAT_IDS]).default('json'))
        .option('--lowest <n>', 'how many of the lowest-ranked agencies are flagged for assistance (default: rankingLowest of the config, 10)', integer('--lowest', 0, 1e6))
        .addOption(new Option('--separator <char>', 'csv: field separator; ";" writes decimal commas for Excel in Indonesian').choices([',', ';']))
        .option('--table <id>', 'csv: which table of the report to write (default: the main one; see docs/reports.md)')
        .addOption(outOption())
        .addOption(forceOption())
        .addOption(langOption())
        .addOption(configOption())
        .action(async (paths: string[], options: ReportOptions) => {
            const output = await report(paths, options);
            writeOutput(output, options.out, { force: options.force, lang: options.lang ?? 'en' });
        });
    return program;
}

export async function main(argv: string[]): Promise<number> {
    const program = buildProgram();
    try {
        await program.parseAsync(argv, { from: 'user' });
        return typeof process.exitCode === 'number' ? process.exitCode : 0;
    } catch (err) {
        if (err instanceof CommanderError) {
            // Help and version exit 0; everything else commander rejects is a usage error.
            return err.exitCode === 0 ? 0 : 2;
        }
        if (err instanceof LoadError || err instanceof ConfigError || err instanceof UsageError) {
            process.stderr.write(`kinerja: ${err.message}\n`);
            return 2;
        }
        throw err;
    }
}
