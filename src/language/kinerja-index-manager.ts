/**
 * The workspace index, kept by name and by referenced file as documents change, so that
 * an edit costs what the edited files hold and not what the workspace holds.
 *
 * Langium's default global scope gathers every exported name of the workspace into a
 * fresh map after each change (docs/performance.md, first round), and deciding
 * which files to relink scans every reference of every file. Here:
 *
 * - exported names are kept in a map by name, patched per file when its exports change;
 *   a lookup returns the first description in index order, as Langium's `MultiMapScope`
 *   over `allElements` does;
 * - the files each file references are kept as a reverse map (target file → referencing
 *   files), so `isAffected` is a map lookup.
 */
import { DefaultIndexManager, type AstNodeDescription, type LangiumDocument, type LangiumSharedCoreServices, type ReferenceDescription, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

export class KinerjaIndexManager extends DefaultIndexManager {
    private readonly byName = new Map<string, AstNodeDescription[]>();
    /** Position of each file in the index (Langium's symbol index is insertion ordered). */
    private readonly fileOrder = new Map<string, number>();
    private nextFile = 0;
    /** target file → the files whose (non-local) references point into it. */
    private readonly referencedBy = new Map<string, Set<string>>();
    /** file → the target files it references, to undo the above. */
    private readonly targetsOf = new Map<string, Set<string>>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async updateContent(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        const uri = document.uri.toString();
        this.forgetNames(uri);
        await super.updateContent(document, cancelToken);
        if (!this.fileOrder.has(uri)) this.fileOrder.set(uri, this.nextFile++);
        const order = this.fileOrder.get(uri)!;
        // This file's descriptions go in as one block per name, after those of the files
        // before it in index order and in their own order: linear in the copies of a name,
        // however many this file holds (a name declared 3 000 times in one file).
        for (const [name, descriptions] of byNameOf(this.symbolIndex.get(uri) ?? [])) {
            const list = this.byName.get(name);
            if (!list) {
                this.byName.set(name, descriptions);
                continue;
            }
            let at = list.length;
            while (at > 0 && this.orderOf(list[at - 1]) > order) at--;
            if (at === list.length) list.push(...descriptions); else list.splice(at, 0, ...descriptions);
        }
    }

    override removeContent(uri: URI): void {
        const key = uri.toString();
        this.forgetNames(key);
        this.fileOrder.delete(key);
        super.removeContent(uri);
    }

    override async updateReferences(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        await super.updateReferences(document, cancelToken);
        this.recordTargets(document.uri.toString(), this.referenceIndex.get(document.uri.toString()) ?? []);
    }

    override removeReferences(uri: URI): void {
        this.recordTargets(uri.toString(), []);
        super.removeReferences(uri);
    }

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        const uri = document.uri.toString();
        for (const changed of changedUris) {
            if (this.referencedBy.get(changed)?.has(uri)) return true;
        }
        return false;
    }

    /** The first exported description with this name whose type is (a subtype of) `type`, in index order. */
    elementByName(name: string, type: string): AstNodeDescription | undefined {
        const list = this.byName.get(name);
        if (!list) return undefined;
        for (const description of list) {
            if (this.astReflection.isSubtype(description.type, type)) return description;
        }
        return undefined;
    }

    private orderOf(description: AstNodeDescription): number {
        return this.fileOrder.get(description.documentUri.toString()) ?? Number.MAX_SAFE_INTEGER;
    }

    private forgetNames(uri: string): void {
        for (const [name, descriptions] of byNameOf(this.symbolIndex.get(uri) ?? [])) {
            const list = this.byName.get(name);
            if (!list) continue;
            const gone = new Set(descriptions);
            const rest = list.filter(d => !gone.has(d));
            if (rest.length) this.byName.set(name, rest); else this.byName.delete(name);
        }
    }

    private recordTargets(uri: string, references: ReferenceDescription[]): void {
        for (const target of this.targetsOf.get(uri) ?? []) this.referencedBy.get(target)?.delete(uri);
        const targets = new Set<string>();
        for (const reference of references) {
            if (!reference.local) targets.add(reference.targetUri.toString());
        }
        if (targets.size) this.targetsOf.set(uri, targets); else this.targetsOf.delete(uri);
        for (const target of targets) {
            const set = this.referencedBy.get(target);
            if (set) set.add(uri); else this.referencedBy.set(target, new Set([uri]));
        }
    }
}

/** Descriptions grouped by name, each group in the order given. */
function byNameOf(descriptions: readonly AstNodeDescription[]): Map<string, AstNodeDescription[]> {
    const groups = new Map<string, AstNodeDescription[]>();
    for (const description of descriptions) {
        const group = groups.get(description.name);
        if (group) group.push(description); else groups.set(description.name, [description]);
    }
    return groups;
}
