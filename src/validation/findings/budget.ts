/**
 * Budget findings: `budget-overspend`, `budget-decreasing`, `budget-children-mismatch`
 * and `low-absorption` (against the configured expected absorption per quarter), on the
 * budget statements this document holds (inside nodes, or items of `realisasi` blocks).
 */
import { Exact } from '../../common/exact.js';
import { formatPercent, formatRupiah } from '../../common/id-number.js';
import { isRealisasiBlock, type Model } from '../../language/generated/ast.js';
import { isBelow } from '../../engine/achievement.js';
import { budgetChildren, evaluateBudget, isBudgetKind } from '../../engine/budget.js';
import type { NodeInfo, ValueEntry, WorkspaceModel } from '../../engine/model.js';
import { describePeriod, quarterLabel, yearOfKey } from '../../engine/periods.js';
import { nodesIn } from './cascade.js';
import type { FindingReporter } from '../reporter.js';

/** Budget nodes whose statements may stand in this document. */
function budgetSubjects(root: Model, model: WorkspaceModel): Set<NodeInfo> {
    const subjects = new Set(nodesIn(root, model).filter(n => isBudgetKind(n.kind)));
    for (const element of root.elements) {
        if (!isRealisasiBlock(element)) continue;
        for (const item of element.items) {
            const target = model.itemTargets.get(item);
            if (target && !('direction' in target)) subjects.add(target);
        }
    }
    return subjects;
}

/** A node's cumulative realisations for a year in order: tw1..tw4, then the year itself. */
function series(node: NodeInfo, year: number): ValueEntry[] {
    const ordered: ValueEntry[] = [];
    for (const q of [1, 2, 3, 4, 0]) {
        const entry = node.spending.get(year * 10 + q)?.[0];
        if (entry?.value) ordered.push(entry);
    }
    return ordered;
}

function periodOf(entry: ValueEntry): string {
    return describePeriod(entry.year, entry.quarter);
}

function absorptionText(reporter: FindingReporter, realisation: Exact, pagu: Exact): string {
    const ratio = realisation.div(pagu);
    return ratio ? formatPercent(ratio.mul(Exact.HUNDRED)) : reporter.text('not-computable');
}

export function checkBudget(root: Model, model: WorkspaceModel, reporter: FindingReporter): void {
    const inDocument = (entry: ValueEntry) => {
        let n = entry.source;
        while (n.$container) n = n.$container;
        return n === root;
    };
    for (const node of budgetSubjects(root, model)) {
        const years = new Set<number>([...node.spending.keys()].map(yearOfKey).concat([...node.ceilings.keys()]));
        for (const year of years) {
            const budget = evaluateBudget(model, node, year);
            const entries = series(node, year);
            const related = (e: ValueEntry, note: string) => {
                const r = reporter.related(e.source, note);
                return r ? [r] : [];
            };
            const paguEntry = node.ceilings.get(year)?.[0];
            entries.forEach((entry, i) => {
                if (!inDocument(entry)) return;
                const value = entry.value!;
                if (budget.pagu && value.gt(budget.pagu)) {
                    reporter.report('budget-overspend', 'budget-overspend', {
                        subject: node.id, period: periodOf(entry), realisation: formatRupiah(value), pagu: formatRupiah(budget.pagu),
                        // A pagu of Rp 0 gives no absorption (not infinity, not a crash).
                        absorption: absorptionText(reporter, value, budget.pagu)
                    }, { node: entry.source, property: 'value', relatedInformation: paguEntry ? related(paguEntry, 'pagu') : [] });
                }
                const previous = entries[i - 1];
                if (previous && value.lt(previous.value!)) {
                    reporter.report('budget-decreasing', 'budget-decreasing', {
                        subject: node.id, period: periodOf(entry), realisation: formatRupiah(value),
                        previousPeriod: periodOf(previous), previous: formatRupiah(previous.value!)
                    }, { node: entry.source, property: 'value', relatedInformation: related(previous, periodOf(previous)) });
                }
            });
            checkChildren(model, node, year, paguEntry, inDocument, reporter);
            checkAbsorption(node, entries, budget.pagu, inDocument, reporter);
        }
    }
}

function checkChildren(model: WorkspaceModel, node: NodeInfo, year: number, paguEntry: ValueEntry | undefined,
    inDocument: (e: ValueEntry) => boolean, reporter: FindingReporter): void {
    if (!paguEntry?.value || !inDocument(paguEntry)) return;
    const children = budgetChildren(model).get(node.id) ?? [];
    const paid = children.map(c => ({ c, pagu: evaluateBudget(model, c, year).pagu })).filter(x => x.pagu !== undefined);
    if (!paid.length) return;
    const sum = Exact.sum(paid.map(x => x.pagu!));
    if (sum.eq(paguEntry.value)) return;
    reporter.report('budget-children-mismatch', 'budget-children-mismatch', {
        subject: node.id, year, pagu: formatRupiah(paguEntry.value), sum: formatRupiah(sum),
        difference: formatRupiah(paguEntry.value.sub(sum)), children: reporter.text(`children.${paid[0].c.kind}`)
    }, {
        node: paguEntry.source, property: 'value',
        relatedInformation: paid.map(x => reporter.related(x.c.ast, x.c.id)).filter(r => r !== undefined)
    });
}

function checkAbsorption(node: NodeInfo, entries: ValueEntry[], pagu: Exact | undefined, inDocument: (e: ValueEntry) => boolean, reporter: FindingReporter): void {
    const latest = entries[entries.length - 1];
    if (!latest || !pagu || !inDocument(latest)) return;
    const absorption = latest.value!.div(pagu)?.mul(Exact.HUNDRED);
    if (!absorption) return;
    const quarter = latest.quarter ?? 4;
    const expected = reporter.config.absorptionCurve[quarter - 1];
    if (isBelow(absorption, expected)) {
        // A year-level figure closes the year: nothing left to speed up, only to explain.
        reporter.report('low-absorption', latest.quarter ? 'low-absorption' : 'low-absorption.final', {
            subject: node.id, period: periodOf(latest), absorption: formatPercent(absorption),
            expected: formatPercent(Exact.of(expected)), quarter: quarterLabel(quarter)
        }, { node: latest.source, property: 'value' });
    }
}
