/**
 * `kinerja import FILE --into DIR` when DIR already holds a workspace: the workbook's
 * rows compared with the workspace's own rows (export-rows.ts, each with the statement
 * it was read from), and what is new or different written into the files as text edits
 * on the original text, so every comment and hand-written layout outside the edited
 * ranges stays byte for byte (docs/import.md "Into an existing workspace").
 *
 * - Structure (Organisasi, Jabatan, Pejabat, Pohon Kinerja, Indikator, Perjanjian) is
 *   edited in the `.kinerja` files, not merged: a row equal to the workspace's changes
 *   nothing, a new or different row is a problem naming its cell and both values.
 * - Values (Target, Realisasi, Pagu, Belanja, Catatan, Bukti): equal changes nothing;
 *   new is inserted after the last statement of its kind of its indicator or element
 *   (a realisation into a `realisasi ORG YEAR PERIOD { … }` report block of the same
 *   organisation and period when the workspace has one); different is a conflict, or,
 *   with `replace`, the written value's text is replaced in place.
 * - Only the columns the sheet has are compared: a sheet without a `Dari` column says
 *   nothing about denominators. Nothing is ever removed except, with `replace`, a
 *   target's period the workbook's target statement no longer has.
 */
import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import type { Language } from '../common/catalogue.js';
import { Exact } from '../common/exact.js';
import {
    isBelanja, isIndikator, isNode, isQuarterValue, isRealisasiBlock, isTarget,
    type Bukti, type Catatan, type Indikator, type Model, type Node, type Pagu, type RealisasiBlock, type Target, type Value
} from '../language/generated/ast.js';
import { rowOrigin } from './export-rows.js';
import { importMessage, type ImportMessageKey } from './messages.js';
import { SHEETS, type CellData, type Row, type SheetKey, type SheetRows, type ValueCell } from './schema.js';
import { cellOf, ImportFailed, MAX_ERRORS, placeOf, type ImportProblem } from './problems.js';
import { cellText as str, cellValue as val, quoted, valueText } from './values.js';

/** A `.kinerja` file of the workspace: its path as shown to the user, its text as parsed, its model. */
export interface SourceFile {
    path: string;
    text: string;
    model: Model;
}

/** Replace [start, end) of a file's text by `text` (an insertion when start = end). */
export interface TextEdit {
    start: number;
    end: number;
    text: string;
    /** Creation order: insertions at one offset keep it. */
    seq: number;
}

/** A value the workbook gives differently from what is written: `Realisasi!F7: 80 → 85 (dinkes.kinerja:42)`. */
export interface Conflict {
    /** The file of the row, as the user named it. */
    file?: string;
    place: string;
    old: string;
    new: string;
    where: string;
}

export interface MergePlan {
    /** The edits of each file changed, by path. */
    edits: Map<string, TextEdit[]>;
    inserted: number;
    replaced: number;
}

/** A workbook's values differ from the workspace's and `--replace` was not given. */
export class ImportConflicts extends Error {
    constructor(readonly conflicts: Conflict[]) {
        super(conflicts.map(c => `${c.place}: ${c.old} → ${c.new} (${c.where})`).join('\n'));
    }
}


function valueEq(a: ValueCell | undefined, b: ValueCell | undefined): boolean {
    if (!a || !b) return !a && !b;
    if (a.word !== undefined || b.word !== undefined) return a.word === b.word;
    if (a.number === undefined || b.number === undefined) return a.number === b.number;
    return Exact.fromDecimalString(a.number).eq(Exact.fromDecimalString(b.number));
}

const listText = (x: CellData) => (str(x) ?? '').split(';').map(s => s.trim()).filter(Boolean).join('; ');

function cellEq(a: CellData, b: CellData, kind: string): boolean {
    if (kind === 'value') return valueEq(val(a), val(b));
    if (kind === 'flag') return (a === true) === (b === true);
    if (kind === 'list') return listText(a) === listText(b);
    return (str(a)?.trim() ?? '') === (str(b)?.trim() ?? '');
}

/** The identity of a row: the cells that say which statement it is (docs/import.md). */
const IDENTITY: Record<SheetKey, readonly string[]> = {
    organisasi: ['id'],
    jabatan: ['organisasi', 'id'],
    pejabat: ['organisasi', 'jabatan', 'nama'],
    pohon: ['organisasi', 'id'],
    indikator: ['organisasi', 'id'],
    perjanjian: ['jabatan', 'tahun'],
    realisasi: ['organisasi', 'unsur', 'tahun', 'periode', 'sd'],
    belanja: ['organisasi', 'unsur', 'tahun', 'periode'],
    pagu: ['organisasi', 'unsur', 'tahun', 'revisi'],
    target: ['organisasi', 'unsur', 'tahun', 'revisi'],
    catatan: ['organisasi', 'unsur', 'tahun', 'periode'],
    bukti: ['organisasi', 'unsur', 'tahun', 'periode', 'judul']
};
const STRUCTURE: readonly SheetKey[] = ['organisasi', 'jabatan', 'pejabat', 'pohon', 'indikator', 'perjanjian'];

const identity = (sheet: SheetKey, row: Row) => IDENTITY[sheet].map(k => (row[k] === true ? 's.d.' : str(row[k]) ?? '')).join('\u0000');

/** Whether the row's sheet has the column (a row made here, not read, has them all). */
const hasColumn = (row: Row, key: string) => placeOf.get(row)?.columns.has(key) ?? true;

/** The workbook row with the cells of columns its sheet lacks taken from the workspace's row. */
function effective(row: Row, written: Row): Row {
    const out: Row = { ...row };
    for (const key of Object.keys(written)) if (!hasColumn(row, key)) out[key] = written[key];
    return out;
}

function lineStart(text: string, offset: number): number {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
function lineEnd(text: string, offset: number): number {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    return nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl;
}
function indentAt(text: string, offset: number): string {
    return /^[ \t]*/.exec(text.slice(lineStart(text, offset)))![0];
}
function lineOf(text: string, offset: number): number {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    return line;
}

interface Insertion {
    file: SourceFile;
    lines: string[];
    make(lines: string[]): Array<Omit<TextEdit, 'seq'>>;
}

class Merger {
    private readonly files = new Map<Model, SourceFile>();
    private readonly edits = new Map<SourceFile, TextEdit[]>();
    private readonly insertions = new Map<AstNode, Insertion>();
    private seq = 0;
    readonly problems: ImportProblem[] = [];
    more = 0;
    readonly conflicts: Conflict[] = [];
    inserted = 0;
    replaced = 0;
    /** Indicators and elements by `Org.Name`. */
    readonly subjects = new Map<string, Indikator | Node>();
    /** `realisasi ORG YEAR [s.d.] [PERIOD] { … }` report blocks by organisation, year, s.d. and period: the last one. */
    readonly reportBlocks = new Map<string, RealisasiBlock>();

    constructor(files: readonly SourceFile[], readonly replace: boolean, readonly lang: Language) {
        for (const f of files) this.files.set(f.model, f);
        for (const f of files) {
            for (const element of f.model.elements) {
                if (isRealisasiBlock(element) && element.organisation?.$refText) {
                    this.reportBlocks.set([element.organisation.$refText, element.year, element.cumulative ? 's.d.' : '', element.quarter ?? ''].join('\u0000'), element);
                }
            }
        }
    }

    say(key: ImportMessageKey, params: Record<string, string | number> = {}): string {
        return importMessage(this.lang, key, params);
    }

    problem(row: Row, key: string, message: ImportMessageKey, params: Record<string, string | number>): void {
        if (this.problems.length < MAX_ERRORS) this.problems.push({ file: placeOf.get(row)?.file, place: cellOf(row, key), message: this.say(message, params) });
        else this.more++;
    }

    fileOf(node: AstNode): SourceFile {
        return this.files.get(AstUtils.findRootNode(node) as Model)!;
    }

    where(node: AstNode): string {
        const file = this.fileOf(node);
        return `${file.path}:${lineOf(file.text, node.$cstNode!.offset)}`;
    }

    source(node: AstNode, start: number, end: number): string {
        return this.fileOf(node).text.slice(start, end);
    }

    edit(file: SourceFile, start: number, end: number, text: string): void {
        const list = this.edits.get(file) ?? [];
        list.push({ start, end, text, seq: this.seq++ });
        this.edits.set(file, list);
    }

    /** A differing value: a conflict, or with `replace` its text replaced. */
    differ(row: Row, key: string, node: AstNode, old: string, text: string, range?: { start: number; end: number }): void {
        // Without a range to replace, a difference stays a conflict: never dropped silently.
        if (!this.replace || !range) {
            this.conflicts.push({ file: placeOf.get(row)?.file, place: cellOf(row, key), old: old || this.say('merge.none'), new: text || this.say('merge.none'), where: this.where(node) });
            return;
        }
        this.edit(this.fileOf(node), range.start, range.end, text);
        this.replaced++;
    }

    /** New statement lines after `anchor` (the last statement of their kind), at its indentation. */
    after(anchor: AstNode, lines: string[]): void {
        this.collect(anchor, lines, () => {
            const file = this.fileOf(anchor);
            const text = file.text;
            const eol = text.includes('\r\n') ? '\r\n' : '\n';
            const end = anchor.$cstNode!.end;
            const indent = indentAt(text, anchor.$cstNode!.offset);
            // After a trailing line comment, so the comment stays with its statement.
            const rest = text.slice(end, lineEnd(text, end));
            const at = /^[ \t]*(\/\/.*)?$/.test(rest) ? lineEnd(text, end) : end;
            return (all: string[]) => [{ start: at, end: at, text: all.map(l => `${eol}${indent}${l}`).join('') }];
        });
    }

    /** New statement lines at the end of a block (`{ … }` added when the subject has none). */
    atEnd(owner: AstNode, lines: string[]): void {
        this.collect(owner, lines, () => {
            const file = this.fileOf(owner);
            const text = file.text;
            const eol = text.includes('\r\n') ? '\r\n' : '\n';
            const cst = owner.$cstNode!;
            const outer = indentAt(text, cst.offset);
            const inner = `${outer}    `;
            if (text[cst.end - 1] === '}') {
                const brace = cst.end - 1;
                const start = lineStart(text, brace);
                if (/^[ \t]*$/.test(text.slice(start, brace))) return (all: string[]) => [{ start, end: start, text: all.map(l => `${inner}${l}${eol}`).join('') }];
                // `{ satuan indeks }` on one line: the new lines after its last statement, `}` on a line of its own.
                let after = brace;
                while (after > 0 && (text[after - 1] === ' ' || text[after - 1] === '\t')) after--;
                return (all: string[]) => [{ start: after, end: brace, text: all.map(l => `${eol}${inner}${l}`).join('') + eol + outer }];
            }
            const rest = text.slice(cst.end, lineEnd(text, cst.end));
            const at = /^[ \t]*(\/\/.*)?$/.test(rest) ? lineEnd(text, cst.end) : cst.end;
            return (all: string[]) => {
                const body = all.map(l => `${eol}${inner}${l}`).join('') + eol + outer + '}';
                return at === cst.end ? [{ start: at, end: at, text: ` {${body}` }] : [{ start: cst.end, end: cst.end, text: ' {' }, { start: at, end: at, text: body }];
            };
        });
    }

    private collect(key: AstNode, lines: string[], make: () => (all: string[]) => Array<Omit<TextEdit, 'seq'>>): void {
        this.inserted++;
        const existing = this.insertions.get(key);
        if (existing) { existing.lines.push(...lines); return; }
        this.insertions.set(key, { file: this.fileOf(key), lines: [...lines], make: make() });
    }

    /** Statement lines into a subject: after its last statement of the kind, else at the end of its block. */
    into(subject: AstNode, last: AstNode | undefined, lines: string[]): void {
        if (last) this.after(last, lines); else this.atEnd(subject, lines);
    }

    plan(): Map<string, TextEdit[]> {
        for (const { file, lines, make } of this.insertions.values()) for (const e of make(lines)) this.edit(file, e.start, e.end, e.text);
        return new Map([...this.edits].map(([file, list]) => [file.path, list]));
    }
}

/** The figure of a row: value, and its upper bound or denominator. */
function figureText(row: Row, marks: { value?: Value; other?: Value; rupiah?: boolean } = {}): string {
    const mark = (v: ValueCell | undefined, old: Value | undefined): ValueCell | undefined => {
        if (!v || v.word !== undefined) return v;
        // A replaced number keeps how the workspace wrote it (`Rp`, `%`).
        if (old && old.number !== undefined) return { ...v, rupiah: old.rupiah || undefined, percent: old.percent || undefined };
        return marks.rupiah ? { ...v, rupiah: true } : v;
    };
    const value = mark(val(row.nilai), marks.value);
    const upper = mark(val(row.batasAtas), marks.other);
    const of = mark(val(row.dari), marks.other);
    let text = value ? valueText(value) : '';
    if (upper) text += ` - ${valueText(upper)}`;
    else if (of) text += ` dari ${valueText(of)}`;
    return text;
}

const periodPart = (row: Row) => `${row.sd === true ? 's.d. ' : ''}${str(row.periode) ? `${row.periode} ` : ''}`;

/** The figure nodes of a statement, first and last. */
function figureNodes(node: AstNode): { value?: Value; other?: Value } {
    const n = node as unknown as { value?: Value; upper?: Value; denominator?: Value };
    return { value: n.value, other: n.upper ?? n.denominator };
}

function figureRange(node: AstNode): { start: number; end: number } | undefined {
    const { value, other } = figureNodes(node);
    if (!value?.$cstNode) return undefined;
    return { start: value.$cstNode.offset, end: (other ?? value).$cstNode!.end };
}

const onNode = (subject: AstNode | undefined) => !!subject && isNode(subject);

function compareFigure(m: Merger, sheet: SheetKey, row: Row, written: Row, node: AstNode, keys: readonly string[]): void {
    const eff = effective(row, written);
    const differing = keys.filter(k => !valueEq(val(eff[k]), val(written[k])));
    if (!differing.length) return;
    const range = figureRange(node);
    const subject = isQuarterValue(node) ? node.$container.$container : node.$container;
    const old = range ? m.source(node, range.start, range.end) : '';
    m.differ(row, differing[0], node, old, figureText(eff, { ...figureNodes(node), rupiah: sheet !== 'target' && onNode(subject) }), range);
}

function compareText(m: Merger, row: Row, written: Row, node: AstNode, key: string, property: string): void {
    const eff = effective(row, written);
    if ((str(eff[key]) ?? '') === (str(written[key]) ?? '')) return;
    const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
    const text = quoted(str(eff[key]) ?? '');
    m.differ(row, key, node, cst ? cst.text : '', text, cst ? { start: cst.offset, end: cst.end } : undefined);
}

function display(m: Merger, data: CellData): string {
    if (data === undefined || data === '' || data === false) return m.say('merge.empty');
    if (data === true) return 'ya';
    if (typeof data === 'object') return valueText(data);
    return quoted(data);
}

function structure(m: Merger, sheet: SheetKey, rows: readonly Row[], written: readonly Row[]): void {
    // The k-th row of an identity is compared with the workspace's k-th (an official
    // may hold a position twice, from different dates).
    const index = new Map<string, Row[]>();
    for (const w of written) index.set(identity(sheet, w), [...(index.get(identity(sheet, w)) ?? []), w]);
    const used = new Map<string, number>();
    const spec = SHEETS[sheet];
    for (const row of rows) {
        const key = identity(sheet, row);
        const k = used.get(key) ?? 0;
        used.set(key, k + 1);
        const w = index.get(key)?.[k];
        const id = IDENTITY[sheet].map(k => str(row[k])).filter(Boolean).join('.');
        if (!w) { m.problem(row, IDENTITY[sheet][IDENTITY[sheet].length - 1], 'merge.structure-new', { sheet: spec.name, id }); continue; }
        for (const column of spec.columns) {
            if (!hasColumn(row, column.key) || cellEq(row[column.key], w[column.key], column.kind)) continue;
            m.problem(row, column.key, 'merge.structure-differs', { column: column.header, old: display(m, w[column.key]), new: display(m, row[column.key]), where: m.where(rowOrigin.get(w)!) });
        }
    }
}

/** Rows with the same identity twice in the workbook and different contents: which one is meant is not ours to guess. */
function unique(m: Merger, sheet: SheetKey, rows: readonly Row[]): Row[] {
    const seen = new Map<string, Row>();
    const out: Row[] = [];
    for (const row of rows) {
        const key = identity(sheet, row);
        const first = seen.get(key);
        if (!first) { seen.set(key, row); out.push(row); continue; }
        const same = SHEETS[sheet].columns.every(c => cellEq(row[c.key], first[c.key], c.kind));
        if (!same) m.problem(row, IDENTITY[sheet][0], 'merge.duplicate', { other: cellOf(first, IDENTITY[sheet][0]).replace(/^.*!/, '') });
    }
    return out;
}

function subjectOf(m: Merger, row: Row): Indikator | Node | undefined {
    return m.subjects.get(`${row.organisasi}.${row.unsur}`);
}

function realisations(m: Merger, rows: readonly Row[], written: readonly Row[]): void {
    const index = new Map<string, Row[]>();
    for (const w of written) {
        const key = identity('realisasi', w);
        index.set(key, [...(index.get(key) ?? []), w]);
    }
    for (const row of unique(m, 'realisasi', rows)) {
        const found = index.get(identity('realisasi', row));
        if (found) {
            if (found.some(w => ['nilai', 'dari'].every(k => valueEq(val(effective(row, w)[k]), val(w[k]))))) continue;
            compareFigure(m, 'realisasi', row, found[0], rowOrigin.get(found[0])!, ['nilai', 'dari']);
            continue;
        }
        const subject = subjectOf(m, row);
        if (!subject) continue;
        const rupiah = isNode(subject);
        const block = m.reportBlocks.get([row.organisasi, row.tahun, row.sd === true ? 's.d.' : '', str(row.periode) ?? ''].join('\u0000'));
        if (block) {
            const item = `${block.organisation?.$refText === row.organisasi ? row.unsur : `${row.organisasi}.${row.unsur}`} ${figureText(row, { rupiah })}`;
            m.into(block, block.items[block.items.length - 1], [item]);
            continue;
        }
        const kind = isIndikator(subject) ? subject.realisations : subject.spending;
        m.into(subject, kind[kind.length - 1], [`realisasi ${row.tahun} ${periodPart(row)}${figureText(row, { rupiah })}`]);
    }
}

interface TargetStatement {
    annual: Row;
    periods: Row[];
}

function targetStatements(rows: readonly Row[]): TargetStatement[] {
    const out: TargetStatement[] = [];
    for (const row of rows) {
        if (!str(row.periode) && row.sd !== true) out.push({ annual: row, periods: [] });
        else out[out.length - 1]?.periods.push(row);
    }
    return out;
}

function targetText(s: TargetStatement): string {
    const block = s.periods.map(p => `${periodPart(p)}${figureText(p)}`);
    const revision = str(s.annual.revisi) ? ` revisi ${s.annual.revisi} ${quoted(str(s.annual.alasan) ?? '')}` : '';
    return `target ${s.annual.tahun} ${figureText(s.annual)}${block.length ? ` { ${block.join(' ')} }` : ''}${revision}`;
}

const periodKey = (row: Row) => `${row.sd === true ? 's.d.' : ''}${str(row.periode) ?? ''}`;

function targets(m: Merger, rows: readonly Row[], written: readonly Row[]): void {
    type Entry = { annual: Row; target: Target; periods: Map<string, Row> };
    const index = new Map<string, Entry>();
    const byTarget = new Map<Target, Entry>();
    for (const w of written) {
        const origin = rowOrigin.get(w)!;
        if (isTarget(origin)) {
            const entry = { annual: w, target: origin, periods: new Map() };
            byTarget.set(origin, entry);
            if (!index.has(identity('target', w))) index.set(identity('target', w), entry);
        } else if (isQuarterValue(origin) && isTarget(origin.$container)) {
            byTarget.get(origin.$container)?.periods.set(periodKey(w), w);
        }
    }
    const seen = new Map<string, Row>();
    for (const s of targetStatements(rows)) {
        const key = identity('target', s.annual);
        const first = seen.get(key);
        if (first) { m.problem(s.annual, 'organisasi', 'merge.duplicate', { other: cellOf(first, 'organisasi').replace(/^.*!/, '') }); continue; }
        seen.set(key, s.annual);
        const found = index.get(key);
        if (!found) {
            const subject = subjectOf(m, s.annual);
            if (subject && isIndikator(subject)) m.into(subject, subject.targets[subject.targets.length - 1], [targetText(s)]);
            continue;
        }
        const { target } = found;
        compareFigure(m, 'target', s.annual, found.annual, target, ['nilai', 'batasAtas']);
        if (str(s.annual.revisi)) compareText(m, s.annual, found.annual, target, 'alasan', 'reason');
        const fresh: Row[] = [];
        const listed = new Set<string>();
        for (const p of s.periods) {
            listed.add(periodKey(p));
            const w = found.periods.get(periodKey(p));
            if (w) compareFigure(m, 'target', p, w, rowOrigin.get(w)!, ['nilai', 'batasAtas', 'dari']);
            else fresh.push(p);
        }
        // A period the workspace's target has and the workbook's statement does not.
        if (hasColumn(s.annual, 'periode')) {
            target.quarters.forEach((q, i) => {
                const w = [...found.periods.values()].find(r => rowOrigin.get(r) === q);
                if (!w || listed.has(periodKey(w))) return;
                const previous = i ? target.quarters[i - 1].$cstNode!.end : GrammarUtils.findNodeForKeyword(target.$cstNode, '{')!.end;
                m.differ(s.annual, 'periode', q, q.$cstNode!.text, '', { start: previous, end: q.$cstNode!.end });
            });
        }
        if (fresh.length) addPeriods(m, target, fresh);
    }
}

/** New periods into a target's `{ … }`, the block added after its figure when it has none. */
function addPeriods(m: Merger, target: Target, periods: Row[]): void {
    const items = periods.map(p => `${periodPart(p)}${figureText(p)}`).join(' ');
    const file = m.fileOf(target);
    m.inserted += periods.length;
    const last = target.quarters[target.quarters.length - 1];
    const open = GrammarUtils.findNodeForKeyword(target.$cstNode, '{');
    if (last) m.edit(file, last.$cstNode!.end, last.$cstNode!.end, ` ${items}`);
    else if (open) m.edit(file, open.end, open.end, ` ${items}`);
    else {
        const end = figureRange(target)!.end;
        m.edit(file, end, end, ` { ${items} }`);
    }
}

function ceilings(m: Merger, rows: readonly Row[], written: readonly Row[]): void {
    const index = new Map(written.map(w => [identity('pagu', w), w]));
    for (const row of unique(m, 'pagu', rows)) {
        const w = index.get(identity('pagu', row));
        if (w) {
            const node = rowOrigin.get(w) as Pagu;
            compareFigure(m, 'pagu', row, w, node, ['nilai']);
            if (str(row.revisi)) compareText(m, row, w, node, 'alasan', 'reason');
            continue;
        }
        const subject = subjectOf(m, row);
        if (!subject || !isNode(subject)) continue;
        const revision = str(row.revisi) ? ` revisi ${row.revisi} ${quoted(str(row.alasan) ?? '')}` : '';
        m.into(subject, subject.ceilings[subject.ceilings.length - 1], [`pagu ${row.tahun} ${figureText(row, { rupiah: true })}${revision}`]);
    }
}

function spending(m: Merger, rows: readonly Row[], written: readonly Row[]): void {
    const index = new Map(written.map(w => [identity('belanja', w), w]));
    for (const row of unique(m, 'belanja', rows)) {
        const w = index.get(identity('belanja', row));
        if (w) {
            const node = rowOrigin.get(w)!;
            const eff = effective(row, w);
            if (valueEq(val(eff.nilai), val(w.nilai))) continue;
            const value = (isBelanja(node) || isQuarterValue(node)) ? node.value : undefined;
            const range = value?.$cstNode ? { start: value.$cstNode.offset, end: value.$cstNode.end } : undefined;
            m.differ(row, 'nilai', node, value?.$cstNode?.text ?? '', figureText({ nilai: eff.nilai }, { value, rupiah: true }), range);
            continue;
        }
        const subject = subjectOf(m, row);
        if (!subject || !isNode(subject)) continue;
        m.into(subject, subject.expenditures[subject.expenditures.length - 1], [`belanja ${row.tahun} ${row.periode} ${figureText({ nilai: row.nilai }, { rupiah: true })}`]);
    }
}

const NOTE_FIELDS = [['analisis', 'analysis'], ['kendala', 'obstacles'], ['solusi', 'solutions']] as const;

function noteLines(row: Row): string[] {
    const lines = [`catatan ${row.tahun}${str(row.periode) ? ` ${row.periode}` : ''} {`];
    for (const [key] of NOTE_FIELDS) if (str(row[key])) lines.push(`    ${key} ${quoted(str(row[key])!)}`);
    lines.push('}');
    return lines;
}

const evidenceLine = (row: Row) =>
    `bukti ${row.tahun}${str(row.periode) ? ` ${row.periode}` : ''} ${quoted(str(row.judul) ?? '')} ${quoted(str(row.lokasi) ?? '')}${str(row.terverifikasi) ? ` terverifikasi ${row.terverifikasi}` : ''}`;

function notes(m: Merger, rows: readonly Row[], written: readonly Row[]): void {
    const index = new Map(written.map(w => [identity('catatan', w), w]));
    for (const row of unique(m, 'catatan', rows)) {
        const w = index.get(identity('catatan', row));
        if (!w) {
            const subject = subjectOf(m, row);
            if (subject) m.into(subject, subject.notes[subject.notes.length - 1], noteLines(row));
            continue;
        }
        const node = rowOrigin.get(w) as Catatan;
        const eff = effective(row, w);
        const differing = NOTE_FIELDS.filter(([key]) => (str(eff[key]) ?? '') !== (str(w[key]) ?? ''));
        if (!differing.length) continue;
        // A text written on both sides is replaced as a string; one added or emptied rewrites the statement.
        if (differing.every(([key]) => str(eff[key]) !== undefined && str(w[key]) !== undefined)) {
            for (const [key, property] of differing) compareText(m, row, w, node, key, property);
            continue;
        }
        const cst = node.$cstNode!;
        const file = m.fileOf(node);
        const indent = indentAt(file.text, cst.offset);
        const eol = file.text.includes('\r\n') ? '\r\n' : '\n';
        const text = noteLines(eff).join(`${eol}${indent}`);
        if (!m.replace) {
            for (const [key, property] of differing) m.differ(row, key, node, GrammarUtils.findNodeForProperty(cst, property)?.text ?? '', str(eff[key]) !== undefined ? quoted(str(eff[key])!) : '');
        } else m.differ(row, differing[0][0], node, cst.text, text, { start: cst.offset, end: cst.end });
    }
}

function evidence(m: Merger, rows: readonly Row[], written: readonly Row[]): void {
    const index = new Map(written.map(w => [identity('bukti', w), w]));
    for (const row of unique(m, 'bukti', rows)) {
        const w = index.get(identity('bukti', row));
        if (!w) {
            const subject = subjectOf(m, row);
            if (subject) m.into(subject, subject.evidence[subject.evidence.length - 1], [evidenceLine(row)]);
            continue;
        }
        const node = rowOrigin.get(w) as Bukti;
        const eff = effective(row, w);
        const differing = ['lokasi', 'terverifikasi'].filter(k => (str(eff[k]) ?? '') !== (str(w[k]) ?? ''));
        if (!differing.length) continue;
        const cst = node.$cstNode!;
        if (!m.replace) {
            for (const key of differing) {
                const show = (x: CellData) => (str(x) === undefined ? '' : key === 'lokasi' ? quoted(str(x)!) : str(x)!);
                m.differ(row, key, node, show(w[key]), show(eff[key]));
            }
        } else m.differ(row, differing[0], node, cst.text, evidenceLine(eff), { start: cst.offset, end: cst.end });
    }
}

/**
 * What the workbook's rows change in the workspace: the edits of each file, or
 * ImportFailed (structure new or different, rows twice) or, without `replace`,
 * ImportConflicts (values that differ from what is written).
 */
export function mergeRows(rows: SheetRows, files: readonly SourceFile[], workspace: SheetRows, options: { replace?: boolean; lang: Language }): MergePlan {
    const m = new Merger(files, !!options.replace, options.lang);
    for (const r of workspace.pohon) m.subjects.set(`${r.organisasi}.${r.id}`, rowOrigin.get(r) as Node);
    for (const r of workspace.indikator) m.subjects.set(`${r.organisasi}.${r.id}`, rowOrigin.get(r) as Indikator);
    for (const sheet of STRUCTURE) structure(m, sheet, rows[sheet], workspace[sheet]);
    // In the formatter's order, so statements added at the end of one block come in it.
    targets(m, rows.target, workspace.target);
    ceilings(m, rows.pagu, workspace.pagu);
    realisations(m, rows.realisasi, workspace.realisasi);
    spending(m, rows.belanja, workspace.belanja);
    notes(m, rows.catatan, workspace.catatan);
    evidence(m, rows.bukti, workspace.bukti);
    if (m.problems.length) throw new ImportFailed(m.problems, m.more);
    if (m.conflicts.length) throw new ImportConflicts(m.conflicts);
    return { edits: m.plan(), inserted: m.inserted, replaced: m.replaced };
}

/** A file's text with its edits applied (from the end, insertions at one offset in creation order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
    const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end || b.seq - a.seq);
    let out = text;
    for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return out;
}

/**
 * The changes of a file's edits as a unified diff: changed lines with three lines of
 * context, hunks closer than that joined. The diff is made from the edits: each group of
 * lines they touch is compared line by line (a small LCS), the lines between are equal,
 * so a large file with a few edits costs its length, not its square.
 */
export function unifiedDiff(path: string, before: string, edits: readonly TextEdit[]): string {
    const starts = [0];
    for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) starts.push(i + 1);
    const lineAt = (offset: number) => {
        let lo = 0, hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return lo;
    };
    // Groups of touched lines, [first, last], with their edits.
    const sorted = [...edits].sort((x, y) => x.start - y.start || x.seq - y.seq);
    const groups: Array<{ first: number; last: number; edits: TextEdit[] }> = [];
    for (const e of sorted) {
        const first = lineAt(e.start);
        const last = lineAt(Math.max(e.start, e.end - 1));
        const open = groups[groups.length - 1];
        if (open && first <= open.last + 1) { open.last = Math.max(open.last, last); open.edits.push(e); }
        else groups.push({ first, last, edits: [e] });
    }
    const ops: LineOp[] = [];
    const lines = before.split('\n');
    let a = 0, b = 0;
    for (const g of groups) {
        for (; a < g.first; a++, b++) ops.push({ op: ' ', text: lines[a], a, b });
        const segStart = starts[g.first];
        const segEnd = g.last + 1 < starts.length ? starts[g.last + 1] : before.length;
        const oldSeg = before.slice(segStart, segEnd);
        const newSeg = applyEdits(oldSeg, g.edits.map(e => ({ ...e, start: e.start - segStart, end: e.end - segStart })));
        const oldLines = oldSeg.split('\n');
        const newLines = newSeg.split('\n');
        if (oldSeg.endsWith('\n') && newSeg.endsWith('\n')) { oldLines.pop(); newLines.pop(); }
        for (const o of lineOps(oldLines, newLines)) ops.push({ ...o, a: a + o.a, b: b + o.b });
        a += oldLines.length;
        b += newLines.length;
    }
    for (; a < lines.length; a++, b++) ops.push({ op: ' ', text: lines[a], a, b });
    // The text after the last line break is no line of its own.
    if (before.endsWith('\n') && ops.length && ops[ops.length - 1].op === ' ' && ops[ops.length - 1].text === '' && ops[ops.length - 1].a === lines.length - 1) ops.pop();
    const CONTEXT = 3;
    const out = [`--- ${path}`, `+++ ${path}`];
    let i = 0;
    while (i < ops.length) {
        if (ops[i].op === ' ') { i++; continue; }
        const start = Math.max(0, i - CONTEXT);
        let end = i;
        // Extend while the next change is within 2 × CONTEXT equal lines.
        for (;;) {
            while (end < ops.length && ops[end].op !== ' ') end++;
            let next = end;
            while (next < ops.length && ops[next].op === ' ') next++;
            if (next < ops.length && next - end <= 2 * CONTEXT) { end = next; continue; }
            break;
        }
        const stop = Math.min(ops.length, end + CONTEXT);
        const hunk = ops.slice(start, stop);
        const oldStart = hunk.find(o => o.op !== '+')?.a ?? ops[start].a;
        const newStart = hunk.find(o => o.op !== '-')?.b ?? ops[start].b;
        const oldCount = hunk.filter(o => o.op !== '+').length;
        const newCount = hunk.filter(o => o.op !== '-').length;
        out.push(`@@ -${oldCount ? oldStart + 1 : oldStart},${oldCount} +${newCount ? newStart + 1 : newStart},${newCount} @@`);
        for (const o of hunk) out.push(`${o.op}${o.text}`);
        i = stop;
    }
    return out.join('\n') + '\n';
}

interface LineOp {
    op: ' ' | '-' | '+';
    text: string;
    /** Line index in the old (a) and new (b) text at this point. */
    a: number;
    b: number;
}

function lineOps(a: string[], b: string[]): LineOp[] {
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head]) head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
    const ops: LineOp[] = [];
    for (let k = 0; k < head; k++) ops.push({ op: ' ', text: a[k], a: k, b: k });
    const midA = a.slice(head, a.length - tail);
    const midB = b.slice(head, b.length - tail);
    // LCS of the changed region (edits are few; a region of thousands of lines on both
    // sides falls back to all removed, then all added).
    if (midA.length * midB.length <= 4_000_000) {
        const n = midA.length, mm = midB.length;
        const dp = Array.from({ length: n + 1 }, () => new Uint32Array(mm + 1));
        for (let x = n - 1; x >= 0; x--) for (let y = mm - 1; y >= 0; y--) dp[x][y] = midA[x] === midB[y] ? dp[x + 1][y + 1] + 1 : Math.max(dp[x + 1][y], dp[x][y + 1]);
        let x = 0, y = 0;
        while (x < n || y < mm) {
            if (x < n && y < mm && midA[x] === midB[y]) { ops.push({ op: ' ', text: midA[x], a: head + x, b: head + y }); x++; y++; }
            else if (x < n && (y === mm || dp[x + 1][y] >= dp[x][y + 1])) { ops.push({ op: '-', text: midA[x], a: head + x, b: head + y }); x++; }
            else { ops.push({ op: '+', text: midB[y], a: head + x, b: head + y }); y++; }
        }
    } else {
        midA.forEach((t, k) => ops.push({ op: '-', text: t, a: head + k, b: head }));
        midB.forEach((t, k) => ops.push({ op: '+', text: t, a: head + midA.length, b: head + k }));
    }
    for (let k = 0; k < tail; k++) ops.push({ op: ' ', text: a[a.length - tail + k], a: a.length - tail + k, b: b.length - tail + k });
    return ops;
}
