/**
 * The notation of a spreadsheet column (src/import/notation.ts): decided from all its
 * cells, never guessed; an ambiguous column names its cells; numbers read exactly.
 */
import { describe, expect, it } from 'vitest';
import { cellNotation, decideColumn, parseIn } from '../../src/import/notation.js';

const column = (...texts: string[]) => texts.map((text, i) => ({ ref: `Realisasi!F${i + 2}`, text }));
const read = (text: string, n: 'id' | 'en') => parseIn(text, n)?.value.toString();

describe('one cell', () => {
    it.each([
        ['1.004.422.800', 'id'], ['95,56', 'id'], ['1.234,5', 'id'], ['Rp 1.004.422.800', 'id'], ['-2,5 %', 'id'],
        ['1,004,422,800', 'en'], ['95.56', 'en'], ['1,234.5', 'en'], ['0.5', 'en'],
        ['66.850', 'ambiguous'], ['1,234', 'ambiguous'], ['Rp 900.000', 'ambiguous'],
        ['2025', 'neutral'], ['1 004 422', 'neutral'],
        ['1.23.4', 'malformed'], ['1,2,3', 'malformed'], ['12a', 'malformed'], ['1.234.5', 'malformed'], ['', 'malformed']
    ])('%s reads %s', (text, expected) => {
        expect(cellNotation(text)).toBe(expected);
    });

    it('reads exact values in either notation', () => {
        expect([read('1.004.422.800', 'id'), read('1,004,422,800', 'en'), read('95,56', 'id'), read('95.56', 'en')]).toEqual(['1004422800', '1004422800', '2389/25', '2389/25']);
        expect([read('66.850', 'id'), read('66.850', 'en')]).toEqual(['66850', '1337/20']);
        expect([read('95.56', 'id'), read('95,56', 'en'), read('-1.234,5', 'id')]).toEqual([undefined, undefined, '-2469/2']);
        expect(parseIn('45,5%', 'id')).toMatchObject({ percent: true });
    });
});

describe('a column', () => {
    it('follows the cells that tell: one English decimal settles 66.850 as 66,85', () => {
        const verdict = decideColumn(column('71.43', '66.850', '', '2025'));
        expect(verdict.ok && verdict.notation).toBe('en');
        expect(verdict.ok && [...verdict.values.values()].map(v => v.value.toString())).toEqual(['7143/100', '1337/20', '2025']);
    });
    it('a budget export in English notation gives the right Rupiah', () => {
        const verdict = decideColumn(column('1,004,422,800', '750,000,000', '12,500'));
        expect(verdict.ok && [...verdict.values.values()].map(v => v.value.toString())).toEqual(['1004422800', '750000000', '12500']);
    });
    it('stops on a column of ambiguous cells, naming them', () => {
        expect(decideColumn(column('900.000', '750.000', '12'))).toEqual({ ok: false, problem: 'ambiguous', cells: ['Realisasi!F2', 'Realisasi!F3'] });
    });
    it('the settled notation decides it, and a cell telling the other one is an error', () => {
        const settled = decideColumn(column('900.000', '750.000'), 'id');
        expect(settled.ok && [...settled.values.values()].map(v => v.value.toString())).toEqual(['900000', '750000']);
        expect(decideColumn(column('900.000', '95.56'), 'id')).toEqual({ ok: false, problem: 'malformed', cells: ['Realisasi!F3'], notation: 'id' });
    });
    it('refuses a column telling both notations, naming the first cells of each', () => {
        expect(decideColumn(column('95,5', '95.56', '1.004.422'))).toEqual({ ok: false, problem: 'mixed', id: ['Realisasi!F2', 'Realisasi!F4'], en: ['Realisasi!F3'] });
    });
});
