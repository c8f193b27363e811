/**
 * One mistake, one finding, at its place: a finding computed from a guess that another
 * finding already explains is noise; and a syntax error says what was meant where it
 * can tell.
 */
import { describe, expect, it } from 'vitest';
import { buildWorkspace, summarise } from '../helpers.js';
import { workspace } from './fixtures.js';

describe('one mistake, one finding', () => {
    it('a misspelt atasan is unresolved-reference only, not also cascade-misaligned', async () => {
        const files = workspace([]);
        files['opd.kinerja'] = files['opd.kinerja'].replace('jabatan Kasi "Kepala Seksi" eselon IV atasan Kabid', 'jabatan Kasi "Kepala Seksi" eselon IV atasan Kabdi');
        const ws = await buildWorkspace(files);
        expect(summarise(ws.findings).filter(f => f.startsWith('opd.kinerja'))).toEqual(['opd.kinerja:6:50 error unresolved-reference']);
    });

    it('an indicator without satuan is missing-unit only: no quarter finding computed with a guessed akumulasi', async () => {
        const ws = await buildWorkspace(workspace([
            '    sasaran SS2 "Sasaran dua" oleh Kadis mendukung Kab.S1 {',
            '        indikator IKU2 "Indikator" { target 2025 100 { tw1 25 tw2 50 tw3 75 tw4 100 } realisasi 2025 tw2 20 }',
            '    }'
        ]));
        // (SS2 has targets no subordinate supports: cascade-uncovered, another matter.)
        expect(summarise(ws.findings).filter(f => !f.endsWith('cascade-uncovered'))).toEqual(['opd.kinerja:10:19 error missing-unit']);
    });

    it('with akumulasi written, the quarter findings stand beside missing-unit', async () => {
        const ws = await buildWorkspace(workspace([
            '    sasaran SS2 "Sasaran dua" oleh Kadis mendukung Kab.S1 {',
            '        indikator IKU2 "Indikator" { akumulasi terakhir target 2025 100 { tw1 25 tw2 50 tw3 75 tw4 100 } realisasi 2025 tw2 20 }',
            '    }'
        ]));
        expect(summarise(ws.findings).filter(f => !f.endsWith('cascade-uncovered'))).toEqual(['opd.kinerja:10:19 error missing-unit', 'opd.kinerja:10:121 warning behind-schedule']);
    });

    it('a year outside the plan period is period-outside only: no pk-missing, missing-target or cascade-uncovered for that year', async () => {
        const ws = await buildWorkspace(workspace([
            '    sasaran SS2 "Sasaran dua" oleh Kadis mendukung Kab.S1 {',
            '        indikator IKU2 "Indikator" { satuan persen target 2030 80 realisasi 2031 70 }',
            '    }'
        ]));
        expect(summarise(ws.findings)).toEqual(['opd.kinerja:10:59 warning period-outside', 'opd.kinerja:10:77 warning period-outside']);
    });

    it('the same target inside the period does ask for its agreement and its cascade', async () => {
        const ws = await buildWorkspace(workspace([
            '    sasaran SS2 "Sasaran dua" oleh Kadis mendukung Kab.S1 {',
            '        indikator IKU2 "Indikator" { satuan persen target 2026 80 realisasi 2024 70 }',
            '    }'
        ]));
        expect(summarise(ws.findings)).toEqual([
            'opd.kinerja:4:13 warning pk-missing', 'opd.kinerja:9:13 warning cascade-uncovered', 'opd.kinerja:10:77 warning missing-target'
        ]);
    });
});

describe('found by the reference in the Indonesian language', () => {
    it('an agreement of a position that does not resolve is unresolved-reference only, not also pk-unsigned', async () => {
        const files = workspace([]);
        files['pk.kinerja'] = 'perjanjian Opd.Kadiss 2025 { pihak-kedua "Bupati" }\n';
        const ws = await buildWorkspace(files);
        expect(summarise(ws.findings).filter(f => f.startsWith('pk.kinerja'))).toEqual(['pk.kinerja:1:12 error unresolved-reference']);
    });

    it('a misspelt mendukung is unresolved-reference only, not also cascade-uncovered on the node it meant', async () => {
        const files = workspace([]);
        files['opd.kinerja'] = files['opd.kinerja'].replace('kegiatan K1 "Kegiatan" oleh Kasi mendukung P1', 'kegiatan K1 "Kegiatan" oleh Kasi mendukung P01');
        const ws = await buildWorkspace(files);
        expect(summarise(ws.findings).filter(f => f.startsWith('opd.kinerja'))).toEqual(['opd.kinerja:16:48 error unresolved-reference']);
    });

    it('a regional sasaran with oleh is not judged as an agency\'s echelon-II sasaran', async () => {
        const ws = await buildWorkspace({
            'pemda.kinerja': 'pemda P "Pemda" {\n    sasaran SD1 "s" oleh A.Kadis\n}\n',
            'a.kinerja': 'instansi A "A" {\n    pemda P\n    jabatan Kadis "Kepala" eselon II\n    sasaran SS1 "s" oleh Kadis mendukung P.SD1\n}\n'
        });
        expect(summarise(ws.findings, 'cascade-orphan')).toEqual([]);
    });

    it('an echelon-II sasaran with nothing to support says to write it, with no made-up name', async () => {
        const ws = await buildWorkspace({ 'a.kinerja': 'instansi A "A" {\n    jabatan Kadis "Kepala" eselon II\n    sasaran SS1 "s" oleh Kadis\n}\n' });
        const orphan = ws.findings.find(f => f.code === 'cascade-orphan')!;
        expect(orphan.message).toBe("Sasaran eselon II A.SS1 tidak mendukung tujuan maupun sasaran daerah, dan belum ada yang dapat didukung. Tulis tujuan instansi, atau 'pemda' dengan sasaran daerahnya, lalu tambahkan 'mendukung'.");
    });
});

describe('syntax errors say what was meant', () => {
    const syntax = async (body: string) => {
        const ws = await buildWorkspace(workspace([body]));
        return ws.findings.filter(f => f.code === 'syntax' || f.code === 'missing-unit').map(f => `${f.line}:${f.column} ${f.code} ${f.message}`);
    };

    it('Rp with the amount joined to it: put a space after Rp', async () => {
        expect(await syntax('    program P2 "P" oleh Kabid mendukung SS1 { pagu 2025 Rp650.000.000 }')).toEqual([
            "9:57 syntax Diharapkan angka, teks dalam tanda petik, tetapi ditemukan `Rp650`. Setelah Rp harus ada spasi: tulis 'Rp 650.000.000', bukan 'Rp650.000.000'."
        ]);
    });

    it('a keyword with a capital: keywords are lower case, and no missing-unit beside it', async () => {
        const found = await syntax('    sasaran SS2 "S" oleh Kadis mendukung Kab.S1 { indikator I2 "I" { satuan Persen target 2025 1 } }');
        expect(found).toEqual([
            "9:77 syntax Diharapkan 'persen', 'orang', 'dokumen', 'unit', 'indeks', 'rasio', 'hari', 'rupiah', …, tetapi ditemukan `Persen`. Kata kunci ditulis dengan huruf kecil: tulis 'persen'."
        ]);
    });

    it('a keyword where a name stands: choose another name', async () => {
        const found = await syntax('    sasaran SS2 "S" oleh Kadis mendukung Kab.S1 { indikator I "I" { satuan persen } }');
        expect(found[0]).toBe("9:61 syntax Diharapkan nama (ID), tetapi ditemukan `I`. 'I' adalah kata kunci dan tidak dapat dipakai sebagai nama; pilih nama lain.");
    });

    it('names the end of the file in words, never as the token EOF', async () => {
        const broken = 'instansi A "A" {\n    periode 2021 - 2026\n    sasaran S "S" {\n        indikator I "I" { satuan persen target 2025 90 }\n'
            + '        indikator J "J" { satuan persen target 2025 90 }\n    }\n}\n';
        for (const text of [broken, 'instansi X { } }', 'instansi X "X" {', 'pemda', 'instansi X { jabatan', 'realisasi X 2025 { A 1 } }', '}']) {
            const ws = await buildWorkspace({ 'a.kinerja': text });
            const messages = ws.findings.filter(f => f.code === 'syntax').map(f => f.message);
            expect(messages.length, text).toBeGreaterThan(0);
            for (const message of messages) expect(message, text).not.toMatch(/EOF/);
        }
    });
});
