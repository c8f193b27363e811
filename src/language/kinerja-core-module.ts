/**
 * The language services without the editor: Langium's core defaults plus the kinerja
 * parser, scoping, settings, workspace model and validation. The CLI builds and checks
 * workspaces with these alone; kinerja-module.ts adds the editor features (Langium's LSP
 * layer and src/lsp/) for the language server and the tests, over the same core, so both
 * load and check a workspace the same way.
 *
 * Kept apart so that `kinerja check` does not load the language server protocol: the
 * CLI bundle lost vscode-languageserver and the editor features, about 40 % of the code
 * every run parsed and evaluated (see docs/performance.md).
 */
import {
    createDefaultCoreModule, createDefaultSharedCoreModule, inject,
    type DefaultSharedCoreModuleContext, type LangiumCoreServices, type LangiumSharedCoreServices, type Module,
    type PartialLangiumCoreServices, type PartialLangiumSharedCoreServices
} from 'langium';
import { KinerjaGeneratedModule, KinerjaGeneratedSharedModule } from './generated/module.js';
import { KinerjaLinker } from './kinerja-linker.js';
import { createKinerjaParser } from './kinerja-parser.js';
import { LazyLexer } from './lazy-lexer.js';
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

export type KinerjaAddedServices = {
    kinerja: {
        Settings: KinerjaSettings;
        WorkspaceModel: WorkspaceModelProvider;
    };
};

export type KinerjaCoreServices = LangiumCoreServices & KinerjaAddedServices;

export const KinerjaCoreModule: Module<KinerjaCoreServices, PartialLangiumCoreServices & KinerjaAddedServices> = {
    parser: {
        Lexer: (services) => new LazyLexer(services),
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
    kinerja: {
        Settings: () => new KinerjaSettings(),
        WorkspaceModel: (services) => new WorkspaceModelProvider(services.shared.workspace.LangiumDocuments, services.shared.workspace.DocumentBuilder)
    }
};

export const KinerjaSharedCoreModule: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {
    workspace: {
        DocumentBuilder: (shared) => new KinerjaDocumentBuilder(shared),
        LangiumDocuments: (shared) => new KinerjaLangiumDocuments(shared),
        IndexManager: (shared) => new KinerjaIndexManager(shared)
    }
};

/**
 * The core services, as the CLI uses them. `sharedOverrides` and `languageOverrides`
 * replace services for one kind of session (the CLI's one-shot build, src/cli/session.ts).
 */
export function createKinerjaCoreServices(
    context: DefaultSharedCoreModuleContext,
    sharedOverrides: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {},
    languageOverrides: Module<KinerjaCoreServices, PartialLangiumCoreServices> = {}
): { shared: LangiumSharedCoreServices; Kinerja: KinerjaCoreServices } {
    const shared = inject(createDefaultSharedCoreModule(context), KinerjaGeneratedSharedModule, KinerjaSharedCoreModule, sharedOverrides);
    const Kinerja = inject(createDefaultCoreModule({ shared }), KinerjaGeneratedModule, KinerjaCoreModule, languageOverrides);
    registerKinerja(shared, Kinerja, false);
    return { shared, Kinerja };
}

/**
 * What both kinds of services (these and kinerja-module.ts's) do once injected, so the
 * CLI and the language server check alike: register the language and its checks, and
 * without a language client, which would send the configuration, take the defaults.
 */
export function registerKinerja(shared: LangiumSharedCoreServices, Kinerja: KinerjaCoreServices, withClient: boolean): void {
    shared.ServiceRegistry.register(Kinerja);
    registerValidationChecks(Kinerja);
    if (!withClient) shared.workspace.ConfigurationProvider.initialized({});
}
