/**
 * Hostile inputs: texts no planning office writes, which must still be checked in time
 * and memory linear in their size, with a bounded number of findings
 * (test/language/hostile.test.ts checks them at a size that keeps the test fast;
 * `npm run bench:hostile` measures them at full size: docs/robustness.md).
 */

import { createKinerjaServices } from '../lsp/kinerja-module.js';
import { seededRandom } from './random.js';
import { EmptyFileSystemOnNode } from '../validation/node-host.js';

/** The grammar's keywords, as the lexer knows them. */
export function grammarKeywords(): string[] {
    const definition = createKinerjaServices(EmptyFileSystemOnNode).Kinerja.parser.Lexer.definition;
    return Object.values(definition).map(type => type.PATTERN).filter((p): p is string => typeof p === 'string').sort();
}

const OTHERS = ['{', '}', '{', '}', '"teks"', '2025', '19,29', '1.250.000', '80', 'Rp', 'X1', 'Kadis', 'Opd.IKU1', '2025-01-06'];

/**
 * `count` tokens drawn at random (seeded) from the grammar's keywords, names, numbers,
 * strings, dates and braces, separated by spaces and now and then a line break.
 */
export function randomTokens(keywords: readonly string[], count: number, seed: number): string {
    const random = seededRandom(seed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const parts: string[] = [];
    for (let i = 0; i < count; i++) {
        parts.push(random() < 0.6 ? pick(keywords) : pick(OTHERS));
        parts.push(random() < 0.1 ? '\n' : ' ');
    }
    return parts.join('');
}

/** `count` characters the lexer knows nothing of, between ordinary ones (seeded). */
export function strayCharacters(count: number, seed: number): string {
    const random = seededRandom(seed);
    const stray = '@#$^&`~?!|\\;:<>[]()=+*';
    const ordinary = ['', ' ', 'a', '1', '\n'];
    let text = '';
    for (let i = 0; i < count; i++) {
        text += stray[Math.floor(random() * stray.length)] + ordinary[Math.floor(random() * ordinary.length)];
    }
    return text;
}

/** `count` comment openers that are never closed. */
export function unclosedComments(count: number): string {
    return '/* '.repeat(count);
}

/** An agency declaring one position name `copies` times. */
export function duplicateNames(copies: number): string {
    return ['instansi Opd "Dinas Contoh" {', '    periode 2021 - 2026', ...Array.from({ length: copies }, () => '    jabatan X "X" eselon II'), '}', ''].join('\n');
}
