/**
 * `kinerja check`: findings of every file, as `file:line:col severity code message`
 * lines (sorted by file, line and column) or as JSON.
 */
import { relative } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver';
import { compareFindings, diagnosticCode, toFinding, type Finding } from '../validation/finding.js';
import type { Language } from '../engine/config.js';
import { escapeJsonControls, visibleControls } from '../common/controls.js';
import { cliMessage } from './messages.js';

/** Where a finding (or a place related to it) stands: 1-based, end exclusive (as in LSP). */
export interface CliSpan {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}

export interface CliRelated extends CliSpan {
    message: string;
}

/**
 * One finding as the CLI prints it. The first six fields are the JSON contract of
 * `kinerja check --format json`; the end of the range and the related places feed the
 * SARIF and GitHub formats and reports.
 */
export interface CliFinding extends Finding {
    endLine?: number;
    endColumn?: number;
    related?: CliRelated[];
}

export { diagnosticCode };

/** A path relative to `cwd` for display (the absolute path when it is cwd itself). */
export function displayPath(fsPath: string, cwd = process.cwd()): string {
    return relative(cwd, fsPath) || fsPath;
}

function span(file: string, range: Range): CliSpan {
    return {
        file, line: range.start.line + 1, column: range.start.character + 1,
        endLine: range.end.line + 1, endColumn: range.end.character + 1
    };
}

export function collectFindings(documents: LangiumDocument[], cwd = process.cwd()): CliFinding[] {
    const findings: CliFinding[] = [];
    for (const document of documents) {
        const file = displayPath(document.uri.fsPath, cwd);
        for (const d of document.diagnostics ?? []) {
            const related = (d.relatedInformation ?? []).map(r => ({
                ...span(displayPath(URI.parse(r.location.uri).fsPath, cwd), r.location.range), message: r.message
            }));
            findings.push({ ...toFinding(file, d), ...span(file, d.range), ...(related.length ? { related } : {}) });
        }
    }
    return findings.sort(compareFindings);
}

/**
 * `file:line:col severity code message`, one finding a line. File names, codes and
 * messages (which quote names from the files) show control characters as visible
 * escapes (src/common/controls.ts), so a name cannot clear the terminal or forge a line.
 */
export function formatText(findings: CliFinding[]): string {
    return findings.map(f => `${visibleControls(f.file)}:${f.line}:${f.column} ${f.severity} ${visibleControls(f.code)} ${visibleControls(f.message)}`).join('\n') + (findings.length ? '\n' : '');
}

/** The contract: `{"diagnostics":[{"file","line","column","severity","code","message"}]}`. */
export function formatJson(findings: CliFinding[]): string {
    const diagnostics = findings.map(({ file, line, column, severity, code, message }) => ({ file, line, column, severity, code, message }));
    return escapeJsonControls(JSON.stringify({ diagnostics }, null, 2)) + '\n';
}

export function summary(findings: CliFinding[], files: number, lang: Language): string {
    const count = (s: CliFinding['severity']) => findings.filter(f => f.severity === s).length;
    return cliMessage(lang, 'check.summary', {
        files, errors: count('error'), warnings: count('warning'), infos: count('info') + count('hint')
    });
}
