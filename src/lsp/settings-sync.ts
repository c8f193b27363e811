/**
 * The editor's `kinerja.*` settings in the language server.
 *
 * Langium's ConfigurationProvider pulls the `kinerja` section from the client when the
 * server is initialised and receives `workspace/didChangeConfiguration` afterwards. This
 * module turns that section into KinerjaSettings (message language, overrides of the
 * project config, another config file) and, whenever the result changes, rebuilds every
 * document so that findings, messages and reports follow at once. It also watches
 * `kinerja.config.json` files: an edited project config is re-read and applied.
 *
 * Settings (package.json `contributes.configuration`), all optional:
 * - `language`: `project` | `id` | `en` (message language; `project` uses the config's)
 * - `thresholds.low`, `thresholds.high`: numbers, or null for the project config's
 * - `bands`: `[{ min, label, labelEn? }]` (lowest band with `min: null`), or null
 * - `negativeFormula`: `project` | `2T-R` | `T/R`
 * - `configFile`: a config file for every document instead of the nearest
 *   `kinerja.config.json`; relative to the first workspace folder; empty for the search
 */
import { URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { ConfigError, resolveConfig, type KinerjaConfig, type Language } from '../engine/config.js';
import type { KinerjaHost } from '../validation/host.js';
import type { KinerjaServices } from './kinerja-module.js';
import { lspMessage } from './messages.js';
import { describeError } from './resilience.js';

const SECTION = 'kinerja';
const CONFIG_FILE_NAME = 'kinerja.config.json';

/** The `kinerja` settings section as VS Code sends it (dotted keys become nested objects). */
export interface KinerjaEditorSettings {
    language?: string | null;
    thresholds?: { low?: number | null; high?: number | null } | null;
    bands?: unknown;
    negativeFormula?: string | null;
    configFile?: string | null;
}

export interface AppliedSettings {
    language?: Language;
    overrides: Partial<KinerjaConfig>;
    configFile?: string;
    /** Why a setting was ignored, for the user, in the message language. */
    problems: string[];
}

/** The first workspace folder as a file path, if any. */
function workspaceRoot(shared: LangiumSharedServices): string | undefined {
    const folder = shared.workspace.WorkspaceManager.workspaceFolders?.[0];
    if (!folder) return undefined;
    try {
        const uri = URI.parse(folder.uri);
        return uri.scheme === 'file' ? uri.fsPath : undefined;
    } catch {
        return undefined;
    }
}

function isSet<T>(value: T | null | undefined | ''): value is T {
    return value !== undefined && value !== null && value !== '';
}

/**
 * Translates the editor settings into KinerjaSettings fields. `projectConfig` supplies
 * the value of a half-set pair (only `thresholds.low` set: `high` stays the project's);
 * `host` resolves the config file's path (Node: node:path; a browser: URI paths).
 */
export function translateSettings(raw: KinerjaEditorSettings | undefined, projectConfig: KinerjaConfig, root: string | undefined, host: Pick<KinerjaHost, 'resolveConfigFile'>): AppliedSettings {
    const applied: AppliedSettings = { overrides: {}, problems: [] };
    if (!raw || typeof raw !== 'object') return applied;
    if (raw.language === 'id' || raw.language === 'en') applied.language = raw.language;
    const lang = applied.language ?? projectConfig.language;

    const source = 'kinerja.* settings';
    const attempt = (key: keyof KinerjaConfig, value: unknown) => {
        try {
            applied.overrides[key] = resolveConfig({ [key]: value }, source, projectConfig)[key] as never;
        } catch (err) {
            if (!(err instanceof ConfigError)) throw err;
            applied.problems.push(lspMessage(lang, 'settings.ignored', { detail: err.detailIn(lang) }));
        }
    };
    const thresholds = raw.thresholds ?? undefined;
    if (thresholds && (isSet(thresholds.low) || isSet(thresholds.high))) {
        const value: Record<string, number> = {};
        if (isSet(thresholds.low)) value.low = thresholds.low;
        if (isSet(thresholds.high)) value.high = thresholds.high;
        attempt('thresholds', value);
    }
    if (Array.isArray(raw.bands) && raw.bands.length > 0) attempt('bands', raw.bands);
    if (raw.negativeFormula === '2T-R' || raw.negativeFormula === 'T/R') applied.overrides.negativeFormula = raw.negativeFormula;

    if (isSet(raw.configFile) && typeof raw.configFile === 'string' && raw.configFile.trim()) {
        try {
            applied.configFile = host.resolveConfigFile(raw.configFile.trim(), root);
        } catch (err) {
            // `file://server/share/…` on Linux, a malformed escape: not a file path here.
            applied.problems.push(lspMessage(lang, 'settings.config-file', { value: JSON.stringify(raw.configFile), reason: err instanceof Error ? err.message : String(err), name: CONFIG_FILE_NAME }));
        }
    }
    return applied;
}

export class SettingsSync {
    private applied = '';
    private raw: KinerjaEditorSettings | undefined;
    private readonly reported = new Set<string>();
    private started = false;
    /** The message language of what the editor shows and logs (set by apply). */
    private language: Language = 'id';

    constructor(private readonly shared: LangiumSharedServices, private readonly kinerja: KinerjaServices) {
        const configuration = shared.workspace.ConfigurationProvider;
        configuration.onConfigurationSectionUpdate(update => this.safely('applying the changed settings', () => {
            if (update.section !== SECTION) return;
            this.raw = update.configuration as KinerjaEditorSettings;
            if (this.apply()) this.revalidateInBackground();
        }));
        // The first build waits for the client's settings, so the first findings already use them.
        const workspace = shared.workspace.WorkspaceManager;
        const initialized = workspace.initialized.bind(workspace);
        workspace.initialized = async params => {
            await this.loadInitial();
            this.started = true;
            return initialized(params);
        };
        // An edited kinerja.config.json (or the configured file) applies at once.
        shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => this.safely('applying the changed config file', () => {
            const configFile = this.kinerja.kinerja.Settings.configLoader.explicitFile;
            const touched = params.changes.some(change => {
                const uri = URI.parse(change.uri);
                return uri.path.endsWith('/' + CONFIG_FILE_NAME) || (configFile !== undefined && uri.scheme === 'file' && this.kinerja.kinerja.Host.samePath(uri.fsPath, configFile));
            });
            if (!touched) return;
            this.kinerja.kinerja.Settings.configLoader.clear();
            this.kinerja.kinerja.Settings.configErrors.clear();
            this.apply(true);
            this.revalidateInBackground();
        }));
    }

    /**
     * Runs a listener's work; an error is logged and the server goes on with the settings
     * it had (a listener's error would otherwise end in Langium's event emitter).
     */
    private safely(what: string, action: () => void): void {
        try {
            action();
        } catch (err) {
            this.logError(what, err);
        }
    }

    private logError(what: string, err: unknown): void {
        const text = `kinerja: ${what} failed; the previous settings stay. ${describeError(err)}`;
        const connection = this.shared.lsp.Connection;
        if (connection) connection.console.error(text); else console.error(text);
    }

    /** revalidateAll without waiting; a failure is logged, not left as an unhandled rejection. */
    private revalidateInBackground(): void {
        this.revalidateAll().catch(err => this.logError('rebuilding after a settings change', err));
    }

    private async loadInitial(): Promise<void> {
        const configuration = this.shared.workspace.ConfigurationProvider;
        try {
            await configuration.ready;
            const keys = ['language', 'thresholds', 'bands', 'negativeFormula', 'configFile'] as const;
            const values = await Promise.all(keys.map(key => configuration.getConfiguration(SECTION, key)));
            if (this.raw === undefined && values.some(v => v !== undefined)) {
                this.raw = Object.fromEntries(keys.map((key, i) => [key, values[i]])) as KinerjaEditorSettings;
            }
            this.apply();
        } catch (err) {
            this.logError('reading the editor settings', err);
        }
    }

    /** Applies the current settings; true when anything changed. */
    private apply(force = false): boolean {
        const settings = this.kinerja.kinerja.Settings;
        const root = workspaceRoot(this.shared);
        const configFile = this.configFileOf(this.raw, root);
        if (configFile !== settings.configLoader.explicitFile) settings.useConfigFile(configFile);
        let projectConfig: KinerjaConfig;
        let broken: ConfigError | undefined;
        try {
            projectConfig = settings.configLoader.configFor(configFile ?? root ?? this.kinerja.kinerja.Host.workingFolder());
        } catch (err) {
            if (!(err instanceof ConfigError)) throw err;
            broken = err;
            projectConfig = resolveConfig({}, 'defaults');
        }
        const next = translateSettings(this.raw, projectConfig, root, this.kinerja.kinerja.Host);
        settings.language = next.language;
        settings.overrides = next.overrides;
        // What the editor shows and logs is in the message language: the setting's, else the project config's.
        this.language = next.language ?? projectConfig.language;
        if (broken) this.warn(`kinerja: ${broken.messageIn(this.language)}`);
        for (const problem of next.problems) this.warn(`kinerja: ${problem}`);
        const signature = JSON.stringify([next.language, next.overrides, next.configFile]);
        const changed = force || signature !== this.applied;
        this.applied = signature;
        return changed;
    }

    private configFileOf(raw: KinerjaEditorSettings | undefined, root: string | undefined): string | undefined {
        return translateSettings(raw ? { configFile: raw.configFile } : undefined, resolveConfig({}, 'defaults'), root, this.kinerja.kinerja.Host).configFile;
    }

    private warn(text: string): void {
        if (this.reported.has(text)) return;
        this.reported.add(text);
        // Logged where the editor shows the server's log (its output channel), and shown.
        const connection = this.shared.lsp.Connection;
        if (connection) connection.console.warn(text); else console.warn(text);
        // Sent as a request (though typed void): a client that cannot show it answers with an
        // error, which must not become an unhandled rejection; the log has the text.
        Promise.resolve(connection?.window.showWarningMessage(text)).catch(() => undefined);
    }

    /** Rebuilds every document (messages, thresholds and bands show in findings and parse errors). */
    async revalidateAll(): Promise<void> {
        if (!this.started) return;
        const workspace = this.shared.workspace;
        await workspace.WorkspaceManager.ready;
        const uris = workspace.LangiumDocuments.all.map((d: LangiumDocument) => d.uri).toArray();
        if (!uris.length) return;
        await workspace.WorkspaceLock.write(token => workspace.DocumentBuilder.update(uris, [], token));
        for (const error of this.kinerja.kinerja.Settings.configErrors.values()) this.warn(`kinerja: ${error.messageIn(this.language)}`);
    }
}

/** Connects the editor settings to the services; call before startLanguageServer. */
export function registerSettingsSync(shared: LangiumSharedServices, kinerja: KinerjaServices): SettingsSync {
    return new SettingsSync(shared, kinerja);
}
