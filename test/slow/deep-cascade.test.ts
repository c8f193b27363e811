/**
 * Stress: a 10 000-level cyclic cascade (10 000 positions each the superior of the
 * next, 10 000 nodes each supporting the next, closed into a loop) through every stage
 * of the fuzzer: parsing, checking, every report, formatting twice, the editor's
 * requests and incremental edits, without a stack overflow or an error logged. About a
 * minute on this machine, so it runs with `npm run test:slow` (CI runs it), not in the
 * unit suite.
 */
import { describe, expect, it } from 'vitest';
import { registerExtraStages } from '../../src/tools/fuzz/stages.js';
import { FuzzPipeline } from '../../src/tools/fuzz/pipeline.js';
import { deepCascade } from '../../src/tools/fuzz/mutations.js';

describe('a 10 000-level cascade', () => {
    it('a cyclic one goes through parsing, checking, reports, formatting, editor requests and incremental edits without a stack overflow', async () => {
        registerExtraStages();
        const failure = await new FuzzPipeline().run({ files: { 'dalam.kinerja': deepCascade(10_000, true) }, bound: 300_000 });
        expect(failure?.stage === 'time' ? undefined : failure).toBeUndefined();
    }, 300_000);
});
