/**
 * `kinerja check --format github`: GitHub Actions workflow commands, one annotation per
 * finding (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=kinerja <code>::…`),
 * shown on the changed lines of a pull request and in the run's summary. Chosen
 * automatically when `GITHUB_ACTIONS` is set and no `--format` is given.
 *
 * Escaping (as the runner's toolkit does): in the message `%`, `\r` and `\n`; in the
 * properties also `:` and `,`. Related places are added to the message as further lines.
 * Every other control character (escape sequences, bidirectional controls; see
 * src/common/controls.ts) is shown as a visible `\u001b`-style escape, so a name cannot
 * act on the log it is shown in.
 */
import { visibleControls } from '../common/controls.js';
import type { CliFinding } from './check.js';

const COMMAND: Record<CliFinding['severity'], string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function escapeData(text: string): string {
    return visibleControls(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

export function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubAnnotation(f: CliFinding): string {
    const endLine = Math.max(f.endLine ?? f.line, f.line);
    // GitHub's end column is the last column of the annotated text (inclusive); LSP's is
    // exclusive. Columns are only meaningful to GitHub on a single line.
    const endColumn = endLine === f.line ? Math.max((f.endColumn ?? f.column + 1) - 1, f.column) : (f.endColumn ?? 1);
    const properties: Array<[string, string | number]> = [
        ['file', f.file.replace(/\\/g, '/')], ['line', f.line], ['col', f.column],
        ['endLine', endLine], ['endColumn', endColumn], ['title', `kinerja ${f.code}`]
    ];
    const message = [f.message, ...(f.related ?? []).map(r => `${r.file}:${r.line}:${r.column} ${r.message}`)].join('\n');
    return `::${COMMAND[f.severity]} ${properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(message)}`;
}

export function formatGithub(findings: CliFinding[]): string {
    return findings.map(f => githubAnnotation(f) + '\n').join('');
}
