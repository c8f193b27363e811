/**
 * From quarters to years (src/engine/aggregation.ts), on indicators built by the real
 * parser and workspace model from `.kinerja` text: each accumulation mode with complete
 * and incomplete quarters, quarter plans, year-level realisations, `dari` ratios,
 * realisations from a `realisasi ORG YEAR twN { … }` block in another file, and the
 * unit defaults for `akumulasi`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Exact } from '../../src/common/exact.js';
import { formatPercent } from '../../src/common/id-number.js';
import { category, type Achievement } from '../../src/engine/achievement.js';
import {
    aggregateQuarterTarget, aggregateRealisation, annualTarget, evaluateIndicator, latestReportedQuarter,
    yearRealisation, type IndicatorEvaluation
} from '../../src/engine/aggregation.js';
import { defaultConfig, resolveConfig, type KinerjaConfig } from '../../src/engine/config.js';
import { defaultAccumulation, resolveName, type IndicatorInfo, type WorkspaceModel } from '../../src/engine/model.js';
import { describePeriod, inRange, parseYear, periodKey, quarterNumber, quarterOfKey, yearOfKey } from '../../src/engine/periods.js';
import { agency, buildWorkspace } from '../helpers.js';
import { seededRandom } from '../../src/tools/random.js';

const BODY = `
    jabatan Kabid "Kepala Bidang" eselon III atasan Kadis

    sasaran SS1 "Sasaran strategis" oleh Kadis mendukung Kab.S1 {
        // spec numbers: terakhir (persen), tw3 from the block file
        indikator IKU1 "Persentase PPKS mandiri" {
            satuan persen
            arah naik
            target 2024 19,29
            target 2025 20,50 { tw1 5 tw2 10 tw3 15 tw4 20,50 }
            realisasi 2024 22
            realisasi 2025 tw1 4,80
            realisasi 2025 tw2 9,10
        }
        indikator IKP05 "Persentase keluarga miskin yang memperoleh jaminan sosial" {
            satuan persen
            target 2025 60 { tw1 15 tw2 30 tw3 45 tw4 60 }
            realisasi 2025 { tw1 14 tw2 25 }
        }
        indikator IKK0402 "Jumlah penyandang disabilitas terlayani" {
            satuan orang
            akumulasi jumlah
            target 2025 110 { tw1 25 tw2 30 tw3 30 tw4 25 }
            realisasi 2025 tw1 27
            realisasi 2025 tw2 26
        }
        // jumlah with all four quarters
        indikator Penuh "Jumlah peserta pelatihan" {
            satuan orang
            target 2025 100 { tw1 25 tw2 25 tw3 25 tw4 25 }
            realisasi 2025 { tw1 20 tw2 30 tw3 25 tw4 35 }
        }
        // jumlah, tw2 not reported
        indikator Celah "Jumlah kunjungan lapangan" {
            satuan orang
            target 2025 100 { tw1 20 tw2 30 tw3 30 tw4 20 }
            realisasi 2025 tw1 18
            realisasi 2025 tw3 36
        }
        // terakhir, tw2 not reported
        indikator CelahAkhir "Persentase desa terlayani" {
            satuan persen
            target 2025 80 { tw1 20 tw2 40 tw3 60 tw4 80 }
            realisasi 2025 tw1 25
            realisasi 2025 tw3 57
        }
        // rata-rata
        indikator Rata "Indeks kepuasan layanan" {
            satuan indeks
            akumulasi rata-rata
            target 2025 80 { tw1 70 tw2 75 tw3 80 tw4 85 }
            realisasi 2025 { tw1 72 tw2 78 tw3 81 }
        }
        // rata-rata, tw2 not reported
        indikator RataCelah "Indeks kepuasan pengaduan" {
            satuan indeks
            akumulasi rata-rata
            target 2025 80 { tw1 70 tw2 75 tw3 80 tw4 85 }
            realisasi 2025 { tw1 72 tw3 81 }
        }
        // only tw1 reported
        indikator Awal "Jumlah dokumen rencana" {
            satuan dokumen
            target 2025 40 { tw1 10 tw2 10 tw3 10 tw4 10 }
            realisasi 2025 tw1 9
        }
        // no quarter plan
        indikator TanpaRencana "Jumlah sosialisasi" {
            satuan unit
            target 2025 40
            realisasi 2025 tw1 9
            realisasi 2025 tw2 11
        }
        // quarter plan with gaps
        indikator Jarang "Jumlah rapat koordinasi" {
            satuan orang
            target 2025 20 { tw2 10 tw4 10 }
            realisasi 2025 { tw1 3 tw2 8 }
        }
        indikator JarangAkhir "Persentase capaian SPM" {
            satuan persen
            target 2025 60 { tw2 30 tw4 60 }
            realisasi 2025 tw3 33
        }
        // a year-level realisation beside quarter ones
        indikator Tahunan "Persentase anak terlantar terlayani" {
            satuan persen
            target 2025 20 { tw1 5 tw2 10 tw3 15 tw4 20 }
            realisasi 2025 22
            realisasi 2025 { tw1 6 tw2 12 }
        }
        indikator TahunanSaja "Jumlah lansia terlayani" {
            satuan orang
            target 2025 40
            realisasi 2025 44
        }
        // ratios
        indikator Rasio "Persentase penyandang disabilitas terpenuhi kebutuhan dasarnya" {
            satuan persen
            target 2024 100
            target 2025 100 { tw1 100 tw2 100 tw3 100 tw4 100 }
            realisasi 2024 105 dari 110
            realisasi 2025 tw1 45 dari 50
            realisasi 2025 { tw2 27 dari 30 }
        }
        // directions
        indikator Waktu "Rata-rata waktu penerbitan izin" {
            satuan hari
            arah turun
            target 2025 5
            realisasi 2025 6
        }
        indikator Ikm "Indeks kepuasan masyarakat" {
            satuan indeks
            arah rentang
            target 2025 80 - 90
            realisasi 2025 92
        }
        indikator IkmTw "Indeks kepuasan masyarakat per triwulan" {
            satuan indeks
            arah rentang
            target 2025 80 - 90 { tw1 70 - 80 tw2 75 - 85 }
            realisasi 2025 tw2 87
        }
        // custom unit sums by default
        indikator Kecamatan "Jumlah kecamatan terverifikasi" {
            satuan "kecamatan"
            target 2025 18 { tw1 4 tw2 5 tw3 5 tw4 4 }
            realisasi 2025 tw1 4
            realisasi 2025 tw2 5
        }
        // not computable
        indikator TanpaTarget "Jumlah pelaporan" {
            satuan dokumen
            realisasi 2025 5
        }
        indikator TanpaRealisasi "Jumlah pengaduan tertangani" {
            satuan dokumen
            target 2025 5
        }
        indikator TargetNol "Jumlah kasus" {
            satuan orang
            target 2025 0 { tw1 0 }
            realisasi 2025 tw1 3
        }
        // reported only in a year-level block in another file
        indikator Blok "Jumlah panti terakreditasi" {
            satuan unit
            target 2024 40
        }
    }

    sasaran SS2 "Sasaran satuan" oleh Kadis mendukung Kab.S1 {
        indikator UPersen "u" { satuan persen }
        indikator UIndeks "u" { satuan indeks }
        indikator URasio "u" { satuan rasio }
        indikator UOrang "u" { satuan orang }
        indikator UDokumen "u" { satuan dokumen }
        indikator UUnit "u" { satuan unit }
        indikator UHari "u" { satuan hari }
        indikator URupiah "u" { satuan rupiah }
        indikator UCustom "u" { satuan "kecamatan" }
        indikator UCustomPersen "u" { satuan "persen penduduk" }
        indikator UPersenJumlah "u" { satuan persen akumulasi jumlah }
        indikator UOrangTerakhir "u" { satuan orang akumulasi terakhir }
        indikator UOrangRata "u" { satuan orang akumulasi rata-rata }
        indikator UTurun "u" { satuan hari arah turun }
    }
`;

const BLOCK_TW3 = `// third-quarter realisations in a file of their own
realisasi Opd 2025 tw3 {
    IKU1 14,20
    IKP05 41
    IKK0402 31
    Rasio 19 dari 20
}
`;

const BLOCK_2024 = `realisasi Opd 2024 {
    Blok 50
}
`;

let model: WorkspaceModel;
const config = defaultConfig();

function indicator(id: string): IndicatorInfo {
    const found = model.indicators.get(`Opd.${id}`);
    if (!found) throw new Error(`no indicator Opd.${id}`);
    return found;
}

function ev(id: string, year: number, upTo?: number, cfg: KinerjaConfig = config): IndicatorEvaluation {
    return evaluateIndicator(indicator(id), year, cfg, upTo);
}

/** Two-decimal printed value of a computable achievement. */
function pct(a: Achievement): number {
    if (!a.computable) throw new Error(`not computable: ${a.reason}`);
    return a.value.toRoundedNumber(2);
}

const str = (v: Exact | undefined) => v?.toString();
const num = (text: string) => Exact.fromDecimalString(text).toString();

beforeAll(async () => {
    const ws = await buildWorkspace({
        ...agency(BODY),
        'realisasi-2025-tw3.kinerja': BLOCK_TW3,
        'realisasi-2024.kinerja': BLOCK_2024
    });
    for (const [name, document] of ws.documents) {
        expect(document.parseResult.lexerErrors, name).toEqual([]);
        expect(document.parseResult.parserErrors, name).toEqual([]);
    }
    expect(ws.findings.filter(f => f.code === 'number-format')).toEqual([]);
    model = ws.services.kinerja.WorkspaceModel.get();
});

describe('the spec numbers', () => {
    it('IKU1 2024: 22 / 19,29 → 114,05 Sangat Tinggi', () => {
        const e = ev('IKU1', 2024);
        expect(e.final).toBe(true);
        expect(str(e.realisation)).toBe('22');
        expect(pct(e.achievement)).toBe(114.05);
        expect(formatPercent((e.achievement as { value: Exact }).value)).toBe('114,05%');
        expect(category((e.achievement as { value: Exact }).value, config).label).toBe('Sangat Tinggi');
    });
    it('IKU1 2025 up to tw3 (terakhir, tw3 from the block file): 14,20 / 15 → 94,67; annual 14,20 / 20,50 → 69,27 Sedang', () => {
        const e = ev('IKU1', 2025, 3);
        expect(e.quarter).toBe(3);
        expect(str(e.quarterRealisation)).toBe(num('14.20'));
        expect(str(e.quarterTarget?.value)).toBe('15');
        expect(pct(e.quarterAchievement)).toBe(94.67);
        expect(str(e.realisation)).toBe(num('14.20'));
        expect(str(e.target?.value)).toBe(num('20.50'));
        expect(pct(e.achievement)).toBe(69.27);
        expect(category((e.achievement as { value: Exact }).value, config).label).toBe('Sedang');
        expect(e.final).toBe(false);
    });
    it('IKP05 2025 up to tw3: 41 / 45 → 91,11', () => {
        const e = ev('IKP05', 2025, 3);
        expect(e.quarter).toBe(3);
        expect(pct(e.quarterAchievement)).toBe(91.11);
        expect(pct(e.achievement)).toBe(68.33);  // 41 / 60
    });
    it('IKK0402 2025 up to tw3 (jumlah): (27 + 26 + 31) / (25 + 30 + 30) = 84 / 85 → 98,82', () => {
        const e = ev('IKK0402', 2025, 3);
        expect(e.quarter).toBe(3);
        expect(str(e.quarterRealisation)).toBe('84');
        expect(str(e.quarterTarget?.value)).toBe('85');
        expect(e.quarterAchievement).toEqual({ computable: true, value: Exact.fraction(1680n, 17n) });
        expect(pct(e.quarterAchievement)).toBe(98.82);
        expect(str(e.realisation)).toBe('84');
        expect(pct(e.achievement)).toBe(76.36);  // 84 / 110
    });
});

describe('terakhir', () => {
    it('takes the latest quarter at each cut', () => {
        const tw1 = ev('IKU1', 2025, 1);
        expect(tw1.quarter).toBe(1);
        expect(pct(tw1.quarterAchievement)).toBe(96);     // 4,80 / 5
        expect(pct(tw1.achievement)).toBe(23.41);         // 4,80 / 20,50
        const tw2 = ev('IKU1', 2025, 2);
        expect(tw2.quarter).toBe(2);
        expect(pct(tw2.quarterAchievement)).toBe(91);     // 9,10 / 10
        expect(pct(tw2.achievement)).toBe(44.39);         // 9,10 / 20,50
    });
    it('up to tw4 with tw4 not reported stays at tw3 and is not final', () => {
        const e = ev('IKU1', 2025);
        expect(e.quarter).toBe(3);
        expect(e.final).toBe(false);
        expect(pct(e.quarterAchievement)).toBe(94.67);
        expect(pct(e.achievement)).toBe(69.27);
    });
    it('with tw2 missing: tw3 against the tw3 plan; up to tw2 falls back to tw1 against the tw1 plan', () => {
        const tw3 = ev('CelahAkhir', 2025, 3);
        expect(tw3.quarter).toBe(3);
        expect(str(tw3.quarterRealisation)).toBe('57');
        expect(str(tw3.quarterTarget?.value)).toBe('60');
        expect(pct(tw3.quarterAchievement)).toBe(95);
        expect(pct(tw3.achievement)).toBe(71.25);
        const tw2 = ev('CelahAkhir', 2025, 2);
        expect(tw2.quarter).toBe(1);
        expect(str(tw2.quarterRealisation)).toBe('25');
        expect(str(tw2.quarterTarget?.value)).toBe('20');
        expect(pct(tw2.quarterAchievement)).toBe(125);
        expect(pct(tw2.achievement)).toBe(31.25);
    });
    it('compares with the plan in force: tw3 reported, last planned quarter tw2', () => {
        const e = ev('JarangAkhir', 2025, 3);
        expect(e.quarter).toBe(3);
        expect(str(e.quarterTarget?.value)).toBe('30');
        expect(pct(e.quarterAchievement)).toBe(110);
        expect(pct(e.achievement)).toBe(55);
    });
});

describe('jumlah', () => {
    it('with all four quarters: tw4 reported makes the year final', () => {
        const e = ev('Penuh', 2025, 4);
        expect(e.quarter).toBe(4);
        expect(e.final).toBe(true);
        expect(str(e.quarterRealisation)).toBe('110');
        expect(str(e.quarterTarget?.value)).toBe('100');
        expect(pct(e.quarterAchievement)).toBe(110);
        expect(str(e.realisation)).toBe('110');
        expect(pct(e.achievement)).toBe(110);
    });
    it('with all quarters, cut at tw3 and tw2, not final', () => {
        const tw3 = ev('Penuh', 2025, 3);
        expect(tw3.final).toBe(false);
        expect(str(tw3.quarterRealisation)).toBe('75');
        expect(str(tw3.quarterTarget?.value)).toBe('75');
        expect(pct(tw3.quarterAchievement)).toBe(100);
        expect(pct(tw3.achievement)).toBe(75);
        const tw2 = ev('Penuh', 2025, 2);
        expect(str(tw2.quarterRealisation)).toBe('50');
        expect(pct(tw2.quarterAchievement)).toBe(100);
        expect(pct(tw2.achievement)).toBe(50);
    });
    it('with tw2 missing: the reported quarters against the whole plan tw1..tw3', () => {
        const e = ev('Celah', 2025, 3);
        expect(e.quarter).toBe(3);
        expect(str(e.quarterRealisation)).toBe('54');       // 18 + 36
        expect(str(e.quarterTarget?.value)).toBe('80');     // 20 + 30 + 30
        expect(pct(e.quarterAchievement)).toBe(67.5);
        expect(pct(e.achievement)).toBe(54);
        const tw2 = ev('Celah', 2025, 2);
        expect(tw2.quarter).toBe(1);
        expect(str(tw2.quarterRealisation)).toBe('18');
        expect(str(tw2.quarterTarget?.value)).toBe('20');
        expect(pct(tw2.quarterAchievement)).toBe(90);
        expect(pct(tw2.achievement)).toBe(18);
    });
    it('with only tw1 reported, asked up to tw3: q* = 1', () => {
        const e = ev('Awal', 2025, 3);
        expect(e.quarter).toBe(1);
        expect(str(e.quarterRealisation)).toBe('9');
        expect(str(e.quarterTarget?.value)).toBe('10');
        expect(pct(e.quarterAchievement)).toBe(90);
        expect(str(e.realisation)).toBe('9');
        expect(pct(e.achievement)).toBe(22.5);
        expect(e.final).toBe(false);
    });
    it('a custom unit ("kecamatan") sums by default', () => {
        const e = ev('Kecamatan', 2025, 2);
        expect(e.indicator.accumulation).toBe('jumlah');
        expect(str(e.quarterRealisation)).toBe('9');
        expect(str(e.quarterTarget?.value)).toBe('9');
        expect(pct(e.quarterAchievement)).toBe(100);
        expect(pct(e.achievement)).toBe(50);
    });
    it('an unplanned quarter counts 0 in the plan; nothing planned yet is not computable', () => {
        const tw1 = ev('Jarang', 2025, 1);
        expect(tw1.quarter).toBe(1);
        expect(str(tw1.quarterRealisation)).toBe('3');
        expect(tw1.quarterTarget).toBeUndefined();
        expect(tw1.quarterAchievement).toEqual({ computable: false, reason: 'no-target' });
        expect(pct(tw1.achievement)).toBe(15);
        const tw2 = ev('Jarang', 2025, 2);
        expect(str(tw2.quarterRealisation)).toBe('11');
        expect(str(tw2.quarterTarget?.value)).toBe('10');
        expect(pct(tw2.quarterAchievement)).toBe(110);
        expect(pct(tw2.achievement)).toBe(55);
    });
});

describe('rata-rata', () => {
    it('compares the mean of realisations with the mean of the quarter plan', () => {
        const e = ev('Rata', 2025, 3);
        expect(e.quarter).toBe(3);
        expect(str(e.quarterRealisation)).toBe('77');       // (72 + 78 + 81) / 3
        expect(str(e.quarterTarget?.value)).toBe('75');     // (70 + 75 + 80) / 3
        expect(e.quarterAchievement).toEqual({ computable: true, value: Exact.fraction(308n, 3n) });
        expect(pct(e.quarterAchievement)).toBe(102.67);
        expect(pct(e.achievement)).toBe(96.25);             // 77 / 80
        expect(e.final).toBe(false);
    });
    it('with tw2 missing: mean of the reported quarters against the mean of the planned ones', () => {
        const e = ev('RataCelah', 2025, 3);
        expect(str(e.quarterRealisation)).toBe(num('76.5')); // (72 + 81) / 2
        expect(str(e.quarterTarget?.value)).toBe('75');
        expect(pct(e.quarterAchievement)).toBe(102);
        expect(pct(e.achievement)).toBe(95.63);              // 95,625 rounded half away from zero
    });
    it('up to tw1 equals the tw1 figures', () => {
        const e = ev('Rata', 2025, 1);
        expect(str(e.quarterRealisation)).toBe('72');
        expect(str(e.quarterTarget?.value)).toBe('70');
        expect(pct(e.quarterAchievement)).toBe(102.86);
        expect(pct(e.achievement)).toBe(90);
    });
});

describe('quarter plan missing, year-level realisations', () => {
    it('without a quarter plan the quarter achievement is not computable, the annual one is', () => {
        const e = ev('TanpaRencana', 2025, 2);
        expect(e.quarter).toBe(2);
        expect(e.quarterTarget).toBeUndefined();
        expect(str(e.quarterRealisation)).toBe('20');
        expect(e.quarterAchievement).toEqual({ computable: false, reason: 'no-target' });
        expect(str(e.realisation)).toBe('20');
        expect(pct(e.achievement)).toBe(50);
    });
    it('a year-level realisation overrides the quarters and makes the year final, whatever the cut', () => {
        for (const q of [1, 2, 3, 4]) {
            const e = ev('Tahunan', 2025, q);
            expect(e.final, `tw${q}`).toBe(true);
            expect(str(e.realisation), `tw${q}`).toBe('22');
            expect(pct(e.achievement), `tw${q}`).toBe(110);
        }
        const tw2 = ev('Tahunan', 2025, 2);
        expect(tw2.quarter).toBe(2);
        expect(str(tw2.quarterRealisation)).toBe('12');
        expect(pct(tw2.quarterAchievement)).toBe(120);
        const tw1 = ev('Tahunan', 2025, 1);
        expect(tw1.quarter).toBe(1);
        expect(pct(tw1.quarterAchievement)).toBe(120); // 6 / 5
    });
    it('a year-level realisation alone: final, no quarter view', () => {
        const e = ev('TahunanSaja', 2025, 1);
        expect(e.final).toBe(true);
        expect(e.quarter).toBeUndefined();
        expect(e.quarterRealisation).toBeUndefined();
        expect(e.quarterTarget).toBeUndefined();
        expect(e.quarterAchievement).toEqual({ computable: false, reason: 'no-realisation' });
        expect(str(e.realisation)).toBe('44');
        expect(pct(e.achievement)).toBe(110);
    });
    it('a year-level realisation from a block file in another file', () => {
        const e = ev('Blok', 2024);
        expect(e.final).toBe(true);
        expect(str(e.realisation)).toBe('50');
        expect(pct(e.achievement)).toBe(125);
    });
    it('a year without anything', () => {
        const e = ev('IKU1', 2023);
        expect(e.target).toBeUndefined();
        expect(e.realisation).toBeUndefined();
        expect(e.final).toBe(false);
        expect(e.quarter).toBeUndefined();
        expect(e.achievement).toEqual({ computable: false, reason: 'no-target' });
        expect(e.quarterAchievement).toEqual({ computable: false, reason: 'no-realisation' });
    });
});

describe('ratios written with dari', () => {
    it('105 dari 110 → 95,45 (2024, final)', () => {
        const e = ev('Rasio', 2024);
        expect(e.realisation?.toString()).toBe('1050/11');
        expect(pct(e.achievement)).toBe(95.45);
        expect(category((e.achievement as { value: Exact }).value, config).label).toBe('Sangat Tinggi');
    });
    it('in quarter realisations, inline and in braces, and in a block item', () => {
        expect(str(ev('Rasio', 2025, 1).quarterRealisation)).toBe('90');   // 45 dari 50
        expect(str(ev('Rasio', 2025, 2).quarterRealisation)).toBe('90');   // 27 dari 30
        const tw3 = ev('Rasio', 2025, 3);
        expect(str(tw3.quarterRealisation)).toBe('95');                    // 19 dari 20 (block)
        expect(pct(tw3.quarterAchievement)).toBe(95);
        expect(pct(tw3.achievement)).toBe(95);
    });
});

describe('directions through the model', () => {
    it('turun: T = 5, R = 6 → 80 by default, 83,33 with T/R', () => {
        expect(pct(ev('Waktu', 2025).achievement)).toBe(80);
        const tr = resolveConfig({ negativeFormula: 'T/R' }, 'kinerja.config.json');
        expect(pct(ev('Waktu', 2025, 4, tr).achievement)).toBe(83.33);
    });
    it('rentang 80 - 90, R = 92 → 102,22', () => {
        const e = ev('Ikm', 2025);
        expect(str(e.target?.value)).toBe('80');
        expect(str(e.target?.upper)).toBe('90');
        expect(pct(e.achievement)).toBe(102.22);
    });
    it('rentang with quarter ranges: 87 against tw2 75 - 85 → 102,35; inside the annual range → 100', () => {
        const e = ev('IkmTw', 2025, 2);
        expect(str(e.quarterTarget?.value)).toBe('75');
        expect(str(e.quarterTarget?.upper)).toBe('85');
        expect(pct(e.quarterAchievement)).toBe(102.35);
        expect(pct(e.achievement)).toBe(100);
    });
});

describe('not computable', () => {
    it('realisation without target → no-target', () => {
        const e = ev('TanpaTarget', 2025);
        expect(e.final).toBe(true);
        expect(e.achievement).toEqual({ computable: false, reason: 'no-target' });
    });
    it('target without realisation → no-realisation', () => {
        const e = ev('TanpaRealisasi', 2025);
        expect(e.final).toBe(false);
        expect(e.realisation).toBeUndefined();
        expect(e.achievement).toEqual({ computable: false, reason: 'no-realisation' });
    });
    it('target 0 → zero-target, for the year and the quarter', () => {
        const e = ev('TargetNol', 2025, 1);
        expect(e.achievement).toEqual({ computable: false, reason: 'zero-target' });
        expect(e.quarterAchievement).toEqual({ computable: false, reason: 'zero-target' });
    });
});

describe('unit defaults for akumulasi', () => {
    const expected: Record<string, string> = {
        UPersen: 'terakhir', UIndeks: 'terakhir', URasio: 'terakhir',
        UOrang: 'jumlah', UDokumen: 'jumlah', UUnit: 'jumlah', UHari: 'jumlah', URupiah: 'jumlah',
        UCustom: 'jumlah', UCustomPersen: 'jumlah',
        UPersenJumlah: 'jumlah', UOrangTerakhir: 'terakhir', UOrangRata: 'rata-rata'
    };
    for (const [id, mode] of Object.entries(expected)) {
        it(`${id} → ${mode}`, () => {
            expect(indicator(id).accumulation).toBe(mode);
        });
    }
    it('units and direction are read from the text', () => {
        expect(indicator('UPersen').unit).toEqual({ name: 'persen', builtin: true, percent: true });
        expect(indicator('UCustom').unit).toEqual({ name: 'kecamatan', builtin: false, percent: false });
        expect(indicator('UPersen').direction).toBe('naik');
        expect(indicator('UTurun').direction).toBe('turun');
    });
});

describe('the building blocks', () => {
    it('latestReportedQuarter', () => {
        expect(latestReportedQuarter(indicator('Celah'), 2025, 4)).toBe(3);
        expect(latestReportedQuarter(indicator('Celah'), 2025, 2)).toBe(1);
        expect(latestReportedQuarter(indicator('Celah'), 2024, 4)).toBeUndefined();
        expect(latestReportedQuarter(indicator('TahunanSaja'), 2025, 4)).toBeUndefined();
        expect(latestReportedQuarter(indicator('JarangAkhir'), 2025, 2)).toBeUndefined();
    });
    it('aggregateRealisation in each mode', () => {
        const ind = indicator('IKK0402');
        expect(str(aggregateRealisation(ind, 2025, 3))).toBe('84');
        expect(str(aggregateRealisation(ind, 2025, 3, 'jumlah'))).toBe('84');
        expect(str(aggregateRealisation(ind, 2025, 3, 'terakhir'))).toBe('31');
        expect(str(aggregateRealisation(ind, 2025, 3, 'rata-rata'))).toBe('28');
        expect(str(aggregateRealisation(ind, 2025, 2, 'rata-rata'))).toBe(num('26.5'));
        expect(aggregateRealisation(ind, 2024, 4)).toBeUndefined();
        // terakhir asked at a quarter not reported: the latest reported before it
        expect(str(aggregateRealisation(indicator('Celah'), 2025, 2, 'terakhir'))).toBe('18');
    });
    it('aggregateQuarterTarget in each mode', () => {
        const ind = indicator('IKK0402');
        expect(str(aggregateQuarterTarget(ind, 2025, 3)?.value)).toBe('85');
        expect(str(aggregateQuarterTarget(ind, 2025, 3, 'terakhir')?.value)).toBe('30');
        expect(str(aggregateQuarterTarget(ind, 2025, 3, 'rata-rata')?.value)).toBe('85/3');
        expect(str(aggregateQuarterTarget(ind, 2025, 4)?.value)).toBe('110');
        expect(aggregateQuarterTarget(ind, 2025, 3)?.upper).toBeUndefined();
        expect(aggregateQuarterTarget(indicator('TanpaRencana'), 2025, 4)).toBeUndefined();
        expect(aggregateQuarterTarget(indicator('Jarang'), 2025, 1)).toBeUndefined();
    });
    it('aggregateQuarterTarget keeps range bounds', () => {
        const ind = indicator('IkmTw');
        const sum = aggregateQuarterTarget(ind, 2025, 2, 'jumlah');
        expect(str(sum?.value)).toBe('145');
        expect(str(sum?.upper)).toBe('165');
        const mean = aggregateQuarterTarget(ind, 2025, 2, 'rata-rata');
        expect(str(mean?.value)).toBe(num('72.5'));
        expect(str(mean?.upper)).toBe(num('82.5'));
    });
    it('annualTarget and yearRealisation', () => {
        expect(str(annualTarget(indicator('IKU1'), 2025)?.value)).toBe(num('20.50'));
        expect(annualTarget(indicator('IKU1'), 2023)).toBeUndefined();
        expect(str(yearRealisation(indicator('IKU1'), 2024))).toBe('22');
        expect(yearRealisation(indicator('IKU1'), 2025)).toBeUndefined();
        expect(str(yearRealisation(indicator('Tahunan'), 2025))).toBe('22');
    });
    it('evaluateIndicator defaults to the whole year', () => {
        const a = evaluateIndicator(indicator('Penuh'), 2025, config);
        const b = evaluateIndicator(indicator('Penuh'), 2025, config, 4);
        expect(a.quarter).toBe(b.quarter);
        expect(str(a.realisation)).toBe(str(b.realisation));
        expect(a.final).toBe(true);
    });
});

describe('more ways of writing the same figures', () => {
    let other: WorkspaceModel;
    beforeAll(async () => {
        const ws = await buildWorkspace({
            ...agency(`
    sasaran SS1 "Sasaran" oleh Kadis mendukung Kab.S1 {
        indikator Persen "Dengan tanda persen" { satuan persen target 2025 90% realisasi 2025 95% }
        indikator Negatif "Realisasi negatif" { satuan "poin" target 2025 10 realisasi 2025 -5 }
        indikator PenyebutNol "Penyebut nol" { satuan persen target 2025 100 realisasi 2025 5 dari 0 }
    }`),
            // the agency continued in another file, reported in a third one
            'lanjutan.kinerja': [
                'instansi Opd {',
                '    sasaran SS2 "Sasaran lanjutan" oleh Kadis mendukung Kab.S1 {',
                '        indikator Lanjut "Indikator lanjutan" { satuan orang target 2025 10 { tw1 5 tw2 5 } }',
                '    }',
                '}'
            ].join('\n'),
            'realisasi-tw1.kinerja': 'realisasi Opd 2025 tw1 {\n    Lanjut 4\n    Opd.Persen 50\n}\n',
            'realisasi-tw2.kinerja': 'realisasi Opd 2025 tw2 {\n    Lanjut 7 \n}\n'
        });
        for (const [name, document] of ws.documents) {
            expect(document.parseResult.parserErrors, name).toEqual([]);
        }
        other = ws.services.kinerja.WorkspaceModel.get();
    });
    const get = (id: string, upTo?: number) => evaluateIndicator(other.indicators.get(`Opd.${id}`)!, 2025, config, upTo);

    it('a % sign does not change the value: 95 / 90 → 105,56', () => {
        const e = get('Persen');
        expect(str(e.realisation)).toBe('95');
        expect(str(e.target?.value)).toBe('90');
        expect(pct(e.achievement)).toBe(105.56);
        // a qualified name in a block reaches the same indicator (quarter view only)
        expect(str(e.quarterRealisation)).toBe('50');
    });
    it('a negative realisation gives a negative achievement: -5 / 10 → -50', () => {
        expect(pct(get('Negatif').achievement)).toBe(-50);
        expect(category((get('Negatif').achievement as { value: Exact }).value, config).label).toBe('Sangat Rendah');
    });
    it('a zero denominator leaves the realisation out: not computable', () => {
        const e = get('PenyebutNol');
        expect(e.realisation).toBeUndefined();
        expect(e.achievement).toEqual({ computable: false, reason: 'no-realisation' });
    });
    it('an indicator of an agency continued in another file, reported from two block files', () => {
        const tw1 = get('Lanjut', 1);
        expect(pct(tw1.quarterAchievement)).toBe(80);      // 4 / 5
        const tw2 = get('Lanjut', 2);
        expect(str(tw2.quarterRealisation)).toBe('11');
        expect(pct(tw2.quarterAchievement)).toBe(110);     // 11 / 10
        expect(pct(tw2.achievement)).toBe(110);            // the annual target is 10 as well
        expect(other.indicators.get('Opd.Lanjut')!.organisation).toBe(other.organisations.get('Opd'));
    });
});

describe('periods and model helpers', () => {
    it('period keys pack year and quarter', () => {
        expect(periodKey(2025)).toBe(20250);
        expect(periodKey(2025, 3)).toBe(20253);
        expect(yearOfKey(20253)).toBe(2025);
        expect(quarterOfKey(20253)).toBe(3);
        expect(quarterOfKey(20250)).toBe(0);
        expect(periodKey(2024, 4) < periodKey(2025)).toBe(true);
    });
    it('quarter and year text', () => {
        expect(quarterNumber('tw1')).toBe(1);
        expect(quarterNumber('tw4')).toBe(4);
        expect(quarterNumber('tw5')).toBeUndefined();
        expect(quarterNumber(undefined)).toBeUndefined();
        expect(parseYear('2025')).toBe(2025);
        expect(parseYear('25')).toBeUndefined();
        expect(parseYear('2.025')).toBeUndefined();
        expect(parseYear('0999')).toBe(999);
        expect(parseYear('20255')).toBeUndefined();
        expect(parseYear('２０２５')).toBeUndefined();   // full-width digits are not \d
        expect(parseYear('')).toBeUndefined();
        expect(quarterNumber('tw0')).toBeUndefined();
        expect(quarterNumber('TW1')).toBeUndefined();
        expect(quarterNumber('tw1 ')).toBeUndefined();
        expect(quarterNumber('tw')).toBeUndefined();
        expect(describePeriod(2025)).toBe('2025');
        expect(describePeriod(2025, 3)).toBe('2025 tw3');
        expect(inRange({ start: 2021, end: 2026 }, 2026)).toBe(true);
        expect(inRange({ start: 2021, end: 2026 }, 2027)).toBe(false);
        expect(inRange(undefined, 1999)).toBe(true);
    });
    it('defaultAccumulation and resolveName', () => {
        expect(defaultAccumulation(undefined)).toBe('jumlah');
        expect(defaultAccumulation({ name: 'indeks', builtin: true, percent: false })).toBe('terakhir');
        expect(defaultAccumulation({ name: 'persen', builtin: false, percent: false })).toBe('jumlah'); // quoted "persen"
        expect(resolveName('Opd', 'IKU1')).toBe('Opd.IKU1');
        expect(resolveName('Opd', 'Kab.S1')).toBe('Kab.S1');
        expect(resolveName(undefined, 'IKU1')).toBe('IKU1');
    });
});

describe('aggregation against its definition', () => {
    /** The definition, written with lists: the quarters up to q that have a value, then summed, averaged or the latest. */
    const definition = {
        realisation(ind: IndicatorInfo, year: number, q: number, mode: 'jumlah' | 'rata-rata' | 'terakhir') {
            const reported = [1, 2, 3, 4].filter(k => k <= q).map(k => ind.realisations.get(periodKey(year, k))?.[0]?.value).filter(v => v !== undefined);
            if (!reported.length) return undefined;
            if (mode === 'terakhir') return ind.realisations.get(periodKey(year, q))?.[0]?.value ?? reported[reported.length - 1];
            return mode === 'rata-rata' ? Exact.mean(reported) : Exact.sum(reported);
        },
        target(ind: IndicatorInfo, year: number, q: number, mode: 'jumlah' | 'rata-rata' | 'terakhir') {
            const planned = [1, 2, 3, 4].filter(k => k <= q).map(k => ind.targets.get(periodKey(year, k))?.[0]).filter(e => e?.value !== undefined);
            if (!planned.length) return undefined;
            if (mode === 'terakhir') return { value: planned[planned.length - 1]!.value, upper: planned[planned.length - 1]!.upper };
            const values = planned.map(e => e!.value!);
            const uppers = planned.map(e => e!.upper ?? e!.value!);
            const ranged = planned.some(e => e!.upper);
            return mode === 'rata-rata'
                ? { value: Exact.mean(values), upper: ranged ? Exact.mean(uppers) : undefined }
                : { value: Exact.sum(values), upper: ranged ? Exact.sum(uppers) : undefined };
        }
    };
    const text = (x: Exact | undefined) => x?.toString();

    it('gives what the definition gives on 500 random quarter plans and realisations (seed 20261125)', () => {
        const rnd = seededRandom(20261125);
        const value = () => (rnd() < 0.25 ? undefined : Exact.fraction(BigInt(Math.floor(rnd() * 400) - 20), BigInt(1 + Math.floor(rnd() * 4))));
        for (let run = 0; run < 500; run++) {
            const targets = new Map<number, Array<{ year: number; quarter: number; value?: Exact; upper?: Exact }>>();
            const realisations = new Map<number, Array<{ year: number; quarter: number; value?: Exact }>>();
            for (const k of [1, 2, 3, 4]) {
                if (rnd() < 0.8) targets.set(periodKey(2025, k), [{ year: 2025, quarter: k, value: value(), upper: rnd() < 0.3 ? value() : undefined }]);
                if (rnd() < 0.8) realisations.set(periodKey(2025, k), [{ year: 2025, quarter: k, value: value() }]);
            }
            const ind = { targets, targetRevisions: new Map(), realisations, accumulation: 'jumlah' } as unknown as IndicatorInfo;
            for (const mode of ['jumlah', 'rata-rata', 'terakhir'] as const) {
                for (const q of [1, 2, 3, 4]) {
                    const context = `run ${run} ${mode} tw${q}`;
                    expect(text(aggregateRealisation(ind, 2025, q, mode)), context).toBe(text(definition.realisation(ind, 2025, q, mode)));
                    const actual = aggregateQuarterTarget(ind, 2025, q, mode);
                    const expected = definition.target(ind, 2025, q, mode);
                    expect([text(actual?.value), text(actual?.upper)], context).toEqual([text(expected?.value), text(expected?.upper)]);
                }
            }
        }
    });
});
