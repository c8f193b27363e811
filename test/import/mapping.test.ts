/**
 * `kinerja import --mapping FILE` (docs/import.md, "Mapping files"): an odd layout read
 * by its column letters or its own header words; every mistake in the file named by its
 * key; the documented examples valid against the published schema
 * (docs/mapping.schema.json) and accepted by the import's own reader alike.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { kinerja, ROOT } from '../cli-run.js';
import { parseMapping } from '../../src/import/layouts/mapping.js';
import { Problems } from '../../src/import/problems.js';
import { officeBook as makeBook, type SheetSpec } from './office-book.js';
import { scratchFolders } from '../scratch.js';

const officeBook = (sheets: SheetSpec[]) => makeBook(sheets, scratch());

const scratch = scratchFolders('kinerja-mapping-');

function mappingFile(content: unknown): string {
    const file = join(scratch(), 'pemetaan.json');
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return file;
}

/** The ```json blocks of docs/import.md's "Mapping files" section. */
function documentedExamples(): unknown[] {
    const doc = readFileSync(resolve(ROOT, 'docs/import.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Mapping files'), doc.indexOf('\n## ', doc.indexOf('## Mapping files') + 1));
    return [...section.matchAll(/```json\n([\s\S]*?)```/g)].map(m => JSON.parse(m[1]));
}

describe('the mapping file', () => {
    it('reads an odd layout by its column letters, with the organisation and year it states', async () => {
        const book = await officeBook([
            { name: 'Petunjuk', rows: [['Isi lembar Data mulai baris 3']] },
            {
                name: 'Data', rows: [
                    ['Kd', 'Nomenklatur', 'Ukuran Keberhasilan', 'Sat.', 'Tgt', 'Dana'],
                    ['-', '-', '-', '-', '-', '-'],
                    ['1.02.02', 'Program Pemenuhan Upaya Kesehatan', 'Cakupan pelayanan kesehatan dasar', 'persen', 85, '1.004.422.800'],
                    ['1.02.02.2.02', 'Penyediaan Layanan Kesehatan', 'Persentase puskesmas terakreditasi', '%', '80,5', '650.000.000']
                ]
            }
        ]);
        const mapping = mappingFile(documentedExamples()[0]);
        const ws = join(scratch(), 'ws');
        const result = kinerja(['import', book, '--into', ws, '--mapping', mapping]);
        expect(result.status, result.stderr).toBe(0);
        const text = readFileSync(join(ws, 'dinkes.kinerja'), 'utf8');
        expect(text).toContain('program P1_02_02 "Program Pemenuhan Upaya Kesehatan" kode "1.02.02" {');
        expect(text).toContain('indikator K1_02_02_2_02_I1 "Persentase puskesmas terakreditasi" {\n            satuan persen\n            target 2025 80,5\n        }\n        pagu 2025 Rp 650.000.000');
        expect(kinerja(['check', ws]).status).toBe(0);
    });

    it('gives meanings to an office\'s own header words; an unknown header without one is named at its cell', async () => {
        const sheet = {
            name: 'TW II', rows: [
                ['Laporan Triwulan II Tahun 2025'],
                ['Perangkat Daerah: Dinas Kesehatan Kabupaten Paser Selatan'],
                ['Kode', 'Uraian', 'Ukuran Keberhasilan', 'Capaian s.d. Triwulan Berjalan', 'Dana Terserap', 'Verifikator'],
                ['1.02.02.2.02', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota', 'Jumlah ibu hamil yang mendapat pelayanan kesehatan sesuai standar', 790, '1.380.000.000', 'Sekdis']
            ]
        };
        const book = await officeBook([sheet]);
        const ws = join(scratch(), 'kab');
        cpSync(resolve(ROOT, 'examples'), ws, { recursive: true });
        const unknown = kinerja(['import', book, '--into', ws]);
        expect(unknown.status).toBe(1);
        expect(unknown.stderr).toContain(`${book}: TW II!C3: judul kolom "Ukuran Keberhasilan" tidak dikenal, jadi datanya akan hilang; nyatakan artinya dengan berkas pemetaan (--mapping, lihat docs/import.md)`);
        const mapping = mappingFile(documentedExamples()[1]);
        const result = kinerja(['import', book, '--into', ws, '--mapping', mapping, '--dry-run']);
        expect(result.status, result.stderr).toBe(0);
        // What the workspace has (tw2 790, Rp 1.380.000.000 by tw2) is equal: nothing to change.
        expect(result.stderr).toContain('tidak ada perubahan');
    });

    it('names every mistake of the file by its key, and reads nothing', async () => {
        const book = await officeBook([{ name: 'X', rows: [['a']] }]);
        const mapping = mappingFile({ tabel: 'plan', table: 'renstra', headerRow: 0, columns: { A: 'kode', b: 'nama', C: 'targett 2025' }, year: '2025' });
        const result = kinerja(['import', book, '--into', join(scratch(), 'ws'), '--mapping', mapping, '--lang', 'en']);
        expect(result.status).toBe(1);
        expect(result.stderr).toBe([
            `${mapping}: tabel: unknown key "tabel"; known keys: table, sheet, headerRow, headerRows, firstRow, columns, headers, organisation, year, period, notation`,
            `${mapping}: headerRow: "headerRow" must be a row number (a whole number from 1)`,
            `${mapping}: table: "table" must be "plan", "realisation" or "budget"`,
            `${mapping}: year: "year" must be a four-digit year, e.g. 2025`,
            `${mapping}: columns.b: "columns.b" must be a column letter such as "A" or "AB"`,
            `${mapping}: columns.C: "columns.C": "targett 2025" is not a column meaning; write one of kode, nama, tujuan, sasaran, program, kegiatan, subkegiatan, indikator, satuan, kondisi-awal, target, pagu, penanggung-jawab, realisasi, realisasi-anggaran, capaian, serapan, abaikan, with a year or period where needed (e.g. "target 2025", "realisasi tw2")`,
            `6 problem(s) in ${book}; nothing was written. Correct the cells named above, then import again`,
            ''
        ].join('\n'));
        const broken = kinerja(['import', book, '--into', join(scratch(), 'ws'), '--mapping', mappingFile('{ "table": "plan", }')]);
        expect(broken.stderr).toMatch(/pemetaan\.json: berkas pemetaan bukan JSON yang sah \(.*\); perbaiki tulisannya/);
    });
});

describe('the published schema', () => {
    const schema = JSON.parse(readFileSync(resolve(ROOT, 'docs/mapping.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);

    it('accepts the documented examples, and the import reads them alike', () => {
        const examples = documentedExamples();
        expect(examples.length).toBeGreaterThanOrEqual(2);
        for (const example of examples) {
            expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
            const problems = new Problems('en');
            expect(parseMapping('m.json', JSON.stringify(example), problems), problems.list.map(p => p.message).join('\n')).toBeDefined();
        }
    });

    it('refuses what the import refuses', () => {
        for (const bad of [{ tabel: 'plan' }, { table: 'renstra' }, { headerRow: 0 }, { columns: { a: 'kode' } }, { columns: { A: 'targett' } }, { year: '2025' }, { period: 'tw5' }, { notation: 'fr' }, { organisation: '1Dinkes' }]) {
            expect(validate(bad), JSON.stringify(bad)).toBe(false);
            const problems = new Problems('en');
            expect(parseMapping('m.json', JSON.stringify(bad), problems), JSON.stringify(bad)).toBeUndefined();
        }
    });
});
