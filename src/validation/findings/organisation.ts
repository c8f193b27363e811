/**
 * Organisation chart findings: `atasan-cycle` (once per loop, on the `atasan` of its
 * first position in file order, the other positions as related information) and
 * `atasan-echelon` (on the `atasan` reference, with the superior as related information).
 */
import { isInstansi, type Model } from '../../language/generated/ast.js';
import { positionGraph } from '../../engine/hierarchy.js';
import type { PositionInfo, WorkspaceModel } from '../../engine/model.js';
import type { OfficialInfo } from '../../engine/officials.js';
import { inFileOrder, type FindingReporter } from '../reporter.js';
import { defineFamily, defineFinding } from '../finding-definition.js';
import { defineCatalogue } from '../../common/catalogue.js';

const WORDS = defineCatalogue({
    'level.1': { id: () => 'eselon I', en: () => 'echelon I' },
    'level.2': { id: () => 'eselon II', en: () => 'echelon II' },
    'level.3': { id: () => 'eselon III', en: () => 'echelon III' },
    'level.4': { id: () => 'eselon IV', en: () => 'echelon IV' },
    'level.5': { id: () => 'staf', en: () => 'staff' }
});

export const ATASAN_CYCLE = defineFinding({
    code: 'atasan-cycle',
    severity: 'error',
    title: { id: 'Rantai atasan berputar', en: 'The chain of superiors loops' },
    messages: {
        default: {
            id: p => `Rantai atasan ${p.subject} berputar kembali ke dirinya (${p.chain}). Perbaiki 'atasan' salah satu jabatan agar rantai berakhir di eselon II.`,
            en: p => `The chain of superiors of ${p.subject} loops back to itself (${p.chain}). Fix the 'atasan' of one position so the chain ends at echelon II.`
        }
    }
});

export const ATASAN_ECHELON = defineFinding({
    code: 'atasan-echelon',
    severity: 'error',
    title: { id: 'Eselon atasan tidak lebih tinggi dari eselon bawahan', en: "A superior whose echelon is not above the subordinate's" },
    messages: {
        default: {
            id: p => `Atasan ${p.superior} (${p.superiorLevel}) tidak lebih tinggi dari ${p.subject} (${p.level}). Atasan harus berjenjang lebih tinggi; periksa eselon atau 'atasan'.`,
            en: p => `Superior ${p.superior} (${p.superiorLevel}) is not above ${p.subject} (${p.level}). A superior must rank higher; check the echelon or 'atasan'.`
        }
    }
});

export const OFFICIAL_OVERLAP = defineFinding({
    code: 'official-overlap',
    severity: 'warning',
    title: { id: 'Dua pejabat definitif satu jabatan dengan masa jabatan yang tumpang tindih', en: 'Two definitive officials of one position whose terms overlap' },
    messages: {
        default: {
            id: p => `Masa jabatan "${p.name}" (${p.term}) tumpang tindih dengan "${p.other}" (${p.otherTerm}) pada jabatan ${p.subject}: satu jabatan hanya dipegang satu pejabat definitif pada satu waktu. Perbaiki 'sejak'/'sampai', atau tandai pejabat pelaksana dengan 'plt' atau 'plh'.`,
            en: p => `The term of "${p.name}" (${p.term}) overlaps that of "${p.other}" (${p.otherTerm}) in position ${p.subject}: a position has one definitive official at a time. Fix 'sejak'/'sampai', or mark an acting official with 'plt' or 'plh'.`
        }
    }
});

export const organisationFamily = defineFamily({
    name: 'organisation',
    title: 'The organisation chart',
    findings: [ATASAN_CYCLE, ATASAN_ECHELON, OFFICIAL_OVERLAP],
    check: checkOrganisation
});

export function levelName(reporter: FindingReporter, level: number | undefined): string {
    const key = `level.${level}`;
    return WORDS.has(key) ? WORDS(reporter.language, key) : '?';
}

/** The positions declared in this document, in model form. */
export function positionsIn(root: Model, model: WorkspaceModel): PositionInfo[] {
    const result: PositionInfo[] = [];
    for (const element of root.elements) {
        if (!isInstansi(element)) continue;
        for (const position of element.positions) {
            const info = model.positionByAst.get(position);
            if (info) result.push(info);
        }
    }
    return result;
}

const TERM_WORDS = defineCatalogue({
    term: { id: p => `${p.from} s.d. ${p.until}`, en: p => `${p.from} to ${p.until}` },
    open: { id: () => '…', en: () => '…' }
});

/**
 * `official-overlap`: a definitive official (neither plt nor plh) whose term shares more
 * than a day with that of a definitive official written before in the same position;
 * once per official, naming the first such one. Sharing only the handover day
 * (`sampai 2025-06-30` and `sejak 2025-06-30`) is no overlap. An official with a date
 * that is not a day of the calendar is left to invalid-date.
 */
function checkOfficials(position: PositionInfo, reporter: FindingReporter): void {
    const definitive = position.officials.filter(o => !o.acting && (o.from !== undefined) === (o.ast.from !== undefined) && (o.until !== undefined) === (o.ast.until !== undefined));
    const term = (o: OfficialInfo) => TERM_WORDS(reporter.language, 'term', {
        from: o.from ?? TERM_WORDS(reporter.language, 'open', {}), until: o.until ?? TERM_WORDS(reporter.language, 'open', {})
    });
    definitive.forEach((official, i) => {
        const other = definitive.slice(0, i).find(o => {
            const start = !o.from ? official.from : !official.from ? o.from : o.from > official.from ? o.from : official.from;
            const end = !o.until ? official.until : !official.until ? o.until : o.until < official.until ? o.until : official.until;
            return start === undefined || end === undefined || start < end;
        });
        if (!other) return;
        const related = reporter.related(other.ast, other.name);
        reporter.report(OFFICIAL_OVERLAP, 'default', {
            name: official.name, term: term(official), other: other.name, otherTerm: term(other), subject: position.id
        }, { node: official.ast, property: 'name', relatedInformation: related ? [related] : [] });
    });
}

export function checkOrganisation(root: Model, model: WorkspaceModel, reporter: FindingReporter): void {
    const graph = positionGraph(model);
    for (const position of positionsIn(root, model)) {
        if (position.officials.length > 1) checkOfficials(position, reporter);
    }
    for (const position of positionsIn(root, model)) {
        const superior = position.superiorId ? model.positions.get(position.superiorId) : undefined;
        if (!superior || !position.ast.superior) continue;
        const related = () => {
            const information = reporter.related(superior.ast, superior.id);
            return information ? [information] : [];
        };
        const loop = graph.cycleOf.get(position);
        if (loop) {
            // One loop, one mistake: reported once, on its first position in file order.
            const members = inFileOrder(loop, m => m.ast);
            if (members[0] !== position) continue;
            const chain = [position.ast.name];
            let s = graph.superiorOf(position);
            for (; s && s !== position && chain.length < 8; s = graph.superiorOf(s)) chain.push(s.ast.name);
            if (s !== position) chain.push('…');
            const others = reporter.otherPlaces(members, position.ast, m => m.ast, m => m.id);
            reporter.report(ATASAN_CYCLE, 'default', {
                subject: position.id, chain: [...chain, position.ast.name].join(' → ')
            }, { node: position.ast, property: 'superior', relatedInformation: others.relatedInformation });
            continue;
        }
        if (position.level !== undefined && superior.level !== undefined && superior.level >= position.level) {
            reporter.report(ATASAN_ECHELON, 'default', {
                subject: position.id, level: levelName(reporter, position.level),
                superior: superior.id, superiorLevel: levelName(reporter, superior.level)
            }, { node: position.ast, property: 'superior', relatedInformation: related() });
        }
    }
}
