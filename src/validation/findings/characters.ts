/**
 * Characters that do not show: `bidi-control`, the Unicode controls that reorder how
 * text is displayed ("trojan source": a value of 45 can display as 90 in a review),
 * and `invisible-character`, the zero-width characters that hide a difference between
 * two texts that look the same. Every occurrence in the text is reported, in quoted text,
 * comments, names or between words, naming the character and where it stands; at most
 * MAX_CHARACTER_FINDINGS per code and file, then one finding with how many more there are.
 *
 * The lexer reads such a character outside quoted text and comments as an unknown
 * character; the document validator leaves that syntax error out when these findings
 * report it (one mistake, one finding).
 */
import type { Range } from 'vscode-languageserver-types';
import { Exact } from '../../common/exact.js';
import { formatIdNumber } from '../../common/id-number.js';
import type { WorkspaceModel } from '../../engine/model.js';
import type { Model } from '../../language/generated/ast.js';
import { defineCatalogue } from '../../common/catalogue.js';
import { defineFamily, defineFinding } from '../finding-definition.js';
import type { FindingReporter } from '../reporter.js';

/** The bidirectional controls: embeddings, overrides, isolates and the marks. */
export const BIDI_CONTROLS: ReadonlyMap<number, string> = new Map([
    [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
    [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
    [0x202c, 'POP DIRECTIONAL FORMATTING'],
    [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
    [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
    [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
    [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
    [0x2068, 'FIRST STRONG ISOLATE'],
    [0x2069, 'POP DIRECTIONAL ISOLATE'],
    [0x200e, 'LEFT-TO-RIGHT MARK'],
    [0x200f, 'RIGHT-TO-LEFT MARK'],
    [0x061c, 'ARABIC LETTER MARK']
]);

/** Zero-width characters; a byte-order mark is one too, except as the first character of a file. */
export const INVISIBLE_CHARACTERS: ReadonlyMap<number, string> = new Map([
    [0x200b, 'ZERO WIDTH SPACE'],
    [0x200c, 'ZERO WIDTH NON-JOINER'],
    [0x200d, 'ZERO WIDTH JOINER'],
    [0x2060, 'WORD JOINER'],
    [0xfeff, 'ZERO WIDTH NO-BREAK SPACE (byte-order mark)']
]);

/** Findings per code and file; the next one says how many more there are. */
export const MAX_CHARACTER_FINDINGS = 100;

const WHERE = defineCatalogue({
    string: { id: () => 'di dalam teks bertanda petik', en: () => 'in quoted text' },
    comment: { id: () => 'di dalam komentar', en: () => 'in a comment' },
    name: { id: () => 'di tengah nama', en: () => 'inside a name' },
    code: { id: () => 'di antara kata', en: () => 'between words' }
});

export const BIDI_CONTROL = defineFinding({
    code: 'bidi-control',
    severity: 'error',
    title: { id: 'Karakter kendali arah teks (tidak terlihat) yang dapat mengubah urutan tampilan', en: 'An invisible bidirectional control character that can reorder the displayed text' },
    messages: {
        default: {
            id: p => `Karakter kendali arah teks ${p.character} (tidak terlihat) ${p.where}: karakter ini dapat mengubah urutan teks yang tampil, sehingga yang terlihat saat ditinjau berbeda dengan yang dibaca kinerja. Hapus karakter ini.`,
            en: p => `Bidirectional control character ${p.character} (invisible) ${p.where}: it can reorder the text as displayed, so what a reviewer sees differs from what kinerja reads. Remove it.`
        },
        more: {
            id: p => `Masih ada ${p.count} karakter kendali arah teks lain di berkas ini, mulai dari sini (${p.max} yang pertama sudah ditunjukkan). Hapus semuanya.`,
            en: p => `There are ${p.count} more bidirectional control characters in this file from here on (the first ${p.max} are shown). Remove them all.`
        }
    }
});

export const INVISIBLE_CHARACTER = defineFinding({
    code: 'invisible-character',
    severity: 'warning',
    title: { id: 'Karakter lebar-nol yang tidak terlihat', en: 'An invisible zero-width character' },
    messages: {
        default: {
            id: p => `Karakter tidak terlihat ${p.character} ${p.where}: karakter ini tidak tampil di layar tetapi ikut terbaca, sehingga dua teks yang tampak sama dapat berbeda. Hapus karakter ini.`,
            en: p => `Invisible character ${p.character} ${p.where}: it does not show on screen but is read, so two texts that look the same can differ. Remove it.`
        },
        more: {
            id: p => `Masih ada ${p.count} karakter tidak terlihat lain di berkas ini, mulai dari sini (${p.max} yang pertama sudah ditunjukkan). Hapus semuanya.`,
            en: p => `There are ${p.count} more invisible characters in this file from here on (the first ${p.max} are shown). Remove them all.`
        }
    }
});

export const charactersFamily = defineFamily({
    name: 'characters',
    title: 'Characters that do not show',
    findings: [BIDI_CONTROL, INVISIBLE_CHARACTER],
    check: checkCharacters
});

/** `U+202E RIGHT-TO-LEFT OVERRIDE` */
export function characterName(code: number): string | undefined {
    const name = BIDI_CONTROLS.get(code) ?? INVISIBLE_CHARACTERS.get(code);
    return name && `U+${code.toString(16).toUpperCase().padStart(4, '0')} ${name}`;
}

/** Whether the character at `offset` of `text` is one these findings report. */
export function isReportedCharacter(text: string, offset: number): boolean {
    const code = text.charCodeAt(offset);
    return BIDI_CONTROLS.has(code) || (INVISIBLE_CHARACTERS.has(code) && !(code === 0xfeff && offset === 0));
}

type Where = 'string' | 'comment' | 'name' | 'code';

/** A character that is neither whitespace nor punctuation of the grammar: part of a word. */
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isLineEnd = (c: number) => c === 10 || c === 13;

/**
 * The characters of `text` these findings report, with where each stands: in quoted text,
 * a comment, a name (between two letters or digits), or elsewhere. One pass, reading
 * strings and comments as the lexer does.
 */
export function findCharacters(text: string): Array<{ offset: number; code: number; where: Where }> {
    const found: Array<{ offset: number; code: number; where: Where }> = [];
    let state: 'code' | 'string' | 'line' | 'block' = 'code';
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x80) {
            if (state === 'code') {
                if (c === 34) state = 'string';
                else if (c === 47 && text.charCodeAt(i + 1) === 47) { state = 'line'; i++; }
                else if (c === 47 && text.charCodeAt(i + 1) === 42) { state = 'block'; i++; }
            } else if (state === 'string') {
                if (c === 92) i++;
                else if (c === 34 || isLineEnd(c)) state = 'code';
            } else if (state === 'line') {
                if (isLineEnd(c)) state = 'code';
            } else if (c === 42 && text.charCodeAt(i + 1) === 47) {
                state = 'code';
                i++;
            }
            continue;
        }
        if (!isReportedCharacter(text, i)) continue;
        let where: Where = state === 'string' ? 'string' : state === 'code' ? 'code' : 'comment';
        if (where === 'code' && isWordChar(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(i + 1))) where = 'name';
        found.push({ offset: i, code: c, where });
    }
    return found;
}

export function checkCharacters(root: Model, _model: WorkspaceModel, reporter: FindingReporter): void {
    const textDocument = reporter.document.textDocument;
    const text = textDocument.getText();
    const shown = new Map<string, number>();
    const found = findCharacters(text);
    const remaining = new Map<string, number>();
    for (const { code } of found) {
        const key = BIDI_CONTROLS.has(code) ? BIDI_CONTROL.code : INVISIBLE_CHARACTER.code;
        remaining.set(key, (remaining.get(key) ?? 0) + 1);
    }
    for (const { offset, code, where } of found) {
        const finding = BIDI_CONTROLS.has(code) ? BIDI_CONTROL : INVISIBLE_CHARACTER;
        const count = shown.get(finding.code) ?? 0;
        if (count > MAX_CHARACTER_FINDINGS) continue;
        shown.set(finding.code, count + 1);
        const range: Range = { start: textDocument.positionAt(offset), end: textDocument.positionAt(offset + 1) };
        if (count === MAX_CHARACTER_FINDINGS) {
            const more = remaining.get(finding.code)! - MAX_CHARACTER_FINDINGS;
            reporter.report(finding, 'more', { count: formatIdNumber(Exact.of(more), { decimals: 0 }), max: MAX_CHARACTER_FINDINGS }, { node: root, range });
        } else {
            reporter.report(finding, 'default', { character: characterName(code)!, where: WHERE(reporter.language, where) }, {
                node: root, range, data: { offset }
            });
        }
    }
}
