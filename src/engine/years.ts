/**
 * Which years and quarters a workspace has figures for, and which of them a view shows
 * by default (the editor's tree view and report preview, and the CLI's reports).
 */
import type { OrganisationInfo, WorkspaceModel } from './model.js';
import { quarterOfKey, yearOfKey } from './periods.js';

/** Years with targets or realisations (indicators) or budgets (nodes), ascending. */
export function workspaceYears(model: WorkspaceModel): { all: number[]; realised: number[] } {
    const all = new Set<number>();
    const realised = new Set<number>();
    for (const indicator of model.indicators.values()) {
        for (const key of indicator.targets.keys()) all.add(yearOfKey(key));
        for (const key of indicator.realisations.keys()) { all.add(yearOfKey(key)); realised.add(yearOfKey(key)); }
    }
    for (const node of model.nodes.values()) {
        for (const year of node.ceilings.keys()) all.add(year);
        for (const key of node.spending.keys()) { all.add(yearOfKey(key)); realised.add(yearOfKey(key)); }
    }
    const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
    return { all: sorted(all), realised: sorted(realised) };
}

/** The year to show by default: the latest with realisations, else the latest with anything. */
export function defaultYear(model: WorkspaceModel): number | undefined {
    const { all, realised } = workspaceYears(model);
    return realised.at(-1) ?? all.at(-1);
}

/**
 * The quarter a report of `year` is cut at by default: the latest quarter with a
 * reported realisation while the year is still running (nothing year-level or tw4 yet);
 * undefined for a finished year or a year without quarter reports.
 */
export function defaultQuarter(model: WorkspaceModel, year: number): number | undefined {
    let latest = 0;
    const scan = (map: Map<number, unknown[]>) => {
        for (const key of map.keys()) {
            if (yearOfKey(key) !== year) continue;
            const q = quarterOfKey(key);
            if (q === 0) latest = 4; else latest = Math.max(latest, q);
        }
    };
    for (const indicator of model.indicators.values()) scan(indicator.realisations);
    for (const node of model.nodes.values()) scan(node.spending);
    return latest >= 1 && latest <= 3 ? latest : undefined;
}

/** The organisations whose plan period (`periode`) does not contain `year`; those without a period are left out. */
export function outsidePeriod(model: WorkspaceModel, year: number): OrganisationInfo[] {
    return [...model.organisations.values()].filter(o => o.period && (year < o.period.start || year > o.period.end));
}

/** Whether `year` lies outside the plan period of every organisation that has one (and one has). */
export function outsideEveryPeriod(model: WorkspaceModel, year: number): boolean {
    const withPeriod = [...model.organisations.values()].filter(o => o.period);
    return withPeriod.length > 0 && outsidePeriod(model, year).length === withPeriod.length;
}
