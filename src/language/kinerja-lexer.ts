/**
 * The fast path's lexer: the tokens of Langium's lexer for this grammar (Chevrotain,
 * with the token types Langium builds from terminals.langium and the keywords), read in
 * one pass into flat arrays instead of a token object per token.
 *
 * It knows the grammar's lexical rules as Chevrotain applies them: keywords are tried
 * before the terminals, and every keyword that looks like an identifier gives way to a
 * longer ID (`tw10` is an ID, `tw1` the keyword); `kondisi-awal`, `pihak-kedua` and
 * `rata-rata` match as written; DATE is tried before NUMBER; a NUMBER ends with a
 * digit; lines end at \n, \r\n or \r. Whatever it is not sure of (a character outside
 * ASCII outside strings and comments, an unterminated string or comment, a stray
 * character) makes it give up, and Chevrotain tokenizes the file instead.
 * test/language/fast-parser.test.ts compares the two token for token.
 */
import type { IToken, TokenType } from 'chevrotain';

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

/** The non-hidden tokens as parallel arrays (0-based lines and columns), and the comments. */
export interface TokenStream {
    types: TokenType[];
    offsets: number[];
    lengths: number[];
    lines: number[];
    columns: number[];
    hidden: HiddenToken[];
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
        if (!definition[name] || String(definition[name].PATTERN) !== source) return undefined;
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
    return { words, literals, punctuation, literalStarts: new Set(literals.map(([name]) => name.charCodeAt(0))) };
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

    /** The tokens of `text`, or undefined when Chevrotain should tokenize it. */
    tokenize(text: string): TokenStream | undefined {
        const classes = this.classes;
        if (!classes) return undefined;
        const { words, literals, literalStarts, punctuation } = classes;
        const types: TokenType[] = [], offsets: number[] = [], lengths: number[] = [], lines: number[] = [], columns: number[] = [];
        const hidden: HiddenToken[] = [];
        const length = text.length;
        let line = 0, lineStart = 0, i = 0;
        const push = (type: TokenType, start: number, end: number) => {
            types.push(type); offsets.push(start); lengths.push(end - start); lines.push(line); columns.push(start - lineStart);
        };
        while (i < length) {
            const c = text.charCodeAt(i);
            if (c === 32 || c === 9 || c === 11 || c === 12) { i++; continue; }
            if (c === 10) { i++; line++; lineStart = i; continue; }
            if (c === 13) { i++; if (text.charCodeAt(i) === 10) i++; line++; lineStart = i; continue; }
            if (isIdStart(c)) {
                const start = i;
                if (literalStarts.has(c)) {
                    const literal = literals.find(([name]) => text.startsWith(name, start));
                    if (literal) { i += literal[0].length; push(literal[1], start, i); continue; }
                }
                i++;
                while (i < length && isIdPart(text.charCodeAt(i))) i++;
                push(words.get(text.slice(start, i)) ?? this.ID, start, i);
                continue;
            }
            if (isDigit(c)) {
                const start = i;
                if (isDate(text, i)) { i += 10; push(this.DATE, start, i); continue; }
                let end = i + 1;
                while (end < length) {
                    const d = text.charCodeAt(end);
                    if (isDigit(d) || d === 46 || d === 44) end++; else break;
                }
                while (!isDigit(text.charCodeAt(end - 1))) end--;
                i = end;
                push(this.NUMBER, start, i);
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
                push(this.STRING, start, i);
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
            if (type) { push(type, i, i + 1); i++; continue; }
            return undefined;
        }
        return { types, offsets, lengths, lines, columns, hidden };
    }

    /** A comment as Chevrotain reports it: 1-based lines and columns, the end column inclusive. */
    private hiddenToken(text: string, tokenType: TokenType, start: number, end: number, line: number, column: number, endLine: number, endColumn: number): HiddenToken {
        return { image: text.slice(start, end), startOffset: start, startLine: line + 1, startColumn: column + 1, endLine: endLine + 1, endColumn: endColumn + 1, tokenType };
    }
}

/** `\d{4}-\d{2}-\d{2}` at `i`. */
function isDate(text: string, i: number): boolean {
    const d = (k: number) => isDigit(text.charCodeAt(i + k));
    return d(0) && d(1) && d(2) && d(3) && text.charCodeAt(i + 4) === 45 && d(5) && d(6) && text.charCodeAt(i + 7) === 45 && d(8) && d(9);
}

/** Chevrotain's tokens in the same form, for the files the fast lexer leaves to it. */
export function streamOf(tokens: IToken[], hidden: IToken[]): TokenStream {
    const stream: TokenStream = { types: [], offsets: [], lengths: [], lines: [], columns: [], hidden: hidden as HiddenToken[] };
    for (const token of tokens) {
        stream.types.push(token.tokenType);
        stream.offsets.push(token.startOffset);
        stream.lengths.push(token.image.length);
        stream.lines.push(token.startLine! - 1);
        stream.columns.push(token.startColumn! - 1);
    }
    return stream;
}
