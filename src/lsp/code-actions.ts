/**
 * Quick fixes for findings whose fix is mechanical. Each finding code maps to a function
 * that turns the diagnostic (with the data the validator attached, and the AST at its
 * position) into code actions:
 * - number-format: the suggested Indonesian form (`19.29` → `19,29`)
 * - suspicious-number: the decimal the value most likely meant (`66.850` → `66,850`)
 * - missing-unit: add `satuan …` (the unit guessed from the indicator's name first)
 * - pk-missing: add the `perjanjian` for the position and year at the end of the file
 * - cascade-misaligned, cascade-skip-level: re-point `mendukung` to a node of the direct superior
 * - quarter-target-mismatch: make the last quarter target end at / sum to / average the annual target
 * - unresolved-reference: replace the name by one of the close names the finding suggests
 * - bidi-control, invisible-character: remove the character
 */
import { AstUtils, CstUtils, GrammarUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { Exact } from '../common/exact.js';
import { formatIdNumber } from '../common/id-number.js';
import type { Language } from '../engine/config.js';
import { parseValue, type WorkspaceModel } from '../engine/model.js';
import { lspMessage } from './messages.js';
import { isIndikator, isPemda, isTarget, type Indikator, type Target } from '../language/generated/ast.js';
import type { KinerjaServices } from './kinerja-module.js';

interface FixContext {
    diagnostic: Diagnostic;
    document: LangiumDocument;
    language: Language;
    model: WorkspaceModel;
}

type QuickFix = (context: FixContext) => CodeAction[];

function action(context: FixContext, title: string, edits: TextEdit[], isPreferred = false): CodeAction {
    return {
        title, kind: CodeActionKind.QuickFix, diagnostics: [context.diagnostic], isPreferred,
        edit: { changes: { [context.document.uri.toString()]: edits } }
    };
}

/** The data a finding carries; only fields of the expected type are read. */
function data(diagnostic: Diagnostic): Record<string, unknown> {
    const value: unknown = diagnostic.data;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Record<string, unknown> : {};
}

function stringOf(value: unknown): string | undefined {
    return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The innermost AST node of type `is` at the diagnostic's start. */
function nodeAt<T extends AstNode>(document: LangiumDocument, diagnostic: Diagnostic, is: (n: unknown) => n is T): T | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const leaf = CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start));
    return leaf ? AstUtils.getContainerOfType(leaf.astNode, is) : undefined;
}

function indentOf(document: LangiumDocument, line: number): string {
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    return /^[ \t]*/.exec(text)?.[0] ?? '';
}

const numberFormat: QuickFix = context => {
    const replacement = stringOf(data(context.diagnostic).replacement);
    if (!replacement) return [];
    return [action(context, lspMessage(context.language, 'fix.number-format', { suggestion: replacement }),
        [{ range: context.diagnostic.range, newText: replacement }], true)];
};

/**
 * `66.850` written for 66,850 (English notation from a spreadsheet): the decimal the
 * finding carries as `replacement`, else the number in its range read with its one dot
 * as the decimal comma. Several dot groups (`1.234.567`) are no single decimal: no fix.
 */
const suspiciousNumber: QuickFix = context => {
    const text = context.document.textDocument.getText(context.diagnostic.range);
    const replacement = stringOf(data(context.diagnostic).replacement)
        ?? (/^-?\d{1,3}\.\d{3}$/.test(text) ? text.replace('.', ',') : undefined);
    if (!replacement || replacement === text) return [];
    return [action(context, lspMessage(context.language, 'fix.suspicious-number', { written: text, suggestion: replacement }),
        [{ range: context.diagnostic.range, newText: replacement }], true)];
};

const UNIT_GUESSES: Array<[RegExp, string]> = [
    [/^(persentase|proporsi|prosentase|tingkat|cakupan)\b/i, 'persen'],
    [/^indeks\b/i, 'indeks'],
    [/^rasio\b/i, 'rasio'],
    [/\b(hari|waktu)\b/i, 'hari'],
    [/\b(nilai|jumlah)\b.*\b(investasi|anggaran|pendapatan|rupiah|belanja|pad)\b/i, 'rupiah'],
    [/\b(dokumen|laporan|peraturan|perda|rencana)\b/i, 'dokumen'],
    [/\b(orang|penduduk|pasien|siswa|keluarga|peserta|pegawai|investor|klien|warga)\b/i, 'orang'],
    [/\b(unit|sarana|gedung|fasilitas|puskesmas|sekolah)\b/i, 'unit']
];

export function guessUnit(title: string): string | undefined {
    return UNIT_GUESSES.find(([pattern]) => pattern.test(title))?.[1];
}

const missingUnit: QuickFix = context => {
    const indicator = nodeAt(context.document, context.diagnostic, isIndikator);
    const cst = indicator?.$cstNode;
    if (!indicator || !cst) return [];
    const guess = guessUnit(indicator.title ?? '');
    const units = [...new Set([guess, 'persen', 'orang', 'dokumen', 'indeks'].filter((u): u is string => !!u))];
    const open = GrammarUtils.findNodeForKeyword(cst, '{');
    const indent = indentOf(context.document, cst.range.start.line);
    return units.map((unit, i) => {
        const edit: TextEdit = open
            ? { range: { start: open.range.end, end: open.range.end }, newText: `\n${indent}    satuan ${unit}` }
            : { range: { start: cst.range.end, end: cst.range.end }, newText: ` {\n${indent}    satuan ${unit}\n${indent}}` };
        return action(context, lspMessage(context.language, 'fix.add-unit', { unit }), [edit], i === 0 && guess !== undefined);
    });
};

const pkMissing: QuickFix = context => {
    const { position: rawPosition, year: rawYear } = data(context.diagnostic);
    const position = stringOf(rawPosition);
    const year = typeof rawYear === 'number' && Number.isInteger(rawYear) ? rawYear : undefined;
    if (!position || !year) return [];
    const info = context.model.positions.get(position);
    const superior = info?.superiorId ? context.model.positions.get(info.superiorId) : undefined;
    const pemda = info?.organisation.pemdaId ? context.model.organisations.get(info.organisation.pemdaId) : undefined;
    const pemdaHead = pemda?.declaration && isPemda(pemda.declaration) ? pemda.declaration.head : undefined;
    const secondParty = superior?.ast.title ?? pemdaHead;
    const text = context.document.textDocument.getText();
    const end = context.document.textDocument.positionAt(text.length);
    const lines = [`perjanjian ${position} ${year} {`, ...(secondParty ? [`    pihak-kedua ${JSON.stringify(secondParty)}`] : []), '}', ''];
    const prefix = text.endsWith('\n') ? '\n' : '\n\n';
    return [action(context, lspMessage(context.language, 'fix.add-agreement', { subject: position, year }),
        [{ range: { start: end, end }, newText: prefix + lines.join('\n') }], true)];
};

/** Replaces the diagnostic's range by one of the names the finding carries as candidates. */
function replaceByCandidate(title: (context: FixContext, candidate: string) => string): QuickFix {
    return context => {
        const raw = data(context.diagnostic).candidates;
        const candidates = Array.isArray(raw) ? raw.filter((c): c is string => typeof c === 'string' && c !== '') : [];
        return candidates.slice(0, 8).map((candidate, i) => action(context, title(context, candidate),
            [{ range: context.diagnostic.range, newText: candidate }], i === 0 && candidates.length === 1));
    };
}

const repoint = replaceByCandidate((context, candidate) => lspMessage(context.language, 'fix.repoint', { candidate }));

const replaceReference = replaceByCandidate((context, candidate) => lspMessage(context.language, 'fix.replace-reference', { candidate }));

const quarterPlan: QuickFix = context => {
    const target = nodeAt(context.document, context.diagnostic, isTarget) as Target | undefined;
    const indicator = target ? AstUtils.getContainerOfType(target, isIndikator) as Indikator | undefined : undefined;
    const annual = parseValue(target?.value);
    const mode = stringOf(data(context.diagnostic).mode);
    if (!target || !indicator || !annual || !mode || target.quarters.length === 0) return [];
    const quarters = [...target.quarters].sort((a, b) => a.quarter.localeCompare(b.quarter));
    const values = quarters.map(q => parseValue(q.value));
    if (values.some(v => !v)) return [];
    const last = quarters[quarters.length - 1];
    const others = Exact.sum(values.slice(0, -1) as Exact[]);
    let value: Exact;
    if (mode === 'terakhir') value = annual;
    else if (mode === 'rata-rata') value = annual.mul(Exact.of(quarters.length)).sub(others);
    else value = annual.sub(others);
    if (value.isNegative()) return [];
    const text = formatIdNumber(value, { decimals: 4 });
    if (mode === 'terakhir' && last.quarter !== 'tw4') {
        const close = target.$cstNode ? GrammarUtils.findNodeForKeyword(target.$cstNode, '}') : undefined;
        if (!close) return [];
        return [action(context, lspMessage(context.language, 'fix.quarter-add', { quarter: 'tw4', value: text }),
            [{ range: { start: close.range.start, end: close.range.start }, newText: `tw4 ${text} ` }], true)];
    }
    const range = last.value.$cstNode?.range;
    if (!range) return [];
    return [action(context, lspMessage(context.language, 'fix.quarter-last', { quarter: last.quarter, value: text }),
        [{ range, newText: text }], true)];
};

/** Removes the invisible character the finding stands on (its range is that one character). */
const removeCharacter: QuickFix = context => {
    const { range } = context.diagnostic;
    const text = context.document.textDocument.getText(range);
    const code = text.length === 1 ? text.charCodeAt(0) : undefined;
    if (code === undefined || typeof data(context.diagnostic).offset !== 'number') return [];
    const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return [action(context, lspMessage(context.language, 'fix.remove-character', { character: name }), [{ range, newText: '' }], true)];
};

const FIXES: Record<string, QuickFix> = {
    'bidi-control': removeCharacter,
    'invisible-character': removeCharacter,
    'number-format': numberFormat,
    'suspicious-number': suspiciousNumber,
    'missing-unit': missingUnit,
    'pk-missing': pkMissing,
    'cascade-misaligned': repoint,
    'cascade-skip-level': repoint,
    'quarter-target-mismatch': quarterPlan,
    'unresolved-reference': replaceReference
};

export class KinerjaCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: KinerjaServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const settings = this.services.kinerja.Settings;
        const language = settings.languageFor(settings.configFor(document.uri));
        const model = this.services.kinerja.WorkspaceModel.get();
        const actions: CodeAction[] = [];
        for (const sent of params.context.diagnostics) {
            const diagnostic = currentFinding(document, sent);
            const fix = diagnostic && FIXES[codeOf(diagnostic)];
            if (fix) actions.push(...fix({ diagnostic, document, language, model }));
        }
        return actions;
    }
}

function codeOf(diagnostic: Diagnostic): string {
    return String(diagnostic.code ?? data(diagnostic).code ?? '');
}

/**
 * The finding the document reports now that the client's diagnostic stands for (same
 * range, code and message), with the data the validator attached. The editor sends the
 * diagnostics it shows, which may be from an older version of the text (their ranges
 * then hold other text, or lie past its end) or from other extensions: those get no fix.
 */
function currentFinding(document: LangiumDocument, sent: Diagnostic): Diagnostic | undefined {
    const code = codeOf(sent);
    if (!FIXES[code]) return undefined;
    const same = (a: Diagnostic['range'], b: Diagnostic['range']) => a.start.line === b.start.line && a.start.character === b.start.character
        && a.end.line === b.end.line && a.end.character === b.end.character;
    return document.diagnostics?.find(d => codeOf(d) === code && d.message === sent.message && same(d.range, sent.range));
}
