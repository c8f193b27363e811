/**
 * The data workbook (schema.ts) as an `.xlsx` file: written by `kinerja export`.
 *
 * Writing: one sheet per kind of statement, every sheet present (empty ones too, so the
 * workbook shows where everything goes), a bold frozen header row. Numbers are number
 * cells, exact (the language holds at most 15 significant digits, which a cell keeps);
 * Rupiah with the format `"Rp "#,##0`, values written with `%` with `0.##" %"`; words
 * of qualitative scales and all texts are text cells.
 *
 * Reading is read.ts (grids of read-xlsx.ts, tables of layouts/).
 */
import ExcelJS from 'exceljs';
import { SHEETS, type SheetKey, type SheetRows, type SheetSpec } from './schema.js';

const RUPIAH_FORMAT = '"Rp "#,##0';
const PERCENT_SUFFIX_FORMAT = '#,##0.##########" %"';

export async function writeWorkbook(rows: SheetRows, creator: string): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = creator;
    workbook.lastModifiedBy = creator;
    for (const [key, spec] of Object.entries(SHEETS) as Array<[SheetKey, SheetSpec]>) {
        const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
        sheet.columns = spec.columns.map(c => ({ header: c.header, key: c.key, width: c.width ?? 14 }));
        sheet.getRow(1).font = { bold: true };
        for (const row of rows[key]) {
            const added = sheet.addRow({});
            spec.columns.forEach((c, i) => {
                const data = row[c.key];
                if (data === undefined || data === null) return;
                const cell = added.getCell(i + 1);
                if (typeof data === 'boolean') { if (data) cell.value = 'ya'; return; }
                if (typeof data === 'string') { cell.value = data; return; }
                if (data.word !== undefined) { cell.value = data.word; return; }
                if (data.number === undefined) return;
                cell.value = Number(data.number);
                if (data.rupiah) cell.numFmt = RUPIAH_FORMAT;
                else if (data.percent) cell.numFmt = PERCENT_SUFFIX_FORMAT;
            });
        }
    }
    return new Uint8Array(await workbook.xlsx.writeBuffer());
}
