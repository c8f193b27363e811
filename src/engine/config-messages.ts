/**
 * What a config file may hold, said when it holds something else (ConfigError), in
 * Bahasa Indonesia (default) and English. Each text names the key and what is expected;
 * an unknown key or finding code comes with the closest known one. Why a config file
 * cannot be read at all is said by src/workspace/messages.ts.
 */
import { defineCatalogue, type KeyOf } from '../common/catalogue.js';

const LEVELS_ID = '"error", "warning", "info", "hint" atau "off"';
const LEVELS_EN = '"error", "warning", "info", "hint" or "off"';

export const configMessage = defineCatalogue({
    'not-object': {
        id: () => 'berkas harus berisi satu objek JSON, mis. { "thresholds": { "low": 90, "high": 200 } }',
        en: () => 'the file must contain a JSON object, e.g. { "thresholds": { "low": 90, "high": 200 } }'
    },
    'unknown-key': {
        id: p => `kunci "${p.key}" tidak dikenal; maksudnya "${p.suggestion}"? Kunci yang dikenal${p.where ? ` di dalam "${p.where}"` : ''}: ${p.known}`,
        en: p => `unknown key "${p.key}"; did you mean "${p.suggestion}"? Known keys${p.where ? ` inside "${p.where}"` : ''}: ${p.known}`
    },
    'unknown-code': {
        id: p => `"${p.key}": kode temuan "${p.code}" tidak dikenal; maksudnya "${p.suggestion}"? Semua kode tercantum di docs/findings.md`,
        en: p => `"${p.key}": unknown finding code "${p.code}"; did you mean "${p.suggestion}"? Every code is listed in docs/findings.md`
    },
    'thresholds-object': {
        id: () => '"thresholds" harus berupa objek seperti { "low": 90, "high": 200 }',
        en: () => '"thresholds" must be an object like { "low": 90, "high": 200 }'
    },
    'threshold-number': {
        id: p => `"${p.key}" harus berupa angka (persen)`,
        en: p => `"${p.key}" must be a number (percent)`
    },
    'thresholds-order': {
        id: () => '"thresholds.low" tidak boleh di atas "thresholds.high"',
        en: () => '"thresholds.low" must not be above "thresholds.high"'
    },
    'bands-array': {
        id: () => '"bands" harus berupa daftar (array) yang tidak kosong berisi { "min": angka, "label": teks }',
        en: () => '"bands" must be a non-empty array of { "min": number, "label": string }'
    },
    'band-shape': {
        id: p => `"bands[${p.index}]" harus berupa { "min": angka, "label": teks } (min null atau tidak ditulis untuk kategori terendah)`,
        en: p => `"bands[${p.index}]" must be { "min": number, "label": string } (min null or absent for the lowest band)`
    },
    'bands-lowest': {
        id: () => '"bands" harus diakhiri kategori terendah, ditulis dengan "min": null, agar setiap capaian mendapat kategori',
        en: () => '"bands" must end with the lowest band, written with "min": null, so every achievement has a category'
    },
    'negative-formula': {
        id: () => '"negativeFormula" harus "2T-R" atau "T/R"',
        en: () => '"negativeFormula" must be "2T-R" or "T/R"'
    },
    'absorption-curve': {
        id: () => '"absorptionCurve" harus berupa empat angka, serapan kumulatif yang diharapkan dalam persen pada tw1..tw4, mis. [15, 40, 65, 90]',
        en: () => '"absorptionCurve" must be four numbers, the expected cumulative absorption in percent at tw1..tw4, e.g. [15, 40, 65, 90]'
    },
    'severity-object': {
        id: () => `"severity" harus memetakan kode temuan ke ${LEVELS_ID}`,
        en: () => `"severity" must map finding codes to ${LEVELS_EN}`
    },
    'severity-level': {
        id: p => `"${p.key}" harus ${LEVELS_ID}`,
        en: p => `"${p.key}" must be ${LEVELS_EN}`
    },
    'language': {
        id: () => '"language" harus "id" atau "en"',
        en: () => '"language" must be "id" or "en"'
    },
    'ranking-lowest': {
        id: () => '"rankingLowest" harus bilangan bulat ≥ 0',
        en: () => '"rankingLowest" must be a whole number ≥ 0'
    },
    'average-cap': {
        id: () => '"averageCap" harus angka antara 0 dan 1.000.000 (persen, misalnya 120) atau null untuk tanpa batas',
        en: () => '"averageCap" must be a number between 0 and 1,000,000 (percent, e.g. 120) or null for no cap'
    }
});

export type ConfigMessageKey = KeyOf<typeof configMessage>;
