/**
 * The CLI creates its services from the core module (src/validation/kinerja-core-module.ts),
 * so `kinerja check` does not load the language server or the editor features: that
 * was about 40 % of the code every run parsed and evaluated. An import of the LSP layer
 * anywhere on the CLI's path would quietly bring it back (into the bundle, and into what
 * V8 compiles); this test names the importer. It reads the module graph, not the bundle.
 */
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the CLI bundle', () => {
    it('leaves out the language server and the editor features', async () => {
        const result = await esbuild.build({
            entryPoints: ['src/cli/main.ts'], bundle: true, splitting: true, format: 'esm', platform: 'node', outdir: 'out/bundle-test',
            mainFields: ['module', 'main'], write: false, metafile: true, logLevel: 'silent'
        });
        const inputs = result.metafile.inputs;
        const lsp = (path: string) => /node_modules\/vscode-languageserver\/|node_modules\/langium\/lib\/lsp\/|^src\/lsp\//.test(path);
        // Reports import their chunks on demand; only what `check` loads counts.
        const loadedByCheck = new Set<string>();
        const visit = (path: string) => {
            if (loadedByCheck.has(path) || !inputs[path]) return;
            loadedByCheck.add(path);
            for (const imported of inputs[path].imports) if (imported.kind !== 'dynamic-import') visit(imported.path);
        };
        visit('src/cli/main.ts');
        expect(loadedByCheck.size).toBeGreaterThan(50);
        const importers = [...loadedByCheck].flatMap(path => inputs[path].imports.filter(i => i.kind !== 'dynamic-import' && lsp(i.path)).map(i => `${path} -> ${i.path}`));
        expect(importers).toEqual([]);
    });
});
