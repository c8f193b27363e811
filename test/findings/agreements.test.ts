import { describe, expect, it } from 'vitest';
import { buildWorkspace, summarise } from '../helpers.js';
import { AGREEMENTS, workspace } from './fixtures.js';

describe('pk-missing', () => {
    it('fires on the position of an echelon II-IV official with targets but no agreement for the year', async () => {
        const ws = await buildWorkspace({ ...workspace([]), 'pk.kinerja': AGREEMENTS.split('\n').filter(l => !l.includes('Opd.Kasi ')).join('\n') });
        expect(summarise(ws.findings, 'pk-missing')).toEqual(['opd.kinerja:6:13 warning pk-missing']);
        expect(ws.findings.find(f => f.code === 'pk-missing')!.message).toContain('Opd.Kasi (eselon IV) memiliki target tahun 2025');
    });
    it('fires per year, and not for staff or officials without targets', async () => {
        const ws = await buildWorkspace(workspace(['    sasaran SS3 "S" oleh Kadis mendukung Kab.S1 { indikator I3 "Persentase" { satuan persen target 2024 1 } }']));
        expect(summarise(ws.findings, 'pk-missing')).toEqual(['opd.kinerja:4:13 warning pk-missing']);
        expect(ws.findings.find(f => f.code === 'pk-missing')!.message).toContain('tahun 2024');
    });
});

describe('pk-unsigned', () => {
    it('is information on the agreement without ditandatangani', async () => {
        const ws = await buildWorkspace({ ...workspace([]), 'pk.kinerja': AGREEMENTS + '\nperjanjian Opd.Kadis 2024 { pihak-kedua "Bupati" }' });
        expect(summarise(ws.findings, 'pk-unsigned')).toEqual(['pk.kinerja:5:12 info pk-unsigned']);
    });
    it('does not fire on a signed agreement', async () => {
        expect(summarise((await buildWorkspace(workspace([]))).findings, 'pk-unsigned')).toEqual([]);
    });
});

describe('agreements stated twice', () => {
    it('are duplicate-period on both', async () => {
        const ws = await buildWorkspace({ ...workspace([]), 'pk2.kinerja': 'perjanjian Opd.Kadis 2025 { ditandatangani 2025-01-07 }' });
        expect(summarise(ws.findings, 'duplicate-period')).toEqual(['pk.kinerja:1:22 error duplicate-period', 'pk2.kinerja:1:22 error duplicate-period']);
    });
});

describe('severities from the project config', () => {
    it('can change or switch off a code', async () => {
        const files = { ...workspace([]), 'pk.kinerja': AGREEMENTS + '\nperjanjian Opd.Kadis 2024 { }' };
        expect(summarise((await buildWorkspace(files, { config: { severity: { 'pk-unsigned': 'error' } } })).findings, 'pk-unsigned')).toEqual(['pk.kinerja:5:12 error pk-unsigned']);
        expect(summarise((await buildWorkspace(files, { config: { severity: { 'pk-unsigned': 'off' } } })).findings, 'pk-unsigned')).toEqual([]);
    });
});
