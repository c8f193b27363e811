/**
 * `kinerja export`: every statement of a workspace as rows of the data workbook
 * (schema.ts), read from the parsed files in load order. An organisation continued in
 * several blocks or files gives its rows in that order; items of a `realisasi ORG …`
 * block become rows of the indicator or node they name.
 */
import {
    isInstansi, isPemda, isPerjanjian, isRealisasiBlock,
    type Bukti, type Catatan, type Indikator, type Model, type Node, type QuarterValue, type Realisasi
} from '../language/generated/ast.js';
import type { AstNode } from 'langium';
import { resolveName } from '../engine/model.js';
import { emptyRows, INDICATOR_COLUMNS, type Row, type SheetRows } from './schema.js';
import { valueCell } from './values.js';

/**
 * The statement each exported row was read from (the organisation's first block for an
 * Organisasi row; the `QuarterValue` for a period row): where an import into the
 * workspace compares, replaces and inserts (merge.ts).
 */
export const rowOrigin = new WeakMap<Row, AstNode>();

function add(list: Row[], row: Row, origin: AstNode): void {
    rowOrigin.set(row, origin);
    list.push(row);
}

function notesRows(rows: SheetRows, org: string, subject: string, notes: readonly Catatan[], evidence: readonly Bukti[]): void {
    for (const n of notes) add(rows.catatan, { organisasi: org, unsur: subject, tahun: n.year, periode: n.quarter, analisis: n.analysis, kendala: n.obstacles, solusi: n.solutions }, n);
    for (const b of evidence) add(rows.bukti, { organisasi: org, unsur: subject, tahun: b.year, periode: b.quarter, judul: b.title, lokasi: b.location, terverifikasi: b.verified }, b);
}

function realisationRows(rows: SheetRows, org: string, subject: string, realisations: readonly Realisasi[]): void {
    for (const r of realisations) {
        if (r.value) add(rows.realisasi, { organisasi: org, unsur: subject, tahun: r.year, periode: r.quarter, sd: r.cumulative || undefined, nilai: valueCell(r.value), dari: valueCell(r.denominator) }, r);
        for (const q of r.quarters) quarterRow(rows.realisasi, { organisasi: org, unsur: subject, tahun: r.year }, q);
    }
}

function quarterRow(list: Row[], base: Row, q: QuarterValue): void {
    add(list, { ...base, periode: q.quarter, sd: q.cumulative || undefined, nilai: valueCell(q.value), batasAtas: valueCell(q.upper), dari: valueCell(q.denominator) }, q);
}

function indicatorRows(rows: SheetRows, org: string, node: string, i: Indikator): void {
    const row: Row = { organisasi: org, unsur: node, id: i.name, nama: i.title };
    for (const column of INDICATOR_COLUMNS) row[column.key] = column.read(i);
    add(rows.indikator, row, i);
    for (const t of i.targets) {
        const statement: Row = { organisasi: org, unsur: i.name, tahun: t.year, revisi: t.revised, alasan: t.reason };
        add(rows.target, { ...statement, nilai: valueCell(t.value), batasAtas: valueCell(t.upper) }, t);
        for (const q of t.quarters) quarterRow(rows.target, statement, q);
    }
    realisationRows(rows, org, i.name, i.realisations);
    notesRows(rows, org, i.name, i.notes, i.evidence);
}

function nodeRows(rows: SheetRows, org: string, n: Node): void {
    add(rows.pohon, {
        organisasi: org, jenis: n.kind, id: n.name, nama: n.title, kode: n.code, oleh: n.owner?.$refText,
        mendukung: n.supports.length ? n.supports.map(s => s.$refText).join('; ') : undefined,
        lintas: n.crosscutting.length ? n.crosscutting.map(s => s.$refText).join('; ') : undefined
    }, n);
    for (const i of n.indicators) indicatorRows(rows, org, n.name, i);
    for (const p of n.ceilings) add(rows.pagu, { organisasi: org, unsur: n.name, tahun: p.year, nilai: valueCell(p.value), revisi: p.revised, alasan: p.reason }, p);
    realisationRows(rows, org, n.name, n.spending);
    for (const b of n.expenditures) {
        if (b.quarter !== undefined) add(rows.belanja, { organisasi: org, unsur: n.name, tahun: b.year, periode: b.quarter, nilai: valueCell(b.value) }, b);
        for (const q of b.quarters) add(rows.belanja, { organisasi: org, unsur: n.name, tahun: b.year, periode: q.quarter, nilai: valueCell(q.value) }, q);
    }
    notesRows(rows, org, n.name, n.notes, n.evidence);
}

/** The rows of every statement of the models, in load order. */
export function exportRows(models: readonly Model[]): SheetRows {
    const rows = emptyRows();
    const declared = new Set<string>();
    for (const model of models) {
        for (const element of model.elements) {
            if (isPemda(element) || isInstansi(element)) {
                const id = element.name;
                // One row per organisation: the first block that names it (a continuation adds only its contents).
                const title = element.title;
                if (!declared.has(id)) {
                    declared.add(id);
                    add(rows.organisasi, {
                        jenis: isPemda(element) ? 'pemda' : 'instansi', id, nama: title,
                        pemda: isInstansi(element) ? element.pemda?.$refText : undefined,
                        periodeAwal: element.period?.start, periodeAkhir: element.period?.end,
                        kepala: isPemda(element) ? element.head : undefined
                    }, element);
                } else {
                    const row = rows.organisasi.find(r => r.id === id)!;
                    row.nama ??= title;
                    if (isInstansi(element)) row.pemda ??= element.pemda?.$refText;
                    row.periodeAwal ??= element.period?.start;
                    row.periodeAkhir ??= element.period?.end;
                }
                if (isInstansi(element)) {
                    for (const p of element.positions) {
                        add(rows.jabatan, { organisasi: id, id: p.name, nama: p.title, eselon: p.staff ? 'staf' : p.echelon, atasan: p.superior?.$refText, nip: p.nip }, p);
                        for (const o of p.officials) add(rows.pejabat, { organisasi: id, jabatan: p.name, nama: o.name, status: o.acting, sejak: o.from, sampai: o.until, nip: o.nip }, o);
                    }
                }
                for (const n of element.nodes) nodeRows(rows, id, n);
            } else if (isRealisasiBlock(element)) {
                const org = element.organisation?.$refText;
                if (!org) continue;
                for (const item of element.items) {
                    // Items name `X` of the block's organisation, or `Org.X` of any.
                    const id = resolveName(org, item.target?.$refText ?? '');
                    const dot = id.indexOf('.');
                    add(rows.realisasi, { organisasi: id.slice(0, dot), unsur: id.slice(dot + 1), tahun: element.year, periode: element.quarter, sd: element.cumulative || undefined, nilai: valueCell(item.value), dari: valueCell(item.denominator) }, item);
                }
            } else if (isPerjanjian(element)) {
                add(rows.perjanjian, {
                    jabatan: element.position?.$refText, tahun: element.year, pihakKedua: element.secondParty, tempat: element.place,
                    ditandatangani: element.signed, perubahan: element.amendments.length ? element.amendments.join('; ') : undefined
                }, element);
            }
        }
    }
    return rows;
}
