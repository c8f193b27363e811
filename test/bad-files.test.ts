/**
 * Bad files and paths give one clear message (file and what to do) and exit 2, and the
 * run writes nothing.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectFiles, describeFsError, LoadError } from '../src/workspace/loader.js';

let dir: string;

beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kinerja-bad-'));
    mkdirSync(join(dir, 'ws/sub'), { recursive: true });
    writeFileSync(join(dir, 'ws/a.kinerja'), 'pemda K "K" { }');
    writeFileSync(join(dir, 'ws/sub/b.kinerja'), 'pemda L "L" { }');
    symlinkSync(join(dir, 'ws'), join(dir, 'ws/sub/back-to-top'));
    symlinkSync(join(dir, 'loop1'), join(dir, 'loop2'));
    symlinkSync(join(dir, 'loop2'), join(dir, 'loop1'));
});

describe('collecting files', () => {
    it('visits a folder reached again through a symbolic link only once', () => {
        expect(collectFiles([join(dir, 'ws')]).map(f => f.slice(dir.length))).toEqual(['/ws/a.kinerja', '/ws/sub/b.kinerja']);
    });

    it('names the path and the problem for a symbolic link loop', () => {
        expect(() => collectFiles([join(dir, 'loop1')])).toThrowError(LoadError);
        expect(() => collectFiles([join(dir, 'loop1')])).toThrow(/loop1: too many symbolic links \(a link loop\?\); fix or remove the link/);
    });

    it('describes permission and other file system errors', () => {
        expect(describeFsError(Object.assign(new Error(), { code: 'EACCES' }), 'x')).toBe('permission denied; check the file permissions');
        expect(describeFsError(Object.assign(new Error(), { code: 'EIO' }), 'cannot read the file')).toBe('cannot read the file (EIO); check the path and its permissions');
    });
});
