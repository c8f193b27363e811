/**
 * `kinerja check`: findings of every file, as `file:line:col severity code message`
 * lines (sorted by file, line and column) or as JSON.
 */
import { relative } from 'node:path';
import type { LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';

export interface CliFinding {
    file: string;
    line: number;
    column: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    message: string;
}

const SEVERITY: Record<number, CliFinding['severity']> = {
    [DiagnosticSeverity.Error]: 'error',
    [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info',
    [DiagnosticSeverity.Hint]: 'hint'
};

export function diagnosticCode(d: Diagnostic): string {
    const code = d.code ?? (d.data as { code?: string } | undefined)?.code;
    if (code === 'lexing-error' || code === 'parsing-error' || code === undefined) return 'syntax';
    return String(code);
}

export function collectFindings(documents: LangiumDocument[], cwd = process.cwd()): CliFinding[] {
    const findings: CliFinding[] = [];
    for (const document of documents) {
        const file = relative(cwd, document.uri.fsPath) || document.uri.fsPath;
        for (const d of document.diagnostics ?? []) {
            findings.push({
                file, line: d.range.start.line + 1, column: d.range.start.character + 1,
                severity: SEVERITY[d.severity ?? DiagnosticSeverity.Error], code: diagnosticCode(d), message: typeof d.message === 'string' ? d.message : d.message.value
            });
        }
    }
    return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

export function formatText(findings: CliFinding[]): string {
    return findings.map(f => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}`).join('\n') + (findings.length ? '\n' : '');
}

export function formatJson(findings: CliFinding[]): string {
    return JSON.stringify({ diagnostics: findings }, null, 2) + '\n';
}

export function summary(findings: CliFinding[], files: number, lang: 'id' | 'en'): string {
    const count = (s: CliFinding['severity']) => findings.filter(f => f.severity === s).length;
    const [e, w, i] = [count('error'), count('warning'), count('info') + count('hint')];
    return lang === 'en'
        ? `${files} file(s) checked: ${e} error(s), ${w} warning(s), ${i} info`
        : `${files} berkas diperiksa: ${e} galat, ${w} peringatan, ${i} info`;
}
