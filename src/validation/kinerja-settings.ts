/**
 * Per-run settings of the language services: the message language (CLI `--lang`, editor
 * setting) and the project config that applies to each document.
 */
import { AstUtils, type URI } from 'langium';
import { ConfigError, defaultConfig, type Configs, type KinerjaConfig, type Language } from '../engine/config.js';
import type { OrganisationInfo } from '../engine/model.js';
import type { ConfigSource, KinerjaHost } from './host.js';
import { FINDINGS } from './findings/index.js';

/** The codes a config's `severity` map may name: every finding's. */
const FINDING_CODES: readonly string[] = FINDINGS.map(f => f.code);

export class KinerjaSettings {
    /** Overrides the config's `language` when set. */
    language?: Language;
    /** Settings that win over the project config (the editor's settings, tests). */
    overrides: Partial<KinerjaConfig> = {};
    private loader: ConfigSource;
    /** Config files that could not be read, with why (shown by the CLI and the server log). */
    readonly configErrors = new Map<string, ConfigError>();

    /** @param host where configs, evidence files and docs pages are looked up (host.ts). */
    constructor(readonly host: KinerjaHost) {
        this.loader = host.configSource(undefined, FINDING_CODES);
    }

    /** Uses this config file for every document instead of searching upwards. */
    useConfigFile(file: string | undefined): void {
        this.loader = this.host.configSource(file, FINDING_CODES);
        this.configErrors.clear();
    }

    get configLoader(): ConfigSource {
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

    /**
     * The config of an organisation's figures: that of the file declaring it (or, for an
     * agency only continued, of its first file). docs/configuration.md states the rule.
     */
    configOfOrganisation(organisation: OrganisationInfo): KinerjaConfig | undefined {
        const node = organisation.declaration ?? organisation.parts[0];
        if (!node) return undefined;
        try {
            return this.configFor(AstUtils.getDocument(node).uri);
        } catch {
            return undefined;
        }
    }

    /** Each organisation's config as configOfOrganisation says, with `main` for the run as a whole. */
    configs(main: KinerjaConfig): Configs {
        return { main, of: organisation => this.configOfOrganisation(organisation) ?? main };
    }

    languageFor(config: KinerjaConfig): Language {
        return this.language ?? config.language;
    }
}
