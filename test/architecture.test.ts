/**
 * The pipeline in the folders (docs/architecture.md): language → engine → validation →
 * lsp and report → cli and extension. A layer imports, at run time, only from itself
 * and the layers before it; read from the compiled modules (out/), so that imports of
 * types alone, which the compiler drops, do not count.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cli-run.js';

const OUT = join(ROOT, 'out');

/** What each folder of src/ may import at run time, besides itself and packages. */
const ALLOWED: Record<string, string[]> = {
    common: [],
    language: ['common'],
    engine: ['common', 'language'],
    workspace: ['common', 'language', 'engine'],
    validation: ['common', 'language', 'engine', 'workspace'],
    report: ['common', 'language', 'engine', 'workspace', 'validation'],
    // Spreadsheets in (kinerja import): beside the reports, before the CLI.
    import: ['common', 'language', 'engine', 'workspace', 'validation'],
    lsp: ['common', 'language', 'engine', 'workspace', 'validation', 'report'],
    cli: ['common', 'language', 'engine', 'workspace', 'validation', 'report', 'import'],
    // The client runs in VS Code's extension host: it shares the protocol with the server and plain helpers, nothing else.
    extension: ['common', 'lsp/protocol.js'],
    tools: ['common', 'language', 'engine', 'workspace', 'validation', 'report', 'import', 'lsp', 'cli']
};

function modules(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap(e => {
        const path = join(dir, e.name);
        if (e.isDirectory()) return e.name === 'bundle' || e.name === 'e2e' ? [] : modules(path);
        return e.name.endsWith('.js') ? [path] : [];
    });
}

/** The relative modules a compiled file loads at run time (static and dynamic imports). */
function runtimeImports(file: string): string[] {
    const text = readFileSync(file, 'utf8');
    const found: string[] = [];
    for (const m of text.matchAll(/(?:^|[;\s])(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|(?:^|[;\s])import\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/gm)) {
        found.push(m[1] ?? m[2] ?? m[3]);
    }
    return found;
}

describe('the layers', () => {
    it('import only from themselves and the layers before them', () => {
        const violations: string[] = [];
        let checked = 0;
        for (const file of modules(OUT)) {
            const path = relative(OUT, file).split('\\').join('/');
            const layer = path.split('/')[0];
            // Only what src/ still has (tsc leaves the output of a moved source behind).
            const source = join(ROOT, 'src', path.replace(/\.js$/, ''));
            if (path.split('/').length < 2 || !['.ts', '.js'].some(ext => existsSync(source + ext))) continue;
            const allowed = ALLOWED[layer];
            expect(allowed, `out/${path}: a folder the architecture does not name`).toBeDefined();
            for (const spec of runtimeImports(file)) {
                const target = relative(OUT, join(file, '..', spec)).split('\\').join('/');
                const targetLayer = target.split('/')[0];
                checked++;
                if (targetLayer === layer || allowed.includes(targetLayer) || allowed.includes(target)) continue;
                violations.push(`src/${path.replace(/\.js$/, '.ts')} imports ${target.replace(/\.js$/, '')}`);
            }
        }
        expect(checked).toBeGreaterThan(300);
        expect(violations).toEqual([]);
    });
});

describe('the playground', () => {
    it('is a client like the extension: of the project it imports only the protocol (playground/*.ts, bundled by esbuild)', () => {
        const folder = join(ROOT, 'playground');
        const imports = readdirSync(folder).filter(f => f.endsWith('.ts') && !f.endsWith('.d.ts')).flatMap(f =>
            [...readFileSync(join(folder, f), 'utf8').matchAll(/from\s+'(\.\.\/[^']+)'/g)].map(m => m[1]));
        expect(imports.length).toBeGreaterThan(0);
        expect([...new Set(imports)]).toEqual(['../src/lsp/protocol.js']);
    });
});

describe('files made from the grammar', () => {
    it('the TextMate grammar lists every keyword (npm run langium:generate keeps it in step)', () => {
        const result = spawnSync(process.execPath, [join(ROOT, 'scripts/syntax-keywords.mjs'), '--check'], { encoding: 'utf8' });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const syntax = JSON.parse(readFileSync(join(ROOT, 'syntaxes/kinerja.tmLanguage.json'), 'utf8')) as { repository: { keywords: { patterns: Array<{ match: string }> } } };
        const matches = syntax.repository.keywords.patterns.map(p => new RegExp(p.match));
        for (const word of ['bobot-x', 'satuanx']) expect(matches.some(m => m.test(word)), word).toBe(false);
        for (const word of ['satuan', 'kondisi-awal', 'tw3', 'staf', 'rupiah', 'dari', 'Rp']) expect(matches.some(m => m.test(word)), word).toBe(true);
    });
});
