/**
 * Finds and reads the project config (kinerja.config.json) for a file: the nearest one
 * walking up from the file's folder, or the file named by `--config` / the editor
 * setting. Results are cached per folder; a malformed file raises ConfigError with the
 * file, the line and what to fix.
 *
 * Whatever has the name counts as found (docs/robustness.md): a FIFO, a device, a
 * folder or a dangling link named kinerja.config.json is a ConfigError naming it, not
 * a reason to look further up, so a run never applies another project's config.
 */
import { existsSync, lstatSync, readlinkSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, ConfigError, defaultConfig, resolveConfig, type ConfigTexts, type KinerjaConfig } from '../engine/config.js';
import { jsonErrorOffset, lineAndColumn } from './json-syntax.js';
import { fileMessage, type FileMessageKey } from './messages.js';
import { FileTooLargeError, NotRegularFileError, nonRegularKind, readRegularFile } from './read-file.js';

/** A config file holds a few hundred bytes; a larger one is not one (and /dev/zero never ends). */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export class ConfigLoader {
    private readonly byFolder = new Map<string, string | undefined>();
    private readonly byPath = new Map<string, string | undefined>();
    private readonly byFile = new Map<string, KinerjaConfig>();

    /**
     * @param explicitFile a config file that overrides the search (CLI `--config`).
     * @param codes the finding codes a `severity` map may name (every code, from the findings' records).
     */
    constructor(readonly explicitFile?: string, private readonly codes?: readonly string[]) {}

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
            config = readConfigFile(file, this.codes);
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
            if (hasEntry(candidate)) {
                found = candidate;
                break;
            }
            if (dirname(current) === current) break;
        }
        for (const v of visited) this.byFolder.set(v, found);
        return found;
    }
}

/** Whether anything (a file, a FIFO, a folder, a link, even a dangling one) has this path. */
export function hasEntry(path: string): boolean {
    try {
        return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
    } catch {
        return false;
    }
}

const fileError = (file: string, key: FileMessageKey, params: Record<string, string | number> = {}) =>
    new ConfigError(file, key, params, fileMessage as ConfigTexts);

/** Reads, decodes (UTF-8, a byte-order mark dropped), parses and validates one config file. */
export function readConfigFile(file: string, codes?: readonly string[]): KinerjaConfig {
    return resolveConfig(parseConfigFile(file), file, defaultConfig(), { codes });
}

/** The JSON value a config file holds; ConfigError when it cannot be read or is not JSON. */
export function parseConfigFile(file: string): unknown {
    const text = readConfigText(file);
    try {
        return JSON.parse(text);
    } catch (err) {
        const offset = jsonErrorOffset(text);
        if (offset === undefined) return fail(file, 'config.json-other', { detail: (err as Error).message });
        const { line, column } = lineAndColumn(text, offset);
        const char = text.codePointAt(offset);
        if (char === undefined) return fail(file, 'config.json', { line, column, found: 'end' });
        const visible = /[\p{L}\p{N}\p{P}\p{S}]/u.test(String.fromCodePoint(char));
        return fail(file, 'config.json', {
            line, column, found: visible ? 'char' : 'invisible',
            char: visible ? `'${String.fromCodePoint(char)}'` : `U+${char.toString(16).toUpperCase().padStart(4, '0')}`
        });
    }
}

function fail(file: string, key: FileMessageKey, params: Record<string, string | number> = {}): never {
    throw fileError(file, key, params);
}

/** The text of a config file: a regular file, at most MAX_CONFIG_BYTES, UTF-8. */
export function readConfigText(file: string): string {
    let bytes: Buffer;
    try {
        // Not opened at all when it is a device (opening one may do something).
        const kind = nonRegularKind(statSync(file));
        if (kind) fail(file, 'config.not-regular', { kind });
        bytes = readRegularFile(file, MAX_CONFIG_BYTES);
    } catch (err) {
        if (err instanceof ConfigError) throw err;
        if (err instanceof NotRegularFileError) fail(file, 'config.not-regular', { kind: err.kind });
        if (err instanceof FileTooLargeError) fail(file, 'config.too-large', { limit: MAX_CONFIG_BYTES / 1024 / 1024 });
        const code = (err as NodeJS.ErrnoException).code ?? String(err);
        const link = code === 'ENOENT' ? lstatSync(file, { throwIfNoEntry: false }) : undefined;
        if (link?.isSymbolicLink()) fail(file, 'config.dangling', { target: readlinkSync(file) });
        fail(file, 'config.read', { code });
    }
    let text: string;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        fail(file, 'config.not-utf8');
    }
    // Editors on Windows save JSON with a byte-order mark; it is not part of the JSON.
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
