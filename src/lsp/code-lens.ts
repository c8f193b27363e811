/**
 * Code lenses on every performance-tree node declaration:
 *
 * 1. the achievement summary for the node's latest year with data: the mean achievement
 *    of its indicators with its category (final years by their annual achievement, years
 *    in progress against the quarter plan, as the agency score), and the absorption for
 *    budget nodes. It carries no action (an empty command, shown as plain text);
 * 2. "Buka laporan" / "Open report": the client command `kinerja.openReport` with the
 *    arguments `[nodeId, year]`, e.g. `["Dinkes.SS1", 2025]` (year omitted when the node has
 *    no data yet). The command is implemented by the editor client, not the server.
 */
import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { formatPercent } from '../common/id-number.js';
import { quarterLabel } from '../engine/periods.js';
import { lspMessage } from './messages.js';
import { isInstansi, isPemda, type Model } from '../language/generated/ast.js';
import type { KinerjaServices } from './kinerja-module.js';
import { nodeSummary } from './figures.js';
import { categoryLabel, latestNodeYear, lspContext, notComputable } from './lsp-support.js';

export const OPEN_REPORT_COMMAND = 'kinerja.openReport';

export class KinerjaCodeLensProvider implements CodeLensProvider {
    constructor(private readonly services: KinerjaServices) {}

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const context = lspContext(this.services, document.uri);
        const { language, model } = context;
        const lenses: CodeLens[] = [];
        for (const element of (document.parseResult.value as Model).elements) {
            if (!isPemda(element) && !isInstansi(element)) continue;
            for (const ast of element.nodes) {
                const node = model.byAst.get(ast);
                const range = ast.$cstNode?.range;
                if (!node || !range || !('kind' in node)) continue;
                const lensRange = { start: range.start, end: range.start };
                const year = latestNodeYear(model, node);
                if (year !== undefined) {
                    const summary = nodeSummary(model, context.configs, node, year);
                    const period = summary.quarter ? `${year} ${lspMessage(language, 'so-far', { quarter: quarterLabel(summary.quarter) })}` : String(year);
                    const parts: string[] = [];
                    if (summary.items.length) {
                        parts.push(summary.mean
                            ? lspMessage(language, 'lens.summary', {
                                period, value: `${formatPercent(summary.mean)} (${categoryLabel(summary.mean, context, node.organisation)})`,
                                count: summary.computed === summary.items.length ? summary.items.length : `${summary.computed}/${summary.items.length}`,
                                total: summary.items.length
                            })
                            : lspMessage(language, 'lens.no-achievement', { period }));
                    }
                    const budget = summary.budget;
                    if (budget) {
                        const value = budget.absorption ? formatPercent(budget.absorption) : notComputable(language, budget.pagu ? undefined : 'no-pagu');
                        const text = lspMessage(language, 'lens.absorption', { value });
                        parts.push(parts.length ? text : `${year}: ${text}`);
                    }
                    if (parts.length) lenses.push({ range: lensRange, command: { title: parts.join(' · '), command: '' } });
                }
                lenses.push({
                    range: lensRange,
                    command: {
                        title: lspMessage(language, 'lens.open-report'),
                        command: OPEN_REPORT_COMMAND,
                        arguments: year === undefined ? [node.id] : [node.id, year]
                    }
                });
            }
        }
        return lenses;
    }
}
