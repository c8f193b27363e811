/**
 * Organisation chart findings: `atasan-cycle` and `atasan-echelon`, on the `atasan`
 * reference of the positions this document declares, with the superior as related
 * information.
 */
import { isInstansi, type Model } from '../../language/generated/ast.js';
import { positionGraph } from '../../engine/hierarchy.js';
import type { PositionInfo, WorkspaceModel } from '../../engine/model.js';
import type { FindingReporter } from '../reporter.js';

export function levelName(reporter: FindingReporter, level: number | undefined): string {
    return level ? reporter.text(`level.${level}`) : '?';
}

/** The positions declared in this document, in model form. */
export function positionsIn(root: Model, model: WorkspaceModel): PositionInfo[] {
    const result: PositionInfo[] = [];
    for (const element of root.elements) {
        if (!isInstansi(element)) continue;
        for (const position of element.positions) {
            const info = model.positionByAst.get(position);
            if (info) result.push(info);
        }
    }
    return result;
}

export function checkOrganisation(root: Model, model: WorkspaceModel, reporter: FindingReporter): void {
    const graph = positionGraph(model);
    for (const position of positionsIn(root, model)) {
        const superior = position.superiorId ? model.positions.get(position.superiorId) : undefined;
        if (!superior || !position.ast.superior) continue;
        const related = () => {
            const information = reporter.related(superior.ast, superior.id);
            return information ? [information] : [];
        };
        if (graph.inCycle.has(position)) {
            const chain = [position.ast.name];
            let s = graph.superiorOf(position);
            for (; s && s !== position && chain.length < 8; s = graph.superiorOf(s)) chain.push(s.ast.name);
            if (s !== position) chain.push('…');
            reporter.report('atasan-cycle', 'atasan-cycle', {
                subject: position.id, chain: [...chain, position.ast.name].join(' → ')
            }, { node: position.ast, property: 'superior', relatedInformation: related() });
            continue;
        }
        if (position.level !== undefined && superior.level !== undefined && superior.level >= position.level) {
            reporter.report('atasan-echelon', 'atasan-echelon', {
                subject: position.id, level: levelName(reporter, position.level),
                superior: superior.id, superiorLevel: levelName(reporter, superior.level)
            }, { node: position.ast, property: 'superior', relatedInformation: related() });
        }
    }
}
