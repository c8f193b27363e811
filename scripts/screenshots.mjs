#!/usr/bin/env node
// `npm run screenshots`: takes the screenshots the README and docs show, into
// docs/images/ (the only command that writes there): the HTML reports opened in
// Chromium (the browser suite with KINERJA_SCREENSHOTS set), then the extension in
// code-server (test/e2e/screenshots.mjs, from the packaged .vsix). The test suites take
// the same screenshots into temporary folders, so running them leaves the tree as it was.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const images = join(root, 'docs', 'images');
const vitest = createRequire(import.meta.url).resolve('vitest/vitest.mjs');
const steps = [
    ['bash', [join(root, 'scripts/install-chromium.sh')], {}],
    [process.execPath, [vitest, 'run', '-c', 'vitest.browser.config.ts', 'test/browser/reports.test.ts'], { KINERJA_SCREENSHOTS: images }],
    [process.execPath, [join(root, 'test/e2e/screenshots.mjs'), '--out', images, ...process.argv.slice(2)], {}]
];
for (const [command, args, env] of steps) {
    const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    if (result.status !== 0) process.exit(result.status ?? 1);
}
