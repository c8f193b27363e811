/**
 * How the performance tree shows things, without the vscode API (unit-tested): the
 * codicon per kind of node and the contributed colour per achievement category band.
 */
import type { CascadeItem } from '../lsp/protocol.js';

export const KIND_ICON: Record<CascadeItem['kind'], string> = {
    pemda: 'home',
    instansi: 'organization',
    tujuan: 'milestone',
    sasaran: 'target',
    program: 'package',
    kegiatan: 'tasklist',
    subkegiatan: 'list-unordered',
    rhk: 'person',
    indikator: 'graph-line'
};

/** Colour ids contributed in package.json, highest band first. */
export const CATEGORY_COLORS = [
    'kinerja.category.veryHigh',
    'kinerja.category.high',
    'kinerja.category.medium',
    'kinerja.category.low',
    'kinerja.category.veryLow'
] as const;
export const NO_CATEGORY_COLOR = 'kinerja.category.none';

/** The colour of band `band` out of `bands` (the config may define more or fewer than five). */
export function categoryColor(band: number | undefined, bands: number | undefined): string {
    if (band === undefined || band < 0) return NO_CATEGORY_COLOR;
    const n = bands ?? CATEGORY_COLORS.length;
    const index = n <= 1 ? 0 : Math.round((band * (CATEGORY_COLORS.length - 1)) / (n - 1));
    return CATEGORY_COLORS[Math.min(Math.max(index, 0), CATEGORY_COLORS.length - 1)];
}
