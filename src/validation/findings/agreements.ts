/**
 * Performance agreement findings: `pk-missing` (on the position of an echelon II–IV
 * official who owns targets for a year without a `perjanjian` for it), `pk-unsigned`
 * (a `perjanjian` without `ditandatangani`), and a second agreement for the same
 * position and year (`duplicate-period`). Years outside the agency period are
 * `period-outside`.
 */
import { isPerjanjian, type Model, type Perjanjian } from '../../language/generated/ast.js';
import type { PositionInfo, WorkspaceModel } from '../../engine/model.js';
import { inRange, yearOfKey } from '../../engine/periods.js';
import { positionsIn, levelName } from './organisation.js';
import type { FindingReporter } from '../reporter.js';

/** Years for which the position owns indicator targets. */
export function targetYearsOf(model: WorkspaceModel, position: PositionInfo): number[] {
    const years = new Set<number>();
    for (const node of model.ownedNodes.get(position.id) ?? []) {
        for (const indicator of node.indicators) {
            for (const key of indicator.targets.keys()) years.add(yearOfKey(key));
        }
    }
    return [...years].sort((a, b) => a - b);
}

export function hasAgreement(model: WorkspaceModel, positionId: string, year: number): boolean {
    return model.agreementsByKey.has(`${positionId}|${year}`);
}

export function checkAgreements(root: Model, model: WorkspaceModel, reporter: FindingReporter): void {
    for (const position of positionsIn(root, model)) {
        if (position.level === undefined || position.level < 2 || position.level > 4) continue;
        for (const year of targetYearsOf(model, position)) {
            if (hasAgreement(model, position.id, year)) continue;
            reporter.report('pk-missing', 'pk-missing', { subject: position.id, year, level: levelName(reporter, position.level) }, {
                node: position.ast, property: 'name', data: { position: position.id, year }
            });
        }
    }
    for (const element of root.elements) {
        if (!isPerjanjian(element)) continue;
        checkAgreement(element, model, reporter);
    }
}

function checkAgreement(agreement: Perjanjian, model: WorkspaceModel, reporter: FindingReporter): void {
    const positionId = agreement.position?.$refText;
    const year = Number(agreement.year);
    if (!positionId || !Number.isInteger(year)) return;
    if (!agreement.signed) {
        reporter.report('pk-unsigned', 'pk-unsigned', { subject: positionId, year }, { node: agreement, property: 'position' });
    }
    const same = model.agreementsByKey.get(`${positionId}|${year}`) ?? [];
    if (same.length > 1) {
        const others = same.filter(a => a.ast !== agreement);
        reporter.report('duplicate-period', 'pk-duplicate', {
            subject: positionId, year, other: others.map(o => reporter.locationText(o.ast)).join(', ')
        }, {
            node: agreement, property: 'year',
            relatedInformation: others.map(o => reporter.related(o.ast, positionId)).filter(r => r !== undefined)
        });
    }
    const org = model.positions.get(positionId)?.organisation;
    if (org?.period && !inRange(org.period, year)) {
        reporter.report('period-outside', 'period-outside', { year, organisation: org.id, start: org.period.start, end: org.period.end }, {
            node: agreement, property: 'year'
        });
    }
}
