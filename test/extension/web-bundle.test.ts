/**
 * The web extension's bundle (dist/web/extension.js, package.json "browser"), built as
 * scripts/build-extension.mjs builds it, read from esbuild's metafile: it must load in
 * VS Code's web worker extension host (vscode.dev, github.dev), which gives a CommonJS
 * module `vscode` and nothing of Node. So: no Node built-in and no Node-only module among
 * its inputs (the CLI child processes, the Node language client), `vscode` its only
 * require, ASCII text.
 */
import * as esbuild from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli-run.js';

interface BuildScript { builds: esbuild.BuildOptions[] }

describe('the web extension bundle', () => {
    it('has no Node built-in, requires only vscode, and is ASCII', async () => {
        const { builds } = await import(pathToFileURL(join(ROOT, 'scripts/build-extension.mjs')).href) as BuildScript;
        const options = builds.find(b => b.entryPoints && 'web/extension' in (b.entryPoints as Record<string, string>));
        expect(options, 'scripts/build-extension.mjs builds dist/web/extension.js').toBeDefined();
        expect(options!.platform).toBe('browser');
        expect(options!.format).toBe('cjs');
        const result = await esbuild.build({ ...options!, write: false, metafile: true, sourcemap: false, logLevel: 'silent' });
        const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
        expect(outputs.map(([file]) => file)).toEqual(['dist/web/extension.js']);

        const inputs = Object.keys(result.metafile.inputs);
        expect(inputs).toContain('src/extension/extension-browser.ts');
        expect(inputs.filter(i => i.startsWith('node:') || !/^src\/|(^|\/)node_modules\//.test(i))).toEqual([]);
        const nodeOnly = /^src\/extension\/(extension|client|cli-process|import-command|workspace-command)\.ts$|^src\/(?!extension\/|common\/|lsp\/protocol\.ts)|vscode-languageclient\/lib\/node\/|vscode-jsonrpc\/lib\/node\//;
        expect(inputs.filter(i => nodeOnly.test(i))).toEqual([]);
        expect([...new Set(outputs[0][1].imports.filter(i => i.external).map(i => i.path))]).toEqual(['vscode']);

        const text = result.outputFiles!.find(f => f.path.endsWith('.js'))!.text;
        expect([...new Set([...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(m => m[1]))]).toEqual(['vscode']);
        expect(text.match(/[^\x00-\x7f]/g)).toBeNull();
    });
});
