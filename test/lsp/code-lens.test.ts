/** Code lenses (textDocument/codeLens) on performance-tree nodes. */
import { describe, expect, it } from 'vitest';
import type { TestWorkspace } from '../helpers.js';
import { fixture } from './fixture.js';

async function lenses(ws: TestWorkspace, file: string) {
    const document = ws.documents.get(file)!;
    const result = await ws.services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
    return result.map(l => ({ line: l.range.start.line + 1, title: l.command!.title, command: l.command!.command, arguments: l.command!.arguments }));
}

describe('code lenses', () => {
    it('summarise each node for its latest year and offer to open its report', async () => {
        const ws = await fixture();
        expect(await lenses(ws, 'opd.kinerja')).toEqual([
            { line: 6, title: 'Capaian 2025 s.d. tw3: 94,67% (Sangat Tinggi) · 1 indikator', command: '', arguments: undefined },
            { line: 6, title: 'Buka laporan', command: 'kinerja.openReport', arguments: ['Opd.SS1', 2025] },
            { line: 16, title: 'Capaian 2025 s.d. tw2: 100,00% (Sangat Tinggi) · 1 indikator · serapan 76,00%', command: '', arguments: undefined },
            { line: 16, title: 'Buka laporan', command: 'kinerja.openReport', arguments: ['Opd.P1', 2025] }
        ]);
    });

    it('say when no achievement can be computed yet, and offer the report of a node without data', async () => {
        const ws = await fixture();
        expect(await lenses(ws, 'pemda.kinerja')).toEqual([
            { line: 4, title: 'Buka laporan', command: 'kinerja.openReport', arguments: ['Kab.T1'] },
            { line: 5, title: 'Capaian 2025: belum dapat dihitung', command: '', arguments: undefined },
            { line: 5, title: 'Buka laporan', command: 'kinerja.openReport', arguments: ['Kab.S1', 2025] }
        ]);
    });

    it('speak English when the settings say so', async () => {
        const ws = await fixture({ lang: 'en' });
        const titles = (await lenses(ws, 'opd.kinerja')).map(l => l.title);
        expect(titles).toEqual([
            'Achievement 2025 to tw3: 94,67% (Very high) · 1 indicator',
            'Open report',
            'Achievement 2025 to tw2: 100,00% (Very high) · 1 indicator · absorption 76,00%',
            'Open report'
        ]);
    });
});
