/**
 * Inlay hints after each realisation line: the achievement that line makes
 * (` capaian 94,67% (Sangat Tinggi)`) or, for budget realisations, the absorption
 * (` serapan 76,00%`). See figures.ts for what each line is compared with.
 *
 * Only the AST inside the requested range is visited (AbstractInlayHintProvider prunes
 * the walk), and figures come from the cached workspace model.
 */
import type { AstNode, LangiumDocument } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import type { CancellationToken, InlayHint, InlayHintParams } from 'vscode-languageserver';
import { formatPercent } from '../common/id-number.js';
import { quarterLabel } from '../engine/periods.js';
import { lspMessage } from '../i18n/lsp-messages.js';
import type { KinerjaServices } from '../language/kinerja-module.js';
import { figureOfLine, isRealisationLine, type LineFigure } from './figures.js';
import { achievementText, formatAmount, formatTarget, formatValue, lspContext, notComputable, type LspContext } from './lsp-support.js';

export class KinerjaInlayHintProvider extends AbstractInlayHintProvider {
    private context?: LspContext;

    constructor(private readonly services: KinerjaServices) {
        super();
    }

    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken?: CancellationToken): Promise<InlayHint[] | undefined> {
        this.context = lspContext(this.services, document.uri);
        try {
            return await super.getInlayHints(document, params, cancelToken);
        } finally {
            this.context = undefined;
        }
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        const context = this.context;
        if (!context || !isRealisationLine(node)) return;
        const figure = figureOfLine(context.model, context.config, node);
        const end = node.denominator?.$cstNode?.range.end ?? node.value?.$cstNode?.range.end;
        if (!figure || !end) return;
        const hint = hintOf(figure, context);
        if (hint) acceptor({ position: end, paddingLeft: true, ...hint });
    }
}

function hintOf(figure: LineFigure, context: LspContext): { label: string; tooltip: string } | undefined {
    const { language } = context;
    const period = figure.quarter ? `${figure.year} ${quarterLabel(figure.quarter)}` : String(figure.year);
    if (figure.kind === 'budget') {
        const value = figure.absorption ? formatPercent(figure.absorption) : notComputable(language, figure.pagu ? undefined : 'no-pagu');
        return {
            label: lspMessage(language, 'absorption', { value }),
            tooltip: lspMessage(language, 'hint.budget', { period, realisation: formatAmount(figure.realisation), pagu: formatAmount(figure.pagu) })
        };
    }
    // A realisation without any target: `missing-target` already says so.
    if (!figure.target && !figure.quarter) return undefined;
    const value = figure.quarter && !figure.againstAnnual && !figure.target
        ? notComputable(language, 'no-quarter-plan')
        : achievementText(figure.achievement, context);
    let label = lspMessage(language, 'achievement', { value });
    if (figure.quarter && figure.againstAnnual) label += ` ${lspMessage(language, 'against-annual')}`;
    const tooltip = figure.quarter && !figure.againstAnnual
        ? lspMessage(language, 'hint.quarter', {
            quarter: quarterLabel(figure.quarter), year: figure.year, mode: figure.indicator.accumulation,
            realisation: formatValue(figure.realisation), target: formatTarget(figure.target)
        })
        : lspMessage(language, 'hint.annual', { period, realisation: formatValue(figure.realisation), target: formatTarget(figure.target) });
    return { label, tooltip };
}
