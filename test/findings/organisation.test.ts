import { describe, expect, it } from 'vitest';
import { buildWorkspace, summarise } from '../helpers.js';
import { CHART, workspace } from './fixtures.js';

describe('organisation findings', () => {
    it('the fixture itself is clean', async () => {
        const ws = await buildWorkspace(workspace([]));
        expect(summarise(ws.findings)).toEqual([]);
    });

    it('atasan-cycle once per loop, on the atasan of its first position in file order, the others as related information', async () => {
        const ws = await buildWorkspace(workspace([
            '    jabatan A "A" eselon III atasan B',
            '    jabatan B "B" eselon III atasan A'
        ]));
        expect(summarise(ws.findings, 'atasan-cycle')).toEqual(['opd.kinerja:9:37 error atasan-cycle']);
        const first = ws.findings.find(f => f.code === 'atasan-cycle')!;
        expect(first.message).toContain('A → B → A');
        expect(first.diagnostic.relatedInformation?.map(r => [r.location.range.start.line + 1, r.message])).toEqual([[10, 'Opd.B']]);
        expect(summarise(ws.findings, 'atasan-echelon')).toEqual([]);
    });

    it('atasan-cycle across files stands on the first file whatever the load order', async () => {
        const a = 'instansi Opd {\n    jabatan Y "Y" eselon III atasan X\n}';
        const b = 'instansi Opd {\n    jabatan X "X" eselon III atasan Y\n}';
        for (const order of [['a.kinerja', 'b.kinerja'], ['b.kinerja', 'a.kinerja']]) {
            const texts: Record<string, string> = { 'a.kinerja': a, 'b.kinerja': b };
            const ws = await buildWorkspace({ ...Object.fromEntries(order.map(name => [name, texts[name]])), ...workspace([]) });
            expect(summarise(ws.findings, 'atasan-cycle'), order.join(', ')).toEqual(['a.kinerja:2:37 error atasan-cycle']);
            expect(ws.findings.find(f => f.code === 'atasan-cycle')!.message).toContain('Y → X → Y');
        }
    });

    it('atasan-echelon when the superior is not above, not when it is', async () => {
        const ws = await buildWorkspace(workspace(['    jabatan Kasi2 "Kasi" eselon IV atasan Kasi', '    jabatan Staf2 "S" staf atasan Kasi']));
        expect(summarise(ws.findings, 'atasan-echelon')).toEqual(['opd.kinerja:9:43 error atasan-echelon']);
        expect(ws.findings.find(f => f.code === 'atasan-echelon')!.message).toContain('Atasan Opd.Kasi (eselon IV) tidak lebih tinggi dari Opd.Kasi2 (eselon IV)');
    });

    it('a 10 000-level loop of positions is checked without overflowing the stack, and reported once', async () => {
        const chain = Array.from({ length: 10_000 }, (_, i) => `    jabatan J${i} "J" staf atasan J${(i + 1) % 10_000}`);
        const ws = await buildWorkspace(workspace(chain));
        const cycles = ws.findings.filter(f => f.code === 'atasan-cycle');
        expect(summarise(cycles)).toEqual(['opd.kinerja:9:32 error atasan-cycle']);
        expect(cycles[0].message).toContain('J0 → J1 → J2 → J3 → J4 → J5 → J6 → J7 → … → J0');
        expect(cycles[0].diagnostic.relatedInformation).toHaveLength(5);
        expect(CHART.length).toBe(8);
    });
});
