/**
 * Custom requests of the language server (types and names in src/extension/protocol.ts):
 *
 * - `kinerja/cascadeTree`: every organisation's performance tree for a year, each node
 *   with the nodes of the same organisation that support it as children, its indicators
 *   as leaves, achievements and categories — the extension's "Pohon Kinerja" view.
 * - `kinerja/report`: the evaluation report as HTML (the report preview and export) and
 *   JSON. The HTML is the report generator's (src/report/html), the same document
 *   `kinerja report --format html` writes.
 *
 * Both wait for the workspace to be built and read the same workspace model and engine
 * as the CLI, so the editor shows the numbers `kinerja report` prints.
 */
import { AstUtils, CstUtils, DocumentState, GrammarUtils, isOperationCancelled, URI, type AstNode, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { relative } from 'node:path';
import { CancellationToken, ErrorCodes, LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { Exact } from '../common/exact.js';
import { formatIdNumber, formatPercent } from '../common/id-number.js';
import { category as categoryOf, type Achievement } from '../engine/achievement.js';
import { evaluateIndicator, type IndicatorEvaluation } from '../engine/aggregation.js';
import { defaultConfig, type KinerjaConfig, type Language } from '../engine/config.js';
import { evaluateWorkspace } from '../engine/evaluate.js';
import type { IndicatorInfo, NodeInfo, OrganisationInfo, WorkspaceModel } from '../engine/model.js';
import { quarterOfKey, yearOfKey } from '../engine/periods.js';
import { renderHtml } from '../report/html/index.js';
import { jsonReport, type JsonReport } from '../report/json-report.js';
import {
    CASCADE_TREE_REQUEST, REPORT_REQUEST,
    type CascadeItem, type CascadeTreeParams, type CascadeTreeResult, type ReportParams, type ReportResult, type TreeLocation
} from '../extension/protocol.js';
import type { Model } from './generated/ast.js';
import { touchedOrganisations } from './kinerja-document-builder.js';
import { enclosingOrganisationName } from './qualified-names.js';
import type { KinerjaServices } from './kinerja-module.js';
import { compareFindings, toFinding, type Finding } from '../validation/finding.js';
import { lspMessage } from '../i18n/lsp-messages.js';
import { describeError } from '../lsp/resilience.js';

// ------------------------------------------------------------------ shared helpers

/** Years with targets or realisations (indicators) or budgets (nodes), ascending. */
export function workspaceYears(model: WorkspaceModel): { all: number[]; realised: number[] } {
    const all = new Set<number>();
    const realised = new Set<number>();
    for (const indicator of model.indicators.values()) {
        for (const key of indicator.targets.keys()) all.add(yearOfKey(key));
        for (const key of indicator.realisations.keys()) { all.add(yearOfKey(key)); realised.add(yearOfKey(key)); }
    }
    for (const node of model.nodes.values()) {
        for (const year of node.ceilings.keys()) all.add(year);
        for (const key of node.spending.keys()) { all.add(yearOfKey(key)); realised.add(yearOfKey(key)); }
    }
    const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
    return { all: sorted(all), realised: sorted(realised) };
}

/** The year to show by default: the latest with realisations, else the latest with anything. */
export function defaultYear(model: WorkspaceModel): number | undefined {
    const { all, realised } = workspaceYears(model);
    return realised.at(-1) ?? all.at(-1);
}

/**
 * The quarter a report of `year` is cut at by default: the latest quarter with a
 * reported realisation while the year is still running (nothing year-level or tw4 yet);
 * undefined for a finished year or a year without quarter reports.
 */
export function defaultQuarter(model: WorkspaceModel, year: number): number | undefined {
    let latest = 0;
    const scan = (map: Map<number, unknown[]>) => {
        for (const key of map.keys()) {
            if (yearOfKey(key) !== year) continue;
            const q = quarterOfKey(key);
            if (q === 0) latest = 4; else latest = Math.max(latest, q);
        }
    };
    for (const indicator of model.indicators.values()) scan(indicator.realisations);
    for (const node of model.nodes.values()) scan(node.spending);
    return latest >= 1 && latest <= 3 ? latest : undefined;
}

function locationOf(ast: AstNode | undefined): TreeLocation | undefined {
    if (!ast?.$cstNode) return undefined;
    let document: LangiumDocument;
    try {
        document = AstUtils.getDocument(ast);
    } catch {
        return undefined;
    }
    const cst = GrammarUtils.findNodeForProperty(ast.$cstNode, 'name') ?? ast.$cstNode;
    return { uri: document.uri.toString(), range: cst.range };
}

function bandLabel(config: KinerjaConfig, language: Language, value: Exact): { label: string; band: number } {
    const band = categoryOf(value, config);
    return { label: language === 'en' ? band.labelEn ?? band.label : band.label, band: config.bands.indexOf(band) };
}

/** The achievement that describes an indicator now: the year's when final, else against the quarter plan. */
function currentAchievement(e: IndicatorEvaluation): { achievement: Achievement; period: string } {
    if (e.final) return { achievement: e.achievement, period: String(e.year) };
    if (e.quarterAchievement.computable && e.quarter) return { achievement: e.quarterAchievement, period: `${e.year} tw${e.quarter}` };
    return { achievement: { computable: false, reason: 'no-realisation' }, period: String(e.year) };
}

/** Deeper cascades are cut in the tree view (and marked `truncated`); findings cover the rest. */
export const MAX_TREE_DEPTH = 100;

// ------------------------------------------------------------------ kinerja/cascadeTree

export function cascadeTree(model: WorkspaceModel, config: KinerjaConfig, language: Language, year: number | undefined): CascadeTreeResult {
    const years = workspaceYears(model).all;
    const result: CascadeTreeResult = { year: year ?? null, years, language, organisations: [] };
    if (year === undefined) return result;
    // Cut at the latest reported quarter of a running year, as the report preview is.
    const evaluation = evaluateWorkspace(model, config, year, defaultQuarter(model, year));
    const byIndicator = new Map<IndicatorInfo, IndicatorEvaluation>();
    for (const org of evaluation.organisations) for (const e of org.indicators) byIndicator.set(e.indicator, e);

    const withValue = (item: CascadeItem, value: Exact | undefined, period?: string) => {
        if (!value) return item;
        const { label, band } = bandLabel(config, language, value);
        item.achievement = value.toRoundedNumber(2);
        item.achievementText = formatPercent(value);
        item.category = label;
        item.band = band;
        item.bands = config.bands.length;
        if (period) item.period = period;
        return item;
    };

    const indicatorItem = (indicator: IndicatorInfo): { item: CascadeItem; value?: Exact } => {
        const e = byIndicator.get(indicator) ?? evaluateIndicator(indicator, year, config, 4);
        const { achievement, period } = currentAchievement(e);
        const item: CascadeItem = {
            id: indicator.id, kind: 'indikator', name: indicator.ast.name, title: indicator.ast.title,
            achievement: null, location: locationOf(indicator.ast), children: []
        };
        const value = achievement.computable ? achievement.value : undefined;
        return { item: withValue(item, value, period), value };
    };

    const nodeItem = (node: NodeInfo): CascadeItem => {
        const owner = node.ownerId ? model.positions.get(node.ownerId) : undefined;
        const item: CascadeItem = {
            id: node.id, kind: node.kind as CascadeItem['kind'], name: node.ast.name, title: node.ast.title,
            owner: node.ownerId ? { id: node.ownerId, title: owner?.ast.title } : undefined,
            achievement: null, location: locationOf(node.ast), children: []
        };
        const outside = node.supportIds.filter(id => !id.startsWith(node.organisation.id + '.'));
        if (outside.length) item.supportsOutside = outside;
        const values: Exact[] = [];
        const periods = new Set<string>();
        for (const indicator of node.indicators) {
            const { item: child, value } = indicatorItem(indicator);
            item.children.push(child);
            if (value) { values.push(value); if (child.period) periods.add(child.period); }
        }
        return withValue(item, Exact.mean(values), periods.size === 1 ? [...periods][0] : undefined);
    };

    /**
     * The subtree under `root`, built with an explicit stack (a 10 000-level cascade must
     * not overflow the call stack) and cut at MAX_TREE_DEPTH levels. A supporter already
     * on the path is skipped: that loop is reported as cascade-cycle.
     */
    const subtree = (root: NodeInfo, supporters: Map<string, NodeInfo[]>): CascadeItem => {
        const top = nodeItem(root);
        const stack = [{ node: root, item: top, path: new Set([root.id]), depth: 1 }];
        while (stack.length) {
            const { node, item, path, depth } = stack.pop()!;
            const below = (supporters.get(node.id) ?? []).filter(s => !path.has(s.id));
            if (below.length && depth >= MAX_TREE_DEPTH) {
                item.truncated = true;
                continue;
            }
            for (const supporter of below) {
                const child = nodeItem(supporter);
                item.children.push(child);
                stack.push({ node: supporter, item: child, path: new Set(path).add(supporter.id), depth: depth + 1 });
            }
        }
        return top;
    };

    for (const orgEval of evaluation.organisations) {
        const org: OrganisationInfo = orgEval.organisation;
        const ownIds = new Set(org.nodes.map(n => n.id));
        const supporters = new Map<string, NodeInfo[]>();
        const roots: NodeInfo[] = [];
        for (const node of org.nodes) {
            const parents = node.supportIds.filter(id => ownIds.has(id));
            if (!parents.length) roots.push(node);
            for (const parent of parents) {
                const list = supporters.get(parent) ?? [];
                list.push(node);
                supporters.set(parent, list);
            }
        }
        // Nodes only reachable through a support cycle still appear, as roots.
        const reached = new Set<string>();
        const mark = (start: string) => {
            const pending = [start];
            while (pending.length) {
                const id = pending.pop()!;
                if (reached.has(id)) continue;
                reached.add(id);
                for (const s of supporters.get(id) ?? []) pending.push(s.id);
            }
        };
        roots.forEach(r => mark(r.id));
        for (const node of org.nodes) if (!reached.has(node.id)) { roots.push(node); mark(node.id); }

        const item: CascadeItem = {
            id: org.id, kind: org.kind, name: org.id, title: org.title, achievement: null,
            location: locationOf(org.declaration ?? org.parts[0]),
            children: roots.map(root => subtree(root, supporters))
        };
        const quarter = evaluation.quarter;
        result.organisations.push(withValue(item, orgEval.score, quarter ? `${year} tw${quarter}` : String(year)));
    }
    return result;
}

// ------------------------------------------------------------------ kinerja/report

export interface ReportFindingInput extends Finding {
    /** The organisations the finding's file declares, continues or reports on. */
    organisations?: string[];
}

/** The findings of every document, as the CLI lists them. */
export function workspaceFindings(documents: Iterable<LangiumDocument>, folder?: string): ReportFindingInput[] {
    const findings: ReportFindingInput[] = [];
    for (const document of documents) {
        const root = document.parseResult.value as Model;
        const touched = [...touchedOrganisations(root)];
        const file = document.uri.scheme !== 'file' ? document.uri.toString()
            : folder ? relative(folder, document.uri.fsPath) || document.uri.fsPath : document.uri.fsPath;
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

const escapeHtml = (text: unknown) => String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function fmt(value: number | null, suffix = ''): string {
    return value === null ? '–' : formatIdNumber(Exact.fromDecimalString(value.toFixed(2)), { decimals: 2, fixed: true }) + suffix;
}

function rupiah(value: number | null): string {
    return value === null ? '–' : 'Rp ' + formatIdNumber(Exact.fromDecimalString(value.toFixed(2)), { decimals: 2 });
}

/**
 * A plain, self-contained HTML rendering of the JSON report: one section per
 * organisation with its indicators and budget. Every text is escaped.
 */
export function tableReportHtml(report: JsonReport, language: Language, focus?: string): string {
    const en = language === 'en';
    const t = (id: string, english: string) => en ? english : id;
    const period = report.quarter ? `${report.year} tw${report.quarter}` : String(report.year);
    const parts: string[] = [];
    parts.push(`<!DOCTYPE html><html lang="${en ? 'en' : 'id'}"><head><meta charset="utf-8"><title>${escapeHtml(t('Laporan kinerja', 'Performance report'))} ${escapeHtml(period)}</title>`);
    parts.push(`<style>
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: 13px; margin: 1.5em; color: var(--vscode-foreground, #222); background: var(--vscode-editor-background, #fff); }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; width: 100%; }
th, td { border: 1px solid var(--vscode-panel-border, #ccc); padding: 3px 6px; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th { background: var(--vscode-editorWidget-background, #f3f3f3); }
tr.focus td { background: var(--vscode-editor-findMatchHighlightBackground, #fff3b0); }
.meta { color: var(--vscode-descriptionForeground, #666); }
</style></head><body>`);
    parts.push(`<h1>${escapeHtml(t('Laporan Evaluasi Kinerja', 'Performance Evaluation Report'))} ${escapeHtml(period)}</h1>`);
    for (const agency of report.agencies) {
        parts.push(`<section id="${escapeHtml(agency.id)}"><h2>${escapeHtml(agency.name ?? agency.id)} <span class="meta">(${escapeHtml(agency.id)})</span></h2>`);
        const facts: string[] = [];
        if (agency.score !== null) facts.push(`${t('Nilai', 'Score')} ${fmt(agency.score, '%')}`);
        if (agency.rank !== null) facts.push(`${t('Peringkat', 'Rank')} ${agency.rank}`);
        if (agency.absorption !== null) facts.push(`${t('Serapan anggaran', 'Budget absorption')} ${fmt(agency.absorption, '%')}`);
        if (agency.needsAssistance) facts.push(t('perlu pendampingan', 'needs assistance'));
        if (facts.length) parts.push(`<p class="meta">${facts.map(escapeHtml).join(' · ')}</p>`);
        if (agency.indicators.length) {
            parts.push(`<table><thead><tr><th>${t('Indikator', 'Indicator')}</th><th>${t('Sasaran/program', 'Node')}</th><th>${t('Satuan', 'Unit')}</th><th>Target</th><th>${t('Realisasi', 'Realisation')}</th><th>${t('Capaian', 'Achievement')}</th><th>${t('Kategori', 'Category')}</th><th>${t('Triwulan', 'Quarter')}</th><th>${t('Capaian triwulan', 'Quarter achievement')}</th></tr></thead><tbody>`);
            for (const i of agency.indicators) {
                const target = i.targetUpper !== null ? `${fmt(i.target)} – ${fmt(i.targetUpper)}` : fmt(i.target);
                const focused = focus && (i.id === focus || i.node === focus) ? ' class="focus"' : '';
                parts.push(`<tr id="${escapeHtml(i.id)}"${focused}><td>${escapeHtml(i.id)}</td><td>${escapeHtml(i.node)}</td><td>${escapeHtml(i.unit ?? '')}</td><td class="n">${target}</td><td class="n">${fmt(i.realisation)}</td><td class="n">${fmt(i.achievement, '%')}</td><td>${escapeHtml(i.category ?? '–')}</td><td>${i.quarterReported ? `tw${i.quarterReported}` : '–'}</td><td class="n">${fmt(i.quarterAchievement, '%')}</td></tr>`);
            }
            parts.push('</tbody></table>');
        }
        if (agency.budget.length) {
            parts.push(`<table><thead><tr><th>${t('Anggaran', 'Budget')}</th><th>${t('Jenis', 'Kind')}</th><th>Pagu</th><th>${t('Realisasi', 'Realisation')}</th><th>${t('Serapan', 'Absorption')}</th></tr></thead><tbody>`);
            for (const b of agency.budget) {
                const focused = focus && b.id === focus ? ' class="focus"' : '';
                parts.push(`<tr${focused}><td>${escapeHtml(b.id)}</td><td>${escapeHtml(b.kind)}</td><td class="n">${rupiah(b.pagu)}</td><td class="n">${rupiah(b.realisation)}</td><td class="n">${fmt(b.absorption, '%')}</td></tr>`);
            }
            parts.push('</tbody></table>');
        }
        parts.push('</section>');
    }
    if (!report.agencies.length) parts.push(`<p>${t('Belum ada data untuk tahun ini.', 'No data for this year yet.')}</p>`);
    parts.push('</body></html>');
    return parts.join('\n');
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
    model: WorkspaceModel, config: KinerjaConfig, language: Language, params: ReportParams, findings: ReportFindingInput[]
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
    const json = jsonReport(evaluation, config);
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

// ------------------------------------------------------------------ registration

/** The custom requests by method name, each answering its params once the workspace is built. */
export interface CustomRequestHandlers {
    [CASCADE_TREE_REQUEST]: (params: unknown, token?: CancellationToken) => Promise<CascadeTreeResult>;
    [REPORT_REQUEST]: (params: unknown, token?: CancellationToken) => Promise<ReportResult>;
}

/**
 * The report params as any client may send them: a field of the wrong type is left out,
 * so its default applies (numbers are kept as they are; the engine says what it refuses).
 */
export function reportParamsOf(raw: unknown): ReportParams {
    const p = typeof raw === 'object' && raw !== null ? raw as Record<string, unknown> : {};
    const params: ReportParams = {};
    if (typeof p.kind === 'string') params.kind = p.kind as ReportParams['kind'];
    if (typeof p.year === 'number') params.year = p.year;
    if (typeof p.quarter === 'number') params.quarter = p.quarter;
    if (typeof p.organisation === 'string' && p.organisation) params.organisation = p.organisation;
    if (typeof p.focus === 'string' && p.focus) params.focus = p.focus;
    return params;
}

export function customRequestHandlers(shared: LangiumSharedServices, services: KinerjaServices): CustomRequestHandlers {
    /** Runs after the workspace is loaded and validated, and not during a document update. */
    const whenBuilt = async <T>(action: () => T, token = CancellationToken.None): Promise<T> => {
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, token);
        return shared.workspace.WorkspaceLock.read(action);
    };
    const configFor = (): KinerjaConfig => {
        const first = shared.workspace.LangiumDocuments.all.head();
        return first ? services.kinerja.Settings.configFor(first.uri) : { ...defaultConfig(), ...services.kinerja.Settings.overrides };
    };
    return {
        [CASCADE_TREE_REQUEST]: (params, token) => whenBuilt(() => {
            const model = services.kinerja.WorkspaceModel.get();
            const config = configFor();
            const language = services.kinerja.Settings.languageFor(config);
            const requested = (params as CascadeTreeParams | null | undefined)?.year;
            const year = typeof requested === 'number' && Number.isInteger(requested) ? requested : defaultYear(model);
            return cascadeTree(model, config, language, year);
        }, token),
        [REPORT_REQUEST]: (params, token) => whenBuilt(() => {
            const model = services.kinerja.WorkspaceModel.get();
            const config = configFor();
            const language = services.kinerja.Settings.languageFor(config);
            const folder = shared.workspace.WorkspaceManager.workspaceFolders?.[0];
            const root = folder && folder.uri.startsWith('file:') ? URI.parse(folder.uri).fsPath : undefined;
            const findings = workspaceFindings(shared.workspace.LangiumDocuments.all, root);
            return buildReport(model, config, language, reportParamsOf(params), findings);
        }, token)
    };
}

/**
 * Registers the custom requests. A request that fails is logged with its stack and
 * answered with a ResponseError (InternalError) saying so in the message language; a
 * cancelled one with RequestCancelled. The next request is answered as usual.
 */
export function registerCustomRequests(connection: Connection, shared: LangiumSharedServices, services: KinerjaServices): void {
    const handlers = customRequestHandlers(shared, services);
    const language = (): Language => {
        const settings = services.kinerja.Settings;
        try {
            const first = shared.workspace.LangiumDocuments.all.head();
            return first ? settings.languageFor(settings.configFor(first.uri)) : settings.language ?? 'id';
        } catch {
            return settings.language ?? 'id';
        }
    };
    for (const method of [CASCADE_TREE_REQUEST, REPORT_REQUEST] as const) {
        const handler = handlers[method];
        connection.onRequest(method, async (params: unknown, token: CancellationToken) => {
            try {
                return await handler(params, token);
            } catch (err) {
                if (isOperationCancelled(err)) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request has been cancelled.');
                if (err instanceof ResponseError) throw err;
                connection.console.error(`kinerja: ${method} failed; answered with an error. ${describeError(err)}`);
                throw new ResponseError(ErrorCodes.InternalError, lspMessage(language(), 'internal-error', { request: method }));
            }
        });
    }
}
