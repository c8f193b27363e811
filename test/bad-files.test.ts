/**
 * Bad files and paths give one clear message (file and what to do) and exit 2, and the
 * run writes nothing; what cannot be read inside a folder is skipped and named. Only
 * regular files are read, never more than the limit (docs/robustness.md, "Bad files").
 * Every CLI run has a timeout: a FIFO or /dev/zero read by mistake fails the test
 * instead of hanging the suite.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/engine/config.js';
import { readConfigFile } from '../src/workspace/config-loader.js';
import { pathToFileURL } from 'node:url';
import { collectFiles, LoadError, type SkippedPath } from '../src/workspace/loader.js';
import { FileTooLargeError, readRegularFile } from '../src/workspace/read-file.js';
import { kinerja, ROOT } from './cli-run.js';

let dir: string;
const POSIX = process.platform !== 'win32';
/** A CLI run that takes longer has hung (an unbounded read); a normal one takes well under a second. */
const TIMEOUT = 30_000;

const PEMDA = 'pemda Kab "Kabupaten Contoh" {\n    periode 2021 - 2026\n    sasaran S1 "Sasaran"\n}\n';

function mkfifo(path: string): void {
    const result = spawnSync('mkfifo', [path]);
    if (result.status !== 0) throw new Error(`mkfifo ${path} failed: ${String(result.stderr)}`);
}

beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kinerja-bad-'));
    mkdirSync(join(dir, 'ws/sub'), { recursive: true });
    writeFileSync(join(dir, 'ws/a.kinerja'), 'pemda K "K" { }');
    writeFileSync(join(dir, 'ws/sub/b.kinerja'), 'pemda L "L" { }');
    symlinkSync(join(dir, 'ws'), join(dir, 'ws/sub/back-to-top'));
    symlinkSync(join(dir, 'loop1'), join(dir, 'loop2'));
    symlinkSync(join(dir, 'loop2'), join(dir, 'loop1'));
    if (!POSIX) return;
    // A folder with one good file and everything else a folder can hold.
    mkdirSync(join(dir, 'hostile'));
    writeFileSync(join(dir, 'hostile/pemda.kinerja'), PEMDA);
    mkfifo(join(dir, 'hostile/a.kinerja'));
    symlinkSync('/dev/zero', join(dir, 'hostile/z.kinerja'));
    symlinkSync('/dev/null', join(dir, 'hostile/n.kinerja'));
    symlinkSync(join(dir, 'hostile/a.kinerja'), join(dir, 'hostile/to-fifo.kinerja'));
    symlinkSync(join(dir, 'hostile/gone.kinerja'), join(dir, 'hostile/dangling.kinerja'));
    symlinkSync('../nowhere', join(dir, 'hostile/lost-folder'));
    symlinkSync(join(dir, 'hostile/self.kinerja'), join(dir, 'hostile/self.kinerja'));
    mkfifo(join(dir, 'hostile/not-ours.fifo'));
    mkfifo(join(dir, 'fifo.kinerja'));
    symlinkSync('/dev/zero', join(dir, 'zero.kinerja'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('collecting files', () => {
    it('visits a folder reached again through a symbolic link only once', () => {
        expect(collectFiles([join(dir, 'ws')]).map(f => f.slice(dir.length))).toEqual(['/ws/a.kinerja', '/ws/sub/b.kinerja']);
    });

    it('names the path and the problem for a symbolic link loop given as a path', () => {
        expect(() => collectFiles([join(dir, 'loop1')])).toThrowError(LoadError);
        try {
            collectFiles([join(dir, 'loop1')]);
        } catch (err) {
            expect((err as LoadError).messageIn('en')).toBe(`${join(dir, 'loop1')}: too many symbolic links (a link loop?); fix or remove the link`);
            expect((err as LoadError).message).toBe(`${join(dir, 'loop1')}: terlalu banyak tautan simbolik (tautan melingkar?); perbaiki atau hapus tautan itu`);
        }
    });

    it.runIf(POSIX)('inside a folder, reads regular files only and names every path it skips, with why', () => {
        const skipped: SkippedPath[] = [];
        const files = collectFiles([join(dir, 'hostile')], s => skipped.push(s));
        expect(files).toEqual([join(dir, 'hostile/pemda.kinerja')]);
        const at = (name: string) => join(dir, 'hostile', name);
        expect(skipped).toEqual([
            { path: at('a.kinerja'), key: 'skip.not-regular', params: { kind: 'fifo' } },
            { path: at('dangling.kinerja'), key: 'skip.dangling', params: { target: at('gone.kinerja') } },
            { path: at('lost-folder'), key: 'skip.dangling', params: { target: '../nowhere' } },
            { path: at('n.kinerja'), key: 'skip.not-regular', params: { kind: 'character-device' } },
            { path: at('self.kinerja'), key: 'skip.loop', params: {} },
            { path: at('to-fifo.kinerja'), key: 'skip.not-regular', params: { kind: 'fifo' } },
            { path: at('z.kinerja'), key: 'skip.not-regular', params: { kind: 'character-device' } }
        ]);
    });

    it.runIf(POSIX)('refuses a FIFO or a device given as a path, without opening it', () => {
        for (const [path, kind] of [[join(dir, 'fifo.kinerja'), 'fifo'], [join(dir, 'zero.kinerja'), 'character-device'], ['/dev/zero', 'character-device']]) {
            let error: LoadError | undefined;
            try {
                collectFiles([path]);
            } catch (err) {
                error = err as LoadError;
            }
            expect(error, path).toBeInstanceOf(LoadError);
            expect(error!.key).toBe('load.not-regular');
            expect(error!.params).toEqual({ kind });
        }
    });
});

/**
 * Calls the compiled loader in a child process with a timeout, for what would block this
 * process for ever (or fill its memory) if it went wrong: the message, or 'ok'.
 */
function isolated(call: string): string {
    const out = pathToFileURL(join(ROOT, 'out/workspace')).href;
    const script = `import { readSourceFile } from '${out}/loader.js';\nimport { readConfigFile } from '${out}/config-loader.js';\n`
        + `try { ${call}; console.log('ok'); } catch (e) { console.log(e.messageIn ? e.messageIn('en') : String(e)); }`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: TIMEOUT, killSignal: 'SIGKILL' });
    return result.signal ? `killed (${result.signal}) after ${TIMEOUT} ms` : result.stdout.trim() + result.stderr.trim();
}

describe('reading one file', () => {
    it.runIf(POSIX)('never waits on a FIFO nor reads a device, even when handed one directly', () => {
        const fifo = join(dir, 'fifo.kinerja');
        expect(isolated(`readSourceFile(${JSON.stringify(fifo)})`)).toBe(`${fifo}: is not a regular file but a named pipe (FIFO), and is not read; give a regular .kinerja file or its folder`);
        const zero = join(dir, 'zero.kinerja');
        expect(isolated(`readSourceFile(${JSON.stringify(zero)})`)).toBe(`${zero}: is not a regular file but a character device (like /dev/zero), and is not read; give a regular .kinerja file or its folder`);
    });

    it.runIf(process.platform === 'linux')('counts the bytes it reads, not what stat says (0 for files of /proc)', () => {
        expect(readRegularFile('/proc/self/status', 1 << 20).toString('utf8')).toMatch(/^Name:/);
        expect(() => readRegularFile('/proc/self/status', 64)).toThrowError(FileTooLargeError);
    });

    it('refuses a file over the limit by its size before reading it', () => {
        const big = join(dir, 'big.kinerja');
        writeFileSync(big, 'x'.repeat(100));
        expect(() => readRegularFile(big, 99)).toThrowError(FileTooLargeError);
        expect(readRegularFile(big, 100).length).toBe(100);
    });
});

describe('reading a config file', () => {
    const error = (file: string): ConfigError => {
        try {
            readConfigFile(file);
        } catch (err) {
            expect(err).toBeInstanceOf(ConfigError);
            return err as ConfigError;
        }
        throw new Error(`no error for ${file}`);
    };

    it('accepts a byte-order mark (editors on Windows save one)', () => {
        const file = join(dir, 'bom.json');
        writeFileSync(file, '\ufeff{ "thresholds": { "low": 80 } }');
        expect(readConfigFile(file).thresholds).toEqual({ low: 80, high: 200 });
    });

    it('names the line, the column and what stands there, an invisible character as U+XXXX', () => {
        const file = join(dir, 'zwsp.json');
        writeFileSync(file, '{\n  "thresholds": {\n    \u200b"low": 80 } }');
        expect(error(file).message).toBe(`${file}: baris 3 kolom 5: bukan JSON yang sah (ada karakter tak terlihat U+200B di sini); perbaiki penulisannya atau hapus berkas ini untuk memakai nilai bawaan`);
        expect(error(file).messageIn('en')).toBe(`${file}: line 3 column 5: not valid JSON (an invisible character U+200B here); fix the syntax or delete the file to use the defaults`);
        writeFileSync(file, '{ "thresholds": { "low": 80 }');
        expect(error(file).messageIn('en')).toBe(`${file}: line 1 column 30: not valid JSON (the file ends before the JSON does); fix the syntax or delete the file to use the defaults`);
    });

    it('refuses a file that is not UTF-8', () => {
        const file = join(dir, 'latin1.json');
        writeFileSync(file, Buffer.from('{ "bands": [{ "label": "\xe9" }] }', 'latin1'));
        expect(error(file).messageIn('en')).toBe(`${file}: is not valid UTF-8 text; save it as UTF-8`);
    });

    it.runIf(POSIX)('refuses a FIFO, a device and a dangling link without waiting or reading without end', () => {
        const fifo = join(dir, 'fifo.kinerja');
        expect(isolated(`readConfigFile(${JSON.stringify(fifo)})`)).toBe(`${fifo}: is not a regular file but a named pipe (FIFO), and is not read; a config file must be a regular JSON file: delete or rename it, or name another file with --config`);
        expect(isolated(`readConfigFile('/dev/zero')`)).toBe('/dev/zero: is not a regular file but a character device (like /dev/zero), and is not read; a config file must be a regular JSON file: delete or rename it, or name another file with --config');
        expect(error(join(dir, 'hostile/dangling.kinerja')).messageIn('en')).toBe(`${join(dir, 'hostile/dangling.kinerja')}: is a symbolic link to ${join(dir, 'hostile/gone.kinerja')}, which does not exist; fix or remove the link`);
    });
});

describe.runIf(POSIX)('the command line on FIFOs, devices and broken links', () => {
    it('check on a folder skips them, names each on stderr, and checks the rest', () => {
        const r = kinerja(['check', 'hostile'], dir, {}, { timeout: TIMEOUT });
        expect(r.status).toBe(0);
        expect(r.stderr).toBe([
            'kinerja: hostile/a.kinerja: dilewati: bukan berkas biasa melainkan pipa bernama (FIFO)',
            `kinerja: hostile/dangling.kinerja: dilewati: tautan simbolik ke ${join(dir, 'hostile/gone.kinerja')}, yang tidak ada; perbaiki atau hapus tautan itu`,
            'kinerja: hostile/lost-folder: dilewati: tautan simbolik ke ../nowhere, yang tidak ada; perbaiki atau hapus tautan itu',
            'kinerja: hostile/n.kinerja: dilewati: bukan berkas biasa melainkan perangkat karakter (mis. /dev/zero)',
            'kinerja: hostile/self.kinerja: dilewati: tautan simbolik melingkar (tautan yang akhirnya menunjuk dirinya sendiri); perbaiki atau hapus tautan itu',
            'kinerja: hostile/to-fifo.kinerja: dilewati: bukan berkas biasa melainkan pipa bernama (FIFO)',
            'kinerja: hostile/z.kinerja: dilewati: bukan berkas biasa melainkan perangkat karakter (mis. /dev/zero)',
            '1 berkas diperiksa: 0 kesalahan, 0 peringatan, 0 info',
            ''
        ].join('\n'));
        const en = kinerja(['check', 'hostile', '--lang', 'en'], dir, {}, { timeout: TIMEOUT });
        expect(en.status).toBe(0);
        expect(en.stderr).toContain('kinerja: hostile/z.kinerja: skipped: not a regular file but a character device (like /dev/zero)\n');
        expect(en.stderr).toContain('kinerja: hostile/self.kinerja: skipped: a symbolic link loop (a link that ends up pointing at itself); fix or remove the link\n');
        const report = kinerja(['report', 'hostile', '--year', '2025'], dir, {}, { timeout: TIMEOUT });
        expect(report.status).toBe(0);
        expect(report.stderr).toContain('kinerja: hostile/a.kinerja: dilewati: bukan berkas biasa melainkan pipa bernama (FIFO)\n');
        expect(JSON.parse(report.stdout).year).toBe(2025);
    });

    it('check and report on a FIFO or a device given as a path exit 2 naming it', () => {
        for (const args of [['check', 'fifo.kinerja'], ['report', 'fifo.kinerja', '--year', '2025'], ['check', 'zero.kinerja'], ['check', '/dev/zero']]) {
            const r = kinerja(args, dir, {}, { timeout: TIMEOUT });
            expect(r.status, args.join(' ')).toBe(2);
            expect(r.stdout).toBe('');
            expect(r.stderr).toMatch(new RegExp(`^kinerja: ${args[1]}: bukan berkas biasa melainkan (pipa bernama \\(FIFO\\)|perangkat karakter \\(mis\\. /dev/zero\\)), dan tidak dibaca; berikan berkas \\.kinerja biasa atau foldernya\\n$`));
        }
        expect(kinerja(['check', 'fifo.kinerja', '--lang', 'en'], dir, {}, { timeout: TIMEOUT }).stderr)
            .toBe('kinerja: fifo.kinerja: is not a regular file but a named pipe (FIFO), and is not read; give a regular .kinerja file or its folder\n');
    });

    it('--config /dev/zero exits 2 at once instead of reading without end', () => {
        const started = Date.now();
        const r = kinerja(['check', 'ws', '--config', '/dev/zero', '--lang', 'en'], dir, {}, { timeout: TIMEOUT });
        expect(r.status).toBe(2);
        expect(r.stderr).toBe('kinerja: /dev/zero: is not a regular file but a character device (like /dev/zero), and is not read; a config file must be a regular JSON file: delete or rename it, or name another file with --config\n');
        expect(Date.now() - started).toBeLessThan(TIMEOUT);
    });

    it('a FIFO, a device link or a dangling link named kinerja.config.json up the tree exits 2 naming it (no other config is looked for)', () => {
        const project = join(dir, 'project');
        mkdirSync(join(project, 'src'), { recursive: true });
        writeFileSync(join(project, 'src/pemda.kinerja'), PEMDA);
        const config = join(project, 'kinerja.config.json');
        const cases: Array<[string, () => void, RegExp]> = [
            ['FIFO', () => mkfifo(config), /bukan berkas biasa melainkan pipa bernama \(FIFO\), dan tidak dibaca; berkas konfigurasi harus berkas JSON biasa/],
            ['link to /dev/zero', () => symlinkSync('/dev/zero', config), /bukan berkas biasa melainkan perangkat karakter/],
            ['dangling link', () => symlinkSync('gone.json', config), /adalah tautan simbolik ke gone\.json, yang tidak ada; perbaiki atau hapus tautan itu/],
            ['folder', () => mkdirSync(config), /bukan berkas biasa melainkan folder/]
        ];
        for (const [name, make, message] of cases) {
            rmSync(config, { recursive: true, force: true });
            make();
            for (const args of [['check', 'project/src'], ['report', 'project/src', '--year', '2025']]) {
                const r = kinerja(args, dir, {}, { timeout: TIMEOUT });
                expect(r.status, `${name}: ${args[0]}`).toBe(2);
                expect(r.stderr, name).toMatch(new RegExp(`^kinerja: ${config.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${message.source}`));
            }
        }
        rmSync(config, { recursive: true, force: true });
    });

    it('a config saved with a byte-order mark is applied; an unknown nested key or finding code exits 2 with the closest one', () => {
        const project = join(dir, 'bom-project');
        mkdirSync(project);
        writeFileSync(join(project, 'pemda.kinerja'), PEMDA);
        const config = join(project, 'kinerja.config.json');
        writeFileSync(config, '\ufeff{ "language": "en" }');
        const r = kinerja(['check', 'bom-project'], dir, {}, { timeout: TIMEOUT });
        expect(r.status).toBe(0);
        expect(r.stderr).toBe('1 file(s) checked: 0 error(s), 0 warning(s), 0 info\n');
        writeFileSync(config, '\ufeff{ "thresholds": { "low": 80, "hgih": 150 } }');
        expect(kinerja(['check', 'bom-project'], dir, {}, { timeout: TIMEOUT })).toMatchObject({
            status: 2, stdout: '', stderr: `kinerja: ${config}: kunci "thresholds.hgih" tidak dikenal; maksudnya "thresholds.high"? Kunci yang dikenal di dalam "thresholds": low, high\n`
        });
        writeFileSync(config, '{ "severity": { "pk-unsinged": "off" } }');
        expect(kinerja(['check', 'bom-project', '--lang', 'en'], dir, {}, { timeout: TIMEOUT })).toMatchObject({
            status: 2, stdout: '', stderr: `kinerja: ${config}: "severity.pk-unsinged": unknown finding code "pk-unsinged"; did you mean "pk-unsigned"? Every code is listed in docs/findings.md\n`
        });
        expect(kinerja(['report', 'bom-project', '--year', '2025'], dir, {}, { timeout: TIMEOUT }).status).toBe(2);
    });
});
