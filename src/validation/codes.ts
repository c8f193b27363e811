/**
 * The stable finding codes and their default severities (see docs/findings.md).
 * A project changes a severity, or switches a code off, in kinerja.config.json.
 */
import type { SeverityName } from '../engine/config.js';

export const FINDING_DEFAULTS = {
    'number-format': 'error',
    'duplicate-period': 'error',
    'missing-unit': 'error',
    'ratio-unit': 'error',
    'range-target': 'error',
    'missing-target': 'warning',
    'quarter-target-mismatch': 'warning',
    'period-outside': 'warning',
    'percent-over-100': 'warning',
    'low-achievement': 'warning',
    'over-achievement': 'warning',
    'behind-schedule': 'warning',
    'atasan-cycle': 'error',
    'atasan-echelon': 'error',
    'cascade-cycle': 'error',
    'cascade-misaligned': 'error',
    'cascade-skip-level': 'warning',
    'cascade-orphan': 'warning',
    'cascade-uncovered': 'warning',
    'budget-overspend': 'error',
    'budget-decreasing': 'error',
    'budget-children-mismatch': 'warning',
    'low-absorption': 'warning',
    'pk-missing': 'warning',
    'pk-unsigned': 'info',
    'unresolved-reference': 'error',
    'duplicate-name': 'error',
    'missing-declaration': 'error',
    'missing-value': 'error',
    'syntax': 'error'
} as const satisfies Record<string, SeverityName>;

export type FindingCode = keyof typeof FINDING_DEFAULTS;
