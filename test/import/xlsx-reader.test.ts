/**
 * The streamed .xlsx reader (src/import/read-xlsx.ts): the same grid as exceljs's full
 * load gave (the reader it replaces, kept here as the oracle) on workbooks exceljs
 * writes — percent and Rupiah formats, dates, formulas with and without results, rich
 * text, hyperlinks, booleans, errors —, what exceljs does not write (inline strings,
 * prefixed elements, cells without references, the 1904 date system, phonetic guides,
 * `_x000D_`), and the limits: a zip bomb is refused while reading, with the limit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { kinerja, ROOT } from '../cli-run.js';
import type { CellValue, Grid, GridCell, GridRow } from '../../src/import/grid.js';
import { TooLarge } from '../../src/import/limits.js';
import { excelDate, isDateFormat, readXlsxGrid } from '../../src/import/read-xlsx.js';
import { scratchFolders } from '../scratch.js';

const scratch = scratchFolders('kinerja-xlsx-');

/** The reader before streaming: exceljs's full load (the oracle). */
async function exceljsGrid(file: string, bytes: Uint8Array): Promise<Grid> {
    const plain = (cell: ExcelJS.Cell): GridCell | undefined => {
        const v = cell.value as unknown;
        if (v === null || v === undefined) return undefined;
        const numFmt = cell.numFmt || undefined;
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return { value: v, numFmt };
        const o = v as Record<string, unknown>;
        if (Array.isArray(o.richText)) return { value: (o.richText as Array<{ text: string }>).map(r => r.text).join(''), numFmt };
        if ('formula' in o || 'sharedFormula' in o) {
            const result = o.result as unknown;
            if (result === undefined || result === null || typeof result === 'object' && !(result instanceof Date)) return { formulaWithoutResult: true };
            return { value: result as CellValue, numFmt };
        }
        if ('text' in o) return { value: String(o.text), numFmt };
        if ('error' in o) return { formulaWithoutResult: true };
        return { value: String(v), numFmt };
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const grid: Grid = { file, sheets: [] };
    workbook.eachSheet(worksheet => {
        const rows: GridRow[] = [];
        worksheet.eachRow({ includeEmpty: false }, (row, number) => {
            const cells: GridRow['cells'] = [];
            row.eachCell({ includeEmpty: false }, (cell, column) => { const read = plain(cell); if (read) cells[column - 1] = read; });
            if (cells.length) rows.push({ number, cells });
        });
        grid.sheets.push({ name: worksheet.name, rows });
    });
    return grid;
}

/** A grid as plain data to compare (holes and absent formats alike). */
const shape = (grid: Grid | undefined) => grid && grid.sheets.map(s => ({
    name: s.name,
    rows: s.rows.map(r => ({ number: r.number, cells: Array.from(r.cells, c => (c ? JSON.parse(JSON.stringify(c)) as unknown : null)) }))
}));

async function bytesOf(book: ExcelJS.Workbook): Promise<Uint8Array> {
    return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('the same grid as exceljs gave', () => {
    it('numbers and their formats (percent, Rupiah), dates, formulas, rich text, hyperlinks, booleans, errors, several sheets', async () => {
        const book = new ExcelJS.Workbook();
        const a = book.addWorksheet('Realisasi');
        a.addRow(['Organisasi', 'Indikator', 'Tahun', 'Realisasi']);
        a.addRow(['Dinas', 'I1', 2025, 0.455]).getCell(4).numFmt = '0.0%';
        a.addRow(['Dinas', 'I2', 2025, 0.5]).getCell(4).numFmt = '0%';
        a.addRow(['Dinas', 'I3', 2025, 0.12345]).getCell(4).numFmt = '0.00%';
        a.addRow(['Dinas', 'P1', 2025, 1004422800]).getCell(4).numFmt = '"Rp "#,##0';
        a.addRow(['Dinas', 'I4', 2025, { formula: 'D2*2', result: 0.91 }]).getCell(4).numFmt = '0.00%';
        a.addRow(['Dinas', 'I5', 2025, { formula: 'D2+1' }]);
        a.addRow(['Dinas', 'I6', 2025, { error: '#REF!' }]);
        a.addRow(['Dinas', 'I7', 2025, { formula: 'A1', result: 'teks' }]);
        a.addRow(['=SUM(A1)', '+62', '-', '@x']);
        a.getCell('F12').value = 'jauh';
        a.getCell('B14').value = { richText: [{ text: 'Cakupan ' }, { font: { bold: true }, text: 'layanan' }] };
        a.getCell('C14').value = { text: 'laporan', hyperlink: 'https://contoh.go.id/laporan.pdf' };
        a.getCell('D14').value = true;
        a.getCell('E14').value = 'baris satu\nbaris dua';
        a.getCell('A15').value = 1e-7;
        a.getCell('B15').value = -2.5;
        const b = book.addWorksheet('Perjanjian');
        b.addRow(['Jabatan', 'Tahun', 'Ditandatangani']);
        b.addRow(['Dinas.Kadis', 2025, new Date(Date.UTC(2025, 0, 31))]);
        b.addRow(['Dinas.Sek', 2025, new Date(Date.UTC(2025, 1, 3))]).getCell(3).numFmt = 'dd/mm/yyyy';
        b.addRow(['Dinas.Kabid', 2025, new Date(Date.UTC(2025, 6, 10, 13, 30))]).getCell(3).numFmt = 'yyyy-mm-dd hh:mm';
        book.addWorksheet('Kosong');
        const bytes = await bytesOf(book);
        const streamed = await readXlsxGrid('a.xlsx', bytes);
        expect(shape(streamed)).toEqual(shape(await exceljsGrid('a.xlsx', bytes)));
        // What the layouts see, spelled out for the cells that matter most.
        const rows = streamed!.sheets[0].rows;
        expect(rows[1].cells[3]).toEqual({ value: 0.455, numFmt: '0.0%' });
        expect(rows[2].cells[3]).toEqual({ value: 0.5, numFmt: '0%' });
        expect(rows[4].cells[3]).toEqual({ value: 1004422800, numFmt: '"Rp "#,##0' });
        expect(rows[5].cells[3]).toEqual({ value: 0.91, numFmt: '0.00%' });
        expect([rows[6].cells[3], rows[7].cells[3]]).toEqual([{ formulaWithoutResult: true }, { formulaWithoutResult: true }]);
        expect(rows[9].cells.map(c => c?.value)).toEqual(['=SUM(A1)', '+62', '-', '@x']);
        expect(streamed!.sheets[1].rows[1].cells[2]).toEqual({ value: new Date(Date.UTC(2025, 0, 31)), numFmt: 'mm-dd-yy' });
        expect(streamed!.sheets.map(s => s.name)).toEqual(['Realisasi', 'Perjanjian', 'Kosong']);
    });

    it('an exported workspace (kinerja export of the examples)', async () => {
        const book = join(scratch(), 'data.xlsx');
        const exported = kinerja(['export', resolve(ROOT, 'examples'), '--out', book]);
        expect(exported.status, exported.stderr).toBe(0);
        const bytes = readFileSync(book);
        expect(shape(await readXlsxGrid('data.xlsx', bytes))).toEqual(shape(await exceljsGrid('data.xlsx', bytes)));
    });

    it('the 1904 date system (Excel for Mac of old): the same dates', async () => {
        const book = new ExcelJS.Workbook();
        book.properties.date1904 = true;
        const sheet = book.addWorksheet('Perjanjian');
        sheet.addRow(['Jabatan', 'Tahun', 'Ditandatangani']);
        sheet.addRow(['Dinas.Kadis', 2025, new Date(Date.UTC(2025, 0, 31))]);
        const bytes = await bytesOf(book);
        const grid = await readXlsxGrid('a.xlsx', bytes);
        expect(grid!.sheets[0].rows[1].cells[2]?.value).toEqual(new Date(Date.UTC(2025, 0, 31)));
        expect(shape(grid)).toEqual(shape(await exceljsGrid('a.xlsx', bytes)));
    });
});

describe('date formats and serial numbers', () => {
    it.each([
        ['mm-dd-yy', true], ['dd/mm/yyyy', true], ['[$-421]dd mmmm yyyy', true], ['yyyy-mm-dd hh:mm', true], ['[h]:mm:ss', true], ['DD-MMM-YY', true],
        ['0.00%', false], ['"Rp "#,##0', false], ['[$Rp-421]#,##0', false], ['#,##0.00" hari"', false], ['General', false], ['_(* #,##0_)', false], ['0.0E+00', false], ['@', false]
    ])('%s is a date format: %s', (code, date) => {
        expect(isDateFormat(code)).toBe(date);
    });
    it('reads serials in both date systems (1900 with its 29 February)', () => {
        expect(excelDate(45688, false).toISOString()).toBe('2025-01-31T00:00:00.000Z');
        expect(excelDate(44226, true).toISOString()).toBe('2025-01-31T00:00:00.000Z');
        expect(excelDate(1, false).toISOString()).toBe('1900-01-01T00:00:00.000Z');
        expect(excelDate(61, false).toISOString()).toBe('1900-03-01T00:00:00.000Z');
        expect(excelDate(0, true).toISOString()).toBe('1904-01-01T00:00:00.000Z');
        expect(excelDate(45688.5625, false).toISOString()).toBe('2025-01-31T13:30:00.000Z');
    });
});

interface Part { name: string; text?: string; data?: Uint8Array; size?: number; crc?: number; stored?: boolean }

/** A zip file of parts (deflated unless stored; `size` overrides the stated size). */
function zip(parts: Part[]): Buffer {
    const locals: Buffer[] = [];
    const centrals: Buffer[] = [];
    let offset = 0;
    for (const part of parts) {
        const raw = part.text !== undefined ? Buffer.from(part.text) : undefined;
        const data = part.data ?? (part.stored ? raw! : deflateRawSync(raw!));
        const name = Buffer.from(part.name);
        const size = part.size ?? raw!.length;
        const crc = part.crc ?? crc32(raw!);
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(part.stored ? 0 : 8, 8);
        local.writeUInt32LE(crc, 14); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(size, 22); local.writeUInt16LE(name.length, 26);
        const central = Buffer.alloc(46);
        central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(part.stored ? 0 : 8, 10);
        central.writeUInt32LE(crc, 16); central.writeUInt32LE(data.length, 20); central.writeUInt32LE(size, 24); central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42);
        locals.push(local, name, data);
        centrals.push(central, name);
        offset += local.length + name.length + data.length;
    }
    const directory = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(parts.length, 8); end.writeUInt16LE(parts.length, 10);
    end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, directory, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook of one sheet, its XML and the other parts given as text. */
function workbookZip(sheet: Part, extra: { workbookPr?: string; styles?: string; strings?: string } = {}): Buffer {
    const rels = [`<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`];
    if (extra.styles) rels.push(`<Relationship Id="rId2" Type="${REL}/styles" Target="/xl/styles.xml"/>`);
    if (extra.strings) rels.push(`<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    return zip([
        { name: '_rels/.rels', text: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
        { name: 'xl/workbook.xml', text: `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}>${extra.workbookPr ?? ''}<sheets><sheet name="Realisasi" sheetId="1" r:id="rId1"/></sheets></workbook>` },
        { name: 'xl/_rels/workbook.xml.rels', text: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>` },
        ...(extra.styles ? [{ name: 'xl/styles.xml', text: extra.styles }] : []),
        ...(extra.strings ? [{ name: 'xl/sharedStrings.xml', text: extra.strings }] : []),
        { ...sheet, name: 'xl/worksheets/sheet1.xml' }
    ]);
}

describe('what exceljs does not write', () => {
    it('inline strings, prefixed elements, cells and rows without references, t="d", phonetic guides, _x000D_, the 1904 system, built-in percent ids', async () => {
        const styles = `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>`
            + '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="10"/></cellXfs></styleSheet>';
        const strings = `<sst ${NS} count="2"><si><t>Dinas</t></si><si><r><t>漢字</t></r><rPh sb="0" eb="2"><t>かんじ</t></rPh><r><t xml:space="preserve"> dan _x000D_</t></r></si></sst>`;
        const sheet = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>`
            + '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>teks &amp; lain</x:t></x:is></x:c></x:row>'
            + '<x:row><x:c t="s"><x:v>1</x:v></x:c><x:c s="1"><x:v>0.455</x:v></x:c><x:c s="2"><x:v>44226</x:v></x:c><x:c s="3"><x:f>B2</x:f><x:v>0.5</x:v></x:c><x:c t="d"><x:v>2025-07-10</x:v></x:c></x:row>'
            + '<x:row r="5"><x:c r="B5" t="b"><x:v>1</x:v></x:c><x:c r="C5" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c r="D5" s="1"/><x:c r="E5"><x:f>A1</x:f></x:c></x:row>'
            + '</x:sheetData></x:worksheet>';
        const grid = await readXlsxGrid('a.xlsx', workbookZip({ name: '', text: sheet }, { workbookPr: '<workbookPr date1904="1"/>', styles, strings }));
        expect(shape(grid)).toEqual([{
            name: 'Realisasi',
            rows: [
                { number: 1, cells: [{ value: 'Dinas' }, null, { value: 'teks & lain' }] },
                { number: 2, cells: [{ value: '漢字 dan \r' }, { value: 0.455, numFmt: '0%' }, { value: '2025-01-31T00:00:00.000Z', numFmt: 'dd/mm/yyyy' }, { value: 0.5, numFmt: '0.00%' }, { value: '2025-07-10T00:00:00.000Z' }] },
                { number: 5, cells: [null, { value: true }, { formulaWithoutResult: true }, null, { formulaWithoutResult: true }] }
            ]
        }]);
    });

    it('a damaged or lying zip is not a workbook', async () => {
        const good = workbookZip({ name: '', text: '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>' });
        expect(await readXlsxGrid('a.xlsx', good)).toBeDefined();
        expect(await readXlsxGrid('a.xlsx', good.subarray(0, good.length - 30))).toBeUndefined();
        expect(await readXlsxGrid('a.xlsx', workbookZip({ name: '', text: '<worksheet><sheetData><row>' }))).toBeUndefined();
        // A part stating fewer bytes than it inflates to: refused at the first chunk past it.
        const text = '<worksheet><sheetData>' + '<row><c><v>1</v></c></row>'.repeat(10_000) + '</sheetData></worksheet>';
        expect(await readXlsxGrid('a.xlsx', workbookZip({ name: '', text, size: 1000 }))).toBeUndefined();
    });
});

/** A sheet part whose XML is `head`, `repeat` × `times`, `tail`, deflated as a stream (never held whole). */
async function deflatedSheet(head: string, repeat: string, times: number, tail: string): Promise<Part> {
    const deflater = createDeflateRaw({ level: 9 });
    const chunks: Buffer[] = [];
    deflater.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise(r => deflater.on('end', r));
    const block = Buffer.from(repeat.repeat(Math.max(1, Math.floor((1 << 20) / repeat.length))));
    const perBlock = block.length / Buffer.byteLength(repeat);
    const all = [Buffer.from(head)];
    let crc = crc32(all[0]);
    let size = all[0].length;
    deflater.write(all[0]);
    for (let left = times; left > 0; left -= perBlock) {
        const piece = left >= perBlock ? block : Buffer.from(repeat.repeat(left));
        crc = crc32(piece, crc);
        size += piece.length;
        if (!deflater.write(piece)) await new Promise(r => deflater.once('drain', r));
    }
    const end = Buffer.from(tail);
    crc = crc32(end, crc);
    size += end.length;
    deflater.end(end);
    await done;
    return { name: '', data: Buffer.concat(chunks), size, crc };
}

describe('a damaged file is never more than "not a workbook"', () => {
    it('any byte of a workbook changed, or the file cut anywhere: a grid, undefined or too large, never another exception', async () => {
        const book = new ExcelJS.Workbook();
        const sheet = book.addWorksheet('Realisasi');
        sheet.addRow(['Organisasi', 'Indikator', 'Tahun', 'Realisasi']);
        sheet.addRow(['Dinas', 'I1', 2025, 0.455]).getCell(4).numFmt = '0.0%';
        const bytes = Buffer.from(await bytesOf(book));
        // A fixed sequence (mulberry32), so that a failure is repeatable.
        let seed = 20;
        const random = () => { seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
        for (let i = 0; i < 1000; i++) {
            const damaged = Buffer.from(bytes);
            // Half the time in the zip's directories (its last 600 bytes), where sizes and offsets are.
            const from = i % 2 ? damaged.length - 600 : 0;
            for (let k = 0; k < 1 + (i % 4); k++) damaged[from + Math.floor(random() * (damaged.length - from))] = Math.floor(random() * 256);
            // A damaged size may state more than the limit: refused as too large, which is fine too.
            await readXlsxGrid('a.xlsx', damaged).catch((err: unknown) => { if (!(err instanceof TooLarge)) throw err; });
            await expect(readXlsxGrid('a.xlsx', bytes.subarray(0, Math.floor(random() * bytes.length)))).resolves.toBeUndefined();
        }
    });
});

describe('limits: a zip bomb is refused while reading, with the limit', () => {
    it('a sheet expanding to 300 MB of empty cells (a file of a few hundred KB) is refused before it is inflated', async () => {
        const sheet = await deflatedSheet('<worksheet><sheetData><row r="1">', '<c r="A1"/>', 300 * 2 ** 20 / 11, '</row></sheetData></worksheet>');
        const file = join(scratch(), 'bom.xlsx');
        const bytes = workbookZip(sheet);
        expect(bytes.length).toBeLessThan(2 ** 20);
        writeFileSync(file, bytes);
        const started = performance.now();
        const result = kinerja(['import', file, '--into', join(scratch(), 'ws')], ROOT, {}, { timeout: 60_000 });
        expect(performance.now() - started).toBeLessThan(20_000);
        expect([result.status, result.stderr.split('\n')[0]]).toEqual([1, `${file}: buku kerja ini terlalu besar untuk diimpor: isinya melebihi 256 MB setelah dibuka (batas impor); pecah datanya menjadi beberapa buku kerja, mis. satu per perangkat daerah, lalu impor bersama: kinerja import a.xlsx b.xlsx --into …`]);
        const en = kinerja(['import', file, '--into', join(scratch(), 'ws'), '--lang', 'en']);
        expect(en.stderr.split('\n')[0]).toBe(`${file}: the workbook is too large to import: its contents expand past 256 MB (the import's limit); split the data into several workbooks, e.g. one per agency, and import them together: kinerja import a.xlsx b.xlsx --into …`);
    }, 60_000);

    it('more than 4 million cells are refused when the 4 000 001st is read', async () => {
        const sheet = await deflatedSheet('<worksheet><sheetData><row r="1">', '<c/>', 4_100_000, '</row></sheetData></worksheet>');
        const file = join(scratch(), 'sel.xlsx');
        writeFileSync(file, workbookZip(sheet));
        const result = kinerja(['import', file, '--into', join(scratch(), 'ws')], ROOT, {}, { timeout: 60_000 });
        expect([result.status, result.stderr.split('\n')[0]]).toEqual([1, `${file}: berkas ini terlalu besar untuk diimpor: memuat lebih dari 4 juta sel (batas impor); pecah datanya menjadi beberapa berkas, mis. satu per perangkat daerah, lalu impor bersama: kinerja import a.xlsx b.xlsx --into …`]);
    }, 60_000);
});
