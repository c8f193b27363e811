/**
 * From the rows of the data workbook to `.kinerja` files: one file per organisation
 * (`<id>.kinerja`, in lower case) with its chart, its performance tree and everything
 * stated about its indicators and nodes, and `perjanjian.kinerja` with the agreements.
 * Laid out as the project's formatter lays files out (four spaces, one statement a line,
 * quarter blocks on one line). Numbers are written in Indonesian notation, with dot
 * groups from 10.000 up (a year-like `2025` or `1200` stays as it is).
 */
import { spanOf } from '../engine/periods.js';
import { INDICATOR_COLUMNS, type Row, type SheetRows } from './schema.js';
import { cellList as list, cellValue as val, quoted, valueText } from './values.js';

/** A cell's text, an empty one included (`nama` "" is written as ""). */
const str = (x: unknown) => (typeof x === 'string' ? x : undefined);

class Lines {
    readonly lines: string[] = [];
    add(depth: number, text: string): void {
        this.lines.push(`${'    '.repeat(depth)}${text}`);
    }
}

interface Subject {
    org: string;
    name: string;
}
const keyOf = (s: Subject) => `${s.org}\u0000${s.name}`;

/** The rows of one sheet grouped by (organisation, subject), in row order. */
function bySubject(rows: readonly Row[], subjectKey = 'unsur'): Map<string, Row[]> {
    const map = new Map<string, Row[]>();
    for (const row of rows) {
        const key = keyOf({ org: str(row.organisasi) ?? '', name: str(row[subjectKey]) ?? '' });
        const list = map.get(key);
        if (list) list.push(row); else map.set(key, [row]);
    }
    return map;
}

function periodPart(row: Row): string {
    const sd = row.sd === true ? 's.d. ' : '';
    const period = str(row.periode);
    return period ? `${sd}${period} ` : sd;
}

function figure(row: Row): string {
    const value = val(row.nilai);
    let text = value ? valueText(value) : '';
    const upper = val(row.batasAtas);
    const of = val(row.dari);
    if (upper) text += ` - ${valueText(upper)}`;
    else if (of) text += ` dari ${valueText(of)}`;
    return text;
}

/** `target` statements: a row without a period starts one; the period rows after it are its block. */
function targets(out: Lines, depth: number, rows: readonly Row[]): void {
    let current: { head: string; block: string[]; revision: string } | undefined;
    const flush = () => {
        if (!current) return;
        out.add(depth, `${current.head}${current.block.length ? ` { ${current.block.join(' ')} }` : ''}${current.revision}`);
        current = undefined;
    };
    for (const row of rows) {
        const revision = str(row.revisi) ? ` revisi ${row.revisi} ${quoted(str(row.alasan) ?? '')}` : '';
        if (!str(row.periode) && row.sd !== true) {
            flush();
            current = { head: `target ${row.tahun} ${figure(row)}`, block: [], revision };
        } else if (current) {
            current.block.push(`${periodPart(row)}${figure(row)}`);
        }
    }
    flush();
}

/** Realisations in time order: by year, the year's own figure first, then by the period's last month (stable). */
function realisations(out: Lines, depth: number, rows: readonly Row[]): void {
    const order = (row: Row) => Number(row.tahun) * 100 + (spanOf(str(row.periode))?.last ?? 0);
    const sorted = rows.map((row, i) => ({ row, i })).sort((a, b) => order(a.row) - order(b.row) || a.i - b.i).map(x => x.row);
    for (const row of sorted) out.add(depth, `realisasi ${row.tahun} ${periodPart(row)}${figure(row)}`);
}

function notes(out: Lines, depth: number, notesRows: readonly Row[], evidenceRows: readonly Row[]): void {
    for (const row of notesRows) {
        out.add(depth, `catatan ${row.tahun}${str(row.periode) ? ` ${row.periode}` : ''} {`);
        if (str(row.analisis)) out.add(depth + 1, `analisis ${quoted(str(row.analisis)!)}`);
        if (str(row.kendala)) out.add(depth + 1, `kendala ${quoted(str(row.kendala)!)}`);
        if (str(row.solusi)) out.add(depth + 1, `solusi ${quoted(str(row.solusi)!)}`);
        out.add(depth, '}');
    }
    for (const row of evidenceRows) {
        const verified = str(row.terverifikasi) ? ` terverifikasi ${row.terverifikasi}` : '';
        out.add(depth, `bukti ${row.tahun}${str(row.periode) ? ` ${row.periode}` : ''} ${quoted(str(row.judul) ?? '')} ${quoted(str(row.lokasi) ?? '')}${verified}`);
    }
}

interface Grouped {
    indicators: Map<string, Row[]>;
    targets: Map<string, Row[]>;
    realisations: Map<string, Row[]>;
    ceilings: Map<string, Row[]>;
    spending: Map<string, Row[]>;
    notes: Map<string, Row[]>;
    evidence: Map<string, Row[]>;
    positions: Map<string, Row[]>;
    officials: Map<string, Row[]>;
    nodes: Map<string, Row[]>;
}

function indicator(out: Lines, g: Grouped, org: string, row: Row): void {
    const name = str(row.id)!;
    const key = keyOf({ org, name });
    const supports = list(row.mendukung);
    out.add(2, `indikator ${name} ${quoted(str(row.nama) ?? '')}${row.utama === true ? ' utama' : ''}${supports.length ? ` mendukung ${supports.join(', ')}` : ''} {`);
    for (const column of INDICATOR_COLUMNS) {
        const line = column.line?.(row);
        if (line) out.add(3, line);
    }
    targets(out, 3, g.targets.get(key) ?? []);
    realisations(out, 3, g.realisations.get(key) ?? []);
    notes(out, 3, g.notes.get(key) ?? [], g.evidence.get(key) ?? []);
    out.add(2, '}');
}

function node(out: Lines, g: Grouped, org: string, row: Row): void {
    const name = str(row.id)!;
    const key = keyOf({ org, name });
    const head = [`${row.jenis} ${name} ${quoted(str(row.nama) ?? '')}`];
    if (str(row.kode)) head.push(`kode ${quoted(str(row.kode)!)}`);
    if (str(row.oleh)) head.push(`oleh ${row.oleh}`);
    const supports = list(row.mendukung);
    if (supports.length) head.push(`mendukung ${supports.join(', ')}`);
    const crosscutting = list(row.lintas);
    if (crosscutting.length) head.push(`lintas ${crosscutting.join(', ')}`);
    const indicators = g.indicators.get(key) ?? [];
    const body = new Lines();
    for (const i of indicators) indicator(body, g, org, i);
    for (const p of g.ceilings.get(key) ?? []) {
        body.add(2, `pagu ${p.tahun} ${valueText({ ...val(p.nilai)!, rupiah: true })}${str(p.revisi) ? ` revisi ${p.revisi} ${quoted(str(p.alasan) ?? '')}` : ''}`);
    }
    realisations(body, 2, (g.realisations.get(key) ?? []).map(r => ({ ...r, nilai: { ...val(r.nilai)!, rupiah: true } })));
    for (const b of g.spending.get(key) ?? []) body.add(2, `belanja ${b.tahun} ${b.periode} ${valueText({ ...val(b.nilai)!, rupiah: true })}`);
    notes(body, 2, g.notes.get(key) ?? [], g.evidence.get(key) ?? []);
    if (!body.lines.length) { out.add(1, head.join(' ')); return; }
    out.add(1, `${head.join(' ')} {`);
    out.lines.push(...body.lines);
    out.add(1, '}');
}

/** The `.kinerja` files the rows make, by file name. Rows are assumed checked (read-workbook.ts). */
export function writeKinerja(rows: SheetRows): Map<string, string> {
    const g: Grouped = {
        indicators: bySubject(rows.indikator), targets: bySubject(rows.target), realisations: bySubject(rows.realisasi),
        ceilings: bySubject(rows.pagu), spending: bySubject(rows.belanja), notes: bySubject(rows.catatan), evidence: bySubject(rows.bukti),
        positions: bySubject(rows.jabatan, 'organisasi'), officials: bySubject(rows.pejabat, 'jabatan'),
        nodes: new Map()
    };
    for (const row of rows.pohon) {
        const org = str(row.organisasi)!;
        const list = g.nodes.get(org);
        if (list) list.push(row); else g.nodes.set(org, [row]);
    }
    const files = new Map<string, string>();
    for (const o of rows.organisasi) {
        const id = str(o.id)!;
        const out = new Lines();
        const kind = o.jenis === 'pemda' ? 'pemda' : 'instansi';
        out.add(0, `${kind} ${id}${str(o.nama) !== undefined ? ` ${quoted(str(o.nama)!)}` : ''} {`);
        if (kind === 'pemda' && str(o.kepala)) out.add(1, `kepala ${quoted(str(o.kepala)!)}`);
        if (kind === 'instansi' && str(o.pemda)) out.add(1, `pemda ${o.pemda}`);
        if (str(o.periodeAwal) && str(o.periodeAkhir)) out.add(1, `periode ${o.periodeAwal} - ${o.periodeAkhir}`);
        const positions = g.positions.get(keyOf({ org: id, name: id })) ?? [];
        if (positions.length) out.lines.push('');
        for (const p of positions) {
            const rank = p.eselon === 'staf' ? 'staf' : `eselon ${p.eselon}`;
            const head = `jabatan ${p.id} ${quoted(str(p.nama) ?? '')} ${rank}${str(p.atasan) ? ` atasan ${p.atasan}` : ''}`;
            const officials = g.officials.get(keyOf({ org: id, name: str(p.id)! })) ?? [];
            if (!officials.length && !str(p.nip)) { out.add(1, head); continue; }
            out.add(1, `${head} {`);
            // The position's own NIP first: after an official it would be that official's.
            if (str(p.nip)) out.add(2, `nip ${quoted(str(p.nip)!)}`);
            for (const official of officials) {
                const parts = [`pejabat ${quoted(str(official.nama) ?? '')}`];
                if (str(official.status)) parts.push(str(official.status)!);
                if (str(official.sejak)) parts.push(`sejak ${official.sejak}`);
                if (str(official.sampai)) parts.push(`sampai ${official.sampai}`);
                out.add(2, parts.join(' '));
                if (str(official.nip)) out.add(2, `nip ${quoted(str(official.nip)!)}`);
            }
            out.add(1, '}');
        }
        const nodes = g.nodes.get(id) ?? [];
        for (const n of nodes) {
            out.lines.push('');
            node(out, g, id, n);
        }
        out.add(0, '}');
        files.set(`${id.toLowerCase()}.kinerja`, out.lines.join('\n') + '\n');
    }
    if (rows.perjanjian.length) {
        const out = new Lines();
        for (const a of rows.perjanjian) {
            if (out.lines.length) out.lines.push('');
            const body: string[] = [];
            if (str(a.pihakKedua)) body.push(`pihak-kedua ${quoted(str(a.pihakKedua)!)}`);
            if (str(a.tempat)) body.push(`tempat ${quoted(str(a.tempat)!)}`);
            if (str(a.ditandatangani)) body.push(`ditandatangani ${a.ditandatangani}`);
            for (const date of list(a.perubahan)) body.push(`perubahan ${date}`);
            if (!body.length) { out.add(0, `perjanjian ${a.jabatan} ${a.tahun}`); continue; }
            out.add(0, `perjanjian ${a.jabatan} ${a.tahun} {`);
            for (const line of body) out.add(1, line);
            out.add(0, '}');
        }
        files.set('perjanjian.kinerja', out.lines.join('\n') + '\n');
    }
    return files;
}
