/**
 * An `.xlsx` file as a grid (grid.ts), streamed: the zip's parts (read-zip.ts) are
 * inflated chunk by chunk and parsed as they come by a SAX parser (saxes, which exceljs
 * uses too), so neither the expanded workbook nor its XML trees are ever held whole;
 * only the cells are kept. The file is refused when its parts expand past
 * MAX_EXPANDED_BYTES or it holds more than MAX_CELLS cells (limits.ts), checked while
 * reading: a zip bomb is refused before or at its first chunk past what it states.
 *
 * What a cell is: shared and inline strings (rich text joined, phonetic guides left
 * out, `_x000D_` escapes decoded), numbers, booleans, dates (a number whose format is a
 * date format, built-in 14–22 or a custom one with d, m, y, h or s, in the workbook's
 * 1900 or 1904 date system), a formula by its saved result (never evaluated; without
 * one, or with an error value such as #REF!, formulaWithoutResult), and each cell's
 * number format (built-in ids as Excel writes them, 9 and 10 are percentages; custom
 * formats from styles.xml). Sheets come in the order of their tabs.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { CellValue, Grid, GridCell, GridRow, GridSheet } from './grid.js';
import { MAX_CELLS, MAX_EXPANDED_BYTES, TooLarge } from './limits.js';
import { findEntry, NotAZip, textOf, zipEntries, type ZipEntry } from './read-zip.js';

/** The built-in number formats (ECMA-376 18.8.30) a cell may name by id alone. */
const BUILTIN_FORMATS: Record<number, string> = {
    1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
    14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy h:mm',
    37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)',
    45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@'
};

/** Built-in ids that are dates in the locales that use them (27–36, 50–58: East Asian dates). */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a format code shows a date or time: d, m, y, h or s outside quotes, escapes and brackets. */
export function isDateFormat(code: string): boolean {
    const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/[_*]./g, '').replace(/\[[^\]]*\]/g, (b: string) => (/^\[(h+|m+|s+)\]$/i.test(b) ? 'h' : ''));
    return /[dmyhs]/i.test(bare);
}

/** A serial day number as a Date (UTC), in the 1900 system (with Lotus's 29 February 1900) or the 1904 one. */
export function excelDate(serial: number, date1904: boolean): Date {
    const days = date1904 ? serial + 1462 : serial < 60 ? serial + 1 : serial;
    return new Date(Math.round((days - 25569) * 86_400_000));
}

/** `_x000D_` and the like (ECMA-376 22.9.2.19) as the characters they stand for. */
function unescapeText(text: string): string {
    return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** A tag's name without its namespace prefix. */
function local(name: string): string {
    const colon = name.indexOf(':');
    return colon < 0 ? name : name.slice(colon + 1);
}

interface XmlHandlers {
    open(name: string, attributes: Record<string, string>): void;
    close?(name: string): void;
    text?(text: string): void;
}

/**
 * What may still be inflated: every part read takes its stated size from it first (a
 * part never inflates past its stated size, read-zip.ts), so the whole never passes
 * MAX_EXPANDED_BYTES.
 */
class Budget {
    private used = 0;
    take(...entries: ReadonlyArray<ZipEntry | undefined>): void {
        for (const entry of entries) if (entry) this.used += entry.size;
        if (this.used > MAX_EXPANDED_BYTES) throw new TooLarge('bytes');
    }
}

/** Parses an entry's XML as it inflates; malformed XML is a damaged workbook (NotAZip). */
async function parseXml(bytes: Uint8Array, entry: ZipEntry, handlers: XmlHandlers): Promise<void> {
    const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
    parser.on('error', (err: Error) => { throw new NotAZip(`${entry.name}: ${err.message}`); });
    parser.on('opentag', (tag: SaxesTagPlain) => handlers.open(local(tag.name), tag.attributes));
    if (handlers.close) { const close = handlers.close; parser.on('closetag', (tag: SaxesTagPlain) => close(local(tag.name))); }
    if (handlers.text) { parser.on('text', handlers.text); parser.on('cdata', handlers.text); }
    for await (const chunk of textOf(bytes, entry)) parser.write(chunk);
    parser.close();
}

interface Relationship {
    type: string;
    target: string;
}

/** A relationship's target as the name of a zip entry (relative to the folder of the part it belongs to). */
function partName(folder: string, target: string): string {
    let path = target;
    try { path = decodeURIComponent(target); } catch { /* kept as written */ }
    const out: string[] = [];
    for (const segment of (path.startsWith('/') ? path.slice(1) : folder + path).split('/')) {
        if (segment === '..') out.pop();
        else if (segment !== '.' && segment !== '') out.push(segment);
    }
    return out.join('/');
}

/** The relationships of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`), by id. */
async function relationships(bytes: Uint8Array, entries: Map<string, ZipEntry>, part: string, budget: Budget): Promise<Map<string, Relationship>> {
    const slash = part.lastIndexOf('/') + 1;
    const folder = part.slice(0, slash);
    const entry = findEntry(entries, `${folder}_rels/${part.slice(slash)}.rels`);
    const rels = new Map<string, Relationship>();
    if (!entry) return rels;
    budget.take(entry);
    await parseXml(bytes, entry, {
        open(name, a) {
            if (name === 'Relationship' && a.Id && a.Target && a.TargetMode !== 'External') rels.set(a.Id, { type: a.Type ?? '', target: partName(folder, a.Target) });
        }
    });
    return rels;
}

const relOfType = (rels: Map<string, Relationship>, type: string) => [...rels.values()].find(r => r.type.endsWith(`/${type}`));

/** Each cell style's number format (undefined for General) and whether it is a date format. */
async function readStyles(bytes: Uint8Array, entry: ZipEntry | undefined): Promise<{ formats: Array<string | undefined>; dates: boolean[] }> {
    const custom = new Map<number, string>();
    const ids: number[] = [];
    if (entry) {
        let inCellXfs = false;
        await parseXml(bytes, entry, {
            open(name, a) {
                if (name === 'numFmt' && a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(Number(a.numFmtId), a.formatCode);
                else if (name === 'cellXfs') inCellXfs = true;
                else if (name === 'xf' && inCellXfs) ids.push(Number(a.numFmtId ?? 0));
            },
            close(name) { if (name === 'cellXfs') inCellXfs = false; }
        });
    }
    const formats = ids.map(id => custom.get(id) ?? BUILTIN_FORMATS[id]);
    const dates = ids.map((id, i) => (custom.has(id) ? isDateFormat(formats[i]!) : BUILTIN_DATE_IDS.has(id)));
    return { formats, dates };
}

/** The shared strings, rich text joined, phonetic guides (`rPh`) left out. */
async function readSharedStrings(bytes: Uint8Array, entry: ZipEntry | undefined): Promise<string[]> {
    const strings: string[] = [];
    if (!entry) return strings;
    let text: string | undefined;
    let inT = false;
    let phonetic = 0;
    await parseXml(bytes, entry, {
        open(name) {
            if (name === 'si') text = '';
            else if (name === 't') inT = phonetic === 0;
            else if (name === 'rPh') phonetic++;
        },
        close(name) {
            if (name === 'si') { strings.push(unescapeText(text ?? '')); text = undefined; }
            else if (name === 't') inT = false;
            else if (name === 'rPh') phonetic--;
        },
        text(t) { if (inT && text !== undefined) text += t; }
    });
    return strings;
}

/** Column index (0 for A) of a cell reference like `AB12`; -1 when it has no letters. */
function columnOf(ref: string): number {
    let column = 0;
    let i = 0;
    for (; i < ref.length; i++) {
        const c = ref.charCodeAt(i);
        if (c >= 65 && c <= 90) column = column * 26 + c - 64;
        else if (c >= 97 && c <= 122) column = column * 26 + c - 96;
        else break;
    }
    return i === 0 ? -1 : column - 1;
}

/** The row number of a cell reference like `AB12`; NaN when it has none. */
function rowOf(ref: string): number {
    let i = 0;
    while (i < ref.length && ref.charCodeAt(i) > 64) i++;
    return i < ref.length ? Number(ref.slice(i)) : NaN;
}

interface Context {
    bytes: Uint8Array;
    strings: string[];
    formats: Array<string | undefined>;
    dates: boolean[];
    date1904: boolean;
    /** Cells and rows read so far, in the whole workbook. */
    count: number;
}

const NO_RESULT: GridCell = Object.freeze({ formulaWithoutResult: true }) as GridCell;

/** A worksheet's rows. */
async function readSheet(context: Context, entry: ZipEntry, name: string): Promise<GridSheet> {
    const rows: GridRow[] = [];
    let row: GridRow | undefined;
    let rowNumber = 0;
    let rowNumbered = false;
    let nextColumn = 0;
    let column = 0;
    let type = 'n';
    let style = 0;
    let formula = false;
    let v: string | undefined;
    let inline: string | undefined;
    // What the text in hand is: 1 a value, 2 inline text.
    let capture = 0;
    let phonetic = 0;
    const counted = () => {
        if (++context.count > MAX_CELLS) throw new TooLarge('cells');
    };
    const finish = (): GridCell | undefined => {
        const numFmt = context.formats[style];
        switch (type) {
            case 's': {
                if (v === undefined) return formula ? NO_RESULT : undefined;
                const text = context.strings[Number(v)];
                if (text === undefined) throw new NotAZip(`shared string ${v} of ${name} is missing`);
                return { value: text, numFmt };
            }
            case 'inlineStr':
                return inline !== undefined ? { value: unescapeText(inline), numFmt } : formula ? NO_RESULT : undefined;
            case 'str':
                return v !== undefined ? { value: unescapeText(v), numFmt } : formula ? NO_RESULT : undefined;
            case 'b':
                return v !== undefined ? { value: v === '1' || v === 'true', numFmt } : formula ? NO_RESULT : undefined;
            case 'e':
                return NO_RESULT;
            case 'd': {
                if (v === undefined) return formula ? NO_RESULT : undefined;
                const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) || !v.includes('T') ? v : `${v}Z`);
                return { value: Number.isNaN(date.getTime()) ? v : date, numFmt };
            }
            default: {
                if (v === undefined || v === '') return formula ? NO_RESULT : undefined;
                const n = Number(v);
                let value: CellValue = n;
                if (Number.isNaN(n)) value = v;
                else if (context.dates[style]) value = excelDate(n, context.date1904);
                return { value, numFmt };
            }
        }
    };
    await parseXml(context.bytes, entry, {
        open(tag, a) {
            switch (tag) {
                case 'c': {
                    counted();
                    const ref = a.r;
                    column = ref ? columnOf(ref) : nextColumn;
                    if (column < 0) column = nextColumn;
                    if (ref && !rowNumbered) {
                        const n = rowOf(ref);
                        if (n > 0) { rowNumber = n; rowNumbered = true; if (row) row.number = n; }
                    }
                    nextColumn = column + 1;
                    type = a.t ?? 'n';
                    style = a.s ? Number(a.s) : 0;
                    formula = false;
                    v = undefined;
                    inline = undefined;
                    return;
                }
                case 'v': v = ''; capture = 1; return;
                case 'f': formula = true; return;
                case 'is': inline = ''; return;
                case 't': if (inline !== undefined && phonetic === 0) capture = 2; return;
                case 'rPh': phonetic++; return;
                case 'row': {
                    counted();
                    const r = a.r ? Number(a.r) : NaN;
                    rowNumbered = r > 0;
                    rowNumber = rowNumbered ? r : rowNumber + 1;
                    row = { number: rowNumber, cells: [] };
                    nextColumn = 0;
                    return;
                }
            }
        },
        close(tag) {
            switch (tag) {
                case 'v': case 't': capture = 0; return;
                case 'rPh': phonetic--; return;
                case 'c': {
                    const cell = finish();
                    if (cell && row) row.cells[column] = cell;
                    return;
                }
                case 'row':
                    if (row && row.cells.length) rows.push(row);
                    row = undefined;
                    return;
            }
        },
        text(t) {
            if (capture === 1) v += t;
            else if (capture === 2) inline += t;
        }
    });
    return { name, rows };
}

/**
 * Reads a workbook; undefined when the bytes are not a workbook (or a damaged one);
 * TooLarge when it expands past the limits.
 */
export async function readXlsxGrid(file: string, bytes: Uint8Array): Promise<Grid | undefined> {
    try {
        return await readWorkbook(file, bytes);
    } catch (err) {
        if (err instanceof NotAZip) return undefined;
        throw err;
    }
}

async function readWorkbook(file: string, bytes: Uint8Array): Promise<Grid | undefined> {
    const entries = zipEntries(bytes);
    const budget = new Budget();
    const root = await relationships(bytes, entries, '', budget);
    const workbookPart = relOfType(root, 'officeDocument')?.target ?? 'xl/workbook.xml';
    const workbookEntry = findEntry(entries, workbookPart);
    if (!workbookEntry) return undefined;
    budget.take(workbookEntry);
    const rels = await relationships(bytes, entries, workbookPart, budget);
    const sheets: Array<{ name: string; entry: ZipEntry }> = [];
    let date1904 = false;
    await parseXml(bytes, workbookEntry, {
        open(name, a) {
            if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
            else if (name === 'sheet') {
                const id = Object.keys(a).find(k => k.endsWith(':id'));
                const rel = id ? rels.get(a[id]) : undefined;
                const entry = rel && rel.type.endsWith('/worksheet') ? findEntry(entries, rel.target) : undefined;
                if (entry && a.name !== undefined) sheets.push({ name: a.name, entry });
            }
        }
    });
    const stylesEntry = ((t?: string) => (t ? findEntry(entries, t) : undefined))(relOfType(rels, 'styles')?.target);
    const stringsEntry = ((t?: string) => (t ? findEntry(entries, t) : undefined))(relOfType(rels, 'sharedStrings')?.target);
    // All the parts still to read, before any of them is inflated.
    budget.take(stylesEntry, stringsEntry, ...sheets.map(s => s.entry));
    const { formats, dates } = await readStyles(bytes, stylesEntry);
    const strings = await readSharedStrings(bytes, stringsEntry);
    const context: Context = { bytes, strings, formats, dates, date1904, count: 0 };
    const grid: Grid = { file, sheets: [] };
    for (const sheet of sheets) grid.sheets.push(await readSheet(context, sheet.entry, sheet.name));
    return grid;
}
