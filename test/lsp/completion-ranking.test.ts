/**
 * Completion of references in the order a planner needs them, without what would be an
 * error, opened by a space after the words that take a name, and snippets only where a
 * statement can start (issue: completion listed every node alphabetically, cycles and
 * misaligned nodes included, and snippets after `mendukung `).
 */
import { describe, expect, it } from 'vitest';
import { expectCompletion, parseDocument } from 'langium/test';
import { CompletionItemKind, CompletionTriggerKind, type CompletionItem, type CompletionList } from 'vscode-languageserver';
import { buildWorkspace, type TestWorkspace } from '../helpers.js';
import { SNIPPETS } from '../../src/lsp/snippets.js';

const PEMDA = `pemda Kab "Pemerintah Kabupaten Contoh" {
    periode 2021 - 2026
    tujuan T1 "Tujuan daerah"
    sasaran S1 "Sasaran daerah" mendukung T1 {
        indikator IKD "Indikator daerah" { satuan persen target 2025 50 }
    }
}
`;

const OPD = `instansi Opd "Dinas Contoh" {
    pemda Kab
    periode 2022 - 2026
    jabatan Kadis "Kepala Dinas" eselon II
    jabatan Kabid "Kepala Bidang Pelayanan" eselon III atasan Kadis
    jabatan Kabid2 "Kepala Bidang Sarana" eselon III atasan Kadis
    jabatan Kasi "Kepala Seksi Pelayanan" eselon IV atasan Kabid
    jabatan Kasi2 "Kepala Seksi Mutu" eselon IV atasan Kabid
    jabatan Kasi3 "Kepala Seksi Sarana" eselon IV atasan Kabid2
    jabatan Analis "Analis Pelayanan" staf atasan Kasi
    sasaran SS1 "Sasaran strategis" oleh Kadis mendukung Kab.S1 {
        indikator IKU1 "Indeks layanan" { satuan indeks target 2025 80 }
    }
    program P1 "Program pelayanan" oleh Kabid mendukung SS1 {
        indikator IKP1 "Persentase layanan" { satuan persen target 2025 90 }
    }
    program P2 "Program sarana" oleh Kabid2 mendukung SS1
    kegiatan K1 "Kegiatan pelayanan" oleh Kasi mendukung P1
    subkegiatan SK1 "Subkegiatan pelayanan" oleh Kasi mendukung K1
}
`;

async function workspace(): Promise<TestWorkspace> {
    return buildWorkspace({ 'pemda.kinerja': PEMDA, 'opd.kinerja': OPD });
}

const labels = (list: CompletionList) => [...list.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map(i => i.label);

async function complete(ws: TestWorkspace, text: string, trigger?: string): Promise<CompletionList | undefined> {
    const offset = text.indexOf('<|>');
    const document = await parseDocument(ws.services, text.replace('<|>', ''));
    try {
        const position = document.textDocument.positionAt(offset);
        return await ws.services.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() }, position,
            context: trigger ? { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: trigger } : { triggerKind: CompletionTriggerKind.Invoked }
        });
    } finally {
        await ws.services.shared.workspace.DocumentBuilder.update([], [document.uri]);
    }
}

describe('completion of mendukung on a node', () => {
    it('puts the direct superior\'s nodes first, then the owner\'s own, then those further up; leaves out misaligned nodes', async () => {
        const ws = await workspace();
        await expectCompletion(ws.services)({
            text: 'instansi Opd {\n    kegiatan K9 "Kegiatan baru" oleh Kasi mendukung <|>', index: 0, disposeAfterCheck: true,
            // P1 (Kabid, the direct superior); K1 and SK1 (Kasi's own, the kegiatan before
            // the subkegiatan below it); SS1 (Kadis, two up) and the regional nodes (three
            // up), sasaran before tujuan. P2 of Kabid2, who is not Kasi's superior, would be
            // cascade-misaligned.
            expectedItems: ['P1', 'K1', 'SK1', 'SS1', 'Kab.S1', 'Kab.T1']
        });
    });

    it('offers an echelon-II sasaran the regional sasaran and tujuan first', async () => {
        const ws = await workspace();
        await expectCompletion(ws.services)({
            text: 'instansi Opd {\n    sasaran SS9 "Sasaran baru" oleh Kadis mendukung <|>', index: 0, disposeAfterCheck: true,
            // The programs and kegiatan below, of Kadis's subordinates, would be misaligned.
            expectedItems: ['Kab.S1', 'Kab.T1', 'SS1']
        });
    });

    it('leaves out every node that supports the node, directly or through others (a loop)', async () => {
        const ws = await workspace();
        // P9 is supported by K9, which S9 supports: both would close a loop.
        const loop = await complete(ws, 'instansi Opd {\n    program P9 "Program baru" oleh Kabid mendukung <|>\n    kegiatan K9 "K" oleh Kasi mendukung P9\n    subkegiatan S9 "S" oleh Kasi mendukung K9\n}\n');
        const names = labels(loop!);
        expect(names).toContain('SS1');
        expect(names).not.toContain('K9');
        expect(names).not.toContain('S9');
        expect(names).not.toContain('P9');
    });

    it('offers the indicators of the supported nodes first for an indicator', async () => {
        const ws = await workspace();
        const list = await complete(ws, 'instansi Opd {\n    kegiatan K9 "K" oleh Kasi mendukung P1 {\n        indikator IKK9 "I" mendukung <|>');
        expect(labels(list!)[0]).toBe('IKP1');
        expect(labels(list!)).toContain('IKU1');
        expect(labels(list!)).not.toContain('IKK9');
    });
});

describe('completion of atasan and oleh', () => {
    it('offers positions one echelon up first and leaves out the position, its subordinates and those not above it', async () => {
        const ws = await workspace();
        await expectCompletion(ws.services)({
            text: 'instansi Opd {\n    jabatan Kasi9 "Kepala Seksi Baru" eselon IV atasan <|>', index: 0, disposeAfterCheck: true,
            expectedItems: ['Kabid', 'Kabid2', 'Kadis']
        });
        // Kabid's subordinates (Kasi, Kasi2, Analis) would close a loop; Kasi3 is not above echelon III.
        const list = await complete(ws, 'instansi Opd {\n    jabatan Kabid9 "Kepala Bidang Baru" eselon III atasan <|>\n    jabatan Kasi9 "K" eselon II atasan Kabid9\n}\n');
        expect(labels(list!)).toEqual(['Kadis']);
    });

    it('offers for oleh the subordinates of the supported node\'s owner first, then the echelon that usually owns the kind', async () => {
        const ws = await workspace();
        await expectCompletion(ws.services)({
            text: 'instansi Opd {\n    kegiatan K9 "Kegiatan baru" mendukung P1 oleh <|>', index: 0, disposeAfterCheck: true,
            // Kasi, Kasi2 (under Kabid, P1's owner); Kasi3 (echelon IV, as kegiatan usually are); the others.
            expectedItems: ['Kasi', 'Kasi2', 'Kasi3', 'Kadis', 'Kabid', 'Kabid2', 'Analis']
        });
        await expectCompletion(ws.services)({
            text: 'instansi Opd {\n    program P9 "Program baru" oleh <|>', index: 0, disposeAfterCheck: true,
            expectedItems: ['Kabid', 'Kabid2', 'Kadis', 'Kasi', 'Kasi2', 'Kasi3', 'Analis']
        });
    });
});

describe('completion opened by a space', () => {
    it('opens after mendukung, oleh, atasan and a comma of a mendukung list', async () => {
        const ws = await workspace();
        // The server asks the editor to call it on a typed space.
        expect(ws.services.lsp.CompletionProvider!.completionOptions?.triggerCharacters).toContain(' ');
        for (const text of [
            'instansi Opd {\n    kegiatan K9 "K" oleh Kasi mendukung <|>',
            'instansi Opd {\n    kegiatan K9 "K" oleh <|>',
            'instansi Opd {\n    jabatan J9 "J" eselon IV atasan <|>',
            'instansi Opd {\n    kegiatan K9 "K" oleh Kasi mendukung P1, <|>'
        ]) {
            const list = await complete(ws, text, ' ');
            expect(list?.items.length, text).toBeGreaterThan(0);
        }
    });

    it('stays closed after other words, names and numbers', async () => {
        const ws = await workspace();
        for (const text of [
            'instansi Opd {\n    kegiatan <|>',
            'instansi Opd {\n    kegiatan K9 <|>',
            'instansi Opd {\n    periode 2022 <|>',
            'instansi Opd {\n    sasaran SS9 "Sasaran mendukung <|>',
            'instansi Opd {\n    sasaran SS9 "S" // oleh <|>'
        ]) {
            expect(await complete(ws, text, ' '), text).toBeUndefined();
        }
    });
});

/** Expands a snippet body with its defaults (first choice, default text, variables), as an editor does. */
function expand(body: readonly string[]): string {
    let text = body.join('\n');
    const vars: Record<string, string> = { CURRENT_YEAR: '2025', CURRENT_MONTH: '01', CURRENT_DATE: '06' };
    for (let i = 0; i < 5; i++) {
        text = text
            .replace(/\$\{(\d+)\|([^,|]*)[^|]*\|\}/g, '$2')
            .replace(/\$\{([A-Z_]+)\}/g, (_m, v: string) => vars[v] ?? '')
            .replace(/\$\{\d+:([^${}]*)\}/g, '$1');
    }
    return text.replace(/\$\d+/g, '');
}

/** Where each snippet is typed. */
const AROUND: Record<string, (s: string) => string> = {
    Instansi: s => `instansi A "a" {\n${s}\n}`,
    Indikator: s => `instansi A "a" {\nsasaran S "s" {\nindikator IKU1 "i" {\nsatuan persen\n${s}\n}\n}\n}`,
    Node: s => `instansi A "a" {\nprogram P "p" {\n${s}\n}\n}`,
    Jabatan: s => `instansi A "a" {\njabatan K "k" eselon II {\n${s}\n}\n}`
};
const RULE_AROUND: Record<string, string> = { Jabatan: 'Instansi', NodeKind: 'Instansi', Indikator: 'Node', Pejabat: 'Jabatan', Catatan: 'Indikator', Bukti: 'Node' };

describe('snippets', () => {
    it.each(SNIPPETS.map(s => [`${s.keyword} (${s.rule}${s.inside ? ` in ${s.inside}` : ''})`, s] as const))('%s expands to text without syntax errors', async (_name, snippet) => {
        const around = AROUND[snippet.inside ?? RULE_AROUND[snippet.rule] ?? ''] ?? ((s: string) => s);
        const text = around(expand(snippet.body));
        const ws = await buildWorkspace({ 'snippet.kinerja': text });
        expect(ws.findings.filter(f => f.code === 'syntax' || f.code === 'number-format').map(f => `${f.line}: ${f.message}`), text).toEqual([]);
        expect(snippet.description.id).not.toBe(snippet.description.en);
    });

    const snippetLabels = (list: CompletionList | undefined) => (list?.items ?? []).filter((i: CompletionItem) => i.kind === CompletionItemKind.Snippet).map(i => i.label);

    it('are offered only where their statement can start', async () => {
        const ws = await workspace();
        expect(snippetLabels(await complete(ws, '<|>'))).toEqual(['pemda …', 'instansi …', 'perjanjian …', 'realisasi …']);
        expect(snippetLabels(await complete(ws, 'instansi Opd {\n    <|>'))).toEqual(['jabatan …', 'kegiatan …']);
        expect(snippetLabels(await complete(ws, 'instansi Opd {\n    program P9 "P" {\n        <|>'))).toEqual(['indikator …', 'realisasi …', 'catatan …', 'bukti …']);
        expect(snippetLabels(await complete(ws, 'instansi Opd {\n    sasaran S9 "S" {\n        indikator I9 "I" {\n            <|>'))).toEqual(['realisasi …', 'catatan …', 'bukti …']);
        expect(snippetLabels(await complete(ws, 'instansi Opd {\n    jabatan K9 "K" eselon II {\n        <|>'))).toEqual(['pejabat …', 'pejabat …']);
        expect(snippetLabels(await complete(ws, 'pemda Kab2 "K" {\n    <|>'))).toEqual([]);
        for (const text of [
            'instansi Opd {\n    kegiatan K9 "K" oleh Kasi mendukung <|>',
            'instansi Opd {\n    kegiatan K9 "K" oleh <|>',
            'instansi Opd {\n    sasaran SS9 "S" {\n        indikator I9 "I" {\n            satuan <|>'
        ]) {
            expect(snippetLabels(await complete(ws, text)), text).toEqual([]);
        }
    });
});
