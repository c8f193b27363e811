#!/usr/bin/env node
// The web extension's test (npm run test:web), offline: the kinerja extension in VS Code
// for the Web, in its web worker extension host, as on vscode.dev and github.dev.
//
// VS Code for the Web here is code-server 4.100 (VS Code 1.100's workbench, installed from
// npm by scripts/install-code-server.sh; @vscode/test-web would download VS Code at run
// time). The user setting `remote.extensionKind: { "kinerja.kinerja": ["web"] }` makes
// the workbench run the extension, loaded from this repository as
// extensionDevelopmentPath, in the web worker extension host from its "browser" entry
// (dist/web/extension.js) instead of code-server's Node extension host; its language
// server is then dist/web/server.js in a web worker. The workspace is a copy of
// examples/ (dinkes.kinerja with `19.29` on line 37) under .vscode-test/web/, which
// code-server serves as a `vscode-remote:` file system, so the extension reads other
// files through vscode.workspace.fs as it does in a virtual workspace.
//
// test/web/suite.ts (bundled for the browser) runs inside the extension host and checks
// through the API; when it has everything open, this runner checks what the workbench
// renders (the Problems panel, the Pohon Kinerja view, the report webview) in headless
// Debian Chromium (playwright-core) and answers through a file in the workspace.
// Exit code: 0 passed, 1 failed, 124 timed out. Everything it starts, it stops; it
// writes only under .vscode-test/web/.
//
//   node test/web/run.mjs [--timeout MS] [--verbose]
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { launchChromium, startCodeServer } from '../e2e/code-server/run.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose') || process.env.KINERJA_E2E_VERBOSE === '1';
const timeoutIndex = argv.indexOf('--timeout');
const timeoutMs = Number(timeoutIndex >= 0 ? argv[timeoutIndex + 1] : process.env.KINERJA_WEB_TIMEOUT || 300000);

const work = join(repo, '.vscode-test/web');
const workspace = join(work, 'workspace');
// VS Code 1.100's extension host takes a test module inside an extension whose
// package.json says "type": "module" for ESM unless it ends in .cjs, and the web worker
// host loads no ESM; it then loads CommonJS from the path with `.js` appended. So the
// tests path is suite.cjs and the file suite.cjs.js.
const suite = join(work, 'suite.cjs');
const t0 = Date.now();

for (const built of ['dist/web/extension.js', 'dist/web/server.js']) {
    try { readFileSync(join(repo, built)); } catch {
        console.error(`${built} is missing: run npm run build:extension first (npm run test:web does)`);
        process.exit(1);
    }
}

// The workspace: examples/, with one number written the English way.
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync(join(repo, 'examples'), workspace, { recursive: true });
const dinkesPath = join(workspace, 'dinkes.kinerja');
const dinkes = readFileSync(dinkesPath, 'utf8').split('\n');
if (dinkes[36] !== '            target 2024 18,50') throw new Error(`examples/dinkes.kinerja line 37 changed: ${dinkes[36]}`);
dinkes[36] = '            target 2024 19.29';
writeFileSync(dinkesPath, dinkes.join('\n'));

// The checks that run inside the extension host, as CommonJS for the web worker.
await esbuild.build({
    absWorkingDir: repo, entryPoints: [join(repo, 'test/web/suite.ts')], outfile: `${suite}.js`, bundle: true,
    format: 'cjs', platform: 'browser', target: 'es2022', external: ['vscode'], logLevel: 'warning'
});

// The user settings: the extension in the web worker extension host; a quiet workbench.
const userDataDir = join(work, 'user-data');
mkdirSync(join(userDataDir, 'User'), { recursive: true });
writeFileSync(join(userDataDir, 'User/settings.json'), JSON.stringify({
    'remote.extensionKind': { 'kinerja.kinerja': ['web'] },
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    // The workspace lies inside this repository: no offer to open it.
    'git.openRepositoryInParentFolders': 'never'
}, null, 4));

// Errors of code-server's own Node extension host and of the offline machine, not the test's.
const NOISE = /bindings file|native-watchdog|build\/Release\/watchdog|spdlog|open-vsx\.org|ERR_NAME_NOT_RESOLVED|Failed to load resource|Require stack|^\s*(at |\u2192)/;

/** What the workbench renders, checked while the suite holds everything open. */
async function workbenchChecks(page) {
    const problems = [];
    const text = (selector) => page.locator(selector).allInnerTexts().then(t => t.join('\n'));
    // The Problems panel: number-format at dinkes.kinerja line 37, behind-schedule at
    // realisasi-2025-tw3.kinerja line 28 (rows as the workbench renders them).
    const markers = await waitFor(() => text('.markers-panel .monaco-list-row'),
        t => /number-format\)?\s*\[Ln 37, Col 25\]/.test(t) && /behind-schedule\)?\s*\[Ln 28, Col 5\]/.test(t));
    if (!markers.ok) problems.push(`the Problems panel does not show number-format at Ln 37 and behind-schedule at Ln 28: ${markers.value.slice(0, 400)}`);
    // The Pohon Kinerja view in the side bar: one row per agency, named by its ID.
    const tree = await waitFor(() => text('.sidebar .pane-body .monaco-list-row'),
        t => ['KabPaserSelatan', 'Bappeda', 'Dinkes', 'Disdik'].every(id => new RegExp(`^\\s*${id}\\b`, "m").test(t)));
    if (!tree.ok) problems.push(`the Pohon Kinerja view does not show the four agencies: ${tree.value.slice(0, 400)}`);
    const webview = await waitFor(async () => {
        for (const frame of page.frames()) {
            try {
                const body = await frame.evaluate(() => document.body?.innerText ?? '');
                if (/Dinas Kesehatan/.test(body) && frame !== page.mainFrame()) return body;
            } catch { /* a frame that went away */ }
        }
        return '';
    }, t => t.length > 0);
    if (!webview.ok) problems.push('no webview shows the report (Dinas Kesehatan)');
    await page.screenshot({ path: join(work, 'workbench.png') });
    return problems;
}

async function waitFor(probe, good, ms = 30000) {
    const end = Date.now() + ms;
    let value = '';
    while (Date.now() < end) {
        try { value = await probe(); } catch { value = ''; }
        if (good(value)) return { ok: true, value };
        await new Promise(r => setTimeout(r, 250));
    }
    return { ok: false, value };
}

let server;
let browser;
let code = 1;
let why = '';
try {
    server = await startCodeServer({ folder: workspace, userDataDir, extensionsDir: join(work, 'extensions'), verbose });
    const remote = (p) => `vscode-remote://${server.authority}${p}`;
    const payload = [['extensionDevelopmentPath', remote(repo)], ['extensionTestsPath', remote(suite)]];
    const url = `http://${server.authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let finish;
    const done = new Promise((r) => (finish = r));
    let checking = false;
    // The extension host's console reaches the page twice (its console and VS Code's log
    // forwarding): each line of the suite is printed once.
    const printed = new Set();
    const onLine = (type, line) => {
        if (/kinerja-web: /.test(line)) {
            const out = line.replace(/^.*?kinerja-web: /, 'kinerja-web: ');
            if (printed.has(out)) return;
            printed.add(out);
            process.stdout.write(out + '\n');
            if (/ready for the workbench checks/.test(line) && !checking) {
                checking = true;
                void workbenchChecks(page).then((problems) => {
                    for (const p of problems) console.error(`kinerja-web: workbench: ${p}`);
                    writeFileSync(join(workspace, '.ui-checked'), problems.length ? problems.join('; ') : 'ok');
                }, (e) => writeFileSync(join(workspace, '.ui-checked'), `runner error: ${e.message}`));
            }
        } else if (verbose || (type === 'error' && !NOISE.test(line))) {
            (type === 'error' ? process.stderr : process.stdout).write(`[${type}] ${line}\n`);
        }
    };
    await page.exposeFunction('codeAutomationLog', (type, args) => onLine(type, Array.isArray(args) ? format(...args) : String(args)));
    await page.exposeFunction('codeAutomationExit', (c) => finish({ code: c, why: 'extension host exited' }));
    page.on('console', (m) => onLine(m.type(), m.text()));
    page.on('pageerror', (e) => { if (verbose) console.error('[pageerror]', e.message); });
    page.on('close', () => finish({ code: 1, why: 'page closed unexpectedly' }));
    const timer = setTimeout(() => finish({ code: 124, why: `timed out after ${timeoutMs} ms` }), timeoutMs);
    await page.goto(url);
    ({ code, why } = await done);
    clearTimeout(timer);
} catch (e) {
    console.error(e);
    code = 1;
    why = 'runner error';
} finally {
    try { await browser?.close(); } catch { /* closed */ }
    server?.stop();
}
console.error(`[web] exit code ${code} (${why}), ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(code);
