/**
 * The integration suite's entry, in @vscode/test-electron's layout: VS Code's extension
 * host loads this file (--extensionTestsPath) and calls run(), which runs every
 * `*.test.cjs` beside it with mocha (tdd interface) and rejects when a test fails.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 90000, reporter: 'spec' });
    for (const file of readdirSync(__dirname).filter(f => f.endsWith('.test.cjs')).sort()) {
        mocha.addFile(join(__dirname, file));
    }
    return new Promise((resolve, reject) => {
        try {
            mocha.run(failures => failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve());
        } catch (err) {
            reject(err);
        }
    });
}
