/**
 * `kinerja check --format sarif`: SARIF 2.1.0 for code scanning (GitHub's upload-sarif,
 * the SARIF viewers of VS Code and Azure DevOps).
 *
 * One run; `tool.driver` is kinerja with its package version and one rule per finding
 * code (src/validation/codes.ts) with its description, default level and a help link.
 * Result locations are relative to the working folder under the `%SRCROOT%` base, with
 * 1-based regions (columns in UTF-16 code units, the end column exclusive), and the
 * diagnostics' related information becomes `relatedLocations`.
 *
 * Help links, first that applies: `KINERJA_DOCS_URL` (the folder holding the finding
 * pages, `<url>/<code>.md`); the package's `repository` (`<repo>/blob/main/docs/findings/
 * <code>.md`); the page shipped with the installed package (a file: URL), or the findings
 * overview docs/findings.md when that code has no page of its own.
 */
import { escapeJsonControls } from '../common/controls.js';
import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Language } from '../engine/config.js';
import { cliMessage } from './messages.js';
import { FINDINGS, findingByCode } from '../validation/findings/index.js';
import { findingDocText } from '../validation/docs-links.js';
import type { CliFinding, CliSpan } from './check.js';
import { packageInfo } from './package-info.js';
import { UsageError } from './errors.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const LEVEL: Record<string, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function sarifLevel(severity: string): SarifLevel {
    return LEVEL[severity] ?? 'warning';
}

/** The documentation base URL from `KINERJA_DOCS_URL`, checked; undefined when unset. */
export function docsBaseUrl(env: NodeJS.ProcessEnv = process.env, lang: Language = 'id'): string | undefined {
    const value = env.KINERJA_DOCS_URL?.trim();
    if (!value) return undefined;
    let url: URL;
    try {
        url = new URL(value);
    } catch {
        throw new UsageError(cliMessage(lang, 'usage.docs-url', { value }));
    }
    if (!/^(https?|file):$/.test(url.protocol)) throw new UsageError(cliMessage(lang, 'usage.docs-url', { value }));
    return value.replace(/\/+$/, '');
}

/** The help link of a finding code (see the module comment for the order). */
export function helpUri(code: string, env: NodeJS.ProcessEnv = process.env, lang: Language = 'id'): string | undefined {
    const base = docsBaseUrl(env, lang);
    if (base) return `${base}/${encodeURIComponent(code)}.md`;
    const repository = packageInfo().repositoryUrl;
    if (repository) return `${repository}/blob/main/docs/findings/${encodeURIComponent(code)}.md`;
    // A file: URL would name a folder of the machine that ran the check: no link, the help text travels in the log.
    return undefined;
}

/**
 * The finding's page as the rule's help (SARIF `help`), so that code scanning shows it
 * wherever the log is read: links to other pages become absolute under `base`, or plain
 * text when there is no address to point to.
 */
export function ruleHelp(code: string, base: string | undefined): { text: string; markdown: string } | undefined {
    const page = findingDocText(code);
    if (!page) return undefined;
    const markdown = page.replace(/\[([^\]]*)\]\(((?:\.\.\/)?[\w./-]+\.md)(#[\w-]*)?\)/g, (_whole, label: string, target: string, anchor = '') =>
        base && !target.startsWith('../') ? `[${label}](${base}/${target}${anchor})` : label);
    const text = markdown.replace(/^#+\s*/gm, '').replace(/^```\w*$/gm, '').replace(/\*\*|`/g, '');
    return { text, markdown };
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
export function relativeUri(file: string): string {
    return file.split(sep).join('/').split('/').map(encodeURIComponent).join('/');
}

function physicalLocation(span: CliSpan) {
    return {
        artifactLocation: { uri: relativeUri(span.file), uriBaseId: '%SRCROOT%' },
        region: {
            startLine: span.line, startColumn: span.column,
            endLine: Math.max(span.endLine, span.line),
            endColumn: span.endLine > span.line ? span.endColumn : Math.max(span.endColumn, span.column)
        }
    };
}

function spanOf(f: CliFinding): CliSpan {
    return { file: f.file, line: f.line, column: f.column, endLine: f.endLine ?? f.line, endColumn: f.endColumn ?? f.column };
}

export interface SarifOptions {
    lang: Language;
    /** The folder the relative paths start from (the `%SRCROOT%` base). */
    cwd?: string;
    env?: NodeJS.ProcessEnv;
}

export function sarifLog(findings: CliFinding[], options: SarifOptions) {
    const { lang, cwd = process.cwd(), env = process.env } = options;
    const codes: string[] = FINDINGS.map(f => f.code);
    // Codes a finding may carry that are not (yet) in the table still get a rule.
    for (const f of findings) if (!codes.includes(f.code)) codes.push(f.code);
    const ruleIndex = new Map(codes.map((code, i) => [code, i]));
    const info = packageInfo();
    const rules = codes.map(code => {
        const finding = findingByCode(code);
        const uri = helpUri(code, env, lang);
        const help = ruleHelp(code, docsBaseUrl(env, lang));
        return {
            id: code,
            shortDescription: { text: finding?.title[lang] ?? code },
            // A finding off by default (evidence-missing) is a disabled rule, at the level it has when turned on.
            defaultConfiguration: finding?.severity === 'off'
                ? { enabled: false, level: 'warning' as SarifLevel }
                : { level: sarifLevel(finding?.severity ?? 'warning') },
            ...(uri ? { helpUri: uri } : {}),
            ...(help ? { help } : {})
        };
    });
    const results = findings.map(f => ({
        ruleId: f.code,
        ruleIndex: ruleIndex.get(f.code)!,
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [{ physicalLocation: physicalLocation(spanOf(f)) }],
        ...(f.related?.length ? {
            relatedLocations: f.related.map((r, id) => ({ id, physicalLocation: physicalLocation(r), message: { text: r.message } }))
        } : {})
    }));
    const root = pathToFileURL(cwd).toString();
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0' as const,
        runs: [{
            tool: {
                driver: {
                    name: 'kinerja',
                    version: info.version,
                    semanticVersion: info.version,
                    ...(info.repositoryUrl ? { informationUri: info.repositoryUrl } : {}),
                    rules
                }
            },
            originalUriBaseIds: { '%SRCROOT%': { uri: root.endsWith('/') ? root : `${root}/` } },
            columnKind: 'utf16CodeUnits' as const,
            results
        }]
    };
}

export function formatSarif(findings: CliFinding[], options: SarifOptions): string {
    return escapeJsonControls(JSON.stringify(sarifLog(findings, options), null, 2)) + '\n';
}
