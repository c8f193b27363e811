/**
 * The fast path's lexer: the tokens of Langium's lexer for this grammar (Chevrotain,
 * with the token types Langium builds from terminals.langium and the keywords), read in
 * one pass into flat arrays instead of a token object per token.
 *
 * It knows the grammar's lexical rules as Chevrotain applies them: keywords are tried
 * before the terminals, and every keyword that looks like an identifier gives way to a
 * longer ID (`tw10` is an ID, `tw1` the keyword); `kondisi-awal`, `pihak-kedua`,
 * `rata-rata` and `s.d.` match as written, wherever a token starts (`s.d.tw2` is `s.d.`
 * then `tw2`, `Org.s.d.X` has `s.d.` in it; `s.d` and `s .d.` are an ID and dots);
 * DATE is tried before NUMBER; a NUMBER ends with a
 * digit; lines end at \n, \r\n or \r. Whatever it is not sure of (a character outside
 * ASCII outside strings and comments, an unterminated string or comment, a stray
 * character) makes it give up, and Chevrotain tokenizes the file instead.
 * test/language/fast-parser.test.ts compares the two token for token.
 */
import type { IToken, TokenType } from 'chevrotain';
import { grammarPattern } from './token-builder.js';

/** A comment: what Langium's CST builder reads from a hidden token. */
export interface HiddenToken {
    image: string;
    startOffset: number;
    startLine: number;
    startColumn: number;
    endLine: number;
    endColumn: number;
    tokenType: TokenType;
}

/**
 * The non-hidden tokens as parallel arrays (type, offset, length; a leaf looks its line
 * up from its offset), valid up to `count`, and the comments (with their lines). The fast lexer writes into the same buffers for every file
 * (a stream is read while its file is parsed, then dropped): no token arrays to grow and
 * copy, nothing for the garbage collector.
 */
export interface TokenStream {
    count: number;
    /** `types[count]` is undefined. */
    types: TokenType[];
    offsets: Int32Array;
    lengths: Int32Array;
    hidden: HiddenToken[];
}

/** A stream's tokens as plain arrays (for tests and messages). */
export function tokenFields(stream: TokenStream) {
    const n = stream.count;
    return {
        types: stream.types.slice(0, n), offsets: [...stream.offsets.subarray(0, n)], lengths: [...stream.lengths.subarray(0, n)], hidden: stream.hidden
    };
}

/** A hash of `text[start, end)`: how keywords are looked up without cutting the word out (small enough to stay a small integer). */
function wordHash(text: string, start: number, end: number): number {
    let h = 0;
    for (let k = start; k < end; k++) h = (h * 31 + text.charCodeAt(k)) & 0xfffff;
    return h;
}

/** The terminals as terminals.langium defines them; the fast lexer implements exactly these. */
const TERMINALS: Record<string, string> = {
    WS: String(/\s+/),
    ML_COMMENT: String(/\/\*[\s\S]*?\*\//),
    SL_COMMENT: String(/\/\/[^\n\r]*/),
    DATE: String(/\d{4}-\d{2}-\d{2}/),
    NUMBER: String(/\d(?:[\d.,]*\d)?/),
    ID: String(/[_a-zA-Z][\w]*/),
    STRING: String(/"(\\.|[^"\\\r\n])*"/)
};

function isDigit(c: number): boolean { return c >= 48 && c <= 57; }
function isIdStart(c: number): boolean { return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95; }
function isIdPart(c: number): boolean { return isIdStart(c) || isDigit(c); }
const isWord = (text: string) => [...text].every(c => isIdPart(c.charCodeAt(0)));
const longerAlts = (type: TokenType): TokenType[] =>
    type.LONGER_ALT === undefined ? [] : Array.isArray(type.LONGER_ALT) ? type.LONGER_ALT : [type.LONGER_ALT];
const longerAltIsId = (type: TokenType, id: TokenType) => longerAlts(type).length === 1 && longerAlts(type)[0] === id;

/**
 * The lexer's token types sorted into what the fast lexer handles: word keywords (which
 * give way to a longer ID), keywords that start with a letter but are not words
 * (`kondisi-awal`: matched as written, before any ID), and one-character punctuation.
 * Undefined when the grammar's tokens are anything else — the terminals changed, or a
 * keyword of another kind: then Chevrotain lexes every file, and the tests say so.
 */
function classify(definition: Record<string, TokenType>) {
    const id = definition.ID;
    for (const [name, source] of Object.entries(TERMINALS)) {
        if (!definition[name] || grammarPattern(definition[name]) !== source) return undefined;
    }
    // In this order (DATE before NUMBER), the comments hidden and the whitespace skipped.
    if (Object.keys(definition).filter(name => name in TERMINALS).join() !== Object.keys(TERMINALS).join()) return undefined;
    if (definition.ML_COMMENT.GROUP !== 'hidden' || definition.SL_COMMENT.GROUP !== 'hidden') return undefined;
    if (definition.WS.GROUP === undefined || definition.WS.GROUP === 'hidden') return undefined;
    const words = new Map<string, TokenType>();
    const literals: Array<[string, TokenType]> = [];
    const punctuation = new Map<number, TokenType>();
    for (const [name, type] of Object.entries(definition)) {
        if (name in TERMINALS) continue;
        if (type.PATTERN !== name || type.GROUP !== undefined) return undefined;
        const first = name.charCodeAt(0);
        if (name.length === 1 && !isIdPart(first)) {
            if (longerAlts(type).length > 0) return undefined;
            punctuation.set(first, type);
        } else if (isIdStart(first) && isWord(name)) {
            if (!longerAltIsId(type, id)) return undefined;
            words.set(name, type);
        } else if (isIdStart(first)) {
            if (longerAlts(type).length > 0) return undefined;
            literals.push([name, type]);
        } else {
            return undefined;
        }
    }
    // Chevrotain tries keywords longest first. A literal keyword that matches is longer
    // than the word it starts with, so it wins over that word and over ID.
    literals.sort((a, b) => b[0].length - a[0].length);
    // Looked up by the hash the scan computes, so that no string is cut out per word.
    const wordsByHash = new Map<number, Array<[string, TokenType]>>();
    for (const [name, type] of words) {
        const h = wordHash(name, 0, name.length);
        wordsByHash.set(h, [...wordsByHash.get(h) ?? [], [name, type]]);
    }
    return { wordsByHash, literals, punctuation, literalStarts: new Set(literals.map(([name]) => name.charCodeAt(0))) };
}

export class FastLexer {
    private readonly classes: ReturnType<typeof classify>;
    private readonly ID: TokenType;
    private readonly NUMBER: TokenType;
    private readonly DATE: TokenType;
    private readonly STRING: TokenType;
    private readonly SL_COMMENT: TokenType;
    private readonly ML_COMMENT: TokenType;

    constructor(definition: Record<string, TokenType>) {
        this.classes = classify(definition);
        this.ID = definition.ID;
        this.NUMBER = definition.NUMBER;
        this.DATE = definition.DATE;
        this.STRING = definition.STRING;
        this.SL_COMMENT = definition.SL_COMMENT;
        this.ML_COMMENT = definition.ML_COMMENT;
    }

    /** Whether the grammar's tokens are what this lexer implements (else it leaves every file to Chevrotain). */
    get usable(): boolean {
        return this.classes !== undefined;
    }

    // The buffers every stream is written into (see TokenStream), grown by doubling. The
    // types have a slot for every offset (and one more, for the end), written the same
    // way in every file: a write path first taken in a later file threw the optimised
    // lexer away and had it compiled again.
    private types: TokenType[] = withSlots([], 1025);
    private offsets = new Int32Array(1024);
    private lengths = new Int32Array(1024);

    private grow(): void {
        const size = this.offsets.length * 2;
        const grown = (from: Int32Array) => { const to = new Int32Array(size); to.set(from); return to; };
        this.offsets = grown(this.offsets);
        this.lengths = grown(this.lengths);
        withSlots(this.types, size + 1);
    }

    /**
     * The tokens of `text`, or undefined when Chevrotain should tokenize it. The stream
     * is valid until the next call.
     */
    tokenize(text: string): TokenStream | undefined {
        const classes = this.classes;
        if (!classes) return undefined;
        const { wordsByHash, literals, literalStarts, punctuation } = classes;
        const types = this.types;
        let n = 0;
        const hidden: HiddenToken[] = [];
        const length = text.length;
        let line = 0, lineStart = 0, i = 0;
        while (i < length) {
            const c = text.charCodeAt(i);
            if (c === 32 || c === 9 || c === 11 || c === 12) { i++; continue; }
            if (c === 10) { i++; line++; lineStart = i; continue; }
            if (c === 13) { i++; if (text.charCodeAt(i) === 10) i++; line++; lineStart = i; continue; }
            if (isIdStart(c)) {
                const start = i;
                if (literalStarts.has(c)) {
                    const literal = this.literalAt(literals, text, start);
                    if (literal) { i += literal[0].length; n = this.push(n, literal[1], start, i); continue; }
                }
                i++;
                while (i < length && isIdPart(text.charCodeAt(i))) i++;
                n = this.push(n, this.keyword(wordsByHash.get(wordHash(text, start, i)), text, start, i) ?? this.ID, start, i);
                continue;
            }
            if (isDigit(c)) {
                const start = i;
                if (isDate(text, i)) { i += 10; n = this.push(n, this.DATE, start, i); continue; }
                let end = i + 1;
                while (end < length) {
                    const d = text.charCodeAt(end);
                    if (isDigit(d) || d === 46 || d === 44) end++; else break;
                }
                while (!isDigit(text.charCodeAt(end - 1))) end--;
                i = end;
                n = this.push(n, this.NUMBER, start, i);
                continue;
            }
            if (c === 34 /* " */) {
                const start = i;
                i++;
                for (;;) {
                    if (i >= length) return undefined;
                    const d = text.charCodeAt(i);
                    if (d === 34) { i++; break; }
                    if (d === 10 || d === 13) return undefined;
                    if (d === 92 /* \ */) {
                        const e = text.charCodeAt(i + 1);
                        if (i + 1 >= length || e === 10 || e === 13 || e === 0x2028 || e === 0x2029) return undefined;
                        // A surrogate pair after the backslash is one character for `.` only with the u flag: leave it to Chevrotain.
                        if (e >= 0xd800 && e <= 0xdfff) return undefined;
                        i += 2;
                        continue;
                    }
                    i++;
                }
                n = this.push(n, this.STRING, start, i);
                continue;
            }
            if (c === 47 /* / */) {
                const next = text.charCodeAt(i + 1);
                if (next === 47) {
                    const start = i;
                    i += 2;
                    while (i < length) {
                        const d = text.charCodeAt(i);
                        if (d === 10 || d === 13) break;
                        i++;
                    }
                    hidden.push(this.hiddenToken(text, this.SL_COMMENT, start, i, line, start - lineStart, line, i - 1 - lineStart));
                    continue;
                }
                if (next === 42) {
                    const start = i;
                    const close = text.indexOf('*/', i + 2);
                    if (close < 0) return undefined;
                    const startLine = line, startColumn = start - lineStart;
                    i = close + 2;
                    for (let k = start + 2; k < close; k++) {
                        const d = text.charCodeAt(k);
                        if (d === 10) { line++; lineStart = k + 1; } else if (d === 13) {
                            if (text.charCodeAt(k + 1) === 10) k++;
                            line++; lineStart = k + 1;
                        }
                    }
                    hidden.push(this.hiddenToken(text, this.ML_COMMENT, start, i, startLine, startColumn, line, i - 1 - lineStart));
                    continue;
                }
                return undefined;
            }
            const type = punctuation.get(c);
            if (type) { n = this.push(n, type, i, i + 1); i++; continue; }
            return undefined;
        }
        // Past the end, the parser reads no token type (the buffer may hold a larger file's).
        types[n] = undefined as unknown as TokenType;
        return { count: n, types, offsets: this.offsets, lengths: this.lengths, hidden };
    }

    /**
     * Writes token `n` and returns the count. (A method: a closure made per call would be
     * another function in every file, and the optimised lexer would be thrown away.)
     */
    private push(n: number, type: TokenType, start: number, end: number): number {
        if (n === this.offsets.length) this.grow();
        this.types[n] = type;
        this.offsets[n] = start;
        this.lengths[n] = end - start;
        return n + 1;
    }

    /** The word keyword among `candidates` (same hash) that `text[start, end)` is. */
    private keyword(candidates: Array<[string, TokenType]> | undefined, text: string, start: number, end: number): TokenType | undefined {
        if (!candidates) return undefined;
        for (let k = 0; k < candidates.length; k++) {
            const name = candidates[k][0];
            if (name.length === end - start && text.startsWith(name, start)) return candidates[k][1];
        }
        return undefined;
    }

    /** The literal keyword (longest first) written at `start`. */
    private literalAt(literals: Array<[string, TokenType]>, text: string, start: number): [string, TokenType] | undefined {
        for (let k = 0; k < literals.length; k++) {
            if (text.startsWith(literals[k][0], start)) return literals[k];
        }
        return undefined;
    }

    /** A comment as Chevrotain reports it: 1-based lines and columns, the end column inclusive. */
    private hiddenToken(text: string, tokenType: TokenType, start: number, end: number, line: number, column: number, endLine: number, endColumn: number): HiddenToken {
        return { image: text.slice(start, end), startOffset: start, startLine: line + 1, startColumn: column + 1, endLine: endLine + 1, endColumn: endColumn + 1, tokenType };
    }
}

/** `types` grown to `n` slots with empty token types (pushed, so that it stays packed and writes into it fast). */
function withSlots(types: TokenType[], n: number): TokenType[] {
    while (types.length < n) types.push(undefined as unknown as TokenType);
    return types;
}

/** `\d{4}-\d{2}-\d{2}` at `i`. */
function isDate(text: string, i: number): boolean {
    // Written out: a helper closure here was most of the lexer's allocations.
    return isDigit(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) &&
        text.charCodeAt(i + 4) === 45 && isDigit(text.charCodeAt(i + 5)) && isDigit(text.charCodeAt(i + 6)) &&
        text.charCodeAt(i + 7) === 45 && isDigit(text.charCodeAt(i + 8)) && isDigit(text.charCodeAt(i + 9));
}

/** Chevrotain's tokens in the same form, for the files the fast lexer leaves to it. */
export function streamOf(tokens: IToken[], hidden: IToken[]): TokenStream {
    const n = tokens.length;
    const stream: TokenStream = {
        count: n, types: tokens.map(token => token.tokenType), offsets: new Int32Array(n), lengths: new Int32Array(n),
        hidden: hidden as HiddenToken[]
    };
    tokens.forEach((token, k) => {
        stream.offsets[k] = token.startOffset;
        stream.lengths[k] = token.image.length;
    });
    return stream;
}
