/**
 * Reports findings through Langium's acceptor with the stable code, the configured
 * severity (or nothing when the project switched the code off) and the catalogue message
 * in the configured language.
 */
import { AstUtils, type AstNode, type DiagnosticInfo, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { KinerjaConfig, Language, SeverityName } from '../engine/config.js';
import { message } from './messages.js';
import type { KinerjaSettings } from './kinerja-settings.js';
import { FINDING_DEFAULTS, type FindingCode } from './codes.js';
import { findingDocUrl } from './docs-links.js';

export interface FindingData {
    code: FindingCode;
    [key: string]: unknown;
}

export class FindingReporter {
    readonly language: Language;

    constructor(private readonly accept: ValidationAcceptor, readonly config: KinerjaConfig, readonly document: LangiumDocument, settings: KinerjaSettings) {
        this.language = settings.languageFor(config);
    }

    static for(node: AstNode, accept: ValidationAcceptor, settings: KinerjaSettings): FindingReporter {
        const document = AstUtils.getDocument(node);
        return new FindingReporter(accept, settings.configFor(document.uri), document, settings);
    }

    severityOf(code: FindingCode): SeverityName {
        return this.config.severity[code] ?? FINDING_DEFAULTS[code];
    }

    text(key: string, params: Record<string, string | number> = {}): string {
        return message(this.language, key, params);
    }

    report<N extends AstNode>(code: FindingCode, key: string, params: Record<string, string | number>,
        info: Omit<DiagnosticInfo<N, string>, 'code' | 'data'> & { data?: Record<string, unknown> }): void {
        const severity = this.severityOf(code);
        if (severity === 'off') return;
        const href = findingDocUrl(code);
        this.accept(severity, this.text(key, params), {
            ...info, code, data: { ...info.data, code }, ...(href ? { codeDescription: { href } } : {})
        } as DiagnosticInfo<N>);
    }

    /** Where an AST node stands, for messages and related information. */
    related(node: AstNode, note: string): DiagnosticRelatedInformation | undefined {
        const document = AstUtils.getDocument(node);
        const range = node.$cstNode?.range;
        return range ? { location: { uri: document.uri.toString(), range }, message: note } : undefined;
    }

    locationText(node: AstNode): string {
        const document = AstUtils.getDocument(node);
        const file = document.uri.path.split('/').pop() ?? document.uri.toString();
        return this.text('location', { file, line: (node.$cstNode?.range.start.line ?? 0) + 1 });
    }
}
