#!/usr/bin/env node
// Takes the README's screenshots of the extension as a user sees it: the packaged .vsix
// installed into code-server (VS Code 1.100) and its workbench in headless Chromium, on a
// copy of examples/.
//
//   docs/images/editor.png         a file with findings: squiggles, the hover of a
//                                  finding, inlay hints, code lenses, the Problems panel
//   docs/images/tree-view.png      the Pohon Kinerja view, coloured by category, beside
//                                  the node it reveals
//   docs/images/report-preview.png the live report preview beside the editor
//
//   npm run screenshots            (builds the .vsix first when it is missing)
//   node test/e2e/screenshots.mjs [--vsix FILE] [--out DIR] [--verbose]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_SERVER, CODE_SERVER_NODE, launchChromium, startCodeServer } from './code-server/run.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const opt = (name, def) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : def; };
const verbose = argv.includes('--verbose');
const version = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version;
const vsix = resolve(opt('--vsix', join(repo, `kinerja-${version}.vsix`)));
const outDir = resolve(opt('--out', join(repo, 'docs/images')));
const log = (m) => process.stderr.write(`[screenshots] ${m}\n`);

if (!existsSync(join(repo, '.vscode-test/code-server/.ready')) && !process.env.CODE_SERVER_ENTRY) {
    execFileSync('bash', [join(repo, 'scripts/install-code-server.sh'), join(repo, '.vscode-test/code-server')], { stdio: 'inherit' });
}
if (!existsSync(vsix)) {
    log(`${vsix} is missing: npm run package`);
    execFileSync('npm', ['run', 'package'], { cwd: repo, stdio: 'inherit' });
}

const tmp = mkdtempSync(join(tmpdir(), 'kinerja-shots-'));
const workspace = join(tmp, 'kabupaten-paser-selatan');
cpSync(join(repo, 'examples'), workspace, { recursive: true });
const userDataDir = join(tmp, 'user-data');
const extensionsDir = join(tmp, 'extensions');
mkdirSync(join(userDataDir, 'User'), { recursive: true });
writeFileSync(join(userDataDir, 'User/settings.json'), JSON.stringify({
    'workbench.colorTheme': 'Default Dark Modern',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.layoutControl.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.commandCenter.enabled': false,
    'window.commandCenter': false,
    'editor.minimap.enabled': false,
    'editor.fontSize': 14,
    'editor.lineHeight': 21,
    'editor.inlayHints.enabled': 'on',
    'editor.hover.delay': 100,
    'editor.stickyScroll.enabled': false,
    'breadcrumbs.enabled': true,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none'
}, null, 2));

log(`installing ${vsix}`);
execFileSync(CODE_SERVER_NODE, [CODE_SERVER, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix],
    { stdio: verbose ? 'inherit' : 'ignore' });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let server;
let browser;
try {
    server = await startCodeServer({ folder: workspace, userDataDir, extensionsDir, verbose });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(`http://${server.authority}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60000 });
    await sleep(3000);

    const command = async (title) => {
        await page.keyboard.press('F1');
        await page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible' });
        await page.keyboard.type(title, { delay: 5 });
        await sleep(600);
        await page.keyboard.press('Enter');
        await sleep(800);
    };
    const openFile = async (name, line) => {
        await page.keyboard.press('Control+P');
        await page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible' });
        await page.keyboard.type(name, { delay: 5 });
        await sleep(800);
        await page.keyboard.press('Enter');
        await page.waitForSelector(`.tab.active[aria-label*="${name}"]`, { timeout: 20000 });
        if (line) {
            await page.keyboard.press('Control+G');
            await page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible' });
            await page.keyboard.type(String(line));
            await page.keyboard.press('Enter');
        }
        await sleep(500);
    };
    const quiet = async () => {
        await command('Notifications: Clear All Notifications');
        await page.keyboard.press('Escape');
    };

    // ---------------------------------------------------------------- editor.png
    await openFile('realisasi-2025-tw3.kinerja');
    await page.waitForSelector('.squiggly-warning', { timeout: 90000 });
    await command('View: Close Primary Side Bar');
    await command('View: Show Problems');
    await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 30000 });
    // A low panel with both findings; the editor scrolled to the Disdik block (lines 20-46).
    const panel = await page.locator('.part.panel').boundingBox();
    if (panel) {
        await page.mouse.move(panel.x + 400, panel.y + 1);
        await page.mouse.down();
        await page.mouse.move(panel.x + 400, panel.y + 150, { steps: 10 });
        await page.mouse.up();
    }
    await command('View: Focus Active Editor Group');
    for (let i = 0; i < 19; i++) await page.keyboard.press('Control+ArrowDown');
    await quiet();
    await sleep(1500);
    // Hover the behind-schedule squiggle (IKK04) so its message and figures show.
    const squiggles = await page.$$('.squiggly-warning');
    if (squiggles.length) {
        const box = await squiggles[0].boundingBox();
        if (box) {
            await page.mouse.move(box.x + Math.min(box.width / 2, 30), box.y + box.height / 2);
            await page.waitForSelector('.monaco-hover:not(.hidden)', { timeout: 10000 }).catch(() => undefined);
            await sleep(800);
        }
    }
    mkdirSync(outDir, { recursive: true });
    await page.screenshot({ path: join(outDir, 'editor.png') });
    log(`wrote ${join(outDir, 'editor.png')}`);
    await page.mouse.move(5, 450);

    // ---------------------------------------------------------------- tree-view.png
    await command('View: Close Panel');
    await command('Kinerja: Focus on Pohon Kinerja View');
    await page.waitForSelector('.pane-body .monaco-list-row[aria-level="2"]', { timeout: 30000 });
    await sleep(1000);
    // Collapse the pemda, Bappeda and Dinkes; open Disdik down to the activity that is behind plan.
    // Rows carry the accessibility label "<kind>, <name>, <title>, <figures>".
    const row = (name) => page.locator(`.pane-body .monaco-list-row[aria-label*=", ${name},"]`).first();
    const setExpanded = async (name, expanded) => {
        const r = row(name);
        await r.waitFor({ timeout: 10000 });
        if ((await r.getAttribute('aria-expanded')) !== String(expanded)) await r.locator('.monaco-tl-twistie').click();
        await sleep(300);
    };
    for (const name of ['KabPaserSelatan', 'Bappeda', 'Dinkes']) await setExpanded(name, false);
    for (const name of ['Disdik', 'SS1', 'P0102', 'K010202', 'P0104']) await setExpanded(name, true);
    // Widen the side bar so descriptions (achievement, category, title) read.
    const sash = page.locator('.monaco-sash.vertical').first();
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    if (sidebar) {
        await page.mouse.move(sidebar.x + sidebar.width, sidebar.y + 300);
        await page.mouse.down();
        await page.mouse.move(sidebar.x + 620, sidebar.y + 300, { steps: 10 });
        await page.mouse.up();
    }
    void sash;
    await row('IKK04').click();
    await sleep(1500);
    await page.mouse.move(sidebar ? sidebar.x + 560 : 600, 860);
    await quiet();
    await sleep(500);
    await page.screenshot({ path: join(outDir, 'tree-view.png') });
    log(`wrote ${join(outDir, 'tree-view.png')}`);

    // ---------------------------------------------------------------- report-preview.png
    // The code lens "Buka laporan" of the activity opens the preview on its agency, the rows highlighted.
    await command('View: Close Primary Side Bar');
    const lens = page.locator('.contentWidgets .codelens-decoration a', { hasText: /laporan/i });
    await lens.nth(1).waitFor({ timeout: 20000 });
    await lens.nth(1).click();
    await page.waitForSelector('.tab[aria-label*="Laporan"], .tab[aria-label*="Report"]', { timeout: 30000 });
    await sleep(3000);
    await command('View: Reset Editor Group Sizes');
    await quiet();
    await sleep(1500);
    await page.screenshot({ path: join(outDir, 'report-preview.png') });
    log(`wrote ${join(outDir, 'report-preview.png')}`);
} finally {
    try { await browser?.close(); } catch { /* closed */ }
    server?.stop();
    rmSync(tmp, { recursive: true, force: true });
}
