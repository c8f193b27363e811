/**
 * The LKjIP (Laporan Kinerja Instansi Pemerintah, `kinerja report --kind lkjip`) as data:
 * one document per organisation in the structure of PermenPANRB 53/2014.
 *
 * - Bab I Pendahuluan: the organisation, its chart of positions (echelon, superior) with
 *   every official in office during the year (`plt`/`plh` kept), the head of the agency.
 *   The language has no strategic issues: the renderers leave the analyst's place.
 * - Bab II Perencanaan Kinerja: the Renstra (RPJMD for a pemda) period, its tujuan and
 *   sasaran with their indicators, the year's target and the target of the period's
 *   last year; the IKU (definition, formula, source); the year's PK and PK perubahan
 *   (the agreements kind's documents of the organisation).
 * - Bab III Akuntabilitas Kinerja: the annual kind's data of the organisation (per
 *   sasaran target, realisation, achievement, earlier years, the Renstra end target,
 *   `catatan`, efficiency, budget), unchanged.
 * - Bab IV Penutup and the appendices (the PK, the IKU table) come from the same data.
 *
 * Which organisations: those named (`organisations`, `--instansi`, in that order); else
 * every organisation of the annual report with an indicator of the year or an agreement.
 */
import type { Exact } from '../../common/exact.js';
import { annualTarget } from '../../engine/aggregation.js';
import { toConfigs, type Configs, type KinerjaConfig } from '../../engine/config.js';
import { officialsOf } from '../../engine/officials.js';
import type { IndicatorInfo, OrganisationInfo, PositionInfo, WorkspaceModel } from '../../engine/model.js';
import { periodKey } from '../../engine/periods.js';
import { targetsInForce } from '../../engine/revisions.js';
import { buildAgreementsReport, type AgreementDocument } from './agreements.js';
import { buildAnnualReport, type AnnualOrganisation } from './annual.js';
import {
    checkOptions, figure, indicatorRef, keyFirst, nodeRef, orNull, organisationRef, pemdaOf, pemdaRef, positionRef, reportBase,
    type Figure, type IndicatorRef, type NodeRef, type OrganisationRef, type PemdaRef, type PositionRef, type ReportBase, type ReportOptions
} from './common.js';
import { UnknownOrganisationError } from './template.js';

export interface LkjipOptions extends ReportOptions {
    /** The organisations to write, by id (`--instansi`); every one with something of the year when absent. */
    organisations?: readonly string[];
}

export interface LkjipReport extends Omit<ReportBase, 'kind'> {
    kind: 'lkjip';
    /** Years before `year` with a target or realisation in the workspace, ascending (Bab III's comparison). */
    comparisonYears: number[];
    documents: LkjipDocument[];
}

export interface LkjipOfficial {
    name: string;
    acting: 'plt' | 'plh' | null;
    /** `sejak` / `sampai`, ISO, when written. */
    from: string | null;
    until: string | null;
    nip: string | null;
}

export interface LkjipPosition {
    position: PositionRef;
    superior: string | null;
    /** The officials in office at some time of the year, in the order written. */
    officials: LkjipOfficial[];
}

export interface LkjipPlanIndicator {
    indicator: IndicatorRef;
    /** The year's target in force (the year's latest revision). */
    target: Figure | null;
    targetUpper: Exact | null;
    /** The target of the Renstra period's last year. */
    endTarget: Figure | null;
    endTargetUpper: Exact | null;
}

export interface LkjipPlanGoal {
    node: NodeRef;
    indicators: LkjipPlanIndicator[];
}

export interface LkjipIku extends LkjipPlanIndicator {
    definition: string | null;
    formula: string | null;
    source: string | null;
}

export interface LkjipDocument {
    organisation: OrganisationRef;
    pemda: PemdaRef | null;
    /** Last year of the Renstra / RPJMD period; null without `periode`. */
    renstraYear: number | null;
    positions: LkjipPosition[];
    /** Tujuan and sasaran of the organisation, each with its indicators. */
    plan: LkjipPlanGoal[];
    iku: LkjipIku[];
    /** The PK of the year and each PK perubahan, of every official of the organisation. */
    agreements: AgreementDocument[];
    /** Bab III: the annual report's section of the organisation. */
    accountability: AnnualOrganisation;
}

function inYear(o: { from?: string; until?: string }, year: number): boolean {
    return (o.from === undefined || o.from <= `${year}-12-31`) && (o.until === undefined || o.until >= `${year}-01-01`);
}

function positionsOf(model: WorkspaceModel, org: OrganisationInfo, year: number): LkjipPosition[] {
    const ordered = org.positions.filter(p => model.positions.get(p.id) === p)
        .map((p, i) => ({ p, i })).sort((a, b) => (a.p.level ?? 9) - (b.p.level ?? 9) || a.i - b.i).map(x => x.p);
    return ordered.map((p: PositionInfo) => ({
        position: positionRef(p),
        superior: p.superiorId ? (model.positions.get(p.superiorId)?.ast.title ?? p.superiorId) : null,
        officials: officialsOf(p.ast).filter(o => inYear(o, year))
            .map(o => ({ name: o.name, acting: o.acting ?? null, from: o.from ?? null, until: o.until ?? null, nip: o.nip ?? null }))
    }));
}

function planIndicator(model: WorkspaceModel, i: IndicatorInfo, year: number, end: number | null): LkjipPlanIndicator {
    const t = targetsInForce(i, year).get(periodKey(year))?.[0];
    const e = end === null ? undefined : annualTarget(i, end);
    return {
        indicator: indicatorRef(model, i), target: figure(i, t?.value), targetUpper: orNull(t?.upper),
        endTarget: figure(i, e?.value), endTargetUpper: orNull(e?.upper)
    };
}

export function buildLkjipReport(model: WorkspaceModel, configs: KinerjaConfig | Configs, options: LkjipOptions): LkjipReport {
    checkOptions(options);
    const { year } = options;
    const known = [...model.organisations.keys()];
    const unknown = (options.organisations ?? []).filter(id => !model.organisations.has(id));
    if (unknown.length) throw new UnknownOrganisationError(unknown, known);
    const annual = buildAnnualReport(model, configs, { ...options, quarter: undefined });
    const agreements = buildAgreementsReport(model, configs, { ...options, quarter: undefined });
    const sections = new Map(annual.organisations.map(o => [o.organisation.id, o]));
    const ids = options.organisations?.length
        ? [...new Set(options.organisations)]
        : annual.organisations.map(o => o.organisation.id)
            .filter(id => sections.get(id)!.goals.length || agreements.documents.some(d => d.organisation.id === id));
    const documents = ids.filter(id => sections.has(id)).map(id => {
        const org = model.organisations.get(id)!;
        const end = org.period?.end ?? null;
        const pemda = pemdaOf(model, org);
        const plan = org.nodes.filter(n => (n.kind === 'tujuan' || n.kind === 'sasaran') && model.nodes.get(n.id) === n)
            .map(n => ({ node: nodeRef(model, n), indicators: keyFirst(n.indicators).map(i => planIndicator(model, i, year, end)) }));
        const iku = org.indicators.filter(i => i.key && model.indicators.get(i.id) === i).map(i => ({
            ...planIndicator(model, i, year, end),
            definition: i.ast.definition ?? null, formula: i.ast.formula ?? null, source: i.ast.source ?? null
        }));
        return {
            organisation: organisationRef(org), pemda: pemda && pemda !== org ? pemdaRef(pemda) : null, renstraYear: end,
            positions: positionsOf(model, org, year), plan, iku,
            agreements: agreements.documents.filter(d => d.organisation.id === id),
            accountability: sections.get(id)!
        };
    });
    const { kind: _kind, ...base } = reportBase('annual', model, toConfigs(configs).main, options, null);
    return { ...base, kind: 'lkjip', comparisonYears: annual.comparisonYears, documents };
}
