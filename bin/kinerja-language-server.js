#!/usr/bin/env node
// The kinerja language server for any LSP client (Neovim, Helix, Emacs, …), see
// docs/editors.md. Runs the compiled server (npm run build compiles it) over stdio:
//     kinerja-language-server --stdio
// `--node-ipc` and `--socket=PORT` work too; without a transport, stdio is used.
import { existsSync, readFileSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    process.stdout.write(`${pkg.version}\n`);
} else if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write([
        'Usage: kinerja-language-server [--stdio | --node-ipc | --socket=PORT]',
        '',
        'The language server for .kinerja files (SAKIP performance accountability).',
        'Editors start it and talk LSP over stdin/stdout; see docs/editors.md.',
        ''
    ].join('\n'));
} else {
    if (!args.some(a => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
        process.argv.push('--stdio');
    }
    const server = new URL('../out/lsp/main.js', import.meta.url);
    if (existsSync(server)) {
        module.enableCompileCache?.();
        await import(server.href);
    } else {
        process.stderr.write(`kinerja-language-server: this copy of kinerja is not built yet; run \`npm run build\` in ${fileURLToPath(new URL('..', import.meta.url))} first.\n`);
        process.exitCode = 2;
    }
}
