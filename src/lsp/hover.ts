/**
 * Hovers, computed from the cached workspace model with the engine's formulas:
 *
 * - an indicator (its name, a reference to it, one of its target or realisation lines, or
 *   an item of a `realisasi ORG YEAR { … }` block naming it): a table per year of target,
 *   realisation, achievement and category, and the quarter view of the latest quarter;
 * - a performance-tree node (its name, a reference, its `pagu` or budget `realisasi`
 *   lines): owner, what it supports and what supports it, its indicators' achievement
 *   for its latest year with data, and pagu, realisation and absorption for budget nodes;
 * - a position or an organisation: what it is, briefly; a position with several officials
 *   lists them with their terms, the one in office now, and the one on each agreement's
 *   signing date; an official's `pejabat` line says first who that official is;
 * - an indicator also shows IKU (`utama`), its scale when qualitative (values as words),
 *   and per year the revisions of its target (original, each revision with its date and
 *   reason, the target in force); a `revisi` line says first what that revision does;
 * - a node also shows its crosscutting links (`lintas`) and a revised pagu;
 * - a month or `s.d.` value says first what period it stands for (figures.ts).
 *
 * Texts are in the message language of the document's settings (Bahasa Indonesia by
 * default); numbers are printed the Indonesian way in both languages.
 */
import { AstUtils, CstUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { Exact } from '../common/exact.js';
import { formatPercent } from '../common/id-number.js';
import { annualTarget, evaluateIndicator } from '../engine/aggregation.js';
import type { Language } from '../engine/config.js';
import type { IndicatorInfo, NodeInfo, OrganisationInfo, PositionInfo, RevisionInfo } from '../engine/model.js';
import { nipOf, officialOn, officialsOf, type OfficialInfo } from '../engine/officials.js';
import { targetRevisionInForce } from '../engine/revisions.js';
import { nodeGraph } from '../engine/hierarchy.js';
import { parseYear, periodKey, quarterLabel, quarterOfKey } from '../engine/periods.js';
import { lspMessage } from './messages.js';
import {
    isBelanja, isBukti, isCatatan, isIndikator, isInstansi, isJabatan, isNode, isPagu, isPejabat, isPemda, isRealisasi, isRealisasiItem, isTarget,
    type Indikator, type Jabatan, type Node, type Pagu, type Pejabat, type Target
} from '../language/generated/ast.js';
import type { KinerjaServices } from './kinerja-module.js';
import { enclosingOrganisationName } from '../language/qualified-names.js';
import { figureOfLine, isRealisationLine, nodeSummary } from './figures.js';
import {
    achievementText, categoryLabel, displayId, formatAmount, formatTarget, formatValue, indicatorYears,
    latestNodeYear, lspContext, md, meaningText, notComputable, type LspContext
} from './lsp-support.js';

export class KinerjaHoverProvider implements HoverProvider {
    constructor(private readonly services: KinerjaServices) {}

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf || leaf.hidden || offset >= leaf.end) return undefined;
        const context = lspContext(this.services, document.uri);
        const value = this.contentFor(leaf, context);
        return value ? { contents: { kind: 'markdown', value }, range: leaf.range } : undefined;
    }

    private contentFor(leaf: CstNode, context: LspContext): string | undefined {
        const model = context.model;
        // A name or a reference: what it declares or refers to.
        const declared = this.services.references.References.findDeclarations(leaf)[0];
        const here = enclosingOrganisationName(leaf.astNode);
        if (declared) return this.describe(declared, context, here);
        // Otherwise a statement of an indicator or a node: a target, realisation or pagu line;
        // on a quarter's realisation, first what its value is (the quarter's own, or to date).
        const realisation = AstUtils.getContainerOfType(leaf.astNode, isRealisationLine);
        const figure = realisation ? figureOfLine(model, context.configs, realisation) : undefined;
        const meaning = figure ? meaningText(figure, context.language) : '';
        const withMeaning = (text: string | undefined) => text && meaning ? `${meaning}\n\n---\n\n${text}` : text;
        const item = AstUtils.getContainerOfType(leaf.astNode, isRealisasiItem);
        if (item) {
            const subject = model.itemTargets.get(item);
            return subject ? withMeaning(this.describeInfo(subject, context, here)) : undefined;
        }
        const official = AstUtils.getContainerOfType(leaf.astNode, isPejabat);
        if (official) return this.officialHover(official, context, here);
        const line = AstUtils.getContainerOfType(leaf.astNode, (n): n is AstNode =>
            isTarget(n) || isRealisasi(n) || isPagu(n) || isBelanja(n) || isCatatan(n) || isBukti(n));
        const owner = line?.$container;
        if (!line || !owner || !(isIndikator(owner) || isNode(owner))) return undefined;
        // A revision line: what it revises, from when and why.
        const info = model.byAst.get(owner);
        const revision = info && (isTarget(line) || isPagu(line)) && line.revised !== undefined ? revisionText(info, line, context.language) : undefined;
        const description = this.describe(owner, context, here);
        return revision && description ? `${revision}\n\n---\n\n${description}` : withMeaning(description);
    }

    private describe(node: AstNode, context: LspContext, here: string | undefined): string | undefined {
        const model = context.model;
        if (isIndikator(node) || isNode(node)) {
            const info = model.byAst.get(node as Indikator | Node);
            return info ? this.describeInfo(info, context, here) : undefined;
        }
        if (isJabatan(node)) {
            const info = model.positionByAst.get(node as Jabatan);
            return info ? positionHover(info, context, here) : undefined;
        }
        if (isPejabat(node)) return this.officialHover(node, context, here);
        if (isPemda(node) || isInstansi(node)) {
            const info = node.name ? model.organisations.get(node.name) : undefined;
            return info ? organisationHover(info, context) : undefined;
        }
        return undefined;
    }

    /** An official (`pejabat` line): who that is, then the position. */
    private officialHover(official: Pejabat, context: LspContext, here: string | undefined): string | undefined {
        const position = official.$container;
        const info = isJabatan(position) ? context.model.positionByAst.get(position) : undefined;
        if (!info) return undefined;
        const entry = officialsOf(position).find(o => o.ast === official);
        const about = entry ? lspMessage(context.language, 'hover.this-official', { official: officialText(entry, position, context.language, true) }) : '';
        return [about, positionHover(info, context, here)].filter(Boolean).join('\n\n---\n\n');
    }

    private describeInfo(info: IndicatorInfo | NodeInfo, context: LspContext, here: string | undefined): string {
        return isIndikator(info.ast)
            ? indicatorHover(info as IndicatorInfo, context, here)
            : nodeHover(info as NodeInfo, context, here);
    }
}

function titleLine(kind: string, id: string, title: string | undefined, here: string | undefined): string {
    return `**${kind} ${md(displayId(id, here))}**${title ? ` — ${md(title)}` : ''}`;
}

export function indicatorHover(indicator: IndicatorInfo, context: LspContext, here?: string): string {
    const { language } = context;
    const scale = indicator.scale;
    const formula = indicator.lowerFormula === 'T/R' ? ' rasio (T / R)' : indicator.lowerFormula === '2T-R' ? ' selisih ((2T − R) / T)' : '';
    const facts = [
        `*${md(indicator.organisation.id)} · ${md(indicator.node.kind)} ${md(indicator.node.id.slice(indicator.organisation.id.length + 1))}*`,
        indicator.key ? lspMessage(language, 'hover.key') : undefined,
        indicator.unit ? lspMessage(language, 'hover.unit', { unit: md(indicator.unit.name) }) : undefined,
        lspMessage(language, 'hover.direction', { direction: indicator.direction + formula }),
        scale
            ? lspMessage(language, 'hover.scale', { scale: scale.map(w => md(w)).join(' < ') })
            : lspMessage(language, 'hover.accumulation', { mode: indicator.accumulation })
    ].filter(Boolean);
    const parts = [titleLine('indikator', indicator.id, indicator.ast.title, here), facts.join(' · ')];
    const years = indicatorYears(indicator);
    const figuresConfig = context.configs.of(indicator.organisation);
    if (!years.length) {
        parts.push(lspMessage(language, 'hover.no-data'));
    } else {
        const header = (['hover.year', 'hover.target', 'hover.realisation', 'hover.achievement', 'hover.category'] as const).map(k => lspMessage(language, k));
        const rows = [`| ${header.join(' | ')} |`, '|---|--:|--:|--:|---|'];
        let quarterView: string | undefined;
        for (const year of years) {
            const e = evaluateIndicator(indicator, year, figuresConfig);
            const realisation = e.realisation
                ? formatValue(e.realisation, scale) + (!e.final && e.quarter ? ` (${lspMessage(language, 'so-far', { quarter: quarterLabel(e.quarter) })})` : '')
                : '—';
            const a = e.achievement;
            const achievement = !e.realisation ? '—' : a.computable ? formatPercent(a.value) : notComputable(language, a.reason);
            const category = e.realisation && a.computable ? categoryLabel(a.value, context, indicator.organisation) : '—';
            rows.push(`| ${year} | ${formatTarget(e.target, scale)} | ${realisation} | ${achievement} | ${category} |`);
            if (e.quarter) {
                quarterView = lspMessage(language, 'hover.quarter-view', {
                    year, quarter: quarterLabel(e.quarter), target: formatTarget(e.quarterTarget, scale),
                    realisation: formatValue(e.quarterRealisation, scale), achievement: achievementText(e.quarterAchievement, context, indicator.organisation)
                });
            }
        }
        parts.push(rows.join('\n'));
        if (quarterView) parts.push(quarterView);
        for (const year of years) {
            const history = revisionHistory(indicator, year, language);
            if (history) parts.push(history);
        }
    }
    if (indicator.supportIds.length) {
        parts.push(lspMessage(language, 'hover.supports', { list: indicator.supportIds.map(id => md(displayId(id, here))).join(', ') }));
    }
    return parts.join('\n\n');
}

export function nodeHover(node: NodeInfo, context: LspContext, here?: string): string {
    const { language, model } = context;
    const parts = [titleLine(node.kind, node.id, node.ast.title, here)];
    const facts = [`*${md(node.organisation.id)}*`];
    if (node.ownerId) {
        const owner = model.positions.get(node.ownerId);
        const name = md(displayId(node.ownerId, here));
        facts.push(lspMessage(language, 'hover.owner', { owner: owner?.ast.title ? `${name} (${md(owner.ast.title)})` : name }));
    }
    parts.push(facts.join(' · '));
    const graph = nodeGraph(model);
    const links: string[] = [];
    if (node.supportIds.length) {
        links.push(lspMessage(language, 'hover.supports', { list: node.supportIds.map(id => md(displayId(id, here))).join(', ') }));
    }
    const supportedBy = graph.supportedBy.get(node) ?? [];
    if (supportedBy.length) {
        const shown = supportedBy.slice(0, 12).map(n => md(displayId(n.id, here)));
        if (supportedBy.length > shown.length) shown.push(`… (+${supportedBy.length - shown.length})`);
        links.push(lspMessage(language, 'hover.supported-by', { list: shown.join(', ') }));
    }
    if (node.crosscuttingIds.length) {
        links.push(lspMessage(language, 'hover.crosscutting', { list: node.crosscuttingIds.map(id => md(displayId(id, here))).join(', ') }));
    }
    if (links.length) parts.push(links.join('  \n'));
    const year = latestNodeYear(model, node);
    if (!node.indicators.length) parts.push(lspMessage(language, 'hover.no-indicators'));
    if (year === undefined) return parts.join('\n\n');
    const summary = nodeSummary(model, context.configs, node, year);
    if (summary.items.length) {
        const period = summary.quarter ? `${year} (${lspMessage(language, 'so-far', { quarter: quarterLabel(summary.quarter) })})` : String(year);
        const rows = [`| ${lspMessage(language, 'hover.indicators', { year: period })} | ${lspMessage(language, 'hover.achievement')} |`, '|---|--:|'];
        for (const item of summary.items) {
            const text = item.evaluation.realisation || item.achievement.computable ? achievementText(item.achievement, context, item.indicator.organisation) : '—';
            // The header names the quarter most indicators are cut at; others say their own.
            const when = item.quarter && item.quarter !== summary.quarter
                ? ` · ${lspMessage(language, 'so-far', { quarter: quarterLabel(item.quarter) })}` : '';
            rows.push(`| ${md(displayId(item.indicator.id, here))} | ${text}${when} |`);
        }
        parts.push(rows.join('\n'));
        if (summary.mean) {
            parts.push(lspMessage(language, 'hover.mean', { value: `${formatPercent(summary.mean)} (${categoryLabel(summary.mean, context, node.organisation)})` }));
        }
    }
    const budget = summary.budget;
    if (budget) {
        const period = budget.quarter ? `${year} ${lspMessage(language, 'so-far', { quarter: quarterLabel(budget.quarter) })}` : String(year);
        let line = lspMessage(language, 'hover.budget', {
            period, pagu: formatAmount(budget.pagu), realisation: formatAmount(budget.realisation),
            absorption: budget.absorption ? formatPercent(budget.absorption) : notComputable(language, budget.pagu ? undefined : 'no-pagu')
        });
        if (!budget.ownPagu || !budget.ownRealisation) line += ` ${lspMessage(language, 'hover.budget-summed')}`;
        if (budget.paguRevision && budget.paguOriginal) {
            line += `  \n${lspMessage(language, 'hover.pagu-revised', {
                original: formatAmount(budget.paguOriginal), date: budget.paguRevision.date ?? '', reason: md(budget.paguRevision.reason ?? '')
            })}`;
        }
        parts.push(line);
    }
    return parts.join('\n\n');
}

function positionHover(position: PositionInfo, context: LspContext, here?: string): string {
    const { language } = context;
    const ast = position.ast;
    const rank = ast.staff ? lspMessage(language, 'hover.staff') : ast.echelon ? lspMessage(language, 'hover.echelon', { echelon: ast.echelon }) : '';
    const parts = [
        titleLine('jabatan', position.id, ast.title, here),
        `*${md(position.organisation.id)}* · ${lspMessage(language, 'hover.position', {
            rank, superior: position.superiorId ? md(displayId(position.superiorId, here)) : ''
        })}`
    ];
    const officials = officialsOf(ast);
    const official = officialOn(ast);
    if (officials.length > 1) {
        // Officials over time: each with the term, the one in office now, the one on each agreement.
        parts.push([lspMessage(language, 'hover.officials'), ...officials.map(o => `- ${officialText(o, ast, language)}`)].join('\n'));
        const lines: string[] = [];
        if (official) lines.push(lspMessage(language, 'hover.in-office', { official: md(official.name) + actingText(official, language) }));
        for (const agreement of context.model.agreements) {
            const signed = agreement.ast.signed;
            if (agreement.positionId !== position.id || !signed) continue;
            const then = officialOn(ast, signed);
            lines.push(lspMessage(language, 'hover.on-agreement', {
                year: agreement.year ?? '', date: signed, official: then ? md(then.name) + actingText(then, language) : '—'
            }));
        }
        if (lines.length) parts.push(lines.join('  \n'));
    } else if (official) {
        const nip = nipOf(ast, official);
        parts.push(lspMessage(language, 'hover.official', { official: md(official.name) + actingText(official, language) + (nip ? ` (NIP ${md(nip)})` : '') }));
    }
    const owned = position.organisation.nodes.filter(n => n.ownerId === position.id).length;
    if (owned) parts.push(lspMessage(language, 'hover.owns', { count: owned }));
    return parts.join('\n\n');
}

function organisationHover(organisation: OrganisationInfo, context: LspContext): string {
    const { language } = context;
    const facts = [lspMessage(language, organisation.kind === 'pemda' ? 'hover.pemda' : 'hover.instansi')];
    if (organisation.period) facts.push(lspMessage(language, 'hover.period', { start: organisation.period.start, end: organisation.period.end }));
    if (organisation.pemdaId) facts.push(`pemda ${md(organisation.pemdaId)}`);
    return [
        titleLine(organisation.kind, organisation.id, organisation.title, undefined),
        facts.join(' · '),
        lspMessage(language, 'hover.counts', {
            positions: organisation.positions.length, nodes: organisation.nodes.length, indicators: organisation.indicators.length
        })
    ].join('\n\n');
}

/** `, Plt` for an acting official. */
function actingText(official: OfficialInfo, language: Language): string {
    return official.acting ? ` (${lspMessage(language, official.acting === 'plt' ? 'hover.plt' : 'hover.plh')})` : '';
}

/** `Yohanis Rahanra, S.K.M. (Plt) · sejak 2025-07-01 · NIP …`. */
function officialText(official: OfficialInfo, position: Jabatan, language: Language, bold = false): string {
    const name = bold ? `**${md(official.name)}**` : md(official.name);
    const nip = nipOf(position, official);
    return [
        name + actingText(official, language),
        official.from ? lspMessage(language, 'hover.from', { date: official.from }) : undefined,
        official.until ? lspMessage(language, 'hover.until', { date: official.until }) : undefined,
        nip ? `NIP ${md(nip)}` : undefined
    ].filter(Boolean).join(' · ');
}

function targetValueText(entry: { value?: Exact; upper?: Exact } | undefined, scale: readonly string[] | undefined): string {
    return entry?.value ? formatTarget({ value: entry.value, upper: entry.upper }, scale) : '—';
}

/** The quarters a revision lists: `tw3 78 · tw4 80`. */
function revisedQuarters(revision: RevisionInfo, scale: readonly string[] | undefined): string {
    return [...revision.entries].filter(([key]) => quarterOfKey(key) !== 0).sort(([a], [b]) => a - b)
        .map(([key, entry]) => `${quarterLabel(quarterOfKey(key))} ${targetValueText(entry, scale)}`).join(' · ');
}

/**
 * An indicator's target revisions of one year: the original, each revision with its date
 * and reason, and the target in force for the year (the engine's: every revision of the year).
 */
function revisionHistory(indicator: IndicatorInfo, year: number, language: Language): string | undefined {
    const revisions = indicator.targetRevisions.get(year);
    if (!revisions?.length) return undefined;
    const scale = indicator.scale;
    const original = indicator.targets.get(periodKey(year))?.[0];
    const lines = [
        lspMessage(language, 'hover.revisions', { year }),
        `- ${lspMessage(language, 'hover.original', { value: targetValueText(original, scale) })}`,
        ...revisions.map(r => {
            const quarters = revisedQuarters(r, scale);
            return `- ${revisionLine(r, targetValueText(r.entries.get(periodKey(year)), scale) + (quarters ? ` (${quarters})` : ''), language)}`;
        })
    ];
    const inForce = targetRevisionInForce(indicator, year);
    lines.push(`- ${lspMessage(language, 'hover.in-force', { value: formatTarget(annualTarget(indicator, year), scale), date: inForce?.date ?? '' })}`);
    return lines.join('\n');
}

function revisionLine(revision: RevisionInfo, value: string, language: Language): string {
    const when = revision.date ?? lspMessage(language, 'hover.revision-invalid-date');
    return `${when}: ${value}${revision.reason ? ` — ${md(revision.reason)}` : ''}`;
}

/** What a `revisi` line does: `Revisi target 2025, berlaku sejak 2025-07-10: 80 (semula 85). Alasan: …`. */
function revisionText(info: IndicatorInfo | NodeInfo, line: Target | Pagu, language: Language): string | undefined {
    const year = parseYear(line.year);
    if (year === undefined) return undefined;
    const indicator = isIndikator(info.ast) ? info as IndicatorInfo : undefined;
    const revisions = indicator ? indicator.targetRevisions.get(year) : (info as NodeInfo).ceilingRevisions.get(year);
    const revision = revisions?.find(r => r.source === line);
    if (!revision) return undefined;
    const scale = indicator?.scale;
    const entry = revision.entries.get(periodKey(year));
    // Targets are kept per period key, ceilings per year.
    const original = indicator ? indicator.targets.get(periodKey(year))?.[0] : (info as NodeInfo).ceilings.get(year)?.[0];
    return lspMessage(language, revision.date ? 'hover.revision' : 'hover.revision-never', {
        kind: isPagu(line) ? 'pagu' : 'target', year, date: revision.date ?? '',
        value: indicator ? targetValueText(entry, scale) : formatAmount(entry?.value),
        original: indicator ? targetValueText(original, scale) : formatAmount(original?.value),
        quarters: revisedQuarters(revision, scale),
        reason: md(revision.reason ?? '')
    });
}
