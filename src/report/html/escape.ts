/**
 * Escaping for the HTML report. Every piece of user text (names, titles, codes, ids,
 * anything read from .kinerja files) and every catalogue text goes through `esc`, in
 * element content and in attribute values alike (attributes are always double-quoted),
 * including inside inline SVG: the project's one HTML escaper (src/common/html.ts).
 */
export { escapeHtml as esc } from '../../common/html.js';

/**
 * A fragment identifier built from an id: letters, digits, `_` and `-` kept, anything
 * else replaced, so anchors never carry markup even before escaping.
 */
export function anchor(prefix: string, id: string): string {
    return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
