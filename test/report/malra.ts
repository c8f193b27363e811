/**
 * The spec workspace examples/malra (../shared/spec/examples/malra, present in CI) for
 * the report tests of a real year, built in memory through the real language services,
 * optionally with some files' text changed; and small readers of what the reports show.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultConfig, type KinerjaConfig } from '../../src/engine/config.js';
import type { WorkspaceModel } from '../../src/engine/model.js';
import { buildWorkspace } from '../helpers.js';

export const MALRA = resolve(__dirname, '..', '..', '..', 'shared', 'spec', 'examples', 'malra');
export const malraPresent = existsSync(MALRA);

export function malraFiles(): Record<string, string> {
    const files: Record<string, string> = {};
    for (const name of readdirSync(MALRA).sort()) {
        if (name.endsWith('.kinerja')) files[name] = readFileSync(resolve(MALRA, name), 'utf8');
    }
    return files;
}

export interface LoadedMalra {
    model: WorkspaceModel;
    config: KinerjaConfig;
}

/** Loads malra; `edit` may rewrite the text of any file (name → text). */
export async function loadMalra(edit?: (files: Record<string, string>) => void): Promise<LoadedMalra> {
    const files = malraFiles();
    edit?.(files);
    const ws = await buildWorkspace(files);
    return { model: ws.services.kinerja.WorkspaceModel.get(), config: defaultConfig() };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** Text of an HTML fragment: tags dropped, entities decoded, spaces collapsed. */
export function htmlText(html: string): string {
    return html.replace(/<[^>]*>/g, ' ').replace(/&(#?\w+);/g, (m, e: string) => ENTITIES[e] ?? m).replace(/\s+/g, ' ').trim();
}

/** The cells' text of every `<tr data-indicator="id">` (or `data-node`) of the document, in order. */
export function rowsOf(html: string, id: string, attribute = 'data-indicator'): string[][] {
    const rows: string[][] = [];
    const re = new RegExp(`<tr ${attribute}="${id.replace(/[.]/g, '\\.')}"[^>]*>([\\s\\S]*?)</tr>`, 'g');
    for (const m of html.matchAll(re)) {
        rows.push(m[1].split(/<\/td>/).slice(0, -1).map(cell => htmlText(cell)));
    }
    return rows;
}

/** The HTML of the section of one organisation (`<section class="org" data-org="id">`). */
export function orgSection(html: string, id: string): string {
    const start = html.indexOf(`<section class="org" data-org="${id}">`);
    if (start < 0) throw new Error(`no section for ${id}`);
    const end = html.indexOf('<section class="org"', start + 1);
    return html.slice(start, end < 0 ? undefined : end);
}
