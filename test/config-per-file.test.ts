/**
 * Each file follows the kinerja.config.json nearest to it (docs/configuration.md), in
 * `check` and `report` alike: a folder holding two regions, one of which computes
 * `arah turun` as T / R, gives the same achievement in both commands, whatever the
 * order of the paths.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kinerja } from './cli-run.js';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-two-configs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function region(letter: string): string {
    return [
        `pemda Kab${letter} "Kabupaten ${letter}" {`, '    periode 2021 - 2026', '    tujuan T1 "Tujuan"', '}',
        `instansi Dinkes${letter} "Dinas Kesehatan ${letter}" {`, `    pemda Kab${letter}`, '    periode 2021 - 2026',
        '    jabatan Kadis "Kepala Dinas" eselon II',
        `    sasaran SS1 "Menurunnya angka kesakitan" oleh Kadis mendukung Kab${letter}.T1 {`,
        '        indikator IKU1 "Angka kesakitan" { satuan persen arah turun target 2025 10 realisasi 2025 11,5 }',
        '        indikator IKU2 "Persentase" { satuan persen target 2025 80 realisasi 2025 { tw1 10 tw2 20 tw3 30 } }',
        '    }', '}', `perjanjian Dinkes${letter}.Kadis 2025 { ditandatangani 2025-01-06 }`, ''
    ].join('\n');
}

for (const letter of ['A', 'B']) {
    mkdirSync(join(dir, `kab-${letter.toLowerCase()}`));
    writeFileSync(join(dir, `kab-${letter.toLowerCase()}`, 'region.kinerja'), region(letter));
}
writeFileSync(join(dir, 'kab-a', 'kinerja.config.json'), '{ "negativeFormula": "T/R", "thresholds": { "low": 95 } }');

describe('two regions with two configs', () => {
    const paths = [['kab-a', 'kab-b'], ['kab-b', 'kab-a']];

    it('check computes each indicator by its own region\'s config', () => {
        const check = kinerja(['check', ...paths[1], '--format', 'json'], dir);
        const messages = (JSON.parse(check.stdout).diagnostics as Array<{ code: string; message: string }>)
            .filter(d => d.code === 'low-achievement').map(d => d.message.replace(/ Jelaskan.*/, ''));
        expect(messages).toEqual([
            'Capaian DinkesA.IKU1 tahun 2025 86,96% (Tinggi), di bawah batas 95,00%: target 10, realisasi 11,5.',
            'Capaian DinkesB.IKU1 tahun 2025 85,00% (Tinggi), di bawah batas 90,00%: target 10, realisasi 11,5.'
        ]);
    });

    it.each(paths)('report gives the numbers check gives, with the paths %s first', (first, second) => {
        const contract = JSON.parse(kinerja(['report', first, second, '--year', '2025', '--format', 'json'], dir).stdout);
        const achievements = Object.fromEntries(contract.agencies.flatMap((a: { indicators: Array<{ id: string; achievement: number | null }> }) =>
            a.indicators.map(i => [i.id, i.achievement])));
        expect(achievements['DinkesA.IKU1']).toBe(86.96);
        expect(achievements['DinkesB.IKU1']).toBe(85);
        const annual = JSON.parse(kinerja(['report', first, second, '--year', '2025', '--kind', 'annual', '--format', 'json'], dir).stdout);
        const rows = annual.organisations.flatMap((o: { goals: Array<{ rows: Array<{ indicator: { id: string }; achievement: number | null }> }> }) =>
            o.goals.flatMap(g => g.rows));
        const row = (id: string) => rows.find((r: { indicator: { id: string } }) => r.indicator.id === id);
        expect(row('DinkesA.IKU1').achievement).toBe(86.96);
        expect(row('DinkesB.IKU1').achievement).toBe(85);
    });

    it('ranks agencies within their own region', () => {
        const contract = JSON.parse(kinerja(['report', 'kab-a', 'kab-b', '--year', '2025', '--format', 'json'], dir).stdout);
        const ranks = Object.fromEntries(contract.agencies.filter((a: { kind: string }) => a.kind === 'instansi').map((a: { id: string; rank: number }) => [a.id, a.rank]));
        expect(ranks).toEqual({ DinkesA: 1, DinkesB: 1 });
    });
});
