/**
 * `number-format`: every number must be Indonesian notation (decimal comma, dot
 * thousands in groups of three) and every year four digits. The diagnostic carries the
 * replacement text, which the quick fix applies.
 */
import { AstUtils, type AstNode } from 'langium';
import { parseIdNumber } from '../common/id-number.js';
import { isPerjanjian, isPagu, isPeriod, isRealisasi, isRealisasiBlock, isTarget, isValue, type Model } from '../language/generated/ast.js';
import type { FindingReporter } from './reporter.js';

const YEAR = /^\d{4}$/;

export function checkNumbers(model: Model, reporter: FindingReporter): void {
    for (const node of AstUtils.streamAllContents(model)) {
        if (isValue(node)) {
            checkNumber(node, node.number, reporter);
        } else if (isTarget(node) || isRealisasi(node) || isPagu(node) || isRealisasiBlock(node) || isPerjanjian(node)) {
            checkYear(node, 'year', node.year, reporter);
        } else if (isPeriod(node)) {
            checkYear(node, 'start', node.start, reporter);
            checkYear(node, 'end', node.end, reporter);
        }
    }
}

function checkNumber(node: AstNode, text: string | undefined, reporter: FindingReporter): void {
    if (!text) return;
    const parsed = parseIdNumber(text);
    if (parsed.ok) return;
    const key = parsed.problem === 'ambiguous' ? 'number-format.ambiguous' : 'number-format.malformed';
    reporter.report('number-format', key, { text, suggestion: parsed.suggestion ?? '' }, {
        node, property: 'number',
        data: parsed.suggestion ? { replacement: parsed.suggestion } : undefined
    });
}

function checkYear(node: AstNode, property: string, text: string | undefined, reporter: FindingReporter): void {
    if (!text || YEAR.test(text)) return;
    reporter.report('number-format', 'number-format.year', { text }, { node, property });
}
