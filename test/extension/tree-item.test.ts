/**
 * What an item of the Pohon Kinerja view shows (src/extension/presentation.ts
 * treeItemView): the title first, the figures beside it, a tooltip in one language with
 * ids as they are written, and a mark where the tree is cut.
 */
import { describe, expect, it } from 'vitest';
import { iconOf, treeItemView } from '../../src/extension/presentation.js';
import type { CascadeItem } from '../../src/lsp/protocol.js';

const indicator: CascadeItem = {
    id: 'Dinsos.IKU2', kind: 'indikator', name: 'IKU2', title: 'Persentase penyandang masalah kesejahteraan sosial yang tertangani',
    owner: { id: 'Dinsos.Kadis', title: 'Kepala Dinas Sosial' }, supportsOutside: ['KabKutim.SD1.IKD'],
    achievement: 94.67, achievementText: '94,67%', category: 'Sangat Tinggi', band: 0, bands: 5, period: '2025 tw3', children: []
};

describe('a tree item', () => {
    it('shows the name and the whole title as its label, the figures as its description', () => {
        const view = treeItemView(indicator, 'id', 100);
        expect(view.label).toBe('IKU2 Persentase penyandang masalah kesejahteraan sosial yang tertangani');
        expect(view.description).toBe('94,67% · Sangat Tinggi');
        expect(treeItemView({ ...indicator, kind: 'instansi', id: 'Dinsos', name: 'Dinsos', title: 'Dinas Sosial' }, 'id', 100).label).toBe('Dinsos · Dinas Sosial');
    });

    it('has a tooltip in Bahasa Indonesia only, with ids as written', () => {
        const { tooltip } = treeItemView(indicator, 'id', 100);
        expect(tooltip).toContain('`Dinsos.IKU2`');
        expect(tooltip).toContain('`Dinsos.Kadis`');
        expect(tooltip).toContain('`KabKutim.SD1.IKD`');
        expect(tooltip).not.toMatch(/\\\./);
        expect(tooltip).toBe([
            '**Persentase penyandang masalah kesejahteraan sosial yang tertangani**  ',
            'indikator `Dinsos.IKU2`  ',
            'Pemilik: Kepala Dinas Sosial (`Dinsos.Kadis`)  ',
            'Mendukung (di luar perangkat daerah ini): `KabKutim.SD1.IKD`',
            '',
            'Capaian 2025 tw3: **94,67%** — Sangat Tinggi'
        ].join('\n'));
        for (const english of ['Owner', 'Achievement', 'Supports', 'agency', 'indicator', 'Mean']) expect(tooltip).not.toContain(english);
    });

    it('in English, has an English tooltip', () => {
        const { tooltip } = treeItemView(indicator, 'en', 100);
        expect(tooltip).toContain('indicator `Dinsos.IKU2`');
        expect(tooltip).toContain('Owner: Kepala Dinas Sosial');
        expect(tooltip).not.toContain('Pemilik');
    });

    it('marks where the tree is cut', () => {
        const view = treeItemView({ ...indicator, kind: 'program', truncated: true }, 'id', 100);
        expect(view.description).toBe('94,67% · Sangat Tinggi  ⋯ dipotong');
        expect(view.tooltip).toContain('Pohon dipotong di sini: cascading lebih dalam dari 100 tingkat (periksa temuan cascade-cycle).');
        expect(view.accessibility).toContain('dipotong');
    });
});

describe('a tree item of a real year', () => {
    it('marks a key indicator (IKU) by its icon, its description and its tooltip', () => {
        const iku: CascadeItem = { ...indicator, key: true, supportsOutside: undefined, owner: undefined };
        expect(iconOf(iku)).toBe('star-full');
        expect(iconOf(indicator)).toBe('graph-line');
        const view = treeItemView(iku, 'id', 100);
        expect(view.description).toBe('IKU · 94,67% · Sangat Tinggi');
        expect(view.tooltip.split('\n')[1]).toBe('indikator kinerja utama (IKU) `Dinsos.IKU2`');
        expect(view.accessibility).toContain('indikator kinerja utama (IKU)');
        expect(treeItemView(iku, 'en', 100).tooltip).toContain('key performance indicator (IKU) `Dinsos.IKU2`');
    });

    it('shows a node\'s crosscutting links', () => {
        const node: CascadeItem = {
            id: 'Dinkes.P02', kind: 'program', name: 'P02', title: 'Program kesehatan', crosscutting: ['Dinsos.P01', 'Bappeda.P03'],
            achievement: null, children: []
        };
        const view = treeItemView(node, 'id', 100);
        expect(view.description).toBe('⇄ lintas 2');
        expect(view.tooltip).toContain('Lintas perangkat daerah (crosscutting) dengan: `Dinsos.P01`, `Bappeda.P03`');
        expect(view.accessibility).toContain('Lintas perangkat daerah (crosscutting) dengan Dinsos.P01, Bappeda.P03');
        expect(treeItemView(node, 'en', 100).description).toBe('⇄ crosscutting 2');
    });
});
