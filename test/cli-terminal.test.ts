/**
 * Control characters from file names and file content never reach the terminal raw: a
 * name holding an escape sequence cannot clear the screen and print a fake "0 errors",
 * a carriage return cannot overwrite a finding, a bidirectional control cannot reorder
 * one. Text output and messages show them as visible `\u001b` escapes; JSON and SARIF
 * write them as JSON escapes (the same data); GitHub annotations as the text format.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeJsonControls, terminalSafe, visibleControls } from '../src/common/controls.js';
import { formatText, type CliFinding } from '../src/cli/check.js';
import { escapeData, escapeProperty, formatGithub } from '../src/cli/github.js';
import { BIN, kinerja, shellQuote } from './cli-run.js';

/** Every character that must never reach a terminal raw, one of each kind. */
const HOSTILE = [
    '\x1b[2J\x1b[H', // ESC: clear the screen, cursor home
    '\r', '\x07', '\x08', '\t', '\n', '\x00', '\x7f',
    '\x9b31m', // C1 CSI
    '\x85', // C1 next line
    '\u202e', '\u202a', '\u202b', '\u202c', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c',
    '\u2028', '\u2029'
];
const RAW = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** The same, without the line breaks that separate the lines of an output. */
const RAW_IN_LINES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('visibleControls', () => {
    it('shows each control as a JSON-style escape and leaves other text alone', () => {
        expect(visibleControls('a\x1b[2Jb')).toBe('a\\u001b[2Jb');
        expect(visibleControls('x\r\ny\tz\x00')).toBe('x\\u000d\\u000ay\\u0009z\\u0000');
        expect(visibleControls('\x7f\x80\x9b\x9f')).toBe('\\u007f\\u0080\\u009b\\u009f');
        expect(visibleControls('\u202a\u202e\u2066\u2069\u200e\u200f\u061c\u2028\u2029')).toBe('\\u202a\\u202e\\u2066\\u2069\\u200e\\u200f\\u061c\\u2028\\u2029');
        const plain = 'Dinas Kesehatan — 114,05% · Rp 2.500.000.000 «ok» é 🚀 \u00a0 \u200b \\u001b';
        expect(visibleControls(plain)).toBe(plain);
        for (const c of HOSTILE) expect(visibleControls(`a${c}b`), JSON.stringify(c)).not.toMatch(RAW);
    });

    it('terminalSafe keeps line breaks and tabs of a whole output, and escapes a lone carriage return', () => {
        expect(terminalSafe('a\tb\nc\r\nd')).toBe('a\tb\nc\r\nd');
        expect(terminalSafe('0 errors\rx\x1b[2J\u202e')).toBe('0 errors\\u000dx\\u001b[2J\\u202e');
    });

    it('escapeJsonControls keeps the JSON\'s meaning and leaves no control raw', () => {
        const text = HOSTILE.join('|');
        const json = escapeJsonControls(JSON.stringify({ name: text }, null, 2));
        expect(JSON.parse(json)).toEqual({ name: text });
        expect(json.replace(/\n/g, '')).not.toMatch(RAW);
    });
});

describe('text and github formats', () => {
    const finding = (message: string, file = 'a.kinerja'): CliFinding => ({ file, line: 1, column: 2, severity: 'error', code: 'syntax', message });

    it('--format text: one line per finding, whatever the name holds', () => {
        const hostile = HOSTILE.map(c => `x${c}`).join('');
        const text = formatText([finding(`Expected '}' but found \`"${hostile}"\``, `a${hostile}.kinerja`), finding('second')]);
        expect(text.split('\n')).toHaveLength(3);
        expect(text.replace(/\n/g, '')).not.toMatch(RAW);
        expect(text).toContain('\\u001b[2J\\u001b[H');
        expect(text.split('\n')[1]).toBe('a.kinerja:1:2 error syntax second');
    });

    it('--format github: no raw control in the message or the properties', () => {
        const hostile = HOSTILE.join('');
        expect(escapeData(hostile)).not.toMatch(RAW);
        expect(escapeProperty(hostile)).not.toMatch(RAW);
        expect(escapeData('50%\r\n\x1b')).toBe('50%25%0D%0A\\u001b');
        const lines = formatGithub([{ ...finding(`x${hostile}`, `a${hostile}.kinerja`), related: [{ file: `b${hostile}`, line: 2, column: 1, endLine: 2, endColumn: 2, message: hostile }] }]);
        expect(lines.split('\n')).toHaveLength(2);
        expect(lines.replace(/\n$/, '')).not.toMatch(RAW);
    });
});

describe('the command line', () => {
    let dir: string;
    /** A file whose name and content hold escape sequences, C1 and bidirectional controls. */
    const NAME = 'a\x1b[2J\x1b[Hb\u202e.kinerja';
    const CONTENT = 'instansi A {\n    "Dinas \x1b[2J\x1b[H0 kesalahan \u202eX \x9b31m \x07\x7f"\n}\n';

    beforeAll(() => {
        dir = mkdtempSync(join(tmpdir(), 'kinerja-controls-'));
        mkdirSync(join(dir, 'ws'));
        writeFileSync(join(dir, 'ws', NAME), CONTENT);
    });

    it('check --format text shows file names and quoted content with visible escapes', () => {
        const r = kinerja(['check', 'ws', '--lang', 'en'], dir);
        expect(r.status).toBe(1);
        expect(r.stdout).not.toMatch(RAW_IN_LINES);
        expect(r.stderr).not.toMatch(RAW_IN_LINES);
        expect(r.stdout).toContain('ws/a\\u001b[2J\\u001b[Hb\\u202e.kinerja:2:5 error syntax Expected \'}\' but found `"Dinas \\u001b[2J\\u001b[H0 kesalahan \\u202eX \\u009b31m \\u0007\\u007f"`.\n');
        expect(r.stdout).toContain('ws/a\\u001b[2J\\u001b[Hb\\u202e.kinerja:2:31 error bidi-control Bidirectional control character U+202E');
        expect(r.stderr).toBe('1 file(s) checked: 3 error(s), 0 warning(s), 0 info\n');
    });

    it('check --format github escapes them as well', () => {
        const r = kinerja(['check', 'ws', '--format', 'github'], dir);
        expect(r.stdout.split('\n').filter(Boolean).every(line => line.startsWith('::error file=ws/a\\u001b[2J\\u001b[Hb\\u202e.kinerja,'))).toBe(true);
        expect(r.stdout).not.toMatch(RAW_IN_LINES);
    });

    it.each(['json', 'sarif'])('check --format %s keeps the exact names as JSON escapes, none raw', format => {
        const r = kinerja(['check', 'ws', '--format', format], dir);
        expect(r.stdout).not.toMatch(RAW_IN_LINES);
        expect(r.stdout).toContain('\\"Dinas \\u001b[2J\\u001b[H0 kesalahan \\u202eX \\u009b31m \\u0007\\u007f\\"');
        // The data is exact: the file name itself (SARIF: as a URI).
        const text = JSON.stringify(JSON.parse(r.stdout));
        expect(text).toContain(format === 'json' ? JSON.stringify(`ws/${NAME}`).slice(1, -1) : 'ws/a%1B%5B2J%1B%5BHb%E2%80%AE.kinerja');
    });

    it('messages on stderr that quote a path or an argument show their controls visibly', () => {
        const missing = kinerja(['check', 'nope\x1b[2J\u202e', '--lang', 'en'], dir);
        expect(missing.status).toBe(2);
        expect(missing.stderr).toContain('nope\\u001b[2J\\u202e');
        expect(missing.stderr).not.toMatch(RAW_IN_LINES);
        const choice = kinerja(['check', 'ws', '--format', 'x\x1b[2J', '--lang', 'en'], dir);
        expect(choice.status).toBe(2);
        expect(choice.stderr).toContain("'x\\u001b[2J'");
        expect(choice.stderr).not.toMatch(RAW_IN_LINES);
        const out = kinerja(['check', 'ws', '--out', join(dir, 'no\x1b[2J/x.txt'), '--lang', 'en'], dir);
        expect(out.status).toBe(2);
        expect(out.stderr).toContain('no\\u001b[2J/x.txt: cannot be written');
    });

    // On a terminal (here the pseudo-terminal of util-linux's `script`), every text format
    // shows the controls visibly: the CSV report holds the names as they are.
    const SCRIPT = spawnSync('script', ['-qec', 'true', '/dev/null']).status === 0;
    it.skipIf(!SCRIPT)('report --format csv on a terminal shows them visibly; redirected it keeps the exact text', () => {
        mkdirSync(join(dir, 'rep'));
        writeFileSync(join(dir, 'rep', 'b.kinerja'), 'pemda P "Pemda" {\n    periode 2021 - 2026\n}\ninstansi B "Dinas \x1b[2J\x1b[H0 kesalahan\u202e" {\n    pemda P\n    periode 2021 - 2026\n}\n');
        const args = ['report', 'rep', '--year', '2025', '--format', 'csv', '--kind', 'ranking'];
        const file = kinerja(args, dir);
        expect(file.stdout).toContain('Dinas \x1b[2J\x1b[H0 kesalahan\u202e');
        const tty = spawnSync('script', ['-qec', [process.execPath, BIN, ...args].map(shellQuote).join(' '), '/dev/null'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
        expect(tty.stdout).toContain('Dinas \\u001b[2J\\u001b[H0 kesalahan\\u202e');
        expect(tty.stdout).not.toMatch(/\x1b|\u202e/);
    });
});
