/**
 * The fill-in workbook (issue "Import": "fill-in sheets go out"): `kinerja report --kind
 * template --format xlsx` written for the examples and for the spec's malra workspace
 * (part 2: a revised target, monthly figures, belanja), read back with exceljs for what
 * an agency sees (headers, targets, validation, protection, hidden keys, page setup),
 * filled in the way agencies fill it, and imported back with `kinerja import` into a
 * copy of the workspace: the new `.kinerja` text, the JSON report, a second import
 * changing nothing, a changed target refused at its cell.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { kinerja, ROOT } from '../cli-run.js';
import { scratchFolders } from '../scratch.js';

const EXAMPLES = join(ROOT, 'examples');
const MALRA = resolve(ROOT, '../shared/spec/examples/malra');
const malraPresent = existsSync(MALRA);

const scratch = scratchFolders('kinerja-template-');

/** A copy of a workspace in a scratch folder, and a path for the workbook beside it. */
function setUp(source: string): { dir: string; ws: string; book: string } {
    const dir = scratch();
    const ws = join(dir, 'ws');
    cpSync(source, ws, { recursive: true });
    return { dir, ws, book: join(dir, 'isian.xlsx') };
}

async function load(file: string): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    return workbook;
}

/** The row whose hidden key is `key`. */
function rowOf(sheet: ExcelJS.Worksheet, key: string): ExcelJS.Row {
    let found: ExcelJS.Row | undefined;
    sheet.eachRow(row => { if (row.getCell(1).value === key) found = row; });
    if (!found) throw new Error(`no row ${key}`);
    return found;
}

/** Column letters of the fill-in sheet (src/common/fill-in-sheet.ts). */
const C = { key: 'A', original: 'B', jenis: 'C', uraian: 'E', iku: 'F', satuan: 'G', pj: 'H', targetTahunan: 'I', targetPeriode: 'J', pagu: 'K', periode: 'L', realisasi: 'M', belanja: 'N', judul: 'O', lokasi: 'P', analisis: 'Q', kendala: 'R', solusi: 'S' };

function agency(report: { agencies: Array<{ id: string; indicators: Array<Record<string, unknown>> }> }, id: string, indicator: string): Record<string, unknown> {
    return report.agencies.find(a => a.id === id)!.indicators.find(i => i.id === indicator)!;
}

describe('kinerja report --kind template --format xlsx', () => {
    it('writes one sheet per organisation with headers, targets, validation, protection, hidden keys and A4 page setup', async () => {
        const { dir, ws, book } = setUp(EXAMPLES);
        const result = kinerja(['report', ws, '--year', '2025', '--quarter', '3', '--kind', 'template', '--format', 'xlsx', '--out', book], dir);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const workbook = await load(book);
        const names = workbook.worksheets.map(s => s.name);
        expect(names).toEqual(expect.arrayContaining(['Dinkes TW3', 'Disdik TW3', 'kinerja']));
        const marker = workbook.getWorksheet('kinerja')!;
        expect(marker.state).toBe('veryHidden');
        expect(marker.getCell('A1').value).toBe('kinerja-lembar-isian');

        const sheet = workbook.getWorksheet('Dinkes TW3')!;
        // The title block: organisation, year and period, the notation.
        expect(sheet.getCell('C1').value).toBe('Lembar Isian Realisasi Kinerja — Dinas Kesehatan Kabupaten Paser Selatan');
        expect(sheet.getCell('C2').value).toBe('Perangkat daerah: Dinas Kesehatan Kabupaten Paser Selatan (Dinkes) · Pemerintah Kabupaten Paser Selatan');
        expect(sheet.getCell('C3').value).toBe('Tahun 2025 · Periode: Triwulan III (tw3)');
        expect(sheet.getCell('C4').value).toBe('Tulis angka dalam notasi Indonesia: 1.234,56 — atau isi sebagai angka.');
        // Indonesian headers in row 6, the hidden key column's header first.
        const headers = (sheet.getRow(6).values as unknown[]).slice(1);
        expect(headers).toEqual([
            'kunci-kinerja', 'nilai-terkunci', 'Jenis', 'Kode', 'Unsur / indikator', 'IKU', 'Satuan', 'Penanggung jawab',
            'Target tahunan 2025', 'Target Triwulan III', 'Pagu (Rp)', 'Periode', 'Realisasi Triwulan III', 'Belanja Triwulan III (Rp)',
            'Judul bukti', 'Berkas atau URL bukti', 'Analisis', 'Kendala', 'Solusi'
        ]);
        expect(sheet.getColumn(1).hidden).toBe(true);
        expect(sheet.getColumn(2).hidden).toBe(true);
        expect(sheet.getColumn(3).hidden).toBe(false);

        // An indicator: name, unit, responsible position, targets filled and locked.
        const ikp01 = rowOf(sheet, 'indikator Dinkes.IKP01 2025 tw3');
        const at = (row: ExcelJS.Row, column: keyof typeof C) => row.getCell(C[column]);
        expect(at(ikp01, 'jenis').value).toBe('Indikator');
        expect(at(ikp01, 'uraian').value).toBe('Persentase ibu hamil yang mendapat pelayanan antenatal sesuai standar');
        expect(at(ikp01, 'satuan').value).toBe('persen');
        expect(at(ikp01, 'pj').value).toBe('Kepala Bidang Kesehatan Masyarakat');
        expect(at(ikp01, 'targetTahunan').value).toBe(96);
        expect(at(ikp01, 'targetPeriode').value).toBe(72);
        expect(at(ikp01, 'targetPeriode').protection?.locked).not.toBe(false);
        expect(at(ikp01, 'periode').value).toBe('tw3');
        expect(at(ikp01, 'realisasi').value).toBeNull();
        for (const column of ['periode', 'realisasi', 'judul', 'lokasi', 'analisis', 'kendala', 'solusi'] as const) {
            expect(at(ikp01, column).protection?.locked, column).toBe(false);
        }
        // Not open on an indicator's row: belanja.
        expect(at(ikp01, 'belanja').protection?.locked).not.toBe(false);
        // A decimal with the notation in its input message; a list of periods.
        const number = at(ikp01, 'realisasi').dataValidation;
        expect(number.type).toBe('decimal');
        expect(number.prompt).toContain('notasi Indonesia (1.234,56)');
        expect(at(ikp01, 'periode').dataValidation).toMatchObject({ type: 'list', formulae: ['"tw3,jul,agu,sep"'] });
        // The IKU mark.
        expect(at(rowOf(sheet, 'indikator Dinkes.IKU2 2025 tw3'), 'iku').value).toBeNull();
        // An element with a pagu: its pagu locked in Rupiah, its spending open.
        const k = rowOf(sheet, 'unsur Dinkes.K020202 2025 tw3');
        expect(at(k, 'jenis').value).toBe('Kegiatan');
        expect(at(k, 'pagu').value).toBe(3_200_000_000);
        expect(at(k, 'pagu').numFmt).toBe('"Rp "#,##0');
        expect(at(k, 'belanja').protection?.locked).toBe(false);
        expect(at(k, 'belanja').dataValidation.type).toBe('decimal');
        expect(at(k, 'realisasi').protection?.locked).not.toBe(false);

        // Protected without a password; A4 landscape, fitted to the width, the header repeated.
        const protection = (sheet as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
        expect(protection.sheet).toBe(true);
        expect(protection.hashValue).toBeUndefined();
        expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '6:6' });
    });

    it('writes the sheets --instansi names, and says what is wrong with the options', async () => {
        const { dir, ws, book } = setUp(EXAMPLES);
        expect(kinerja(['report', ws, '--year', '2025', '--kind', 'template', '--format', 'xlsx', '--period', 'sep', '--instansi', 'Dinkes', '--out', book], dir).status).toBe(0);
        expect((await load(book)).worksheets.map(s => s.name)).toEqual(['Dinkes Sep', 'kinerja']);
        // --out replaces a template kinerja wrote, never one an agency filled in and saved.
        expect(kinerja(['report', ws, '--year', '2025', '--kind', 'template', '--format', 'xlsx', '--quarter', '3', '--instansi', 'Dinkes', '--out', book], dir).status).toBe(0);
        const filled = await load(book);
        filled.lastModifiedBy = 'Siti';
        filled.getWorksheet('Dinkes TW3')!.getCell('M8').value = 16;
        await filled.xlsx.writeFile(book);
        const refused = kinerja(['report', ws, '--year', '2025', '--kind', 'template', '--format', 'xlsx', '--quarter', '3', '--instansi', 'Dinkes', '--out', book], dir);
        expect(refused.status).toBe(2);
        expect(refused.stderr).toContain('--force');
        expect((await load(book)).getWorksheet('Dinkes TW3')!.getCell('M8').value).toBe(16);
        const unknown = kinerja(['report', ws, '--year', '2025', '--kind', 'template', '--format', 'xlsx', '--quarter', '3', '--instansi', 'Dinkez', '--out', join(dir, 'lain.xlsx')], dir);
        expect(unknown.status).toBe(2);
        expect(unknown.stderr).toContain('--instansi Dinkez: tidak ada organisasi dengan ID itu di ruang kerja; yang ada: KabPaserSelatan, ');
        const json = kinerja(['report', ws, '--year', '2025', '--kind', 'template', '--format', 'json', '--quarter', '3'], dir);
        expect(json.status).toBe(2);
        expect(json.stderr).toBe('kinerja: lembar isian (--kind template) hanya ditulis sebagai --format xlsx, bukan json\n');
        const noPeriod = kinerja(['report', ws, '--year', '2025', '--kind', 'template', '--format', 'xlsx', '--out', join(dir, 'lain.xlsx')], dir);
        expect(noPeriod.status).toBe(2);
        expect(noPeriod.stderr).toContain('lembar isian memerlukan periodenya');
        const period = kinerja(['report', ws, '--year', '2025', '--kind', 'annual', '--format', 'xlsx', '--period', 'tw3', '--out', join(dir, 'lain.xlsx')], dir);
        expect(period.status).toBe(2);
        expect(period.stderr).toBe('kinerja: --period hanya berlaku untuk --kind template\n');
    });
});

describe('a filled fill-in workbook imports back', () => {
    it('realisations as number cells and Indonesian text, a bukti and a catatan: the new text, the report, a second import changing nothing', async () => {
        const { dir, ws, book } = setUp(EXAMPLES);
        expect(kinerja(['report', ws, '--year', '2025', '--quarter', '4', '--kind', 'template', '--format', 'xlsx', '--instansi', 'Dinkes', '--out', book], dir).status).toBe(0);
        const workbook = await load(book);
        const sheet = workbook.getWorksheet('Dinkes TW4')!;
        const ikk01 = rowOf(sheet, 'indikator Dinkes.IKK01 2025 tw4');
        const iku1 = rowOf(sheet, 'indikator Dinkes.IKU1 2025 tw4');
        ikk01.getCell(C.realisasi).value = 790;
        ikk01.getCell(C.judul).value = 'Rekap kunjungan ibu hamil triwulan IV';
        ikk01.getCell(C.lokasi).value = 'https://dinkes.example.go.id/rekap-tw4.pdf';
        iku1.getCell(C.realisasi).value = '15,75';
        iku1.getCell(C.analisis).value = 'Prevalensi turun setelah pemberian makanan tambahan.';
        iku1.getCell(C.kendala).value = 'Data posyandu terlambat masuk.';
        // Rows sorted and names edited: the hidden keys still say which is which.
        iku1.getCell(C.uraian).value = 'Stunting (nama diubah)';
        await workbook.xlsx.writeFile(book);

        const before = readFileSync(join(ws, 'dinkes.kinerja'), 'utf8');
        const first = kinerja(['import', book, '--into', ws], dir);
        expect(first.stderr).toContain('1 berkas diubah di');
        expect(first.status).toBe(0);
        const after = readFileSync(join(ws, 'dinkes.kinerja'), 'utf8');
        expect(after).not.toBe(before);
        expect(after).toContain('            realisasi 2025 tw1 17,20\n            realisasi 2025 tw4 15,75\n'
            + '            catatan 2025 tw4 {\n                analisis "Prevalensi turun setelah pemberian makanan tambahan."\n                kendala "Data posyandu terlambat masuk."\n            }\n');
        expect(after).toMatch(/realisasi 2025 tw4 790\n {12}bukti 2025 tw4 "Rekap kunjungan ibu hamil triwulan IV" "https:\/\/dinkes\.example\.go\.id\/rekap-tw4\.pdf"\n/);
        expect(kinerja(['check', ws], dir).status).toBe(0);

        const report = JSON.parse(kinerja(['report', ws, '--year', '2025', '--quarter', '4', '--format', 'json'], dir).stdout);
        // IKK01 adds its quarters (akumulasi jumlah): 2.295 to tw3 + 790 = 3.085 of 3.100, 99,52%.
        expect(agency(report, 'Dinkes', 'Dinkes.IKK01')).toMatchObject({ quarterRealisation: 3085, quarterAchievement: 99.52 });
        expect(agency(report, 'Dinkes', 'Dinkes.IKU1')).toMatchObject({ quarterRealisation: 15.75, quarterAchievement: 101.56 });

        const again = kinerja(['import', book, '--into', ws], dir);
        expect(again.stderr).toContain('tidak ada perubahan');
        expect(again.status).toBe(0);
        expect(readFileSync(join(ws, 'dinkes.kinerja'), 'utf8')).toBe(after);

        // A changed value is a conflict at the template's cell, unless --replace.
        rowOf(sheet, 'indikator Dinkes.IKK01 2025 tw4').getCell(C.realisasi).value = 800;
        await workbook.xlsx.writeFile(book);
        const conflict = kinerja(['import', 'isian.xlsx', '--into', 'ws'], dir);
        expect(conflict.status).toBe(1);
        expect(conflict.stderr).toContain(`isian.xlsx: Dinkes TW4!M${ikk01.number}: 790 → 800 (`);
        expect(readFileSync(join(ws, 'dinkes.kinerja'), 'utf8')).toBe(after);
    });

    it('into an empty folder: says a fill-in workbook adds to the workspace it was made from, and writes nothing', async () => {
        const { dir, ws, book } = setUp(EXAMPLES);
        expect(kinerja(['report', ws, '--year', '2025', '--quarter', '4', '--kind', 'template', '--format', 'xlsx', '--instansi', 'Dinkes', '--out', book], dir).status).toBe(0);
        const result = kinerja(['import', 'isian.xlsx', '--into', 'baru'], dir);
        expect([result.status, result.stderr]).toEqual([1, 'isian.xlsx: lembar isian hanya menambah isian ke ruang kerja tempat ia dibuat; jalankan impor dengan --into FOLDER_RUANG_KERJA (folder berkas .kinerja yang dipakai kinerja report --kind template)\n'
            + '1 masalah di isian.xlsx; tidak ada yang ditulis. Perbaiki sel yang disebut di atas, lalu impor lagi\n']);
        expect(existsSync(join(dir, 'baru'))).toBe(false);
    });

    it('refuses a changed target, naming its cell, and writes nothing', async () => {
        const { dir, ws, book } = setUp(EXAMPLES);
        expect(kinerja(['report', ws, '--year', '2025', '--quarter', '4', '--kind', 'template', '--format', 'xlsx', '--instansi', 'Dinkes', '--out', book], dir).status).toBe(0);
        const workbook = await load(book);
        const sheet = workbook.getWorksheet('Dinkes TW4')!;
        const row = rowOf(sheet, 'indikator Dinkes.IKK01 2025 tw4');
        row.getCell(C.targetPeriode).value = 800;
        row.getCell(C.realisasi).value = 790;
        await workbook.xlsx.writeFile(book);
        const before = readFileSync(join(ws, 'dinkes.kinerja'), 'utf8');
        const result = kinerja(['import', 'isian.xlsx', '--into', 'ws'], dir);
        expect(result.status).toBe(1);
        expect(result.stderr).toBe(`isian.xlsx: Dinkes TW4!J${row.number}: target diubah di lembar isian (semula 775, kini 800); target tidak diimpor dari lembar isian. `
            + 'Kembalikan sel ini; target diubah di berkas .kinerja dengan revisi: target TAHUN NILAI revisi TANGGAL "alasan"\n'
            + '1 masalah di isian.xlsx; tidak ada yang ditulis. Perbaiki sel yang disebut di atas, lalu impor lagi\n');
        expect(readFileSync(join(ws, 'dinkes.kinerja'), 'utf8')).toBe(before);
    });

    it('refuses a period outside the sheet\'s, a realisation on an element\'s row and an edited hidden key, each at its cell', async () => {
        const { dir, ws, book } = setUp(EXAMPLES);
        expect(kinerja(['report', ws, '--year', '2025', '--quarter', '4', '--kind', 'template', '--format', 'xlsx', '--instansi', 'Dinkes', '--out', book], dir).status).toBe(0);
        const workbook = await load(book);
        const sheet = workbook.getWorksheet('Dinkes TW4')!;
        const ikk01 = rowOf(sheet, 'indikator Dinkes.IKK01 2025 tw4');
        ikk01.getCell(C.periode).value = 'jan';
        ikk01.getCell(C.realisasi).value = 790;
        const program = rowOf(sheet, 'unsur Dinkes.P0202 2025 tw4');
        program.getCell(C.realisasi).value = 5;
        const iku1 = rowOf(sheet, 'indikator Dinkes.IKU1 2025 tw4');
        iku1.getCell(C.key).value = 'indikator Dinkes.IKU1';
        iku1.getCell(C.realisasi).value = 15;
        await workbook.xlsx.writeFile(book);
        const result = kinerja(['import', 'isian.xlsx', '--into', 'ws', '--lang', 'en'], dir);
        expect(result.status).toBe(1);
        expect(result.stderr.split('\n')).toEqual([
            `isian.xlsx: Dinkes TW4!A${iku1.number}: the hidden key of this row (columns A and B) was changed or removed, so the row cannot be matched to its indicator or element; undo that change, or copy the entries into a new fill-in workbook (kinerja report --kind template --format xlsx)`,
            `isian.xlsx: Dinkes TW4!M${program.number}: "Realisasi" is not filled in on this row: a realisation goes on an indicator's row, spending on the row of an element with a pagu; empty this cell`,
            `isian.xlsx: Dinkes TW4!L${ikk01.number}: "jan" is not a period of this fill-in sheet; choose one of: tw4, okt, nov, des`,
            '3 problem(s) in isian.xlsx; nothing was written. Correct the cells named above, then import again',
            ''
        ]);
    });

    it.skipIf(!malraPresent)('malra (part 2): revised targets in force, a month chosen on a row, belanja of an element with a pagu', async () => {
        const { dir, ws, book } = setUp(MALRA);
        expect(kinerja(['report', ws, '--year', '2025', '--quarter', '4', '--kind', 'template', '--format', 'xlsx', '--instansi', 'DinkesMalra', '--out', book], dir).status).toBe(0);
        const workbook = await load(book);
        const sheet = workbook.getWorksheet('DinkesMalra TW4')!;
        // The revision of 10 July is in force: annual 80 and tw4 80 (not 85).
        const iku1 = rowOf(sheet, 'indikator DinkesMalra.IKU1 2025 tw4');
        expect([iku1.getCell(C.targetTahunan).value, iku1.getCell(C.targetPeriode).value, iku1.getCell(C.iku).value]).toEqual([80, 80, 'IKU']);
        // The revised pagu.
        const k = rowOf(sheet, 'unsur DinkesMalra.K0201 2025 tw4');
        expect(k.getCell(C.pagu).value).toBe(750_000_000);
        const ikk01 = rowOf(sheet, 'indikator DinkesMalra.IKK01 2025 tw4');
        expect(ikk01.getCell(C.periode).dataValidation.formulae).toEqual(['"tw4,okt,nov,des"']);
        ikk01.getCell(C.periode).value = 'okt';
        ikk01.getCell(C.realisasi).value = '104';
        iku1.getCell(C.realisasi).value = '82,5';
        k.getCell(C.belanja).value = '180.000.000';
        await workbook.xlsx.writeFile(book);
        expect(kinerja(['import', book, '--into', ws], dir).status).toBe(0);
        const text = readFileSync(join(ws, 'dinkes.kinerja'), 'utf8');
        expect(text).toContain('            realisasi 2025 tw3 78,50\n            realisasi 2025 tw4 82,5\n');
        expect(text).toContain('            realisasi 2025 s.d. tw3 800\n        }\n');
        expect(text).toMatch(/realisasi 2025 \{ jan 90 feb 95 mar 100 apr 98 mei 102 jun 97 jul 101 agu 96 sep 110 \}\n {12}realisasi 2025 okt 104\n/);
        expect(text).toContain('        belanja 2025 tw3 Rp 210.000.000\n        belanja 2025 tw4 Rp 180.000.000\n');
        expect(kinerja(['check', ws], dir).status).toBe(0);
        const report = JSON.parse(kinerja(['report', ws, '--year', '2025', '--quarter', '4', '--format', 'json'], dir).stdout);
        expect(agency(report, 'DinkesMalra', 'DinkesMalra.IKU1')).toMatchObject({ quarterRealisation: 82.5, quarterAchievement: 103.13 });
        expect(kinerja(['import', book, '--into', ws], dir).stderr).toContain('tidak ada perubahan');
    });
});
