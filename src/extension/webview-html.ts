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
import { randomBytes } from 'node:crypto';

export function makeNonce(): string {
    return randomBytes(18).toString('base64').replace(/[+/=]/g, '');
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

export const escapeAttr = (text: string) => text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Makes a report document safe for the webview: removes scripts, event handler
 * attributes, remote references and earlier CSP tags, gives every <style> the nonce, and
 * adds the CSP and the preview's own script.
 */
export function secureReportHtml(html: string, nonce: string, focus?: string): string {
    let doc = html
        .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
        .replace(/<script\b[^>]*\/?>/gi, '')
        .replace(/<meta\s+http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi, '')
        .replace(/<(link|base|iframe|object|embed)\b[^>]*>/gi, '')
        .replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
        .replace(/<style\b([^>]*)>/gi, (_m, attrs: string) => `<style${attrs.replace(/\s+nonce\s*=\s*("[^"]*"|'[^']*'|\S+)/gi, '')} nonce="${nonce}">`);
    const head = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce)}">`
        + `<style nonce="${nonce}">html{scroll-behavior:auto}.kinerja-focus,.kinerja-focus td{outline:2px solid var(--vscode-focusBorder);background:var(--vscode-editor-findMatchHighlightBackground)}</style>`;
    const script = `<script nonce="${nonce}">(function(){`
        + 'var api=acquireVsCodeApi();var s=api.getState()||{};'
        + `var focus=${JSON.stringify(focus ?? '')};`
        + 'function find(id){if(!id)return null;var e=document.getElementById(id);if(e)return e;try{return document.querySelector(\'[data-id="\'+CSS.escape(id)+\'"],[data-node="\'+CSS.escape(id)+\'"],[data-indicator="\'+CSS.escape(id)+\'"]\');}catch(x){return null;}}'
        + 'var el=find(focus);if(el){el.classList.add("kinerja-focus");}'
        + 'if(el&&s.focused!==focus){el.scrollIntoView({block:"center"});s.focused=focus;api.setState(s);}'
        + 'else if(typeof s.y==="number"){window.scrollTo(0,s.y);}'
        + 'var t;window.addEventListener("scroll",function(){clearTimeout(t);t=setTimeout(function(){s.y=window.scrollY;api.setState(s);},50);},{passive:true});'
        + '})();</script>';
    if (/<head\b[^>]*>/i.test(doc)) doc = doc.replace(/<head\b[^>]*>/i, m => m + head);
    else if (/<html\b[^>]*>/i.test(doc)) doc = doc.replace(/<html\b[^>]*>/i, m => `${m}<head>${head}</head>`);
    else doc = `<!DOCTYPE html><html><head>${head}</head><body>${doc}</body></html>`;
    if (/<\/body\s*>/i.test(doc)) doc = doc.replace(/<\/body\s*>(?![\s\S]*<\/body)/i, `${script}</body>`);
    else doc += script;
    if (focus) doc = doc.replace(/<body\b/i, `<body data-kinerja-focus="${escapeAttr(focus)}"`);
    return doc;
}

export function periodText(year: number | null, quarter: number | null): string {
    return year === null ? '' : quarter ? `${year} tw${quarter}` : String(year);
}
