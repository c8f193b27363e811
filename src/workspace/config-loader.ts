/**
 * Finds and reads the project config (kinerja.config.json) for a file: the nearest one
 * walking up from the file's folder, or the file named by `--config` / the editor
 * setting. Results are cached per folder; a malformed file raises ConfigError with the
 * file, the line and what to fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, ConfigError, defaultConfig, resolveConfig, type KinerjaConfig } from '../engine/config.js';

export class ConfigLoader {
    private readonly byFolder = new Map<string, string | undefined>();
    private readonly byPath = new Map<string, string | undefined>();
    private readonly byFile = new Map<string, KinerjaConfig>();

    /** @param explicitFile a config file that overrides the search (CLI `--config`). */
    constructor(readonly explicitFile?: string) {}

    /** The config file that applies to a path, or undefined for the defaults. */
    configFileFor(path: string): string | undefined {
        if (this.explicitFile) return resolve(this.explicitFile);
        // Asked for each document by the CLI's loader, the validator and the reporter: one file system look per path.
        if (this.byPath.has(path)) return this.byPath.get(path);
        const start = resolve(path);
        const found = this.findUp(existsSync(start) && !start.endsWith('.kinerja') ? start : dirname(start));
        this.byPath.set(path, found);
        return found;
    }

    configFor(path: string): KinerjaConfig {
        const file = this.configFileFor(path);
        return file ? this.load(file) : defaultConfig();
    }

    load(file: string): KinerjaConfig {
        let config = this.byFile.get(file);
        if (!config) {
            config = readConfigFile(file);
            this.byFile.set(file, config);
        }
        return config;
    }

    clear(): void {
        this.byFolder.clear();
        this.byPath.clear();
        this.byFile.clear();
    }

    private findUp(folder: string): string | undefined {
        const visited: string[] = [];
        let found: string | undefined;
        for (let current = folder; ; current = dirname(current)) {
            if (this.byFolder.has(current)) {
                found = this.byFolder.get(current);
                break;
            }
            visited.push(current);
            const candidate = join(current, CONFIG_FILE_NAME);
            if (existsSync(candidate)) {
                found = candidate;
                break;
            }
            if (dirname(current) === current) break;
        }
        for (const v of visited) this.byFolder.set(v, found);
        return found;
    }
}

export function readConfigFile(file: string): KinerjaConfig {
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch (err) {
        throw new ConfigError(file, `cannot read the config file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
    let raw: unknown;
    try {
        raw = JSON.parse(text);
    } catch (err) {
        const position = /position (\d+)/.exec(String((err as Error).message));
        const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
        throw new ConfigError(file, `${line ? `line ${line}: ` : ''}not valid JSON (${(err as Error).message}); fix the syntax or delete the file to use the defaults`);
    }
    return resolveConfig(raw, file);
}
