/**
 * Cascade findings (pohon kinerja): `cascade-cycle` (once per loop, on its first node in
 * file order, the other nodes as related information), `cascade-misaligned`,
 * `cascade-skip-level` (on the `mendukung` reference, the parent node as related
 * information, the direct superior's nodes as candidates for the quick fix),
 * `cascade-orphan` and `cascade-uncovered` (on the node's name).
 *
 * A node may support a node of its own owner (sasaran → tujuan of the same head,
 * subkegiatan → kegiatan of the same section head) or of its owner's direct superior;
 * any echelon-II node may support the nodes of its regional government.
 */
import { isInstansi, isPemda, type Model } from '../../language/generated/ast.js';
import { organisationOf } from '../../language/qualified-names.js';
import { nodeGraph, positionGraph, supportStep, type Lookup, type PositionGraph } from '../../engine/hierarchy.js';
import type { NodeInfo, OrganisationInfo, PositionInfo, WorkspaceModel } from '../../engine/model.js';
import { inRange, yearOfKey } from '../../engine/periods.js';
import { levelName } from './organisation.js';
import { inFileOrder, type FindingReporter } from '../reporter.js';
import { defineFamily, defineFinding } from '../finding-definition.js';
import { defineCatalogue } from '../../common/catalogue.js';

const WORDS = defineCatalogue({
    'head-of-region': { id: p => `kepala daerah ${p.pemda}`, en: p => `the head of region of ${p.pemda}` }
});

export const CASCADE_CYCLE = defineFinding({
    code: 'cascade-cycle',
    severity: 'error',
    title: { id: "Rantai 'mendukung' berputar", en: "'mendukung' loops" },
    messages: {
        default: {
            id: p => `'mendukung' berputar: ${p.chain}. Pohon kinerja harus mengalir ke atas tanpa putaran; hapus salah satu 'mendukung'.`,
            en: p => `'mendukung' loops: ${p.chain}. The performance tree must flow upwards without loops; remove one 'mendukung'.`
        }
    }
});

export const CASCADE_MISALIGNED = defineFinding({
    code: 'cascade-misaligned',
    severity: 'error',
    title: { id: 'Mendukung kinerja milik jabatan yang bukan atasan penanggung jawabnya', en: "A node supports a node whose owner is not in its owner's chain of superiors" },
    messages: {
        default: {
            id: p => `${p.subject} (milik ${p.owner}) mendukung ${p.parent} milik ${p.parentOwner}, yang bukan atasan ${p.owner}. Arahkan 'mendukung' ke kinerja atasan langsung${p.candidates ? ` (mis. ${p.candidates})` : ''}.`,
            en: p => `${p.subject} (owned by ${p.owner}) supports ${p.parent}, owned by ${p.parentOwner}, who is not a superior of ${p.owner}. Point 'mendukung' to a node of the direct superior${p.candidates ? ` (e.g. ${p.candidates})` : ''}.`
        }
    }
});

export const CASCADE_SKIP_LEVEL = defineFinding({
    code: 'cascade-skip-level',
    severity: 'warning',
    title: { id: 'Mendukung kinerja atasan lebih dari satu tingkat di atas (melompati jenjang)', en: 'A node supports a node owned by a superior more than one level up' },
    messages: {
        default: {
            id: p => `${p.subject} (milik ${p.owner}) mendukung ${p.parent} milik ${p.parentOwner}, ${p.levels} tingkat di atasnya; cascading melompati ${p.skipped}. Dukung kinerja atasan langsung${p.candidates ? ` (mis. ${p.candidates})` : ''}.`,
            en: p => `${p.subject} (owned by ${p.owner}) supports ${p.parent}, owned by ${p.parentOwner}, ${p.levels} levels up; the cascade skips ${p.skipped}. Support a node of the direct superior${p.candidates ? ` (e.g. ${p.candidates})` : ''}.`
        }
    }
});

export const CASCADE_ORPHAN = defineFinding({
    code: 'cascade-orphan',
    severity: 'warning',
    title: { id: 'Tidak mendukung kinerja atasan mana pun', en: 'A node that supports nothing it should' },
    messages: {
        below: {
            id: p => `${p.subject} (milik ${p.owner}, ${p.level}) tidak mendukung kinerja atasan mana pun. Tambahkan 'mendukung' ke kinerja atasannya.`,
            en: p => `${p.subject} (owned by ${p.owner}, ${p.level}) supports no node. Add 'mendukung' to a node of the superior.`
        },
        sasaran: {
            id: p => `Sasaran eselon II ${p.subject} tidak mendukung tujuan maupun sasaran daerah. Tambahkan mis. 'mendukung ${p.example}'.`,
            en: p => `Echelon-II sasaran ${p.subject} supports neither a tujuan nor a regional sasaran. Add e.g. 'mendukung ${p.example}'.`
        },
        'sasaran-nothing': {
            id: p => `Sasaran eselon II ${p.subject} tidak mendukung tujuan maupun sasaran daerah, dan belum ada yang dapat didukung. Tulis tujuan instansi, atau 'pemda' dengan sasaran daerahnya, lalu tambahkan 'mendukung'.`,
            en: p => `Echelon-II sasaran ${p.subject} supports neither a tujuan nor a regional sasaran, and there is none to support yet. Write the agency's tujuan, or its 'pemda' with the regional sasaran, then add 'mendukung'.`
        }
    }
});

export const CASCADE_UNCOVERED = defineFinding({
    code: 'cascade-uncovered',
    severity: 'warning',
    title: { id: 'Kinerja bertarget yang tidak diturunkan ke bawahan mana pun', en: "A node with targets that no subordinate's node supports" },
    messages: {
        default: {
            id: p => `${p.subject} punya target (${p.years}) tetapi tidak ada kinerja bawahan ${p.owner} yang mendukungnya. Turunkan ke program/kegiatan/RHK bawahan dengan 'mendukung ${p.name}'.`,
            en: p => `${p.subject} has targets (${p.years}) but no node of a subordinate of ${p.owner} supports it. Cascade it down with 'mendukung ${p.name}' in a subordinate's node.`
        }
    }
});

export const CROSSCUTTING_OUTSIDE = defineFinding({
    code: 'crosscutting-outside',
    severity: 'error',
    title: { id: "'lintas' ke unsur pohon kinerja pemda lain atau perangkat daerah yang sama", en: "'lintas' to a node of another pemda or of the same agency" },
    messages: {
        same: {
            id: p => `${p.subject} 'lintas' ${p.other}, unsur pohon kinerja ${p.organisation} sendiri: crosscutting adalah kerja sama dengan perangkat daerah lain. Hapus ${p.other} dari 'lintas', atau tulis 'mendukung ${p.other}' bila ${p.subject} mendukungnya.`,
            en: p => `${p.subject} is 'lintas' ${p.other}, a node of ${p.organisation} itself: crosscutting is working with another agency. Remove ${p.other} from 'lintas', or write 'mendukung ${p.other}' if ${p.subject} supports it.`
        },
        pemda: {
            id: p => `${p.subject} (${p.pemda}) 'lintas' ${p.other}, unsur pohon kinerja ${p.otherPemda}: crosscutting hanya dengan perangkat daerah pemda yang sama. Periksa nama unsurnya, atau hapus dari 'lintas'.`,
            en: p => `${p.subject} (${p.pemda}) is 'lintas' ${p.other}, a node of ${p.otherPemda}: crosscutting is only with agencies of the same pemda. Check the node's name, or remove it from 'lintas'.`
        }
    }
});

/** The pemda an organisation belongs to: itself for a pemda, its `pemda` for an agency. */
function pemdaOf(organisation: OrganisationInfo): string | undefined {
    return organisation.kind === 'pemda' ? organisation.id : organisation.pemdaId;
}

/**
 * `crosscutting-outside`: each `lintas` reference of a node to a node of its own
 * organisation, or of another pemda. A name that does not resolve is
 * unresolved-reference; an agency without `pemda` cannot be judged.
 */
function checkCrosscutting(model: WorkspaceModel, node: NodeInfo, reporter: FindingReporter): void {
    node.crosscuttingIds.forEach((id, index) => {
        const other = model.nodes.get(id);
        if (!other) return;
        const related = reporter.related(other.ast, other.id);
        const info = { node: node.ast, property: 'crosscutting', index, relatedInformation: related ? [related] : [] };
        if (other.organisation === node.organisation) {
            reporter.report(CROSSCUTTING_OUTSIDE, 'same', { subject: node.id, other: other.id, organisation: node.organisation.id }, info);
            return;
        }
        const pemda = pemdaOf(node.organisation);
        const otherPemda = pemdaOf(other.organisation);
        if (pemda && otherPemda && pemda !== otherPemda) {
            reporter.report(CROSSCUTTING_OUTSIDE, 'pemda', { subject: node.id, other: other.id, pemda, otherPemda }, info);
        }
    });
}

export const cascadeFamily = defineFamily({
    name: 'cascade',
    title: 'The cascade (pohon kinerja)',
    findings: [CASCADE_CYCLE, CASCADE_MISALIGNED, CASCADE_SKIP_LEVEL, CASCADE_ORPHAN, CASCADE_UNCOVERED, CROSSCUTTING_OUTSIDE],
    check: checkCascade
});

export function nodesIn(root: Model, model: WorkspaceModel): NodeInfo[] {
    const result: NodeInfo[] = [];
    for (const element of root.elements) {
        if (!isInstansi(element) && !isPemda(element)) continue;
        for (const node of element.nodes) {
            const info = model.byAst.get(node);
            if (info && !('direction' in info)) result.push(info);
        }
    }
    return result;
}

function ownerOf(model: WorkspaceModel, node: NodeInfo): PositionInfo | undefined {
    return node.ownerId ? model.positions.get(node.ownerId) : undefined;
}

/** An organisation's nodes by owner, made once per list of nodes (rebuilt if the list grew). */
const nodesByOwner = new WeakMap<readonly NodeInfo[], { length: number; byOwner: Map<string, NodeInfo[]> }>();

function ownedBy(nodes: readonly NodeInfo[], ownerId: string): readonly NodeInfo[] {
    let index = nodesByOwner.get(nodes);
    if (!index || index.length !== nodes.length) {
        index = { length: nodes.length, byOwner: new Map() };
        for (const n of nodes) {
            if (!n.ownerId) continue;
            const list = index.byOwner.get(n.ownerId);
            if (list) list.push(n); else index.byOwner.set(n.ownerId, [n]);
        }
        nodesByOwner.set(nodes, index);
    }
    return index.byOwner.get(ownerId) ?? [];
}

/** Nodes the owner's direct superior owns (or, for echelon II, the regional nodes): quick-fix candidates. */
export function candidateParents(model: WorkspaceModel, graph: PositionGraph, node: NodeInfo): NodeInfo[] {
    const owner = ownerOf(model, node);
    if (!owner) return [];
    const superior = graph.superiorOf(owner);
    if (superior) return ownedBy(superior.organisation.nodes, superior.id).filter(n => n !== node);
    const pemda = node.organisation.pemdaId ? model.organisations.get(node.organisation.pemdaId) : undefined;
    return owner.level === 2 && pemda ? pemda.nodes.filter(n => n.kind === 'sasaran' || n.kind === 'tujuan') : [];
}

export function checkCascade(root: Model, model: WorkspaceModel, reporter: FindingReporter): void {
    const nodes = nodeGraph(model);
    const positions = positionGraph(model);
    for (const node of nodesIn(root, model)) {
        const owner = ownerOf(model, node);
        const component = nodes.cycleComponent.get(node);
        // One loop (a strongly connected component: loops sharing nodes are one knot), one
        // mistake: reported once, on the first `mendukung` into the loop of its first node
        // in file order, the other nodes as related information.
        const members = component === undefined ? undefined : inFileOrder(nodes.componentMembers.get(component)!, m => m.ast);
        let reported = false;
        node.supportIds.forEach((id, index) => {
            const parent = model.nodes.get(id);
            if (!parent) return;
            // Made only for a finding: most support edges have none, and a range costs.
            const info = () => {
                const related = reporter.related(parent.ast, parent.id);
                return { node: node.ast, property: 'supports', index, relatedInformation: related ? [related] : [] };
            };
            if (members && nodes.cycleComponent.get(parent) === component) {
                // A reference on the loop is not checked for alignment either.
                if (members[0] !== node || reported) return;
                reported = true;
                const others = reporter.otherPlaces(members, node.ast, m => m.ast, m => m.id);
                reporter.report(CASCADE_CYCLE, 'default', { chain: cycleText(node, parent, nodes.parents, component!, nodes.cycleComponent) }, {
                    node: node.ast, property: 'supports', index, relatedInformation: others.relatedInformation
                });
                return;
            }
            checkAlignment(model, positions, node, owner, parent, index, reporter, info);
        });
        checkOrphan(model, node, owner, reporter);
        if (node.crosscuttingIds.length) checkCrosscutting(model, node, reporter);
        checkUncovered(model, positions, nodes.supportedBy.get(node) ?? [], node, owner, reporter);
    }
}

/** The loop as text, at most MAX_SHOWN names long: `KA → KB → KA`, or `KA → KB → … → KA`. */
function cycleText(start: NodeInfo, next: NodeInfo, parents: Lookup<NodeInfo, readonly NodeInfo[]>, component: number, components: Lookup<NodeInfo, number>): string {
    const chain = [start];
    const seen = new Set<NodeInfo>([start]);
    let current: NodeInfo | undefined = next;
    while (current && current !== start && chain.length < MAX_SHOWN) {
        chain.push(current);
        seen.add(current);
        current = parents.get(current)?.find(p => components.get(p) === component && (p === start || !seen.has(p)));
    }
    const names = chain.map(n => n.ast.name);
    if (current !== start) names.push('…');
    return [...names, start.ast.name].join(' → ');
}

export const MAX_SHOWN = 8;

function checkAlignment(model: WorkspaceModel, graph: PositionGraph, node: NodeInfo, owner: PositionInfo | undefined, parent: NodeInfo,
    index: number, reporter: FindingReporter, info: () => { node: NodeInfo['ast']; property: string; index: number; relatedInformation: unknown[] }): void {
    // An `atasan` on the owner's chain that names no position is unresolved-reference; how
    // far up the parent's owner stands is then a guess, so nothing more is said (`unknown`).
    const step = supportStep(model, graph, node.organisation, owner, parent);
    if (step.kind === 'unknown' || step.kind === 'own' || (step.kind === 'up' && step.levels === 1) || !owner) return;
    const levels = step.kind === 'up' ? step.levels : 0;
    const parentOwner = parent.organisation.kind === 'pemda'
        ? WORDS(reporter.language, 'head-of-region', { pemda: parent.organisation.id })
        : parent.ownerId!;
    const candidates = candidateParents(model, graph, node).map(n => n.organisation === node.organisation ? n.ast.name : n.id);
    const params = {
        subject: node.id, owner: owner.id, parent: parent.id, parentOwner, levels,
        skipped: skippedPositions(graph, owner, levels).join(', '), candidates: candidates.slice(0, 3).join(', ')
    };
    const data = { candidates, refText: node.ast.supports[index]?.$refText };
    if (levels === 0) {
        reporter.report(CASCADE_MISALIGNED, 'default', params, { ...info(), data } as never);
    } else {
        reporter.report(CASCADE_SKIP_LEVEL, 'default', params, { ...info(), data } as never);
    }
}

/** Whether a position on the chain from `position` upwards has an `atasan` that does not resolve. */
function skippedPositions(graph: PositionGraph, owner: PositionInfo, levels: number): string[] {
    const skipped: string[] = [];
    let current = graph.superiorOf(owner);
    for (let i = 1; i < levels && current; i++, current = graph.superiorOf(current)) skipped.push(current.id);
    return skipped;
}

function checkOrphan(model: WorkspaceModel, node: NodeInfo, owner: PositionInfo | undefined, reporter: FindingReporter): void {
    // A regional node tops the tree: it supports nothing above it.
    if (!owner || owner.level === undefined || node.organisation.kind === 'pemda') return;
    // A name that does not resolve is reported as unresolved-reference; do not pile on.
    if (node.supportIds.some(id => !model.nodes.has(id))) return;
    if (owner.level > 2 && node.supportIds.length === 0) {
        reporter.report(CASCADE_ORPHAN, 'below', { subject: node.id, owner: owner.id, level: levelName(reporter, owner.level) }, {
            node: node.ast, property: 'name'
        });
    } else if (owner.level === 2 && node.kind === 'sasaran') {
        const parents = node.supportIds.map(id => model.nodes.get(id)!);
        const ok = parents.some(p => p.kind === 'tujuan' || (p.kind === 'sasaran' && p.organisation.kind === 'pemda'));
        if (!ok) {
            const pemda = node.organisation.pemdaId ? model.organisations.get(node.organisation.pemdaId) : undefined;
            const example = pemda?.nodes.find(n => n.kind === 'sasaran')?.id ?? node.organisation.nodes.find(n => n.kind === 'tujuan')?.ast.name;
            reporter.report(CASCADE_ORPHAN, example ? 'sasaran' : 'sasaran-nothing', { subject: node.id, example: example ?? '' }, { node: node.ast, property: 'name' });
        }
    }
}

/** Years with targets, within the organisation's plan period (a year outside it is `period-outside` already). */
function targetYears(node: NodeInfo): number[] {
    const years = new Set<number>();
    const period = node.organisation.period;
    for (const indicator of node.indicators) {
        for (const key of indicator.targets.keys()) {
            const year = yearOfKey(key);
            if (inRange(period, year)) years.add(year);
        }
        // A year whose only target is a revision (`target … revisi …`) has targets all the same.
        for (const year of indicator.targetRevisions.keys()) if (inRange(period, year)) years.add(year);
    }
    return [...years].sort((a, b) => a - b);
}

/**
 * A node is covered when a subordinate's node supports it, directly or through nodes of
 * the same owner (a tujuan covered by the head's sasaran that a division's program
 * supports). Iterative, each node visited once.
 */
function isCovered(model: WorkspaceModel, graph: PositionGraph, start: NodeInfo, owner: PositionInfo): boolean {
    const supportedBy = nodeGraph(model).supportedBy;
    const seen = new Set<NodeInfo>([start]);
    const stack = [start];
    while (stack.length) {
        for (const s of supportedBy.get(stack.pop()!) ?? []) {
            const p = ownerOf(model, s);
            if (!p) continue;
            if (graph.levelsAbove(owner, p) > 0) return true;
            if (p === owner && !seen.has(s)) {
                seen.add(s);
                stack.push(s);
            }
        }
    }
    return false;
}

const pemdasCache = new WeakMap<WorkspaceModel, Set<string>>();

/** Regional governments with at least one agency that has an echelon-II position, once per model. */
function pemdasWithAgencies(model: WorkspaceModel): Set<string> {
    let pemdas = pemdasCache.get(model);
    if (!pemdas) {
        pemdas = new Set();
        for (const o of model.organisations.values()) {
            if (o.pemdaId !== undefined && o.positions.some(p => p.level === 2)) pemdas.add(o.pemdaId);
        }
        pemdasCache.set(model, pemdas);
    }
    return pemdas;
}

const unresolvedSupports = new WeakMap<WorkspaceModel, Set<string>>();

/**
 * Organisations a `mendukung` that names no node was meant for: the one its name points
 * into (an unqualified name, its own organisation's). Only that organisation's files
 * decide whether the name resolves, so the files that show cascade-uncovered are
 * validated again whenever the answer can change.
 */
function guessingSupports(model: WorkspaceModel): Set<string> {
    let organisations = unresolvedSupports.get(model);
    if (!organisations) {
        organisations = new Set();
        for (const node of model.nodes.values()) {
            for (const id of node.supportIds) {
                if (model.nodes.has(id)) continue;
                organisations.add(organisationOf(id) ?? node.organisation.id);
            }
        }
        unresolvedSupports.set(model, organisations);
    }
    return organisations;
}

function checkUncovered(model: WorkspaceModel, graph: PositionGraph, supporters: readonly NodeInfo[], node: NodeInfo, owner: PositionInfo | undefined, reporter: FindingReporter): void {
    const years = targetYears(node);
    if (years.length === 0) return;
    let ownerName: string;
    let covered: boolean;
    if (node.organisation.kind === 'pemda') {
        const pemdaId = node.organisation.id;
        const hasSubordinates = pemdasWithAgencies(model).has(pemdaId);
        if (!hasSubordinates) return;
        ownerName = WORDS(reporter.language, 'head-of-region', { pemda: pemdaId });
        covered = supporters.some(s => s.organisation.kind === 'instansi');
    } else {
        if (!owner || !(graph.subordinates.get(owner)?.length)) return;
        ownerName = owner.id;
        covered = isCovered(model, graph, node, owner);
    }
    // A `mendukung` that does not resolve (unresolved-reference) may have meant this node.
    if (!covered && !guessingSupports(model).has(node.organisation.id)) {
        reporter.report(CASCADE_UNCOVERED, 'default', {
            subject: node.id, name: node.organisation.kind === 'pemda' ? node.id : node.ast.name, owner: ownerName, years: years.join(', ')
        }, { node: node.ast, property: 'name' });
    }
}
