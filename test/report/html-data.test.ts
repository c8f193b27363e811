/**
 * The per-kind report data (src/report/kinds) built from the project's examples, with
 * exact numbers printed the Indonesian way, plus the fallbacks the examples do not
 * exercise (second party of an agreement, Renstra target, unsigned agreements).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Exact } from '../../src/common/exact.js';
import { formatPercent, formatRupiah, formatIdNumber } from '../../src/common/id-number.js';
import { defaultConfig } from '../../src/engine/config.js';
import { formatDate, romanQuarter } from '../../src/report/messages.js';
import { renderHtmlReport } from '../../src/report/html/index.js';
import {
    buildAgreementsReport, buildAnnualReport, buildQuarterlyReport, buildRankingReport, buildReportData,
    type AnnualOrganisation, type QuarterlyOrganisation
} from '../../src/report/kinds/index.js';
import { agency, buildWorkspace } from '../helpers.js';
import { loadExamples, type LoadedExamples } from './examples.js';

const p = (x: Exact | null | undefined) => x ? formatPercent(x) : null;
const rp = (x: Exact | null | undefined) => x ? formatRupiah(x) : null;
const n = (x: Exact | null | undefined) => x ? formatIdNumber(x) : null;

let ex: LoadedExamples;
beforeAll(async () => { ex = await loadExamples(); });

function org<T extends { organisation: { id: string } }>(list: T[], id: string): T {
    const found = list.find(o => o.organisation.id === id);
    if (!found) throw new Error(`no organisation ${id}`);
    return found;
}

function row(o: AnnualOrganisation | QuarterlyOrganisation, id: string) {
    const found = o.goals.flatMap(g => g.rows as Array<(typeof g.rows)[number]>).find(r => r.indicator.id === id);
    if (!found) throw new Error(`no row ${id}`);
    return found;
}

describe('annual report data (examples, 2025)', () => {
    it('has every organisation, pemda first, and the earlier year 2024', () => {
        const data = buildAnnualReport(ex.model, ex.config, { year: 2025 });
        expect(data.kind).toBe('annual');
        expect(data.organisations.map(o => o.organisation.id)).toEqual(['KabPaserSelatan', 'Bappeda', 'Dinkes', 'Disdik']);
        expect(data.comparisonYears).toEqual([2024]);
        expect(data.pemdas).toEqual([{ id: 'KabPaserSelatan', name: 'Pemerintah Kabupaten Paser Selatan', head: 'Bupati Paser Selatan', period: { start: 2021, end: 2026 } }]);
    });

    it('groups indicators under the sasaran, depth first, with achievement and category', () => {
        const dinkes = org(buildAnnualReport(ex.model, ex.config, { year: 2025 }).organisations, 'Dinkes');
        expect(dinkes.goals).toHaveLength(1);
        expect(dinkes.goals[0].goal?.id).toBe('Dinkes.SS1');
        expect(dinkes.goals[0].rows.map(r => `${r.depth} ${r.indicator.id}`)).toEqual([
            '0 Dinkes.IKU1', '0 Dinkes.IKU2', '1 Dinkes.IKP01', '2 Dinkes.IKK01', '3 Dinkes.RHK01a', '2 Dinkes.IKK02',
            '1 Dinkes.IKP02', '2 Dinkes.IKK03', '3 Dinkes.RHK02a'
        ]);
        const iku1 = row(dinkes, 'Dinkes.IKU1');
        expect([n(iku1.target), n(iku1.realisation), p(iku1.achievement), iku1.category?.label, iku1.final]).toEqual(['16', '16,4', '97,50%', 'Sangat Tinggi', false]);
        const ikp01 = row(dinkes, 'Dinkes.IKP01');
        expect([p(ikp01.achievement), ikp01.category?.label]).toEqual(['73,33%', 'Sedang']);
        expect(row(dinkes, 'Dinkes.IKU2').notComputable).toBe('no-realisation');
        expect(p(dinkes.goals[0].achievement)).toBe('97,50%');
        expect([p(dinkes.score), dinkes.scoreCategory?.label, dinkes.rank]).toEqual(['97,50%', 'Sangat Tinggi', 2]);
        expect(dinkes.head?.official).toBe('dr. Hj. Rahmawati Syarif, M.Kes.');
    });

    it('compares with 2024 and with the Renstra end year (no 2026 targets in the examples)', () => {
        const dinkes = org(buildAnnualReport(ex.model, ex.config, { year: 2025 }).organisations, 'Dinkes');
        const iku1 = row(dinkes, 'Dinkes.IKU1');
        expect(iku1.history.map(h => [h.year, n(h.target), n(h.realisation), p(h.achievement), h.category?.label]))
            .toEqual([[2024, '18,5', '17,9', '103,24%', 'Sangat Tinggi']]);
        expect(p(row(dinkes, 'Dinkes.IKP01').history[0].achievement)).toBe('99,46%');
        expect(dinkes.renstraYear).toBe(2026);
        expect(iku1.renstra).toEqual({ year: 2026, target: null, targetUpper: null, achievement: null });
    });

    it('lists the budget per program and kegiatan with absorption, and efficiency beside it', () => {
        const data = buildAnnualReport(ex.model, ex.config, { year: 2025 });
        const dinkes = org(data.organisations, 'Dinkes');
        expect(dinkes.budget.rows.map(b => [b.depth, b.node.id, rp(b.pagu), rp(b.realisation), p(b.absorption)])).toEqual([
            [0, 'Dinkes.P0202', 'Rp 4.350.000.000', 'Rp 2.910.000.000', '66,90%'],
            [1, 'Dinkes.K020202', 'Rp 3.200.000.000', 'Rp 2.150.000.000', '67,19%'],
            [1, 'Dinkes.K020201', 'Rp 1.150.000.000', 'Rp 760.000.000', '66,09%'],
            [0, 'Dinkes.P0203', 'Rp 425.000.000', 'Rp 285.000.000', '67,06%'],
            [1, 'Dinkes.K020301', 'Rp 425.000.000', 'Rp 285.000.000', '67,06%']
        ]);
        expect(dinkes.budget.rows[0].realisationFromChildren).toBe(true);
        expect([rp(dinkes.budget.pagu), p(dinkes.budget.absorption)]).toEqual(['Rp 4.775.000.000', '66,91%']);
        expect(dinkes.efficiency.map(e => [e.node?.id ?? 'total', p(e.achievement), p(e.absorption), e.gap ? formatIdNumber(e.gap) : null, e.efficient])).toEqual([
            ['Dinkes.P0202', '73,33%', '66,90%', '6,44', true],
            ['Dinkes.K020202', '74,03%', '67,19%', '6,84', true],
            ['Dinkes.K020201', '66,67%', '66,09%', '0,58', true],
            ['Dinkes.P0203', '97,50%', '67,06%', '30,44', true],
            ['Dinkes.K020301', '98,00%', '67,06%', '30,94', true],
            ['total', '97,50%', '66,91%', '30,59', true]
        ]);
        const bappeda = org(data.organisations, 'Bappeda');
        expect(bappeda.budget.rows.map(b => p(b.absorption))).toEqual(['60,69%', '67,37%', '48,00%']);
    });

    it('counts indicators per category, per organisation and for the region', () => {
        const data = buildAnnualReport(ex.model, ex.config, { year: 2025 });
        const counts = (s: typeof data.summary) => [...s.counts.map(c => `${c.band.label} ${c.count}`), `- ${s.notComputable}`, `= ${s.total}`];
        expect(counts(data.summary)).toEqual(['Sangat Tinggi 9', 'Tinggi 4', 'Sedang 10', 'Rendah 0', 'Sangat Rendah 0', '- 9', '= 32']);
        expect(counts(org(data.organisations, 'Dinkes').summary)).toEqual(['Sangat Tinggi 3', 'Tinggi 1', 'Sedang 4', 'Rendah 0', 'Sangat Rendah 0', '- 1', '= 9']);
    });

    it('builds the performance tree with the regional sasaran above the agency', () => {
        const dinkes = org(buildAnnualReport(ex.model, ex.config, { year: 2025 }).organisations, 'Dinkes');
        const nodes = new Map(dinkes.tree.nodes.map(t => [t.node.id, t]));
        expect(nodes.get('KabPaserSelatan.SD1')?.external).toBe(true);
        expect(nodes.size).toBe(9);
        expect(dinkes.tree.edges).toContainEqual({ child: 'Dinkes.SS1', parent: 'KabPaserSelatan.SD1' });
        expect(dinkes.tree.edges).toContainEqual({ child: 'Dinkes.K020202', parent: 'Dinkes.P0202' });
        expect([p(nodes.get('Dinkes.P0202')!.achievement), nodes.get('Dinkes.P0202')!.category?.label]).toEqual(['73,33%', 'Sedang']);
        expect(p(nodes.get('Dinkes.SS1')!.achievement)).toBe('97,50%');
    });

    it('colours other organisations\' nodes in the pemda tree by their own achievement', () => {
        const pemda = org(buildAnnualReport(ex.model, ex.config, { year: 2024 }).organisations, 'KabPaserSelatan');
        const dinkesGoal = pemda.tree.nodes.find(t => t.node.id === 'Dinkes.SS1')!;
        expect([dinkesGoal.external, p(dinkesGoal.achievement)]).toEqual([true, '103,20%']);
        expect(pemda.tree.edges).toContainEqual({ child: 'Dinkes.SS1', parent: 'KabPaserSelatan.SD1' });
    });

    it('uses the final 2024 figures for an annual report of 2024', () => {
        const data = buildAnnualReport(ex.model, ex.config, { year: 2024 });
        const pemda = org(data.organisations, 'KabPaserSelatan');
        expect(p(row(pemda, 'KabPaserSelatan.PrevalensiStunting').achievement)).toBe('103,24%');
        const bappeda = org(data.organisations, 'Bappeda');
        expect([p(row(bappeda, 'Bappeda.IKP01').achievement), row(bappeda, 'Bappeda.IKP01').final]).toEqual(['102,17%', true]);
        expect(data.comparisonYears).toEqual([]);
    });
});

describe('quarterly report data (examples, 2025 tw3)', () => {
    it('measures progress against the quarter plan and lists the indicator behind plan', () => {
        const data = buildQuarterlyReport(ex.model, ex.config, { year: 2025, quarter: 3 });
        expect([data.quarter, data.expectedAbsorption]).toEqual([3, 65]);
        const disdik = org(data.organisations, 'Disdik');
        const ikk04 = row(disdik, 'Disdik.IKK04');
        expect([ikk04.quarterReported, n(ikk04.plan), n(ikk04.realisation), p(ikk04.achievement), ikk04.status]).toEqual([3, '42', '35', '83,33%', 'behind']);
        expect(data.behindPlan.map(r => r.indicator.id)).toEqual(['Disdik.IKK04']);
        const dinkes = org(data.organisations, 'Dinkes');
        const ikk01 = row(dinkes, 'Dinkes.IKK01');
        expect([n(ikk01.plan), n(ikk01.realisation), p(ikk01.achievement), p(ikk01.annualAchievement)]).toEqual(['2.325', '2.295', '98,71%', '74,03%']);
        const iku2 = row(disdik, 'Disdik.IKU2');
        expect([iku2.quarterReported, n(iku2.plan), n(iku2.planUpper), p(iku2.achievement)]).toEqual([2, '80', '90', '100,00%']);
    });

    it('gives each indicator its trend per quarter, and each agency its score and absorption per quarter', () => {
        const data = buildQuarterlyReport(ex.model, ex.config, { year: 2025, quarter: 3 });
        const dinkes = org(data.organisations, 'Dinkes');
        expect(row(dinkes, 'Dinkes.IKU1').trend.map(t => p(t.achievement))).toEqual(['101,71%', null, '100,61%']);
        expect(row(dinkes, 'Dinkes.IKK03').trend.map(t => p(t.achievement))).toEqual(['108,33%', '104,55%', '104,38%']);
        expect(dinkes.trend.map(t => [t.quarter, p(t.score), p(t.absorption), t.expectedAbsorption])).toEqual([
            [1, '101,71%', '16,92%', 15], [2, '101,71%', '42,48%', 40], [3, '100,61%', '66,91%', 65]
        ]);
        expect([p(dinkes.score), dinkes.rank]).toEqual(['100,61%', 1]);
    });

    it('compares absorption with the expected curve', () => {
        const data = buildQuarterlyReport(ex.model, ex.config, { year: 2025, quarter: 3 });
        const bappeda = org(data.organisations, 'Bappeda');
        expect(bappeda.budget.map(b => [b.node.id, p(b.absorption), b.expected, b.behind])).toEqual([
            ['Bappeda.P0502', '60,69%', 65, true], ['Bappeda.K050201', '67,37%', 65, false], ['Bappeda.K050202', '48,00%', 65, true]
        ]);
        expect([p(bappeda.absorption), bappeda.absorptionBehind]).toEqual(['60,69%', true]);
        expect(org(data.organisations, 'Dinkes').absorptionBehind).toBe(false);
    });

    it('at tw2 the expectation is the tw2 point of the curve', () => {
        const data = buildQuarterlyReport(ex.model, ex.config, { year: 2025, quarter: 2 });
        const bappeda = org(data.organisations, 'Bappeda');
        expect(bappeda.budget.map(b => [p(b.absorption), b.expected])).toEqual([['43,10%', 40], ['44,21%', 40], ['41,00%', 40]]);
        expect(data.behindPlan).toEqual([]);
    });

    it('defaults to the latest reported quarter', () => {
        expect(buildQuarterlyReport(ex.model, ex.config, { year: 2025 }).quarter).toBe(3);
    });
});

describe('ranking data', () => {
    it('orders agencies by score with absorption beside and flags the lowest', () => {
        const data = buildRankingReport(ex.model, ex.config, { year: 2025, lowest: 1 });
        expect(data.rows.map(r => [r.rank, r.organisation.id, p(r.score), r.category?.label, p(r.absorption), r.indicatorsScored, r.needsAssistance])).toEqual([
            [1, 'Disdik', '100,00%', 'Sangat Tinggi', '68,07%', 1, false],
            [2, 'Dinkes', '97,50%', 'Sangat Tinggi', '66,91%', 1, true]
        ]);
        expect(data.unranked.map(r => r.organisation.id)).toEqual(['Bappeda']);
        expect(data.lowest).toBe(1);
    });

    it('defaults to the config\'s rankingLowest (10) and ranks a quarter on the quarter plan', () => {
        const data = buildRankingReport(ex.model, ex.config, { year: 2025, quarter: 3 });
        expect(data.rows.map(r => [r.organisation.id, p(r.score), r.needsAssistance])).toEqual([['Dinkes', '100,61%', true], ['Disdik', '100,00%', true]]);
        const y2024 = buildRankingReport(ex.model, ex.config, { year: 2024, lowest: 1 });
        expect(y2024.rows.map(r => [r.rank, r.organisation.id, p(r.score), r.needsAssistance])).toEqual([
            [1, 'Dinkes', '103,20%', false], [2, 'Bappeda', '101,58%', false], [3, 'Disdik', '100,18%', true]
        ]);
    });
});

describe('agreements data', () => {
    it('makes one document per echelon II–IV official with targets or an agreement in the year', () => {
        const data = buildAgreementsReport(ex.model, ex.config, { year: 2025 });
        expect(data.documents).toHaveLength(16);
        expect(data.documents.filter(d => d.organisation.id === 'Dinkes').map(d => d.position.id)).toEqual([
            'Dinkes.Kadis', 'Dinkes.KabidKesmas', 'Dinkes.KabidSDK', 'Dinkes.KasiKesga', 'Dinkes.KasiYankes', 'Dinkes.KasiSDMK'
        ]);
        expect(buildAgreementsReport(ex.model, ex.config, { year: 2024 }).documents).toHaveLength(8);
    });

    it('states parties, place and date, and the appendix tables', () => {
        const docs = buildAgreementsReport(ex.model, ex.config, { year: 2025 }).documents;
        const kadis = docs.find(d => d.position.id === 'Dinkes.Kadis')!;
        expect(kadis.firstParty).toEqual({ title: 'Kepala Dinas Kesehatan', name: 'dr. Hj. Rahmawati Syarif, M.Kes.', nip: '197203152000032004', acting: null });
        expect([kadis.secondParty.title, kadis.secondParty.source, kadis.place, kadis.signedDate]).toEqual(['Bupati Paser Selatan', 'perjanjian', 'Sungai Lendang', '2025-01-06']);
        expect(kadis.targets.map(g => [g.node.id, g.indicators.map(i => `${i.indicator.id} ${n(i.target)} ${i.indicator.unit}`)])).toEqual([
            ['Dinkes.SS1', ['Dinkes.IKU1 16 persen', 'Dinkes.IKU2 9 per 1.000 kelahiran hidup']]
        ]);
        expect(kadis.budget.map(b => [b.node.id, rp(b.pagu)])).toEqual([['Dinkes.P0202', 'Rp 4.350.000.000'], ['Dinkes.P0203', 'Rp 425.000.000']]);
        expect(rp(kadis.budgetTotal)).toBe('Rp 4.775.000.000');
        const kabid = docs.find(d => d.position.id === 'Dinkes.KabidKesmas')!;
        expect([kabid.secondParty.title, kabid.secondParty.name, kabid.signedDate]).toEqual(['Kepala Dinas Kesehatan', 'dr. Hj. Rahmawati Syarif, M.Kes.', '2025-01-07']);
        expect(kabid.budget.map(b => [b.node.id, rp(b.pagu)])).toEqual([['Dinkes.P0202', 'Rp 4.350.000.000']]);
        const kasi = docs.find(d => d.position.id === 'Disdik.KasiSMP')!;
        expect(kasi.targets[0].indicators.map(i => `${n(i.target)} ${i.indicator.unit}`)).toEqual(['2.400 orang', '42 sekolah']);
    });

    it('falls back to the superior, then to the head of region, and marks missing agreements as drafts', async () => {
        const files = agency([
            '    jabatan Kabid "Kepala Bidang Contoh" eselon III atasan Kadis { pejabat "Budi" }',
            '    sasaran SS1 "Sasaran" oleh Kadis mendukung Kab.S1 { indikator I1 "Indikator" { satuan persen target 2025 90 target 2026 95 } }',
            '    program P1 "Program" oleh Kabid mendukung SS1 { indikator I2 "Ind" { satuan persen target 2025 80 } pagu 2025 Rp 1.000.000 }'
        ].join('\n'));
        files['pemda.kinerja'] = files['pemda.kinerja'].replace('periode 2021 - 2026', 'kepala "Bupati Contoh"\n    periode 2021 - 2026');
        files['pk.kinerja'] = 'perjanjian Opd.Kabid 2025 { tempat "Kota" }';
        const ws = await buildWorkspace(files);
        const model = ws.services.kinerja.WorkspaceModel.get();
        const docs = buildAgreementsReport(model, defaultConfig(), { year: 2025 }).documents;
        const kadis = docs.find(d => d.position.id === 'Opd.Kadis')!;
        expect([kadis.declared, kadis.secondParty.source, kadis.secondParty.title, kadis.signedDate, kadis.place]).toEqual([false, 'kepala-daerah', 'Bupati Contoh', null, null]);
        const kabid = docs.find(d => d.position.id === 'Opd.Kabid')!;
        expect([kabid.declared, kabid.secondParty.source, kabid.secondParty.title, kabid.place, kabid.signedDate]).toEqual([true, 'atasan', 'Kepala Dinas', 'Kota', null]);
        expect(kabid.firstParty.name).toBe('Budi');

        const annual = buildAnnualReport(model, defaultConfig(), { year: 2025 });
        const i1 = annual.organisations.find(o => o.organisation.id === 'Opd')!.goals[0].rows[0];
        expect(i1.renstra).toMatchObject({ year: 2026 });
        expect(n(i1.renstra!.target)).toBe('95');
    });
});

describe('quarterly status', () => {
    it('says the quarter plan is missing where a realisation has no quarter target, not that nothing was reported', async () => {
        const files = agency([
            '    sasaran SS1 "Sasaran" oleh Kadis mendukung Kab.S1 {',
            '        indikator Tanpa "Tanpa rencana" { satuan persen target 2025 90 realisasi 2025 tw2 40 }',
            '        indikator Kosong "Kosong" { satuan persen target 2025 90 { tw1 20 tw2 40 tw3 60 tw4 90 } }',
            '        indikator Ada "Ada" { satuan persen target 2025 90 { tw1 20 tw2 40 tw3 60 tw4 90 } realisasi 2025 tw2 40 }',
            '    }'
        ].join('\n'));
        const ws = await buildWorkspace(files);
        const data = buildQuarterlyReport(ws.services.kinerja.WorkspaceModel.get(), defaultConfig(), { year: 2025, quarter: 2 });
        const rows = data.organisations.find(o => o.organisation.id === 'Opd')!.goals.flatMap(g => g.rows);
        const status = (id: string) => rows.find(r => r.indicator.id === id)!.status;
        expect([status('Opd.Tanpa'), status('Opd.Kosong'), status('Opd.Ada')]).toEqual(['no-plan', 'not-reported', 'on-track']);
        const html = renderHtmlReport(data, { language: 'id' });
        expect(html).toMatch(/data-indicator="Opd\.Tanpa"[^]*?Tidak ada target triwulan/);
    });
});

describe('agreements below echelon II', () => {
    it('leave the second party empty when the position names no superior, never the head of region, and say so', async () => {
        const files = agency([
            '    jabatan Kasi "Kepala Seksi Contoh" eselon IV { pejabat "Ani" }',
            '    sasaran SS1 "Sasaran" oleh Kadis mendukung Kab.S1 { indikator I1 "Indikator" { satuan persen target 2025 90 } }',
            '    kegiatan K1 "Kegiatan" oleh Kasi mendukung SS1 { indikator I2 "Ind" { satuan persen target 2025 80 } pagu 2025 Rp 1.004.422.800 }'
        ].join('\n'));
        files['pemda.kinerja'] = files['pemda.kinerja'].replace('periode 2021 - 2026', 'kepala "Bupati Contoh"\n    periode 2021 - 2026');
        const ws = await buildWorkspace(files);
        const model = ws.services.kinerja.WorkspaceModel.get();
        const data = buildAgreementsReport(model, defaultConfig(), { year: 2025 });
        const kasi = data.documents.find(d => d.position.id === 'Opd.Kasi')!;
        expect([kasi.secondParty.source, kasi.secondParty.title, kasi.secondParty.name]).toEqual(['none', null, null]);
        expect(data.documents.find(d => d.position.id === 'Opd.Kadis')!.secondParty.source).toBe('kepala-daerah');
        const html = renderHtmlReport(data, { language: 'id' });
        expect(html).toContain("Pihak kedua belum diketahui: jabatan Opd.Kasi tidak menyebut atasan. Tambahkan &#39;atasan&#39; pada jabatan itu, atau &#39;pihak-kedua&#39; pada perjanjiannya.");
        expect(html).not.toMatch(/data-position="Opd\.Kasi"[\s\S]*?Bupati Contoh[\s\S]*?data-position/);
    });
});

describe('agreement budgets', () => {
    it('count a kegiatan and its own subkegiatan once in the total', async () => {
        const files = agency([
            '    jabatan Kabid "Kepala Bidang" eselon III atasan Kadis',
            '    sasaran SS1 "Sasaran" oleh Kadis mendukung Kab.S1 { indikator I1 "Indikator" { satuan persen target 2025 90 } }',
            '    program P1 "Program" oleh Kadis mendukung SS1 { pagu 2025 Rp 1.004.422.800 }',
            '    kegiatan K1 "Kegiatan" oleh Kabid mendukung P1 { indikator I2 "Ind" { satuan persen target 2025 80 } pagu 2025 Rp 1.004.422.800 }',
            '    subkegiatan SK1 "Subkegiatan" oleh Kabid mendukung K1 { pagu 2025 Rp 1.004.422.800 }'
        ].join('\n'));
        const ws = await buildWorkspace(files);
        const model = ws.services.kinerja.WorkspaceModel.get();
        const kabid = buildAgreementsReport(model, defaultConfig(), { year: 2025 }).documents.find(d => d.position.id === 'Opd.Kabid')!;
        expect(kabid.budget.map(b => [b.node.id, rp(b.pagu)])).toEqual([['Opd.K1', 'Rp 1.004.422.800'], ['Opd.SK1', 'Rp 1.004.422.800']]);
        expect(rp(kabid.budgetTotal)).toBe('Rp 1.004.422.800');
        const annual = buildAnnualReport(model, defaultConfig(), { year: 2025 });
        expect(rp(annual.organisations.find(o => o.organisation.id === 'Opd')!.budget.pagu)).toBe('Rp 1.004.422.800');
    });
});

describe('report data helpers', () => {
    it('dispatches by kind and rejects bad options', () => {
        expect(buildReportData('ranking', ex.model, ex.config, { year: 2025 }).kind).toBe('ranking');
        expect(() => buildReportData('annual', ex.model, ex.config, { year: 2025, quarter: 5 })).toThrow(RangeError);
        expect(() => buildReportData('ranking', ex.model, ex.config, { year: 2025, lowest: -1 })).toThrow(RangeError);
        expect(() => buildReportData('bogus' as 'annual', ex.model, ex.config, { year: 2025 })).toThrow(/unknown report kind/);
    });

    it('formats dates and quarters the Indonesian way', () => {
        expect(formatDate('2025-01-06')).toBe('6 Januari 2025');
        expect(formatDate('2024-08-17')).toBe('17 Agustus 2024');
        expect(formatDate('2025-01-06', 'en')).toBe('6 January 2025');
        expect(formatDate('2025-13-01')).toBe('2025-13-01');
        expect(romanQuarter(3)).toBe('III');
    });

    it('carries the findings it is given', () => {
        const data = buildAnnualReport(ex.model, ex.config, { year: 2025, findings: ex.findings });
        expect(data.findings.map(f => f.code)).toContain('behind-schedule');
    });
});
