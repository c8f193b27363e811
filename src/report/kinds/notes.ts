/**
 * The narrative of a year as report data: `catatan` (analisis, kendala, solusi) and
 * `bukti` (supporting evidence) of the indicators and nodes of an organisation, for the
 * annual and quarterly reports.
 *
 * Which notes: the annual report takes every note of the year (the year's own first,
 * then per period in calendar order), up to the quarter it is cut at; the quarterly
 * report the notes of its quarter (`tw3`, or a month of it). Evidence likewise.
 *
 * Links (`bukti`'s location): only an `http://` or `https://` URL, or a relative path,
 * becomes a link. A relative path is resolved against the folder of the `.kinerja` file
 * that states it, and given relative to `linkBase` (the folder the report is written to;
 * the CLI passes the `--out` file's folder, or the current folder for standard output),
 * with `/` separators and percent-encoded; without `linkBase`, as an absolute `file://`
 * URL. Anything else (an absolute path, `C:\…`, `//host/…`, another scheme such as
 * `javascript:` or `mailto:`) is kept as text, never a link.
 */
import { AstUtils, URI, UriUtils } from 'langium';
import type { EvidenceInfo, IndicatorInfo, NodeInfo, NoteInfo } from '../../engine/model.js';
import { spanOf } from '../../engine/periods.js';
import { validDate } from '../../engine/dates.js';
import type { IndicatorRef, NodeRef } from './common.js';

export interface NarrativeRef {
    /** The period as written (`tw3`, `sep`); null for the year. */
    period: string | null;
    analysis: string | null;
    obstacles: string | null;
    solutions: string | null;
}

export interface EvidenceRef {
    period: string | null;
    title: string | null;
    /** The path or URL as written. */
    location: string | null;
    /** The href: an http(s) URL as written, or the resolved relative path; null when the location is not a link. */
    link: string | null;
    /** `terverifikasi`, ISO date; null when not verified. */
    verified: string | null;
}

/** The notes and evidence of one indicator (or of a node itself, `indicator` null). */
export interface NotesBlock {
    node: NodeRef;
    indicator: IndicatorRef | null;
    notes: NarrativeRef[];
    evidence: EvidenceRef[];
}

/** Which periods a report takes: the whole year up to a quarter (annual), or one quarter (quarterly). */
export type PeriodFilter = { upTo: number } | { quarter: number };

/** The first month of a period written in a `catatan` or `bukti` (0 for the year), or undefined when unknown. */
function firstMonth(period: string | undefined): number | undefined {
    if (period === undefined) return 0;
    return spanOf(period)?.first;
}

function inPeriod(period: string | undefined, filter: PeriodFilter): boolean {
    const span = period === undefined ? undefined : spanOf(period);
    if (period !== undefined && !span) return false;
    if ('quarter' in filter) return !!span && span.first >= filter.quarter * 3 - 2 && span.last <= filter.quarter * 3;
    return !span || span.last <= filter.upTo * 3;
}

function sorted<T extends { year: number; period?: string }>(items: readonly T[], year: number, filter: PeriodFilter): T[] {
    return items.filter(x => x.year === year && inPeriod(x.period, filter))
        .map((x, i) => ({ x, i, m: firstMonth(x.period) ?? 0 }))
        .sort((a, b) => a.m - b.m || a.i - b.i).map(({ x }) => x);
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WEB = /^https?:\/\/[^\s/?#]+/i;

/** Percent-encodes what is not safe in a link's path, keeping `/`. */
function encodePath(path: string): string {
    return path.split('/').map(segment => encodeURIComponent(segment)).join('/');
}

/**
 * The href of a `bukti` location (see the module comment), or null when it is not a link.
 * `source` is the URI of the `.kinerja` file stating it; `linkBase` the report's folder.
 */
export function evidenceLink(location: string | undefined, source: URI | undefined, linkBase: string | undefined): string | null {
    if (!location) return null;
    const text = location.trim();
    if (!text || /[\u0000-\u001f\u007f]/.test(text)) return null;
    if (WEB.test(text)) {
        try {
            const url = new URL(text);
            return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
        } catch {
            return null;
        }
    }
    // Absolute paths, drive letters, UNC and protocol-relative paths, other schemes: text.
    if (SCHEME.test(text) || text.startsWith('/') || text.startsWith('\\')) return null;
    if (!source) return null;
    const target = UriUtils.joinPath(UriUtils.dirname(source), ...text.split(/[\\/]/).filter(Boolean));
    if (linkBase === undefined) return target.toString();
    return encodePath(UriUtils.relative(URI.file(linkBase), target) || '.');
}

function narrative(n: NoteInfo): NarrativeRef {
    return { period: n.period ?? null, analysis: n.analysis ?? null, obstacles: n.obstacles ?? null, solutions: n.solutions ?? null };
}

function evidence(e: EvidenceInfo, linkBase: string | undefined): EvidenceRef {
    const source = AstUtils.findRootNode(e.ast).$document?.uri;
    return {
        period: e.period ?? null, title: e.title ?? null, location: e.location ?? null,
        link: evidenceLink(e.location, source, linkBase), verified: validDate(e.verified) ?? null
    };
}

/** The block of a node or an indicator, or undefined when it has nothing in the periods. */
export function notesBlock(
    subject: NodeInfo | IndicatorInfo, node: NodeRef, indicator: IndicatorRef | null,
    year: number, filter: PeriodFilter, linkBase: string | undefined
): NotesBlock | undefined {
    const notes = sorted(subject.notes, year, filter).map(narrative);
    const found = sorted(subject.evidence, year, filter).map(e => evidence(e, linkBase));
    return notes.length || found.length ? { node, indicator, notes, evidence: found } : undefined;
}
