/**
 * Qualitative indicators: values are words of an ordered scale (predikat SAKIP D … AA,
 * opini BPK TMP … WTP, or the indicator's own `skala`), kept by the engine as their rank
 * (1 = lowest) so that comparisons and the latest-value rule work as for numbers.
 */
import type { Exact } from '../common/exact.js';

/** The word of a rank on the scale; null when the value is not a rank of it. */
export function scaleWord(scale: readonly string[], rank: Exact | undefined): string | null {
    if (!rank || !rank.isInteger()) return null;
    const n = rank.toNumber();
    return n >= 1 && n <= scale.length ? scale[n - 1] : null;
}
