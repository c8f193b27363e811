/**
 * The project's `examples/` workspace for the report tests, built through the real
 * language services (in memory), optionally with some files' text changed: returns the
 * workspace model, the config and the findings in the CLI's shape.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig, type KinerjaConfig } from '../../src/engine/config.js';
import type { WorkspaceModel } from '../../src/engine/model.js';
import type { ReportFinding } from '../../src/report/kinds/index.js';
import { buildWorkspace } from '../helpers.js';

export const EXAMPLES = join(__dirname, '..', '..', 'examples');

export function exampleFiles(): Record<string, string> {
    const files: Record<string, string> = {};
    for (const name of readdirSync(EXAMPLES).sort()) {
        if (name.endsWith('.kinerja')) files[name] = readFileSync(join(EXAMPLES, name), 'utf8');
    }
    return files;
}

export interface LoadedExamples {
    model: WorkspaceModel;
    config: KinerjaConfig;
    findings: ReportFinding[];
}

/** Loads the examples; `edit` may rewrite the text of any file (name → text). */
export async function loadExamples(edit?: (files: Record<string, string>) => void): Promise<LoadedExamples> {
    const files = exampleFiles();
    edit?.(files);
    const ws = await buildWorkspace(files);
    const findings: ReportFinding[] = ws.findings.map(f => ({
        file: `examples/${f.file}`, line: f.line, column: f.column, severity: f.severity, code: f.code, message: f.message
    }));
    return { model: ws.services.kinerja.WorkspaceModel.get(), config: defaultConfig(), findings };
}

/** Replaces every occurrence of `from` in a file's text, failing loudly when absent. */
export function replaceIn(files: Record<string, string>, file: string, from: string, to: string): void {
    const text = files[file];
    if (!text?.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
    files[file] = text.split(from).join(to);
}
