/**
 * Inlay hints after each realisation line: the achievement that line makes
 * (` capaian 94,67% (Sangat Tinggi)`) or, for budget realisations, the absorption
 * (` serapan 76,00%`). See figures.ts for what each line is compared with.
 *
 * Months and `s.d.` figures: the line that ends its quarter's figures shows the quarter
 * figure the engine made (`tw3 = 307`, for `jumlah` a `s.d.` line's own-period value) and
 * the achievement up to that quarter (`kumulatif Jan–Jun · tw2 = 540 · capaian 98,18%`);
 * earlier months of the quarter get no hint (a later one tells the quarter).
 *
 * `belanja` (spending within a period): the running sum up to the quarter and the
 * absorption against the pagu in force then (`s.d. tw2 Rp 300.000.000 · serapan 33,33%`).
 *
 * Only the AST inside the requested range is visited, and figures come from the cached
 * workspace model.
 */
import { AstUtils, interruptAndCheck, type LangiumDocument } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import { CancellationToken, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import { formatPercent } from '../common/id-number.js';
import { quarterLabel } from '../engine/periods.js';
import { lspMessage } from './messages.js';
import { isBelanja } from '../language/generated/ast.js';
import type { KinerjaServices } from './kinerja-module.js';
import { figureOfLine, isRealisationLine, type LineFigure } from './figures.js';
import { achievementText, formatAmount, formatTarget, formatValue, lspContext, meaningLabel, meaningText, notComputable, type LspContext } from './lsp-support.js';

export class KinerjaInlayHintProvider implements InlayHintProvider {
    constructor(private readonly services: KinerjaServices) {}

    async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken = CancellationToken.None): Promise<InlayHint[]> {
        const context = lspContext(this.services, document.uri);
        const hints: InlayHint[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value, { range: params.range })) {
            await interruptAndCheck(cancelToken);
            if (!isRealisationLine(node)) continue;
            const figure = figureOfLine(context.model, context.configs, node);
            const end = (isBelanja(node) ? undefined : node.denominator)?.$cstNode?.range.end ?? node.value?.$cstNode?.range.end;
            const hint = figure && end ? hintOf(figure, context) : undefined;
            if (hint) hints.push({ position: end!, paddingLeft: true, ...hint });
        }
        return hints;
    }
}

/**
 * The hint, preceded on a quarter line by what its value is ("triwulan ini", "posisi
 * akhir tw3", "s.d. tw3"): indicator quarters are the quarter's own value while budget
 * quarters are cumulative, and a figure written the other way gives a false finding.
 */
function hintOf(figure: LineFigure, context: LspContext): { label: string; tooltip: string } | undefined {
    if (figure.kind === 'indicator' && !figure.endsQuarter) return undefined;
    const hint = figureHint(figure, context);
    const meaning = meaningLabel(figure, context.language);
    if (!hint || !meaning) return hint;
    return {
        label: `${meaning} · ${hint.label}`,
        tooltip: `${meaningText(figure, context.language)} ${hint.tooltip}`
    };
}

function figureHint(figure: LineFigure, context: LspContext): { label: string; tooltip: string } | undefined {
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
        : achievementText(figure.achievement, context, figure.indicator.organisation);
    let label = lspMessage(language, 'achievement', { value });
    if (figure.quarter && figure.againstAnnual) label += ` ${lspMessage(language, 'against-annual')}`;
    const scale = figure.indicator.scale;
    const tooltip = figure.quarter && !figure.againstAnnual
        ? lspMessage(language, 'hint.quarter', {
            quarter: quarterLabel(figure.quarter), year: figure.year, mode: scale ? 'terakhir' : figure.indicator.accumulation,
            realisation: formatValue(figure.realisation, scale), target: formatTarget(figure.target, scale)
        })
        : lspMessage(language, 'hint.annual', { period, realisation: formatValue(figure.realisation, scale), target: formatTarget(figure.target, scale) });
    return { label, tooltip };
}
