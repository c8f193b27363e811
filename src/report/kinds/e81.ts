/**
 * Form E.81 of Permendagri 86/2017 ("Evaluasi terhadap Hasil Renja Perangkat Daerah"),
 * `kinerja report --kind e81 --quarter Q`: per agency, each goal (sasaran), the programs,
 * kegiatan and sub kegiatan supporting it with their budget (Rp), and their indicators
 * with their figures (K), in the form's columns (docs/reports.md, "Form E.81").
 *
 * Figures come from the engine: the annual target and pagu in force at Q, each quarter's
 * realisation as written (K) or spent within the quarter (Rp: the difference of the
 * cumulative realisations), the realisation so far (engine aggregation), the achievement
 * and the absorption. What the workspace does not state is null, never estimated: the
 * Renstra budget over the period, and the Renstra realisation so far of an indicator
 * that does not keep its latest value (`akumulasi terakhir`), whose sum over years the
 * workspace does not define.
 *
 * Closing rows: the mean of the computable achievements as printed (two decimals), the predikat by the form's
 * fixed bands (not the config's categories), and the factors from `catatan` of the
 * quarter (kendala: penghambat; solusi: tindak lanjut); the rest is left to the analyst.
 */
import { Exact } from '../../common/exact.js';
import { indicatorAchievement } from '../../engine/achievement.js';
import { annualTarget, aggregateRealisation, yearRealisation } from '../../engine/aggregation.js';
import { evaluateBudget } from '../../engine/budget.js';
import { toConfigs, type Configs, type KinerjaConfig } from '../../engine/config.js';
import { evaluateWorkspace } from '../../engine/evaluate.js';
import { parseValue, type IndicatorInfo, type NodeInfo, type WorkspaceModel } from '../../engine/model.js';
import { periodKey as periodKeyOf } from '../../engine/periods.js';
import { paguInForce } from '../../engine/revisions.js';
import {
    achievementValue, activeIn, checkOptions, figure, indicatorRef, keyFirst, nodeRef, orNull, organisationRef, reportBase, revisionRef,
    type Figure, type IndicatorRef, type NodeRef, type OrganisationRef, type ReportBase, type ReportOptions, type RevisionRef
} from './common.js';
import { groupNodes } from './groups.js';
import { latestQuarterReported } from './quarterly.js';
import { UnknownOrganisationError } from './template.js';

/** Predikat kinerja of the form: lower bounds in percent, highest first (≥91, 76–90, 66–75, 51–65, ≤50). */
export const E81_PREDIKAT = [
    { id: 'sangat-tinggi', min: 91 },
    { id: 'tinggi', min: 76 },
    { id: 'sedang', min: 66 },
    { id: 'rendah', min: 51 },
    { id: 'sangat-rendah', min: null }
] as const;
export type E81Predikat = typeof E81_PREDIKAT[number]['id'];

export interface E81Quarter {
    quarter: number;
    /** Indicator row: the realisation written for the quarter. */
    k: Figure | null;
    /** Element row: what was spent within the quarter. */
    rp: Exact | null;
}

export interface E81Row {
    kind: 'unsur' | 'indikator';
    /** Numbering within the agency: `1`, `1.1`, … for elements; indicators take their element's. */
    no: string;
    /** 0 for the goal, 1 for a program, …; an indicator one deeper than its element. */
    depth: number;
    node: NodeRef;
    indicator: IndicatorRef | null;
    /** Col. 5: kondisi awal. */
    baseline: Figure | null;
    /** Col. 6: the target of the Renstra's last year (K); its budget is never stated (null). */
    renstraTarget: Figure | null;
    renstraBudget: null;
    /** Col. 7: the realisation of the year before (K); the budget before is not summed (null). */
    renstraPrior: Figure | null;
    renstraPriorBudget: null;
    /** Col. 8: the annual target (K) and pagu (Rp) in force at Q. */
    target: Figure | null;
    pagu: Exact | null;
    /** Cols. 9–12: tw1..Q. */
    quarters: E81Quarter[];
    /** Col. 13: realisation so far (K: the engine's aggregate; Rp: cumulative). */
    realisation: Figure | null;
    spent: Exact | null;
    /** Col. 14: achievement against the annual target, absorption of the pagu (%). */
    achievement: Exact | null;
    absorption: Exact | null;
    /** Col. 15: Renstra realisation so far (K) for an indicator keeping its latest value; else null. */
    renstraRealisation: Figure | null;
    renstraRealisationBudget: null;
    /** Col. 16: achievement of col. 15 against col. 6 (%). */
    renstraAchievement: Exact | null;
    renstraAbsorption: null;
    /** Col. 17: the responsible position. */
    owner: string | null;
    /** Col. 18: the revision of the target (indicator) or pagu (element) in force, when one is. */
    revision: RevisionRef | null;
}

export interface E81Organisation {
    organisation: OrganisationRef;
    rows: E81Row[];
    /** Mean of the computable achievements of col. 14 (K), and the agency's absorption (Rp). */
    averageAchievement: Exact | null;
    absorption: Exact | null;
    predikat: E81Predikat | null;
    /** `kendala` of the quarter's notes, as written; empty when none (the analyst's place). */
    obstacles: string[];
    /** `solusi` of the quarter's notes. */
    followUp: string[];
}

export interface E81Report extends ReportBase {
    kind: 'e81';
    quarter: number;
    organisations: E81Organisation[];
}

/** The predikat of a mean achievement (compared as printed, two decimals). */
export function e81Predikat(value: Exact | null): E81Predikat | null {
    if (!value) return null;
    const printed = Exact.fraction(value.roundScaled(2), 100n);
    return E81_PREDIKAT.find(b => b.min === null || !printed.lt(Exact.of(b.min)))!.id;
}

function inQuarter(period: string | undefined, quarter: number): boolean {
    if (period === undefined) return false;
    const tw = /^tw([1-4])$/.exec(period);
    if (tw) return Number(tw[1]) === quarter;
    const months = ['jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des'];
    const m = months.indexOf(period);
    return m >= 0 && Math.floor(m / 3) + 1 === quarter;
}

export function buildE81Report(model: WorkspaceModel, configs: KinerjaConfig | Configs, options: ReportOptions): E81Report {
    checkOptions(options);
    const year = options.year;
    const quarter = options.quarter ?? latestQuarterReported(model, year);
    const { main } = toConfigs(configs);
    const evaluation = evaluateWorkspace(model, configs, year, quarter);
    const agencies = evaluation.organisations.filter(o => o.organisation.kind === 'instansi');
    let chosen = agencies;
    if (options.organisations?.length) {
        const known = agencies.map(o => o.organisation.id);
        const unknown = options.organisations.filter(id => !known.includes(id));
        if (unknown.length) throw new UnknownOrganisationError(unknown, known);
        chosen = options.organisations.map(id => agencies.find(o => o.organisation.id === id)!);
    }
    const organisations: E81Organisation[] = [];
    for (const o of chosen) {
        const org = o.organisation;
        const config = o.config;
        const byIndicator = new Map(o.indicators.map(e => [e.indicator, e]));
        const renstraEnd = org.period?.end;
        const cumulative = (node: NodeInfo, q: number): Exact | undefined => {
            const b = evaluateBudget(model, node, year, q);
            return b.quarter === q ? b.realisation : undefined;
        };
        const rows: E81Row[] = [];
        const obstacles: string[] = [];
        const followUp: string[] = [];
        const takeNotes = (subject: NodeInfo | IndicatorInfo) => {
            for (const n of subject.notes) {
                if (n.year !== year || !inQuarter(n.period, quarter)) continue;
                if (n.obstacles) obstacles.push(n.obstacles);
                if (n.solutions) followUp.push(n.solutions);
            }
        };
        const counters: number[] = [];
        for (const group of groupNodes(model, org)) {
            for (const { node, depth } of group.members) {
                const indicators = keyFirst(node.indicators).filter(i => activeIn(i, year));
                const inForce = paguInForce(node, year, quarter < 4 ? quarter : undefined);
                const budget = evaluateBudget(model, node, year, quarter);
                takeNotes(node);
                if (!indicators.length && !budget.pagu && !budget.realisation) continue;
                counters.length = depth + 1;
                counters[depth] = (counters[depth] ?? 0) + 1;
                const no = counters.map(c => c ?? 1).join('.');
                const ref = nodeRef(model, node);
                const owner = ref.owner ? (ref.owner.title ?? ref.owner.id) : null;
                const quarters: E81Quarter[] = [];
                for (let q = 1; q <= quarter; q++) {
                    const now = cumulative(node, q);
                    const before = q === 1 ? Exact.ZERO : cumulative(node, q - 1);
                    quarters.push({ quarter: q, k: null, rp: now && before ? now.sub(before) : null });
                }
                rows.push({
                    kind: 'unsur', no, depth, node: ref, indicator: null, baseline: null,
                    renstraTarget: null, renstraBudget: null, renstraPrior: null, renstraPriorBudget: null,
                    target: null, pagu: orNull(budget.pagu), quarters,
                    realisation: null, spent: orNull(budget.realisation), achievement: null, absorption: orNull(budget.absorption),
                    renstraRealisation: null, renstraRealisationBudget: null, renstraAchievement: null, renstraAbsorption: null,
                    owner, revision: revisionRef(inForce.revision)
                });
                for (const i of indicators) {
                    takeNotes(i);
                    const e = byIndicator.get(i);
                    const renstraTarget = renstraEnd !== undefined ? annualTarget(i, renstraEnd) : undefined;
                    const prior = renstraEnd !== undefined && org.period && year - 1 >= org.period.start
                        ? yearRealisation(i, year - 1) ?? aggregateRealisation(i, year - 1, 4) : undefined;
                    const renstraRealisation = i.accumulation === 'terakhir' ? e?.realisation : undefined;
                    const renstraAchievement = renstraRealisation && renstraTarget
                        ? achievementValue(indicatorAchievement(i, renstraTarget, renstraRealisation, config)) : null;
                    rows.push({
                        kind: 'indikator', no, depth: depth + 1, node: ref, indicator: indicatorRef(model, i),
                        baseline: figure(i, parseValue(i.ast.baseline)),
                        renstraTarget: figure(i, renstraTarget?.value), renstraBudget: null,
                        renstraPrior: figure(i, prior), renstraPriorBudget: null,
                        target: figure(i, e?.target?.value), pagu: null,
                        quarters: Array.from({ length: quarter }, (_, k) => ({
                            quarter: k + 1, k: figure(i, i.realisations.get(periodKeyOf(year, k + 1))?.[0]?.value), rp: null
                        })),
                        realisation: figure(i, e?.realisation), spent: null,
                        achievement: e ? achievementValue(e.achievement) : null, absorption: null,
                        renstraRealisation: figure(i, renstraRealisation), renstraRealisationBudget: null,
                        renstraAchievement, renstraAbsorption: null,
                        owner, revision: revisionRef(e?.revision)
                    });
                }
            }
        }
        const achievements = rows.filter(r => r.kind === 'indikator' && r.achievement).map(r => r.achievement!);
        // The mean of the achievements as the form prints them (two decimals): a reader who
        // adds the column gets the same figure, and the sum stays in hundredths (the exact
        // rationals of thousands of indicators would grow denominators without bound).
        const average = achievements.length ? Exact.mean(achievements.map(a => Exact.fraction(a.roundScaled(2), 100n))) ?? null : null;
        organisations.push({
            organisation: organisationRef(org), rows,
            averageAchievement: average, absorption: orNull(o.budget.absorption), predikat: e81Predikat(average),
            obstacles, followUp
        });
    }
    return {
        ...reportBase('e81', model, main, options, quarter),
        kind: 'e81', quarter,
        organisations: options.organisations?.length ? organisations : organisations.filter(o => o.rows.length)
    };
}
