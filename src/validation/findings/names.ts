/**
 * Names: one namespace per organisation across all its files (`duplicate-name`), one
 * declaring block per organisation, and continuations only of declared agencies
 * (`missing-declaration`).
 */
import type { AstNode } from 'langium';
import { contentsOf } from '../document-contents.js';
import { isInstansi, isPemda, type Instansi, type Model, type Pemda } from '../../language/generated/ast.js';
import type { OrganisationInfo, WorkspaceModel } from '../../engine/model.js';
import type { FindingReporter } from '../reporter.js';
import { defineFamily, defineFinding } from '../finding-definition.js';

export const DUPLICATE_NAME = defineFinding({
    code: 'duplicate-name',
    severity: 'error',
    title: { id: 'Nama dipakai lebih dari sekali', en: 'A name used twice' },
    messages: {
        default: {
            id: p => `Nama '${p.name}' sudah dipakai di ${p.organisation} (${p.other}). Nama harus unik dalam satu instansi di semua berkas; ganti salah satu.`,
            en: p => `The name '${p.name}' is already used in ${p.organisation} (${p.other}). Names must be unique within an agency across all files; rename one of them.`
        },
        organisation: {
            id: p => `${p.organisation} sudah dideklarasikan dengan nama lengkap di ${p.other}. Lanjutan di berkas lain ditulis tanpa nama: 'instansi ${p.organisation} { … }'.`,
            en: p => `${p.organisation} is already declared with its full name at ${p.other}. A continuation in another file is written without the name: 'instansi ${p.organisation} { … }'.`
        }
    }
});

export const MISSING_DECLARATION = defineFinding({
    code: 'missing-declaration',
    severity: 'error',
    title: { id: 'Instansi hanya dilanjutkan, tidak pernah dideklarasikan dengan namanya', en: 'An agency only continued, never declared with its name' },
    messages: {
        default: {
            id: p => `Instansi ${p.organisation} hanya dilanjutkan, tidak pernah dideklarasikan. Tulis di salah satu berkas 'instansi ${p.organisation} "Nama Instansi" { … }'.`,
            en: p => `Agency ${p.organisation} is only continued, never declared. Declare it in one file: 'instansi ${p.organisation} "Agency name" { … }'.`
        }
    }
});

export const namesFamily = defineFamily({
    name: 'names',
    title: 'Names and declarations',
    findings: [DUPLICATE_NAME, MISSING_DECLARATION],
    check: checkNames
});

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

const declaringCache = new WeakMap<OrganisationInfo, { list: Array<Pemda | Instansi>; set: Set<AstNode> }>();

/** The blocks that declare an organisation with its full name, once per organisation (not once per block). */
function declaringBlocks(org: OrganisationInfo): { list: Array<Pemda | Instansi>; set: Set<AstNode> } {
    let declaring = declaringCache.get(org);
    if (!declaring) {
        const list = org.parts.filter(p => isPemda(p) || p.title !== undefined);
        declaring = { list, set: new Set(list) };
        declaringCache.set(org, declaring);
    }
    return declaring;
}

/**
 * Each copy of a name is reported, naming the first few others (MAX_OTHER_PLACES) and
 * how many more: linear in the number of copies, in time and in output.
 */
export function checkNames(root: Model, model: WorkspaceModel, reporter: FindingReporter): void {
    for (const element of root.elements) {
        if (!(isPemda(element) || isInstansi(element)) || !element.name) continue;
        const org = model.organisations.get(element.name);
        if (!org) continue;
        const declaring = declaringBlocks(org);
        if (declaring.list.length > 1 && declaring.set.has(element)) {
            const others = reporter.otherPlaces(declaring.list, element, o => o, () => org.id);
            reporter.report(DUPLICATE_NAME, 'organisation', { organisation: org.id, other: others.text },
                { node: element, property: 'name', relatedInformation: others.relatedInformation });
        }
        if (declaring.list.length === 0) {
            reporter.report(MISSING_DECLARATION, 'default', { organisation: org.id }, { node: element, property: 'name' });
        }
    }
    for (const { node: child, organisation } of contentsOf(root).named) {
        const name = child.name;
        const org = model.organisations.get(organisation);
        const same = org ? namedElements(org).get(`${organisation}.${name}`) : undefined;
        if (!same || same.length < 2) continue;
        const others = reporter.otherPlaces(same, child, o => o, () => name);
        reporter.report(DUPLICATE_NAME, 'default', { name, organisation, other: others.text },
            { node: child, property: 'name', relatedInformation: others.relatedInformation });
    }
}
