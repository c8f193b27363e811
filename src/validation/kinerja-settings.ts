/**
 * Per-run settings of the language services: the message language (CLI `--lang`, editor
 * setting) and the project config that applies to each document.
 */
import type { URI } from 'langium';
import { ConfigError, defaultConfig, type KinerjaConfig, type Language } from '../engine/config.js';
import { ConfigLoader } from '../workspace/config-loader.js';

export class KinerjaSettings {
    /** Overrides the config's `language` when set. */
    language?: Language;
    /** Settings that win over the project config (the editor's settings, tests). */
    overrides: Partial<KinerjaConfig> = {};
    private loader = new ConfigLoader();
    /** Config files that could not be read, with why (shown by the CLI and the server log). */
    readonly configErrors = new Map<string, ConfigError>();

    /** Uses this config file for every document instead of searching upwards. */
    useConfigFile(file: string | undefined): void {
        this.loader = new ConfigLoader(file);
        this.configErrors.clear();
    }

    get configLoader(): ConfigLoader {
        return this.loader;
    }

    configFor(uri: URI): KinerjaConfig {
        const base = this.projectConfigFor(uri);
        return Object.keys(this.overrides).length ? { ...base, ...this.overrides } : base;
    }

    private projectConfigFor(uri: URI): KinerjaConfig {
        if (uri.scheme !== 'file') return defaultConfig();
        try {
            return this.loader.configFor(uri.fsPath);
        } catch (err) {
            if (err instanceof ConfigError) {
                this.configErrors.set(err.file, err);
                return defaultConfig();
            }
            throw err;
        }
    }

    languageFor(config: KinerjaConfig): Language {
        return this.language ?? config.language;
    }
}
