/** Quick fixes, requested as the editor does (textDocument/codeAction) and applied. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { agency, buildWorkspace } from './helpers.js';

describe('number-format quick fix', () => {
    it('replaces 19.29 by 19,29 and the fixed file is clean', async () => {
        const body = [
            '    sasaran SS1 "Sasaran" oleh Kadis mendukung Kab.S1 {',
            '        indikator IKU1 "Indikator" { satuan persen target 2024 19.29 }',
            '    }'
        ].join('\n');
        const ws = await buildWorkspace(agency(body));
        const document = ws.documents.get('opd.kinerja')!;
        const diagnostic = ws.findings.find(f => f.code === 'number-format')!.diagnostic;
        const actions = await ws.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        });
        expect(actions).toHaveLength(1);
        const action = actions![0] as { title: string; edit: { changes: Record<string, Array<{ range: typeof diagnostic.range; newText: string }>> } };
        expect(action.title).toBe("Ganti dengan '19,29'");
        const edits = action.edit.changes[document.uri.toString()];
        const fixed = TextDocument.applyEdits(document.textDocument, edits);
        expect(fixed).toContain('target 2024 19,29 }');
        const again = await buildWorkspace({ ...agency(body), 'opd.kinerja': fixed });
        expect(again.findings.filter(f => f.code === 'number-format')).toEqual([]);
    });

    it('offers no fix for a malformed number without a suggestion', async () => {
        const body = '    sasaran SS1 "S" oleh Kadis mendukung Kab.S1 { indikator Ind "I" { satuan orang target 2024 1.2.3 } }';
        const ws = await buildWorkspace(agency(body));
        const document = ws.documents.get('opd.kinerja')!;
        const diagnostic = ws.findings.find(f => f.code === 'number-format')!.diagnostic;
        const actions = await ws.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        });
        expect(actions).toEqual([]);
    });
});
