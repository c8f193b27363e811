/**
 * Achievement findings: `low-achievement` and `over-achievement` on the final annual
 * figure (the year-level realisation, or the tw4 one), `behind-schedule` during the year
 * on the latest reported quarter, judged against the quarter plan. Each is reported on
 * the `realisasi` line (or the `realisasi` block item) that holds the figure.
 * `negative-value` on a value for which the formula has no meaning (a negative target).
 */
import { AstUtils } from 'langium';
import { Exact } from '../../common/exact.js';
import { formatIdNumber, formatPercent } from '../../common/id-number.js';
import type { Model, Value } from '../../language/generated/ast.js';
import { categoryLabel, type KinerjaConfig } from '../../engine/config.js';
import { scaleWord } from '../../engine/scale.js';
import { contentsOf } from '../document-contents.js';
import { category, indicatorAchievement, isAbove, isBelow, type TargetValue } from '../../engine/achievement.js';
import { evaluateIndicator, type IndicatorEvaluation } from '../../engine/aggregation.js';
import { accumulationGuessed, type IndicatorInfo, type ValueEntry, type WorkspaceModel } from '../../engine/model.js';
import { describePeriod, periodKey, yearOfKey } from '../../engine/periods.js';
import { entryProperty } from './targets.js';
import type { FindingReporter } from '../reporter.js';
import { defineFamily, defineFinding } from '../finding-definition.js';

export const LOW_ACHIEVEMENT = defineFinding({
    code: 'low-achievement',
    severity: 'warning',
    title: { id: 'Capaian tahunan akhir di bawah batas bawah', en: 'Final annual achievement below the lower threshold' },
    messages: {
        default: {
            id: p => `Capaian ${p.subject} tahun ${p.year} ${p.achievement} (${p.category}), di bawah batas ${p.threshold}: target ${p.target}, realisasi ${p.realisation}. Jelaskan penyebab dan rencana perbaikan di LKjIP.`,
            en: p => `Achievement of ${p.subject} for ${p.year} is ${p.achievement} (${p.category}), below ${p.threshold}: target ${p.target}, realisation ${p.realisation}. Explain the cause and the remedy in the LKjIP.`
        }
    }
});

export const OVER_ACHIEVEMENT = defineFinding({
    code: 'over-achievement',
    severity: 'warning',
    title: { id: 'Capaian tahunan akhir di atas batas atas: periksa penulisan angka, data dan rumus', en: 'Final annual achievement above the upper threshold: check the notation, the data and the formula' },
    messages: {
        default: {
            id: p => `Capaian ${p.subject} tahun ${p.year} ${p.achievement}, di atas batas ${p.threshold}: target ${p.target}, realisasi ${p.realisation}. Periksa dulu penulisan angkanya (desimal memakai koma: 71,43; titik memisahkan ribuan, jadi 71.430 berarti 71 ribu), datanya, serta rumus dan arah indikatornya. Bila semuanya benar, target kemungkinan terlalu rendah: tinjau target tahun berikutnya.`,
            en: p => `Achievement of ${p.subject} for ${p.year} is ${p.achievement}, above ${p.threshold}: target ${p.target}, realisation ${p.realisation}. Check the number's notation first (decimals take a comma: 71,43; a dot separates thousands, so 71.430 means 71 thousand), the data, and the indicator's formula and direction. If all are right, the target was likely set too low: review next year's target.`
        }
    }
});

export const SUSPICIOUS_NUMBER = defineFinding({
    code: 'suspicious-number',
    severity: 'warning',
    title: { id: 'Angka bertitik ribuan yang kemungkinan desimal dalam notasi Inggris', en: 'A number with thousands dots that is most likely a decimal in English notation' },
    messages: {
        default: {
            id: p => `Realisasi ${p.subject} tahun ${p.year} ditulis ${p.written}: titik memisahkan ribuan, jadi capaiannya ${p.achievement}, di atas batas ${p.threshold}; sebagai desimal ${p.suggested} capaiannya ${p.decimalAchievement} (target ${p.target}). Angka ini kemungkinan disalin dari lembar kerja bernotasi Inggris: bila maksudnya desimal, tulis ${p.suggested}.`,
            en: p => `The realisation of ${p.subject} for ${p.year} is written ${p.written}: a dot separates thousands, so its achievement is ${p.achievement}, above ${p.threshold}; as the decimal ${p.suggested} it is ${p.decimalAchievement} (target ${p.target}). The number was most likely copied from a spreadsheet in English notation: if a decimal is meant, write ${p.suggested}.`
        }
    }
});

export const BEHIND_SCHEDULE = defineFinding({
    code: 'behind-schedule',
    severity: 'warning',
    title: { id: 'Capaian terhadap rencana triwulan di bawah batas bawah', en: 'Achievement against the quarter plan below the lower threshold' },
    messages: {
        default: {
            id: p => `${p.subject} tertinggal dari rencana: capaian s.d. ${p.period} ${p.achievement} terhadap rencana triwulan (target ${p.target}, realisasi ${p.realisation}), di bawah ${p.threshold}. Percepat atau perbarui realisasi.`,
            en: p => `${p.subject} is behind plan: achievement up to ${p.period} is ${p.achievement} against the quarter plan (target ${p.target}, realisation ${p.realisation}), below ${p.threshold}. Speed up or update the realisation.`
        }
    }
});

export const NEGATIVE_VALUE = defineFinding({
    code: 'negative-value',
    severity: 'warning',
    title: { id: 'Nilai negatif yang membuat rumus capaian tidak bermakna', en: 'A negative value for which the achievement formula has no meaning' },
    messages: {
        target: {
            id: p => `Target ${p.subject} ${p.period} bernilai negatif (${p.value}): capaian adalah perbandingan realisasi dengan target, dan dengan target negatif hasilnya terbalik (realisasi yang lebih buruk tampak lebih tinggi), jadi capaiannya tidak dihitung. Nyatakan indikator dengan besaran positif, mis. besarnya penurunan dengan arah naik, atau nilai tingkatnya dengan arah turun.`,
            en: p => `The target of ${p.subject} for ${p.period} is negative (${p.value}): achievement is the realisation's ratio to the target, and a negative target turns it round (a worse result shows higher), so the achievement is not computed. State the indicator as a positive quantity, e.g. the size of the decrease with arah naik, or the level itself with arah turun.`
        },
        range: {
            id: p => `Target rentang ${p.subject} ${p.period} mempunyai batas negatif (${p.value}): di dalam rentang capaiannya 100%, tetapi di luar batas yang negatif perbandingan realisasi dengan batas itu terbalik, jadi capaian di sana tidak dihitung. Bila memungkinkan, nyatakan rentang dengan besaran positif.`,
            en: p => `The range target of ${p.subject} for ${p.period} has a negative bound (${p.value}): inside the range the achievement is 100%, but beyond a negative bound the ratio of the realisation to it turns round, so the achievement there is not computed. If possible, state the range as a positive quantity.`
        },
        realisation: {
            id: p => `Realisasi ${p.subject} ${p.period} bernilai negatif (${p.value}), sedangkan rumus arah turun proyek ini target/realisasi ("negativeFormula": "T/R"): dengan realisasi negatif hasilnya tidak bermakna, jadi capaiannya tidak dihitung. Periksa datanya, atau pakai rumus 2T − R.`,
            en: p => `The realisation of ${p.subject} for ${p.period} is negative (${p.value}), and this project's formula for arah turun is target/realisation ("negativeFormula": "T/R"): with a negative realisation it has no meaning, so the achievement is not computed. Check the data, or use the 2T − R formula.`
        }
    }
});

export const achievementFamily = defineFamily({
    name: 'achievement',
    title: 'Achievement',
    findings: [LOW_ACHIEVEMENT, OVER_ACHIEVEMENT, SUSPICIOUS_NUMBER, BEHIND_SCHEDULE, NEGATIVE_VALUE],
    check: checkAchievement
});

function indicatorSubjects(root: Model, model: WorkspaceModel): Set<IndicatorInfo> {
    const subjects = new Set<IndicatorInfo>();
    const contents = contentsOf(root);
    for (const indicator of contents.indicators) {
        const info = model.byAst.get(indicator);
        if (info && 'direction' in info) subjects.add(info);
    }
    for (const block of contents.blocks) {
        for (const item of block.items) {
            const target = model.itemTargets.get(item);
            if (target && 'direction' in target) subjects.add(target);
        }
    }
    return subjects;
}

const value = (x: Exact | undefined) => x ? formatIdNumber(x, { decimals: 2 }) : '-';
const target = (t: TargetValue | undefined) => t ? (t.upper ? `${value(t.value)} - ${value(t.upper)}` : value(t.value)) : '-';
/** A figure as users wrote it: a word of the indicator's scale, or the number. */
const figure = (indicator: IndicatorInfo, x: Exact | undefined) => indicator.scale && x ? scaleWord(indicator.scale, x) ?? value(x) : value(x);
const targetFigure = (indicator: IndicatorInfo, t: TargetValue | undefined) => indicator.scale && t && !t.upper ? figure(indicator, t.value) : target(t);

/**
 * Whether `entry` is the final figure of its year and `suspicious-number` stands on it (the
 * achievement above the upper threshold as written, within it as a decimal): other
 * findings on the same value (percent-over-100) leave it to that one.
 */
export function isSuspiciousNumber(indicator: IndicatorInfo, entry: ValueEntry, config: KinerjaConfig): boolean {
    if (accumulationGuessed(indicator) && entry.quarter !== undefined) return false;
    const final = indicator.realisations.get(periodKey(entry.year))?.[0] ?? indicator.realisations.get(periodKey(entry.year, 4))?.[0];
    if (final !== entry) return false;
    const e = evaluateIndicator(indicator, entry.year, config);
    if (!e.final || !e.achievement.computable || !isAbove(e.achievement.value, config.thresholds.high)) return false;
    return decimalReading(indicator, entry, e, config) !== undefined;
}

/** One group of thousands and nothing else (`66.850`): a decimal in English notation, or a thousand-odd. */
const DOT_GROUP = /^(\d{1,3})\.(\d{3})$/;

/**
 * `suspicious-number`: the statement's number is written with one dot group and the
 * figure judged is that number: the achievement it would have read as a decimal, when
 * that is within the upper threshold; else undefined (over-achievement stands).
 */
function decimalReading(indicator: IndicatorInfo, entry: ValueEntry, e: IndicatorEvaluation, config: KinerjaConfig): { written: Value; decimal: Exact; achievement: Exact } | undefined {
    const written = (entry.source as { value?: Value }).value;
    if (!written?.number || written.negative || written.percent || written.rupiah) return undefined;
    const m = DOT_GROUP.exec(written.number);
    if (!m || !entry.value || !e.realisation?.eq(entry.value)) return undefined;
    const decimal = Exact.fromDecimalString(`${m[1]}.${m[2]}`);
    const a = indicatorAchievement(indicator, e.target, decimal, config);
    if (!a.computable || isAbove(a.value, config.thresholds.high)) return undefined;
    return { written, decimal, achievement: a.value };
}

/**
 * `negative-value`: the statements of this document for which the achievement formula
 * has no meaning (engine/achievement.ts): a negative target of a `naik` or `turun`
 * indicator, a negative bound of a `rentang` target, and with the T/R formula a negative
 * realisation of a `turun` indicator. Each on its value.
 */
function checkNegativeValues(indicator: IndicatorInfo, root: Model, reporter: FindingReporter): void {
    const here = (entry: ValueEntry) => AstUtils.findRootNode(entry.source) === root;
    const params = (entry: ValueEntry, x: Exact) => ({ subject: indicator.id, period: describePeriod(entry.year, entry.quarter), value: value(x) });
    const revised = [...indicator.targetRevisions.values()].flatMap(list => list.flatMap(r => [...r.entries.values()]));
    for (const entries of [...indicator.targets.values(), revised]) {
        for (const entry of entries) {
            if (!entry.value || !here(entry)) continue;
            if (indicator.direction === 'rentang') {
                const negative = entry.value.isNegative() ? entry.value : entry.upper?.isNegative() ? entry.upper : undefined;
                if (negative) reporter.report(NEGATIVE_VALUE, 'range', params(entry, negative), { node: entry.source, property: negative === entry.value ? 'value' : 'upper' });
            } else if (entry.value.isNegative()) {
                reporter.report(NEGATIVE_VALUE, 'target', params(entry, entry.value), { node: entry.source, property: 'value' });
            }
        }
    }
    // The indicator's own formula (`arah turun rasio|selisih`) before the project's.
    if (indicator.direction !== 'turun' || (indicator.lowerFormula ?? reporter.configOf(indicator.organisation).negativeFormula) !== 'T/R') return;
    for (const entries of indicator.realisations.values()) {
        for (const entry of entries) {
            if (entry.value?.isNegative() && here(entry)) {
                reporter.report(NEGATIVE_VALUE, 'realisation', params(entry, entry.value), { node: entry.source, property: 'value' });
            }
        }
    }
}

export function checkAchievement(root: Model, model: WorkspaceModel, reporter: FindingReporter): void {
    for (const indicator of indicatorSubjects(root, model)) {
        checkNegativeValues(indicator, root, reporter);
        // `arah naik rasio`: which direction was meant is `direction-formula`'s question; an achievement judged on either would be a guess.
        if (indicator.lowerFormula && indicator.direction !== 'turun') continue;
        const config = reporter.configOf(indicator.organisation);
        const { low, high } = config.thresholds;
        const years = new Set([...indicator.realisations.keys()].map(yearOfKey));
        // Without satuan or akumulasi, how quarters add up is a guess: only a year-level figure is judged.
        const guessed = accumulationGuessed(indicator);
        for (const year of years) {
            const e = evaluateIndicator(indicator, year, config);
            if (guessed && !indicator.realisations.has(periodKey(year))) continue;
            if (e.final) {
                if (!e.achievement.computable) continue;
                const entry = indicator.realisations.get(periodKey(year))?.[0] ?? indicator.realisations.get(periodKey(year, 4))?.[0];
                if (!entry || AstUtils.findRootNode(entry.source) !== root) continue;
                const a = e.achievement.value;
                const below = isBelow(a, low);
                if (!below && !isAbove(a, high)) continue;
                // The texts are made only for a finding (most indicators have none).
                const params = {
                    subject: indicator.id, year, achievement: formatPercent(a), category: categoryLabel(category(a, config), reporter.language),
                    target: targetFigure(indicator, e.target), realisation: figure(indicator, e.realisation)
                };
                const info = { node: entry.source, property: entryProperty(entry.source) };
                if (below) {
                    reporter.report(LOW_ACHIEVEMENT, 'default', { ...params, threshold: formatPercent(Exact.of(low)) }, info);
                    continue;
                }
                const reading = decimalReading(indicator, entry, e, config);
                if (reading) {
                    const suggested = reading.written.number!.replace('.', ',');
                    reporter.report(SUSPICIOUS_NUMBER, 'default', {
                        subject: indicator.id, year, written: reading.written.number!, achievement: formatPercent(a),
                        threshold: formatPercent(Exact.of(high)), suggested, decimalAchievement: formatPercent(reading.achievement), target: params.target
                    }, { node: reading.written, property: 'number', data: { replacement: suggested } });
                } else {
                    reporter.report(OVER_ACHIEVEMENT, 'default', { ...params, threshold: formatPercent(Exact.of(high)) }, info);
                }
            } else if (e.quarter) {
                // During the year, the quarter plan in force at the latest quarter reported (a revision from its date on).
                const q = e.quarter < 4 ? evaluateIndicator(indicator, year, config, e.quarter) : e;
                if (!q.quarter || !q.quarterAchievement.computable || !isBelow(q.quarterAchievement.value, low)) continue;
                const entry = indicator.realisations.get(periodKey(year, q.quarter))?.[0];
                if (!entry || AstUtils.findRootNode(entry.source) !== root) continue;
                reporter.report(BEHIND_SCHEDULE, 'default', {
                    subject: indicator.id, period: describePeriod(year, q.quarter), achievement: formatPercent(q.quarterAchievement.value),
                    target: targetFigure(indicator, q.quarterTarget), realisation: figure(indicator, q.quarterRealisation), threshold: formatPercent(Exact.of(low))
                }, { node: entry.source, property: entryProperty(entry.source) });
            }
        }
    }
}
