/**
 * The incrementally kept workspace model (src/engine/model-index.ts) must always equal a
 * fresh build over the same files: after files change (broken as analysts break them
 * while typing), disappear, come back and are added, the organisations, their contents
 * and values, the indexes by AST, the agreements and the reverse edges — and the
 * hierarchy answers computed from them — are the same, in the same order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import type { Exact } from '../../src/common/exact.js';
import { nodeGraph, positionGraph } from '../../src/engine/hierarchy.js';
import { buildWorkspaceModel, WorkspaceModelIndex } from '../../src/engine/model-index.js';
import type { ValueEntry, WorkspaceModel } from '../../src/engine/model.js';
import type { Model } from '../../src/language/generated/ast.js';
import { createKinerjaServices } from '../../src/lsp/kinerja-module.js';
import { generateWorkspace } from '../../src/tools/generate-workspace.js';
import { MUTATIONS } from '../../src/tools/fuzz/mutations.js';
import { seededRandom } from '../../src/tools/random.js';
import { EmptyFileSystemOnNode } from '../../src/validation/node-host.js';

const services = createKinerjaServices(EmptyFileSystemOnNode).Kinerja;
const parse = (text: string) => services.parser.LangiumParser.parse<Model>(text).value;

const examplesDir = join(__dirname, '../../examples');
const examples = readdirSync(examplesDir).filter(f => f.endsWith('.kinerja')).sort()
    .map(f => readFileSync(join(examplesDir, f), 'utf8'));

/** Corner cases: a name declared twice, cycles of superiors and of support, items naming another organisation, duplicate agreements. */
const corners = [
    `instansi Sudut "Sudut" {
        pemda KabSudut
        jabatan A "A" eselon II
        jabatan B "B" eselon III atasan C
        jabatan C "C" eselon III atasan B
        jabatan D "D" eselon IV atasan B
        jabatan A "A lagi" eselon II
        sasaran S1 "S1" oleh A mendukung S2
        sasaran S2 "S2" oleh A mendukung S1 {
            indikator I1 "I1" satuan persen { target 2025 80 }
        }
        program P1 "P1" oleh D mendukung S1, S1, KabSudut.T1 { pagu 2025 Rp 1.000 }
        program P1 "P1 lagi" oleh D
    }`,
    `pemda KabSudut "Kab Sudut" {
        tujuan T1 "T1" { indikator IT "IT" satuan persen { target 2025 70 } }
    }
    realisasi Sudut 2025 tw2 {
        I1 50 dari 80
        KabSudut.IT 60
        P1 Rp 200
        Tidak 3
    }
    perjanjian Sudut.A 2025 { ditandatangani 2025-01-02 }
    perjanjian Sudut.A 2025 { }`,
    `instansi Sudut { jabatan E "E" staf atasan D }`
];

const value = (e: Exact | undefined) => e?.toString();
const entries = (map: Map<number, ValueEntry[]>) =>
    [...map].map(([key, list]) => [key, list.map(e => [e.year, e.quarter, value(e.value), value(e.upper)])]);

/** Everything a consumer can read from the model, as plain data in iteration order. */
function canonical(model: WorkspaceModel, roots: Model[]): unknown {
    const where = (ast: { $container?: unknown; $cstNode?: { offset: number } }) => {
        let root: unknown = ast;
        while ((root as { $container?: unknown }).$container) root = (root as { $container?: unknown }).$container;
        return `${roots.indexOf(root as Model)}@${ast.$cstNode?.offset}`;
    };
    const ids = <T extends { id: string }>(list: readonly T[] | undefined) => list?.map(x => x.id);
    const positions = positionGraph(model);
    const nodes = nodeGraph(model);
    const members = [...model.positions.values()];
    const above = (p: (typeof members)[number]) => {
        const chain = [];
        for (let s = positions.superiorOf(p); s && chain.length < 12; s = positions.superiorOf(s)) chain.push(s);
        return chain;
    };
    return {
        organisations: [...model.organisations.values()].map(o => ({
            id: o.id, kind: o.kind, title: o.title, period: o.period, pemda: o.pemdaId, parts: o.parts.map(where),
            declaration: o.declaration && where(o.declaration),
            positions: o.positions.map(p => [p.id, where(p.ast), p.level, p.superiorId, model.positionByAst.get(p.ast) === p]),
            nodes: o.nodes.map(n => [n.id, where(n.ast), n.kind, n.ownerId, n.supportIds, entries(n.ceilings), entries(n.spending), model.byAst.get(n.ast) === n]),
            indicators: o.indicators.map(i => [i.id, where(i.ast), i.node.id, i.unit, i.direction, i.accumulation, i.supportIds,
                entries(i.targets), entries(i.realisations), model.byAst.get(i.ast) === i])
        })),
        positions: [...model.positions.keys()], nodes: [...model.nodes.keys()], indicators: [...model.indicators.keys()],
        sizes: [model.positions.size, model.nodes.size, model.indicators.size, model.byAst.size, model.positionByAst.size],
        agreements: model.agreements.map(a => [a.positionId, a.year, where(a.ast)]),
        agreementsByKey: [...model.agreementsByKey].sort(([a], [b]) => a.localeCompare(b)).map(([k, list]) => [k, list.map(a => where(a.ast))]),
        itemTargets: [...model.itemTargets].map(([item, target]) => [where(item), target.id]).sort(),
        supporters: [...model.supporters].sort(([a], [b]) => a.localeCompare(b)).map(([k, list]) => [k, ids(list)]),
        subordinates: [...model.subordinates].sort(([a], [b]) => a.localeCompare(b)).map(([k, list]) => [k, ids(list)]),
        ownedNodes: [...model.ownedNodes].sort(([a], [b]) => a.localeCompare(b)).map(([k, list]) => [k, ids(list)]),
        chart: members.map(p => [p.id, positions.depth.get(p), positions.inCycle.has(p), positions.superiorOf(p)?.id, ids(positions.subordinates.get(p)),
            above(p).map(s => `${s.id}+${positions.levelsAbove(s, p)}/${positions.levelsAbove(p, s)}`)]),
        tree: [...model.nodes.values()].map(n => [n.id, nodes.cycleComponent.get(n) !== undefined, ids(nodes.parents.get(n)), ids(nodes.supportedBy.get(n))])
    };
}

/** Equal as JSON; on a difference, fails showing just where (a full diff of the models is too big to print). */
function same(actual: unknown, expected: unknown, step: string): void {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    if (a === e) return;
    let i = 0;
    while (i < a.length && a[i] === e[i]) i++;
    expect(a.slice(Math.max(0, i - 300), i + 200), step).toBe(e.slice(Math.max(0, i - 300), i + 200));
}

describe('the incremental workspace model', () => {
    it('equals a fresh build after every change of a random sequence', () => {
        const generated = generateWorkspace({ agencies: 2, seed: 7 }).map(f => f.text);
        const originals = [...examples, ...generated, ...corners];
        const rnd = seededRandom(20261123);
        let texts: Array<string | undefined> = [...originals];
        let roots: Array<Model | undefined> = texts.map(t => t === undefined ? undefined : parse(t));
        const index = new WorkspaceModelIndex();
        const present = () => roots.filter((r): r is Model => r !== undefined);
        const check = (step: string) => {
            const current = present();
            const incremental = index.update(current);
            const fresh = buildWorkspaceModel(current);
            same(canonical(incremental, current), canonical(fresh, current), step);
        };
        check('initial');
        for (let step = 0; step < 120; step++) {
            const i = Math.floor(rnd() * texts.length);
            const op = rnd();
            if (op < 0.55 && texts[i] !== undefined) {
                const mutation = MUTATIONS[Math.floor(rnd() * MUTATIONS.length)];
                // Mutations pile up on a file, within bounds (some duplicate text).
                const base = texts[i]!.length > 3 * originals[i % originals.length].length + 200 ? originals[i % originals.length] : texts[i]!;
                texts[i] = mutation.apply(base, rnd);
            } else if (op < 0.7) {
                texts[i] = undefined;                       // the file is deleted
            } else if (op < 0.85) {
                texts[i] = originals[i];                    // and comes back as it was
            } else {
                texts = [...texts, originals[Math.floor(rnd() * originals.length)]];   // a copy is added
                roots = [...roots, undefined];
                roots[texts.length - 1] = parse(texts[texts.length - 1]!);
                check(`step ${step}: add`);
                continue;
            }
            roots[i] = texts[i] === undefined ? undefined : parse(texts[i]!);
            check(`step ${step}: file ${i}`);
        }
    });

    it('gives back the same model object while nothing changed, and a new one after a change', () => {
        const roots = corners.map(parse);
        const index = new WorkspaceModelIndex();
        const first = index.update(roots);
        expect(index.update([...roots]) === first).toBe(true);
        const second = index.update([roots[0], roots[1], parse(corners[2])]);
        expect(second === first).toBe(false);
        expect(second.positions.get('Sudut.E')?.superiorId).toBe('Sudut.D');
    });

    it('moves an organisation when the file of its first block is edited in place, and back', () => {
        const first = 'instansi Dua "Dua" { }';
        const files = [first, 'instansi Tiga "Tiga" { }', 'instansi Dua { program P "P" }'];
        const roots = files.map(parse);
        const index = new WorkspaceModelIndex();
        const order = (model: WorkspaceModel) => [...model.organisations.keys()];
        expect(order(index.update(roots))).toEqual(['Dua', 'Tiga']);
        const edited = [parse('// Dua pindah ke berkas ketiga'), roots[1], roots[2]];
        expect(order(index.update(edited))).toEqual(order(buildWorkspaceModel(edited)));
        expect(order(index.update(edited))).toEqual(['Tiga', 'Dua']);
        const back = [parse(first), roots[1], roots[2]];
        expect(order(index.update(back))).toEqual(['Dua', 'Tiga']);
    });

    it('rebuilds only the organisations a changed file contributes to', () => {
        const files = generateWorkspace({ agencies: 3, seed: 3 });
        const roots = files.map(f => parse(f.text));
        const index = new WorkspaceModelIndex();
        const before = new Map(index.update(roots).organisations);
        const changed = files.findIndex(f => f.path.startsWith('opd002/'));
        const after = index.update(roots.map((r, i) => i === changed ? parse(files[i].text) : r));
        // (Booleans compared: a failing match on the objects would print whole ASTs.)
        const kept = [...before].map(([id, org]) => [id, after.organisations.get(id) === org]);
        expect(kept.length).toBeGreaterThan(3);
        expect(kept).toEqual(kept.map(([id]) => [id, id !== 'Opd002']));
    });
});
