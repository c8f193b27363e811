/**
 * The parser's fast path (src/language/parser/kinerja-parser.ts) must be invisible: on every
 * well-formed file it gives exactly what Langium's parser gives, and on every file
 * Langium finds a syntax error in it gives up, so Langium parses and reports.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AstUtils, CstUtils, GrammarAST, isLeafCstNode, type AstNode, type ParseResult, type ReferenceInfo } from 'langium';
import type { TokenType } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { createKinerjaServices } from '../../src/lsp/kinerja-module.js';
import { FastParser, KinerjaParser } from '../../src/language/parser/kinerja-parser.js';
import { collectReferences, takeParsedReferences } from '../../src/language/kinerja-linker.js';
import { FastLexer, streamOf, tokenFields, type TokenStream } from '../../src/language/parser/kinerja-lexer.js';
import { generateWorkspace } from '../../src/tools/generate-workspace.js';
import { MUTATIONS } from '../../src/tools/fuzz/mutations.js';
import { seededRandom } from '../../src/tools/random.js';
import { firstDifference, leanPlacesDifference } from './parse-equivalence.js';
import { LeanRoot } from '../../src/language/parser/kinerja-lean-cst.js';
import { isIndikator, isNode, isPeriod, isRealisasiBlock, isValue, type Model } from '../../src/language/generated/ast.js';
import { contentsOf } from '../../src/validation/document-contents.js';
import { EVERY_CONSTRUCT } from './corpus.js';
import { EmptyFileSystemOnNode } from '../../src/validation/node-host.js';

const services = createKinerjaServices(EmptyFileSystemOnNode).Kinerja;
const parser = services.parser.LangiumParser as KinerjaParser;
const fast = new FastParser(services);
const fastLexer = new FastLexer(services.parser.Lexer.definition as never);
/** Langium's own parse, bypassing the fast path. */
const langium = (text: string): ParseResult => parser.langiumParse(text);
const wellFormed = (result: ParseResult) => result.lexerErrors.length === 0 && result.parserErrors.length === 0;

/** The references the fast path recorded are the linker's walk, in its order. */
function recordedAsWalked(result: ParseResult): string | undefined {
    const recorded = takeParsedReferences(result.value) ?? [];
    const walked: ReferenceInfo[] = [];
    collectReferences(result.value, walked);
    if (recorded.length !== walked.length) return `${recorded.length} references recorded, ${walked.length} walked`;
    for (let i = 0; i < walked.length; i++) {
        const a = recorded[i], b = walked[i];
        if (a.reference !== b.reference || a.container !== b.container || a.property !== b.property || a.index !== b.index
            || Object.keys(a).join() !== Object.keys(b).join()) {
            return `reference ${i} (${b.reference.$refText} in ${b.container.$type}.${b.property}[${b.index}]): recorded ${a.reference.$refText} in ${a.container.$type}.${a.property}[${a.index}] keys ${Object.keys(a)} vs ${Object.keys(b)}`;
        }
    }
    return undefined;
}

/** The fast lexer's tokens equal Chevrotain's (which must have no errors), comments included. */
function sameTokens(stream: TokenStream, text: string): boolean {
    const lexed = services.parser.Lexer.tokenize(text);
    if (lexed.errors.length > 0) return false;
    const expected = streamOf(lexed.tokens, lexed.hidden);
    const fields = (stream: TokenStream) => {
        const s = tokenFields(stream);
        return JSON.stringify([s.types.map(t => t.name), s.offsets, s.lengths,
            s.hidden.map(h => [h.tokenType.name, h.image, h.startOffset, h.startLine, h.startColumn, h.endLine, h.endColumn])]);
    };
    return fields(stream) === fields(expected);
}

/**
 * `runs` mutants of the corpus's smaller files: a file, then `count(rnd)` mutations, all
 * drawn from the seed's random stream; `context` names the run and the mutations.
 */
function* mutants(files: Record<string, string>, seed: number, runs: number, count: (rnd: () => number) => number) {
    const rnd = seededRandom(seed);
    const bases = Object.values(files).filter(text => text.length < 20_000);
    for (let run = 0; run < runs; run++) {
        let text = bases[Math.floor(rnd() * bases.length)];
        const applied: string[] = [];
        for (let i = count(rnd); i > 0; i--) {
            const mutation = MUTATIONS[Math.floor(rnd() * MUTATIONS.length)];
            text = mutation.apply(text, rnd);
            applied.push(mutation.name);
        }
        yield { text, context: `run ${run} (${applied.join(', ')})` };
    }
}

function corpus(): Record<string, string> {
    const files: Record<string, string> = {
        'every-construct.kinerja': EVERY_CONSTRUCT,
        'crlf.kinerja': EVERY_CONSTRUCT.replace(/\n/g, '\r\n'),
        'cr.kinerja': EVERY_CONSTRUCT.replace(/\n/g, '\r'),
        'unicode-and-comments.kinerja': 'instansi Dinas "Dinas Pendidikan – Kab. Kutai Timur, é 😀 \u2028 \\\\ \\t" {\t\f\v\n'
            + '    /* a block\r\n   comment over\rthree lines */ program P "P" // the end of a line\r\n'
            + '    { } /**/ kegiatan K "K" mendukung P/*x*/.P2//y\n}',
        'references-in-any-order.kinerja': 'instansi A { program P "P" { } pemda X jabatan J "J" eselon II pemda Y\n'
            + '  kegiatan K "K" mendukung P oleh J mendukung P, P oleh A.J kode "k" { indikator I1 "I" mendukung P.x, P.y } }',
        'empty.kinerja': '',
        'comment-only.kinerja': '// nothing\n/* here */\n'
    };
    for (const name of readdirSync('examples')) if (name.endsWith('.kinerja')) files[`examples/${name}`] = readFileSync(join('examples', name), 'utf8');
    for (const file of generateWorkspace({ agencies: 3, seed: 7 })) files[`generated/${file.path}`] = file.text;
    return files;
}

/**
 * The fast path against Langium's parser on `count` mutants of `files`: it gives up
 * exactly where Langium finds an error and builds what Langium builds elsewhere (with the
 * lean CST where `lean(run)`, its positions compared before its content is made).
 * Returns how often each happened.
 */
function compareOnMutants(files: Record<string, string>, seed: number, count: number, lean: (run: number) => boolean): { gaveUp: number; agreed: number } {
    let gaveUp = 0, agreed = 0, run = 0;
    for (const { text, context } of mutants(files, seed, count, rnd => 1 + Math.floor(rnd() * 2))) {
        const expected = langium(text);
        const isLean = lean(run++);
        const actual = fast.parse(text, isLean);
        if (isLean && actual) expect(leanPlacesDifference(actual, expected), context).toBeUndefined();
        if (!actual) {
            expect(wellFormed(expected), `${context}: the fast path gave up on a well-formed file`).toBe(false);
            gaveUp++;
        } else {
            expect(wellFormed(expected), `${context}: the fast path accepted a file with a syntax error`).toBe(true);
            expect(firstDifference(actual, expected), context).toBeUndefined();
            expect(recordedAsWalked(actual), context).toBeUndefined();
            agreed++;
        }
    }
    return { gaveUp, agreed };
}

describe('the parser fast path', () => {
    const files = corpus();

    it('is the parser the services use, with its fast lexer', () => {
        expect(parser).toBeInstanceOf(KinerjaParser);
        expect(parser.hasFastPath).toBe(true);
        expect(fastLexer.usable).toBe(true);
        const result = parser.parse(EVERY_CONSTRUCT);
        expect(wellFormed(result)).toBe(true);
    });

    it('has every keyword and assignment of the grammar in its corpus (a new construct goes into EVERY_CONSTRUCT, and the fast path must parse it)', () => {
        const covered = new Set<AstNode>();
        for (const text of Object.values(files)) {
            const root = langium(text).value.$cstNode!;
            for (const cst of CstUtils.streamCst(root)) {
                for (let element: AstNode | undefined = cst.grammarSource; element; element = element.$container) covered.add(element);
            }
        }
        const missing: string[] = [];
        let elements = 0;
        for (const rule of services.Grammar.rules) {
            if (!GrammarAST.isParserRule(rule)) continue;
            for (const e of AstUtils.streamAst(rule.definition)) {
                if (GrammarAST.isKeyword(e) || GrammarAST.isAssignment(e)) elements++;
                if (GrammarAST.isKeyword(e) && !covered.has(e)) missing.push(`${rule.name}: keyword '${e.value}'`);
                else if (GrammarAST.isAssignment(e) && !covered.has(e)) missing.push(`${rule.name}: ${e.feature}${e.operator}`);
            }
        }
        expect(elements).toBeGreaterThan(100);
        expect(missing).toEqual([]);
    });

    it('is walked whole by the validators\' one walk (src/validation/document-contents.ts): every value, year and element of the corpus', () => {
        const reflection = services.shared.AstReflection;
        for (const [name, text] of Object.entries(files)) {
            const root = parser.parse(text).value as Model;
            const all = AstUtils.streamAst(root).toArray();
            const contents = contentsOf(root);
            // Compared by type and place (AST nodes are too large and circular for a diff).
            const place = (n: AstNode) => `${n.$type} at ${n.$cstNode?.offset}`;
            const same = (what: string, walked: AstNode[], expected: AstNode[]) => {
                const seen = new Set(walked);
                expect(expected.filter(n => !seen.has(n)).map(place), `${name}: ${what} the walk misses (document-contents.ts walks what the grammar declares)`).toEqual([]);
                expect(walked.length, `${name}: ${what}`).toBe(expected.length);
            };
            same('values', contents.values, all.filter(isValue));
            same('statements with a year', contents.yearStatements, all.filter(n => 'year' in reflection.getTypeMetaData(n.$type).properties));
            same('periods', contents.periods, all.filter(isPeriod));
            same('indicators', contents.indicators, all.filter(isIndikator));
            same('nodes', contents.nodes, all.filter(isNode));
            same('realisasi blocks', contents.blocks, all.filter(isRealisasiBlock));
            // Every property the grammar assigns a DATE to (invalid-date checks them all).
            const dateFields = new Set<string>();
            for (const rule of services.Grammar.rules) {
                if (!GrammarAST.isParserRule(rule)) continue;
                for (const e of AstUtils.streamAst(rule.definition)) {
                    if (GrammarAST.isAssignment(e) && GrammarAST.isRuleCall(e.terminal) && e.terminal.rule.ref?.name === 'DATE') dateFields.add(`${rule.name}.${e.feature}`);
                }
            }
            expect(dateFields.size).toBeGreaterThan(0);
            const dated = all.flatMap(n => [...dateFields].filter(f => f.startsWith(`${n.$type}.`)).flatMap(f => {
                const date = (n as unknown as Record<string, unknown>)[f.split('.')[1]];
                // A list of dates (`perubahan`): one per date, with its index.
                return date === undefined ? [] : Array.isArray(date) ? date.map((_, index) => `${place(n)} ${f}[${index}]`) : [`${place(n)} ${f}`];
            }));
            expect(contents.dates.map(d => `${place(d.node)} ${d.node.$type}.${d.property}${d.index === undefined ? '' : `[${d.index}]`}`).sort(), `${name}: dates`)
                .toEqual(dated.sort());
        }
    });

    it.each(Object.keys(files))('gives exactly Langium\'s result for %s, with the full CST', (name) => {
        const expected = langium(files[name]);
        expect(wellFormed(expected), 'the corpus is well-formed').toBe(true);
        const actual = fast.parse(files[name], false);
        expect(actual, 'the fast path gave up on a well-formed file').toBeDefined();
        expect(actual!.value.$cstNode).not.toBeInstanceOf(LeanRoot);
        expect(firstDifference(actual!, expected)).toBeUndefined();
        expect(recordedAsWalked(actual!)).toBeUndefined();
    });

    it.each(Object.keys(files))('gives exactly Langium\'s result for %s, with the lean CST: positions first, then the content made', (name) => {
        const expected = langium(files[name]);
        const actual = fast.parse(files[name]);
        expect(actual, 'the fast path gave up on a well-formed file').toBeDefined();
        const root = actual!.value.$cstNode as LeanRoot;
        expect(root).toBeInstanceOf(LeanRoot);
        expect(leanPlacesDifference(actual!, expected)).toBeUndefined();
        const refNodes = AstUtils.streamAst(actual!.value).flatMap(node => AstUtils.streamReferences(node)).map(r => r.reference.$refNode).toArray();
        expect(firstDifference(actual!, expected)).toBeUndefined();
        expect(root.materialised).toBe(true);
        // The references' leaves are the ones in the content now.
        const leaves = new Set(CstUtils.streamCst(root).filter(isLeafCstNode).toArray());
        expect(refNodes.filter(node => isLeafCstNode(node) && !leaves.has(node))).toEqual([]);
        expect(recordedAsWalked(actual!)).toBeUndefined();
    });

    it('makes a lean tree\'s content once, from any of its nodes', () => {
        const actual = fast.parse(EVERY_CONSTRUCT)!;
        const root = actual.value.$cstNode as LeanRoot;
        const deep = AstUtils.streamAst(actual.value).toArray().at(-1)!.$cstNode!;
        const content = (deep as { content: unknown[] }).content;
        expect(root.materialised).toBe(true);
        expect((deep as { content: unknown[] }).content).toBe(content);
        const rootContent = root.content;
        expect(root.content).toBe(rootContent);
        expect(firstDifference(actual, langium(EVERY_CONSTRUCT))).toBeUndefined();
    });

    it('gives up exactly where Langium finds an error, and agrees where it does not (1 000 mutants, seed 20261123)', () => {
        // Every other mutant with the lean CST, whose positions are compared before its content is made.
        const { gaveUp, agreed } = compareOnMutants(files, 20261123, 1000, run => run % 2 === 1);
        // Both outcomes must be exercised for the test to mean anything.
        expect(gaveUp).toBeGreaterThan(150);
        expect(agreed).toBeGreaterThan(150);
    });

    it('lexes every file of the corpus itself, token for token as Chevrotain does', () => {
        for (const [name, text] of Object.entries(files)) {
            const stream = fastLexer.tokenize(text);
            expect(stream, name).toBeDefined();
            expect(sameTokens(stream!, text), name).toBe(true);
        }
    });

    it('lexes `s.d.` as Chevrotain does: one keyword wherever it is written whole, next to periods, numbers and names', () => {
        const names = (text: string) => {
            const stream = fastLexer.tokenize(text)!;
            expect(sameTokens(stream, text), text).toBe(true);
            return tokenFields(stream).types.map(type => type.name).join(' ');
        };
        expect(names('s.d.tw2')).toBe('s.d. tw2');
        expect(names('s.d.')).toBe('s.d.');
        expect(names('s.d.s.d.')).toBe('s.d. s.d.');
        expect(names('2025s.d.jan')).toBe('NUMBER s.d. jan');
        expect(names('1.s.d.1')).toBe('NUMBER . s.d. NUMBER');
        expect(names('s .d.')).toBe('ID . ID .');
        expect(names('s.d')).toBe('ID . ID');
        expect(names('s.dx')).toBe('ID . ID');
        expect(names('tw2s.d.')).toBe('ID . ID .');
        expect(names('abs.d.x')).toBe('ID . ID . ID');
        // Inside a qualified name too: `Org.s.d.X` is not a reference (Langium's lexer does the same).
        expect(names('Org.s.d.X')).toBe('ID . s.d. ID');
        for (const text of ['instansi A { program P "P" { realisasi 2025 s.d.tw2 5 belanja 2025{s.d.jan 1} } }', 'realisasi A 2025 s.d.okt{ P 1 }']) {
            expect(fast.parse(text, false), text).toBeDefined();
            expect(firstDifference(fast.parse(text, false)!, langium(text)), text).toBeUndefined();
        }
    });

    it('reuses its buffers: a small file after a large one has only its own tokens', () => {
        const large = Object.values(files).reduce((a, b) => (a.length > b.length ? a : b));
        const lexer = new FastLexer(services.parser.Lexer.definition as Record<string, TokenType>);
        expect(lexer.tokenize(large)!.count).toBeGreaterThan(2048);
        const small = 'pemda Kutim "Kutai Timur" { }';
        const stream = lexer.tokenize(small)!;
        expect(stream.count).toBe(5);
        expect(sameTokens(stream, small)).toBe(true);
        expect(sameTokens(lexer.tokenize(large)!, large)).toBe(true);
    });

    it('lexes mutants as Chevrotain does, or leaves them to it (2 000 mutants, seed 20261124)', () => {
        let lexed = 0, left = 0;
        for (const { text, context } of mutants(files, 20261124, 2000, () => 1)) {
            const stream = fastLexer.tokenize(text);
            if (stream) {
                expect(sameTokens(stream, text), context).toBe(true);
                lexed++;
            } else left++;
        }
        expect(lexed).toBeGreaterThan(1000);
        expect(left).toBeGreaterThan(50);
    });

    it('leaves lexing to Chevrotain when the grammar\'s tokens are not the ones it implements', () => {
        const definition = services.parser.Lexer.definition as Record<string, TokenType>;
        const changed = (name: string, change: Partial<TokenType>) => new FastLexer({ ...definition, [name]: { ...definition[name], ...change } });
        expect(changed('NUMBER', { PATTERN: /\d+/ }).usable).toBe(false);
        expect(changed('SL_COMMENT', { GROUP: undefined }).usable).toBe(false);
        expect(changed('tw1', { LONGER_ALT: undefined }).usable).toBe(false);
        expect(new FastLexer({ ...definition, '->': { name: '->', PATTERN: '->' } as TokenType }).usable).toBe(false);
        const { DATE, NUMBER, ...rest } = definition;
        expect(new FastLexer({ ...rest, NUMBER, DATE }).usable).toBe(false);   // NUMBER before DATE
        expect(changed('NUMBER', {}).tokenize('target 2025 10')).toBeDefined();
        expect(changed('NUMBER', { PATTERN: /\d+/ }).tokenize('target 2025 10')).toBeUndefined();
    });

    it('leaves every syntax error to Langium: same errors, same messages', () => {
        const broken = 'instansi Dinas { program P1 "P" { indikator I1 "x" { target 2025 } } }\npemda';
        const viaServices = parser.parse(broken);
        const expected = langium(broken);
        expect(viaServices.parserErrors.map(e => e.message)).toEqual(expected.parserErrors.map(e => e.message));
        expect(viaServices.parserErrors.length).toBeGreaterThan(0);
    });
});

/** The spec's workspace of a real year (../shared/spec, present in CI), which uses every construct of part 2. */
const MALRA = resolve(__dirname, '../../../shared/spec/examples/malra');
const malraPresent = existsSync(MALRA);
if (!malraPresent) console.warn(`fast-parser: the spec workspace is skipped, ${MALRA} not found (it is there in CI)`);

describe.skipIf(!malraPresent)('the parser fast path on the spec workspace examples/malra', () => {
    const files: Record<string, string> = {};
    if (malraPresent) for (const name of readdirSync(MALRA)) if (name.endsWith('.kinerja')) files[name] = readFileSync(join(MALRA, name), 'utf8');

    it('takes every file: none is left to Langium\'s parser', () => {
        expect(Object.keys(files).length).toBeGreaterThanOrEqual(5);
        const before = { ...parser.stats };
        for (const text of Object.values(files)) expect(wellFormed(parser.parse(text))).toBe(true);
        expect(parser.stats.fast - before.fast).toBe(Object.keys(files).length);
        expect(parser.stats.langium - before.langium).toBe(0);
    });

    it.each(Object.keys(files))('gives exactly Langium\'s result for %s, with the full and the lean CST', (name) => {
        const expected = langium(files[name]);
        expect(wellFormed(expected), 'the spec workspace is well-formed').toBe(true);
        const full = fast.parse(files[name], false);
        expect(full, 'the fast path gave up on a well-formed file').toBeDefined();
        expect(firstDifference(full!, expected)).toBeUndefined();
        expect(recordedAsWalked(full!)).toBeUndefined();
        const lean = fast.parse(files[name], true);
        expect(lean, 'the fast path gave up on a well-formed file').toBeDefined();
        expect(leanPlacesDifference(lean!, expected)).toBeUndefined();
        expect(firstDifference(lean!, expected)).toBeUndefined();
        expect(fastLexer.tokenize(files[name]) && sameTokens(fastLexer.tokenize(files[name])!, files[name])).toBe(true);
    });

    it('gives up exactly where Langium finds an error in its mutants, and agrees where it does not (500 mutants, seed 20261205)', () => {
        const { gaveUp, agreed } = compareOnMutants(files, 20261205, 500, () => false);
        expect(gaveUp).toBeGreaterThan(50);
        expect(agreed).toBeGreaterThan(50);
    });
});
