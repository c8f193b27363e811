/**
 * Scratch folders for tests that write files: each made under the system's temporary
 * folder with the given prefix, and removed after each test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** Returns a function making a new scratch folder; the folders go after each test. */
export function scratchFolders(prefix: string): () => string {
    const dirs: string[] = [];
    afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });
    return () => {
        const dir = mkdtempSync(join(tmpdir(), prefix));
        dirs.push(dir);
        return dir;
    };
}
