/**
 * The cascade (pohon kinerja) as the LSP type hierarchy:
 * - supertypes of a node are the nodes it supports (`mendukung`), up towards the regional
 *   goals; subtypes are the nodes supporting it, down to the staff work plans;
 * - likewise for indicators and the indicators they intervene in.
 *
 * Items carry the qualified id (`data.id`), so following the hierarchy is a lookup in the
 * workspace model and the support graph built once per model (engine/hierarchy.ts).
 */
import { CstUtils, type LangiumDocument } from 'langium';
import type { TypeHierarchyProvider } from 'langium/lsp';
import {
    SymbolKind, type TypeHierarchyItem, type TypeHierarchyPrepareParams, type TypeHierarchySubtypesParams, type TypeHierarchySupertypesParams
} from 'vscode-languageserver';
import { nodeGraph } from '../engine/hierarchy.js';
import type { IndicatorInfo, NodeInfo, WorkspaceModel } from '../engine/model.js';
import { isIndikator, isNode } from '../language/generated/ast.js';
import type { KinerjaServices } from './kinerja-module.js';
import { documentOf } from './lsp-support.js';

type Element = NodeInfo | IndicatorInfo;

interface ItemData {
    id: string;
    indicator: boolean;
}

const indicatorSupporters = new WeakMap<WorkspaceModel, Map<string, IndicatorInfo[]>>();

/** Indicators supporting each indicator id, once per model. */
function supportingIndicators(model: WorkspaceModel): Map<string, IndicatorInfo[]> {
    let map = indicatorSupporters.get(model);
    if (!map) {
        map = new Map();
        for (const indicator of model.indicators.values()) {
            for (const id of indicator.supportIds) {
                const list = map.get(id);
                if (list) list.push(indicator); else map.set(id, [indicator]);
            }
        }
        indicatorSupporters.set(model, map);
    }
    return map;
}

export class KinerjaTypeHierarchyProvider implements TypeHierarchyProvider {
    constructor(private readonly services: KinerjaServices) {}

    prepareTypeHierarchy(document: LangiumDocument, params: TypeHierarchyPrepareParams): TypeHierarchyItem[] | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.services.parser.GrammarConfig.nameRegexp);
        const target = leaf ? this.services.references.References.findDeclarations(leaf)[0] : undefined;
        if (!target || !(isNode(target) || isIndikator(target))) return undefined;
        const info = this.services.kinerja.WorkspaceModel.get().byAst.get(target);
        const item = info && this.item(info);
        return item ? [item] : undefined;
    }

    supertypes(params: TypeHierarchySupertypesParams): TypeHierarchyItem[] | undefined {
        const model = this.services.kinerja.WorkspaceModel.get();
        const element = this.lookup(model, params.item);
        if (!element) return undefined;
        const parents: readonly Element[] = isIndikator(element.ast)
            ? element.supportIds.map(id => model.indicators.get(id)).filter((i): i is IndicatorInfo => !!i)
            : nodeGraph(model).parents.get(element as NodeInfo) ?? [];
        return this.items(parents);
    }

    subtypes(params: TypeHierarchySubtypesParams): TypeHierarchyItem[] | undefined {
        const model = this.services.kinerja.WorkspaceModel.get();
        const element = this.lookup(model, params.item);
        if (!element) return undefined;
        const children: readonly Element[] = isIndikator(element.ast)
            ? supportingIndicators(model).get(element.id) ?? []
            : nodeGraph(model).supportedBy.get(element as NodeInfo) ?? [];
        return this.items(children);
    }

    private lookup(model: WorkspaceModel, item: TypeHierarchyItem): Element | undefined {
        const data = item.data as Partial<ItemData> | undefined;
        if (!data?.id) return undefined;
        return data.indicator ? model.indicators.get(data.id) : model.nodes.get(data.id);
    }

    private items(elements: readonly Element[]): TypeHierarchyItem[] {
        return elements.map(e => this.item(e)).filter((i): i is TypeHierarchyItem => !!i);
    }

    private item(element: Element): TypeHierarchyItem | undefined {
        const cst = element.ast.$cstNode;
        const nameNode = this.services.references.NameProvider.getNameNode(element.ast);
        if (!cst || !nameNode) return undefined;
        const indicator = isIndikator(element.ast);
        const data: ItemData = { id: element.id, indicator };
        return {
            name: element.id,
            kind: indicator ? SymbolKind.Property : SymbolKind.Function,
            detail: `${indicator ? 'indikator' : (element as NodeInfo).kind} · ${element.ast.title ?? ''}`.trim(),
            uri: documentOf(element.ast).uri.toString(),
            range: cst.range,
            selectionRange: nameNode.range,
            data
        };
    }
}
