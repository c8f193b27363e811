/** Diagnostics from the findings come with quick fixes; here the one for unresolved names. */
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver';
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

describe('quick fix for suspicious-number', () => {
    /**
     * The finding as the validator reports it (code, warning, range exactly the number's
     * text), put beside the document's own findings: the fix reads the text in its range.
     */
    async function fixesFor(line: string, number: string, extra: Record<string, unknown> = {}) {
        const text = `instansi Opd {\n    sasaran S "S" {\n        indikator UHH "Umur harapan hidup" {\n            satuan indeks\n            target 2025 66,80\n            ${line}\n        }\n    }\n}\n`;
        const ws = await buildWorkspace({ ...FILES, 'uhh.kinerja': text });
        const document = ws.documents.get('uhh.kinerja')!;
        const offset = text.indexOf(line) + line.lastIndexOf(number);
        const range = { start: document.textDocument.positionAt(offset), end: document.textDocument.positionAt(offset + number.length) };
        const diagnostic: Diagnostic = {
            range, severity: DiagnosticSeverity.Warning, code: 'suspicious-number', source: 'kinerja',
            message: `UHH: ${number} dibaca sebagai angka bertitik ribuan`, ...(Object.keys(extra).length ? { data: extra } : {})
        };
        // A real finding of the code (once the validator reports it) must not stand in for the synthetic one.
        document.diagnostics = [...(document.diagnostics ?? []).filter(d => d.code !== 'suspicious-number'), diagnostic];
        const actions = await ws.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        const apply = (a: CodeAction) => TextDocument.applyEdits(document.textDocument, a.edit!.changes![document.uri.toString()]);
        return { actions, apply };
    }

    it('rewrites a number with one dot group as the decimal it most likely meant', async () => {
        const { actions, apply } = await fixesFor('realisasi 2025 66.850', '66.850');
        expect(actions.map(a => a.title)).toEqual(["Baca sebagai desimal: ganti '66.850' dengan '66,850'"]);
        expect(actions[0].isPreferred).toBe(true);
        const fixed = apply(actions[0]);
        expect(fixed).toContain('            realisasi 2025 66,850\n');
        const again = await buildWorkspace({ ...FILES, 'uhh.kinerja': fixed });
        expect(again.findings.filter(f => f.file === 'uhh.kinerja' && ['suspicious-number', 'over-achievement', 'number-format', 'syntax'].includes(f.code))).toEqual([]);
    });

    it('works in a quarter block and takes the replacement the finding carries when it has one', async () => {
        const inBlock = await fixesFor('realisasi 2025 { tw1 66.850 }', '66.850');
        expect(inBlock.apply(inBlock.actions[0])).toContain('realisasi 2025 { tw1 66,850 }');
        const carried = await fixesFor('realisasi 2025 66.850', '66.850', { replacement: '66,85' });
        expect(carried.actions.map(a => a.title)).toEqual(["Baca sebagai desimal: ganti '66.850' dengan '66,85'"]);
    });

    it('offers nothing for several dot groups, which are no single decimal', async () => {
        const { actions } = await fixesFor('realisasi 2025 1.066.850', '1.066.850');
        expect(actions).toEqual([]);
    });
});
