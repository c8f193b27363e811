/**
 * `unresolved-reference`: a name that does not resolve. Langium's linker finds these;
 * the document validator reports them with this record's message, which names what was
 * looked for and suggests the closest names in scope.
 */
import { closest, distance } from 'fastest-levenshtein';
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

/** Up to three names closest to `name` (edit distance), nearest first. */
export function suggestions(names: string[], name: string, max = 3): string[] {
    const pool = [...new Set(names)];
    const limit = Math.max(2, Math.floor(name.length / 3));
    const result: string[] = [];
    const lower = name.toLowerCase();
    while (result.length < max && pool.length) {
        const best = closest(name, pool);
        pool.splice(pool.indexOf(best), 1);
        if (distance(best.toLowerCase(), lower) <= limit || best.toLowerCase().endsWith(`.${lower}`)) result.push(best);
        else break;
    }
    return result;
}
