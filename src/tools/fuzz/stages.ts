/**
 * Fuzz stages beyond evaluation: every report kind in every format (PDF aside: it is the
 * HTML printed by a browser), the LKjIP and the PK as written documents, formatting
 * (idempotent, comments kept), and the language server's side (editor-stages.ts:
 * requests at random offsets, and incremental builds against the fresh one).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LangiumDocument } from 'langium';
import { buildReportData, REPORT_KINDS } from '../../report/kinds/index.js';
import { renderHtmlReport } from '../../report/html/index.js';
import { renderCsv, renderKindJson, renderMarkdown, renderXlsx, reportTables } from '../../report/formats/index.js';
import { jsonReport } from '../../report/json-report.js';
import { evaluateWorkspace } from '../../engine/evaluate.js';
import { buildLkjipReport } from '../../report/kinds/lkjip.js';
import { agreementsDocument, lkjipDocument } from '../../report/formats/lkjip.js';
import { documentHtml, documentMarkdown } from '../../report/formats/document.js';
import { renderDocx } from '../../report/formats/docx.js';
import type { KinerjaServices } from '../../lsp/kinerja-module.js';
import { EXTRA_STAGES, type StageContext } from './pipeline.js';
import { editorRequests, incremental } from './editor-stages.js';

async function reports({ services, documents, input }: StageContext): Promise<void> {
    const model = services.kinerja.WorkspaceModel.get();
    const config = services.kinerja.Settings.configFor(documents[0].uri);
    // Every format on every input; the kind and the language take turns over the inputs
    // of a run (the same coverage over thousands of inputs, a quarter of the time).
    const variant = input.variant;
    const language = variant !== undefined && Math.floor(variant / REPORT_KINDS.length) % 2 ? 'en' as const : 'id' as const;
    const kinds = variant === undefined ? REPORT_KINDS : [REPORT_KINDS[variant % REPORT_KINDS.length]];
    for (const kind of kinds) {
        const quarter = kind === 'quarterly' ? 3 : undefined;
        const data = buildReportData(kind, model, config, { year: 2025, quarter, findings: [] });
        renderHtmlReport(data, { language });
        renderMarkdown(data, { lang: language, version: 'fuzz' });
        const tables = reportTables(data, language);
        for (const table of tables) renderCsv(table, { separator: ';', lang: language });
        await renderXlsx(tables, { lang: language, creator: 'fuzz' });
        renderKindJson(jsonReport(evaluateWorkspace(model, config, 2025, quarter)), data);
        if (data.kind === 'agreements') await renderDocx(agreementsDocument(data, language), { creator: 'fuzz' });
    }
    // The written documents (the LKjIP in every form it takes; PDF is its HTML printed).
    if (variant === undefined || variant % REPORT_KINDS.length === 0) {
        const lkjip = lkjipDocument(buildLkjipReport(model, config, { year: 2025, findings: [] }), language);
        documentHtml(lkjip, language);
        documentMarkdown(lkjip, 'fuzz');
        await renderDocx(lkjip, { creator: 'fuzz' });
    }
}

async function format(services: KinerjaServices, document: LangiumDocument, text: string): Promise<string> {
    const formatter = services.lsp.Formatter;
    if (!formatter) throw new Error('no formatter registered');
    const edits = await formatter.formatDocument(document, {
        textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true }
    });
    return TextDocument.applyEdits(TextDocument.create(document.uri.toString(), 'kinerja', 1, text), edits);
}

/** The comments of a text, as the lexer sees them (a `//` inside a string is no comment). */
export function commentsOf(services: KinerjaServices, text: string): string[] {
    return services.parser.Lexer.tokenize(text).hidden
        .filter(token => token.tokenType.name.endsWith('COMMENT'))
        .map(token => token.image.trim());
}

async function formatting({ services, documents }: StageContext): Promise<void> {
    const factory = services.shared.workspace.LangiumDocumentFactory;
    for (const document of documents) {
        const text = document.textDocument.getText();
        const once = await format(services, document, text);
        // A document the parser could not read must format without error; the round-trip
        // guarantees below hold for documents it could read.
        if (document.parseResult.lexerErrors.length || document.parseResult.parserErrors.length) continue;
        const again = await format(services, factory.fromString(once, document.uri), once);
        if (again !== once) throw new Error(`formatting is not idempotent for ${document.uri.path}`);
        const kept = commentsOf(services, once);
        for (const comment of commentsOf(services, text)) {
            if (!kept.includes(comment)) throw new Error(`formatting dropped the comment ${JSON.stringify(comment.slice(0, 80))} in ${document.uri.path}`);
        }
    }
}

export function registerExtraStages(): void {
    EXTRA_STAGES.length = 0;
    EXTRA_STAGES.push(
        { name: 'reports', run: reports }, { name: 'formatting', run: formatting },
        { name: 'editor requests', run: editorRequests }, { name: 'incremental', run: incremental }
    );
}
