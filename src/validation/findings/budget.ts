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
import { defineFamily, defineFinding } from '../finding-definition.js';
import { defineCatalogue } from '../../common/catalogue.js';

const WORDS = defineCatalogue({
    'not-computable': { id: () => 'tidak dapat dihitung', en: () => 'not computable' },
    'children.kegiatan': { id: () => 'kegiatan', en: () => 'kegiatan (activities)' },
    'children.subkegiatan': { id: () => 'subkegiatan', en: () => 'subkegiatan (sub-activities)' }
});

export const BUDGET_OVERSPEND = defineFinding({
    code: 'budget-overspend',
    severity: 'error',
    title: { id: 'Realisasi anggaran melebihi pagu', en: 'Budget realisation above the pagu' },
    messages: {
        default: {
            id: p => `Realisasi anggaran ${p.subject} ${p.period} ${p.realisation} melebihi pagu ${p.pagu} (serapan ${p.absorption}). Periksa realisasi atau pagu.`,
            en: p => `Budget realisation of ${p.subject} for ${p.period}, ${p.realisation}, exceeds the pagu ${p.pagu} (absorption ${p.absorption}). Check the realisation or the pagu.`
        }
    }
});

export const BUDGET_DECREASING = defineFinding({
    code: 'budget-decreasing',
    severity: 'error',
    title: { id: 'Realisasi anggaran kumulatif menurun antartriwulan', en: 'Cumulative budget realisation going down from one quarter to the next' },
    messages: {
        default: {
            id: p => `Realisasi anggaran kumulatif ${p.subject} turun dari ${p.previous} (${p.previousPeriod}) ke ${p.realisation} (${p.period}). Realisasi ditulis kumulatif sampai dengan periode; periksa angkanya.`,
            en: p => `Cumulative budget realisation of ${p.subject} goes down from ${p.previous} (${p.previousPeriod}) to ${p.realisation} (${p.period}). Realisations are cumulative to date; check the figures.`
        }
    }
});

export const BUDGET_CHILDREN_MISMATCH = defineFinding({
    code: 'budget-children-mismatch',
    severity: 'warning',
    title: { id: 'Jumlah pagu kegiatan/subkegiatan berbeda dengan pagu induknya', en: "The children's pagu add up to a different pagu than the parent's" },
    messages: {
        default: {
            id: p => `Pagu ${p.subject} ${p.year} ${p.pagu}, tetapi pagu ${p.children} di bawahnya berjumlah ${p.sum} (selisih ${p.difference}). Samakan pagu induk dengan jumlah rinciannya.`,
            en: p => `The pagu of ${p.subject} for ${p.year} is ${p.pagu}, but the pagu of its ${p.children} add up to ${p.sum} (difference ${p.difference}). Make the parent's pagu equal to the sum.`
        }
    }
});

export const LOW_ABSORPTION = defineFinding({
    code: 'low-absorption',
    severity: 'warning',
    title: { id: 'Serapan anggaran di bawah rencana serapan triwulan', en: 'Absorption below the expected curve for the quarter' },
    messages: {
        default: {
            id: p => `Serapan anggaran ${p.subject} s.d. ${p.period} ${p.absorption}, di bawah rencana serapan ${p.expected} untuk ${p.quarter}. Percepat pelaksanaan atau perbarui realisasi.`,
            en: p => `Budget absorption of ${p.subject} up to ${p.period} is ${p.absorption}, below the expected ${p.expected} for ${p.quarter}. Speed up spending or update the realisation.`
        },
        final: {
            id: p => `Serapan anggaran ${p.subject} tahun ${p.period} ${p.absorption}, di bawah rencana serapan akhir tahun ${p.expected}. Jelaskan sisa anggaran di LKjIP.`,
            en: p => `Budget absorption of ${p.subject} for ${p.period} is ${p.absorption}, below the expected year-end ${p.expected}. Explain the unspent budget in the LKjIP.`
        }
    }
});

export const budgetFamily = defineFamily({
    name: 'budget',
    title: 'Budget',
    findings: [BUDGET_OVERSPEND, BUDGET_DECREASING, BUDGET_CHILDREN_MISMATCH, LOW_ABSORPTION],
    check: checkBudget
});

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
    return ratio ? formatPercent(ratio.mul(Exact.HUNDRED)) : WORDS(reporter.language, 'not-computable');
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
                    reporter.report(BUDGET_OVERSPEND, 'default', {
                        subject: node.id, period: periodOf(entry), realisation: formatRupiah(value), pagu: formatRupiah(budget.pagu),
                        // A pagu of Rp 0 gives no absorption (not infinity, not a crash).
                        absorption: absorptionText(reporter, value, budget.pagu)
                    }, { node: entry.source, property: 'value', relatedInformation: paguEntry ? related(paguEntry, 'pagu') : [] });
                }
                const previous = entries[i - 1];
                if (previous && value.lt(previous.value!)) {
                    reporter.report(BUDGET_DECREASING, 'default', {
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

/** What the children of a node are called (`kegiatan (activities)` in English). */
function childrenWord(reporter: FindingReporter, kind: string): string {
    const key = `children.${kind}`;
    return WORDS.has(key) ? WORDS(reporter.language, key) : kind;
}

function checkChildren(model: WorkspaceModel, node: NodeInfo, year: number, paguEntry: ValueEntry | undefined,
    inDocument: (e: ValueEntry) => boolean, reporter: FindingReporter): void {
    if (!paguEntry?.value || !inDocument(paguEntry)) return;
    const children = budgetChildren(model).get(node.id) ?? [];
    const paid = children.map(c => ({ c, pagu: evaluateBudget(model, c, year).pagu })).filter(x => x.pagu !== undefined);
    if (!paid.length) return;
    const sum = Exact.sum(paid.map(x => x.pagu!));
    if (sum.eq(paguEntry.value)) return;
    reporter.report(BUDGET_CHILDREN_MISMATCH, 'default', {
        subject: node.id, year, pagu: formatRupiah(paguEntry.value), sum: formatRupiah(sum),
        difference: formatRupiah(paguEntry.value.sub(sum)), children: childrenWord(reporter, paid[0].c.kind)
    }, {
        node: paguEntry.source, property: 'value',
        relatedInformation: reporter.otherPlaces(paid, undefined, x => x.c.ast, x => x.c.id).relatedInformation
    });
}

function checkAbsorption(node: NodeInfo, entries: ValueEntry[], pagu: Exact | undefined, inDocument: (e: ValueEntry) => boolean, reporter: FindingReporter): void {
    const latest = entries[entries.length - 1];
    if (!latest || !pagu || !inDocument(latest)) return;
    const absorption = latest.value!.div(pagu)?.mul(Exact.HUNDRED);
    if (!absorption) return;
    const quarter = latest.quarter ?? 4;
    const expected = reporter.configOf(node.organisation).absorptionCurve[quarter - 1];
    if (isBelow(absorption, expected)) {
        // A year-level figure closes the year: nothing left to speed up, only to explain.
        reporter.report(LOW_ABSORPTION, latest.quarter ? 'default' : 'final', {
            subject: node.id, period: periodOf(latest), absorption: formatPercent(absorption),
            expected: formatPercent(Exact.of(expected)), quarter: quarterLabel(quarter)
        }, { node: latest.source, property: 'value' });
    }
}
