/**
 * The capaian and serapan cells of an office table, checked against the engine
 * (docs/import.md, "Capaian and serapan"): they are figures computed from others, so
 * they are never imported; once the files are made (or the workspace merged), the
 * engine computes the same figures as `kinerja report` does, and each cell whose value
 * differs at two decimals is a warning that names the cell, both values and, where it
 * can be told, where the difference comes from. Warnings do not stop the import.
 */
import { URI } from 'langium';
import type { Language } from '../common/catalogue.js';
import { Exact } from '../common/exact.js';
import { asPrinted, type Achievement } from '../engine/achievement.js';
import { evaluateIndicator } from '../engine/aggregation.js';
import { evaluateBudget } from '../engine/budget.js';
import type { KinerjaConfig } from '../engine/config.js';
import { buildWorkspaceModel } from '../engine/model-index.js';
import type { OrganisationInfo } from '../engine/model.js';
import { formatIdNumber } from '../common/id-number.js';
import type { Model } from '../language/generated/ast.js';
import { createKinerjaCoreServices } from '../validation/kinerja-core-module.js';
import type { FigureCheck } from './layouts/office.js';
import { importMessage, type ImportMessageKey } from './messages.js';
import type { ImportProblem } from './problems.js';
import { EmptyFileSystemOnNode } from '../validation/node-host.js';

const printed = (value: Exact) => asPrinted(value);
/** As the reports print a percentage, in both languages: `95,56`. */
const shown = (value: Exact, _lang: Language) => formatIdNumber(value, { decimals: 2, fixed: true });

/** The warnings of the cells whose value differs from the engine's, in the order the cells were read. */
export function checkFigures(checks: readonly FigureCheck[], texts: Iterable<string>, configOf: (organisation: OrganisationInfo) => KinerjaConfig, lang: Language): ImportProblem[] {
    if (!checks.length) return [];
    const services = createKinerjaCoreServices(EmptyFileSystemOnNode).Kinerja;
    const models: Model[] = [];
    let n = 0;
    for (const text of texts) models.push(services.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.parse(`memory:///figures/${n++}.kinerja`)).parseResult.value);
    const model = buildWorkspaceModel(models);
    const out: ImportProblem[] = [];
    const say = (check: FigureCheck, key: ImportMessageKey, params: Record<string, string>) =>
        out.push({ file: check.file, place: check.place, message: importMessage(lang, 'warning', { message: importMessage(lang, key, params) }) });
    for (const check of checks) {
        const form = Exact.fromDecimalString(check.value);
        const same = (value: Exact | undefined) => value !== undefined && printed(value).cmp(printed(form)) === 0;
        const ratio = check.target && check.realisation ? Exact.fromDecimalString(check.realisation).div(Exact.fromDecimalString(check.target))?.mul(Exact.HUNDRED) : undefined;
        if (check.kind === 'capaian') {
            const indicator = model.indicators.get(`${check.organisation}.${check.subject}`);
            if (!indicator) continue;
            const e = evaluateIndicator(indicator, check.year, configOf(indicator.organisation), check.quarter ?? 4);
            const engine: Achievement = check.quarter === undefined ? e.achievement : e.quarterAchievement;
            const other = check.quarter === undefined ? e.quarterAchievement : e.achievement;
            if (!engine.computable) { say(check, 'figure.none', { kind: 'capaian', form: shown(form, lang), reason: engine.reason }); continue; }
            if (same(engine.value)) continue;
            let why: ImportMessageKey | undefined;
            if (same(engine.value.div(Exact.HUNDRED))) why = 'figure.why-fraction';
            else if (other.computable && same(other.value)) why = check.quarter === undefined ? 'figure.why-quarter' : 'figure.why-annual';
            else if (same(ratio)) why = 'figure.why-ratio';
            say(check, 'figure.capaian', { form: shown(form, lang), engine: shown(engine.value, lang), why: why ? importMessage(lang, why) : '' });
        } else {
            const node = model.nodes.get(`${check.organisation}.${check.subject}`);
            if (!node) continue;
            const b = evaluateBudget(model, node, check.year, check.quarter ?? 4);
            if (!b.absorption) { say(check, 'figure.none', { kind: 'serapan', form: shown(form, lang), reason: b.pagu ? 'no-realisation' : 'no-target' }); continue; }
            if (same(b.absorption)) continue;
            let why: ImportMessageKey | undefined;
            if (same(b.absorption.div(Exact.HUNDRED))) why = 'figure.why-fraction';
            else if (same(ratio)) why = 'figure.why-period';
            say(check, 'figure.serapan', { form: shown(form, lang), engine: shown(b.absorption, lang), why: why ? importMessage(lang, why) : '' });
        }
    }
    return out;
}
