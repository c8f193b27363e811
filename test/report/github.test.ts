/** `kinerja check --format github`: workflow-command annotations and their escaping. */
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub, githubAnnotation } from '../../src/cli/github.js';
import { checkFormat } from '../../src/cli/main.js';

describe('GitHub annotations', () => {
    it('write one workflow command per finding with file, position, end and title', () => {
        const line = githubAnnotation({
            file: 'ws/opd.kinerja', line: 8, column: 25, endLine: 8, endColumn: 30,
            severity: 'error', code: 'number-format', message: "Angka '80.5' ambigu"
        });
        expect(line).toBe("::error file=ws/opd.kinerja,line=8,col=25,endLine=8,endColumn=29,title=kinerja number-format::Angka '80.5' ambigu");
    });

    it('map warnings to ::warning and info or hints to ::notice', () => {
        const base = { file: 'a.kinerja', line: 1, column: 1, endLine: 1, endColumn: 2, code: 'x', message: 'm' };
        expect(formatGithub([{ ...base, severity: 'warning' }, { ...base, severity: 'info' }, { ...base, severity: 'hint' }]).split('\n'))
            .toEqual(['::warning file=a.kinerja,line=1,col=1,endLine=1,endColumn=1,title=kinerja x::m', '::notice file=a.kinerja,line=1,col=1,endLine=1,endColumn=1,title=kinerja x::m', '::notice file=a.kinerja,line=1,col=1,endLine=1,endColumn=1,title=kinerja x::m', '']);
    });

    it('escape %, CR and LF in the message, and also : and , in properties', () => {
        expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
        expect(escapeProperty('c:\\dir,x%\n')).toBe('c%3A\\dir%2Cx%25%0A');
        const line = githubAnnotation({
            file: 'folder, with: odd%name.kinerja', line: 2, column: 3, severity: 'warning', code: 'low-achievement',
            message: 'Capaian 45,00%\nbaris dua'
        });
        expect(line).toBe('::warning file=folder%2C with%3A odd%25name.kinerja,line=2,col=3,endLine=2,endColumn=3,title=kinerja low-achievement::Capaian 45,00%25%0Abaris dua');
        expect(line.split('\n')).toHaveLength(1);
    });

    it('add related places as further message lines and keep multi-line ranges', () => {
        const line = githubAnnotation({
            file: 'a.kinerja', line: 3, column: 5, endLine: 6, endColumn: 2, severity: 'error', code: 'duplicate-period', message: 'dua kali',
            related: [{ file: 'b.kinerja', line: 9, column: 1, endLine: 9, endColumn: 5, message: 'Realisasi' }]
        });
        expect(line).toBe('::error file=a.kinerja,line=3,col=5,endLine=6,endColumn=2,title=kinerja duplicate-period::dua kali%0Ab.kinerja:9:1 Realisasi');
    });
});

describe('check format selection', () => {
    it('uses github inside GitHub Actions when no format is given, text elsewhere, and a given format always', () => {
        expect(checkFormat(undefined, { GITHUB_ACTIONS: 'true' })).toBe('github');
        expect(checkFormat(undefined, {})).toBe('text');
        expect(checkFormat(undefined, { GITHUB_ACTIONS: '' })).toBe('text');
        expect(checkFormat('json', { GITHUB_ACTIONS: 'true' })).toBe('json');
        expect(checkFormat('sarif', {})).toBe('sarif');
    });
});
