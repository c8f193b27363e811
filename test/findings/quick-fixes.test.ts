/**
 * Quick fixes requested as the editor does (code actions for a diagnostic), applied to
 * the text, and the fixed workspace checked again.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../helpers.js';
import { AGREEMENTS, workspace } from './fixtures.js';

async function fixes(ws: TestWorkspace, code: string, file = 'opd.kinerja'): Promise<CodeAction[]> {
    const document = ws.documents.get(file)!;
    const diagnostic = ws.findings.find(f => f.code === code && f.file === file)!.diagnostic;
    const actions = await ws.services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
    });
    return (actions ?? []) as CodeAction[];
}

function apply(ws: TestWorkspace, action: CodeAction, file = 'opd.kinerja'): string {
    const document = ws.documents.get(file)!;
    return TextDocument.applyEdits(document.textDocument, action.edit!.changes![document.uri.toString()]);
}

describe('quick fixes', () => {
    it('missing-unit: adds satuan, guessing persen from "Persentase …" first', async () => {
        const ws = await buildWorkspace(workspace(['    sasaran SS4 "S" oleh Kadis mendukung Kab.S1 {', '        indikator I4 "Persentase warga puas" { target 2025 80 }', '    }']));
        const actions = await fixes(ws, 'missing-unit');
        expect(actions.map(a => a.title)).toEqual(["Tambahkan 'satuan persen'", "Tambahkan 'satuan orang'", "Tambahkan 'satuan dokumen'", "Tambahkan 'satuan indeks'"]);
        expect(actions[0].isPreferred).toBe(true);
        const fixed = apply(ws, actions[0]);
        expect(fixed).toContain('indikator I4 "Persentase warga puas" {\n            satuan persen target 2025 80 }');
        const again = await buildWorkspace({ ...workspace([]), 'opd.kinerja': fixed });
        expect(again.findings.filter(f => f.code === 'missing-unit')).toEqual([]);
    });

    it('missing-unit: adds a block when the indicator has none', async () => {
        const ws = await buildWorkspace(workspace(['    sasaran SS4 "S" oleh Kadis mendukung Kab.S1 {', '        indikator I4 "Indeks kepuasan"', '    }']));
        const fixed = apply(ws, (await fixes(ws, 'missing-unit'))[0]);
        expect(fixed).toContain('indikator I4 "Indeks kepuasan" {\n            satuan indeks\n        }');
    });

    it('pk-missing: adds the agreement with the superior as second party, and the finding is gone', async () => {
        const ws = await buildWorkspace({ ...workspace([]), 'pk.kinerja': AGREEMENTS.split('\n').filter(l => !l.includes('Opd.Kasi ')).join('\n') });
        const [action] = await fixes(ws, 'pk-missing');
        expect(action.title).toBe('Tambahkan perjanjian Opd.Kasi 2025');
        const fixed = apply(ws, action);
        expect(fixed.endsWith('}\n\nperjanjian Opd.Kasi 2025 {\n    pihak-kedua "Kepala Bidang"\n}\n')).toBe(true);
        const again = await buildWorkspace({ ...workspace([]), 'opd.kinerja': fixed, 'pk.kinerja': AGREEMENTS.split('\n').filter(l => !l.includes('Opd.Kasi ')).join('\n') });
        expect(again.findings.filter(f => f.code === 'pk-missing')).toEqual([]);
        expect(again.findings.filter(f => f.code === 'pk-unsigned').map(f => f.severity)).toEqual(['info']);
    });

    it('cascade-misaligned: re-points mendukung to a node of the direct superior', async () => {
        const ws = await buildWorkspace(workspace([
            '    program P2 "Program dua" oleh Kabid2 mendukung SS1 {',
            '        indikator IKP2 "Persentase" { satuan persen target 2025 1 }',
            '    }',
            '    kegiatan K2 "K" oleh Kasi mendukung P2'
        ]));
        const actions = await fixes(ws, 'cascade-misaligned');
        expect(actions.map(a => a.title)).toEqual(["Arahkan 'mendukung' ke P1"]);
        const fixed = apply(ws, actions[0]);
        expect(fixed).toContain('kegiatan K2 "K" oleh Kasi mendukung P1');
        const again = await buildWorkspace({ ...workspace([]), 'opd.kinerja': fixed });
        expect(again.findings.filter(f => f.code.startsWith('cascade-m'))).toEqual([]);
    });

    it('quarter-target-mismatch: sets tw4 to the annual target (terakhir) or makes the quarters add up (jumlah)', async () => {
        const ws = await buildWorkspace(workspace([
            '    sasaran SS5 "S" oleh Kadis mendukung Kab.S1 {',
            '        indikator I5 "Persentase" { satuan persen target 2025 60 { tw1 15 tw2 30 tw3 45 tw4 55 } }',
            '        indikator I6 "Jumlah orang" { satuan orang target 2025 110 { tw1 25 tw2 30 tw3 30 tw4 20 } }',
            '        indikator I7 "Persentase dua" { satuan persen target 2025 60,5 { tw1 15 tw2 30 } }',
            '    }'
        ]));
        const document = ws.documents.get('opd.kinerja')!;
        const mismatches = ws.findings.filter(f => f.code === 'quarter-target-mismatch');
        expect(mismatches.map(f => f.line)).toEqual([10, 11, 12]);
        const titles: string[] = [];
        let text = document.textDocument.getText();
        for (const m of [...mismatches].reverse()) {
            const [action] = (await ws.services.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri: document.uri.toString() }, range: m.diagnostic.range, context: { diagnostics: [m.diagnostic] }
            })) as CodeAction[];
            titles.unshift(action.title);
            text = TextDocument.applyEdits(TextDocument.create('x', 'kinerja', 1, text), action.edit!.changes![document.uri.toString()]);
        }
        expect(titles).toEqual(['Ubah target tw4 menjadi 60', 'Ubah target tw4 menjadi 25', 'Tambahkan target tw4 60,5']);
        expect(text).toContain('{ tw1 15 tw2 30 tw3 45 tw4 60 }');
        expect(text).toContain('{ tw1 25 tw2 30 tw3 30 tw4 25 }');
        expect(text).toContain('{ tw1 15 tw2 30 tw4 60,5 }');
        const again = await buildWorkspace({ ...workspace([]), 'opd.kinerja': text });
        expect(again.findings.filter(f => f.code === 'quarter-target-mismatch')).toEqual([]);
    });
});
