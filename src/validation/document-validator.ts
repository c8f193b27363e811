/**
 * Unresolved references (`unresolved-reference`): the message names what was looked for
 * in the catalogue's language and suggests the closest names in scope.
 */
import { DefaultDocumentValidator, DocumentValidator, type Cancellation, type AstNode, type LangiumCoreServices, type LangiumDocument, type ValidationOptions } from 'langium';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { closest, distance } from 'fastest-levenshtein';
import type { Diagnostic } from 'vscode-languageserver-types';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint } as const;
import { message } from './messages.js';
import type { KinerjaSettings } from './kinerja-settings.js';
import { FINDING_DEFAULTS } from './codes.js';
import { findingDocUrl } from './docs-links.js';

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

    /** Lexer and parser errors become the `syntax` finding, with its configured severity and docs link. */
    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const config = this.services.kinerja.Settings.configFor(document.uri);
        const severity = config.severity['syntax'] ?? FINDING_DEFAULTS['syntax'];
        const href = findingDocUrl('syntax');
        const result: Diagnostic[] = [];
        for (const d of diagnostics) {
            const code = (d.data as { code?: string } | undefined)?.code;
            if (code !== DocumentValidator.LexingError && code !== DocumentValidator.ParsingError) {
                result.push(d);
            } else if (severity !== 'off') {
                result.push({ ...d, code: 'syntax', severity: SEVERITY[severity], ...(href ? { codeDescription: { href } } : {}) });
            }
        }
        return result;
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        const settings = this.services.kinerja.Settings;
        const config = settings.configFor(document.uri);
        const severity = config.severity['unresolved-reference'] ?? FINDING_DEFAULTS['unresolved-reference'];
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
            const text = message(language, 'unresolved-reference', {
                kind: message(language, `kind.${kind}`), name, candidates: candidates.join(', ')
            });
            const href = findingDocUrl('unresolved-reference');
            diagnostics.push(this.toDiagnostic(severity, text, {
                node: info.container, range: reference.$refNode?.range, property: info.property, index: info.index,
                code: 'unresolved-reference', ...(href ? { codeDescription: { href } } : {}),
                data: { code: 'unresolved-reference', refText: name, candidates }
            }));
        }
    }
}

/** Up to three names closest to `name` (edit distance), nearest first. */
export function suggestions(names: string[], name: string, max = 3): string[] {
    const pool = [...new Set(names)];
    const limit = Math.max(2, Math.floor(name.length / 3));
    const result: string[] = [];
    const lower = name.toLowerCase();
    while (result.length < max && pool.length) {
        const best = closest(name, pool);
        pool.splice(pool.indexOf(best), 1);
        if (distance(best.toLowerCase(), lower) <= limit || best.toLowerCase().endsWith(`.${lower}`)) result.push(best);
        else break;
    }
    return result;
}

