/**
 * The `kinerja` command line: `check` and `report`. Exit codes: 0 clean, 1 findings that
 * fail the run (errors; warnings too with --fail-on warning or --max-warnings), 2 usage
 * errors, unreadable paths or a broken config file, each with one clear message.
 */
import '../common/node20-polyfills.js';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { writeFileSync, renameSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { ConfigError, type Language } from '../engine/config.js';
import { evaluateWorkspace } from '../engine/evaluate.js';
import { jsonReport } from '../report/json-report.js';
import { LoadError } from '../workspace/loader.js';
import { collectFindings, formatJson, formatText, summary } from './check.js';
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

/** Writes atomically: a temporary file next to the target, then a rename. */
export function writeOutput(text: string, out: string | undefined): void {
    if (!out) {
        process.stdout.write(text);
        return;
    }
    const temp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
    writeFileSync(temp, text);
    renameSync(temp, out);
}

export function buildProgram(): Command {
    const program = new Command('kinerja')
        .description('Kinerja: SAKIP performance accountability — check .kinerja files and write evaluation reports')
        .version('0.1.0')
        .showHelpAfterError()
        .exitOverride();

    program.command('check')
        .description('check .kinerja files and folders for findings')
        .argument('[paths...]', 'files or folders (default: the current folder)')
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the run').choices(['error', 'warning']).default('error'))
        .option('--max-warnings <n>', 'fail when there are more than n warnings', integer('--max-warnings', 0, 1e9))
        .addOption(langOption())
        .addOption(configOption())
        .action(async (paths: string[], options: CommonOptions & { format: string; failOn: string; maxWarnings?: number }) => {
            const session = await openSession(paths, options);
            const findings = collectFindings(session.documents);
            const lang = options.lang ?? session.config.language;
            process.stdout.write(options.format === 'json' ? formatJson(findings) : formatText(findings));
            if (options.format !== 'json') process.stderr.write(summary(findings, session.files.length, lang) + '\n');
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
        .option('--quarter <q>', 'evaluate up to this quarter (1-4)', quarter)
        .addOption(new Option('--format <format>', 'output format').choices(['json']).default('json'))
        .option('--out <file>', 'write to this file instead of standard output')
        .addOption(langOption())
        .addOption(configOption())
        .action(async (paths: string[], options: CommonOptions & { year: number; quarter?: number; format: string; out?: string }) => {
            const session = await openSession(paths, options, false);
            const model = session.services.kinerja.WorkspaceModel.get();
            const evaluation = evaluateWorkspace(model, session.config, options.year, options.quarter);
            writeOutput(JSON.stringify(jsonReport(evaluation, session.config), null, 2) + '\n', options.out);
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
