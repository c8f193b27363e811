/**
 * A finding as users see it outside the editor: file, 1-based line and column, severity
 * name, stable code and message. The CLI, reports and the editor's report preview all
 * derive it from an LSP diagnostic here.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';

export type SeverityLevel = 'error' | 'warning' | 'info' | 'hint';

export interface Finding {
    file: string;
    line: number;
    column: number;
    severity: SeverityLevel;
    code: string;
    message: string;
}

const LEVELS: Record<number, SeverityLevel> = {
    [DiagnosticSeverity.Error]: 'error',
    [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info',
    [DiagnosticSeverity.Hint]: 'hint'
};

export function severityLevel(d: Diagnostic): SeverityLevel {
    return LEVELS[d.severity ?? DiagnosticSeverity.Error] ?? 'error';
}

/** The stable code; Langium's lexer and parser errors are the `syntax` finding. */
export function diagnosticCode(d: Diagnostic): string {
    const code = d.code ?? (d.data as { code?: string } | undefined)?.code;
    if (code === 'lexing-error' || code === 'parsing-error' || code === undefined) return 'syntax';
    return String(code);
}

export function toFinding(file: string, d: Diagnostic): Finding {
    return {
        file, line: d.range.start.line + 1, column: d.range.start.character + 1,
        severity: severityLevel(d), code: diagnosticCode(d),
        message: typeof d.message === 'string' ? d.message : d.message.value
    };
}

export function compareFindings(a: Finding, b: Finding): number {
    return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);
}
