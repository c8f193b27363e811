/**
 * Performance agreement findings: `pk-missing` (on the position of an echelon II–IV
 * official who owns targets for a year without a `perjanjian` for it), `pk-unsigned`
 * (a `perjanjian` without `ditandatangani`), and a second agreement for the same
 * position and year (`duplicate-period`). Years outside the agency period are
 * `period-outside`.
 */
import { isPerjanjian, type Model, type Perjanjian } from '../../language/generated/ast.js';
import { AstUtils } from 'langium';
import type { NodeInfo, PositionInfo, RevisionInfo, WorkspaceModel } from '../../engine/model.js';
import { validDate } from '../../engine/dates.js';
import { contentsOf } from '../document-contents.js';
import { inRange, parseYear, yearOfKey } from '../../engine/periods.js';
import { positionsIn, levelName } from './organisation.js';
import type { FindingReporter } from '../reporter.js';
import { defineFamily, defineFinding } from '../finding-definition.js';
import { DUPLICATE_PERIOD, PERIOD_OUTSIDE } from './targets.js';

export const PK_MISSING = defineFinding({
    code: 'pk-missing',
    severity: 'warning',
    title: { id: 'Pejabat eselon II–IV bertarget tanpa perjanjian kinerja', en: 'An echelon II–IV official owns targets but has no performance agreement' },
    messages: {
        default: {
            id: p => `${p.subject} (${p.level}) memiliki target tahun ${p.year} tetapi belum ada perjanjian kinerja. Tambahkan 'perjanjian ${p.subject} ${p.year} { … }'.`,
            en: p => `${p.subject} (${p.level}) owns targets for ${p.year} but has no performance agreement. Add 'perjanjian ${p.subject} ${p.year} { … }'.`
        }
    }
});

export const PK_UNSIGNED = defineFinding({
    code: 'pk-unsigned',
    severity: 'info',
    title: { id: 'Perjanjian kinerja belum ditandatangani', en: 'A performance agreement without a signing date' },
    messages: {
        default: {
            id: p => `Perjanjian kinerja ${p.subject} ${p.year} belum bertanggal. Tulis tanggal penandatanganannya: 'ditandatangani YYYY-MM-DD'.`,
            en: p => `The performance agreement of ${p.subject} for ${p.year} has no signing date. Write the date it was signed: 'ditandatangani YYYY-MM-DD'.`
        }
    }
});

export const PK_REVISION_MISSING = defineFinding({
    code: 'pk-revision-missing',
    severity: 'warning',
    title: { id: 'Target atau pagu direvisi setelah perjanjian kinerja ditandatangani, tanpa PK perubahan', en: 'A target or pagu revised after the performance agreement was signed, without an amended agreement' },
    messages: {
        target: {
            id: p => `Target ${p.subject} tahun ${p.year} direvisi pada ${p.date}, setelah perjanjian kinerja ${p.position} ${p.year} ditandatangani (${p.signed}), dan belum ada PK perubahan pada atau setelah tanggal itu. Bila PK perubahan sudah ditandatangani, tambahkan 'perubahan YYYY-MM-DD' pada perjanjian ${p.position} ${p.year}; bila belum, susun PK perubahan dengan target yang baru.`,
            en: p => `The target of ${p.subject} for ${p.year} was revised on ${p.date}, after the performance agreement of ${p.position} for ${p.year} was signed (${p.signed}), and no amended agreement is dated on or after that day. If an amended agreement (PK perubahan) was signed, add 'perubahan YYYY-MM-DD' to the agreement of ${p.position} ${p.year}; if not, draw one up with the new target.`
        },
        pagu: {
            id: p => `Pagu ${p.subject} tahun ${p.year} direvisi pada ${p.date}, setelah perjanjian kinerja ${p.position} ${p.year} ditandatangani (${p.signed}), dan belum ada PK perubahan pada atau setelah tanggal itu. Bila PK perubahan sudah ditandatangani, tambahkan 'perubahan YYYY-MM-DD' pada perjanjian ${p.position} ${p.year}; bila belum, susun PK perubahan dengan pagu yang baru.`,
            en: p => `The budget ceiling (pagu) of ${p.subject} for ${p.year} was revised on ${p.date}, after the performance agreement of ${p.position} for ${p.year} was signed (${p.signed}), and no amended agreement is dated on or after that day. If an amended agreement (PK perubahan) was signed, add 'perubahan YYYY-MM-DD' to the agreement of ${p.position} ${p.year}; if not, draw one up with the new pagu.`
        }
    }
});

export const agreementsFamily = defineFamily({
    name: 'agreements',
    title: 'Performance agreements',
    findings: [PK_MISSING, PK_UNSIGNED, PK_REVISION_MISSING],
    check: checkAgreements
});

/**
 * Years for which the position owns indicator targets, within the plan period of the
 * node's organisation: a target in a year outside it is `period-outside`, and asking for
 * an agreement for that year would repeat the mistake.
 */
export function targetYearsOf(model: WorkspaceModel, position: PositionInfo): number[] {
    const years = new Set<number>();
    for (const node of model.ownedNodes.get(position.id) ?? []) {
        const period = node.organisation.period;
        for (const indicator of node.indicators) {
            for (const key of indicator.targets.keys()) {
                const year = yearOfKey(key);
                if (inRange(period, year)) years.add(year);
            }
            for (const year of indicator.targetRevisions.keys()) if (inRange(period, year)) years.add(year);
        }
    }
    return [...years].sort((a, b) => a - b);
}

export function hasAgreement(model: WorkspaceModel, positionId: string, year: number): boolean {
    return model.agreementsByKey.has(`${positionId}|${year}`);
}

export function checkAgreements(root: Model, model: WorkspaceModel, reporter: FindingReporter): void {
    for (const position of positionsIn(root, model)) {
        if (position.level === undefined || position.level < 2 || position.level > 4) continue;
        for (const year of targetYearsOf(model, position)) {
            if (hasAgreement(model, position.id, year)) continue;
            reporter.report(PK_MISSING, 'default', { subject: position.id, year, level: levelName(reporter, position.level) }, {
                node: position.ast, property: 'name', data: { position: position.id, year }
            });
        }
    }
    for (const element of root.elements) {
        if (!isPerjanjian(element)) continue;
        checkAgreement(element, model, reporter);
    }
    checkRevisions(root, model, reporter);
}

/**
 * `pk-revision-missing`: each revision of this document (of a target or a pagu) dated
 * after the owner's agreement for the year was signed, with no `perubahan` dated on or
 * after it. A revision whose owner has no agreement, or an unsigned one, or two, is left
 * to pk-missing, pk-unsigned and duplicate-period; an invalid date to invalid-date.
 */
function checkRevisions(root: Model, model: WorkspaceModel, reporter: FindingReporter): void {
    const contents = contentsOf(root);
    const revisions: Array<{ revision: RevisionInfo; node: NodeInfo; subject: string; variant: 'target' | 'pagu' }> = [];
    for (const ast of contents.nodes) {
        const node = model.byAst.get(ast);
        if (!node || 'direction' in node) continue;
        for (const list of node.ceilingRevisions.values()) for (const revision of list) revisions.push({ revision, node, subject: node.id, variant: 'pagu' });
        for (const indicator of node.indicators) {
            if (AstUtils.findRootNode(indicator.ast) !== root) continue;
            for (const list of indicator.targetRevisions.values()) for (const revision of list) revisions.push({ revision, node, subject: indicator.id, variant: 'target' });
        }
    }
    for (const { revision, node, subject, variant } of revisions) {
        if (AstUtils.findRootNode(revision.source) !== root || !revision.date || !node.ownerId) continue;
        const agreements = model.agreementsByKey.get(`${node.ownerId}|${revision.year}`) ?? [];
        if (agreements.length !== 1) continue;
        const agreement = agreements[0].ast;
        const signed = validDate(agreement.signed);
        if (!signed || revision.date <= signed) continue;
        if (agreement.amendments.some(date => { const d = validDate(date); return d !== undefined && d >= revision.date!; })) continue;
        const related = reporter.related(agreement, node.ownerId);
        reporter.report(PK_REVISION_MISSING, variant, {
            subject, year: revision.year, date: revision.date, position: node.ownerId, signed
        }, { node: revision.source, property: 'revised', relatedInformation: related ? [related] : undefined, data: { position: node.ownerId, year: revision.year } });
    }
}

function checkAgreement(agreement: Perjanjian, model: WorkspaceModel, reporter: FindingReporter): void {
    const positionId = agreement.position?.$refText;
    const year = parseYear(agreement.year);
    if (!positionId || year === undefined) return;
    // An agreement of a position that does not resolve is unresolved-reference: one finding.
    if (!agreement.signed && model.positions.has(positionId)) {
        reporter.report(PK_UNSIGNED, 'default', { subject: positionId, year }, { node: agreement, property: 'position' });
    }
    const same = model.agreementsByKey.get(`${positionId}|${year}`) ?? [];
    if (same.length > 1) {
        const others = reporter.otherPlaces(same, agreement, o => o.ast, () => positionId);
        reporter.report(DUPLICATE_PERIOD, 'agreement', { subject: positionId, year, other: others.text },
            { node: agreement, property: 'year', relatedInformation: others.relatedInformation });
    }
    const org = model.positions.get(positionId)?.organisation;
    if (org?.period && !inRange(org.period, year)) {
        reporter.report(PERIOD_OUTSIDE, 'default', { year, organisation: org.id, start: org.period.start, end: org.period.end }, {
            node: agreement, property: 'year'
        });
    }
}
