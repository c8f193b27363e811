/**
 * Achievement findings: `low-achievement` and `over-achievement` on the final annual
 * figure (the year-level realisation, or the tw4 one), `behind-schedule` during the year
 * on the latest reported quarter, judged against the quarter plan. Each is reported on
 * the `realisasi` line (or the `realisasi` block item) that holds the figure.
 */
import { AstUtils } from 'langium';
import { Exact } from '../../common/exact.js';
import { formatIdNumber, formatPercent } from '../../common/id-number.js';
import type { Model } from '../../language/generated/ast.js';
import { categoryLabel } from '../../engine/config.js';
import { contentsOf } from '../document-contents.js';
import { category, isAbove, isBelow, type TargetValue } from '../../engine/achievement.js';
import { evaluateIndicator } from '../../engine/aggregation.js';
import { accumulationGuessed, type IndicatorInfo, type WorkspaceModel } from '../../engine/model.js';
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

export const achievementFamily = defineFamily({
    name: 'achievement',
    title: 'Achievement',
    findings: [LOW_ACHIEVEMENT, OVER_ACHIEVEMENT, BEHIND_SCHEDULE],
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

export function checkAchievement(root: Model, model: WorkspaceModel, reporter: FindingReporter): void {
    for (const indicator of indicatorSubjects(root, model)) {
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
                    target: target(e.target), realisation: value(e.realisation)
                };
                const info = { node: entry.source, property: entryProperty(entry.source) };
                if (below) reporter.report(LOW_ACHIEVEMENT, 'default', { ...params, threshold: formatPercent(Exact.of(low)) }, info);
                else reporter.report(OVER_ACHIEVEMENT, 'default', { ...params, threshold: formatPercent(Exact.of(high)) }, info);
            } else if (e.quarter && e.quarterAchievement.computable && isBelow(e.quarterAchievement.value, low)) {
                const entry = indicator.realisations.get(periodKey(year, e.quarter))?.[0];
                if (!entry || AstUtils.findRootNode(entry.source) !== root) continue;
                reporter.report(BEHIND_SCHEDULE, 'default', {
                    subject: indicator.id, period: describePeriod(year, e.quarter), achievement: formatPercent(e.quarterAchievement.value),
                    target: target(e.quarterTarget), realisation: value(e.quarterRealisation), threshold: formatPercent(Exact.of(low))
                }, { node: entry.source, property: entryProperty(entry.source) });
            }
        }
    }
}
