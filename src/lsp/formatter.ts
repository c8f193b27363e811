/**
 * The formatter: one canonical layout for `.kinerja` files.
 *
 * - one statement per line inside blocks (`pemda`, `periode`, positions and nodes in an
 *   agency; `satuan`, `target`, … in an indicator; `pejabat`/`nip`; block items;
 *   `pihak-kedua`/`tempat`/`ditandatangani`; `analisis`/`kendala`/`solusi` in `catatan`),
 *   indented by 4 spaces per block level;
 * - an official stays on one line (`pejabat "…" plt sejak 2025-07-01 sampai 2025-12-31`),
 *   its `nip` on the next line at the same level;
 * - quarter and month blocks stay on one line: `target 2025 60 { tw1 15 tw2 30 tw3 45 tw4 60 }`,
 *   `belanja 2025 { jan Rp 5 feb Rp 7 }`; `revisi DATE "…"` stays on its target's or pagu's line;
 * - a single space between the tokens of a line; none around the dots of qualified names,
 *   before `,` and `%`, or between a minus sign and its number (`-2,5`);
 * - blank lines between statements and comments are kept, at most one in a row; none after
 *   `{` is added and none before `}` is kept;
 * - comments stay where they are: a comment after code on the same line is left untouched,
 *   a comment on its own line is indented like the statement it stands beside (block
 *   comments keep their inner layout, shifted with their first line);
 * - the file starts with its first token or comment and ends with one line break.
 *
 * The layout does not depend on the client's tab settings (always 4 spaces), so a file
 * looks the same for everyone, and formatting twice gives the same text as formatting once.
 * Files with syntax errors are not formatted.
 *
 * Built on Langium's AbstractFormatter. Langium keeps comments but only re-indents them;
 * `createHiddenTextEdits` is extended here so that blank lines before a comment follow the
 * same rules as before a statement.
 */
import { AstUtils, CstUtils, GrammarAST, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type LangiumCoreServices, type LangiumDocument } from 'langium';
import {
    AbstractFormatter, Formatting, type FormattingAction, type FormattingContext
} from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import { isBelanja, isModel, isPejabat, isQuarterValue, isRealisasi, isTarget, isValue } from '../language/generated/ast.js';

/**
 * What starts a statement inside a block, read from the grammar: in a rule, the elements
 * repeated between `{` and `}` are its statements. An alternative that starts with a
 * keyword (`('satuan' unit=Satuan)`) makes that keyword a statement keyword; an
 * assignment of a rule call (`targets+=Target`) makes that rule's nodes statements.
 * A new property or element in a block is thus laid out with no change here.
 */
export function blockStatements(grammar: GrammarAST.Grammar): { keywords: Set<string>; types: Set<string> } {
    const keywords = new Set<string>();
    const types = new Set<string>();
    const add = (element: GrammarAST.AbstractElement) => {
        if (GrammarAST.isAlternatives(element) || (GrammarAST.isGroup(element) && element.cardinality)) {
            for (const alternative of GrammarAST.isAlternatives(element) ? element.elements : [element]) add(alternative);
        } else if (GrammarAST.isGroup(element) && GrammarAST.isKeyword(element.elements[0])) {
            keywords.add(element.elements[0].value);
        } else if (GrammarAST.isAssignment(element) && GrammarAST.isRuleCall(element.terminal) && GrammarAST.isParserRule(element.terminal.rule.ref)) {
            types.add(element.terminal.rule.ref.name);
        }
    };
    for (const group of AstUtils.streamAllContents(grammar).filter(GrammarAST.isGroup)) {
        const open = group.elements.findIndex(e => GrammarAST.isKeyword(e) && e.value === '{');
        const close = group.elements.findIndex(e => GrammarAST.isKeyword(e) && e.value === '}');
        if (open < 0 || close < open) continue;
        for (const element of group.elements.slice(open + 1, close)) if (element.cardinality === '*' || element.cardinality === '+') add(element);
    }
    return { keywords, types };
}

/** A new line, keeping at most one blank line before it. */
const LINE = Formatting.fit(Formatting.newLine(), Formatting.newLines(2));
/** A new line one level deeper, keeping at most one blank line before it. */
const STATEMENT = Formatting.fit(Formatting.indent(), { options: {}, moves: [{ tabs: 1, lines: 2 }] });
/** The first token of the file. */
const START = Formatting.newLines(0);

const INDENT = '    ';
const OPTIONS: FormattingOptions = { tabSize: 4, insertSpaces: true };

function isKeyword(node: CstNode, value: string): boolean {
    return GrammarAST.isKeyword(node.grammarSource) && node.grammarSource.value === value;
}

/**
 * The CST pieces that belong to `node` itself, in order: its leaves (keywords, names,
 * the segments of qualified references, comments) and the composites of its child
 * elements, which format themselves.
 */
function ownPieces(cst: CstNode, node: AstNode, pieces: CstNode[] = []): CstNode[] {
    if (isCompositeCstNode(cst)) {
        for (const child of cst.content) {
            if (isCompositeCstNode(child) && child.astNode !== node) pieces.push(child);
            else ownPieces(child, node, pieces);
        }
    } else {
        pieces.push(cst);
    }
    return pieces;
}

export class KinerjaFormatter extends AbstractFormatter {
    private readonly statements: { keywords: Set<string>; types: Set<string> };

    constructor(services: LangiumCoreServices) {
        super();
        this.statements = blockStatements(services.Grammar);
    }

    protected override doDocumentFormat(document: LangiumDocument, _options: FormattingOptions, range?: Range): TextEdit[] {
        const edits = super.doDocumentFormat(document, OPTIONS, range);
        if (!range) {
            const end = this.finalLineBreak(document);
            if (end) edits.push(end);
        }
        return edits;
    }

    /** The file ends with exactly one line break after its last token or comment. */
    private finalLineBreak(document: LangiumDocument): TextEdit | undefined {
        const root = document.parseResult.value.$cstNode;
        const text = document.textDocument.getText();
        let last: CstNode | undefined;
        for (const leaf of CstUtils.streamCst(root!)) if (isLeafCstNode(leaf)) last = leaf;
        if (!last || text.slice(last.end) === '\n') return undefined;
        const textDocument = document.textDocument;
        return { range: { start: textDocument.positionAt(last.end), end: textDocument.positionAt(text.length) }, newText: '\n' };
    }

    protected format(node: AstNode): void {
        const cst = node.$cstNode;
        if (!cst) return;
        const formatter = this.getNodeFormatter(node);
        const pieces = ownPieces(cst, node);
        if (isModel(node)) {
            let first = true;
            for (const piece of pieces) {
                formatter.cst([piece]).prepend(first && !piece.hidden ? START : LINE);
                first = false;
            }
            return;
        }
        // Quarter blocks `{ tw1 5 tw2 10 }` stay on one line.
        const inline = isTarget(node) || isRealisasi(node) || isBelanja(node);
        let inBlock = false;
        let statements = 0;
        let seenToken = false;
        let previous: CstNode | undefined;
        for (const piece of pieces) {
            let action: FormattingAction | undefined;
            if (piece.hidden) {
                // A comment on its own line inside a block is indented as a statement.
                if (inBlock && !inline) action = STATEMENT;
            } else if (!seenToken) {
                // The first token: placed by the element around this one.
                seenToken = true;
            } else if (isKeyword(piece, '{')) {
                action = Formatting.oneSpace();
                inBlock = true;
            } else if (isKeyword(piece, '}') && inBlock) {
                action = inline || statements === 0 ? Formatting.oneSpace() : Formatting.newLine();
                inBlock = false;
            } else if (inBlock && !inline && this.startsStatement(piece)) {
                action = STATEMENT;
                statements++;
            } else if (isPejabat(node) && isKeyword(piece, 'nip')) {
                // An official's NIP stands on its own line below the name, as part 1 wrote it.
                action = LINE;
            } else if (isKeyword(piece, '.') || isKeyword(piece, ',') || isKeyword(piece, '%')
                || (previous && isKeyword(previous, '.'))
                || (isValue(node) && previous && isKeyword(previous, '-'))) {
                action = Formatting.noSpace();
            } else {
                action = Formatting.oneSpace();
            }
            if (action) formatter.cst([piece]).prepend(action);
            if (!piece.hidden) previous = piece;
        }
    }

    private startsStatement(piece: CstNode): boolean {
        if (isLeafCstNode(piece)) return GrammarAST.isKeyword(piece.grammarSource) && this.statements.keywords.has(piece.grammarSource.value);
        return this.statements.types.has(piece.astNode.$type) && !isQuarterValue(piece.astNode);
    }

    /**
     * A token that would join the previous line but follows a comment ending that line
     * (`{ tw1 10 // note` ⏎ `tw2 20 }`) cannot: it continues on the next line, one level in.
     */
    protected override createTextEdit(a: CstNode | undefined, b: CstNode, formatting: FormattingAction, context: FormattingContext): TextEdit[] {
        if (a?.hidden && !b.hidden && a.range.end.line < b.range.start.line && formatting.moves.every(m => m.characters !== undefined)) {
            return [{ range: { start: a.range.end, end: b.range.start }, newText: '\n' + INDENT.repeat(context.indentation + 1) }];
        }
        return super.createTextEdit(a, b, formatting, context);
    }

    /**
     * Comments: one after code on the same line stays as it is; one on its own line gets the
     * line breaks of its formatting (at most one blank line, none at the start of the file)
     * and the indentation of its level, its further lines shifted alike.
     */
    protected override createHiddenTextEdits(previous: CstNode | undefined, hidden: CstNode, formatting: FormattingAction | undefined, context: FormattingContext): TextEdit[] {
        const start = hidden.range.start;
        const document = context.document;
        // A line comment's token runs to the end of the line: trailing blanks are its own.
        const trailing = /[ \t]+$/.exec(hidden.text)?.[0].length ?? 0;
        const trim: TextEdit[] = trailing
            ? [{ range: { start: document.positionAt(hidden.end - trailing), end: hidden.range.end }, newText: '' }]
            : [];
        if (previous && previous.range.end.line === start.line) return trim;
        const before: Range = { start: previous?.range.end ?? { line: 0, character: 0 }, end: start };
        const existingLines = before.end.line - before.start.line;
        const move = this.findFittingMove(before, formatting?.moves ?? [], context);
        const maxLines = formatting ? Math.max(...formatting.moves.map(m => m.lines ?? 1)) : 2;
        const lines = previous ? Math.min(Math.max(existingLines, 1), maxLines) : 0;
        const indentation = context.indentation + (move?.tabs ?? 0);
        const edits: TextEdit[] = [{ range: before, newText: '\n'.repeat(lines) + INDENT.repeat(indentation) }];
        // Further lines of a block comment move with its first line.
        const shift = indentation * INDENT.length - document.getText({ start: { line: start.line, character: 0 }, end: start }).replace(/\t/g, INDENT).length;
        const commentLines = hidden.text.split('\n');
        for (let i = 1; i < commentLines.length && shift !== 0; i++) {
            const line = start.line + i;
            if (shift > 0) {
                if (commentLines[i].trim()) edits.push({ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: ' '.repeat(shift) });
            } else {
                const blank = /^[ \t]*/.exec(commentLines[i])![0].length;
                const remove = Math.min(blank, -shift);
                if (remove) edits.push({ range: { start: { line, character: 0 }, end: { line, character: remove } }, newText: '' });
            }
        }
        return [...edits, ...trim];
    }
}
