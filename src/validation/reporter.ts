/**
 * Reports findings through Langium's acceptor with the stable code, the configured
 * severity (or nothing when the project switched the code off), the record's message in
 * the configured language and the link to the finding's page.
 */
import { AstUtils, type AstNode, type DiagnosticInfo, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver';
import { defineCatalogue } from '../common/catalogue.js';
import { Exact } from '../common/exact.js';
import { formatIdNumber } from '../common/id-number.js';
import type { KinerjaConfig, Language, SeverityName } from '../engine/config.js';
import type { OrganisationInfo } from '../engine/model.js';
import type { KinerjaHost } from './host.js';
import type { FindingDefinition } from './finding-definition.js';
import type { FindingCode } from './findings/index.js';
import type { KinerjaSettings } from './kinerja-settings.js';

const TEXTS = defineCatalogue({
    location: { id: p => `${p.file} baris ${p.line}`, en: p => `${p.file} line ${p.line}` },
    'more-places': { id: p => `${p.list} dan ${p.count} tempat lain`, en: p => `${p.list} and ${p.count} more ${p.count === '1' ? 'place' : 'places'}` }
});

/**
 * At most this many other places are named in a finding's message and given as its
 * related information (the others of a duplicate, the members of a loop, the children of
 * a budget); a count says how many more there are. A name declared 3 000 times gives 3 000
 * findings of one line each, not 3 000 lines of 3 000 places (docs/findings.md).
 */
export const MAX_OTHER_PLACES = 5;

const fileOrderCache = new WeakMap<readonly unknown[], readonly unknown[]>();

/**
 * `items` in file order (their document's URI, then their offset in it): the order a
 * finding that stands once for several places (a loop) picks its place by, the same
 * whatever order the files were loaded in. Sorted once per array (a loop's members are
 * one array shared by all of them), so asking for every member stays O(n log n).
 */
export function inFileOrder<T>(items: readonly T[], nodeOf: (item: T) => AstNode): readonly T[] {
    let sorted = fileOrderCache.get(items) as readonly T[] | undefined;
    if (!sorted) {
        const keyed = items.map(item => {
            const node = nodeOf(item);
            return { item, uri: AstUtils.getDocument(node).uri.toString(), offset: node.$cstNode?.offset ?? 0 };
        });
        keyed.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.offset - b.offset));
        sorted = keyed.map(k => k.item);
        fileOrderCache.set(items, sorted);
    }
    return sorted;
}

export interface OtherPlaces {
    /** `disdik.kinerja baris 8, disdik.kinerja baris 9 dan 12 tempat lain` */
    text: string;
    relatedInformation: DiagnosticRelatedInformation[];
}

export interface FindingData {
    code: FindingCode;
    [key: string]: unknown;
}

export class FindingReporter {
    readonly language: Language;

    constructor(private readonly accept: ValidationAcceptor, readonly config: KinerjaConfig, readonly document: LangiumDocument, private readonly settings: KinerjaSettings) {
        this.language = settings.languageFor(config);
    }

    /**
     * The config an organisation's figures follow (formula, thresholds, bands, absorption
     * curve): that of the file declaring it, so a finding on its figures agrees with the
     * report, whichever file the finding stands in. Severities and the message language
     * follow the config of this document (`config`).
     */
    /** The platform's file and docs look-ups (host.ts). */
    get host(): KinerjaHost {
        return this.settings.host;
    }

    configOf(organisation: OrganisationInfo): KinerjaConfig {
        return this.settings.configOfOrganisation(organisation) ?? this.config;
    }

    static for(node: AstNode, accept: ValidationAcceptor, settings: KinerjaSettings): FindingReporter {
        const document = AstUtils.getDocument(node);
        return new FindingReporter(accept, settings.configFor(document.uri), document, settings);
    }

    severityOf(finding: FindingDefinition): SeverityName {
        return this.config.severity[finding.code] ?? finding.severity;
    }

    /** Reports `finding` with its message `variant`, unless the project switched the code off. */
    report<N extends AstNode, V extends string>(finding: FindingDefinition<FindingCode, V>, variant: V, params: Record<string, string | number>,
        info: Omit<DiagnosticInfo<N, string>, 'code' | 'data'> & { data?: Record<string, unknown> }): void {
        const severity = this.severityOf(finding);
        if (severity === 'off') return;
        const code = finding.code;
        const href = this.settings.host.findingDocUrl(code);
        this.accept(severity, finding.messages(this.language, variant, params), {
            ...info, code, data: { ...info.data, code }, ...(href ? { codeDescription: { href } } : {})
        } as DiagnosticInfo<N>);
    }

    /**
     * Whether the parser or lexer found an error within `node`'s text: what was written
     * there did not make it into the AST, so a finding about what is missing would only
     * repeat the syntax error (`satuan Persen` is one mistake, not also `missing-unit`).
     */
    hasSyntaxErrorIn(node: AstNode): boolean {
        const cst = node.$cstNode;
        if (!cst) return false;
        const { lexerErrors, parserErrors } = this.document.parseResult;
        const inside = (offset: number | undefined) => offset !== undefined && offset >= cst.offset && offset < cst.end;
        return lexerErrors.some(e => inside(e.offset)) || parserErrors.some(e => inside(e.token.startOffset));
    }

    /** Where an AST node stands, for messages and related information. */
    related(node: AstNode, note: string): DiagnosticRelatedInformation | undefined {
        const document = AstUtils.getDocument(node);
        const range = node.$cstNode?.range;
        return range ? { location: { uri: document.uri.toString(), range }, message: note } : undefined;
    }

    /**
     * The other places of a finding: the items of `all` whose node is not `self` (the
     * node the finding stands on, one of them, or undefined), the first
     * MAX_OTHER_PLACES named in `text` and given as related information with `note`,
     * and how many more there are. Proportional to MAX_OTHER_PLACES, not to `all`.
     */
    otherPlaces<T>(all: readonly T[], self: AstNode | undefined, nodeOf: (item: T) => AstNode, note: (item: T) => string): OtherPlaces {
        const shown: T[] = [];
        for (let i = 0; i < all.length && shown.length < MAX_OTHER_PLACES; i++) if (nodeOf(all[i]) !== self) shown.push(all[i]);
        const more = all.length - (self === undefined ? 0 : 1) - shown.length;
        const list = shown.map(item => this.locationText(nodeOf(item))).join(', ');
        const relatedInformation: DiagnosticRelatedInformation[] = [];
        for (const item of shown) {
            const information = this.related(nodeOf(item), note(item));
            if (information) relatedInformation.push(information);
        }
        const text = more > 0 ? TEXTS(this.language, 'more-places', { list, count: formatIdNumber(Exact.of(more), { decimals: 0 }) }) : list;
        return { text, relatedInformation };
    }

    locationText(node: AstNode): string {
        const document = AstUtils.getDocument(node);
        const file = document.uri.path.split('/').pop() ?? document.uri.toString();
        return TEXTS(this.language, 'location', { file, line: (node.$cstNode?.range.start.line ?? 0) + 1 });
    }
}
