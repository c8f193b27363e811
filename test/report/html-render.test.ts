/**
 * The HTML renderer on strings: language, determinism, configured category bands,
 * and workspaces with nothing to report.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, resolveConfig } from '../../src/engine/config.js';
import { buildWorkspaceModel } from '../../src/engine/model-index.js';
import { renderHtml, renderHtmlReport } from '../../src/report/html/index.js';
import { buildReportData, REPORT_KINDS } from '../../src/report/kinds/index.js';
import { loadExamples, type LoadedExamples } from './examples.js';

let ex: LoadedExamples;
beforeAll(async () => { ex = await loadExamples(); });

describe('renderHtml', () => {
    it('speaks Bahasa Indonesia by default and English on request, numbers Indonesian in both', () => {
        const id = renderHtml('annual', ex.model, ex.config, { year: 2025 });
        expect(id.includes('<html lang="id">')).toBe(true);
        expect(id.includes('Capaian kinerja per sasaran')).toBe(true);
        const en = renderHtml('annual', ex.model, ex.config, { year: 2025, language: 'en' });
        expect(en.includes('<html lang="en">')).toBe(true);
        expect(en.includes('Achievement per objective')).toBe(true);
        expect(en.includes('Capaian kinerja per sasaran')).toBe(false);
        for (const doc of [id, en]) {
            expect(doc.includes('97,50%')).toBe(true);
            expect(doc.includes('Rp 4.775.000.000')).toBe(true);
        }
        const fromConfig = renderHtml('ranking', ex.model, { ...ex.config, language: 'en' }, { year: 2025 });
        expect(fromConfig.includes('Agency ranking')).toBe(true);
    });

    it('prints agreement dates in the report language', () => {
        expect(renderHtml('agreements', ex.model, ex.config, { year: 2025 }).includes('Sungai Lendang, 6 Januari 2025')).toBe(true);
        expect(renderHtml('agreements', ex.model, ex.config, { year: 2025, language: 'en' }).includes('Sungai Lendang, 6 January 2025')).toBe(true);
    });

    it('is deterministic: the same data renders to the same bytes', () => {
        const data = buildReportData('quarterly', ex.model, ex.config, { year: 2025, quarter: 3 });
        expect(renderHtmlReport(data)).toBe(renderHtmlReport(data));
        expect(renderHtml('annual', ex.model, ex.config, { year: 2025 })).toBe(renderHtml('annual', ex.model, ex.config, { year: 2025 }));
    });

    it('uses the configured category bands in labels and legend', () => {
        const config = resolveConfig({ bands: [{ min: 100, label: 'Tercapai', labelEn: 'Met' }, { min: null, label: 'Belum tercapai', labelEn: 'Not met' }] }, 'kinerja.config.json');
        const doc = renderHtml('annual', ex.model, config, { year: 2025 });
        expect(doc.includes('Belum tercapai')).toBe(true);
        expect(doc.includes('Sangat Tinggi')).toBe(false);
        expect(doc.includes('≥ 100%')).toBe(true);
    });

    it('renders every kind for an empty workspace and for a year without data', () => {
        const empty = buildWorkspaceModel([]);
        for (const kind of REPORT_KINDS) {
            const doc = renderHtml(kind, empty, defaultConfig(), { year: 2025, quarter: 1 });
            expect(doc.startsWith('<!DOCTYPE html>'), kind).toBe(true);
            expect(doc.trimEnd().endsWith('</html>'), kind).toBe(true);
        }
        expect(renderHtml('agreements', empty, defaultConfig(), { year: 2025 }).includes('Tidak ada jabatan eselon II–IV')).toBe(true);
        for (const kind of REPORT_KINDS) {
            expect(() => renderHtml(kind, ex.model, ex.config, { year: 2030, quarter: 2 }), kind).not.toThrow();
        }
    });

    it('says whose quarterly data is missing: the regional government\'s or the agency\'s', () => {
        const id = renderHtml('quarterly', ex.model, ex.config, { year: 2025, quarter: 1 });
        expect(id).toContain('Belum ada data triwulan pemerintah daerah ini untuk periode ini.');
        const en = renderHtml('quarterly', ex.model, ex.config, { year: 2025, quarter: 1, language: 'en' });
        expect(en).toContain('No quarterly data for this regional government in this period.');
    });

    it('rejects an invalid quarter', () => {
        expect(() => renderHtml('quarterly', ex.model, ex.config, { year: 2025, quarter: 0 })).toThrow(RangeError);
    });
});
