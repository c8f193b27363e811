/**
 * Where JSON text stops being JSON (RFC 8259), for a message that names the line, the
 * column and what stands there: JSON.parse says it in English only, and for an
 * unexpected character not where. Iterative, so deep nesting cannot overflow the stack.
 */

/** The offset of the first character that cannot continue the JSON (text.length: it ends too early), or undefined when it is valid. */
export function jsonErrorOffset(text: string): number | undefined {
    const n = text.length;
    const stack: string[] = [];
    let i = 0;
    let mode: 'value' | 'first-value' | 'key' | 'first-key' | 'after' = 'value';
    const skipSpace = () => {
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
            i++;
        }
    };
    /** A string at `i` (a quote); false where it breaks, `i` at the break. */
    const string = (): boolean => {
        i++;
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return true;
            }
            if (c < 0x20) return false;
            if (c === 0x5c) {
                const e = text[i + 1];
                if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
                else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
                else {
                    i++;
                    return false;
                }
                continue;
            }
            i++;
        }
        return false;
    };
    const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    for (;;) {
        skipSpace();
        if (i >= n) return mode === 'after' && stack.length === 0 ? undefined : n;
        const c = text[i];
        if (mode === 'after') {
            const top = stack[stack.length - 1];
            if (top === undefined) return i;
            if (c === ',') {
                i++;
                mode = top === '{' ? 'key' : 'value';
            } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
                i++;
                stack.pop();
            } else {
                return i;
            }
        } else if (mode === 'key' || mode === 'first-key') {
            if (mode === 'first-key' && c === '}') {
                i++;
                stack.pop();
                mode = 'after';
                continue;
            }
            if (c !== '"' || !string()) return i;
            skipSpace();
            if (i >= n) return n;
            if (text[i] !== ':') return i;
            i++;
            mode = 'value';
        } else {
            if (mode === 'first-value' && c === ']') {
                i++;
                stack.pop();
                mode = 'after';
                continue;
            }
            if (c === '{' || c === '[') {
                stack.push(c);
                i++;
                mode = c === '{' ? 'first-key' : 'first-value';
                continue;
            }
            mode = 'after';
            if (c === '"') {
                if (!string()) return i;
            } else if (c === '-' || (c >= '0' && c <= '9')) {
                NUMBER.lastIndex = i;
                const m = NUMBER.exec(text);
                if (!m) return i + 1;
                i += m[0].length;
            } else {
                const literal = ['true', 'false', 'null'].find(l => text.startsWith(l, i));
                if (!literal) return i;
                i += literal.length;
            }
        }
    }
}

/** Line and column (from 1) of an offset; a column counts characters (code points). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
    let line = 1;
    let start = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
    }
    return { line, column: [...text.slice(start, offset)].length + 1 };
}
