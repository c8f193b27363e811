/**
 * The engine for a real year (../shared/spec/real-year.md), on workspaces built by the
 * real parser and model: revisions in force by the report's cut, months and `s.d.`
 * figures made quarters by akumulasi, `belanja` as running sums, officials over time,
 * `arah stabil`, the lower-is-better formula per indicator, zero targets, qualitative
 * scales and `averageCap`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Exact } from '../../src/common/exact.js';
import type { Achievement } from '../../src/engine/achievement.js';
import { evaluateIndicator } from '../../src/engine/aggregation.js';
import { evaluateBudget } from '../../src/engine/budget.js';
import { defaultConfig, forAverage } from '../../src/engine/config.js';
import { evaluateWorkspace } from '../../src/engine/evaluate.js';
import type { IndicatorInfo, WorkspaceModel } from '../../src/engine/model.js';
import { officialOn } from '../../src/engine/officials.js';
import { quarterFigures, runningTotals } from '../../src/engine/series.js';
import { agency, buildWorkspace } from '../helpers.js';

const BODY = `
    jabatan Kabid "Kepala Bidang" eselon III atasan Kadis {
        pejabat "Ani" sampai 2025-03-31 nip "1970"
        pejabat "Budi" plt sejak 2025-04-01 sampai 2025-05-31
        pejabat "Citra" sejak 2025-06-01
        pejabat "Dedi" plh sejak 2025-08-01 sampai 2025-08-10
    }
    sasaran SS1 "Sasaran" oleh Kadis mendukung Kab.S1 {
        indikator Rev "Revised twice" utama {
            satuan orang
            target 2025 100 { tw1 25 tw2 25 tw3 25 tw4 25 }
            target 2025 90 { tw3 20 tw4 20 } revisi 2025-09-15 "APBD Perubahan"
            target 2025 80 { tw2 15 } revisi 2025-05-02 "Refocusing"
            realisasi 2025 { tw1 25 tw2 20 tw3 20 }
        }
        indikator Months "Monthly, jumlah" {
            satuan orang
            target 2025 120 { jan 10 feb 10 mar 10 apr 10 mei 10 jun 10 }
            realisasi 2025 { jan 9 feb 11 mar 10 apr 12 }
            realisasi 2025 mei 8
        }
        indikator Latest "Monthly, terakhir" {
            satuan persen
            target 2025 80 { tw1 60 tw2 70 }
            realisasi 2025 { jan 50 feb 55 mar 58 apr 61 mei 66 }
        }
        indikator Mean "Monthly, rata-rata" {
            satuan orang
            akumulasi rata-rata
            target 2025 10
            realisasi 2025 { jan 8 feb 10 mar 12 apr 14 }
        }
        indikator Cum "Cumulative, jumlah" {
            satuan orang
            target 2025 100
            realisasi 2025 s.d. tw2 40
            realisasi 2025 tw3 25
            realisasi 2025 s.d. okt 70
        }
        indikator Band "Inflation band" {
            satuan persen
            arah stabil
            target 2025 2 - 4
            realisasi 2025 1
        }
        indikator Below "Lower is better, own formula" {
            satuan persen
            arah turun rasio
            target 2025 20
            realisasi 2025 25
        }
        indikator Diff "Lower is better, the other formula" {
            satuan persen
            arah turun selisih
            target 2025 20
            realisasi 2025 25
        }
        indikator Zero "No deaths planned" {
            satuan orang
            arah turun
            target 2025 0
            realisasi 2025 2
        }
        indikator Words "Own scale" {
            skala "Kurang" "Cukup" "Baik" "Sangat Baik"
            target 2025 "Baik"
            realisasi 2025 "Sangat Baik"
        }
        indikator Over "Far over" {
            satuan orang
            target 2025 10
            realisasi 2025 30
        }
    }
    program P1 "Program" oleh Kabid mendukung SS1 {
        pagu 2025 Rp 1.000
        pagu 2025 Rp 800 revisi 2025-06-30 "Pergeseran"
        belanja 2025 { jan Rp 50 feb Rp 50 }
        belanja 2025 tw2 Rp 200
        belanja 2025 sep Rp 100
    }
`;

let model: WorkspaceModel;
const config = defaultConfig();
const ind = (id: string): IndicatorInfo => {
    const found = model.indicators.get(`Opd.${id}`);
    if (!found) throw new Error(`no indicator ${id}`);
    return found;
};
const value = (a: Achievement) => (a.computable ? a.value.toRoundedNumber(2) : a.reason);
const n = (x: Exact | undefined) => x?.toRoundedNumber(2);

beforeAll(async () => {
    const ws = await buildWorkspace(agency(BODY));
    // The engine is the subject here (the findings of these constructs are tested in test/findings).
    expect(ws.findings.filter(f => f.code === 'syntax').map(f => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
    model = ws.services.kinerja.WorkspaceModel.get();
});

describe('revisions in force', () => {
    it('the year uses every revision in date order: 90, with tw2 from May and tw3, tw4 from September', () => {
        const e = evaluateIndicator(ind('Rev'), 2025, config);
        expect([n(e.target?.value), n(e.originalTarget?.value), e.revision?.date, e.revision?.reason]).toEqual([90, 100, '2025-09-15', 'APBD Perubahan']);
        // jumlah: tw1..tw3 plan 25 + 15 + 20 against 25 + 20 + 20.
        expect([n(e.quarterTarget?.value), value(e.achievement)]).toEqual([60, 72.22]);
    });
    it('a report cut at tw2 uses only the May revision; at tw1 none', () => {
        const q2 = evaluateIndicator(ind('Rev'), 2025, config, 2);
        expect([n(q2.target?.value), q2.revision?.date, n(q2.quarterTarget?.value), value(q2.quarterAchievement)]).toEqual([80, '2025-05-02', 40, 112.5]);
        const q1 = evaluateIndicator(ind('Rev'), 2025, config, 1);
        expect([n(q1.target?.value), q1.revision, n(q1.originalTarget?.value)]).toEqual([100, undefined, undefined]);
    });
    it('a revised pagu is in force from its date; belanja makes running sums', () => {
        const node = model.nodes.get('Opd.P1')!;
        const q1 = evaluateBudget(model, node, 2025, 1);
        expect([n(q1.pagu), n(q1.realisation), n(q1.absorption)]).toEqual([1000, 100, 10]);
        const q2 = evaluateBudget(model, node, 2025, 2);
        expect([n(q2.pagu), n(q2.paguOriginal), q2.paguRevision?.reason, n(q2.realisation), n(q2.absorption)]).toEqual([800, 1000, 'Pergeseran', 300, 37.5]);
        const year = evaluateBudget(model, node, 2025);
        expect([n(year.pagu), n(year.realisation)]).toEqual([800, 400]);
    });
});

describe('months and s.d. figures', () => {
    it('jumlah: months sum into quarters, against the monthly plan made quarters', () => {
        const q2 = evaluateIndicator(ind('Months'), 2025, config, 2);
        // jan–mei: 9 + 11 + 10 + 12 + 8 = 50, plan tw1 30 + tw2 30.
        expect([n(q2.quarterRealisation), n(q2.quarterTarget?.value), value(q2.quarterAchievement), value(q2.achievement)]).toEqual([50, 60, 83.33, 41.67]);
        expect(ind('Months').realisationPeriods.get(2025)?.map(p => p.month)).toEqual([1, 2, 3, 4, 5]);
    });
    it('terakhir: the latest month of the latest quarter', () => {
        const q2 = evaluateIndicator(ind('Latest'), 2025, config, 2);
        expect([n(q2.quarterRealisation), n(q2.quarterTarget?.value), value(q2.quarterAchievement)]).toEqual([66, 70, 94.29]);
        const q1 = evaluateIndicator(ind('Latest'), 2025, config, 1);
        expect(n(q1.quarterRealisation)).toBe(58);
    });
    it('rata-rata: the mean of the months, whatever quarter they fall in', () => {
        const e = evaluateIndicator(ind('Mean'), 2025, config);
        // (8 + 10 + 12 + 14) / 4 = 11, not the mean of the quarter means (10 and 14: 12).
        expect([n(e.realisation), value(e.achievement)]).toEqual([11, 110]);
    });
    it('jumlah with s.d.: a cumulative figure sets the total, an own figure adds to it', () => {
        const cum = ind('Cum');
        expect(n(evaluateIndicator(cum, 2025, config, 2).quarterRealisation)).toBe(40);
        expect(n(evaluateIndicator(cum, 2025, config, 3).quarterRealisation)).toBe(65);
        const year = evaluateIndicator(cum, 2025, config);
        expect([n(year.realisation), value(year.achievement), year.final]).toEqual([70, 70, false]);
    });
});

describe('series: quarters from period figures', () => {
    const f = (first: number, last: number, v: number, cumulative = false) => ({ span: { first, last }, cumulative, value: Exact.of(v), source: `${first}-${last}` });
    it('a cumulative figure over unreported quarters covers them', () => {
        const q = quarterFigures([f(1, 6, 40, true), f(7, 9, 25)], 'jumlah', new Set([3]));
        expect(q.map(x => [x.quarter, n(x.value), x.from, x.cumulative])).toEqual([[2, 40, 1, true]]);
    });
    it('months of a quarter stated as a quarter are not counted twice', () => {
        const q = quarterFigures([f(1, 3, 30), f(1, 1, 10), f(2, 2, 10), f(4, 4, 5)], 'jumlah', new Set([1]));
        expect(q.map(x => [x.quarter, n(x.value)])).toEqual([[2, 5]]);
    });
    it('running totals of spending per period', () => {
        expect(runningTotals([f(4, 6, 200), f(1, 1, 50), f(2, 2, 50)]).map(x => [x.span.last, n(x.value)])).toEqual([[1, 50], [2, 100], [6, 300]]);
    });
});

describe('officials over time', () => {
    it('names the official in office on a date; an acting one appointed while another serves acts that day', () => {
        const kabid = model.positions.get('Opd.Kabid')!.ast;
        expect(['2025-01-08', '2025-04-15', '2025-07-01', '2025-08-05', '2024-12-31'].map(d => officialOn(kabid, d)?.name))
            .toEqual(['Ani', 'Budi', 'Citra', 'Dedi', 'Ani']);
        expect(officialOn(kabid)?.name).toBe('Citra');
        expect([officialOn(kabid, '2025-04-15')?.acting, officialOn(kabid, '2025-01-08')?.nip]).toEqual(['plt', '1970']);
    });
});

describe('formulas of a real year', () => {
    it('arah stabil: inside the band 100, below it R / a', () => {
        expect(value(evaluateIndicator(ind('Band'), 2025, config).achievement)).toBe(50);
    });
    it('arah turun rasio / selisih override the project setting', () => {
        expect(value(evaluateIndicator(ind('Below'), 2025, config).achievement)).toBe(80);
        expect(value(evaluateIndicator(ind('Diff'), 2025, { ...config, negativeFormula: 'T/R' }).achievement)).toBe(75);
    });
    it('a zero target with deaths is 0 for turun', () => {
        expect(value(evaluateIndicator(ind('Zero'), 2025, config).achievement)).toBe(0);
    });
    it("an own scale: 100 at or above the target's word", () => {
        const e = evaluateIndicator(ind('Words'), 2025, config);
        expect([n(e.target?.value), n(e.realisation), value(e.achievement)]).toEqual([3, 4, 100]);
        expect(ind('Words').scale).toEqual(['Kurang', 'Cukup', 'Baik', 'Sangat Baik']);
    });
    it('averageCap caps an achievement in averages only', () => {
        expect(n(forAverage(Exact.of(300), { averageCap: 120 }))).toBe(120);
        expect(n(forAverage(Exact.of(300), { averageCap: null }))).toBe(300);
        const capped = evaluateWorkspace(model, { ...config, averageCap: 120 }, 2025);
        const plain = evaluateWorkspace(model, config, 2025);
        const score = (w: typeof plain) => n(w.organisations.find(o => o.organisation.id === 'Opd')?.score);
        expect(score(capped)! < score(plain)!).toBe(true);
        const over = capped.organisations.find(o => o.organisation.id === 'Opd')!.indicators.find(e => e.indicator.id === 'Opd.Over')!;
        expect(value(over.achievement)).toBe(300);
    });
});
