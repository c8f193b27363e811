/**
 * Workspace-wide findings follow edits in other files: a change in one file makes a
 * finding appear and disappear in another file that does not reference it.
 */
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
