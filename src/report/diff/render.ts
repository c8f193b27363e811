/**
 * `kinerja diff` output: text for a terminal, markdown for a pull-request comment (with
 * the achievement and ranking moves of the year), JSON for machines (docs/diff.md says
 * its shape). Numbers in Indonesian notation in text and markdown; in JSON, the values
 * as written (exact decimals as numbers) and computed ones rounded to two decimals, as
 * the report JSON does.
 */
import type { Language } from '../../common/catalogue.js';
import { visibleControls, escapeJsonControls } from '../../common/controls.js';
import type { Exact } from '../../common/exact.js';
import { formatIdNumber, formatPercent, formatRupiah } from '../../common/id-number.js';
import { inlineMarkdown } from '../formats/markdown.js';
import { unrevisedChanges, type DiffValue, type PlanChange, type WorkspaceDiff } from './compare.js';
import { diffText } from './messages.js';

export interface DiffRenderOptions {
    lang: Language;
    /** How each side was named on the command line (`origin/main`, `HEAD`, a folder). */
    a: string;
    b: string;
    version: string;
}

function number(value: Exact, rupiah?: boolean): string {
    return rupiah ? formatRupiah(value) : formatIdNumber(value, { decimals: 4 });
}

export function valueText(value: DiffValue, lang: Language): string {
    if (value === null) return diffText(lang, 'none');
    if (typeof value === 'string') return value || '—';
    const main = typeof value.value === 'string' ? `"${value.value}"` : number(value.value, value.rupiah);
    return value.upper ? `${main} – ${number(value.upper, value.rupiah)}` : main;
}

function fieldText(c: PlanChange, lang: Language): string {
    const [head, ...rest] = c.field.split(' ');
    if (head === 'revisi') return diffText(lang, 'field.revisi', { date: rest.join(' ') });
    if (head === 'baris-target' || head === 'baris-pagu') return diffText(lang, `field.${head}`, { id: rest.join(' ') });
    const key = `field.${head}`;
    return diffText.has(key) ? diffText(lang, key) : c.field;
}

function periodText(c: PlanChange, lang: Language): string {
    if (c.period === null) return '';
    if (c.kind === 'official') return `"${c.period}"`;
    return c.period === 'tahun' ? diffText(lang, 'period.tahun') : c.period;
}

function signedText(c: PlanChange, lang: Language): string {
    return c.signedAgreements.map(s => `; ${diffText(lang, 'signed', { position: s.position, signed: s.signed })}`).join('');
}

function coverageText(c: PlanChange, lang: Language): string {
    if (c.coveredBy?.kind === 'revisi') {
        const text = diffText(lang, 'covered.revisi', { date: c.coveredBy.date, reason: c.coveredBy.reason ?? '' });
        // Revised after the owner's agreement was signed: the amended agreement that carries it, or its absence.
        const own = c.signedAgreements[0];
        if (own && own.signed < c.coveredBy.date) {
            return `${text}; ${c.amendment ? diffText(lang, 'amendment', { position: own.position, date: c.amendment }) : diffText(lang, 'amendment-missing', { position: own.position })}`;
        }
        return text;
    }
    if (c.coveredBy?.kind === 'perubahan') return diffText(lang, 'covered.perubahan', { date: c.coveredBy.date });
    if (c.covered === false) return diffText(lang, c.kind === 'agreement' ? 'covered.no-agreement' : 'covered.no') + signedText(c, lang);
    return diffText(lang, 'covered.na');
}

function counts(diff: WorkspaceDiff) {
    return {
        changes: diff.changes.length,
        covered: diff.changes.filter(c => c.covered === true).length,
        uncovered: diff.changes.filter(c => c.covered === false).length,
        unrevised: unrevisedChanges(diff).length,
        na: diff.changes.filter(c => c.covered === null).length
    };
}

function byOrganisation(changes: readonly PlanChange[]): Map<string, PlanChange[]> {
    const map = new Map<string, PlanChange[]>();
    for (const c of changes) {
        const list = map.get(c.organisation);
        if (list) list.push(c); else map.set(c.organisation, [c]);
    }
    return map;
}

/** One line a change: `target Dinkes.IKU1 2025 tahunan (nilai awal): 85 → 80 [TIDAK tercakup …]`. */
export function renderDiffText(diff: WorkspaceDiff, options: DiffRenderOptions): string {
    const { lang } = options;
    const lines: string[] = [];
    if (!diff.changes.length) lines.push(diffText(lang, 'no-changes'));
    for (const [organisation, changes] of byOrganisation(diff.changes)) {
        lines.push(organisation);
        for (const c of changes) {
            const where = [diffText(lang, `kind.${c.kind}`), c.subject, c.year ?? '', periodText(c, lang)].filter(x => x !== '').join(' ');
            lines.push(`  ${where} (${fieldText(c, lang)}) ${diffText(lang, `change.${c.change}`)}: ${valueText(c.old, lang)} → ${valueText(c.new, lang)} [${coverageText(c, lang)}]`);
        }
    }
    lines.push(diffText(lang, 'summary', counts(diff)));
    if (diff.year !== null) {
        lines.push(diffText(lang, 'text.movement', { year: diff.year, quarter: diff.quarter ?? '', achievements: diff.achievements.length, ranking: diff.ranking.length }));
    }
    return lines.map(visibleControls).join('\n') + '\n';
}

function cell(text: string): string {
    return inlineMarkdown(text) || ' ';
}

function row(cells: string[]): string {
    return `| ${cells.join(' | ')} |`;
}

function percentOrNone(value: Exact | null, lang: Language): string {
    return value === null ? diffText(lang, 'none') : formatPercent(value);
}

/** A pull-request comment: the changes per organisation, then the achievement and ranking moves. */
export function renderDiffMarkdown(diff: WorkspaceDiff, options: DiffRenderOptions): string {
    const { lang } = options;
    const out: string[] = [];
    // A marker the CI step finds to update its own comment.
    out.push('<!-- kinerja-diff -->');
    out.push(`## ${diffText(lang, 'md.title')}`, '');
    out.push(cell(diffText(lang, 'md.compared', { a: options.a, b: options.b })), '');
    out.push(cell(diffText(lang, 'summary', counts(diff))), '');
    if (!diff.changes.length) out.push(cell(diffText(lang, 'no-changes')), '');
    for (const [organisation, changes] of byOrganisation(diff.changes)) {
        out.push(`### ${cell(organisation)}`, '');
        out.push(row(['md.col.kind', 'md.col.subject', 'md.col.year', 'md.col.period', 'md.col.field', 'md.col.old', 'md.col.new', 'md.col.covered'].map(k => diffText(lang, k as never))));
        out.push(row(Array(8).fill('---')));
        for (const c of changes) {
            const covered = c.covered === false ? `**${cell(coverageText(c, lang))}**` : cell(coverageText(c, lang));
            out.push(row([
                cell(diffText(lang, `kind.${c.kind}`)), cell(c.title ? `${c.subject} ${c.title}` : c.subject), cell(String(c.year ?? '')), cell(periodText(c, lang)),
                cell(`${fieldText(c, lang)} (${diffText(lang, `change.${c.change}`)})`), cell(valueText(c.old, lang)), cell(valueText(c.new, lang)), covered
            ]));
        }
        out.push('');
    }
    if (diff.year === null) {
        out.push(cell(diffText(lang, 'md.no-year')), '');
    } else {
        const period = { year: diff.year, quarter: diff.quarter ?? '' };
        out.push(`### ${cell(diffText(lang, 'md.achievement', period))}`, '');
        if (!diff.achievements.length) out.push(cell(diffText(lang, 'md.no-achievement')), '');
        else {
            out.push(row([diffText(lang, 'md.col.agency'), diffText(lang, 'md.col.indicator'), diffText(lang, 'md.col.old'), diffText(lang, 'md.col.new')]));
            out.push(row(Array(4).fill('---')));
            for (const m of diff.achievements) {
                out.push(row([cell(m.organisation), cell(m.title ? `${m.indicator} ${m.title}` : m.indicator), cell(percentOrNone(m.old, lang)), cell(percentOrNone(m.new, lang))]));
            }
            out.push('');
        }
        out.push(`### ${cell(diffText(lang, 'md.ranking', period))}`, '');
        if (!diff.ranking.length) out.push(cell(diffText(lang, 'md.no-ranking')), '');
        else {
            out.push(row([diffText(lang, 'md.col.agency'), `${diffText(lang, 'md.col.score')} (${diffText(lang, 'md.col.old')})`, `${diffText(lang, 'md.col.score')} (${diffText(lang, 'md.col.new')})`,
                `${diffText(lang, 'md.col.rank')} (${diffText(lang, 'md.col.old')})`, `${diffText(lang, 'md.col.rank')} (${diffText(lang, 'md.col.new')})`]));
            out.push(row(Array(5).fill('---')));
            for (const r of diff.ranking) {
                out.push(row([cell(r.title ? `${r.organisation} ${r.title}` : r.organisation), cell(percentOrNone(r.oldScore, lang)), cell(percentOrNone(r.newScore, lang)),
                    cell(r.oldRank === null ? diffText(lang, 'none') : String(r.oldRank)), cell(r.newRank === null ? diffText(lang, 'none') : String(r.newRank))]));
            }
            out.push('');
        }
    }
    out.push(`<sub>kinerja ${cell(options.version)}</sub>`, '');
    return out.join('\n');
}

function jsonValue(value: DiffValue): unknown {
    if (value === null || typeof value === 'string') return value;
    const v = typeof value.value === 'string' ? value.value : value.value.toNumber();
    return value.upper ? { value: v, upper: value.upper.toNumber() } : v;
}

function rounded(value: Exact | null): number | null {
    return value === null ? null : value.toRoundedNumber(2);
}

/** The JSON shape of docs/diff.md. */
export function diffJson(diff: WorkspaceDiff, options: Pick<DiffRenderOptions, 'a' | 'b'>): unknown {
    return {
        a: options.a, b: options.b, year: diff.year, quarter: diff.quarter,
        summary: counts(diff),
        changes: diff.changes.map(c => ({ ...c, old: jsonValue(c.old), new: jsonValue(c.new) })),
        achievements: diff.achievements.map(m => ({ ...m, old: rounded(m.old), new: rounded(m.new) })),
        ranking: diff.ranking.map(r => ({ ...r, oldScore: rounded(r.oldScore), newScore: rounded(r.newScore) }))
    };
}

export function renderDiffJson(diff: WorkspaceDiff, options: Pick<DiffRenderOptions, 'a' | 'b'>): string {
    return escapeJsonControls(JSON.stringify(diffJson(diff, options), null, 2)) + '\n';
}
