/**
 * Evidence findings (bukti dukung): `evidence-not-found` (a `bukti` path, relative to its
 * file, that does not exist on disk) and `evidence-missing` (off by default: a final
 * realisation without `bukti`, for a region that demands evidence).
 *
 * Only documents read from disk (`file:` URIs: the CLI, and the language server for saved
 * or open files on disk) have paths to check; URLs (http, https) and documents without a
 * place on disk (in-memory, untitled) are not checked; nor is anything in a browser. The
 * host (../host.ts) looks the file up.
 */
import { AstUtils } from 'langium';
import type { Model } from '../../language/generated/ast.js';
import { contentsOf } from '../document-contents.js';
import { evaluateIndicator } from '../../engine/aggregation.js';
import { accumulationGuessed, type EvidenceInfo, type IndicatorInfo, type ValueEntry, type WorkspaceModel } from '../../engine/model.js';
import { describePeriod, monthNumber, periodKey, quarterOfMonth, yearOfKey } from '../../engine/periods.js';
import { entryProperty } from './targets.js';
import type { FindingReporter } from '../reporter.js';
import { defineFamily, defineFinding } from '../finding-definition.js';
import { defineCatalogue } from '../../common/catalogue.js';

export const EVIDENCE_NOT_FOUND = defineFinding({
    code: 'evidence-not-found',
    severity: 'warning',
    title: { id: 'Berkas bukti dukung tidak ditemukan', en: 'An evidence file (bukti) that does not exist' },
    messages: {
        default: {
            id: p => `Berkas bukti "${p.location}" tidak ditemukan ${p.where}. Periksa ejaan dan letaknya: path ditulis relatif terhadap folder berkas ini; atau tulis alamat http(s).`,
            en: p => `The evidence file "${p.location}" does not exist ${p.where}. Check its spelling and place: the path is relative to this file's folder; or write an http(s) address.`
        }
    }
});

export const EVIDENCE_MISSING = defineFinding({
    code: 'evidence-missing',
    severity: 'off',
    title: { id: 'Realisasi akhir tanpa bukti dukung', en: 'A final realisation without evidence (bukti)' },
    messages: {
        default: {
            id: p => `Realisasi ${p.subject} ${p.period} belum punya bukti dukung. Tambahkan 'bukti ${p.year} "judul" "path atau alamat"' pada indikatornya.`,
            en: p => `The realisation of ${p.subject} for ${p.period} has no evidence. Add 'bukti ${p.year} "title" "path or address"' to the indicator.`
        }
    }
});

export const evidenceFamily = defineFamily({
    name: 'evidence',
    title: 'Evidence (bukti dukung)',
    findings: [EVIDENCE_NOT_FOUND, EVIDENCE_MISSING],
    check: checkEvidence
});

const WHERE = defineCatalogue({
    relative: { id: () => 'di folder berkas ini', en: () => "in this file's folder" },
    absolute: { id: () => 'di path itu', en: () => 'at that path' }
});

/** A URL (`https://…`, `http://…`): not checked. */
const URL = /^https?:\/\//i;

export function checkEvidence(root: Model, model: WorkspaceModel, reporter: FindingReporter): void {
    const contents = contentsOf(root);
    const uri = reporter.document.uri;
    const evidence: EvidenceInfo[] = [];
    const indicators: IndicatorInfo[] = [];
    for (const ast of contents.nodes) {
        const node = model.byAst.get(ast);
        if (!node || 'direction' in node) continue;
        evidence.push(...node.evidence);
        for (const indicator of node.indicators) {
            evidence.push(...indicator.evidence);
            indicators.push(indicator);
        }
    }
    if (reporter.severityOf(EVIDENCE_NOT_FOUND) !== 'off') {
        for (const bukti of evidence) {
            const location = bukti.location;
            if (!location || URL.test(location)) continue;
            const found = reporter.host.evidence(uri, location);
            if (!found || found.exists) continue;
            reporter.report(EVIDENCE_NOT_FOUND, 'default', { location, where: WHERE(reporter.language, found.absolute ? 'absolute' : 'relative') }, { node: bukti.ast, property: 'location' });
        }
    }
    if (reporter.severityOf(EVIDENCE_MISSING) !== 'off') {
        for (const indicator of indicators) checkMissing(indicator, root, reporter);
    }
}

/**
 * `evidence-missing`: the statement holding a final annual figure (a year-level
 * realisation, or the tw4 one) without a `bukti` of the indicator for it: for a
 * year-level figure, any `bukti` of the year; for a tw4 figure, one of the year without a
 * period, or for tw4 or one of its months.
 */
function checkMissing(indicator: IndicatorInfo, root: Model, reporter: FindingReporter): void {
    const years = new Set([...indicator.realisations.keys()].map(yearOfKey));
    for (const year of years) {
        const e = evaluateIndicator(indicator, year, reporter.configOf(indicator.organisation));
        if (!e.final) continue;
        const yearLevel = indicator.realisations.get(periodKey(year))?.[0];
        const entry: ValueEntry | undefined = yearLevel ?? indicator.realisations.get(periodKey(year, 4))?.[0];
        if (!entry || AstUtils.findRootNode(entry.source) !== root) continue;
        if (accumulationGuessed(indicator) && !yearLevel) continue;
        const covers = (b: EvidenceInfo) => b.year === year && (yearLevel !== undefined || b.period === undefined || b.period === 'tw4'
            || quarterOfMonth(monthNumber(b.period) ?? 0) === 4);
        if (indicator.evidence.some(covers)) continue;
        reporter.report(EVIDENCE_MISSING, 'default', {
            subject: indicator.id, period: describePeriod(year, yearLevel ? undefined : 4), year
        }, { node: entry.source, property: entryProperty(entry.source) });
    }
}
