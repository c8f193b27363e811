/**
 * The LKjIP (`kinerja report --kind lkjip`, src/report/kinds/lkjip.ts and
 * formats/lkjip.ts) and the Word format (formats/docx.ts): the chapters of PermenPANRB
 * 53/2014 per organisation, each indicator of Bab III with its figures in Indonesian
 * notation, the analyst's places where the data has no `catatan`, plt and PK perubahan
 * of the spec's malra workspace; the .docx read back (word/document.xml): the text holds
 * every indicator, headings use Word's Heading styles, tables repeat their header row,
 * the PK holds its parties and signature block.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipEntries, textOf } from '../../src/import/read-zip.js';
import { documentHtml, documentMarkdown } from '../../src/report/formats/document.js';
import { renderDocx } from '../../src/report/formats/docx.js';
import { agreementsDocument, lkjipDocument } from '../../src/report/formats/lkjip.js';
import { buildAgreementsReport } from '../../src/report/kinds/agreements.js';
import { buildLkjipReport, type LkjipReport } from '../../src/report/kinds/lkjip.js';
import { UnknownOrganisationError } from '../../src/report/kinds/template.js';
import { kinerja } from '../cli-run.js';
import { EXAMPLES, loadExamples } from './examples.js';
import { htmlText, loadMalra, MALRA, malraPresent } from './malra.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#91': '[', '#93': ']', '#43': '+', '#46': '.', '#58': ':', '#124': '|' };
const decode = (s: string) => s.replace(/&(#?\w+);/g, (m, e: string) => ENTITIES[e] ?? m);

/** The markdown with its entities decoded and the text between `from` and `to` (headings). */
function between(md: string, from: string, to: string): string {
    const text = decode(md);
    const start = text.indexOf(from);
    expect(start, from).toBeGreaterThanOrEqual(0);
    const end = text.indexOf(to, start);
    return text.slice(start, end < 0 ? undefined : end);
}

async function documentXml(bytes: Uint8Array, part = 'word/document.xml'): Promise<string> {
    const entries = zipEntries(bytes);
    let xml = '';
    for await (const chunk of textOf(bytes, entries.get(part)!)) xml += chunk;
    return xml;
}

/** The text of a Word document: its `w:t` runs, each paragraph on a line. */
function wordText(xml: string): string {
    return decode(xml.replace(/<\/w:p>/g, '\n').replace(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g, '\u0001$1\u0002').replace(/<[^>]+>/g, '').replace(/[^\n\u0001\u0002]*\u0001([^\u0002]*)\u0002/g, '$1'));
}

/** Every indicator name the LKjIP data holds (plan, IKU, Bab III). */
function indicatorNames(data: LkjipReport): string[] {
    return [...new Set(data.documents.flatMap(d => [
        ...d.plan.flatMap(g => g.indicators.map(i => i.indicator.name ?? i.indicator.id)),
        ...d.iku.map(i => i.indicator.name ?? i.indicator.id),
        ...d.accountability.goals.flatMap(g => g.rows.map(r => r.indicator.name ?? r.indicator.id))
    ]))];
}

describe('the LKjIP of examples/', async () => {
    const { model, config, findings } = await loadExamples();
    const data = buildLkjipReport(model, config, { year: 2025, findings, organisations: ['Dinkes'] });
    const md = documentMarkdown(lkjipDocument(data, 'id'), '9.9.9');

    it('has the four chapters and the appendices, in order', () => {
        const headings = decode(md).split('\n').filter(l => /^#{1,2} /.test(l));
        expect(headings).toEqual([
            '# Bab I Pendahuluan', '## 1.1 Organisasi', '## 1.2 Struktur organisasi dan pejabat', '## 1.3 Isu strategis',
            '# Bab II Perencanaan Kinerja', '## 2.1 Rencana Strategis', '## 2.2 Indikator Kinerja Utama (IKU)', '## 2.3 Perjanjian Kinerja Tahun 2025',
            '# Bab III Akuntabilitas Kinerja', '## 3.1 Capaian kinerja organisasi', '## 3.2 Efisiensi penggunaan sumber daya', '## 3.3 Realisasi anggaran',
            '# Bab IV Penutup', '# Lampiran', '## Lampiran 1 Perjanjian Kinerja', '## Lampiran 2 Indikator Kinerja Utama'
        ]);
        expect(md.startsWith('<!-- generator: kinerja 9.9.9 -->\n')).toBe(true);
    });

    it('lists each indicator of the agency in Bab III with its figures to two decimals, Indonesian notation', () => {
        const bab3 = between(md, '# Bab III', '# Bab IV');
        const rows = data.documents[0].accountability.goals.flatMap(g => g.rows);
        expect(rows.length).toBe(9);
        for (const i of rows) expect(bab3, i.indicator.id).toContain(` | ${i.indicator.name} | ${i.indicator.unit} | `);
        expect(bab3).toContain('| 1 | Prevalensi balita stunting | persen | 16 | 16,4 | 97,50% | Sangat Tinggi |');
        expect(bab3).toContain('| 4 | Jumlah ibu hamil yang mendapat pelayanan kesehatan sesuai standar | orang | 3.100 | 2.295 | 74,03% | Sedang |');
        expect(bab3).toContain('| 8 | Rata-rata waktu penerbitan rekomendasi izin praktik | hari | 5 | 5,1 | 98,00% | Sangat Tinggi |');
        // Earlier years and the Renstra end target; efficiency and budget.
        expect(bab3).toContain('| Realisasi 2024 | Capaian 2024 | Realisasi 2025 | Target akhir Renstra (2026) | Capaian / 2026 |');
        expect(bab3).toContain('| Prevalensi balita stunting | 17,9 | 103,24% | 16,4 |');
        expect(bab3).toContain('Nilai kinerja organisasi tahun 2025: 97,50% (Sangat Tinggi).');
        expect(bab3).toContain('| Organisasi | 97,50% | 66,91% | +30,59 | ya |');
        expect(bab3).toContain('Pagu Rp 4.775.000.000, realisasi Rp 3.195.000.000, serapan 66,91%.');
    });

    it('leaves a marked place for the analyst where the data has no text, and invents none', () => {
        const text = decode(md);
        expect(text).toContain('> [Diisi oleh analis: tugas pokok, fungsi dan gambaran umum organisasi]');
        expect(text).toContain('> [Diisi oleh analis: isu strategis yang dihadapi organisasi]');
        // Dinkes writes no catatan: one place per indicator of the sasaran.
        expect(between(md, '**Analisis, kendala', '## 3.2')).toContain('[Diisi oleh analis: analisis capaian, kendala dan solusi untuk Prevalensi balita stunting]');
        expect(between(md, '**Analisis, kendala', '## 3.2')).toContain('[Diisi oleh analis: analisis capaian, kendala dan solusi untuk Angka kematian bayi]');
        expect(between(md, '# Bab IV', '# Lampiran')).toContain('[Diisi oleh analis: simpulan umum capaian kinerja');
        const en = decode(documentMarkdown(lkjipDocument(data, 'en'), '9.9.9'));
        expect(en).toContain('# Chapter III Performance Accountability');
        expect(en).toContain('[To be written by the analyst: the strategic issues the organisation faces]');
    });

    it('plans with the Renstra, the IKU and the year\'s PK, and appends the PK and the IKU table', () => {
        const bab2 = between(md, '# Bab II', '# Bab III');
        expect(bab2).toContain('Periode Renstra 2021–2026.');
        expect(bab2).toContain('| Sasaran: Meningkatnya derajat kesehatan masyarakat | Prevalensi balita stunting | persen | 16 | — |');
        expect(bab2).toContain('| 1 | Kepala Dinas Kesehatan | dr. Hj. Rahmawati Syarif, M.Kes. | PK | 6 Januari 2025 |');
        const appendix = between(md, '# Lampiran', '## Lampiran 2');
        expect(appendix).toContain('### Perjanjian Kinerja Tahun 2025 — Kepala Dinas Kesehatan');
        expect(appendix).toContain('| Pihak Kedua, | Pihak Pertama, |');
    });

    it('without --instansi: every organisation with indicators or an agreement of the year, each chapter heading naming it', () => {
        const all = buildLkjipReport(model, config, { year: 2025, findings });
        expect(all.documents.map(d => d.organisation.id)).toEqual(['KabPaserSelatan', 'Bappeda', 'Dinkes', 'Disdik']);
        const text = decode(documentMarkdown(lkjipDocument(all, 'id'), '9.9.9'));
        expect(text).toContain('# Bab I Pendahuluan — Dinas Kesehatan Kabupaten Paser Selatan');
        expect(text).toContain('# Bab III Akuntabilitas Kinerja — Dinas Pendidikan Kabupaten Paser Selatan');
        expect(() => buildLkjipReport(model, config, { year: 2025, organisations: ['Dinkes', 'Nope'] })).toThrow(UnknownOrganisationError);
    });

    it('prints the same document as HTML', () => {
        const html = documentHtml(lkjipDocument(data, 'id'), 'id');
        expect(html).toMatch(/^<!DOCTYPE html>/);
        expect(html).toContain('<h1>Bab III Akuntabilitas Kinerja</h1>');
        expect(htmlText(html)).toContain('Prevalensi balita stunting persen 16 16,4 97,50% Sangat Tinggi');
        expect(html).toContain('<p class="draft analyst">[Diisi oleh analis: isu strategis yang dihadapi organisasi]</p>');
    });

    it('as Word: every indicator in the text, Heading styles, tables with repeated header rows, A4, page numbers', async () => {
        const bytes = await renderDocx(lkjipDocument(data, 'id'), { creator: 'kinerja 9.9.9' });
        const xml = await documentXml(bytes);
        const text = wordText(xml);
        const names = indicatorNames(data);
        expect(names.length).toBeGreaterThan(5);
        for (const name of names) expect(text, name).toContain(name);
        expect(text).toContain('97,50%');
        expect(text).toContain('[Diisi oleh analis: isu strategis yang dihadapi organisasi]');
        expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*Bab III Akuntabilitas Kinerja/);
        expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>/);
        expect(xml).toMatch(/<w:pStyle w:val="Heading3"\/>/);
        expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThan(5);
        expect(xml).toContain('<w:tblHeader/>');
        expect(xml).toContain('<w:cantSplit/>');
        expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
        const entries = zipEntries(bytes);
        const footer = [...entries.keys()].find(n => /^word\/footer\d*\.xml$/.test(n))!;
        expect(await documentXml(bytes, footer)).toMatch(/PAGE/);
        const core = await documentXml(bytes, 'docProps/core.xml');
        expect(core).toContain('<dc:creator>kinerja 9.9.9</dc:creator>');
        expect(core).toContain('<cp:lastModifiedBy>kinerja 9.9.9</cp:lastModifiedBy>');
    });

    it('the PK as Word: the parties\' names, and the signature block kept together', async () => {
        const pk = buildAgreementsReport(model, config, { year: 2025 });
        const bytes = await renderDocx(agreementsDocument(pk, 'id'), { creator: 'kinerja 9.9.9' });
        const xml = await documentXml(bytes);
        const text = wordText(xml);
        for (const d of pk.documents) {
            if (d.firstParty.name) expect(text).toContain(d.firstParty.name);
            if (d.secondParty.title) expect(text).toContain(d.secondParty.title);
        }
        expect(text).toContain('Nama: dr. Hj. Rahmawati Syarif, M.Kes.');
        expect(text).toContain('Pihak Pertama,');
        expect(text).toContain('Pihak Kedua,');
        expect(text).toContain('Sungai Lendang, 6 Januari 2025');
        // The signature block: a row that does not split, its paragraphs kept with the next.
        const block = xml.slice(xml.indexOf('Pihak Kedua,') - 3000, xml.indexOf('Pihak Kedua,'));
        expect(block).toContain('<w:cantSplit/>');
        expect(block).toContain('<w:keepNext/>');
        expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*Perjanjian Kinerja Tahun 2025 — Kepala Dinas Kesehatan/);
    });
});

describe.runIf(malraPresent)('the LKjIP of the spec\'s malra workspace', async () => {
    const { model, config } = await loadMalra();
    const data = buildLkjipReport(model, config, { year: 2025, organisations: ['DinkesMalra'] });
    const md = decode(documentMarkdown(lkjipDocument(data, 'id'), '9.9.9'));

    it('names the officials of the year, the acting one marked, and the PK perubahan', () => {
        expect(between(md, '## 1.2', '## 1.3')).toContain('| Kepala Dinas Kesehatan | II | — | dr. Sri Wahyuni Renwarin, M.Kes. (sampai 30 Juni 2025); Yohanis Rahanra, S.K.M. (Plt., sejak 1 Juli 2025) |');
        expect(between(md, '## 2.3', '# Bab III')).toContain('| Fransina Rahayaan, S.ST. | PK perubahan (25 Agustus 2025) | 25 Agustus 2025 |');
        expect(md).toContain('### Perjanjian Kinerja Perubahan Tahun 2025 — Kepala Seksi Kesehatan Keluarga dan Gizi');
    });

    it('writes the catatan where there is one, and the analyst\'s place only where there is none', () => {
        const analysis = between(md, '### 3.1.1', '## 3.2');
        expect(analysis).toContain('Persentase persalinan di fasilitas pelayanan kesehatan (Triwulan III 2025) — Kendala: Akses laut ke pulau-pulau kecil terganggu cuaca buruk pada bulan Juli dan Agustus.');
        expect(analysis).not.toContain('untuk Persentase persalinan di fasilitas pelayanan kesehatan]');
    });

    it('as Word: every indicator of the LKjIP in the text', async () => {
        const text = wordText(await documentXml(await renderDocx(lkjipDocument(data, 'id'), { creator: 'kinerja 9.9.9' })));
        for (const name of indicatorNames(data)) expect(text, name).toContain(name);
        expect(text).toContain('Yohanis Rahanra, S.K.M. (Plt., sejak 1 Juli 2025)');
    });

    it('through the CLI: --kind lkjip --format docx --instansi, the kind\'s JSON, and the refusals', () => {
        const dir = mkdtempSync(join(tmpdir(), 'kinerja-lkjip-'));
        try {
            const out = join(dir, 'lkjip.docx');
            const run = kinerja(['report', MALRA, '--year', '2025', '--kind', 'lkjip', '--format', 'docx', '--instansi', 'DinkesMalra', '--out', out]);
            expect(run.status, run.stderr).toBe(0);
            expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
            // Written again over its own previous output without --force.
            expect(kinerja(['report', MALRA, '--year', '2025', '--kind', 'lkjip', '--format', 'docx', '--out', out]).status).toBe(0);
            const json = kinerja(['report', MALRA, '--year', '2025', '--kind', 'lkjip', '--format', 'json', '--instansi', 'DinkesMalra']);
            expect(json.status, json.stderr).toBe(0);
            const parsed = JSON.parse(json.stdout) as { kind: string; documents: Array<{ organisation: { id: string }; accountability: { goals: unknown[] } }> };
            expect(parsed.kind).toBe('lkjip');
            expect(parsed.documents.map(d => d.organisation.id)).toEqual(['DinkesMalra']);
            const csv = kinerja(['report', MALRA, '--year', '2025', '--kind', 'lkjip', '--format', 'csv']);
            expect([csv.status, csv.stderr.trim()]).toEqual([2, 'kinerja: LKjIP (--kind lkjip) ditulis sebagai --format html, md, json, docx atau pdf, bukan csv']);
            const quarter = kinerja(['report', MALRA, '--year', '2025', '--kind', 'lkjip', '--format', 'md', '--quarter', '3', '--lang', 'en']);
            expect([quarter.status, quarter.stderr.trim()]).toEqual([2, 'kinerja: the LKjIP reports a whole year: --quarter does not apply to --kind lkjip (for a quarter\'s progress, use --kind quarterly)']);
            const unknown = kinerja(['report', MALRA, '--year', '2025', '--kind', 'lkjip', '--format', 'md', '--instansi', 'Nope']);
            expect(unknown.status).toBe(2);
            expect(unknown.stderr).toContain('--instansi Nope');
            const docxAnnual = kinerja(['report', EXAMPLES, '--year', '2025', '--format', 'docx', '--out', join(dir, 'a.docx')]);
            expect([docxAnnual.status, docxAnnual.stderr.trim()]).toEqual([2, 'kinerja: --format docx hanya untuk --kind agreements, lkjip, bukan annual']);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});

