/**
 * `invalid-date`: a date the calendar does not have (`ditandatangani 2025-02-30`) is an
 * error on the date, and no report prints it ("30 Februari 2025" before).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDate, daysInMonth, validDate } from '../../src/engine/dates.js';
import { kinerja } from '../cli-run.js';
import { buildWorkspace, summarise } from '../helpers.js';
import { AGREEMENTS, workspace } from './fixtures.js';

const withDate = (date: string) => ({ ...workspace([]), 'pk.kinerja': AGREEMENTS.replace('perjanjian Opd.Kadis 2025 { pihak-kedua "Atasan" ditandatangani 2025-01-06 }', `perjanjian Opd.Kadis 2025 { pihak-kedua "Atasan" ditandatangani ${date} }`) });

describe('the calendar', () => {
    it('knows the days of each month, leap years included', () => {
        expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(m => daysInMonth(2025, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
        expect([2024, 2000, 2100, 1900].map(y => daysInMonth(y, 2))).toEqual([29, 29, 28, 28]);
        expect(checkDate('2024-02-29').ok).toBe(true);
        expect(checkDate('2025-02-29')).toEqual({ ok: false, problem: 'day', year: 2025, month: 2, days: 28 });
        expect(checkDate('2025-13-01')).toEqual({ ok: false, problem: 'month', month: 13 });
        expect(checkDate('2025-04-00')).toMatchObject({ ok: false, problem: 'day' });
        expect(validDate('2025-04-31')).toBeUndefined();
        expect(validDate('2025-04-30')).toBe('2025-04-30');
    });
});

describe('invalid-date', () => {
    it('is an error on the date, saying how many days the month has', async () => {
        const ws = await buildWorkspace(withDate('2025-02-30'));
        expect(summarise(ws.findings)).toEqual(['pk.kinerja:1:65 error invalid-date']);
        expect(ws.findings[0].message).toBe("Tanggal '2025-02-30' tidak ada: Februari 2025 hanya 28 hari. Periksa tanggalnya.");
        expect(ws.findings[0].diagnostic.range.end.character - ws.findings[0].diagnostic.range.start.character).toBe(10);
    });

    it('names a month that does not exist, in both languages', async () => {
        const id = await buildWorkspace(withDate('2025-13-06'));
        expect(id.findings[0].message).toBe("Tanggal '2025-13-06' tidak ada: bulan 13 tidak ada (bulan ditulis 01 sampai 12). Tulis tanggal dengan format TTTT-BB-HH, mis. 2025-01-06.");
        const en = await buildWorkspace(withDate('2025-04-31'), { lang: 'en' });
        expect(en.findings[0].message).toBe("The date '2025-04-31' does not exist: April 2025 has only 30 days. Check the date.");
    });

    it('checks every date of a real year: officials\' terms, revisions of targets and pagu, verified evidence, each amendment of an agreement', async () => {
        const ws = await buildWorkspace(workspace([
            '    jabatan Kaban "Kepala Badan" eselon II { pejabat "Andi" plt sejak 2025-02-29 sampai 2025-06-31 nip "1980" }',
            '    program P9 "Program" oleh Kabid mendukung SS1 {',
            '        indikator I9 "Persentase" { satuan persen target 2025 80 revisi 2025-04-31 "Refocusing" bukti 2025 "Rekap" "bukti/a.csv" terverifikasi 2025-13-01 }',
            '        pagu 2025 Rp 1.000 revisi 2025-09-31 "APBD Perubahan"',
            '        bukti 2025 tw1 "Kuitansi" "bukti/k.pdf" terverifikasi 2025-11-31',
            '    }'
        ], { 'pk.kinerja': AGREEMENTS.replace('ditandatangani 2025-01-06 }', 'ditandatangani 2025-01-06 perubahan 2025-08-25 perubahan 2025-02-30 }') }));
        expect(summarise(ws.findings, 'invalid-date')).toEqual([
            'opd.kinerja:9:71 error invalid-date', 'opd.kinerja:9:89 error invalid-date',
            'opd.kinerja:11:73 error invalid-date', 'opd.kinerja:11:144 error invalid-date',
            'opd.kinerja:12:35 error invalid-date', 'opd.kinerja:13:63 error invalid-date',
            // The second amendment, not the first.
            'pk.kinerja:1:107 error invalid-date'
        ]);
        expect(ws.findings.filter(f => f.code === 'invalid-date').map(f => f.message)).toContain("Tanggal '2025-13-01' tidak ada: bulan 13 tidak ada (bulan ditulis 01 sampai 12). Tulis tanggal dengan format TTTT-BB-HH, mis. 2025-01-06.");
    });

    it('accepts 29 February of a leap year, and is no pk-unsigned beside it', async () => {
        expect(summarise((await buildWorkspace(withDate('2024-02-29'))).findings)).toEqual([]);
        expect(summarise((await buildWorkspace(withDate('2025-00-10'))).findings)).toEqual(['pk.kinerja:1:65 error invalid-date']);
    });
});

describe('no report prints an invalid date', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kinerja-dates-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));
    for (const [name, text] of Object.entries(withDate('2025-02-30'))) writeFileSync(join(folder, name), text);

    it.each(['json', 'html', 'md', 'csv'])('--kind agreements --format %s', format => {
        const run = kinerja(['report', '.', '--year', '2025', '--kind', 'agreements', '--format', format], folder);
        expect(run.stderr).not.toMatch(/internal error/);
        // The only mention is the finding's message (CSV has no findings table).
        if (format !== 'csv') expect(run.stdout).toContain('invalid-date');
        expect(run.stdout.replace(/Tanggal (&#39;|')2025-02-30(&#39;|') tidak ada/g, '')).not.toMatch(/2025-02-30|30 Februari 2025/);
    });
});
