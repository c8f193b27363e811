/** Inlay hints (textDocument/inlayHint) after realisation lines. */
import { describe, expect, it } from 'vitest';
import type { Range } from 'vscode-languageserver';
import type { TestWorkspace } from '../helpers.js';
import { fixture } from './fixture.js';

const WHOLE: Range = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };

/** `line text ⟶ hint label` for each hint, as the editor shows them. */
async function hints(ws: TestWorkspace, file: string, range = WHOLE): Promise<string[]> {
    const document = ws.documents.get(file)!;
    const lines = document.textDocument.getText().split('\n');
    const result = await ws.services.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range }) ?? [];
    return result.map(h => {
        expect(h.paddingLeft).toBe(true);
        return `${lines[h.position.line].slice(0, h.position.character).trim()} ⟶ ${h.label}`;
    });
}

describe('inlay hints', () => {
    it('show the achievement each realisation line makes and the absorption of budget lines', async () => {
        const ws = await fixture();
        expect(await hints(ws, 'opd.kinerja')).toEqual([
            // Year-level: against the annual target.
            'realisasi 2024 22 ⟶ capaian 114,05% (Sangat Tinggi)',
            // Quarters: what the value is, then the achievement against the quarter plan up
            // to that quarter (terakhir: the level at the quarter's end).
            'realisasi 2025 tw1 4,80 ⟶ posisi akhir tw1 · capaian 96,00% (Sangat Tinggi)',
            'realisasi 2025 tw2 9,10 ⟶ posisi akhir tw2 · capaian 91,00% (Sangat Tinggi)',
            // jumlah: the quarter's own value; 12 of 15, then 12 + 18 of 15 + 15.
            'realisasi 2025 { tw1 12 ⟶ triwulan ini · capaian 80,00% (Tinggi)',
            'realisasi 2025 { tw1 12 tw2 18 ⟶ triwulan ini · capaian 100,00% (Sangat Tinggi)',
            // A budget quarter is cumulative.
            'realisasi 2025 tw1 Rp 500.000.000 ⟶ s.d. tw1 · serapan 20,00%'
        ]);
    });

    it('show the same on the items of a realisation block in another file', async () => {
        const ws = await fixture();
        expect(await hints(ws, 'laporan.kinerja')).toEqual([
            'IKU1 14,20 ⟶ posisi akhir tw3 · capaian 94,67% (Sangat Tinggi)',
            'P1 Rp 1.900.000.000 ⟶ s.d. tw3 · serapan 76,00%'
        ]);
    });

    it('explain the comparison in the tooltip', async () => {
        const ws = await fixture();
        const document = ws.documents.get('laporan.kinerja')!;
        const [first] = await ws.services.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range: WHOLE }) ?? [];
        expect(first.tooltip).toBe('14,20 adalah posisi pada akhir triwulan III (akumulasi terakhir: setahun = nilai triwulan terakhir yang dilaporkan).'
            + ' Realisasi s.d. tw3 2025 (terakhir): 14,20 terhadap rencana triwulan 15.');
    });

    it('are computed only for the requested range', async () => {
        const ws = await fixture();
        // Lines 12-13 (0-based 11-12): the two quarter lines of IKU1.
        const range: Range = { start: { line: 11, character: 0 }, end: { line: 12, character: 40 } };
        expect(await hints(ws, 'opd.kinerja', range)).toEqual([
            'realisasi 2025 tw1 4,80 ⟶ posisi akhir tw1 · capaian 96,00% (Sangat Tinggi)',
            'realisasi 2025 tw2 9,10 ⟶ posisi akhir tw2 · capaian 91,00% (Sangat Tinggi)'
        ]);
    });

    it('compare a quarter with the annual target when the year has no quarter plan, and say when nothing compares', async () => {
        const ws = await fixture();
        const { editFile } = await import('../helpers.js');
        await editFile(ws, 'extra.kinerja', [
            'instansi Opd {',
            '    sasaran S9 "S" oleh Kadis {',
            '        indikator A "Tanpa rencana triwulan" { satuan orang target 2025 100 realisasi 2025 tw1 30 }',
            '        indikator B "Rencana mulai tw2" { satuan orang target 2025 100 { tw2 50 tw4 50 } realisasi 2025 tw1 5 }',
            '        indikator C "Target nol" { satuan orang target 2025 0 realisasi 2025 3 }',
            '        indikator D "Tanpa target" { satuan orang realisasi 2025 3 }',
            '    }',
            '}'
        ].join('\n'));
        expect((await hints(ws, 'extra.kinerja')).map(h => h.replace(/^.*⟶ /, ''))).toEqual([
            'triwulan ini · capaian 30,00% (Sangat Rendah) thd target tahunan',
            'triwulan ini · capaian tidak dapat dihitung (tidak ada target triwulan)',
            'capaian tidak dapat dihitung (target nol)'
        ]);
    });

    it('speak English when the settings say so', async () => {
        const ws = await fixture({ lang: 'en' });
        expect(await hints(ws, 'laporan.kinerja')).toEqual([
            'IKU1 14,20 ⟶ level at end of tw3 · achievement 94,67% (Very high)',
            'P1 Rp 1.900.000.000 ⟶ to tw3 · absorption 76,00%'
        ]);
    });

    it('say a quarter of a jumlah indicator is that quarter\'s own value, where a running total would be a mistake', async () => {
        // 75 written as "so far" for tw3 of a 180-a-year jumlah indicator reads as 75 in tw3 alone.
        const ws = await fixture();
        const { editFile } = await import('../helpers.js');
        await editFile(ws, 'extra.kinerja', [
            'instansi Opd {',
            '    program P9 "P" oleh Kabid {',
            '        indikator J "Jumlah peserta" { satuan orang akumulasi jumlah target 2025 180 { tw1 45 tw2 45 tw3 45 tw4 45 } realisasi 2025 tw3 75 }',
            '    }',
            '}'
        ].join('\n'));
        const document = ws.documents.get('extra.kinerja')!;
        const [hint] = await ws.services.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range: WHOLE }) ?? [];
        expect(hint.label).toBe('triwulan ini · capaian 55,56% (Rendah)');
        expect(hint.tooltip).toMatch(/^75 adalah nilai triwulan III saja, bukan total s\.d\. triwulan itu \(akumulasi jumlah: setahun = tw1 \+ tw2 \+ tw3 \+ tw4\)\./);
    });
});
