/**
 * Starts the extension's integration suite (test/e2e/suite) with @vscode/test-electron's
 * runTests() against a real VS Code, on a fresh copy of examples/:
 *
 * - `KINERJA_E2E_VSCODE=code-server` (and automatically on Linux without a display, or
 *   when VS Code cannot be downloaded): VS Code 1.100 as code-server in headless
 *   Chromium, installed from npm and apt by scripts/install-code-server.sh, driven
 *   through test/e2e/code-server/code-shim.mjs given as `vscodeExecutablePath`;
 * - `KINERJA_E2E_VSCODE=electron`: the VS Code desktop build that runTests downloads
 *   (KINERJA_E2E_VSCODE_VERSION, default 1.100.3) — needs a display (xvfb-run on CI);
 * - `KINERJA_E2E_VSCODE=/path/to/code`: that VS Code executable.
 *
 * Which VS Code: `--vscode oldest` (default; VS Code 1.100.3 = code-server 4.100.3, the oldest
 * release engines.vscode allows, extension host on Node 20) or `--vscode current` (VS Code
 * 1.139.1 = code-server 4.139.1, extension host on Node 24): `npm run test:e2e` and
 * `npm run test:e2e:current`. Each code-server is installed in its own folder.
 *
 * Exits with the suite's exit code (non-zero when a test fails).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { downloadAndUnzipVSCode, runTests, SilentReporter } from '@vscode/test-electron';

const repo = resolve(__dirname, '../..');
const extensionTestsPath = join(repo, 'out/e2e/suite/index.cjs');
const shim = join(repo, 'test/e2e/code-server/code-shim.mjs');
/** The VS Code releases the suite runs on, and the code-server release of each. */
const RELEASES = {
    oldest: { vscode: '1.100.3', codeServer: '4.100.3', folder: 'code-server' },
    current: { vscode: '1.139.1', codeServer: '4.139.1', folder: 'code-server-4.139.1' }
} as const;
const which = (() => {
    const i = process.argv.indexOf('--vscode');
    const name = i >= 0 ? process.argv[i + 1] : 'oldest';
    if (name !== 'oldest' && name !== 'current') throw new Error(`--vscode ${name}: expected oldest or current`);
    return name;
})();
const release = RELEASES[which];
const version = process.env.KINERJA_E2E_VSCODE_VERSION || release.vscode;
const codeServerDir = join(repo, '.vscode-test', release.folder);

function log(message: string): void {
    process.stderr.write(`[e2e] ${message}\n`);
}

function installCodeServer(): void {
    const ready = join(codeServerDir, '.ready');
    if (!existsSync(ready) || readFileSync(ready, 'utf8').trim() !== release.codeServer) {
        log(`installing code-server ${release.codeServer} (once; a few minutes)…`);
        execFileSync('bash', [join(repo, 'scripts/install-code-server.sh'), codeServerDir], {
            stdio: 'inherit', env: { ...process.env, CODE_SERVER_VERSION: release.codeServer }
        });
    }
    // The shim's run.mjs starts this code-server (it inherits the environment), and after
    // the suite starts the same window again for the suite of a later start.
    process.env.CODE_SERVER_ENTRY = join(codeServerDir, 'node_modules/code-server/out/node/entry.js');
    process.env.KINERJA_E2E_THEN_TESTS = join(repo, 'out/e2e/second-start/index.cjs');
}

async function pickVSCode(): Promise<{ kind: 'code-server' | 'electron'; executable: string }> {
    const wanted = process.env.KINERJA_E2E_VSCODE ?? 'auto';
    const codeServer = () => {
        installCodeServer();
        chmodSync(shim, 0o755);
        return { kind: 'code-server' as const, executable: shim };
    };
    if (wanted === 'code-server') return codeServer();
    if (wanted !== 'auto' && wanted !== 'electron') return { kind: 'electron', executable: wanted };
    if (wanted === 'auto' && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
        log('no display: using code-server in headless Chromium');
        return codeServer();
    }
    try {
        const executable = await downloadAndUnzipVSCode({
            version, cachePath: join(repo, '.vscode-test'), reporter: new SilentReporter(), timeout: 15000
        });
        return { kind: 'electron', executable };
    } catch (err) {
        if (wanted === 'electron') throw err;
        log(`VS Code ${version} could not be downloaded (${err instanceof Error ? err.message : String(err)}): using code-server`);
        return codeServer();
    }
}

async function main(): Promise<number> {
    const started = Date.now();
    const workspace = mkdtempSync(join(tmpdir(), 'kinerja-e2e-workspace-'));
    cpSync(join(repo, 'examples'), workspace, { recursive: true });
    try {
        const vscode = await pickVSCode();
        log(`running the suite in ${vscode.kind === 'code-server' ? `code-server ${release.codeServer} (VS Code ${release.vscode})` : vscode.executable} on a copy of examples/ in ${workspace}`);
        const code = await runTests({
            vscodeExecutablePath: vscode.executable,
            extensionDevelopmentPath: repo,
            extensionTestsPath,
            extensionTestsEnv: { KINERJA_E2E_WORKSPACE: workspace },
            launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes']
        });
        log(`passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        return code;
    } catch (err) {
        log(`failed after ${((Date.now() - started) / 1000).toFixed(1)} s: ${err instanceof Error ? err.message : String(err)}`);
        return typeof (err as { code?: unknown }).code === 'number' && (err as { code: number }).code !== 0 ? (err as { code: number }).code : 1;
    } finally {
        rmSync(workspace, { recursive: true, force: true });
    }
}

main().then(code => process.exit(code), err => {
    console.error(err);
    process.exit(1);
});
