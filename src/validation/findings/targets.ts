/**
 * Findings on indicators, targets, realisations and budget figures of one document:
 * `missing-unit`, `ratio-unit`, `range-target`, `quarter-target-mismatch`,
 * `duplicate-period` (across files: the other statement is related information),
 * `missing-target`, `period-outside`, `percent-over-100`, `missing-value` and
 * `direction-formula`.
 *
 * The work is proportional to the document: it looks at the indicators and nodes the
 * document declares and those its `realisasi` blocks report on, and at their entries
 * that stand in this document.
 */
import { AstUtils, type AstNode } from 'langium';
import { Exact } from '../../common/exact.js';
import { formatIdNumber, formatPercent } from '../../common/id-number.js';
import {
    Belanja, Perjanjian, QuarterValue, Realisasi, RealisasiBlock, RealisasiItem,
    type Indikator, type Model, type Target, type Value
} from '../../language/generated/ast.js';
import { parseValue, type IndicatorInfo, type NodeInfo, type OrganisationInfo, type PeriodEntry, type ValueEntry, type WorkspaceModel, accumulationGuessed } from '../../engine/model.js';
import { describePeriod, inRange, monthLabel, parseYear, periodKey, quarterLabel, quarterOfMonth } from '../../engine/periods.js';
import type { FindingReporter } from '../reporter.js';
import { enclosingOrganisationName } from '../../language/qualified-names.js';
import { contentsOf } from '../document-contents.js';
import { isSuspiciousNumber, SUSPICIOUS_NUMBER } from './achievement.js';
import { defineFamily, defineFinding } from '../finding-definition.js';
import { defineCatalogue } from '../../common/catalogue.js';

const WORDS = defineCatalogue({
    target: { id: () => 'Target', en: () => 'Target' },
    expenditure: { id: () => 'Belanja', en: () => 'Spending (belanja)' },
    realisation: { id: () => 'Realisasi', en: () => 'Realisation' },
    pagu: { id: () => 'Pagu', en: () => 'Budget ceiling (pagu)' },
    spending: { id: () => 'Realisasi anggaran', en: () => 'Budget realisation' }
});

export const DUPLICATE_PERIOD = defineFinding({
    code: 'duplicate-period',
    severity: 'error',
    title: { id: 'Dua nilai untuk indikator atau anggaran yang sama pada periode yang sama', en: 'Two values of one indicator or budget for the same period' },
    messages: {
        default: {
            id: p => `${p.what} ${p.subject} untuk periode ${p.period} dinyatakan lebih dari sekali (juga di ${p.other}). Hapus salah satu.`,
            en: p => `${p.what} of ${p.subject} for ${p.period} is stated more than once (also at ${p.other}). Remove one of them.`
        },
        agreement: {
            id: p => `Perjanjian kinerja ${p.subject} ${p.year} dinyatakan lebih dari sekali (juga di ${p.other}). Hapus salah satu.`,
            en: p => `The performance agreement of ${p.subject} for ${p.year} is stated more than once (also at ${p.other}). Remove one of them.`
        }
    }
});

export const MISSING_UNIT = defineFinding({
    code: 'missing-unit',
    severity: 'error',
    title: { id: 'Indikator tanpa satuan', en: 'Indicator without a unit (satuan)' },
    messages: {
        default: {
            id: p => `Indikator ${p.subject} belum punya satuan. Tambahkan mis. 'satuan persen' atau 'satuan "kecamatan"'.`,
            en: p => `Indicator ${p.subject} has no unit. Add e.g. 'satuan persen' or 'satuan "kecamatan"'.`
        }
    }
});

export const RATIO_UNIT = defineFinding({
    code: 'ratio-unit',
    severity: 'error',
    title: { id: "Rasio 'dari' pada indikator yang bukan persen, atau penyebut nol", en: "A 'dari' ratio on a non-percent indicator, or a zero denominator" },
    messages: {
        unit: {
            id: p => `Realisasi rasio 'dari' hanya untuk indikator bersatuan persen, sedangkan ${p.subject} bersatuan ${p.unit}. Tulis nilainya langsung.`,
            en: p => `A 'dari' ratio is only for percent indicators, but ${p.subject} is measured in ${p.unit}. Write the value itself.`
        },
        zero: {
            id: () => `Penyebut rasio 'dari' bernilai nol; capaian tidak dapat dihitung. Periksa datanya.`,
            en: () => `The denominator of the 'dari' ratio is zero; the value cannot be computed. Check the data.`
        }
    }
});

export const DIRECTION_FORMULA = defineFinding({
    code: 'direction-formula',
    severity: 'error',
    title: { id: "Rumus arah turun ('rasio' atau 'selisih') pada indikator yang bukan arah turun", en: "A lower-is-better formula ('rasio' or 'selisih') on an indicator that is not 'arah turun'" },
    messages: {
        default: {
            id: p => `'${p.formula}' setelah 'arah ${p.direction}' tidak berlaku: rumus itu hanya untuk indikator 'arah turun', dan capaian ${p.subject} dihitung sebagai arah ${p.direction}. Hapus '${p.formula}', atau tulis 'arah turun ${p.formula}' bila makin kecil makin baik.`,
            en: p => `'${p.formula}' after 'arah ${p.direction}' has no effect: that formula is only for 'arah turun' (lower is better) indicators, and the achievement of ${p.subject} is computed as 'arah ${p.direction}'. Remove '${p.formula}', or write 'arah turun ${p.formula}' if lower is better.`
        }
    }
});

export const RANGE_TARGET = defineFinding({
    code: 'range-target',
    severity: 'error',
    title: { id: "Target rentang pada indikator yang bukan 'arah rentang' atau 'arah stabil', atau batas bawah di atas batas atas", en: "A range target on an indicator that is not 'arah rentang' or 'arah stabil', or a lower bound above the upper" },
    messages: {
        direction: {
            id: p => `Target rentang hanya untuk indikator dengan 'arah rentang' atau 'arah stabil'; ${p.subject} memakai arah ${p.direction}. Ubah arahnya atau tulis satu nilai target.`,
            en: p => `A range target needs 'arah rentang' or 'arah stabil'; ${p.subject} has direction ${p.direction}. Change the direction or give a single target.`
        },
        realisation: {
            id: p => `Realisasi ${p.subject} ditulis sebagai rentang; realisasi selalu satu nilai. Tulis nilai yang tercapai.`,
            en: p => `The realisation of ${p.subject} is written as a range; a realisation is always one value. Write the value reached.`
        },
        order: {
            id: p => `Batas bawah rentang (${p.lower}) di atas batas atasnya (${p.upper}). Tukar urutannya.`,
            en: p => `The lower bound of the range (${p.lower}) is above its upper bound (${p.upper}). Swap them.`
        }
    }
});

export const PERIOD_OUTSIDE = defineFinding({
    code: 'period-outside',
    severity: 'warning',
    title: { id: 'Tahun di luar periode Renstra/RPJMD organisasi', en: "A year outside the organisation's plan period" },
    messages: {
        default: {
            id: p => `Tahun ${p.year} di luar periode ${p.organisation} (${p.start} - ${p.end}). Periksa tahunnya atau periode Renstra/RPJMD.`,
            en: p => `Year ${p.year} is outside the period of ${p.organisation} (${p.start} - ${p.end}). Check the year or the plan period.`
        }
    }
});

export const MISSING_TARGET = defineFinding({
    code: 'missing-target',
    severity: 'warning',
    title: { id: 'Realisasi untuk tahun yang tidak bertarget', en: 'A realisation for a year without a target' },
    messages: {
        default: {
            id: p => `Ada realisasi ${p.subject} untuk ${p.period}, tetapi tidak ada target tahun ${p.year}. Tambahkan 'target ${p.year} …'.`,
            en: p => `${p.subject} has a realisation for ${p.period} but no target for ${p.year}. Add 'target ${p.year} …'.`
        }
    }
});

export const QUARTER_TARGET_MISMATCH = defineFinding({
    code: 'quarter-target-mismatch',
    severity: 'warning',
    title: { id: 'Target triwulan tidak sesuai dengan target tahunan', en: 'Quarter targets that do not match the annual target' },
    messages: {
        jumlah: {
            id: p => `Target triwulan ${p.subject} tahun ${p.year} berjumlah ${p.actual}, tidak sama dengan target tahunan ${p.annual} (akumulasi jumlah). Sesuaikan target triwulan.`,
            en: p => `The quarter targets of ${p.subject} for ${p.year} add up to ${p.actual}, not the annual target ${p.annual} (accumulation jumlah). Adjust the quarter targets.`
        },
        terakhir: {
            id: p => `Target triwulan terakhir ${p.subject} tahun ${p.year} (${p.quarter}: ${p.actual}) tidak sama dengan target tahunan ${p.annual} (akumulasi terakhir). Target tw4 harus sama dengan target tahunan.`,
            en: p => `The last quarter target of ${p.subject} for ${p.year} (${p.quarter}: ${p.actual}) differs from the annual target ${p.annual} (accumulation terakhir). The tw4 target must equal the annual target.`
        },
        'rata-rata': {
            id: p => `Rata-rata target triwulan ${p.subject} tahun ${p.year} adalah ${p.actual}, tidak sama dengan target tahunan ${p.annual} (akumulasi rata-rata). Sesuaikan target triwulan.`,
            en: p => `The quarter targets of ${p.subject} for ${p.year} average ${p.actual}, not the annual target ${p.annual} (accumulation rata-rata). Adjust the quarter targets.`
        }
    }
});

export const PERCENT_OVER_100 = defineFinding({
    code: 'percent-over-100',
    severity: 'warning',
    title: { id: 'Realisasi persen di atas 100', en: 'A percent realisation above 100' },
    messages: {
        default: {
            id: p => `Realisasi ${p.subject} ${p.value} di atas 100% untuk indikator bersatuan persen. Periksa datanya.`,
            en: p => `Realisation of ${p.subject} is ${p.value}, above 100% for a percent indicator. Check the data.`
        }
    }
});

export const MISSING_VALUE = defineFinding({
    code: 'missing-value',
    severity: 'error',
    title: { id: 'Realisasi tanpa nilai', en: 'A realisation without a value' },
    messages: {
        default: {
            id: p => `'${p.keyword} ${p.year}' tanpa nilai. Tulis nilainya (mis. '${p.keyword} ${p.year} 75') atau blok triwulan '{ tw1 … }'.`,
            en: p => `'${p.keyword} ${p.year}' has no value. Write the value (e.g. '${p.keyword} ${p.year} 75') or a quarter block '{ tw1 … }'.`
        },
        'quarter-block': {
            id: () => `Realisasi triwulan tidak boleh berisi blok triwulan lagi. Tulis 'realisasi TAHUN { tw1 … tw2 … }' atau satu baris per triwulan.`,
            en: () => `A quarter realisation cannot contain a quarter block. Write 'realisasi YEAR { tw1 … tw2 … }' or one line per quarter.`
        }
    }
});

export const QUALITATIVE_VALUE = defineFinding({
    code: 'qualitative-value',
    severity: 'error',
    title: { id: 'Nilai kualitatif yang tidak ada pada skala indikator, atau nilai yang tidak sesuai jenis indikatornya', en: "A qualitative value not on the indicator's scale, or a value of the wrong kind" },
    messages: {
        'not-on-scale': {
            id: p => `"${p.text}" tidak ada pada skala ${p.subject} (${p.scale}). Tulis salah satu nilai skala itu persis seperti ejaannya.`,
            en: p => `"${p.text}" is not on the scale of ${p.subject} (${p.scale}). Write one of the scale's values exactly as spelt.`
        },
        quoted: {
            id: p => `Nilai "${p.text}" ditulis dalam tanda petik, tetapi ${p.subject} bukan indikator kualitatif. Tulis angkanya tanpa tanda petik, atau beri indikator 'satuan predikat', 'satuan opini' atau 'skala "…" "…"'.`,
            en: p => `The value "${p.text}" is quoted, but ${p.subject} is not a qualitative indicator. Write the number without quotes, or give the indicator 'satuan predikat', 'satuan opini' or 'skala "…" "…"'.`
        },
        number: {
            id: p => `${p.subject} adalah indikator kualitatif (skala ${p.scale}); angka ${p.text} tidak ada pada skalanya. Tulis nilai skala dalam tanda petik, mis. "${p.example}".`,
            en: p => `${p.subject} is a qualitative indicator (scale ${p.scale}); the number ${p.text} is not on its scale. Write a value of the scale in quotes, e.g. "${p.example}".`
        },
        budget: {
            id: p => `Anggaran ${p.subject} ditulis "${p.text}"; pagu, realisasi dan belanja anggaran adalah angka rupiah. Tulis mis. 'Rp 1.500.000'.`,
            en: p => `The budget figure of ${p.subject} is written "${p.text}"; pagu, realisations and spending are rupiah amounts. Write e.g. 'Rp 1.500.000'.`
        }
    }
});

export const targetsFamily = defineFamily({
    name: 'targets',
    title: 'Indicators, targets, realisations and budget figures',
    findings: [DUPLICATE_PERIOD, MISSING_UNIT, RATIO_UNIT, DIRECTION_FORMULA, RANGE_TARGET, PERIOD_OUTSIDE, MISSING_TARGET, QUARTER_TARGET_MISMATCH, PERCENT_OVER_100, MISSING_VALUE, QUALITATIVE_VALUE],
    check: checkTargets
});

const fmt = (x: Exact) => formatIdNumber(x, { decimals: 2 });

/**
 * The token that names an entry's period: the year, the quarter, or the block item's name.
 * (Compares `$type`: these types have no subtypes, and the generated guards allocate.)
 */
export function entryProperty(source: AstNode): string {
    const type = source.$type;
    if (type === QuarterValue.$type) return 'quarter';
    if ((type === Realisasi.$type || type === Belanja.$type) && (source as Realisasi | Belanja).quarter) return 'quarter';
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
        const subject = info?.id ?? node.name;
        for (const pagu of node.ceilings) checkBudgetValue(subject, pagu.value, reporter);
        for (const r of node.spending) [r.value, ...r.quarters.map(q => q.value)].forEach(v => checkBudgetValue(subject, v, reporter));
        for (const b of node.expenditures) [b.value, ...b.quarters.map(q => q.value)].forEach(v => checkBudgetValue(subject, v, reporter));
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
            if ('direction' in target) checkQualitative(target, item.value, reporter);
            else checkBudgetValue(target.id, item.value, reporter);
            if (item.denominator && 'direction' in target) checkRatio(target, item.denominator, item, reporter);
            else if (item.denominator) reporter.report(RATIO_UNIT, 'unit', { subject: target.id, unit: 'rupiah' }, { node: item, property: 'denominator' });
        }
        const org = model.organisations.get(block.organisation?.$refText ?? '');
        const year = parseYear(block.year);
        if (org && year !== undefined) checkYearInPeriod(block, 'year', year, org, reporter);
    }
    const inThisDocument = (entry: { source: AstNode }) => AstUtils.findRootNode(entry.source) === root;
    for (const subject of subjects) {
        if ('direction' in subject) {
            checkEntries(subject.targets, 'target', subject, inThisDocument, reporter, () => undefined);
            checkEntries(subject.realisations, 'realisation', subject, inThisDocument, reporter, entry => {
                checkRealisation(subject, entry, reporter);
            });
            checkWrittenPeriods(subject.realisationPeriods, subject.realisations, 'realisation', subject, inThisDocument, reporter);
            // Months and s.d. figures as written (a quarter made of them may add up past 100 under jumlah).
            if (subject.unit?.percent) {
                for (const list of subject.realisationPeriods.values()) for (const p of list) {
                    if (inThisDocument(p) && p.value?.gt(Exact.HUNDRED)) {
                        reporter.report(PERCENT_OVER_100, 'default', { subject: subject.id, value: formatPercent(p.value) }, { node: p.source, property: 'value' });
                    }
                }
            }
        } else {
            checkEntries(subject.ceilings, 'pagu', subject, inThisDocument, reporter, () => undefined);
            checkEntries(subject.spending, 'spending', subject, inThisDocument, reporter, () => undefined);
            checkWrittenPeriods(subject.spendingPeriods, subject.spending, 'spending', subject, inThisDocument, reporter);
            checkWrittenPeriods(subject.expenditures, undefined, 'expenditure', subject, inThisDocument, reporter);
        }
    }
}

/**
 * `duplicate-period` among figures written for months or cumulatively (`s.d.`), and
 * `belanja`: one period written twice (on each, as for quarters), and a quarter written
 * as a quarter and through its months as well (once, on the quarter: the quarter's
 * figure is the one counted, the months are named).
 */
function checkWrittenPeriods(periods: Map<number, PeriodEntry[]>, quarters: Map<number, ValueEntry[]> | undefined, what: 'realisation' | 'spending' | 'expenditure',
    subject: IndicatorInfo | NodeInfo, inThisDocument: (entry: { source: AstNode }) => boolean, reporter: FindingReporter): void {
    const word = WORDS(reporter.language, what);
    for (const [year, list] of periods) {
        const groups = new Map<string, PeriodEntry[]>();
        for (const p of list) {
            const key = `${p.cumulative}|${p.span.first}|${p.span.last}`;
            const group = groups.get(key);
            if (group) group.push(p); else groups.set(key, [p]);
        }
        for (const group of groups.values()) {
            if (group.length < 2) continue;
            for (const p of group) {
                if (!inThisDocument(p)) continue;
                const others = reporter.otherPlaces(group, p.source, o => o.source, () => word);
                reporter.report(DUPLICATE_PERIOD, 'default', {
                    what: word, subject: subject.id, period: writtenPeriod(year, p), other: others.text
                }, { node: p.source, property: entryProperty(p.source), relatedInformation: others.relatedInformation });
            }
        }
        for (let q = 1; q <= 4; q++) {
            const months = list.filter(p => !p.cumulative && p.month !== undefined && quarterOfMonth(p.month) === q);
            if (!months.length) continue;
            // The quarter as written: a plain quarter statement (not made from months), or a `belanja twN`.
            const quarter = quarters
                ? quarters.get(periodKey(year, q))?.find(e => !e.derived)?.source
                : list.find(p => !p.cumulative && p.month === undefined && p.span.first === q * 3 - 2)?.source;
            if (!quarter || !inThisDocument({ source: quarter })) continue;
            const others = reporter.otherPlaces(months, undefined, o => o.source, () => word);
            reporter.report(DUPLICATE_PERIOD, 'default', {
                what: word, subject: subject.id, period: describePeriod(year, q), other: others.text
            }, { node: quarter, property: entryProperty(quarter), relatedInformation: others.relatedInformation });
        }
    }
}

/** `2025 sep`, `2025 s.d. tw2`: a period as written. */
function writtenPeriod(year: number, p: PeriodEntry): string {
    const text = p.month !== undefined ? monthLabel(p.month) : quarterLabel(quarterOfMonth(p.span.last));
    return `${year} ${p.cumulative ? 's.d. ' : ''}${text}`;
}

function checkEntries(map: Map<number, ValueEntry[]>, what: 'target' | 'realisation' | 'pagu' | 'spending', subject: IndicatorInfo | NodeInfo,
    inThisDocument: (entry: ValueEntry) => boolean, reporter: FindingReporter, each: (entry: ValueEntry) => void): void {
    for (const entries of map.values()) {
        for (const entry of entries) {
            if (!inThisDocument(entry)) continue;
            if (entries.length > 1) {
                const others = reporter.otherPlaces(entries, entry.source, o => o.source, () => WORDS(reporter.language, what));
                reporter.report(DUPLICATE_PERIOD, 'default', {
                    what: WORDS(reporter.language, what), subject: subject.id,
                    period: describePeriod(entry.year, entry.quarter), other: others.text
                }, { node: entry.source, property: entryProperty(entry.source), relatedInformation: others.relatedInformation });
            }
            each(entry);
        }
    }
}

function checkRealisation(indicator: IndicatorInfo, entry: ValueEntry, reporter: FindingReporter): void {
    const source = entry.source;
    // A year outside the plan period is period-outside: its missing target would repeat it.
    // A year whose only target is a revision has a target all the same.
    const targeted = indicator.targets.has(periodKey(entry.year)) || (indicator.targetRevisions.get(entry.year)?.length ?? 0) > 0;
    if (!targeted && inRange(indicator.organisation.period, entry.year)) {
        reporter.report(MISSING_TARGET, 'default', {
            subject: indicator.id, period: describePeriod(entry.year, entry.quarter), year: entry.year
        }, { node: source, property: entryProperty(source) });
    }
    if (indicator.unit?.percent && !entry.derived && entry.value && entry.value.gt(Exact.HUNDRED)
        // 66.850 for 66,850 %: one mistake, which suspicious-number names.
        && !(reporter.severityOf(SUSPICIOUS_NUMBER) !== 'off' && isSuspiciousNumber(indicator, entry, reporter.configOf(indicator.organisation)))) {
        reporter.report(PERCENT_OVER_100, 'default', { subject: indicator.id, value: formatPercent(entry.value) }, {
            node: source, property: 'value'
        });
    }
}

function checkYearInPeriod(node: AstNode, property: string, year: number, org: OrganisationInfo, reporter: FindingReporter): void {
    if (org.period && !inRange(org.period, year)) {
        reporter.report(PERIOD_OUTSIDE, 'default', {
            year, organisation: org.id, start: org.period.start, end: org.period.end
        }, { node, property });
    }
}

function checkIndicatorDeclaration(indicator: Indikator, info: IndicatorInfo | undefined, reporter: FindingReporter): void {
    // A nameless indicator is a syntax error already; one finding is enough.
    if (!indicator.unit && indicator.name && !reporter.hasSyntaxErrorIn(indicator)) {
        reporter.report(MISSING_UNIT, 'default', { subject: info?.id ?? indicator.name }, {
            node: indicator, property: 'name', data: { indicator: indicator.name }
        });
    }
    if (!info) return;
    if (indicator.lowerFormula && indicator.direction && indicator.direction !== 'turun') {
        reporter.report(DIRECTION_FORMULA, 'default', { subject: info.id, direction: indicator.direction, formula: indicator.lowerFormula }, { node: indicator, property: 'lowerFormula' });
    }
    for (const target of indicator.targets) {
        checkQualitative(info, target.value, reporter);
        target.quarters.forEach(q => checkQualitative(info, q.value, reporter));
        checkRange(info, target, reporter);
        target.quarters.forEach(q => checkRange(info, q, reporter));
        checkQuarterPlan(info, target, reporter);
    }
    for (const realisation of indicator.realisations) {
        checkQualitative(info, realisation.value, reporter);
        realisation.quarters.forEach(q => checkQualitative(info, q.value, reporter));
        checkRealisationShape(realisation, reporter);
        if (realisation.denominator) checkRatio(info, realisation.denominator, realisation, reporter);
        for (const q of realisation.quarters) {
            if (q.denominator) checkRatio(info, q.denominator, q, reporter);
            if (q.upper) reporter.report(RANGE_TARGET, 'realisation', { subject: info.id }, { node: q, property: 'upper' });
        }
    }
}

/**
 * `qualitative-value`: a word not on the indicator's scale, a quoted word on a numeric
 * indicator, or a number on a qualitative one. Each on the value; the engine gives such a
 * value no figure, so no achievement finding follows from it.
 */
function checkQualitative(indicator: IndicatorInfo, value: Value | undefined, reporter: FindingReporter): void {
    if (!value) return;
    const scale = indicator.scale;
    if (value.text !== undefined) {
        if (!scale) reporter.report(QUALITATIVE_VALUE, 'quoted', { text: value.text, subject: indicator.id }, { node: value });
        else if (!scale.includes(value.text)) reporter.report(QUALITATIVE_VALUE, 'not-on-scale', { text: value.text, subject: indicator.id, scale: scale.join(', ') }, { node: value });
    } else if (scale && value.number) {
        const text = `${value.negative ? '-' : ''}${value.number}${value.percent ? '%' : ''}`;
        reporter.report(QUALITATIVE_VALUE, 'number', { text, subject: indicator.id, scale: scale.join(', '), example: scale[scale.length - 1] }, { node: value });
    }
}

function checkBudgetValue(subject: string, value: Value | undefined, reporter: FindingReporter): void {
    if (value?.text !== undefined) reporter.report(QUALITATIVE_VALUE, 'budget', { text: value.text, subject }, { node: value });
}

function checkBudgetStatements(subject: string, spending: Realisasi[], reporter: FindingReporter): void {
    for (const realisation of spending) {
        checkRealisationShape(realisation, reporter);
        const ratios = [realisation, ...realisation.quarters].filter(r => r.denominator);
        for (const r of ratios) {
            reporter.report(RATIO_UNIT, 'unit', { subject, unit: 'rupiah' }, { node: r, property: 'denominator' });
        }
    }
}

function checkRealisationShape(realisation: Realisasi, reporter: FindingReporter): void {
    if (!realisation.value && realisation.quarters.length === 0) {
        const period = realisation.quarter ? `${realisation.year} ${realisation.quarter}` : realisation.year;
        reporter.report(MISSING_VALUE, 'default', { keyword: 'realisasi', year: period }, { node: realisation, property: 'year' });
    }
    if (realisation.quarter && realisation.quarters.length > 0) {
        reporter.report(MISSING_VALUE, 'quarter-block', {}, { node: realisation, property: 'quarters', index: 0 });
    }
}

function checkRatio(indicator: IndicatorInfo, denominator: Value, node: AstNode, reporter: FindingReporter): void {
    if (indicator.unit && !indicator.unit.percent) {
        reporter.report(RATIO_UNIT, 'unit', { subject: indicator.id, unit: indicator.unit.name }, { node, property: 'denominator' });
    } else if (parseValue(denominator)?.isZero()) {
        reporter.report(RATIO_UNIT, 'zero', {}, { node, property: 'denominator' });
    }
}

function checkRange(indicator: IndicatorInfo, target: Target | QuarterValue, reporter: FindingReporter): void {
    if (!target.upper) return;
    // `stabil` keeps inside a band (inflation 2 - 4); a single value is a band of one value.
    if (indicator.direction !== 'rentang' && indicator.direction !== 'stabil') {
        reporter.report(RANGE_TARGET, 'direction', { subject: indicator.id, direction: indicator.direction }, { node: target, property: 'upper' });
        return;
    }
    const lower = parseValue(target.value);
    const upper = parseValue(target.upper);
    if (lower && upper && lower.gt(upper)) {
        reporter.report(RANGE_TARGET, 'order', { lower: fmt(lower), upper: fmt(upper) }, { node: target, property: 'upper' });
    }
}

/**
 * Quarter targets must add up to (jumlah), end at (terakhir) or average (rata-rata) the
 * annual target. Each target statement is judged on its own: the original with its
 * quarters, and each revision with the quarter plan in force once it applies (the
 * quarters it states, the others as they stood before it).
 */
function checkQuarterPlan(indicator: IndicatorInfo, target: Target, reporter: FindingReporter): void {
    const year = parseYear(target.year);
    const annual = parseValue(target.value);
    if (year === undefined || !annual) return;
    if (target.quarters.some(q => !parseValue(q.value))) return;   // number-format reported elsewhere
    if (accumulationGuessed(indicator)) return;   // missing-unit says what is missing
    if (indicator.scale) return;   // words on a scale do not add up
    const plan = quarterPlanOf(indicator, year, target);
    if (!plan || (target.quarters.length === 0 && target.revised === undefined)) return;
    const mode = indicator.accumulation;
    const entries = [...plan.values()].filter(e => e.value);
    if (!entries.length) return;
    let value = Exact.ZERO;
    let upper = Exact.ZERO;
    for (const e of entries) {
        value = value.add(e.value!);
        upper = upper.add(e.upper ?? e.value!);
    }
    const last = entries[entries.length - 1];
    if (mode === 'terakhir') {
        value = last.value!;
        upper = last.upper ?? last.value!;
    } else if (mode === 'rata-rata') {
        const n = Exact.of(entries.length);
        value = value.div(n)!;
        upper = upper.div(n)!;
    }
    // Ranges compare both bounds; a single value is a range with equal bounds.
    const annualUpper = parseValue(target.upper) ?? annual;
    if (value.eq(annual) && upper.eq(annualUpper)) return;
    const range = (low: Exact, high: Exact) => low.eq(high) ? fmt(low) : `${fmt(low)} - ${fmt(high)}`;
    reporter.report(QUARTER_TARGET_MISMATCH, mode, {
        subject: indicator.id, year, actual: range(value, upper), annual: range(annual, annualUpper), quarter: quarterLabel(last.quarter ?? 4)
    }, { node: target, property: 'year', data: { mode, annual: target.value.number } });
}

/**
 * The quarter targets a target statement sets, by quarter in order: an original's own
 * (quarters made from months included); a revision's, the quarters it states over those
 * in force before it. Undefined when the statement is not the indicator's (a duplicate).
 */
function quarterPlanOf(indicator: IndicatorInfo, year: number, target: Target): Map<number, ValueEntry> | undefined {
    const plan = new Map<number, ValueEntry>();
    const put = (quarter: number, entry: ValueEntry | undefined) => { if (entry) plan.set(quarter, entry); };
    const own = (quarter: number) => indicator.targets.get(periodKey(year, quarter))?.find(e => e.source === target || e.source.$container === target);
    if (target.revised === undefined) {
        for (let q = 1; q <= 4; q++) put(q, own(q));
        return plan.size ? plan : undefined;
    }
    const revisions = indicator.targetRevisions.get(year) ?? [];
    const index = revisions.findIndex(r => r.source === target);
    if (index < 0) return undefined;
    for (let q = 1; q <= 4; q++) put(q, indicator.targets.get(periodKey(year, q))?.[0]);
    for (const revision of revisions.slice(0, index + 1)) {
        for (let q = 1; q <= 4; q++) put(q, revision.entries.get(periodKey(year, q)));
    }
    return new Map([...plan].sort((a, b) => a[0] - b[0]));
}

