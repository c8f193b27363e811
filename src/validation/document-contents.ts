/**
 * One walk over a document's AST, sorted by what the validators need, cached per AST
 * root: the finding families share it instead of each walking the whole tree again.
 */
import type { AstNode } from 'langium';
import {
    isInstansi, isPemda, isPerjanjian, isRealisasiBlock,
    type Belanja, type Indikator, type Model, type Node, type Pagu, type Perjanjian, type Period, type QuarterValue, type Realisasi,
    type RealisasiBlock, type Target, type Value
} from '../language/generated/ast.js';

export interface DocumentContents {
    values: Value[];
    /** Statements with a `year`: targets, realisations, pagu, realisasi blocks, agreements. */
    yearStatements: Array<Target | Realisasi | Pagu | Belanja | RealisasiBlock | Perjanjian>;
    periods: Period[];
    indicators: Indikator[];
    nodes: Node[];
    blocks: RealisasiBlock[];
    /** Named elements inside organisations (positions, nodes, indicators) with their organisation's name. */
    named: Array<{ node: AstNode & { name: string }; organisation: string }>;
    /** Every date (a DATE terminal): the node and the property holding it. */
    dates: Array<{ node: AstNode; property: string; text: string; index?: number }>;
}

const cache = new WeakMap<Model, DocumentContents>();

export function contentsOf(root: Model): DocumentContents {
    let contents = cache.get(root);
    if (contents) return contents;
    const c: DocumentContents = { values: [], yearStatements: [], periods: [], indicators: [], nodes: [], blocks: [], named: [], dates: [] };
    // A walk over the grammar's structure: much cheaper than a generic AST stream.
    const value = (v: Value | undefined) => { if (v) c.values.push(v); };
    const quarters = (qs: QuarterValue[]) => qs.forEach(q => { value(q.value); value(q.upper); value(q.denominator); });
    const realisation = (r: Realisasi) => { c.yearStatements.push(r); value(r.value); value(r.denominator); quarters(r.quarters); };
    const named = (node: AstNode & { name: string }, organisation: string) => { if (node.name) c.named.push({ node, organisation }); };
    const date = (node: AstNode, property: string, text: string | undefined) => { if (text) c.dates.push({ node, property, text }); };
    for (const element of root.elements) {
        if (isPemda(element) || isInstansi(element)) {
            const org = element.name;
            if (element.period) c.periods.push(element.period);
            if (isInstansi(element)) {
                for (const position of element.positions) {
                    named(position, org);
                    for (const official of position.officials) {
                        date(official, 'from', official.from);
                        date(official, 'until', official.until);
                    }
                }
            }
            for (const node of element.nodes) {
                c.nodes.push(node);
                named(node, org);
                for (const indicator of node.indicators) {
                    c.indicators.push(indicator);
                    named(indicator, org);
                    value(indicator.baseline);
                    for (const target of indicator.targets) {
                        c.yearStatements.push(target);
                        date(target, 'revised', target.revised);
                        value(target.value);
                        value(target.upper);
                        quarters(target.quarters);
                    }
                    indicator.realisations.forEach(realisation);
                    indicator.evidence.forEach(b => date(b, 'verified', b.verified));
                }
                for (const pagu of node.ceilings) {
                    c.yearStatements.push(pagu);
                    date(pagu, 'revised', pagu.revised);
                    value(pagu.value);
                }
                node.spending.forEach(realisation);
                for (const belanja of node.expenditures) {
                    c.yearStatements.push(belanja);
                    value(belanja.value);
                    quarters(belanja.quarters);
                }
                node.evidence.forEach(b => date(b, 'verified', b.verified));
            }
        } else if (isRealisasiBlock(element)) {
            c.blocks.push(element);
            c.yearStatements.push(element);
            element.items.forEach(item => { value(item.value); value(item.denominator); });
        } else if (isPerjanjian(element)) {
            c.yearStatements.push(element);
            if (element.signed) c.dates.push({ node: element, property: 'signed', text: element.signed });
            element.amendments.forEach((text, index) => c.dates.push({ node: element, property: 'amendments', text, index }));
        }
    }
    cache.set(root, c);
    return c;
}
