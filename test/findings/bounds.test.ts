/**
 * Findings that name other places (the other copies of a duplicate, the other statements
 * of a period, the other agreements) name the first five and count the rest, so that a
 * name declared 3 000 times gives 3 000 one-line findings, not 3 000 × 3 000 places
 * (issue 18: 2 000 copies took 74 s, 3,4 GB and printed 130 MB; 3 000 ran out of memory).
 */
import { describe, expect, it } from 'vitest';
import { MAX_OTHER_PLACES } from '../../src/validation/reporter.js';
import { buildWorkspace, type Finding } from '../helpers.js';
import { workspace } from './fixtures.js';

const COPIES = 3_000;

function expectBounded(findings: Finding[], code: string, count: number): void {
    const found = findings.filter(f => f.code === code);
    expect(found).toHaveLength(count);
    for (const f of found) {
        expect(f.diagnostic.relatedInformation?.length).toBe(MAX_OTHER_PLACES);
        expect(f.message.length).toBeLessThan(400);
    }
}

describe('other places are bounded', () => {
    it('a name declared 3 000 times: each copy reported, naming five others and how many more', async () => {
        const copies = Array.from({ length: COPIES }, () => '    jabatan X "X" eselon III atasan Kadis');
        const ws = await buildWorkspace(workspace(copies));
        expectBounded(ws.findings, 'duplicate-name', COPIES);
        const first = ws.findings.find(f => f.code === 'duplicate-name')!;
        expect(first.line).toBe(9);
        expect(first.message).toBe(
            "Nama 'X' sudah dipakai di Opd (opd.kinerja baris 10, opd.kinerja baris 11, opd.kinerja baris 12, opd.kinerja baris 13, " +
            'opd.kinerja baris 14 dan 2.994 tempat lain). Nama harus unik dalam satu instansi di semua berkas; ganti salah satu.');
        const last = ws.findings.filter(f => f.code === 'duplicate-name').at(-1)!;
        expect(last.message).toContain('(opd.kinerja baris 9, opd.kinerja baris 10, opd.kinerja baris 11, opd.kinerja baris 12, opd.kinerja baris 13 dan 2.994 tempat lain)');
        expect(first.diagnostic.relatedInformation?.map(r => r.location.range.start.line + 1)).toEqual([10, 11, 12, 13, 14]);
    });

    it('in English, and with few copies no count', async () => {
        const ws = await buildWorkspace(workspace(Array.from({ length: 7 }, () => '    jabatan X "X" eselon III atasan Kadis')), { lang: 'en' });
        expect(ws.findings.find(f => f.code === 'duplicate-name')!.message).toContain('(opd.kinerja line 10, opd.kinerja line 11, opd.kinerja line 12, opd.kinerja line 13, opd.kinerja line 14 and 1 more place)');
        const two = await buildWorkspace(workspace(Array.from({ length: 2 }, () => '    jabatan X "X" eselon III atasan Kadis')));
        expect(two.findings.find(f => f.code === 'duplicate-name')!.message).toContain('(opd.kinerja baris 10)');
    });

    it('an organisation declared with its full name 3 000 times', async () => {
        const files = workspace([]);
        files['more.kinerja'] = Array.from({ length: COPIES - 1 }, () => 'instansi Opd "Dinas Contoh" { }').join('\n');
        const ws = await buildWorkspace(files);
        expectBounded(ws.findings, 'duplicate-name', COPIES);
    });

    it('one target stated 3 000 times, and one agreement 3 000 times', async () => {
        const targets = Array.from({ length: COPIES }, () => 'target 2025 80');
        const files = workspace([
            '    sasaran SS2 "Sasaran dua" oleh Kadis mendukung Kab.S1 {',
            `        indikator IKU2 "Indikator" { satuan persen ${targets.join(' ')} }`,
            '    }'
        ]);
        files['pk-more.kinerja'] = Array.from({ length: COPIES - 1 }, () => 'perjanjian Opd.Kadis 2025 { ditandatangani 2025-01-06 }').join('\n');
        const ws = await buildWorkspace(files);
        expectBounded(ws.findings, 'duplicate-period', COPIES * 2);
        expect(ws.findings.find(f => f.code === 'duplicate-period' && f.file === 'pk.kinerja')!.message).toContain('dan 2.994 tempat lain');
    });
});
