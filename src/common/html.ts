/**
 * The one HTML escaper: for element content and double-quoted attribute values, in HTML
 * and inline SVG alike (the HTML report, the markdown report's `<summary>`, the editor's
 * report preview). `escape-html` replaces & < > " and '.
 */
import escapeHtmlText from 'escape-html';

export function escapeHtml(text: string | number | null | undefined): string {
    return text === null || text === undefined ? '' : escapeHtmlText(String(text));
}
