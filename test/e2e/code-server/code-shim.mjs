#!/usr/bin/env node
// Stands in for the VS Code executable in @vscode/test-electron's
// `runTests({ vscodeExecutablePath })`: it accepts the command line runTests builds for
// Electron (--extensionDevelopmentPath=, --extensionTestsPath=, the folder, and flags
// such as --no-sandbox or --user-data-dir= that do not apply) and runs the suite in
// code-server through run.mjs, whose exit code becomes runTests' result.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = [];
const positional = [];
let extSeen = false;
for (const a of process.argv.slice(2)) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (!m) { positional.push(a); continue; }
    const [, key, value] = m;
    if (key === 'extensionTestsPath') args.push('--tests', value);
    else if (key === 'extensionDevelopmentPath' && !extSeen) { args.push('--ext', value); extSeen = true; }
    else if (key === 'folder-uri') args.push('--folder', fileURLToPath(value));
    // everything else (--no-sandbox, --disable-*, --user-data-dir, --extensions-dir, --skip-*) does not apply
}
if (positional.length) args.push('--folder', positional[0]);
const child = spawn(process.execPath, [join(here, 'run.mjs'), ...args], { stdio: 'inherit', env: process.env });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill(s));
