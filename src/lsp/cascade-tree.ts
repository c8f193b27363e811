/**
 * `kinerja/cascadeTree` (src/lsp/protocol.ts): every organisation's performance tree for
 * a year, each node with the nodes of the same organisation that support it as
 * children, its indicators as leaves, achievements and categories — the extension's
 * "Pohon Kinerja" view. It reads the same workspace model and engine as the CLI.
 * Key indicators (IKU, `utama`) are marked, and each node lists its crosscutting partners
 * (`lintas`, in either direction) beside its cascade.
 */
import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import { Exact } from '../common/exact.js';
import { formatPercent } from '../common/id-number.js';
import { category as categoryOf, type Achievement } from '../engine/achievement.js';
import { evaluateIndicator, type IndicatorEvaluation } from '../engine/aggregation.js';
import { toConfigs, type Configs, type KinerjaConfig, type Language } from '../engine/config.js';
import { evaluateWorkspace } from '../engine/evaluate.js';
import type { IndicatorInfo, NodeInfo, OrganisationInfo, WorkspaceModel } from '../engine/model.js';
import { defaultQuarter, workspaceYears } from '../engine/years.js';
import { MAX_TREE_DEPTH, type CascadeItem, type CascadeTreeResult, type TreeLocation } from './protocol.js';

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

export { MAX_TREE_DEPTH } from './protocol.js';

export function cascadeTree(model: WorkspaceModel, configs: KinerjaConfig | Configs, language: Language, year: number | undefined): CascadeTreeResult {
    const { of } = toConfigs(configs);
    const years = workspaceYears(model).all;
    const result: CascadeTreeResult = { year: year ?? null, years, language, organisations: [] };
    if (year === undefined) return result;
    // Cut at the latest reported quarter of a running year, as the report preview is.
    const evaluation = evaluateWorkspace(model, configs, year, defaultQuarter(model, year));
    const byIndicator = new Map<IndicatorInfo, IndicatorEvaluation>();
    for (const org of evaluation.organisations) for (const e of org.indicators) byIndicator.set(e.indicator, e);
    // Crosscutting works both ways: a node named in another's `lintas` shows that one too.
    const partners = new Map<string, string[]>();
    const link = (from: string, to: string) => {
        const list = partners.get(from) ?? [];
        if (!list.includes(to)) list.push(to);
        partners.set(from, list);
    };
    for (const node of model.nodes.values()) {
        for (const id of node.crosscuttingIds) if (id !== node.id) { link(node.id, id); link(id, node.id); }
    }

    /** Sets an item's figure, its category by the bands of its organisation's config. */
    const withValue = (item: CascadeItem, organisation: OrganisationInfo, value: Exact | undefined, period?: string) => {
        if (!value) return item;
        const config = of(organisation);
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
        const e = byIndicator.get(indicator) ?? evaluateIndicator(indicator, year, of(indicator.organisation), 4);
        const { achievement, period } = currentAchievement(e);
        const item: CascadeItem = {
            id: indicator.id, kind: 'indikator', name: indicator.ast.name, title: indicator.ast.title,
            achievement: null, location: locationOf(indicator.ast), children: []
        };
        if (indicator.key) item.key = true;
        const value = achievement.computable ? achievement.value : undefined;
        return { item: withValue(item, indicator.organisation, value, period), value };
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
        const crosscutting = partners.get(node.id);
        if (crosscutting) item.crosscutting = [...crosscutting];
        const values: Exact[] = [];
        const periods = new Set<string>();
        for (const indicator of node.indicators) {
            const { item: child, value } = indicatorItem(indicator);
            item.children.push(child);
            if (value) { values.push(value); if (child.period) periods.add(child.period); }
        }
        return withValue(item, node.organisation, Exact.mean(values), periods.size === 1 ? [...periods][0] : undefined);
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
        result.organisations.push(withValue(item, org, orgEval.score, quarter ? `${year} tw${quarter}` : String(year)));
    }
    return result;
}
