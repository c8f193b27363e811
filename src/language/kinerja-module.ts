/**
 * The language services with the editor features: the core services of
 * kinerja-core-module.ts (parser, scoping, settings, workspace model, validation) plus
 * Langium's LSP layer and the providers in src/lsp/. The language server and the tests
 * create their services here; the CLI uses the core alone.
 */
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { KinerjaGeneratedModule, KinerjaGeneratedSharedModule } from './generated/module.js';
import { KinerjaCoreModule, KinerjaSharedCoreModule, registerKinerja, type KinerjaAddedServices } from './kinerja-core-module.js';
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

export type { KinerjaAddedServices, KinerjaCoreServices } from './kinerja-core-module.js';

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
        Formatter: () => new KinerjaFormatter(),
        SemanticTokenProvider: (services) => new KinerjaSemanticTokenProvider(services),
        DocumentSymbolProvider: (services) => new KinerjaDocumentSymbolProvider(services)
    }
};

export const KinerjaSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        NodeKindProvider: () => new KinerjaNodeKindProvider(),
        FuzzyMatcher: () => new KinerjaFuzzyMatcher(),
        WorkspaceSymbolProvider: (shared) => new KinerjaWorkspaceSymbolProvider(shared)
    }
};

/** The services of the language server and the tests; `…Overrides` replace services for one kind of session. */
export function createKinerjaServices(
    context: DefaultSharedModuleContext,
    sharedOverrides: Module<LangiumSharedServices, PartialLangiumSharedServices> = {},
    languageOverrides: Module<KinerjaServices, PartialLangiumServices> = {}
): { shared: LangiumSharedServices; Kinerja: KinerjaServices } {
    const shared = inject(createDefaultSharedModule(context), KinerjaGeneratedSharedModule, KinerjaSharedCoreModule, KinerjaSharedModule, sharedOverrides);
    const Kinerja = inject(createDefaultModule({ shared }), KinerjaGeneratedModule, KinerjaCoreModule, KinerjaModule, languageOverrides);
    registerKinerja(shared, Kinerja, !!context.connection);
    // Reviewers see the findings of every file, not only of the files they opened.
    if (context.connection) shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
    return { shared, Kinerja };
}
