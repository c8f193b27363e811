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
    'unresolved-reference': 'error',
    'duplicate-name': 'error',
    'missing-declaration': 'error',
    'missing-value': 'error',
    'syntax': 'error'
} as const satisfies Record<string, SeverityName>;

export type FindingCode = keyof typeof FINDING_DEFAULTS;
