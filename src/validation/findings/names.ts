/**
 * Names: one namespace per organisation across all its files (`duplicate-name`), one
 * declaring block per organisation, and continuations only of declared agencies
 * (`missing-declaration`).
 */
import type { AstNode } from 'langium';
import { contentsOf } from '../document-contents.js';
import { isInstansi, isPemda, type Model } from '../../language/generated/ast.js';
import type { OrganisationInfo, WorkspaceModel } from '../../engine/model.js';
import type { FindingReporter } from '../reporter.js';

type Named = AstNode & { name: string };

const namesCache = new WeakMap<OrganisationInfo, Map<string, Named[]>>();

/** Every named element of an organisation per qualified name (positions, nodes, indicators). */
export function namedElements(org: OrganisationInfo): Map<string, Named[]> {
    let names = namesCache.get(org);
    if (!names) {
        names = new Map();
        const add = (id: string, ast: Named) => {
            const list = names!.get(id);
            if (list) list.push(ast); else names!.set(id, [ast]);
        };
        for (const p of org.positions) add(p.id, p.ast);
        for (const n of org.nodes) add(n.id, n.ast);
        for (const i of org.indicators) add(i.id, i.ast);
        namesCache.set(org, names);
    }
    return names;
}

export function checkNames(root: Model, model: WorkspaceModel, reporter: FindingReporter): void {
    for (const element of root.elements) {
        if (!(isPemda(element) || isInstansi(element)) || !element.name) continue;
        const org = model.organisations.get(element.name);
        if (!org) continue;
        const declaring = org.parts.filter(p => isPemda(p) || p.title !== undefined);
        if (declaring.length > 1 && declaring.includes(element)) {
            const others = declaring.filter(p => p !== element);
            reporter.report('duplicate-name', 'duplicate-name.organisation', {
                organisation: org.id, other: others.map(o => reporter.locationText(o)).join(', ')
            }, { node: element, property: 'name', relatedInformation: others.map(o => reporter.related(o, org.id)).filter(r => r !== undefined) });
        }
        if (declaring.length === 0) {
            reporter.report('missing-declaration', 'missing-declaration', { organisation: org.id }, { node: element, property: 'name' });
        }
    }
    for (const { node: child, organisation } of contentsOf(root).named) {
        const name = child.name;
        const org = model.organisations.get(organisation);
        const same = org ? namedElements(org).get(`${organisation}.${name}`) : undefined;
        if (!same || same.length < 2) continue;
        const others = same.filter(s => s !== child);
        reporter.report('duplicate-name', 'duplicate-name', {
            name, organisation, other: others.map(o => reporter.locationText(o)).join(', ')
        }, { node: child, property: 'name', relatedInformation: others.map(o => reporter.related(o, name)).filter(r => r !== undefined) });
    }
}
