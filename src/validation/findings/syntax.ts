/**
 * `syntax`: the text cannot be read. Langium's lexer and parser find these; their
 * messages come from this record, short and in the session's language ("Diharapkan ID,
 * tetapi ditemukan `}`." instead of chevrotain's English token-path listings), with token
 * names shown the way users write them. The document validator gives them the code, the
 * configured severity and the docs link (document-validator.ts).
 */
import type { IToken, TokenType } from 'chevrotain';
import { LangiumParserErrorMessageProvider } from 'langium';
import type { Language } from '../../engine/config.js';
import { defineFamily, defineFinding } from '../finding-definition.js';
import type { KinerjaSettings } from '../kinerja-settings.js';

export const SYNTAX = defineFinding({
    code: 'syntax',
    severity: 'error',
    title: { id: 'Teks tidak dapat dibaca (kesalahan sintaks)', en: 'The text cannot be read (syntax error)' },
    messages: {
        expected: {
            id: p => `Diharapkan ${p.expected}, tetapi ditemukan ${p.found}.`,
            en: p => `Expected ${p.expected} but found ${p.found}.`
        },
        end: {
            id: p => `Diharapkan akhir berkas atau deklarasi baru (pemda, instansi, realisasi, perjanjian), tetapi ditemukan ${p.found}.`,
            en: p => `Expected the end of the file or a new declaration (pemda, instansi, realisasi, perjanjian) but found ${p.found}.`
        },
        eof: { id: () => 'akhir berkas', en: () => 'the end of the file' },
        character: {
            id: p => `Karakter tidak dikenal '${p.text}'. Hapus, atau tulis teks di dalam tanda petik "…".`,
            en: p => `Unknown character '${p.text}'. Remove it, or put text inside double quotes "…".`
        }
    }
});

export const syntaxFamily = defineFamily({ name: 'syntax', title: 'Syntax', findings: [SYNTAX] });

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
    return !token || token.image === '' ? SYNTAX.messages(language, 'eof') : `\`${token.image}\``;
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
        return SYNTAX.messages(this.language, 'expected', {
            expected: tokenName(options.expected, this.language), found: found(options.actual, this.language)
        });
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken }): string {
        return SYNTAX.messages(this.language, 'end', { found: found(options.firstRedundant, this.language) });
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        return SYNTAX.messages(this.language, 'expected', {
            expected: firstTokens(options.expectedPathsPerAlt.flat(), this.language), found: found(options.actual[0], this.language)
        });
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        return SYNTAX.messages(this.language, 'expected', {
            expected: firstTokens(options.expectedIterationPaths, this.language), found: found(options.actual[0], this.language)
        });
    }
}

export class KinerjaLexerErrorMessageProvider {
    constructor(private readonly settings: KinerjaSettings) {}

    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        return SYNTAX.messages(this.settings.language ?? 'id', 'character', { text: fullText.substr(startOffset, length) });
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return SYNTAX.messages(this.settings.language ?? 'id', 'character', { text: token.image });
    }
}
