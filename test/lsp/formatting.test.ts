/** Formatting (textDocument/formatting): the canonical layout, comments kept, idempotent. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expectFormatting } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildWorkspace } from '../helpers.js';
import { createKinerjaServices } from '../../src/lsp/kinerja-module.js';
import { EmptyFileSystemOnNode } from '../../src/validation/node-host.js';


const ROOT = resolve(__dirname, '../..');
const SPEC = resolve(ROOT, '../shared/spec/examples/kutim');
const MALRA = resolve(ROOT, '../shared/spec/examples/malra');

function kinerjaFiles(dir: string): Array<[string, string]> {
    return readdirSync(dir).filter(f => f.endsWith('.kinerja')).sort().map(f => [f, readFileSync(join(dir, f), 'utf8')]);
}

/** Formats one file as the editor does (whatever its tab settings) and returns the text. */
async function format(text: string, options = { tabSize: 2, insertSpaces: false }): Promise<string> {
    const ws = await buildWorkspace({ 'f.kinerja': text });
    const document = ws.documents.get('f.kinerja')!;
    const edits = await ws.services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/**
 * The same text with its layout disturbed: indentation and spaces between tokens changed,
 * extra blank lines and trailing blanks, and lines without comments joined to the previous
 * one. Deterministic for a seed.
 */
function disturb(text: string, seed: number): string {
    const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    const out: string[] = [];
    for (const line of text.split('\n')) {
        const comment = /\/\/|\/\*|\*\//.test(line);
        let body = line.trim();
        if (!comment) body = body.replace(/("(?:\\.|[^"\\])*")| /g, (m, string) => string ?? ' '.repeat(1 + Math.floor(random() * 3)));
        const previous = out[out.length - 1];
        if (previous?.trim() && body && !comment && !/\/\/|\/\*|\*\//.test(previous) && random() < 0.4) {
            out[out.length - 1] = `${previous}${' '.repeat(1 + Math.floor(random() * 2))}${body}`;
            continue;
        }
        const indent = random() < 0.5 ? '\t'.repeat(Math.floor(random() * 3)) : ' '.repeat(Math.floor(random() * 9));
        out.push(indent + body + (random() < 0.2 ? '  ' : ''));
        if (!body && random() < 0.5) out.push('   ', '');
    }
    return out.join('\n');
}

describe('formatting', () => {
    it('lays out blocks, statements, quarter blocks, values and qualified names (expectFormatting)', async () => {
        const services = createKinerjaServices(EmptyFileSystemOnNode).Kinerja;
        await expectFormatting(services)({
            before: [
                '',
                '   /* kepala berkas',
                '      baris kedua',
                '   */',
                'instansi   Opd "Dinas"{pemda Kab periode 2021-2026',
                '        jabatan K "Kepala" eselon II{pejabat "x" nip "1"}   // catatan',
                '  jabatan S "Staf" staf atasan K {}',
                '',
                '',
                '',
                '      /* blok',
                '         komentar */',
                '  sasaran S1 "s" oleh K mendukung Kab . SD1 ,Kab.SD2{',
                '     indikator I1 "i" mendukung Kab.IK {satuan persen arah rentang',
                '       target 2025 80 - 90 { tw1 10 // semester',
                '         tw2 20 tw4 -2,5 % }',
                '       realisasi 2025 tw1 - 5 dari 10',
                '       kondisi-awal Rp  1.000',
                '       // komentar terakhir',
                '',
                '     }',
                '     pagu 2025 Rp 5.000',
                '  }',
                '}',
                'realisasi Opd 2025 tw1 { I1 5 S1 Rp 1.000 }',
                'perjanjian Opd.K 2025 { pihak-kedua "Bupati" ditandatangani 2025-01-06 }'
            ].join('\n'),
            after: [
                '/* kepala berkas',
                '   baris kedua',
                '*/',
                'instansi Opd "Dinas" {',
                '    pemda Kab',
                '    periode 2021 - 2026',
                '    jabatan K "Kepala" eselon II {',
                '        pejabat "x"',
                '        nip "1"',
                '    }   // catatan',
                '    jabatan S "Staf" staf atasan K { }',
                '',
                '    /* blok',
                '       komentar */',
                '    sasaran S1 "s" oleh K mendukung Kab.SD1, Kab.SD2 {',
                '        indikator I1 "i" mendukung Kab.IK {',
                '            satuan persen',
                '            arah rentang',
                '            target 2025 80 - 90 { tw1 10 // semester',
                '                tw2 20 tw4 -2,5% }',
                '            realisasi 2025 tw1 -5 dari 10',
                '            kondisi-awal Rp 1.000',
                '            // komentar terakhir',
                '        }',
                '        pagu 2025 Rp 5.000',
                '    }',
                '}',
                'realisasi Opd 2025 tw1 {',
                '    I1 5',
                '    S1 Rp 1.000',
                '}',
                'perjanjian Opd.K 2025 {',
                '    pihak-kedua "Bupati"',
                '    ditandatangani 2025-01-06',
                '}',
                ''
            ].join('\n'),
            disposeAfterCheck: true
        });
    });

    it('keeps quarter blocks on one line and at most one blank line between statements', async () => {
        const text = 'instansi Opd {\n\n\n    sasaran S "S" {\n        indikator Ind "I" {\n            target 2025 60 {\n                tw1 15\n                tw2 30\n            }\n\n\n\n            realisasi 2025 { tw1 12 tw2 18 }\n        }\n    }\n}\n';
        expect(await format(text)).toBe('instansi Opd {\n\n    sasaran S "S" {\n        indikator Ind "I" {\n            target 2025 60 { tw1 15 tw2 30 }\n\n            realisasi 2025 { tw1 12 tw2 18 }\n        }\n    }\n}\n');
    });

    it('lays out a real year: officials on one line each, revisions on the target line, lintas in the header, skala words, belanja months, catatan and bukti', async () => {
        const text = [
            'instansi Opd {',
            '  jabatan K "Kepala" eselon II { pejabat "A"   sampai 2025-06-30 nip "1" pejabat "B"  plt',
            '    sejak 2025-07-01 }',
            '  sasaran S "S" lintas Lain.S2 ,Lain.S3 {',
            '    indikator Ind "I"   utama { satuan predikat arah turun   rasio skala "kurang"  "cukup" "baik"',
            '      target 2025 85 { tw2 40 }   revisi 2025-09-15   "APBD Perubahan"',
            '      realisasi 2025 { jan 5 feb 6 s.d.  mar 20 } realisasi 2025 s.d. tw2 "BB"',
            '      catatan 2025 tw3 { analisis "naik" kendala "hujan"',
            '      solusi "jemput bola" }',
            '      bukti 2025 tw3 "Rekap" "bukti/rekap.csv"  terverifikasi 2025-10-05 }',
            '    pagu 2025 Rp 900 revisi 2025-08-01 "rasionalisasi"',
            '    belanja 2025 {',
            '      jan Rp 1',
            '      feb Rp 2 }',
            '    belanja 2025 mar Rp 3',
            '  }',
            '}',
            'perjanjian Opd.K 2025 { ditandatangani 2025-01-08 perubahan 2025-08-25 }',
            ''
        ].join('\n');
        expect(await format(text)).toBe([
            'instansi Opd {',
            '    jabatan K "Kepala" eselon II {',
            '        pejabat "A" sampai 2025-06-30',
            '        nip "1"',
            '        pejabat "B" plt sejak 2025-07-01',
            '    }',
            '    sasaran S "S" lintas Lain.S2, Lain.S3 {',
            '        indikator Ind "I" utama {',
            '            satuan predikat',
            '            arah turun rasio',
            '            skala "kurang" "cukup" "baik"',
            '            target 2025 85 { tw2 40 } revisi 2025-09-15 "APBD Perubahan"',
            '            realisasi 2025 { jan 5 feb 6 s.d. mar 20 }',
            '            realisasi 2025 s.d. tw2 "BB"',
            '            catatan 2025 tw3 {',
            '                analisis "naik"',
            '                kendala "hujan"',
            '                solusi "jemput bola"',
            '            }',
            '            bukti 2025 tw3 "Rekap" "bukti/rekap.csv" terverifikasi 2025-10-05',
            '        }',
            '        pagu 2025 Rp 900 revisi 2025-08-01 "rasionalisasi"',
            '        belanja 2025 { jan Rp 1 feb Rp 2 }',
            '        belanja 2025 mar Rp 3',
            '    }',
            '}',
            'perjanjian Opd.K 2025 {',
            '    ditandatangani 2025-01-08',
            '    perubahan 2025-08-25',
            '}',
            ''
        ].join('\n'));
    });

    it('formats the real-year workspace (spec/examples/malra) as it is written', async () => {
        for (const [name, text] of kinerjaFiles(MALRA)) expect(await format(text), name).toBe(text);
    });

    it('leaves a file with syntax errors alone', async () => {
        expect(await format('instansi Opd {\n      sasaran S1 "s" oleh\n')).toBe('instansi Opd {\n      sasaran S1 "s" oleh\n');
    });

    const all = [...kinerjaFiles(join(ROOT, 'examples')).map(([f, t]) => [`examples/${f}`, t]), ...kinerjaFiles(SPEC).map(([f, t]) => [`spec/${f}`, t]), ...kinerjaFiles(MALRA).map(([f, t]) => [`malra/${f}`, t])];
    it.each(all)('%s: formatting twice equals formatting once, and keeps every comment', async (_name, text) => {
        const once = await format(text);
        expect(await format(once)).toBe(once);
        const comments = (s: string) => s.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g)?.map(c => c.replace(/\s+/g, ' ').trim()) ?? [];
        expect(comments(once)).toEqual(comments(text));
    });

    it.each(all)('%s: a disturbed layout formats back to the same text', async (_name, text) => {
        const canonical = await format(text);
        expect(await format(disturb(text, 7))).toBe(canonical);
        expect(await format(disturb(text, 2025))).toBe(canonical);
    });

    it('formats the examples as they are written, except agreements written on one line', async () => {
        for (const [name, text] of kinerjaFiles(join(ROOT, 'examples'))) {
            if (name.startsWith('perjanjian')) continue;
            expect(await format(text), name).toBe(text);
        }
    });
});
