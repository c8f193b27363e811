/**
 * One CLI run: services created without a language client, the message language and
 * config file applied, and the workspace at the given paths loaded and built — with a
 * progress line on stderr for large workspaces when stderr is a terminal.
 */
import { DocumentState, URI, type LangiumDocument, type LangiumSharedCoreServices, type Module, type PartialLangiumCoreServices, type PartialLangiumSharedCoreServices } from 'langium';
import { KinerjaIndexManager } from '../language/kinerja-index-manager.js';
import { KinerjaDocumentBuilder } from '../validation/kinerja-document-builder.js';
import { createKinerjaCoreServices, type KinerjaCoreServices } from '../validation/kinerja-core-module.js';
import { KinerjaLanguageMetaData } from '../language/generated/module.js';
import type { Configs, KinerjaConfig, Language } from '../engine/config.js';
import { collectFiles, readSourceFile, type SkippedPath } from '../workspace/loader.js';
import { fileMessage } from '../workspace/messages.js';
import { Progress } from './output.js';
import { visibleControls } from '../common/controls.js';
import { NodeKinerja } from '../validation/node-host.js';

export interface SessionOptions {
    lang?: Language;
    config?: string;
}

export interface Session {
    services: KinerjaCoreServices;
    documents: LangiumDocument[];
    files: string[];
    /** The config for the run as a whole: --config, or the nearest one to the first path. */
    config: KinerjaConfig;
    /** Each organisation's config (the nearest to the file declaring it), `config` as the main one. */
    configs: Configs;
    /** The message language: --lang, else the config's. */
    language: Language;
}

export { UsageError } from './errors.js';

/**
 * A CLI run builds the documents once and never asks where a node is referenced: the
 * reference index (Langium's IndexedReferences phase, for find references, rename and
 * relinking after an edit) is not recorded (docs/performance.md, first round).
 */
class OneShotIndexManager extends KinerjaIndexManager {
    override async updateReferences(): Promise<void> {
        // Nothing reads the reference index in a CLI run.
    }
}

/**
 * Nor does it edit: the reverse maps the builder keeps for finding what an edit must
 * validate again (reading every reference of every document) are not filled.
 */
class OneShotDocumentBuilder extends KinerjaDocumentBuilder {
    protected override register(): void {
        // No update follows a CLI build.
    }
}

const CliSharedModule: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {
    workspace: {
        IndexManager: (shared) => new OneShotIndexManager(shared),
        DocumentBuilder: (shared) => new OneShotDocumentBuilder(shared)
    }
};

/**
 * Langium's production mode: Chevrotain does not validate the token definitions (and,
 * for a file with a syntax error, the parser rules) at every start. The tests and the language server keep the development mode, in which a bad
 * token definition or grammar fails at once.
 */
const CliModule: Module<KinerjaCoreServices, PartialLangiumCoreServices> = {
    LanguageMetaData: () => ({ ...KinerjaLanguageMetaData, mode: 'production' })
};

export async function openSession(paths: string[], options: SessionOptions, validation = true): Promise<Session> {
    const services = createKinerjaCoreServices(NodeKinerja, CliSharedModule, CliModule).Kinerja;
    const settings = services.kinerja.Settings;
    settings.language = options.lang;
    settings.useConfigFile(options.config);
    const roots = paths.length ? paths : ['.'];
    const skipped: SkippedPath[] = [];
    const files = collectFiles(roots, skip => skipped.push(skip));
    // Read the config up front so a broken config file stops the run with its own message.
    const config = settings.configLoader.configFor(roots[0]);
    for (const file of files) settings.configLoader.configFor(file);
    const language = options.lang ?? config.language;
    // What was not read inside the folders, each path named (docs/robustness.md).
    for (const { path, key, params } of skipped) process.stderr.write(`kinerja: ${visibleControls(`${path}: ${fileMessage(language, key, params)}`)}\n`);
    const documents = await load(services, files, validation, new Progress(files.length, language));
    return { services, documents, files, config, configs: settings.configs(config), language };
}

/** As workspace/loader.ts loadWorkspace, reporting progress per file. */
async function load(services: KinerjaCoreServices, files: string[], validation: boolean, progress: Progress): Promise<LangiumDocument[]> {
    const workspace = services.shared.workspace;
    try {
        const documents = files.map((file, i) => {
            const document = workspace.LangiumDocumentFactory.fromString(readSourceFile(file), URI.file(file));
            workspace.LangiumDocuments.addDocument(document);
            progress.update('reading', i + 1);
            return document;
        });
        let built = 0;
        const listener = progress.enabled
            ? workspace.DocumentBuilder.onDocumentPhase(validation ? DocumentState.Validated : DocumentState.IndexedReferences,
                () => progress.update('building', ++built))
            : undefined;
        try {
            await workspace.DocumentBuilder.build(documents, { validation });
        } finally {
            listener?.dispose();
        }
        return documents;
    } finally {
        progress.done();
    }
}
