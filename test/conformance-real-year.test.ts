/**
 * Conformance with part 2 of the contract (../shared/spec/real-year.md, present in CI):
 * the workspace examples/malra uses every construct of a real year, and
 * `kinerja report --format json` gives every number the spec lists, to 0,01, through the
 * real CLI. (The findings it lists are checked in test/findings/real-year.test.ts.)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kinerja, ROOT } from './cli-run.js';

const SPEC = resolve(ROOT, '../shared/spec/examples/malra');
const present = existsSync(SPEC);
if (!present) {
    console.warn(`conformance (real year): skipped, ${SPEC} not found (it is there in CI)`);
}

interface Indicator {
    id: string; key: boolean; target: number | string | null; originalTarget: number | string | null;
    revision: { date: string; reason: string | null } | null;
    realisation: number | string | null; achievement: number | null;
    quarterTarget: number | string | null; quarterRealisation: number | string | null; quarterAchievement: number | null;
}
interface Budget { id: string; pagu: number | null; originalPagu: number | null; realisation: number | null; absorption: number | null }
interface Report { agencies: Array<{ id: string; indicators: Indicator[]; budget: Budget[] }> }

function report(quarter?: number): Report {
    const result = kinerja(['report', SPEC, '--year', '2025', '--format', 'json', ...(quarter ? ['--quarter', String(quarter)] : [])]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return JSON.parse(result.stdout) as Report;
}

const indicator = (r: Report, id: string) => {
    const found = r.agencies.flatMap(a => a.indicators).find(i => i.id === id);
    expect(found, id).toBeDefined();
    return found!;
};
const budget = (r: Report, id: string) => {
    const found = r.agencies.flatMap(a => a.budget).find(b => b.id === id);
    expect(found, id).toBeDefined();
    return found!;
};

describe.skipIf(!present)('spec workspace examples/malra (a real year)', () => {
    it('report --year 2025: index, lower-is-better with either formula, the band, zero targets and qualitative targets', () => {
        const r = report();
        const achievements = Object.fromEntries(['KabMalra.IPM', 'KabMalra.AKI', 'KabMalra.Inflasi', 'KabMalra.PredikatSAKIP', 'KabMalra.OpiniBPK', 'DinkesMalra.IKP01', 'DinkesMalra.IKP02']
            .map(id => [id, indicator(r, id).achievement]));
        expect(achievements).toEqual({
            'KabMalra.IPM': 99.9, 'KabMalra.AKI': 75, 'KabMalra.Inflasi': 75, 'KabMalra.PredikatSAKIP': 0,
            'KabMalra.OpiniBPK': 100, 'DinkesMalra.IKP01': 96, 'DinkesMalra.IKP02': 100
        });
        const predikat = indicator(r, 'KabMalra.PredikatSAKIP');
        expect([predikat.target, predikat.realisation, predikat.key]).toEqual(['BB', 'B', true]);
        expect([indicator(r, 'KabMalra.OpiniBPK').target, indicator(r, 'KabMalra.OpiniBPK').realisation]).toEqual(['WTP', 'WTP']);
        expect(indicator(r, 'KabMalra.UHH').key).toBe(false);
        // The year uses every revision of the year, and says what it replaced.
        const iku1 = indicator(r, 'DinkesMalra.IKU1');
        expect([iku1.target, iku1.originalTarget, iku1.revision]).toEqual([80, 85, { date: '2025-07-10', reason: 'Refocusing anggaran pada APBD Perubahan' }]);
        const k0201 = budget(r, 'DinkesMalra.K0201');
        expect([k0201.pagu, k0201.originalPagu, k0201.realisation, k0201.absorption]).toEqual([750000000, 900000000, 510000000, 68]);
    });

    it('report --quarter 3: the revision in force, months made quarters, cumulative figures, spending per quarter', () => {
        const r = report(3);
        const iku1 = indicator(r, 'DinkesMalra.IKU1');
        expect([iku1.target, iku1.quarterTarget, iku1.quarterAchievement, iku1.achievement]).toEqual([80, 78, 100.64, 98.13]);
        const ikk01 = indicator(r, 'DinkesMalra.IKK01');
        expect([ikk01.quarterRealisation, ikk01.quarterTarget, ikk01.quarterAchievement, ikk01.achievement]).toEqual([889, 900, 98.78, 74.08]);
        const ikk02 = indicator(r, 'DinkesMalra.IKK02');
        expect([ikk02.quarterAchievement, ikk02.achievement]).toEqual([96.39, 72.73]);
        const k0201 = budget(r, 'DinkesMalra.K0201');
        expect([k0201.pagu, k0201.realisation, k0201.absorption]).toEqual([750000000, 510000000, 68]);
    });

    it('report --quarter 2: the revision of July is not in force yet', () => {
        const r = report(2);
        const iku1 = indicator(r, 'DinkesMalra.IKU1');
        expect([iku1.target, iku1.revision, iku1.quarterAchievement, iku1.achievement]).toEqual([85, null, 98.78, 95.29]);
        const ikk02 = indicator(r, 'DinkesMalra.IKK02');
        expect([ikk02.quarterAchievement, ikk02.achievement]).toEqual([98.18, 49.09]);
        const k0201 = budget(r, 'DinkesMalra.K0201');
        expect([k0201.pagu, k0201.absorption]).toEqual([900000000, 33.33]);
    });

    it('the agreements name the official in office on the signing date', () => {
        const result = kinerja(['report', SPEC, '--year', '2025', '--kind', 'agreements', '--format', 'json']);
        expect(result.status).toBe(0);
        const docs = JSON.parse(result.stdout).documents as Array<{ position: { id: string }; firstParty: { name: string | null } }>;
        expect(docs.find(d => d.position.id === 'DinkesMalra.Kadis')?.firstParty.name).toBe('dr. Sri Wahyuni Renwarin, M.Kes.');
    });
});
