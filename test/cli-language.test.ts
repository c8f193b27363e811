/**
 * The command line's own texts (help, usage errors) follow --lang, then the language the
 * project's kinerja.config.json states, then the locale of the environment (LC_ALL,
 * LC_MESSAGES, LANG), then Bahasa Indonesia (src/cli/language.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { usageLanguage } from '../src/cli/language.js';
import { kinerja } from './cli-run.js';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-language-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'en-project'));
writeFileSync(join(dir, 'en-project', 'kinerja.config.json'), '{ "language": "en" }');
mkdirSync(join(dir, 'plain'));
writeFileSync(join(dir, 'plain', 'kinerja.config.json'), '{ "rankingLowest": 3 }');

const C = { LANG: 'C.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined };

describe('the usage language', () => {
    it('is --lang, else the config\'s stated language, else the locale, else Indonesian', () => {
        expect(usageLanguage(['report', '--lang', 'en'], { LANG: 'id_ID.UTF-8' }, dir)).toBe('en');
        expect(usageLanguage(['report', '--lang=id', 'en-project'], { LANG: 'en_US.UTF-8' }, dir)).toBe('id');
        expect(usageLanguage(['report', 'en-project', '--year', '2025'], { LANG: 'id_ID.UTF-8' }, dir)).toBe('en');
        expect(usageLanguage(['report', '--year', '2025', 'en-project'], { LANG: 'id_ID.UTF-8' }, dir)).toBe('en');
        expect(usageLanguage(['report', '--config', 'en-project/kinerja.config.json'], {}, dir)).toBe('en');
        expect(usageLanguage(['report', 'plain'], { LANG: 'en_GB.UTF-8' }, dir)).toBe('en');
        expect(usageLanguage(['report', 'plain'], { LC_ALL: 'id_ID.UTF-8', LANG: 'en_US.UTF-8' }, dir)).toBe('id');
        expect(usageLanguage(['report', 'plain'], { LC_MESSAGES: 'en_US', LANG: 'id_ID' }, dir)).toBe('en');
        expect(usageLanguage(['report', 'plain'], { LANG: 'C.UTF-8' }, dir)).toBe('id');
        expect(usageLanguage(['report', 'plain'], {}, dir)).toBe('id');
    });

    it('gives --help in Bahasa Indonesia by default and in English for an English locale', () => {
        const id = kinerja(['report', '--help'], dir, C);
        expect(id.status).toBe(0);
        expect(id.stdout).toMatch(/^Penggunaan: kinerja report \[opsi\] \[berkas-atau-folder\.\.\.\]\n\nmembuat laporan evaluasi untuk satu tahun/);
        expect(id.stdout).toContain('Opsi:');
        expect(id.stdout.replace(/\s+/g, ' ')).toContain('format keluaran (pilihan: "json", "html", "md", "csv", "xlsx", "docx"; bawaan: json)');
        for (const english of ['Usage:', 'Options:', 'choices', 'default:', 'display help']) expect(id.stdout).not.toContain(english);
        const en = kinerja(['report', '--help'], dir, { ...C, LANG: 'en_US.UTF-8' });
        expect(en.stdout).toMatch(/^Usage: kinerja report \[options\] \[paths\.\.\.\]\n\nwrite the evaluation report/);
        // In a project whose config states English, from its folder or naming it.
        expect(kinerja(['--help'], join(dir, 'en-project'), C).stdout).toMatch(/^Usage:/);
        expect(kinerja(['report', 'en-project', '--help'], dir, C).stdout).toMatch(/^Usage:/);
    });

    it('gives commander\'s usage errors in the same language', () => {
        expect(kinerja(['report', 'plain'], dir, C).stderr).toBe("kinerja: opsi wajib '--year <year>' belum diberikan\n(lihat: kinerja report --help)\n");
        expect(kinerja(['report', 'plain'], dir, { ...C, LANG: 'en_US.UTF-8' }).stderr).toBe("kinerja: required option '--year <year>' not specified\n(see: kinerja report --help)\n");
        expect(kinerja(['chek'], dir, C).stderr).toBe("kinerja: perintah 'chek' tidak dikenal; gunakan check atau report (mungkin maksudnya check?)\n(lihat: kinerja --help)\n");
        expect(kinerja(['check', '--fromat', 'json'], dir, C).stderr).toBe("kinerja: opsi '--fromat' tidak dikenal; mungkin maksudnya --format?\n(lihat: kinerja check --help)\n");
        expect(kinerja(['report', 'plain', '--year', '2025', '--quarter', '7'], dir, C).stderr).toBe("kinerja: nilai '7' untuk '--quarter' tidak berlaku: triwulan harus 1, 2, 3 atau 4 (atau tw1..tw4)\n(lihat: kinerja report --help)\n");
        expect(kinerja(['check', '--format'], dir, C).stderr).toBe("kinerja: opsi '--format <format>' memerlukan nilai\n(lihat: kinerja check --help)\n");
    });
});
