/**
 * An office's own tables (docs/import.md, "Office tables"): the plan matrix (Renstra,
 * IKU, Renja), the quarterly realisation form and the budget export by account code.
 * Each is found by its Indonesian headers (headers.ts) within the sheet's first 20 rows,
 * under whatever title rows stand above them; a header may span rows ("Realisasi" over
 * "TW I | TW II"), and a numbering row (1, 2, 3 …) under it is skipped. Rows become the
 * data workbook's rows (schema.ts), each remembering its cells (problems.ts placeOf):
 *
 * - the performance tree by the code (`1.02.02` program, `1.02.02.2.01` kegiatan,
 *   `1.02.02.2.01.0001` sub kegiatan, Permendagri 90/2019) or by which level column is
 *   filled; a row without either continues the element above it; total rows
 *   (`Jumlah`, `Total`) and the urusan, bidang and account-code rows of a budget
 *   export are skipped;
 * - into an empty folder, IDs made from the code or the position (ids below); into a
 *   workspace, elements found by their code, indicators by their name within the
 *   organisation, never guessed;
 * - capaian and serapan cells are not imported but kept to be checked against the
 *   engine once the files are made (figures.ts).
 *
 * The built-in tables and a mapping file (mapping.ts) are the same thing: which column
 * means what, where the header is, the constants.
 */
import { addressOf, cellText, type Grid, type GridRow, type GridSheet } from '../grid.js';
import type { Notation } from '../notation.js';
import { placeOf, type ImportProblem, type RowPlace } from '../problems.js';
import type { Row, SheetRows, ValueCell } from '../schema.js';
import { normalise, readTable, type TableColumn } from '../table.js';
import { importMessage } from '../messages.js';
import { isSubHeader, LEVELS, meaningOfHeader, wordsOf, type Field, type Level, type Meaning } from './headers.js';
import type { Layout, LayoutContext } from './layout.js';

export type TableKind = 'plan' | 'realisation' | 'budget';

/** What says how to read a sheet: a built-in table's defaults, or a mapping file. */
export interface Mapping {
    /** The mapping file as the user named it; absent for the built-in tables. */
    file?: string;
    table?: TableKind;
    sheet?: string;
    headerRow?: number;
    headerRows?: number;
    firstRow?: number;
    /** Column letter → meaning. */
    columns?: Record<string, Meaning>;
    /** Header text (normalised) → meaning, over the built-in words. */
    headers?: Record<string, Meaning>;
    organisation?: string;
    year?: number;
    period?: string;
    notation?: Notation;
}

export interface OfficeOptions {
    /** The workspace's rows (export-rows.ts) when importing into one. */
    workspace?: SheetRows;
    /** `--instansi ID`. */
    instansi?: string;
    /** `--tahun YEAR`. */
    tahun?: number;
    mapping?: Mapping;
}

/** A capaian or serapan cell, checked against the engine once the files are made (figures.ts). */
export interface FigureCheck {
    file: string;
    place: string;
    kind: 'capaian' | 'serapan';
    organisation: string;
    subject: string;
    year: number;
    quarter?: number;
    value: string;
    /** The row's own target and realisation for the same period, to tell where a difference comes from. */
    target?: string;
    realisation?: string;
}

export interface OfficeNotes {
    warnings: ImportProblem[];
    checks: FigureCheck[];
}

// ------------------------------------------------------------------ the header

interface HeaderColumn {
    index: number;
    /** The header's texts, top row first. */
    texts: string[];
    /** The header cell (top-most with text). */
    address: string;
    meaning?: Meaning;
}

interface Header {
    rows: number[];
    columns: HeaderColumn[];
    firstRow: number;
    /** Rows above the header: the title. */
    title: GridRow[];
}

/** `A` → 0, `AB` → 27. */
const indexOfLetter = (letter: string) => [...letter].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

const isNumberingCell = (text: string) => /^\(?\d{1,2}\)?$/.test(text);

/** The meaning of a header column under a mapping (by letter, then by header text) or the built-in words. */
function meaningOf(column: { index: number; texts: string[] }, mapping: Mapping | undefined): Meaning | undefined {
    const letter = addressOf(column.index, 1).replace(/\d+$/, '');
    const byLetter = mapping?.columns?.[letter];
    if (byLetter) return byLetter;
    if (mapping?.headers) {
        for (const candidate of [column.texts.join(' '), ...column.texts]) {
            const m = mapping.headers[normalise(candidate)];
            if (m) return m;
        }
    }
    return column.texts.length ? meaningOfHeader(column.texts) : undefined;
}

const ANCHORS = new Set<Field>(['indikator', 'kode', 'nama', ...LEVELS]);

/** The header of a sheet: the mapping's row, or the first of the first 20 rows that reads as one. */
export function findHeader(sheet: GridSheet, mapping: Mapping | undefined): Header | undefined {
    const rows = sheet.rows;
    const at = (n: number) => rows.find(r => r.number === n);
    let start: GridRow | undefined;
    if (mapping?.headerRow) start = at(mapping.headerRow);
    else if (mapping?.columns && mapping.firstRow && !mapping.headers) start = undefined;
    else {
        for (const row of rows) {
            if (row.number > 20) break;
            const fields = row.cells.flatMap((c, index) => {
                const text = cellText(c);
                const m = text ? meaningOf({ index, texts: [text] }, mapping) : undefined;
                return m && m.field !== 'abaikan' ? [m.field] : [];
            });
            if (new Set(fields).size >= 2 && fields.some(f => ANCHORS.has(f))) { start = row; break; }
        }
    }
    if (!start && !(mapping?.columns && mapping.firstRow)) return undefined;
    const headerRows: GridRow[] = start ? [start] : [];
    if (start) {
        const fixed = mapping?.headerRows;
        for (let n = start.number + 1; fixed ? n < start.number + fixed : true; n++) {
            const row = at(n);
            if (!row) { if (fixed) continue; break; }
            const texts = row.cells.map(cellText).filter(Boolean);
            if (!fixed && !(texts.length && texts.every(t => !isNumberingCell(t) && isSubHeader(t)))) break;
            headerRows.push(row);
        }
    }
    const lettered = Object.keys(mapping?.columns ?? {}).map(indexOfLetter);
    const width = Math.max(0, ...headerRows.map(r => r.cells.length), ...lettered.map(i => i + 1));
    const columns: HeaderColumn[] = [];
    for (let index = 0; index < width; index++) {
        const texts: string[] = [];
        let address = '';
        headerRows.forEach((row, level) => {
            let text = cellText(row.cells[index]);
            // A group header spanning columns without merged cells ("Realisasi" once, over "TW I | TW II"):
            // an empty upper cell over a filled lower one carries the text on its left.
            if (!text && level < headerRows.length - 1 && headerRows.slice(level + 1).some(r => cellText(r.cells[index]))) {
                for (let left = index - 1; left >= 0 && !text; left--) {
                    text = cellText(row.cells[left]);
                    if (headerRows.slice(level + 1).every(r => !cellText(r.cells[left]))) { text = ''; break; }
                }
            }
            if (text && texts[texts.length - 1] !== text) texts.push(text);
            if (text && !address) address = addressOf(index, row.number);
        });
        const byLetter = mapping?.columns?.[addressOf(index, 1).replace(/\d+$/, '')];
        if (!texts.length && !byLetter) continue;
        columns.push({ index, texts, address: address || addressOf(index, start?.number ?? 1), meaning: meaningOf({ index, texts }, mapping) });
    }
    let firstRow = mapping?.firstRow ?? (headerRows.length ? headerRows[headerRows.length - 1].number + 1 : 1);
    if (!mapping?.firstRow) {
        // A numbering row (1, 2, 3 … or (1), (2) …) under the header.
        const next = at(firstRow);
        const texts = next?.cells.map(cellText).filter(Boolean) ?? [];
        if (texts.length >= 2 && texts.every(isNumberingCell)) firstRow++;
    }
    return { rows: headerRows.map(r => r.number), columns, firstRow, title: rows.filter(r => r.number < (headerRows[0]?.number ?? firstRow)) };
}

/** Which office table a header is, from the fields it has. */
export function kindOf(columns: readonly HeaderColumn[]): TableKind | undefined {
    const has = (f: Field) => columns.some(c => c.meaning?.field === f);
    if (has('indikator') && (has('realisasi') || has('capaian'))) return 'realisation';
    if (has('indikator') && (has('target') || has('pagu'))) return 'plan';
    if (!has('indikator') && has('kode') && (has('pagu') || has('realisasi') || has('realisasiAnggaran'))) return 'budget';
    return undefined;
}

// ------------------------------------------------------------------ the title

/** Labels of the organisation in a title row: `Perangkat Daerah : Dinas Kesehatan`. */
const ORG_LABEL = /^\s*(perangkat\s+daerah|opd|skpd|sub\s*skpd|instansi|unit\s+kerja|satuan\s+kerja|organisasi|nama\s+opd|nama\s+perangkat\s+daerah)\s*[:\uFF1A]?\s*(.*)$/i;

interface TitleFacts {
    organisation?: { name: string; place: string };
    year?: { value: number; place: string };
    period?: { value: string; place: string };
    cells: Array<{ text: string; place: string }>;
}

function titleFacts(sheet: GridSheet, title: readonly GridRow[]): TitleFacts {
    const facts: TitleFacts = { cells: [] };
    for (const row of title) {
        const texts = row.cells.map(cellText);
        texts.forEach((text, index) => {
            if (!text || texts.indexOf(text) !== index) return;
            const place = `${sheet.name}!${addressOf(index, row.number)}`;
            facts.cells.push({ text, place });
            const label = ORG_LABEL.exec(text);
            if (label && !facts.organisation) {
                let name = label[2].trim();
                if (!name) name = texts.slice(index + 1).find(Boolean) ?? '';
                // SIPD writes the unit's code before its name: `1.02.0.00.0.00.01.0000 Dinas Kesehatan`.
                name = name.replace(/^[:\uFF1A]\s*/, '').replace(/^[\d.]+\s+/, '').trim();
                if (name) facts.organisation = { name, place };
            }
            const year = /\btahun(?:\s+anggaran)?\s*[:\uFF1A]?\s*((?:19|20)\d\d)\b/i.exec(text);
            if (year && !facts.year) facts.year = { value: Number(year[1]), place };
            const quarter = /\b(?:triwulan|tw)\s*[:\uFF1A]?\s*(iv|iii|ii|i|[1-4])\b/i.exec(text);
            if (quarter && !facts.period) facts.period = { value: `tw${({ i: 1, ii: 2, iii: 3, iv: 4 } as Record<string, number>)[quarter[1].toLowerCase()] ?? quarter[1]}`, place };
        });
    }
    return facts;
}

// ------------------------------------------------------------------ codes

/** The level a code gives (Permendagri 90/2019): `1.02.02` program, `1.02.02.2.01` kegiatan, `1.02.02.2.01.0001` sub kegiatan. */
export function levelOfCode(code: string): Level | 'above' | 'account' | undefined {
    const c = code.replace(/\s+/g, '');
    const program = String.raw`[0-9X]\.(?:\d{2}|XX)\.\d{2}`;
    if (new RegExp(`^${program}$`, 'i').test(c)) return 'program';
    if (new RegExp(`^${program}\\.\\d\\.\\d{2}$`, 'i').test(c)) return 'kegiatan';
    if (new RegExp(`^${program}\\.\\d\\.\\d{2}\\.(?:\\d{2}|\\d{4})$`, 'i').test(c)) return 'subkegiatan';
    // Urusan (`1`) and bidang urusan (`1.02`) head their programs; account codes (`5.1.02.01.01.0024`) detail a sub kegiatan's spending.
    if (/^[0-9X](?:\.(?:\d{2}|XX))?$/i.test(c)) return 'above';
    if (/^\d\.\d(?:\.\d{2}){0,3}(?:\.\d{4})?$/.test(c)) return 'account';
    return undefined;
}

const PREFIX: Record<Level, string> = { tujuan: 'T', sasaran: 'S', program: 'P', kegiatan: 'K', subkegiatan: 'SK' };
const TOTAL = /^(jumlah|total|sub\s*total|grand\s*total|jumlah\s+total)\b/i;

// ------------------------------------------------------------------ reading

interface Element {
    level: Level;
    id?: string;
    name?: string;
    kode?: string;
    parent?: Element;
    key: string;
    /** Where the element is named. */
    place: string;
    file: string;
}

interface Indicator {
    id?: string;
    element?: Element;
}

/** Words of the realisation table's value fields, by table kind (a budget export's `Realisasi` is Rupiah). */
function fieldIn(kind: TableKind, field: Field): Field {
    if (kind !== 'budget') return field;
    if (field === 'realisasi') return 'realisasiAnggaran';
    if (field === 'capaian') return 'serapan';
    return field;
}

const VALUE_FIELDS = new Set<Field>(['target', 'pagu', 'realisasi', 'realisasiAnggaran', 'capaian', 'serapan', 'kondisiAwal']);
const QUARTER_OF: Record<string, number> = { tw1: 1, tw2: 2, tw3: 3, tw4: 4, jan: 1, feb: 1, mar: 1, apr: 2, mei: 2, jun: 2, jul: 3, agu: 3, sep: 3, okt: 4, nov: 4, des: 4 };

/** Reads one office table out of a sheet into `into`. */
export function readOffice(grid: Grid, sheet: GridSheet, header: Header, kind: TableKind, mapping: Mapping | undefined, context: LayoutContext, into: SheetRows): void {
    const { problems } = context;
    const file = grid.file;
    const office = context.office ?? {};
    const workspace = office.workspace;
    const warn = (place: string, key: Parameters<typeof importMessage>[1], params: Record<string, string | number>) =>
        context.notes?.warnings.push({ file, place, message: importMessage(problems.lang, 'warning', { message: importMessage(problems.lang, key, params) }) });

    // Headers the table does not know would lose their column's data without a word.
    const known: Array<HeaderColumn & { meaning: Meaning }> = [];
    for (const c of header.columns) {
        if (!c.meaning) problems.add(file, `${sheet.name}!${c.address}`, 'office.header-unknown', { text: c.texts.join(' / ') });
        else if (c.meaning.field !== 'abaikan') known.push(c as HeaderColumn & { meaning: Meaning });
    }

    // The organisation: --instansi, the mapping, or the title, never guessed.
    const facts = titleFacts(sheet, header.title);
    const orgId = organisationOf(context, mapping, facts, sheet, file);
    // The year of a column without one: the mapping, --tahun, the title, or the only year of the table's columns.
    const columnYears = [...new Set(known.map(c => c.meaning.year).filter((y): y is number => y !== undefined))];
    const defaultYear = mapping?.year ?? office.tahun ?? facts.year?.value ?? (columnYears.length === 1 ? columnYears[0] : undefined);
    const defaultPeriod = mapping?.period ?? facts.period?.value;

    const columns: TableColumn[] = known.map(c => ({
        index: c.index,
        spec: { key: `c${c.index}`, header: c.texts.join(' ') || addressOf(c.index, 1).replace(/\d+$/, ''), kind: VALUE_FIELDS.has(c.meaning.field) ? 'value' : 'text', multiline: true }
    }));
    const read = readTable(problems, { file, sheet }, columns, { firstRow: header.firstRow, notation: mapping?.notation ?? context.notation });
    if (orgId === undefined) return;

    const meaningByKey = new Map(known.map(c => [`c${c.index}`, { ...c.meaning, field: fieldIn(kind, c.meaning.field) }]));
    const first = (row: Row, field: Field): { key: string; text: string } | undefined => {
        for (const [key, m] of meaningByKey) if (m.field === field && typeof row[key] === 'string' && (row[key] as string).trim()) return { key, text: (row[key] as string).trim() };
        return undefined;
    };
    const place = (row: Row, key: string) => `${sheet.name}!${placeOf.get(row)?.columns.get(key) ?? ''}`;

    const ws = workspaceIndex(workspace, orgId);
    const elements = new Map<string, Element>();
    const counters = new Map<string, number>();
    const current: Partial<Record<Level, Element>> = {};
    const indicators = new Map<string, Indicator>();
    const seenValues = new Map<string, { text: string; place: string }>();
    const owners = new Map<string, string>();
    const unknownElements = new Set<Element>();
    const emit = (sheetKey: keyof SheetRows, data: Row, source: Row, cells: Record<string, string>) => {
        const p = placeOf.get(source)!;
        const rowPlace: RowPlace = { file, sheet: sheet.name, row: p.row, columns: new Map(Object.entries(cells).map(([k, v]) => [k, p.columns.get(v) ?? v])) };
        placeOf.set(data, rowPlace);
        into[sheetKey].push(data);
    };

    if (!workspace && !into.organisasi.some(o => o.id === orgId)) {
        const org: Row = { jenis: 'instansi', id: orgId, nama: facts.organisation?.name ?? orgId };
        placeOf.set(org, { file, sheet: sheet.name, row: header.rows[0] ?? header.firstRow, columns: new Map() });
        into.organisasi.push(org);
    }

    const elementOf = (level: Level, row: Row, key: string, name: string | undefined, kode: string | undefined): Element | undefined => {
        const parentLevels = LEVELS.slice(0, LEVELS.indexOf(level)).reverse();
        let parent = parentLevels.map(l => current[l]).find(Boolean);
        // A code names its parent: a kegiatan belongs to the program whose code starts its own.
        if (kode) {
            const byCode = [...elements.values()].find(e => e.kode && kode.startsWith(`${e.kode}.`) && LEVELS.indexOf(e.level) === LEVELS.indexOf(level) - 1);
            if (byCode) parent = byCode;
        }
        const identity = kode ? `${level}|${kode}` : `${level}|${normalise(name ?? '')}|${parent?.key ?? ''}`;
        let element = elements.get(identity);
        if (!element) {
            element = { level, name, kode, parent, key: identity, place: place(row, key), file };
            if (workspace) {
                const found = kode ? ws.nodesByCode.get(normalise(kode)) : ws.nodesByName.get(`${level}|${normalise(name ?? '')}`);
                if (found?.length === 1) element.id = found[0];
                else if (found && found.length > 1) problems.add(file, element.place, 'office.element-ambiguous', { text: kode ?? name ?? '', organisation: orgId, candidates: found.join(', ') });
            } else {
                let id: string;
                if (kode && /^[\w.]+$/.test(kode)) id = `${PREFIX[level]}${kode.replace(/\./g, '_')}`;
                else {
                    const n = (counters.get(level) ?? 0) + 1;
                    counters.set(level, n);
                    id = `${PREFIX[level]}${n}`;
                }
                element.id = id;
                const data: Row = { organisasi: orgId, jenis: level, id, nama: name ?? kode ?? id, kode, mendukung: parent?.id };
                emit('pohon', data, row, { organisasi: key, jenis: key, id: key, nama: key, kode: key, mendukung: key });
            }
            elements.set(identity, element);
        }
        current[level] = element;
        for (const deeper of LEVELS.slice(LEVELS.indexOf(level) + 1)) delete current[deeper];
        return element;
    };

    for (const row of read) {
        const kodeCell = first(row, 'kode');
        const namaCell = first(row, 'nama');
        const indikatorCell = first(row, 'indikator');
        const label = [kodeCell, namaCell, ...LEVELS.map(l => first(row, l)), indikatorCell].find(Boolean);
        if (label && TOTAL.test(label.text) && !indikatorCell) continue;
        if (!label && !indikatorCell) {
            // A total row shows only numbers, or a row holds figures of the element above.
            if (!Object.keys(row).some(k => meaningByKey.get(k) && VALUE_FIELDS.has(meaningByKey.get(k)!.field))) continue;
        }

        // The element of the row: by its code, else by the deepest level column filled.
        let element: Element | undefined;
        const levelCells = LEVELS.map(l => ({ level: l, cell: first(row, l) })).filter(x => x.cell);
        let skip = false;
        if (kodeCell) {
            const kode = kodeCell.text.replace(/\s+/g, '');
            const level = levelOfCode(kode) ?? levelCells[levelCells.length - 1]?.level;
            if (level === 'above' || level === 'account') skip = true;
            else if (!level) problems.add(file, place(row, kodeCell.key), 'office.code', { text: kodeCell.text });
            else {
                for (const x of levelCells) if (LEVELS.indexOf(x.level) < LEVELS.indexOf(level)) elementOf(x.level, row, x.cell!.key, x.cell!.text, undefined);
                const name = namaCell?.text ?? levelCells.find(x => x.level === level)?.cell?.text;
                element = elementOf(level, row, kodeCell.key, name, kode);
            }
        } else if (levelCells.length) {
            for (const x of levelCells) element = elementOf(x.level, row, x.cell!.key, x.cell!.text, undefined);
        } else if (namaCell && !indikatorCell) {
            problems.add(file, place(row, namaCell.key), 'office.level-unknown', { text: namaCell.text });
            continue;
        } else {
            element = LEVELS.map(l => current[l]).filter(Boolean).pop();
        }
        if (skip) continue;
        if (element) {
            const pj = first(row, 'penanggungJawab');
            if (pj && element.id && !owners.has(element.id)) owners.set(element.id, pj.text);
        }

        // The indicator of the row.
        let indicator: Indicator | undefined;
        if (indikatorCell) {
            const ikey = `${element?.key ?? ''}|${normalise(indikatorCell.text)}`;
            indicator = indicators.get(ikey);
            if (!indicator) {
                indicator = { element };
                if (workspace) {
                    indicator.id = ws.resolveIndicator(indikatorCell.text, element?.id, id => problems.add(file, place(row, indikatorCell.key), id.key, id.params));
                } else if (!element?.id) {
                    problems.add(file, place(row, indikatorCell.key), 'office.no-element', { text: indikatorCell.text });
                } else {
                    const n = (counters.get(`i|${element.id}`) ?? 0) + 1;
                    counters.set(`i|${element.id}`, n);
                    indicator.id = `${element.id}_I${n}`;
                    const satuan = first(row, 'satuan')?.text;
                    const baseline = Object.entries(row).find(([k]) => meaningByKey.get(k)?.field === 'kondisiAwal');
                    const data: Row = { organisasi: orgId, unsur: element.id, id: indicator.id, nama: indikatorCell.text, satuan: satuan && unitOf(satuan), kondisiAwal: baseline?.[1] };
                    emit('indikator', data, row, { organisasi: indikatorCell.key, unsur: indikatorCell.key, id: indikatorCell.key, nama: indikatorCell.key, satuan: first(row, 'satuan')?.key ?? indikatorCell.key, kondisiAwal: baseline?.[0] ?? indikatorCell.key });
                }
                indicators.set(ikey, indicator);
            }
        }

        // The figures of the row, annual targets before their periods.
        const figures = [...meaningByKey].filter(([k, m]) => VALUE_FIELDS.has(m.field) && m.field !== 'kondisiAwal' && row[k] !== undefined)
            .sort((a, b) => Number(a[1].field === 'target' && a[1].period !== undefined) - Number(b[1].field === 'target' && b[1].period !== undefined));
        for (const [key, m] of figures) {
            const value = row[key] as ValueCell;
            const year = m.year ?? defaultYear;
            const cell = place(row, key);
            if (year === undefined) { problems.add(file, cell, 'office.year', {}); continue; }
            const onIndicator = m.field === 'target' || m.field === 'realisasi' || m.field === 'capaian';
            const subject = onIndicator ? indicator?.id : (element?.id ?? (indicator?.id ? ws.nodeOfIndicator(indicator.id) : undefined));
            if (onIndicator && !indikatorCell) { problems.add(file, cell, 'office.value-without-indicator', { column: columnHeader(header, key) }); continue; }
            if (!onIndicator && !element && !indicator) { problems.add(file, cell, 'office.value-without-element', { column: columnHeader(header, key) }); continue; }
            if (!onIndicator && element && !element.id) {
                // One problem per element, at its first figure.
                if (!unknownElements.has(element)) problems.add(file, cell, 'office.element-unknown', { text: element.kode ?? element.name ?? '', organisation: orgId });
                unknownElements.add(element);
                continue;
            }
            if (!subject) continue; // the indicator's own problem is already listed
            const period = m.period ?? (m.field === 'target' || m.field === 'pagu' ? undefined : defaultPeriod);
            const base = { organisasi: orgId, unsur: subject, tahun: String(year) };
            const cells = { organisasi: key, unsur: key, tahun: key, periode: key, sd: key, nilai: key };
            // A figure repeated by a merged cell (a pagu over its indicators' rows) is one figure.
            const identity = `${m.field}|${subject}|${year}|${period ?? ''}|${m.sd ? 'sd' : ''}`;
            const text = JSON.stringify(value);
            const seen = seenValues.get(identity);
            if (seen) {
                if (seen.text !== text) problems.add(file, cell, 'office.value-twice', { other: seen.place });
                continue;
            }
            seenValues.set(identity, { text, place: cell });
            switch (m.field) {
                case 'target':
                    emit('target', { ...base, periode: period, nilai: value }, row, m.period ? cells : { organisasi: key, unsur: key, tahun: key, nilai: key });
                    break;
                case 'pagu':
                    emit('pagu', { ...base, nilai: { ...value, rupiah: true } }, row, { organisasi: key, unsur: key, tahun: key, nilai: key });
                    break;
                case 'realisasi':
                    emit('realisasi', { ...base, periode: period, sd: m.sd, nilai: value }, row, cells);
                    break;
                case 'realisasiAnggaran':
                    // Per-quarter columns are the spending within each quarter (belanja); one column, or s.d., the cumulative realisation.
                    if (m.period && !m.sd) emit('belanja', { ...base, periode: m.period, nilai: { ...value, rupiah: true } }, row, { organisasi: key, unsur: key, tahun: key, periode: key, nilai: key });
                    // A node's realisation is cumulative already (`realisasi 2025 tw2 Rp …`): s.d. says nothing more.
                    else emit('realisasi', { ...base, periode: period, nilai: { ...value, rupiah: true } }, row, cells);
                    break;
                case 'capaian':
                case 'serapan': {
                    if (value.number === undefined) break;
                    const quarter = period ? QUARTER_OF[period] : undefined;
                    const own = (field: Field) => [...meaningByKey].find(([k, mm]) => mm.field === field && row[k] !== undefined && (mm.period ?? defaultPeriod) === period && (mm.year ?? defaultYear) === year)?.[0]
                        ?? (field === 'target' ? [...meaningByKey].find(([k, mm]) => mm.field === 'target' && !mm.period && row[k] !== undefined && (mm.year ?? defaultYear) === year)?.[0] : undefined);
                    const t = own(m.field === 'capaian' ? 'target' : 'pagu');
                    const r = own(m.field === 'capaian' ? 'realisasi' : 'realisasiAnggaran');
                    context.notes?.checks.push({
                        file, place: cell, kind: m.field, organisation: orgId, subject, year, quarter, value: value.number,
                        target: t ? (row[t] as ValueCell).number : undefined, realisation: r ? (row[r] as ValueCell).number : undefined
                    });
                    break;
                }
            }
        }
    }

    // A penanggung jawab names a position; positions and their echelons are written in the .kinerja files.
    if (owners.size) {
        const names = [...new Set(owners.values())];
        warn(sheet.name, 'office.owners', { names: names.slice(0, 5).join('; ') + (names.length > 5 ? '; …' : '') });
    }
}

function columnHeader(header: Header, key: string): string {
    const index = Number(key.slice(1));
    return header.columns.find(c => c.index === index)?.texts.join(' ') ?? key;
}

/** `%` and its spellings are the built-in unit persen. */
function unitOf(text: string): string {
    const w = wordsOf(text).join(' ');
    if (text.trim() === '%' || w === 'persen' || w === 'prosen' || w === 'persentase') return 'persen';
    return text.trim();
}

/** The organisation of a sheet, or a problem saying how to settle it. */
function organisationOf(context: LayoutContext, mapping: Mapping | undefined, facts: TitleFacts, sheet: GridSheet, file: string): string | undefined {
    const office = context.office ?? {};
    const workspace = office.workspace;
    const orgs = workspace?.organisasi ?? [];
    const given = office.instansi ?? mapping?.organisation;
    if (given) {
        if (workspace && !orgs.some(o => o.id === given)) {
            context.problems.add(file, sheet.name, 'office.organisation-unknown', { id: given, known: orgs.map(o => o.id).join(', ') });
            return undefined;
        }
        return given;
    }
    if (workspace) {
        // The title's label, else any title cell naming one of the workspace's organisations.
        const byName = (text: string) => orgs.filter(o => {
            const name = normalise(String(o.nama ?? ''));
            const t = normalise(text);
            return t === normalise(String(o.id)) || (name && (t === name || t.includes(name)));
        });
        if (facts.organisation) {
            const found = byName(facts.organisation.name);
            if (found.length === 1) return String(found[0].id);
            context.problems.add(file, facts.organisation.place, 'office.organisation-title', { name: facts.organisation.name, known: orgs.map(o => `${o.id} "${o.nama ?? ''}"`).slice(0, 8).join(', ') });
            return undefined;
        }
        const found = new Set(facts.cells.flatMap(c => byName(c.text).map(o => String(o.id))));
        if (found.size === 1) return [...found][0];
    } else if (facts.organisation) {
        context.problems.add(file, facts.organisation.place, 'office.organisation-id', { name: facts.organisation.name });
        return undefined;
    }
    context.problems.add(file, sheet.name, 'office.organisation', {});
    return undefined;
}

/** The workspace's elements and indicators of one organisation, for finding what a sheet names. */
function workspaceIndex(workspace: SheetRows | undefined, org: string | undefined) {
    const nodesByCode = new Map<string, string[]>();
    const nodesByName = new Map<string, string[]>();
    const indicatorsByName = new Map<string, Row[]>();
    const indicatorNode = new Map<string, string>();
    const push = <V>(map: Map<string, V[]>, key: string, value: V) => { const list = map.get(key) ?? []; list.push(value); map.set(key, list); };
    for (const n of workspace?.pohon ?? []) {
        if (n.organisasi !== org) continue;
        if (typeof n.kode === 'string') push(nodesByCode, normalise(n.kode), String(n.id));
        push(nodesByName, `${n.jenis}|${normalise(String(n.nama ?? ''))}`, String(n.id));
    }
    const all = (workspace?.indikator ?? []).filter(i => i.organisasi === org);
    for (const i of all) {
        push(indicatorsByName, normalise(String(i.nama ?? '')), i);
        indicatorNode.set(String(i.id), String(i.unsur));
    }
    return {
        nodesByCode, nodesByName,
        nodeOfIndicator: (id: string) => indicatorNode.get(id),
        /** An indicator by its name (or ID) within the organisation; under the row's element when the name is there twice. */
        resolveIndicator(text: string, element: string | undefined, fail: (p: { key: 'office.indicator-unknown' | 'office.indicator-ambiguous'; params: Record<string, string> }) => void): string | undefined {
            let found = indicatorsByName.get(normalise(text)) ?? all.filter(i => i.id === text.trim());
            if (found.length > 1 && element) {
                const under = found.filter(i => i.unsur === element);
                if (under.length) found = under;
            }
            if (found.length === 1) return String(found[0].id);
            if (found.length > 1) {
                fail({ key: 'office.indicator-ambiguous', params: { text, organisation: String(org), candidates: found.map(i => `${i.unsur}.${i.id}`).join(', ') } });
                return undefined;
            }
            // The nearest names, by the words they share.
            const words = new Set(wordsOf(text));
            const near = all.map(i => ({ i, score: wordsOf(String(i.nama ?? '')).filter(w => words.has(w)).length }))
                .filter(x => x.score > 0).sort((a, b) => b.score - a.score).slice(0, 3).map(x => `${x.i.id} "${x.i.nama}"`);
            fail({ key: 'office.indicator-unknown', params: { text, organisation: String(org), candidates: near.length ? near.join(', ') : '-' } });
            return undefined;
        }
    };
}

/** A layout for one kind of office table: takes the sheets whose header reads as that kind. */
export function officeLayout(id: string, kind: TableKind): Layout {
    return {
        id,
        read(grid, sheets, context, into) {
            const taken = new Set<GridSheet>();
            for (const sheet of sheets) {
                const header = findHeader(sheet, undefined);
                if (!header || kindOf(header.columns) !== kind) continue;
                taken.add(sheet);
                readOffice(grid, sheet, header, kind, undefined, context, into);
            }
            return taken;
        }
    };
}

/**
 * Last: a sheet whose header reads as an office table's but which no table took, because
 * columns it does not know may be the ones that would tell (an indikator column under
 * an office's own word): those headers are named, each at its cell.
 */
export const unknownOfficeHeaders: Layout = {
    id: 'office-unknown-headers',
    read(grid, sheets, context) {
        const taken = new Set<GridSheet>();
        for (const sheet of sheets) {
            const header = findHeader(sheet, undefined);
            const unknown = header?.columns.filter(c => !c.meaning) ?? [];
            if (!unknown.length) continue;
            taken.add(sheet);
            for (const c of unknown) context.problems.add(grid.file, `${sheet.name}!${c.address}`, 'office.header-unknown', { text: c.texts.join(' / ') });
        }
        return taken;
    }
};
