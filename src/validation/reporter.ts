/**
 * Reports findings through Langium's acceptor with the stable code, the configured
 * severity (or nothing when the project switched the code off), the record's message in
 * the configured language and the link to the finding's page.
 */
import { AstUtils, type AstNode, type DiagnosticInfo, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver';
import { defineCatalogue } from '../common/catalogue.js';
import type { KinerjaConfig, Language, SeverityName } from '../engine/config.js';
import type { OrganisationInfo } from '../engine/model.js';
import { findingDocUrl } from './docs-links.js';
import type { FindingDefinition } from './finding-definition.js';
import type { FindingCode } from './findings/index.js';
import type { KinerjaSettings } from './kinerja-settings.js';

const TEXTS = defineCatalogue({
    location: { id: p => `${p.file} baris ${p.line}`, en: p => `${p.file} line ${p.line}` }
});

export interface FindingData {
    code: FindingCode;
    [key: string]: unknown;
}

export class FindingReporter {
    readonly language: Language;

    constructor(private readonly accept: ValidationAcceptor, readonly config: KinerjaConfig, readonly document: LangiumDocument, private readonly settings: KinerjaSettings) {
        this.language = settings.languageFor(config);
    }

    /**
     * The config an organisation's figures follow (formula, thresholds, bands, absorption
     * curve): that of the file declaring it, so a finding on its figures agrees with the
     * report, whichever file the finding stands in. Severities and the message language
     * follow the config of this document (`config`).
     */
    configOf(organisation: OrganisationInfo): KinerjaConfig {
        return this.settings.configOfOrganisation(organisation) ?? this.config;
    }

    static for(node: AstNode, accept: ValidationAcceptor, settings: KinerjaSettings): FindingReporter {
        const document = AstUtils.getDocument(node);
        return new FindingReporter(accept, settings.configFor(document.uri), document, settings);
    }

    severityOf(finding: FindingDefinition): SeverityName {
        return this.config.severity[finding.code] ?? finding.severity;
    }

    /** Reports `finding` with its message `variant`, unless the project switched the code off. */
    report<N extends AstNode, V extends string>(finding: FindingDefinition<FindingCode, V>, variant: V, params: Record<string, string | number>,
        info: Omit<DiagnosticInfo<N, string>, 'code' | 'data'> & { data?: Record<string, unknown> }): void {
        const severity = this.severityOf(finding);
        if (severity === 'off') return;
        const code = finding.code;
        const href = findingDocUrl(code);
        this.accept(severity, finding.messages(this.language, variant, params), {
            ...info, code, data: { ...info.data, code }, ...(href ? { codeDescription: { href } } : {})
        } as DiagnosticInfo<N>);
    }

    /**
     * Whether the parser or lexer found an error within `node`'s text: what was written
     * there did not make it into the AST, so a finding about what is missing would only
     * repeat the syntax error (`satuan Persen` is one mistake, not also `missing-unit`).
     */
    hasSyntaxErrorIn(node: AstNode): boolean {
        const cst = node.$cstNode;
        if (!cst) return false;
        const { lexerErrors, parserErrors } = this.document.parseResult;
        const inside = (offset: number | undefined) => offset !== undefined && offset >= cst.offset && offset < cst.end;
        return lexerErrors.some(e => inside(e.offset)) || parserErrors.some(e => inside(e.token.startOffset));
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
        return TEXTS(this.language, 'location', { file, line: (node.$cstNode?.range.start.line ?? 0) + 1 });
    }
}
