/**
 * `kinerja/report` (src/lsp/protocol.ts): the evaluation report as HTML (the report
 * preview and export) and JSON. The HTML is the report generator's (src/report/html),
 * the same document `kinerja report --format html` writes; the JSON is the contract's.
 */
import { CstUtils, type LangiumDocument } from 'langium';
import type { Configs, KinerjaConfig, Language } from '../engine/config.js';
import { evaluateWorkspace } from '../engine/evaluate.js';
import type { WorkspaceModel } from '../engine/model.js';
import { defaultQuarter, defaultYear, workspaceYears } from '../engine/years.js';
import type { Model } from '../language/generated/ast.js';
import { enclosingOrganisationName } from '../language/qualified-names.js';
import { renderHtml } from '../report/html/index.js';
import { tableReportHtml } from '../report/html/preview-table.js';
import { jsonReport, type JsonReport } from '../report/json-report.js';
import { compareFindings, toFinding, type Finding } from '../validation/finding.js';
import { touchedOrganisations } from '../validation/kinerja-document-builder.js';
import type { ReportParams, ReportResult } from './protocol.js';

export interface ReportFindingInput extends Finding {
    /** The organisations the finding's file declares, continues or reports on. */
    organisations?: string[];
}

/**
 * The findings of every document, as the CLI lists them: a file's path relative to
 * `folder` (made by `relative`, the host's: node:path in Node), else its URI.
 */
export function workspaceFindings(documents: Iterable<LangiumDocument>, folder?: { path: string; relative: (folder: string, path: string) => string }): ReportFindingInput[] {
    const findings: ReportFindingInput[] = [];
    for (const document of documents) {
        const root = document.parseResult.value as Model;
        const touched = [...touchedOrganisations(root)];
        const file = document.uri.scheme !== 'file' ? document.uri.toString()
            : folder ? folder.relative(folder.path, document.uri.fsPath) : document.uri.fsPath;
        for (const d of document.diagnostics ?? []) {
            // The organisation of the statement the finding is on (a `realisasi ORG` block names it).
            const leaf = root.$cstNode ? CstUtils.findLeafNodeAtOffset(root.$cstNode, document.textDocument.offsetAt(d.range.start)) : undefined;
            const own = leaf ? enclosingOrganisationName(leaf.astNode) : undefined;
            const organisations = own ? [own] : touched;
            findings.push({ ...toFinding(file, d), organisations });
        }
    }
    return findings.sort(compareFindings);
}

/** A model with only one organisation (and the pemda it belongs to), for a focused report. */
export function focusModel(model: WorkspaceModel, organisation: string | undefined): WorkspaceModel {
    const org = organisation ? model.organisations.get(organisation) : undefined;
    if (!org) return model;
    const keep = new Set([org.id]);
    if (org.pemdaId && model.organisations.has(org.pemdaId)) keep.add(org.pemdaId);
    return { ...model, organisations: new Map([...model.organisations].filter(([id]) => keep.has(id))) };
}

/** The ids the preview looks for in the report's markup to highlight the focus. */
export function focusTargets(model: WorkspaceModel, params: ReportParams): string[] {
    const targets: string[] = [];
    if (params.focus) {
        targets.push(params.focus);
        const node = model.nodes.get(params.focus);
        if (node) targets.push(...node.indicators.map(i => i.id));
    }
    const organisation = params.organisation ?? (params.focus?.includes('.') ? params.focus.split('.')[0] : undefined);
    if (organisation) targets.push(`org-${organisation}`);
    return targets;
}

const KINDS = new Set(['annual', 'quarterly', 'ranking', 'agreements']);

export function buildReport(
    model: WorkspaceModel, config: KinerjaConfig | Configs, language: Language, params: ReportParams, findings: ReportFindingInput[]
): ReportResult {
    const years = workspaceYears(model).all;
    const year = params.year ?? defaultYear(model);
    const requestedKind = params.kind && KINDS.has(params.kind) ? params.kind : undefined;
    if (year === undefined) {
        const empty: JsonReport = { year: 0, quarter: null, agencies: [] };
        return {
            kind: requestedKind ?? 'annual', year: null, quarter: null, years, language, focus: [],
            html: tableReportHtml(empty, language), json: JSON.stringify(empty, null, 2), renderer: 'table'
        };
    }
    const quarter = params.quarter ?? defaultQuarter(model, year);
    const kind = requestedKind ?? (quarter ? 'quarterly' : 'annual');
    // One agency (with its pemda, for the regional context) — except the ranking, which needs them all.
    const focused = kind === 'ranking' ? model : focusModel(model, params.organisation);
    const evaluation = evaluateWorkspace(model, config, year, quarter);
    const json = jsonReport(evaluation);
    const shown: JsonReport = params.organisation && focused !== model
        ? { ...json, agencies: json.agencies.filter(a => a.id === params.organisation) }
        : json;
    const base = { kind, year, quarter: quarter ?? null, years, language, focus: focusTargets(model, params), json: JSON.stringify(shown, null, 2) + '\n' };
    const ownFindings = (params.organisation && focused !== model
        ? findings.filter(f => !f.organisations || f.organisations.includes(params.organisation!))
        : findings).map(({ organisations: _, ...finding }) => finding);
    try {
        const html = renderHtml(kind, focused, config, { year, quarter, language, findings: ownFindings });
        return { ...base, html, renderer: 'report-html' };
    } catch (err) {
        // A report the generator refuses (e.g. a quarter it cannot cut at) still shows the numbers.
        const problem = err instanceof Error ? err.message : String(err);
        return { ...base, html: tableReportHtml(shown, language, params.focus), renderer: 'table', problem };
    }
}
