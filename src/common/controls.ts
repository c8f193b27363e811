/**
 * Control characters in text read from `.kinerja` files and file names, made visible or
 * harmless wherever kinerja prints them.
 *
 * A name may hold anything a string literal holds: an escape sequence that clears the
 * terminal and prints a fake "0 kesalahan", a carriage return that overwrites the line,
 * or a bidirectional control that shows the text in another order than it is read.
 * Text output (findings, the summary, messages on stderr, GitHub annotations) shows each
 * of them as a JSON-style escape, `\u001b`, so it is visible and cannot act:
 *
 * - C0 controls U+0000–U+001F (all of them: tab and line feed too, inside a quoted text);
 * - DEL U+007F and the C1 controls U+0080–U+009F (U+009B is a one-character CSI);
 * - the bidirectional controls U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C;
 * - the line and paragraph separators U+2028, U+2029.
 */

const CONTROL_CLASS = '\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';

/** Every character visibleControls escapes. */
const CONTROLS = new RegExp(`[${CONTROL_CLASS}]`, 'g');

/** The same without the C0 controls, which JSON.stringify already escapes. */
const NON_JSON_CONTROLS = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The same without tab, line feed and carriage return before a line feed: a terminal's layout. */
const TERMINAL_CONTROLS = new RegExp(`\\r(?!\\n)|[${CONTROL_CLASS.replace('\\u0000-\\u001f', '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f')}]`, 'g');

function escapeOne(c: string): string {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** `a\u001b[2Jb` for a text holding ESC: every control (above) as a visible escape. */
export function visibleControls(text: string): string {
    return text.replace(CONTROLS, escapeOne);
}

/**
 * A whole text output for a terminal: its line breaks and tabs kept, every other
 * control (a lone carriage return too) made visible.
 */
export function terminalSafe(text: string): string {
    return text.replace(TERMINAL_CONTROLS, escapeOne);
}

/**
 * JSON text with the controls JSON.stringify leaves as they are (DEL, C1, bidirectional,
 * line separators) written as `\uXXXX` escapes. They can only stand inside strings, so
 * the JSON means the same, but printed to a terminal it cannot act on it.
 */
export function escapeJsonControls(json: string): string {
    return json.replace(NON_JSON_CONTROLS, escapeOne);
}
