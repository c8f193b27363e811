/**
 * Workspace evaluation and ranking (src/engine/evaluate.ts): agency scores as the mean
 * achievement of echelon-II indicators (annual, or against the quarter plan with final
 * years counting annually), ranks with ties broken by id, the lowest N flagged for
 * assistance, and regional governments evaluated but never ranked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Exact } from '../../src/common/exact.js';
import { defaultConfig, resolveConfig, type KinerjaConfig } from '../../src/engine/config.js';
import {
    evaluateWorkspace, isEchelonTwoIndicator, organisationScore, rank,
    type OrganisationEvaluation, type WorkspaceEvaluation
} from '../../src/engine/evaluate.js';
import type { OrganisationInfo, WorkspaceModel } from '../../src/engine/model.js';
import { buildWorkspace } from '../helpers.js';

const PEMDA = `pemda Kab "Pemerintah Kabupaten Contoh" {
    kepala "Bupati Contoh"
    periode 2021 - 2026
    tujuan T1 "Tujuan daerah"
    sasaran S1 "Sasaran daerah" mendukung T1 {
        // 10%: would be the lowest if regional governments were scored
        indikator IKD "Indikator daerah" {
            satuan persen
            target 2025 10
            realisasi 2025 1
        }
    }
}
`;

function instansi(id: string, body: string): string {
    return `instansi ${id} "Dinas ${id}" {
    pemda Kab
    periode 2021 - 2026
    jabatan Kadis "Kepala Dinas" eselon II
    jabatan Kabid "Kepala Bidang" eselon III atasan Kadis
${body}
}
`;
}

const FILES: Record<string, string> = {
    'pemda.kinerja': PEMDA,
    // 90 and 110 → 100; echelon III and not computable indicators left out
    'alpha.kinerja': instansi('Alpha', `
    sasaran SS1 "Sasaran" oleh Kadis mendukung Kab.S1 {
        indikator I1 "Satu" { satuan orang target 2025 100 realisasi 2025 90 }
        indikator I2 "Dua" { satuan orang target 2025 50 realisasi 2025 55 }
        indikator I3 "Belum ada realisasi" { satuan orang target 2025 50 }
        indikator I4 "Target nol" { satuan orang target 2025 0 realisasi 2025 5 }
    }
    program P1 "Program" oleh Kabid mendukung SS1 {
        indikator IP "Eselon III" { satuan orang target 2025 10 realisasi 2025 1 }
        pagu 2025 Rp 1.000.000.000
        realisasi 2025 Rp 250.000.000
    }`),
    // 60 / 80 → 75; a node without owner does not count
    'beta.kinerja': instansi('Beta', `
    sasaran SS1 "Sasaran" oleh Kadis mendukung Kab.S1 {
        indikator I1 "Satu" { satuan orang target 2025 80 realisasi 2025 60 }
    }
    sasaran SS9 "Tanpa pemilik" {
        indikator X "Nol" { satuan orang target 2025 10 realisasi 2025 0 }
    }`),
    // turun, T = 10, R = 8: 120 with 2T-R, 125 with T/R
    'gamma.kinerja': instansi('Gamma', `
    sasaran SS1 "Sasaran" oleh Kadis mendukung Kab.S1 {
        indikator I1 "Satu" { satuan persen arah turun target 2025 10 realisasi 2025 8 }
    }`),
    // nothing computable at echelon II → no score, no rank
    'delta.kinerja': instansi('Delta', `
    sasaran SS1 "Sasaran" oleh Kadis mendukung Kab.S1 {
        indikator I1 "Satu" { satuan orang target 2025 80 }
    }
    program P1 "Program" oleh Kabid mendukung SS1 {
        indikator IP "Eselon III" { satuan orang target 2025 10 realisasi 2025 10 }
    }`),
    // 3 / 4 → 75, ties with Beta
    'epsilon.kinerja': instansi('Epsilon', `
    sasaran SS1 "Sasaran" oleh Kadis mendukung Kab.S1 {
        indikator I1 "Satu" { satuan dokumen target 2025 4 realisasi 2025 3 }
    }`),
    // quarterly figures
    'kuartal.kinerja': instansi('Kuartal', `
    sasaran SS1 "Sasaran" oleh Kadis mendukung Kab.S1 {
        indikator Q1 "Terakhir" {
            satuan persen
            target 2025 100 { tw1 20 tw2 50 tw3 75 tw4 100 }
            realisasi 2025 tw1 10
            realisasi 2025 tw2 45
        }
        indikator Q2 "Final" {
            satuan orang
            target 2025 40 { tw1 10 tw2 10 tw3 10 tw4 10 }
            realisasi 2025 44
            realisasi 2025 tw1 5
        }
        indikator Q3 "Tanpa rencana triwulan" {
            satuan orang
            target 2025 10
            realisasi 2025 tw1 5
        }
    }`)
};

let model: WorkspaceModel;
const config = defaultConfig();

function evaluation(ws: WorkspaceEvaluation, id: string): OrganisationEvaluation {
    const found = ws.organisations.find(o => o.organisation.id === id);
    if (!found) throw new Error(`no organisation ${id}`);
    return found;
}
const score = (ws: WorkspaceEvaluation, id: string) => evaluation(ws, id).score?.toRoundedNumber(2);
const ranking = (ws: WorkspaceEvaluation) => ws.organisations
    .filter(o => o.rank !== undefined)
    .sort((a, b) => a.rank! - b.rank!)
    .map(o => o.organisation.id);
const flagged = (ws: WorkspaceEvaluation) => ws.organisations.filter(o => o.needsAssistance).map(o => o.organisation.id);

beforeAll(async () => {
    const ws = await buildWorkspace(FILES);
    for (const [name, document] of ws.documents) {
        expect(document.parseResult.lexerErrors, name).toEqual([]);
        expect(document.parseResult.parserErrors, name).toEqual([]);
    }
    model = ws.services.kinerja.WorkspaceModel.get();
});

describe('annual evaluation (no quarter)', () => {
    let ws: WorkspaceEvaluation;
    beforeAll(() => { ws = evaluateWorkspace(model, config, 2025); });

    it('lists pemdas first, then agencies by id', () => {
        expect(ws.year).toBe(2025);
        expect(ws.quarter).toBeUndefined();
        expect(ws.organisations.map(o => o.organisation.id)).toEqual(['Kab', 'Alpha', 'Beta', 'Delta', 'Epsilon', 'Gamma', 'Kuartal']);
    });
    it('scores agencies by the mean achievement of echelon-II indicators', () => {
        expect(evaluation(ws, 'Alpha').score?.toString()).toBe('100');   // (90 + 110) / 2
        expect(score(ws, 'Beta')).toBe(75);
        expect(score(ws, 'Gamma')).toBe(120);
        expect(score(ws, 'Epsilon')).toBe(75);
        expect(evaluation(ws, 'Kuartal').score?.toString()).toBe('205/3'); // (45 + 110 + 50) / 3
        expect(score(ws, 'Kuartal')).toBe(68.33);
    });
    it('an agency without a computable echelon-II indicator has no score and no rank', () => {
        const delta = evaluation(ws, 'Delta');
        expect(delta.score).toBeUndefined();
        expect(delta.rank).toBeUndefined();
        expect(delta.needsAssistance).toBe(false);
    });
    it('the pemda is evaluated but not scored or ranked', () => {
        const kab = evaluation(ws, 'Kab');
        expect(kab.indicators.map(i => i.indicator.id)).toEqual(['Kab.IKD']);
        const ikd = kab.indicators[0].achievement;
        expect(ikd.computable && ikd.value.toString()).toBe('10');
        expect(kab.score).toBeUndefined();
        expect(kab.rank).toBeUndefined();
        expect(kab.needsAssistance).toBe(false);
    });
    it('ranks highest first, ties by id', () => {
        expect(ranking(ws)).toEqual(['Gamma', 'Alpha', 'Beta', 'Epsilon', 'Kuartal']);
        expect(ws.organisations.map(o => [o.organisation.id, o.rank])).toEqual([
            ['Kab', undefined], ['Alpha', 2], ['Beta', 3], ['Delta', undefined], ['Epsilon', 4], ['Gamma', 1], ['Kuartal', 5]
        ]);
    });
    it('flags every ranked agency when there are fewer than the default 10', () => {
        expect(flagged(ws)).toEqual(['Alpha', 'Beta', 'Epsilon', 'Gamma', 'Kuartal']);
    });
    it('flags the lowest N', () => {
        const two = evaluateWorkspace(model, resolveConfig({ rankingLowest: 2 }, 'kinerja.config.json'), 2025);
        expect(flagged(two)).toEqual(['Epsilon', 'Kuartal']);
        const three = evaluateWorkspace(model, resolveConfig({ rankingLowest: 3 }, 'kinerja.config.json'), 2025);
        expect(flagged(three)).toEqual(['Beta', 'Epsilon', 'Kuartal']);
        const none = evaluateWorkspace(model, resolveConfig({ rankingLowest: 0 }, 'kinerja.config.json'), 2025);
        expect(flagged(none)).toEqual([]);
    });
    it('carries each agency budget', () => {
        const alpha = evaluation(ws, 'Alpha').budget;
        expect(alpha.pagu?.toString()).toBe('1000000000');
        expect(alpha.absorption?.toString()).toBe('25');
        expect(evaluation(ws, 'Beta').budget.absorption).toBeUndefined();
    });
    it('a year without figures gives no scores and no ranks', () => {
        const empty = evaluateWorkspace(model, config, 2030);
        expect(empty.organisations.every(o => o.score === undefined && o.rank === undefined && !o.needsAssistance)).toBe(true);
    });
});

describe('quarterly evaluation: against the quarter plan, final years annually', () => {
    it('up to tw2: Q1 45 / 50 → 90, Q2 final 110, Q3 without a plan left out → 100', () => {
        const ws = evaluateWorkspace(model, config, 2025, 2);
        expect(ws.quarter).toBe(2);
        expect(evaluation(ws, 'Kuartal').score?.toString()).toBe('100');
        // agencies with year-level realisations count annually
        expect(score(ws, 'Alpha')).toBe(100);
        expect(score(ws, 'Beta')).toBe(75);
        // Alpha and Kuartal tie at 100: by id
        expect(ranking(ws)).toEqual(['Gamma', 'Alpha', 'Kuartal', 'Beta', 'Epsilon']);
    });
    it('up to tw1: Q1 10 / 20 → 50, Q2 final 110 → 80', () => {
        const ws = evaluateWorkspace(model, config, 2025, 1);
        expect(evaluation(ws, 'Kuartal').score?.toString()).toBe('80');
        expect(ranking(ws)).toEqual(['Gamma', 'Alpha', 'Kuartal', 'Beta', 'Epsilon']);
        const low = evaluateWorkspace(model, resolveConfig({ rankingLowest: 1 }, 'kinerja.config.json'), 2025, 1);
        expect(flagged(low)).toEqual(['Epsilon']);
    });
    it('the indicator evaluations are cut at the quarter', () => {
        const ws = evaluateWorkspace(model, config, 2025, 1);
        const q1 = evaluation(ws, 'Kuartal').indicators.find(i => i.indicator.id === 'Kuartal.Q1')!;
        expect(q1.quarter).toBe(1);
        expect(q1.realisation?.toString()).toBe('10');
    });
});

describe('the building blocks', () => {
    it('isEchelonTwoIndicator', () => {
        expect(isEchelonTwoIndicator(model, model.indicators.get('Alpha.I1')!)).toBe(true);
        expect(isEchelonTwoIndicator(model, model.indicators.get('Alpha.IP')!)).toBe(false);
        expect(isEchelonTwoIndicator(model, model.indicators.get('Beta.X')!)).toBe(false);
        expect(isEchelonTwoIndicator(model, model.indicators.get('Kab.IKD')!)).toBe(false);
    });
    it('organisationScore without evaluations is undefined', () => {
        expect(organisationScore(model, [])).toBeUndefined();
    });

    const fake = (id: string, s?: number | string, kind: OrganisationInfo['kind'] = 'instansi'): OrganisationEvaluation => ({
        organisation: { kind, id } as OrganisationInfo,
        indicators: [],
        budget: { nodes: [] },
        score: s === undefined ? undefined : typeof s === 'string' ? Exact.fromDecimalString(s) : Exact.of(s),
        needsAssistance: false
    });

    it('rank compares exact scores, ties by id, skips pemdas and unscored agencies', () => {
        const list = [
            fake('Zeta', '80.004'), fake('Eta', '80.001'), fake('Beta', 80), fake('Alpha', 80),
            fake('Kab', 10, 'pemda'), fake('Tanpa'), fake('Omega', 95)
        ];
        const ranked = rank(list, 2);
        expect(ranked.map(o => o.organisation.id)).toEqual(['Omega', 'Zeta', 'Eta', 'Alpha', 'Beta']);
        expect(ranked.map(o => o.rank)).toEqual([1, 2, 3, 4, 5]);
        expect(ranked.map(o => o.needsAssistance)).toEqual([false, false, false, true, true]);
        const kab = list.find(o => o.organisation.id === 'Kab')!;
        const tanpa = list.find(o => o.organisation.id === 'Tanpa')!;
        expect([kab.rank, kab.needsAssistance, tanpa.rank, tanpa.needsAssistance]).toEqual([undefined, false, undefined, false]);
    });
    it('rank flags everybody when lowest ≥ the number ranked, nobody with 0', () => {
        expect(rank([fake('A', 1), fake('B', 2)], 5).map(o => o.needsAssistance)).toEqual([true, true]);
        expect(rank([fake('A', 1), fake('B', 2)], 0).map(o => o.needsAssistance)).toEqual([false, false]);
        expect(rank([], 3)).toEqual([]);
    });
});

describe('configuration reaches the scores', () => {
    it("'T/R' changes a turun indicator's achievement and so the score: 10 / 8 → 125", () => {
        const tr: KinerjaConfig = resolveConfig({ negativeFormula: 'T/R' }, 'kinerja.config.json');
        const ws = evaluateWorkspace(model, tr, 2025);
        expect(evaluation(ws, 'Gamma').score?.toString()).toBe('125');
        expect(score(ws, 'Alpha')).toBe(100);
    });
});
