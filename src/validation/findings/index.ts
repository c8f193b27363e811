/**
 * Every finding, by family: the one list the code list, the default severities, the
 * SARIF rules, the reports' findings tables and the docs index (npm run docs:findings)
 * are made from. A new family is added here; a new finding of a family, in its module.
 */
import type { SeverityName } from '../../engine/config.js';
import type { FindingDefinition, FindingFamily } from '../finding-definition.js';
import { achievementFamily } from './achievement.js';
import { agreementsFamily } from './agreements.js';
import { budgetFamily } from './budget.js';
import { cascadeFamily } from './cascade.js';
import { evidenceFamily } from './evidence.js';
import { charactersFamily } from './characters.js';
import { namesFamily } from './names.js';
import { numbersFamily } from './numbers.js';
import { organisationFamily } from './organisation.js';
import { referencesFamily } from './references.js';
import { syntaxFamily } from './syntax.js';
import { targetsFamily } from './targets.js';

/** In the order the checks run; the families Langium's own parser and linker report come last. */
export const FAMILIES = [
    charactersFamily, numbersFamily, namesFamily, targetsFamily, achievementFamily, organisationFamily, cascadeFamily, budgetFamily, agreementsFamily, evidenceFamily,
    referencesFamily, syntaxFamily
] as const;

type FindingsOf<F> = F extends FindingFamily<infer D> ? D[number] : never;
type Findings = FindingsOf<(typeof FAMILIES)[number]>;

export type FindingCode = Findings['code'];

/** Every finding, in the families' order. */
export const FINDINGS: readonly Findings[] = FAMILIES.flatMap((family): readonly Findings[] => family.findings);

const BY_CODE = new Map<string, FindingDefinition>(FINDINGS.map(f => [f.code, f]));

export function findingByCode(code: string): FindingDefinition | undefined {
    return BY_CODE.get(code);
}

export function isFindingCode(code: string): code is FindingCode {
    return BY_CODE.has(code);
}

/** The default severity of each code. */
export const FINDING_DEFAULTS = Object.fromEntries(FINDINGS.map(f => [f.code, f.severity])) as Record<FindingCode, SeverityName>;
