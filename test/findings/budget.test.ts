import { describe, expect, it } from 'vitest';
import { buildWorkspace, summarise } from '../helpers.js';
import { workspace } from './fixtures.js';

const program = (lines: string[]) => [
    '    program PB "Program anggaran" oleh Kabid mendukung SS1 {',        // line 9
    ...lines.map(l => `        ${l}`),                                       // line 10…
    '    }',
    '    kegiatan KB "Kegiatan anggaran" oleh Kasi mendukung PB {',
    '        pagu 2025 Rp 600',
    '    }'
];

describe('budget-overspend', () => {
    it('fires on a realisation above the pagu, with the pagu as related information', async () => {
        const ws = await buildWorkspace(workspace(program(['pagu 2025 Rp 600', 'realisasi 2025 tw2 Rp 700'])));
        expect(summarise(ws.findings, 'budget-overspend')).toEqual(['opd.kinerja:11:28 error budget-overspend']);
        const f = ws.findings.find(x => x.code === 'budget-overspend')!;
        expect(f.message).toContain('Rp 700 melebihi pagu Rp 600 (serapan 116,67%)');
        expect(f.diagnostic.relatedInformation?.[0].location.range.start.line).toBe(9);
    });
    it('fires against a pagu of Rp 0 with the absorption not computable, instead of failing the validation (fuzz seed 20261124, run 5533)', async () => {
        const ws = await buildWorkspace(workspace(program(['pagu 2025 Rp 0', 'realisasi 2025 tw1 Rp 275.000.000'])));
        expect(summarise(ws.findings, 'budget-overspend')).toEqual(['opd.kinerja:11:28 error budget-overspend']);
        expect(ws.findings.find(x => x.code === 'budget-overspend')!.message).toContain('Rp 275.000.000 melebihi pagu Rp 0 (serapan tidak dapat dihitung)');
        expect(ws.findings.filter(f => f.message.includes('error occurred'))).toEqual([]);
    });
    it('does not fire at exactly the pagu', async () => {
        const ws = await buildWorkspace(workspace(program(['pagu 2025 Rp 600', 'realisasi 2025 Rp 600'])));
        expect(summarise(ws.findings, 'budget-overspend')).toEqual([]);
    });
    it('fires on a realisasi block item in another file', async () => {
        const ws = await buildWorkspace(workspace(program(['pagu 2025 Rp 600']), { 'tw.kinerja': 'realisasi Opd 2025 tw3 {\n    KB Rp 900\n}' }));
        expect(summarise(ws.findings, 'budget-overspend')).toEqual(['tw.kinerja:2:8 error budget-overspend']);
    });
});

describe('budget-decreasing', () => {
    it('fires on the quarter whose cumulative realisation goes down', async () => {
        const ws = await buildWorkspace(workspace(program(['pagu 2025 Rp 600', 'realisasi 2025 tw1 Rp 300', 'realisasi 2025 tw2 Rp 200', 'realisasi 2025 tw3 Rp 400'])));
        expect(summarise(ws.findings, 'budget-decreasing')).toEqual(['opd.kinerja:12:28 error budget-decreasing']);
        expect(ws.findings.find(f => f.code === 'budget-decreasing')!.message).toContain('turun dari Rp 300 (2025 tw1) ke Rp 200 (2025 tw2)');
    });
    it('does not fire on a growing or flat series', async () => {
        const ws = await buildWorkspace(workspace(program(['pagu 2025 Rp 600', 'realisasi 2025 tw1 Rp 300', 'realisasi 2025 tw2 Rp 300', 'realisasi 2025 Rp 550'])));
        expect(summarise(ws.findings, 'budget-decreasing')).toEqual([]);
    });
});

describe('budget-children-mismatch', () => {
    it('fires on the program pagu when its kegiatan add up to something else', async () => {
        const ws = await buildWorkspace(workspace(program(['pagu 2025 Rp 1.000'])));
        expect(summarise(ws.findings, 'budget-children-mismatch')).toEqual(['opd.kinerja:10:19 warning budget-children-mismatch']);
        const f = ws.findings.find(x => x.code === 'budget-children-mismatch')!;
        expect(f.message).toContain('berjumlah Rp 600 (selisih Rp 400)');
        expect(f.diagnostic.relatedInformation).toHaveLength(1);
    });
    it('prints a shortfall with the sign before Rp', async () => {
        const ws = await buildWorkspace(workspace(program(['pagu 2025 Rp 200'])));
        expect(ws.findings.find(x => x.code === 'budget-children-mismatch')!.message).toContain('berjumlah Rp 600 (selisih -Rp 400)');
    });
    it('does not fire when they add up, or when the program has no own pagu', async () => {
        expect(summarise((await buildWorkspace(workspace(program(['pagu 2025 Rp 600'])))).findings, 'budget-children-mismatch')).toEqual([]);
        expect(summarise((await buildWorkspace(workspace(program([])))).findings, 'budget-children-mismatch')).toEqual([]);
    });
});

describe('low-absorption', () => {
    it('fires on the latest realisation below the expected curve (tw2: 40%)', async () => {
        const ws = await buildWorkspace(workspace(program(['pagu 2025 Rp 600', 'realisasi 2025 tw1 Rp 60', 'realisasi 2025 tw2 Rp 200'])));
        expect(summarise(ws.findings, 'low-absorption')).toEqual(['opd.kinerja:12:28 warning low-absorption']);
        expect(ws.findings.find(f => f.code === 'low-absorption')!.message).toContain('33,33%, di bawah rencana serapan 40,00% untuk tw2');
    });
    it('follows a configured curve and does not fire at or above it', async () => {
        const ws = await buildWorkspace(workspace(program(['pagu 2025 Rp 600', 'realisasi 2025 tw2 Rp 240'])));
        expect(summarise(ws.findings, 'low-absorption')).toEqual([]);
        const again = await buildWorkspace(workspace(program(['pagu 2025 Rp 600', 'realisasi 2025 tw2 Rp 240'])), { config: { absorptionCurve: [10, 50, 70, 95] } });
        expect(summarise(again.findings, 'low-absorption')).toEqual(['opd.kinerja:11:28 warning low-absorption']);
    });
});
