/**
 * docs/config.schema.json, the JSON schema of kinerja.config.json that the extension
 * contributes (package.json jsonValidation) and docs/configuration.md publishes: every
 * config in the repository passes it, wrong ones fail it, and it agrees with the loader
 * (src/engine/config.ts) on the keys, the finding codes, the defaults and the verdicts.
 */
import Ajv from 'ajv';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFIG_KEYS, ConfigError, defaultConfig, resolveConfig } from '../src/engine/config.js';
import { FINDINGS } from '../src/validation/findings/index.js';
import { initWorkspace } from '../src/cli/init.js';
import { withSeverityCodes } from '../src/tools/findings-index.js';

const root = join(__dirname, '..');
const schema = JSON.parse(readFileSync(join(root, 'docs/config.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true });
// VS Code's own keywords for hovers and completion (not validation).
ajv.addVocabulary(['markdownDescription', 'markdownEnumDescriptions']);
const validate = ajv.compile(schema);
const codes = FINDINGS.map(f => f.code);

function schemaAccepts(config: unknown): boolean {
    return validate(config) === true;
}

function loaderAccepts(config: unknown): boolean {
    try {
        resolveConfig(config, '/proj/kinerja.config.json', undefined, { codes });
        return true;
    } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        return false;
    }
}

/** Every kinerja.config.json under a folder (node_modules and build output left out). */
function configsUnder(folder: string): string[] {
    if (!existsSync(folder)) return [];
    const found: string[] = [];
    for (const name of readdirSync(folder)) {
        if (name === 'node_modules' || name.startsWith('.')) continue;
        const path = join(folder, name);
        if (statSync(path).isDirectory()) found.push(...configsUnder(path));
        else if (name === 'kinerja.config.json') found.push(path);
    }
    return found;
}

const scratch = mkdtempSync(join(tmpdir(), 'kinerja-schema-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('docs/config.schema.json', () => {
    it('names exactly the keys the loader accepts, at the top, in thresholds and in a band', () => {
        expect(Object.keys(schema.properties).filter(k => k !== '$schema').sort()).toEqual([...CONFIG_KEYS.top].sort());
        expect(Object.keys(schema.properties.thresholds.properties).sort()).toEqual([...CONFIG_KEYS.thresholds].sort());
        expect(Object.keys(schema.properties.bands.items.properties).sort()).toEqual([...CONFIG_KEYS.band].sort());
        expect(schema.additionalProperties).toBe(false);
        expect(schema.properties.thresholds.additionalProperties).toBe(false);
        expect(schema.properties.bands.items.additionalProperties).toBe(false);
    });

    it('lists every finding code for severity, as `npm run docs:findings` writes them', () => {
        expect([...schema.properties.severity.propertyNames.enum].sort()).toEqual([...codes].sort());
        expect(readFileSync(join(root, 'docs/config.schema.json'), 'utf8'), 'docs/config.schema.json is stale: run npm run build && npm run docs:findings')
            .toBe(withSeverityCodes(readFileSync(join(root, 'docs/config.schema.json'), 'utf8')));
        expect(schema.properties.severity.additionalProperties.enum).toEqual(['error', 'warning', 'info', 'hint', 'off']);
    });

    it('gives the loader\'s defaults', () => {
        const d = defaultConfig();
        expect(schema.properties.thresholds.properties.low.default).toBe(d.thresholds.low);
        expect(schema.properties.thresholds.properties.high.default).toBe(d.thresholds.high);
        expect(schema.properties.negativeFormula.default).toBe(d.negativeFormula);
        expect(schema.properties.absorptionCurve.default).toEqual(d.absorptionCurve);
        expect(schema.properties.language.default).toBe(d.language);
        expect(schema.properties.rankingLowest.default).toBe(d.rankingLowest);
        expect(schema.properties.averageCap.default).toBe(d.averageCap);
    });

    it('describes every property in English and in Bahasa Indonesia', () => {
        const walk = (node: Record<string, unknown>, path: string) => {
            const props = (node.properties ?? {}) as Record<string, Record<string, unknown>>;
            for (const [key, prop] of Object.entries(props)) {
                expect(typeof prop.description, `${path}${key}.description`).toBe('string');
                expect(prop.markdownDescription, `${path}${key}.markdownDescription`).toMatch(/\n\n\*English:\* /);
                walk(prop, `${path}${key}.`);
                if (prop.items) walk(prop.items as Record<string, unknown>, `${path}${key}[].`);
            }
        };
        walk(schema, '');
    });

    it('accepts every kinerja.config.json of the repository and the shared spec, the one kinerja init writes, and the example of docs/configuration.md', () => {
        const files = [
            ...configsUnder(join(root, 'examples')),
            ...configsUnder(join(root, 'test')),
            ...configsUnder(join(root, '../shared/spec/examples')),
            ...configsUnder('/work/wt/shared/spec/examples')
        ];
        initWorkspace(scratch, { pemda: ['KabUji', 'Kabupaten Uji'] }, 'id', 2026);
        files.push(join(scratch, 'kinerja.config.json'));
        for (const file of files) {
            const config = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
            expect(schemaAccepts(config), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
            expect(loaderAccepts(config), file).toBe(true);
        }
        const doc = readFileSync(join(root, 'docs/configuration.md'), 'utf8');
        const example = /## Schema[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)?.[1];
        expect(example).toBeDefined();
        expect(schemaAccepts(JSON.parse(example!)), ajv.errorsText(validate.errors)).toBe(true);
        expect(loaderAccepts(JSON.parse(example!))).toBe(true);
    });

    // Each: the schema's verdict, which is the loader's too.
    const cases: Array<[string, unknown, boolean]> = [
        ['empty', {}, true],
        ['$schema at the top', { $schema: './docs/config.schema.json' }, true],
        ['everything', {
            thresholds: { low: 80, high: 150 }, negativeFormula: 'T/R', absorptionCurve: [10, 30, 60, 95],
            severity: { 'pk-unsigned': 'off', 'evidence-missing': 'warning' }, language: 'en', rankingLowest: 0, averageCap: 120
        }, true],
        ['bands in any order (the loader sorts them)', { bands: [{ min: null, label: 'D' }, { min: 50, label: 'C' }, { min: 90.5, label: 'A', labelEn: 'A' }, { min: 70, label: 'B' }] }, true],
        ['a lowest band without min', { bands: [{ min: 90, label: 'A' }, { label: 'B' }] }, true],
        ['averageCap null', { averageCap: null }, true],
        ['unknown key at the top', { tresholds: { low: 80 } }, false],
        ['$schema inside thresholds', { thresholds: { $schema: 'x' } }, false],
        ['unknown key in thresholds', { thresholds: { hgih: 150 } }, false],
        ['unknown key in a band', { bands: [{ min: null, lable: 'A' }] }, false],
        ['thresholds not an object', { thresholds: 90 }, false],
        ['threshold a string', { thresholds: { low: '90' } }, false],
        ['bands empty', { bands: [] }, false],
        ['bands without a lowest band', { bands: [{ min: 90, label: 'A' }, { min: 50, label: 'B' }] }, false],
        ['band without label', { bands: [{ min: null }] }, false],
        ['band min a string', { bands: [{ min: '50', label: 'A' }, { label: 'B' }] }, false],
        ['negativeFormula unknown', { negativeFormula: '2T - R' }, false],
        ['absorptionCurve of three', { absorptionCurve: [15, 40, 65] }, false],
        ['absorptionCurve with a string', { absorptionCurve: [15, 40, 65, '90'] }, false],
        ['unknown finding code', { severity: { 'pk-unsinged': 'off' } }, false],
        ['unknown severity', { severity: { 'pk-unsigned': 'warn' } }, false],
        ['severity not an object', { severity: ['pk-unsigned'] }, false],
        ['language unknown', { language: 'jv' }, false],
        ['rankingLowest a fraction', { rankingLowest: 1.5 }, false],
        ['rankingLowest negative', { rankingLowest: -1 }, false],
        ['averageCap 0', { averageCap: 0 }, false],
        ['averageCap over 1 000 000', { averageCap: 1000001 }, false],
        ['not an object', [], false]
    ];
    it.each(cases)('%s: the schema and the loader agree', (_name, config, valid) => {
        expect(schemaAccepts(config), ajv.errorsText(validate.errors)).toBe(valid);
        expect(loaderAccepts(config)).toBe(valid);
    });

    it('differs from the loader only where JSON schema cannot say it, or where the loader is lenient', () => {
        // low ≤ high compares two values: the loader refuses it, the schema says it in words.
        expect(schemaAccepts({ thresholds: { low: 150, high: 100 } })).toBe(true);
        expect(loaderAccepts({ thresholds: { low: 150, high: 100 } })).toBe(false);
        expect(schema.properties.thresholds.description).toMatch(/low ≤ high/);
        // A non-text English label: the loader ignores it (the Indonesian label is used), the editor warns.
        expect(schemaAccepts({ bands: [{ min: null, label: 'A', labelEn: 5 }] })).toBe(false);
        expect(loaderAccepts({ bands: [{ min: null, label: 'A', labelEn: 5 }] })).toBe(true);
    });
});

describe('the schema in the extension', () => {
    it('is contributed for kinerja.config.json and shipped in the .vsix', () => {
        const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
        expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: 'kinerja.config.json', url: './docs/config.schema.json' }]);
        expect(readFileSync(join(root, '.vscodeignore'), 'utf8')).toMatch(/^!docs\/config\.schema\.json$/m);
    });
});
