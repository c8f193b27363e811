/** Completion (textDocument/completion) through langium/test's expectCompletion. */
import { describe, expect, it } from 'vitest';
import { expectCompletion } from 'langium/test';
import type { CompletionItem } from 'vscode-languageserver';
import { buildWorkspace } from '../helpers.js';
import { fixture, FILES } from './fixture.js';

const byLabel = (items: CompletionItem[], label: string) => items.find(i => i.label === label);
/** The labels in the order an editor shows them: by sortText (the list is not filtered yet). */
const shown = (items: CompletionItem[]) => [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map(i => i.label);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des'];

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
                expect(list.items.map(i => i.label)).toEqual(['persen', 'orang', 'dokumen', 'unit', 'indeks', 'rasio', 'hari', 'rupiah', 'predikat', 'opini', '"berkas"']);
                expect(byLabel(list.items, 'persen')?.detail).toBe('satuan: persen');
                expect(byLabel(list.items, 'rasio')?.detail).toBe('satuan: rasio');
                expect(byLabel(list.items, 'predikat')?.detail).toBe('satuan: predikat SAKIP (D, C, CC, B, BB, A, AA)');
                expect(byLabel(list.items, 'opini')?.detail).toBe('satuan: opini BPK (TMP, TW, WDP, WTP)');
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

    it('offers the periods where the grammar allows them: quarters, then months, then s.d.', async () => {
        const ws = await fixture();
        const complete = expectCompletion(ws.services);
        const inIndicator = 'instansi Opd {\n    sasaran SS9 "S" {\n        indikator I9 "I" {\n            ';
        await complete({
            text: `${inIndicator}target 2025 60 { <|>`, index: 0, disposeAfterCheck: true,
            assert: list => {
                expect(shown(list.items)).toEqual(['tw1', 'tw2', 'tw3', 'tw4', ...MONTHS, 's.d.']);
                expect(byLabel(list.items, 'tw3')?.detail).toBe('triwulan III (Juli–September)');
                expect(byLabel(list.items, 'sep')?.detail).toBe('bulan September (triwulan III)');
                expect(byLabel(list.items, 's.d.')?.detail).toBe('sampai dengan: nilai kumulatif sejak Januari s.d. periode itu');
            }
        });
        await complete({
            text: `${inIndicator}realisasi 2025 { jan 5 <|>`, index: 0, disposeAfterCheck: true,
            assert: list => expect(shown(list.items)).toEqual(['dari', 'tw1', 'tw2', 'tw3', 'tw4', ...MONTHS, 's.d.'])
        });
        // After `realisasi 2025 s.d.` a period follows, never a second s.d.
        await complete({
            text: `${inIndicator}realisasi 2025 s.d. <|>`, index: 0, disposeAfterCheck: true,
            assert: list => expect(shown(list.items).filter(l => /^(tw\d|[a-z]{3}|s\.d\.)$/.test(l))).toEqual(['tw1', 'tw2', 'tw3', 'tw4', ...MONTHS])
        });
        // A belanja figure is that period's own spending: no s.d. there.
        await complete({
            text: 'instansi Opd {\n    program P9 "P" {\n        belanja 2025 { <|>', index: 0, disposeAfterCheck: true,
            assert: list => expect(shown(list.items)).toEqual(['tw1', 'tw2', 'tw3', 'tw4', ...MONTHS])
        });
    });

    it('offers the keywords of a real year with their meaning, and a keyword by the rule it stands in', async () => {
        const ws = await fixture();
        const complete = expectCompletion(ws.services);
        const inIndicator = 'instansi Opd {\n    sasaran SS9 "S" {\n        indikator I9 "I" {\n            ';
        await complete({
            text: `${inIndicator}arah turun <|>`, index: 0, disposeAfterCheck: true,
            assert: list => {
                expect(byLabel(list.items, 'rasio')?.detail).toBe('makin rendah makin baik, capaian T / R × 100');
                expect(byLabel(list.items, 'selisih')?.detail).toBe('makin rendah makin baik, capaian (2T − R) / T × 100');
            }
        });
        await complete({
            text: `${inIndicator}arah <|>`, index: 0, disposeAfterCheck: true,
            assert: list => {
                expect(list.items.map(i => i.label)).toEqual(['naik', 'turun', 'rentang', 'stabil']);
                expect(byLabel(list.items, 'stabil')?.detail).toBe('dijaga dalam rentang target (mis. inflasi)');
            }
        });
        await complete({
            text: 'instansi Opd {\n    sasaran SS9 "S" {\n        indikator I9 "I" <|>', index: 0, disposeAfterCheck: true,
            assert: list => expect(byLabel(list.items, 'utama')?.detail).toBe('indikator kinerja utama (IKU)')
        });
        await complete({
            text: 'instansi Opd {\n    jabatan K "K" eselon II {\n        pejabat "A" <|>', index: 0, disposeAfterCheck: true,
            assert: list => {
                expect(list.items.map(i => i.label)).toEqual(expect.arrayContaining(['plt', 'plh', 'sejak', 'sampai', 'nip']));
                expect(byLabel(list.items, 'plt')?.detail).toBe('pelaksana tugas (Plt)');
            }
        });
        await complete({
            text: `${inIndicator}target 2025 80 <|>`, index: 0, disposeAfterCheck: true,
            assert: list => expect(byLabel(list.items, 'revisi')?.detail).toBe('revisi target atau pagu: berlaku sejak tanggal, dengan alasannya')
        });
        await complete({
            text: `${inIndicator}catatan 2025 tw3 {\n                <|>`, index: 0, disposeAfterCheck: true,
            assert: list => expect(list.items.map(i => [i.label, i.detail])).toEqual([
                ['analisis', 'analisis capaian'], ['kendala', 'kendala'], ['solusi', 'solusi / langkah ke depan']
            ])
        });
    });

    it('offers after lintas the nodes of the other agencies of the same pemda, qualified, its own kind first', async () => {
        const files: Record<string, string> = {
            ...FILES,
            'dinsos.kinerja': 'instansi Dinsos "Dinas Sosial" {\n    pemda Kab\n    sasaran SS7 "Sasaran sosial"\n    program P7 "Program sosial" mendukung SS7\n}\n',
            'lain.kinerja': 'pemda Lain "Kabupaten lain" {\n    sasaran SL "S"\n}\ninstansi Luar "Dinas luar" {\n    pemda Lain\n    program PL "P"\n}\n'
        };
        const ws = await buildWorkspace(files);
        const complete = expectCompletion(ws.services);
        await complete({
            text: 'instansi Opd {\n    program P9 "P" lintas <|>', index: 0, disposeAfterCheck: true,
            // Never Opd's own nodes, Kab's or another pemda's (crosscutting-outside).
            assert: list => expect(shown(list.items)).toEqual(['Dinsos.P7', 'Dinsos.SS7'])
        });
        await complete({
            text: 'instansi Opd {\n    program P9 "P" lintas Dinsos.P7, <|>', index: 0, disposeAfterCheck: true,
            assert: list => expect(list.items.map(i => i.label)).toEqual(['Dinsos.SS7'])
        });
    });

    it('gives every keyword of the language a meaning in both languages', async () => {
        const { AstUtils, GrammarAST } = await import('langium');
        const { KinerjaGrammar } = await import('../../src/language/generated/grammar.js');
        const { keywordMeaning } = await import('../../src/lsp/messages.js');
        const words = new Set(AstUtils.streamAllContents(KinerjaGrammar()).filter(GrammarAST.isKeyword).map(k => k.value).filter(k => /[a-z]/i.test(k)));
        const missing = [...words].filter(k => !keywordMeaning('id', k) || !keywordMeaning('en', k) || keywordMeaning('id', k) === keywordMeaning('en', k) && !/^[A-Z]/.test(k));
        expect(missing).toEqual([]);
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
