/**
 * The language server's side of the VS Code extension: the `kinerja/cascadeTree` and
 * `kinerja/report` requests on the examples workspace, and the translation of the
 * editor's `kinerja.*` settings into KinerjaSettings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/engine/config.js';
import type { CascadeItem } from '../../src/lsp/protocol.js';
import { defaultQuarter, defaultYear } from '../../src/engine/years.js';
import { cascadeTree } from '../../src/lsp/cascade-tree.js';
import { buildReport, focusModel, workspaceFindings } from '../../src/lsp/report-request.js';
import { tableReportHtml } from '../../src/report/html/preview-table.js';
import { translateSettings } from '../../src/lsp/settings-sync.js';
import { buildWorkspace, findCascadeItem as find, type TestWorkspace } from '../helpers.js';
import { nodeHost } from '../../src/validation/node-host.js';

const examples = join(__dirname, '../../examples');

describe('custom requests on the examples', () => {
    let ws: TestWorkspace;
    beforeAll(async () => {
        const files = Object.fromEntries(readdirSync(examples).filter(f => f.endsWith('.kinerja')).map(f => [f, readFileSync(join(examples, f), 'utf8')]));
        ws = await buildWorkspace(files);
    });
    const model = () => ws.services.kinerja.WorkspaceModel.get();

    it('defaults to the latest realised year, cut at its latest reported quarter', () => {
        expect(defaultYear(model())).toBe(2025);
        expect(defaultQuarter(model(), 2025)).toBe(3);
        expect(defaultQuarter(model(), 2024)).toBeUndefined();
    });

    it('builds each organisation\'s tree with supporters as children and indicators as leaves', () => {
        const tree = cascadeTree(model(), defaultConfig(), 'id', 2025);
        expect(tree.years).toEqual([2024, 2025]);
        expect(tree.organisations.map(o => [o.id, o.kind])).toEqual([
            ['KabPaserSelatan', 'pemda'], ['Bappeda', 'instansi'], ['Dinkes', 'instansi'], ['Disdik', 'instansi']
        ]);
        const dinkes = tree.organisations.find(o => o.id === 'Dinkes')!;
        // The agency's score, as `kinerja report --year 2025 --quarter 3` computes it.
        expect(dinkes.achievementText).toBe('100,61%');
        expect(dinkes.category).toBe('Sangat Tinggi');
        expect(dinkes.band).toBe(0);
        expect(dinkes.period).toBe('2025 tw3');
        const [ss1] = dinkes.children;
        expect(ss1.id).toBe('Dinkes.SS1');
        expect(ss1.supportsOutside).toEqual(['KabPaserSelatan.SD1']);
        expect(ss1.children.filter(c => c.kind === 'indikator').map(c => c.id)).toEqual(['Dinkes.IKU1', 'Dinkes.IKU2']);
        expect(ss1.children.filter(c => c.kind === 'program').map(c => c.id)).toEqual(['Dinkes.P0202', 'Dinkes.P0203']);
        const p0202 = find(dinkes.children, 'Dinkes.P0202')!;
        expect(p0202.owner?.id).toBe('Dinkes.KabidKesmas');
        expect(p0202.location?.uri).toMatch(/dinkes\.kinerja$/);
        expect(p0202.location?.range.start.line).toBeGreaterThan(0);
        // An indicator behind its quarter plan carries its achievement and a lower band.
        const ikk04 = find(tree.organisations, 'Disdik.IKK04')!;
        expect(ikk04.achievementText).toBe('83,33%');
        expect(ikk04.category).toBe('Tinggi');
        expect(ikk04.period).toBe('2025 tw3');
    });

    it('labels categories in English when asked', () => {
        const tree = cascadeTree(model(), defaultConfig(), 'en', 2025);
        expect(find(tree.organisations, 'Disdik.IKK04')!.category).toBe('High');
    });

    it('renders the report, focused on one agency when asked', () => {
        const full = buildReport(model(), defaultConfig(), 'id', {}, workspaceFindings(ws.documents.values()));
        expect(full.year).toBe(2025);
        expect(full.quarter).toBe(3);
        expect(JSON.parse(full.json).agencies.map((a: { id: string }) => a.id)).toEqual(['KabPaserSelatan', 'Bappeda', 'Dinkes', 'Disdik']);
        expect(full.html).toMatch(/^<!DOCTYPE html>/);
        // The HTML report generator's document, the quarterly kind while 2025 runs.
        expect(full.renderer).toBe('report-html');
        expect(full.kind).toBe('quarterly');
        expect(full.html).toContain('data-indicator="Disdik.IKK04"');
        const annual = buildReport(model(), defaultConfig(), 'en', { kind: 'annual', year: 2024 }, []);
        expect([annual.kind, annual.year, annual.quarter, annual.renderer]).toEqual(['annual', 2024, null, 'report-html']);
        expect(full.html).not.toMatch(/<script/i);
        const focused = buildReport(model(), defaultConfig(), 'id', { organisation: 'Dinkes', focus: 'Dinkes.SS1', year: 2025 }, []);
        expect(JSON.parse(focused.json).agencies.map((a: { id: string }) => a.id)).toEqual(['Dinkes']);
        expect(focused.html).toContain('data-org="Dinkes"');
        expect(focused.html).not.toContain('data-org="Disdik"');
        // Findings of other agencies' files stay out of a focused report.
        const findings = workspaceFindings(ws.documents.values());
        const withNotes = buildReport(model(), defaultConfig(), 'id', { organisation: 'Bappeda' }, findings);
        expect(withNotes.html).toContain('low-absorption');
        expect(withNotes.html).not.toContain('behind-schedule');
        expect([...focusModel(model(), 'Dinkes').organisations.keys()].sort()).toEqual(['Dinkes', 'KabPaserSelatan']);
    });

    it('escapes every text of the table fallback', () => {
        const html = tableReportHtml({ year: 2025, quarter: null, agencies: [{
            id: 'X', name: '<img src=x onerror=alert(1)>', kind: 'instansi', score: 91.5, absorption: null, rank: 1, needsAssistance: false,
            indicators: [], budget: [{ id: 'X.K1', kind: 'kegiatan', pagu: 2500000000, realisation: 1200000000.5, absorption: 48 }]
        }] }, 'id');
        expect(html).not.toContain('<img');
        expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
        expect(html).toContain('91,50%');
        expect(html).toContain('Rp 2.500.000.000');
        expect(html).toContain('48,00%');
    });

    it('lists the findings for the report notes', () => {
        const findings = workspaceFindings(ws.documents.values());
        expect(findings.map(f => f.code).sort()).toEqual(['behind-schedule', 'low-absorption']);
        expect(findings[0]).toMatchObject({ line: 28, column: 5, severity: 'warning' });
    });
});

describe('editor settings', () => {
    const project = { ...defaultConfig(), thresholds: { low: 85, high: 150 } };

    it('leaves everything to the project config by default', () => {
        expect(translateSettings(undefined, project, '/ws', nodeHost)).toEqual({ overrides: {}, problems: [] });
        expect(translateSettings({ language: 'project', thresholds: { low: null, high: null }, bands: null, negativeFormula: 'project', configFile: '' }, project, '/ws', nodeHost))
            .toEqual({ overrides: {}, problems: [] });
    });

    it('overrides language, thresholds (half-set pairs keep the project value), formula and bands', () => {
        const applied = translateSettings({
            language: 'en', thresholds: { low: 80 }, negativeFormula: 'T/R',
            bands: [{ min: 90, label: 'Baik' }, { min: null, label: 'Kurang', labelEn: 'Poor' }]
        }, project, '/ws');
        expect(applied.language).toBe('en');
        expect(applied.overrides.thresholds).toEqual({ low: 80, high: 150 });
        expect(applied.overrides.negativeFormula).toBe('T/R');
        expect(applied.overrides.bands).toEqual([
            { min: 90, label: 'Baik', labelEn: undefined },
            { min: Number.NEGATIVE_INFINITY, label: 'Kurang', labelEn: 'Poor' }
        ]);
        expect(applied.problems).toEqual([]);
    });

    it('reports invalid settings instead of applying them', () => {
        const applied = translateSettings({ thresholds: { low: 300 }, bands: [{ min: 50, label: 'A' }] }, project, '/ws', nodeHost);
        expect(applied.overrides).toEqual({});
        expect(applied.problems).toHaveLength(2);
        // In the message language: the project's (Bahasa Indonesia by default), else the setting's.
        expect(applied.problems).toEqual([
            'pengaturan kinerja.* diabaikan: "thresholds.low" tidak boleh di atas "thresholds.high"',
            'pengaturan kinerja.* diabaikan: "bands" harus diakhiri kategori terendah, ditulis dengan "min": null, agar setiap capaian mendapat kategori'
        ]);
        const en = translateSettings({ language: 'en', thresholds: { low: 300 }, bands: [{ min: 50, label: 'A' }] }, project, '/ws', nodeHost);
        expect(en.problems[0]).toBe('kinerja.* setting ignored: "thresholds.low" must not be above "thresholds.high"');
        expect(en.problems[1]).toMatch(/lowest band/);
    });

    it('resolves the config file against the first workspace folder', () => {
        expect(translateSettings({ configFile: 'conf/kinerja.json' }, project, '/ws', nodeHost).configFile).toBe('/ws/conf/kinerja.json');
        expect(translateSettings({ configFile: '${workspaceFolder}/k.json' }, project, '/ws', nodeHost).configFile).toBe('/ws/k.json');
        expect(translateSettings({ configFile: '/etc/k.json' }, project, '/ws', nodeHost).configFile).toBe('/etc/k.json');
    });
});

describe('kinerja/cascadeTree on a 10 000-level cascade', () => {
    it('builds without overflowing the stack and cuts the tree at MAX_TREE_DEPTH, marking where', async () => {
        const { deepCascade } = await import('../../src/tools/fuzz/mutations.js');
        const { MAX_TREE_DEPTH } = await import('../../src/lsp/cascade-tree.js');
        for (const cyclic of [false, true]) {
            const deep = await buildWorkspace({ 'dalam.kinerja': deepCascade(10_000, cyclic) });
            const result = cascadeTree(deep.services.kinerja.WorkspaceModel.get(), defaultConfig(), 'id', 2025);
            let item: CascadeItem = result.organisations[0];
            let depth = 0;
            for (let next = item.children.find(c => c.kind !== 'indikator'); next; next = item.children.find(c => c.kind !== 'indikator')) {
                item = next;
                depth++;
            }
            expect(depth).toBe(MAX_TREE_DEPTH);
            expect(item.truncated).toBe(true);
            expect(() => JSON.stringify(result)).not.toThrow();
        }
    }, 120_000);
});
