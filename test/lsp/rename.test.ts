/** Rename across files (textDocument/rename, textDocument/prepareRename). */
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver';
import { buildWorkspace, type TestWorkspace } from '../helpers.js';
import { FILES, positionOf } from './fixture.js';

/** The fixture, a continuation of Opd in another file, and an agency referring to Opd qualified. */
const WORKSPACE = {
    ...FILES,
    'opd-kegiatan.kinerja': 'instansi Opd {\n    kegiatan K1 "Kegiatan" oleh Kabid mendukung P1\n}\n',
    'lain.kinerja': [
        'instansi Lain "Dinas Lain" {',
        '    pemda Kab',
        '    jabatan Kadis "Kepala" eselon II',
        '    sasaran X1 "Sasaran" oleh Kadis mendukung Opd.SS1, Kab.S1',
        '}',
        ''
    ].join('\n')
};

/** Renames at `needle` (+delta) in `file` and returns every file's text after applying the edit. */
async function rename(ws: TestWorkspace, file: string, needle: string, delta: number, newName: string): Promise<Record<string, string>> {
    const document = ws.documents.get(file)!;
    const edit = await ws.services.lsp.RenameProvider!.rename(document, {
        textDocument: { uri: document.uri.toString() }, position: positionOf(document, needle, delta), newName
    });
    const result: Record<string, string> = {};
    for (const [name, doc] of ws.documents) {
        result[name] = TextDocument.applyEdits(doc.textDocument, edit?.changes?.[doc.uri.toString()] ?? []);
    }
    return result;
}

function changedLines(before: Record<string, string>, after: Record<string, string>): string[] {
    const lines: string[] = [];
    for (const name of Object.keys(before)) {
        const a = before[name].split('\n');
        const b = after[name].split('\n');
        b.forEach((line, i) => { if (line !== a[i]) lines.push(`${name}: ${line.trim()}`); });
    }
    return lines;
}

async function unresolved(files: Record<string, string>): Promise<string[]> {
    const ws = await buildWorkspace(files);
    return ws.findings.filter(f => f.code === 'unresolved-reference').map(f => `${f.file}:${f.line} ${f.message}`);
}

describe('rename', () => {
    it('renames a node everywhere: unqualified references plainly, qualified ones in their last segment', async () => {
        const ws = await buildWorkspace(WORKSPACE);
        const after = await rename(ws, 'opd.kinerja', 'SS1 "', 1, 'SasaranUtama');
        expect(changedLines(WORKSPACE, after)).toEqual([
            'opd.kinerja: sasaran SasaranUtama "Sasaran strategis" oleh Kadis mendukung Kab.S1 {',
            'opd.kinerja: program P1 "Program layanan" oleh Kabid mendukung SasaranUtama {',
            'lain.kinerja: sasaran X1 "Sasaran" oleh Kadis mendukung Opd.SasaranUtama, Kab.S1'
        ]);
        expect(await unresolved(after)).toEqual([]);
    });

    it('renames an indicator from a block item in another file, and a position from an agreement', async () => {
        const ws = await buildWorkspace(WORKSPACE);
        const indicator = await rename(ws, 'laporan.kinerja', 'IKU1', 2, 'IKU01');
        expect(changedLines(WORKSPACE, indicator)).toEqual([
            'opd.kinerja: indikator IKU01 "Persentase layanan" mendukung Kab.IKD {',
            'laporan.kinerja: IKU01 14,20'
        ]);
        const position = await rename(ws, 'laporan.kinerja', 'Opd.Kadis', 6, 'KepalaDinas');
        expect(changedLines(WORKSPACE, position)).toEqual([
            'opd.kinerja: jabatan KepalaDinas "Kepala Dinas" eselon II',
            'opd.kinerja: jabatan Kabid "Kepala Bidang" eselon III atasan KepalaDinas',
            'opd.kinerja: sasaran SS1 "Sasaran strategis" oleh KepalaDinas mendukung Kab.S1 {',
            'laporan.kinerja: perjanjian Opd.KepalaDinas 2025 {'
        ]);
        expect(await unresolved(position)).toEqual([]);
    });

    it('renames an agency: its declaration, its continuations, references to it and the first segment of qualified names', async () => {
        const ws = await buildWorkspace(WORKSPACE);
        // Started on the qualifier of `Opd.Kadis`.
        const after = await rename(ws, 'laporan.kinerja', 'Opd.Kadis', 1, 'Dinkes');
        expect(changedLines(WORKSPACE, after)).toEqual([
            'opd.kinerja: instansi Dinkes "Dinas Contoh" {',
            'laporan.kinerja: realisasi Dinkes 2025 tw3 {',
            'laporan.kinerja: perjanjian Dinkes.Kadis 2025 {',
            'opd-kegiatan.kinerja: instansi Dinkes {',
            'lain.kinerja: sasaran X1 "Sasaran" oleh Kadis mendukung Dinkes.SS1, Kab.S1'
        ]);
        expect(await unresolved(after)).toEqual([]);
    });

    it('renames a pemda from a reference to it', async () => {
        const ws = await buildWorkspace(WORKSPACE);
        const after = await rename(ws, 'lain.kinerja', 'pemda Kab', 7, 'KabContoh');
        expect(changedLines(WORKSPACE, after)).toEqual([
            'pemda.kinerja: pemda KabContoh "Pemerintah Kabupaten Contoh" {',
            'opd.kinerja: pemda KabContoh',
            'opd.kinerja: sasaran SS1 "Sasaran strategis" oleh Kadis mendukung KabContoh.S1 {',
            'opd.kinerja: indikator IKU1 "Persentase layanan" mendukung KabContoh.IKD {',
            'lain.kinerja: pemda KabContoh',
            'lain.kinerja: sasaran X1 "Sasaran" oleh Kadis mendukung Opd.SS1, KabContoh.S1'
        ]);
        expect(await unresolved(after)).toEqual([]);
    });

    it('prepares the segment that will change', async () => {
        const ws = await buildWorkspace(WORKSPACE);
        const document = ws.documents.get('lain.kinerja')!;
        const prepare = (needle: string, delta: number) => ws.services.lsp.RenameProvider!.prepareRename(document, {
            textDocument: { uri: document.uri.toString() }, position: positionOf(document, needle, delta)
        }) as Range | undefined;
        const text = (range: Range | undefined) => range && document.textDocument.getText(range);
        expect(text(prepare('Opd.SS1', 1))).toBe('Opd');
        expect(text(prepare('Opd.SS1', 5))).toBe('SS1');
        expect(text(prepare('X1', 1))).toBe('X1');
        expect(text(prepare('pemda Kab', 8))).toBe('Kab');
        expect(prepare('sasaran X1', 2)).toBeUndefined();
    });

    it('refuses names that are not identifiers or are keywords', async () => {
        const ws = await buildWorkspace(WORKSPACE);
        for (const bad of ['unit', 'Dua Kata', 'Opd.X', '1abc', '']) {
            await expect(rename(ws, 'opd.kinerja', 'SS1 "', 1, bad)).rejects.toThrow(/bukan nama yang sah/);
        }
    });
});
