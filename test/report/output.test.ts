/** Atomic `--out` writes and the progress line. */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Progress, PROGRESS_MIN_FILES, writeFileAtomic } from '../../src/cli/output.js';

describe('writeFileAtomic', () => {
    it('writes a new file, replaces an existing one, keeps its mode and leaves no temporary file', () => {
        const dir = mkdtempSync(join(tmpdir(), 'kinerja-out-'));
        const file = join(dir, 'r.md');
        writeFileAtomic(file, 'one');
        expect(readFileSync(file, 'utf8')).toBe('one');
        chmodSync(file, 0o640);
        writeFileAtomic(file, Buffer.from('two'));
        expect(readFileSync(file, 'utf8')).toBe('two');
        expect(statSync(file).mode & 0o777).toBe(0o640);
        expect(readdirSync(dir)).toEqual(['r.md']);
    });

    it('fails with a usage error, leaving the old file and no temporary file, when it cannot write', () => {
        const dir = mkdtempSync(join(tmpdir(), 'kinerja-out-'));
        expect(() => writeFileAtomic(join(dir, 'missing/r.md'), 'x', 'en')).toThrow(/missing\/r\.md: cannot be written \(no such folder\)/);
        expect(() => writeFileAtomic(dir, 'x', 'en')).toThrow(/cannot be written \(is a folder\)/);
        if (process.getuid?.() !== 0) {
            const file = join(dir, 'keep.md');
            writeFileSync(file, 'old');
            chmodSync(dir, 0o500);
            try {
                expect(() => writeFileAtomic(file, 'new', 'en')).toThrow(/permission denied/);
            } finally {
                chmodSync(dir, 0o700);
            }
            expect(readFileSync(file, 'utf8')).toBe('old');
        }
        expect(readdirSync(dir).filter(f => f.endsWith('.tmp'))).toEqual([]);
    });
});

describe('Progress', () => {
    function stream(isTTY: boolean) {
        const writes: string[] = [];
        return { writes, isTTY, columns: 80, write: (t: string) => { writes.push(t); return true; } };
    }

    it('draws one self-overwriting line on a terminal for a large workspace and erases it', () => {
        const s = stream(true);
        let now = 0;
        const p = new Progress(120, 'en', s, () => now);
        p.update('reading', 1);
        now += 50;
        p.update('reading', 2);              // throttled
        now += 100;
        p.update('building', 120);
        p.done();
        expect(s.writes).toEqual(['\rkinerja: reading files 1/120\x1b[K', '\rkinerja: checking files 120/120\x1b[K', '\r\x1b[K']);
    });

    it('stays silent when stderr is not a terminal or the workspace is small', () => {
        const pipe = stream(false);
        const p = new Progress(500, 'id', pipe);
        p.update('reading', 1);
        p.done();
        expect(pipe.writes).toEqual([]);
        const small = stream(true);
        const q = new Progress(PROGRESS_MIN_FILES - 1, 'id', small);
        q.update('reading', 1);
        q.done();
        expect(small.writes).toEqual([]);
    });
});
