/**
 * Diagnostics published with the version of the text they were computed from (LSP
 * `PublishDiagnosticsParams.version`), so that a client — or the benchmark's typing
 * session — can tell the findings of the latest text from those of an earlier one that
 * a build published while the next edit was already on its way.
 *
 * The version is read at the moment the document's text is read for parsing
 * (`getUpdatedText`), from the same text document; Langium's diagnostics handler then
 * publishes through `connection.sendDiagnostics`, which adds it. Documents that are not
 * open in the editor have no version.
 */
import { DefaultLangiumDocumentFactory, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { Cancellation } from 'langium';
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

const parsedVersions = new WeakMap<LangiumDocument, number>();

/** The version of the open text a document was last parsed from, or undefined. */
export function parsedVersion(document: LangiumDocument): number | undefined {
    return parsedVersions.get(document);
}

export class VersionedDocumentFactory extends DefaultLangiumDocumentFactory {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    protected override async getUpdatedText(document: LangiumDocument, textDocument: TextDocument | undefined, cancellationToken: Cancellation.CancellationToken): Promise<string> {
        if (textDocument) {
            // Read together, before any await: the text and its version.
            parsedVersions.set(document, textDocument.version);
            return textDocument.getText();
        }
        parsedVersions.delete(document);
        return super.getUpdatedText(document, textDocument, cancellationToken);
    }
}

/** Adds the parsed version to every diagnostics notification of `connection`. */
export function publishWithVersions(connection: Connection, documentOf: (uri: string) => LangiumDocument | undefined): void {
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = params => {
        const document = params.version === undefined ? documentOf(params.uri) : undefined;
        const version = document ? parsedVersion(document) : undefined;
        return send(version === undefined ? params : { ...params, version });
    };
}
