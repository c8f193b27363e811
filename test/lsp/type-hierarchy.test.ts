/** The cascade as LSP type hierarchy (textDocument/prepareTypeHierarchy, typeHierarchy/supertypes|subtypes). */
import { describe, expect, it } from 'vitest';
import { SymbolKind, type TypeHierarchyItem } from 'vscode-languageserver';
import { buildWorkspace, type TestWorkspace } from '../helpers.js';
import { FILES, positionOf, uri } from './fixture.js';

const WORKSPACE = {
    ...FILES,
    'opd-kegiatan.kinerja': [
        'instansi Opd {',
        '    jabatan Kasi "Kepala Seksi" eselon IV atasan Kabid',
        '    kegiatan K1 "Kegiatan satu" oleh Kasi mendukung P1 {',
        '        indikator IKK1 "Indikator kegiatan" mendukung IKP1 { satuan orang }',
        '    }',
        '    kegiatan K2 "Kegiatan dua" oleh Kasi mendukung P1',
        '}',
        ''
    ].join('\n')
};

async function prepare(ws: TestWorkspace, file: string, needle: string, delta = 1): Promise<TypeHierarchyItem[] | undefined> {
    const document = ws.documents.get(file)!;
    return ws.services.lsp.TypeHierarchyProvider!.prepareTypeHierarchy(document, {
        textDocument: { uri: document.uri.toString() }, position: positionOf(document, needle, delta)
    });
}

const names = (items: TypeHierarchyItem[] | undefined) => items?.map(i => i.name);

describe('type hierarchy', () => {
    it('prepares the node at a declaration or a reference', async () => {
        const ws = await buildWorkspace(WORKSPACE);
        const [item] = (await prepare(ws, 'opd.kinerja', 'P1 "'))!;
        expect(item).toMatchObject({ name: 'Opd.P1', kind: SymbolKind.Function, detail: 'program · Program layanan', uri: uri('opd.kinerja') });
        expect(item.selectionRange).toEqual({ start: positionOf(ws.documents.get('opd.kinerja')!, 'P1 "'), end: positionOf(ws.documents.get('opd.kinerja')!, 'P1 "', 2) });
        expect(names(await prepare(ws, 'opd-kegiatan.kinerja', 'mendukung P1', 11))).toEqual(['Opd.P1']);
        expect(await prepare(ws, 'opd.kinerja', 'jabatan Kadis', 9)).toBeUndefined();
        expect(await prepare(ws, 'opd.kinerja', 'satuan', 2)).toBeUndefined();
    });

    it('has the nodes a node supports as supertypes and the nodes supporting it as subtypes, across files', async () => {
        const ws = await buildWorkspace(WORKSPACE);
        const provider = ws.services.lsp.TypeHierarchyProvider!;
        const [p1] = (await prepare(ws, 'opd.kinerja', 'P1 "'))!;
        expect(names(await provider.supertypes({ item: p1 }))).toEqual(['Opd.SS1']);
        const subtypes = await provider.subtypes({ item: p1 });
        expect(names(subtypes)).toEqual(['Opd.K1', 'Opd.K2']);
        expect(subtypes![0].uri).toBe(uri('opd-kegiatan.kinerja'));
        // Up the cascade to the regional goal, and back down.
        const [ss1] = (await provider.supertypes({ item: p1 }))!;
        const [s1] = (await provider.supertypes({ item: ss1 }))!;
        expect(s1).toMatchObject({ name: 'Kab.S1', uri: uri('pemda.kinerja') });
        expect(names(await provider.supertypes({ item: s1 }))).toEqual(['Kab.T1']);
        expect(names(await provider.subtypes({ item: s1 }))).toEqual(['Opd.SS1']);
        expect(names(await provider.supertypes({ item: (await provider.supertypes({ item: s1 }))![0] }))).toEqual([]);
    });

    it('follows the indicators\' own cascade', async () => {
        const ws = await buildWorkspace(WORKSPACE);
        const provider = ws.services.lsp.TypeHierarchyProvider!;
        const [ikp1] = (await prepare(ws, 'opd.kinerja', 'IKP1'))!;
        expect(ikp1).toMatchObject({ name: 'Opd.IKP1', kind: SymbolKind.Property });
        expect(names(await provider.subtypes({ item: ikp1 }))).toEqual(['Opd.IKK1']);
        const [iku1] = (await prepare(ws, 'opd.kinerja', 'IKU1'))!;
        expect(names(await provider.supertypes({ item: iku1 }))).toEqual(['Kab.IKD']);
    });
});
