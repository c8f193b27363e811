/**
 * Form E.81 (`--kind e81`, kinds/e81.ts): the form's columns per agency with exact
 * figures (two decimals), the quarter columns up to Q, the closing rows, the columns left
 * empty with their legend, `--instansi`, and csv / xlsx read back; on examples/ and the
 * spec's malra workspace (targets revised, months, catatan).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIdNumber, formatPercent } from '../../src/common/id-number.js';
import { reportTables } from '../../src/report/formats/tables.js';
import { renderHtmlReport } from '../../src/report/html/index.js';
import { buildReportData, e81Predikat, type E81Report, type E81Row } from '../../src/report/kinds/index.js';
import { Exact } from '../../src/common/exact.js';
import { kinerja, ROOT } from '../cli-run.js';
import { buildWorkspace } from '../helpers.js';
import { defaultConfig } from '../../src/engine/config.js';
import { loadExamples } from './examples.js';
import { loadMalra, malraPresent, orgSection, rowsOf } from './malra.js';

const MALRA = resolve(ROOT, '../shared/spec/examples/malra');
const temp = mkdtempSync(join(tmpdir(), 'kinerja-e81-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const str = (v: unknown) => (v === null || v === undefined ? null : v instanceof Exact ? formatIdNumber(v, { decimals: 2, fixed: true }) : String(v));
function row(data: E81Report, org: string, id: string): E81Row {
    const found = data.organisations.find(o => o.organisation.id === org)!.rows.find(r => (r.indicator?.id ?? r.node.id) === id && (r.indicator ? true : r.kind === 'unsur'));
    if (!found) throw new Error(`no row ${id}`);
    return found;
}

describe.runIf(malraPresent)('Form E.81 on malra, 2025 tw3', async () => {
    const { model, config } = await loadMalra();
    const data = buildReportData('e81', model, config, { year: 2025, quarter: 3 });

    it('has one form per agency with something to evaluate, the pemda left out', () => {
        // DinsosMalra states neither an indicator nor a pagu for 2025; --instansi still writes its (empty) form.
        expect(data.organisations.map(o => o.organisation.id)).toEqual(['DinkesMalra']);
        expect(data.quarter).toBe(3);
    });

    it('gives an indicator its target in force, each quarter as written, the realisation so far and the achievement', () => {
        const r = row(data, 'DinkesMalra', 'DinkesMalra.IKU1');
        expect(r.no).toBe('1');
        expect(str(r.target)).toBe('80,00');
        expect(r.quarters.map(q => str(q.k))).toEqual(['79,00', '81,00', '78,50']);
        expect(str(r.realisation)).toBe('78,50');
        expect(formatPercent(r.achievement!)).toBe('98,13%');
        expect(r.revision).toEqual({ date: '2025-07-10', reason: 'Refocusing anggaran pada APBD Perubahan' });
        // `akumulasi jumlah`: the quarters add up (285 + 297 + 307 = 889 of 1 200).
        const anc = row(data, 'DinkesMalra', 'DinkesMalra.IKK01');
        expect(anc.quarters.map(q => str(q.k))).toEqual(['285,00', '297,00', '307,00']);
        expect(str(anc.realisation)).toBe('889,00');
        expect(formatPercent(anc.achievement!)).toBe('74,08%');
    });

    it('gives an element its pagu in force, what was spent within each quarter and the absorption', () => {
        const r = row(data, 'DinkesMalra', 'DinkesMalra.K0201');
        expect(r.no).toBe('1.1.1');
        expect(str(r.pagu)).toBe('750.000.000,00');
        expect(r.quarters.map(q => str(q.rp))).toEqual(['120.000.000,00', '180.000.000,00', '210.000.000,00']);
        expect(str(r.spent)).toBe('510.000.000,00');
        expect(formatPercent(r.absorption!)).toBe('68,00%');
    });

    it('leaves the Renstra budget empty, never estimated', () => {
        for (const o of data.organisations) for (const r of o.rows) {
            expect([r.renstraBudget, r.renstraPriorBudget, r.renstraRealisationBudget, r.renstraAbsorption]).toEqual([null, null, null, null]);
        }
        const html = renderHtmlReport(data, { language: 'id' });
        expect(html).toContain('Kolom kosong: anggaran Renstra');
        expect(html).toContain('@page e81 { size: A4 landscape');
        expect(html).toContain('<body class="report report-e81">');
    });

    it('closes with the mean achievement, the predikat and the catatan of the quarter', () => {
        const dinkes = data.organisations.find(o => o.organisation.id === 'DinkesMalra')!;
        expect(formatPercent(dinkes.averageAchievement!)).toBe('88,19%');
        expect(formatPercent(dinkes.absorption!)).toBe('68,00%');
        expect(dinkes.predikat).toBe('tinggi');
        expect(dinkes.obstacles).toEqual(['Akses laut ke pulau-pulau kecil terganggu cuaca buruk pada bulan Juli dan Agustus.']);
        expect(dinkes.followUp).toEqual(['Kerja sama transportasi laut dengan pemerintah desa untuk rujukan ibu bersalin.']);
        const closing = reportTables(data, 'id').find(t => t.id === 'closing')!;
        const texts = closing.rows.filter(r => r[0] === 'DinkesMalra').map(r => r.slice(2).map(c => (c === null ? null : String(c))));
        expect(texts.slice(0, 6)).toEqual([
            ['Rata-rata capaian kinerja (%)', '88,19%', '68,00%'],
            ['Predikat kinerja', 'Tinggi', null],
            ['Faktor pendorong keberhasilan pencapaian', '(diisi oleh analis)', null],
            ['Faktor penghambat pencapaian kinerja', 'Akses laut ke pulau-pulau kecil terganggu cuaca buruk pada bulan Juli dan Agustus.', null],
            ['Tindak lanjut yang diperlukan dalam triwulan berikutnya', 'Kerja sama transportasi laut dengan pemerintah desa untuk rujukan ibu bersalin.', null],
            ['Tindak lanjut yang diperlukan dalam Renja perangkat daerah berikutnya', '(diisi oleh analis)', null]
        ]);
    });

    it('prints the figures in Indonesian notation with two decimals in HTML', () => {
        const html = orgSection(renderHtmlReport(data, { language: 'id' }), 'DinkesMalra');
        const [cells] = rowsOf(html, 'DinkesMalra.IKU1');
        // No … Baseline, then (K, Rp) pairs: Renstra target, Renstra before, target, tw1..tw3, realisation, %, Renstra so far, %.
        expect(cells.slice(6, 22)).toEqual(['—', '—', '—', '—', '80,00', '—', '79,00', '—', '81,00', '—', '78,50', '—', '78,50', '—', '98,13%', '—']);
        expect(cells[cells.length - 1]).toBe('Target direvisi 2025-07-10: Refocusing anggaran pada APBD Perubahan');
        expect(html).toContain('Triwulan III');
        expect(html).not.toContain('triwulan IV');
    });

    it('has the quarter columns up to Q only', () => {
        const q2 = buildReportData('e81', model, config, { year: 2025, quarter: 2 });
        const keys = reportTables(q2, 'id')[0].columns.map(c => c.key);
        expect(keys.filter(k => /^tw\d/.test(k))).toEqual(['tw1K', 'tw1Rp', 'tw2K', 'tw2Rp']);
        expect(row(q2, 'DinkesMalra', 'DinkesMalra.IKU1').quarters).toHaveLength(2);
    });

    it('writes only the agencies --instansi names, and refuses an unknown one', () => {
        const one = buildReportData('e81', model, config, { year: 2025, quarter: 3, organisations: ['DinsosMalra'] });
        expect(one.organisations.map(o => o.organisation.id)).toEqual(['DinsosMalra']);
        expect(one.organisations[0].rows).toEqual([]);
        expect(one.organisations[0].predikat).toBeNull();
        expect(() => buildReportData('e81', model, config, { year: 2025, quarter: 3, organisations: ['Nope'] })).toThrow(/unknown organisation Nope/);
    });
});

describe('Form E.81 on examples/, 2025 tw3', async () => {
    const { model, config } = await loadExamples();
    const data = buildReportData('e81', model, config, { year: 2025, quarter: 3 });

    it('fills the baseline, last year\'s realisation and the Renstra achievement where the workspace states them', () => {
        const r = row(data, 'Bappeda', 'Bappeda.IKP01');
        expect(str(r.target)).toBe('90,00');
        expect(str(r.renstraPrior)).toBe('86,84');
        expect(r.quarters.map(q => str(q.k))).toEqual(['81,58', '89,47', '86,84']);
        expect(formatPercent(r.achievement!)).toBe('96,49%');
        const sakip = data.organisations.find(o => o.organisation.id === 'Bappeda')!.rows.find(x => x.indicator?.name === 'Nilai evaluasi SAKIP Pemerintah Kabupaten')!;
        expect(str(sakip.baseline)).toBe('61,45');
    });

    it('bands the predikat as the form does (≥ 91, 76–90, 66–75, 51–65, ≤ 50), as printed', () => {
        const p = (v: string) => e81Predikat(Exact.fraction(BigInt(Math.round(Number(v) * 1000)), 1000n));
        expect([p('91'), p('90.995'), p('76'), p('75.99'), p('66'), p('65.99'), p('51'), p('50.99'), p('0')])
            .toEqual(['sangat-tinggi', 'sangat-tinggi', 'tinggi', 'sedang', 'sedang', 'rendah', 'rendah', 'sangat-rendah', 'sangat-rendah']);
        expect(e81Predikat(null)).toBeNull();
    });
});

describe.runIf(malraPresent)('kinerja report --kind e81 (CLI)', () => {
    it('writes csv with the form\'s columns and figures', () => {
        const run = kinerja(['report', MALRA, '--year', '2025', '--quarter', '3', '--kind', 'e81', '--format', 'csv', '--instansi', 'DinkesMalra']);
        expect(run.status).toBe(0);
        const lines = run.stdout.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
        expect(lines[0].split(',').slice(0, 4)).toEqual(['ID organisasi', 'Organisasi', 'No', 'Sasaran']);
        const iku = lines.find(l => l.includes('Persentase persalinan'))!.split(',');
        expect(iku.slice(13, 22)).toEqual(['80', '', '79', '', '81', '', '78.5', '', '78.5']);
        expect(lines.every(l => l.startsWith('DinkesMalra') || l === lines[0])).toBe(true);
    });

    it('writes xlsx that reads back with the same figures', async () => {
        const out = join(temp, 'e81.xlsx');
        const run = kinerja(['report', MALRA, '--year', '2025', '--quarter', '3', '--kind', 'e81', '--format', 'xlsx', '--out', out]);
        expect(run.status).toBe(0);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
        const values: string[] = [];
        workbook.eachSheet(sheet => sheet.eachRow(r => values.push(JSON.stringify(r.values))));
        const iku = values.find(v => v.includes('Persentase persalinan'))!;
        expect(iku).toContain('78.5');
        expect(iku).toContain('Target direvisi 2025-07-10');
        expect(values.some(v => v.includes('Rata-rata capaian kinerja') && v.includes('88,19%'))).toBe(true);
    });

    it('needs --quarter, and names the agencies when --instansi is unknown', () => {
        const noQuarter = kinerja(['report', MALRA, '--year', '2025', '--kind', 'e81', '--format', 'md']);
        expect(noQuarter.status).toBe(2);
        expect(noQuarter.stderr).toBe('kinerja: formulir E.81 memerlukan --quarter (1-4), mis. --kind e81 --quarter 2\n');
        const unknown = kinerja(['report', MALRA, '--year', '2025', '--quarter', '3', '--kind', 'e81', '--format', 'md', '--instansi', 'Nope']);
        expect(unknown.status).toBe(2);
        expect(unknown.stderr).toContain('Nope');
        const other = kinerja(['report', MALRA, '--year', '2025', '--quarter', '3', '--kind', 'annual', '--format', 'md', '--instansi', 'DinkesMalra']);
        expect(other.status).toBe(2);
        expect(other.stderr).toBe('kinerja: --instansi hanya berlaku untuk --kind template, lkjip dan e81\n');
    });
});

describe('the mean achievement of Form E.81', () => {
    it('is the mean of the achievements as the form prints them, so that adding the column gives it', async () => {
        // 6 and 3 of 100.000: 0,006% and 0,003%, printed 0,01% and 0,00%; the printed column
        // adds to 0,01 (mean 0,005 → 0,01%), where the exact mean 0,0045 would print 0,00%.
        const ws = await buildWorkspace({
            'opd.kinerja': `instansi Opd "Dinas Contoh" {
    periode 2025 - 2029
    jabatan Kadis "Kepala Dinas" eselon II
    sasaran S1 "Sasaran" oleh Kadis {
        indikator I1 "Penerima layanan A" { satuan orang target 2025 100.000 realisasi 2025 tw1 6 }
        indikator I2 "Penerima layanan B" { satuan orang target 2025 100.000 realisasi 2025 tw1 3 }
    }
}
`
        });
        const data = buildReportData('e81', ws.services.kinerja.WorkspaceModel.get(), defaultConfig(), { year: 2025, quarter: 1 }) as E81Report;
        const opd = data.organisations.find(o => o.organisation.id === 'Opd')!;
        const shown = opd.rows.filter(r => r.kind === 'indikator').map(r => formatPercent(r.achievement!));
        expect(shown).toEqual(['0,01%', '0,00%']);
        expect(formatPercent(opd.averageAchievement!)).toBe('0,01%');
    });
});
