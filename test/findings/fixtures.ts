/**
 * Shared fixture for the finding tests: a regency and one agency with a complete
 * chain Kadis (II) → Kabid (III) → Kasi (IV) → Staf, plus the agreements, so that
 * every test only adds the fault it is about. Line numbers of opd.kinerja: the body
 * passed in starts at line 9.
 */
export const PEMDA = [
    'pemda Kab "Kabupaten Contoh" {',
    '    kepala "Bupati Contoh"',
    '    periode 2021 - 2026',
    '    tujuan T1 "Tujuan daerah"',
    '    sasaran S1 "Sasaran daerah" mendukung T1 {',
    '        indikator IKD1 "Persentase daerah" { satuan persen target 2025 50 }',
    '    }',
    '}'
].join('\n');

export const CHART = [
    'instansi Opd "Dinas Contoh" {',
    '    pemda Kab',
    '    periode 2021 - 2026',
    '    jabatan Kadis "Kepala Dinas" eselon II',
    '    jabatan Kabid "Kepala Bidang" eselon III atasan Kadis',
    '    jabatan Kasi "Kepala Seksi" eselon IV atasan Kabid',
    '    jabatan Staf "Analis" staf atasan Kasi',
    '    jabatan Kabid2 "Kepala Bidang Dua" eselon III atasan Kadis'
];

/** A cascade that is complete and clean: SS1 ← P1 ← K1 ← R1. */
export const CLEAN_TREE = [
    '    sasaran SS1 "Sasaran" oleh Kadis mendukung Kab.S1 {',
    '        indikator IKU1 "Persentase A" { satuan persen target 2025 80 }',
    '    }',
    '    program P1 "Program" oleh Kabid mendukung SS1 {',
    '        indikator IKP1 "Persentase B" { satuan persen target 2025 80 }',
    '        pagu 2025 Rp 1.000',
    '    }',
    '    kegiatan K1 "Kegiatan" oleh Kasi mendukung P1 {',
    '        indikator IKK1 "Jumlah dokumen" { satuan dokumen target 2025 4 }',
    '        pagu 2025 Rp 1.000',
    '    }',
    '    rhk R1 "RHK" oleh Staf mendukung K1 {',
    '        indikator IR1 "Jumlah dokumen disusun" { satuan dokumen target 2025 4 }',
    '    }'
];

export const AGREEMENTS = ['Kadis', 'Kabid', 'Kasi', 'Kabid2']
    .map(p => `perjanjian Opd.${p} 2025 { pihak-kedua "Atasan" ditandatangani 2025-01-06 }`).join('\n');

/** The agency with `body` at line 9, followed by the clean tree (unless withTree is false). */
export function workspace(body: string[], extra: Record<string, string> = {}, withTree = true): Record<string, string> {
    return {
        'pemda.kinerja': PEMDA,
        'opd.kinerja': [...CHART, ...body, ...(withTree ? CLEAN_TREE : []), '}'].join('\n'),
        'pk.kinerja': AGREEMENTS,
        ...extra
    };
}

/** Sasaran SS2 (Kadis) at line 9 with indicator IKU2 at line 10; the given lines from line 12. */
export function sasaranWithIndicator(lines: string[], unit = 'persen'): string[] {
    return [
        '    sasaran SS2 "Sasaran dua" oleh Kadis mendukung Kab.S1 {',
        '        indikator IKU2 "Indikator" {',
        `            satuan ${unit}`,
        ...lines.map(l => `            ${l}`),
        '        }',
        '    }'
    ];
}
