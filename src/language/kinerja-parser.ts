/**
 * The parser: Langium's parser with a fast path for well-formed files.
 *
 * Most files in a workspace are well-formed, and for them Langium's general machinery
 * (Chevrotain's recogniser with ALL(*) lookahead, a wrapper call per token, then a second
 * walk over the whole AST to set `$container`) was about half of a cold `kinerja check`.
 * The fast path is a recursive-descent parser written for this grammar (LL(1)). It reads
 * the same tokens from Langium's lexer and builds the same result through Langium's own
 * CST builder, value converter and linker: the same AST nodes with the same properties in
 * the same order, the same CST nodes with the same grammar elements, the same references.
 *
 * It gives up at the first token it does not expect, and on any lexer error, and then
 * Langium's parser parses the file from the start. So every syntax error, its message
 * and the error recovery are Langium's own. test/language/fast-parser.test.ts checks that
 * both parsers give identical results on generated workspaces and on fuzzed input, and
 * that the fast path gives up exactly where Langium reports an error.
 *
 * When the grammar changes, this file has to change with it; the test fails until it does.
 */
import {
    AstUtils, CstNodeBuilder, GrammarAST, LangiumParser, createParser,
    type AstNode, type CstNode, type LangiumCoreServices, type Linker, type ParseResult, type ValueConverter
} from 'langium';
import type { IToken, TokenType } from 'chevrotain';

type Node = AstNode & Record<string, unknown>;
/** What the CST builder's construct takes: an AST node (or data type value holder) being built. */
type Constructed = Parameters<CstNodeBuilder['construct']>[0];
type GrammarElement = GrammarAST.AbstractElement;

/** Thrown when the fast path meets a token it does not expect. */
const GIVE_UP = Symbol('give up');

/** The grammar elements the CST nodes of one rule point to, looked up once by name. */
class RuleSites {
    private readonly elements: GrammarElement[];

    constructor(grammar: GrammarAST.Grammar, readonly ruleName: string) {
        const rule = grammar.rules.find(r => r.name === ruleName);
        if (!rule || !GrammarAST.isParserRule(rule)) throw new Error(`The grammar has no parser rule ${ruleName}.`);
        this.elements = AstUtils.streamAst(rule.definition).toArray() as GrammarElement[];
    }

    /** The nth keyword `value` in the rule. */
    keyword(value: string, nth = 0): GrammarAST.Keyword {
        return this.find(e => GrammarAST.isKeyword(e) && e.value === value && !GrammarAST.isAssignment(e.$container), nth, `'${value}'`) as GrammarAST.Keyword;
    }

    /** Every keyword of the rule, in order. */
    keywords(): GrammarAST.Keyword[] {
        return this.elements.filter(GrammarAST.isKeyword);
    }

    /** What the nth assignment to `feature` assigns: a keyword, rule call or cross-reference. */
    assigned(feature: string, nth = 0): GrammarElement {
        return (this.find(e => GrammarAST.isAssignment(e) && e.feature === feature, nth, feature) as GrammarAST.Assignment).terminal;
    }

    /** The nth unassigned call of rule `name`. */
    call(name: string, nth = 0): GrammarAST.RuleCall {
        return this.find(e => GrammarAST.isRuleCall(e) && e.rule.ref?.name === name && !GrammarAST.isAssignment(e.$container)
            && !GrammarAST.isCrossReference(e.$container), nth, name) as GrammarAST.RuleCall;
    }

    private find(test: (e: GrammarElement) => boolean, nth: number, what: string): GrammarElement {
        const found = this.elements.filter(test)[nth];
        if (!found) throw new Error(`The grammar rule ${this.ruleName} has no ${what} (${nth}).`);
        return found;
    }
}

/**
 * Langium's parser, with the fast path in front. Langium's own parser rules are built
 * (Chevrotain's self-analysis, about 60 ms) only when a file first needs them, so a run
 * over well-formed files never pays for it.
 */
export class KinerjaParser extends LangiumParser {
    private readonly fast: FastParser;
    private langiumReady = false;

    constructor(private readonly services: LangiumCoreServices) {
        super(services);
        this.fast = new FastParser(services);
    }

    override parse<T extends AstNode = AstNode>(input: string, options: { rule?: string } = {}): ParseResult<T> {
        if (!options.rule) {
            const result = this.fast.parse(input);
            if (result) return result as ParseResult<T>;
        }
        return this.langiumParse<T>(input, options);
    }

    /** Langium's own parse, without the fast path. */
    langiumParse<T extends AstNode = AstNode>(input: string, options: { rule?: string } = {}): ParseResult<T> {
        if (!this.langiumReady) {
            createParser(this.services.Grammar, this, this.services.parser.Lexer.definition);
            this.finalize();
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
    private readonly converter: ValueConverter;
    private readonly linker: Linker;
    /** Per AST type, the properties with defaults (arrays, booleans), in Langium's order. */
    private readonly defaults = new Map<string, Array<[string, unknown]>>();
    private readonly reflection;

    private builder = new CstNodeBuilder();
    private tokens: IToken[] = [];
    private pos = 0;
    private hidden: IToken[] = [];
    private hiddenPos = 0;
    /** The leaf CST node of the token consumed last. */
    private leaf!: CstNode;

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

    // Grammar sites per rule.
    private readonly s;

    constructor(services: LangiumCoreServices) {
        this.lexer = services.parser.Lexer;
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
        const keywordsOf = (ruleName: string) => {
            const sites = new RuleSites(services.Grammar, ruleName);
            return new Map(sites.keywords().map(keyword => [token(keyword.value), keyword]));
        };
        this.nodeKinds = keywordsOf('NodeKind');
        this.units = keywordsOf('BuiltinUnit');
        this.directions = keywordsOf('Direction');
        this.accumulations = keywordsOf('Accumulation');
        this.quarters = keywordsOf('Quarter');
        this.echelons = keywordsOf('Echelon');
        this.s = sitesOf(services.Grammar);
    }

    parse(input: string): ParseResult | undefined {
        const lexed = this.lexer.tokenize(input);
        if (lexed.errors.length > 0) return undefined;
        this.builder = new CstNodeBuilder();
        this.builder.buildRootNode(input);
        this.tokens = lexed.tokens;
        this.pos = 0;
        this.hidden = lexed.hidden;
        this.hiddenPos = 0;
        let model: Node;
        try {
            model = this.model();
        } catch (error) {
            if (error === GIVE_UP) return undefined;
            throw error;
        } finally {
            this.tokens = [];
        }
        const trailing = this.hidden.slice(this.hiddenPos);
        if (trailing.length > 0) this.builder.addHiddenNodes(trailing);
        this.hidden = [];
        return { value: model, lexerErrors: [], lexerReport: lexed.report, parserErrors: [] };
    }

    // ------------------------------------------------------------------ machinery

    private get next(): TokenType | undefined {
        return this.tokens[this.pos]?.tokenType;
    }

    private is(name: string): boolean {
        return this.tokens[this.pos]?.tokenType === this.t[name];
    }

    /** Consumes a token of the given type as Langium does: hidden tokens first, then the leaf. */
    private consume(type: TokenType, feature: GrammarElement): string {
        const token = this.tokens[this.pos];
        if (token === undefined || token.tokenType !== type) throw GIVE_UP;
        this.pos++;
        const hidden = this.hidden;
        if (this.hiddenPos < hidden.length && hidden[this.hiddenPos].startOffset < token.startOffset) {
            const start = this.hiddenPos;
            let end = start;
            while (end < hidden.length && hidden[end].startOffset < token.startOffset) end++;
            this.hiddenPos = end;
            this.builder.addHiddenNodes(hidden.slice(start, end));
        }
        this.leaf = this.builder.buildLeafNode(token, feature);
        return token.image;
    }

    /** A keyword assigned to nothing. */
    private keyword(name: string, feature: GrammarElement): void {
        this.consume(this.t[name], feature);
    }

    /** A terminal assigned to `feature` of `node`, converted as Langium converts it. */
    private terminal(node: Node, feature: string, type: TokenType, site: GrammarElement): void {
        const image = this.consume(type, site);
        node[feature] = this.converter.convert(image, this.leaf);
    }

    /** `feature?='keyword'`. */
    private flag(node: Node, feature: string, name: string, site: GrammarElement): void {
        this.consume(this.t[name], site);
        node[feature] = true;
    }

    /** A cross-reference written as one ID token. */
    private idReference(node: Node, feature: string, site: GrammarElement): void {
        const image = this.consume(this.ID, site);
        const leaf = this.leaf;
        const text = this.converter.convert(image, leaf) as string;
        node[feature] = this.linker.buildReference(node, feature, leaf, text);
    }

    /** A cross-reference written as a QualifiedName; `many` pushes onto an array. */
    private qualifiedReference(node: Node, feature: string, site: GrammarElement, many = false): void {
        const cst = this.builder.buildCompositeNode(site);
        const { id0, id1, dot } = this.s.QualifiedName;
        let text = String(this.converter.convert(this.consume(this.ID, id0), this.leaf));
        while (this.is('.')) {
            text += this.consume(this.t['.'], dot);
            text += String(this.converter.convert(this.consume(this.ID, id1), this.leaf));
        }
        const holder = {} as Node;
        this.builder.construct(holder as unknown as Constructed);
        const value = this.converter.convert(text, cst) as string;
        const reference = this.linker.buildReference(node, feature, cst, value);
        if (many) this.push(node, feature, reference); else node[feature] = reference;
    }

    /** A data type rule made of one keyword out of `allowed`, assigned to `feature`. */
    private keywordValue(node: Node, feature: string, keywords: Map<TokenType, GrammarAST.Keyword>, site: GrammarElement): void {
        const type = this.next;
        const keyword = type && keywords.get(type);
        if (!keyword) throw GIVE_UP;
        const cst = this.builder.buildCompositeNode(site);
        const image = this.consume(type, keyword);
        const holder = {} as Node;
        this.builder.construct(holder as unknown as Constructed);
        node[feature] = this.converter.convert(image, cst);
    }

    private push(node: Node, feature: string, value: unknown): void {
        const list = node[feature];
        if (Array.isArray(list)) list.push(value); else node[feature] = [value];
    }

    /** Opens the CST node of a rule call and creates its AST node. */
    private open(type: string, site: GrammarElement): Node {
        this.builder.buildCompositeNode(site);
        return { $type: type } as Node;
    }

    /** Closes a rule's node as Langium's `construct` does: CST node, then default values. */
    private close(node: Node): Node {
        this.builder.construct(node as unknown as Constructed);
        let defaults = this.defaults.get(node.$type);
        if (!defaults) {
            defaults = Object.values(this.reflection.getTypeMetaData(node.$type).properties)
                .filter(p => p.defaultValue !== undefined)
                .map(p => [p.name, p.defaultValue] as [string, unknown]);
            this.defaults.set(node.$type, defaults);
        }
        for (const [name, value] of defaults) {
            if (node[name] === undefined) node[name] = Array.isArray(value) ? copyDefault(value) : value;
        }
        return node;
    }

    /** Assigns a child node as Langium's `assign` and container linking do. */
    private attach(node: Node, feature: string, child: Node, many: boolean): void {
        (child.$cstNode as unknown as { astNode: AstNode }).astNode = child;
        const record = child as { $container?: AstNode; $containerProperty?: string; $containerIndex?: number };
        if (many) {
            let list = node[feature] as Node[] | undefined;
            if (!Array.isArray(list)) node[feature] = list = [];
            list.push(child);
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

    private startsValue(): boolean {
        const type = this.next;
        return type === this.NUMBER || type === this.t['Rp'] || type === this.t['-'];
    }

    // ------------------------------------------------------------------ rules

    private model(): Node {
        const model = { $type: 'Model' } as Node;
        const { elements } = this.s.Model;
        while (this.pos < this.tokens.length) {
            this.attach(model, 'elements', this.topLevel(elements), true);
        }
        this.close(model);
        (model.$cstNode as unknown as { astNode: AstNode }).astNode = model;
        return model;
    }

    /** TopLevel: an unassigned call of one of four rules inside the TopLevel CST node. */
    private topLevel(site: GrammarElement): Node {
        this.builder.buildCompositeNode(site);
        const calls = this.s.TopLevel;
        let node: Node;
        if (this.is('pemda')) node = this.pemda(calls.Pemda);
        else if (this.is('instansi')) node = this.instansi(calls.Instansi);
        else if (this.is('perjanjian')) node = this.perjanjian(calls.Perjanjian);
        else if (this.is('realisasi')) node = this.realisasiBlock(calls.RealisasiBlock);
        else throw GIVE_UP;
        // Langium's assignWithoutOverride: the inner CST node gives way to the outer one.
        (node as { $cstNode?: CstNode }).$cstNode = undefined;
        return this.close(node);
    }

    private pemda(site: GrammarElement): Node {
        const s = this.s.Pemda;
        const node = this.open('Pemda', site);
        this.keyword('pemda', s.pemda);
        this.terminal(node, 'name', this.ID, s.name);
        this.terminal(node, 'title', this.STRING, s.title);
        this.keyword('{', s.open);
        for (;;) {
            if (this.is('kepala')) {
                this.keyword('kepala', s.kepala);
                this.terminal(node, 'head', this.STRING, s.head);
            } else if (this.is('periode')) {
                this.keyword('periode', s.periode);
                this.attach(node, 'period', this.period(s.period), false);
            } else if (this.nodeKinds.has(this.next!)) {
                this.attach(node, 'nodes', this.node(s.nodes), true);
            } else break;
        }
        this.keyword('}', s.close);
        return this.close(node);
    }

    private instansi(site: GrammarElement): Node {
        const s = this.s.Instansi;
        const node = this.open('Instansi', site);
        this.keyword('instansi', s.instansi);
        this.terminal(node, 'name', this.ID, s.name);
        if (this.next === this.STRING) this.terminal(node, 'title', this.STRING, s.title);
        this.keyword('{', s.open);
        for (;;) {
            if (this.is('pemda')) {
                this.keyword('pemda', s.pemdaKeyword);
                this.idReference(node, 'pemda', s.pemda);
            } else if (this.is('periode')) {
                this.keyword('periode', s.periode);
                this.attach(node, 'period', this.period(s.period), false);
            } else if (this.is('jabatan')) {
                this.attach(node, 'positions', this.jabatan(s.positions), true);
            } else if (this.nodeKinds.has(this.next!)) {
                this.attach(node, 'nodes', this.node(s.nodes), true);
            } else break;
        }
        this.keyword('}', s.close);
        return this.close(node);
    }

    private period(site: GrammarElement): Node {
        const s = this.s.Period;
        const node = this.open('Period', site);
        this.terminal(node, 'start', this.NUMBER, s.start);
        this.keyword('-', s.dash);
        this.terminal(node, 'end', this.NUMBER, s.end);
        return this.close(node);
    }

    private jabatan(site: GrammarElement): Node {
        const s = this.s.Jabatan;
        const node = this.open('Jabatan', site);
        this.keyword('jabatan', s.jabatan);
        this.terminal(node, 'name', this.ID, s.name);
        this.terminal(node, 'title', this.STRING, s.title);
        if (this.is('eselon')) {
            this.keyword('eselon', s.eselon);
            this.keywordValue(node, 'echelon', this.echelons, s.echelon);
        } else if (this.is('staf')) {
            this.flag(node, 'staff', 'staf', s.staff);
        } else throw GIVE_UP;
        if (this.is('atasan')) {
            this.keyword('atasan', s.atasan);
            this.qualifiedReference(node, 'superior', s.superior);
        }
        if (this.is('{')) {
            this.keyword('{', s.open);
            for (;;) {
                if (this.is('pejabat')) {
                    this.keyword('pejabat', s.pejabat);
                    this.terminal(node, 'official', this.STRING, s.official);
                } else if (this.is('nip')) {
                    this.keyword('nip', s.nipKeyword);
                    this.terminal(node, 'nip', this.STRING, s.nip);
                } else break;
            }
            this.keyword('}', s.close);
        }
        return this.close(node);
    }

    private node(site: GrammarElement): Node {
        const s = this.s.Node;
        const node = this.open('Node', site);
        this.keywordValue(node, 'kind', this.nodeKinds, s.kind);
        this.terminal(node, 'name', this.ID, s.name);
        this.terminal(node, 'title', this.STRING, s.title);
        for (;;) {
            if (this.is('kode')) {
                this.keyword('kode', s.kode);
                this.terminal(node, 'code', this.STRING, s.code);
            } else if (this.is('oleh')) {
                this.keyword('oleh', s.oleh);
                this.qualifiedReference(node, 'owner', s.owner);
            } else if (this.is('mendukung')) {
                this.keyword('mendukung', s.mendukung);
                this.qualifiedReference(node, 'supports', s.supports0, true);
                while (this.is(',')) {
                    this.keyword(',', s.comma);
                    this.qualifiedReference(node, 'supports', s.supports1, true);
                }
            } else break;
        }
        if (this.is('{')) {
            this.keyword('{', s.open);
            for (;;) {
                if (this.is('indikator')) this.attach(node, 'indicators', this.indikator(s.indicators), true);
                else if (this.is('pagu')) this.attach(node, 'ceilings', this.pagu(s.ceilings), true);
                else if (this.is('realisasi')) this.attach(node, 'spending', this.realisasi(s.spending), true);
                else break;
            }
            this.keyword('}', s.close);
        }
        return this.close(node);
    }

    private indikator(site: GrammarElement): Node {
        const s = this.s.Indikator;
        const node = this.open('Indikator', site);
        this.keyword('indikator', s.indikator);
        this.terminal(node, 'name', this.ID, s.name);
        this.terminal(node, 'title', this.STRING, s.title);
        if (this.is('mendukung')) {
            this.keyword('mendukung', s.mendukung);
            this.qualifiedReference(node, 'supports', s.supports0, true);
            while (this.is(',')) {
                this.keyword(',', s.comma);
                this.qualifiedReference(node, 'supports', s.supports1, true);
            }
        }
        if (this.is('{')) {
            this.keyword('{', s.open);
            for (;;) {
                if (this.is('satuan')) {
                    this.keyword('satuan', s.satuan);
                    this.attach(node, 'unit', this.satuan(s.unit), false);
                } else if (this.is('arah')) {
                    this.keyword('arah', s.arah);
                    this.keywordValue(node, 'direction', this.directions, s.direction);
                } else if (this.is('akumulasi')) {
                    this.keyword('akumulasi', s.akumulasi);
                    this.keywordValue(node, 'accumulation', this.accumulations, s.accumulation);
                } else if (this.is('definisi')) {
                    this.keyword('definisi', s.definisi);
                    this.terminal(node, 'definition', this.STRING, s.definition);
                } else if (this.is('rumus')) {
                    this.keyword('rumus', s.rumus);
                    this.terminal(node, 'formula', this.STRING, s.formula);
                } else if (this.is('sumber')) {
                    this.keyword('sumber', s.sumber);
                    this.terminal(node, 'source', this.STRING, s.source);
                } else if (this.is('kondisi-awal')) {
                    this.keyword('kondisi-awal', s.kondisiAwal);
                    this.attach(node, 'baseline', this.value(s.baseline), false);
                } else if (this.is('target')) {
                    this.attach(node, 'targets', this.target(s.targets), true);
                } else if (this.is('realisasi')) {
                    this.attach(node, 'realisations', this.realisasi(s.realisations), true);
                } else break;
            }
            this.keyword('}', s.close);
        }
        return this.close(node);
    }

    private satuan(site: GrammarElement): Node {
        const s = this.s.Satuan;
        const node = this.open('Satuan', site);
        if (this.next === this.STRING) this.terminal(node, 'custom', this.STRING, s.custom);
        else this.keywordValue(node, 'builtin', this.units, s.builtin);
        return this.close(node);
    }

    private target(site: GrammarElement): Node {
        const s = this.s.Target;
        const node = this.open('Target', site);
        this.keyword('target', s.target);
        this.terminal(node, 'year', this.NUMBER, s.year);
        this.attach(node, 'value', this.value(s.value), false);
        if (this.is('-')) {
            this.keyword('-', s.dash);
            this.attach(node, 'upper', this.value(s.upper), false);
        }
        this.quarterBlock(node, s);
        return this.close(node);
    }

    private realisasi(site: GrammarElement): Node {
        const s = this.s.Realisasi;
        const node = this.open('Realisasi', site);
        this.keyword('realisasi', s.realisasi);
        this.terminal(node, 'year', this.NUMBER, s.year);
        if (this.quarters.has(this.next!)) this.keywordValue(node, 'quarter', this.quarters, s.quarter);
        if (this.startsValue()) {
            this.attach(node, 'value', this.value(s.value), false);
            if (this.is('dari')) {
                this.keyword('dari', s.dari);
                this.attach(node, 'denominator', this.value(s.denominator), false);
            }
        }
        this.quarterBlock(node, s);
        return this.close(node);
    }

    private quarterBlock(node: Node, s: { open: GrammarElement; close: GrammarElement; quarters: GrammarElement }): void {
        if (!this.is('{')) return;
        this.keyword('{', s.open);
        while (this.quarters.has(this.next!)) this.attach(node, 'quarters', this.quarterValue(s.quarters), true);
        this.keyword('}', s.close);
    }

    private quarterValue(site: GrammarElement): Node {
        const s = this.s.QuarterValue;
        const node = this.open('QuarterValue', site);
        this.keywordValue(node, 'quarter', this.quarters, s.quarter);
        this.attach(node, 'value', this.value(s.value), false);
        if (this.is('-')) {
            this.keyword('-', s.dash);
            this.attach(node, 'upper', this.value(s.upper), false);
        } else if (this.is('dari')) {
            this.keyword('dari', s.dari);
            this.attach(node, 'denominator', this.value(s.denominator), false);
        }
        return this.close(node);
    }

    private pagu(site: GrammarElement): Node {
        const s = this.s.Pagu;
        const node = this.open('Pagu', site);
        this.keyword('pagu', s.pagu);
        this.terminal(node, 'year', this.NUMBER, s.year);
        this.attach(node, 'value', this.value(s.value), false);
        return this.close(node);
    }

    private value(site: GrammarElement): Node {
        const s = this.s.Value;
        const node = this.open('Value', site);
        if (this.is('Rp')) this.flag(node, 'rupiah', 'Rp', s.rupiah);
        if (this.is('-')) this.flag(node, 'negative', '-', s.negative);
        this.terminal(node, 'number', this.NUMBER, s.number);
        if (this.is('%')) this.flag(node, 'percent', '%', s.percent);
        return this.close(node);
    }

    private realisasiBlock(site: GrammarElement): Node {
        const s = this.s.RealisasiBlock;
        const node = this.open('RealisasiBlock', site);
        this.keyword('realisasi', s.realisasi);
        this.idReference(node, 'organisation', s.organisation);
        this.terminal(node, 'year', this.NUMBER, s.year);
        if (this.quarters.has(this.next!)) this.keywordValue(node, 'quarter', this.quarters, s.quarter);
        this.keyword('{', s.open);
        while (this.next === this.ID) this.attach(node, 'items', this.realisasiItem(s.items), true);
        this.keyword('}', s.close);
        return this.close(node);
    }

    private realisasiItem(site: GrammarElement): Node {
        const s = this.s.RealisasiItem;
        const node = this.open('RealisasiItem', site);
        this.qualifiedReference(node, 'target', s.target);
        this.attach(node, 'value', this.value(s.value), false);
        if (this.is('dari')) {
            this.keyword('dari', s.dari);
            this.attach(node, 'denominator', this.value(s.denominator), false);
        }
        return this.close(node);
    }

    private perjanjian(site: GrammarElement): Node {
        const s = this.s.Perjanjian;
        const node = this.open('Perjanjian', site);
        this.keyword('perjanjian', s.perjanjian);
        this.qualifiedReference(node, 'position', s.position);
        this.terminal(node, 'year', this.NUMBER, s.year);
        if (this.is('{')) {
            this.keyword('{', s.open);
            for (;;) {
                if (this.is('pihak-kedua')) {
                    this.keyword('pihak-kedua', s.pihakKedua);
                    this.terminal(node, 'secondParty', this.STRING, s.secondParty);
                } else if (this.is('tempat')) {
                    this.keyword('tempat', s.tempat);
                    this.terminal(node, 'place', this.STRING, s.place);
                } else if (this.is('ditandatangani')) {
                    this.keyword('ditandatangani', s.ditandatangani);
                    this.terminal(node, 'signed', this.DATE, s.signed);
                } else break;
            }
            this.keyword('}', s.close);
        }
        return this.close(node);
    }
}

function copyDefault(value: unknown): unknown {
    return Array.isArray(value) ? value.map(copyDefault) : value;
}

/** Every grammar element the fast path hands to the CST builder, by rule. */
function sitesOf(grammar: GrammarAST.Grammar) {
    const rule = (name: string) => new RuleSites(grammar, name);
    const model = rule('Model');
    const top = rule('TopLevel');
    const pemda = rule('Pemda');
    const instansi = rule('Instansi');
    const period = rule('Period');
    const jabatan = rule('Jabatan');
    const node = rule('Node');
    const indikator = rule('Indikator');
    const satuan = rule('Satuan');
    const target = rule('Target');
    const realisasi = rule('Realisasi');
    const quarterValue = rule('QuarterValue');
    const pagu = rule('Pagu');
    const value = rule('Value');
    const block = rule('RealisasiBlock');
    const item = rule('RealisasiItem');
    const perjanjian = rule('Perjanjian');
    const qualifiedName = rule('QualifiedName');
    return {
        Model: { elements: model.assigned('elements') },
        TopLevel: { Pemda: top.call('Pemda'), Instansi: top.call('Instansi'), Perjanjian: top.call('Perjanjian'), RealisasiBlock: top.call('RealisasiBlock') },
        Pemda: {
            pemda: pemda.keyword('pemda'), name: pemda.assigned('name'), title: pemda.assigned('title'), open: pemda.keyword('{'),
            kepala: pemda.keyword('kepala'), head: pemda.assigned('head'), periode: pemda.keyword('periode'), period: pemda.assigned('period'),
            nodes: pemda.assigned('nodes'), close: pemda.keyword('}')
        },
        Instansi: {
            instansi: instansi.keyword('instansi'), name: instansi.assigned('name'), title: instansi.assigned('title'), open: instansi.keyword('{'),
            pemdaKeyword: instansi.keyword('pemda'), pemda: instansi.assigned('pemda'), periode: instansi.keyword('periode'), period: instansi.assigned('period'),
            positions: instansi.assigned('positions'), nodes: instansi.assigned('nodes'), close: instansi.keyword('}')
        },
        Period: { start: period.assigned('start'), dash: period.keyword('-'), end: period.assigned('end') },
        Jabatan: {
            jabatan: jabatan.keyword('jabatan'), name: jabatan.assigned('name'), title: jabatan.assigned('title'),
            eselon: jabatan.keyword('eselon'), echelon: jabatan.assigned('echelon'), staff: jabatan.assigned('staff'),
            atasan: jabatan.keyword('atasan'), superior: jabatan.assigned('superior'), open: jabatan.keyword('{'),
            pejabat: jabatan.keyword('pejabat'), official: jabatan.assigned('official'), nipKeyword: jabatan.keyword('nip'), nip: jabatan.assigned('nip'),
            close: jabatan.keyword('}')
        },
        Node: {
            kind: node.assigned('kind'), name: node.assigned('name'), title: node.assigned('title'),
            kode: node.keyword('kode'), code: node.assigned('code'), oleh: node.keyword('oleh'), owner: node.assigned('owner'),
            mendukung: node.keyword('mendukung'), supports0: node.assigned('supports'), comma: node.keyword(','), supports1: node.assigned('supports', 1),
            open: node.keyword('{'), indicators: node.assigned('indicators'), ceilings: node.assigned('ceilings'), spending: node.assigned('spending'),
            close: node.keyword('}')
        },
        Indikator: {
            indikator: indikator.keyword('indikator'), name: indikator.assigned('name'), title: indikator.assigned('title'),
            mendukung: indikator.keyword('mendukung'), supports0: indikator.assigned('supports'), comma: indikator.keyword(','), supports1: indikator.assigned('supports', 1),
            open: indikator.keyword('{'),
            satuan: indikator.keyword('satuan'), unit: indikator.assigned('unit'), arah: indikator.keyword('arah'), direction: indikator.assigned('direction'),
            akumulasi: indikator.keyword('akumulasi'), accumulation: indikator.assigned('accumulation'),
            definisi: indikator.keyword('definisi'), definition: indikator.assigned('definition'), rumus: indikator.keyword('rumus'), formula: indikator.assigned('formula'),
            sumber: indikator.keyword('sumber'), source: indikator.assigned('source'), kondisiAwal: indikator.keyword('kondisi-awal'), baseline: indikator.assigned('baseline'),
            targets: indikator.assigned('targets'), realisations: indikator.assigned('realisations'), close: indikator.keyword('}')
        },
        Satuan: { builtin: satuan.assigned('builtin'), custom: satuan.assigned('custom') },
        Target: {
            target: target.keyword('target'), year: target.assigned('year'), value: target.assigned('value'), dash: target.keyword('-'), upper: target.assigned('upper'),
            open: target.keyword('{'), quarters: target.assigned('quarters'), close: target.keyword('}')
        },
        Realisasi: {
            realisasi: realisasi.keyword('realisasi'), year: realisasi.assigned('year'), quarter: realisasi.assigned('quarter'), value: realisasi.assigned('value'),
            dari: realisasi.keyword('dari'), denominator: realisasi.assigned('denominator'),
            open: realisasi.keyword('{'), quarters: realisasi.assigned('quarters'), close: realisasi.keyword('}')
        },
        QuarterValue: {
            quarter: quarterValue.assigned('quarter'), value: quarterValue.assigned('value'), dash: quarterValue.keyword('-'), upper: quarterValue.assigned('upper'),
            dari: quarterValue.keyword('dari'), denominator: quarterValue.assigned('denominator')
        },
        Pagu: { pagu: pagu.keyword('pagu'), year: pagu.assigned('year'), value: pagu.assigned('value') },
        Value: { rupiah: value.assigned('rupiah'), negative: value.assigned('negative'), number: value.assigned('number'), percent: value.assigned('percent') },
        RealisasiBlock: {
            realisasi: block.keyword('realisasi'), organisation: block.assigned('organisation'), year: block.assigned('year'), quarter: block.assigned('quarter'),
            open: block.keyword('{'), items: block.assigned('items'), close: block.keyword('}')
        },
        RealisasiItem: { target: item.assigned('target'), value: item.assigned('value'), dari: item.keyword('dari'), denominator: item.assigned('denominator') },
        Perjanjian: {
            perjanjian: perjanjian.keyword('perjanjian'), position: perjanjian.assigned('position'), year: perjanjian.assigned('year'), open: perjanjian.keyword('{'),
            pihakKedua: perjanjian.keyword('pihak-kedua'), secondParty: perjanjian.assigned('secondParty'), tempat: perjanjian.keyword('tempat'), place: perjanjian.assigned('place'),
            ditandatangani: perjanjian.keyword('ditandatangani'), signed: perjanjian.assigned('signed'), close: perjanjian.keyword('}')
        },
        QualifiedName: { id0: qualifiedName.call('ID'), dot: qualifiedName.keyword('.'), id1: qualifiedName.call('ID', 1) }
    };
}
