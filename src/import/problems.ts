/**
 * Problems of an import, each at its place: the file, the sheet and the cell
 * (`data.xlsx: Realisasi!F17`). Rows remember where they were read (placeOf), so the
 * checks made on rows later (check-rows.ts, merge.ts) name the cell too.
 */
import type { Language } from '../common/catalogue.js';
import { importMessage, type ImportMessageKey } from './messages.js';
import type { Row } from './schema.js';

/** At most this many problems are listed; then how many more there are. */
export const MAX_ERRORS = 100;

export interface ImportProblem {
    /** The file as the user named it; absent for a problem of the import as a whole. */
    file?: string;
    /** `Target!F7`, the sheet alone, or empty for the file as a whole. */
    place: string;
    message: string;
}

export class ImportFailed extends Error {
    constructor(readonly problems: ImportProblem[], readonly more: number) {
        super(problems.map(p => [p.file, p.place, p.message].filter(Boolean).join(': ')).join('\n'));
    }
}

/** Where a row was read: its file, sheet, row number and each column's cell address. */
export interface RowPlace {
    file?: string;
    sheet: string;
    row: number;
    /** Each column's cell address by column key (a Map, or a view computing them when asked). */
    columns: Pick<ReadonlyMap<string, string>, 'get' | 'has'>;
}

export const placeOf = new WeakMap<Row, RowPlace>();

/** `Target!F7` for a row's column (the row's first cell when the column is absent). */
export function cellOf(row: Row, key: string): string {
    const place = placeOf.get(row);
    if (!place) return '';
    return `${place.sheet}!${place.columns.get(key) ?? `A${place.row}`}`;
}

/** Collects problems up to MAX_ERRORS, counting the rest. */
export class Problems {
    readonly list: ImportProblem[] = [];
    more = 0;

    constructor(readonly lang: Language) {}

    add(file: string | undefined, place: string, key: ImportMessageKey, params: Record<string, string | number> = {}): void {
        if (this.list.length < MAX_ERRORS) this.list.push({ file, place, message: importMessage(this.lang, key, params) });
        else this.more++;
    }

    /** A problem at a row's cell. */
    at(row: Row, column: string, key: ImportMessageKey, params: Record<string, string | number> = {}): void {
        this.add(placeOf.get(row)?.file, cellOf(row, column), key, params);
    }

    get empty(): boolean {
        return this.list.length === 0;
    }

    /** Throws ImportFailed when any problem was found. */
    throwIfAny(): void {
        if (this.list.length) throw new ImportFailed(this.list, this.more);
    }
}
