/** Hovers (textDocument/hover): langium/test's expectHover and direct requests on the fixture. */
import { describe, expect, it } from 'vitest';
import { expectHover } from 'langium/test';
import type { TestWorkspace } from '../helpers.js';
import { fixture, positionOf } from './fixture.js';

async function hoverAt(ws: TestWorkspace, file: string, needle: string, delta = 1, nth = 0): Promise<string | undefined> {
    const document = ws.documents.get(file)!;
    const hover = await ws.services.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: positionOf(document, needle, delta, nth)
    });
    return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : undefined;
}

const IKU1_TABLE = [
    '| Tahun | Target | Realisasi | Capaian | Kategori |',
    '|---|--:|--:|--:|---|',
    '| 2024 | 19,29 | 22 | 114,05% | Sangat Tinggi |',
    '| 2025 | 20,50 | 14,20 (s.d. tw3) | 69,27% | Sedang |'
].join('\n');

describe('hover on an indicator', () => {
    it('shows target, realisation, achievement and category per year and the latest quarter view', async () => {
        const ws = await fixture();
        const text = await hoverAt(ws, 'opd.kinerja', 'IKU1');
        expect(text).toBe([
            '**indikator IKU1** — Persentase layanan',
            '*Opd · sasaran SS1* · satuan persen · arah naik · akumulasi terakhir',
            IKU1_TABLE,
            'Triwulan 2025 s.d. tw3: rencana 15 · realisasi 14,20 · capaian 94,67% (Sangat Tinggi)',
            'Mendukung: Kab.IKD'
        ].join('\n\n'));
    });

    it('is the same on a realisation line inside the indicator and on a block item in another file', async () => {
        const ws = await fixture();
        const onLine = await hoverAt(ws, 'opd.kinerja', 'realisasi 2025 tw2 9,10', 20);
        const onItem = await hoverAt(ws, 'laporan.kinerja', 'IKU1 14,20', 6);
        expect(onLine).toContain(IKU1_TABLE);
        expect(onItem).toContain(IKU1_TABLE);
    });

    it('on a quarter\'s realisation says first what the value is: the quarter\'s own, the level at its end, or spending to date', async () => {
        const ws = await fixture();
        const first = async (needle: string, delta: number, file = 'opd.kinerja') => (await hoverAt(ws, file, needle, delta))!.split('\n\n')[0];
        expect(await first('realisasi 2025 tw2 9,10', 20)).toBe(
            '9,10 adalah posisi pada akhir triwulan II (akumulasi terakhir: setahun = nilai triwulan terakhir yang dilaporkan).');
        expect(await first('tw2 18', 5)).toBe(
            '18 adalah nilai triwulan II saja, bukan total s.d. triwulan itu (akumulasi jumlah: setahun = tw1 + tw2 + tw3 + tw4).');
        expect(await first('realisasi 2025 tw1 Rp 500', 24)).toBe(
            'Rp 500.000.000 adalah realisasi anggaran kumulatif, sejak Januari s.d. akhir triwulan I.');
        expect(await first('P1 Rp 1.900', 8, 'laporan.kinerja')).toBe(
            'Rp 1.900.000.000 adalah realisasi anggaran kumulatif, sejak Januari s.d. akhir triwulan III.');
        // A year's realisation needs no such word.
        expect(await first('realisasi 2024 22', 15)).toBe('**indikator IKU1** — Persentase layanan');
    });

    it('works through langium/test on a document that adds a final realisation', async () => {
        const ws = await fixture();
        await expectHover(ws.services)({
            text: 'realisasi Opd 2025 {\n    IK<|>U1 21\n}', index: 0, disposeAfterCheck: true,
            hover: /\| 2025 \| 20,50 \| 21 \| 102,44% \| Sangat Tinggi \|/
        });
        // The year-level value is final: no "s.d. tw3" on its row any more.
        await expectHover(ws.services)({
            text: 'realisasi Opd 2025 {\n    IKU1 21<|>,5\n}', index: 0, disposeAfterCheck: true,
            hover: /\| 2025 \| 20,50 \| 21,50 \| 104,88% \| Sangat Tinggi \|/
        });
    });

    it('says so when a value is not computable', async () => {
        const ws = await fixture();
        await expectHover(ws.services)({
            text: 'instansi Opd {\n    sasaran S9 "S" oleh Kadis {\n        indikator N<|>ol "Nol" { satuan orang target 2025 0 realisasi 2025 3 }\n    }\n}',
            index: 0, disposeAfterCheck: true,
            hover: /\| 2025 \| 0 \| 3 \| tidak dapat dihitung \(target nol\) \| — \|/
        });
    });

    it('speaks English when the settings say so', async () => {
        const ws = await fixture({ lang: 'en' });
        const text = await hoverAt(ws, 'opd.kinerja', 'IKU1');
        expect(text).toContain('| Year | Target | Realisation | Achievement | Category |');
        expect(text).toContain('| 2024 | 19,29 | 22 | 114,05% | Very high |');
        expect(text).toContain('Quarters 2025 up to tw3: plan 15 · realisation 14,20 · achievement 94,67% (Very high)');
    });
});

describe('hover on a node', () => {
    it('shows owner, supports, indicators and budget', async () => {
        const ws = await fixture();
        const text = await hoverAt(ws, 'opd.kinerja', 'P1 "');
        expect(text).toBe([
            '**program P1** — Program layanan',
            '*Opd* · Pemilik: Kabid (Kepala Bidang)',
            'Mendukung: SS1',
            '| Indikator 2025 (s.d. tw2) | Capaian |\n|---|--:|\n| IKP1 | 100,00% (Sangat Tinggi) |',
            'Rata-rata capaian: 100,00% (Sangat Tinggi)',
            'Anggaran 2025 s.d. tw3: pagu Rp 2.500.000.000 · realisasi Rp 1.900.000.000 · serapan 76,00%'
        ].join('\n\n'));
    });

    it('is shown on a pagu line, on a budget item of a block, and on a qualified reference in another file', async () => {
        const ws = await fixture();
        expect(await hoverAt(ws, 'opd.kinerja', 'pagu 2025')).toContain('serapan 76,00%');
        expect(await hoverAt(ws, 'laporan.kinerja', 'P1 Rp')).toContain('serapan 76,00%');
        const regional = await hoverAt(ws, 'opd.kinerja', 'Kab.S1', 5);
        // Names are shown as they would be written where the hover is: inside Opd.
        expect(regional).toContain('**sasaran Kab.S1** — Sasaran daerah');
        expect(regional).toContain('Mendukung: Kab.T1  \nDidukung oleh: SS1');
    });

    it('describes positions and organisations', async () => {
        const ws = await fixture();
        expect(await hoverAt(ws, 'opd.kinerja', 'Kabid "')).toBe(
            '**jabatan Kabid** — Kepala Bidang\n\n*Opd* · eselon III · atasan Kadis\n\nPenanggung jawab 1 unsur pohon kinerja');
        expect(await hoverAt(ws, 'opd.kinerja', 'Kab', 0)).toBe(
            '**pemda Kab** — Pemerintah Kabupaten Contoh\n\npemerintah daerah · periode 2021 - 2026\n\n0 jabatan · 2 unsur pohon kinerja · 1 indikator');
    });

    it('has nothing to say on keywords, comments and blank space', async () => {
        const ws = await fixture();
        expect(await hoverAt(ws, 'opd.kinerja', 'periode', 2)).toBeUndefined();
        expect(await hoverAt(ws, 'opd.kinerja', '    jabatan Kadis', 1)).toBeUndefined();
    });
});
