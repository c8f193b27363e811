/**
 * Workspace-wide findings follow edits in other files: a change in one file makes a
 * finding appear and disappear in another file that does not reference it.
 */
import { DocumentState, MultiMapScope } from 'langium';
import type { KinerjaIndexManager } from '../../src/language/kinerja-index-manager.js';
import { describe, expect, it } from 'vitest';
import { buildWorkspace, deleteFile, editFile, summarise } from '../helpers.js';

const PEMDA = 'pemda Kab "Kabupaten" {\n    periode 2021 - 2026\n    tujuan T1 "Tujuan"\n    sasaran S1 "Sasaran" mendukung T1\n}';
const OPD = [
    'instansi Opd "Dinas" {',
    '    pemda Kab',
    '    periode 2021 - 2026',
    '    jabatan Kadis "Kepala" eselon II',
    '    jabatan Kabid "Kepala Bidang" eselon III atasan Kadis',
    '    sasaran SS1 "Sasaran" oleh Kadis mendukung Kab.S1 {',
    '        indikator IKU1 "Indikator" { satuan persen target 2025 80 }',
    '    }',
    '}'
].join('\n');
const PROGRAM = [
    'instansi Opd {',
    '    program P1 "Program" oleh Kabid mendukung SS1 {',
    '        indikator IKP1 "Indikator" { satuan orang target 2025 10 }',
    '    }',
    '}'
].join('\n');
const PK = 'perjanjian Opd.Kadis 2025 { ditandatangani 2025-01-06 }\nperjanjian Opd.Kabid 2025 { ditandatangani 2025-01-06 }';

describe('findings across files follow changes', () => {
    it('pk-missing appears in the agency file when the agreement file changes, and disappears again', async () => {
        const ws = await buildWorkspace({ 'pemda.kinerja': PEMDA, 'opd.kinerja': OPD, 'program.kinerja': PROGRAM, 'pk.kinerja': PK });
        expect(summarise(ws.findings)).toEqual([]);
        await editFile(ws, 'pk.kinerja', PK.split('\n')[1]);
        expect(summarise(ws.findings)).toEqual(['opd.kinerja:4:13 warning pk-missing']);
        await editFile(ws, 'pk.kinerja', PK);
        expect(summarise(ws.findings)).toEqual([]);
    });

    it('cascade-uncovered appears when the supporting file is deleted and disappears when it comes back', async () => {
        const ws = await buildWorkspace({ 'pemda.kinerja': PEMDA, 'opd.kinerja': OPD, 'program.kinerja': PROGRAM, 'pk.kinerja': PK });
        await deleteFile(ws, 'program.kinerja');
        expect(summarise(ws.findings)).toEqual(['opd.kinerja:6:13 warning cascade-uncovered']);
        await editFile(ws, 'program.kinerja', PROGRAM);
        expect(summarise(ws.findings)).toEqual([]);
    });

    it('duplicate-period appears in the agency file when a realisasi block in a new file repeats a realisation', async () => {
        const opd = OPD.replace('target 2025 80 }', 'target 2025 80 realisasi 2025 tw1 20 }');
        const ws = await buildWorkspace({ 'pemda.kinerja': PEMDA, 'opd.kinerja': opd, 'program.kinerja': PROGRAM, 'pk.kinerja': PK });
        expect(summarise(ws.findings)).toEqual([]);
        await editFile(ws, 'tw1.kinerja', 'realisasi Opd 2025 tw1 {\n    IKU1 21\n}');
        expect(summarise(ws.findings, 'duplicate-period')).toEqual(['opd.kinerja:7:82 error duplicate-period', 'tw1.kinerja:2:5 error duplicate-period']);
        await editFile(ws, 'tw1.kinerja', 'realisasi Opd 2025 tw2 {\n    IKU1 21\n}');
        expect(summarise(ws.findings, 'duplicate-period')).toEqual([]);
    });
});

describe('references and re-validation follow edits without looking at the whole workspace', () => {
    const OTHER = 'instansi Lain "Dinas Lain" {\n    pemda Kab\n    jabatan Kadis "Kepala" eselon II\n    sasaran SL "Sasaran" oleh Kadis mendukung Kab.S1\n}';

    it('a reference resolves when its target file appears, and is unresolved again when it goes', async () => {
        const ws = await buildWorkspace({ 'pemda.kinerja': PEMDA, 'opd.kinerja': OPD, 'pk.kinerja': PK });
        expect(summarise(ws.findings, 'unresolved-reference')).toEqual([]);
        const user = 'perjanjian Opd.Kasi 2025 { ditandatangani 2025-01-06 }';
        await editFile(ws, 'pk2.kinerja', user);
        expect(summarise(ws.findings, 'unresolved-reference')).toEqual(['pk2.kinerja:1:12 error unresolved-reference']);
        await editFile(ws, 'kasi.kinerja', 'instansi Opd {\n    jabatan Kasi "Kepala Seksi" eselon IV atasan Kabid\n}');
        expect(summarise(ws.findings, 'unresolved-reference')).toEqual([]);
        const agreement = ws.documents.get('pk2.kinerja')!.parseResult.value as { elements: Array<{ position?: { ref?: { name?: string } } }> };
        expect(agreement.elements[0].position?.ref?.name).toBe('Kasi');
        await deleteFile(ws, 'kasi.kinerja');
        expect(summarise(ws.findings, 'unresolved-reference')).toEqual(['pk2.kinerja:1:12 error unresolved-reference']);
    });

    it('a name declared in two files resolves as Langium\'s own global scope would, after every edit', async () => {
        const ws = await buildWorkspace({ 'a.kinerja': PEMDA, 'b.kinerja': PEMDA.replace('"Sasaran"', '"Sasaran B"'), 'opd.kinerja': OPD });
        const index = ws.services.shared.workspace.IndexManager as KinerjaIndexManager;
        const target = () => {
            const root = ws.documents.get('opd.kinerja')!.parseResult.value as { elements: Array<{ nodes: Array<{ supports: Array<{ ref?: { title?: string } }> }> }> };
            return root.elements[0].nodes[0].supports[0].ref?.title;
        };
        const same = () => {
            for (const name of ['Kab.S1', 'Kab.T1', 'Kab', 'Opd.SS1']) {
                for (const type of ['Node', 'Pemda', 'Instansi', 'Jabatan']) {
                    expect(index.elementByName(name, type), `${name} ${type}`).toBe(new MultiMapScope(index.allElements(type)).getElement(name));
                }
            }
        };
        expect(target()).toBe('Sasaran');
        same();
        await editFile(ws, 'b.kinerja', PEMDA.replace('"Sasaran"', '"Sasaran B2"'));
        await editFile(ws, 'opd.kinerja', OPD + '\n');
        expect(target()).toBe('Sasaran');
        same();
        await editFile(ws, 'a.kinerja', PEMDA.replace('"Sasaran"', '"Sasaran A2"'));
        same();
        await deleteFile(ws, 'b.kinerja');
        await editFile(ws, 'opd.kinerja', OPD);
        expect(target()).toBe('Sasaran A2');
        same();
    });

    it('an edit in one agency re-validates its own files and its regional government, not the other agencies', async () => {
        const ws = await buildWorkspace({ 'pemda.kinerja': PEMDA, 'opd.kinerja': OPD, 'program.kinerja': PROGRAM, 'pk.kinerja': PK, 'lain.kinerja': OTHER });
        const validated: string[] = [];
        ws.services.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, d => validated.push(d.uri.path.split('/').pop()!));
        await editFile(ws, 'program.kinerja', PROGRAM.replace('target 2025 10', 'target 2025 12'));
        expect([...new Set(validated)].sort()).toEqual(['opd.kinerja', 'pk.kinerja', 'program.kinerja']);
        // The file supporting the regional goals: the pemda's coverage depends on it.
        validated.length = 0;
        await editFile(ws, 'opd.kinerja', OPD.replace('target 2025 80', 'target 2025 81'));
        expect([...new Set(validated)].sort()).toEqual(['opd.kinerja', 'pemda.kinerja', 'pk.kinerja', 'program.kinerja']);
    });

    it('an edit re-validates another agency that reads the edited organisation, though it references another of its files', async () => {
        // lintas.kinerja supports Opd.P1, declared in program.kinerja, not in the edited opd.kinerja.
        const across = 'instansi Lintas "Dinas Lintas" {\n    pemda Kab\n    jabatan Kadis "Kepala" eselon II\n    program PL "Program" oleh Kadis mendukung Opd.P1\n}';
        const ws = await buildWorkspace({ 'pemda.kinerja': PEMDA, 'opd.kinerja': OPD, 'program.kinerja': PROGRAM, 'lain.kinerja': OTHER, 'lintas.kinerja': across });
        const validated: string[] = [];
        ws.services.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, d => validated.push(d.uri.path.split('/').pop()!));
        await editFile(ws, 'opd.kinerja', OPD.replace('target 2025 80', 'target 2025 81'));
        expect([...new Set(validated)].sort()).toEqual(['lintas.kinerja', 'opd.kinerja', 'pemda.kinerja', 'program.kinerja']);
        // Once the file is gone, editing the agency leaves it alone.
        await deleteFile(ws, 'lintas.kinerja');
        validated.length = 0;
        await editFile(ws, 'opd.kinerja', OPD);
        expect([...new Set(validated)].sort()).toEqual(['opd.kinerja', 'pemda.kinerja', 'program.kinerja']);
    });
});
