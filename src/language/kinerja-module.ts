/**
 * Dependency injection of the language services: Langium's defaults plus the kinerja
 * scoping, settings, workspace model and validation. The CLI and the language server
 * create their services through createKinerjaServices, so both load and check a
 * workspace the same way.
 */
import '../common/node20-polyfills.js';
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { KinerjaGeneratedModule, KinerjaGeneratedSharedModule } from './generated/module.js';
import { KinerjaLinker } from './kinerja-linker.js';
import { createKinerjaParser } from './kinerja-parser.js';
import { KinerjaScopeComputation, KinerjaScopeProvider } from './kinerja-scope.js';
import { KinerjaSettings } from './kinerja-settings.js';
import { KinerjaDocumentBuilder } from './kinerja-document-builder.js';
import { KinerjaLangiumDocuments } from './kinerja-documents.js';
import { KinerjaLexerErrorMessageProvider, KinerjaParserErrorMessageProvider } from './syntax-messages.js';
import { WorkspaceModelProvider } from './workspace-model-provider.js';
import { KinerjaIndexManager } from './kinerja-index-manager.js';
import { KinerjaDocumentValidator } from '../validation/references.js';
import { KinerjaAstNodeDescriptionProvider } from './kinerja-descriptions.js';
import { registerValidationChecks } from '../validation/kinerja-validator.js';
import { KinerjaCodeActionProvider } from '../lsp/code-actions.js';
import { KinerjaCodeLensProvider } from '../lsp/code-lens.js';
import { KinerjaCompletionProvider } from '../lsp/completion.js';
import { KinerjaFormatter } from '../lsp/formatter.js';
import { KinerjaHoverProvider } from '../lsp/hover.js';
import { KinerjaInlayHintProvider } from '../lsp/inlay-hints.js';
import { KinerjaRenameProvider } from '../lsp/rename.js';
import { KinerjaSemanticTokenProvider } from '../lsp/semantic-tokens.js';
import { KinerjaDocumentSymbolProvider, KinerjaFuzzyMatcher, KinerjaNodeKindProvider, KinerjaWorkspaceSymbolProvider } from '../lsp/symbols.js';
import { KinerjaTypeHierarchyProvider } from '../lsp/type-hierarchy.js';

export type KinerjaAddedServices = {
    kinerja: {
        Settings: KinerjaSettings;
        WorkspaceModel: WorkspaceModelProvider;
    };
};

export type KinerjaServices = LangiumServices & KinerjaAddedServices;

export const KinerjaModule: Module<KinerjaServices, PartialLangiumServices & KinerjaAddedServices> = {
    parser: {
        LangiumParser: (services) => createKinerjaParser(services),
        ParserErrorMessageProvider: (services) => new KinerjaParserErrorMessageProvider(services.kinerja.Settings),
        LexerErrorMessageProvider: (services) => new KinerjaLexerErrorMessageProvider(services.kinerja.Settings)
    },
    references: {
        ScopeComputation: (services) => new KinerjaScopeComputation(services),
        ScopeProvider: (services) => new KinerjaScopeProvider(services),
        Linker: (services) => new KinerjaLinker(services)
    },
    validation: {
        DocumentValidator: (services) => new KinerjaDocumentValidator(services)
    },
    workspace: {
        AstNodeDescriptionProvider: (services) => new KinerjaAstNodeDescriptionProvider(services)
    },
    lsp: {
        CodeActionProvider: (services) => new KinerjaCodeActionProvider(services),
        CompletionProvider: (services) => new KinerjaCompletionProvider(services),
        HoverProvider: (services) => new KinerjaHoverProvider(services),
        InlayHintProvider: (services) => new KinerjaInlayHintProvider(services),
        CodeLensProvider: (services) => new KinerjaCodeLensProvider(services),
        TypeHierarchyProvider: (services) => new KinerjaTypeHierarchyProvider(services),
        RenameProvider: (services) => new KinerjaRenameProvider(services),
        Formatter: () => new KinerjaFormatter(),
        SemanticTokenProvider: (services) => new KinerjaSemanticTokenProvider(services),
        DocumentSymbolProvider: (services) => new KinerjaDocumentSymbolProvider(services)
    },
    kinerja: {
        Settings: () => new KinerjaSettings(),
        WorkspaceModel: (services) => new WorkspaceModelProvider(services.shared.workspace.LangiumDocuments, services.shared.workspace.DocumentBuilder)
    }
};

export const KinerjaSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        DocumentBuilder: (shared) => new KinerjaDocumentBuilder(shared),
        LangiumDocuments: (shared) => new KinerjaLangiumDocuments(shared),
        IndexManager: (shared) => new KinerjaIndexManager(shared)
    },
    lsp: {
        NodeKindProvider: () => new KinerjaNodeKindProvider(),
        FuzzyMatcher: () => new KinerjaFuzzyMatcher(),
        WorkspaceSymbolProvider: (shared) => new KinerjaWorkspaceSymbolProvider(shared)
    }
};

/**
 * `sharedOverrides` replaces shared services for one kind of session (the CLI's one-shot
 * build, src/cli/session.ts); the language server and the tests use the defaults.
 */
export function createKinerjaServices(
    context: DefaultSharedModuleContext,
    sharedOverrides: Module<LangiumSharedServices, PartialLangiumSharedServices> = {},
    languageOverrides: Module<KinerjaServices, PartialLangiumServices> = {}
): { shared: LangiumSharedServices; Kinerja: KinerjaServices } {
    const shared = inject(createDefaultSharedModule(context), KinerjaGeneratedSharedModule, KinerjaSharedModule, sharedOverrides);
    const Kinerja = inject(createDefaultModule({ shared }), KinerjaGeneratedModule, KinerjaModule, languageOverrides);
    shared.ServiceRegistry.register(Kinerja);
    registerValidationChecks(Kinerja);
    if (context.connection) {
        // Reviewers see the findings of every file, not only of the files they opened.
        shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
    } else {
        // Without a language client nobody sends the configuration; use the defaults.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Kinerja };
}
