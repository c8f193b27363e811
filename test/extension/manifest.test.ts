/**
 * The VS Code extension's static parts: the manifest's contributions and their
 * translations, the runtime l10n bundle, the report webview's HTML hardening and the
 * category colours. (Snippets come from the language server: test/lsp/snippets.test.ts.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_COLORS, categoryColor, NO_CATEGORY_COLOR } from '../../src/extension/presentation.js';
import { contentSecurityPolicy, secureReportHtml } from '../../src/extension/webview-html.js';

const root = join(__dirname, '../..');
const json = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const manifest = json('package.json');

describe('package.json as the extension manifest', () => {
    it('keeps the npm package and points VS Code at the bundle', () => {
        expect(manifest.type).toBe('module');
        expect(manifest.bin.kinerja).toBe('bin/kinerja.js');
        expect(manifest.main).toBe('./dist/extension.cjs');
        expect(manifest.browser).toBe('./dist/web/extension.js');
        expect(manifest.engines.vscode).toBe('^1.100.0');
        expect(manifest.capabilities.untrustedWorkspaces).toEqual({ supported: true });
        expect(manifest.files).toBeUndefined(); // vsce refuses "files" beside .vscodeignore; npm reads .npmignore
    });

    it('has every %key% in both package.nls files, and no stale key', () => {
        const used = new Set([...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map(m => m[1]));
        const en = json('package.nls.json');
        const id = json('package.nls.id.json');
        expect(Object.keys(en).sort()).toEqual([...used].sort());
        expect(Object.keys(id).sort()).toEqual([...used].sort());
        for (const key of used) expect(typeof id[key] === 'string' && id[key].trim() && typeof en[key] === 'string' && en[key].trim(), key).toBeTruthy();
    });

    it('translates every runtime string of the extension (vscode.l10n.t)', () => {
        const folder = join(root, 'src/extension');
        const strings = new Set<string>();
        for (const file of readdirSync(folder).filter(f => f.endsWith('.ts'))) {
            for (const m of readFileSync(join(folder, file), 'utf8').matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)) strings.add(m[1]);
        }
        const bundle = json('l10n/bundle.l10n.id.json');
        expect(strings.size).toBeGreaterThan(10);
        expect([...strings].filter(s => !(s in bundle))).toEqual([]);
        expect(Object.keys(bundle).filter(s => !strings.has(s))).toEqual([]);
    });

    it('contributes a colour for every category band and registers every command it shows', () => {
        const colors = manifest.contributes.colors.map((c: { id: string }) => c.id);
        expect(colors).toEqual([...CATEGORY_COLORS, NO_CATEGORY_COLOR]);
        const commands = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
        const menus = Object.values(manifest.contributes.menus as Record<string, Array<{ command: string }>>).flat();
        expect(menus.filter(m => !commands.has(m.command))).toEqual([]);
        const source = readdirSync(join(root, 'src/extension')).map(f => readFileSync(join(root, 'src/extension', f), 'utf8')).join('\n');
        for (const command of commands) expect(source, `${command} is registered`).toContain(`'${command}'`);
    });
});

describe('the walkthrough "from an empty folder to a first report"', () => {
    const en = json('package.nls.json');
    const id = json('package.nls.id.json');
    const [walkthrough] = manifest.contributes.walkthroughs;
    const key = (value: string) => /^%(.+)%$/.exec(value)?.[1] ?? '';

    it('is contributed, in Bahasa Indonesia and English, with its steps in order', () => {
        expect(manifest.contributes.walkthroughs).toHaveLength(1);
        expect(walkthrough.id).toBe('firstReport');
        expect(en[key(walkthrough.title)]).toBe('From an Empty Folder to a First Report');
        expect(id[key(walkthrough.title)]).toBe('Dari Folder Kosong ke Laporan Pertama');
        expect(walkthrough.steps.map((s: { id: string }) => s.id)).toEqual(['createWorkspace', 'openFile', 'findings', 'preview', 'import', 'export']);
    });

    it('gives each step a button, a completion event and a page in each language, shipped in the .vsix', () => {
        const commands = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
        const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8');
        expect(ignore).toContain('!media/walkthrough/**');
        for (const step of walkthrough.steps as Array<{ id: string; description: string; media: { markdown: string }; completionEvents: string[] }>) {
            expect(step.completionEvents.length, step.id).toBeGreaterThan(0);
            for (const event of step.completionEvents) {
                expect(event, step.id).toMatch(/^(onCommand|onView|onContext):/);
                const command = /^onCommand:(kinerja\..*)$/.exec(event)?.[1];
                if (command) expect(commands.has(command), command).toBe(true);
            }
            for (const [lang, nls] of [['en', en], ['id', id]] as const) {
                // VS Code renders only links in a step's description: `code` would show its backticks.
                expect(nls[key(step.description)], `${step.id} ${lang}`).not.toContain('`');
                const button = /\n\[[^\]]+\]\(command:([\w.]+)/.exec(nls[key(step.description)])?.[1];
                expect(button, `${step.id} ${lang}: a command link on its own line`).toBeTruthy();
                if (button!.startsWith('kinerja.')) expect(commands.has(button), button).toBe(true);
                const page = nls[key(step.media.markdown)];
                expect(page).toBe(`media/walkthrough/${lang}/${step.id}.md`);
                expect(existsSync(join(root, page)), page).toBe(true);
            }
        }
    });

    it('ships the command line its commands run', () => {
        const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8');
        expect(ignore).toContain('!dist/cli.cjs\n');
        const builder = readFileSync(join(root, 'scripts/build-extension.mjs'), 'utf8');
        expect(builder).toContain("entryPoints: { cli: 'src/cli/extension-host.ts' }");
    });

    it('offers Impor dari Excel in the palette and on .xlsx and .csv files in the explorer', () => {
        const [entry] = manifest.contributes.menus['explorer/context'];
        expect(entry.command).toBe('kinerja.importWorkbook');
        const when = /resourceExtname =~ \/(.+)\/i/.exec(entry.when)![1];
        const pattern = new RegExp(when, 'i');
        expect(['.xlsx', '.XLSX', '.csv'].map(e => pattern.test(e))).toEqual([true, true, true]);
        expect(['.xls', '.kinerja', '.xlsx.bak'].map(e => pattern.test(e))).toEqual([false, false, false]);
        expect(id['command.importWorkbook']).toBe('Impor dari Excel…');
        expect(en['command.importWorkbook']).toBe('Import from Excel…');
    });

    it('hides the commands that run the command line in VS Code for the Web, and ships the web bundles', () => {
        // Create Workspace and Impor dari Excel need Node (a child process): not in the
        // browser's palette nor its Explorer menu (the web entry answers them with a message).
        const palette = manifest.contributes.menus.commandPalette as Array<{ command: string; when: string }>;
        for (const command of ['kinerja.createWorkspace', 'kinerja.importWorkbook']) {
            expect(palette.find(e => e.command === command)?.when, command).toBe('!isWeb');
        }
        for (const entry of manifest.contributes.menus['explorer/context'] as Array<{ when: string }>) expect(entry.when).toMatch(/^!isWeb && /);
        const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8');
        for (const file of ['dist/web/extension.js', 'dist/web/server.js']) expect(ignore).toContain(`!${file}\n`);
    });
});

describe('report webview HTML', () => {
    const report = '<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src *"><style>p{color:red}</style>'
        + '<link rel="stylesheet" href="https://example.com/x.css"><base href="https://example.com/"></head>'
        + '<body><p onclick="alert(1)" style="color:blue">x</p><script>alert(2)</script><script src="https://e.com/x.js"></script>'
        + '<iframe src="https://e.com"></iframe><tr data-node="Dinkes.SS1"></tr></body></html>';

    it('removes scripts, handlers, remote references and other CSPs, and puts the nonce on styles', () => {
        const html = secureReportHtml(report, 'N0NCE', ['Dinkes.SS1', 'org-Dinkes']);
        expect(html).not.toMatch(/alert|example\.com|e\.com|<iframe|<base|<link|default-src \*/);
        expect(html).toContain('<style nonce="N0NCE">p{color:red}</style>');
        expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy('N0NCE')}">`);
        expect(html).toContain('style="color:blue"');
        // The only script is the preview's own, with the nonce, after the content.
        expect([...html.matchAll(/<script\b[^>]*>/g)].map(m => m[0])).toEqual(['<script nonce="N0NCE">']);
        expect(html).toMatch(/<script nonce="N0NCE">[\s\S]*\["Dinkes\.SS1","org-Dinkes"\][\s\S]*<\/script><\/body>/);
        // Ids cannot end the script early.
        expect(secureReportHtml('<p></p>', 'n', ['</script><script>alert(1)//'])).not.toContain('</script><script>alert');
    });

    it('has a policy that loads nothing remote', () => {
        const csp = contentSecurityPolicy('abc');
        expect(csp).toMatch(/^default-src 'none'/);
        expect(csp).toContain("script-src 'nonce-abc'");
        expect(csp).toContain("style-src 'nonce-abc'");
        expect(csp).not.toMatch(/https?:|\*|unsafe-eval/);
    });

    it('wraps a fragment into a document', () => {
        const html = secureReportHtml('<table></table>', 'n');
        expect(html).toMatch(/^<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy"/);
        expect(html).toContain('<table></table>');
    });
});

describe('category colours', () => {
    it('maps five bands one to one and other counts proportionally', () => {
        expect([0, 1, 2, 3, 4].map(b => categoryColor(b, 5))).toEqual([...CATEGORY_COLORS]);
        expect([0, 1, 2].map(b => categoryColor(b, 3))).toEqual(['kinerja.category.veryHigh', 'kinerja.category.medium', 'kinerja.category.veryLow']);
        expect(categoryColor(undefined, 5)).toBe(NO_CATEGORY_COLOR);
        expect(categoryColor(0, 1)).toBe('kinerja.category.veryHigh');
    });
});
