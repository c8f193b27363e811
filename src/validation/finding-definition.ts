/**
 * A finding's record: its stable code, default severity, one-line title and messages in
 * both languages, side by side with the check that reports it (each family module in
 * findings/ holds its records and its check). Its documentation page is
 * docs/findings/<code>.md. The list of codes, the SARIF rule descriptions, the reports'
 * findings tables and the docs index all come from these records (findings/index.ts).
 */
import { defineCatalogue, type Catalogue, type Text } from '../common/catalogue.js';
import type { SeverityName } from '../engine/config.js';
import type { Model } from '../language/generated/ast.js';
import type { WorkspaceModel } from '../engine/model.js';
import type { FindingReporter } from './reporter.js';

/** `V`, the variants, is `any` by default so that a record of any variants is a FindingDefinition. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface FindingDefinition<C extends string = string, V extends string = any> {
    readonly code: C;
    /** The default severity; kinerja.config.json may change it or switch the code off. */
    readonly severity: SeverityName;
    /** One line in both languages: SARIF's rule description, the docs index. */
    readonly title: { readonly id: string; readonly en: string };
    /** The messages, by variant (the message a check picks for one case of the finding). */
    readonly messages: Catalogue<V>;
}

export function defineFinding<const C extends string, const T extends Record<string, Text>>(record: {
    code: C;
    severity: SeverityName;
    title: { id: string; en: string };
    messages: T;
}): FindingDefinition<C, keyof T & string> {
    return { code: record.code, severity: record.severity, title: record.title, messages: defineCatalogue(record.messages) };
}

/**
 * A family of findings and the check that reports them. Every check runs once per
 * document, on its root, with the workspace model: Langium's document validator is told
 * not to walk below the root (document-validator.ts), so a check can only be registered
 * where it runs. Syntax errors and unresolved names, which Langium itself finds, are
 * families without a check (their records are reported by document-validator.ts).
 */
export interface FindingFamily<D extends readonly FindingDefinition[] = readonly FindingDefinition[]> {
    /** The family's name, as docs/findings/<code>.md calls it (its module is findings/<name>.ts). */
    readonly name: string;
    /** The heading of its section in docs/findings.md. */
    readonly title: string;
    readonly findings: D;
    readonly check?: (root: Model, model: WorkspaceModel, reporter: FindingReporter) => void;
}

export function defineFamily<const D extends readonly FindingDefinition[]>(family: FindingFamily<D>): FindingFamily<D> {
    return family;
}
