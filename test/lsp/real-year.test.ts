/**
 * The editor on a real year (issue 19), on the contract's workspace spec/examples/malra:
 * hovers for revisions, officials over time, IKU, qualitative scales, crosscutting links,
 * months and `s.d.` figures; inlay hints for months and `s.d.` lines.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Range } from 'vscode-languageserver';
import { buildWorkspace, findCascadeItem as find, uriOf, type TestWorkspace } from '../helpers.js';
import { positionOf } from './fixture.js';
import { cascadeTree } from '../../src/lsp/cascade-tree.js';
import { defaultConfig } from '../../src/engine/config.js';

const MALRA = resolve(__dirname, '../../../shared/spec/examples/malra');
const WHOLE: Range = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };

function malraFiles(): Record<string, string> {
    const files: Record<string, string> = {};
    for (const f of readdirSync(MALRA).filter(f => f.endsWith('.kinerja')).sort()) files[f] = readFileSync(resolve(MALRA, f), 'utf8');
    return files;
}

let cached: Promise<TestWorkspace> | undefined;
const malra = () => cached ??= buildWorkspace(malraFiles());

async function hoverAt(ws: TestWorkspace, file: string, needle: string, delta = 1): Promise<string | undefined> {
    const document = ws.documents.get(file)!;
    const hover = await ws.services.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: positionOf(document, needle, delta)
    });
    return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : undefined;
}

/** `line text ⟶ hint label` for each hint. */
async function hints(ws: TestWorkspace, file: string): Promise<string[]> {
    const document = ws.documents.get(file)!;
    const lines = document.textDocument.getText().split('\n');
    const result = await ws.services.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range: WHOLE }) ?? [];
    return result.map(h => `${lines[h.position.line].slice(0, h.position.character).trim()} ⟶ ${h.label}`);
}

async function tooltips(ws: TestWorkspace, file: string): Promise<string[]> {
    const document = ws.documents.get(file)!;
    const result = await ws.services.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range: WHOLE }) ?? [];
    return result.map(h => String(h.tooltip));
}

describe('hover on a real year', () => {
    it('marks an IKU and shows the target in force with its revision history', async () => {
        const text = (await hoverAt(await malra(), 'dinkes.kinerja', 'IKU1 "'))!;
        expect(text.split('\n\n')[1]).toBe('*DinkesMalra · sasaran SS1* · IKU (indikator kinerja utama) · satuan persen · arah naik · akumulasi terakhir');
        expect(text).toContain('| 2025 | 80 | 78,50 (s.d. tw3) | 98,13% | Sangat Tinggi |');
        expect(text).toContain([
            'Revisi target 2025:',
            '- semula: 85',
            '- 2025-07-10: 80 (tw3 78 · tw4 80) — Refocusing anggaran pada APBD Perubahan',
            '- berlaku: 80 (revisi 2025-07-10)'
        ].join('\n'));
    });

    it('on a revisi line says first what that revision does, for a target and a pagu', async () => {
        const ws = await malra();
        expect((await hoverAt(ws, 'dinkes.kinerja', 'revisi 2025-07-10', 2))!.split('\n\n---\n\n')[0]).toBe(
            'Revisi target 2025, berlaku sejak 2025-07-10: 80 (semula 85); triwulan tw3 78 · tw4 80. Alasan: Refocusing anggaran pada APBD Perubahan.');
        const pagu = (await hoverAt(ws, 'dinkes.kinerja', 'revisi 2025-08-20', 2))!;
        expect(pagu.split('\n\n---\n\n')[0]).toBe(
            'Revisi pagu 2025, berlaku sejak 2025-08-20: Rp 750.000.000 (semula Rp 900.000.000). Alasan: APBD Perubahan 2025.');
        expect(pagu).toContain('Anggaran 2025 s.d. tw3: pagu Rp 750.000.000 · realisasi Rp 510.000.000 · serapan 68,00%  \nPagu direvisi 2025-08-20 (semula Rp 900.000.000): APBD Perubahan 2025');
    });

    it('on a position lists its officials, the one in office now and the one on the agreement\'s signing date', async () => {
        const ws = await malra();
        const text = (await hoverAt(ws, 'dinkes.kinerja', 'jabatan Kadis', 9))!;
        expect(text).toContain([
            'Pejabat:',
            '- dr. Sri Wahyuni Renwarin, M.Kes. · sampai 2025-06-30',
            '- Yohanis Rahanra, S.K.M. (Plt) · sejak 2025-07-01'
        ].join('\n'));
        expect(text).toContain('Menjabat sekarang: Yohanis Rahanra, S.K.M. (Plt)  \nPerjanjian kinerja 2025 (ditandatangani 2025-01-08): dr. Sri Wahyuni Renwarin, M.Kes.');
        // On a pejabat line: that official first.
        expect((await hoverAt(ws, 'dinkes.kinerja', 'Yohanis', 2))!.split('\n\n---\n\n')[0]).toBe('Pejabat **Yohanis Rahanra, S.K.M.** (Plt) · sejak 2025-07-01');
        // One official: as in part 1.
        expect(await hoverAt(ws, 'dinkes.kinerja', 'jabatan KasiKesga', 9)).toContain('Pejabat: Fransina Rahayaan, S.ST.');
    });

    it('shows the scale of a qualitative indicator and its values as words', async () => {
        const text = (await hoverAt(await malra(), 'pemda.kinerja', 'PredikatSAKIP', 2))!;
        expect(text).toContain('satuan predikat · arah naik · skala D < C < CC < B < BB < A < AA');
        expect(text).toContain('| 2025 | "BB" | "B" | 0,00% | Sangat Rendah |');
    });

    it('shows a node\'s crosscutting links and an indicator\'s own lower-is-better formula', async () => {
        const ws = await malra();
        expect(await hoverAt(ws, 'dinkes.kinerja', 'P02 "')).toContain('Lintas (crosscutting) dengan: DinsosMalra.P01');
        expect(await hoverAt(ws, 'dinkes.kinerja', 'IKP01 "')).toContain('arah turun rasio (T / R)');
    });

    it('on a month or s.d. value says first what period it stands for', async () => {
        const ws = await malra();
        const first = async (needle: string, delta: number) => (await hoverAt(ws, 'dinkes.kinerja', needle, delta))!.split('\n\n')[0];
        expect(await first('s.d. tw2 540', 10)).toBe('540 adalah nilai s.d. tw2: kumulatif Januari–Juni (akumulasi jumlah). Nilai tw1–tw2 sendiri: 540.');
        expect(await first('s.d. tw3 800', 10)).toBe('800 adalah nilai s.d. tw3: kumulatif Januari–September (akumulasi jumlah). Nilai tw3 sendiri: 260.');
        expect(await first('sep 110', 5)).toBe('110 adalah nilai bulan September saja; triwulan III dibentuk dari bulan-bulannya (akumulasi jumlah: dijumlah), tw3 = 307.');
        expect(await first('agu 96', 5)).toBe('96 adalah nilai bulan Agustus saja; triwulan III dibentuk dari bulan-bulannya (akumulasi jumlah: dijumlah).');
    });
});

describe('inlay hints on a real year', () => {
    it('give a month line that ends its quarter the quarter figure and an s.d. line its own-period value', async () => {
        expect((await hints(await malra(), 'dinkes.kinerja')).filter(h => !h.startsWith('belanja'))).toEqual([
            'realisasi 2025 tw1 79 ⟶ posisi akhir tw1 · capaian 98,75% (Sangat Tinggi)',
            'realisasi 2025 tw2 81 ⟶ posisi akhir tw2 · capaian 98,78% (Sangat Tinggi)',
            // Against the revised quarter plan (78 from 2025-07-10).
            'realisasi 2025 tw3 78,50 ⟶ posisi akhir tw3 · capaian 100,64% (Sangat Tinggi)',
            'realisasi 2025 25 ⟶ capaian 96,00% (Sangat Tinggi)',
            'realisasi 2025 0 ⟶ capaian 100,00% (Sangat Tinggi)',
            // Months: the quarter the engine makes (jumlah: their sum) at the quarter's last month.
            'realisasi 2025 { jan 90 feb 95 mar 100 ⟶ tw1 = 285 · capaian 95,00% (Sangat Tinggi)',
            'realisasi 2025 { jan 90 feb 95 mar 100 apr 98 mei 102 jun 97 ⟶ tw2 = 297 · capaian 97,00% (Sangat Tinggi)',
            'realisasi 2025 { jan 90 feb 95 mar 100 apr 98 mei 102 jun 97 jul 101 agu 96 sep 110 ⟶ tw3 = 307 · capaian 98,78% (Sangat Tinggi)',
            // s.d.: cumulative since January; the quarter's own value is the difference (800 − 540);
            // the first one also covers tw1, which has no figure of its own.
            'realisasi 2025 s.d. tw2 540 ⟶ kumulatif Jan–Jun · tw1–tw2 = 540 · capaian 98,18% (Sangat Tinggi)',
            'realisasi 2025 s.d. tw3 800 ⟶ kumulatif Jan–Sep · tw3 = 260 · capaian 96,39% (Sangat Tinggi)'
        ]);
    });

    it('compare qualitative values as words on their scale', async () => {
        const ws = await malra();
        expect((await hints(ws, 'pemda.kinerja')).filter(h => h.includes('"'))).toEqual([
            'realisasi 2025 "B" ⟶ capaian 0,00% (Sangat Rendah)',
            'realisasi 2025 "WTP" ⟶ capaian 100,00% (Sangat Tinggi)'
        ]);
        expect((await tooltips(ws, 'pemda.kinerja')).filter(t => t.includes('"'))).toEqual([
            'Realisasi 2025: "B" terhadap target tahunan "BB".',
            'Realisasi 2025: "WTP" terhadap target tahunan "WTP".'
        ]);
    });

    it('read a single month statement as its month, never as the year, and a terakhir month as the level at its end', async () => {
        const ws = await buildWorkspace({
            'opd.kinerja': [
                'instansi Opd "Dinas" {',
                '    periode 2025 - 2026',
                '    sasaran S "S" {',
                '        indikator Jml "Jumlah" {',
                '            satuan orang',
                '            target 2025 1.200 { tw1 300 tw2 300 tw3 300 tw4 300 }',
                '            realisasi 2025 s.d. agu 700',
                '            realisasi 2025 sep 110',
                '        }',
                '        indikator Tkt "Tingkat" {',
                '            satuan persen',
                '            target 2025 90 { tw3 85 tw4 90 }',
                '            realisasi 2025 sep 86',
                '        }',
                '    }',
                '}',
                ''
            ].join('\n')
        }, { lang: 'en' });
        expect(await hints(ws, 'opd.kinerja')).toEqual([
            // s.d. agu is not the last figure of tw3: no hint; sep ends tw3 (700 + 110 = 810, covering tw1–tw3).
            'realisasi 2025 sep 110 ⟶ tw1–tw3 = 810 · achievement 90,00% (High)',
            'realisasi 2025 sep 86 ⟶ level at end of sep · achievement 101,18% (Very high)'
        ]);
        expect(await tooltips(ws, 'opd.kinerja')).toEqual([
            "110 is September's own value; quarter III is made from its months (accumulation jumlah: summed), tw1–tw3 = 810."
                + ' Realisation up to tw3 2025 (jumlah): 810 against the quarter plan 900.',
            '86 is the level at the end of September (accumulation terakhir: quarter III = the latest month reported).'
                + ' Realisation up to tw3 2025 (terakhir): 86 against the quarter plan 85.'
        ]);
    });
});

describe('belanja in the editor', () => {
    it('shows the running sum and the absorption against the pagu in force on each belanja line', async () => {
        const ws = await malra();
        expect((await hints(ws, 'dinkes.kinerja')).filter(h => h.startsWith('belanja'))).toEqual([
            'belanja 2025 tw1 Rp 120.000.000 ⟶ s.d. tw1 Rp 120.000.000 · serapan 13,33%',
            // Pagu 900.000.000 until the revision of 2025-08-20.
            'belanja 2025 tw2 Rp 180.000.000 ⟶ s.d. tw2 Rp 300.000.000 · serapan 33,33%',
            'belanja 2025 tw3 Rp 210.000.000 ⟶ s.d. tw3 Rp 510.000.000 · serapan 68,00%'
        ]);
        expect((await hoverAt(ws, 'dinkes.kinerja', 'belanja 2025 tw2', 20))!.split('\n\n')[0]).toBe(
            'Rp 180.000.000 adalah belanja dalam triwulan II saja; realisasi anggaran kumulatif s.d. tw2 adalah jumlah berjalan belanja: Rp 300.000.000.');
    });

    it('gives months of a belanja block the running sum at their quarter\'s last month only', async () => {
        const ws = await buildWorkspace({
            'opd.kinerja': 'instansi Opd "Dinas" {\n    periode 2025 - 2026\n    program P "P" {\n        pagu 2025 Rp 1.000\n        belanja 2025 { jan Rp 100 feb Rp 100 mar Rp 50 apr Rp 250 }\n    }\n}\n'
        });
        expect(await hints(ws, 'opd.kinerja')).toEqual([
            'belanja 2025 { jan Rp 100 feb Rp 100 mar Rp 50 ⟶ s.d. tw1 Rp 250 · serapan 25,00%',
            'belanja 2025 { jan Rp 100 feb Rp 100 mar Rp 50 apr Rp 250 ⟶ s.d. tw2 Rp 500 · serapan 50,00%'
        ]);
    });
});

describe('the Pohon Kinerja tree on a real year', () => {
    it('marks IKU and lists crosscutting partners both ways, outside the cascade', async () => {
        const tree = cascadeTree((await malra()).services.kinerja.WorkspaceModel.get(), defaultConfig(), 'id', 2025);
        expect(find(tree.organisations, 'DinkesMalra.IKU1')!.key).toBe(true);
        expect(find(tree.organisations, 'DinkesMalra.IKK01')!.key).toBeUndefined();
        expect(find(tree.organisations, 'KabMalra.IPM')!.key).toBe(true);
        const p02 = find(tree.organisations, 'DinkesMalra.P02')!;
        expect(p02.crosscutting).toEqual(['DinsosMalra.P01']);
        expect(find(tree.organisations, 'DinsosMalra.P01')!.crosscutting).toEqual(['DinkesMalra.P02']);
        // Not a cascade parent: P01 stays in Dinsos's tree only.
        expect(find(tree.organisations.find(o => o.id === 'DinkesMalra')!.children, 'DinsosMalra.P01')).toBeUndefined();
    });
});

describe('the real-year texts in English', () => {
    it('speak English when the settings say so', async () => {
        const ws = await buildWorkspace(malraFiles(), { lang: 'en' });
        expect((await hoverAt(ws, 'dinkes.kinerja', 'revisi 2025-07-10', 2))!.split('\n\n---\n\n')[0]).toBe(
            'Revision of the 2025 target, in force from 2025-07-10: 80 (originally 85); quarters tw3 78 · tw4 80. Reason: Refocusing anggaran pada APBD Perubahan.');
        const position = (await hoverAt(ws, 'dinkes.kinerja', 'jabatan Kadis', 9))!;
        expect(position).toContain('- Yohanis Rahanra, S.K.M. (acting, Plt) · from 2025-07-01');
        expect(position).toContain('In office now: Yohanis Rahanra, S.K.M. (acting, Plt)  \nPerformance agreement 2025 (signed 2025-01-08): dr. Sri Wahyuni Renwarin, M.Kes.');
        expect((await hints(ws, 'dinkes.kinerja')).filter(h => h.includes('s.d.') || h.startsWith('belanja 2025 tw2'))).toEqual([
            'realisasi 2025 s.d. tw2 540 ⟶ cumulative Jan–Jun · tw1–tw2 = 540 · achievement 98,18% (Very high)',
            'realisasi 2025 s.d. tw3 800 ⟶ cumulative Jan–Sep · tw3 = 260 · achievement 96,39% (Very high)',
            'belanja 2025 tw2 Rp 180.000.000 ⟶ to tw2 Rp 300.000.000 · absorption 33,33%'
        ]);
    });
});

describe('document links to evidence', () => {
    async function links(ws: TestWorkspace, file: string): Promise<Array<[string, string | undefined, string | undefined]>> {
        const document = ws.documents.get(file)!;
        const result = await ws.services.lsp.DocumentLinkProvider!.getDocumentLinks(document, { textDocument: { uri: document.uri.toString() } });
        return result.map(l => [document.textDocument.getText(l.range), l.target, typeof l.tooltip === 'string' ? l.tooltip : undefined]);
    }

    it('open a bukti path relative to the file that states it', async () => {
        expect(await links(await malra(), 'dinkes.kinerja')).toEqual([
            ['bukti/rekap-persalinan-2025-tw3.csv', uriOf('bukti/rekap-persalinan-2025-tw3.csv').toString(), 'Buka bukti dukung "Rekap persalinan triwulan III"']
        ]);
    });

    it('keep a web address, and give no link for other schemes or, outside the file system, absolute paths', async () => {
        const ws = await buildWorkspace({
            'sub/opd.kinerja': [
                'instansi Opd "Dinas" {',
                '    program P "P" {',
                '        bukti 2025 "Laporan" "https://sakip.example.go.id/lkjip-2025.pdf"',
                '        bukti 2025 tw1 "Skrip" "javascript:alert(1)"',
                '        bukti 2025 tw2 "Mutlak" "/srv/bukti/a.pdf"',
                '        bukti 2025 tw3 "Naik" "../arsip/b.pdf"',
                '    }',
                '}',
                ''
            ].join('\n')
        }, { lang: 'en' });
        expect(await links(ws, 'sub/opd.kinerja')).toEqual([
            ['https://sakip.example.go.id/lkjip-2025.pdf', 'https://sakip.example.go.id/lkjip-2025.pdf', 'Open the evidence "Laporan"'],
            ['../arsip/b.pdf', uriOf('arsip/b.pdf').toString(), 'Open the evidence "Naik"']
        ]);
    });
});
