/**
 * `kinerja check --format sarif`: the log validates against the SARIF 2.1.0 schema, has
 * one rule per finding code with a help link, and results with 1-based regions relative
 * to %SRCROOT% and related locations.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliFinding } from '../../src/cli/check.js';
import { helpUri, relativeUri, sarifLog } from '../../src/cli/sarif.js';
import { repositoryUrl } from '../../src/cli/package-info.js';
import { FINDING_DEFAULTS } from '../../src/validation/findings/index.js';
import { loadFixture, writeFixture } from './fixture.js';

const ROOT = resolve(__dirname, '../..');
/** package.json's repository as an https URL: the finding pages' address without KINERJA_DOCS_URL. */
const REPOSITORY = repositoryUrl(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).repository)!;

/**
 * The schema shipped with @microsoft/jest-sarif is written for draft-04 (`id`, not `$id`);
 * it uses no keyword whose meaning changed since, so Ajv's draft-07 validator checks it
 * once the id is renamed.
 */
function sarifValidator() {
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const text = JSON.stringify(schema);
    expect(text).not.toMatch(/"exclusiveM(in|ax)imum":\s*(true|false)/);
    schema.$id = schema.id;
    delete schema.id;
    delete schema.$schema;
    // Its `language` pattern has a stray `]`, fine for ECMAScript regexps without the u flag.
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    return ajv.compile(schema);
}

let dir: string;
let findings: CliFinding[];
const validate = sarifValidator();

beforeAll(async () => {
    dir = writeFixture({ 'sub folder/extra file.kinerja': 'pemda Lain "Lain" { periode 2021 - 2026 sasaran X "x" { indikator Ind "i" { satuan persen target 2025 19.29 } } }\n' });
    ({ findings } = await loadFixture(dir));
});

describe('SARIF log', () => {
    it('validates against the SARIF 2.1.0 schema', () => {
        const log = sarifLog(findings, { lang: 'en', cwd: join(dir, 'ws'), env: {} });
        const ok = validate(log);
        expect(validate.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
        expect(log.version).toBe('2.1.0');
    });

    it('names the tool and its version from package.json, with every finding code as a rule', () => {
        const log = sarifLog([], { lang: 'en', env: {} });
        const driver = log.runs[0].tool.driver;
        expect(driver.name).toBe('kinerja');
        expect(driver.version).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
        expect(driver.rules.map(r => r.id)).toEqual(Object.keys(FINDING_DEFAULTS));
        for (const rule of driver.rules) {
            expect(rule.shortDescription.text.length).toBeGreaterThan(5);
            // Without KINERJA_DOCS_URL: the page in package.json's repository (docs/ci.md), never
            // a folder of the machine that ran the check; the page travels in the log too.
            expect(rule.helpUri).toBe(`${REPOSITORY}/blob/main/docs/findings/${rule.id}.md`);
            expect(rule.help, `${rule.id}: no help, so no page docs/findings/${rule.id}.md (docs/architecture.md, "Add a finding")`).toBeDefined();
            expect(rule.help!.markdown).toMatch(new RegExp(`^# ${rule.id}\n`));
            expect(rule.help!.markdown).not.toMatch(/\]\([^)]*\.md/);
            expect(rule.help!.text).not.toMatch(/^#/m);
        }
        const byId = Object.fromEntries(driver.rules.map(r => [r.id, r]));
        expect(byId['number-format'].defaultConfiguration.level).toBe('error');
        expect(byId['low-achievement'].defaultConfiguration.level).toBe('warning');
        expect(byId['pk-unsigned'].defaultConfiguration.level).toBe('note');
        // Off by default: a disabled rule (SARIF reportingConfiguration.enabled).
        expect(byId['evidence-missing'].defaultConfiguration).toEqual({ enabled: false, level: 'warning' });
        expect(validate(log)).toBe(true);
    });

    it('writes results with rule, level, message, a relative %SRCROOT% location and a 1-based region', () => {
        const log = sarifLog(findings, { lang: 'id', cwd: dir, env: {} });
        const run = log.runs[0];
        const ambiguous = run.results.find(r => r.ruleId === 'number-format')!;
        expect(ambiguous.level).toBe('error');
        expect(ambiguous.message.text).toContain("'19.29'");
        const location = ambiguous.locations[0].physicalLocation;
        expect(location.artifactLocation).toEqual({ uri: 'ws/sub%20folder/extra%20file.kinerja', uriBaseId: '%SRCROOT%' });
        const line = 'pemda Lain "Lain" { periode 2021 - 2026 sasaran X "x" { indikator Ind "i" { satuan persen target 2025 19.29 } } }';
        expect(location.region).toEqual({ startLine: 1, startColumn: line.indexOf('19.29') + 1, endLine: 1, endColumn: line.indexOf('19.29') + 6 });
        expect(run.results[ambiguous.ruleIndex] && run.tool.driver.rules[ambiguous.ruleIndex].id).toBe('number-format');
        expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/\/.*\/$/);
        const info = run.results.find(r => r.ruleId === 'pk-unsigned')!;
        expect(info.level).toBe('note');
    });

    it('turns related information into relatedLocations', () => {
        const log = sarifLog(findings, { lang: 'id', cwd: dir, env: {} });
        const duplicates = log.runs[0].results.filter(r => r.ruleId === 'duplicate-period');
        expect(duplicates).toHaveLength(2);
        const first = duplicates[0];
        expect(first.relatedLocations).toHaveLength(1);
        expect(first.relatedLocations![0]).toMatchObject({
            id: 0,
            physicalLocation: { artifactLocation: { uri: 'ws/dinsos.kinerja', uriBaseId: '%SRCROOT%' }, region: { startLine: 27 } },
            message: { text: 'Realisasi' }
        });
    });

    it('describes rules in the message language', () => {
        const id = sarifLog([], { lang: 'id', env: {} }).runs[0].tool.driver.rules.find(r => r.id === 'pk-unsigned')!;
        const en = sarifLog([], { lang: 'en', env: {} }).runs[0].tool.driver.rules.find(r => r.id === 'pk-unsigned')!;
        expect(id.shortDescription.text).toBe('Perjanjian kinerja belum ditandatangani');
        expect(en.shortDescription.text).toBe('A performance agreement without a signing date');
    });
});

describe('help links', () => {
    it('use KINERJA_DOCS_URL when set, with or without a trailing slash', () => {
        expect(helpUri('pk-missing', { KINERJA_DOCS_URL: 'https://docs.example.org/kinerja/findings/' })).toBe('https://docs.example.org/kinerja/findings/pk-missing.md');
        expect(helpUri('pk-missing', { KINERJA_DOCS_URL: 'https://docs.example.org/f' })).toBe('https://docs.example.org/f/pk-missing.md');
    });

    it('reject a KINERJA_DOCS_URL that is not an absolute URL', () => {
        expect(() => helpUri('pk-missing', { KINERJA_DOCS_URL: 'docs/findings' }, 'en')).toThrow(/KINERJA_DOCS_URL must be an absolute URL/);
    });

    it('point into package.json\'s repository without KINERJA_DOCS_URL, never to a file: URL of this machine', () => {
        expect(helpUri('number-format', {})).toBe(`${REPOSITORY}/blob/main/docs/findings/number-format.md`);
        const log = sarifLog([], { lang: 'id', env: {} });
        expect(JSON.stringify(log.runs[0].tool)).not.toContain('file:/');
    });

    it('make the page\'s links absolute under KINERJA_DOCS_URL in the rule\'s help', () => {
        const log = sarifLog([], { lang: 'en', env: { KINERJA_DOCS_URL: 'https://docs.example.org/kinerja/findings' } });
        const rule = log.runs[0].tool.driver.rules.find(r => r.id === 'pk-unsigned')!;
        expect(rule.helpUri).toBe('https://docs.example.org/kinerja/findings/pk-unsigned.md');
        expect(rule.help!.markdown).toContain('[`pk-missing`](https://docs.example.org/kinerja/findings/pk-missing.md)');
        expect(rule.help!.markdown).toContain('(see\nconfiguration.md)');
    });

    it('normalise package.json repository forms', () => {
        expect(repositoryUrl({ type: 'git', url: 'git+https://github.com/org/repo.git' })).toBe('https://github.com/org/repo');
        expect(repositoryUrl('github:org/repo')).toBe('https://github.com/org/repo');
        expect(repositoryUrl('org/repo')).toBe('https://github.com/org/repo');
        expect(repositoryUrl('gitlab:org/repo')).toBe('https://gitlab.com/org/repo');
        expect(repositoryUrl('git@github.com:org/repo.git')).toBe('https://github.com/org/repo');
        expect(repositoryUrl(undefined)).toBeUndefined();
    });

    it('encode relative paths as URI references', () => {
        expect(relativeUri('a b/c#d.kinerja')).toBe('a%20b/c%23d.kinerja');
        expect(relativeUri('../up/x.kinerja')).toBe('../up/x.kinerja');
    });
});
