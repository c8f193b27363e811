/**
 * One fuzz input through everything a user can make kinerja do with it: parse, link,
 * validate, evaluate, every report, and formatting. Any exception, any error logged
 * on the way (Langium logs and swallows exceptions thrown inside validation checks),
 * an input slower than the bound, or formatting that is not idempotent or drops a
 * comment is a failure.
 */
import { URI, type LangiumDocument } from 'langium';
import { createKinerjaServices, type KinerjaServices } from '../../lsp/kinerja-module.js';
import { evaluateWorkspace } from '../../engine/evaluate.js';
import { jsonReport } from '../../report/json-report.js';
import { EmptyFileSystemOnNode } from '../../validation/node-host.js';

export interface FuzzInput {
    files: Record<string, string>;
    /** Milliseconds the whole pipeline may take. */
    bound: number;
    /**
     * Which report kind and message language this input is rendered in (every format):
     * kinds and languages take turns over a fuzz run's inputs. Without it, all kinds.
     */
    variant?: number;
}

export interface FuzzFailure {
    stage: string;
    message: string;
}

export type Stage = (context: StageContext) => Promise<void> | void;

export interface StageContext {
    services: KinerjaServices;
    documents: LangiumDocument[];
    input: FuzzInput;
}

/** Extra stages (reports in every format, formatting) registered by their modules. */
export const EXTRA_STAGES: Array<{ name: string; run: Stage }> = [];

export class FuzzPipeline {
    private readonly services = createKinerjaServices(EmptyFileSystemOnNode).Kinerja;
    private counter = 0;

    async run(input: FuzzInput): Promise<FuzzFailure | undefined> {
        const logged: string[] = [];
        const original = { error: console.error, warn: console.warn };
        console.error = (...args: unknown[]) => { logged.push(args.map(String).join(' ')); };
        console.warn = console.error;
        const shared = this.services.shared.workspace;
        const run = ++this.counter;
        const uris = Object.keys(input.files).map(name => URI.parse(`memory:///fuzz${run}/${name}`));
        const started = performance.now();
        let stage = 'parse';
        try {
            const documents = Object.values(input.files).map((text, i) => {
                const document = shared.LangiumDocumentFactory.fromString(text, uris[i]);
                shared.LangiumDocuments.addDocument(document);
                return document;
            });
            stage = 'link and validate';
            await shared.DocumentBuilder.build(documents, { validation: true });
            stage = 'evaluate';
            const model = this.services.kinerja.WorkspaceModel.get();
            const config = this.services.kinerja.Settings.configFor(uris[0]);
            for (const year of [2024, 2025]) {
                for (const quarter of [undefined, 1, 3]) {
                    JSON.stringify(jsonReport(evaluateWorkspace(model, config, year, quarter)));
                }
            }
            for (const extra of EXTRA_STAGES) {
                stage = extra.name;
                await extra.run({ services: this.services, documents, input });
            }
            if (logged.length) return { stage, message: `logged: ${logged[0].slice(0, 500)}` };
            const elapsed = performance.now() - started;
            if (elapsed > input.bound) return { stage: 'time', message: `took ${elapsed.toFixed(0)} ms, bound ${input.bound} ms` };
            return undefined;
        } catch (err) {
            return { stage, message: (err as Error)?.stack ?? String(err) };
        } finally {
            console.error = original.error;
            console.warn = original.warn;
            await shared.DocumentBuilder.update([], uris);
        }
    }
}
