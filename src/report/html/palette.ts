/**
 * Category colours. Five default bands from deep green (Sangat Tinggi) to red (Sangat
 * Rendah); a config with another number of bands is spread over the same scale. Each
 * colour has a strong tone (bars, stripes, chips) and a light tint (cell backgrounds,
 * tree nodes), both readable in print.
 */
import type { CategoryRef } from '../kinds/common.js';

interface Tone { strong: string; tint: string; text: string }

const SCALE: Tone[] = [
    { strong: '#1e7b45', tint: '#dcefe2', text: '#ffffff' },   // Sangat Tinggi
    { strong: '#5fa84f', tint: '#e7f3df', text: '#ffffff' },   // Tinggi
    { strong: '#e4b320', tint: '#fbf1d0', text: '#3a2c00' },   // Sedang
    { strong: '#e07b28', tint: '#fbe5d3', text: '#ffffff' },   // Rendah
    { strong: '#c0392b', tint: '#f7dcd9', text: '#ffffff' }    // Sangat Rendah
];

export const NONE: Tone = { strong: '#98a2ae', tint: '#eef0f3', text: '#ffffff' };

export const ACCENT = '#1f4e79';
export const ACCENT_LIGHT = '#8fb3d9';
export const EXPECTED = '#7a8795';

export function toneOf(category: CategoryRef | null | undefined, bandCount: number): Tone {
    if (!category) return NONE;
    const position = bandCount <= 1 ? 0 : Math.round(category.index * (SCALE.length - 1) / (bandCount - 1));
    return SCALE[Math.min(Math.max(position, 0), SCALE.length - 1)];
}

/** Distinct colours for series (one line per agency), away from the category greens and reds. */
export const SERIES = ['#1f4e79', '#8e44ad', '#138d90', '#b9770e', '#34495e', '#c2185b', '#6d8299', '#4a235a', '#7e5109', '#0b5345'];
