/** Diagnostics from the findings come with quick fixes; here the one for unresolved names. */
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver';
import { buildWorkspace } from '../helpers.js';
import { FILES } from './fixture.js';

describe('quick fix for unresolved-reference', () => {
    it('offers the close names the finding suggests, and the fixed file resolves', async () => {
        const files = { ...FILES, 'baru.kinerja': 'instansi Opd {\n    kegiatan K9 "Kegiatan" oleh Kabid mendukung P2\n}\n' };
        const ws = await buildWorkspace(files);
        const finding = ws.findings.find(f => f.file === 'baru.kinerja' && f.code === 'unresolved-reference')!;
        expect(finding.message).toContain('P2');
        const document = ws.documents.get('baru.kinerja')!;
        const actions = await ws.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: finding.diagnostic.range, context: { diagnostics: [finding.diagnostic] }
        }) as CodeAction[];
        expect(actions.map(a => a.title)).toEqual(["Ganti dengan 'P1'"]);
        expect(actions[0].isPreferred).toBe(true);
        const fixed = TextDocument.applyEdits(document.textDocument, actions[0].edit!.changes![document.uri.toString()]);
        expect(fixed).toContain('mendukung P1');
        const again = await buildWorkspace({ ...files, 'baru.kinerja': fixed });
        expect(again.findings.filter(f => f.code === 'unresolved-reference')).toEqual([]);
    });
});
