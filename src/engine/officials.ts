/**
 * Officials of a position over time (`pejabat "…" [plt|plh] [sejak DATE] [sampai DATE]`).
 *
 * An official is in office on a date when the date lies within `sejak` … `sampai` (either
 * end open when not written). Where several are in office on one date, the one whose
 * term began last is the one acting for the position that day (an acting official, Plt
 * or Plh, appointed while the definitive one is away or before one is appointed); a tie
 * goes to the one written first. A date that is not a day of the calendar is ignored
 * (the `invalid-date` finding says so).
 */
import type { Jabatan, Pejabat } from '../language/generated/ast.js';
import { validDate } from './dates.js';

export interface OfficialInfo {
    name: string;
    /** `plt` (pelaksana tugas) or `plh` (pelaksana harian); undefined for a definitive official. */
    acting?: 'plt' | 'plh';
    /** `sejak`, `sampai` as written, when they are days of the calendar (YYYY-MM-DD sorts as text). */
    from?: string;
    until?: string;
    nip?: string;
    ast: Pejabat;
}

const cache = new WeakMap<Jabatan, OfficialInfo[]>();

/** The officials of a position in writing order; a position's own `nip` goes to its only official. */
export function officialsOf(position: Jabatan): OfficialInfo[] {
    let list = cache.get(position);
    if (!list) {
        list = position.officials.filter(o => o.name !== undefined).map(o => ({
            name: o.name, acting: o.acting === 'plt' || o.acting === 'plh' ? o.acting : undefined,
            from: validDate(o.from), until: validDate(o.until), nip: o.nip, ast: o
        }));
        if (position.nip && list.length === 1 && !list[0].nip) list[0] = { ...list[0], nip: position.nip };
        cache.set(position, list);
    }
    return list;
}

export function inOffice(official: OfficialInfo, date: string): boolean {
    return (!official.from || official.from <= date) && (!official.until || date <= official.until);
}

/**
 * The official in office on `date`; without a date, the one in office now as the file
 * tells it: the last one written whose term has no end, else the last one written.
 */
export function officialOn(position: Jabatan, date?: string): OfficialInfo | undefined {
    const officials = officialsOf(position);
    if (!date) {
        for (let i = officials.length - 1; i >= 0; i--) if (!officials[i].until) return officials[i];
        return officials[officials.length - 1];
    }
    let best: OfficialInfo | undefined;
    for (const official of officials) {
        if (!inOffice(official, date)) continue;
        if (!best || (official.from ?? '') > (best.from ?? '')) best = official;
    }
    return best;
}

/** The NIP to print beside an official: theirs, or the position's when it has one official. */
export function nipOf(position: Jabatan, official: OfficialInfo | undefined): string | undefined {
    return official?.nip ?? (officialsOf(position).length <= 1 ? position.nip : undefined);
}
