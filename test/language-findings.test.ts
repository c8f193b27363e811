/**
 * Findings of the language itself: each code with a case that must fire (at the right
 * line and column) and one that must not.
 */
import { describe, expect, it } from 'vitest';
import { agency, buildWorkspace, summarise } from './helpers.js';

async function findings(body: string, code: string, extra: Record<string, string> = {}) {
    const ws = await buildWorkspace({ ...agency(body), ...extra });
    return { all: ws.findings, of: summarise(ws.findings, code), ws };
}

const indicator = (lines: string[], unit = 'satuan persen') => [
    '    sasaran SS1 "Sasaran" oleh Kadis mendukung Kab.S1 {',       // line 5
    '        indikator IKU1 "Indikator" {',                          // line 6
    `            ${unit}`,                                          // line 7
    ...lines.map(l => `            ${l}`),                            // line 8…
    '        }',
    '    }'
].join('\n');

describe('number-format', () => {
    it('flags an ambiguous 19.29 on the number, with the replacement, and keeps parsing', async () => {
        const { of, all } = await findings(indicator(['target 2024 19.29', 'target 2025 20,50', 'realisasi 2025 15.5']), 'number-format');
        expect(of).toEqual(['opd.kinerja:8:25 error number-format', 'opd.kinerja:10:28 error number-format']);
        const d = all.find(f => f.code === 'number-format')!;
        expect(d.message).toContain("'19,29'");
        expect((d.diagnostic.data as { replacement: string }).replacement).toBe('19,29');
        expect(all.filter(f => f.code === 'syntax')).toEqual([]);
    });
    it('accepts decimal commas, dot groups of three, percent signs and Rp', async () => {
        const { of, all } = await findings(indicator(['target 2024 19,29%', 'target 2025 Rp 1.250.000,5', 'realisasi 2024 Rp 1.234', 'kondisi-awal -2,5'], 'satuan rupiah'), 'number-format');
        expect(of).toEqual([]);
        expect(all.filter(f => f.severity === 'error')).toEqual([]);
    });
    it('flags malformed groups and English thousands with a suggestion', async () => {
        const { of, all } = await findings(indicator(['target 2024 1.2.3', 'target 2025 1,234,567'], 'satuan orang'), 'number-format');
        expect(of).toEqual(['opd.kinerja:8:25 error number-format', 'opd.kinerja:9:25 error number-format']);
        expect(all.find(f => f.line === 9)!.message).toContain("'1.234.567'");
    });
    it('refuses a value of more than 15 significant digits, saying the limit, and leaves it out of every computation', async () => {
        const { of, all, ws } = await findings(indicator([
            'target 2024 Rp 999.999.999.999.999', 'target 2025 Rp 1.000.000.000.000.000',
            'target 2026 99.999.999.999.999,99', 'kondisi-awal 0,000000000000000000001', 'realisasi 2025 12,50000000000000000000'
        ], 'satuan rupiah'), 'number-format');
        expect(of).toEqual(['opd.kinerja:9:28 error number-format', 'opd.kinerja:10:25 error number-format']);
        expect(all.find(f => f.line === 9)!.message).toBe("Angka '1.000.000.000.000.000' di luar jangkauan bahasa kinerja: paling banyak 15 angka penting " +
            '(mis. Rp 999.999.999.999.999 atau 1.234.567.890,12345), agar perhitungan dan setiap format laporan tetap tepat. Periksa angkanya; nilai ini tidak ikut dihitung.');
        const indicatorInfo = ws.services.kinerja.WorkspaceModel.get().indicators.get('Opd.IKU1')!;
        expect(indicatorInfo.targets.get(20240)![0].value?.toString()).toBe('999999999999999');
        expect(indicatorInfo.targets.get(20250)![0].value).toBeUndefined();
        expect(indicatorInfo.targets.get(20260)![0].value).toBeUndefined();
        const en = await buildWorkspace(agency(indicator(['target 2025 -12.345.678.901.234.567'], 'satuan rupiah')), { lang: 'en' });
        expect(en.findings.find(f => f.code === 'number-format')!.message).toBe("Number '12.345.678.901.234.567' is beyond the range of the kinerja language: at most 15 significant digits " +
            '(e.g. Rp 999.999.999.999.999 or 1.234.567.890,12345), so that the arithmetic and every report format stay exact. Check the number; it is left out of every computation.');
    });
    it('flags a year that is not four digits', async () => {
        const { of } = await findings(indicator(['target 25 10']), 'number-format');
        expect(of).toEqual(['opd.kinerja:8:20 error number-format']);
    });
});

describe('duplicate-period', () => {
    it('flags two targets for one year on both statements', async () => {
        const { of } = await findings(indicator(['target 2025 10', 'target 2025 12']), 'duplicate-period');
        expect(of).toEqual(['opd.kinerja:8:20 error duplicate-period', 'opd.kinerja:9:20 error duplicate-period']);
    });
    it('flags a realisation repeated in a realisasi block of another file, in both files, with related information', async () => {
        const { of, all } = await findings(indicator(['target 2025 10', 'realisasi 2025 tw3 5']), 'duplicate-period', {
            'tw3.kinerja': 'realisasi Opd 2025 tw3 {\n    IKU1 6\n}'
        });
        expect(of).toEqual(['opd.kinerja:9:28 error duplicate-period', 'tw3.kinerja:2:5 error duplicate-period']);
        const inBlock = all.find(f => f.file === 'tw3.kinerja')!;
        expect(inBlock.message).toContain('opd.kinerja baris 9');
        expect(inBlock.diagnostic.relatedInformation?.[0].location.uri).toContain('opd.kinerja');
        expect(inBlock.diagnostic.relatedInformation?.[0].location.range.start.line).toBe(8);
    });
    it('does not flag different quarters or years', async () => {
        const { of } = await findings(indicator(['target 2025 10', 'target 2024 10', 'realisasi 2025 tw1 2', 'realisasi 2025 tw2 4']), 'duplicate-period', {
            'tw3.kinerja': 'realisasi Opd 2025 tw3 {\n    IKU1 6\n}'
        });
        expect(of).toEqual([]);
    });
    it('flags a duplicate quarter inside a quarter block and duplicate pagu', async () => {
        const body = [
            '    program P1 "Program" oleh Kadis mendukung Kab.S1 {',
            '        indikator IKP1 "Indikator" {',
            '            satuan orang',
            '            target 2025 10 { tw1 5 tw1 5 }',
            '        }',
            '        pagu 2025 Rp 100',
            '        pagu 2025 Rp 200',
            '    }'
        ].join('\n');
        const { of } = await findings(body, 'duplicate-period');
        expect(of).toEqual([
            'opd.kinerja:8:30 error duplicate-period', 'opd.kinerja:8:36 error duplicate-period',
            'opd.kinerja:10:14 error duplicate-period', 'opd.kinerja:11:14 error duplicate-period'
        ]);
    });
});

describe('missing-unit', () => {
    it('flags an indicator without satuan on its name', async () => {
        const { of } = await findings(indicator(['target 2025 10'], ''), 'missing-unit');
        expect(of).toEqual(['opd.kinerja:6:19 error missing-unit']);
    });
    it('accepts builtin and quoted custom units', async () => {
        expect((await findings(indicator(['target 2025 10'], 'satuan "kecamatan"'), 'missing-unit')).of).toEqual([]);
    });
});

describe('ratio-unit', () => {
    it('flags dari on a non-percent indicator, on the denominator', async () => {
        const { of } = await findings(indicator(['target 2024 10', 'realisasi 2024 105 dari 110'], 'satuan orang'), 'ratio-unit');
        expect(of).toEqual(['opd.kinerja:9:37 error ratio-unit']);
    });
    it('flags a zero denominator', async () => {
        const { of } = await findings(indicator(['target 2024 10', 'realisasi 2024 5 dari 0']), 'ratio-unit');
        expect(of).toEqual(['opd.kinerja:9:35 error ratio-unit']);
    });
    it('accepts a ratio on a percent indicator', async () => {
        expect((await findings(indicator(['target 2024 100', 'realisasi 2024 105 dari 110']), 'ratio-unit')).of).toEqual([]);
    });
});

describe('direction-formula', () => {
    it('flags rasio or selisih after a direction that is not turun, on the word, with no achievement finding from a guess', async () => {
        const naik = await findings(indicator(['arah naik rasio', 'target 2025 12', 'realisasi 2025 10'], 'satuan rasio'), 'direction-formula');
        expect(naik.of).toEqual(['opd.kinerja:8:23 error direction-formula']);
        // 10 against 12 would be low-achievement as naik: not reported while the direction is in question.
        expect(naik.all.map(f => f.code).filter(c => c !== 'pk-missing')).toEqual(['direction-formula']);
        const stabil = await findings(indicator(['arah stabil selisih', 'target 2025 12', 'realisasi 2025 10'], 'satuan rasio'), 'direction-formula');
        expect(stabil.of).toEqual(['opd.kinerja:8:25 error direction-formula']);
    });
    it('accepts the formula after turun', async () => {
        expect((await findings(indicator(['arah turun rasio', 'target 2025 12', 'realisasi 2025 10'], 'satuan rasio'), 'direction-formula')).all.map(f => f.code).filter(c => c !== 'pk-missing')).toEqual([]);
    });
});

describe('range-target', () => {
    it('flags a range on an indicator that is not rentang', async () => {
        const { of } = await findings(indicator(['target 2025 80 - 90'], 'satuan indeks'), 'range-target');
        expect(of).toEqual(['opd.kinerja:8:30 error range-target']);
    });
    it('flags a lower bound above the upper one', async () => {
        const { of } = await findings(indicator(['arah rentang', 'target 2025 90 - 80'], 'satuan indeks'), 'range-target');
        expect(of).toEqual(['opd.kinerja:9:30 error range-target']);
    });
    it('accepts a proper range on a rentang indicator', async () => {
        expect((await findings(indicator(['arah rentang', 'target 2025 80 - 90'], 'satuan indeks'), 'range-target')).of).toEqual([]);
    });
});

describe('period-outside', () => {
    it('flags target and realisation years outside the agency period', async () => {
        const { of } = await findings(indicator(['target 2027 10', 'realisasi 2020 5']), 'period-outside');
        expect(of).toEqual(['opd.kinerja:8:20 warning period-outside', 'opd.kinerja:9:23 warning period-outside']);
    });
    it('accepts the first and the last year', async () => {
        expect((await findings(indicator(['target 2021 10', 'target 2026 10']), 'period-outside')).of).toEqual([]);
    });
    it('flags a realisasi block for a year outside the period on its year', async () => {
        const { of } = await findings(indicator(['target 2025 10']), 'period-outside', { 'x.kinerja': 'realisasi Opd 2030 { IKU1 5 }' });
        expect(of).toEqual(['x.kinerja:1:15 warning period-outside']);
    });
});

describe('missing-target', () => {
    it('flags a realisation in a year without target', async () => {
        const { of } = await findings(indicator(['target 2025 10', 'realisasi 2024 5']), 'missing-target');
        expect(of).toEqual(['opd.kinerja:9:23 warning missing-target']);
    });
    it('flags it in a realisasi block too, on the item', async () => {
        const { of } = await findings(indicator(['target 2025 10']), 'missing-target', { 'x.kinerja': 'realisasi Opd 2024 tw1 {\n  IKU1 5\n}' });
        expect(of).toEqual(['x.kinerja:2:3 warning missing-target']);
    });
    it('accepts a realisation with a target for its year', async () => {
        expect((await findings(indicator(['target 2025 10', 'realisasi 2025 tw1 5']), 'missing-target')).of).toEqual([]);
    });
});

describe('quarter-target-mismatch', () => {
    it('flags jumlah quarter targets that do not add up', async () => {
        const { of, all } = await findings(indicator(['target 2025 110 { tw1 25 tw2 30 tw3 30 tw4 20 }'], 'satuan orang'), 'quarter-target-mismatch');
        expect(of).toEqual(['opd.kinerja:8:20 warning quarter-target-mismatch']);
        expect(all.find(f => f.code === 'quarter-target-mismatch')!.message).toContain('berjumlah 105');
    });
    it('flags terakhir quarter targets that do not end at the annual target', async () => {
        const { of } = await findings(indicator(['target 2025 60 { tw1 15 tw2 30 tw3 45 tw4 55 }']), 'quarter-target-mismatch');
        expect(of).toEqual(['opd.kinerja:8:20 warning quarter-target-mismatch']);
    });
    it('flags rata-rata quarter targets that do not average to the annual target', async () => {
        const { of } = await findings(indicator(['akumulasi rata-rata', 'target 2025 80 { tw1 70 tw2 80 tw3 90 tw4 90 }'], 'satuan indeks'), 'quarter-target-mismatch');
        expect(of).toEqual(['opd.kinerja:9:20 warning quarter-target-mismatch']);
    });
    it('accepts plans that add up, end at or average the annual target', async () => {
        expect((await findings(indicator(['target 2025 110 { tw1 25 tw2 30 tw3 30 tw4 25 }'], 'satuan orang'), 'quarter-target-mismatch')).of).toEqual([]);
        expect((await findings(indicator(['target 2025 20,50 { tw1 5 tw2 10 tw3 15 tw4 20,50 }']), 'quarter-target-mismatch')).of).toEqual([]);
        expect((await findings(indicator(['akumulasi rata-rata', 'target 2025 80 { tw1 70 tw2 80 tw3 80 tw4 90 }'], 'satuan indeks'), 'quarter-target-mismatch')).of).toEqual([]);
    });
});

describe('percent-over-100', () => {
    it('flags a percent realisation above 100 on the value', async () => {
        const { of, all } = await findings(indicator(['target 2024 90', 'realisasi 2024 100,5']), 'percent-over-100');
        expect(of).toEqual(['opd.kinerja:9:28 warning percent-over-100']);
        expect(all.find(f => f.code === 'percent-over-100')!.message).toContain('Realisasi Opd.IKU1 100,50% di atas 100%');
    });
    it('accepts exactly 100 and non-percent units above 100', async () => {
        expect((await findings(indicator(['target 2024 90', 'realisasi 2024 100']), 'percent-over-100')).of).toEqual([]);
        expect((await findings(indicator(['target 2024 90', 'realisasi 2024 250'], 'satuan orang'), 'percent-over-100')).of).toEqual([]);
    });
});

describe('messages in English', () => {
    it('switches the catalogue with lang en', async () => {
        const ws = await buildWorkspace(agency(indicator(['target 2024 19.29'])), { lang: 'en' });
        expect(ws.findings.find(f => f.code === 'number-format')!.message).toMatch(/^Number '19.29' is ambiguous/);
    });
});

describe('syntax errors', () => {
    it('reports short catalogue messages and keeps reading the rest of the file', async () => {
        const ws = await buildWorkspace({
            'x.kinerja': 'pemda K "x" {\n  periode 2021 - 2026\n  sasaran S1 "s" { indikator I1 "i" { satuan persen target 2025 } }\n  @\n}\nfoo\n'
        });
        expect(summarise(ws.findings)).toEqual(['x.kinerja:3:65 error syntax', 'x.kinerja:4:3 error syntax', 'x.kinerja:6:1 error syntax']);
        expect(ws.findings.map(f => f.message)).toEqual([
            'Diharapkan angka, teks dalam tanda petik, tetapi ditemukan `}`.',
            'Karakter tidak dikenal \'@\'. Hapus, atau tulis teks di dalam tanda petik "…".',
            'Diharapkan akhir berkas atau deklarasi baru (pemda, instansi, realisasi, perjanjian), tetapi ditemukan `foo`.'
        ]);
    });
});

describe('number-format everywhere a number can stand', () => {
    it('checks kondisi-awal, quarter targets, ratios, pagu, budget realisations, block items and periods', async () => {
        const ws = await buildWorkspace({
            ...agency([
                '    sasaran SS1 "Sasaran" oleh Kadis mendukung Kab.S1 {',
                '        indikator IKU1 "Indikator" {',
                '            satuan persen',
                '            kondisi-awal 9.75',
                '            target 2025 60 { tw1 15.5 tw2 30 tw3 45 tw4 60 }',
                '            realisasi 2024 1.05 dari 110',
                '        }',
                '        pagu 2025 Rp 2.50',
                '        realisasi 2025 tw1 Rp 1.5',
                '    }'
            ].join('\n')),
            'tw.kinerja': 'realisasi Opd 2025 tw2 {\n    IKU1 3.5\n}'
        });
        expect(summarise(ws.findings, 'number-format')).toEqual([
            'opd.kinerja:8:26 error number-format', 'opd.kinerja:9:34 error number-format', 'opd.kinerja:10:28 error number-format',
            'opd.kinerja:12:22 error number-format', 'opd.kinerja:13:31 error number-format', 'tw.kinerja:2:10 error number-format'
        ]);
    });

    it('checks belanja per period, and the years of belanja, catatan and bukti (period-outside too)', async () => {
        const ws = await buildWorkspace(agency([
            '    program P1 "Program" oleh Kadis {',
            '        belanja 2025 tw1 Rp 1.5',
            '        belanja 2025 { jan Rp 2.50 s.d. feb Rp 3 }',
            '        belanja 25 tw2 Rp 1',
            '        catatan 20255 tw3 { analisis "a" }',
            '        bukti 202 "Rekap" "bukti/a.csv"',
            '        belanja 2030 tw1 Rp 1',
            '        catatan 2030 { kendala "k" }',
            '        bukti 2030 tw4 "Rekap" "bukti/b.csv"',
            '    }'
        ].join('\n')));
        expect(summarise(ws.findings, 'number-format')).toEqual([
            'opd.kinerja:6:29 error number-format', 'opd.kinerja:7:31 error number-format',
            'opd.kinerja:8:17 error number-format', 'opd.kinerja:9:17 error number-format', 'opd.kinerja:10:15 error number-format'
        ]);
        expect(ws.findings.find(f => f.line === 8 && f.code === 'number-format')!.message).toContain("'25'");
        // A year written wrong is number-format alone; a year outside the periode is period-outside.
        expect(summarise(ws.findings, 'period-outside')).toEqual([
            'opd.kinerja:11:17 warning period-outside', 'opd.kinerja:12:17 warning period-outside', 'opd.kinerja:13:15 warning period-outside'
        ]);
    });
});
