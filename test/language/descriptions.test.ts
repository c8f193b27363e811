/**
 * Index entries computed when read (src/language/kinerja-descriptions.ts) say what
 * Langium's own entries say: name, type, document, path, name and selection ranges.
 */
import { DefaultAstNodeDescriptionProvider, StreamScope } from 'langium';
import { OrganisationScope } from '../../src/language/kinerja-scope.js';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../src/tools/generate-workspace.js';
import { buildWorkspace } from '../helpers.js';

describe('index entries', () => {
    it('equal Langium\'s for every exported name of a generated agency, a continuation and an unparsable file', async () => {
        const files = Object.fromEntries(generateWorkspace({ agencies: 1, seed: 7 }).map(f => [f.path.replace(/\//g, '_'), f.text]));
        files['lanjutan.kinerja'] = 'instansi Opd001 {\n  sasaran Tambahan "Tambahan" {\n    indikator ITambahan "x" { satuan persen }\n  }\n}';
        files['rusak.kinerja'] = 'instansi Rusak "Rusak" {\n  jabatan J1 "J" eselon II\n  sasaran S1 "S" {\n    indikator I1 "i" { satuan persen target 2025 }\n';
        const { services } = await buildWorkspace(files);
        const langium = new DefaultAstNodeDescriptionProvider(services);
        const entries = services.shared.workspace.IndexManager.allElements().toArray();
        expect(entries.length).toBeGreaterThan(100);
        expect(entries.some(e => e.name === 'Opd001.ITambahan')).toBe(true);
        expect(entries.some(e => e.name === 'Rusak.J1')).toBe(true);
        const fields = (e: ReturnType<typeof langium.createDescription>) => ({
            name: e.name, type: e.type, uri: e.documentUri.toString(), path: e.path,
            nameSegment: e.nameSegment, selectionSegment: e.selectionSegment
        });
        for (const entry of entries) {
            expect(entry.node, entry.name).toBeDefined();
            expect(fields(entry), entry.name).toEqual(fields(langium.createDescription(entry.node!, entry.name)));
        }
    });

    it('keep their path and ranges under the short name a scope gives them inside their organisation', async () => {
        const { services } = await buildWorkspace({
            'opd.kinerja': 'instansi Opd "Dinas" {\n  sasaran S1 "S" {\n    indikator I1 "i" { satuan persen }\n  }\n}',
            'lain.kinerja': 'instansi Lain "Lain" {\n  sasaran S2 "S" oleh Opd.X\n}'
        });
        const entries = services.shared.workspace.IndexManager.allElements().toArray();
        const scope = new OrganisationScope(new StreamScope(services.shared.workspace.IndexManager.allElements()), 'Opd');
        const inScope = scope.getAllElements().toArray();
        const local = inScope.find(e => e.name === 'I1')!;
        const entry = entries.find(e => e.name === 'Opd.I1')!;
        expect(local).toBeDefined();
        expect([local.node, local.type, local.documentUri, local.path]).toEqual([entry.node, entry.type, entry.documentUri, entry.path]);
        expect(local.nameSegment).toEqual(entry.nameSegment);
        expect(local.nameSegment?.range.start).toEqual({ line: 2, character: 14 });
        expect(local.selectionSegment).toEqual(entry.selectionSegment);
        expect(inScope.map(e => e.name)).toEqual(['Opd', 'S1', 'I1', 'Lain', 'Lain.S2']);
    });
});
