/**
 * Quick fixes for findings whose fix is mechanical. Each finding code maps to a function
 * that turns the diagnostic (with the data the validator attached) into code actions.
 */
import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic } from 'vscode-languageserver';
import type { KinerjaServices } from '../language/kinerja-module.js';
import { message } from '../i18n/messages.js';
import type { Language } from '../engine/config.js';

type QuickFix = (diagnostic: Diagnostic, document: LangiumDocument, language: Language) => CodeAction[];

const numberFormat: QuickFix = (diagnostic, document, language) => {
    const replacement = (diagnostic.data as { replacement?: string } | undefined)?.replacement;
    if (!replacement) return [];
    return [{
        title: message(language, 'fix.number-format', { suggestion: replacement }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [document.uri.toString()]: [{ range: diagnostic.range, newText: replacement }] } }
    }];
};

const FIXES: Record<string, QuickFix> = {
    'number-format': numberFormat
};

export class KinerjaCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: KinerjaServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const settings = this.services.kinerja.Settings;
        const language = settings.languageFor(settings.configFor(document.uri));
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const code = String(diagnostic.code ?? (diagnostic.data as { code?: string } | undefined)?.code ?? '');
            const fix = FIXES[code];
            if (fix) actions.push(...fix(diagnostic, document, language));
        }
        return actions;
    }
}
