/**
 * Langium's token builder, with the block comment matched in linear time.
 *
 * terminals.langium defines ML_COMMENT as /\/\*[\s\S]*?\*\//. Chevrotain tries it at
 * every `/*`, and where no `*\/` follows, the regular expression reads to the end of
 * the text before it fails: a file of many unclosed `/*` took time in the square of its
 * length (300 KB of `/* ` took 22 s). The matcher below matches exactly what that
 * expression matches, but knows where the text's last `*\/` is, so an opener after it
 * fails at once, and any other reads only up to its own end.
 */
import type { CustomPatternMatcherFunc, TokenType } from 'chevrotain';
import { DefaultTokenBuilder, GrammarAST } from 'langium';

/** The grammar's expression of a token type whose matcher stands in for it. */
const GRAMMAR_PATTERN = Symbol('grammar pattern');

type Matcher = CustomPatternMatcherFunc & { [GRAMMAR_PATTERN]?: string };

/** The pattern of a token type as the grammar writes it: what the fast lexer compares (kinerja-lexer.ts). */
export function grammarPattern(type: TokenType): string {
    return (type.PATTERN as Matcher | undefined)?.[GRAMMAR_PATTERN] ?? String(type.PATTERN);
}

/** What /\/\*[\s\S]*?\*\// matches at `offset`, in time proportional to the match. */
export function blockCommentMatcher(grammarRegex: RegExp): Matcher {
    let text: string | undefined;
    let lastClose = -1;
    const matcher: Matcher = (input, offset) => {
        if (input.charCodeAt(offset) !== 47 /* / */ || input.charCodeAt(offset + 1) !== 42 /* * */) return null;
        if (input !== text) {
            text = input;
            lastClose = input.lastIndexOf('*/');
        }
        if (lastClose < offset + 2) return null;
        const close = input.indexOf('*/', offset + 2);
        const match = [input.slice(offset, close + 2)] as unknown as RegExpExecArray;
        match.index = offset;
        return match;
    };
    matcher[GRAMMAR_PATTERN] = String(grammarRegex);
    return matcher;
}

const BLOCK_COMMENT = String(/\/\*[\s\S]*?\*\//);

export class KinerjaTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const type = super.buildTerminalToken(terminal);
        if (type.PATTERN instanceof RegExp && String(type.PATTERN) === BLOCK_COMMENT) {
            type.PATTERN = blockCommentMatcher(type.PATTERN);
            type.START_CHARS_HINT = ['/'];
            type.LINE_BREAKS = true;
        }
        return type;
    }
}
