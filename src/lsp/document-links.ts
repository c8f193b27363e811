/**
 * Document links: the place a `bukti` (evidence) points to, so that Ctrl/Cmd+click opens
 * it: a path is resolved against the folder of the file that states it (as the
 * `evidence-not-found` finding reads it), an `http`/`https` address is kept as it is.
 * Other schemes (`javascript:`, `data:` …) get no link.
 */
import { AstUtils, GrammarUtils, UriUtils, URI, type LangiumDocument } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import { isBukti } from '../language/generated/ast.js';
import { lspMessage } from './messages.js';
import type { KinerjaServices } from './kinerja-module.js';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WEB = /^https?:\/\/\S+$/i;
/** A Windows drive path (`C:\…`) is a path, not a scheme. */
const DRIVE = /^[a-z]:[\\/]/i;

/** Where an evidence location written in the file at `base` points, or undefined. */
export function evidenceTarget(base: URI, location: string): string | undefined {
    const text = location.trim();
    if (!text) return undefined;
    if (WEB.test(text)) return text;
    if (SCHEME.test(text) && !DRIVE.test(text)) return undefined;
    if (text.startsWith('/') || DRIVE.test(text)) return base.scheme === 'file' ? URI.file(text).toString() : undefined;
    return UriUtils.resolvePath(UriUtils.dirname(base), ...text.split(/[\\/]+/).filter(Boolean)).toString();
}

export class KinerjaDocumentLinkProvider implements DocumentLinkProvider {
    constructor(private readonly services: KinerjaServices) {}

    getDocumentLinks(document: LangiumDocument, _params: DocumentLinkParams): DocumentLink[] {
        const settings = this.services.kinerja.Settings;
        const language = settings.languageFor(settings.configFor(document.uri));
        const links: DocumentLink[] = [];
        for (const bukti of AstUtils.streamAllContents(document.parseResult.value).filter(isBukti)) {
            const cst = bukti.$cstNode && bukti.location !== undefined ? GrammarUtils.findNodeForProperty(bukti.$cstNode, 'location') : undefined;
            const target = cst ? evidenceTarget(document.uri, bukti.location) : undefined;
            if (!cst || !target) continue;
            // Inside the quotes.
            const { start, end } = cst.range;
            const range = end.line === start.line && end.character - start.character >= 2
                ? { start: { line: start.line, character: start.character + 1 }, end: { line: end.line, character: end.character - 1 } }
                : cst.range;
            links.push({ range, target, tooltip: lspMessage(language, 'link.evidence', { title: bukti.title ?? '' }) });
        }
        return links;
    }
}
