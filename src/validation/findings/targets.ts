/**
 * Findings on indicators, targets, realisations and budget figures of one document:
 * `missing-unit`, `ratio-unit`, `range-target`, `quarter-target-mismatch`,
 * `duplicate-period` (across files: the other statement is related information),
 * `missing-target`, `period-outside`, `percent-over-100` and `missing-value`.
 *
 * The work is proportional to the document: it looks at the indicators and nodes the
 * document declares and those its `realisasi` blocks report on, and at their entries
 * that stand in this document.
 */
import { AstUtils, type AstNode } from 'langium';
import { Exact } from '../../common/exact.js';
import { formatIdNumber, formatPercent } from '../../common/id-number.js';
import {
    Perjanjian, QuarterValue, Realisasi, RealisasiBlock, RealisasiItem,
    type Indikator, type Model, type Target, type Value
} from '../../language/generated/ast.js';
import { aggregateQuarterTarget } from '../../engine/aggregation.js';
import { parseValue, type IndicatorInfo, type NodeInfo, type OrganisationInfo, type ValueEntry, type WorkspaceModel } from '../../engine/model.js';
import { describePeriod, inRange, parseYear, periodKey, quarterLabel } from '../../engine/periods.js';
import type { FindingReporter } from '../reporter.js';
import { enclosingOrganisationName } from '../../language/qualified-names.js';
import { contentsOf } from '../document-contents.js';

const fmt = (x: Exact) => formatIdNumber(x, { decimals: 2 });

/**
 * The token that names an entry's period: the year, the quarter, or the block item's name.
 * (Compares `$type`: these types have no subtypes, and the generated guards allocate.)
 */
export function entryProperty(source: AstNode): string {
    const type = source.$type;
    if (type === QuarterValue.$type) return 'quarter';
    if (type === Realisasi.$type && (source as Realisasi).quarter) return 'quarter';
    if (type === RealisasiItem.$type) return 'target';
    return 'year';
}

export function checkTargets(root: Model, model: WorkspaceModel, reporter: FindingReporter): void {
    const subjects = new Set<IndicatorInfo | NodeInfo>();
    const contents = contentsOf(root);
    for (const node of contents.nodes) {
        const info = model.byAst.get(node);
        if (info) subjects.add(info);
        checkBudgetStatements(info?.id ?? node.name, node.spending, reporter);
    }
    for (const indicator of contents.indicators) {
        const info = model.byAst.get(indicator) as IndicatorInfo | undefined;
        if (info) subjects.add(info);
        checkIndicatorDeclaration(indicator, info, reporter);
    }
    // period-outside once per statement (a quarter block shares its statement's year).
    for (const statement of contents.yearStatements) {
        if (statement.$type === RealisasiBlock.$type || statement.$type === Perjanjian.$type) continue;
        const org = model.organisations.get(enclosingOrganisationName(statement) ?? '');
        const year = parseYear(statement.year);
        if (org && year !== undefined) checkYearInPeriod(statement, 'year', year, org, reporter);
    }
    for (const block of contents.blocks) {
        for (const item of block.items) {
            const target = model.itemTargets.get(item);
            if (!target) continue;
            subjects.add(target);
            if (item.denominator && 'direction' in target) checkRatio(target, item.denominator, item, reporter);
            else if (item.denominator) reporter.report('ratio-unit', 'ratio-unit.unit', { subject: target.id, unit: 'rupiah' }, { node: item, property: 'denominator' });
        }
        const org = model.organisations.get(block.organisation?.$refText ?? '');
        const year = parseYear(block.year);
        if (org && year !== undefined) checkYearInPeriod(block, 'year', year, org, reporter);
    }
    const inThisDocument = (entry: ValueEntry) => AstUtils.findRootNode(entry.source) === root;
    for (const subject of subjects) {
        if ('direction' in subject) {
            checkEntries(subject.targets, 'what.target', subject, inThisDocument, reporter, () => undefined);
            checkEntries(subject.realisations, 'what.realisation', subject, inThisDocument, reporter, entry => {
                checkRealisation(subject, entry, reporter);
            });
        } else {
            checkEntries(subject.ceilings, 'what.pagu', subject, inThisDocument, reporter, () => undefined);
            checkEntries(subject.spending, 'what.spending', subject, inThisDocument, reporter, () => undefined);
        }
    }
}

function checkEntries(map: Map<number, ValueEntry[]>, what: string, subject: IndicatorInfo | NodeInfo,
    inThisDocument: (entry: ValueEntry) => boolean, reporter: FindingReporter, each: (entry: ValueEntry) => void): void {
    for (const entries of map.values()) {
        for (const entry of entries) {
            if (!inThisDocument(entry)) continue;
            if (entries.length > 1) {
                const others = entries.filter(e => e !== entry);
                reporter.report('duplicate-period', 'duplicate-period', {
                    what: reporter.text(what), subject: subject.id,
                    period: describePeriod(entry.year, entry.quarter),
                    other: others.map(o => reporter.locationText(o.source)).join(', ')
                }, {
                    node: entry.source, property: entryProperty(entry.source),
                    relatedInformation: others.map(o => reporter.related(o.source, reporter.text(what))).filter(r => r !== undefined)
                });
            }
            each(entry);
        }
    }
}

function checkRealisation(indicator: IndicatorInfo, entry: ValueEntry, reporter: FindingReporter): void {
    const source = entry.source;
    if (!indicator.targets.has(periodKey(entry.year))) {
        reporter.report('missing-target', 'missing-target', {
            subject: indicator.id, period: describePeriod(entry.year, entry.quarter), year: entry.year
        }, { node: source, property: entryProperty(source) });
    }
    if (indicator.unit?.percent && entry.value && entry.value.gt(Exact.HUNDRED)) {
        reporter.report('percent-over-100', 'percent-over-100', { subject: indicator.id, value: formatPercent(entry.value) }, {
            node: source, property: 'value'
        });
    }
}

function checkYearInPeriod(node: AstNode, property: string, year: number, org: OrganisationInfo, reporter: FindingReporter): void {
    if (org.period && !inRange(org.period, year)) {
        reporter.report('period-outside', 'period-outside', {
            year, organisation: org.id, start: org.period.start, end: org.period.end
        }, { node, property });
    }
}

function checkIndicatorDeclaration(indicator: Indikator, info: IndicatorInfo | undefined, reporter: FindingReporter): void {
    // A nameless indicator is a syntax error already; one finding is enough.
    if (!indicator.unit && indicator.name) {
        reporter.report('missing-unit', 'missing-unit', { subject: info?.id ?? indicator.name }, {
            node: indicator, property: 'name', data: { indicator: indicator.name }
        });
    }
    if (!info) return;
    for (const target of indicator.targets) {
        checkRange(info, target, reporter);
        target.quarters.forEach(q => checkRange(info, q, reporter));
        checkQuarterPlan(info, target, reporter);
    }
    for (const realisation of indicator.realisations) {
        checkRealisationShape(realisation, reporter);
        if (realisation.denominator) checkRatio(info, realisation.denominator, realisation, reporter);
        for (const q of realisation.quarters) {
            if (q.denominator) checkRatio(info, q.denominator, q, reporter);
            if (q.upper) reporter.report('range-target', 'range-target.realisation', { subject: info.id }, { node: q, property: 'upper' });
        }
    }
}

function checkBudgetStatements(subject: string, spending: Realisasi[], reporter: FindingReporter): void {
    for (const realisation of spending) {
        checkRealisationShape(realisation, reporter);
        const ratios = [realisation, ...realisation.quarters].filter(r => r.denominator);
        for (const r of ratios) {
            reporter.report('ratio-unit', 'ratio-unit.unit', { subject, unit: 'rupiah' }, { node: r, property: 'denominator' });
        }
    }
}

function checkRealisationShape(realisation: Realisasi, reporter: FindingReporter): void {
    if (!realisation.value && realisation.quarters.length === 0) {
        const period = realisation.quarter ? `${realisation.year} ${realisation.quarter}` : realisation.year;
        reporter.report('missing-value', 'missing-value', { keyword: 'realisasi', year: period }, { node: realisation, property: 'year' });
    }
    if (realisation.quarter && realisation.quarters.length > 0) {
        reporter.report('missing-value', 'invalid-quarter-block', {}, { node: realisation, property: 'quarters', index: 0 });
    }
}

function checkRatio(indicator: IndicatorInfo, denominator: Value, node: AstNode, reporter: FindingReporter): void {
    if (indicator.unit && !indicator.unit.percent) {
        reporter.report('ratio-unit', 'ratio-unit.unit', { subject: indicator.id, unit: indicator.unit.name }, { node, property: 'denominator' });
    } else if (parseValue(denominator)?.isZero()) {
        reporter.report('ratio-unit', 'ratio-unit.zero', {}, { node, property: 'denominator' });
    }
}

function checkRange(indicator: IndicatorInfo, target: Target | QuarterValue, reporter: FindingReporter): void {
    if (!target.upper) return;
    if (indicator.direction !== 'rentang') {
        reporter.report('range-target', 'range-target.direction', { subject: indicator.id, direction: indicator.direction }, { node: target, property: 'upper' });
        return;
    }
    const lower = parseValue(target.value);
    const upper = parseValue(target.upper);
    if (lower && upper && lower.gt(upper)) {
        reporter.report('range-target', 'range-target.order', { lower: fmt(lower), upper: fmt(upper) }, { node: target, property: 'upper' });
    }
}

/** Quarter targets must add up to (jumlah), end at (terakhir) or average (rata-rata) the annual target. */
function checkQuarterPlan(indicator: IndicatorInfo, target: Target, reporter: FindingReporter): void {
    const year = parseYear(target.year);
    const annual = parseValue(target.value);
    if (year === undefined || !annual || target.quarters.length === 0) return;
    if (target.quarters.some(q => !parseValue(q.value))) return;   // number-format reported elsewhere
    const mode = indicator.accumulation;
    const plan = aggregateQuarterTarget(indicator, year, 4, mode);
    if (!plan) return;
    // Ranges compare both bounds; a single value is a range with equal bounds.
    const annualUpper = parseValue(target.upper) ?? annual;
    const planUpper = plan.upper ?? plan.value;
    if (plan.value.eq(annual) && planUpper.eq(annualUpper)) return;
    const range = (low: Exact, high: Exact) => low.eq(high) ? fmt(low) : `${fmt(low)} - ${fmt(high)}`;
    const lastQuarter = Math.max(...target.quarters.map(q => Number(q.quarter?.slice(2) ?? 0)));
    reporter.report('quarter-target-mismatch', `quarter-target-mismatch.${mode}`, {
        subject: indicator.id, year, actual: range(plan.value, planUpper), annual: range(annual, annualUpper), quarter: quarterLabel(lastQuarter)
    }, { node: target, property: 'year', data: { mode, annual: target.value.number } });
}

