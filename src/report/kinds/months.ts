/**
 * Figures written per month or cumulatively (`s.d.`) as report data: an indicator's
 * realisations (`realisasi 2025 { jan 90 … }`, `realisasi 2025 s.d. tw3 800`) and a
 * budget node's spending (`belanja 2025 sep Rp …`, `realisasi 2025 s.d. sep Rp …`), as
 * written, in the months a report covers: each figure in the month its period ends in.
 * The quarter figures the engine computes with are made from them (series.ts).
 */
import type { Exact } from '../../common/exact.js';
import type { IndicatorInfo, NodeInfo, PeriodEntry } from '../../engine/model.js';
import { figure, type Figure, type IndicatorRef, type NodeRef } from './common.js';

/** A figure written for a month, or cumulative (`s.d.`) up to the end of that month's period. */
export interface MonthlyFigure {
    /** Cumulative since January (`s.d.`); else the month's own figure. */
    cumulative: boolean;
    /** A scale's word for a qualitative indicator; Rupiah for a budget row. */
    value: Figure | null;
    /** The first and last month of the period written (`s.d. tw3`: 7–9; `sep`: 9–9). */
    first: number;
    last: number;
}

/**
 * An indicator's realisations, or a budget node's spending (`belanja` per month, and
 * `s.d.` realisations), in the months a report covers, as written: one entry per month,
 * each with the figures whose period ends in it.
 */
export interface MonthlyRow {
    node: NodeRef;
    /** null for a budget node's spending (Rupiah). */
    indicator: IndicatorRef | null;
    months: Array<{ month: number; figures: MonthlyFigure[] }>;
}

function monthlyRow(
    node: NodeRef, indicator: IndicatorRef | null, entries: readonly PeriodEntry[], first: number, last: number,
    value: (v: Exact | undefined) => Figure | null
): MonthlyRow | undefined {
    const inMonths = entries.filter(e => e.span.last >= first && e.span.last <= last);
    if (!inMonths.length) return undefined;
    const months: MonthlyRow['months'] = [];
    for (let month = first; month <= last; month++) {
        months.push({
            month,
            figures: inMonths.filter(e => e.span.last === month).map(e => ({ cumulative: e.cumulative, value: value(e.value), first: e.span.first, last: e.span.last }))
        });
    }
    return { node, indicator, months };
}

/** An indicator's realisations written per month or s.d. whose period ends in months first..last of the year. */
export function realisationMonths(node: NodeRef, indicator: IndicatorRef, i: IndicatorInfo, year: number, first: number, last: number): MonthlyRow | undefined {
    return monthlyRow(node, indicator, i.realisationPeriods.get(year) ?? [], first, last, v => figure(i, v));
}

/** A budget node's spending per month (`belanja`) and s.d. realisations ending in months first..last. */
export function spendingMonths(ref: NodeRef, node: NodeInfo, year: number, first: number, last: number): MonthlyRow | undefined {
    return monthlyRow(ref, null, [
        ...(node.spendingPeriods.get(year) ?? []),
        ...(node.expenditures.get(year) ?? []).filter(e => e.span.first === e.span.last)
    ], first, last, v => v ?? null);
}
