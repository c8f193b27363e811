/**
 * Message catalogues: every text a user reads, in Bahasa Indonesia (the default) and
 * English. Each layer keeps its own catalogue beside the code that prints it (the
 * findings' texts in their records, src/validation/findings/; the editor's in
 * src/lsp/messages.ts; the reports' in src/report/messages.ts; the command line's in
 * src/cli/messages.ts; a config's contents in src/engine/config-messages.ts; files that
 * cannot be read, and skipped ones, in src/workspace/messages.ts), all made by `defineCatalogue`, so that a key is checked by the
 * compiler: a misspelt or missing key does not build.
 *
 * Numbers in parameters are formatted the Indonesian way by the caller (`30,00%`), in
 * both languages, as in reports and hovers. Parameters are plain text; whoever puts a
 * text into HTML or markdown escapes it for that format.
 */

export type Language = 'id' | 'en';

export type Params = Record<string, string | number>;

/** One text in both languages. */
export interface Text {
    id: (p: Params) => string;
    en: (p: Params) => string;
}

/** A text without parameters. */
export function fixed(id: string, en: string): Text {
    return { id: () => id, en: () => en };
}

/** A catalogue's lookup: the text of `key` in `language`, with `params` filled in. */
export interface Catalogue<K extends string> {
    (language: Language, key: K, params?: Params): string;
    /** Whether `key` is in the catalogue (for keys made at run time). */
    has(key: string): key is K;
    readonly keys: readonly K[];
}

export function defineCatalogue<const T extends Record<string, Text>>(entries: T): Catalogue<keyof T & string> {
    const lookup = ((language: Language, key: keyof T & string, params: Params = {}) => {
        const entry = entries[key];
        if (!entry) throw new Error(`No text '${key}' in the catalogue.`);
        return entry[language](params);
    }) as Catalogue<keyof T & string>;
    Object.defineProperty(lookup, 'has', { value: (key: string) => Object.prototype.hasOwnProperty.call(entries, key) });
    Object.defineProperty(lookup, 'keys', { value: Object.keys(entries) });
    return lookup;
}

/** The type of a catalogue's keys. */
export type KeyOf<C> = C extends Catalogue<infer K> ? K : never;
