/**
 * What the rows of a workbook must say before files are written from them: every row
 * belongs to an organisation of the Organisasi sheet and names an existing position,
 * element or indicator there, required cells are filled, and a target's period rows
 * follow its annual row. A row that broke one of these would be lost or land in the
 * wrong place, so each is a problem naming its cell; the language's own checks
 * (`kinerja check`) judge the rest once the files are written.
 */
import type { Language } from '../common/catalogue.js';
import type { ImportMessageKey } from './messages.js';
import { SHEETS, type Row, type SheetKey, type SheetRows } from './schema.js';
import { Problems } from './problems.js';

/**
 * `workspace`: for an import into an existing workspace, its own rows (export-rows.ts),
 * whose organisations, positions, elements and indicators the workbook's rows may name
 * as well.
 */
export function checkRows(rows: SheetRows, lang: Language, workspace?: SheetRows): void {
    const problems = new Problems(lang);
    const report = (row: Row, key: string, message: ImportMessageKey, params: Record<string, string> = {}) => problems.at(row, key, message, params);
    for (const [key, spec] of Object.entries(SHEETS) as Array<[SheetKey, (typeof SHEETS)[SheetKey]]>) {
        for (const row of rows[key]) {
            for (const column of spec.columns) {
                if ('required' in column && column.required && (row[column.key] === undefined || row[column.key] === '')) {
                    report(row, column.key, 'cell.required', { column: column.header });
                }
            }
        }
    }
    const both = (key: SheetKey) => (workspace ? [...workspace[key], ...rows[key]] : rows[key]);
    const kinds = new Map(both('organisasi').map(o => [String(o.id), String(o.jenis)]));
    const positions = new Set(both('jabatan').map(r => `${r.organisasi}.${r.id}`));
    const nodes = new Set(both('pohon').map(r => `${r.organisasi}.${r.id}`));
    const indicators = new Set(both('indikator').map(r => `${r.organisasi}.${r.id}`));
    const known = (row: Row) => {
        const org = row.organisasi;
        if (typeof org !== 'string') return false;
        if (!kinds.has(org)) { report(row, 'organisasi', 'ref.organisation', { id: org }); return false; }
        return true;
    };
    for (const row of rows.jabatan) if (known(row) && kinds.get(String(row.organisasi)) !== 'instansi') report(row, 'organisasi', 'ref.agency', { id: String(row.organisasi) });
    for (const row of rows.pejabat) {
        if (known(row) && typeof row.jabatan === 'string' && !positions.has(`${row.organisasi}.${row.jabatan}`)) report(row, 'jabatan', 'ref.position', { id: row.jabatan, organisation: String(row.organisasi) });
    }
    for (const row of rows.pohon) known(row);
    const node = (row: Row) => {
        if (known(row) && typeof row.unsur === 'string' && !nodes.has(`${row.organisasi}.${row.unsur}`)) report(row, 'unsur', 'ref.node', { id: row.unsur, organisation: String(row.organisasi) });
    };
    const indicator = (row: Row) => {
        if (known(row) && typeof row.unsur === 'string' && !indicators.has(`${row.organisasi}.${row.unsur}`)) report(row, 'unsur', 'ref.indicator', { id: row.unsur, organisation: String(row.organisasi) });
    };
    const subject = (row: Row) => {
        const id = `${row.organisasi}.${row.unsur}`;
        if (known(row) && typeof row.unsur === 'string' && !nodes.has(id) && !indicators.has(id)) report(row, 'unsur', 'ref.subject', { id: row.unsur, organisation: String(row.organisasi) });
    };
    rows.indikator.forEach(node);
    rows.pagu.forEach(node);
    rows.belanja.forEach(node);
    rows.target.forEach(indicator);
    rows.realisasi.forEach(subject);
    rows.catatan.forEach(subject);
    rows.bukti.forEach(subject);
    // A target's period rows follow its annual row (same indicator, year and revision).
    let statement: string | undefined;
    for (const row of rows.target) {
        const key = `${row.organisasi}.${row.unsur}|${row.tahun}|${row.revisi ?? ''}|${row.alasan ?? ''}`;
        if (row.periode === undefined && row.sd !== true) statement = key;
        else if (statement !== key) report(row, 'periode', 'ref.period-before-target');
    }
    problems.throwIfAny();
}
