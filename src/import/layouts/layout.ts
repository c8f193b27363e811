/**
 * A layout: a kind of table the import knows how to read out of a grid (the data
 * workbook of `kinerja export`, an office's plan matrix, a realisation form, …). Each
 * layout recognises the sheets it reads and turns their rows into the data workbook's
 * rows (schema.ts), which the rest of the import checks, merges and writes.
 * layouts/index.ts lists them in the order they are tried.
 */
import type { Grid, GridSheet } from '../grid.js';
import type { Notation } from '../notation.js';
import type { Problems } from '../problems.js';
import type { SheetRows } from '../schema.js';
import type { OfficeOptions, OfficeNotes } from './office.js';

export interface LayoutContext {
    problems: Problems;
    /** `--notation`, when given. */
    notation?: Notation;
    /** For an office's own tables (office.ts): `--instansi`, `--tahun`, `--mapping`, the workspace's rows. */
    office?: OfficeOptions;
    /** Where office tables leave their warnings and the capaian/serapan cells to check. */
    notes?: OfficeNotes;
}

export interface Layout {
    id: string;
    /**
     * Reads the sheets of `grid` this layout recognises (among `sheets`, those no earlier
     * layout took), adding their rows to `into`; returns the sheets it took.
     */
    read(grid: Grid, sheets: readonly GridSheet[], context: LayoutContext, into: SheetRows): Set<GridSheet>;
}
