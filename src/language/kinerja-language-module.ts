/**
 * The language layer's services: the parser with its fast path (parser/), the lexer,
 * scoping, linking, the index and the document list, over Langium's core defaults. They
 * read text and names only; what the files mean (engine) and what is wrong with them
 * (validation) come in later layers, which src/validation/kinerja-core-module.ts puts
 * together with these.
 */
import type { LangiumCoreServices, LangiumSharedCoreServices, Module, PartialLangiumCoreServices, PartialLangiumSharedCoreServices } from 'langium';
import { KinerjaAstNodeDescriptionProvider } from './kinerja-descriptions.js';
import { KinerjaLangiumDocuments } from './kinerja-documents.js';
import { KinerjaIndexManager } from './kinerja-index-manager.js';
import { KinerjaLinker } from './kinerja-linker.js';
import { KinerjaScopeComputation, KinerjaScopeProvider } from './kinerja-scope.js';
import { createKinerjaParser } from './parser/kinerja-parser.js';
import { LazyLexer } from './parser/lazy-lexer.js';
import { KinerjaTokenBuilder } from './parser/token-builder.js';
import { createLimitedCompletionParser } from './parser/syntax-limit.js';

export const KinerjaLanguageModule: Module<LangiumCoreServices, PartialLangiumCoreServices> = {
    parser: {
        Lexer: (services) => new LazyLexer(services),
        TokenBuilder: () => new KinerjaTokenBuilder(),
        CompletionParser: (services) => createLimitedCompletionParser(services),
        LangiumParser: (services) => createKinerjaParser(services)
    },
    references: {
        ScopeComputation: (services) => new KinerjaScopeComputation(services),
        ScopeProvider: (services) => new KinerjaScopeProvider(services),
        Linker: (services) => new KinerjaLinker(services)
    },
    workspace: {
        AstNodeDescriptionProvider: (services) => new KinerjaAstNodeDescriptionProvider(services)
    }
};

export const KinerjaSharedLanguageModule: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {
    workspace: {
        LangiumDocuments: (shared) => new KinerjaLangiumDocuments(shared),
        IndexManager: (shared) => new KinerjaIndexManager(shared)
    }
};
