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
    /** A reference can name it (a position, a node, an indicator, an organisation). */
    named: boolean;
}

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
        const plan: TypePlan = {
            children: [], dates: [],
            year: 'year' in reflection.getTypeMetaData(rule.name).properties,
            named: [...referenced].some(target => reflection.isSubtype(rule.name, target))
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
    const c: DocumentContents = { values: [], yearStatements: [], periods: [], indicators: [], nodes: [], blocks: [], named: [], dates: [] };
    const plan = walkPlan();
    const visit = (node: AstNode, organisation: string | undefined): void => {
        const type = node.$type;
        const p = plan.get(type);
        if (!p) return;
        const record = node as unknown as Record<string, unknown>;
        switch (type) {
            case 'Value': c.values.push(node as Value); break;
            case 'Period': c.periods.push(node as Period); break;
            case 'Indikator': c.indicators.push(node as Indikator); break;
            case 'Node': c.nodes.push(node as Node); break;
            case 'RealisasiBlock': c.blocks.push(node as RealisasiBlock); break;
        }
        if (p.year) c.yearStatements.push(node as YearStatement);
        if (p.named && organisation !== undefined && typeof record.name === 'string' && record.name) {
            c.named.push({ node: node as AstNode & { name: string }, organisation });
        }
        for (const property of p.dates) {
            const date = record[property];
            if (Array.isArray(date)) date.forEach((text: string, index) => { if (text) c.dates.push({ node, property, index, text }); });
            else if (typeof date === 'string' && date) c.dates.push({ node, property, text: date });
        }
        // Inside an organisation (pemda, instansi) its name is the namespace of what it declares.
        const inner = organisation ?? (type === 'Pemda' || type === 'Instansi' ? (record.name as string) : undefined);
        for (const property of p.children) {
            const child = record[property];
            if (Array.isArray(child)) for (const item of child) visit(item as AstNode, inner);
            else if (child) visit(child as AstNode, inner);
        }
    };
    for (const element of root.elements) visit(element, undefined);
    cache.set(root, c);
    return c;
}
