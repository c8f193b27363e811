/**
 * Shape checks for LSP results, as a client reads them: positions inside the documents
 * they name, non-empty symbol names, semantic token data in groups of five, text edits
 * that do not overlap. Each check returns the problems it found (empty when the result
 * is well formed), so a sweep over thousands of requests can report them together.
 */

/** The text of each document a result may point into, by URI. */
export type Texts = (uri: string) => string | undefined;

type Problems = string[];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isUint = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function lineLengths(text: string): number[] {
    return text.split(/\r?\n/).map(l => l.length);
}

export class ShapeChecker {
    private readonly lines = new Map<string, number[]>();

    constructor(private readonly texts: Texts) {}

    private linesOf(uri: string): number[] | undefined {
        let lines = this.lines.get(uri);
        if (!lines) {
            const text = this.texts(uri);
            if (text === undefined) return undefined;
            lines = lineLengths(text);
            this.lines.set(uri, lines);
        }
        return lines;
    }

    /** Forgets cached line lengths (after a document changed). */
    reset(): void {
        this.lines.clear();
    }

    position(p: unknown, uri: string, what: string, problems: Problems): void {
        if (!isObject(p) || !isUint(p.line) || !isUint(p.character)) {
            problems.push(`${what}: not a position: ${JSON.stringify(p)}`);
            return;
        }
        const lines = this.linesOf(uri);
        if (!lines) return;
        if (p.line >= lines.length || p.character > lines[p.line]) {
            problems.push(`${what}: ${p.line}:${p.character} is outside ${uri}`);
        }
    }

    range(r: unknown, uri: string, what: string, problems: Problems): void {
        if (!isObject(r)) {
            problems.push(`${what}: not a range: ${JSON.stringify(r)}`);
            return;
        }
        this.position(r.start, uri, `${what}.start`, problems);
        this.position(r.end, uri, `${what}.end`, problems);
        if (isObject(r.start) && isObject(r.end) && before(r.end, r.start)) problems.push(`${what}: ends before it starts`);
    }

    private textEdits(edits: unknown, uri: string, what: string, problems: Problems): void {
        if (!Array.isArray(edits)) {
            problems.push(`${what}: not an array of text edits`);
            return;
        }
        edits.forEach((e, i) => {
            if (!isObject(e) || typeof e.newText !== 'string') problems.push(`${what}[${i}]: not a text edit`);
            else this.range(e.range, uri, `${what}[${i}].range`, problems);
        });
        // Clients reject overlapping edits in one document.
        const ranges = edits.filter(isObject).map(e => e.range).filter(isObject)
            .sort((a, b) => compare(a.start, b.start) || compare(a.end, b.end));
        for (let i = 1; i < ranges.length; i++) {
            if (before(ranges[i].start, ranges[i - 1].end)) problems.push(`${what}: overlapping edits ${JSON.stringify(ranges[i - 1])} and ${JSON.stringify(ranges[i])}`);
        }
    }

    workspaceEdit(edit: unknown, what: string, problems: Problems): void {
        if (!isObject(edit)) {
            problems.push(`${what}: not a workspace edit`);
            return;
        }
        if (edit.changes !== undefined) {
            if (!isObject(edit.changes)) problems.push(`${what}.changes: not a map`);
            else for (const [uri, edits] of Object.entries(edit.changes)) this.textEdits(edits, uri, `${what}.changes[${uri}]`, problems);
        }
        if (edit.documentChanges !== undefined && !Array.isArray(edit.documentChanges)) problems.push(`${what}.documentChanges: not an array`);
    }

    private command(c: unknown, what: string, problems: Problems): void {
        if (!isObject(c) || typeof c.title !== 'string' || typeof c.command !== 'string') problems.push(`${what}: not a command: ${JSON.stringify(c)}`);
    }

    /** Checks the result of `request` (an LSP method name) on the document at `uri`. */
    check(request: string, result: unknown, uri: string): Problems {
        const problems: Problems = [];
        const what = request;
        // Every request may answer "nothing".
        if (result === undefined || result === null) return problems;
        const list = (f: (item: unknown, i: number) => void) => {
            if (!Array.isArray(result)) problems.push(`${what}: not an array: ${JSON.stringify(result).slice(0, 200)}`);
            else result.forEach(f);
        };
        switch (request) {
            case 'textDocument/completion': {
                const items = Array.isArray(result) ? result : isObject(result) && Array.isArray(result.items) ? result.items : undefined;
                if (!items) { problems.push(`${what}: neither a list nor an array`); break; }
                items.forEach((item: unknown, i: number) => {
                    if (!isObject(item) || typeof item.label !== 'string' || !item.label) problems.push(`${what}[${i}]: no label: ${JSON.stringify(item)}`);
                    else if (isObject(item.textEdit)) {
                        const edit = item.textEdit;
                        if ('range' in edit) this.range(edit.range, uri, `${what}[${i}].textEdit`, problems);
                        else { this.range(edit.insert, uri, `${what}[${i}].insert`, problems); this.range(edit.replace, uri, `${what}[${i}].replace`, problems); }
                    }
                });
                break;
            }
            case 'textDocument/hover': {
                if (!isObject(result)) { problems.push(`${what}: not a hover`); break; }
                const c = result.contents;
                const ok = typeof c === 'string' || (isObject(c) && typeof c.value === 'string') || Array.isArray(c);
                if (!ok) problems.push(`${what}: contents are not markup: ${JSON.stringify(c)}`);
                if (result.range !== undefined) this.range(result.range, uri, `${what}.range`, problems);
                break;
            }
            case 'textDocument/definition':
                list((l, i) => {
                    if (!isObject(l)) { problems.push(`${what}[${i}]: not a location`); return; }
                    if (typeof l.targetUri === 'string') {
                        this.range(l.targetRange, l.targetUri, `${what}[${i}].targetRange`, problems);
                        this.range(l.targetSelectionRange, l.targetUri, `${what}[${i}].targetSelectionRange`, problems);
                        if (l.originSelectionRange !== undefined) this.range(l.originSelectionRange, uri, `${what}[${i}].originSelectionRange`, problems);
                    } else if (typeof l.uri === 'string') this.range(l.range, l.uri, `${what}[${i}].range`, problems);
                    else problems.push(`${what}[${i}]: no uri`);
                });
                break;
            case 'textDocument/references':
                list((l, i) => {
                    if (!isObject(l) || typeof l.uri !== 'string') problems.push(`${what}[${i}]: not a location`);
                    else this.range(l.range, l.uri, `${what}[${i}].range`, problems);
                });
                break;
            case 'textDocument/documentHighlight':
                list((h, i) => {
                    if (!isObject(h)) problems.push(`${what}[${i}]: not a highlight`);
                    else this.range(h.range, uri, `${what}[${i}].range`, problems);
                });
                break;
            case 'textDocument/prepareRename':
                if (!isObject(result)) problems.push(`${what}: not a range`);
                else if ('start' in result) this.range(result, uri, what, problems);
                else if ('range' in result) this.range(result.range, uri, `${what}.range`, problems);
                else if (!('defaultBehavior' in result)) problems.push(`${what}: unknown answer ${JSON.stringify(result)}`);
                break;
            case 'textDocument/rename':
            case 'workspace/edit':
                this.workspaceEdit(result, what, problems);
                break;
            case 'textDocument/prepareTypeHierarchy':
            case 'typeHierarchy/supertypes':
            case 'typeHierarchy/subtypes':
                list((item, i) => {
                    if (!isObject(item) || typeof item.name !== 'string' || !item.name || !isUint(item.kind) || typeof item.uri !== 'string') {
                        problems.push(`${what}[${i}]: not a type hierarchy item: ${JSON.stringify(item)}`);
                        return;
                    }
                    this.range(item.range, item.uri, `${what}[${i}].range`, problems);
                    this.range(item.selectionRange, item.uri, `${what}[${i}].selectionRange`, problems);
                    if (isObject(item.range) && isObject(item.selectionRange) && !contains(item.range, item.selectionRange)) {
                        problems.push(`${what}[${i}]: selectionRange outside range`);
                    }
                });
                break;
            case 'textDocument/documentSymbol': {
                const symbol = (s: unknown, path: string) => {
                    if (!isObject(s) || typeof s.name !== 'string' || !s.name.trim() || !isUint(s.kind)) {
                        problems.push(`${path}: not a symbol (clients reject empty names): ${JSON.stringify(s)?.slice(0, 200)}`);
                        return;
                    }
                    if ('location' in s) return;
                    this.range(s.range, uri, `${path}.range`, problems);
                    this.range(s.selectionRange, uri, `${path}.selectionRange`, problems);
                    if (isObject(s.range) && isObject(s.selectionRange) && !contains(s.range, s.selectionRange)) {
                        problems.push(`${path}: selectionRange outside range`);
                    }
                    if (s.children !== undefined) {
                        if (!Array.isArray(s.children)) problems.push(`${path}.children: not an array`);
                        else s.children.forEach((c, i) => symbol(c, `${path}.${s.name}[${i}]`));
                    }
                };
                list((s, i) => symbol(s, `${what}[${i}]`));
                break;
            }
            case 'textDocument/foldingRange': {
                const lines = this.linesOf(uri)?.length ?? Infinity;
                list((f, i) => {
                    if (!isObject(f) || !isUint(f.startLine) || !isUint(f.endLine) || f.endLine < f.startLine || f.endLine >= lines) {
                        problems.push(`${what}[${i}]: not a folding range: ${JSON.stringify(f)}`);
                    }
                });
                break;
            }
            case 'textDocument/semanticTokens/full':
            case 'textDocument/semanticTokens/range': {
                if (!isObject(result) || !Array.isArray(result.data)) { problems.push(`${what}: no data`); break; }
                const data = result.data as unknown[];
                if (data.length % 5 !== 0) problems.push(`${what}: ${data.length} numbers, not groups of five`);
                if (!data.every(isUint)) { problems.push(`${what}: data holds something else than non-negative integers`); break; }
                const lines = this.linesOf(uri);
                let line = 0;
                let character = 0;
                for (let i = 0; i + 4 < data.length; i += 5) {
                    const [dl, dc, length] = data.slice(i, i + 3) as number[];
                    line += dl;
                    character = dl === 0 ? character + dc : dc;
                    if (lines && (line >= lines.length || character + length > lines[line])) {
                        problems.push(`${what}: token ${i / 5} at ${line}:${character}+${length} is outside the line`);
                        break;
                    }
                }
                break;
            }
            case 'textDocument/inlayHint':
                list((h, i) => {
                    if (!isObject(h) || !(typeof h.label === 'string' || Array.isArray(h.label))) problems.push(`${what}[${i}]: not an inlay hint`);
                    else this.position(h.position, uri, `${what}[${i}].position`, problems);
                });
                break;
            case 'textDocument/codeLens':
                list((l, i) => {
                    if (!isObject(l)) { problems.push(`${what}[${i}]: not a code lens`); return; }
                    this.range(l.range, uri, `${what}[${i}].range`, problems);
                    if (l.command !== undefined) this.command(l.command, `${what}[${i}].command`, problems);
                });
                break;
            case 'textDocument/codeAction':
                list((a, i) => {
                    if (!isObject(a) || typeof a.title !== 'string' || !a.title) { problems.push(`${what}[${i}]: no title`); return; }
                    if (typeof a.command === 'string') return;
                    if (a.edit !== undefined) this.workspaceEdit(a.edit, `${what}[${i}].edit`, problems);
                    if (a.command !== undefined) this.command(a.command, `${what}[${i}].command`, problems);
                });
                break;
            case 'textDocument/formatting':
            case 'textDocument/rangeFormatting':
            case 'textDocument/onTypeFormatting':
                this.textEdits(result, uri, what, problems);
                break;
            case 'workspace/symbol':
                list((s, i) => {
                    if (!isObject(s) || typeof s.name !== 'string' || !s.name || !isUint(s.kind) || !isObject(s.location)) problems.push(`${what}[${i}]: not a symbol`);
                });
                break;
            default:
                problems.push(`${what}: no shape check for this request`);
        }
        return problems;
    }
}

type Pos = { line: number; character: number };
const compare = (a: unknown, b: unknown) => {
    const p = a as Pos, q = b as Pos;
    return p.line - q.line || p.character - q.character;
};
const before = (a: unknown, b: unknown) => compare(a, b) < 0;
function contains(outer: Record<string, unknown>, inner: Record<string, unknown>): boolean {
    return !before(inner.start, outer.start) && !before(outer.end, inner.end);
}
