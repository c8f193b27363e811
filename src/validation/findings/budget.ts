/**
 * Budget findings: `budget-overspend`, `budget-decreasing`, `budget-children-mismatch`
 * and `low-absorption` (against the configured expected absorption per quarter), on the
 * budget statements this document holds (inside nodes, or items of `realisasi` blocks).
 */
import { Exact } from '../../common/exact.js';
import { formatPercent, formatRupiah } from '../../common/id-number.js';
import { AstUtils, type AstNode } from 'langium';
import { Belanja, isRealisasiBlock, type Model } from '../../language/generated/ast.js';
import { paguInForce } from '../../engine/revisions.js';
import { isBelow } from '../../engine/achievement.js';
import { budgetChildren, evaluateBudget, isBudgetKind } from '../../engine/budget.js';
import type { NodeInfo, ValueEntry, WorkspaceModel } from '../../engine/model.js';
import { describePeriod, quarterLabel, yearOfKey } from '../../engine/periods.js';
import { nodesIn } from './cascade.js';
import { inFileOrder, type FindingReporter } from '../reporter.js';
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

export const BUDGET_MIXED_ENTRY = defineFinding({
    code: 'budget-mixed-entry',
    severity: 'error',
    title: { id: "Satu tahun anggaran memakai 'belanja' per periode sekaligus realisasi kumulatif", en: "One budget year with both 'belanja' per period and cumulative realisations" },
    messages: {
        default: {
            id: p => `Anggaran ${p.subject} tahun ${p.year} ditulis dengan 'belanja' per periode sekaligus 'realisasi' kumulatif (${p.other}); yang dihitung hanya realisasi kumulatif. Pilih salah satu cara: hapus 'realisasi ${p.year} …' dan tulis belanja setiap periode, atau hapus 'belanja ${p.year} …'.`,
            en: p => `The budget of ${p.subject} for ${p.year} is written both as 'belanja' per period and as cumulative 'realisasi' (${p.other}); only the cumulative realisations are counted. Choose one way: remove 'realisasi ${p.year} …' and write the spending of each period, or remove 'belanja ${p.year} …'.`
        }
    }
});

export const budgetFamily = defineFamily({
    name: 'budget',
    title: 'Budget',
    findings: [BUDGET_OVERSPEND, BUDGET_DECREASING, BUDGET_CHILDREN_MISMATCH, LOW_ABSORPTION, BUDGET_MIXED_ENTRY],
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
            // The pagu in force (a revision from its date on) at each figure's quarter.
            const paguAt = (quarter: number | undefined) => quarter && quarter < 4 ? evaluateBudget(model, node, year, quarter).pagu : budget.pagu;
            const paguEntryAt = (quarter: number | undefined) => paguInForce(node, year, quarter && quarter < 4 ? quarter : undefined).entry;
            entries.forEach((entry, i) => {
                if (!inDocument(entry)) return;
                const value = entry.value!;
                const pagu = paguAt(entry.quarter);
                if (pagu && value.gt(pagu)) {
                    const paguEntry = paguEntryAt(entry.quarter);
                    reporter.report(BUDGET_OVERSPEND, 'default', {
                        subject: node.id, period: periodOf(entry), realisation: formatRupiah(value), pagu: formatRupiah(pagu),
                        // A pagu of Rp 0 gives no absorption (not infinity, not a crash).
                        absorption: absorptionText(reporter, value, pagu)
                    }, { node: entry.source, property: 'value', relatedInformation: paguEntry ? related(paguEntry, 'pagu') : [] });
                }
                const previous = entries[i - 1];
                // Running sums of belanja only go down with a negative belanja: what was written is per period, not cumulative.
                if (previous && value.lt(previous.value!) && !fromBelanja(entry)) {
                    reporter.report(BUDGET_DECREASING, 'default', {
                        subject: node.id, period: periodOf(entry), realisation: formatRupiah(value),
                        previousPeriod: periodOf(previous), previous: formatRupiah(previous.value!)
                    }, { node: entry.source, property: 'value', relatedInformation: related(previous, periodOf(previous)) });
                }
            });
            checkChildren(model, node, year, paguEntryAt(undefined), inDocument, reporter);
            const latest = entries[entries.length - 1];
            checkAbsorption(node, entries, latest ? paguAt(latest.quarter) : undefined, inDocument, reporter);
        }
        checkMixedEntry(node, root, reporter);
    }
}

/** Whether a cumulative figure is the running sum of `belanja` statements. */
function fromBelanja(entry: ValueEntry): boolean {
    for (let n: AstNode | undefined = entry.source; n; n = n.$container) if (n.$type === Belanja.$type) return true;
    return false;
}

/**
 * `budget-mixed-entry`: a node-year with `belanja` and cumulative `realisasi` (in the
 * node or a `realisasi` block), once, on the first `belanja` of the year in this document.
 */
function checkMixedEntry(node: NodeInfo, root: Model, reporter: FindingReporter): void {
    for (const [year, expenditures] of node.expenditures) {
        const first = expenditures.map(e => e.source).find(s => AstUtils.findRootNode(s) === root);
        if (!first) continue;
        const cumulative: AstNode[] = [];
        for (const [key, list] of node.spending) if (yearOfKey(key) === year) for (const e of list) if (!fromBelanja(e)) cumulative.push(e.source);
        for (const p of node.spendingPeriods.get(year) ?? []) cumulative.push(p.source);
        if (!cumulative.length) continue;
        const unique = [...new Set(cumulative)];
        const statement = first.$type === Belanja.$type ? first : first.$container!;
        const others = reporter.otherPlaces(inFileOrder(unique, n => n), undefined, n => n, () => 'realisasi');
        reporter.report(BUDGET_MIXED_ENTRY, 'default', { subject: node.id, year, other: others.text }, {
            node: statement, keyword: 'belanja', relatedInformation: others.relatedInformation
        });
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
