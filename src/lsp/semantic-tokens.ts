/**
 * Semantic tokens, on top of the TextMate grammar:
 * - declarations (modifier `declaration`): `pemda`/`instansi` names as namespace,
 *   positions as class, performance-tree nodes as function, indicators as property;
 * - references with the type of what they name (the qualifier of `Org.X` as namespace);
 * - numbers: values, years, periods and dates (signing, amendments, revisions, officials'
 *   terms, verification of evidence);
 * - periods (`tw1`..`tw4`, `jan`..`des`), built-in units, directions, the lower-is-better
 *   formula and accumulation modes as keywords;
 * - `lintas` references as the nodes they name.
 */
import { CstUtils, isLeafCstNode, type AstNode, type Reference } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import {
    isBelanja, isBukti, isCatatan, isIndikator, isInstansi, isJabatan, isNode, isPagu, isPejabat, isPemda, isPeriod, isPerjanjian,
    isQuarterValue, isRealisasi, isRealisasiBlock, isRealisasiItem, isSatuan, isTarget, isValue
} from '../language/generated/ast.js';

const DECLARATION = SemanticTokenModifiers.declaration;

/** The token type of a declaration or reference of this AST type. */
function typeOf(astType: string | undefined): SemanticTokenTypes | undefined {
    switch (astType) {
        case 'Pemda': case 'Instansi': case 'Organisation': return SemanticTokenTypes.namespace;
        case 'Jabatan': return SemanticTokenTypes.class;
        case 'Node': return SemanticTokenTypes.function;
        case 'Indikator': case 'Measurable': return SemanticTokenTypes.property;
        default: return undefined;
    }
}

export class KinerjaSemanticTokenProvider extends AbstractSemanticTokenProvider {

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (isPemda(node) || isInstansi(node) || isJabatan(node) || isNode(node) || isIndikator(node)) {
            if (node.name) acceptor({ node, property: 'name', type: typeOf(node.$type)!, modifier: DECLARATION });
        }
        if (isInstansi(node) && node.pemda) this.reference(node.pemda, 'Pemda', acceptor);
        if (isJabatan(node) && node.superior) this.reference(node.superior, 'Jabatan', acceptor);
        if (isNode(node)) {
            if (node.owner) this.reference(node.owner, 'Jabatan', acceptor);
            node.supports.forEach(ref => this.reference(ref, 'Node', acceptor));
            node.crosscutting.forEach(ref => this.reference(ref, 'Node', acceptor));
        }
        if (isIndikator(node)) node.supports.forEach(ref => this.reference(ref, 'Indikator', acceptor));
        if (isRealisasiBlock(node)) {
            if (node.organisation) this.reference(node.organisation, 'Organisation', acceptor);
            this.number(node, 'year', acceptor);
            if (node.quarter) acceptor({ node, property: 'quarter', type: SemanticTokenTypes.keyword });
        }
        if (isRealisasiItem(node) && node.target) this.reference(node.target, 'Measurable', acceptor);
        if (isPerjanjian(node)) {
            if (node.position) this.reference(node.position, 'Jabatan', acceptor);
            this.number(node, 'year', acceptor);
            if (node.signed) acceptor({ node, property: 'signed', type: SemanticTokenTypes.number });
            node.amendments.forEach((_date, index) => acceptor({ node, property: 'amendments', index, type: SemanticTokenTypes.number }));
        }
        if (isPejabat(node)) {
            this.number(node, 'from', acceptor);
            this.number(node, 'until', acceptor);
        }
        if (isPeriod(node)) {
            this.number(node, 'start', acceptor);
            this.number(node, 'end', acceptor);
        }
        if (isTarget(node) || isRealisasi(node) || isPagu(node) || isBelanja(node) || isCatatan(node) || isBukti(node)) this.number(node, 'year', acceptor);
        if (isTarget(node) || isPagu(node)) this.number(node, 'revised', acceptor);
        if (isBukti(node)) this.number(node, 'verified', acceptor);
        if ((isRealisasi(node) || isQuarterValue(node) || isBelanja(node) || isCatatan(node) || isBukti(node)) && node.quarter) {
            acceptor({ node, property: 'quarter', type: SemanticTokenTypes.keyword });
        }
        if (isValue(node)) this.number(node, 'number', acceptor);
        if (isSatuan(node) && node.builtin) acceptor({ node, property: 'builtin', type: SemanticTokenTypes.keyword });
        if (isIndikator(node)) {
            if (node.direction) acceptor({ node, property: 'direction', type: SemanticTokenTypes.keyword });
            if (node.lowerFormula) acceptor({ node, property: 'lowerFormula', type: SemanticTokenTypes.keyword });
            if (node.accumulation) acceptor({ node, property: 'accumulation', type: SemanticTokenTypes.keyword });
        }
    }

    private number<N extends AstNode>(node: N, property: string, acceptor: SemanticTokenAcceptor): void {
        if ((node as Record<string, unknown>)[property] !== undefined) {
            acceptor({ node, property: property as never, type: SemanticTokenTypes.number });
        }
    }

    /** A reference: the qualifier segments as namespace, the name with the type of its target. */
    private reference(ref: Reference, expected: string, acceptor: SemanticTokenAcceptor): void {
        const cst = ref.$refNode;
        if (!cst) return;
        const type = typeOf(ref.ref?.$type ?? expected) ?? SemanticTokenTypes.variable;
        const segments = CstUtils.streamCst(cst).filter(n => isLeafCstNode(n) && !n.hidden && n.text !== '.').toArray();
        segments.forEach((segment, i) => {
            acceptor({ cst: segment, type: i < segments.length - 1 ? SemanticTokenTypes.namespace : type });
        });
    }
}
