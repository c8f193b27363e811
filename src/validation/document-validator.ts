/**
 * Langium's document validator for kinerja: every check runs once on the document's root
 * (findings/index.ts), lexer and parser errors become the `syntax` finding
 * (findings/syntax.ts) and unresolved names the `unresolved-reference` finding
 * (findings/references.ts), each with its configured severity and docs link.
 */
import { DefaultDocumentValidator, DocumentValidator, type Cancellation, type AstNode, type LangiumCoreServices, type LangiumDocument, type ValidationOptions } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { MAX_SYNTAX_ERRORS } from '../language/parser/syntax-limit.js';
import { REFERENCE_KINDS, suggestions, UNRESOLVED_REFERENCE } from './findings/references.js';
import { SYNTAX } from './findings/syntax.js';
import { BIDI_CONTROL, BIDI_CONTROLS, INVISIBLE_CHARACTER, isReportedCharacter } from './findings/characters.js';
import type { FindingDefinition } from './finding-definition.js';
import type { KinerjaSettings } from './kinerja-settings.js';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint } as const;

export class KinerjaDocumentValidator extends DefaultDocumentValidator {
    constructor(private readonly services: LangiumCoreServices & { kinerja: { Settings: KinerjaSettings } }) {
        super(services);
    }

    /**
     * Every kinerja check is registered on the document root (see kinerja-validator.ts)
     * and walks what it needs itself, so the per-node walk stops at the root.
     */
    protected override validateSingleNodeOptions(node: AstNode, options: ValidationOptions): { validateNode: boolean; validateChildren: boolean } {
        return node.$container ? { validateNode: false, validateChildren: false } : { ...super.validateSingleNodeOptions(node, options), validateChildren: false };
    }

    /**
     * Lexer and parser errors become the `syntax` finding, with its configured severity and
     * docs link: the first MAX_SYNTAX_ERRORS of the file in text order, then one saying
     * there are too many, where the lexer or the parser stopped reading
     * (src/language/parser/syntax-limit.ts).
     */
    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const settings = this.services.kinerja.Settings;
        const config = settings.configFor(document.uri);
        const severity = config.severity[SYNTAX.code] ?? SYNTAX.severity;
        const href = this.services.kinerja.Settings.host.findingDocUrl(SYNTAX.code);
        const result: Diagnostic[] = [];
        const syntax: Diagnostic[] = [];
        const reportedAsCharacter = this.reportedAsCharacter(document);
        for (const d of diagnostics) {
            const code = (d.data as { code?: string } | undefined)?.code;
            if (code !== DocumentValidator.LexingError && code !== DocumentValidator.ParsingError) {
                result.push(d);
            } else if (code === DocumentValidator.LexingError && reportedAsCharacter(d)) {
                // An invisible character between words: bidi-control or invisible-character says which (findings/characters.ts).
            } else if (severity !== 'off') {
                syntax.push({ ...d, code: SYNTAX.code, severity: SEVERITY[severity], ...(href ? { codeDescription: { href } } : {}) });
            }
        }
        if (syntax.length > MAX_SYNTAX_ERRORS) {
            syntax.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
            const stop = syntax[MAX_SYNTAX_ERRORS];
            syntax.length = MAX_SYNTAX_ERRORS;
            syntax.push({
                ...stop, message: SYNTAX.messages(settings.languageFor(config), 'too-many', { max: MAX_SYNTAX_ERRORS }),
                data: { code: SYNTAX.code, tooMany: true }
            });
        }
        return [...syntax, ...result];
    }

    /**
     * Whether a lexer error is only characters that `bidi-control` or
     * `invisible-character` report (and that code is not switched off): one mistake, one
     * finding, the one that names the character.
     */
    private reportedAsCharacter(document: LangiumDocument): (d: Diagnostic) => boolean {
        const config = this.services.kinerja.Settings.configFor(document.uri);
        const on = (f: FindingDefinition) => (config.severity[f.code] ?? f.severity) !== 'off';
        const bidi = on(BIDI_CONTROL);
        const invisible = on(INVISIBLE_CHARACTER);
        if (!bidi && !invisible) return () => false;
        const textDocument = document.textDocument;
        const text = textDocument.getText();
        return d => {
            const start = textDocument.offsetAt(d.range.start);
            const end = textDocument.offsetAt(d.range.end);
            if (end <= start) return false;
            for (let i = start; i < end; i++) {
                if (!isReportedCharacter(text, i)) return false;
                if (!(BIDI_CONTROLS.has(text.charCodeAt(i)) ? bidi : invisible)) return false;
            }
            return true;
        };
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        const settings = this.services.kinerja.Settings;
        const config = settings.configFor(document.uri);
        const severity = config.severity[UNRESOLVED_REFERENCE.code] ?? UNRESOLVED_REFERENCE.severity;
        if (severity === 'off') return;
        const language = settings.languageFor(config);
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) continue;
            const info = error.info;
            const kind = this.services.shared.AstReflection.getReferenceType(info);
            const name = info.reference.$refText;
            // Never suggest the element the reference stands in (a node supporting itself).
            const own = (info.container as { name?: string }).name;
            const names = this.services.references.ScopeProvider.getScope(info).getAllElements()
                .map(d => d.name).filter(n => n !== own && !n.endsWith(`.${own}`)).toArray();
            const candidates = suggestions(names, name);
            const text = UNRESOLVED_REFERENCE.messages(language, 'default', {
                kind: REFERENCE_KINDS.has(kind) ? REFERENCE_KINDS(language, kind) : kind, name, candidates: candidates.join(', ')
            });
            const href = this.services.kinerja.Settings.host.findingDocUrl(UNRESOLVED_REFERENCE.code);
            diagnostics.push(this.toDiagnostic(severity, text, {
                node: info.container, range: reference.$refNode?.range, property: info.property, index: info.index,
                code: UNRESOLVED_REFERENCE.code, ...(href ? { codeDescription: { href } } : {}),
                data: { code: UNRESOLVED_REFERENCE.code, refText: name, candidates }
            }));
        }
    }
}
