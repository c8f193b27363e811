/**
 * Syntax error messages (lexer and parser) from the message catalogue, short and in the
 * session's language: "Diharapkan ID, tetapi ditemukan `}`." instead of chevrotain's
 * English token-path listings. Token names are shown the way users write them.
 */
import type { IToken, TokenType } from 'chevrotain';
import { LangiumParserErrorMessageProvider } from 'langium';
import type { Language } from '../../engine/config.js';
import { message } from '../messages.js';
import type { KinerjaSettings } from '../kinerja-settings.js';

const TERMINAL_NAMES: Record<string, { id: string; en: string }> = {
    ID: { id: 'nama (ID)', en: 'a name (ID)' },
    NUMBER: { id: 'angka', en: 'a number' },
    STRING: { id: 'teks dalam tanda petik', en: 'quoted text' },
    DATE: { id: 'tanggal (YYYY-MM-DD)', en: 'a date (YYYY-MM-DD)' }
};

/** Terminals by what they are; keywords (token types named by their text) quoted. */
function tokenName(type: TokenType, language: Language): string {
    const terminal = TERMINAL_NAMES[type.name];
    if (terminal) return terminal[language];
    return `'${type.name.endsWith(':KW') ? type.name.slice(0, -3) : type.name}'`;
}

function found(token: IToken | undefined, language: Language): string {
    return !token || token.image === '' ? message(language, 'syntax.eof') : `\`${token.image}\``;
}

function firstTokens(paths: TokenType[][], language: Language): string {
    const names = [...new Set(paths.filter(p => p.length > 0).map(p => tokenName(p[0], language)))];
    return names.length > 8 ? `${names.slice(0, 8).join(', ')}, …` : names.join(', ');
}

export class KinerjaParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    constructor(private readonly settings: KinerjaSettings) {
        super();
    }

    private get language(): Language {
        return this.settings.language ?? 'id';
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken }): string {
        return message(this.language, 'syntax.expected', {
            expected: tokenName(options.expected, this.language), found: found(options.actual, this.language)
        });
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken }): string {
        return message(this.language, 'syntax.end', { found: found(options.firstRedundant, this.language) });
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        return message(this.language, 'syntax.expected', {
            expected: firstTokens(options.expectedPathsPerAlt.flat(), this.language), found: found(options.actual[0], this.language)
        });
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        return message(this.language, 'syntax.expected', {
            expected: firstTokens(options.expectedIterationPaths, this.language), found: found(options.actual[0], this.language)
        });
    }
}

export class KinerjaLexerErrorMessageProvider {
    constructor(private readonly settings: KinerjaSettings) {}

    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        return message(this.settings.language ?? 'id', 'syntax.character', { text: fullText.substr(startOffset, length) });
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return message(this.settings.language ?? 'id', 'syntax.character', { text: token.image });
    }
}
