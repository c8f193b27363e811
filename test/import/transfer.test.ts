/**
 * `kinerja export` and `kinerja import` through the real CLI (issue "Import"): a
 * workspace exported and imported into an empty folder gives the same JSON reports;
 * importing what an import wrote writes the same files; every problem of a workbook is
 * named by sheet and cell and nothing is written; English notation is read right, an
 * ambiguous column is refused with its cells; a dry run writes nothing.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { kinerja, ROOT } from '../cli-run.js';
import { AstUtils } from 'langium';
import { SHEETS, type SheetKey } from '../../src/import/schema.js';
import type { Model } from '../../src/language/generated/ast.js';
import { exportRows } from '../../src/import/export-rows.js';
import { writeKinerja } from '../../src/import/write-kinerja.js';
import { createKinerjaServices } from '../../src/lsp/kinerja-module.js';
import { EmptyFileSystemOnNode } from '../../src/validation/node-host.js';
import { EVERY_CONSTRUCT } from '../language/corpus.js';
import { scratchFolders } from '../scratch.js';

const scratch = scratchFolders('kinerja-transfer-');

function roundTrip(source: string): string {
    const dir = scratch();
    const book = join(dir, 'data.xlsx');
    const exported = kinerja(['export', source, '--out', book]);
    expect([exported.status, exported.stderr]).toEqual([0, '']);
    const imported = kinerja(['import', book, '--into', join(dir, 'ws')]);
    expect(imported.status, imported.stderr).toBe(0);
    return join(dir, 'ws');
}

const reports = (ws: string) => ['', '2', '3'].map(q => {
    const result = kinerja(['report', ws, '--year', '2025', '--format', 'json', ...(q ? ['--quarter', q] : [])]);
    expect(result.status).toBe(0);
    return result.stdout;
});

const KUTIM = resolve(ROOT, '../shared/spec/examples/kutim');
const MALRA = resolve(ROOT, '../shared/spec/examples/malra');

describe('round trips', () => {
    it.each([['examples', resolve(ROOT, 'examples')], ...(existsSync(KUTIM) ? [['kutim', KUTIM], ['malra (a real year)', MALRA]] : [])])('%s: export, import into an empty folder: the same JSON reports (year, tw2, tw3)', (_name, source) => {
        const ws = roundTrip(source);
        // Evidence files are not in the workbook (docs/import.md): they are copied beside it as an office would.
        if (existsSync(join(source, 'bukti'))) cpSync(join(source, 'bukti'), join(ws, 'bukti'), { recursive: true });
        expect(reports(ws)).toEqual(reports(source));
        // The same findings, by code and count.
        const codes = (w: string) => (JSON.parse(kinerja(['check', w, '--format', 'json']).stdout).diagnostics as Array<{ code: string }>).map(d => d.code).sort();
        expect(codes(ws)).toEqual(codes(source));
        // An import of what was imported writes the same files.
        const again = roundTrip(ws);
        const kinerjaFiles = (dir: string) => readdirSync(dir).filter(n => n.endsWith('.kinerja')).sort();
        expect(kinerjaFiles(again)).toEqual(kinerjaFiles(ws));
        for (const name of kinerjaFiles(ws)) expect(readFileSync(join(again, name), 'utf8'), name).toBe(readFileSync(join(ws, name), 'utf8'));
    });

    it('every construct of the grammar travels: the fast parser\'s corpus (every keyword and assignment), exported and written back, has every property it had', () => {
        const parser = createKinerjaServices(EmptyFileSystemOnNode).Kinerja.parser.LangiumParser;
        const present = (models: Model[]) => {
            const found = new Set<string>();
            for (const model of models) {
                for (const node of AstUtils.streamAst(model)) {
                    for (const [feature, value] of Object.entries(node)) {
                        if (feature.startsWith('$') || value === undefined || value === false || value === '' || (Array.isArray(value) && !value.length)) continue;
                        found.add(`${node.$type}.${feature}`);
                    }
                }
            }
            return found;
        };
        const parse = (text: string) => parser.parse(text).value as Model;
        const before = present([parse(EVERY_CONSTRUCT)]);
        const written = writeKinerja(exportRows([parse(EVERY_CONSTRUCT)]));
        const after = present([...written.values()].map(parse));
        // What the workbook holds in another form, one row per period: a `realisasi ORG …` block's items become realisations
        // of the indicators and nodes they name, a quarter block `{ tw1 … }` a statement per period.
        const otherForm: Record<string, string[]> = {
            'Realisasi.quarters': ['Realisasi.quarter', 'Realisasi.cumulative'], 'Belanja.quarters': ['Belanja.quarter'],
            'RealisasiBlock.organisation': ['Realisasi.year'], 'RealisasiBlock.year': ['Realisasi.year'], 'RealisasiBlock.quarter': ['Realisasi.quarter'],
            'RealisasiBlock.cumulative': ['Realisasi.cumulative'], 'RealisasiBlock.items': ['Realisasi.value'],
            'RealisasiItem.target': ['Realisasi.value'], 'RealisasiItem.value': ['Realisasi.value'], 'RealisasiItem.denominator': ['Realisasi.denominator']
        };
        for (const [form, instead] of Object.entries(otherForm)) {
            expect(before.has(form), `${form} is in the corpus`).toBe(true);
            expect(instead.filter(p => !after.has(p)), `${form} is written as ${instead}`).toEqual([]);
        }
        expect([...before].filter(p => !after.has(p) && !(p in otherForm)), 'constructs export and import drop: give them a column (src/import/schema.ts; docs/architecture.md, "Add a construct")').toEqual([]);
    });

    it('refuses to export a workspace with errors', () => {
        const dir = scratch();
        writeFileSync(join(dir, 'a.kinerja'), 'pemda K "K" { periode 2025 - 2029 sasaran S1 "S" mendukung T9 }\n');
        const result = kinerja(['export', dir, '--out', join(dir, 'x.xlsx')]);
        expect([result.status, result.stderr]).toEqual([1, 'kinerja: ruang kerja ini memiliki 1 kesalahan, jadi tidak diekspor; perbaiki dulu (npx kinerja check), lalu ekspor lagi\n']);
        expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
    });
});

type Sheets = Partial<Record<SheetKey, Array<Array<string | number | Date | { formula: string } | null>>>>;

/** A workbook as an office would fill it: the schema's headers unless a sheet gives its own first row. */
async function workbook(sheets: Sheets, headers: Partial<Record<SheetKey, string[]>> = {}): Promise<string> {
    const book = new ExcelJS.Workbook();
    for (const [key, rows] of Object.entries(sheets) as Array<[SheetKey, NonNullable<Sheets[SheetKey]>]>) {
        const sheet = book.addWorksheet(SHEETS[key].name);
        sheet.addRow(headers[key] ?? SHEETS[key].columns.map(c => c.header));
        for (const row of rows) sheet.addRow(row);
    }
    const file = join(scratch(), 'isian.xlsx');
    writeFileSync(file, new Uint8Array(await book.xlsx.writeBuffer()));
    return file;
}

const ORGS: Sheets['organisasi'] = [['pemda', 'Kab', 'Pemerintah Kabupaten Contoh', null, 2025, 2029, 'Bupati Contoh'], ['instansi', 'Dinas', 'Dinas Contoh', 'Kab', 2025, 2029]];
const TREE: Sheets['pohon'] = [['Kab', 'sasaran', 'S1', 'Sasaran daerah'], ['Dinas', 'program', 'P1', 'Program', '1.02.01', 'Kadis', 'Kab.S1']];
const CHART: Sheets['jabatan'] = [['Dinas', 'Kadis', 'Kepala Dinas', 'II']];

describe('what an import reads', () => {
    it('a budget export in English notation: the right Rupiah amounts', async () => {
        const file = await workbook({ organisasi: ORGS, pohon: TREE, jabatan: CHART, pagu: [['Dinas', 'P1', 2025, '1,004,422,800'], ['Dinas', 'P1', 2026, '750,000,000']] });
        const into = join(scratch(), 'ws');
        const result = kinerja(['import', file, '--into', into]);
        expect(result.status, result.stderr).toBe(0);
        expect(readFileSync(join(into, 'dinas.kinerja'), 'utf8')).toContain('        pagu 2025 Rp 1.004.422.800\n        pagu 2026 Rp 750.000.000\n');
    });

    it('an ambiguous column is refused with its cells and the flag that settles it; --notation settles it', async () => {
        const file = await workbook({ organisasi: ORGS, pohon: TREE, jabatan: CHART, pagu: [['Dinas', 'P1', 2025, '900.000'], ['Dinas', 'P1', 2026, '750.000']] });
        const into = join(scratch(), 'ws');
        const refused = kinerja(['import', file, '--into', into]);
        expect(refused.status).toBe(1);
        expect(refused.stderr).toBe(`${file}: Pagu!D2: angka di kolom "Pagu (Rp)" dapat dibaca dua cara (Pagu!D2, Pagu!D3: titik sebagai pemisah ribuan atau desimal) dan tidak ada sel lain yang memastikan; jalankan lagi dengan --notation id (1.234,5) atau --notation en (1,234.5)\n`
            + `1 masalah di ${file}; tidak ada yang ditulis. Perbaiki sel yang disebut di atas, lalu impor lagi\n`);
        expect(existsSync(into)).toBe(false);
        const settled = kinerja(['import', file, '--into', into, '--notation', 'id']);
        expect(settled.status, settled.stderr).toBe(0);
        expect(readFileSync(join(into, 'dinas.kinerja'), 'utf8')).toContain('pagu 2025 Rp 900.000\n');
    });

    it('names every problem by sheet and cell, and writes nothing', async () => {
        const file = await workbook({
            organisasi: ORGS, pohon: TREE, jabatan: CHART,
            indikator: [['Dinas', 'P9', 'I1', 'Indikator'], ['Dinas', 'P1', 'I2', 'Indikator', 'ya', 'persen']],
            target: [['Dinas', 'I2', 2025, 'tw5', null, 10], ['Dinas', 'I2', '25', null, null, 20], ['Dinas', 'I2', 2026, 'tw1', null, 5]],
            realisasi: [['Dinas', 'I2', 2025, null, null, { formula: 'A1+1' }], ['Dinas', 'I2', 2025, null, 'mungkin', 5]]
        }, { pagu: [] });
        const into = join(scratch(), 'ws');
        const result = kinerja(['import', file, '--into', into]);
        expect(result.status).toBe(1);
        expect(result.stderr.split('\n').map(l => l.replace(`${file}: `, ''))).toEqual([
            'Target!D2: "tw5" bukan periode untuk "Periode"; tulis tw1 … tw4, atau bulan jan, feb, mar, apr, mei, jun, jul, agu, sep, okt, nov, des',
            'Target!C3: "25" bukan tahun untuk "Tahun"; tulis empat angka, mis. 2025',
            'Realisasi!F2: "Realisasi" berisi rumus tanpa hasil tersimpan (atau hasilnya kesalahan Excel seperti #REF!); buka dan simpan berkas di Excel agar hasilnya tersimpan, atau tulis nilainya',
            'Realisasi!E3: "mungkin" tidak dikenal untuk "s.d."; tulis ya, atau kosongkan',
            `4 masalah di ${file}; tidak ada yang ditulis. Perbaiki sel yang disebut di atas, lalu impor lagi`,
            ''
        ]);
        expect(existsSync(into)).toBe(false);
    });

    it('rows that name what is not there are problems too (nothing would land where it belongs)', async () => {
        const file = await workbook({
            organisasi: ORGS, pohon: TREE, jabatan: CHART,
            indikator: [['Dinas', 'P9', 'I1', 'Indikator']],
            target: [['Dinas', 'I7', 2025, null, null, 10], ['Dinas', 'I1', 2026, 'tw1', null, 5]],
            pejabat: [['Dinas', 'Kabid', 'Budi']], belanja: [['Opd', 'P1', 2025, 'tw1', 5]]
        });
        const result = kinerja(['import', file, '--into', join(scratch(), 'ws')]);
        expect(result.status).toBe(1);
        expect(result.stderr.split('\n').slice(0, -2).map(l => l.replace(`${file}: `, ''))).toEqual([
            'Pejabat!B2: jabatan Kabid tidak ada di lembar Jabatan untuk Dinas; tambahkan barisnya, atau perbaiki ID-nya',
            'Indikator!B2: unsur P9 tidak ada di lembar Pohon Kinerja untuk Dinas; tambahkan barisnya, atau perbaiki ID-nya',
            'Belanja!A2: organisasi Opd tidak ada di lembar Organisasi; tambahkan barisnya di sana, atau perbaiki ID-nya',
            'Target!B2: indikator I7 tidak ada di lembar Indikator untuk Dinas; tambahkan barisnya, atau perbaiki ID-nya',
            'Target!D3: baris periode ini tidak didahului baris target tahunannya (periode kosong) untuk indikator, tahun dan revisi yang sama; tambahkan baris target tahunan di atasnya'
        ]);
    });

    it('an unknown header is named with the known ones (a misnamed column would lose its data)', async () => {
        const headers = SHEETS.pagu.columns.map(c => c.header);
        headers[3] = 'Pagu anggaran';
        const file = await workbook({ organisasi: ORGS, pohon: TREE, jabatan: CHART, pagu: [['Dinas', 'P1', 2025, 5]] }, { pagu: headers });
        const result = kinerja(['import', file, '--into', join(scratch(), 'ws'), '--lang', 'en']);
        expect(result.status).toBe(1);
        expect(result.stderr.split('\n')[0]).toBe(`${file}: Pagu!D1: the column header "Pagu anggaran" is not known on this sheet; known headers: Organisasi, Unsur, Tahun, Pagu (Rp), Revisi tanggal, Alasan revisi. Correct it (a misnamed column would lose its data) or remove the column`);
    });

    it('--dry-run prints the files as a diff and writes nothing; into an existing workspace, new structure is refused (merge.test.ts)', async () => {
        const file = await workbook({ organisasi: ORGS, pohon: TREE, jabatan: CHART });
        const into = join(scratch(), 'ws');
        const dry = kinerja(['import', file, '--into', into, '--dry-run']);
        expect(dry.status).toBe(0);
        expect(dry.stdout).toContain(`--- /dev/null\n+++ ${join(into, 'dinas.kinerja')}\n@@ -0,0 +1,`);
        expect(dry.stdout).toContain('+    jabatan Kadis "Kepala Dinas" eselon II\n');
        expect(dry.stderr).toBe(`uji coba: 2 berkas akan ditulis di ${into}; tidak ada yang ditulis\n`);
        expect(existsSync(into)).toBe(false);
        const dir = scratch();
        writeFileSync(join(dir, 'lama.kinerja'), '');
        const refused = kinerja(['import', file, '--into', dir]);
        expect(refused.status).toBe(1);
        expect(refused.stderr.split('\n')[0]).toBe(`${file}: Organisasi!B2: Kab (lembar Organisasi) tidak ada di ruang kerja. Struktur (organisasi, jabatan, pejabat, pohon kinerja, indikator, perjanjian) ditambahkan di berkas .kinerja, bukan lewat impor ke ruang kerja yang sudah ada: tambahkan di sana, atau hapus baris ini`);
        expect(readFileSync(join(dir, 'lama.kinerja'), 'utf8')).toBe('');
    });

    it('a file that is not a workbook, or is missing, is one sentence', async () => {
        const dir = scratch();
        writeFileSync(join(dir, 'x.xlsx'), 'bukan zip');
        const result = kinerja(['import', join(dir, 'x.xlsx'), '--into', join(dir, 'ws')]);
        expect(result.status).toBe(1);
        expect(result.stderr.split('\n')[0]).toBe(`${join(dir, 'x.xlsx')}: berkas ini bukan buku kerja Excel (.xlsx) yang dapat dibaca; simpan ulang dari Excel sebagai "Excel Workbook (*.xlsx)"`);
        const missing = kinerja(['import', join(dir, 'tidak-ada.xlsx'), '--into', join(dir, 'ws')]);
        expect(missing.status).toBe(2);
    });
});
