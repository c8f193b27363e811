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

const HYPHENATED = ['kondisi-awal', 'pihak-kedua', 'rata-rata'];

function isDigit(c: number): boolean { return c >= 48 && c <= 57; }
function isIdStart(c: number): boolean { return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95; }
function isIdPart(c: number): boolean { return isIdStart(c) || isDigit(c); }

export class FastLexer {
    private readonly keywords = new Map<string, TokenType>();
    private readonly punctuation = new Map<number, TokenType>();
    private readonly hyphenated: Array<[string, TokenType]>;
    private readonly ID: TokenType;
    private readonly NUMBER: TokenType;
    private readonly DATE: TokenType;
    private readonly STRING: TokenType;
    private readonly SL_COMMENT: TokenType;
    private readonly ML_COMMENT: TokenType;

    constructor(definition: Record<string, TokenType>) {
        const token = (name: string): TokenType => {
            const type = definition[name];
            if (!type) throw new Error(`The lexer has no token ${name}.`);
            return type;
        };
        this.ID = token('ID');
        this.NUMBER = token('NUMBER');
        this.DATE = token('DATE');
        this.STRING = token('STRING');
        this.SL_COMMENT = token('SL_COMMENT');
        this.ML_COMMENT = token('ML_COMMENT');
        const terminals = new Set(['WS', 'ML_COMMENT', 'SL_COMMENT', 'DATE', 'NUMBER', 'ID', 'STRING']);
        for (const [name, type] of Object.entries(definition)) {
            if (terminals.has(name)) continue;
            if (typeof type.PATTERN !== 'string' || type.PATTERN !== name) {
                throw new Error(`The lexer's token ${name} is not a plain keyword; the fast lexer does not know it.`);
            }
            if (name.length === 1 && !isIdStart(name.charCodeAt(0))) this.punctuation.set(name.charCodeAt(0), type);
            else if (!HYPHENATED.includes(name)) this.keywords.set(name, type);
        }
        const unknown = Object.keys(definition).filter(name => !terminals.has(name) && !this.keywords.has(name)
            && !this.punctuation.has(name.charCodeAt(0)) && !HYPHENATED.includes(name));
        if (unknown.length > 0) throw new Error(`The fast lexer does not know the tokens ${unknown.join(', ')}.`);
        for (const name of this.keywords.keys()) {
            if (![...name].every(c => isIdPart(c.charCodeAt(0)))) throw new Error(`The keyword ${name} is not a word; the fast lexer does not know it.`);
        }
        this.hyphenated = HYPHENATED.map(name => [name, token(name)]);
    }

    /** The tokens of `text`, or undefined when Chevrotain should tokenize it. */
    tokenize(text: string): TokenStream | undefined {
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
                if (c === 107 /* k */ || c === 112 /* p */ || c === 114 /* r */) {
                    const word = this.hyphenated.find(([name]) => text.startsWith(name, start));
                    if (word) { i += word[0].length; push(word[1], start, i); continue; }
                }
                i++;
                while (i < length && isIdPart(text.charCodeAt(i))) i++;
                push(this.keywords.get(text.slice(start, i)) ?? this.ID, start, i);
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
            const type = this.punctuation.get(c);
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
