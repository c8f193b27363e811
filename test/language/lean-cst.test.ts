/**
 * The lean CST (src/language/parser/kinerja-lean-cst.ts) pays off only if building and checking
 * a workspace leaves it lean: the content of a document's CST is made when something
 * walks it (a finding's exact property, the editor's features), not for every file.
 * test/language/fast-parser.test.ts compares the lean trees with Langium's; the findings
 * tests, whose positions come from lean trees, check what users see.
 */
import { describe, expect, it } from 'vitest';
import { LeanRoot } from '../../src/language/parser/kinerja-lean-cst.js';
import { generateWorkspace } from '../../src/tools/generate-workspace.js';
import { buildWorkspace } from '../helpers.js';

describe('the lean CST', () => {
    it('stays lean in every document a workspace build and check have nothing to report on', async () => {
        const files = Object.fromEntries(generateWorkspace({ agencies: 3, seed: 11, realYear: false }).map(f => [f.path.replace(/\//g, '_'), f.text]));
        const { documents } = await buildWorkspace(files);
        const quiet = [...documents].filter(([, d]) => (d.diagnostics ?? []).length === 0);
        const reported = [...documents].filter(([, d]) => (d.diagnostics ?? []).length > 0);
        // Both kinds must be there for the test to mean anything.
        expect(quiet.length).toBeGreaterThan(10);
        expect(reported.length).toBeGreaterThan(0);
        for (const [name, document] of documents) expect(document.parseResult.value.$cstNode, name).toBeInstanceOf(LeanRoot);
        const made = quiet.filter(([, d]) => (d.parseResult.value.$cstNode as LeanRoot).materialised).map(([name]) => name);
        expect(made).toEqual([]);
    });
});
