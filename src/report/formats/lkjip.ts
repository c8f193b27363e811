/**
 * The LKjIP (kinds/lkjip.ts) and the performance agreements (kinds/agreements.ts) as
 * written documents (document.ts): the chapters of PermenPANRB 53/2014 per organisation,
 * in words and Indonesian notation. Where the data holds no text (the organisation's
 * duties, strategic issues, a sasaran without `catatan`, the efficiency analysis, the
 * conclusion), a marked place for the analyst, `[Diisi oleh analis: …]`: never invented
 * prose.
 */
import type { Language } from '../../engine/config.js';
import { range, rp, pct, points } from '../html/format.js';
import type { AgreementDocument, AgreementParty, AgreementsReport } from '../kinds/agreements.js';
import type { AnnualGoal, AnnualOrganisation } from '../kinds/annual.js';
import type { CategoryRef } from '../kinds/common.js';
import type { LkjipDocument, LkjipOfficial, LkjipPlanIndicator, LkjipReport } from '../kinds/lkjip.js';
import type { NotesBlock } from '../kinds/notes.js';
import { lkjipText, type LkjipTextKey } from '../lkjip-messages.js';
import { bandLabel, formatDate, periodName, reportText, type ReportMessageKey } from '../messages.js';
import type { Block, WrittenDocument } from './document.js';

type P = Record<string, string | number>;

const DASH = '—';
const CHAPTERS = new Set<LkjipTextKey>(['bab1', 'bab2', 'bab3', 'bab4', 'appendix']);
const ROMAN = ['', 'I', 'II', 'III', 'IV'];

function words(lang: Language) {
    return {
        l: (key: LkjipTextKey, p?: P) => lkjipText(lang, key, p),
        r: (key: ReportMessageKey, p?: P) => reportText(lang, key, p)
    };
}

const category = (c: CategoryRef | null, lang: Language) => (c ? bandLabel(c, lang) : DASH);
const withUnit = (text: string, unit: string | null) => (text !== DASH && unit ? `${text} ${unit}` : text);

/** The whole LKjIP: one chapter set per organisation (the organisation's name in each heading when there are several). */
export function lkjipDocument(data: LkjipReport, lang: Language): WrittenDocument {
    const { l } = words(lang);
    const blocks: Block[] = [];
    if (!data.documents.length) blocks.push({ type: 'heading', level: 1, text: l('title', { year: data.year }) }, { type: 'paragraph', text: l('none') });
    data.documents.forEach((d, k) => {
        if (k > 0) blocks.push({ type: 'pageBreak' });
        blocks.push(...organisationBlocks(data, d, lang, data.documents.length > 1));
    });
    const names = data.documents.map(d => d.organisation.name ?? d.organisation.id);
    return { title: `${l('title', { year: data.year })}${names.length === 1 ? ` — ${names[0]}` : ''}`, kind: 'lkjip', blocks };
}

function officialText(o: LkjipOfficial, lang: Language): string {
    const { l, r } = words(lang);
    const extra = [o.acting ? r(`pk.acting.${o.acting}`) : '', o.from ? l('official.from', { date: formatDate(o.from, lang) }) : '', o.until ? l('official.until', { date: formatDate(o.until, lang) }) : '']
        .filter(Boolean);
    return extra.length ? `${o.name} (${extra.join(', ')})` : o.name;
}

function planRow(i: LkjipPlanIndicator): string[] {
    return [
        i.indicator.name ?? i.indicator.id, i.indicator.unit ?? DASH,
        range(i.target, i.targetUpper), range(i.endTarget, i.endTargetUpper)
    ];
}

/** `named`: several organisations in one file, each chapter heading names its organisation (Word's navigation pane tells them apart). */
function organisationBlocks(data: LkjipReport, d: LkjipDocument, lang: Language, named: boolean): Block[] {
    const words_ = words(lang);
    const { r } = words_;
    const name = d.organisation.name ?? d.organisation.id;
    const l = (key: LkjipTextKey, p?: P) => (named && CHAPTERS.has(key) ? `${words_.l(key, p)} — ${name}` : words_.l(key, p));
    const year = data.year;
    const acc = d.accountability;
    const blocks: Block[] = [
        { type: 'paragraph', text: l('title', { year }).toUpperCase(), bold: true, center: true },
        { type: 'paragraph', text: name.toUpperCase(), bold: true, center: true }
    ];
    if (d.pemda?.name) blocks.push({ type: 'paragraph', text: d.pemda.name, center: true });
    const ph = (what: string): Block => ({ type: 'placeholder', text: l('placeholder', { what }) });

    // ------------------------------------------------------------ Bab I
    blocks.push({ type: 'heading', level: 1, text: l('bab1') });
    blocks.push({ type: 'heading', level: 2, text: `1.1 ${l('bab1.organisation')}` });
    blocks.push({ type: 'paragraph', text: l('bab1.organisation.text', { name, kind: l(`bab1.kind.${d.organisation.kind}`), pemda: d.pemda?.name ?? '', year }) });
    blocks.push(ph(l('ph.roles')));
    blocks.push({ type: 'heading', level: 2, text: `1.2 ${l('bab1.structure')}` });
    if (!d.positions.length) blocks.push({ type: 'paragraph', text: l('bab1.noPositions') });
    else {
        blocks.push({
            type: 'table', header: [r('col.no'), l('col.position'), l('col.level'), l('col.superior'), l('col.official')],
            rows: d.positions.map((p, k) => [
                String(k + 1), p.position.title ?? p.position.id,
                p.position.level === null ? DASH : p.position.level === 5 ? l('level.staf') : ROMAN[p.position.level] ?? String(p.position.level),
                p.superior ?? DASH,
                p.officials.length ? p.officials.map(o => officialText(o, lang)).join('; ') : l('official.none')
            ])
        });
    }
    blocks.push({ type: 'heading', level: 2, text: `1.3 ${l('bab1.issues')}` });
    blocks.push(ph(l('ph.issues')));

    // ------------------------------------------------------------ Bab II
    blocks.push({ type: 'heading', level: 1, text: l('bab2') });
    blocks.push({ type: 'heading', level: 2, text: `2.1 ${l('bab2.renstra')}` });
    const end = d.renstraYear;
    blocks.push({ type: 'paragraph', text: d.organisation.period ? l('bab2.renstra.period', { start: d.organisation.period.start, end: d.organisation.period.end }) : l('bab2.renstra.noPeriod') });
    const planHeader = [r('col.indicator'), r('col.unit'), `${r('col.target')} ${year}`, end === null ? l('col.renstraTarget', { year: DASH }) : l('col.renstraTarget', { year: end })];
    if (!d.plan.length) blocks.push({ type: 'paragraph', text: l('bab2.noPlan') });
    else {
        blocks.push({
            type: 'table', header: [l('col.element'), ...planHeader], numeric: [false, false, false, true, true],
            rows: d.plan.flatMap(g => (g.indicators.length ? g.indicators : [null]).map((i, k) => [
                k === 0 ? `${r(`node.${g.node.kind}`)}: ${g.node.name ?? g.node.id}` : '', ...(i ? planRow(i) : [DASH, DASH, DASH, DASH])
            ]))
        });
    }
    blocks.push({ type: 'heading', level: 2, text: `2.2 ${l('bab2.iku')}` });
    if (!d.iku.length) blocks.push({ type: 'paragraph', text: l('bab2.noIku') });
    else blocks.push({ type: 'table', header: [r('col.no'), ...planHeader], numeric: [false, false, false, true, true], rows: d.iku.map((i, k) => [String(k + 1), ...planRow(i)]) });
    blocks.push({ type: 'heading', level: 2, text: `2.3 ${l('bab2.pk', { year })}` });
    if (!d.agreements.length) blocks.push({ type: 'paragraph', text: l('bab2.noPk') });
    else {
        blocks.push({ type: 'paragraph', text: l('bab2.pk.text', { year, count: d.agreements.length, amended: d.agreements.filter(a => a.amendment).length }) });
        blocks.push({
            type: 'table', header: [r('col.no'), l('col.position'), r('pk.name'), l('col.pkKind'), l('col.pkSigned')],
            rows: d.agreements.map((a, k) => [
                String(k + 1), signedTitle(a.firstParty, lang) ?? a.position.id, a.firstParty.name ?? DASH,
                a.amendment ? l('pk.amended', { date: formatDate(a.amendment.date, lang) }) : l('pk.original'),
                a.signedDate ? formatDate(a.signedDate, lang) : l('pk.notSigned')
            ])
        });
    }

    // ------------------------------------------------------------ Bab III
    blocks.push({ type: 'heading', level: 1, text: l('bab3') });
    blocks.push({ type: 'heading', level: 2, text: `3.1 ${l('bab3.achievement')}` });
    blocks.push({ type: 'paragraph', text: acc.score ? l('bab3.score', { year, score: pct(acc.score), category: category(acc.scoreCategory, lang) }) : l('bab3.noScore', { year }) });
    acc.goals.forEach((g, k) => blocks.push(...goalBlocks(data, d, g, `3.1.${k + 1}`, lang)));
    blocks.push({ type: 'heading', level: 2, text: `3.2 ${l('bab3.efficiency')}` });
    blocks.push(...efficiencyBlocks(acc, lang));
    blocks.push(ph(l('ph.efficiency')));
    blocks.push({ type: 'heading', level: 2, text: `3.3 ${l('bab3.budget')}` });
    blocks.push(...budgetBlocks(acc, lang));

    // ------------------------------------------------------------ Bab IV
    blocks.push({ type: 'heading', level: 1, text: l('bab4') });
    const s = acc.summary;
    blocks.push({
        type: 'paragraph', text: l('bab4.summary', {
            year, total: s.total, notComputable: s.notComputable,
            counts: s.counts.map(c => `${c.count} ${bandLabel(c.band, lang)}`).join(', ')
        })
    });
    blocks.push(ph(l('ph.closing')));

    // ------------------------------------------------------------ Lampiran
    blocks.push({ type: 'pageBreak' }, { type: 'heading', level: 1, text: l('appendix') });
    blocks.push({ type: 'heading', level: 2, text: l('appendix.pk') });
    if (!d.agreements.length) blocks.push({ type: 'paragraph', text: l('bab2.noPk') });
    d.agreements.forEach((a, k) => {
        if (k > 0) blocks.push({ type: 'pageBreak' });
        blocks.push(...agreementBlocks(a, lang, 3));
    });
    blocks.push({ type: 'pageBreak' }, { type: 'heading', level: 2, text: l('appendix.iku') });
    if (!d.iku.length) blocks.push({ type: 'paragraph', text: l('bab2.noIku') });
    else {
        blocks.push({
            type: 'table', header: [r('col.no'), r('col.indicator'), r('col.unit'), l('col.definition'), l('col.formula'), l('col.source'), `${r('col.target')} ${year}`],
            rows: d.iku.map((i, k) => [
                String(k + 1), i.indicator.name ?? i.indicator.id, i.indicator.unit ?? DASH,
                i.definition ?? DASH, i.formula ?? DASH, i.source ?? DASH, range(i.target, i.targetUpper)
            ])
        });
    }
    return blocks;
}

function notesOf(notes: NotesBlock[], indicatorId: string): NotesBlock | undefined {
    return notes.find(n => n.indicator?.id === indicatorId);
}

function goalBlocks(data: LkjipReport, d: LkjipDocument, g: AnnualGoal, number: string, lang: Language): Block[] {
    const { l, r } = words(lang);
    const goalName = g.goal ? (g.goal.name ?? g.goal.id) : null;
    const blocks: Block[] = [{ type: 'heading', level: 3, text: `${number} ${goalName ? l('bab3.goal', { name: goalName }) : l('bab3.otherGoal')}` }];
    if (g.goal) blocks.push({ type: 'paragraph', text: l('bab3.goalAchievement', { value: g.achievement ? `${pct(g.achievement)} (${category(g.category, lang)})` : DASH }) });
    const indent = (depth: number) => '  '.repeat(depth);
    blocks.push({
        type: 'table', numeric: [false, false, false, true, true, true, false],
        header: [r('col.no'), r('col.indicator'), r('col.unit'), r('col.target'), r('col.realisation'), r('col.achievement'), r('col.category')],
        rows: g.rows.map((row, k) => [
            String(k + 1), indent(row.depth) + (row.indicator.name ?? row.indicator.id), row.indicator.unit ?? DASH,
            range(row.target, row.targetUpper) + (row.originalTarget ? ` (${r('revision.was', { value: range(row.originalTarget, row.originalTargetUpper) })})` : ''),
            range(row.realisation, null), pct(row.achievement), category(row.category, lang)
        ])
    });
    // Earlier years and the Renstra end target.
    const years = data.comparisonYears;
    const end = d.renstraYear;
    if (years.length || end !== null) {
        blocks.push({ type: 'paragraph', text: l('bab3.comparison'), bold: true });
        const header = [r('col.indicator'), ...years.flatMap(y => [`${r('col.realisation')} ${y}`, `${r('col.achievement')} ${y}`]), `${r('col.realisation')} ${data.year}`];
        if (end !== null) header.push(l('col.renstraTarget', { year: end }), `${r('col.achievement')} / ${end}`);
        blocks.push({
            type: 'table', header, numeric: header.map((_, i) => i > 0),
            rows: g.rows.map(row => {
                const cells = [row.indicator.name ?? row.indicator.id, ...row.history.flatMap(h => [range(h.realisation, null), pct(h.achievement)]), range(row.realisation, null)];
                if (end !== null) cells.push(range(row.renstra?.target ?? null, row.renstra?.targetUpper ?? null), pct(row.renstra?.achievement ?? null));
                return cells;
            })
        });
    }
    // catatan: every note written on the sasaran or its indicators; the analyst's place for each of the sasaran's own indicators without one.
    blocks.push({ type: 'paragraph', text: l('bab3.analysis'), bold: true });
    const acc = d.accountability;
    const own = g.goal ? acc.notes.find(n => n.indicator === null && n.node.id === g.goal!.id) : undefined;
    const written: Array<{ subject: string; block: NotesBlock }> = [];
    if (own?.notes.length) written.push({ subject: goalName!, block: own });
    for (const row of g.rows) {
        const block = notesOf(acc.notes, row.indicator.id);
        if (block?.notes.length) written.push({ subject: row.indicator.name ?? row.indicator.id, block });
    }
    for (const { subject, block } of written) {
        for (const n of block.notes) {
            const when = periodName(n.period, data.year, lang);
            const parts: Array<[LkjipTextKey, string | null]> = [['bab3.note.analysis', n.analysis], ['bab3.note.obstacles', n.obstacles], ['bab3.note.solutions', n.solutions]];
            for (const [key, text] of parts) if (text) blocks.push({ type: 'paragraph', text: `${subject} (${when}) — ${l(key)}: ${text}` });
        }
    }
    const missing = g.rows.filter(row => row.depth === 0 && !notesOf(acc.notes, row.indicator.id)?.notes.length);
    if (!written.length && !missing.length) blocks.push({ type: 'placeholder', text: l('placeholder', { what: l('ph.analysis', { name: goalName ?? l('bab3.otherGoal') }) }) });
    for (const row of missing) blocks.push({ type: 'placeholder', text: l('placeholder', { what: l('ph.analysis', { name: row.indicator.name ?? row.indicator.id }) }) });
    return blocks;
}

function efficiencyBlocks(acc: AnnualOrganisation, lang: Language): Block[] {
    const { l, r } = words(lang);
    if (!acc.efficiency.length) return [{ type: 'paragraph', text: l('bab3.noEfficiency') }];
    return [{
        type: 'table', numeric: [false, true, true, true, false],
        header: [l('col.programme'), r('col.achievement'), l('col.absorption'), l('col.gap'), l('col.efficient')],
        rows: acc.efficiency.map(e => [
            e.node ? '  '.repeat(e.depth) + (e.node.name ?? e.node.id) : l('bab3.efficiency.total'),
            pct(e.achievement), pct(e.absorption), points(e.gap), e.efficient === null ? DASH : l(e.efficient ? 'yes' : 'no')
        ])
    }];
}

function budgetBlocks(acc: AnnualOrganisation, lang: Language): Block[] {
    const { l } = words(lang);
    const b = acc.budget;
    if (!b.rows.length) return [{ type: 'paragraph', text: l('bab3.noBudget') }];
    return [
        { type: 'paragraph', text: l('bab3.budget.total', { pagu: rp(b.pagu), spent: rp(b.realisation), absorption: pct(b.absorption) }) },
        {
            type: 'table', numeric: [false, true, true, true],
            header: [l('col.programme'), l('col.pagu'), l('col.spent'), l('col.absorption')],
            rows: b.rows.map(row => ['  '.repeat(row.depth) + (row.node.name ?? row.node.id) + (row.node.code ? ` (${row.node.code})` : ''), rp(row.pagu), rp(row.realisation), pct(row.absorption)])
        }
    ];
}

// ------------------------------------------------------------------ the PK

/** The position title as signed: `Plt. Kepala Dinas …` for an acting official. */
function signedTitle(party: AgreementParty, lang: Language): string | null {
    if (!party.acting || party.title === null) return party.title;
    return `${reportText(lang, `pk.acting.${party.acting}`)} ${party.title}`;
}

/** One agreement (or PK perubahan): the statement, its signatures, the appendix and its signatures again. */
export function agreementBlocks(a: AgreementDocument, lang: Language, level: 1 | 2 | 3): Block[] {
    const { r } = words(lang);
    const blank = r('pk.unknown');
    const org = a.organisation.name ?? a.organisation.id;
    const first = signedTitle(a.firstParty, lang);
    const second = signedTitle(a.secondParty, lang);
    const signatures: Block = {
        type: 'signatures',
        placeDate: `${a.place ?? blank}, ${a.signedDate ? formatDate(a.signedDate, lang) : `${blank} ${a.year}`}`,
        left: { label: r('pk.secondPartyLabel'), title: second ?? '', name: a.secondParty.name ?? blank, nip: a.secondParty.nip ? `${r('pk.nip')} ${a.secondParty.nip}` : null },
        right: { label: r('pk.firstPartyLabel'), title: first ?? '', name: a.firstParty.name ?? blank, nip: a.firstParty.nip ? `${r('pk.nip')} ${a.firstParty.nip}` : null }
    };
    const party = (p: AgreementParty, title: string | null): Block[] => [
        { type: 'paragraph', text: `${r('pk.name')}: ${p.name ?? blank}` },
        { type: 'paragraph', text: `${r('pk.position')}: ${title ?? blank}` },
        ...(p.nip ? [{ type: 'paragraph', text: `${r('pk.nip')}: ${p.nip}` } as Block] : [])
    ];
    const blocks: Block[] = [
        { type: 'heading', level, text: `${r(a.amendment ? 'pk.title.amended' : 'pk.title', { year: a.year })} — ${first ?? a.position.id}` },
        { type: 'paragraph', text: org, center: true, bold: true }
    ];
    if (a.pemda?.name) blocks.push({ type: 'paragraph', text: a.pemda.name, center: true });
    if (!a.declared) blocks.push({ type: 'paragraph', text: r('pk.draft'), bold: true });
    else if (!a.signedDate) blocks.push({ type: 'paragraph', text: r('pk.unsigned'), bold: true });
    if (a.amendment) {
        blocks.push({ type: 'paragraph', text: r('pk.amended', { date: formatDate(a.amendment.date, lang), original: a.amendment.originalSigned ? formatDate(a.amendment.originalSigned, lang) : blank }) });
    }
    blocks.push({ type: 'paragraph', text: r('pk.opening') }, ...party(a.firstParty, first), { type: 'paragraph', text: r('pk.firstParty') },
        ...party(a.secondParty, second), { type: 'paragraph', text: r(a.secondParty.source === 'none' ? 'pk.secondParty' : 'pk.secondParty.superior') });
    if (a.secondParty.source === 'none') blocks.push({ type: 'paragraph', text: r('pk.noSecondParty', { position: a.position.id }), bold: true });
    blocks.push({ type: 'paragraph', text: r('pk.promise') }, { type: 'paragraph', text: r('pk.supervise') }, signatures, { type: 'pageBreak' });

    blocks.push({ type: 'paragraph', text: r(a.amendment ? 'pk.appendix.amended' : 'pk.appendix', { year: a.year }), bold: true, center: true });
    blocks.push({ type: 'paragraph', text: (first ?? a.position.id).toUpperCase(), bold: true, center: true }, { type: 'paragraph', text: org, center: true });
    blocks.push({ type: 'paragraph', text: `1. ${r('pk.appendix.targets')}`, bold: true });
    const targetRows = a.targets.flatMap(g => g.indicators.map((i, k) => ({ g, i, first: k === 0 })));
    if (!targetRows.length) blocks.push({ type: 'paragraph', text: r('pk.noTargets') });
    else {
        let no = 0;
        blocks.push({
            type: 'table', header: [r('col.no'), r('col.objective'), r('col.indicator'), r('col.target')], numeric: [false, false, false, true],
            rows: targetRows.map(({ g, i, first: isFirst }) => [
                isFirst ? String(++no) : '', isFirst ? (g.node.name ?? g.node.id) : '', i.indicator.name ?? i.indicator.id,
                withUnit(range(i.target, i.targetUpper), i.indicator.unit) + (i.revision ? ` (${r('revision.was', { value: withUnit(range(i.originalTarget, null), i.indicator.unit) })})` : '')
            ])
        });
    }
    blocks.push({ type: 'paragraph', text: `2. ${r('pk.appendix.budget')}`, bold: true });
    if (!a.budget.length) blocks.push({ type: 'paragraph', text: r('pk.noBudget') });
    else {
        blocks.push({
            type: 'table', header: [r('col.no'), r('col.programme'), r('col.budget'), r('col.note')], numeric: [false, false, true, false],
            rows: [
                ...a.budget.map((b, k) => [
                    String(k + 1), (b.node.name ?? b.node.id) + (b.node.code ? ` (${b.node.code})` : ''),
                    rp(b.pagu) + (b.paguRevision ? ` (${r('revision.was', { value: rp(b.paguOriginal) })})` : ''),
                    r('pk.budgetSource', { year: a.year })
                ]),
                ['', r('total'), rp(a.budgetTotal), '']
            ]
        });
    }
    blocks.push(signatures);
    return blocks;
}

/** The performance agreements as one written document (the PK in Word). */
export function agreementsDocument(data: AgreementsReport, lang: Language): WrittenDocument {
    const { r } = words(lang);
    const title = `${r('kind.agreements')} ${r('period.year', { year: data.year })}`;
    const blocks: Block[] = [];
    if (!data.documents.length) blocks.push({ type: 'heading', level: 1, text: title }, { type: 'paragraph', text: r('pk.none') });
    data.documents.forEach((a, k) => {
        if (k > 0) blocks.push({ type: 'pageBreak' });
        blocks.push(...agreementBlocks(a, lang, 1));
    });
    return { title, kind: 'agreements', blocks };
}
