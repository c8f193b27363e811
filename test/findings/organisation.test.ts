import { describe, expect, it } from 'vitest';
import { buildWorkspace, summarise } from '../helpers.js';
import { CHART, workspace } from './fixtures.js';

describe('organisation findings', () => {
    it('the fixture itself is clean', async () => {
        const ws = await buildWorkspace(workspace([]));
        expect(summarise(ws.findings)).toEqual([]);
    });

    it('atasan-cycle on each atasan reference of the loop, with the superior as related information', async () => {
        const ws = await buildWorkspace(workspace([
            '    jabatan A "A" eselon III atasan B',
            '    jabatan B "B" eselon III atasan A'
        ]));
        expect(summarise(ws.findings, 'atasan-cycle')).toEqual(['opd.kinerja:9:37 error atasan-cycle', 'opd.kinerja:10:37 error atasan-cycle']);
        const first = ws.findings.find(f => f.code === 'atasan-cycle')!;
        expect(first.message).toContain('A → B → A');
        expect(first.diagnostic.relatedInformation?.[0].location.range.start.line).toBe(9);
        expect(summarise(ws.findings, 'atasan-echelon')).toEqual([]);
    });

    it('atasan-echelon when the superior is not above, not when it is', async () => {
        const ws = await buildWorkspace(workspace(['    jabatan Kasi2 "Kasi" eselon IV atasan Kasi', '    jabatan Staf2 "S" staf atasan Kasi']));
        expect(summarise(ws.findings, 'atasan-echelon')).toEqual(['opd.kinerja:9:43 error atasan-echelon']);
        expect(ws.findings.find(f => f.code === 'atasan-echelon')!.message).toContain('Atasan Opd.Kasi (eselon IV) tidak lebih tinggi dari Opd.Kasi2 (eselon IV)');
    });

    it('a 10 000-level chain of positions is checked without overflowing the stack', async () => {
        const chain = Array.from({ length: 10_000 }, (_, i) => `    jabatan J${i} "J" staf atasan J${(i + 1) % 10_000}`);
        const ws = await buildWorkspace(workspace(chain));
        expect(ws.findings.filter(f => f.code === 'atasan-cycle')).toHaveLength(10_000);
        expect(CHART.length).toBe(8);
    });
});
