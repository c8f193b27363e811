/**
 * How the performance tree shows things, without the vscode API (unit-tested): the
 * codicon per kind of node, the contributed colour per achievement category band, and
 * each item's label, figures and tooltip.
 */
import { defineCatalogue, fixed, type KeyOf, type Language, type Params } from '../common/catalogue.js';
import type { CascadeItem } from '../lsp/protocol.js';

export const KIND_ICON: Record<CascadeItem['kind'], string> = {
    pemda: 'home',
    instansi: 'organization',
    tujuan: 'milestone',
    sasaran: 'target',
    program: 'package',
    kegiatan: 'tasklist',
    subkegiatan: 'list-unordered',
    rhk: 'person',
    indikator: 'graph-line'
};

/** The codicon of an item: its kind's, a star for a key indicator (IKU). */
export function iconOf(item: CascadeItem): string {
    return item.kind === 'indikator' && item.key ? 'star-full' : KIND_ICON[item.kind] ?? 'circle-filled';
}

/** Colour ids contributed in package.json, highest band first. */
export const CATEGORY_COLORS = [
    'kinerja.category.veryHigh',
    'kinerja.category.high',
    'kinerja.category.medium',
    'kinerja.category.low',
    'kinerja.category.veryLow'
] as const;
export const NO_CATEGORY_COLOR = 'kinerja.category.none';

/** The colour of band `band` out of `bands` (the config may define more or fewer than five). */
export function categoryColor(band: number | undefined, bands: number | undefined): string {
    if (band === undefined || band < 0) return NO_CATEGORY_COLOR;
    const n = bands ?? CATEGORY_COLORS.length;
    const index = n <= 1 ? 0 : Math.round((band * (CATEGORY_COLORS.length - 1)) / (n - 1));
    return CATEGORY_COLORS[Math.min(Math.max(index, 0), CATEGORY_COLORS.length - 1)];
}

/**
 * The texts of the tree, in the language of the tree's figures (the `kinerja.language`
 * setting, as the server applies it), so that a tooltip never mixes English words with
 * Indonesian category labels.
 */
const TREE_TEXTS = defineCatalogue({
    pemda: fixed('pemerintah daerah', 'regional government'),
    instansi: fixed('perangkat daerah', 'agency'),
    tujuan: fixed('tujuan', 'goal (tujuan)'),
    sasaran: fixed('sasaran', 'objective (sasaran)'),
    program: fixed('program', 'programme'),
    kegiatan: fixed('kegiatan', 'activity (kegiatan)'),
    subkegiatan: fixed('subkegiatan', 'sub-activity (subkegiatan)'),
    rhk: fixed('rencana hasil kerja (RHK)', 'work result plan (RHK)'),
    indikator: fixed('indikator', 'indicator'),
    owner: fixed('Pemilik', 'Owner'),
    supports: fixed('Mendukung (di luar perangkat daerah ini)', 'Supports (outside this agency)'),
    key: fixed('indikator kinerja utama (IKU)', 'key performance indicator (IKU)'),
    'key.short': fixed('IKU', 'IKU'),
    crosscutting: fixed('Lintas perangkat daerah (crosscutting) dengan', 'Crosscutting with'),
    'crosscutting.short': fixed('lintas', 'crosscutting'),
    'achievement.indikator': fixed('Capaian', 'Achievement'),
    'achievement.instansi': fixed('Nilai perangkat daerah (rata-rata capaian indikator eselon II)', 'Agency score (mean achievement of echelon II indicators)'),
    'achievement.node': fixed('Rata-rata capaian indikatornya', 'Mean achievement of its indicators'),
    'not-computable': fixed('Capaian belum dapat dihitung (belum ada target atau realisasi)', 'Achievement not computable yet (no target or realisation)'),
    truncated: {
        id: p => `Pohon dipotong di sini: cascading lebih dalam dari ${p.depth} tingkat (periksa temuan cascade-cycle).`,
        en: p => `The tree is cut here: the cascade goes deeper than ${p.depth} levels (see the cascade-cycle findings).`
    },
    'truncated.short': fixed('dipotong', 'cut')
});

/** What a tree item shows, apart from the vscode objects made of it. */
export interface TreeItemView {
    /** The name and the title, so that the title is what the view shows first. */
    label: string;
    /** The figures: achievement, category, and whether the tree is cut below. */
    description: string;
    /** Markdown. */
    tooltip: string;
    /** For screen readers. */
    accessibility: string;
}

/** A code span of text that holds no backticks (ids), with nothing escaped inside. */
function code(text: string): string {
    return `\`${text.replace(/`/g, '')}\``;
}

/** Escapes what makes markdown (or HTML) in running text; every line starts with a word of ours. */
function escapeMd(text: string): string {
    return text.replace(/[\\`*_[\]<>|~#]/g, '\\$&');
}

export function treeItemView(item: CascadeItem, language: Language, maxDepth: number): TreeItemView {
    const t = (key: KeyOf<typeof TREE_TEXTS>, params?: Params) => TREE_TEXTS(language, key, params);
    const kind = t(item.kind);
    const label = item.title && item.kind !== 'pemda' && item.kind !== 'instansi' ? `${item.name} ${item.title}` : item.title ? `${item.name} · ${item.title}` : item.name;
    const figures = [item.key ? t('key.short') : undefined, item.achievementText, item.category].filter(Boolean).join(' · ');
    const crosscutting = item.crosscutting?.length ? `⇄ ${t('crosscutting.short')} ${item.crosscutting.length}` : undefined;
    const description = [figures, crosscutting, item.truncated ? `⋯ ${t('truncated.short')}` : undefined].filter(Boolean).join('  ');
    const lines = [`**${escapeMd(item.title ?? item.name)}**`, `${escapeMd(item.key ? t('key') : kind)} ${code(item.id)}`];
    if (item.owner) lines.push(`${escapeMd(t('owner'))}: ${escapeMd(item.owner.title ?? item.owner.id)} (${code(item.owner.id)})`);
    if (item.supportsOutside?.length) lines.push(`${escapeMd(t('supports'))}: ${item.supportsOutside.map(code).join(', ')}`);
    if (item.crosscutting?.length) lines.push(`${escapeMd(t('crosscutting'))}: ${item.crosscutting.map(code).join(', ')}`);
    // Two spaces before a line break: one paragraph, one line each.
    let tooltip = lines.join('  \n');
    if (item.achievementText) {
        const what = item.kind === 'indikator' ? t('achievement.indikator') : item.kind === 'instansi' ? t('achievement.instansi') : t('achievement.node');
        tooltip += `\n\n${escapeMd(what)} ${escapeMd(item.period ?? '')}: **${escapeMd(item.achievementText)}** — ${escapeMd(item.category ?? '')}`;
    } else if (item.kind !== 'pemda') {
        tooltip += `\n\n${escapeMd(t('not-computable'))}`;
    }
    if (item.truncated) tooltip += `\n\n${escapeMd(t('truncated', { depth: maxDepth }))}`;
    return {
        label, description, tooltip,
        accessibility: [item.key ? t('key') : kind, item.name, item.title, figures, crosscutting ? `${t('crosscutting')} ${item.crosscutting!.join(', ')}` : undefined, item.truncated ? t('truncated.short') : undefined].filter(Boolean).join(', ')
    };
}
