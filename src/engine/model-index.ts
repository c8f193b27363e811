/**
 * The workspace model kept up to date as files change, at a cost proportional to what
 * changed rather than to the workspace.
 *
 * Every organisation is built on its own (model.ts `buildOrganisation`) from the blocks
 * that declare or continue it and the `realisasi` items naming it; positions, nodes and
 * indicators are found through their organisation (`Org.Name`). So when a file changes,
 * only the organisations it contributed to before or after the change are rebuilt, and
 * the shared indexes (what each AST node stands for, agreements per position and year,
 * and the reverse edges: supporters, subordinates, owned nodes) are patched for those
 * organisations alone.
 *
 * `update(roots)` returns a new WorkspaceModel object whenever anything changed, so
 * caches keyed by the model (see hierarchy.ts) start afresh; they are lazy and per
 * organisation, so they too only do the work a request needs. The result equals
 * `buildWorkspaceModel` over the same roots, in the same order (test/engine/model-index.test.ts).
 */
import type { AstNode } from 'langium';
import { isInstansi, isPemda, isPerjanjian, isRealisasiBlock, type Instansi, type Jabatan, type Model, type Pemda, type RealisasiItem } from '../language/generated/ast.js';
import { organisationOf } from '../language/qualified-names.js';
import {
    buildOrganisation, resolveName,
    type AgreementInfo, type AstSinks, type BlockItem, type IndicatorInfo, type NodeInfo, type OrganisationInfo,
    type PositionInfo, type QualifiedMap, type WorkspaceModel
} from './model.js';
import { parseYear } from './periods.js';

/** What one file contributes to the model, computed once per parsed root. */
interface Contribution {
    /** Declaring and continuing blocks per organisation, in file order. */
    parts: Map<string, Array<Pemda | Instansi>>;
    /** Index in the file of each organisation's first block. */
    firstElement: Map<string, number>;
    /** `realisasi` block items per organisation they name, in file order. */
    items: Map<string, BlockItem[]>;
    agreements: AgreementInfo[];
}

const contributions = new WeakMap<Model, Contribution>();

function contributionOf(root: Model): Contribution {
    let c = contributions.get(root);
    if (c) return c;
    c = { parts: new Map(), firstElement: new Map(), items: new Map(), agreements: [] };
    // A document not parsed yet has a placeholder root without elements.
    (root.elements ?? []).forEach((element, index) => {
        if (isPemda(element) || isInstansi(element)) {
            if (!element.name) return;
            const list = c!.parts.get(element.name);
            if (list) list.push(element);
            else {
                c!.parts.set(element.name, [element]);
                c!.firstElement.set(element.name, index);
            }
        } else if (isRealisasiBlock(element)) {
            const org = element.organisation?.$refText;
            const year = parseYear(element.year);
            if (!org || year === undefined) return;
            const period = element.quarter;
            const cumulative = element.cumulative;
            for (const item of element.items) {
                const text = item.target?.$refText;
                if (!text) continue;
                const id = resolveName(org, text);
                const target = organisationOf(id);
                if (!target) continue;
                const list = c!.items.get(target);
                const entry = { item, id, year, period, cumulative };
                if (list) list.push(entry); else c!.items.set(target, [entry]);
            }
        } else if (isPerjanjian(element) && element.position) {
            c!.agreements.push({ ast: element, positionId: element.position.$refText, year: parseYear(element.year) });
        }
    });
    contributions.set(root, c);
    return c;
}

/** Organisations whose part of the model a file makes: its blocks, the items and agreements it states. */
export function contributedOrganisations(root: Model): Set<string> {
    const c = contributionOf(root);
    const result = new Set<string>([...c.parts.keys(), ...c.items.keys()]);
    for (const a of c.agreements) {
        const org = organisationOf(a.positionId);
        if (org) result.add(org);
    }
    return result;
}

/** Positions, nodes or indicators of the whole workspace, looked up through their organisation. */
class QualifiedView<V> implements QualifiedMap<V> {
    constructor(private readonly organisations: ReadonlyMap<string, OrganisationInfo>,
        private readonly pick: (org: OrganisationInfo) => ReadonlyMap<string, V>) {}

    get(id: string): V | undefined {
        const org = organisationOf(id);
        const info = org === undefined ? undefined : this.organisations.get(org);
        return info ? this.pick(info).get(id) : undefined;
    }

    has(id: string): boolean {
        return this.get(id) !== undefined;
    }

    get size(): number {
        let size = 0;
        for (const org of this.organisations.values()) size += this.pick(org).size;
        return size;
    }

    *entries(): IterableIterator<[string, V]> {
        for (const org of this.organisations.values()) yield* this.pick(org).entries();
    }

    *keys(): IterableIterator<string> {
        for (const org of this.organisations.values()) yield* this.pick(org).keys();
    }

    *values(): IterableIterator<V> {
        for (const org of this.organisations.values()) yield* this.pick(org).values();
    }

    [Symbol.iterator](): IterableIterator<[string, V]> {
        return this.entries();
    }
}

/** The keys of the reverse lists an update added to (they are re-sorted afterwards). */
interface TouchedLists {
    supporters: Set<string>;
    subordinates: Set<string>;
    ownedNodes: Set<string>;
}

function addTo<V>(map: Map<string, V[]>, key: string, value: V): void {
    const list = map.get(key);
    if (list) list.push(value); else map.set(key, [value]);
}

function removeFrom<V>(map: Map<string, V[]>, key: string, value: V): void {
    const list = map.get(key);
    if (!list) return;
    const rest = list.filter(v => v !== value);
    if (rest.length) map.set(key, rest); else map.delete(key);
}

export class WorkspaceModelIndex {
    private roots: Model[] = [];
    private order = new Map<Model, number>();
    private readonly organisations = new Map<string, OrganisationInfo>();
    /** The files holding blocks of each organisation, and those holding items naming it. */
    private readonly partRoots = new Map<string, Set<Model>>();
    private readonly itemRoots = new Map<string, Set<Model>>();
    private readonly agreementsByKey = new Map<string, AgreementInfo[]>();
    private readonly sinks: AstSinks = { byAst: new Map(), positionByAst: new Map(), itemTargets: new Map() };
    private readonly supporters = new Map<string, NodeInfo[]>();
    private readonly subordinates = new Map<string, PositionInfo[]>();
    private readonly ownedNodes = new Map<string, NodeInfo[]>();
    /** Position of each node and position in the fresh-build order, to keep reverse lists in it. */
    private readonly rank = new WeakMap<NodeInfo | PositionInfo, number>();
    private model: WorkspaceModel;
    /** Each organisation's sort key: [load order of its first file, place of its first block there]. */
    private readonly orgKeys = new Map<string, [number, number]>();

    constructor() {
        this.model = this.snapshot();
    }

    /** The model of these roots (in load order); the previous one when nothing changed. */
    update(roots: readonly Model[]): WorkspaceModel {
        const replaced = this.replacedInPlace(roots);
        let removed: Model[], added: Model[], reordered = false;
        if (replaced) {
            // The common edit: files parsed anew at the places of their previous versions.
            if (replaced.length === 0) return this.model;
            removed = replaced.map(i => this.roots[i]);
            added = replaced.map(i => roots[i]);
            for (const root of removed) this.order.delete(root);
            for (const i of replaced) this.order.set(roots[i], i);
        } else {
            const order = new Map<Model, number>();
            roots.forEach((root, i) => order.set(root, i));
            removed = this.roots.filter(r => !order.has(r));
            added = roots.filter(r => !this.order.has(r));
            reordered = removed.length === 0 && added.length === 0;
            this.order = order;
            this.orgKeys.clear();
        }
        const affected = new Set<string>();
        for (const root of removed) this.forget(root, affected);
        this.roots = [...roots];
        for (const root of added) this.learn(root, affected);
        if (reordered) {
            // Files never swap places in Langium's document store; if they ever do, start over.
            for (const id of this.partRoots.keys()) affected.add(id);
            for (const id of this.itemRoots.keys()) affected.add(id);
            for (const list of this.agreementsByKey.values()) this.sortAgreements(list);
        }
        const touchedLists: TouchedLists = { supporters: new Set(), subordinates: new Set(), ownedNodes: new Set() };
        for (const id of affected) this.rebuild(id, touchedLists);
        this.sortOrganisations(affected);
        this.sortReverseLists(touchedLists);
        this.model = this.snapshot();
        return this.model;
    }

    /**
     * The places where `roots` holds a root not known before, when every other place holds
     * the same root as before (nothing added, removed or moved); undefined otherwise.
     */
    private replacedInPlace(roots: readonly Model[]): number[] | undefined {
        if (roots.length !== this.roots.length) return undefined;
        const places: number[] = [];
        for (let i = 0; i < roots.length; i++) {
            if (roots[i] === this.roots[i]) continue;
            if (this.order.has(roots[i])) return undefined;
            places.push(i);
        }
        return places;
    }

    private forget(root: Model, affected: Set<string>): void {
        const c = contributionOf(root);
        for (const org of c.parts.keys()) {
            this.partRoots.get(org)?.delete(root);
            affected.add(org);
        }
        for (const [org, items] of c.items) {
            this.itemRoots.get(org)?.delete(root);
            for (const { item } of items) this.sinks.itemTargets.delete(item);
            affected.add(org);
        }
        for (const a of c.agreements) {
            if (a.year !== undefined) removeFrom(this.agreementsByKey, `${a.positionId}|${a.year}`, a);
        }
    }

    private learn(root: Model, affected: Set<string>): void {
        const c = contributionOf(root);
        const add = (map: Map<string, Set<Model>>, org: string) => {
            const set = map.get(org);
            if (set) set.add(root); else map.set(org, new Set([root]));
            affected.add(org);
        };
        for (const org of c.parts.keys()) add(this.partRoots, org);
        for (const org of c.items.keys()) add(this.itemRoots, org);
        for (const a of c.agreements) {
            if (a.year === undefined) continue;
            const key = `${a.positionId}|${a.year}`;
            addTo(this.agreementsByKey, key, a);
            this.sortAgreements(this.agreementsByKey.get(key)!);
        }
    }

    private sortAgreements(list: AgreementInfo[]): void {
        if (list.length < 2) return;
        const at = (a: AgreementInfo) => this.order.get(a.ast.$container as Model) ?? 0;
        list.sort((a, b) => at(a) - at(b));   // stable: file order within a file
    }

    /** The roots of an organisation's blocks or items, in load order. */
    private inOrder(roots: Set<Model> | undefined): Model[] {
        if (!roots || roots.size === 0) return [];
        return [...roots].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
    }

    private rebuild(id: string, touched: TouchedLists): void {
        const old = this.organisations.get(id);
        if (old) this.unregister(old);
        const itemRoots = this.inOrder(this.itemRoots.get(id));
        const items = itemRoots.flatMap(root => contributionOf(root).items.get(id) ?? []);
        for (const { item } of items) this.sinks.itemTargets.delete(item);
        const parts = this.inOrder(this.partRoots.get(id)).flatMap(root => contributionOf(root).parts.get(id) ?? []);
        const org = buildOrganisation(id, parts, items, this.sinks);
        if (!org) {
            this.organisations.delete(id);
            if (this.partRoots.get(id)?.size === 0) this.partRoots.delete(id);
            if (this.itemRoots.get(id)?.size === 0) this.itemRoots.delete(id);
            return;
        }
        this.organisations.set(id, org);
        org.positions.forEach((p, i) => this.rank.set(p, i));
        org.nodes.forEach((n, i) => this.rank.set(n, i));
        for (const p of org.positionById.values()) {
            if (p.superiorId === undefined) continue;
            addTo(this.subordinates, p.superiorId, p);
            touched.subordinates.add(p.superiorId);
        }
        for (const n of org.nodeById.values()) {
            for (const s of n.supportIds) {
                addTo(this.supporters, s, n);
                touched.supporters.add(s);
            }
            if (n.ownerId !== undefined) {
                addTo(this.ownedNodes, n.ownerId, n);
                touched.ownedNodes.add(n.ownerId);
            }
        }
    }

    private unregister(org: OrganisationInfo): void {
        for (const p of org.positions) this.sinks.positionByAst.delete(p.ast);
        for (const n of org.nodes) this.sinks.byAst.delete(n.ast);
        for (const i of org.indicators) this.sinks.byAst.delete(i.ast);
        for (const p of org.positionById.values()) {
            if (p.superiorId !== undefined) removeFrom(this.subordinates, p.superiorId, p);
        }
        for (const n of org.nodeById.values()) {
            for (const s of new Set(n.supportIds)) removeFrom(this.supporters, s, n);
            if (n.ownerId !== undefined) removeFrom(this.ownedNodes, n.ownerId, n);
        }
    }

    /**
     * Organisations in order of first appearance: the first file holding a block, then the
     * block's place in it. Keys are kept between updates (they change only for the
     * organisations an update affects, or all of them when files move); the stable sort
     * runs only when the order is no longer sorted.
     */
    private sortOrganisations(affected: Set<string>): void {
        const keyOf = (id: string): [number, number] => {
            let key = this.orgKeys.get(id);
            if (!key || affected.has(id)) {
                key = [Number.MAX_SAFE_INTEGER, 0];
                for (const root of this.partRoots.get(id) ?? []) {
                    const at = this.order.get(root)!;
                    if (at < key[0]) key = [at, contributionOf(root).firstElement.get(id) ?? 0];
                }
                this.orgKeys.set(id, key);
            }
            return key;
        };
        for (const id of affected) if (!this.organisations.has(id)) this.orgKeys.delete(id);
        const compare = (a: string, b: string) => keyOf(a)[0] - keyOf(b)[0] || keyOf(a)[1] - keyOf(b)[1];
        const ids = [...this.organisations.keys()];
        let sortedAlready = true;
        for (let i = 1; i < ids.length && sortedAlready; i++) sortedAlready = compare(ids[i - 1], ids[i]) <= 0;
        if (sortedAlready) return;
        const sorted = [...ids].sort(compare);
        const infos = sorted.map(id => this.organisations.get(id)!);
        this.organisations.clear();
        infos.forEach(info => this.organisations.set(info.id, info));
    }

    /** Reverse lists in the order a fresh build makes: organisation order, then declaration order. */
    private sortReverseLists(touched: TouchedLists): void {
        const orgRank = new Map<string, number>();
        let i = 0;
        for (const id of this.organisations.keys()) orgRank.set(id, i++);
        const compare = (a: NodeInfo | PositionInfo, b: NodeInfo | PositionInfo) =>
            orgRank.get(a.organisation.id)! - orgRank.get(b.organisation.id)! || this.rank.get(a)! - this.rank.get(b)!;
        const sortAll = <V extends NodeInfo | PositionInfo>(map: Map<string, V[]>, keys: Set<string>) => {
            for (const key of keys) {
                const list = map.get(key);
                if (list && list.length > 1) list.sort(compare);
            }
        };
        sortAll(this.supporters, touched.supporters);
        sortAll(this.subordinates, touched.subordinates);
        sortAll(this.ownedNodes, touched.ownedNodes);
    }

    private snapshot(): WorkspaceModel {
        const organisations = this.organisations;
        const roots = this.roots;
        let agreements: AgreementInfo[] | undefined;
        return {
            organisations,
            positions: new QualifiedView(organisations, o => o.positionById),
            nodes: new QualifiedView(organisations, o => o.nodeById),
            indicators: new QualifiedView(organisations, o => o.indicatorById),
            get agreements() {
                return agreements ??= roots.flatMap(root => contributionOf(root).agreements);
            },
            agreementsByKey: this.agreementsByKey,
            byAst: this.sinks.byAst as ReadonlyMap<AstNode, IndicatorInfo | NodeInfo>,
            positionByAst: this.sinks.positionByAst as ReadonlyMap<Jabatan, PositionInfo>,
            itemTargets: this.sinks.itemTargets as ReadonlyMap<RealisasiItem, IndicatorInfo | NodeInfo>,
            supporters: this.supporters,
            subordinates: this.subordinates,
            ownedNodes: this.ownedNodes
        };
    }
}

/** Builds the workspace model from the roots of all loaded documents, in load order. */
export function buildWorkspaceModel(roots: Iterable<Model>): WorkspaceModel {
    return new WorkspaceModelIndex().update([...roots]);
}
