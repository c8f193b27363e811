/**
 * The limit on syntax errors per file. A text that is not kinerja at all (random tokens,
 * a binary file renamed) has an error every few tokens; reading on after the first
 * hundred tells the user nothing more, and Chevrotain's error recovery does not stay
 * within bounds on such input: each recovery inside a repetition calls the repetition
 * again (`tryInRepetitionRecovery` in chevrotain's recoverable.js), so the stack grows
 * with the number of errors and a 4,8 MB file of random tokens overflowed it.
 *
 * So the lexer and the parser (and the completion parser) each stop at their error
 * number MAX_SYNTAX_ERRORS + 1: what follows it is not read. The document validator reports the first
 * MAX_SYNTAX_ERRORS of the file and one `syntax` finding saying that there are too many
 * (src/validation/document-validator.ts).
 */
import type { ILexingError, IRecognitionException, IToken } from 'chevrotain';
import { createCompletionParser, type LangiumCompletionParser, type LangiumCoreServices } from 'langium';

/** The syntax errors of one file that are reported (docs/robustness.md). */
export const MAX_SYNTAX_ERRORS = 100;

/**
 * Cuts a lexer result at its error number MAX_SYNTAX_ERRORS + 1: the errors after it and
 * the tokens from it on are dropped, so the parser reads no further.
 */
export function limitLexerErrors<T extends { tokens: IToken[]; errors: ILexingError[]; hidden: IToken[] }>(result: T): T {
    if (result.errors.length <= MAX_SYNTAX_ERRORS + 1) return result;
    const stop = result.errors[MAX_SYNTAX_ERRORS].offset;
    return {
        ...result,
        errors: result.errors.slice(0, MAX_SYNTAX_ERRORS + 1),
        tokens: result.tokens.slice(0, firstAtOrAfter(result.tokens, stop)),
        hidden: result.hidden.slice(0, firstAtOrAfter(result.hidden, stop))
    };
}

/** The index of the first token starting at or after `offset` (tokens are in text order). */
function firstAtOrAfter(tokens: IToken[], offset: number): number {
    let low = 0;
    let high = tokens.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (tokens[middle].startOffset < offset) low = middle + 1; else high = middle;
    }
    return low;
}

/** What the limit needs of Chevrotain's parser: its error handler and lexer adapter (not in its typings; checked when the parser is built). */
interface RecognizerErrors {
    SAVE_ERROR(error: IRecognitionException): IRecognitionException;
    readonly errors: IRecognitionException[];
    moveToTerminatedState(): void;
}

/**
 * Makes Chevrotain's parser (Langium's wrapper around it) stop at its error number
 * MAX_SYNTAX_ERRORS + 1: that error is kept, as the place where reading stopped; the
 * input is then at its end, every rule still open sees the end of the file and
 * returns, and the errors that makes are dropped.
 */
export function limitParserErrors(parser: object): void {
    const recognizer = parser as RecognizerErrors;
    const save = recognizer.SAVE_ERROR;
    if (typeof save !== 'function' || typeof recognizer.moveToTerminatedState !== 'function') {
        throw new Error('The Chevrotain parser no longer has SAVE_ERROR and moveToTerminatedState: update syntax-limit.ts.');
    }
    recognizer.SAVE_ERROR = function (this: RecognizerErrors, error: IRecognitionException): IRecognitionException {
        const count = this.errors.length;
        if (count > MAX_SYNTAX_ERRORS) return error;
        const saved = save.call(this, error);
        if (count === MAX_SYNTAX_ERRORS) this.moveToTerminatedState();
        return saved;
    };
}

/**
 * Langium's completion parser, which reads the text up to the cursor, with the same
 * limit: in a file with more than MAX_SYNTAX_ERRORS syntax errors before the cursor it
 * proposes what fits where it stopped reading (completion at the end of 4,6 MB of random
 * tokens took 68 s; now well under a second).
 */
export function createLimitedCompletionParser(services: LangiumCoreServices): LangiumCompletionParser {
    const parser = createCompletionParser(services);
    limitParserErrors((parser as unknown as { wrapper: object }).wrapper);
    return parser;
}
