/**
 * Cases found while documenting every finding: each pins the corrected behaviour.
 */
import { describe, expect, it } from 'vitest';
import { buildWorkspace, summarise } from '../helpers.js';
import { workspace, sasaranWithIndicator as sasaran } from './fixtures.js';


describe('syntax errors follow the configured severity', () => {
    const files = { ...workspace([]), 'x.kinerja': 'pemda X "X" { @ }' };
    it('can be downgraded or switched off', async () => {
        expect(summarise((await buildWorkspace(files)).findings, 'syntax')).toEqual(['x.kinerja:1:15 error syntax']);
        expect(summarise((await buildWorkspace(files, { config: { severity: { syntax: 'warning' } } })).findings, 'syntax')).toEqual(['x.kinerja:1:15 warning syntax']);
        expect(summarise((await buildWorkspace(files, { config: { severity: { syntax: 'off' } } })).findings, 'syntax')).toEqual([]);
    });
    it('quotes expected keywords', async () => {
        const ws = await buildWorkspace({ 'x.kinerja': 'pemda X "X" {\n  periode 2021 2026\n}' });
        expect(ws.findings.map(f => f.message)).toEqual(["Diharapkan '-', tetapi ditemukan `2026`."]);
    });
});

describe('ranges', () => {
    it('a range in a quarter realisation is reported as such', async () => {
        const ws = await buildWorkspace(workspace(sasaran(['arah rentang', 'target 2025 80 - 90', 'realisasi 2025 { tw2 82 - 85 }'], 'indeks')));
        expect(ws.findings.find(f => f.code === 'range-target')!.message).toContain('realisasi selalu satu nilai');
    });
    it('quarter plans of a range compare both bounds', async () => {
        const ws = await buildWorkspace(workspace(sasaran(['arah rentang', 'target 2025 80 - 90 { tw2 80 - 95 tw4 80 - 99 }'], 'indeks')));
        expect(ws.findings.find(f => f.code === 'quarter-target-mismatch')!.message).toContain('(tw4: 80 - 99) tidak sama dengan target tahunan 80 - 90');
    });
});

describe('ratios on non-percent indicators', () => {
    it('are an error without follow-on achievement findings', async () => {
        const ws = await buildWorkspace(workspace(sasaran(['target 2024 3.000', 'realisasi 2024 2.846 dari 3.012'], 'orang')));
        expect(ws.findings.map(f => f.code).filter(c => c !== 'pk-missing' && c !== 'cascade-uncovered')).toEqual(['ratio-unit']);
    });
});

describe('period-outside on quarter blocks', () => {
    it('checks the year of a realisation written as a quarter block', async () => {
        const ws = await buildWorkspace(workspace(sasaran(['target 2020 50', 'realisasi 2020 { tw1 20 }'])));
        expect(summarise(ws.findings, 'period-outside')).toEqual(['opd.kinerja:12:20 warning period-outside', 'opd.kinerja:13:23 warning period-outside']);
    });
});

describe('messages', () => {
    it('English messages use the English category label', async () => {
        const ws = await buildWorkspace(workspace(sasaran(['target 2025 40', 'realisasi 2025 33'], 'orang')), { lang: 'en' });
        expect(ws.findings.find(f => f.code === 'low-achievement')!.message).toContain('82,50% (High)');
    });
    it('unresolved names never suggest the node itself', async () => {
        const ws = await buildWorkspace(workspace(['    sasaran SS1x "S" oleh Kadis mendukung SS1y']));
        expect(ws.findings.find(f => f.code === 'unresolved-reference')!.message).not.toContain('SS1x');
    });
});

describe('cascade refinements', () => {
    it('a tujuan covered through the head\'s own sasaran is not uncovered', async () => {
        const files = workspace(['    tujuan TJ "Tujuan" oleh Kadis mendukung Kab.T1 { indikator ITJ "Persentase" { satuan persen target 2025 1 } }']);
        files['opd.kinerja'] = files['opd.kinerja'].replace('oleh Kadis mendukung Kab.S1 {', 'oleh Kadis mendukung Kab.S1, TJ {');
        const ws = await buildWorkspace(files);
        expect(summarise(ws.findings, 'cascade-uncovered')).toEqual([]);
    });
    it('a regional node without support suggests the qualified name', async () => {
        const files = workspace([]);
        files['pemda.kinerja'] = files['pemda.kinerja'].replace(/\}\s*$/, '    sasaran S2 "Lain" mendukung T1 { indikator IKD2 "Persentase" { satuan persen target 2025 5 } }\n}');
        const ws = await buildWorkspace(files);
        expect(ws.findings.find(f => f.code === 'cascade-uncovered')!.message).toContain("'mendukung Kab.S2'");
    });
    it('skip-level to a regional node counts levels along the chain', async () => {
        const ws = await buildWorkspace(workspace(['    rhk R9 "R" oleh Staf mendukung Kab.S1']));
        expect(ws.findings.find(f => f.code === 'cascade-skip-level')!.message).toContain('4 tingkat di atasnya; cascading melompati Opd.Kasi, Opd.Kabid, Opd.Kadis');
    });
});

describe('an indicator whose name could not be read', () => {
    it('gets the syntax error only, never a message about "undefined"', async () => {
        const ws = await buildWorkspace(workspace(['    sasaran SS9 "S" oleh Kadis mendukung Kab.S1 { indikator I "Nama" { target 2025 1 } }']));
        expect(ws.findings.some(f => f.message.includes('undefined'))).toBe(false);
        expect(ws.findings.filter(f => f.code === 'missing-unit')).toEqual([]);
        expect(ws.findings.some(f => f.code === 'syntax')).toBe(true);
    });
});
