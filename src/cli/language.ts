/**
 * The language of the command line's own texts (help, usage errors, summaries) before
 * any file is read: `--lang` when given; else the `language` the project's
 * kinerja.config.json states (`--config`, or the nearest to the first path); else the
 * locale of the environment (LC_ALL, LC_MESSAGES, LANG: `id…` or `en…`); else Bahasa
 * Indonesia, as everywhere in kinerja.
 */
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Language } from '../common/catalogue.js';
import { CONFIG_FILE_NAME } from '../engine/config.js';
import { hasEntry, readConfigText } from '../workspace/config-loader.js';

/** The options that take a value, whose value is not a path. */
const VALUE_OPTIONS = new Set(['--format', '--out', '--fail-on', '--max-warnings', '--lang', '--config', '--year', '--quarter', '--kind', '--lowest', '--separator', '--table']);

function optionValue(argv: string[], name: string): string | undefined {
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === name) return argv[i + 1];
        if (argv[i].startsWith(`${name}=`)) return argv[i].slice(name.length + 1);
        if (argv[i] === '--') break;
    }
    return undefined;
}

/** The language a config file states itself (not its default), if it can be read as one. */
function statedLanguage(file: string): Language | undefined {
    try {
        // As the run reads it: a regular file only, within the size limit (never a FIFO's wait or /dev/zero).
        const raw = JSON.parse(readConfigText(file)) as { language?: unknown };
        return raw.language === 'id' || raw.language === 'en' ? raw.language : undefined;
    } catch {
        return undefined;
    }
}

function nearestConfig(path: string): string | undefined {
    let folder = resolve(path);
    try {
        if (!statSync(folder).isDirectory()) folder = dirname(folder);
    } catch {
        folder = dirname(folder);
    }
    for (;;) {
        // Whatever has the name is the project's config, as for the run (workspace/config-loader.ts).
        const candidate = join(folder, CONFIG_FILE_NAME);
        if (hasEntry(candidate)) return candidate;
        const parent = dirname(folder);
        if (parent === folder) return undefined;
        folder = parent;
    }
}

function localeLanguage(env: NodeJS.ProcessEnv): Language | undefined {
    const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
    if (/^id([_.@-]|$)/i.test(locale)) return 'id';
    if (/^en([_.@-]|$)/i.test(locale)) return 'en';
    return undefined;
}

export function usageLanguage(argv: string[], env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Language {
    const flag = optionValue(argv, '--lang');
    if (flag === 'id' || flag === 'en') return flag;
    const configFlag = optionValue(argv, '--config');
    const firstPath = argv.slice(1).find((a, i, rest) => !a.startsWith('-') && !(i > 0 && VALUE_OPTIONS.has(rest[i - 1])));
    const config = configFlag ? resolve(cwd, configFlag) : nearestConfig(resolve(cwd, firstPath ?? '.'));
    return (config ? statedLanguage(config) : undefined) ?? localeLanguage(env) ?? 'id';
}
