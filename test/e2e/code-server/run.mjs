#!/usr/bin/env node
// Runs the extension's integration suite inside a real VS Code (code-server 4.100 = VS Code
// 1.100, or 4.139 = VS Code 1.139: CODE_SERVER_ENTRY) without downloading VS Code: starts a private code-server on a free loopback
// port, opens its web workbench in headless Debian Chromium (playwright-core, no browser
// download) with the `payload` that VS Code's own test harness uses
// (extensionDevelopmentPath, extensionTestsPath), prints the extension host's console
// (mocha's report) and exits with the suite's exit code: 0 passed, 1 failed, 124 timed
// out. It stops everything it started.
//
//   node test/e2e/code-server/run.mjs --ext DIR --tests FILE --folder DIR [--timeout MS] [--verbose]
//
// KINERJA_E2E_THEN_TESTS=FILE: after the suite passed, the same window starts again (the page
// loaded anew: a new extension host, the same storage) and runs that suite too.
//
// Environment: CODE_SERVER_ENTRY (default .vscode-test/code-server/…/entry.js beside the
// repository), CODE_SERVER_NODE (default: the Node the install script built it for, named
// in its folder's .node file; that Node also runs the extension host), CHROMIUM (default
// /usr/bin/chromium). Variables set here reach the extension host (it inherits
// code-server's environment).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const CODE_SERVER = process.env.CODE_SERVER_ENTRY
    || join(repo, '.vscode-test/code-server/node_modules/code-server/out/node/entry.js');
/** The Node that runs code-server: VS Code's server needs the Node its release ships (scripts/install-code-server.sh). */
export const CODE_SERVER_NODE = process.env.CODE_SERVER_NODE || installedNode() || process.execPath;
function installedNode() {
    try {
        return readFileSync(join(dirname(CODE_SERVER), '../../../../.node'), 'utf8').trim();
    } catch {
        return undefined;
    }
}
/**
 * VS Code 1.10x and later honour the test `payload` (extensionDevelopmentPath,
 * extensionTestsPath) in a built workbench only with the smoke test driver enabled
 * (`--enable-smoke-test-driver`); code-server 4.10x and later pass it through with
 * `--vscode-option`, which 4.100 does not know (and its VS Code does not need).
 */
function smokeTestDriver() {
    try {
        const cli = readFileSync(join(dirname(CODE_SERVER), 'cli.js'), 'utf8');
        return cli.includes('"vscode-option"') ? ['--vscode-option', 'enable-smoke-test-driver'] : [];
    } catch {
        return [];
    }
}
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export function freePort() {
    return new Promise((res, rej) => {
        const s = createServer();
        s.unref();
        s.on('error', rej);
        s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); });
    });
}

/**
 * Starts code-server for `folder` in its own process group with private user data and
 * extension folders. Resolves once it answers HTTP.
 */
export async function startCodeServer({ folder, userDataDir, extensionsDir, verbose = false, env = process.env }) {
    if (!existsSync(CODE_SERVER)) {
        throw new Error(`code-server is not installed at ${CODE_SERVER}; run scripts/install-code-server.sh`);
    }
    const port = await freePort();
    const server = spawn(CODE_SERVER_NODE, [CODE_SERVER,
        '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
        ...smokeTestDriver(),
        folder], { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env });
    let log = '';
    const collect = (d) => { log += d; if (verbose) process.stderr.write('[code-server] ' + d); };
    server.stdout.on('data', collect);
    server.stderr.on('data', collect);
    for (let i = 0; ; i++) {
        try {
            await fetch(`http://127.0.0.1:${port}/healthz`);
            break;
        } catch { /* not up yet */ }
        if (i > 600 || server.exitCode !== null) {
            try { process.kill(-server.pid, 'SIGTERM'); } catch { /* gone */ }
            throw new Error('code-server did not start:\n' + log);
        }
        await new Promise((r) => setTimeout(r, 100));
    }
    return {
        port, authority: `127.0.0.1:${port}`, process: server, log: () => log,
        stop() { try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ } }
    };
}

export function launchChromium() {
    return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

// Output of the server and the extension host that is not the suite's.
const NOISE = /^\[(AgentHost|AgentHost:remote|ChatModelSelection|AccountPolicyGate|lifecycle)\]|^Resolv(ing|ed) connection token|Creating a socket|Updating additional builtin|\[Service Worker\]|ChatSessionStore|native-watchdog|build\/Release\/watchdog|spdlog|open-vsx\.org|DialogService: refused|Require stack|Could not locate the bindings|\[File Watcher|punycode/;

async function main() {
    const argv = process.argv.slice(2);
    const opt = (name, def) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : def; };
    const extDir = resolve(opt('--ext', repo));
    const testsPath = resolve(opt('--tests', join(extDir, 'out/e2e/suite/index.cjs')));
    const folder = resolve(opt('--folder', join(extDir, 'examples')));
    const timeoutMs = Number(opt('--timeout', process.env.KINERJA_E2E_TIMEOUT || 300000));
    const verbose = argv.includes('--verbose') || process.env.KINERJA_E2E_VERBOSE === '1';
    const thenTests = process.env.KINERJA_E2E_THEN_TESTS ? resolve(process.env.KINERJA_E2E_THEN_TESTS) : undefined;

    const t0 = Date.now();
    const tmp = mkdtempSync(join(tmpdir(), 'kinerja-e2e-'));
    let server;
    let browser;
    let code = 1;
    let why = '';
    try {
        // As `--skip-welcome` does for the desktop VS Code runTests starts: no Welcome page at
        // startup, so a Get Started editor in the suite is one the extension opened.
        mkdirSync(join(tmp, 'user-data/User'), { recursive: true });
        writeFileSync(join(tmp, 'user-data/User/settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none' }, null, 4) + '\n');
        server = await startCodeServer({ folder, userDataDir: join(tmp, 'user-data'), extensionsDir: join(tmp, 'extensions'), verbose });
        const remote = (p) => `vscode-remote://${server.authority}${p}`;
        const urlFor = (tests) => {
            const payload = [
                ['extensionDevelopmentPath', remote(extDir)],
                ['extensionTestsPath', remote(tests)]
            ];
            return `http://${server.authority}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
        };
        browser = await launchChromium();
        const page = await browser.newPage();
        let finish;
        let done = new Promise((r) => (finish = r));
        await page.exposeFunction('codeAutomationLog', (type, args) => {
            const out = Array.isArray(args) ? format(...args) : String(args);
            if (!verbose && NOISE.test(out)) return;
            (type === 'error' || type === 'warn' ? process.stderr : process.stdout).write(out + '\n');
        });
        await page.exposeFunction('codeAutomationExit', (c) => finish({ code: c, why: 'extension host exited' }));
        page.on('pageerror', (e) => { if (verbose) console.error('[pageerror]', e.message); });
        page.on('console', (m) => { if (verbose) console.error('[console]', m.type(), m.text()); });
        page.on('close', () => finish({ code: 1, why: 'page closed unexpectedly' }));
        const timer = setTimeout(() => finish({ code: 124, why: `timed out after ${timeoutMs} ms` }), timeoutMs);
        await page.goto(urlFor(testsPath));
        ({ code, why } = await done);
        // A later start of the same window (KINERJA_E2E_THEN_TESTS): the page loaded again,
        // with the same server, browser storage and user data, and another suite.
        if (code === 0 && thenTests) {
            done = new Promise((r) => (finish = r));
            console.error(`[code-server] the window started again for ${thenTests}`);
            await page.goto(urlFor(thenTests));
            ({ code, why } = await done);
        }
        clearTimeout(timer);
    } catch (e) {
        console.error(e);
        code = 1;
        why = 'runner error';
    } finally {
        try { await browser?.close(); } catch { /* closed */ }
        server?.stop();
        if (process.env.KINERJA_E2E_KEEP === '1') console.error(`[code-server] user data and logs kept in ${tmp}`);
        else try { rmSync(tmp, { recursive: true, force: true }); } catch { /* best effort */ }
    }
    console.error(`[code-server] exit code ${code} (${why}), ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    process.exit(code);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    await main();
}
