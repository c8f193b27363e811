/**
 * A small workspace for the editor-feature tests: a pemda, an agency, and a file with a
 * quarterly realisation block and an agreement. The figures are those of the spec
 * example (IKU1: 114,05% in 2024; 94,67% against the quarter plan up to tw3 in 2025 and
 * 69,27% against the annual target; P1: 76,00% absorption up to tw3).
 */
import type { LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver';
import { buildWorkspace, uriOf, type TestWorkspace } from '../helpers.js';
import type { KinerjaConfig, Language } from '../../src/engine/config.js';

export const PEMDA = [
    'pemda Kab "Pemerintah Kabupaten Contoh" {',
    '    kepala "Bupati Contoh"',
    '    periode 2021 - 2026',
    '    tujuan T1 "Tujuan daerah"',
    '    sasaran S1 "Sasaran daerah" mendukung T1 {',
    '        indikator IKD "Indikator daerah" {',
    '            satuan persen',
    '            target 2025 50',
    '        }',
    '    }',
    '}',
    ''
].join('\n');

export const OPD = [
    'instansi Opd "Dinas Contoh" {',
    '    pemda Kab',
    '    periode 2022 - 2026',
    '    jabatan Kadis "Kepala Dinas" eselon II',
    '    jabatan Kabid "Kepala Bidang" eselon III atasan Kadis',
    '    sasaran SS1 "Sasaran strategis" oleh Kadis mendukung Kab.S1 {',
    '        indikator IKU1 "Persentase layanan" mendukung Kab.IKD {',
    '            satuan persen',
    '            target 2024 19,29',
    '            target 2025 20,50 { tw1 5 tw2 10 tw3 15 tw4 20,50 }',
    '            realisasi 2024 22',
    '            realisasi 2025 tw1 4,80',
    '            realisasi 2025 tw2 9,10',
    '        }',
    '    }',
    '    program P1 "Program layanan" oleh Kabid mendukung SS1 {',
    '        indikator IKP1 "Jumlah berkas" {',
    '            satuan "berkas"',
    '            target 2025 60 { tw1 15 tw2 15 tw3 15 tw4 15 }',
    '            realisasi 2025 { tw1 12 tw2 18 }',
    '        }',
    '        pagu 2025 Rp 2.500.000.000',
    '        realisasi 2025 tw1 Rp 500.000.000',
    '    }',
    '}',
    ''
].join('\n');

export const REPORTS = [
    'realisasi Opd 2025 tw3 {',
    '    IKU1 14,20',
    '    P1 Rp 1.900.000.000',
    '}',
    '',
    'perjanjian Opd.Kadis 2025 {',
    '    ditandatangani 2025-01-06',
    '}',
    ''
].join('\n');

export const FILES = { 'pemda.kinerja': PEMDA, 'opd.kinerja': OPD, 'laporan.kinerja': REPORTS };

export function fixture(options: { lang?: Language; config?: Partial<KinerjaConfig> } = {}): Promise<TestWorkspace> {
    return buildWorkspace(FILES, options);
}

/** The position of the `nth` occurrence of `needle` in a document, plus `delta` characters. */
export function positionOf(document: LangiumDocument, needle: string, delta = 0, nth = 0): Position {
    const text = document.textDocument.getText();
    let offset = -1;
    for (let i = 0; i <= nth; i++) {
        offset = text.indexOf(needle, offset + 1);
        if (offset < 0) throw new Error(`'${needle}' not found`);
    }
    return document.textDocument.positionAt(offset + delta);
}

export function uri(name: string): string {
    return uriOf(name).toString();
}
