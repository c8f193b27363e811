/**
 * `kinerja report --kind K --format json`: the JSON contract (json-report.ts:
 * `year`, `quarter`, `agencies` exactly as without `--kind`) extended with what the kind
 * adds, never changing a contract field:
 *
 * - `kind`: `"annual"`, `"quarterly"`, `"ranking"`, `"agreements"` or `"lke"`;
 * - `findings`: the findings of `kinerja check` (`file`, `line`, `column`, `severity`,
 *   `code`, `message`), `[]` when there are none;
 * - the kind's data (src/report/kinds/): `organisations`, `summary`, `comparisonYears`
 *   (annual); `organisations`, `behindPlan`, `absorptionCurve`… (quarterly); `lowest`,
 *   `rows`, `unranked` (ranking); `documents` (agreements); `predikatBands`,
 *   `organisations` (lke); and `pemdas`, `bands`,
 *   `thresholds`.
 *
 * Numbers are rounded to two decimals (half away from zero) as in the contract;
 * categories (`category`, `scoreCategory`, `annualCategory`) are the band's label, as
 * the contract's `category`.
 */
import type { JsonReport } from '../json-report.js';
import type { ReportData, ReportFinding } from '../kinds/index.js';
import { escapeJsonControls } from '../../common/controls.js';
import { isExact } from './table.js';
import type { Provenance } from '../provenance.js';

const CATEGORY_KEYS = new Set(['category', 'scoreCategory', 'annualCategory']);

function isCategory(value: unknown): value is { label: string } {
    return typeof value === 'object' && value !== null && 'label' in value && 'index' in value;
}

/** Report data as plain JSON values: Exact → rounded number, categories → label. */
export function toJson(value: unknown, key?: string): unknown {
    if (value === null || value === undefined) return null;
    if (isExact(value)) return value.toRoundedNumber(2);
    if (Array.isArray(value)) return value.map(v => toJson(v));
    if (typeof value === 'object') {
        if (key && CATEGORY_KEYS.has(key) && isCategory(value)) return value.label;
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(value)) out[k] = toJson(v, k);
        return out;
    }
    return value;
}

export function contractFindings(findings: ReportFinding[]): ReportFinding[] {
    return findings.map(({ file, line, column, severity, code, message }) => ({ file, line, column, severity, code, message }));
}

/** What every kind's data carries (the LKjIP's too, kinds/lkjip.ts). */
export type KindData = ReportData | { kind: string; year: number; quarter: number | null; findings: ReportFinding[] };

export function kindJson(contract: JsonReport, data: KindData): Record<string, unknown> {
    const { kind, year: _year, quarter: _quarter, findings, ...rest } = data as KindData & Record<string, unknown>;
    const extension = toJson(rest) as Record<string, unknown>;
    // Contract fields first and unchanged; the kind's fields never overwrite them.
    for (const key of Object.keys(contract)) delete extension[key];
    return { ...contract, kind, findings: contractFindings(findings), ...extension };
}

/** The kind's JSON; a document's provenance (src/report/provenance.ts), when given, as its last member. */
export function renderKindJson(contract: JsonReport, data: KindData, provenance?: Provenance): string {
    const json = kindJson(contract, data);
    if (provenance) json.provenance = provenance;
    return escapeJsonControls(JSON.stringify(json, null, 2)) + '\n';
}
