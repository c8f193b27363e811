/**
 * `syntax`: the text cannot be read. Langium's lexer and parser find these; their
 * messages come from this record, short and in the session's language ("Diharapkan ID,
 * tetapi ditemukan `}`." instead of chevrotain's English token-path listings), with token
 * names shown the way users write them. The document validator gives them the code, the
 * configured severity and the docs link (document-validator.ts).
 */
import { EOF, type IToken, type TokenType } from 'chevrotain';
import { LangiumParserErrorMessageProvider } from 'langium';
import type { Language } from '../../engine/config.js';
import { MAX_SYNTAX_ERRORS } from '../../language/parser/syntax-limit.js';
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
        'rupiah-space': {
            id: () => ` Setelah Rp harus ada spasi: tulis 'Rp 650.000.000', bukan 'Rp650.000.000'.`,
            en: () => ` Rp takes a space before the amount: write 'Rp 650.000.000', not 'Rp650.000.000'.`
        },
        'keyword-as-name': {
            id: p => ` '${p.keyword}' adalah kata kunci dan tidak dapat dipakai sebagai nama; pilih nama lain.`,
            en: p => ` '${p.keyword}' is a keyword and cannot be used as a name; choose another name.`
        },
        lowercase: {
            id: p => ` Kata kunci ditulis dengan huruf kecil: tulis '${p.keyword}'.`,
            en: p => ` Keywords are written in lower case: write '${p.keyword}'.`
        },
        'too-many': {
            id: p => `Terlalu banyak kesalahan sintaks: ${p.max} yang pertama sudah ditampilkan, dan teks mulai dari sini tidak dibaca. Perbaiki kesalahan di atas, lalu periksa lagi.`,
            en: p => `Too many syntax errors: the first ${p.max} are shown, and the text from here on is not read. Fix the errors above, then check again.`
        },
        'unclosed-comment': {
            id: () => `Komentar '/*' tidak ditutup. Tutup dengan '*/', atau tulis komentar satu baris dengan '//'.`,
            en: () => `The comment '/*' is not closed. Close it with '*/', or write a one-line comment with '//'.`
        },
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

/** Terminals by what they are, the end of the file in words, keywords (token types named by their text) quoted. */
function tokenName(type: TokenType, language: Language): string {
    if (type === EOF) return SYNTAX.messages(language, 'eof');
    const terminal = TERMINAL_NAMES[type.name];
    if (terminal) return terminal[language];
    return `'${keywordOf(type)}'`;
}

function keywordOf(type: TokenType): string {
    return type.name.endsWith(':KW') ? type.name.slice(0, -3) : type.name;
}

function found(token: IToken | undefined, language: Language): string {
    return !token || token.image === '' ? SYNTAX.messages(language, 'eof') : `\`${token.image}\``;
}

/**
 * What the token most likely meant, when it is plain: `Rp650.000.000` lacks the space
 * after Rp, `Persen` is a keyword written with a capital.
 */
function hint(token: IToken | undefined, expected: TokenType[], language: Language): string {
    if (!token?.image) return '';
    if (/^Rp\d/.test(token.image)) return SYNTAX.messages(language, 'rupiah-space');
    const type = token.tokenType;
    if (type && type !== EOF && !TERMINAL_NAMES[type.name] && keywordOf(type) === token.image && expected.some(t => t.name === 'ID')) {
        return SYNTAX.messages(language, 'keyword-as-name', { keyword: token.image });
    }
    const lower = token.image.toLowerCase();
    if (lower !== token.image && expected.some(type => type !== EOF && !TERMINAL_NAMES[type.name] && keywordOf(type) === lower)) {
        return SYNTAX.messages(language, 'lowercase', { keyword: lower });
    }
    return '';
}

/** Where a value may stand, `Rp` and `-` only start a number: "a number" says it. */
const NUMBER_PREFIXES = new Set(["'Rp'", "'-'"]);

function firstTokens(paths: TokenType[][], language: Language): string {
    let names = [...new Set(paths.filter(p => p.length > 0).map(p => tokenName(p[0], language)))];
    if (names.includes(TERMINAL_NAMES.NUMBER[language])) names = names.filter(n => !NUMBER_PREFIXES.has(n));
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
        }) + hint(options.actual, [options.expected], this.language);
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken }): string {
        return SYNTAX.messages(this.language, 'end', { found: found(options.firstRedundant, this.language) });
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        const paths = options.expectedPathsPerAlt.flat();
        return SYNTAX.messages(this.language, 'expected', {
            expected: firstTokens(paths, this.language), found: found(options.actual[0], this.language)
        }) + hint(options.actual[0], paths.map(p => p[0]).filter(Boolean), this.language);
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        const paths = options.expectedIterationPaths;
        return SYNTAX.messages(this.language, 'expected', {
            expected: firstTokens(paths, this.language), found: found(options.actual[0], this.language)
        }) + hint(options.actual[0], paths.map(p => p[0]).filter(Boolean), this.language);
    }
}

export class KinerjaLexerErrorMessageProvider {
    /** The text being lexed, and how many errors it has had so far. */
    private text: string | undefined;
    private lastOffset = 0;
    private count = 0;

    constructor(private readonly settings: KinerjaSettings) {}

    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        if (fullText !== this.text || startOffset < this.lastOffset) {
            this.text = fullText;
            this.count = 0;
        }
        this.lastOffset = startOffset;
        // The lexer's errors after MAX_SYNTAX_ERRORS + 1 are dropped (syntax-limit.ts): no message to make.
        if (++this.count > MAX_SYNTAX_ERRORS + 1) return '';
        const text = fullText.substr(startOffset, length);
        const language = this.settings.language ?? 'id';
        return text.startsWith('/*') ? SYNTAX.messages(language, 'unclosed-comment') : SYNTAX.messages(language, 'character', { text });
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return SYNTAX.messages(this.settings.language ?? 'id', 'character', { text: token.image });
    }
}
