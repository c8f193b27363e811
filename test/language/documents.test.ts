/**
 * The document collection keeps its list of all documents between changes
 * (src/language/kinerja-documents.ts): the list must follow every addition and deletion.
 */
import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { createKinerjaServices } from '../../src/lsp/kinerja-module.js';
import { EmptyFileSystemOnNode } from '../../src/validation/node-host.js';

describe('the list of all documents', () => {
    it('follows additions, deletions and folder deletions, in the trie\'s order', async () => {
        const shared = createKinerjaServices(EmptyFileSystemOnNode).shared;
        const documents = shared.workspace.LangiumDocuments;
        const factory = shared.workspace.LangiumDocumentFactory;
        const add = (path: string) => documents.addDocument(factory.fromString('', URI.parse(`memory:///ws/${path}`)));
        const paths = () => documents.all.map(d => d.uri.path).toArray();

        add('b/dua.kinerja');
        add('a/satu.kinerja');
        expect(paths()).toEqual(['/ws/b/dua.kinerja', '/ws/a/satu.kinerja']);
        add('b/tiga.kinerja');
        expect(paths()).toEqual(['/ws/b/dua.kinerja', '/ws/b/tiga.kinerja', '/ws/a/satu.kinerja']);
        documents.deleteDocument(URI.parse('memory:///ws/b/dua.kinerja'));
        expect(paths()).toEqual(['/ws/b/tiga.kinerja', '/ws/a/satu.kinerja']);
        documents.deleteDocuments(URI.parse('memory:///ws/b'));
        expect(paths()).toEqual(['/ws/a/satu.kinerja']);
        await shared.workspace.DocumentBuilder.update([], [URI.parse('memory:///ws/a/satu.kinerja')]);
        expect(paths()).toEqual([]);
        add('c/empat.kinerja');
        expect(paths()).toEqual(['/ws/c/empat.kinerja']);
    });
});
