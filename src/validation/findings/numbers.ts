/**
 * `number-format`: every number must be Indonesian notation (decimal comma, dot
 * thousands in groups of three) and every year four digits. The diagnostic carries the
 * replacement text, which the quick fix applies.
 */
import type { AstNode } from 'langium';
import type { ParsedNumber } from '../../common/id-number.js';
import { parsedNumber } from '../../engine/model.js';
import type { Model } from '../../language/generated/ast.js';
import { contentsOf } from '../document-contents.js';
import type { FindingReporter } from '../reporter.js';

const YEAR = /^\d{4}$/;

export function checkNumbers(model: Model, reporter: FindingReporter): void {
    const contents = contentsOf(model);
    for (const value of contents.values) checkNumber(value, value.number, parsedNumber(value), reporter);
    for (const statement of contents.yearStatements) checkYear(statement, 'year', statement.year, reporter);
    for (const period of contents.periods) {
        checkYear(period, 'start', period.start, reporter);
        checkYear(period, 'end', period.end, reporter);
    }
}

function checkNumber(node: AstNode, text: string | undefined, parsed: ParsedNumber | undefined, reporter: FindingReporter): void {
    if (!text || !parsed || parsed.ok) return;
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
