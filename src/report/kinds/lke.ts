/**
 * `kinerja report --kind lke`: a pre-check of the evaluation worksheet (Lembar Kerja
 * Evaluasi) of PermenPANRB 88/2021, per agency and for each regional government as a
 * whole. The worksheet's components, sub-components, weights and criteria come from one
 * table (lke-criteria.ts); this module scores the criteria the workspace can show and
 * lists the rest as manual, with the evidence each needs. See docs/reports.md#lke.
 *
 * Scoring. A data criterion checks a list of items (every structural official, every
 * IKU, …); its value is the share of items that pass (exact), its result `terpenuhi`
 * (all pass), `sebagian` (some) or `tidak` (none, or nothing to check), and it
 * contributes value × (sub-component weight ÷ number of criteria of the sub-component).
 * A manual criterion contributes nothing here: `score` is what the data secures, and
 * `score + manualWeight` what the organisation can reach if every manual criterion is
 * met. The predikat bands are judged on those two figures as printed (two decimals).
 *
 * Scope. An agency's items are its own positions, nodes and indicators. A regional
 * government's are its own nodes and indicators together with those of every agency
 * that names it (`pemda`): the worksheet evaluates the pemda as a whole, so its items
 * are pooled, not its agencies' scores averaged.
 *
 * Pure: reads the workspace model only; reasons carry the file and line of the
 * statement concerned.
 */
import { AstUtils, URI, UriUtils, type AstNode } from 'langium';
import { Exact } from '../../common/exact.js';
import type { KinerjaConfig } from '../../engine/config.js';
import { validDate } from '../../engine/dates.js';
import type { IndicatorInfo, NodeInfo, OrganisationInfo, PositionInfo, RevisionInfo, WorkspaceModel } from '../../engine/model.js';
import { periodKey, yearOfKey } from '../../engine/periods.js';
import { lkeReason, type LkeReasonKey } from '../lke-messages.js';
import {
    activeIn, checkOptions, organisationRef, organisationsInOrder, positionRef, reportBase,
    type OrganisationRef, type PositionRef, type ReportBase, type ReportOptions
} from './common.js';
import { LKE_COMPONENTS, LKE_PREDIKAT, type LkeAspect, type LkeCheck, type LkeEvidence, type LkePredikatDef } from './lke-criteria.js';

export type LkeResult = 'terpenuhi' | 'sebagian' | 'tidak' | 'manual';

/** Why a data criterion is not (fully) met, or a note on how it was judged. */
export interface LkeReason {
    /** What kind of shortfall (`agreement-missing`, `iku-incomplete`, …). */
    code: LkeReasonKey;
    /** The position, node or indicator concerned (qualified id), or the organisation. */
    subject: string;
    /** `file:line` of the statement concerned, when there is one. */
    location: string | null;
    /** The reason in words, in both languages. */
    message: { id: string; en: string };
}

export interface LkeCriterionResult {
    /** `1.b.10`: component, sub-component, number. */
    id: string;
    no: number;
    name: string;
    /** The data check, or null for a manual criterion. */
    check: LkeCheck | null;
    result: LkeResult;
    /** Items checked and passed (null for a manual criterion). */
    checked: number | null;
    passed: number | null;
    /** passed ÷ checked, 0..1 (null for a manual criterion). */
    value: Exact | null;
    /** Points contributed (null for a manual criterion). */
    score: Exact | null;
    /** Points it is worth: the sub-component's weight ÷ its number of criteria. */
    maxScore: Exact;
    evidence: LkeEvidence;
    reasons: LkeReason[];
}

export interface LkeSubComponentResult {
    /** `1.a`. */
    id: string;
    aspect: LkeAspect;
    name: string;
    weight: Exact;
    /** Points the data criteria secure. */
    score: Exact;
    /** Points of its manual criteria. */
    manualWeight: Exact;
    criteria: LkeCriterionResult[];
}

export interface LkeComponentResult {
    no: number;
    name: string;
    nameEn: string;
    weight: Exact;
    score: Exact;
    manualWeight: Exact;
    subComponents: LkeSubComponentResult[];
}

export interface LkePredikat {
    label: LkePredikatDef['label'];
    meaning: LkeEvidence;
}

export interface LkeOrganisationResult {
    organisation: OrganisationRef;
    head: PositionRef | null;
    /** For a regional government: the agencies pooled with it (ids); [] for an agency. */
    agencies: string[];
    components: LkeComponentResult[];
    /** Points the data secures, of 100. */
    score: Exact;
    /** Points the data criteria are worth together. */
    dataWeight: Exact;
    /** score ÷ dataWeight × 100: how much of what the data can show it shows. */
    dataShare: Exact | null;
    /** Points of the manual criteria. */
    manualWeight: Exact;
    /** score + manualWeight: the most it can reach. */
    upper: Exact;
    /** The predikat of `score` and of `upper`. */
    predikat: { secured: LkePredikat; possible: LkePredikat };
}

export interface LkeReport extends ReportBase {
    kind: 'lke';
    /** The predikat bands, highest first (`above`: a score above it earns the band; null for D). */
    predikatBands: Array<{ label: string; above: number | null; meaning: LkeEvidence }>;
    /** Pemdas first (each pooled with its agencies), then agencies, by id. */
    organisations: LkeOrganisationResult[];
}

/** One item a data criterion checked: passed, or the reason it did not. */
interface Item {
    ok: boolean;
    reason?: LkeReason;
}

/** What a check found in one organisation: the items, and the note when there were none. */
interface Found {
    items: Item[];
}

interface Context {
    model: WorkspaceModel;
    year: number;
    fileBase: string | undefined;
}

const ZERO = Exact.ZERO;

function exact(n: number): Exact {
    return Number.isInteger(n) ? Exact.of(n) : Exact.fromDecimalString(String(n));
}

// ------------------------------------------------------------------ locations and reasons

/** `file:line` of an AST node: relative to `fileBase` for a file on disk, else the document's path. */
export function locationOf(node: AstNode | undefined, fileBase: string | undefined): string | null {
    if (!node) return null;
    const uri = AstUtils.findRootNode(node).$document?.uri;
    const line = node.$cstNode ? node.$cstNode.range.start.line + 1 : undefined;
    if (!uri || line === undefined) return null;
    let file: string;
    if (uri.scheme === 'file') file = fileBase !== undefined ? (UriUtils.relative(URI.file(fileBase), uri) || uri.fsPath) : uri.fsPath;
    else file = UriUtils.basename(uri);
    return `${file}:${line}`;
}

function reason(code: LkeReasonKey, subject: string, node: AstNode | undefined, ctx: Context, params: Record<string, string | number> = {}): LkeReason {
    const p = { subject, year: ctx.year, ...params };
    return { code, subject, location: locationOf(node, ctx.fileBase), message: { id: lkeReason('id', code, p), en: lkeReason('en', code, p) } };
}

// ------------------------------------------------------------------ the checks

function hasTargetIn(i: IndicatorInfo, year: number): boolean {
    for (const key of i.targets.keys()) if (yearOfKey(key) === year) return true;
    return i.targetRevisions.has(year);
}

function hasRealisationIn(i: IndicatorInfo, year: number): boolean {
    for (const key of i.realisations.keys()) if (yearOfKey(key) === year) return true;
    return false;
}

function structural(p: PositionInfo): boolean {
    return p.level !== undefined && p.level >= 2 && p.level <= 4;
}

/** The first declaration of each position of the organisation (a clash is `duplicate-name`'s). */
function positionsOf(ctx: Context, org: OrganisationInfo): PositionInfo[] {
    return org.positions.filter(p => ctx.model.positions.get(p.id) === p);
}

function nodesOf(ctx: Context, org: OrganisationInfo): NodeInfo[] {
    return org.nodes.filter(n => ctx.model.nodes.get(n.id) === n);
}

function indicatorsOf(ctx: Context, org: OrganisationInfo): IndicatorInfo[] {
    return org.indicators.filter(i => ctx.model.indicators.get(i.id) === i);
}

/** An official is in office at some time during the year. */
function officialInYear(p: PositionInfo, year: number): string | undefined {
    const first = `${year}-01-01`;
    const last = `${year}-12-31`;
    for (let k = p.officials.length - 1; k >= 0; k--) {
        const o = p.officials[k];
        if ((!o.from || o.from <= last) && (!o.until || o.until >= first)) return o.name;
    }
    return undefined;
}

/** 1.b.10: a performance agreement for the year of every echelon II–IV position with an official in the year. */
function checkAgreements(ctx: Context, org: OrganisationInfo): Found {
    const items: Item[] = [];
    for (const p of positionsOf(ctx, org)) {
        if (!structural(p)) continue;
        const official = officialInYear(p, ctx.year);
        if (official === undefined) continue;
        const ok = ctx.model.agreementsByKey.has(`${p.id}|${ctx.year}`);
        items.push(ok ? { ok } : { ok, reason: reason('agreement-missing', p.id, p.ast, ctx, { title: p.ast.title ?? p.id, official }) });
    }
    return { items };
}

/** Whether position `p` is below `owner` in the chart (a subordinate at any depth). */
function isBelow(model: WorkspaceModel, p: PositionInfo, owner: PositionInfo): boolean {
    const seen = new Set<string>();
    let id = p.superiorId;
    while (id !== undefined && !seen.has(id)) {
        if (id === owner.id) return true;
        seen.add(id);
        id = model.positions.get(id)?.superiorId;
    }
    return false;
}

function nodeHasTargetIn(node: NodeInfo, year: number): boolean {
    return node.indicators.some(i => hasTargetIn(i, year));
}

/**
 * 1.b.8: every node with targets in the year owned by an echelon II–IV position is
 * supported by a node of a position below it (through the owner's own nodes, as
 * `cascade-uncovered` follows them); a pemda's node, by an agency's node.
 */
function checkCascade(ctx: Context, org: OrganisationInfo): Found {
    const { model } = ctx;
    const items: Item[] = [];
    for (const node of nodesOf(ctx, org)) {
        if (!nodeHasTargetIn(node, ctx.year)) continue;
        if (org.kind === 'pemda') {
            const ok = reaches(model, node, s => s.organisation.kind === 'instansi', s => s.organisation === org);
            items.push(ok ? { ok } : { ok, reason: reason('cascade-pemda', node.id, node.ast, ctx) });
            continue;
        }
        const owner = node.ownerId ? model.positions.get(node.ownerId) : undefined;
        if (!owner || !structural(owner)) continue;
        if (!(model.subordinates.get(owner.id)?.length)) {
            items.push({ ok: false, reason: reason('cascade-no-subordinate', node.id, node.ast, ctx, { owner: owner.id }) });
            continue;
        }
        const ok = reaches(model, node, s => {
            const p = s.ownerId ? model.positions.get(s.ownerId) : undefined;
            return p !== undefined && isBelow(model, p, owner);
        }, s => s.ownerId === owner.id);
        items.push(ok ? { ok } : { ok, reason: reason('cascade-uncovered', node.id, node.ast, ctx, { owner: owner.id }) });
    }
    return { items };
}

/** Whether a supporter of `start` (following supporters that `through` accepts) is one `target` accepts. */
function reaches(model: WorkspaceModel, start: NodeInfo, target: (s: NodeInfo) => boolean, through: (s: NodeInfo) => boolean): boolean {
    const seen = new Set<NodeInfo>([start]);
    const stack = [start];
    while (stack.length) {
        for (const s of model.supporters.get(stack.pop()!.id) ?? []) {
            if (target(s)) return true;
            if (through(s) && !seen.has(s)) {
                seen.add(s);
                stack.push(s);
            }
        }
    }
    return false;
}

/** IKU (`utama`) with a target or a realisation in the year. */
function activeKeyIndicators(ctx: Context, org: OrganisationInfo): IndicatorInfo[] {
    return indicatorsOf(ctx, org).filter(i => i.key && activeIn(i, ctx.year));
}

/** 2.a.2: every IKU of the year states its `definisi`, `rumus` and `sumber`. */
function checkIkuDefinition(ctx: Context, org: OrganisationInfo): Found {
    const items: Item[] = [];
    for (const i of activeKeyIndicators(ctx, org)) {
        const missing = [
            i.ast.definition ? undefined : 'definisi',
            i.ast.formula ? undefined : 'rumus',
            i.ast.source ? undefined : 'sumber'
        ].filter((m): m is string => m !== undefined);
        items.push(missing.length === 0 ? { ok: true } : { ok: false, reason: reason('iku-incomplete', i.id, i.ast, ctx, { missing: missing.join(', ') }) });
    }
    return { items };
}

function hasRealisation(i: IndicatorInfo, year: number, quarter: number): boolean {
    return (i.realisations.get(periodKey(year, quarter)) ?? []).some(e => e.value !== undefined || e.text !== undefined);
}

/**
 * 2.b.4: every indicator with a target in the year has a realisation for each quarter
 * up to the last one its organisation reported (the latest quarter with any quarterly
 * realisation of the organisation in the year).
 */
function checkMonitoring(ctx: Context, org: OrganisationInfo): Found {
    const indicators = indicatorsOf(ctx, org);
    let last = 0;
    for (const i of indicators) for (let q = 4; q > last; q--) if (hasRealisation(i, ctx.year, q)) { last = q; break; }
    const items: Item[] = [];
    for (const i of indicators) {
        if (!hasTargetIn(i, ctx.year)) continue;
        if (last === 0) {
            items.push({ ok: false, reason: reason('monitoring-none', i.id, i.ast, ctx) });
            continue;
        }
        const missing: string[] = [];
        for (let q = 1; q <= last; q++) if (!hasRealisation(i, ctx.year, q)) missing.push(`tw${q}`);
        items.push(missing.length === 0 ? { ok: true } : { ok: false, reason: reason('monitoring-missing', i.id, i.ast, ctx, { quarters: missing.join(', '), last: `tw${last}` }) });
    }
    return { items };
}

/**
 * 1.b.1: every revision of a target or pagu of the year dated after the owner's
 * agreement was signed is covered by a `perubahan` dated on or after it (the
 * `pk-revision-missing` rule). No such revision: met.
 */
function checkRevisionsCovered(ctx: Context, org: OrganisationInfo): Found {
    const { model, year } = ctx;
    const items: Item[] = [];
    for (const node of nodesOf(ctx, org)) {
        if (!node.ownerId) continue;
        const agreements = model.agreementsByKey.get(`${node.ownerId}|${year}`) ?? [];
        if (agreements.length !== 1) continue;
        const agreement = agreements[0].ast;
        const signed = validDate(agreement.signed);
        if (!signed) continue;
        const amendments = agreement.amendments.map(d => validDate(d)).filter((d): d is string => d !== undefined);
        const revisions: Array<{ revision: RevisionInfo; subject: string; what: 'target' | 'pagu' }> = [];
        for (const r of node.ceilingRevisions.get(year) ?? []) revisions.push({ revision: r, subject: node.id, what: 'pagu' });
        for (const i of node.indicators) for (const r of i.targetRevisions.get(year) ?? []) revisions.push({ revision: r, subject: i.id, what: 'target' });
        for (const { revision, subject, what } of revisions) {
            if (!revision.date || revision.date <= signed) continue;
            const covered = amendments.some(d => d >= revision.date!);
            items.push(covered ? { ok: true } : {
                ok: false,
                reason: reason(what === 'pagu' ? 'revision-pagu-uncovered' : 'revision-target-uncovered', subject, revision.source, ctx, { date: revision.date, position: node.ownerId, signed })
            });
        }
    }
    return { items };
}

/** 2.a.3: every indicator with a realisation in the year has a `bukti` of the year (its own or its node's). */
function checkEvidence(ctx: Context, org: OrganisationInfo): Found {
    const items: Item[] = [];
    for (const i of indicatorsOf(ctx, org)) {
        if (!hasRealisationIn(i, ctx.year)) continue;
        const ok = i.evidence.some(e => e.year === ctx.year) || i.node.evidence.some(e => e.year === ctx.year);
        items.push(ok ? { ok } : { ok, reason: reason('evidence-missing', i.id, i.ast, ctx) });
    }
    return { items };
}

function analysed(notes: readonly { year: number; analysis?: string }[], year: number): boolean {
    return notes.some(n => n.year === year && n.analysis !== undefined && n.analysis.trim() !== '');
}

/**
 * 3.b.7: a `catatan` of the year with `analisis` for every sasaran with an indicator
 * active in the year (on the sasaran or one of its indicators), and for every IKU of the
 * year outside a sasaran (on the indicator or its node).
 */
function checkNarrative(ctx: Context, org: OrganisationInfo): Found {
    const items: Item[] = [];
    for (const node of nodesOf(ctx, org)) {
        if (node.kind === 'sasaran') {
            if (!node.indicators.some(i => activeIn(i, ctx.year))) continue;
            const ok = analysed(node.notes, ctx.year) || node.indicators.some(i => analysed(i.notes, ctx.year));
            items.push(ok ? { ok } : { ok, reason: reason('narrative-sasaran', node.id, node.ast, ctx) });
            continue;
        }
        for (const i of node.indicators) {
            if (!i.key || !activeIn(i, ctx.year) || ctx.model.indicators.get(i.id) !== i) continue;
            const ok = analysed(i.notes, ctx.year) || analysed(node.notes, ctx.year);
            items.push(ok ? { ok } : { ok, reason: reason('narrative-iku', i.id, i.ast, ctx) });
        }
    }
    return { items };
}

const CHECKS: Record<LkeCheck, (ctx: Context, org: OrganisationInfo) => Found> = {
    agreements: checkAgreements,
    cascade: checkCascade,
    ikuDefinition: checkIkuDefinition,
    monitoring: checkMonitoring,
    revisionsCovered: checkRevisionsCovered,
    evidence: checkEvidence,
    narrative: checkNarrative
};

/** The reason a data criterion with nothing to check gives, and whether that counts as met. */
const NOTHING: Record<LkeCheck, { code: LkeReasonKey; met: boolean }> = {
    agreements: { code: 'agreements-none', met: false },
    cascade: { code: 'cascade-none', met: false },
    ikuDefinition: { code: 'iku-none', met: false },
    monitoring: { code: 'monitoring-no-targets', met: false },
    revisionsCovered: { code: 'revisions-none', met: true },
    evidence: { code: 'evidence-none', met: false },
    narrative: { code: 'narrative-none', met: false }
};

// ------------------------------------------------------------------ scoring

export function predikatOf(score: Exact): LkePredikat {
    // Judged as printed: two decimals, half away from zero.
    const printed = Exact.fraction(score.roundScaled(2), 100n);
    const band = LKE_PREDIKAT.find(b => b.above === null || Exact.of(b.above).lt(printed)) ?? LKE_PREDIKAT[LKE_PREDIKAT.length - 1];
    return { label: band.label, meaning: band.meaning };
}

function scoreOrganisation(ctx: Context, subject: OrganisationInfo, members: OrganisationInfo[], head: PositionInfo | undefined): LkeOrganisationResult {
    const found = new Map<LkeCheck, Item[]>();
    const itemsOf = (check: LkeCheck) => {
        let items = found.get(check);
        if (!items) found.set(check, items = members.flatMap(org => CHECKS[check](ctx, org).items));
        return items;
    };
    const components: LkeComponentResult[] = LKE_COMPONENTS.map(c => {
        const subComponents = c.subComponents.map(s => {
            const weight = exact(s.weight);
            const each = weight.div(Exact.of(s.criteria.length))!;
            const criteria = s.criteria.map((def): LkeCriterionResult => {
                const id = `${c.no}.${s.code}.${def.no}`;
                const base = { id, no: def.no, name: def.name, maxScore: each, evidence: def.evidence };
                if (!def.check) return { ...base, check: null, result: 'manual', checked: null, passed: null, value: null, score: null, reasons: [] };
                const items = itemsOf(def.check);
                const passed = items.filter(i => i.ok).length;
                const reasons = items.filter(i => !i.ok && i.reason).map(i => i.reason!);
                let value: Exact;
                if (items.length === 0) {
                    const nothing = NOTHING[def.check];
                    value = nothing.met ? Exact.ONE : ZERO;
                    reasons.push(reason(nothing.code, subject.id, subject.declaration, ctx));
                } else {
                    value = Exact.fraction(BigInt(passed), BigInt(items.length));
                }
                const result: LkeResult = value.eq(Exact.ONE) ? 'terpenuhi' : value.eq(ZERO) ? 'tidak' : 'sebagian';
                return { ...base, check: def.check, result, checked: items.length, passed, value, score: each.mul(value), reasons };
            });
            const score = Exact.sum(criteria.map(k => k.score ?? ZERO));
            const manualWeight = Exact.sum(criteria.filter(k => k.check === null).map(k => k.maxScore));
            return { id: `${c.no}.${s.code}`, aspect: s.aspect, name: s.name, weight, score, manualWeight, criteria };
        });
        return {
            no: c.no, name: c.name, nameEn: c.nameEn, weight: exact(c.weight),
            score: Exact.sum(subComponents.map(s => s.score)), manualWeight: Exact.sum(subComponents.map(s => s.manualWeight)), subComponents
        };
    });
    const score = Exact.sum(components.map(c => c.score));
    const manualWeight = Exact.sum(components.map(c => c.manualWeight));
    const dataWeight = Exact.HUNDRED.sub(manualWeight);
    const upper = score.add(manualWeight);
    return {
        organisation: organisationRef(subject),
        head: head ? positionRef(head) : null,
        agencies: members.filter(m => m !== subject).map(m => m.id),
        components, score, dataWeight,
        dataShare: dataWeight.eq(ZERO) ? null : score.div(dataWeight)!.mul(Exact.HUNDRED),
        manualWeight, upper,
        predikat: { secured: predikatOf(score), possible: predikatOf(upper) }
    };
}

export function buildLkeReport(model: WorkspaceModel, config: KinerjaConfig, options: ReportOptions): LkeReport {
    checkOptions(options);
    const ctx: Context = { model, year: options.year, fileBase: options.fileBase };
    const ordered = organisationsInOrder(model);
    const organisations = ordered.map(org => {
        const members = org.kind === 'pemda' ? [org, ...ordered.filter(a => a.kind === 'instansi' && a.pemdaId === org.id)] : [org];
        const head = org.positions.find(p => p.level === 2 && model.positions.get(p.id) === p);
        return scoreOrganisation(ctx, org, members, head);
    });
    return {
        ...reportBase('lke', model, config, options, null),
        kind: 'lke',
        predikatBands: LKE_PREDIKAT.map(b => ({ label: b.label, above: b.above, meaning: b.meaning })),
        organisations
    };
}
