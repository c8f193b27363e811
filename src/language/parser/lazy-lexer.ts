/**
 * The Lexer service: Langium's DefaultLexer, whose Chevrotain lexer is built when a text
 * first needs it. The fast lexer (kinerja-lexer.ts) lexes every well-formed file and
 * only reads the token definitions, so a CLI run over well-formed files never builds
 * it (docs/performance.md, fourth round).
 *
 * In development mode (the language server, the tests) it is built at once, so that
 * Chevrotain's validation of the token definitions fails at start, as before.
 */
import { Lexer as ChevrotainLexer, type TokenType, type TokenTypeDictionary } from 'chevrotain';
import {
    DEFAULT_TOKENIZE_OPTIONS, isTokenTypeDictionary,
    type LangiumCoreServices, type Lexer, type LexerResult, type TokenBuilder, type TokenizeOptions
} from 'langium';
import { limitLexerErrors } from './syntax-limit.js';

export class LazyLexer implements Lexer {
    private readonly tokenBuilder: TokenBuilder;
    private readonly tokenTypes: TokenTypeDictionary;
    private readonly lexerTokens: TokenType[];
    private readonly production: boolean;
    private built: ChevrotainLexer | undefined;

    constructor(private readonly services: LangiumCoreServices) {
        this.tokenBuilder = services.parser.TokenBuilder;
        const tokens = this.tokenBuilder.buildTokens(services.Grammar, { caseInsensitive: services.LanguageMetaData.caseInsensitive });
        if (!isTokenTypeDictionary(tokens) && !Array.isArray(tokens)) throw new Error('The kinerja lexer has one mode.');
        this.lexerTokens = isTokenTypeDictionary(tokens) ? Object.values(tokens) : tokens;
        this.tokenTypes = isTokenTypeDictionary(tokens) ? tokens : Object.fromEntries(tokens.map(token => [token.name, token]));
        this.production = services.LanguageMetaData.mode === 'production';
        if (!this.production) this.chevrotainLexer();
    }

    get definition(): TokenTypeDictionary {
        return this.tokenTypes;
    }

    /** Chevrotain's tokens, cut at its error number MAX_SYNTAX_ERRORS + 1 (syntax-limit.ts). */
    tokenize(text: string, _options: TokenizeOptions = DEFAULT_TOKENIZE_OPTIONS): LexerResult {
        const kept = this.kept;
        this.kept = undefined;
        if (kept && kept.text === text) return kept.result;
        const lexed = this.chevrotainLexer().tokenize(text);
        return limitLexerErrors({
            tokens: lexed.tokens,
            errors: lexed.errors,
            hidden: lexed.groups.hidden ?? [],
            report: this.tokenBuilder.flushLexingReport?.(text)
        });
    }

    /**
     * Keeps `result` for the next call, if it tokenizes the same text: the parser's fast
     * path gives up on a lexer error, and Langium's parser then lexes the same text again
     * (a 4 MB file of stray characters is lexed once, not twice).
     */
    keepForNextCall(text: string, result: LexerResult): void {
        this.kept = { text, result };
    }

    private kept: { text: string; result: LexerResult } | undefined;

    private chevrotainLexer(): ChevrotainLexer {
        return this.built ??= new ChevrotainLexer(this.lexerTokens, {
            positionTracking: 'full',
            skipValidations: this.production,
            errorMessageProvider: this.services.parser.LexerErrorMessageProvider
        });
    }
}
