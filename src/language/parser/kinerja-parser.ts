/**
 * The parser: Langium's parser with a fast path for well-formed files.
 *
 * Most files in a workspace are well-formed, and for them Langium's general machinery
 * (Chevrotain's recogniser with ALL(*) lookahead, a wrapper call per token, then a second
 * walk over the whole AST to set `$container`) was the largest part of a cold
 * `kinerja check` (docs/performance.md, second round).
 * The fast path is a recursive-descent parser written for this grammar (LL(1)). It reads
 * the tokens Langium's lexer would make (kinerja-lexer.ts, or Langium's lexer itself for
 * what that one leaves to it) and builds the same result with Langium's CST node classes
 * (kinerja-cst-builder.ts places them as Langium's CST builder does) and Langium's own
 * value converter and linker: the same AST nodes with the same properties in
 * the same order, the same CST nodes with the same grammar elements, the same
 * references, which it also records for the linker (kinerja-linker.ts `recordParsedReferences`).
 *
 * It gives up at the first token it does not expect, and on any lexer error, and then
 * Langium's parser parses the file from the start. So every syntax error, its message
 * and the error recovery are Langium's own, up to MAX_SYNTAX_ERRORS per file
 * (syntax-limit.ts). test/language/fast-parser.test.ts checks that
 * both parsers give identical results on generated workspaces and on fuzzed input, and
 * that the fast path gives up exactly where Langium reports an error.
 *
 * When the grammar changes, this file has to change with it; the test fails until it does.
 */
import {
    AstUtils, DefaultValueConverter, GrammarAST, GrammarUtils, LangiumParser, ValueConverter, createParser,
    type AstNode, type CompositeCstNode, type CstNode, type LangiumCoreServices, type Linker, type ParseResult, type Reference, type ReferenceInfo
} from 'langium';
import type { TokenType } from 'chevrotain';
import { FastLexer, streamOf, type HiddenToken, type TokenStream } from './kinerja-lexer.js';
import { collectOwnReferences, recordParsedReferences } from '../kinerja-linker.js';
import { FlatCstBuilder, TokenLeaf } from './kinerja-cst-builder.js';
import { LeanCstBuilder, adoptContent, type LeanRoot } from './kinerja-lean-cst.js';
import { StringTable } from './string-table.js';
import { limitParserErrors } from './syntax-limit.js';
import { LazyLexer } from './lazy-lexer.js';

type Node = AstNode & Record<string, unknown>;
/** A value converter for one grammar element: what Langium's converter does for it. */
type Convert = (image: string, cst: CstNode) => unknown;
type GrammarElement = GrammarAST.AbstractElement;

/** Thrown when the fast path meets a token it does not expect. */
const GIVE_UP = Symbol('give up');

/**
 * The grammar elements of one rule that the fast path hands to the CST builder, found by
 * what they are, so that each rule's parsing method is the one place to edit for it:
 * `kw['{']` a keyword outside assignments, by its value; `field.name` what the
 * assignment to `name` assigns (a keyword, rule call or cross-reference); `call.ID` an
 * unassigned rule call, by the rule's name. The second of the same name is `name#2`.
 */
interface RuleSites {
    readonly kw: Readonly<Record<string, GrammarElement>>;
    readonly field: Readonly<Record<string, GrammarElement>>;
    readonly call: Readonly<Record<string, GrammarElement>>;
}

function ruleSites(rule: GrammarAST.ParserRule): RuleSites {
    const kw: Record<string, GrammarElement> = {}, field: Record<string, GrammarElement> = {}, call: Record<string, GrammarElement> = {};
    const put = (map: Record<string, GrammarElement>, name: string, element: GrammarElement) => {
        let key = name;
        for (let n = 2; key in map; n++) key = `${name}#${n}`;
        map[key] = element;
    };
    for (const e of AstUtils.streamAst(rule.definition) as Iterable<GrammarElement>) {
        const container = e.$container;
        if (GrammarAST.isAssignment(e)) put(field, e.feature, e.terminal);
        else if (GrammarAST.isAssignment(container) || GrammarAST.isCrossReference(container)) continue;
        else if (GrammarAST.isKeyword(e)) put(kw, e.value, e);
        else if (GrammarAST.isRuleCall(e)) put(call, e.rule.$refText, e);
    }
    return { kw, field, call };
}

/** The sites of every parser rule of the grammar, by rule name. */
function sitesOf(grammar: GrammarAST.Grammar): Readonly<Record<string, RuleSites>> {
    const sites: Record<string, RuleSites> = {};
    for (const rule of grammar.rules) if (GrammarAST.isParserRule(rule)) sites[rule.name] = ruleSites(rule);
    return sites;
}

/**
 * A statement of a rule's property loop that is a keyword and one value:
 * `('sumber' source=STRING)`, `('kondisi-awal' baseline=Value)`,
 * `('perubahan' amendments+=DATE)`. The fast path parses these from the grammar alone
 * (`statement`), so a new one needs no code here.
 */
interface Statement {
    readonly keywordSite: GrammarElement;
    readonly feature: string;
    readonly many: boolean;
    /** The assignment's rule call. */
    readonly site: GrammarElement;
    /** The terminal's token type, or undefined for a `Value`. */
    readonly terminal: TokenType | undefined;
}

/** The keyword-and-value statements of every rule's property loops, by rule name and keyword token. */
function statementsOf(grammar: GrammarAST.Grammar, token: (name: string) => TokenType): Readonly<Record<string, ReadonlyMap<TokenType, Statement>>> {
    const statements: Record<string, Map<TokenType, Statement>> = {};
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule)) continue;
        const map = new Map<TokenType, Statement>();
        for (const group of AstUtils.streamAst(rule.definition).filter(GrammarAST.isGroup)) {
            const loop = group.$container;
            if (!GrammarAST.isAlternatives(loop) || (loop.cardinality !== '*' && loop.cardinality !== '+') || group.cardinality !== undefined) continue;
            const [keyword, assignment, ...rest] = group.elements;
            if (rest.length || !GrammarAST.isKeyword(keyword) || keyword.cardinality || !GrammarAST.isAssignment(assignment) || assignment.cardinality
                || assignment.operator === '?=' || !GrammarAST.isRuleCall(assignment.terminal)) continue;
            const called = assignment.terminal.rule.ref;
            let terminal: TokenType | undefined;
            if (GrammarAST.isTerminalRule(called) && !called.fragment && !called.hidden) terminal = token(called.name);
            else if (!(called?.name === 'Value' && GrammarAST.isParserRule(called))) continue;
            const type = token(keyword.value);
            if (map.has(type)) throw new Error(`The grammar's rule ${rule.name} starts two statements with '${keyword.value}'.`);
            map.set(type, { keywordSite: keyword, feature: assignment.feature, many: assignment.operator === '+=', site: assignment.terminal, terminal });
        }
        if (map.size) statements[rule.name] = map;
    }
    return statements;
}

/**
 * Langium's parser, with the fast path in front. Langium's own parser rules are built
 * (Chevrotain's self-analysis) only when a file first needs them, so a run
 * over well-formed files never pays for it.
 */
export class KinerjaParser extends LangiumParser {
    private readonly fast: FastParser | undefined;
    private langiumReady = false;
    /** How many documents the fast path parsed, and how many it left to Langium's parser (the benchmark reports both). */
    readonly stats = { fast: 0, langium: 0 };

    constructor(private readonly services: LangiumCoreServices) {
        super(services);
        // KINERJA_PARSER=langium: Langium's parser for every file (to compare, or to rule the fast path out).
        const langiumOnly = typeof process !== 'undefined' && process.env?.KINERJA_PARSER === 'langium';
        try {
            this.fast = langiumOnly ? undefined : new FastParser(services);
        } catch {
            // The grammar no longer has what the fast path builds: Langium parses everything
            // (test/language/fast-parser.test.ts fails until the fast path follows the grammar).
            this.fast = undefined;
        }
    }

    /** Whether well-formed files take the fast path. */
    get hasFastPath(): boolean {
        return this.fast !== undefined;
    }

    override parse<T extends AstNode = AstNode>(input: string, options: { rule?: string } = {}): ParseResult<T> {
        if (this.fast && !options.rule) {
            const result = this.fast.parse(input);
            if (result) {
                this.stats.fast++;
                return result as ParseResult<T>;
            }
        }
        this.stats.langium++;
        return this.langiumParse<T>(input, options);
    }

    /** Langium's own parse, without the fast path. */
    langiumParse<T extends AstNode = AstNode>(input: string, options: { rule?: string } = {}): ParseResult<T> {
        if (!this.langiumReady) {
            createParser(this.services.Grammar, this, this.services.parser.Lexer.definition);
            this.finalize();
            limitParserErrors(this.wrapper);
            this.langiumReady = true;
        }
        return super.parse<T>(input, options);
    }
}

/** The parser service: Langium's createLangiumParser, with the kinerja parser. */
export function createKinerjaParser(services: LangiumCoreServices): LangiumParser {
    return new KinerjaParser(services);
}

/** The fast path: undefined when the input is not well-formed. */
export class FastParser {
    private readonly lexer;
    private readonly fastLexer: FastLexer;
    private readonly tokenBuilder;
    private readonly converter;
    private readonly converters = new Map<GrammarElement, Convert>();
    private readonly linker: Linker;
    /** Per AST type, the properties with defaults (arrays, booleans), in Langium's order. */
    private readonly defaults = new Map<string, Array<[string, unknown]>>();
    private readonly constructors = new Map<string, new () => Node>();
    private readonly reflection;

    /** The full CST builder, and the lean one (kinerja-lean-cst.ts); `builder` is the one of the parse under way. */
    private readonly fullBuilder = new FlatCstBuilder();
    private readonly leanBuilder = new LeanCstBuilder();
    private builder: FlatCstBuilder | LeanCstBuilder = this.fullBuilder;
    private lean = false;
    /** Whether `parse` builds the lean CST unless told otherwise. */
    readonly leanByDefault: boolean;
    private readonly materializer = (root: LeanRoot) => this.materialize(root);
    private input = '';
    private tokens: TokenStream = EMPTY;
    private count = 0;
    private pos = 0;
    private hidden: HiddenToken[] = [];
    private hiddenPos = 0;
    private references: ReferenceInfo[] = [];
    /** The leaf CST node of the token consumed last (full CST only). */
    private leaf!: TokenLeaf;
    /** The token consumed last. */
    private tokenOffset = 0;
    private tokenEnd = 0;
    private tokenType!: TokenType;
    private readonly strings = new StringTable();

    // Token types.
    private readonly t: Record<string, TokenType>;
    private readonly ID: TokenType;
    private readonly STRING: TokenType;
    private readonly NUMBER: TokenType;
    private readonly DATE: TokenType;
    // The keywords of each data type rule made of keywords, by token type.
    private readonly nodeKinds: Map<TokenType, GrammarAST.Keyword>;
    private readonly units: Map<TokenType, GrammarAST.Keyword>;
    private readonly directions: Map<TokenType, GrammarAST.Keyword>;
    private readonly accumulations: Map<TokenType, GrammarAST.Keyword>;
    private readonly quarters: Map<TokenType, GrammarAST.Keyword>;
    private readonly echelons: Map<TokenType, GrammarAST.Keyword>;
    private readonly actings: Map<TokenType, GrammarAST.Keyword>;
    private readonly lowerFormulas: Map<TokenType, GrammarAST.Keyword>;

    // Grammar sites per rule.
    private readonly s: Readonly<Record<string, RuleSites>>;
    // Keyword-and-value statements of property loops per rule.
    private readonly statements: Readonly<Record<string, ReadonlyMap<TokenType, Statement>>>;

    /**
     * `lean`: build lean CSTs unless `parse` is told otherwise (the default). They need
     * Langium's own value converter, which reads no CST node.
     */
    constructor(services: LangiumCoreServices, options: { lean?: boolean } = {}) {
        this.lexer = services.parser.Lexer;
        this.fastLexer = new FastLexer(this.lexer.definition as Record<string, TokenType>);
        this.tokenBuilder = services.parser.TokenBuilder;
        this.converter = services.parser.ValueConverter;
        this.linker = services.references.Linker;
        this.reflection = services.shared.AstReflection;
        const definition = this.lexer.definition as Record<string, TokenType>;
        const token = (name: string): TokenType => {
            const type = definition[name];
            if (!type) throw new Error(`The lexer has no token ${name}.`);
            return type;
        };
        // A plain object (not a Map or a proxy): constant keys make its lookups plain field reads.
        this.t = { ...definition };
        this.ID = token('ID');
        this.STRING = token('STRING');
        this.NUMBER = token('NUMBER');
        this.DATE = token('DATE');
        const sites = sitesOf(services.Grammar);
        const keywordsOf = (ruleName: string) => {
            const keywords = Object.values(sites[ruleName]?.kw ?? {}) as GrammarAST.Keyword[];
            if (!keywords.length) throw new Error(`The grammar has no keywords in rule ${ruleName}.`);
            return new Map(keywords.map(keyword => [token(keyword.value), keyword]));
        };
        this.nodeKinds = keywordsOf('NodeKind');
        this.units = keywordsOf('BuiltinUnit');
        this.directions = keywordsOf('Direction');
        this.accumulations = keywordsOf('Accumulation');
        this.quarters = keywordsOf('Quarter');
        this.echelons = keywordsOf('Echelon');
        this.actings = keywordsOf('Acting');
        this.lowerFormulas = keywordsOf('LowerFormula');
        this.s = sites;
        this.statements = statementsOf(services.Grammar, token);
        this.leanByDefault = (options.lean ?? true) && Object.getPrototypeOf(this.converter) === DefaultValueConverter.prototype;
    }

    /** The parse result of a well-formed `input`, else undefined; `lean`: whether its CST is lean (kinerja-lean-cst.ts). */
    parse(input: string, lean = this.leanByDefault): ParseResult | undefined {
        let tokens = this.fastLexer.tokenize(input);
        let lexerReport;
        if (tokens) {
            lexerReport = this.tokenBuilder.flushLexingReport?.(input);
        } else {
            const lexed = this.lexer.tokenize(input);
            if (lexed.errors.length > 0) {
                if (this.lexer instanceof LazyLexer) this.lexer.keepForNextCall(input, lexed);
                return undefined;
            }
            tokens = streamOf(lexed.tokens, lexed.hidden);
            lexerReport = lexed.report;
        }
        this.lean = lean;
        const builder = this.builder = lean ? this.leanBuilder : this.fullBuilder;
        builder.buildRootNode(input);
        this.input = input;
        this.tokens = tokens;
        this.count = tokens.count;
        this.pos = 0;
        this.hidden = tokens.hidden;
        this.hiddenPos = 0;
        const references: ReferenceInfo[] = this.references = [];
        let model: Node;
        try {
            model = this.model();
        } catch {
            // GIVE_UP, or anything unforeseen: Langium's parser decides (and throws what it throws).
            return undefined;
        } finally {
            this.tokens = EMPTY;
            this.input = '';
            this.references = [];
        }
        recordParsedReferences(model, references);
        if (builder instanceof LeanCstBuilder) {
            builder.finish(this.materializer);
        } else {
            const trailing = this.hidden.slice(this.hiddenPos);
            if (trailing.length > 0) builder.addHiddenNodes(trailing);
        }
        this.hidden = [];
        return { value: model, lexerErrors: [], lexerReport, parserErrors: [] };
    }

    /** Makes a lean root's content: the full CST of the same text, adopted by the lean nodes. */
    private materialize(root: LeanRoot): void {
        const state = root.lean;
        if (!state) return;
        this.fullBuilder.record();
        let full: ParseResult | undefined;
        try {
            full = this.parse(root.fullText, false);
        } finally {
            const created = this.fullBuilder.takeCreated();
            if (full?.value.$cstNode) {
                root.lean = undefined;
                adoptContent(root, state, full.value.$cstNode as CompositeCstNode, created);
            }
        }
        if (!full) throw new Error('A document the fast path parsed before no longer parses.');
    }

    // ------------------------------------------------------------------ machinery

    private get next(): TokenType | undefined {
        return this.tokens.types[this.pos];
    }

    /**
     * Whether the next token is of `type`. Callers pass `this.t['keyword']`: a constant key
     * at the call site is a plain field read, where a key passed in here would not be.
     */
    private at(type: TokenType): boolean {
        return this.tokens.types[this.pos] === type;
    }

    /**
     * Consumes a token of the given type as Langium does: the comments before it first,
     * then its leaf (what CstNodeBuilder.buildLeafNode builds from a Chevrotain token).
     */
    private consume(type: TokenType, feature: GrammarElement): void {
        const p = this.pos;
        const tokens = this.tokens;
        if (p >= this.count || tokens.types[p] !== type) throw GIVE_UP;
        this.pos = p + 1;
        const offset = tokens.offsets[p];
        const end = offset + tokens.lengths[p];
        this.tokenOffset = offset;
        this.tokenEnd = end;
        this.tokenType = type;
        if (this.lean) {
            (this.builder as LeanCstBuilder).token(offset, end);
            return;
        }
        const builder = this.builder as FlatCstBuilder;
        const hidden = this.hidden;
        if (this.hiddenPos < hidden.length && hidden[this.hiddenPos].startOffset < offset) {
            const start = this.hiddenPos;
            let last = start;
            while (last < hidden.length && hidden[last].startOffset < offset) last++;
            this.hiddenPos = last;
            builder.addHiddenNodes(hidden.slice(start, last));
        }
        const leaf = new TokenLeaf(offset, end - offset, type);
        leaf.grammarSource = feature;
        builder.appendLeaf(leaf);
        this.leaf = leaf;
    }

    /** The text of the token consumed last (one string per distinct name or number). */
    private image(): string {
        const type = this.tokenType;
        if (type === this.ID || type === this.NUMBER) return this.strings.intern(this.input, this.tokenOffset, this.tokenEnd);
        return this.input.substring(this.tokenOffset, this.tokenEnd);
    }

    /** Langium's value converter for what `site` parses, resolved once per grammar element. */
    private convertAt(site: GrammarElement): Convert {
        let convert = this.converters.get(site);
        if (!convert) {
            convert = converterFor(this.converter, site);
            this.converters.set(site, convert);
        }
        return convert;
    }

    /** A terminal assigned to `feature` of `node`, converted as Langium converts it. */
    private terminal(node: Node, feature: string, type: TokenType, site: GrammarElement): void {
        this.consume(type, site);
        node[feature] = this.convertAt(site)(this.image(), this.leaf);
    }

    /** A terminal pushed onto the list `feature` of `node` (`feature+=TERMINAL`). */
    private terminalItem(node: Node, feature: string, type: TokenType, site: GrammarElement): void {
        this.consume(type, site);
        this.push(node, feature, this.convertAt(site)(this.image(), this.leaf));
    }

    /**
     * `'keyword' feature=TERMINAL`, when the next token is the keyword; whether it was.
     * (The alternatives of a rule's property loop start with different tokens, so the
     * order in which they are tried does not matter.)
     */
    private keywordTerminal(node: Node, keyword: TokenType, keywordSite: GrammarElement, feature: string, type: TokenType, site: GrammarElement): boolean {
        if (!this.at(keyword)) return false;
        this.consume(keyword, keywordSite);
        this.terminal(node, feature, type, site);
        return true;
    }

    /**
     * A keyword-and-value statement of the rule's property loop (`statementsOf`), when the
     * next token starts one; whether it did.
     */
    private statement(node: Node, rule: string): boolean {
        const next = this.next;
        const statement = next === undefined ? undefined : this.statements[rule]?.get(next);
        if (statement === undefined) return false;
        this.consume(next!, statement.keywordSite);
        if (statement.terminal === undefined) this.attach(node, statement.feature, this.value(statement.site), statement.many);
        else if (statement.many) this.terminalItem(node, statement.feature, statement.terminal, statement.site);
        else this.terminal(node, statement.feature, statement.terminal, statement.site);
        return true;
    }

    /** `feature?='keyword'`. */
    private flag(node: Node, feature: string, type: TokenType, site: GrammarElement): void {
        this.consume(type, site);
        node[feature] = true;
    }

    /** A cross-reference written as one ID token. */
    private idReference(node: Node, feature: string, site: GrammarElement): ReferenceInfo {
        this.consume(this.ID, site);
        const leaf = this.lean
            ? (this.builder as LeanCstBuilder).referenceLeaf(this.tokenOffset, this.tokenEnd - this.tokenOffset, this.ID, site)
            : this.leaf;
        const text = this.convertAt(site)(this.image(), leaf) as string;
        const reference = this.linker.buildReference(node, feature, leaf, text);
        node[feature] = reference;
        return this.recordReference(reference, node, feature);
    }

    private recordReference(reference: Reference, container: Node, property: string, index?: number): ReferenceInfo {
        const info: ReferenceInfo = index === undefined ? { reference, container, property } : { reference, container, property, index };
        this.references.push(info);
        return info;
    }

    /** Moves the references recorded since `start` to `to`. */
    private moveReferences(start: number, to: ReferenceInfo[]): void {
        const references = this.references;
        for (let i = start; i < references.length; i++) to.push(references[i]);
        references.length = start;
    }

    /**
     * Puts the references recorded since `start`, all of them `node`'s own, in property
     * order (as the linker's walk reads them), dropping any written over.
     */
    private regroupReferences(node: Node, start: number): void {
        this.references.length = start;
        collectOwnReferences(node, this.references);
    }

    /** A cross-reference written as a QualifiedName; `many` pushes onto an array. */
    private qualifiedReference(node: Node, feature: string, site: GrammarElement, many = false): void {
        const cst = this.builder.buildCompositeNode(site);
        const names = this.s.QualifiedName;
        const id0 = names.call.ID, id1 = names.call['ID#2'], dot = names.kw['.'];
        this.consume(this.ID, id0);
        let text = String(this.convertAt(id0)(this.image(), this.leaf));
        while (this.at(this.t['.'])) {
            this.consume(this.t['.'], dot);
            text += '.';
            this.consume(this.ID, id1);
            text += String(this.convertAt(id1)(this.image(), this.leaf));
        }
        this.builder.construct();
        const value = this.convertAt(site)(text, cst) as string;
        const reference = this.linker.buildReference(node, feature, cst, value);
        if (many) {
            this.push(node, feature, reference);
            this.recordReference(reference, node, feature, (node[feature] as unknown[]).length - 1);
        } else {
            node[feature] = reference;
            this.recordReference(reference, node, feature);
        }
    }

    /** A data type rule made of one keyword out of `allowed`, assigned to `feature`. */
    private keywordValue(node: Node, feature: string, keywords: Map<TokenType, GrammarAST.Keyword>, site: GrammarElement): void {
        const type = this.next;
        const keyword = type && keywords.get(type);
        if (!keyword) throw GIVE_UP;
        const cst = this.builder.buildCompositeNode(site);
        this.consume(type, keyword);
        this.builder.construct();
        node[feature] = this.convertAt(site)(keyword.value, cst);
    }

    private push(node: Node, feature: string, value: unknown): void {
        const list = node[feature];
        if (Array.isArray(list)) list.push(value); else node[feature] = [value];
    }

    /** Opens the CST node of a rule call and creates its AST node. */
    private open(type: string, site: GrammarElement): Node {
        this.builder.buildCompositeNode(site);
        let create = this.constructors.get(type);
        if (!create) {
            create = plainObjectConstructor(type);
            this.constructors.set(type, create);
        }
        return new create();
    }

    /** Closes a rule's node as Langium's `construct` does: CST node, then default values. */
    private close(node: Node): Node {
        this.builder.construct(node as { $cstNode?: CstNode });
        let defaults = this.defaults.get(node.$type);
        if (!defaults) {
            defaults = Object.values(this.reflection.getTypeMetaData(node.$type).properties)
                .filter(p => p.defaultValue !== undefined)
                .map(p => [p.name, p.defaultValue] as [string, unknown]);
            this.defaults.set(node.$type, defaults);
        }
        for (const [name, value] of defaults) {
            const current = node[name];
            if (current === undefined) node[name] = Array.isArray(value) ? copyDefault(value) : value;
            // A list pushed to past one element has room for 16 more: keep it at its size.
            else if (Array.isArray(current) && current.length > 1) node[name] = current.slice();
        }
        return node;
    }

    /** Assigns a child node as Langium's `assign` and container linking do. */
    private attach(node: Node, feature: string, child: Node, many: boolean): void {
        (child.$cstNode as unknown as { astNode: AstNode }).astNode = child;
        const record = child as { $container?: AstNode; $containerProperty?: string; $containerIndex?: number };
        if (many) {
            let list = node[feature] as Node[] | undefined;
            if (Array.isArray(list)) list.push(child);
            else node[feature] = list = [child];
            record.$container = node;
            record.$containerProperty = feature;
            record.$containerIndex = list.length - 1;
        } else {
            // Written twice: the first node drops out of the AST. Langium links containers
            // after parsing, by walking the AST, so the dropped node has none there either.
            const previous = node[feature] as { $container?: AstNode; $containerProperty?: string } | undefined;
            if (previous?.$container === node) {
                delete previous.$container;
                delete previous.$containerProperty;
            }
            node[feature] = child;
            record.$container = node;
            record.$containerProperty = feature;
        }
    }

    /**
     * `'keyword' feature+=QualifiedName (',' feature+=QualifiedName)*`: `mendukung` in Node
     * and Indikator, `lintas` in Node; `comma` is the list's own ',' in its rule.
     */
    private referenceList(node: Node, feature: string, keyword: TokenType, keywordSite: GrammarElement, comma: GrammarElement, s: RuleSites): void {
        this.consume(keyword, keywordSite);
        this.qualifiedReference(node, feature, s.field[feature], true);
        while (this.at(this.t[','])) {
            this.consume(this.t[','], comma);
            this.qualifiedReference(node, feature, s.field[`${feature}#2`], true);
        }
    }

    /** A Value starts here: a number (with `Rp` or `-` before it) or a quoted word. */
    private startsValue(): boolean {
        const type = this.next;
        return type === this.NUMBER || type === this.STRING || type === this.t['Rp'] || type === this.t['-'];
    }

    /** A QuarterValue starts here: a period, or `s.d.` before it. */
    private startsQuarterValue(): boolean {
        const type = this.next;
        return type === this.t['s.d.'] || (type !== undefined && this.quarters.has(type));
    }

    /** `(quarter=Quarter)?` */
    private optionalQuarter(node: Node, site: GrammarElement): void {
        const type = this.next;
        if (type !== undefined && this.quarters.has(type)) this.keywordValue(node, 'quarter', this.quarters, site);
    }

    /** `('revisi' revised=DATE reason=STRING)?`, in Target and Pagu. */
    private revision(node: Node, s: RuleSites): void {
        if (!this.at(this.t['revisi'])) return;
        this.consume(this.t['revisi'], s.kw.revisi);
        this.terminal(node, 'revised', this.DATE, s.field.revised);
        this.terminal(node, 'reason', this.STRING, s.field.reason);
    }

    // ------------------------------------------------------------------ rules

    private model(): Node {
        const model = { $type: 'Model' } as Node;
        const elements = this.s.Model.field.elements;
        while (this.pos < this.count) {
            this.attach(model, 'elements', this.topLevel(elements), true);
        }
        this.close(model);
        (model.$cstNode as unknown as { astNode: AstNode }).astNode = model;
        return model;
    }

    /** TopLevel: an unassigned call of one of four rules inside the TopLevel CST node. */
    private topLevel(site: GrammarElement): Node {
        this.builder.buildCompositeNode(site);
        const calls = this.s.TopLevel.call;
        let node: Node;
        if (this.at(this.t['pemda'])) node = this.pemda(calls.Pemda);
        else if (this.at(this.t['instansi'])) node = this.instansi(calls.Instansi);
        else if (this.at(this.t['perjanjian'])) node = this.perjanjian(calls.Perjanjian);
        else if (this.at(this.t['realisasi'])) node = this.realisasiBlock(calls.RealisasiBlock);
        else throw GIVE_UP;
        // Langium's assignWithoutOverride: the inner CST node gives way to the outer one.
        (node as { $cstNode?: CstNode }).$cstNode = undefined;
        return this.close(node);
    }

    private pemda(site: GrammarElement): Node {
        const s = this.s.Pemda;
        const node = this.open('Pemda', site);
        this.consume(this.t['pemda'], s.kw.pemda);
        this.terminal(node, 'name', this.ID, s.field.name);
        this.terminal(node, 'title', this.STRING, s.field.title);
        this.consume(this.t['{'], s.kw['{']);
        for (;;) {
            if (this.at(this.t['periode'])) {
                this.consume(this.t['periode'], s.kw.periode);
                this.attach(node, 'period', this.period(s.field.period), false);
            } else if (this.nodeKinds.has(this.next!)) {
                this.attach(node, 'nodes', this.node(s.field.nodes), true);
            } else if (!this.statement(node, 'Pemda')) break;
        }
        this.consume(this.t['}'], s.kw['}']);
        return this.close(node);
    }

    private instansi(site: GrammarElement): Node {
        const s = this.s.Instansi;
        const node = this.open('Instansi', site);
        this.consume(this.t['instansi'], s.kw.instansi);
        this.terminal(node, 'name', this.ID, s.field.name);
        if (this.next === this.STRING) this.terminal(node, 'title', this.STRING, s.field.title);
        this.consume(this.t['{'], s.kw['{']);
        // The linker's walk takes the instansi's own reference first, wherever it is
        // written, then its children property by property (all positions, then all
        // nodes, or the other way round), though the text may mix them.
        const start = this.references.length;
        let own: ReferenceInfo | undefined;
        const positions: ReferenceInfo[] = [], nodes: ReferenceInfo[] = [];
        for (;;) {
            if (this.at(this.t['pemda'])) {
                this.consume(this.t['pemda'], s.kw.pemda);
                own = this.idReference(node, 'pemda', s.field.pemda);
                this.references.pop();
            } else if (this.at(this.t['periode'])) {
                this.consume(this.t['periode'], s.kw.periode);
                this.attach(node, 'period', this.period(s.field.period), false);
            } else if (this.at(this.t['jabatan'])) {
                this.attach(node, 'positions', this.jabatan(s.field.positions), true);
                this.moveReferences(start, positions);
            } else if (this.nodeKinds.has(this.next!)) {
                this.attach(node, 'nodes', this.node(s.field.nodes), true);
                this.moveReferences(start, nodes);
            } else if (!this.statement(node, 'Instansi')) break;
        }
        if (own) this.references.push(own);
        for (const property of Object.keys(node)) {
            const moved = property === 'positions' ? positions : property === 'nodes' ? nodes : undefined;
            if (moved) for (const info of moved) this.references.push(info);
        }
        this.consume(this.t['}'], s.kw['}']);
        return this.close(node);
    }

    private period(site: GrammarElement): Node {
        const s = this.s.Period;
        const node = this.open('Period', site);
        this.terminal(node, 'start', this.NUMBER, s.field.start);
        this.consume(this.t['-'], s.kw['-']);
        this.terminal(node, 'end', this.NUMBER, s.field.end);
        return this.close(node);
    }

    private jabatan(site: GrammarElement): Node {
        const s = this.s.Jabatan;
        const node = this.open('Jabatan', site);
        this.consume(this.t['jabatan'], s.kw.jabatan);
        this.terminal(node, 'name', this.ID, s.field.name);
        this.terminal(node, 'title', this.STRING, s.field.title);
        if (this.at(this.t['eselon'])) {
            this.consume(this.t['eselon'], s.kw.eselon);
            this.keywordValue(node, 'echelon', this.echelons, s.field.echelon);
        } else if (this.at(this.t['staf'])) {
            this.flag(node, 'staff', this.t['staf'], s.field.staff);
        } else throw GIVE_UP;
        if (this.at(this.t['atasan'])) {
            this.consume(this.t['atasan'], s.kw.atasan);
            this.qualifiedReference(node, 'superior', s.field.superior);
        }
        if (this.at(this.t['{'])) {
            this.consume(this.t['{'], s.kw['{']);
            for (;;) {
                if (this.at(this.t['pejabat'])) this.attach(node, 'officials', this.pejabat(s.field.officials), true);
                else if (!this.statement(node, 'Jabatan')) break;
            }
            this.consume(this.t['}'], s.kw['}']);
        }
        return this.close(node);
    }

    /** A `nip` right after an official is the official's (Langium takes the option greedily too). */
    private pejabat(site: GrammarElement): Node {
        const s = this.s.Pejabat;
        const node = this.open('Pejabat', site);
        this.consume(this.t['pejabat'], s.kw.pejabat);
        this.terminal(node, 'name', this.STRING, s.field.name);
        const next = this.next;
        if (next !== undefined && this.actings.has(next)) this.keywordValue(node, 'acting', this.actings, s.field.acting);
        this.keywordTerminal(node, this.t['sejak'], s.kw.sejak, 'from', this.DATE, s.field.from);
        this.keywordTerminal(node, this.t['sampai'], s.kw.sampai, 'until', this.DATE, s.field.until);
        this.keywordTerminal(node, this.t['nip'], s.kw.nip, 'nip', this.STRING, s.field.nip);
        return this.close(node);
    }

    private node(site: GrammarElement): Node {
        const s = this.s.Node;
        const node = this.open('Node', site);
        this.keywordValue(node, 'kind', this.nodeKinds, s.field.kind);
        this.terminal(node, 'name', this.ID, s.field.name);
        this.terminal(node, 'title', this.STRING, s.field.title);
        const start = this.references.length;
        for (;;) {
            if (this.at(this.t['oleh'])) {
                this.consume(this.t['oleh'], s.kw.oleh);
                this.qualifiedReference(node, 'owner', s.field.owner);
            } else if (this.at(this.t['mendukung'])) {
                this.referenceList(node, 'supports', this.t['mendukung'], s.kw.mendukung, s.kw[','], s);
            } else if (this.at(this.t['lintas'])) {
                this.referenceList(node, 'crosscutting', this.t['lintas'], s.kw.lintas, s.kw[',#2'], s);
            } else if (!this.statement(node, 'Node')) break;
        }
        // `oleh`, `mendukung` and `lintas` may come in any order and more than once.
        if (this.references.length > start) this.regroupReferences(node, start);
        if (this.at(this.t['{'])) {
            this.consume(this.t['{'], s.kw['{']);
            for (;;) {
                if (this.at(this.t['indikator'])) this.attach(node, 'indicators', this.indikator(s.field.indicators), true);
                else if (this.at(this.t['pagu'])) this.attach(node, 'ceilings', this.pagu(s.field.ceilings), true);
                else if (this.at(this.t['realisasi'])) this.attach(node, 'spending', this.realisasi(s.field.spending), true);
                else if (this.at(this.t['belanja'])) this.attach(node, 'expenditures', this.belanja(s.field.expenditures), true);
                else if (this.at(this.t['catatan'])) this.attach(node, 'notes', this.catatan(s.field.notes), true);
                else if (this.at(this.t['bukti'])) this.attach(node, 'evidence', this.bukti(s.field.evidence), true);
                else break;
            }
            this.consume(this.t['}'], s.kw['}']);
        }
        return this.close(node);
    }

    private indikator(site: GrammarElement): Node {
        const s = this.s.Indikator;
        const node = this.open('Indikator', site);
        this.consume(this.t['indikator'], s.kw.indikator);
        this.terminal(node, 'name', this.ID, s.field.name);
        this.terminal(node, 'title', this.STRING, s.field.title);
        if (this.at(this.t['utama'])) this.flag(node, 'key', this.t['utama'], s.field.key);
        if (this.at(this.t['mendukung'])) this.referenceList(node, 'supports', this.t['mendukung'], s.kw.mendukung, s.kw[','], s);
        if (this.at(this.t['{'])) {
            this.consume(this.t['{'], s.kw['{']);
            for (;;) {
                if (this.at(this.t['satuan'])) {
                    this.consume(this.t['satuan'], s.kw.satuan);
                    this.attach(node, 'unit', this.satuan(s.field.unit), false);
                } else if (this.at(this.t['arah'])) {
                    this.consume(this.t['arah'], s.kw.arah);
                    this.keywordValue(node, 'direction', this.directions, s.field.direction);
                    const next = this.next;
                    if (next !== undefined && this.lowerFormulas.has(next)) this.keywordValue(node, 'lowerFormula', this.lowerFormulas, s.field.lowerFormula);
                } else if (this.at(this.t['skala'])) {
                    this.consume(this.t['skala'], s.kw.skala);
                    do this.terminalItem(node, 'scale', this.STRING, s.field.scale); while (this.next === this.STRING);
                } else if (this.at(this.t['akumulasi'])) {
                    this.consume(this.t['akumulasi'], s.kw.akumulasi);
                    this.keywordValue(node, 'accumulation', this.accumulations, s.field.accumulation);
                } else if (this.at(this.t['target'])) {
                    this.attach(node, 'targets', this.target(s.field.targets), true);
                } else if (this.at(this.t['realisasi'])) {
                    this.attach(node, 'realisations', this.realisasi(s.field.realisations), true);
                } else if (this.at(this.t['catatan'])) {
                    this.attach(node, 'notes', this.catatan(s.field.notes), true);
                } else if (this.at(this.t['bukti'])) {
                    this.attach(node, 'evidence', this.bukti(s.field.evidence), true);
                } else if (!this.statement(node, 'Indikator')) break;
            }
            this.consume(this.t['}'], s.kw['}']);
        }
        return this.close(node);
    }

    private satuan(site: GrammarElement): Node {
        const s = this.s.Satuan;
        const node = this.open('Satuan', site);
        if (this.next === this.STRING) this.terminal(node, 'custom', this.STRING, s.field.custom);
        else this.keywordValue(node, 'builtin', this.units, s.field.builtin);
        return this.close(node);
    }

    private target(site: GrammarElement): Node {
        const s = this.s.Target;
        const node = this.open('Target', site);
        this.consume(this.t['target'], s.kw.target);
        this.terminal(node, 'year', this.NUMBER, s.field.year);
        this.attach(node, 'value', this.value(s.field.value), false);
        if (this.at(this.t['-'])) {
            this.consume(this.t['-'], s.kw['-']);
            this.attach(node, 'upper', this.value(s.field.upper), false);
        }
        this.quarterBlock(node, s);
        this.revision(node, s);
        return this.close(node);
    }

    private realisasi(site: GrammarElement): Node {
        const s = this.s.Realisasi;
        const node = this.open('Realisasi', site);
        this.consume(this.t['realisasi'], s.kw.realisasi);
        this.terminal(node, 'year', this.NUMBER, s.field.year);
        if (this.at(this.t['s.d.'])) this.flag(node, 'cumulative', this.t['s.d.'], s.field.cumulative);
        this.optionalQuarter(node, s.field.quarter);
        if (this.startsValue()) {
            this.attach(node, 'value', this.value(s.field.value), false);
            if (this.at(this.t['dari'])) {
                this.consume(this.t['dari'], s.kw.dari);
                this.attach(node, 'denominator', this.value(s.field.denominator), false);
            }
        }
        this.quarterBlock(node, s);
        return this.close(node);
    }

    /** `('{' quarters+=QuarterValue* '}')?`; `required`: without the `?` (Belanja). */
    private quarterBlock(node: Node, s: RuleSites, required = false): void {
        if (!required && !this.at(this.t['{'])) return;
        this.consume(this.t['{'], s.kw['{']);
        while (this.startsQuarterValue()) this.attach(node, 'quarters', this.quarterValue(s.field.quarters), true);
        this.consume(this.t['}'], s.kw['}']);
    }

    private quarterValue(site: GrammarElement): Node {
        const s = this.s.QuarterValue;
        const node = this.open('QuarterValue', site);
        if (this.at(this.t['s.d.'])) this.flag(node, 'cumulative', this.t['s.d.'], s.field.cumulative);
        this.keywordValue(node, 'quarter', this.quarters, s.field.quarter);
        this.attach(node, 'value', this.value(s.field.value), false);
        if (this.at(this.t['-'])) {
            this.consume(this.t['-'], s.kw['-']);
            this.attach(node, 'upper', this.value(s.field.upper), false);
        } else if (this.at(this.t['dari'])) {
            this.consume(this.t['dari'], s.kw.dari);
            this.attach(node, 'denominator', this.value(s.field.denominator), false);
        }
        return this.close(node);
    }

    private pagu(site: GrammarElement): Node {
        const s = this.s.Pagu;
        const node = this.open('Pagu', site);
        this.consume(this.t['pagu'], s.kw.pagu);
        this.terminal(node, 'year', this.NUMBER, s.field.year);
        this.attach(node, 'value', this.value(s.field.value), false);
        this.revision(node, s);
        return this.close(node);
    }

    private belanja(site: GrammarElement): Node {
        const s = this.s.Belanja;
        const node = this.open('Belanja', site);
        this.consume(this.t['belanja'], s.kw.belanja);
        this.terminal(node, 'year', this.NUMBER, s.field.year);
        const next = this.next;
        if (next !== undefined && this.quarters.has(next)) {
            this.keywordValue(node, 'quarter', this.quarters, s.field.quarter);
            this.attach(node, 'value', this.value(s.field.value), false);
        } else {
            this.quarterBlock(node, s, true);
        }
        return this.close(node);
    }

    private catatan(site: GrammarElement): Node {
        const s = this.s.Catatan;
        const node = this.open('Catatan', site);
        this.consume(this.t['catatan'], s.kw.catatan);
        this.terminal(node, 'year', this.NUMBER, s.field.year);
        this.optionalQuarter(node, s.field.quarter);
        this.consume(this.t['{'], s.kw['{']);
        while (this.statement(node, 'Catatan'));
        this.consume(this.t['}'], s.kw['}']);
        return this.close(node);
    }

    private bukti(site: GrammarElement): Node {
        const s = this.s.Bukti;
        const node = this.open('Bukti', site);
        this.consume(this.t['bukti'], s.kw.bukti);
        this.terminal(node, 'year', this.NUMBER, s.field.year);
        this.optionalQuarter(node, s.field.quarter);
        this.terminal(node, 'title', this.STRING, s.field.title);
        this.terminal(node, 'location', this.STRING, s.field.location);
        this.keywordTerminal(node, this.t['terverifikasi'], s.kw.terverifikasi, 'verified', this.DATE, s.field.verified);
        return this.close(node);
    }

    private value(site: GrammarElement): Node {
        const s = this.s.Value;
        const node = this.open('Value', site);
        if (this.next === this.STRING) {
            this.terminal(node, 'text', this.STRING, s.field.text);
            return this.close(node);
        }
        if (this.at(this.t['Rp'])) this.flag(node, 'rupiah', this.t['Rp'], s.field.rupiah);
        if (this.at(this.t['-'])) this.flag(node, 'negative', this.t['-'], s.field.negative);
        this.terminal(node, 'number', this.NUMBER, s.field.number);
        if (this.at(this.t['%'])) this.flag(node, 'percent', this.t['%'], s.field.percent);
        return this.close(node);
    }

    private realisasiBlock(site: GrammarElement): Node {
        const s = this.s.RealisasiBlock;
        const node = this.open('RealisasiBlock', site);
        this.consume(this.t['realisasi'], s.kw.realisasi);
        this.idReference(node, 'organisation', s.field.organisation);
        this.terminal(node, 'year', this.NUMBER, s.field.year);
        if (this.at(this.t['s.d.'])) this.flag(node, 'cumulative', this.t['s.d.'], s.field.cumulative);
        this.optionalQuarter(node, s.field.quarter);
        this.consume(this.t['{'], s.kw['{']);
        while (this.next === this.ID) this.attach(node, 'items', this.realisasiItem(s.field.items), true);
        this.consume(this.t['}'], s.kw['}']);
        return this.close(node);
    }

    private realisasiItem(site: GrammarElement): Node {
        const s = this.s.RealisasiItem;
        const node = this.open('RealisasiItem', site);
        this.qualifiedReference(node, 'target', s.field.target);
        this.attach(node, 'value', this.value(s.field.value), false);
        if (this.at(this.t['dari'])) {
            this.consume(this.t['dari'], s.kw.dari);
            this.attach(node, 'denominator', this.value(s.field.denominator), false);
        }
        return this.close(node);
    }

    private perjanjian(site: GrammarElement): Node {
        const s = this.s.Perjanjian;
        const node = this.open('Perjanjian', site);
        this.consume(this.t['perjanjian'], s.kw.perjanjian);
        this.qualifiedReference(node, 'position', s.field.position);
        this.terminal(node, 'year', this.NUMBER, s.field.year);
        if (this.at(this.t['{'])) {
            this.consume(this.t['{'], s.kw['{']);
            while (this.statement(node, 'Perjanjian'));
            this.consume(this.t['}'], s.kw['}']);
        }
        return this.close(node);
    }
}

/**
 * A constructor of plain objects (prototype Object.prototype, as Langium's `{ $type }`)
 * with `$type` set. Objects made by a constructor get room for their properties inside
 * the object, where an object literal keeps every property after the first in a
 * separate array that is copied each time it fills up (docs/performance.md, third round).
 * One constructor per type, so that each type's objects are sized for that type.
 */
function plainObjectConstructor(type: string): new () => Node {
    const create = function (this: Node) {
        (this as { $type: string }).$type = type;
    } as unknown as new () => Node;
    create.prototype = Object.prototype;   // the prototype Langium's `{ $type }` has
    return create;
}

const EMPTY: TokenStream = { count: 0, types: [], offsets: new Int32Array(0), lengths: new Int32Array(0), hidden: [] };

/**
 * What `converter.convert(image, cst)` does for a CST node of `site`. For Langium's own
 * DefaultValueConverter that is decided by the grammar element alone, so it is resolved
 * once (as DefaultValueConverter.convert and runConverter do); a string without escapes
 * is cut out of the quotes instead of rebuilt character by character. Any other
 * converter is called as it is.
 */
function converterFor(converter: object, site: GrammarElement): Convert {
    const generic: Convert = (image, cst) => (converter as DefaultValueConverter).convert(image, cst);
    if (Object.getPrototypeOf(converter) !== DefaultValueConverter.prototype) return generic;
    const feature = GrammarAST.isCrossReference(site) ? GrammarUtils.getCrossReferenceTerminal(site) : site;
    if (!GrammarAST.isRuleCall(feature)) return image => image;
    const rule = feature.rule.ref;
    if (!rule) return generic;
    switch (rule.name.toUpperCase()) {
        case 'INT': return ValueConverter.convertInt;
        case 'STRING': return image => image.indexOf('\\') < 0 ? image.slice(1, -1) : ValueConverter.convertString(image);
        case 'ID': return ValueConverter.convertID;
    }
    switch (GrammarUtils.getRuleType(rule)?.toLowerCase()) {
        case 'number': return ValueConverter.convertNumber;
        case 'boolean': return ValueConverter.convertBoolean;
        case 'bigint': return ValueConverter.convertBigint;
        case 'date': return ValueConverter.convertDate;
        default: return image => image;
    }
}

function copyDefault(value: unknown): unknown {
    return Array.isArray(value) ? value.map(copyDefault) : value;
}
