/**
 * KINERJA_PARSER=langium turns the parser's fast path off: every file goes through
 * Langium's own parser. The output of `kinerja check` must not change, on the generated
 * regency-sized workspace (M, 40 agencies) and on the examples with their findings.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';
import type { KinerjaParser } from '../src/language/parser/kinerja-parser.js';
import { createKinerjaServices } from '../src/lsp/kinerja-module.js';
import { generateWorkspace, writeWorkspace } from '../src/tools/generate-workspace.js';
import { SIZES } from '../src/tools/sizes.js';
import { kinerja, ROOT } from './cli-run.js';
import { EmptyFileSystemOnNode } from '../src/validation/node-host.js';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-parser-switch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('KINERJA_PARSER=langium', () => {
    it('makes the parser leave every file to Langium\'s parser', () => {
        const parserWith = (value: string | undefined): KinerjaParser => {
            const before = process.env.KINERJA_PARSER;
            if (value === undefined) delete process.env.KINERJA_PARSER; else process.env.KINERJA_PARSER = value;
            try {
                return createKinerjaServices(EmptyFileSystemOnNode).Kinerja.parser.LangiumParser as KinerjaParser;
            } finally {
                if (before === undefined) delete process.env.KINERJA_PARSER; else process.env.KINERJA_PARSER = before;
            }
        };
        const text = 'instansi A "A" { periode 2021 - 2026 }\n';
        const langium = parserWith('langium');
        expect(langium.hasFastPath).toBe(false);
        langium.parse(text);
        expect(langium.stats).toEqual({ fast: 0, langium: 1 });
        const fast = parserWith(undefined);
        expect(fast.hasFastPath).toBe(true);
        fast.parse(text);
        expect(fast.stats).toEqual({ fast: 1, langium: 0 });
    });

    it('gives the same check of the generated M workspace as the fast path, as text and as JSON', () => {
        writeWorkspace(generateWorkspace({ agencies: SIZES.M, seed: 1 }), dir);
        for (const format of ['text', 'json']) {
            const fast = kinerja(['check', dir, '--format', format]);
            const langium = kinerja(['check', dir, '--format', format], ROOT, { KINERJA_PARSER: 'langium' });
            expect(fast.stdout.length).toBeGreaterThan(format === 'json' ? 20 : 0);
            expect(langium).toEqual(fast);
        }
    }, 60_000);

    it('gives the same findings on the examples', () => {
        const args = ['check', 'examples', '--format', 'json'];
        const fast = kinerja(args);
        expect(JSON.parse(fast.stdout).diagnostics.length).toBeGreaterThan(0);
        expect(kinerja(args, ROOT, { KINERJA_PARSER: 'langium' })).toEqual(fast);
    });
});
