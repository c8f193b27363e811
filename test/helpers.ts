/**
 * Test helpers: build an in-memory workspace of several `.kinerja` files through the
 * real language services and read back findings with code, severity and 1-based
 * line/column, as users see them.
 */
import { URI, type LangiumDocument } from 'langium';
import { EmptyFileSystem } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { createKinerjaServices, type KinerjaServices } from '../src/lsp/kinerja-module.js';
import { toFinding, type Finding as BaseFinding } from '../src/validation/finding.js';
import type { KinerjaConfig, Language } from '../src/engine/config.js';
import type { CascadeItem } from '../src/lsp/protocol.js';
import { EmptyFileSystemOnNode } from '../src/validation/node-host.js';

export interface Finding extends BaseFinding {
    diagnostic: Diagnostic;
}

export interface TestWorkspace {
    services: KinerjaServices;
    documents: Map<string, LangiumDocument>;
    findings: Finding[];
}


export function uriOf(name: string): URI {
    return URI.parse(`memory:///ws/${name}`);
}

/** Builds the files (name → text) as one workspace, with validation. */
export async function buildWorkspace(files: Record<string, string>, options: { lang?: Language; config?: Partial<KinerjaConfig> } = {}): Promise<TestWorkspace> {
    const services = createKinerjaServices(EmptyFileSystemOnNode).Kinerja;
    services.kinerja.Settings.language = options.lang;
    services.kinerja.Settings.overrides = options.config ?? {};
    const shared = services.shared.workspace;
    const documents = new Map<string, LangiumDocument>();
    for (const [name, text] of Object.entries(files)) {
        const document = shared.LangiumDocumentFactory.fromString(text, uriOf(name));
        shared.LangiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    await shared.DocumentBuilder.build([...documents.values()], { validation: true });
    return { services, documents, findings: findingsOf(documents) };
}

export function findingsOf(documents: Map<string, LangiumDocument>): Finding[] {
    const findings: Finding[] = [];
    for (const [file, document] of documents) {
        for (const d of document.diagnostics ?? []) {
            findings.push({ ...toFinding(file, d), diagnostic: d });
        }
    }
    return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** `file:line:col severity code` of each finding, for compact assertions. */
export function summarise(findings: Finding[], code?: string): string[] {
    return findings.filter(f => !code || f.code === code).map(f => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code}`);
}

/**
 * A minimal valid agency around the given body lines (indented inside `instansi`),
 * with a pemda in its own file. Lines of `body` start at line 5 of `opd.kinerja`.
 */
export function agency(body: string): Record<string, string> {
    return {
        'pemda.kinerja': [
            'pemda Kab "Pemerintah Kabupaten Contoh" {',
            '    periode 2021 - 2026',
            '    tujuan T1 "Tujuan daerah"',
            '    sasaran S1 "Sasaran daerah" mendukung T1',
            '}'
        ].join('\n'),
        'opd.kinerja': [
            'instansi Opd "Dinas Contoh" {',
            '    pemda Kab',
            '    periode 2021 - 2026',
            '    jabatan Kadis "Kepala Dinas" eselon II',
            body,
            '}'
        ].join('\n')
    };
}

/** Replaces a file's text as the editor does (a new text document version), then updates. */
export async function editFile(ws: TestWorkspace, name: string, text: string): Promise<void> {
    const { TextDocument } = await import('vscode-languageserver-textdocument');
    const uri = uriOf(name);
    const previous = ws.services.shared.workspace.TextDocuments?.get(uri.toString());
    ws.services.shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'kinerja', (previous?.version ?? 0) + 1, text));
    if (!ws.documents.has(name)) {
        ws.documents.set(name, ws.services.shared.workspace.LangiumDocumentFactory.fromString(text, uri));
        ws.services.shared.workspace.LangiumDocuments.addDocument(ws.documents.get(name)!);
    }
    await ws.services.shared.workspace.DocumentBuilder.update([uri], []);
    ws.documents.set(name, ws.services.shared.workspace.LangiumDocuments.getDocument(uri)!);
    ws.findings = findingsOf(ws.documents);
}

/** Removes a file from the workspace, as when it is deleted on disk. */
export async function deleteFile(ws: TestWorkspace, name: string): Promise<void> {
    ws.documents.delete(name);
    await ws.services.shared.workspace.DocumentBuilder.update([], [uriOf(name)]);
    ws.findings = findingsOf(ws.documents);
}

/** The item of a Pohon Kinerja tree (kinerja/cascadeTree) with this id, at any depth. */
export function findCascadeItem(items: readonly CascadeItem[], id: string): CascadeItem | undefined {
    for (const item of items) {
        if (item.id === id) return item;
        const inner = findCascadeItem(item.children, id);
        if (inner) return inner;
    }
    return undefined;
}
