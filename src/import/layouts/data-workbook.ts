/**
 * The data workbook of `kinerja export` (schema.ts): sheets recognised by their names,
 * headers in row 1, matched ignoring case, spaces and punctuation. A header the sheet
 * does not know is a problem (a misspelt column would otherwise lose its data without a
 * word), and so is a missing required column.
 */
import { cellText, type GridSheet } from '../grid.js';
import { addressOf } from '../grid.js';
import { SHEETS, type ColumnSpec, type SheetKey, type SheetSpec } from '../schema.js';
import { normalise, readTable, type TableColumn } from '../table.js';
import type { Layout } from './layout.js';

const KNOWN = new Map(Object.entries(SHEETS).map(([key, spec]) => [normalise(spec.name), key as SheetKey]));

/** The data sheet a sheet's name says it is. */
export function dataSheetOf(sheet: GridSheet): SheetKey | undefined {
    return KNOWN.get(normalise(sheet.name));
}

export const dataWorkbook: Layout = {
    id: 'data-workbook',
    read(grid, sheets, context, into) {
        const taken = new Set<GridSheet>();
        for (const sheet of sheets) {
            const key = dataSheetOf(sheet);
            if (!key) continue;
            taken.add(sheet);
            const spec: SheetSpec = SHEETS[key];
            const byHeader = new Map(spec.columns.map(c => [normalise(c.header), c]));
            const columns: TableColumn[] = [];
            const header = sheet.rows[0]?.number === 1 ? sheet.rows[0] : undefined;
            header?.cells.forEach((cell, index) => {
                const text = cellText(cell);
                if (!text) return;
                const column = byHeader.get(normalise(text));
                if (!column) context.problems.add(grid.file, `${sheet.name}!${addressOf(index, 1)}`, 'header.unknown', { text, known: spec.columns.map(c => c.header).join(', ') });
                else columns.push({ index, spec: column });
            });
            const present = new Set<ColumnSpec>(columns.map(c => c.spec));
            for (const column of spec.columns) {
                if (column.required && !present.has(column)) context.problems.add(grid.file, sheet.name, 'header.missing', { column: column.header });
            }
            into[key].push(...readTable(context.problems, { file: grid.file, sheet }, columns, { firstRow: 2, notation: context.notation }));
        }
        return taken;
    }
};
