/** Completion (textDocument/completion) through langium/test's expectCompletion. */
import { describe, expect, it } from 'vitest';
import { expectCompletion } from 'langium/test';
import type { CompletionItem } from 'vscode-languageserver';
import { buildWorkspace } from '../helpers.js';
import { fixture, FILES } from './fixture.js';

const byLabel = (items: CompletionItem[], label: string) => items.find(i => i.label === label);

describe('completion', () => {
    it('proposes the keywords valid at the cursor, with their meaning', async () => {
        const ws = await fixture();
        const complete = expectCompletion(ws.services);
        await complete({
            text: '<|>', index: 0, disposeAfterCheck: true,
            expectedItems: ['pemda', 'pemda …', 'instansi', 'instansi …', 'perjanjian', 'perjanjian …', 'realisasi', 'realisasi …']
        });
        await complete({
            text: 'instansi Opd {\n    <|>', index: 0, disposeAfterCheck: true,
            expectedItems: ['pemda', 'periode', 'jabatan', 'jabatan …', 'tujuan', 'sasaran', 'program', 'kegiatan', 'kegiatan …', 'subkegiatan', 'rhk']
        });
        await complete({
            text: 'instansi Opd {\n    jabatan J "Jabatan" <|>', index: 0, disposeAfterCheck: true,
            assert: list => {
                expect(list.items.map(i => i.label)).toEqual(['eselon', 'staf']);
                expect(byLabel(list.items, 'staf')?.detail).toBe('jabatan nonstruktural');
            }
        });
    });

    it('offers positions of the agency unqualified, with their titles as detail', async () => {
        const ws = await fixture();
        await expectCompletion(ws.services)({
            text: 'instansi Opd {\n    program P9 "Program baru" oleh <|>', index: 0, disposeAfterCheck: true,
            assert: list => {
                expect(list.items.map(i => i.label)).toEqual(['Kadis', 'Kabid']);
                expect(byLabel(list.items, 'Kabid')).toMatchObject({ detail: 'Kepala Bidang', labelDetails: { description: 'eselon III' } });
            }
        });
    });

    it('offers for mendukung the agency\'s nodes unqualified and its pemda\'s nodes qualified, never the node itself', async () => {
        const ws = await fixture();
        await expectCompletion(ws.services)({
            text: 'instansi Opd {\n    kegiatan K9 "Kegiatan baru" oleh Kabid mendukung <|>', index: 0, disposeAfterCheck: true,
            assert: list => {
                expect(list.items.map(i => i.label)).toEqual(['SS1', 'P1', 'Kab.T1', 'Kab.S1']);
                expect(byLabel(list.items, 'Kab.S1')).toMatchObject({ detail: 'Sasaran daerah', labelDetails: { description: 'sasaran' } });
            }
        });
    });

    it('offers the names of an organisation after its qualifier', async () => {
        const ws = await fixture();
        const complete = expectCompletion(ws.services);
        await complete({
            text: 'instansi Opd {\n    sasaran SS9 "S" mendukung Kab.<|>', index: 0, disposeAfterCheck: true,
            expectedItems: ['Kab.S1', 'Kab.T1']
        });
        await complete({
            text: 'instansi Opd {\n    sasaran SS9 "S" { indikator I9 "I" mendukung Kab.IK<|>', index: 0, disposeAfterCheck: true,
            expectedItems: ['Kab.IKD']
        });
        await complete({ text: 'perjanjian Opd.<|>', index: 0, disposeAfterCheck: true, expectedItems: ['Opd.Kadis', 'Opd.Kabid'] });
    });

    it('offers qualified positions at the top level and organisations by their bare names', async () => {
        const ws = await fixture();
        const complete = expectCompletion(ws.services);
        await complete({ text: 'perjanjian <|>', index: 0, disposeAfterCheck: true, expectedItems: ['Opd.Kadis', 'Opd.Kabid'] });
        await complete({ text: 'realisasi <|>', index: 0, disposeAfterCheck: true, expectedItems: ['Kab', 'Opd'] });
        await complete({ text: 'instansi Baru "Baru" {\n    pemda <|>', index: 0, disposeAfterCheck: true, expectedItems: ['Kab'] });
    });

    it('offers the indicators and nodes of the organisation inside a realisation block', async () => {
        const ws = await fixture();
        await expectCompletion(ws.services)({
            text: 'realisasi Opd 2025 tw4 {\n    <|>', index: 0, disposeAfterCheck: true,
            expectedItems: ['SS1', 'P1', 'IKU1', 'IKP1']
        });
    });

    it('offers built-in units and the custom units used in the workspace', async () => {
        const ws = await fixture();
        await expectCompletion(ws.services)({
            text: 'instansi Opd {\n    sasaran SS9 "S" {\n        indikator I9 "I" {\n            satuan <|>', index: 0, disposeAfterCheck: true,
            assert: list => {
                expect(list.items.map(i => i.label)).toEqual(['persen', 'orang', 'dokumen', 'unit', 'indeks', 'rasio', 'hari', 'rupiah', '"berkas"']);
                expect(byLabel(list.items, 'persen')?.detail).toBe('satuan: persen');
                expect(byLabel(list.items, '"berkas"')).toMatchObject({ detail: 'satuan yang sudah dipakai', textEdit: { newText: '"berkas"' } });
            }
        });
    });

    it('offers the years of the organisation\'s period after target, realisasi, pagu, perjanjian and realisasi blocks', async () => {
        const ws = await fixture();
        const complete = expectCompletion(ws.services);
        const agencyYears = ['2022', '2023', '2024', '2025', '2026'];
        const inIndicator = 'instansi Opd {\n    sasaran SS9 "S" {\n        indikator I9 "I" {\n            ';
        await complete({ text: `${inIndicator}target <|>`, index: 0, disposeAfterCheck: true, expectedItems: agencyYears });
        await complete({ text: `${inIndicator}realisasi <|>`, index: 0, disposeAfterCheck: true, expectedItems: agencyYears });
        await complete({ text: 'instansi Opd {\n    program P9 "P" {\n        pagu <|>', index: 0, disposeAfterCheck: true, expectedItems: agencyYears });
        await complete({ text: 'perjanjian Opd.Kadis <|>', index: 0, disposeAfterCheck: true, expectedItems: agencyYears });
        // The pemda's own period (2021 - 2026).
        await complete({
            text: 'realisasi Kab <|>', index: 0, disposeAfterCheck: true,
            assert: list => {
                expect(list.items.map(i => i.label)).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
                expect(list.items[0].detail).toBe('tahun dalam periode 2021 - 2026');
            }
        });
    });

    it('offers the quarters where the grammar allows them', async () => {
        const ws = await fixture();
        await expectCompletion(ws.services)({
            text: 'instansi Opd {\n    sasaran SS9 "S" {\n        indikator I9 "I" {\n            target 2025 60 { <|>', index: 0, disposeAfterCheck: true,
            assert: list => {
                expect(list.items.map(i => i.label)).toEqual(['tw1', 'tw2', 'tw3', 'tw4']);
                expect(list.items[2].detail).toBe('triwulan III (Juli–September)');
            }
        });
    });

    it('speaks English when the settings say so', async () => {
        const ws = await fixture({ lang: 'en' });
        await expectCompletion(ws.services)({
            text: 'realisasi Opd <|>', index: 0, disposeAfterCheck: true,
            assert: list => expect(list.items[0].detail).toBe('year in the period 2022 - 2026')
        });
    });

    it('reads only the organisations concerned, whatever the size of the workspace', async () => {
        // Forty more agencies of 50 positions each: `oleh` still offers Opd's two positions.
        const files: Record<string, string> = { ...FILES };
        for (let a = 0; a < 40; a++) {
            const positions = Array.from({ length: 50 }, (_, p) => `    jabatan J${p} "Jabatan ${p}" eselon IV`).join('\n');
            files[`opd${a}.kinerja`] = `instansi Opd${a} "Dinas ${a}" {\n    pemda Kab\n${positions}\n}\n`;
        }
        const ws = await buildWorkspace(files);
        await expectCompletion(ws.services)({
            text: 'instansi Opd {\n    program P9 "P" oleh <|>', index: 0, disposeAfterCheck: true,
            expectedItems: ['Kabid', 'Kadis']
        });
    });
});
