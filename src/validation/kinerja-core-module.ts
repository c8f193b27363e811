/**
 * The language services without the editor: Langium's core defaults, the language
 * layer's parser, scoping and linking (src/language/kinerja-language-module.ts), and
 * validation's settings, workspace model, incremental builder and checks. The CLI builds and checks
 * workspaces with these alone; kinerja-module.ts adds the editor features (Langium's LSP
 * layer and src/lsp/) for the language server and the tests, over the same core, so both
 * load and check a workspace the same way.
 *
 * Kept apart so that `kinerja check` does not load the language server protocol or the
 * editor features (what that saves: docs/performance.md, fourth round).
 */
import {
    createDefaultCoreModule, createDefaultSharedCoreModule, inject,
    type DefaultSharedCoreModuleContext, type LangiumCoreServices, type LangiumSharedCoreServices, type Module,
    type PartialLangiumCoreServices, type PartialLangiumSharedCoreServices
} from 'langium';
import { KinerjaGeneratedModule, KinerjaGeneratedSharedModule } from '../language/generated/module.js';
import { KinerjaLanguageModule, KinerjaSharedLanguageModule } from '../language/kinerja-language-module.js';
import { KinerjaDocumentValidator } from './document-validator.js';
import { KinerjaLexerErrorMessageProvider, KinerjaParserErrorMessageProvider } from './findings/syntax.js';
import { KinerjaDocumentBuilder } from './kinerja-document-builder.js';
import type { KinerjaHost } from './host.js';
import { KinerjaSettings } from './kinerja-settings.js';
import { registerValidationChecks } from './kinerja-validator.js';
import { WorkspaceModelProvider } from './workspace-model-provider.js';

export type KinerjaAddedServices = {
    kinerja: {
        /** The platform: Node (node-host.ts) or a browser (host.ts); given by the creator's context. */
        Host: KinerjaHost;
        Settings: KinerjaSettings;
        WorkspaceModel: WorkspaceModelProvider;
    };
};

export type KinerjaCoreServices = LangiumCoreServices & KinerjaAddedServices;

/** What validation adds to the language layer's services (kinerja-language-module.ts). */
export const KinerjaCoreModule: Module<KinerjaCoreServices, PartialLangiumCoreServices & { kinerja: Omit<KinerjaAddedServices['kinerja'], 'Host'> }> = {
    parser: {
        ParserErrorMessageProvider: (services) => new KinerjaParserErrorMessageProvider(services.kinerja.Settings),
        LexerErrorMessageProvider: (services) => new KinerjaLexerErrorMessageProvider(services.kinerja.Settings)
    },
    validation: {
        DocumentValidator: (services) => new KinerjaDocumentValidator(services)
    },
    kinerja: {
        Settings: (services) => new KinerjaSettings(services.kinerja.Host),
        WorkspaceModel: (services) => new WorkspaceModelProvider(services.shared.workspace.LangiumDocuments, services.shared.workspace.DocumentBuilder)
    }
};

export const KinerjaSharedCoreModule: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {
    workspace: {
        DocumentBuilder: (shared) => new KinerjaDocumentBuilder(shared)
    }
};

/** What the creators need besides Langium's file system: the platform (node-host.ts's `NodeKinerja`, or host.ts's `browserHost`). */
export type KinerjaHostContext = { host: KinerjaHost };

/** The module that gives the services their host. */
export function hostModule(host: KinerjaHost): Module<KinerjaCoreServices, { kinerja: { Host: KinerjaHost } }> {
    return { kinerja: { Host: () => host } };
}

/**
 * The core services, as the CLI uses them. `sharedOverrides` and `languageOverrides`
 * replace services for one kind of session (the CLI's one-shot build, src/cli/session.ts).
 */
export function createKinerjaCoreServices(
    context: DefaultSharedCoreModuleContext & KinerjaHostContext,
    sharedOverrides: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {},
    languageOverrides: Module<KinerjaCoreServices, PartialLangiumCoreServices> = {}
): { shared: LangiumSharedCoreServices; Kinerja: KinerjaCoreServices } {
    const shared = inject(createDefaultSharedCoreModule(context), KinerjaGeneratedSharedModule, KinerjaSharedLanguageModule, KinerjaSharedCoreModule, sharedOverrides);
    const Kinerja = inject(createDefaultCoreModule({ shared }), KinerjaGeneratedModule, KinerjaLanguageModule, KinerjaCoreModule, hostModule(context.host), languageOverrides);
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
