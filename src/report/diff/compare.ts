/**
 * `kinerja diff`: what changed in a plan between two versions of a workspace (two git
 * revisions, or two folders), per organisation, and whether each change is recorded as
 * a revision (`revisi`) or a PK perubahan rather than an edit of a value already
 * written. Pure: two workspace models in, plain data out (no file system, no git; the
 * CLI loads both sides, src/cli/diff.ts). What counts as a change and as covered:
 * docs/diff.md.
 *
 * - Targets and pagu are compared per statement: the value as first written (the
 *   statement without `revisi`) and each `revisi` (by its date as written), per period
 *   (the year, tw1–tw4; quarters made from months included). A statement added in B
 *   that is a revision is a covered change (old: the value in force in A for that
 *   period, new: the revision's); any other added, removed or edited statement is not
 *   covered (the value was changed where it stood).
 * - Agreements: the `perjanjian` statement (added, removed; `pihak-kedua`, `tempat`,
 *   `ditandatangani` changed; `perubahan` dates added, which is the covering record, or
 *   removed), and, for the documents signed in A (the agreement and each PK perubahan),
 *   their parties and rows (targets and pagu as the agreements report prints them on
 *   the signing date) — a change there is an edit of a signed document, never covered.
 * - Officials (`pejabat`) per position, by name: added, removed, `plt`/`plh`, `sejak`,
 *   `sampai`, `nip` changed. Nothing covers them (covered: null).
 */
import { Exact } from '../../common/exact.js';
import type { Configs, KinerjaConfig } from '../../engine/config.js';
import { validDate } from '../../engine/dates.js';
import { evaluateWorkspace, type OrganisationEvaluation } from '../../engine/evaluate.js';
import type { AgreementInfo, IndicatorInfo, NodeInfo, RevisionInfo, ValueEntry, WorkspaceModel } from '../../engine/model.js';
import type { OfficialInfo } from '../../engine/officials.js';
import { periodKey, yearOfKey } from '../../engine/periods.js';
import { targetsInForce } from '../../engine/revisions.js';
import { buildAgreementsReport, type AgreementDocument } from '../kinds/agreements.js';
import { scaleWord } from '../../engine/scale.js';

/** A value as written: a number (with the upper bound of a range), or a word. */
export interface DiffFigure {
    value: Exact | string;
    upper?: Exact;
    /** Printed as Rupiah (pagu). */
    rupiah?: boolean;
}

export type DiffValue = DiffFigure | string | null;

export type ChangeKind = 'target' | 'pagu' | 'agreement' | 'official';

export interface Coverage {
    kind: 'revisi' | 'perubahan';
    /** As written (YYYY-MM-DD). */
    date: string;
    reason: string | null;
}

export interface SignedRef {
    position: string;
    /** The document's date: `ditandatangani`, or the `perubahan` date of a PK perubahan. */
    signed: string;
}

export interface PlanChange {
    /** The organisation (pemda or agency) the subject belongs to. */
    organisation: string;
    kind: ChangeKind;
    change: 'added' | 'removed' | 'changed';
    /** Qualified id: the indicator (target), the node (pagu), the position (agreement, official). */
    subject: string;
    /** The subject's title as written in B (else A). */
    title: string | null;
    year: number | null;
    /** Target and pagu: `tahun` or `tw1`…`tw4`; agreement: the document's date (`ditandatangani` or a `perubahan`); official: the official's name. */
    period: string | null;
    /**
     * What changed: target and pagu, `nilai` (the statement as first written) or
     * `revisi YYYY-MM-DD`; agreement, `perjanjian`, `pihak-kedua`, `tempat`,
     * `ditandatangani`, `perubahan`, `pihak-pertama`, `baris-target INDICATOR`,
     * `baris-pagu NODE`; official, `pejabat`, `plt`, `sejak`, `sampai`, `nip`.
     */
    field: string;
    old: DiffValue;
    new: DiffValue;
    /**
     * true: B records the change as a revision or a PK perubahan; false: a value already
     * written (or a signed agreement) was edited, added or removed in place; null:
     * nothing to cover (officials, an agreement not signed in A).
     */
    covered: boolean | null;
    coveredBy: Coverage | null;
    /**
     * Target and pagu: the agreements signed in A that hold the value: the owner's for the
     * year, and every signed document (agreement or PK perubahan) whose row for it changed.
     */
    signedAgreements: SignedRef[];
    /**
     * A change covered by a revision dated after the owner's agreement was signed: the
     * `perubahan` in B dated on or after the revision (the amended agreement that carries
     * it), or null when B has none yet (`pk-revision-missing`). Otherwise null.
     */
    amendment: string | null;
}

export interface IndicatorMovement {
    organisation: string;
    indicator: string;
    title: string | null;
    old: Exact | null;
    new: Exact | null;
}

export interface RankMovement {
    organisation: string;
    title: string | null;
    oldScore: Exact | null;
    newScore: Exact | null;
    oldRank: number | null;
    newRank: number | null;
}

export interface WorkspaceDiff {
    year: number | null;
    quarter: number | null;
    /** In organisation order (B's, then those only in A), then kind, subject, year, period. */
    changes: PlanChange[];
    /** Achievement (capaian) that moved between A and B for the year. */
    achievements: IndicatorMovement[];
    /** Agencies whose score or rank moved. */
    ranking: RankMovement[];
}

export interface DiffSide {
    model: WorkspaceModel;
    configs: KinerjaConfig | Configs;
}

const PERIODS = ['tahun', 'tw1', 'tw2', 'tw3', 'tw4'] as const;

function figureOf(entry: ValueEntry | undefined, scale: readonly string[] | undefined, rupiah = false): DiffFigure | null {
    if (!entry) return null;
    if (entry.value === undefined) return entry.text !== undefined ? { value: entry.text } : null;
    const value = scale ? scaleWord(scale, entry.value) ?? entry.value : entry.value;
    return { value, ...(entry.upper ? { upper: entry.upper } : {}), ...(rupiah ? { rupiah } : {}) };
}

function sameValue(a: DiffValue, b: DiffValue): boolean {
    if (a === null || b === null) return a === b;
    if (typeof a === 'string' || typeof b === 'string') return a === b;
    const eq = (x: Exact | string | undefined, y: Exact | string | undefined) =>
        x === undefined || y === undefined ? x === y
            : typeof x === 'string' || typeof y === 'string' ? x === y : x.cmp(y) === 0;
    return eq(a.value, b.value) && eq(a.upper, b.upper);
}

/** One statement of a year's target or pagu: as first written (`nilai`) or a `revisi`. */
interface Statement {
    key: string;
    revision?: RevisionInfo;
    /** Per period index (0 = the year, 1..4 = quarters). */
    figures: Map<number, DiffFigure | null>;
}

function revisionKey(revision: RevisionInfo): string {
    return `revisi ${revision.source.revised ?? ''}`;
}

function statements(year: number, original: (q: number) => ValueEntry | undefined, revisions: readonly RevisionInfo[] | undefined,
    scale: readonly string[] | undefined, rupiah: boolean): Map<string, Statement> {
    const result = new Map<string, Statement>();
    const figures = new Map<number, DiffFigure | null>();
    for (let q = 0; q <= 4; q++) {
        const f = figureOf(original(q), scale, rupiah);
        if (f) figures.set(q, f);
    }
    if (figures.size) result.set('nilai', { key: 'nilai', figures });
    for (const revision of revisions ?? []) {
        let key = revisionKey(revision);
        for (let n = 2; result.has(key); n++) key = `${revisionKey(revision)} (${n})`;
        const revised = new Map<number, DiffFigure | null>();
        for (let q = 0; q <= 4; q++) {
            const f = figureOf(revision.entries.get(periodKey(year, q || undefined)), scale, rupiah);
            if (f) revised.set(q, f);
        }
        result.set(key, { key, revision, figures: revised });
    }
    return result;
}

function coverageOf(revision: RevisionInfo): Coverage | null {
    const date = revision.source.revised;
    return date ? { kind: 'revisi', date, reason: revision.reason ?? null } : null;
}

interface Measured {
    organisation: string;
    id: string;
    title: string | null;
    ownerId?: string;
    years(): Set<number>;
    statements(year: number): Map<string, Statement>;
    /** The value in force for the whole year at the period index. */
    inForce(year: number, q: number): DiffFigure | null;
}

function measuredIndicator(i: IndicatorInfo): Measured {
    return {
        organisation: i.organisation.id, id: i.id, title: i.ast.title ?? null, ownerId: i.node.ownerId,
        years: () => new Set([...[...i.targets.keys()].map(yearOfKey), ...i.targetRevisions.keys()]),
        statements: year => statements(year, q => i.targets.get(periodKey(year, q || undefined))?.[0], i.targetRevisions.get(year), i.scale, false),
        inForce: (year, q) => figureOf(targetsInForce(i, year).get(periodKey(year, q || undefined))?.[0], i.scale)
    };
}

function measuredNode(n: NodeInfo): Measured {
    return {
        organisation: n.organisation.id, id: n.id, title: n.ast.title ?? null, ownerId: n.ownerId,
        years: () => new Set([...n.ceilings.keys(), ...n.ceilingRevisions.keys()]),
        statements: year => statements(year, q => (q === 0 ? n.ceilings.get(year)?.[0] : undefined), n.ceilingRevisions.get(year), undefined, true),
        inForce: (year, q) => {
            if (q !== 0) return null;
            const revision = n.ceilingRevisions.get(year)?.filter(r => r.date !== undefined).at(-1);
            return figureOf(revision?.entries.get(periodKey(year)) ?? n.ceilings.get(year)?.[0], undefined, true);
        }
    };
}

function signedAgreementOf(model: WorkspaceModel, positionId: string | undefined, year: number): SignedRef[] {
    if (!positionId) return [];
    for (const a of model.agreementsByKey.get(`${positionId}|${year}`) ?? []) {
        const signed = validDate(a.ast.signed);
        if (signed) return [{ position: positionId, signed }];
    }
    return [];
}

/** The `perubahan` of the owner's agreement in B dated on or after a revision signed-after, or null. */
function amendmentFor(modelB: WorkspaceModel, positionId: string | undefined, year: number, signed: SignedRef[], coverage: Coverage | null): string | null {
    const date = coverage?.date;
    const own = signed.find(s => s.position === positionId);
    if (!positionId || !date || !own || own.signed >= date) return null;
    const dates = (modelB.agreementsByKey.get(`${positionId}|${year}`) ?? []).flatMap(a => a.ast.amendments).map(d => validDate(d)).filter((d): d is string => d !== undefined && d >= date).sort();
    return dates[0] ?? null;
}

function compareMeasured(kind: 'target' | 'pagu', a: Measured | undefined, b: Measured | undefined, modelA: WorkspaceModel, modelB: WorkspaceModel, out: PlanChange[]): void {
    const any = (b ?? a)!;
    const years = [...new Set([...(a?.years() ?? []), ...(b?.years() ?? [])])].sort((x, y) => x - y);
    for (const year of years) {
        const sa = a?.statements(year) ?? new Map<string, Statement>();
        const sb = b?.statements(year) ?? new Map<string, Statement>();
        const owner = b?.ownerId ?? a?.ownerId;
        const signedAgreements = () => signedAgreementOf(modelA, owner, year);
        const base = { organisation: any.organisation, kind, subject: any.id, title: any.title, year };
        for (const key of new Set([...sa.keys(), ...sb.keys()])) {
            const before = sa.get(key);
            const after = sb.get(key);
            for (let q = 0; q <= 4; q++) {
                const old = before?.figures.get(q) ?? null;
                const now = after?.figures.get(q) ?? null;
                if (!before && after?.revision) {
                    // A revision new in B: the change it records, from what was in force in A.
                    const inForce = a?.inForce(year, q) ?? null;
                    if (now === null || sameValue(inForce, now)) continue;
                    const coveredBy = coverageOf(after.revision);
                    const signed = signedAgreements();
                    out.push({ ...base, period: PERIODS[q], field: key, change: inForce === null ? 'added' : 'changed', old: inForce, new: now, covered: true, coveredBy,
                        signedAgreements: signed, amendment: amendmentFor(modelB, owner, year, signed, coveredBy) });
                    continue;
                }
                if (sameValue(old, now)) continue;
                out.push({ ...base, period: PERIODS[q], field: key, change: old === null ? 'added' : now === null ? 'removed' : 'changed', old, new: now, covered: false, coveredBy: null,
                    signedAgreements: signedAgreements(), amendment: null });
            }
        }
    }
}

/** The `perjanjian` statements per `position|year` (the first of each, as reports take it). */
function agreementsOf(model: WorkspaceModel): Map<string, AgreementInfo> {
    const map = new Map<string, AgreementInfo>();
    for (const a of model.agreements) {
        if (a.year === undefined) continue;
        const key = `${a.positionId}|${a.year}`;
        if (!map.has(key)) map.set(key, a);
    }
    return map;
}

function organisationOfPosition(id: string): string {
    return id.split('.')[0];
}

function compareAgreements(a: DiffSide, b: DiffSide, out: PlanChange[]): void {
    const aa = agreementsOf(a.model);
    const bb = agreementsOf(b.model);
    const years = new Set<number>();
    for (const key of new Set([...aa.keys(), ...bb.keys()])) {
        const before = aa.get(key);
        const after = bb.get(key);
        const any = (after ?? before)!;
        years.add(any.year!);
        const signed = validDate(before?.ast.signed);
        const position = b.model.positions.get(any.positionId) ?? a.model.positions.get(any.positionId);
        const base = {
            organisation: position?.organisation.id ?? organisationOfPosition(any.positionId), kind: 'agreement' as const, subject: any.positionId,
            title: position?.ast.title ?? null, year: any.year!, period: null, signedAgreements: [], amendment: null
        };
        // Editing or removing what was signed is never covered; an unsigned agreement has nothing to cover.
        const edited = signed ? false : null;
        if (!before || !after) {
            out.push({ ...base, field: 'perjanjian', change: before ? 'removed' : 'added', old: before ? signed ?? '' : null, new: after ? validDate(after.ast.signed) ?? '' : null, covered: before ? edited : null, coveredBy: null });
            continue;
        }
        const fields: Array<[string, string | undefined, string | undefined]> = [
            ['ditandatangani', before.ast.signed, after.ast.signed],
            ['pihak-kedua', before.ast.secondParty, after.ast.secondParty],
            ['tempat', before.ast.place, after.ast.place]
        ];
        for (const [field, old, now] of fields) {
            if (old === now) continue;
            out.push({ ...base, field, change: old === undefined ? 'added' : now === undefined ? 'removed' : 'changed', old: old ?? null, new: now ?? null, covered: edited, coveredBy: null });
        }
        const oldDates = new Set(before.ast.amendments);
        const newDates = new Set(after.ast.amendments);
        for (const date of newDates) {
            if (!oldDates.has(date)) out.push({ ...base, field: 'perubahan', change: 'added', old: null, new: date, covered: true, coveredBy: { kind: 'perubahan', date, reason: null } });
        }
        for (const date of oldDates) {
            if (!newDates.has(date)) out.push({ ...base, field: 'perubahan', change: 'removed', old: date, new: null, covered: false, coveredBy: null });
        }
    }
    // The documents signed in A: what each says on its date, in A and in B.
    const yearly = new Map<string, PlanChange>();
    for (const c of out) {
        const key = `${c.kind}|${c.subject}|${c.year}`;
        if (c.period === 'tahun' && !yearly.has(key)) yearly.set(key, c);
    }
    for (const year of [...years].sort((x, y) => x - y)) {
        const docsA = signedDocuments(a, year);
        if (!docsA.size) continue;
        const docsB = signedDocuments(b, year);
        for (const [key, before] of docsA) {
            const after = docsB.get(key);
            if (!after) continue;
            compareDocuments(before, after, yearly, out);
        }
    }
}

function signedDocuments(side: DiffSide, year: number): Map<string, AgreementDocument> {
    const report = buildAgreementsReport(side.model, side.configs, { year });
    const map = new Map<string, AgreementDocument>();
    for (const d of report.documents) {
        if (d.declared && d.signedDate) map.set(`${d.position.id}|${d.signedDate}|${d.amendment ? 'perubahan' : ''}`, d);
    }
    return map;
}

function party(p: { title: string | null; name: string | null; acting: 'plt' | 'plh' | null }): string {
    const who = [p.acting ? `${p.acting === 'plt' ? 'Plt.' : 'Plh.'}` : '', p.name ?? ''].filter(Boolean).join(' ');
    return who ? `${who} (${p.title ?? ''})` : p.title ?? '';
}

/**
 * A signed document's parties and rows, on its date, in A and in B. A row that changed
 * (added, removed, another value) because its target or pagu changed (listed already)
 * adds the document to that change's `signedAgreements`; a row that changed otherwise (a
 * program's pagu summed from its kegiatan) is a change of its own.
 */
function compareDocuments(before: AgreementDocument, after: AgreementDocument, yearly: ReadonlyMap<string, PlanChange>, out: PlanChange[]): void {
    const signed: SignedRef = { position: after.position.id, signed: after.signedDate! };
    const base = {
        organisation: after.organisation.id, kind: 'agreement' as const, subject: after.position.id, title: after.position.title ?? null,
        year: after.year, period: after.signedDate, signedAgreements: [], amendment: null, covered: false, coveredBy: null
    };
    const push = (field: string, old: DiffValue, now: DiffValue) => {
        if (sameValue(old, now)) return;
        out.push({ ...base, field, change: old === null ? 'added' : now === null ? 'removed' : 'changed', old, new: now });
    };
    const row = (kind: 'target' | 'pagu', id: string, old: DiffValue, now: DiffValue) => {
        if (sameValue(old, now)) return;
        const change = yearly.get(`${kind}|${id}|${after.year}`);
        if (change) {
            if (!change.signedAgreements.some(s => s.position === signed.position && s.signed === signed.signed)) change.signedAgreements.push(signed);
            return;
        }
        push(`baris-${kind} ${id}`, old, now);
    };
    push('pihak-pertama', party(before.firstParty) || null, party(after.firstParty) || null);
    push('pihak-kedua-pejabat', party(before.secondParty) || null, party(after.secondParty) || null);
    const rows = (d: AgreementDocument) => new Map(d.targets.flatMap(g => g.indicators).map(r => [r.indicator.id, r.target === null ? null : { value: r.target, ...(r.targetUpper ? { upper: r.targetUpper } : {}) } as DiffFigure]));
    const ra = rows(before);
    const rb = rows(after);
    for (const id of new Set([...ra.keys(), ...rb.keys()])) row('target', id, ra.get(id) ?? null, rb.get(id) ?? null);
    const budget = (d: AgreementDocument) => new Map(d.budget.map(r => [r.node.id, r.pagu === null ? null : { value: r.pagu, rupiah: true } as DiffFigure]));
    const ba = budget(before);
    const bb = budget(after);
    for (const id of new Set([...ba.keys(), ...bb.keys()])) row('pagu', id, ba.get(id) ?? null, bb.get(id) ?? null);
}

function officialFields(o: OfficialInfo): Array<[string, string | null]> {
    return [['plt', o.acting ?? null], ['sejak', o.ast.from ?? null], ['sampai', o.ast.until ?? null], ['nip', o.nip ?? null]];
}

function compareOfficials(a: DiffSide, b: DiffSide, out: PlanChange[]): void {
    const ids = new Set([...a.model.positions.keys(), ...b.model.positions.keys()]);
    for (const id of ids) {
        const pa = a.model.positions.get(id);
        const pb = b.model.positions.get(id);
        const any = (pb ?? pa)!;
        const byName = (list: readonly OfficialInfo[] | undefined) => {
            const map = new Map<string, OfficialInfo>();
            for (const o of list ?? []) {
                let key = o.name;
                for (let n = 2; map.has(key); n++) key = `${o.name} (${n})`;
                map.set(key, o);
            }
            return map;
        };
        const oa = byName(pa?.officials);
        const ob = byName(pb?.officials);
        const base = { organisation: any.organisation.id, kind: 'official' as const, subject: id, title: any.ast.title ?? null, year: null, covered: null, coveredBy: null, signedAgreements: [], amendment: null };
        for (const name of new Set([...oa.keys(), ...ob.keys()])) {
            const before = oa.get(name);
            const after = ob.get(name);
            if (!before || !after) {
                const o = (after ?? before)!;
                const describe = [o.acting === 'plt' ? 'Plt.' : o.acting === 'plh' ? 'Plh.' : '', o.ast.from ? `sejak ${o.ast.from}` : '', o.ast.until ? `sampai ${o.ast.until}` : '', o.nip ? `nip ${o.nip}` : ''].filter(Boolean).join(' ');
                out.push({ ...base, period: name, field: 'pejabat', change: before ? 'removed' : 'added', old: before ? describe || name : null, new: after ? describe || name : null });
                continue;
            }
            const fa = officialFields(before);
            const fb = new Map(officialFields(after));
            for (const [field, old] of fa) {
                const now = fb.get(field) ?? null;
                if (old === now) continue;
                out.push({ ...base, period: name, field, change: old === null ? 'added' : now === null ? 'removed' : 'changed', old, new: now });
            }
        }
    }
}

const KIND_ORDER: Record<ChangeKind, number> = { target: 0, pagu: 1, agreement: 2, official: 3 };

function achievementOf(e: OrganisationEvaluation['indicators'][number], quarter: number | undefined): Exact | null {
    const a = quarter === undefined || e.final ? e.achievement : e.quarterAchievement;
    return a.computable ? a.value : null;
}

function movements(a: DiffSide, b: DiffSide, year: number, quarter: number | undefined): Pick<WorkspaceDiff, 'achievements' | 'ranking'> {
    const ea = evaluateWorkspace(a.model, a.configs, year, quarter);
    const eb = evaluateWorkspace(b.model, b.configs, year, quarter);
    const achievements: IndicatorMovement[] = [];
    const ranking: RankMovement[] = [];
    const orgA = new Map(ea.organisations.map(o => [o.organisation.id, o]));
    const seen = new Set<string>();
    const orgs = [...eb.organisations, ...ea.organisations.filter(o => !eb.organisations.some(x => x.organisation.id === o.organisation.id))];
    for (const o of orgs) {
        const id = o.organisation.id;
        if (seen.has(id)) continue;
        seen.add(id);
        const before = orgA.get(id);
        const after = eb.organisations.find(x => x.organisation.id === id);
        const ia = new Map((before?.indicators ?? []).map(e => [e.indicator.id, e]));
        const ib = new Map((after?.indicators ?? []).map(e => [e.indicator.id, e]));
        for (const iid of new Set([...ib.keys(), ...ia.keys()])) {
            const x = ia.get(iid);
            const y = ib.get(iid);
            const old = x ? achievementOf(x, quarter) : null;
            const now = y ? achievementOf(y, quarter) : null;
            if (old === null ? now === null : now !== null && old.cmp(now) === 0) continue;
            achievements.push({ organisation: id, indicator: iid, title: (y ?? x)!.indicator.ast.title ?? null, old, new: now });
        }
        if (o.organisation.kind !== 'instansi') continue;
        const oldScore = before?.score ?? null;
        const newScore = after?.score ?? null;
        const sameScore = oldScore === null ? newScore === null : newScore !== null && oldScore.cmp(newScore) === 0;
        if (sameScore && (before?.rank ?? null) === (after?.rank ?? null)) continue;
        ranking.push({ organisation: id, title: o.organisation.title ?? null, oldScore, newScore, oldRank: before?.rank ?? null, newRank: after?.rank ?? null });
    }
    return { achievements, ranking };
}

/** The changes from A to B, and how achievement and ranking move for `year` (cut at `quarter`). */
export function compareWorkspaces(a: DiffSide, b: DiffSide, year: number | undefined, quarter?: number): WorkspaceDiff {
    const changes: PlanChange[] = [];
    for (const id of new Set([...b.model.indicators.keys(), ...a.model.indicators.keys()])) {
        const ia = a.model.indicators.get(id);
        const ib = b.model.indicators.get(id);
        compareMeasured('target', ia && measuredIndicator(ia), ib && measuredIndicator(ib), a.model, b.model, changes);
    }
    for (const id of new Set([...b.model.nodes.keys(), ...a.model.nodes.keys()])) {
        const na = a.model.nodes.get(id);
        const nb = b.model.nodes.get(id);
        compareMeasured('pagu', na && measuredNode(na), nb && measuredNode(nb), a.model, b.model, changes);
    }
    compareAgreements(a, b, changes);
    compareOfficials(a, b, changes);
    const order = new Map([...b.model.organisations.keys(), ...a.model.organisations.keys()].map((id, i) => [id, i]));
    const index = new Map(changes.map((c, i) => [c, i]));
    changes.sort((x, y) => (order.get(x.organisation) ?? 1e9) - (order.get(y.organisation) ?? 1e9)
        || KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || index.get(x)! - index.get(y)!);
    const moved = year === undefined ? { achievements: [], ranking: [] } : movements(a, b, year, quarter);
    return { year: year ?? null, quarter: quarter ?? null, changes, ...moved };
}

/** `--fail-on unrevised`: a target of an agreement signed in A changed with no revision covering it. */
export function unrevisedChanges(diff: WorkspaceDiff): PlanChange[] {
    return diff.changes.filter(c => c.kind === 'target' && c.covered === false && c.signedAgreements.length > 0);
}
