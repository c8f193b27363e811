/**
 * Documents for the resilience sweep (resilience.test.ts): a small regency workspace
 * written like examples/ — a pemda, a file with two agencies, a compact agency that
 * uses every construct, a quarterly realisation and agreements file — and half-typed
 * versions of the compact agency, as an editor holds them between keystrokes.
 */

export const PEMDA = [
    '// Pemerintah kabupaten: tujuan dan sasaran daerah.',
    'pemda KabContoh "Pemerintah Kabupaten Contoh" {',
    '    kepala "Bupati Contoh"',
    '    periode 2021 - 2026',
    '    tujuan TD1 "Meningkatnya kualitas sumber daya manusia"',
    '    sasaran SD1 "Meningkatnya derajat kesehatan" mendukung TD1 {',
    '        indikator IKD1 "Angka harapan hidup" {',
    '            satuan "tahun"',
    '            target 2025 72,50',
    '            realisasi 2024 72,10',
    '        }',
    '    }',
    '    sasaran SD2 "Meningkatnya mutu pendidikan" mendukung TD1 {',
    '        indikator IKD2 "Rata-rata lama sekolah" { satuan "tahun" target 2025 8,9 }',
    '    }',
    '}',
    ''
].join('\n');

/** Two agencies in one file, with comments, blocks and budgets: swept at line starts and ends, and truncated. */
export const AGENCIES = [
    '// Dua perangkat daerah dalam satu berkas.',
    'instansi Dinkes "Dinas Kesehatan" {',
    '    pemda KabContoh',
    '    periode 2021 - 2026',
    '    jabatan Kadis "Kepala Dinas Kesehatan" eselon II {',
    '        pejabat "dr. Rahmawati, M.Kes."',
    '        nip "197203152000032004"',
    '    }',
    '    jabatan KabidKesmas "Kepala Bidang Kesehatan Masyarakat" eselon III atasan Kadis',
    '    jabatan KasiGizi "Kepala Seksi Gizi" eselon IV atasan KabidKesmas',
    '    jabatan Nutrisionis "Nutrisionis Ahli Pertama" staf atasan KasiGizi',
    '',
    '    sasaran SS1 "Meningkatnya derajat kesehatan masyarakat" oleh Kadis mendukung KabContoh.SD1 {',
    '        /* Diukur dua kali setahun. */',
    '        indikator IKU1 "Prevalensi balita stunting" mendukung KabContoh.IKD1 {',
    '            satuan persen',
    '            arah turun',
    '            kondisi-awal 24,80',
    '            target 2024 18,50',
    '            target 2025 16 { tw1 17,50 tw3 16,50 tw4 16 }',
    '            realisasi 2024 17,90',
    '            realisasi 2025 tw1 17,20',
    '        }',
    '    }',
    '    program P0202 "Program Upaya Kesehatan" kode "1.02.02" oleh KabidKesmas mendukung SS1 {',
    '        indikator IKP01 "Persentase ibu hamil mendapat pelayanan antenatal" mendukung IKU1 {',
    '            satuan persen',
    '            target 2025 96 { tw1 24 tw2 48 tw3 72 tw4 96 }',
    '            realisasi 2025 { tw1 23 tw2 47,50 }',
    '        }',
    '        pagu 2025 Rp 3.000.000.000',
    '        realisasi 2025 tw2 Rp 1.200.000.000',
    '    }',
    '    kegiatan K020201 "Penyediaan layanan gizi" oleh KasiGizi mendukung P0202 {',
    '        indikator IKK01 "Jumlah balita gizi buruk yang ditangani" { satuan orang target 2025 120 }',
    '        pagu 2025 Rp 800.000.000',
    '    }',
    '    rhk RHK01 "Terlaksananya pemantauan gizi" oleh Nutrisionis mendukung K020201',
    '}',
    '',
    'instansi Disdik "Dinas Pendidikan" {',
    '    pemda KabContoh',
    '    jabatan Kadisdik "Kepala Dinas Pendidikan" eselon II',
    '    jabatan KabidSD "Kepala Bidang Pembinaan SD" eselon III atasan Kadisdik',
    '    sasaran SS1 "Meningkatnya mutu pendidikan dasar" oleh Kadisdik mendukung KabContoh.SD2 {',
    '        indikator IKU1 "Angka partisipasi murni SD" mendukung KabContoh.IKD2 {',
    '            satuan persen',
    '            akumulasi terakhir',
    '            target 2025 97 - 99',
    '            realisasi 2025 tw2 96,40',
    '        }',
    '    }',
    '    program P0102 "Program Pengelolaan Pendidikan" oleh KabidSD mendukung SS1 {',
    '        indikator IKP01 "Rasio guru terhadap murid" { satuan rasio arah rentang target 2025 1 dari 20 }',
    '        pagu 2025 Rp 5.500.000.000',
    '    }',
    '}',
    ''
].join('\n');

/** A compact agency using every construct, a few hundred characters: swept at every offset. */
export const SMALL = [
    'instansi Opd "Dinas Contoh" {',
    '    pemda KabContoh',
    '    periode 2022 - 2026',
    '    jabatan Kadis "Kepala Dinas" eselon II { pejabat "Budi" nip "1970" }',
    '    jabatan Kabid "Kepala Bidang" eselon III atasan Kadis',
    '    sasaran SS1 "Sasaran" oleh Kadis mendukung KabContoh.SD1 {',
    '        indikator IKU1 "Persentase layanan" mendukung KabContoh.IKD1 {',
    '            satuan persen',
    '            arah naik',
    '            target 2025 20,50 { tw1 5 tw2 10 tw3 15 tw4 20,50 }',
    '            realisasi 2025 tw1 4,80',
    '            realisasi 2025 tw2 9 dari 10',
    '        }',
    '    }',
    '    program P1 "Program" kode "1.01" oleh Kabid mendukung SS1, Dinkes.SS1 {',
    '        indikator IKP1 "Jumlah berkas" { satuan "berkas" target 2025 60 }',
    '        pagu 2025 Rp 2.500.000.000',
    '        realisasi 2025 tw1 Rp 500.000.000',
    '    }',
    '}',
    ''
].join('\n');

/** A realisation block and agreements in a file of their own. */
export const REPORTS = [
    'realisasi Dinkes 2025 tw2 {',
    '    IKU1 16,90',
    '    IKP01 47,50',
    '    K020201 Rp 420.000.000',
    '}',
    'realisasi Opd 2025 tw3 { IKU1 14,20 P1 Rp 1.900.000.000 }',
    '',
    'perjanjian Dinkes.Kadis 2025 {',
    '    pihak-kedua "Bupati Contoh"',
    '    tempat "Kota Contoh"',
    '    ditandatangani 2025-01-06',
    '}',
    'perjanjian Opd.Kabid 2025',
    ''
].join('\n');

export const FILES = {
    'pemda.kinerja': PEMDA,
    'dinas.kinerja': AGENCIES,
    'opd.kinerja': SMALL,
    'laporan.kinerja': REPORTS
};

/** Replaces the first occurrence of `find` in `text` (which must be there). */
function edit(text: string, find: string, replacement: string): string {
    const at = text.indexOf(find);
    if (at < 0) throw new Error(`fixture: '${find}' not found`);
    return text.slice(0, at) + replacement + text.slice(at + find.length);
}

/** Half-typed versions of REPORTS, as HALF_TYPED of SMALL. */
export const HALF_TYPED_REPORTS: Record<string, string> = {
    'a realisation block without values': edit(REPORTS, '    IKU1 16,90\n    IKP01 47,50', '    IKU1\n    IKP01 Rp'),
    'a realisation block naming nobody': edit(REPORTS, 'realisasi Opd 2025 tw3 {', 'realisasi 2025 tw3 {'),
    'an agreement with a half-typed position': edit(REPORTS, 'perjanjian Opd.Kabid 2025', 'perjanjian Opd.'),
    'an agreement with a half-typed date': edit(REPORTS, 'ditandatangani 2025-01-06', 'ditandatangani 2025-0'),
    'an agreement never closed': edit(REPORTS, '    ditandatangani 2025-01-06\n}', '    ditandatangani')
};

/** SMALL as it is while being typed: each a few hundred characters, swept at every offset. */
export const HALF_TYPED: Record<string, string> = {
    'an indicator with only its keyword': edit(SMALL, '        indikator IKP1 "Jumlah berkas" { satuan "berkas" target 2025 60 }', '        indikator'),
    'an indicator with a name and no title': edit(SMALL, '        indikator IKP1 "Jumlah berkas" { satuan "berkas" target 2025 60 }', '        indikator IKP2'),
    'an indicator title still open': edit(SMALL, '        indikator IKP1 "Jumlah berkas" { satuan "berkas" target 2025 60 }', '        indikator IKP2 "Jumlah pen'),
    '`mendukung` with nothing after it': edit(SMALL, 'mendukung SS1, Dinkes.SS1 {', 'mendukung {'),
    '`mendukung` at the end of a line': edit(SMALL, 'mendukung KabContoh.SD1 {', 'mendukung\n        {'),
    '`mendukung` after a comma': edit(SMALL, 'mendukung SS1, Dinkes.SS1 {', 'mendukung SS1, {'),
    'a qualified name ending in a dot': edit(SMALL, 'mendukung KabContoh.IKD1 {', 'mendukung KabContoh. {'),
    'a reference to nothing': edit(SMALL, 'atasan Kadis', 'atasan Tidakada.Siapa'),
    'a block never closed': SMALL.slice(0, SMALL.lastIndexOf('    }')),
    'one closing brace too many': edit(SMALL, '            satuan persen', '            satuan persen }'),
    'an opening brace too many': edit(SMALL, '            arah naik', '            arah naik {'),
    'a string never closed': edit(SMALL, '"Kepala Bidang" eselon III', '"Kepala Bidang eselon III'),
    'a quote alone at the end': SMALL + '"',
    'a half-typed quarter block': edit(SMALL, '{ tw1 5 tw2 10 tw3 15 tw4 20,50 }', '{ tw1 5 tw2'),
    'a half-typed number': edit(SMALL, 'realisasi 2025 tw1 4,80', 'realisasi 2025 tw1 4,'),
    'a `Rp` without an amount': edit(SMALL, 'pagu 2025 Rp 2.500.000.000', 'pagu 2025 Rp'),
    'a half-typed quarter': edit(SMALL, 'realisasi 2025 tw1 Rp 500.000.000', 'realisasi 2025 tw'),
    'a half-typed period': edit(SMALL, 'periode 2022 - 2026', 'periode 2022 -'),
    'a target without a year': edit(SMALL, 'target 2025 20,50', 'target'),
    'a node supporting itself': edit(SMALL, 'mendukung SS1, Dinkes.SS1', 'mendukung P1'),
    'an unterminated block comment': edit(SMALL, '    periode 2022 - 2026', '    /* periode 2022 - 2026'),
    'a line of stray symbols': edit(SMALL, '            arah naik', '            arah naik ., - % { } "'),
    'top-level statements half typed': SMALL + 'realisasi Opd 2025 tw3 {\n    IKU1\n    P1 Rp\nperjanjian Opd.\nperjanjian',
    'an empty document': '',
    'only blanks and a comment': '\n\n   // catatan\n\t\n'
};
