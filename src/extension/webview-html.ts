/**
 * The HTML shown in the report preview webview, made safe (no vscode import, so unit
 * tests can run it): the report is rendered by the language server from the workspace's
 * files and shown under a strict Content-Security-Policy — nothing may load
 * (`default-src 'none'`), styles only from <style> elements carrying this render's nonce
 * (plus inline style attributes, which the report's colour chips use), images only as
 * data: URIs, scripts only with the nonce. The one script is the preview's own: it keeps
 * the scroll position across live refreshes and scrolls to the node the user asked for.
 * Scripts, event handler attributes, frames, links and <base> in the report are removed.
 */
/**
 * 18 random bytes from the Web Crypto API, which both extension hosts have (Node's
 * global `crypto` and the web worker's), in base64 without +, / and =.
 */
export function makeNonce(): string {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
    return btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, '');
}

export function contentSecurityPolicy(nonce: string): string {
    return [
        "default-src 'none'",
        `style-src 'nonce-${nonce}'`,
        "style-src-attr 'unsafe-inline'",
        'img-src data:',
        `script-src 'nonce-${nonce}'`,
        "form-action 'none'",
        "base-uri 'none'"
    ].join('; ');
}

export { escapeHtml as escapeAttr } from '../common/html.js';

/**
 * Makes a report document safe for the webview: removes scripts, event handler
 * attributes, remote references and earlier CSP tags, gives every <style> the nonce, and
 * adds the CSP and the preview's own script.
 */
/**
 * @param focus what to highlight and scroll to: ids of the focused node, its indicators
 *   and its organisation's section, matched against `id`, `data-node`, `data-indicator`
 *   and `data-org` (or `org-<id>` anchors) in the report; the first one found is scrolled to.
 */
export function secureReportHtml(html: string, nonce: string, focus: string[] = []): string {
    let doc = html
        .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
        .replace(/<script\b[^>]*\/?>/gi, '')
        .replace(/<meta\s+http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi, '')
        .replace(/<(link|base|iframe|object|embed)\b[^>]*>/gi, '')
        .replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
        .replace(/<style\b([^>]*)>/gi, (_m, attrs: string) => `<style${attrs.replace(/\s+nonce\s*=\s*("[^"]*"|'[^']*'|\S+)/gi, '')} nonce="${nonce}">`);
    const head = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce)}">`
        + `<style nonce="${nonce}">tr.kinerja-focus>td,tr.kinerja-focus>th{background:var(--vscode-editor-findMatchHighlightBackground,#fff3b0)!important}`
        + '.kinerja-focus{outline:2px solid var(--vscode-focusBorder,#0078d4);outline-offset:-1px}</style>';
    // Highlights the focus, scrolls to it once per focus, else keeps the scroll position across live refreshes.
    const script = `<script nonce="${nonce}">(function(){`
        + 'var api=acquireVsCodeApi();var s=api.getState()||{};'
        + `var ids=${JSON.stringify(focus).replace(/</g, '\\u003c')};var key=ids.join(" ");var first=null;`
        + 'ids.forEach(function(id){var q=\'[data-node="\'+CSS.escape(id)+\'"],[data-indicator="\'+CSS.escape(id)+\'"]\';'
        + 'var els=[].slice.call(document.querySelectorAll(q));var byId=document.getElementById(id);if(byId)els.unshift(byId);'
        + 'els.forEach(function(e){if(e.tagName==="TR")e.classList.add("kinerja-focus");if(!first)first=e;});});'
        + 'if(first&&s.focused!==key){first.scrollIntoView({block:"center"});s.focused=key;api.setState(s);}'
        + 'else if(typeof s.y==="number"){window.scrollTo(0,s.y);}'
        + 'var t;window.addEventListener("scroll",function(){clearTimeout(t);t=setTimeout(function(){s.y=window.scrollY;api.setState(s);},50);},{passive:true});'
        + '})();</script>';
    if (/<head\b[^>]*>/i.test(doc)) doc = doc.replace(/<head\b[^>]*>/i, m => m + head);
    else if (/<html\b[^>]*>/i.test(doc)) doc = doc.replace(/<html\b[^>]*>/i, m => `${m}<head>${head}</head>`);
    else doc = `<!DOCTYPE html><html><head>${head}</head><body>${doc}</body></html>`;
    if (/<\/body\s*>/i.test(doc)) doc = doc.replace(/<\/body\s*>(?![\s\S]*<\/body)/i, `${script}</body>`);
    else doc += script;
    return doc;
}

export function periodText(year: number | null, quarter: number | null): string {
    return year === null ? '' : quarter ? `${year} tw${quarter}` : String(year);
}
