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
import type { IndicatorInfo, WorkspaceModel } from '../../engine/model.js';
import { describePeriod, periodKey, yearOfKey } from '../../engine/periods.js';
import { entryProperty } from './targets.js';
import type { FindingReporter } from '../reporter.js';

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
    const { low, high } = reporter.config.thresholds;
    for (const indicator of indicatorSubjects(root, model)) {
        const years = new Set([...indicator.realisations.keys()].map(yearOfKey));
        for (const year of years) {
            const e = evaluateIndicator(indicator, year, reporter.config);
            if (e.final) {
                if (!e.achievement.computable) continue;
                const entry = indicator.realisations.get(periodKey(year))?.[0] ?? indicator.realisations.get(periodKey(year, 4))?.[0];
                if (!entry || AstUtils.findRootNode(entry.source) !== root) continue;
                const a = e.achievement.value;
                const below = isBelow(a, low);
                if (!below && !isAbove(a, high)) continue;
                // The texts are made only for a finding (most indicators have none).
                const params = {
                    subject: indicator.id, year, achievement: formatPercent(a), category: categoryLabel(category(a, reporter.config), reporter.language),
                    target: target(e.target), realisation: value(e.realisation)
                };
                const info = { node: entry.source, property: entryProperty(entry.source) };
                if (below) reporter.report('low-achievement', 'low-achievement', { ...params, threshold: formatPercent(Exact.of(low)) }, info);
                else reporter.report('over-achievement', 'over-achievement', { ...params, threshold: formatPercent(Exact.of(high)) }, info);
            } else if (e.quarter && e.quarterAchievement.computable && isBelow(e.quarterAchievement.value, low)) {
                const entry = indicator.realisations.get(periodKey(year, e.quarter))?.[0];
                if (!entry || AstUtils.findRootNode(entry.source) !== root) continue;
                reporter.report('behind-schedule', 'behind-schedule', {
                    subject: indicator.id, period: describePeriod(year, e.quarter), achievement: formatPercent(e.quarterAchievement.value),
                    target: target(e.quarterTarget), realisation: value(e.quarterRealisation), threshold: formatPercent(Exact.of(low))
                }, { node: entry.source, property: entryProperty(entry.source) });
            }
        }
    }
}
