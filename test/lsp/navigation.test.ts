/**
 * Navigation and structure: go to definition, references, document and workspace symbols,
 * folding and semantic tokens, through langium/test's helpers and direct requests.
 */
import { describe, expect, it } from 'vitest';
import {
    expectFindReferences, expectFoldings, expectGoToDefinition, expectSemanticToken, expectSymbols, expectWorkspaceSymbols, highlightHelper
} from 'langium/test';
import { SemanticTokenModifiers, SemanticTokenTypes, SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { fixture, positionOf, uri } from './fixture.js';

describe('go to definition and references', () => {
    it('goes to a declaration in the same file (expectGoToDefinition)', async () => {
        const ws = await fixture();
        await expectGoToDefinition(ws.services)({
            text: 'instansi Baru "Baru" {\n    pemda Kab\n    jabatan <|Kadis|> "Kepala" eselon II\n    jabatan Kabid "Kabid" eselon III atasan Ka<|>dis\n}',
            index: 0, rangeIndex: 0, disposeAfterCheck: true
        });
    });

    it('goes from a qualified reference to the declaration in another file', async () => {
        const ws = await fixture();
        const document = ws.documents.get('opd.kinerja')!;
        const links = await ws.services.lsp.DefinitionProvider!.getDefinition(document, {
            textDocument: { uri: document.uri.toString() }, position: positionOf(document, 'Kab.S1', 5)
        });
        expect(links).toHaveLength(1);
        const pemda = ws.documents.get('pemda.kinerja')!;
        expect(links![0]).toMatchObject({
            targetUri: uri('pemda.kinerja'),
            targetSelectionRange: { start: positionOf(pemda, 'S1 "'), end: positionOf(pemda, 'S1 "', 2) }
        });
    });

    it('finds references in the same file (expectFindReferences)', async () => {
        const ws = await fixture();
        await expectFindReferences(ws.services)({
            text: 'instansi Baru "Baru" {\n    pemda Kab\n    jabatan <|Ka<|>dis|> "Kepala" eselon II\n    jabatan Kabid "Kabid" eselon III atasan <|Kadis|>\n    sasaran S "S" oleh <|Kadis|>\n}',
            includeDeclaration: true, disposeAfterCheck: true
        });
    });

    it('finds the references across files, qualified or not', async () => {
        const ws = await fixture();
        const document = ws.documents.get('opd.kinerja')!;
        const references = await ws.services.lsp.ReferencesProvider!.findReferences(document, {
            textDocument: { uri: document.uri.toString() }, position: positionOf(document, 'jabatan Kadis', 9), context: { includeDeclaration: false }
        });
        const where = references.map(r => `${r.uri.split('/').pop()}:${r.range.start.line + 1}`);
        expect(where.sort()).toEqual(['laporan.kinerja:6', 'opd.kinerja:5', 'opd.kinerja:6']);
    });
});

describe('symbols', () => {
    it('outlines a file with kinds per declaration and titles as detail (expectSymbols)', async () => {
        const ws = await fixture();
        const kinds: Record<number, string> = { [SymbolKind.Namespace]: 'Namespace', [SymbolKind.Class]: 'Class', [SymbolKind.Function]: 'Function', [SymbolKind.Property]: 'Property' };
        const show = (s: DocumentSymbol): string => `${s.name}:${kinds[s.kind]}${s.children?.length ? `[${s.children.map(show).join(' ')}]` : ''}`;
        await expectSymbols(ws.services)({
            text: 'instansi Baru "Dinas Baru" {\n    jabatan K "Kepala" eselon II\n    program P "Program" oleh K { indikator Ind "Indikator" { satuan orang } }\n}',
            symbolToString: show, disposeAfterCheck: true,
            expectedSymbols: ['Baru:Namespace[K:Class P:Function[Ind:Property]]']
        });
        await expectSymbols(ws.services)({
            text: 'instansi Baru "Dinas Baru" {\n    jabatan K "Kepala" eselon II\n    program P "Program" oleh K\n}',
            disposeAfterCheck: true,
            assert: symbols => {
                expect(symbols[0].detail).toBe('instansi · Dinas Baru');
                expect(symbols[0].children!.map(c => c.detail)).toEqual(['jabatan eselon II · Kepala', 'program · Program']);
            }
        });
    });

    it('finds workspace symbols by their qualified names or their last segment (expectWorkspaceSymbols)', async () => {
        const ws = await fixture();
        await expectWorkspaceSymbols(ws.services.shared)({
            query: 'IKU1',
            expectedSymbols: [{
                name: 'Opd.IKU1', kind: SymbolKind.Property, containerName: 'indikator · Persentase layanan',
                location: { uri: uri('opd.kinerja'), range: { start: { line: 6, character: 18 }, end: { line: 6, character: 22 } } }
            }]
        });
        await expectWorkspaceSymbols(ws.services.shared)({ query: 'Kab.S', expectedSymbols: ['Kab.S1'] });
        await expectWorkspaceSymbols(ws.services.shared)({ query: 'kadis', expectedSymbols: ['Opd.Kadis'] });
    });
});

describe('folding', () => {
    it('folds blocks and multi-line comments (expectFoldings)', async () => {
        const ws = await fixture();
        await expectFoldings(ws.services)({
            // Blocks and comments fold up to the line before their closing `}` or `*/`.
            text: [
                '<|/* Catatan',
                '   tiga|>',
                '   baris */',
                '<|instansi Baru "Baru" {',
                '    <|sasaran S "S" {',
                '        <|indikator Ind "I" {',
                '            satuan orang|>',
                '        }|>',
                '    }|>',
                '}',
                'instansi Lain "Lain" {',
                '}'
            ].join('\n'),
            disposeAfterCheck: true
        });
    });
});

describe('semantic tokens', () => {
    it('marks declarations, references, numbers, quarters and units', async () => {
        const ws = await fixture();
        const highlight = highlightHelper(ws.services);
        const tokens = await highlight([
            'instansi <|Baru|> "Baru" {',
            '    pemda <|Kab|>',
            '    jabatan <|K|> "Kepala" eselon II',
            '    sasaran <|S|> "S" oleh <|K|> mendukung <|Kab|>.<|S1|> {',
            '        indikator <|Ind|> "I" {',
            '            satuan <|persen|>',
            '            target <|2025|> <|60|> { <|tw1|> 15 }',
            '        }',
            '    }',
            '}'
        ].join('\n'));
        const expected: Array<[number, SemanticTokenTypes]> = [
            [0, SemanticTokenTypes.namespace], [1, SemanticTokenTypes.namespace], [2, SemanticTokenTypes.class],
            [3, SemanticTokenTypes.function], [4, SemanticTokenTypes.class], [5, SemanticTokenTypes.namespace],
            [6, SemanticTokenTypes.function], [7, SemanticTokenTypes.property], [8, SemanticTokenTypes.keyword],
            [9, SemanticTokenTypes.number], [10, SemanticTokenTypes.number], [11, SemanticTokenTypes.keyword]
        ];
        for (const [rangeIndex, tokenType] of expected) expectSemanticToken(tokens, { rangeIndex, tokenType });
        // Declarations carry the `declaration` modifier, references do not.
        const modifiers = ws.services.lsp.SemanticTokenProvider!.tokenModifiers;
        const at = (index: number) => tokens.tokens.find(t => t.offset === tokens.ranges[index][0])!;
        expect(at(2).tokenModifiers & modifiers[SemanticTokenModifiers.declaration]).toBeTruthy();
        expect(at(4).tokenModifiers & modifiers[SemanticTokenModifiers.declaration]).toBeFalsy();
    });

    it('marks the constructs of a real year: lintas references, months, dates of revisions, officials, evidence and amendments', async () => {
        const ws = await fixture();
        const highlight = highlightHelper(ws.services);
        const tokens = await highlight([
            'instansi <|Baru|> "Baru" {',
            '    jabatan <|K|> "Kepala" eselon II { pejabat "A" plt sejak <|2025-07-01|> sampai <|2025-12-31|> }',
            '    program <|P|> "P" lintas <|Opd|>.<|P1|> {',
            '        indikator <|Ind|> "I" {',
            '            arah <|turun|> <|selisih|>',
            '            target <|2025|> <|60|> { <|sep|> 15 } revisi <|2025-07-10|> "APBD-P"',
            '            realisasi <|2025|> s.d. <|agu|> 5',
            '            bukti <|2025|> <|tw3|> "Rekap" "bukti/r.csv" terverifikasi <|2025-10-01|>',
            '        }',
            '        belanja <|2025|> <|jan|> Rp 5',
            '    }',
            '}',
            'perjanjian <|Baru|>.<|K|> <|2025|> { ditandatangani <|2025-01-08|> perubahan <|2025-08-25|> }'
        ].join('\n'));
        const { function: fn, namespace, class: cls, property, keyword, number } = SemanticTokenTypes;
        const expected = [
            namespace, cls, number, number, fn, namespace, fn, property, keyword, keyword,
            number, number, keyword, number, number, keyword, number, keyword, number, number, keyword,
            namespace, cls, number, number, number
        ];
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType }));
    });
});
