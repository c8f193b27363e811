/** The fast parser's table of names and numbers (src/language/parser/string-table.ts). */
import { describe, expect, it } from 'vitest';
import { StringTable } from '../../src/language/parser/string-table.js';

describe('the string table', () => {
    it('gives the characters asked for, the same string for the same characters', () => {
        const table = new StringTable();
        const text = 'IKU1 10 IKU1 IKU10 10,5 10';
        const a = table.intern(text, 0, 4), b = table.intern(text, 8, 12);
        expect(a).toBe('IKU1');
        expect(b).toBe('IKU1');
        expect(table.intern(text, 13, 18)).toBe('IKU10');
        expect(table.intern(text, 5, 7)).toBe('10');
        expect(table.intern(text, 19, 23)).toBe('10,5');
        expect(table.intern(text, 24, 26)).toBe('10');
        expect(table.intern('', 0, 0)).toBe('');
        // Longer texts are cut out each time (not kept: a slice would hold the file's text).
        expect(table.intern('x 1.500.000.000,25 y', 2, 18)).toBe('1.500.000.000,25');
        expect(table.intern('IndikatorKinerjaUtama1', 0, 22)).toBe('IndikatorKinerjaUtama1');
    });

    it('stays right past any number of distinct strings (it starts over when half full)', () => {
        const table = new StringTable();
        for (let i = 0; i < 300_000; i++) {
            const text = `x${i} `;
            expect(table.intern(text, 0, text.length - 1)).toBe(`x${i}`);
        }
        expect(table.intern('x7 x299999', 3, 10)).toBe('x299999');
    });
});
