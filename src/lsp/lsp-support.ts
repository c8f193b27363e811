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
import { monthLabel, yearOfKey } from '../engine/periods.js';
import { scaleWord } from '../engine/scale.js';
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

/**
 * `22`, `20,50`, `95,45`: whole numbers as they are, others with two decimals, as written
 * in plans; on a qualitative indicator's scale, the word of the rank (`"BB"`).
 */
export function formatValue(value: Exact | undefined, scale?: readonly string[]): string {
    if (!value) return '—';
    if (scale) {
        const word = scaleWord(scale, value);
        return word === null ? '—' : `"${word}"`;
    }
    const whole = !formatIdNumber(value, { decimals: 6, grouping: false }).includes(',');
    return formatIdNumber(value, { decimals: 2, fixed: !whole });
}

export function formatTarget(target: TargetValue | undefined, scale?: readonly string[]): string {
    if (!target) return '—';
    return target.upper ? `${formatValue(target.value, scale)} - ${formatValue(target.upper, scale)}` : formatValue(target.value, scale);
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

/** The long form of a period line's meaning, for tooltips and hovers. */
export function meaningText(figure: LineFigure, language: Language): string {
    const meaning = quarterMeaning(figure);
    if (!meaning) return '';
    const scale = figure.kind === 'indicator' ? figure.indicator.scale : undefined;
    const value = figure.kind === 'budget' ? formatAmount(figure.spent ?? figure.realisation) : formatValue(figure.lineValue, scale);
    const mode = figure.kind === 'indicator' ? (scale ? 'terakhir' : figure.indicator.accumulation) : '';
    const span = figure.period?.span;
    const params = {
        value, roman: ROMAN[figure.quarter!], mode, quarter: quartersText(figure),
        month: span ? monthName(language, span.last) : '',
        months: span ? monthRange(language, 1, span.last) : '',
        period: span ? periodName(figure.period!.month, figure.quarter!) : '',
        figure: figure.kind === 'indicator' && figure.quarterFigure && mode !== 'terakhir' ? formatValue(figure.quarterFigure, scale) : '',
        total: figure.kind === 'budget' ? formatAmount(figure.realisation) : '',
        own: span && figure.period?.month ? monthName(language, span.last) : `${language === 'en' ? 'quarter' : 'triwulan'} ${ROMAN[figure.quarter!]}`
    };
    if (meaning === 'to-date' && figure.period?.month) return lspMessage(language, 'meaning.to-date-month.long', params);
    return lspMessage(language, `meaning.${meaning}.long`, params);
}

/** The short form of a period line's meaning, for inlay hints: `triwulan ini`, `kumulatif Jan–Jun · tw2 = 540`. */
export function meaningLabel(figure: LineFigure, language: Language): string | undefined {
    const meaning = quarterMeaning(figure);
    if (!meaning) return undefined;
    const quarter = `tw${figure.quarter}`;
    const span = figure.period?.span;
    const scale = figure.kind === 'indicator' ? figure.indicator.scale : undefined;
    const own = figure.kind === 'indicator' && figure.quarterFigure && !scale && figure.indicator.accumulation !== 'terakhir'
        ? lspMessage(language, 'meaning.quarter-figure', { quarter: quartersText(figure), value: formatValue(figure.quarterFigure) }) : undefined;
    switch (meaning) {
        case 'cumulative': return [lspMessage(language, 'meaning.cumulative', { months: monthRange(language, 1, span!.last, true) }), own].filter(Boolean).join(' · ');
        case 'month': return own ?? lspMessage(language, 'meaning.month', { month: monthLabel(span!.last) });
        case 'month-end': return lspMessage(language, 'meaning.month-end', { month: monthLabel(span!.last) });
        case 'to-date': return lspMessage(language, 'meaning.to-date', { quarter: span && figure.period?.month ? monthLabel(span.last) : quarter });
        case 'spent': return lspMessage(language, 'meaning.spent', { quarter, total: formatAmount(figure.realisation) });
        default: return lspMessage(language, `meaning.${meaning}`, { quarter });
    }
}

const ROMAN = ['', 'I', 'II', 'III', 'IV'];

/** `tw3`, or `tw1–tw3` for a quarter figure that also covers earlier quarters without data. */
function quartersText(figure: LineFigure): string {
    const from = figure.kind === 'indicator' ? figure.quarterFrom : undefined;
    return from !== undefined && from < figure.quarter! ? `tw${from}–tw${figure.quarter}` : `tw${figure.quarter}`;
}

const MONTH_NAMES: Record<Language, readonly string[]> = {
    id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
    en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
};

export function monthName(language: Language, month: number, short = false): string {
    const name = MONTH_NAMES[language][month - 1];
    return short ? name.slice(0, 3) : name;
}

/** `Januari–Juni`, `Jan–Jun`. */
export function monthRange(language: Language, first: number, last: number, short = false): string {
    return first === last ? monthName(language, last, short) : `${monthName(language, first, short)}–${monthName(language, last, short)}`;
}

/** `tw2` or `agu`: the period a `s.d.` figure runs to, as written. */
function periodName(month: number | undefined, quarter: number): string {
    return month ? monthLabel(month) : `tw${quarter}`;
}
