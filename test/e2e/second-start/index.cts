/**
 * The suite of a later start: the harness loads the window again after test/e2e/suite
 * passed (same user data and browser storage, a new extension host) with this file as
 * --extensionTestsPath (run.mjs, KINERJA_E2E_THEN_TESTS).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, reporter: 'spec' });
    for (const file of readdirSync(__dirname).filter(f => f.endsWith('.test.cjs')).sort()) mocha.addFile(join(__dirname, file));
    return new Promise((resolve, reject) => {
        try {
            mocha.run(failures => failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve());
        } catch (err) {
            reject(err);
        }
    });
}
