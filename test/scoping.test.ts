/**
 * Names across files: qualified references, unqualified names inside an agency (also
 * inside `realisasi ORG …` blocks and continuations in other files), unresolved names
 * with suggestions, and names unique per agency across all its files.
 */
import { describe, expect, it } from 'vitest';
import {
    Instansi, Pemda, Perjanjian, QuarterValue, Realisasi, RealisasiBlock, RealisasiItem, isNode, isRealisasiBlock, reflection, type Model
} from '../src/language/generated/ast.js';
import { enclosingOrganisationName } from '../src/language/qualified-names.js';
import { buildWorkspace, summarise, uriOf, type Finding } from './helpers.js';

/** The findings about names; the cascade and agreement findings have their own tests. */
const NAME_CODES = new Set(['unresolved-reference', 'duplicate-name', 'missing-declaration', 'syntax']);
const names = (findings: Finding[]) => summarise(findings.filter(f => NAME_CODES.has(f.code)));

const pemda = [
    'pemda Kab "Pemerintah Kabupaten Contoh" {',
    '    periode 2021 - 2026',
    '    tujuan T1 "Tujuan daerah"',
    '    sasaran S1 "Sasaran daerah" mendukung T1',
    '}'
].join('\n');

const opd = [
    'instansi Opd "Dinas Contoh" {',
    '    pemda Kab',
    '    periode 2021 - 2026',
    '    jabatan Kadis "Kepala Dinas" eselon II',
    '    jabatan Kabid "Kepala Bidang" eselon III atasan Kadis',
    '    sasaran SS1 "Sasaran" oleh Kadis mendukung Kab.S1 {',
    '        indikator IKU1 "Indikator" mendukung Kab.S1Ind {',
    '            satuan persen',
    '            target 2025 10',
    '        }',
    '    }',
    '}'
].join('\n');

describe('cross-file references', () => {
    it('resolves qualified and unqualified names across files', async () => {
        const ws = await buildWorkspace({
            'pemda.kinerja': pemda.replace('mendukung T1', 'mendukung T1 {\n        indikator S1Ind "Ind daerah" { satuan persen target 2025 5 }\n    }'),
            'opd.kinerja': opd,
            'opd-program.kinerja': [
                'instansi Opd {',
                '    program P1 "Program" oleh Kabid mendukung SS1 {',
                '        indikator IKP1 "Ind" { satuan orang target 2025 4 }',
                '    }',
                '}'
            ].join('\n'),
            'tw1.kinerja': 'realisasi Opd 2025 tw1 {\n    IKU1 5\n    IKP1 2\n}',
            'pk.kinerja': 'perjanjian Opd.Kadis 2025 { ditandatangani 2025-01-06 }'
        });
        expect(names(ws.findings)).toEqual([]);
        const program = (ws.documents.get('opd-program.kinerja')!.parseResult.value as Model).elements[0] as Instansi;
        const p1 = program.nodes[0];
        expect(p1.owner?.ref?.title).toBe('Kepala Bidang');
        expect(p1.supports[0].ref?.name).toBe('SS1');
        const block = (ws.documents.get('tw1.kinerja')!.parseResult.value as Model).elements[0] as RealisasiBlock;
        expect(isRealisasiBlock(block)).toBe(true);
        expect(block.items.map(i => i.target.ref && isNode(i.target.ref.$container) && i.target.ref.$container.name)).toEqual(['SS1', 'P1']);
        const model = ws.services.kinerja.WorkspaceModel.get();
        expect(model.indicators.get('Opd.IKP1')?.realisations.size).toBe(1);
    });

    it('reports an unresolved name on the reference with the closest candidates', async () => {
        const ws = await buildWorkspace({
            'pemda.kinerja': pemda,
            'opd.kinerja': opd.replace('oleh Kadis mendukung Kab.S1 {', 'oleh Kadiz mendukung Kab.S2 {').replace(' mendukung Kab.S1Ind', '')
        });
        expect(names(ws.findings)).toEqual([
            'opd.kinerja:6:32 error unresolved-reference',
            'opd.kinerja:6:48 error unresolved-reference'
        ]);
        expect(ws.findings[0].message).toBe("Jabatan 'Kadiz' tidak ditemukan. Mungkin maksudnya: Kadis, Kabid?");
        expect(ws.findings[1].message).toBe("Unsur pohon kinerja 'Kab.S2' tidak ditemukan. Mungkin maksudnya: Kab.S1, Kab.T1?");
    });

    it('does not resolve a name of another agency without qualification', async () => {
        const ws = await buildWorkspace({
            'pemda.kinerja': pemda,
            'opd.kinerja': opd.replace(' mendukung Kab.S1Ind', ''),
            'other.kinerja': 'instansi Lain "Dinas Lain" {\n    jabatan Kadis "Kepala" eselon II\n    sasaran X "X" oleh Kadis mendukung SS1\n}'
        });
        expect(names(ws.findings)).toEqual(['other.kinerja:3:40 error unresolved-reference']);
    });
});

describe('names unique per agency across files', () => {
    it('flags the same name in two files of one agency, on both, with related information', async () => {
        const ws = await buildWorkspace({
            'pemda.kinerja': pemda,
            'opd.kinerja': opd.replace(' mendukung Kab.S1Ind', ''),
            'opd2.kinerja': 'instansi Opd {\n    jabatan IKU1 "Bukan indikator" staf atasan Kabid\n}'
        });
        expect(names(ws.findings)).toEqual([
            'opd.kinerja:7:19 error duplicate-name',
            'opd2.kinerja:2:13 error duplicate-name'
        ]);
        const second = ws.findings.filter(f => f.code === 'duplicate-name')[1];
        expect(second.message).toContain('opd.kinerja baris 7');
        expect(second.diagnostic.relatedInformation?.[0].location.uri).toBe(uriOf('opd.kinerja').toString());
    });

    it('allows the same name in different agencies', async () => {
        const ws = await buildWorkspace({
            'pemda.kinerja': pemda,
            'opd.kinerja': opd.replace(' mendukung Kab.S1Ind', ''),
            'other.kinerja': 'instansi Lain "Dinas Lain" {\n    jabatan Kadis "Kepala" eselon II\n}'
        });
        expect(names(ws.findings)).toEqual([]);
    });

    it('flags two declarations of one agency and a continuation without declaration', async () => {
        const ws = await buildWorkspace({
            'pemda.kinerja': pemda,
            'a.kinerja': 'instansi Opd "Dinas A" { }',
            'b.kinerja': 'instansi Opd "Dinas B" { }',
            'c.kinerja': 'instansi Lanjutan { }'
        });
        expect(names(ws.findings)).toEqual([
            'a.kinerja:1:10 error duplicate-name',
            'b.kinerja:1:10 error duplicate-name',
            'c.kinerja:1:10 error missing-declaration'
        ]);
    });
});

describe('the enclosing organisation of a node', () => {
    it('compares $type, which holds while these types have no subtypes (qualified-names.ts, validation/targets.ts)', () => {
        for (const type of [Instansi.$type, Pemda.$type, RealisasiBlock.$type, Perjanjian.$type, QuarterValue.$type, Realisasi.$type, RealisasiItem.$type]) {
            expect(reflection.getAllSubTypes(type)).toEqual([type]);
        }
    });
    it('is the instansi or pemda around it, or the organisation a realisasi block names', async () => {
        const { documents } = await buildWorkspace({ 'kab.kinerja': pemda, 'opd.kinerja': opd, 'r.kinerja': 'realisasi Opd 2025 { IKU1 5 }' });
        const [kab, opdRoot, block] = [...documents.values()].map(d => d.parseResult.value as Model);
        const indicator = (opdRoot.elements[0] as Instansi).nodes[0].indicators[0];
        expect(enclosingOrganisationName(indicator.targets[0])).toBe('Opd');
        expect(enclosingOrganisationName((kab.elements[0] as Pemda).nodes[0])).toBe('Kab');
        expect(enclosingOrganisationName((block.elements[0] as RealisasiBlock).items[0])).toBe('Opd');
        expect(enclosingOrganisationName(kab)).toBeUndefined();
    });
});
