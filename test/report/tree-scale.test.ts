/**
 * The performance tree of every organisation is built in time linear in the workspace:
 * the `lintas` links come from an index made once, not from a walk over every node of the
 * workspace per organisation (which made the L report's data take 8 s of its 67).
 */
import { describe, expect, it } from 'vitest';
import type { WorkspaceModel } from '../../src/engine/model.js';
import { buildReportData } from '../../src/report/kinds/index.js';
import { generateWorkspace } from '../../src/tools/generate-workspace.js';
import { buildWorkspace } from '../helpers.js';

describe('performance trees at scale', () => {
    it('walks the workspace\'s nodes a bounded number of times, whatever the number of agencies', async () => {
        const files = Object.fromEntries(generateWorkspace({ agencies: 12, seed: 3 }).map(f => [f.path, f.text]));
        const ws = await buildWorkspace(files);
        const model = ws.services.kinerja.WorkspaceModel.get() as WorkspaceModel;
        const configs = ws.services.kinerja.Settings.configs(ws.services.kinerja.Settings.configLoader.configFor('.'));
        let walked = 0;
        const nodes = model.nodes;
        const values = nodes.values.bind(nodes);
        (nodes as { values: typeof values }).values = function* () {
            for (const n of values()) { walked++; yield n; }
        } as typeof values;
        const data = buildReportData('annual', model, configs, { year: 2025 });
        expect(data.organisations.length).toBe(13);
        // The report as a whole reads the nodes a few times; not once per organisation.
        expect(walked).toBeLessThanOrEqual(3 * nodes.size);
        // The crosscutting links are still found, on both sides.
        const links = data.organisations.flatMap(o => o.tree.crosscutting);
        expect(links.length).toBeGreaterThan(0);
    });
});
