/**
 * The findings' records (src/validation/findings/): one per code, each with its page in
 * docs/findings/, the docs index made from them, and every check registered where
 * Langium's validator runs it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { createKinerjaServices } from '../../src/lsp/kinerja-module.js';
import { INDEX_FILE, withIndex } from '../../src/tools/findings-index.js';
import { FAMILIES, FINDINGS } from '../../src/validation/findings/index.js';
import { ROOT } from '../cli-run.js';
import { EmptyFileSystemOnNode } from '../../src/validation/node-host.js';

const PAGES = join(ROOT, 'docs', 'findings');

describe('the findings records', () => {
    it('give each code once, in the kebab-case the config and SARIF use, with titles in both languages', () => {
        const codes = FINDINGS.map(f => f.code);
        expect(new Set(codes).size).toBe(codes.length);
        for (const f of FINDINGS) {
            expect(f.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
            // 'off': a finding a project switches on (evidence-missing, real-year.md).
            expect(['error', 'warning', 'info', 'hint', 'off']).toContain(f.severity);
            expect(f.title.id.length, f.code).toBeGreaterThan(5);
            expect(f.title.en.length, f.code).toBeGreaterThan(5);
            expect(f.messages.keys.length, f.code).toBeGreaterThan(0);
        }
    });

    it('each have a page in docs/findings/ that states the default severity and the family module, and no page is left without a code', () => {
        const pages = readdirSync(PAGES).filter(f => f.endsWith('.md')).map(f => f.replace(/\.md$/, ''));
        expect(pages.sort()).toEqual(FINDINGS.map(f => f.code).sort());
        for (const family of FAMILIES) {
            expect(existsSync(join(ROOT, 'src', 'validation', 'findings', `${family.name}.ts`)), family.name).toBe(true);
            for (const f of family.findings) {
                const page = readFileSync(join(PAGES, `${f.code}.md`), 'utf8');
                expect(page.split('\n')[0], f.code).toBe(`# ${f.code}`);
                expect(page, f.code).toContain(`| Default severity | **${f.severity}** |`);
                expect(page, f.code).toContain(`| Family | ${family.name} (\`src/validation/findings/${family.name}.ts\``);
            }
        }
    });

    it('make the index of docs/findings.md (npm run docs:findings writes it)', () => {
        const file = readFileSync(INDEX_FILE, 'utf8');
        expect(file, 'docs/findings.md is not current: run npm run docs:findings').toBe(withIndex(file));
        for (const f of FINDINGS) expect(file).toContain(`[\`${f.code}\`](findings/${f.code}.md)`);
    });

    it('are checked on the document root only, where the document validator runs checks', () => {
        const { Kinerja } = createKinerjaServices(EmptyFileSystemOnNode);
        const registry = Kinerja.validation.ValidationRegistry;
        const types = Kinerja.shared.AstReflection.getAllTypes();
        expect(types.length).toBeGreaterThan(10);
        const registered = types.filter(type => registry.getChecks(type).count() > 0);
        expect(registered).toEqual(['Model']);
    });
});
