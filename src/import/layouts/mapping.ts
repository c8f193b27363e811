/**
 * `kinerja import --mapping FILE`: a JSON file saying how to read a table the built-in
 * office tables do not recognise (docs/import.md, "Mapping files"; the schema is
 * docs/mapping.schema.json). It says the same as a built-in table: which sheet, where
 * the header is, which column means what (by letter or by header text), and the
 * constants (organisation, year, period, notation). Every key is checked; a mistake
 * names the key and what is expected, and nothing is read.
 */
import { normalise } from '../table.js';
import type { Problems } from '../problems.js';
import type { GridSheet } from '../grid.js';
import { meaningOfMappingWord, type Meaning } from './headers.js';
import { findHeader, kindOf, readOffice, type Mapping, type TableKind } from './office.js';
import type { Layout } from './layout.js';

const KEYS = ['$schema', 'table', 'sheet', 'headerRow', 'headerRows', 'firstRow', 'columns', 'headers', 'organisation', 'year', 'period', 'notation'] as const;
const MEANINGS = 'kode, nama, tujuan, sasaran, program, kegiatan, subkegiatan, indikator, satuan, kondisi-awal, target, pagu, penanggung-jawab, realisasi, realisasi-anggaran, capaian, serapan, abaikan';
const TABLES: readonly TableKind[] = ['plan', 'realisation', 'budget'];
const PERIODS = ['tw1', 'tw2', 'tw3', 'tw4', 'jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des'];

const TYPES = {
    row: ['nomor baris (bilangan bulat 1 atau lebih)', 'a row number (a whole number from 1)'],
    rows: ['jumlah baris judul (1 sampai 5)', 'the number of header rows (1 to 5)'],
    text: ['teks', 'a text'],
    id: ['ID organisasi (huruf, angka dan _, mis. Dinkes)', 'an organisation ID (letters, digits and _, e.g. Dinkes)'],
    year: ['tahun empat angka, mis. 2025', 'a four-digit year, e.g. 2025'],
    period: [`salah satu dari ${PERIODS.join(', ')}`, `one of ${PERIODS.join(', ')}`],
    notation: ['"id" atau "en"', '"id" or "en"'],
    table: ['"plan", "realisation" atau "budget"', '"plan", "realisation" or "budget"'],
    object: ['objek JSON', 'a JSON object'],
    letter: ['huruf kolom seperti "A" atau "AB"', 'a column letter such as "A" or "AB"']
} as const;

/** Reads a mapping file's text; undefined (with problems recorded) when anything in it is wrong. */
export function parseMapping(file: string, text: string, problems: Problems): Mapping | undefined {
    const before = problems.list.length + problems.more;
    let json: unknown;
    try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (err) {
        problems.add(file, '', 'mapping.json', { reason: err instanceof Error ? err.message : String(err) });
        return undefined;
    }
    const type = (key: string, t: keyof typeof TYPES) => problems.add(file, key, 'mapping.type', { key, expected: TYPES[t][0], expectedEn: TYPES[t][1] });
    if (typeof json !== 'object' || json === null || Array.isArray(json)) { type('(file)', 'object'); return undefined; }
    const o = json as Record<string, unknown>;
    const mapping: Mapping = { file };
    for (const key of Object.keys(o)) if (!(KEYS as readonly string[]).includes(key)) problems.add(file, key, 'mapping.key', { key, known: KEYS.filter(k => k !== '$schema').join(', ') });
    const int = (key: 'headerRow' | 'headerRows' | 'firstRow', max: number, t: keyof typeof TYPES) => {
        const v = o[key];
        if (v === undefined) return;
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > max) type(key, t);
        else mapping[key] = v;
    };
    int('headerRow', 1_048_576, 'row');
    int('headerRows', 5, 'rows');
    int('firstRow', 1_048_576, 'row');
    if (o.table !== undefined) {
        if (!TABLES.includes(o.table as TableKind)) type('table', 'table'); else mapping.table = o.table as TableKind;
    }
    if (o.sheet !== undefined) { if (typeof o.sheet !== 'string' || !o.sheet.trim()) type('sheet', 'text'); else mapping.sheet = o.sheet; }
    if (o.organisation !== undefined) {
        if (typeof o.organisation !== 'string' || !/^[_a-zA-Z]\w*$/.test(o.organisation)) type('organisation', 'id'); else mapping.organisation = o.organisation;
    }
    if (o.year !== undefined) {
        if (typeof o.year !== 'number' || !Number.isInteger(o.year) || o.year < 1900 || o.year > 2200) type('year', 'year'); else mapping.year = o.year;
    }
    if (o.period !== undefined) {
        if (typeof o.period !== 'string' || !PERIODS.includes(o.period)) type('period', 'period'); else mapping.period = o.period;
    }
    if (o.notation !== undefined) {
        if (o.notation !== 'id' && o.notation !== 'en') type('notation', 'notation'); else mapping.notation = o.notation;
    }
    const meanings = (key: 'columns' | 'headers') => {
        const v = o[key];
        if (v === undefined) return undefined;
        if (typeof v !== 'object' || v === null || Array.isArray(v)) { type(key, 'object'); return undefined; }
        const out: Record<string, Meaning> = {};
        for (const [name, word] of Object.entries(v as Record<string, unknown>)) {
            const path = `${key}.${name}`;
            if (key === 'columns' && !/^[A-Z]{1,3}$/.test(name)) { type(path, 'letter'); continue; }
            const meaning = typeof word === 'string' ? meaningOfMappingWord(word) : undefined;
            if (!meaning) { problems.add(file, path, 'mapping.meaning', { key: path, text: String(word), known: MEANINGS }); continue; }
            out[key === 'headers' ? normalise(name) : name] = meaning;
        }
        return out;
    };
    mapping.columns = meanings('columns');
    mapping.headers = meanings('headers');
    return problems.list.length + problems.more === before ? mapping : undefined;
}

/** The layout of `--mapping`: the sheet it names, or every sheet where its header is found. */
export const mappingLayout: Layout = {
    id: 'mapping',
    read(grid, sheets, context, into) {
        const taken = new Set<GridSheet>();
        const mapping = context.office?.mapping;
        if (!mapping) return taken;
        let chosen = sheets;
        if (mapping.sheet) {
            chosen = sheets.filter(s => normalise(s.name) === normalise(mapping.sheet!));
            if (!chosen.length) {
                context.problems.add(mapping.file, 'sheet', 'mapping.sheet', { sheet: mapping.sheet, sheets: grid.sheets.map(s => s.name).join(', ') });
                return taken;
            }
        }
        for (const sheet of chosen) {
            const header = findHeader(sheet, mapping);
            if (!header) {
                if (mapping.sheet) { taken.add(sheet); context.problems.add(grid.file, sheet.name, 'mapping.no-header'); }
                continue;
            }
            const kind = mapping.table ?? kindOf(header.columns);
            taken.add(sheet);
            if (!kind) { context.problems.add(mapping.file, sheet.name, 'mapping.table'); continue; }
            readOffice(grid, sheet, header, kind, mapping, context, into);
        }
        return taken;
    }
};
