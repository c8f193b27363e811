/**
 * The report formats and the formatter as fuzz stages.
 */
import { EXTRA_STAGES } from './pipeline.js';

export function registerExtraStages(): void {
    EXTRA_STAGES.length = 0;
}
