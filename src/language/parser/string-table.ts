/**
 * One string per distinct text for the names and numbers the fast parser reads: a
 * workspace writes the same numbers and names over and over (M: 241 000 numbers, 7 000
 * distinct), and each occurrence cut out of the file was a string of its own to
 * allocate, keep and hash again in every lookup by text.
 *
 * An open-addressing table keyed by a hash of the characters; it starts over when it is
 * half full, so an editor session that reads many files keeps it bounded. It keeps only
 * texts shorter than 13 characters: V8 cuts longer ones out of a file as slices that
 * point to the whole text, and a table entry (or an AST reusing it after an edit) would
 * keep an old version of the file alive. Longer texts are cut out as before.
 */
const SIZE = 1 << 17;
/** V8's SlicedString::kMinLength: shorter substrings are copies. */
const MAX_LENGTH = 12;

export class StringTable {
    private slots: Array<string | undefined> = new Array(SIZE);
    private used = 0;

    /** `text.slice(start, end)`; the same string object each time the same (short) characters come. */
    intern(text: string, start: number, end: number): string {
        const length = end - start;
        if (length > MAX_LENGTH) return text.slice(start, end);
        let h = length;
        for (let k = start; k < end; k++) h = (h * 31 + text.charCodeAt(k)) & (SIZE - 1);
        const slots = this.slots;
        for (;;) {
            const found = slots[h];
            if (found === undefined) break;
            if (found.length === length && text.startsWith(found, start)) return found;
            h = (h + 1) & (SIZE - 1);
        }
        if (this.used >= SIZE / 2) {
            this.slots = new Array(SIZE);
            this.used = 0;
            return this.intern(text, start, end);
        }
        const value = text.slice(start, end);
        slots[h] = value;
        this.used++;
        return value;
    }
}
