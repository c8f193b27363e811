/**
 * `unresolved-reference`: a name that does not resolve. Langium's linker finds these;
 * the document validator reports them with this record's message, which names what was
 * looked for and suggests the closest names in scope.
 */
import { distance } from 'fastest-levenshtein';
import { defineCatalogue, fixed } from '../../common/catalogue.js';
import { defineFamily, defineFinding } from '../finding-definition.js';

export const UNRESOLVED_REFERENCE = defineFinding({
    code: 'unresolved-reference',
    severity: 'error',
    title: { id: 'Nama yang dirujuk tidak ditemukan', en: 'A name that does not resolve' },
    messages: {
        default: {
            id: p => `${p.kind} '${p.name}' tidak ditemukan.${p.candidates ? ` Mungkin maksudnya: ${p.candidates}?` : ''}`,
            en: p => `${p.kind} '${p.name}' not found.${p.candidates ? ` Did you mean: ${p.candidates}?` : ''}`
        }
    }
});

export const referencesFamily = defineFamily({ name: 'references', title: 'References', findings: [UNRESOLVED_REFERENCE] });

/** What a reference looks for, by the type the grammar gives it. */
export const REFERENCE_KINDS = defineCatalogue({
    Jabatan: fixed('Jabatan', 'Position'),
    Node: fixed('Unsur pohon kinerja', 'Performance-tree element'),
    Indikator: fixed('Indikator', 'Indicator'),
    Pemda: fixed('Pemda', 'Regional government'),
    Organisation: fixed('Instansi atau pemda', 'Agency or regional government'),
    Measurable: fixed('Indikator atau unsur pohon kinerja', 'Indicator or performance-tree element')
});

/**
 * Up to three names closest to `name` (edit distance), nearest first; names as near as
 * each other in alphabetical order, so the message does not depend on the order the
 * files were read in.
 */
export function suggestions(names: string[], name: string, max = 3): string[] {
    const limit = Math.max(2, Math.floor(name.length / 3));
    const lower = name.toLowerCase();
    const ranked = [...new Set(names)]
        .map(candidate => ({ candidate, d: distance(name, candidate) }))
        .sort((a, b) => a.d - b.d || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0));
    const result: string[] = [];
    for (const { candidate } of ranked) {
        if (result.length >= max) break;
        if (distance(candidate.toLowerCase(), lower) <= limit || candidate.toLowerCase().endsWith(`.${lower}`)) result.push(candidate);
        else break;
    }
    return result;
}
