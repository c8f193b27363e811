import { describe, expect, it } from 'vitest';
import { buildWorkspace, summarise } from '../helpers.js';
import { workspace } from './fixtures.js';

describe('cascade-cycle', () => {
    it('a loop is reported once, on the first mendukung into it of its first node in file order, the others as related information', async () => {
        const ws = await buildWorkspace(workspace([
            '    kegiatan KA "A" oleh Kasi mendukung P1, KB',
            '    kegiatan KB "B" oleh Kasi mendukung KA',
            '    kegiatan KC "C" oleh Kasi mendukung P1, KA'
        ]));
        expect(summarise(ws.findings, 'cascade-cycle')).toEqual(['opd.kinerja:9:45 error cascade-cycle']);
        const finding = ws.findings.find(f => f.code === 'cascade-cycle')!;
        expect(finding.message).toContain('KA → KB → KA');
        expect(finding.diagnostic.relatedInformation?.map(r => [r.location.range.start.line + 1, r.message])).toEqual([[10, 'Opd.KB']]);
        // A reference on the loop is not checked for alignment: KB → KA is one kegiatan to another of the same owner anyway.
        expect(summarise(ws.findings, 'cascade-misaligned')).toEqual([]);
    });

    it('whatever order the files are loaded in, the loop stands on the first node of the first file', async () => {
        const a = 'instansi Opd {\n    kegiatan KA "A" oleh Kasi mendukung KB\n}';
        const b = 'instansi Opd {\n    kegiatan KB "B" oleh Kasi mendukung KC\n    kegiatan KC "C" oleh Kasi mendukung KA\n}';
        for (const order of [['a.kinerja', 'b.kinerja'], ['b.kinerja', 'a.kinerja']]) {
            const files = workspace([]);
            const texts: Record<string, string> = { 'a.kinerja': a, 'b.kinerja': b };
            const ordered = Object.fromEntries([...order.map(name => [name, texts[name]]), ...Object.entries(files)]);
            const ws = await buildWorkspace(ordered);
            expect(summarise(ws.findings, 'cascade-cycle'), order.join(', ')).toEqual(['a.kinerja:2:41 error cascade-cycle']);
            const finding = ws.findings.find(f => f.code === 'cascade-cycle')!;
            expect(finding.message).toContain('KA → KB → KC → KA');
            expect(finding.diagnostic.relatedInformation?.map(r => `${r.location.uri.split('/').pop()}:${r.location.range.start.line + 1}`)).toEqual(['b.kinerja:2', 'b.kinerja:3']);
        }
    });

    it('finds a cycle through a 10 000-node chain without overflowing the stack, and reports it once with five related places', async () => {
        const chain = Array.from({ length: 10_000 }, (_, i) => `    rhk N${i} "N" oleh Staf mendukung N${(i + 1) % 10_000}`);
        const ws = await buildWorkspace(workspace(chain));
        const cycles = ws.findings.filter(f => f.code === 'cascade-cycle');
        expect(summarise(cycles)).toEqual(['opd.kinerja:9:36 error cascade-cycle']);
        expect(cycles[0].message).toContain('N0 → N1 → N2 → N3 → N4 → N5 → N6 → N7 → … → N0');
        expect(cycles[0].diagnostic.relatedInformation?.map(r => r.message)).toEqual(['Opd.N1', 'Opd.N2', 'Opd.N3', 'Opd.N4', 'Opd.N5']);
    });

    it('a 10 000-node chain without a cycle has no cycle finding', async () => {
        const chain = Array.from({ length: 10_000 }, (_, i) => `    rhk N${i} "N" oleh Staf mendukung ${i === 9_999 ? 'K1' : `N${i + 1}`}`);
        const ws = await buildWorkspace(workspace(chain));
        expect(ws.findings.filter(f => f.code === 'cascade-cycle')).toEqual([]);
    });
});

describe('cascade-misaligned and cascade-skip-level', () => {
    it('misaligned: supporting a node of someone outside the chain of superiors, with candidates', async () => {
        const ws = await buildWorkspace(workspace([
            '    program P2 "Program dua" oleh Kabid2 mendukung SS1 {',
            '        indikator IKP2 "Persentase" { satuan persen target 2025 1 }',
            '    }',
            '    kegiatan K2 "K" oleh Kasi mendukung P2'
        ]));
        expect(summarise(ws.findings, 'cascade-misaligned')).toEqual(['opd.kinerja:12:41 error cascade-misaligned']);
        const f = ws.findings.find(x => x.code === 'cascade-misaligned')!;
        expect(f.message).toBe("Opd.K2 (milik Opd.Kasi) mendukung Opd.P2 milik Opd.Kabid2, yang bukan atasan Opd.Kasi. Arahkan 'mendukung' ke kinerja atasan langsung (mis. P1).");
        expect(f.diagnostic.relatedInformation?.[0].location.range.start.line).toBe(8);
        expect((f.diagnostic.data as { candidates: string[] }).candidates).toEqual(['P1']);
    });

    it('skip-level: a staff RHK supporting the program of the head of division', async () => {
        const ws = await buildWorkspace(workspace(['    rhk R9 "R" oleh Staf mendukung P1']));
        expect(summarise(ws.findings, 'cascade-skip-level')).toEqual(['opd.kinerja:9:36 warning cascade-skip-level']);
        expect(ws.findings.find(f => f.code === 'cascade-skip-level')!.message).toContain('2 tingkat di atasnya; cascading melompati Opd.Kasi');
    });

    it('skip-level: an echelon III node supporting a regional node directly', async () => {
        const ws = await buildWorkspace(workspace(['    program P9 "P" oleh Kabid mendukung Kab.S1']));
        expect(summarise(ws.findings, 'cascade-skip-level')).toEqual(['opd.kinerja:9:41 warning cascade-skip-level']);
    });

    it('accepts the direct superior, the same owner and echelon II to the regional plan', async () => {
        const ws = await buildWorkspace(workspace([
            '    tujuan TJ "Tujuan" oleh Kadis mendukung Kab.T1',
            '    sasaran SS9 "S" oleh Kadis mendukung TJ',
            '    subkegiatan SK1 "Sub" oleh Kasi mendukung K1'
        ]));
        expect(ws.findings.filter(f => f.code.startsWith('cascade-m') || f.code === 'cascade-skip-level')).toEqual([]);
    });
});

describe('cascade-orphan', () => {
    it('fires for a node below echelon II that supports nothing and for an echelon-II sasaran without tujuan or regional sasaran', async () => {
        const ws = await buildWorkspace(workspace([
            '    kegiatan K9 "Lepas" oleh Kasi',
            '    sasaran SS9 "Lepas" oleh Kadis mendukung SS1'
        ]));
        expect(summarise(ws.findings, 'cascade-orphan')).toEqual(['opd.kinerja:9:14 warning cascade-orphan', 'opd.kinerja:10:13 warning cascade-orphan']);
        expect(ws.findings.find(f => f.line === 10 && f.code === 'cascade-orphan')!.message).toContain("'mendukung Kab.S1'");
    });

    it('does not fire for echelon II tujuan, nodes without owner or unresolved parents', async () => {
        const ws = await buildWorkspace(workspace([
            '    tujuan TJ "Tujuan" oleh Kadis',
            '    kegiatan K9 "Tanpa pemilik"',
            '    kegiatan K8 "Salah ketik" oleh Kasi mendukung P99'
        ]));
        expect(summarise(ws.findings, 'cascade-orphan')).toEqual([]);
    });
});

describe('cascade-uncovered', () => {
    it('fires for a node with targets whose owner has subordinates but no subordinate node supports it', async () => {
        const ws = await buildWorkspace(workspace([
            '    program P3 "Program" oleh Kabid mendukung SS1 {',
            '        indikator IKP3 "Persentase" { satuan persen target 2024 5 target 2025 6 }',
            '    }'
        ]));
        expect(summarise(ws.findings, 'cascade-uncovered')).toEqual(['opd.kinerja:9:13 warning cascade-uncovered']);
        expect(ws.findings.find(f => f.code === 'cascade-uncovered')!.message).toContain('punya target (2024, 2025)');
    });

    it('does not fire without targets, for owners without subordinates, or when covered', async () => {
        const ws = await buildWorkspace(workspace([
            '    program P3 "Tanpa target" oleh Kabid mendukung SS1',
            '    rhk R3 "RHK" oleh Staf mendukung K1 { indikator IR3 "Jumlah" { satuan dokumen target 2025 1 } }'
        ]));
        expect(summarise(ws.findings, 'cascade-uncovered')).toEqual([]);
    });
});
