/**
 * From what a file states within a year to one figure per quarter.
 *
 * Part 1 states quarters (`tw2 81`): each is that quarter's own figure (or, for a budget,
 * the cumulative realisation at its end). A real year also states months (`sep 110`,
 * `{ jan 90 feb 95 }`) and cumulative figures (`s.d. tw2 540`, `s.d. agu …`: the
 * aggregate since January up to that period). This module turns them into the quarter
 * figures the engine computes with, by the indicator's `akumulasi`:
 *
 * - jumlah: a running total. A period's own figure adds to it, a cumulative one sets it;
 *   a quarter's figure is the total at its last reported period minus the total at the
 *   end of the previous reported quarter (so the sum of the quarters is the total). A
 *   cumulative figure after quarters without data covers them too (`from`).
 * - terakhir: the figure of the quarter's last reported period, own or cumulative alike.
 * - rata-rata: a running mean weighted by months (a month weighs 1, a quarter 3, a
 *   cumulative figure up to month m stands for m months); a quarter's figure is the mean
 *   of its own months, and it carries its weight so that the year's mean stays the mean
 *   of the months (quarters stated alone all weigh 3: the plain mean of part 1).
 *
 * A quarter stated as a quarter keeps its statement (and its months, if also written,
 * are not counted again); the figures made here are only for quarters stated through
 * months or `s.d.`. Pure: values in, values out.
 */
import { Exact } from '../common/exact.js';
import type { Accumulation } from '../language/generated/ast.js';
import { quarterOfMonth, type MonthSpan } from './periods.js';

export interface PeriodFigure<S> {
    span: MonthSpan;
    /** `s.d.`: the aggregate since January up to the span's last month. */
    cumulative: boolean;
    value: Exact;
    source: S;
}

export interface QuarterFigure<S> {
    quarter: number;
    value: Exact;
    /** The statement of the quarter's last reported period (where a finding would point). */
    source: S;
    /** The first quarter this figure covers (earlier than `quarter` after a `s.d.` over unreported quarters). */
    from: number;
    /** Months it stands for (rata-rata weighs quarters by them). */
    weight: number;
    /** Made from a cumulative (`s.d.`) figure. */
    cumulative: boolean;
    /** The last month reported in the quarter (the quarter is complete when it is its third). */
    last: number;
}

/**
 * Quarter figures from the period figures of one year. `statedQuarters` are quarters
 * already stated as quarters: their figures come from those statements, which are passed
 * in `figures` too (with their span) so that running totals include them, and no figure
 * is made for them here.
 */
export function quarterFigures<S>(figures: ReadonlyArray<PeriodFigure<S>>, mode: Accumulation, statedQuarters: ReadonlySet<number>): Array<QuarterFigure<S>> {
    // Months of a quarter stated as a quarter are not counted twice.
    const counted = figures.filter(f => {
        const months = f.span.first === f.span.last && !f.cumulative;
        return !(months && statedQuarters.has(quarterOfMonth(f.span.first)));
    });
    // In time order of the last month; at the same last month a cumulative figure first
    // (an own figure then adds to it), else in writing order.
    const ordered = counted.map((f, i) => ({ f, i })).sort((a, b) =>
        a.f.span.last - b.f.span.last || Number(b.f.cumulative) - Number(a.f.cumulative) || a.i - b.i).map(x => x.f);
    const result: Array<QuarterFigure<S>> = [];
    let total = Exact.ZERO;
    let weight = 0;
    let totalAtPrevious = Exact.ZERO;
    let weightAtPrevious = 0;
    let previousQuarter = 0;
    let index = 0;
    for (let quarter = 1; quarter <= 4; quarter++) {
        let last: PeriodFigure<S> | undefined;
        for (; index < ordered.length && quarterOfMonth(ordered[index].span.last) === quarter; index++) {
            const f = ordered[index];
            last = f;
            const months = f.span.last - f.span.first + 1;
            if (mode === 'rata-rata') {
                if (f.cumulative) { total = f.value.mul(Exact.of(f.span.last)); weight = f.span.last; } else { total = total.add(f.value.mul(Exact.of(months))); weight += months; }
            } else if (mode === 'jumlah') {
                total = f.cumulative ? f.value : total.add(f.value);
            }
        }
        if (!last) continue;
        if (!statedQuarters.has(quarter)) {
            let value: Exact;
            if (mode === 'terakhir') value = last.value;
            else if (mode === 'jumlah') value = total.sub(totalAtPrevious);
            else value = weight > weightAtPrevious ? total.sub(totalAtPrevious).div(Exact.of(weight - weightAtPrevious))! : last.value;
            result.push({
                quarter, value, source: last.source, from: previousQuarter + 1,
                weight: mode === 'rata-rata' ? Math.max(1, weight - weightAtPrevious) : 3,
                cumulative: last.cumulative, last: last.span.last
            });
        }
        totalAtPrevious = total;
        weightAtPrevious = weight;
        previousQuarter = quarter;
    }
    return result;
}

/** Cumulative totals from figures of spending within each period (`belanja`): the running sum. */
export function runningTotals<S>(figures: ReadonlyArray<PeriodFigure<S>>): Array<PeriodFigure<S>> {
    const ordered = figures.map((f, i) => ({ f, i })).sort((a, b) => a.f.span.last - b.f.span.last || a.i - b.i).map(x => x.f);
    let total = Exact.ZERO;
    return ordered.map(f => {
        total = total.add(f.value);
        return { ...f, cumulative: true, value: total };
    });
}
