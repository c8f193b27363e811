/**
 * One walk over a document's AST, sorted by what the validators need, cached per AST
 * root: the finding families share it instead of each walking the whole tree again.
 *
 * The walk is laid out from the grammar (`walkPlan`): which properties of each type hold
 * nodes, which hold dates, which types have a year and which can be named by a
 * reference. A construct added to the grammar is walked, sorted and checked (number
 * notation, years, dates, duplicate names) without an edit here.
 */
import { AstUtils, GrammarAST, type AstNode } from 'langium';
import {
    reflection,
    type Indikator, type KinerjaAstType, type Model, type Node, type Period, type RealisasiBlock, type Value
} from '../language/generated/ast.js';
import { KinerjaGrammar } from '../language/generated/grammar.js';

/** A statement with a `year` (targets, realisations, pagu, belanja, catatan, bukti, realisasi blocks, agreements, …). */
export type YearStatement = Extract<KinerjaAstType[keyof KinerjaAstType], { year: unknown }>;

export interface DocumentContents {
    /** Every Value: a number (`number`) or a quoted word of a scale (`text`). */
    values: Value[];
    /**
     * Statements with a `year`: targets, realisations, pagu, belanja, catatan, bukti,
     * realisasi blocks, agreements.
     */
    yearStatements: YearStatement[];
    periods: Period[];
    indicators: Indikator[];
    nodes: Node[];
    blocks: RealisasiBlock[];
    /** Named elements inside organisations (positions, nodes, indicators) with their organisation's name. */
    named: Array<{ node: AstNode & { name: string }; organisation: string }>;
    /**
     * Every date (a DATE terminal): the node and the property holding it, and its index
     * when the property is a list (`perubahan`).
     */
    dates: Array<{ node: AstNode; property: string; index?: number; text: string }>;
}

interface TypePlan {
    /** Properties holding contained nodes (a node or a list of them), in the grammar's order. */
    children: string[];
    /** Properties holding a DATE (a date or a list of them). */
    dates: string[];
    /** The type has a `year` property. */
    year: boolean;
    /** A reference can name it (a position, a node, an indicator). */
    named: boolean;
    /** An organisation (pemda, instansi): its name is the namespace of what it declares. */
    organisation: boolean;
    /** The list of its own kind it goes in, if any. */
    list: 'values' | 'periods' | 'indicators' | 'nodes' | 'blocks' | undefined;
}

const LISTS: Record<string, TypePlan['list']> = { Value: 'values', Period: 'periods', Indikator: 'indicators', Node: 'nodes', RealisasiBlock: 'blocks' };

let plans: Map<string, TypePlan> | undefined;

/** The walk's plan per AST type, read once from the grammar. */
function walkPlan(): Map<string, TypePlan> {
    if (plans) return plans;
    const grammar = KinerjaGrammar();
    const parserRules = grammar.rules.filter(GrammarAST.isParserRule);
    const nodeRules = new Set(parserRules.filter(r => !r.dataType && !r.fragment).map(r => r.name));
    const referenced = new Set<string>();
    for (const e of AstUtils.streamAllContents(grammar)) {
        if (GrammarAST.isCrossReference(e) && e.type.ref) referenced.add(e.type.ref.name);
    }
    plans = new Map();
    for (const rule of parserRules) {
        if (!nodeRules.has(rule.name)) continue;
        const organisation = reflection.isSubtype(rule.name, 'Organisation');
        const plan: TypePlan = {
            children: [], dates: [],
            year: 'year' in reflection.getTypeMetaData(rule.name).properties,
            named: !organisation && [...referenced].some(target => reflection.isSubtype(rule.name, target)),
            organisation,
            list: LISTS[rule.name]
        };
        for (const e of AstUtils.streamAst(rule.definition)) {
            if (!GrammarAST.isAssignment(e)) continue;
            const calls = GrammarAST.isAlternatives(e.terminal) ? e.terminal.elements : [e.terminal];
            const called = calls.map(c => (GrammarAST.isRuleCall(c) ? c.rule.ref?.name : undefined));
            const add = (list: string[]) => { if (!list.includes(e.feature)) list.push(e.feature); };
            if (called.some(name => name !== undefined && nodeRules.has(name))) add(plan.children);
            else if (called.includes('DATE')) add(plan.dates);
        }
        plans.set(rule.name, plan);
    }
    return plans;
}

const cache = new WeakMap<Model, DocumentContents>();

export function contentsOf(root: Model): DocumentContents {
    let contents = cache.get(root);
    if (contents) return contents;
    contents = { values: [], yearStatements: [], periods: [], indicators: [], nodes: [], blocks: [], named: [], dates: [] };
    const plan = walkPlan();
    const elements = root.elements;
    for (let i = 0; i < elements.length; i++) visit(elements[i], undefined, plan, contents);
    cache.set(root, contents);
    return contents;
}

function visit(node: AstNode, organisation: string | undefined, plan: Map<string, TypePlan>, c: DocumentContents): void {
    const p = plan.get(node.$type);
    if (p === undefined) return;
    const record = node as unknown as Record<string, unknown>;
    if (p.list !== undefined) (c[p.list] as AstNode[]).push(node);
    if (p.year) c.yearStatements.push(node as YearStatement);
    if (p.named && organisation !== undefined) {
        const name = record.name;
        if (typeof name === 'string' && name) c.named.push({ node: node as AstNode & { name: string }, organisation });
    }
    const dates = p.dates;
    for (let d = 0; d < dates.length; d++) {
        const property = dates[d];
        const date = record[property];
        if (Array.isArray(date)) {
            for (let index = 0; index < date.length; index++) if (date[index]) c.dates.push({ node, property, index, text: date[index] as string });
        } else if (typeof date === 'string' && date) {
            c.dates.push({ node, property, text: date });
        }
    }
    const inner = p.organisation ? (record.name as string | undefined) : organisation;
    const children = p.children;
    for (let k = 0; k < children.length; k++) {
        const child = record[children[k]];
        if (Array.isArray(child)) {
            for (let i = 0; i < child.length; i++) visit(child[i] as AstNode, inner, plan, c);
        } else if (child !== undefined) {
            visit(child as AstNode, inner, plan, c);
        }
    }
}
