/**
 * Report data (src/report/kinds/) as tables: the rows and columns that the markdown, CSV
 * and XLSX formats print. One builder per kind; every table carries the organisation in
 * its first columns so it can be filtered in a spreadsheet and grouped in markdown.
 *
 * | kind | tables (first one is the CSV default) |
 * |---|---|
 * | annual | indicators, iku, organisations, budget, efficiency, months, notes, evidence, categories, findings |
 * | quarterly | indicators, organisations, behind, budget, trend, months, notes, evidence, categories, findings |
 * | ranking | ranking, categories, findings |
 * | agreements | agreements, targets, budget, findings |
 * | lke | criteria, components, organisations, findings |
 * | e81 | e81, closing, findings |
 */
import { provenanceLine, type Provenance } from '../provenance.js';
import { Exact } from '../../common/exact.js';
import type { Language } from '../../engine/config.js';
import { bandLabel, formatDate, monthName, periodName, periodNotice, reportText, type ReportMessageKey } from '../messages.js';
import type {
    AgreementsReport, AnnualReport, LkeReport, CategorySummary, Figure, MonthlyFigure, MonthlyRow, NodeRef, NotesBlock, RevisionRef, OrganisationRef, PositionRef, QuarterlyIndicatorRow,
    QuarterlyReport, RankingReport, RankingRow, ReportData, ReportFinding
} from '../kinds/index.js';
import { lkeText } from '../lke-messages.js';
import { e81Text, type E81TextKey } from '../e81-messages.js';
import type { E81Report, E81Row } from '../kinds/e81.js';
import { romanQuarter } from '../messages.js';
import { formatPercent } from '../../common/id-number.js';
import { categoryText, DASH, displayCell, type Cell, type Column, type ColumnType, type ReportTable } from './table.js';

type Texts = {
    /** The report catalogue (src/report/messages.ts), shared with the HTML report. */
    r: (key: ReportMessageKey, params?: Record<string, string | number>) => string;
    lang: Language;
};

function texts(lang: Language): Texts {
    return { r: (key, params) => reportText(lang, key, params), lang };
}

function col(key: string, title: string, type: ColumnType, options: { markdown?: boolean; upper?: string; indentBy?: string; optional?: boolean; link?: string } = {}): Column {
    return {
        key, title, type, markdown: options.markdown ?? true, ...(options.optional ? { optional: true } : {}), ...(options.link ? { link: options.link } : {}),
        ...(options.upper ? { upper: options.upper } : {}), ...(options.indentBy ? { indentBy: options.indentBy } : {})
    };
}

function depthColumn(t: Texts): Column {
    return col('depth', t.r('col.depth'), 'integer', { markdown: false });
}

/** The columns naming an organisation: its id (for filters, not in markdown) and name. */
function organisationColumns(t: Texts): Column[] {
    return [col('organisationId', t.r('col.organisationId'), 'text', { markdown: false }), col('organisation', t.r('col.organisation'), 'text', { markdown: false })];
}

function organisationCells(o: OrganisationRef): Cell[] {
    return [o.id, o.name ?? o.id];
}

function groupLabels(organisations: OrganisationRef[]): Map<string, string> {
    return new Map(organisations.map(o => [o.id, o.name ? `${o.name} (${o.id})` : o.id]));
}

function byOrganisation(t: Texts): ReportTable['groupBy'] {
    return { key: 'organisationId', label: t.r('col.organisation') };
}

/** `Sasaran SS1 — Meningkatnya …` as the node column of markdown tables. */
export function nodeLabel(node: NodeRef | null, t: Texts | Language): string | null {
    if (!node) return null;
    const tx = typeof t === 'string' ? texts(t) : t;
    const kind = tx.r(`node.${node.kind}`);
    const id = node.id.includes('.') ? node.id.slice(node.id.indexOf('.') + 1) : node.id;
    return `${kind} ${id}${node.name ? ` — ${node.name}` : ''}`;
}

function kindText(kind: 'pemda' | 'instansi', t: Texts): string {
    return t.r(`kind.${kind}`);
}

/** The head's title (`Plt. Kepala Dinas …` for an acting official) and name. */
function head(p: PositionRef | null, t: Texts): [Cell, Cell] {
    if (!p) return [null, null];
    return [p.title !== null && p.acting ? `${t.r(`pk.acting.${p.acting}`)} ${p.title}` : p.title, p.official];
}

function categoriesTable(id: string, summary: CategorySummary, t: Texts, countTitle = t.r('col.count')): ReportTable {
    const share = (count: number): Cell => summary.total ? Exact.of(count).mul(Exact.HUNDRED).div(Exact.of(summary.total))! : null;
    const rows: Cell[][] = summary.counts.map(c => [bandLabel(c.band, t.lang), c.band.min, c.count, share(c.count)]);
    rows.push([t.r('legend.notComputable'), null, summary.notComputable, share(summary.notComputable)]);
    rows.push([t.r('total'), null, summary.total, summary.total ? 100 : null]);
    return {
        id, title: t.r('table.categories'),
        columns: [
            col('category', t.r('col.category'), 'text'),
            col('min', `${t.r('col.category')} ≥`, 'percent', { markdown: false }),
            col('count', countTitle, 'integer'),
            col('share', t.r('col.share'), 'percent')
        ],
        rows
    };
}

export function findingsTable(findings: ReportFinding[], t: Texts): ReportTable {
    return {
        id: 'findings', title: t.r('table.findings'),
        columns: [
            col('file', t.r('col.file'), 'text'), col('line', t.r('col.line'), 'integer'), col('column', t.r('col.column'), 'integer', { markdown: false }),
            col('severity', t.r('col.severity'), 'text'), col('code', t.r('col.findingCode'), 'text'), col('message', t.r('col.message'), 'text')
        ],
        rows: findings.map(f => [f.file, f.line, f.column, t.r(`severity.${f.severity}`), f.code, f.message])
    };
}

function notComputableText(reason: string | null, t: Texts): Cell {
    if (!reason) return null;
    const key = `notComputable.${reason}`;
    return reportText.has(key) ? t.r(key) : reason;
}

/** The organisation table's columns the annual and quarterly kinds share. */
function organisationSummaryColumns(t: Texts): Column[] {
    return [
        col('organisationId', t.r('col.organisationId'), 'text', { markdown: false }), col('organisation', t.r('col.organisation'), 'text'),
        col('kind', t.r('col.kind'), 'text', { markdown: false }),
        col('headTitle', t.r('col.headTitle'), 'text', { markdown: false }), col('headName', t.r('col.headName'), 'text', { markdown: false }),
        col('score', t.r('col.score'), 'percent'), col('category', t.r('col.category'), 'text'), col('rank', t.r('col.rank'), 'integer'),
        col('pagu', t.r('col.pagu'), 'rupiah'), col('realisation', t.r('col.realisation'), 'rupiah'), col('absorption', t.r('col.absorption'), 'percent')
    ];
}

/** The original target, and the date and reason of the revision in force, beside the target in force. */
function revisionColumns(t: Texts): Column[] {
    return [
        col('originalTarget', t.r('col.originalTarget'), 'number', { upper: 'originalTargetUpper', optional: true }),
        col('originalTargetUpper', t.r('col.originalTargetUpper'), 'number', { markdown: false }),
        col('revisionDate', t.r('col.revisionDate'), 'date', { markdown: false }), col('revisionReason', t.r('col.revisionReason'), 'text', { markdown: false }),
        { ...col('revision', t.r('col.revision'), 'text', { optional: true }), markdownOnly: true }
    ];
}

/** "10 Juli 2025: Refocusing …": the revision in one markdown cell. */
function revisionText(revision: RevisionRef | null, t: Texts): Cell {
    if (!revision) return null;
    const date = formatDate(revision.date, t.lang);
    return revision.reason ? `${date}: ${revision.reason}` : date;
}

function revisionCells(row: { originalTarget: Figure | null; originalTargetUpper: Exact | null; revision: RevisionRef | null }, t: Texts): Cell[] {
    return [row.originalTarget, row.originalTargetUpper, row.revision?.date ?? null, row.revision?.reason ?? null, revisionText(row.revision, t)];
}

function paguRevisionColumns(t: Texts): Column[] {
    return [
        col('paguOriginal', t.r('col.originalPagu'), 'rupiah', { optional: true }),
        col('paguRevisionDate', t.r('col.paguRevisionDate'), 'date', { markdown: false }),
        col('paguRevisionReason', t.r('col.paguRevisionReason'), 'text', { markdown: false }),
        { ...col('paguRevision', t.r('col.revision'), 'text', { optional: true }), markdownOnly: true }
    ];
}

function paguRevisionCells(b: { paguOriginal: Exact | null; paguRevision: RevisionRef | null }, t: Texts): Cell[] {
    return [b.paguOriginal, b.paguRevision?.date ?? null, b.paguRevision?.reason ?? null, revisionText(b.paguRevision, t)];
}

/** `catatan` and `bukti` tables of the annual and quarterly reports. */
function notesTables(organisations: Array<{ organisation: OrganisationRef; notes: NotesBlock[] }>, year: number, t: Texts, labels: Map<string, string>): ReportTable[] {
    const subject = (t: Texts) => [
        col('nodeId', t.r('col.nodeId'), 'text', { markdown: false }), col('indicatorId', t.r('col.indicatorId'), 'text', { markdown: false }),
        col('subject', t.r('col.indicator'), 'text'), col('period', t.r('col.period'), 'text')
    ];
    const subjectCells = (b: NotesBlock) => [b.node.id, b.indicator?.id ?? null, b.indicator ? b.indicator.name ?? b.indicator.id : nodeLabel(b.node, t)];
    const notes: ReportTable = {
        id: 'notes', title: t.r('table.notes'), groupBy: byOrganisation(t), groupLabels: labels,
        columns: [
            ...organisationColumns(t), ...subject(t),
            col('analysis', t.r('note.analysis'), 'text'), col('obstacles', t.r('note.obstacles'), 'text'), col('solutions', t.r('note.solutions'), 'text')
        ],
        rows: organisations.flatMap(o => o.notes.flatMap(b => b.notes.map(n => [
            ...organisationCells(o.organisation), ...subjectCells(b), periodName(n.period, year, t.lang), n.analysis, n.obstacles, n.solutions
        ] as Cell[])))
    };
    const evidence: ReportTable = {
        id: 'evidence', title: t.r('table.evidence'), groupBy: byOrganisation(t), groupLabels: labels,
        columns: [
            ...organisationColumns(t), ...subject(t),
            col('title', t.r('col.evidenceTitle'), 'text', { link: 'link' }), col('location', t.r('col.location'), 'text'),
            col('link', t.r('col.link'), 'text', { markdown: false }), col('verified', t.r('col.verified'), 'date')
        ],
        rows: organisations.flatMap(o => o.notes.flatMap(b => b.evidence.map(e => [
            ...organisationCells(o.organisation), ...subjectCells(b), periodName(e.period, year, t.lang), e.title ?? e.location, e.location, e.link, e.verified
        ] as Cell[])))
    };
    return [notes, evidence];
}

// ---------------------------------------------------------------------- annual

function annualTables(data: AnnualReport, t: Texts): ReportTable[] {
    const orgs = data.organisations.map(o => o.organisation);
    const labels = groupLabels(orgs);
    const organisations: ReportTable = {
        id: 'organisations', title: t.r('table.organisations'),
        columns: [
            ...organisationSummaryColumns(t)
        ],
        rows: data.organisations.map(o => [
            ...organisationCells(o.organisation), kindText(o.organisation.kind, t), ...head(o.head, t),
            o.score, categoryText(o.scoreCategory, t.lang), o.rank, o.budget.pagu, o.budget.realisation, o.budget.absorption
        ])
    };

    const history = data.comparisonYears.flatMap(year => [
        col(`realisation${year}`, t.r('col.realisationYear', { year }), 'number', { markdown: false }),
        col(`achievement${year}`, t.r('col.achievementYear', { year }), 'percent')
    ]);
    const indicators: ReportTable = {
        id: 'indicators', title: t.r('table.indicators'), groupBy: byOrganisation(t), groupLabels: labels,
        columns: [
            ...organisationColumns(t),
            col('goalId', t.r('col.goalId'), 'text', { markdown: false }), col('goal', t.r('col.goal'), 'text', { markdown: false }),
            col('nodeId', t.r('col.nodeId'), 'text', { markdown: false }), col('nodeKind', t.r('col.nodeKind'), 'text', { markdown: false }),
            col('indicatorId', t.r('col.indicatorId'), 'text', { markdown: false }), depthColumn(t),
            col('indicator', t.r('col.indicator'), 'text', { indentBy: 'depth' }),
            col('key', t.r('col.key'), 'boolean', { optional: true }),
            col('unit', t.r('col.unit'), 'text'), col('direction', t.r('col.direction'), 'text', { markdown: false }),
            col('target', t.r('col.target'), 'number', { upper: 'targetUpper' }),
            col('targetUpper', t.r('col.upper', { title: t.r('col.target') }), 'number', { markdown: false }),
            ...revisionColumns(t),
            col('realisation', t.r('col.realisation'), 'number'),
            col('achievement', t.r('col.achievement'), 'percent'), col('category', t.r('col.category'), 'text'),
            col('notComputable', t.r('col.notComputable'), 'text', { markdown: false }),
            col('final', t.r('col.final'), 'boolean', { markdown: false }), col('quarterReported', t.r('col.quarterReported'), 'integer', { markdown: false }),
            ...history,
            col('renstraYear', t.r('col.renstraYear'), 'integer', { markdown: false }),
            col('renstraTarget', t.r('col.renstraTarget', { year: '…' }).replace(/\s*\(\u2026\)/, ''), 'number', { markdown: false, upper: 'renstraTargetUpper' }),
            col('renstraTargetUpper', t.r('col.upper', { title: t.r('col.renstraTarget', { year: '…' }).replace(/\s*\(\u2026\)/, '') }), 'number', { markdown: false }),
            col('renstraAchievement', t.r('col.renstraAchievement'), 'percent', { markdown: false })
        ],
        rows: data.organisations.flatMap(o => o.goals.flatMap(g => g.rows.map(row => [
            ...organisationCells(o.organisation),
            g.goal?.id ?? null, g.goal?.name ?? null,
            row.indicator.node.id, t.r(`node.${row.indicator.node.kind}`),
            row.indicator.id, row.depth, row.indicator.name ?? row.indicator.id,
            row.indicator.key, row.indicator.unit, row.indicator.direction,
            row.target, row.targetUpper, ...revisionCells(row, t), row.realisation, row.achievement, categoryText(row.category, t.lang),
            notComputableText(row.notComputable, t), row.final, row.quarterReported,
            ...row.history.flatMap(h => [h.realisation, h.achievement]),
            row.renstra?.year ?? null, row.renstra?.target ?? null, row.renstra?.targetUpper ?? null, row.renstra?.achievement ?? null
        ] as Cell[])))
    };

    // The IKU on their own, in the order of the indicators table (IKU first under each node).
    const keyColumn = indicators.columns.findIndex(c => c.key === 'key');
    const keyIndicators: ReportTable = {
        ...indicators, id: 'iku', title: t.r('table.keyIndicators'),
        rows: indicators.rows.filter(row => row[keyColumn] === true)
    };

    const budget: ReportTable = {
        id: 'budget', title: t.r('table.budget'), groupBy: byOrganisation(t), groupLabels: labels,
        columns: [
            ...organisationColumns(t),
            col('nodeId', t.r('col.nodeId'), 'text', { markdown: false }), col('nodeKind', t.r('col.nodeKind'), 'text', { markdown: false }),
            col('code', t.r('col.code'), 'text'), depthColumn(t), col('node', t.r('col.programme'), 'text', { indentBy: 'depth' }),
            col('pagu', t.r('col.pagu'), 'rupiah'), ...paguRevisionColumns(t),
            col('realisation', t.r('col.realisation'), 'rupiah'), col('absorption', t.r('col.absorption'), 'percent'),
            col('quarterReported', t.r('col.quarterReported'), 'integer', { markdown: false })
        ],
        rows: data.organisations.flatMap(o => [
            ...o.budget.rows.map(b => [
                ...organisationCells(o.organisation), b.node.id, t.r(`node.${b.node.kind}`), b.node.code,
                b.depth, nodeLabel(b.node, t), b.pagu, ...paguRevisionCells(b, t), b.realisation, b.absorption, b.quarterReported
            ] as Cell[]),
            ...(o.budget.rows.length ? [[
                ...organisationCells(o.organisation), null, null, null, null, t.r('total.organisation'),
                o.budget.pagu, null, null, null, null, o.budget.realisation, o.budget.absorption, null
            ] as Cell[]] : [])
        ])
    };

    const efficiency: ReportTable = {
        id: 'efficiency', title: t.r('table.efficiency'), groupBy: byOrganisation(t), groupLabels: labels,
        columns: [
            ...organisationColumns(t),
            col('nodeId', t.r('col.nodeId'), 'text', { markdown: false }), depthColumn(t),
            col('node', t.r('col.programme'), 'text', { indentBy: 'depth' }),
            col('achievement', t.r('col.achievement'), 'percent'), col('category', t.r('col.category'), 'text'),
            col('absorption', t.r('col.absorption'), 'percent'), col('gap', t.r('col.gap'), 'points'),
            col('efficient', t.r('col.efficiency'), 'text')
        ],
        rows: data.organisations.flatMap(o => o.efficiency.map(e => [
            ...organisationCells(o.organisation), e.node?.id ?? null, e.node ? e.depth : null,
            e.node ? nodeLabel(e.node, t) : t.r('total.organisation'),
            e.achievement, categoryText(e.category, t.lang), e.absorption, e.gap,
            e.efficient === null ? null : t.r(e.efficient ? 'efficient.yes' : 'efficient.no')
        ] as Cell[]))
    };

    return [indicators, keyIndicators, organisations, budget, efficiency, monthsTable(data.organisations, t, labels), ...notesTables(data.organisations, data.year, t, labels), categoriesTable('categories', data.summary, t), findingsTable(data.findings, t)];
}

// ---------------------------------------------------------------------- quarterly

function quarterlyIndicatorColumns(t: Texts, quarter: number, full: boolean): Column[] {
    const trend = full ? Array.from({ length: quarter }, (_, k) => col(`trend${k + 1}`, t.r('col.trendQuarter', { quarter: k + 1 }), 'percent', { markdown: false })) : [];
    return [
        ...organisationColumns(t),
        ...(full ? [col('goalId', t.r('col.goalId'), 'text', { markdown: false }), col('nodeId', t.r('col.nodeId'), 'text', { markdown: false })] : []),
        col('indicatorId', t.r('col.indicatorId'), 'text', { markdown: false }),
        ...(full ? [depthColumn(t)] : []),
        col('indicator', t.r('col.indicator'), 'text', full ? { indentBy: 'depth' } : {}),
        col('key', t.r('col.key'), 'boolean', { optional: true }),
        col('unit', t.r('col.unit'), 'text'),
        col('quarterReported', t.r('col.quarterReported'), 'integer'),
        col('plan', t.r('col.plan', { quarter }), 'number', { upper: 'planUpper' }),
        col('planUpper', t.r('col.upper', { title: t.r('col.plan', { quarter }) }), 'number', { markdown: false }),
        col('realisation', t.r('col.realisationTo', { quarter }), 'number'),
        col('achievement', t.r('col.achievementPlan'), 'percent'), col('category', t.r('col.category'), 'text'),
        ...(full ? [
            col('notComputable', t.r('col.notComputable'), 'text', { markdown: false }),
            col('annualTarget', t.r('col.annualTarget'), 'number', { upper: 'annualTargetUpper' }),
            col('annualTargetUpper', t.r('col.upper', { title: t.r('col.annualTarget') }), 'number', { markdown: false }),
            ...revisionColumns(t),
            col('annualRealisation', t.r('col.realisation'), 'number', { markdown: false }),
            col('annualAchievement', t.r('col.annualAchievement'), 'percent'),
            col('annualCategory', `${t.r('col.category')} (${t.r('col.annualAchievement').toLowerCase()})`, 'text', { markdown: false }),
            col('final', t.r('col.final'), 'boolean', { markdown: false })
        ] : []),
        col('status', t.r('col.status'), 'text'),
        ...trend
    ];
}

function quarterlyIndicatorCells(o: OrganisationRef, goalId: string | null, row: QuarterlyIndicatorRow, t: Texts, full: boolean): Cell[] {
    return [
        ...organisationCells(o),
        ...(full ? [goalId, row.indicator.node.id] : []),
        row.indicator.id, ...(full ? [row.depth] : []), row.indicator.name ?? row.indicator.id,
        row.indicator.key, row.indicator.unit, row.quarterReported, row.plan, row.planUpper, row.realisation, row.achievement, categoryText(row.category, t.lang),
        ...(full ? [
            notComputableText(row.notComputable, t), row.annualTarget, row.annualTargetUpper, ...revisionCells(row, t), row.annualRealisation,
            row.annualAchievement, categoryText(row.annualCategory, t.lang), row.final
        ] : []),
        t.r(`status.${row.status}`),
        ...(full ? row.trend.map(p => p.achievement) : [])
    ];
}

function quarterlyTables(data: QuarterlyReport, t: Texts): ReportTable[] {
    const q = data.quarter;
    const labels = groupLabels(data.organisations.map(o => o.organisation));
    const organisations: ReportTable = {
        id: 'organisations', title: t.r('table.organisations'),
        columns: [
            ...organisationSummaryColumns(t),
            col('expectedAbsorption', t.r('col.expectedAbsorption'), 'percent'), col('absorptionStatus', t.r('col.absorptionStatus'), 'text')
        ],
        rows: data.organisations.map(o => [
            ...organisationCells(o.organisation), kindText(o.organisation.kind, t), ...head(o.head, t),
            o.score, categoryText(o.scoreCategory, t.lang), o.rank, o.pagu, o.realisation, o.absorption, o.expectedAbsorption,
            o.absorptionBehind === null ? null : t.r(o.absorptionBehind ? 'absorption.behind' : 'absorption.ok')
        ])
    };
    const indicators: ReportTable = {
        id: 'indicators', title: t.r('table.indicators'), groupBy: byOrganisation(t), groupLabels: labels,
        columns: quarterlyIndicatorColumns(t, q, true),
        rows: data.organisations.flatMap(o => o.goals.flatMap(g => g.rows.map(row => quarterlyIndicatorCells(o.organisation, g.goal?.id ?? null, row, t, true))))
    };
    const behind: ReportTable = {
        id: 'behind', title: t.r('table.behind'), groupBy: byOrganisation(t), groupLabels: labels,
        columns: quarterlyIndicatorColumns(t, q, false),
        rows: data.organisations.flatMap(o => o.behindPlan.map(row => quarterlyIndicatorCells(o.organisation, null, row, t, false)))
    };
    const budget: ReportTable = {
        id: 'budget', title: t.r('table.budget'), groupBy: byOrganisation(t), groupLabels: labels,
        columns: [
            ...organisationColumns(t),
            col('nodeId', t.r('col.nodeId'), 'text', { markdown: false }), col('nodeKind', t.r('col.nodeKind'), 'text', { markdown: false }),
            col('code', t.r('col.code'), 'text'), depthColumn(t), col('node', t.r('col.programme'), 'text', { indentBy: 'depth' }),
            col('pagu', t.r('col.pagu'), 'rupiah'), ...paguRevisionColumns(t),
            col('realisation', t.r('col.realisation'), 'rupiah'), col('absorption', t.r('col.absorption'), 'percent'),
            col('quarterReported', t.r('col.quarterReported'), 'integer'), col('expected', t.r('col.expected'), 'percent'),
            col('status', t.r('col.status'), 'text')
        ],
        rows: data.organisations.flatMap(o => o.budget.map(b => [
            ...organisationCells(o.organisation), b.node.id, t.r(`node.${b.node.kind}`), b.node.code,
            b.depth, nodeLabel(b.node, t), b.pagu, ...paguRevisionCells(b, t), b.realisation, b.absorption, b.quarterReported, b.expected,
            b.behind === null ? null : t.r(b.behind ? 'absorption.behind' : 'absorption.ok')
        ] as Cell[]))
    };
    const trend: ReportTable = {
        id: 'trend', title: t.r('table.trend'), groupBy: byOrganisation(t), groupLabels: labels,
        columns: [
            ...organisationColumns(t), col('quarter', t.r('col.quarter'), 'integer'),
            col('score', t.r('col.score'), 'percent'), col('absorption', t.r('col.absorption'), 'percent'),
            col('expectedAbsorption', t.r('col.expectedAbsorption'), 'percent')
        ],
        rows: data.organisations.flatMap(o => o.trend.map(p => [...organisationCells(o.organisation), p.quarter, p.score, p.absorption, p.expectedAbsorption] as Cell[]))
    };
    const months = monthsTable(data.organisations, t, labels);
    return [indicators, organisations, behind, budget, trend, months, ...notesTables(data.organisations, data.year, t, labels), categoriesTable('categories', data.summary, t), findingsTable(data.findings, t)];
}

/** Figures written per month or `s.d.`: one row per figure (annual and quarterly). */
function monthsTable(organisations: Array<{ organisation: OrganisationRef; monthly: MonthlyRow[] }>, t: Texts, labels: Map<string, string>): ReportTable {
    return {
        id: 'months', title: t.r('table.months'), groupBy: byOrganisation(t), groupLabels: labels,
        columns: [
            ...organisationColumns(t),
            col('nodeId', t.r('col.nodeId'), 'text', { markdown: false }), col('indicatorId', t.r('col.indicatorId'), 'text', { markdown: false }),
            col('subject', t.r('col.indicator'), 'text'), col('unit', t.r('col.unit'), 'text'),
            col('monthNumber', t.r('col.monthNumber'), 'integer', { markdown: false }), col('month', t.r('col.month'), 'text'),
            col('cumulative', t.r('col.cumulative'), 'boolean', { markdown: false }),
            col('value', t.r('col.realisation'), 'number', { markdown: false }),
            { ...col('figure', t.r('col.realisation'), 'text'), markdownOnly: true }
        ],
        rows: organisations.flatMap(o => o.monthly.flatMap(row => row.months.flatMap(m => m.figures.map(f => [
            ...organisationCells(o.organisation), row.node.id, row.indicator?.id ?? null,
            row.indicator ? row.indicator.name ?? row.indicator.id : nodeLabel(row.node, t),
            row.indicator ? row.indicator.unit : 'Rp', m.month, monthName(m.month, t.lang), f.cumulative, f.value,
            monthlyFigureText(f, row.indicator === null, t)
        ] as Cell[]))))
    };
}

/** `s.d. 800`, `101`, `Rp 120.000.000` (markdown). */
function monthlyFigureText(f: MonthlyFigure, rupiah: boolean, t: Texts): string {
    const value = f.value === null ? DASH : typeof f.value === 'string' ? f.value : displayCell(f.value, rupiah ? 'rupiah' : 'number', t.lang);
    return f.cumulative ? `${t.r('months.cumulative')} ${value}` : value;
}

// ---------------------------------------------------------------------- ranking

function rankingCells(r: RankingRow, t: Texts): Cell[] {
    return [
        r.rank, ...organisationCells(r.organisation), ...head(r.head, t), r.score, categoryText(r.category, t.lang), r.indicatorsScored,
        r.pagu, r.realisation, r.absorption, r.needsAssistance ? t.r('assistance.yes') : null
    ];
}

function rankingTables(data: RankingReport, t: Texts): ReportTable[] {
    const ranking: ReportTable = {
        id: 'ranking', title: t.r('table.ranking'),
        columns: [
            col('rank', t.r('col.rank'), 'integer'),
            col('organisationId', t.r('col.organisationId'), 'text', { markdown: false }), col('organisation', t.r('col.agency'), 'text'),
            col('headTitle', t.r('col.headTitle'), 'text', { markdown: false }), col('headName', t.r('col.headName'), 'text', { markdown: false }),
            col('score', t.r('col.score'), 'percent'), col('category', t.r('col.category'), 'text'),
            col('indicatorsScored', t.r('col.indicatorsScored'), 'integer'),
            col('pagu', t.r('col.pagu'), 'rupiah', { markdown: false }), col('realisation', t.r('col.realisation'), 'rupiah', { markdown: false }),
            col('absorption', t.r('col.absorption'), 'percent'), col('assistance', t.r('col.assistance'), 'text')
        ],
        rows: [...data.rows, ...data.unranked].map(r => rankingCells(r, t))
    };
    return [ranking, categoriesTable('categories', data.summary, t, t.r('col.agencyCount')), findingsTable(data.findings, t)];
}

// ---------------------------------------------------------------------- agreements

function levelText(level: number | null, t: Texts): Cell {
    const key = `level.${level}`;
    return level === null ? null : reportText.has(key) ? t.r(key) : String(level);
}

/** The `perubahan` date of a PK perubahan (empty for the agreement as first signed). */
function amendmentColumn(t: Texts): Column {
    return col('amendment', t.r('col.amendment'), 'date', { optional: true });
}

/** `Plt.` / `Plh.` for an acting official. */
function actingText(party: { acting: 'plt' | 'plh' | null }, t: Texts): Cell {
    return party.acting ? t.r(`pk.acting.${party.acting}`) : null;
}

function agreementsTables(data: AgreementsReport, t: Texts): ReportTable[] {
    const labels = groupLabels(data.documents.map(d => d.organisation));
    const positionColumns = [col('positionId', t.r('col.positionId'), 'text', { markdown: false }), col('position', t.r('col.position'), 'text')];
    const documentColumns = [...positionColumns, amendmentColumn(t)];
    const agreements: ReportTable = {
        id: 'agreements', title: t.r('table.agreements'), groupBy: byOrganisation(t), groupLabels: labels,
        columns: [
            ...organisationColumns(t), ...positionColumns,
            col('level', t.r('col.level'), 'text', { markdown: false }),
            col('acting', t.r('col.acting'), 'text', { optional: true }), col('official', t.r('col.official'), 'text'), col('nip', t.r('col.nip'), 'text', { markdown: false }),
            col('secondPartyActing', t.r('col.secondPartyActing'), 'text', { markdown: false }),
            col('secondParty', t.r('col.secondParty'), 'text'), col('secondPartyName', t.r('col.secondPartyName'), 'text', { markdown: false }),
            col('declared', t.r('col.declared'), 'boolean'), col('signed', t.r('col.signed'), 'date'),
            amendmentColumn(t), col('amends', t.r('col.amends'), 'date', { markdown: false }),
            col('place', t.r('col.place'), 'text', { markdown: false }),
            col('targetCount', t.r('col.targetCount'), 'integer'), col('budgetTotal', t.r('col.budgetTotal'), 'rupiah')
        ],
        rows: data.documents.map(d => [
            ...organisationCells(d.organisation), d.position.id, d.position.title ?? d.position.id, levelText(d.position.level, t),
            actingText(d.firstParty, t), d.firstParty.name, d.firstParty.nip, actingText(d.secondParty, t), d.secondParty.title, d.secondParty.name,
            d.declared, d.signedDate, d.amendment?.date ?? null, d.amendment?.originalSigned ?? null, d.place,
            d.targets.reduce((n, g) => n + g.indicators.length, 0), d.budgetTotal
        ])
    };
    const targets: ReportTable = {
        id: 'targets', title: t.r('table.targets'), groupBy: byOrganisation(t), groupLabels: labels,
        columns: [
            ...organisationColumns(t), ...documentColumns,
            col('nodeId', t.r('col.nodeId'), 'text', { markdown: false }), col('node', t.r('col.objective'), 'text'),
            col('indicatorId', t.r('col.indicatorId'), 'text', { markdown: false }), col('indicator', t.r('col.indicator'), 'text'),
            col('unit', t.r('col.unit'), 'text'),
            col('target', t.r('col.target'), 'number', { upper: 'targetUpper' }),
            col('targetUpper', t.r('col.upper', { title: t.r('col.target') }), 'number', { markdown: false }),
            ...revisionColumns(t)
        ],
        rows: data.documents.flatMap(d => d.targets.flatMap(g => g.indicators.map(i => [
            ...organisationCells(d.organisation), d.position.id, d.position.title ?? d.position.id, d.amendment?.date ?? null,
            g.node.id, nodeLabel(g.node, t), i.indicator.id, i.indicator.name ?? i.indicator.id, i.indicator.unit, i.target, i.targetUpper,
            ...revisionCells({ originalTarget: i.originalTarget, originalTargetUpper: null, revision: i.revision }, t)
        ] as Cell[])))
    };
    const budget: ReportTable = {
        id: 'budget', title: t.r('table.agreementBudget'), groupBy: byOrganisation(t), groupLabels: labels,
        columns: [
            ...organisationColumns(t), ...documentColumns,
            col('nodeId', t.r('col.nodeId'), 'text', { markdown: false }), col('code', t.r('col.code'), 'text'),
            col('node', t.r('col.programme'), 'text'), col('pagu', t.r('col.pagu'), 'rupiah'), ...paguRevisionColumns(t)
        ],
        rows: data.documents.flatMap(d => d.budget.map(b => [
            ...organisationCells(d.organisation), d.position.id, d.position.title ?? d.position.id, d.amendment?.date ?? null,
            b.node.id, b.node.code, nodeLabel(b.node, t), b.pagu, ...paguRevisionCells(b, t)
        ] as Cell[]))
    };
    return [agreements, targets, budget, findingsTable(data.findings, t)];
}

// ---------------------------------------------------------------------- lke

/** How many reasons a markdown cell shows before "… and N more". */
const LKE_MARKDOWN_REASONS = 5;

function lkeTables(data: LkeReport, t: Texts): ReportTable[] {
    const l = (key: Parameters<typeof lkeText>[1], p?: Record<string, string | number>) => lkeText(t.lang, key, p);
    const labels = groupLabels(data.organisations.map(o => o.organisation));
    const criteria: ReportTable = {
        id: 'criteria', title: l('section.criteria'), groupBy: byOrganisation(t), groupLabels: labels,
        columns: [
            ...organisationColumns(t),
            col('id', l('col.no'), 'text'),
            col('component', l('col.componentOnly'), 'text', { markdown: false }), col('subComponent', l('col.subComponent'), 'text', { markdown: false }),
            col('criterion', l('col.criterion'), 'text'), col('result', l('col.result'), 'text'),
            col('checked', l('col.checked'), 'integer', { markdown: false }), col('passed', l('col.passed'), 'integer', { markdown: false }),
            { ...col('items', l('col.items'), 'text'), markdownOnly: true },
            col('score', l('col.score'), 'number'), col('maxScore', l('col.maxScore'), 'number'),
            col('reasons', l('col.reasons'), 'text', { markdown: false }),
            { ...col('reasonsShort', l('col.reasons'), 'text'), markdownOnly: true },
            col('evidence', l('col.evidence'), 'text')
        ],
        rows: data.organisations.flatMap(o => o.components.flatMap(c => c.subComponents.flatMap(s => s.criteria.map(k => {
            const reasons = k.reasons.map(r => (r.location ? `${r.location}: ` : '') + r.message[t.lang]);
            const short = reasons.slice(0, LKE_MARKDOWN_REASONS).concat(reasons.length > LKE_MARKDOWN_REASONS ? [l('more', { count: reasons.length - LKE_MARKDOWN_REASONS })] : []);
            return [
                ...organisationCells(o.organisation), k.id, `${c.no}. ${c.name}`, `${s.id} ${s.name}`, k.name, l(`result.${k.result}`),
                k.checked, k.passed, k.checked === null ? null : `${k.passed} / ${k.checked}`,
                k.score, k.maxScore, reasons.length ? reasons.join(' · ') : null, short.length ? short.join(' · ') : null,
                k.evidence[t.lang]
            ] as Cell[];
        }))))
    };
    const components: ReportTable = {
        id: 'components', title: l('section.components'), groupBy: byOrganisation(t), groupLabels: labels,
        columns: [
            ...organisationColumns(t), col('id', l('col.no'), 'text'), col('name', l('col.component'), 'text'),
            col('aspect', l('col.aspect'), 'text'), col('weight', l('col.weight'), 'number'),
            col('score', l('col.scoreData'), 'number'), col('manualWeight', l('col.manualWeight'), 'number')
        ],
        rows: data.organisations.flatMap(o => [
            ...o.components.flatMap(c => [
                [...organisationCells(o.organisation), String(c.no), t.lang === 'en' ? `${c.name} (${c.nameEn})` : c.name, null, c.weight, c.score, c.manualWeight] as Cell[],
                ...c.subComponents.map(s => [...organisationCells(o.organisation), s.id, s.name, l(`aspect.${s.aspect}`), s.weight, s.score, s.manualWeight] as Cell[])
            ]),
            [...organisationCells(o.organisation), null, l('total'), null, Exact.HUNDRED, o.score, o.manualWeight] as Cell[]
        ])
    };
    const organisations: ReportTable = {
        id: 'organisations', title: l('section.overview'),
        columns: [
            col('organisationId', t.r('col.organisationId'), 'text', { markdown: false }), col('organisation', t.r('col.organisation'), 'text'),
            col('kind', t.r('col.kind'), 'text', { markdown: false }),
            ...LKE_COMPONENT_KEYS.map((key, k) => col(key, data.organisations[0]?.components[k] ? `${k + 1}. ${data.organisations[0].components[k].name}` : key, 'number')),
            col('score', l('col.scoreData'), 'number'), col('dataShare', l('col.dataShare'), 'percent'),
            col('upper', l('col.upper'), 'number'), col('predikat', l('col.predikat'), 'text'), col('predikatUpper', l('col.predikatUpper'), 'text'),
            col('agencies', l('col.agencies'), 'text', { markdown: false })
        ],
        rows: data.organisations.map(o => [
            ...organisationCells(o.organisation), kindText(o.organisation.kind, t), ...o.components.map(c => c.score),
            o.score, o.dataShare, o.upper, o.predikat.secured.label, o.predikat.possible.label, o.agencies.length ? o.agencies.join(', ') : null
        ])
    };
    return [criteria, components, organisations, findingsTable(data.findings, t)];
}

const LKE_COMPONENT_KEYS = ['planning', 'measurement', 'reporting', 'evaluation'];

// ---------------------------------------------------------------------- e81

/** The two-column pairs (K, Rp) of Form E.81 after the indicator, as keys and headings. */
function e81Pairs(quarter: number, l: (key: E81TextKey, p?: Record<string, string | number>) => string): Array<{ key: string; title: string; k: 'number' | 'percent'; rp: 'rupiah' | 'percent' }> {
    return [
        { key: 'renstraTarget', title: l('col.renstraTarget'), k: 'number', rp: 'rupiah' },
        { key: 'renstraPrior', title: l('col.renstraPrior'), k: 'number', rp: 'rupiah' },
        { key: 'target', title: l('col.target'), k: 'number', rp: 'rupiah' },
        ...Array.from({ length: quarter }, (_, k) => ({ key: `tw${k + 1}`, title: l('col.quarter', { quarter: k + 1, roman: romanQuarter(k + 1) }), k: 'number' as const, rp: 'rupiah' as const })),
        { key: 'realisation', title: l('col.realisation'), k: 'number', rp: 'rupiah' },
        { key: 'achievement', title: l('col.achievement'), k: 'percent', rp: 'percent' },
        { key: 'renstraRealisation', title: l('col.renstraRealisation'), k: 'number', rp: 'rupiah' },
        { key: 'renstraAchievement', title: l('col.renstraAchievement'), k: 'percent', rp: 'percent' }
    ];
}

/** A row's (K, Rp) cells in the order of e81Pairs. */
export function e81PairCells(r: E81Row): Cell[] {
    return [
        r.renstraTarget, r.renstraBudget, r.renstraPrior, r.renstraPriorBudget, r.target, r.pagu,
        ...r.quarters.flatMap(q => [q.k, q.rp]),
        r.realisation, r.spent, r.achievement, r.absorption, r.renstraRealisation, r.renstraRealisationBudget, r.renstraAchievement, r.renstraAbsorption
    ];
}

/** Keterangan: the revision in force. */
export function e81Remark(r: E81Row, lang: Language): string | null {
    if (!r.revision) return null;
    return e81Text(lang, r.kind === 'indikator' ? 'revision.target' : 'revision.pagu', { date: r.revision.date, reason: r.revision.reason ?? '' });
}

function e81Tables(data: E81Report, t: Texts): ReportTable[] {
    const l = (key: E81TextKey, p?: Record<string, string | number>) => e81Text(t.lang, key, p);
    const labels = groupLabels(data.organisations.map(o => o.organisation));
    const pairs = e81Pairs(data.quarter, l);
    const main: ReportTable = {
        id: 'e81', title: t.r('kind.e81'), groupBy: byOrganisation(t), groupLabels: labels,
        columns: [
            ...organisationColumns(t), col('no', l('col.no'), 'text'), col('sasaran', l('col.sasaran'), 'text'), col('code', l('col.kode'), 'text'),
            col('program', l('col.program'), 'text'), col('indicator', l('col.indikator'), 'text'), col('unit', l('col.satuan'), 'text'),
            col('baseline', l('col.baseline'), 'number'),
            ...pairs.flatMap(p => [col(`${p.key}K`, `${p.title} (${l('k')})`, p.k), col(`${p.key}Rp`, `${p.title} (${l('rp')})`, p.rp)]),
            col('owner', l('col.owner'), 'text'), col('remark', l('col.remark'), 'text')
        ],
        rows: data.organisations.flatMap(o => o.rows.map(r => {
            const goal = r.kind === 'unsur' && (r.node.kind === 'sasaran' || r.node.kind === 'tujuan');
            return [
                ...organisationCells(o.organisation), r.no,
                goal ? r.node.name ?? r.node.id : null, r.kind === 'unsur' ? r.node.code : null,
                r.kind === 'unsur' && !goal ? r.node.name ?? r.node.id : null,
                r.indicator ? r.indicator.name ?? r.indicator.id : null, r.indicator?.unit ?? null, r.baseline,
                ...e81PairCells(r), r.owner, e81Remark(r, t.lang)
            ] as Cell[];
        }))
    };
    const closing: ReportTable = {
        id: 'closing', title: l('close.predikat'), groupBy: byOrganisation(t), groupLabels: labels,
        columns: [...organisationColumns(t), col('item', l('col.remark'), 'text'), col('k', l('k'), 'text'), col('rp', l('rp'), 'text')],
        rows: data.organisations.flatMap(o => {
            const analyst = l('analyst');
            const row = (item: string, k: Cell, rp: Cell = null): Cell[] => [...organisationCells(o.organisation), item, k, rp];
            return [
                row(l('close.average'), o.averageAchievement ? percentText(o.averageAchievement) : null, o.absorption ? percentText(o.absorption) : null),
                row(l('close.predikat'), o.predikat ? l(`predikat.${o.predikat}`) : null),
                row(l('close.drivers'), analyst),
                row(l('close.obstacles'), o.obstacles.length ? o.obstacles.join(' · ') : analyst),
                row(l('close.followUpQuarter'), o.followUp.length ? o.followUp.join(' · ') : analyst),
                row(l('close.followUpRenja'), analyst),
                row(l('predikat.bands'), null),
                row(l('legend.empty'), null)
            ];
        })
    };
    return [main, closing, findingsTable(data.findings, t)];
}

/** `84,25%`: a percent as the closing rows print it in every format. */
function percentText(value: Exact): string {
    return formatPercent(value);
}

/** The tables of a report, the kind's main table first. */
export function reportTables(data: ReportData, lang: Language): ReportTable[] {
    const t = texts(lang);
    switch (data.kind) {
        case 'annual': return annualTables(data, t);
        case 'quarterly': return quarterlyTables(data, t);
        case 'ranking': return rankingTables(data, t);
        case 'agreements': return agreementsTables(data, t);
        case 'lke': return lkeTables(data, t);
        case 'e81': return e81Tables(data, t);
    }
}

/** The report's title block as a two-column table (the first sheet of a workbook). */
export function infoTable(data: ReportData, lang: Language, version: string, provenance?: Provenance): ReportTable {
    const t = texts(lang);
    const rows: Cell[][] = [
        [t.r('info.title'), t.r(`kind.${data.kind}`)],
        ...data.pemdas.map(p => [t.r('kind.pemda'), p.name ?? p.id] as Cell[]),
        [t.r('info.year'), data.year],
        ...(data.quarter !== null ? [[t.r('info.quarter'), data.quarter] as Cell[]] : []),
        ...(data.kind === 'ranking' ? [[t.r('info.lowest'), data.lowest] as Cell[]] : []),
        [t.r('info.generatedBy'), `kinerja ${version}`],
        ...(provenance ? [
            [t.r('info.commit'), provenance.commit ?? '—'] as Cell[],
            [t.r('info.inputs'), provenance.inputs.replace(/^sha256:/, '')] as Cell[],
            [t.r('notice'), provenanceLine(provenance, lang)] as Cell[]
        ] : []),
        ...(periodNotice(lang, data) ? [[t.r('notice'), periodNotice(lang, data)!] as Cell[]] : [])
    ];
    return {
        id: 'report', title: t.r('table.report'),
        columns: [col('item', t.r('col.item'), 'text'), col('value', t.r('col.value'), 'text')],
        rows
    };
}
