/**
 * Completion. Langium proposes the keywords valid at the cursor (here with their meaning
 * as detail, in the message language); kinerja adds:
 *
 * - names for cross-references, with the title as detail: inside an organisation its own
 *   positions, nodes and indicators unqualified, and the nodes and indicators of its pemda
 *   qualified (`KabPaserSelatan.SD1`, what agencies support); after `Org.` the names of that
 *   organisation; outside any organisation (`perjanjian`) qualified names; organisations
 *   by their bare names; after `lintas`, the nodes of the other agencies of the same pemda
 *   (never the agency's own: `crosscutting-outside`);
 * - custom units (`satuan "berkas"`) already used in the workspace, beside the built-in ones;
 * - years inside the period of the organisation concerned after `target`, `realisasi`,
 *   `pagu`, `perjanjian X.Y` and `realisasi ORG`;
 * - periods where the grammar allows them (keywords, with their meaning), in the order
 *   planners think of them: the quarters `tw1`..`tw4`, then the months `jan`..`des`, then
 *   `s.d.` (a cumulative figure); not `s.d.` in a `belanja` block, whose figures are each
 *   period's own spending;
 * - keywords that mean something else in one rule (`arah turun rasio`) with that meaning;
 * - beside a keyword that starts a statement, that statement's snippet (snippets.ts).
 *
 * Names are ranked, and those that would be an error left out, by completion-ranking.ts.
 * A typed space opens the list after the words in SPACE_KEYWORDS only.
 *
 * Candidates are read from the cached workspace model, organisation by organisation, so
 * the work is proportional to what is offered, not to the size of the workspace.
 */
import { AstUtils, GrammarAST, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions, type NextFeature
} from 'langium/lsp';
import {
    CompletionItemKind, CompletionTriggerKind, InsertTextFormat, type CancellationToken, type CompletionList, type CompletionParams
} from 'vscode-languageserver';
import type { Language } from '../engine/config.js';
import type { OrganisationInfo, WorkspaceModel } from '../engine/model.js';
import { keywordMeaning, lspMessage } from './messages.js';
import { isBelanja, isPerjanjian, isRealisasiBlock } from '../language/generated/ast.js';
import type { KinerjaServices } from './kinerja-module.js';
import { enclosingOrganisationName, organisationOf } from '../language/qualified-names.js';
import { lspContext, periodOf, type LspContext } from './lsp-support.js';
import { referenceRanking } from './completion-ranking.js';
import { snippetsFor } from './snippets.js';

/**
 * The words after which a typed space opens the list: those followed by a name (a
 * reference) or by one of a few keywords, and the comma of a `mendukung` list.
 */
export const SPACE_KEYWORDS = ['mendukung', 'lintas', 'oleh', 'atasan', 'pemda', 'perjanjian', 'satuan', 'arah', 'akumulasi', 'eselon'];
const SPACE_TRIGGER = new RegExp(`(?:(?:^|\\s)(?:${SPACE_KEYWORDS.join('|')})|,) $`);

/** The end of `line` is inside quoted text or a `//` comment. */
function inStringOrComment(line: string): boolean {
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted) {
            if (c === '\\') i++;
            else if (c === '"') quoted = false;
        } else if (c === '"') {
            quoted = true;
        } else if (c === '/' && line[i + 1] === '/') {
            return true;
        }
    }
    return quoted;
}

/** The type of the nearest element around the cursor that a snippet cares about. */
function enclosingElementType(node: AstNode | undefined): string | undefined {
    for (let current = node; current; current = current.$container) {
        if (current.$type === 'Indikator' || current.$type === 'Node' || current.$type === 'Instansi' || current.$type === 'Pemda') return current.$type;
    }
    return undefined;
}

/** The periods in the order they are offered: quarters, months, then `s.d.`. */
const PERIOD_ORDER = ['tw1', 'tw2', 'tw3', 'tw4', 'jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des', 's.d.'];

/** At most this many years are offered (a mistyped period must not flood the list). */
const MAX_YEARS = 30;

interface Candidate {
    name: string;
    title?: string;
    kind: CompletionItemKind;
    description: string;
    ast: AstNode;
}

const customUnits = new WeakMap<WorkspaceModel, string[]>();

/** Custom (quoted) units used in the workspace, once per model. */
function customUnitsOf(model: WorkspaceModel): string[] {
    let units = customUnits.get(model);
    if (!units) {
        const set = new Set<string>();
        for (const indicator of model.indicators.values()) {
            if (indicator.unit && !indicator.unit.builtin && indicator.unit.name) set.add(indicator.unit.name);
        }
        units = [...set].sort((a, b) => a.localeCompare(b));
        customUnits.set(model, units);
    }
    return units;
}

function quote(text: string): string {
    return `"${text.replace(/[\\"]/g, c => `\\${c}`)}"`;
}

export class KinerjaCompletionProvider extends DefaultCompletionProvider {
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['.', ' '] };

    constructor(private readonly services: KinerjaServices) {
        super(services);
    }

    /**
     * A position past the end of its line or of the document stands for that end (LSP);
     * Langium would echo it in the items' text edits, which clients then reject.
     */
    override getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const text = document.textDocument;
        const position = text.positionAt(text.offsetAt(params.position));
        if (params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter && params.context.triggerCharacter === ' ') {
            // Every space is a trigger; the list opens by itself only where a name or a closed choice follows.
            const line = text.getText({ start: { line: position.line, character: 0 }, end: position });
            if (!SPACE_TRIGGER.test(line) || inStringOrComment(line)) return Promise.resolve(undefined);
        }
        return super.getCompletion(document, { ...params, position }, cancelToken);
    }

    /** The request's context; read per use (cached lookups), as requests may run concurrently. */
    private contextOf(context: CompletionContext): LspContext {
        return lspContext(this.services, context.document.uri);
    }

    private languageOf(context: CompletionContext): Language {
        const settings = this.services.kinerja.Settings;
        return settings.languageFor(settings.configFor(context.document.uri));
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        if (assignment && GrammarAST.isRuleCall(next.feature)) {
            if (assignment.feature === 'year') return this.completeYears(context, acceptor);
            if (assignment.feature === 'custom') return this.completeCustomUnits(context, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) return;
        // Each figure of a `belanja` block is that period's own spending, never cumulative.
        if (keyword.value === 's.d.' && AstUtils.getContainerOfType(context.node, isBelanja)) return;
        const language = this.languageOf(context);
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
        const period = PERIOD_ORDER.indexOf(keyword.value);
        acceptor(context, {
            label: keyword.value,
            kind: CompletionItemKind.Keyword,
            detail: keywordMeaning(language, keyword.value, rule) ?? 'Keyword',
            sortText: period < 0 ? '1' : `1p${String(period).padStart(2, '0')}`
        });
        // A statement can start here: its snippets stand beside its keyword.
        const around = enclosingElementType(context.node);
        for (const snippet of snippetsFor(keyword.value, rule, type => type === around)) {
            acceptor(context, {
                label: `${snippet.keyword} …`,
                filterText: snippet.keyword,
                kind: CompletionItemKind.Snippet,
                detail: snippet.description[language],
                insertText: snippet.body.join('\n'),
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: '1'
            });
        }
    }

    protected override completionForCrossReference(context: CompletionContext, next: NextFeature<GrammarAST.CrossReference>, acceptor: CompletionAcceptor): MaybePromise<void> {
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        if (!assignment || !context.node) return;
        // A new element that does not exist yet stands inside the node at the cursor.
        const container: AstNode = next.type ? { $type: next.type, $container: context.node } as AstNode : context.node;
        const referenceType = this.astReflection.getReferenceType({ container, property: assignment.feature, reference: { $refText: '', ref: undefined } });
        const typed = context.textDocument.getText().substring(context.tokenOffset, context.offset);
        const model = this.contextOf(context).model;
        const rank = referenceRanking(model, assignment.feature, container);
        const seen = new Set<string>();
        let index = 0;
        for (const candidate of this.candidates(model, referenceType, container, assignment.feature, typed)) {
            // A node or indicator does not support itself.
            if (seen.has(candidate.name) || candidate.ast === container || candidate.ast === context.node) continue;
            seen.add(candidate.name);
            const place = rank(candidate.ast);
            if (!place) continue;
            acceptor(context, {
                label: candidate.name,
                kind: candidate.kind,
                detail: candidate.title,
                labelDetails: { description: candidate.description },
                sortText: `0${place.tier}${String(place.order).padStart(2, '0')}${String(index++).padStart(6, '0')}`
            });
        }
    }

    private *candidates(model: WorkspaceModel, referenceType: string, container: AstNode, property: string, typed: string): Generator<Candidate> {
        if (referenceType === 'Pemda' || referenceType === 'Organisation') {
            for (const org of model.organisations.values()) {
                if (referenceType === 'Organisation' || org.kind === 'pemda') {
                    const ast = org.declaration ?? org.parts[0];
                    if (ast) yield { name: org.id, title: org.title, kind: CompletionItemKind.Module, description: org.kind, ast };
                }
            }
            return;
        }
        const dot = typed.lastIndexOf('.');
        if (dot > 0) {
            const qualifier = typed.slice(0, dot);
            yield* this.elements(model.organisations.get(qualifier), referenceType, `${qualifier}.`);
            return;
        }
        const here = enclosingOrganisationName(container);
        const organisation = here ? model.organisations.get(here) : undefined;
        if (property === 'crosscutting') {
            // Crosscutting: the nodes of the other agencies of the same pemda, qualified.
            if (!organisation?.pemdaId) return;
            for (const other of model.organisations.values()) {
                if (other !== organisation && other.kind === 'instansi' && other.pemdaId === organisation.pemdaId) yield* this.elements(other, referenceType, `${other.id}.`);
            }
            return;
        }
        if (organisation) {
            yield* this.elements(organisation, referenceType, '');
            // Agencies support their regional government's objectives and indicators.
            const pemda = property === 'supports' && organisation.pemdaId ? model.organisations.get(organisation.pemdaId) : undefined;
            if (pemda && pemda !== organisation) yield* this.elements(pemda, referenceType, `${pemda.id}.`);
        } else if (!here) {
            for (const org of model.organisations.values()) yield* this.elements(org, referenceType, `${org.id}.`);
        }
    }

    private *elements(organisation: OrganisationInfo | undefined, referenceType: string, prefix: string): Generator<Candidate> {
        if (!organisation) return;
        if (referenceType === 'Jabatan') {
            for (const p of organisation.positions) {
                const rank = p.ast.staff ? 'staf' : p.ast.echelon ? `eselon ${p.ast.echelon}` : 'jabatan';
                yield { name: prefix + p.ast.name, title: p.ast.title, kind: CompletionItemKind.Class, description: rank, ast: p.ast };
            }
        }
        if (referenceType === 'Node' || referenceType === 'Measurable') {
            for (const n of organisation.nodes) {
                yield { name: prefix + n.ast.name, title: n.ast.title, kind: CompletionItemKind.Function, description: n.kind, ast: n.ast };
            }
        }
        if (referenceType === 'Indikator' || referenceType === 'Measurable') {
            for (const i of organisation.indicators) {
                yield { name: prefix + i.ast.name, title: i.ast.title, kind: CompletionItemKind.Property, description: 'indikator', ast: i.ast };
            }
        }
    }

    /** Years in the period of the organisation the statement belongs to. */
    private completeYears(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const node = context.node;
        if (!node) return;
        let name: string | undefined;
        const statement = AstUtils.getContainerOfType(node, (n): n is AstNode => isPerjanjian(n) || isRealisasiBlock(n));
        if (statement && isPerjanjian(statement)) name = organisationOf(statement.position?.$refText ?? '');
        else if (statement && isRealisasiBlock(statement)) name = statement.organisation?.$refText;
        else name = enclosingOrganisationName(node);
        const { model, language } = this.contextOf(context);
        const period = periodOf(model, name ? model.organisations.get(name) : undefined);
        if (!period || period.end < period.start) return;
        const detail = lspMessage(language, 'completion.year', { start: period.start, end: period.end });
        const last = Math.min(period.end, period.start + MAX_YEARS - 1);
        for (let year = period.start; year <= last; year++) {
            acceptor(context, { label: String(year), kind: CompletionItemKind.Constant, detail, sortText: `0${year}` });
        }
    }

    private completeCustomUnits(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const { model, language } = this.contextOf(context);
        const detail = lspMessage(language, 'completion.custom-unit');
        for (const unit of customUnitsOf(model)) {
            acceptor(context, { label: quote(unit), kind: CompletionItemKind.Unit, detail, sortText: '2' });
        }
    }
}
