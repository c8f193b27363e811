import { describe, expect, it } from 'vitest';
import { buildWorkspace, summarise } from '../helpers.js';
import { workspace, sasaranWithIndicator as indicator } from './fixtures.js';


describe('low-achievement', () => {
    it('fires on the year-level realisation line below 90%, with the numbers', async () => {
        const ws = await buildWorkspace(workspace(indicator(['target 2025 40', 'realisasi 2025 12'], 'orang')));
        expect(summarise(ws.findings, 'low-achievement')).toEqual(['opd.kinerja:13:23 warning low-achievement']);
        expect(ws.findings.find(f => f.code === 'low-achievement')!.message)
            .toBe('Capaian Opd.IKU2 tahun 2025 30,00% (Sangat Rendah), di bawah batas 90,00%: target 40, realisasi 12. Jelaskan penyebab dan rencana perbaikan di LKjIP.');
    });
    it('fires on the tw4 line when the year is complete through quarters', async () => {
        const ws = await buildWorkspace(workspace(indicator(['target 2025 20 { tw1 5 tw2 10 tw3 15 tw4 20 }', 'realisasi 2025 tw3 14', 'realisasi 2025 tw4 15'])));
        expect(summarise(ws.findings, 'low-achievement')).toEqual(['opd.kinerja:14:28 warning low-achievement']);
    });
    it('fires on a turun indicator: T 5, R 6 is 80%', async () => {
        const ws = await buildWorkspace(workspace(indicator(['arah turun', 'target 2025 5', 'realisasi 2025 6'], 'hari')));
        expect(ws.findings.find(f => f.code === 'low-achievement')!.message).toContain('80,00% (Tinggi)');
    });
    it('does not fire at 90% exactly, nor on a year still in progress', async () => {
        const ws = await buildWorkspace(workspace(indicator(['target 2025 40', 'realisasi 2025 36', 'target 2024 40', 'realisasi 2024 tw2 5'], 'orang')));
        expect(summarise(ws.findings, 'low-achievement')).toEqual([]);
    });
});

describe('over-achievement', () => {
    it('fires above 200% on the realisation line', async () => {
        const ws = await buildWorkspace(workspace(indicator(['target 2025 Rp 600.000.000.000', 'realisasi 2025 Rp 1.320.000.000.000'], 'rupiah')));
        expect(summarise(ws.findings, 'over-achievement')).toEqual(['opd.kinerja:13:23 warning over-achievement']);
        expect(ws.findings.find(f => f.code === 'over-achievement')!.message).toContain('220,00%, di atas batas 200,00%');
    });
    it('on a figure pasted in English notation, says to check the notation, the data and the formula', async () => {
        // 71.430 is a valid Indonesian number of 71 thousand, so only its achievement tells. Against 72 it would be
        // suspicious-number (71,43 is in range, test/findings/real-year.test.ts); against 30 even 71,43 is above 200%.
        const ws = await buildWorkspace(workspace(indicator(['target 2025 30', 'realisasi 2025 71.430'], 'indeks')));
        expect(summarise(ws.findings, 'over-achievement')).toEqual(['opd.kinerja:13:23 warning over-achievement']);
        expect(ws.findings.find(f => f.code === 'over-achievement')!.message).toBe('Capaian Opd.IKU2 tahun 2025 238.100,00%, di atas batas 200,00%: target 30, realisasi 71.430. '
            + 'Periksa dulu penulisan angkanya (desimal memakai koma: 71,43; titik memisahkan ribuan, jadi 71.430 berarti 71 ribu), '
            + 'datanya, serta rumus dan arah indikatornya. Bila semuanya benar, target kemungkinan terlalu rendah: tinjau target tahun berikutnya.');
    });
    it('does not fire at 200% and follows the configured threshold', async () => {
        const files = workspace(indicator(['target 2025 10', 'realisasi 2025 20'], 'orang'));
        expect(summarise((await buildWorkspace(files)).findings, 'over-achievement')).toEqual([]);
        expect(summarise((await buildWorkspace(files, { config: { thresholds: { low: 90, high: 150 } } })).findings, 'over-achievement'))
            .toEqual(['opd.kinerja:13:23 warning over-achievement']);
    });
});

describe('behind-schedule', () => {
    it('fires on the latest reported quarter when behind the quarter plan', async () => {
        const ws = await buildWorkspace(workspace(indicator(['target 2025 60 { tw1 15 tw2 30 tw3 45 tw4 60 }', 'realisasi 2025 tw1 14', 'realisasi 2025 tw2 20'])));
        expect(summarise(ws.findings, 'behind-schedule')).toEqual(['opd.kinerja:14:28 warning behind-schedule']);
        expect(ws.findings.find(f => f.code === 'behind-schedule')!.message).toContain('s.d. 2025 tw2 66,67% terhadap rencana triwulan (target 30, realisasi 20)');
    });
    it('fires on a realisasi block item in another file', async () => {
        const ws = await buildWorkspace(workspace(indicator(['target 2025 60 { tw1 15 tw2 30 tw3 45 tw4 60 }', 'realisasi 2025 tw1 15']),
            { 'tw3.kinerja': 'realisasi Opd 2025 tw3 {\n    IKU2 20\n}' }));
        expect(summarise(ws.findings, 'behind-schedule')).toEqual(['tw3.kinerja:2:5 warning behind-schedule']);
    });
    it('does not fire on plan, without a quarter plan, or once the year is final', async () => {
        const onPlan = await buildWorkspace(workspace(indicator(['target 2025 60 { tw1 15 tw2 30 tw3 45 tw4 60 }', 'realisasi 2025 tw2 28'])));
        expect(summarise(onPlan.findings, 'behind-schedule')).toEqual([]);
        const noPlan = await buildWorkspace(workspace(indicator(['target 2025 60', 'realisasi 2025 tw2 2'])));
        expect(summarise(noPlan.findings, 'behind-schedule')).toEqual([]);
        const final = await buildWorkspace(workspace(indicator(['target 2025 60 { tw1 15 tw2 30 tw3 45 tw4 60 }', 'realisasi 2025 tw2 2', 'realisasi 2025 59'])));
        expect(summarise(final.findings, 'behind-schedule')).toEqual([]);
    });
});

describe('negative-value', () => {
    it('a negative target of a naik indicator: on the target, and no 200 % Sangat Tinggi for a worse result', async () => {
        const ws = await buildWorkspace(workspace(indicator(['target 2025 -5', 'realisasi 2025 -10'], '"persen poin"')));
        expect(summarise(ws.findings).filter(f => !f.endsWith('cascade-uncovered'))).toEqual(['opd.kinerja:12:25 warning negative-value']);
        expect(ws.findings.find(f => f.code === 'negative-value')!.message).toBe('Target Opd.IKU2 2025 bernilai negatif (-5): capaian adalah perbandingan realisasi dengan target, ' +
            'dan dengan target negatif hasilnya terbalik (realisasi yang lebih buruk tampak lebih tinggi), jadi capaiannya tidak dihitung. ' +
            'Nyatakan indikator dengan besaran positif, mis. besarnya penurunan dengan arah naik, atau nilai tingkatnya dengan arah turun.');
        const info = ws.services.kinerja.WorkspaceModel.get().indicators.get('Opd.IKU2')!;
        const { evaluateIndicator } = await import('../../src/engine/aggregation.js');
        const { defaultConfig } = await import('../../src/engine/config.js');
        expect(evaluateIndicator(info, 2025, defaultConfig()).achievement).toEqual({ computable: false, reason: 'negative-target' });
    });

    it('a negative quarter target and a negative range bound; in English', async () => {
        const ws = await buildWorkspace(workspace(indicator(['target 2025 10 { tw1 -2 tw2 4 tw3 4 tw4 4 }'], 'orang')), { lang: 'en' });
        expect(summarise(ws.findings, 'negative-value')).toEqual(['opd.kinerja:12:34 warning negative-value']);
        expect(ws.findings.find(f => f.code === 'negative-value')!.message).toContain('The target of Opd.IKU2 for 2025 tw1 is negative (-2)');
        const range = await buildWorkspace(workspace(indicator(['arah rentang', 'target 2025 -1 - 2'])));
        expect(summarise(range.findings, 'negative-value')).toEqual(['opd.kinerja:13:25 warning negative-value']);
        expect(range.findings.find(f => f.code === 'negative-value')!.message).toContain('Target rentang Opd.IKU2 2025 mempunyai batas negatif (-1)');
    });

    it('with the T/R formula, a negative realisation of a turun indicator; not with 2T − R', async () => {
        const lines = ['arah turun', 'target 2025 5', 'realisasi 2025 -1'];
        const tr = await buildWorkspace(workspace(indicator(lines, 'hari')), { config: { negativeFormula: 'T/R' } });
        expect(summarise(tr.findings, 'negative-value')).toEqual(['opd.kinerja:14:28 warning negative-value']);
        expect(tr.findings.find(f => f.code === 'negative-value')!.message).toContain('("negativeFormula": "T/R")');
        const twoTMinusR = await buildWorkspace(workspace(indicator(lines, 'hari')));
        expect(summarise(twoTMinusR.findings, 'negative-value')).toEqual([]);
    });
});

describe('a negative target in the reports', () => {
    it('is "tidak dapat dihitung (target negatif)", never 200 % Sangat Tinggi', async () => {
        const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
        const { tmpdir } = await import('node:os');
        const { join } = await import('node:path');
        const { kinerja } = await import('../cli-run.js');
        const folder = mkdtempSync(join(tmpdir(), 'kinerja-negative-'));
        try {
            for (const [name, text] of Object.entries(workspace(indicator(['target 2025 -5', 'realisasi 2025 -10'], '"persen poin"')))) writeFileSync(join(folder, name), text);
            const json = JSON.parse(kinerja(['report', '.', '--year', '2025', '--format', 'json'], folder).stdout) as { agencies: Array<{ indicators: Array<{ id: string; achievement: number | null; category: string | null }> }> };
            const row = json.agencies.flatMap(a => a.indicators).find(i => i.id === 'Opd.IKU2')!;
            expect(row).toMatchObject({ achievement: null, category: null });
            const html = kinerja(['report', '.', '--year', '2025', '--format', 'html'], folder).stdout;
            expect(html).toContain('tidak dapat dihitung (target negatif)');
            expect(html).not.toContain('200,00%');
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });
});
