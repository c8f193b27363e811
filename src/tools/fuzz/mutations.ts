/**
 * Mutations for the fuzzer: what analysts' half-typed documents and files from other
 * offices look like. Every mutation is a pure function of the text and the random source.
 */
import type { Random } from '../random.js';

export interface Mutation {
    name: string;
    apply(text: string, rnd: Random): string;
}

const TOKEN = /"(?:\\.|[^"\\\n])*"|\/\/[^\n]*|\/\*[\s\S]*?\*\/|[^\s{}]+|[{}]/g;

function tokens(text: string): Array<{ start: number; end: number }> {
    const list: Array<{ start: number; end: number }> = [];
    for (const m of text.matchAll(TOKEN)) list.push({ start: m.index!, end: m.index! + m[0].length });
    return list;
}

const pickIndex = (length: number, rnd: Random) => Math.floor(rnd() * length);

const STRANGE = [
    '\u202e', '\u202d', '\u200f', '\u200b', '\u200d', '\ufeff', '\u0000', '\u0301', '𝟙𝟚', '😀', 'Ω', '\t', '\r\n', '\r',
    '"', '\\', '{', '}', '/*', '*/', '//', '%', 'Rp', '-', '.', ',', 'tw5', 'ÿ', '\u2028', '\ud800'
];

const NUMBERS = [
    '9'.repeat(400), '-' + '9'.repeat(30), '0', '-0', '0,0000001', '1.000.000.000.000.000.000.000', '19.29', '1,2,3', '00.000',
    '-5', '1e9', '2.500.000.000,5', '999.999.999.999.999', '4294967296', '9007199254740993'
];

export const MUTATIONS: Mutation[] = [
    {
        name: 'delete-token',
        apply(text, rnd) {
            const t = tokens(text);
            if (!t.length) return text;
            const { start, end } = t[pickIndex(t.length, rnd)];
            return text.slice(0, start) + text.slice(end);
        }
    },
    {
        name: 'duplicate-token',
        apply(text, rnd) {
            const t = tokens(text);
            if (!t.length) return text;
            const { start, end } = t[pickIndex(t.length, rnd)];
            return text.slice(0, end) + ' ' + text.slice(start, end) + text.slice(end);
        }
    },
    {
        name: 'swap-tokens',
        apply(text, rnd) {
            const t = tokens(text);
            if (t.length < 2) return text;
            const i = pickIndex(t.length - 1, rnd);
            const [a, b] = [t[i], t[i + 1]];
            return text.slice(0, a.start) + text.slice(b.start, b.end) + text.slice(a.end, b.start) + text.slice(a.start, a.end) + text.slice(b.end);
        }
    },
    {
        name: 'truncate',
        apply(text, rnd) {
            return text.slice(0, pickIndex(text.length + 1, rnd));
        }
    },
    {
        name: 'strange-characters',
        apply(text, rnd) {
            const at = pickIndex(text.length + 1, rnd);
            const count = 1 + pickIndex(4, rnd);
            const insert = Array.from({ length: count }, () => STRANGE[pickIndex(STRANGE.length, rnd)]).join('');
            return text.slice(0, at) + insert + text.slice(at);
        }
    },
    {
        name: 'strange-number',
        apply(text, rnd) {
            const numbers = [...text.matchAll(/\d[\d.,]*/g)];
            if (!numbers.length) return text;
            const m = numbers[pickIndex(numbers.length, rnd)];
            return text.slice(0, m.index!) + NUMBERS[pickIndex(NUMBERS.length, rnd)] + text.slice(m.index! + m[0].length);
        }
    },
    {
        name: 'copy-line',
        apply(text, rnd) {
            const lines = text.split('\n');
            const from = pickIndex(lines.length, rnd);
            const to = pickIndex(lines.length, rnd);
            lines.splice(to, 0, lines[from]);
            return lines.join('\n');
        }
    }
];

/** A chain of `depth` positions and nodes, each supporting the next: deep cascades. */
export function deepCascade(depth: number, cyclic: boolean): string {
    const lines = ['instansi Dalam "Instansi dalam" {', '    periode 2021 - 2026', '    jabatan J0 "Kepala" eselon II'];
    for (let i = 1; i < depth; i++) lines.push(`    jabatan J${i} "J" staf atasan J${i - 1}`);
    for (let i = 0; i < depth; i++) {
        const parent = i + 1 < depth ? `N${i + 1}` : cyclic ? 'N0' : undefined;
        lines.push(`    rhk N${i} "N" oleh J${Math.min(i, depth - 1)}${parent ? ` mendukung ${parent}` : ''} { indikator I${i} "I" { satuan orang target 2025 ${i + 1} realisasi 2025 tw1 ${i} } }`);
    }
    lines.push('}');
    return lines.join('\n');
}
