/**
 * One CLI run: services created without a language client, the message language and
 * config file applied, and the workspace at the given paths loaded and built.
 */
import { NodeFileSystem } from 'langium/node';
import type { LangiumDocument } from 'langium';
import { createKinerjaServices, type KinerjaServices } from '../language/kinerja-module.js';
import type { KinerjaConfig, Language } from '../engine/config.js';
import { collectFiles, loadWorkspace } from '../workspace/loader.js';

export interface SessionOptions {
    lang?: Language;
    config?: string;
}

export interface Session {
    services: KinerjaServices;
    documents: LangiumDocument[];
    files: string[];
    /** The config for the run: --config, or the nearest one to the first path. */
    config: KinerjaConfig;
}

export class UsageError extends Error {}

export async function openSession(paths: string[], options: SessionOptions, validation = true): Promise<Session> {
    const services = createKinerjaServices(NodeFileSystem).Kinerja;
    const settings = services.kinerja.Settings;
    settings.language = options.lang;
    settings.useConfigFile(options.config);
    const roots = paths.length ? paths : ['.'];
    const files = collectFiles(roots);
    // Read the config up front so a broken config file stops the run with its own message.
    const config = settings.configLoader.configFor(roots[0]);
    for (const file of files) settings.configLoader.configFor(file);
    const documents = await loadWorkspace(services, files, validation);
    return { services, documents, files, config };
}
