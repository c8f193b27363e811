/**
 * Naming rules of the language.
 *
 * Every agency (`instansi`) and regional government (`pemda`) is one namespace: its
 * positions, performance-tree nodes and indicators are exported as `Org.Name`, across all
 * the files that declare or continue it. Organisations themselves are exported by their
 * bare name. Unqualified references resolve inside the enclosing organisation: the
 * `instansi`/`pemda` block they stand in, or the organisation named by a top-level
 * `realisasi ORG …` block.
 */
import type { AstNode } from 'langium';
import { Instansi, Pemda, RealisasiBlock } from './generated/ast.js';

export function qualify(organisation: string, name: string): string {
    return `${organisation}.${name}`;
}

export function isQualified(name: string): boolean {
    return name.includes('.');
}

/** The bare name: `DinsosKutim.IKU1` → `IKU1`. */
export function simpleName(qualifiedName: string): string {
    const dot = qualifiedName.lastIndexOf('.');
    return dot < 0 ? qualifiedName : qualifiedName.slice(dot + 1);
}

/** The organisation part: `DinsosKutim.IKU1` → `DinsosKutim`. */
export function organisationOf(qualifiedName: string): string | undefined {
    const dot = qualifiedName.indexOf('.');
    return dot < 0 ? undefined : qualifiedName.slice(0, dot);
}

/**
 * The organisation namespace a node lives in, by name (no linking needed): the enclosing
 * `instansi`/`pemda`, or the organisation a `realisasi ORG …` block names.
 */
export function enclosingOrganisationName(node: AstNode | undefined): string | undefined {
    // Compares `$type` (these types have no subtypes; a test keeps it so): the
    // reflection's isInstance allocated on every call, and this runs for every statement.
    for (let current = node; current; current = current.$container) {
        const type = current.$type;
        if (type === Instansi.$type || type === Pemda.$type) {
            return (current as Instansi | Pemda).name;
        }
        if (type === RealisasiBlock.$type) {
            return (current as RealisasiBlock).organisation?.$refText;
        }
    }
    return undefined;
}

/** Qualified name of a named element inside an organisation (position, node, indicator). */
export function qualifiedNameOf(node: AstNode & { name?: string }): string | undefined {
    const org = enclosingOrganisationName(node.$container);
    return node.name ? (org ? qualify(org, node.name) : node.name) : undefined;
}
