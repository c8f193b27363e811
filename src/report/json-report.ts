/**
 * The JSON evaluation report: the machine contract of `kinerja report --format json`.
 *
 * Shape (docs/report-json.md): `{ year, quarter, agencies: [{ id, name, kind, score,
 * absorption, rank, needsAssistance, indicators: [...], budget: [...] }] }`, ids qualified,
 * numbers rounded half away from zero to two decimals, `null` where not computable.
 * Fields beyond the contract (kind, rank, needsAssistance, final, targetUpper, …) only
 * extend it.
 */
import type { Exact } from '../common/exact.js';
import { category, type Achievement, type TargetValue } from '../engine/achievement.js';
import type { IndicatorEvaluation } from '../engine/aggregation.js';
import type { BudgetEvaluation } from '../engine/budget.js';
import type { KinerjaConfig } from '../engine/config.js';
import type { RevisionInfo } from '../engine/model.js';
import { scaleWord } from '../engine/scale.js';
import type { OrganisationEvaluation, WorkspaceEvaluation } from '../engine/evaluate.js';

export interface JsonIndicator {
    id: string;
    node: string;
    owner: string | null;
    unit: string | null;
    direction: string;
    accumulation: string;
    /** `utama`: a key performance indicator (IKU). */
    key: boolean;
    /** A qualitative indicator's scale, lowest first; its targets and realisations are words of it. */
    scale: readonly string[] | null;
    target: number | string | null;
    targetUpper: number | null;
    /** The target as first stated and the revision in force, when one is. */
    originalTarget: number | string | null;
    revision: { date: string; reason: string | null } | null;
    realisation: number | string | null;
    achievement: number | null;
    category: string | null;
    final: boolean;
    quarterReported: number | null;
    quarterTarget: number | string | null;
    quarterTargetUpper: number | null;
    quarterRealisation: number | string | null;
    quarterAchievement: number | null;
    quarterCategory: string | null;
}

export interface JsonBudget {
    id: string;
    kind: string;
    pagu: number | null;
    /** The pagu as first stated and the revision in force, when one is. */
    originalPagu: number | null;
    revision: { date: string; reason: string | null } | null;
    realisation: number | null;
    absorption: number | null;
}

export interface JsonAgency {
    id: string;
    name: string | null;
    kind: 'pemda' | 'instansi';
    score: number | null;
    absorption: number | null;
    rank: number | null;
    needsAssistance: boolean;
    indicators: JsonIndicator[];
    budget: JsonBudget[];
}

export interface JsonReport {
    year: number;
    quarter: number | null;
    agencies: JsonAgency[];
}

export function num(x: Exact | undefined): number | null {
    return x ? x.toRoundedNumber(2) : null;
}

function achievementValue(a: Achievement): Exact | undefined {
    return a.computable ? a.value : undefined;
}

function categoryLabel(a: Achievement, config: KinerjaConfig): string | null {
    return a.computable ? category(a.value, config).label : null;
}

function target(t: TargetValue | undefined): [number | null, number | null] {
    return [num(t?.value), num(t?.upper)];
}

function revisionOf(r: RevisionInfo | undefined): JsonIndicator['revision'] {
    return r?.date ? { date: r.date, reason: r.reason ?? null } : null;
}

export function jsonIndicator(e: IndicatorEvaluation, config: KinerjaConfig): JsonIndicator {
    const i = e.indicator;
    const [annual, annualUpper] = target(e.target);
    const [quarterly, quarterlyUpper] = target(e.quarterTarget);
    // A qualitative indicator's figures are ranks on its scale: the report gives the words.
    const figure = (x: Exact | undefined, n: number | null) => i.scale ? scaleWord(i.scale, x) : n;
    return {
        id: i.id,
        node: i.node.id,
        owner: i.node.ownerId ?? null,
        unit: i.unit?.name ?? null,
        direction: i.direction,
        accumulation: i.accumulation,
        key: i.key,
        scale: i.scale ?? null,
        target: figure(e.target?.value, annual),
        targetUpper: annualUpper,
        originalTarget: e.originalTarget ? figure(e.originalTarget.value, num(e.originalTarget.value)) : null,
        revision: revisionOf(e.revision),
        realisation: figure(e.realisation, num(e.realisation)),
        achievement: num(achievementValue(e.achievement)),
        category: categoryLabel(e.achievement, config),
        final: e.final,
        quarterReported: e.quarter ?? null,
        quarterTarget: figure(e.quarterTarget?.value, quarterly),
        quarterTargetUpper: quarterlyUpper,
        quarterRealisation: figure(e.quarterRealisation, num(e.quarterRealisation)),
        quarterAchievement: num(achievementValue(e.quarterAchievement)),
        quarterCategory: categoryLabel(e.quarterAchievement, config)
    };
}

function jsonBudget(b: BudgetEvaluation): JsonBudget {
    return {
        id: b.node.id, kind: b.node.kind, pagu: num(b.pagu),
        originalPagu: b.paguRevision ? num(b.paguOriginal) : null, revision: revisionOf(b.paguRevision),
        realisation: num(b.realisation), absorption: num(b.absorption)
    };
}

/** An organisation with its indicators, each category by the organisation's own config. */
export function jsonAgency(o: OrganisationEvaluation): JsonAgency {
    return {
        id: o.organisation.id,
        name: o.organisation.title ?? null,
        kind: o.organisation.kind,
        score: num(o.score),
        absorption: num(o.budget.absorption),
        rank: o.rank ?? null,
        needsAssistance: o.needsAssistance,
        indicators: o.indicators.map(e => jsonIndicator(e, o.config)),
        budget: o.budget.nodes.map(jsonBudget)
    };
}

export function jsonReport(evaluation: WorkspaceEvaluation): JsonReport {
    return {
        year: evaluation.year,
        quarter: evaluation.quarter ?? null,
        agencies: evaluation.organisations.map(jsonAgency)
    };
}
