/**
 * What the editor features share: the per-document context (message language, project
 * config and the cached workspace model) and the way figures are printed in hovers,
 * inlay hints and code lenses (Indonesian notation, categories in the message language).
 *
 * Every request reads the workspace model the validators already built for the current
 * state (WorkspaceModelProvider caches it); nothing here rebuilds the workspace.
 */
import { AstUtils, type AstNode, type LangiumDocument, type URI } from 'langium';
import type { Exact } from '../common/exact.js';
import { formatIdNumber, formatPercent, formatRupiah } from '../common/id-number.js';
import { type NotComputable, category, type Achievement, type TargetValue } from '../engine/achievement.js';
import type { Configs, KinerjaConfig, Language } from '../engine/config.js';
import type { IndicatorInfo, NodeInfo, OrganisationInfo, WorkspaceModel } from '../engine/model.js';
import { budgetChildren } from '../engine/budget.js';
import { yearOfKey } from '../engine/periods.js';
import { lspMessage } from './messages.js';
import { quarterMeaning, type LineFigure } from './figures.js';
import type { KinerjaServices } from './kinerja-module.js';

export interface LspContext {
    language: Language;
    /** The config of the document the request is about (its language). */
    config: KinerjaConfig;
    /** Each organisation's config, which its figures follow (the file declaring it; docs/configuration.md). */
    configs: Configs;
    model: WorkspaceModel;
}

/** The context of a request on the document at `uri` (its project config and language). */
export function lspContext(services: KinerjaServices, uri: URI): LspContext {
    const settings = services.kinerja.Settings;
    const config = settings.configFor(uri);
    return { language: settings.languageFor(config), config, configs: settings.configs(config), model: services.kinerja.WorkspaceModel.get() };
}

/** `22`, `20,50`, `95,45`: whole numbers as they are, others with two decimals, as written in plans. */
export function formatValue(value: Exact | undefined): string {
    if (!value) return '—';
    const whole = !formatIdNumber(value, { decimals: 6, grouping: false }).includes(',');
    return formatIdNumber(value, { decimals: 2, fixed: !whole });
}

export function formatTarget(target: TargetValue | undefined): string {
    if (!target) return '—';
    return target.upper ? `${formatValue(target.value)} - ${formatValue(target.upper)}` : formatValue(target.value);
}

export function formatAmount(value: Exact | undefined): string {
    return value ? formatRupiah(value) : '—';
}

/** The category label of an achievement of `organisation` (by its config's bands) in the message language. */
export function categoryLabel(value: Exact, context: { configs: Configs; language: Language }, organisation: OrganisationInfo): string {
    const band = category(value, context.configs.of(organisation));
    return context.language === 'en' ? band.labelEn ?? band.label : band.label;
}

/** `94,67% (Sangat Tinggi)`, or "tidak dapat dihitung (target nol)". */
export function achievementText(a: Achievement, context: { configs: Configs; language: Language }, organisation: OrganisationInfo): string {
    if (a.computable) return `${formatPercent(a.value)} (${categoryLabel(a.value, context, organisation)})`;
    return notComputable(context.language, a.reason);
}

/** Why a figure cannot be computed: the engine's reasons, and the editor's own for budgets and quarter plans. */
export type NotComputableReason = NotComputable | 'no-pagu' | 'no-quarter-plan';

export function notComputable(language: Language, reason?: NotComputableReason): string {
    const text = lspMessage(language, 'not-computable');
    return reason ? `${text} (${lspMessage(language, `reason.${reason}`)})` : text;
}

/** Years an indicator has targets or realisations for, ascending. */
export function indicatorYears(indicator: IndicatorInfo): number[] {
    const years = new Set<number>();
    for (const key of indicator.targets.keys()) years.add(yearOfKey(key));
    for (const key of indicator.realisations.keys()) years.add(yearOfKey(key));
    return [...years].sort((a, b) => a - b);
}

function maxYear(keys: Iterable<number>, toYear: (key: number) => number = yearOfKey): number | undefined {
    let max: number | undefined;
    for (const key of keys) {
        const year = toYear(key);
        if (max === undefined || year > max) max = year;
    }
    return max;
}

/**
 * The latest year a node has data for: realisations of its indicators or of its budget
 * (its own or its budget children's), else targets or pagu (a plan without results yet).
 */
export function latestNodeYear(model: WorkspaceModel, node: NodeInfo): number | undefined {
    const children = budgetChildren(model);
    const realised: number[] = [];
    const planned: number[] = [];
    const add = (list: number[], year: number | undefined) => { if (year !== undefined) list.push(year); };
    for (const indicator of node.indicators) {
        add(realised, maxYear(indicator.realisations.keys()));
        add(planned, maxYear(indicator.targets.keys()));
    }
    // Budget children are one level down at most three times (program ← kegiatan ← subkegiatan).
    const budget = [node];
    for (let i = 0; i < budget.length; i++) {
        add(realised, maxYear(budget[i].spending.keys()));
        add(planned, maxYear(budget[i].ceilings.keys(), y => y));
        budget.push(...children.get(budget[i].id) ?? []);
    }
    if (realised.length) return Math.max(...realised);
    return planned.length ? Math.max(...planned) : undefined;
}

/** The period of an organisation, or of the pemda an agency belongs to. */
export function periodOf(model: WorkspaceModel, organisation: OrganisationInfo | undefined): { start: number; end: number } | undefined {
    if (!organisation) return undefined;
    if (organisation.period) return organisation.period;
    const pemda = organisation.pemdaId ? model.organisations.get(organisation.pemdaId) : undefined;
    return pemda?.period;
}

/** `Dinkes.IKU1` shown from inside Dinkes as `IKU1`. */
export function displayId(id: string, organisation: string | undefined): string {
    return organisation && id.startsWith(`${organisation}.`) ? id.slice(organisation.length + 1) : id;
}

/** Escapes text for use inside a markdown table cell or line. */
export function md(text: string): string {
    return text.replace(/[\\`*_{}[\]<>|#]/g, c => `\\${c}`);
}

export function documentOf(node: AstNode): LangiumDocument {
    return AstUtils.getDocument(node);
}

/** The long form of a quarter line's meaning, for tooltips and hovers. */
export function meaningText(figure: LineFigure, language: Language): string {
    const meaning = quarterMeaning(figure);
    if (!meaning) return '';
    const value = figure.kind === 'budget' ? formatAmount(figure.realisation) : formatValue(figure.lineValue);
    const mode = figure.kind === 'indicator' ? figure.indicator.accumulation : '';
    return lspMessage(language, `meaning.${meaning}.long`, { value, roman: ROMAN[figure.quarter!], mode });
}

const ROMAN = ['', 'I', 'II', 'III', 'IV'];
