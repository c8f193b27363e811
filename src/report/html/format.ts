/**
 * Numbers the Indonesian way for the HTML report (common/id-number.ts): `114,05%`,
 * `Rp 1.900.000.000`, `3.100`, `80 – 90`; a dash where a value is missing.
 */
import { Exact } from '../../common/exact.js';
import { formatIdNumber, formatPercent, formatRupiah } from '../../common/id-number.js';

export const DASH = '—';

export function pct(value: Exact | null | undefined): string {
    return value ? formatPercent(value) : DASH;
}

export function pctOf(value: number): string {
    return formatPercent(Exact.of(value));
}

export function rp(value: Exact | null | undefined): string {
    return value ? formatRupiah(value) : DASH;
}

/** A figure: Indonesian notation, or a qualitative indicator's word as it is. */
export function num(value: Exact | string | null | undefined): string {
    if (typeof value === 'string') return value || DASH;
    return value ? formatIdNumber(value, { decimals: 2 }) : DASH;
}

/** A target or plan: one value, a range `80 – 90` (`arah stabil`, `rentang`), or a scale's word. */
export function range(value: Exact | string | null | undefined, upper: Exact | null | undefined): string {
    if (!value) return DASH;
    if (typeof value === 'string') return num(value);
    return upper && !upper.eq(value) ? `${num(value)} – ${num(upper)}` : num(value);
}

/** Percentage points with a sign: `+6,44`, `-2,10`. */
export function points(value: Exact | null | undefined): string {
    if (!value) return DASH;
    const text = formatIdNumber(value, { decimals: 2, fixed: true });
    return value.isNegative() || text.startsWith('-') ? text : `+${text}`;
}

/** For chart geometry only (never printed). */
export function toNumber(value: Exact | null | undefined): number | null {
    return value ? value.toNumber() : null;
}
