/**
 * The fill-in workbook of `kinerja report --kind template --format xlsx` read back
 * (docs/import.md "Lembar isian"; the contract: src/common/fill-in-sheet.ts).
 *
 * Recognised by its very hidden sheet `kinerja` holding the marker; each sheet with the
 * hidden key column's header is a fill-in sheet. Each row is mapped back by its hidden
 * key (organisation, indicator or element, year, period), not by its place or its
 * visible names, so sorted rows and edited names change nothing. What is filled in
 * becomes the data workbook's rows (Realisasi, Belanja, Catatan, Bukti) that the merge
 * inserts, compares and reports on at the template's own cells (`Dinkes TW3!M12`);
 * an empty cell imports nothing. Targets and pagu are never imported: a locked cell
 * that differs from what the template was made with is a problem naming it.
 *
 * Numbers written as text are read in Indonesian notation, which the sheet states
 * (`--notation` overrides it).
 */
import { Exact } from '../../common/exact.js';
import {
    decodeFillInKey, FILL_IN_KEY_HEADER, FILL_IN_MARKER, FILL_IN_MARKER_SHEET, FILL_IN_READ_ONLY, FILL_IN_VERSION,
    fillInColumn, fillInPeriods, type FillInColumn, type FillInOriginal
} from '../../common/fill-in-sheet.js';
import { addressOf, cellText, isEmptyCell, type GridCell, type GridSheet } from '../grid.js';
import { parseIn } from '../notation.js';
import { placeOf } from '../problems.js';
import { SHEETS, type ColumnSpec, type Row } from '../schema.js';
import { readTable, type TableColumn } from '../table.js';
import type { Layout, LayoutContext } from './layout.js';

const spec = (key: string, header: string, kind: ColumnSpec['kind'], multiline = false): ColumnSpec => ({ key, header, kind, multiline });
const header = (sheet: keyof typeof SHEETS, key: string) => SHEETS[sheet].columns.find(c => c.key === key)!.header;

/** The fill-in columns, read as the data workbook's columns of the same meaning. */
const FILLED: ReadonlyArray<[FillInColumn, ColumnSpec]> = [
    ['key', spec('key', FILL_IN_KEY_HEADER, 'text')],
    ['periode', spec('periode', 'Periode', 'period')],
    ['realisasi', spec('realisasi', header('realisasi', 'nilai'), 'value')],
    ['belanja', spec('belanja', header('belanja', 'nilai'), 'value')],
    ['judul', spec('judul', header('bukti', 'judul'), 'text')],
    ['lokasi', spec('lokasi', header('bukti', 'lokasi'), 'text')],
    ['analisis', spec('analisis', header('catatan', 'analisis'), 'text', true)],
    ['kendala', spec('kendala', header('catatan', 'kendala'), 'text', true)],
    ['solusi', spec('solusi', header('catatan', 'solusi'), 'text', true)]
];

function isMarker(sheet: GridSheet): boolean {
    return sheet.name === FILL_IN_MARKER_SHEET && cellText(sheet.rows[0]?.cells[0]) === FILL_IN_MARKER;
}

/** Whether a locked cell still holds what the template was made with. */
function unchanged(cell: GridCell | undefined, original: FillInOriginal): boolean {
    if (original === null || original === '') return isEmptyCell(cell);
    if (isEmptyCell(cell) || cell!.formulaWithoutResult) return false;
    const value = cell!.value;
    if (typeof original === 'number') {
        if (typeof value === 'number') return value === original;
        const read = typeof value === 'string' ? parseIn(value, 'id') : undefined;
        return !!read && read.value.eq(Exact.fromDecimalString(String(original)));
    }
    return cellText(cell) === original.trim();
}

function shown(cell: GridCell | undefined): string {
    return isEmptyCell(cell) ? '' : cellText(cell);
}

function readSheet(file: string, sheet: GridSheet, headerRow: number, context: LayoutContext, into: Parameters<Layout['read']>[3]): void {
    const { problems } = context;
    const at = (column: FillInColumn, row: number) => `${sheet.name}!${addressOf(fillInColumn(column), row)}`;
    const columns: TableColumn[] = FILLED.map(([column, s]) => ({ index: fillInColumn(column), spec: s }));
    const read = readTable(problems, { file, sheet }, columns, { firstRow: headerRow + 1, notation: context.notation ?? 'id' });
    const byNumber = new Map(sheet.rows.map(r => [r.number, r]));
    for (const cells of read) {
        const number = placeOf.get(cells)!.row;
        const gridRow = byNumber.get(number)!;
        const key = typeof cells.key === 'string' ? decodeFillInKey(cells.key) : undefined;
        let originals: unknown;
        try { originals = JSON.parse(cellText(gridRow.cells[fillInColumn('original')])); } catch { originals = undefined; }
        if (!key || !Array.isArray(originals) || originals.length !== FILL_IN_READ_ONLY.length) {
            problems.add(file, at('key', number), 'template.hidden');
            continue;
        }
        FILL_IN_READ_ONLY.forEach((column, i) => {
            const cell = gridRow.cells[fillInColumn(column)];
            const original = originals[i] as FillInOriginal;
            if (unchanged(cell, original)) return;
            const params = { old: original === null ? '—' : typeof original === 'number' ? String(original).replace('.', ',') : original, new: shown(cell) || '—' };
            problems.add(file, at(column, number), column === 'pagu' ? 'template.pagu-changed' : 'template.target-changed', params);
        });
        const allowed = fillInPeriods(key.period);
        let periode = key.period;
        if (typeof cells.periode === 'string') {
            if (allowed.includes(cells.periode)) periode = cells.periode;
            else { problems.add(file, at('periode', number), 'template.period', { text: cells.periode, periods: allowed.join(', ') }); continue; }
        }
        // A row of the data workbook, placed at the template's cells (only those filled in, so an empty cell says nothing).
        const make = (cellsOf: Record<string, FillInColumn>, values: Row): Row => {
            const row: Row = { organisasi: key.organisation, unsur: key.id, tahun: String(key.year), periode, ...values };
            const place = new Map<string, string>([['organisasi', addressOf(0, number)], ['unsur', addressOf(0, number)], ['tahun', addressOf(0, number)], ['periode', addressOf(fillInColumn('periode'), number)]]);
            for (const [k, column] of Object.entries(cellsOf)) place.set(k, addressOf(fillInColumn(column), number));
            placeOf.set(row, { file, sheet: sheet.name, row: number, columns: place });
            return row;
        };
        const wrong = (column: FillInColumn) => problems.add(file, at(column, number), 'template.not-open', { column: columnTitle(column) });
        if (cells.realisasi !== undefined) {
            if (key.kind === 'indikator') into.realisasi.push(make({ nilai: 'realisasi' }, { nilai: cells.realisasi }));
            else wrong('realisasi');
        }
        if (cells.belanja !== undefined) {
            if (key.kind === 'unsur') into.belanja.push(make({ nilai: 'belanja' }, { nilai: cells.belanja }));
            else wrong('belanja');
        }
        const notes = (['analisis', 'kendala', 'solusi'] as const).filter(k => typeof cells[k] === 'string' && cells[k] !== '');
        if (notes.length) into.catatan.push(make(Object.fromEntries(notes.map(k => [k, k])), Object.fromEntries(notes.map(k => [k, cells[k]]))));
        if (cells.judul !== undefined || cells.lokasi !== undefined) into.bukti.push(make({ judul: 'judul', lokasi: 'lokasi' }, { judul: cells.judul, lokasi: cells.lokasi }));
    }
}

function columnTitle(column: FillInColumn): string {
    return FILLED.find(([c]) => c === column)![1].header;
}

export const fillInTemplate: Layout = {
    id: 'template',
    read(grid, sheets, context, into) {
        const taken = new Set<GridSheet>();
        const marker = sheets.find(isMarker);
        if (!marker) return taken;
        taken.add(marker);
        // Into an empty folder there is nothing for the rows to be added to.
        if (!context.office?.workspace) {
            context.problems.add(grid.file, '', 'template.needs-workspace');
            for (const s of sheets) taken.add(s);
            return taken;
        }
        const version = marker.rows[0].cells[1]?.value;
        if (version !== FILL_IN_VERSION) {
            context.problems.add(grid.file, `${marker.name}!B1`, 'template.version', { version: String(version ?? '') });
            for (const s of sheets) taken.add(s);
            return taken;
        }
        for (const sheet of sheets) {
            if (sheet === marker) continue;
            const head = sheet.rows.find(r => cellText(r.cells[fillInColumn('key')]) === FILL_IN_KEY_HEADER);
            if (!head) continue;
            taken.add(sheet);
            readSheet(grid.file, sheet, head.number, context, into);
        }
        return taken;
    }
};
