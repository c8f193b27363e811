/**
 * Which target and pagu are in force (`target … revisi DATE "alasan"`, `pagu … revisi …`).
 *
 * A revision replaces the year's value and the quarters it states; the other quarters
 * stay as they were. Revisions apply in date order. For a report cut at a quarter (tw1
 * to tw3), those dated on or before the quarter's last day are in force; for the year
 * (and a report cut at tw4), every revision of that year. A revision whose date is not
 * a day of the calendar is never in force (`invalid-date` says so).
 */
import type { Exact } from '../common/exact.js';
import type { IndicatorInfo, NodeInfo, RevisionInfo, ValueEntry } from './model.js';
import { endOfQuarter, periodKey } from './periods.js';

/** The revisions in force for a year, cut at a quarter (undefined or 4: the whole year). */
export function revisionsInForce(revisions: readonly RevisionInfo[] | undefined, year: number, cut?: number): RevisionInfo[] {
    if (!revisions?.length) return [];
    const end = cut !== undefined && cut < 4 ? endOfQuarter(year, cut) : undefined;
    return revisions.filter(r => r.date !== undefined && (end === undefined || r.date <= end));
}

const cache = new WeakMap<IndicatorInfo, Map<string, Map<number, ValueEntry[]>>>();

/**
 * The targets in force for `year` cut at quarter `cut`: a per-period map as
 * `indicator.targets` (read it at the keys of that year only). Without revisions in
 * force it is `indicator.targets` itself.
 */
export function targetsInForce(indicator: IndicatorInfo, year: number, cut?: number): Map<number, ValueEntry[]> {
    const revisions = revisionsInForce(indicator.targetRevisions.get(year), year, cut);
    if (!revisions.length) return indicator.targets;
    const key = `${year}|${revisions.length}`;
    let perIndicator = cache.get(indicator);
    const cached = perIndicator?.get(key);
    if (cached) return cached;
    const map = new Map<number, ValueEntry[]>();
    for (let quarter = 0; quarter <= 4; quarter++) {
        const k = periodKey(year, quarter || undefined);
        const list = indicator.targets.get(k);
        if (list) map.set(k, list);
    }
    for (const revision of revisions) {
        for (const [k, entry] of revision.entries) map.set(k, [entry]);
    }
    if (!perIndicator) cache.set(indicator, perIndicator = new Map());
    perIndicator.set(key, map);
    return map;
}

/** The latest revision of the year's target in force at the cut, if any. */
export function targetRevisionInForce(indicator: IndicatorInfo, year: number, cut?: number): RevisionInfo | undefined {
    return revisionsInForce(indicator.targetRevisions.get(year), year, cut).at(-1);
}

export interface PaguInForce {
    value?: Exact;
    /** As first stated. */
    original?: Exact;
    /** The revision in force, if any. */
    revision?: RevisionInfo;
    entry?: ValueEntry;
}

/** A node's own pagu for the year in force at the cut. */
export function paguInForce(node: NodeInfo, year: number, cut?: number): PaguInForce {
    const original = node.ceilings.get(year)?.[0];
    const revision = revisionsInForce(node.ceilingRevisions.get(year), year, cut).at(-1);
    const entry = revision?.entries.get(periodKey(year)) ?? original;
    return { value: entry?.value, original: original?.value, revision, entry };
}
