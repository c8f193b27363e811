/**
 * The language services with the editor features: the core services of
 * src/validation/kinerja-core-module.ts (the language layer, settings, workspace model,
 * validation) plus
 * Langium's LSP layer and the providers in src/lsp/. The language server and the tests
 * create their services here; the CLI uses the core alone.
 */
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { KinerjaGeneratedModule, KinerjaGeneratedSharedModule } from '../language/generated/module.js';
import { KinerjaLanguageModule, KinerjaSharedLanguageModule } from '../language/kinerja-language-module.js';
import { KinerjaCoreModule, KinerjaSharedCoreModule, hostModule, registerKinerja, type KinerjaAddedServices, type KinerjaHostContext } from '../validation/kinerja-core-module.js';
import { KinerjaCodeActionProvider } from './code-actions.js';
import { KinerjaCodeLensProvider } from './code-lens.js';
import { KinerjaCompletionProvider } from './completion.js';
import { KinerjaDocumentLinkProvider } from './document-links.js';
import { KinerjaFormatter } from './formatter.js';
import { KinerjaHoverProvider } from './hover.js';
import { KinerjaInlayHintProvider } from './inlay-hints.js';
import { KinerjaRenameProvider } from './rename.js';
import { KinerjaSemanticTokenProvider } from './semantic-tokens.js';
import { KinerjaDocumentSymbolProvider, KinerjaFuzzyMatcher, KinerjaNodeKindProvider, KinerjaWorkspaceSymbolProvider } from './symbols.js';
import { KinerjaTypeHierarchyProvider } from './type-hierarchy.js';
import { VersionedDocumentFactory } from './diagnostics-version.js';

export type { KinerjaAddedServices, KinerjaCoreServices } from '../validation/kinerja-core-module.js';

export type KinerjaServices = LangiumServices & KinerjaAddedServices;

/** The editor features; everything else is the core's. */
export const KinerjaModule: Module<KinerjaServices, PartialLangiumServices> = {
    lsp: {
        CodeActionProvider: (services) => new KinerjaCodeActionProvider(services),
        CompletionProvider: (services) => new KinerjaCompletionProvider(services),
        HoverProvider: (services) => new KinerjaHoverProvider(services),
        InlayHintProvider: (services) => new KinerjaInlayHintProvider(services),
        CodeLensProvider: (services) => new KinerjaCodeLensProvider(services),
        TypeHierarchyProvider: (services) => new KinerjaTypeHierarchyProvider(services),
        RenameProvider: (services) => new KinerjaRenameProvider(services),
        Formatter: (services) => new KinerjaFormatter(services),
        SemanticTokenProvider: (services) => new KinerjaSemanticTokenProvider(services),
        DocumentSymbolProvider: (services) => new KinerjaDocumentSymbolProvider(services),
        DocumentLinkProvider: (services) => new KinerjaDocumentLinkProvider(services)
    }
};

export const KinerjaSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        LangiumDocumentFactory: (shared) => new VersionedDocumentFactory(shared)
    },
    lsp: {
        NodeKindProvider: () => new KinerjaNodeKindProvider(),
        FuzzyMatcher: () => new KinerjaFuzzyMatcher(),
        WorkspaceSymbolProvider: (shared) => new KinerjaWorkspaceSymbolProvider(shared)
    }
};

/**
 * The services of the language server and the tests; `…Overrides` replace services for
 * one kind of session. `context.host` is the platform: `NodeKinerja` or
 * `EmptyFileSystemOnNode` (src/validation/node-host.ts) in Node, `browserHost` in a worker.
 */
export function createKinerjaServices(
    context: DefaultSharedModuleContext & KinerjaHostContext,
    sharedOverrides: Module<LangiumSharedServices, PartialLangiumSharedServices> = {},
    languageOverrides: Module<KinerjaServices, PartialLangiumServices> = {}
): { shared: LangiumSharedServices; Kinerja: KinerjaServices } {
    const shared = inject(createDefaultSharedModule(context), KinerjaGeneratedSharedModule, KinerjaSharedLanguageModule, KinerjaSharedCoreModule, KinerjaSharedModule, sharedOverrides);
    const Kinerja = inject(createDefaultModule({ shared }), KinerjaGeneratedModule, KinerjaLanguageModule, KinerjaCoreModule, hostModule(context.host), KinerjaModule, languageOverrides);
    registerKinerja(shared, Kinerja, !!context.connection);
    // Reviewers see the findings of every file, not only of the files they opened.
    if (context.connection) shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
    return { shared, Kinerja };
}
