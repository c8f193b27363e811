/**
 * The "Pohon Kinerja" view: every organisation's performance tree (tujuan → sasaran →
 * program → kegiatan → subkegiatan → RHK, each node under the nodes it supports, its
 * indicators as leaves), from the language server's `kinerja/cascadeTree` request.
 * The icon's shape says the kind of node (a star for a key indicator, IKU), its colour the achievement category
 * (contributed colours `kinerja.category.*`, themable); clicking an item opens its
 * declaration and selects the name. The tree follows edits (debounced) and the year
 * can be chosen.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { categoryColor, iconOf, treeItemView } from './presentation.js';
import { CASCADE_TREE_REQUEST, MAX_TREE_DEPTH, type CascadeItem, type CascadeTreeParams, type CascadeTreeResult, type TreeLocation } from '../lsp/protocol.js';

export const CASCADE_VIEW_ID = 'kinerja.cascade';

export interface CascadeNode {
    item: CascadeItem;
    /** Unique per place in the tree: a node supporting two parents appears twice. */
    key: string;
    parent?: CascadeNode;
    depth: number;
}

export class CascadeTreeProvider implements vscode.TreeDataProvider<CascadeNode>, vscode.Disposable {
    private readonly changed = new vscode.EventEmitter<CascadeNode | undefined>();
    readonly onDidChangeTreeData = this.changed.event;
    private result?: CascadeTreeResult;
    private roots: CascadeNode[] = [];
    private pending?: Promise<CascadeTreeResult | undefined>;
    /** The year chosen by the user; undefined follows the server's default (latest realised year). */
    year?: number;

    constructor(private readonly client: LanguageClient) {}

    get current(): CascadeTreeResult | undefined {
        return this.result;
    }

    /** Asks the server again and redraws. Resolves with the new tree. */
    refresh(): Promise<CascadeTreeResult | undefined> {
        this.pending = this.load().then(result => {
            this.changed.fire(undefined);
            return result;
        });
        return this.pending;
    }

    private async load(): Promise<CascadeTreeResult | undefined> {
        if (!this.client.isRunning()) return undefined;
        try {
            const params: CascadeTreeParams = { year: this.year };
            this.result = await this.client.sendRequest<CascadeTreeResult>(CASCADE_TREE_REQUEST, params);
        } catch (err) {
            this.client.error('kinerja/cascadeTree failed', err, false);
            return this.result;
        }
        this.childrenOf = new WeakMap();
        this.roots = this.result.organisations.map(item => this.wrap(item, undefined));
        return this.result;
    }

    private childrenOf = new WeakMap<CascadeNode, CascadeNode[]>();

    private wrap(item: CascadeItem, parent: CascadeNode | undefined): CascadeNode {
        return { item, parent, depth: parent ? parent.depth + 1 : 0, key: parent ? `${parent.key}/${item.id}` : item.id };
    }

    getChildren(element?: CascadeNode): CascadeNode[] {
        if (!element) return this.roots;
        let children = this.childrenOf.get(element);
        if (!children) {
            children = element.item.children.map(child => this.wrap(child, element));
            this.childrenOf.set(element, children);
        }
        return children;
    }

    getParent(element: CascadeNode): CascadeNode | undefined {
        return element.parent;
    }

    getTreeItem(element: CascadeNode): vscode.TreeItem {
        const { item } = element;
        const collapsible = item.children.length === 0
            ? vscode.TreeItemCollapsibleState.None
            : element.depth <= 1 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
        const view = treeItemView(item, this.result?.language ?? 'id', MAX_TREE_DEPTH);
        const tree = new vscode.TreeItem(view.label, collapsible);
        tree.id = element.key;
        tree.description = view.description;
        tree.iconPath = new vscode.ThemeIcon(iconOf(item), new vscode.ThemeColor(categoryColor(item.band, item.bands)));
        const tooltip = new vscode.MarkdownString(view.tooltip, true);
        tooltip.supportThemeIcons = true;
        tree.tooltip = tooltip;
        tree.contextValue = item.kind === 'pemda' || item.kind === 'instansi' ? 'organisation' : item.kind === 'indikator' ? 'indicator' : 'node';
        tree.accessibilityInformation = { label: view.accessibility };
        // No resourceUri: VS Code would paint the item with its file's problem colour and
        // count, hiding the category colour of the icon.
        if (item.location) tree.command = { command: 'kinerja.revealNode', title: vscode.l10n.t('Go to declaration'), arguments: [item.location] };
        return tree;
    }

    /** The first place in the tree showing the item with this id (for reveal). */
    find(id: string): CascadeNode | undefined {
        const visit = (nodes: CascadeNode[]): CascadeNode | undefined => {
            for (const node of nodes) {
                if (node.item.id === id) return node;
                const found = visit(this.getChildren(node));
                if (found) return found;
            }
            return undefined;
        };
        return visit(this.roots);
    }

    dispose(): void {
        this.changed.dispose();
    }
}

/** Opens the document at the location and selects it. */
export async function revealLocation(location: TreeLocation | undefined): Promise<void> {
    if (!location) return;
    const uri = vscode.Uri.parse(location.uri);
    const { start, end } = location.range;
    const range = new vscode.Range(start.line, start.character, end.line, end.character);
    const editor = await vscode.window.showTextDocument(uri, { selection: range, preserveFocus: false, preview: true });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
