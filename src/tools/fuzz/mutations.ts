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

// ---------------------------------------------------------------- a real year (issue 19)

const MONTH_WORDS = ['jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des'];
const pickOf = <T>(items: readonly T[], rnd: Random): T => items[pickIndex(items.length, rnd)];

/** One match of `pattern` (global) in the text, drawn at random. */
function oneMatch(text: string, pattern: RegExp, rnd: Random): RegExpMatchArray | undefined {
    const all = [...text.matchAll(pattern)];
    return all.length ? all[pickIndex(all.length, rnd)] : undefined;
}

function replaceMatch(text: string, m: RegExpMatchArray, by: string): string {
    return text.slice(0, m.index!) + by + text.slice(m.index! + m[0].length);
}

/** Inserts `line` right after the opening brace of a random indicator (or budget node) of the text. */
function intoBlock(text: string, rnd: Random, line: string, kind: 'indikator' | 'node' | 'jabatan' | 'perjanjian'): string {
    const header = {
        indikator: /^[ \t]*indikator [^\n{]*\{/gm,
        node: /^[ \t]*(?:program|kegiatan|subkegiatan) [^\n{]*\{/gm,
        jabatan: /^[ \t]*jabatan [^\n{]*\{/gm,
        perjanjian: /^[ \t]*perjanjian [^\n{]*\{/gm
    }[kind];
    const m = oneMatch(text, header, rnd);
    if (!m) return text;
    const at = m.index! + m[0].length;
    return text.slice(0, at) + '\n            ' + line + text.slice(at);
}

const BAD_DATES = ['2025-02-30', '2025-13-01', '2025-00-10', '2024-12-31', '2026-01-05', '0000-00-00', '9999-12-31', '2025-7-1', '2025-06-31', '2024-02-29', '2023-02-29'];
const SCALE_WORDS = ['"AAA"', '"wtp"', '""', '"B B"', '"Baik"', '"90"', '"WTP"', '"D"', '"\\u202e"', 'BB', '"' + 'A'.repeat(500) + '"'];

/**
 * Mutations of what a real year adds: months, `s.d.`, revisions, qualitative words, `belanja`,
 * officials over time, `lintas`, PK `perubahan`, `catatan` and `bukti`. Where the text
 * has none of the construct, they write one (so the examples and part 1's files are
 * fuzzed with them too).
 */
export const REAL_YEAR_MUTATIONS: Mutation[] = [
    {
        name: 'months-out-of-order',
        apply(text, rnd) {
            const m = oneMatch(text, /\{((?:\s*(?:s\.d\.\s+)?(?:jan|feb|mar|apr|mei|jun|jul|agu|sep|okt|nov|des)\s+(?:Rp\s+)?[\d.,]+)+)\s*\}/g, rnd);
            if (!m) return intoBlock(text, rnd, `realisasi 2025 { ${pickOf(MONTH_WORDS, rnd)} 5 jan 3 ${pickOf(MONTH_WORDS, rnd)} 4 tw1 9 }`, 'indikator');
            const entries = [...m[1].matchAll(/(?:s\.d\.\s+)?\w+\s+(?:Rp\s+)?[\d.,]+/g)].map(e => e[0]);
            const choice = rnd();
            if (choice < 0.4) entries.reverse();
            else if (choice < 0.7) entries.push(entries[pickIndex(entries.length, rnd)]);   // a month twice
            else entries[pickIndex(entries.length, rnd)] = `${pickOf(['tw2', 'tw4', 'des', 'januari', 'Jan'], rnd)} 7`;
            return replaceMatch(text, m, `{ ${entries.join(' ')} }`);
        }
    },
    {
        name: 'sd-twice',
        apply(text, rnd) {
            const m = oneMatch(text, /^[ \t]*realisasi \d{4} s\.d\. [^\n]*$/gm, rnd);
            const choice = rnd();
            if (!m || choice < 0.25) {
                // s.d. where it has no meaning: on a target, on a year, on a belanja, twice.
                return intoBlock(text, rnd, pickOf(['target 2025 s.d. tw2 5', 'realisasi 2025 s.d. 40', 'realisasi 2025 s.d. s.d. tw3 40',
                    'realisasi 2025 { s.d. tw2 10 tw2 4 s.d. tw1 12 }', 'realisasi 2025 s.d. tw2 10 s.d. tw3 8'], rnd), 'indikator');
            }
            if (choice < 0.5) return replaceMatch(text, m, m[0].replace('s.d.', 's.d. s.d.'));
            if (choice < 0.75) return replaceMatch(text, m, `${m[0]}\n${m[0]}`);   // the same cumulative figure twice
            return replaceMatch(text, m, m[0].replace(/[\d.,]+$/, '0'));        // a running total that falls back
        }
    },
    {
        name: 'revision-date',
        apply(text, rnd) {
            const m = oneMatch(text, /revisi (\S+) "([^"\n]*)"/g, rnd);
            const choice = rnd();
            if (!m) {
                const target = oneMatch(text, /^[ \t]*(?:target|pagu) \d{4} [^\n{]*(?:\{[^}\n]*\})?[ \t]*$/gm, rnd);
                return target ? replaceMatch(text, target, `${target[0]} revisi ${pickOf(BAD_DATES, rnd)} "Perubahan"`) : text;
            }
            if (choice < 0.6) return replaceMatch(text, m, `revisi ${pickOf(BAD_DATES, rnd)} "${m[2]}"`);
            if (choice < 0.8) return replaceMatch(text, m, `revisi ${m[1]}`);                 // no reason
            return replaceMatch(text, m, `${m[0]} revisi ${m[1]} "${m[2]}"`);                  // revised twice in one statement
        }
    },
    {
        name: 'off-the-scale',
        apply(text, rnd) {
            const quoted = oneMatch(text, /^([ \t]*(?:target|realisasi) \d{4}(?: \w+)? )("[^"\n]*")/gm, rnd);
            if (quoted && rnd() < 0.7) return replaceMatch(text, quoted, quoted[1] + pickOf(SCALE_WORDS, rnd));
            // A word on a numeric indicator, or a scale written oddly.
            const line = pickOf(['realisasi 2025 "BB"', 'target 2025 "WTP" - "WDP"', 'skala "B" "B"', 'skala', 'satuan predikat skala "X" "Y"',
                'target 2025 "BB" { tw1 "A" tw2 3 }', 'realisasi 2025 "A" dari "B"'], rnd);
            return intoBlock(text, rnd, line, 'indikator');
        }
    },
    {
        name: 'belanja-and-realisasi',
        apply(text, rnd) {
            const belanja = oneMatch(text, /^([ \t]*)belanja (\d{4}) [^\n]*$/gm, rnd);
            if (belanja && rnd() < 0.6) return replaceMatch(text, belanja, `${belanja[0]}\n${belanja[1]}realisasi ${belanja[2]} tw3 Rp 500.000.000`);
            const spent = oneMatch(text, /^([ \t]*)realisasi (\d{4}) (?:s\.d\. )?tw\d Rp [^\n]*$/gm, rnd);
            if (spent) return replaceMatch(text, spent, `${spent[0]}\n${spent[1]}belanja ${spent[2]} ${pickOf(['tw1', 'sep', 's.d. tw2', 'tw5'], rnd)} Rp 100.000.000`);
            return intoBlock(text, rnd, pickOf(['belanja 2025 tw1 Rp 10 belanja 2025 tw1 Rp -5', 'belanja 2025 { }', 'belanja 2025 { jan Rp 9.999.999.999.999.999 }',
                'belanja 2025 Rp 100'], rnd), 'node');
        }
    },
    {
        name: 'official-overlap',
        apply(text, rnd) {
            const official = oneMatch(text, /^([ \t]*)pejabat "[^"\n]*"[^\n]*$/gm, rnd);
            const lines = ['pejabat "Tumpang Tindih" sejak 2025-01-01', 'pejabat "Terbalik" sejak 2025-12-31 sampai 2025-01-01',
                'pejabat "Plt Lama" plt plh', 'pejabat "Tanpa Tanggal" sampai 2025-02-30', 'pejabat "Dua" sejak 2025-03-01 sejak 2025-04-01',
                'pejabat "" nip ""', 'pejabat "Plh" plh sejak 2025-06-01 sampai 2025-06-01'];
            if (official) {
                const line = pickOf(lines, rnd);
                return replaceMatch(text, official, `${official[0]}\n${official[1]}${line}\n${official[1]}${line}`);
            }
            const jabatan = oneMatch(text, /^[ \t]*jabatan [^\n{]*$/gm, rnd);
            return jabatan ? replaceMatch(text, jabatan, `${jabatan[0]} { ${pickOf(lines, rnd)} ${pickOf(lines, rnd)} }`) : text;
        }
    },
    {
        name: 'lintas-astray',
        apply(text, rnd) {
            const header = oneMatch(text, /^([ \t]*(?:sasaran|program|kegiatan|subkegiatan|rhk|tujuan) (\w+) "[^"\n]*"[^\n{]*)/gm, rnd);
            if (!header) return text;
            const other = oneMatch(text, /^[ \t]*(?:sasaran|program|kegiatan) (\w+) /gm, rnd)?.[1] ?? 'X';
            const to = pickOf([header[2], other, `${other}, ${other}`, 'Tidak.Ada', 'KabSintetis.SD1', 'KabPaserSelatan.SD1', `Opd001.${other}`, ''], rnd);
            return replaceMatch(text, header, `${header[1]} lintas ${to}`);
        }
    },
    {
        name: 'perubahan-dates',
        apply(text, rnd) {
            const date = pickOf(['2024-12-31', '2025-01-01', '2025-02-30', '2026-07-01', '2025-08-25 perubahan 2025-08-25', '2025-09-22 perubahan 2025-03-01'], rnd);
            return intoBlock(text, rnd, `perubahan ${date}`, 'perjanjian');
        }
    },
    {
        name: 'narrative-and-evidence',
        apply(text, rnd) {
            const evidence = oneMatch(text, /bukti (\d{4})((?: \w+)?) "([^"\n]*)" "([^"\n]*)"/g, rnd);
            const locations = ['', '.', '..', '/', '/dev/zero', '/proc/self/fd/0', '../../../../etc/passwd', 'bukti/', 'bukti/tidak-ada.pdf',
                'C:\\\\bukti\\\\rekap.xlsx', 'file:///dev/zero', 'https://', 'http://[::1', 'x'.repeat(5000), 'bukti/\u202erekap.pdf', '\\u0000'];
            if (evidence && rnd() < 0.6) {
                return replaceMatch(text, evidence, `bukti ${evidence[1]}${evidence[2]} "${evidence[3]}" "${pickOf(locations, rnd)}"${pickOf(['', ' terverifikasi 2025-02-30', ' terverifikasi', ' terverifikasi 2031-01-01'], rnd)}`);
            }
            return intoBlock(text, rnd, pickOf([
                `bukti 2025 tw3 "Bukti" "${pickOf(locations, rnd)}"`,
                'catatan 2025 tw3 { analisis "a" analisis "b" }',
                'catatan 2025 { }',
                'catatan 2025 okt { kendala "k" solusi "s" } catatan 2025 okt { kendala "k" }',
                'catatan 2025 tw3',
                'bukti 2025 "Tanpa lokasi"'
            ], rnd), rnd() < 0.5 ? 'indikator' : 'node');
        }
    }
];

MUTATIONS.push(...REAL_YEAR_MUTATIONS);
