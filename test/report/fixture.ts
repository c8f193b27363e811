/**
 * A small workspace on disk for the report-format and CLI-format tests: one pemda, two
 * agencies (one with a name holding `;` and `"`), quarter targets and realisations,
 * budgets, agreements, and findings with related places (a duplicate realisation).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { collectFindings, type CliFinding } from '../../src/cli/check.js';
import { openSession, type Session } from '../../src/cli/session.js';
import { buildReportData, type ReportDataByKind, type ReportKind } from '../../src/report/kinds/index.js';

export const PEMDA = [
    'pemda Kab "Kabupaten Contoh" {',
    '    kepala "Bupati Contoh"',
    '    periode 2021 - 2026',
    '    tujuan T1 "Tujuan [utama]"',
    '    sasaran S1 "Sasaran daerah" mendukung T1 {',
    '        indikator IKD "Indeks daerah" { satuan indeks target 2025 80 realisasi 2025 tw3 70 }',
    '    }',
    '}',
    ''
].join('\n');

export const DINSOS = [
    'instansi Dinsos "Dinas Sosial; Pemberdayaan \\"Perempuan\\"" {',
    '    pemda Kab',
    '    periode 2021 - 2026',
    '    jabatan Kadis "Kepala Dinas" eselon II',
    '    jabatan Kabid "Kepala Bidang" eselon III atasan Kadis { pejabat "Siti; \\"Ani\\"" }',
    '    sasaran SS1 "Meningkatnya \\"layanan\\"; sosial" oleh Kadis mendukung Kab.S1 {',
    '        indikator IKU1 "Persentase PMKS tertangani" {',
    '            satuan persen',
    '            target 2025 19,29 { tw1 5 tw2 10 tw3 15 tw4 19,29 }',
    '            realisasi 2025 22',
    '        }',
    '    }',
    '    program P01 "Program Perlindungan Sosial" oleh Kadis mendukung SS1 {',
    '        indikator IKP1 "Jumlah penerima bantuan" {',
    '            satuan orang',
    '            target 2025 1.200 { tw1 300 tw2 300 tw3 300 tw4 300 }',
    '            realisasi 2025 { tw1 280 tw2 310 tw3 250 }',
    '        }',
    '        pagu 2025 Rp 2.500.000.000',
    '        realisasi 2025 tw3 Rp 1.900.000.000',
    '    }',
    '    kegiatan K01 "Kegiatan Bantuan" oleh Kabid mendukung P01 {',
    '        indikator IKK1 "Jumlah paket" {',
    '            satuan unit',
    '            target 2025 60 { tw1 15 tw2 15 tw3 15 tw4 15 }',
    '            realisasi 2025 { tw1 15 tw2 15 tw3 15 }',
    '            realisasi 2025 tw3 16',
    '        }',
    '    }',
    '}',
    'perjanjian Dinsos.Kadis 2025 { pihak-kedua "Bupati Contoh" ditandatangani 2025-01-06 }',
    'perjanjian Dinsos.Kabid 2025 { pihak-kedua "Kepala Dinas" }',
    ''
].join('\n');

export const DPM = [
    'instansi Dpm "Dinas Penanaman Modal" {',
    '    pemda Kab',
    '    periode 2021 - 2026',
    '    jabatan Kadis "Kepala Dinas" eselon II',
    '    sasaran SS1 "Meningkatnya investasi" oleh Kadis mendukung Kab.S1 {',
    '        indikator IKU1 "Nilai investasi" {',
    '            satuan persen',
    '            target 2025 100',
    '            realisasi 2025 45',
    '        }',
    '    }',
    '    program P02 "Program Promosi" oleh Kadis mendukung SS1 {',
    '        pagu 2025 Rp 800.000.000',
    '        realisasi 2025 Rp 310.000.000',
    '    }',
    '}',
    'perjanjian Dpm.Kadis 2025 { pihak-kedua "Bupati Contoh" ditandatangani 2025-01-07 }',
    ''
].join('\n');

/** DPM with Rupiah beyond 2^53: a pagu of 10^30 and a realisation of 2^53 + 1 (as `dpm.kinerja`). */
/** Dpm.P02 at the largest figures the language takes (15 significant digits, docs/language.md). */
export const HUGE_DPM = DPM
    .replace('pagu 2025 Rp 800.000.000', 'pagu 2025 Rp 999.999.999.999.999')
    .replace('realisasi 2025 Rp 310.000.000', 'realisasi 2025 Rp 999.999.999.999.998');

export function writeFixture(extra: Record<string, string> = {}): string {
    const dir = mkdtempSync(join(tmpdir(), 'kinerja-report-'));
    mkdirSync(join(dir, 'ws'));
    const files = { 'pemda.kinerja': PEMDA, 'dinsos.kinerja': DINSOS, 'dpm.kinerja': DPM, ...extra };
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, 'ws', name)), { recursive: true });
        writeFileSync(join(dir, 'ws', name), text);
    }
    return dir;
}

/** Loads the fixture in-process, with findings relative to its folder. */
export async function loadFixture(dir: string, validation = true): Promise<{ session: Session; findings: CliFinding[] }> {
    const session = await openSession([join(dir, 'ws')], {}, validation);
    return { session, findings: collectFindings(session.documents, dir) };
}

/** The fixture's report data of one kind, with its findings, built in-process. */
export async function fixtureReport<K extends ReportKind>(dir: string, kind: K, options: { year?: number; quarter?: number; lowest?: number } = {}): Promise<ReportDataByKind[K]> {
    const { session, findings } = await loadFixture(dir);
    const model = session.services.kinerja.WorkspaceModel.get();
    return buildReportData(kind, model, session.config, { year: options.year ?? 2025, quarter: options.quarter, lowest: options.lowest, findings });
}
