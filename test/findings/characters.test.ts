/**
 * Characters that do not show ("trojan source"): bidirectional controls are
 * `bidi-control` (error), zero-width characters `invisible-character` (warning), each
 * named with its code point wherever it stands.
 */
import { describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildWorkspace, summarise } from '../helpers.js';
import { workspace } from './fixtures.js';

const RLO = '\u202e';
const PDF = '\u202c';
const ZWSP = '\u200b';

describe('bidi-control', () => {
    it('names each control, in quoted text, a comment, or between words, and says to remove it', async () => {
        const ws = await buildWorkspace(workspace([
            // A review shows `// realisasi 90` after the value 45: the comment reverses "09".
            `    sasaran SS2 "Sasaran ${RLO}dua${PDF}" oleh Kadis mendukung Kab.S1 {`,
            `        indikator IKU2 "Indikator" { satuan persen target 2025 80 realisasi 2025 45 } // ${RLO}09 isasilaer`,
            `    } ${RLO}`
        ]));
        expect(summarise(ws.findings, 'bidi-control')).toEqual([
            'opd.kinerja:9:26 error bidi-control', 'opd.kinerja:9:30 error bidi-control',
            'opd.kinerja:10:90 error bidi-control', 'opd.kinerja:11:7 error bidi-control'
        ]);
        const messages = ws.findings.filter(f => f.code === 'bidi-control').map(f => f.message);
        expect(messages[0]).toBe('Karakter kendali arah teks U+202E RIGHT-TO-LEFT OVERRIDE (tidak terlihat) di dalam teks bertanda petik: ' +
            'karakter ini dapat mengubah urutan teks yang tampil, sehingga yang terlihat saat ditinjau berbeda dengan yang dibaca kinerja. Hapus karakter ini.');
        expect(messages[1]).toContain('U+202C POP DIRECTIONAL FORMATTING (tidak terlihat) di dalam teks bertanda petik');
        expect(messages[2]).toContain('di dalam komentar');
        expect(messages[3]).toContain('di antara kata');
        // The one between words is not also an unknown character (syntax).
        expect(summarise(ws.findings, 'syntax')).toEqual([]);
        expect(ws.findings.find(f => f.code === 'bidi-control')!.diagnostic.range).toEqual({ start: { line: 8, character: 25 }, end: { line: 8, character: 26 } });
    });

    it('in English', async () => {
        const ws = await buildWorkspace(workspace([`    // ${RLO}`]), { lang: 'en' });
        expect(ws.findings.find(f => f.code === 'bidi-control')!.message).toBe('Bidirectional control character U+202E RIGHT-TO-LEFT OVERRIDE (invisible) in a comment: ' +
            'it can reorder the text as displayed, so what a reviewer sees differs from what kinerja reads. Remove it.');
    });

    it('every control and mark, and only those', async () => {
        const controls = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
        const ws = await buildWorkspace(workspace([`    // ${controls.join(' ')} Ω é 😀 \u00a0 \u2028`]));
        expect(ws.findings.filter(f => f.code === 'bidi-control')).toHaveLength(controls.length);
        expect(ws.findings.filter(f => f.code === 'invisible-character')).toEqual([]);
    });

    it('switched off, the character between words is an unknown character again', async () => {
        const ws = await buildWorkspace(workspace([`    ${RLO}`]), { config: { severity: { 'bidi-control': 'off' } } });
        expect(summarise(ws.findings)).toEqual(['opd.kinerja:9:5 error syntax']);
        expect(ws.findings[0].message).toContain("Karakter tidak dikenal '\u202e'");
    });

    it('after 100 in a file, one finding says how many more', async () => {
        const ws = await buildWorkspace(workspace([`    // ${RLO.repeat(250)}`]));
        const found = ws.findings.filter(f => f.code === 'bidi-control');
        expect(found).toHaveLength(101);
        expect(found[100].message).toBe('Masih ada 150 karakter kendali arah teks lain di berkas ini, mulai dari sini (100 yang pertama sudah ditunjukkan). Hapus semuanya.');
        expect(found[100].column).toBe(108);
    });

    it('has a quick fix that removes the character', async () => {
        const ws = await buildWorkspace(workspace([`    sasaran SS2 "Sasaran ${RLO}dua" oleh Kadis mendukung Kab.S1`]));
        const finding = ws.findings.find(f => f.code === 'bidi-control')!;
        const document = ws.documents.get('opd.kinerja')!;
        const actions = await ws.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: finding.diagnostic.range, context: { diagnostics: [finding.diagnostic] }
        }) as CodeAction[];
        expect(actions.map(a => a.title)).toEqual(['Hapus karakter U+202E']);
        const fixed = TextDocument.applyEdits(document.textDocument, actions[0].edit!.changes![document.uri.toString()]);
        expect(fixed).toContain('sasaran SS2 "Sasaran dua" oleh Kadis');
    });
});

describe('invisible-character', () => {
    it('a zero-width space in quoted text or in a name, a byte-order mark inside the file: warnings naming them', async () => {
        const ws = await buildWorkspace(workspace([
            `    jabatan Kasi2 "Kepala${ZWSP} Seksi" eselon IV atasan Kabid`,
            `    jabatan Ka${ZWSP}si3 "Kepala Seksi" eselon IV atasan Kabid`,
            '    // \ufeff \u200c \u200d \u2060'
        ]));
        expect(summarise(ws.findings, 'invisible-character')).toEqual([
            'opd.kinerja:9:26 warning invisible-character', 'opd.kinerja:10:15 warning invisible-character',
            'opd.kinerja:11:8 warning invisible-character', 'opd.kinerja:11:10 warning invisible-character',
            'opd.kinerja:11:12 warning invisible-character', 'opd.kinerja:11:14 warning invisible-character'
        ]);
        const messages = ws.findings.filter(f => f.code === 'invisible-character').map(f => f.message);
        expect(messages[0]).toBe('Karakter tidak terlihat U+200B ZERO WIDTH SPACE di dalam teks bertanda petik: karakter ini tidak tampil di layar tetapi ikut terbaca, ' +
            'sehingga dua teks yang tampak sama dapat berbeda. Hapus karakter ini.');
        expect(messages[1]).toContain('di tengah nama');
        expect(messages[2]).toContain('U+FEFF ZERO WIDTH NO-BREAK SPACE (byte-order mark) di dalam komentar');
    });

    it('not a byte-order mark at the start of the file', async () => {
        const files = workspace([]);
        files['opd.kinerja'] = '\ufeff' + files['opd.kinerja'];
        const ws = await buildWorkspace(files);
        expect(summarise(ws.findings)).toEqual([]);
    });
});
