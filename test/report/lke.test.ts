/**
 * The LKE pre-check (`kinerja report --kind lke`, src/report/kinds/lke.ts): the
 * worksheet's table of PermenPANRB 88/2021, each data criterion met, partly met and not
 * met on a small hand-built workspace (scores to two decimals, results, reasons with
 * file:line), the predikat bands, the pooled pemda, every format, and the exact numbers
 * of examples/ and the spec's kutim and malra workspaces.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/common/exact.js';
import { defaultConfig } from '../../src/engine/config.js';
import { renderKindJson } from '../../src/report/formats/json.js';
import { renderMarkdown } from '../../src/report/formats/markdown.js';
import { reportTables } from '../../src/report/formats/tables.js';
import { renderHtmlReport } from '../../src/report/html/index.js';
import { jsonReport } from '../../src/report/json-report.js';
import { evaluateWorkspace } from '../../src/engine/evaluate.js';
import {
    buildReportData, LKE_COMPONENTS, LKE_PREDIKAT, predikatOf,
    type LkeCriterionResult, type LkeOrganisationResult, type LkeReport
} from '../../src/report/kinds/index.js';
import { buildWorkspace } from '../helpers.js';
import { kinerja, ROOT } from '../cli-run.js';
import { loadExamples } from './examples.js';
import { htmlText } from './malra.js';

const PEMDA = `pemda Kab "Kabupaten Uji" {
    periode 2021 - 2026
    sasaran SD1 "Sasaran daerah" {
        indikator IKD1 "Indeks daerah" utama {
            satuan indeks
            definisi "Indeks gabungan" rumus "rata-rata subindeks" sumber "BPS"
            target 2025 80 { tw1 80 tw2 80 }
            realisasi 2025 { tw1 70 tw2 75 }
            catatan 2025 { analisis "Naik dari tahun lalu" }
            bukti 2025 "Rilis BPS" "https://bps.example/indeks"
        }
    }
}
`;

/** Every data criterion met: three structural officials with signed agreements, a cascade to staff, … */
const DINAS = `instansi Dinas "Dinas Uji" {
    pemda Kab
    periode 2021 - 2026
    jabatan Kadis "Kepala Dinas" eselon II { pejabat "Ani" }
    jabatan Kabid "Kepala Bidang" eselon III atasan Kadis { pejabat "Budi" }
    jabatan Kasi "Kepala Seksi" eselon IV atasan Kabid { pejabat "Citra" }
    jabatan Sekdis "Sekretaris" eselon III atasan Kadis
    jabatan Analis "Analis" staf atasan Kasi { pejabat "Dedi" }
    sasaran SS1 "Sasaran dinas" oleh Kadis mendukung Kab.SD1 {
        indikator IKU1 "Indikator utama" utama {
            satuan persen
            definisi "Bagian yang terlayani" rumus "terlayani / sasaran x 100" sumber "Aplikasi"
            target 2025 90 { tw1 90 tw2 90 }
            realisasi 2025 { tw1 85 tw2 88 }
            bukti 2025 "Rekap" "https://dinas.example/rekap"
        }
        catatan 2025 { analisis "Sesuai rencana" kendala "-" solusi "-" }
    }
    program P1 "Program" oleh Kabid mendukung SS1 {
        indikator IKP1 "Indikator program" {
            satuan persen
            target 2025 90 { tw1 90 tw2 90 }
            realisasi 2025 { tw1 80 tw2 85 }
            bukti 2025 "Rekap" "https://dinas.example/p1"
        }
    }
    kegiatan K1 "Kegiatan" oleh Kasi mendukung P1 {
        indikator IKK1 "Indikator kegiatan" {
            satuan unit
            target 2025 10 { tw1 5 tw2 5 }
            realisasi 2025 { tw1 5 tw2 5 }
            bukti 2025 "Rekap" "https://dinas.example/k1"
        }
    }
    rhk R1 "Rencana hasil kerja" oleh Analis mendukung K1 {
        indikator IKR1 "Indikator RHK" {
            satuan dokumen
            target 2025 4 { tw1 2 tw2 2 }
            realisasi 2025 { tw1 2 tw2 2 }
            bukti 2025 "Dokumen" "https://dinas.example/r1"
        }
    }
}
perjanjian Dinas.Kadis 2025 { ditandatangani 2025-01-06 }
perjanjian Dinas.Kabid 2025 { ditandatangani 2025-01-06 }
perjanjian Dinas.Kasi 2025 { ditandatangani 2025-01-06 }
`;

function replace(text: string, from: string, to: string): string {
    expect(text, `'${from}' in the workspace`).toContain(from);
    return text.split(from).join(to);
}

async function lke(dinas = DINAS, pemda = PEMDA): Promise<LkeReport> {
    const ws = await buildWorkspace({ 'pemda.kinerja': pemda, 'dinas.kinerja': dinas });
    return buildReportData('lke', ws.services.kinerja.WorkspaceModel.get(), defaultConfig(), { year: 2025 });
}

function org(report: LkeReport, id: string): LkeOrganisationResult {
    const found = report.organisations.find(o => o.organisation.id === id);
    expect(found, id).toBeDefined();
    return found!;
}

function criterion(o: LkeOrganisationResult, id: string): LkeCriterionResult {
    for (const c of o.components) for (const s of c.subComponents) for (const k of s.criteria) if (k.id === id) return k;
    throw new Error(`no criterion ${id}`);
}

const n = (x: Exact | null) => x === null ? null : x.toRoundedNumber(2);

/** result, passed / checked, score of a data criterion. */
function summary(k: LkeCriterionResult): string {
    return `${k.result} ${k.passed}/${k.checked} ${n(k.score)}`;
}

function componentScores(o: LkeOrganisationResult): Array<number | null> {
    return [...o.components.map(c => n(c.score)), n(o.score)];
}

describe('the worksheet table (PermenPANRB 88/2021)', () => {
    it('weighs perencanaan 30, pengukuran 30, pelaporan 15, evaluasi internal 25, each split 20 / 30 / 50 % as keberadaan, kualitas, pemanfaatan', () => {
        expect(LKE_COMPONENTS.map(c => [c.name, c.weight])).toEqual([
            ['Perencanaan Kinerja', 30], ['Pengukuran Kinerja', 30], ['Pelaporan Kinerja', 15], ['Evaluasi Akuntabilitas Kinerja Internal', 25]
        ]);
        for (const c of LKE_COMPONENTS) {
            expect(c.subComponents.map(s => [s.code, s.aspect, s.weight])).toEqual([
                ['a', 'keberadaan', c.weight * 0.2], ['b', 'kualitas', c.weight * 0.3], ['c', 'pemanfaatan', c.weight * 0.5]
            ]);
            for (const s of c.subComponents) expect(s.criteria.map(k => k.no)).toEqual(s.criteria.map((_k, i) => i + 1));
        }
        expect(LKE_COMPONENTS.map(c => c.subComponents.map(s => s.criteria.length))).toEqual([[6, 11, 8], [3, 7, 10], [6, 9, 7], [3, 5, 5]]);
        const checks = LKE_COMPONENTS.flatMap(c => c.subComponents.flatMap(s => s.criteria.filter(k => k.check).map(k => `${c.no}.${s.code}.${k.no} ${k.check}`)));
        expect(checks).toEqual([
            '1.b.1 revisionsCovered', '1.b.8 cascade', '1.b.10 agreements', '2.a.2 ikuDefinition', '2.a.3 evidence', '2.b.4 monitoring', '3.b.7 narrative'
        ]);
    });

    it('gives the predikat AA > 90–100, A > 80–90, BB > 70–80, B > 60–70, CC > 50–60, C > 30–50, D 0–30, judged as printed', () => {
        expect(LKE_PREDIKAT.map(b => [b.label, b.above])).toEqual([['AA', 90], ['A', 80], ['BB', 70], ['B', 60], ['CC', 50], ['C', 30], ['D', null]]);
        const at = (text: string) => predikatOf(Exact.fromDecimalString(text)).label;
        expect([at('100'), at('90.01'), at('90'), at('80.004'), at('80.005'), at('70'), at('60.5'), at('50'), at('30.01'), at('30'), at('0')])
            .toEqual(['AA', 'AA', 'A', 'BB', 'A', 'B', 'B', 'C', 'C', 'D', 'D']);
    });
});

describe('the data criteria on a hand-built workspace', () => {
    it('scores every data criterion met: 2,45 + 5,29 + 0,50 = 8,24 of the 8,24 the data can show', async () => {
        const report = await lke();
        const dinas = org(report, 'Dinas');
        expect(componentScores(dinas)).toEqual([2.45, 5.29, 0.5, 0, 8.24]);
        expect([n(dinas.dataWeight), n(dinas.dataShare), n(dinas.manualWeight), n(dinas.upper)]).toEqual([8.24, 100, 91.76, 100]);
        expect([dinas.predikat.secured.label, dinas.predikat.possible.label]).toEqual(['D', 'AA']);
        expect(['1.b.1', '1.b.8', '1.b.10', '2.a.2', '2.a.3', '2.b.4', '3.b.7'].map(id => summary(criterion(dinas, id)))).toEqual([
            'terpenuhi 0/0 0.82', 'terpenuhi 3/3 0.82', 'terpenuhi 3/3 0.82', 'terpenuhi 1/1 2', 'terpenuhi 4/4 2', 'terpenuhi 4/4 1.29', 'terpenuhi 1/1 0.5'
        ]);
        // No revision to cover: met, and said why.
        expect(criterion(dinas, '1.b.1').reasons.map(r => r.code)).toEqual(['revisions-none']);
        // The sub-components add up.
        expect(dinas.components[0].subComponents.map(s => [s.id, n(s.weight), n(s.score), n(s.manualWeight)])).toEqual([
            ['1.a', 6, 0, 6], ['1.b', 9, 2.45, 6.55], ['1.c', 15, 0, 15]
        ]);
        // Manual criteria contribute nothing and say what they need.
        const manual = criterion(dinas, '1.a.3');
        expect([manual.result, manual.score, n(manual.maxScore), manual.evidence.id]).toEqual(['manual', null, 1, 'Dokumen RPJMD / Renstra yang telah disahkan']);
    });

    it('pools the pemda with its agencies', async () => {
        const kab = org(await lke(), 'Kab');
        expect(kab.agencies).toEqual(['Dinas']);
        expect(['1.b.8', '1.b.10', '2.a.2', '2.a.3', '2.b.4', '3.b.7'].map(id => summary(criterion(kab, id)))).toEqual([
            'terpenuhi 4/4 0.82', 'terpenuhi 3/3 0.82', 'terpenuhi 2/2 2', 'terpenuhi 5/5 2', 'terpenuhi 5/5 1.29', 'terpenuhi 2/2 0.5'
        ]);
        expect(componentScores(kab)).toEqual([2.45, 5.29, 0.5, 0, 8.24]);
    });

    it('1.b.10: an agreement for every echelon II–IV position with an official in the year', async () => {
        const partly = org(await lke(replace(DINAS, 'perjanjian Dinas.Kasi 2025 { ditandatangani 2025-01-06 }\n', '')), 'Dinas');
        const k = criterion(partly, '1.b.10');
        expect(summary(k)).toBe('sebagian 2/3 0.55');
        expect(k.reasons.map(r => [r.location, r.message.id])).toEqual([[
            'dinas.kinerja:6', "Dinas.Kasi (Kepala Seksi, pejabat Citra) belum memiliki perjanjian kinerja 2025. Tambahkan 'perjanjian Dinas.Kasi 2025 { … }'."
        ]]);
        expect(k.reasons[0].message.en).toBe("Dinas.Kasi (Kepala Seksi, official Citra) has no performance agreement for 2025. Add 'perjanjian Dinas.Kasi 2025 { … }'.");
        expect(componentScores(partly)).toEqual([2.18, 5.29, 0.5, 0, 7.97]);

        const none = org(await lke(DINAS.replace(/perjanjian .*\n/g, '')), 'Dinas');
        expect(summary(criterion(none, '1.b.10'))).toBe('tidak 0/3 0');
        // An official who left before the year is not asked for one.
        const left = org(await lke(replace(replace(DINAS, '{ pejabat "Citra" }', '{ pejabat "Citra" sampai 2024-12-31 }'), 'perjanjian Dinas.Kasi 2025 { ditandatangani 2025-01-06 }\n', '')), 'Dinas');
        expect(summary(criterion(left, '1.b.10'))).toBe('terpenuhi 2/2 0.82');
    });

    it('1.b.8: every node of a structural position supported by a node of a position below it', async () => {
        const partly = org(await lke(replace(DINAS, 'oleh Kasi mendukung P1', 'oleh Kasi')), 'Dinas');
        const k = criterion(partly, '1.b.8');
        expect(summary(k)).toBe('sebagian 2/3 0.55');
        expect(k.reasons.map(r => [r.code, r.subject, r.location])).toEqual([['cascade-uncovered', 'Dinas.P1', 'dinas.kinerja:19']]);
        expect(componentScores(partly)).toEqual([2.18, 5.29, 0.5, 0, 7.97]);

        // A section head without staff: the cascade stops there.
        const noStaff = org(await lke(replace(replace(DINAS, 'jabatan Analis "Analis" staf atasan Kasi { pejabat "Dedi" }\n', ''), 'oleh Analis mendukung K1', 'mendukung K1')), 'Dinas');
        const stop = criterion(noStaff, '1.b.8');
        expect(summary(stop)).toBe('sebagian 2/3 0.55');
        expect(stop.reasons[0].message.id).toBe("Dinas.K1 (milik Dinas.Kasi) bertarget 2025 tetapi Dinas.Kasi tidak memiliki bawahan: cascading berhenti di sini. Tambahkan jabatan bawahan ('atasan Dinas.Kasi') dengan kinerjanya.");

        const none = org(await lke(DINAS.replace(/ mendukung (SS1|P1|K1)/g, '')), 'Dinas');
        expect(summary(criterion(none, '1.b.8'))).toBe('tidak 0/3 0');
        // The pemda's sasaran is no longer supported by any agency once the agency's sasaran stops supporting it.
        const kab = org(await lke(replace(DINAS, ' mendukung Kab.SD1', '')), 'Kab');
        expect(criterion(kab, '1.b.8').reasons.map(r => [r.code, r.subject, r.location])).toEqual([['cascade-pemda', 'Kab.SD1', 'pemda.kinerja:3']]);
    });

    it('2.a.2: every IKU of the year with its definisi, rumus and sumber', async () => {
        const report = await lke(replace(DINAS, ' rumus "terlayani / sasaran x 100"', ''));
        const k = criterion(org(report, 'Dinas'), '2.a.2');
        expect(summary(k)).toBe('tidak 0/1 0');
        expect(k.reasons.map(r => [r.location, r.message.id])).toEqual([['dinas.kinerja:10', 'IKU Dinas.IKU1 belum menuliskan rumus.']]);
        expect(summary(criterion(org(report, 'Kab'), '2.a.2'))).toBe('sebagian 1/2 1');
        expect(componentScores(org(report, 'Dinas'))).toEqual([2.45, 3.29, 0.5, 0, 6.24]);

        const bare = await lke(DINAS.replace(/ *definisi .* sumber "Aplikasi"\n/, ''));
        expect(criterion(org(bare, 'Dinas'), '2.a.2').reasons[0].message.en).toBe('The IKU Dinas.IKU1 does not state its definisi, rumus, sumber.');
        const noIku = await lke(replace(DINAS, '"Indikator utama" utama', '"Indikator utama"'));
        const none = criterion(org(noIku, 'Dinas'), '2.a.2');
        expect([summary(none), none.reasons[0].code]).toEqual(['tidak 0/0 0', 'iku-none']);
    });

    it('2.b.4: a realisation for every quarter up to the last one reported', async () => {
        const report = await lke(replace(DINAS, 'realisasi 2025 { tw1 80 tw2 85 }', 'realisasi 2025 { tw1 80 }'));
        const k = criterion(org(report, 'Dinas'), '2.b.4');
        expect(summary(k)).toBe('sebagian 3/4 0.96');
        expect(k.reasons.map(r => [r.location, r.message.id])).toEqual([['dinas.kinerja:20', 'Dinas.IKP1: realisasi tw2 2025 belum dicatat (realisasi dilaporkan s.d. tw2).']]);
        expect(componentScores(org(report, 'Dinas'))).toEqual([2.45, 4.96, 0.5, 0, 7.92]);

        const none = await lke(DINAS.replace(/realisasi 2025 \{[^}]*\}/g, 'realisasi 2025 1'));
        expect(summary(criterion(org(none, 'Dinas'), '2.b.4'))).toBe('tidak 0/4 0');
        expect(criterion(org(none, 'Dinas'), '2.b.4').reasons[0].code).toBe('monitoring-none');
    });

    it('1.b.1: a revision after the signing covered by a PK perubahan', async () => {
        const revised = replace(DINAS, 'target 2025 90 { tw1 90 tw2 90 }\n            realisasi 2025 { tw1 80 tw2 85 }',
            'target 2025 90 { tw1 90 tw2 90 }\n            target 2025 95 revisi 2025-07-10 "APBD Perubahan"\n            realisasi 2025 { tw1 80 tw2 85 }');
        const uncovered = criterion(org(await lke(revised), 'Dinas'), '1.b.1');
        expect(summary(uncovered)).toBe('tidak 0/1 0');
        expect(uncovered.reasons.map(r => [r.location, r.message.id])).toEqual([[
            'dinas.kinerja:23', "Target Dinas.IKP1 direvisi 2025-07-10, setelah perjanjian kinerja Dinas.Kabid ditandatangani 2025-01-06, tetapi belum dituangkan dalam PK perubahan. Tambahkan 'perubahan 2025-07-10' pada perjanjiannya."
        ]]);
        const covered = replace(revised, 'perjanjian Dinas.Kabid 2025 { ditandatangani 2025-01-06 }', 'perjanjian Dinas.Kabid 2025 { ditandatangani 2025-01-06 perubahan 2025-07-15 }');
        expect(summary(criterion(org(await lke(covered), 'Dinas'), '1.b.1'))).toBe('terpenuhi 1/1 0.82');
        const twice = replace(covered, 'target 2025 95 revisi 2025-07-10 "APBD Perubahan"', 'target 2025 95 revisi 2025-07-10 "APBD Perubahan"\n            target 2025 97 revisi 2025-09-01 "Pergeseran"');
        const partly = org(await lke(twice), 'Dinas');
        expect(summary(criterion(partly, '1.b.1'))).toBe('sebagian 1/2 0.41');
        expect(componentScores(partly)).toEqual([2.05, 5.29, 0.5, 0, 7.83]);
        // A revision before the signing needs no amendment.
        const before = replace(revised, 'revisi 2025-07-10', 'revisi 2025-01-02');
        expect(summary(criterion(org(await lke(before), 'Dinas'), '1.b.1'))).toBe('terpenuhi 0/0 0.82');
    });

    it('2.a.3: evidence (bukti) for every indicator with a realisation in the year', async () => {
        const report = await lke(replace(DINAS, '            bukti 2025 "Rekap" "https://dinas.example/k1"\n', ''));
        const k = criterion(org(report, 'Dinas'), '2.a.3');
        expect(summary(k)).toBe('sebagian 3/4 1.5');
        expect(k.reasons.map(r => [r.location, r.message.id])).toEqual([['dinas.kinerja:28', `Dinas.IKK1: realisasi 2025 belum punya bukti dukung. Tambahkan 'bukti 2025 "judul" "path atau alamat"'.`]]);
        expect(componentScores(org(report, 'Dinas'))).toEqual([2.45, 4.79, 0.5, 0, 7.74]);
        const none = await lke(DINAS.replace(/ *bukti .*\n/g, ''));
        expect(summary(criterion(org(none, 'Dinas'), '2.a.3'))).toBe('tidak 0/4 0');
        // Evidence on the node counts for its indicators.
        const onNode = await lke(replace(replace(DINAS, '            bukti 2025 "Rekap" "https://dinas.example/k1"\n', ''), '        catatan 2025 { analisis', '        bukti 2025 "Rekap" "x.pdf"\n        catatan 2025 { analisis'));
        expect(summary(criterion(org(onNode, 'Dinas'), '2.a.3'))).toBe('sebagian 3/4 1.5');
    });

    it('3.b.7: an analysis (catatan) for every sasaran and IKU of the year', async () => {
        const report = await lke(replace(DINAS, '        catatan 2025 { analisis "Sesuai rencana" kendala "-" solusi "-" }\n', ''));
        const k = criterion(org(report, 'Dinas'), '3.b.7');
        expect(summary(k)).toBe('tidak 0/1 0');
        expect(k.reasons.map(r => [r.location, r.message.id])).toEqual([['dinas.kinerja:9', `Sasaran Dinas.SS1 belum punya catatan analisis 2025. Tambahkan 'catatan 2025 { analisis "…" kendala "…" solusi "…" }'.`]]);
        expect(summary(criterion(org(report, 'Kab'), '3.b.7'))).toBe('sebagian 1/2 0.25');
        expect(componentScores(org(report, 'Dinas'))).toEqual([2.45, 5.29, 0, 0, 7.74]);
        // An IKU outside a sasaran needs its own analysis.
        const programIku = await lke(replace(DINAS, '"Indikator program" {', '"Indikator program" utama { definisi "d" rumus "r" sumber "s"'));
        const iku = criterion(org(programIku, 'Dinas'), '3.b.7');
        expect([summary(iku), iku.reasons[0].message.en]).toEqual(['sebagian 1/2 0.25', `The IKU Dinas.IKP1 has no analysis (catatan) for 2025. Add 'catatan 2025 { analisis "…" }'.`]);
    });
});

describe('the formats', () => {
    it('renders the criteria, scores and reasons in json, md, html and the tables, in both languages', async () => {
        const report = await lke(replace(DINAS, 'perjanjian Dinas.Kasi 2025 { ditandatangani 2025-01-06 }\n', ''));
        const contract = jsonReport(evaluateWorkspace((await buildWorkspace({ 'pemda.kinerja': PEMDA })).services.kinerja.WorkspaceModel.get(), defaultConfig(), 2025));
        const json = JSON.parse(renderKindJson(contract, report));
        expect(json.kind).toBe('lke');
        const dinas = json.organisations.find((o: { organisation: { id: string } }) => o.organisation.id === 'Dinas');
        expect([dinas.score, dinas.dataShare, dinas.upper, dinas.predikat.secured.label]).toEqual([7.97, 96.69, 99.73, 'D']);
        const k = dinas.components[0].subComponents[1].criteria[9];
        expect([k.id, k.result, k.passed, k.checked, k.score, k.maxScore, k.reasons[0].location]).toEqual(['1.b.10', 'sebagian', 2, 3, 0.55, 0.82, 'dinas.kinerja:6']);

        const md = renderMarkdown(report, { lang: 'id', version: '9.9.9' });
        expect(md).toContain('# Prapemeriksaan Lembar Kerja Evaluasi AKIP');
        expect(md).toContain('| 1.b.10 | Setiap unit/satuan kerja merumuskan dan menetapkan Perencanaan Kinerja. | Sebagian | 2 / 3 | 0,55 | 0,82 | dinas.kinerja:6: Dinas.Kasi (Kepala Seksi, pejabat Citra) belum memiliki perjanjian kinerja 2025.');
        const mdEn = renderMarkdown(report, { lang: 'en', version: '9.9.9' });
        expect(mdEn).toContain('# AKIP Evaluation Worksheet Pre-check');
        expect(mdEn).toContain('| Partly met | 2 / 3 | 0,55 | 0,82 |');

        const html = htmlText(renderHtmlReport(report, { language: 'id' }));
        expect(html).toContain('1.b.10 Setiap unit/satuan kerja merumuskan dan menetapkan Perencanaan Kinerja. Sebagian 2 / 3 0,55 / 0,82 dinas.kinerja:6 Dinas.Kasi (Kepala Seksi, pejabat Citra) belum memiliki perjanjian kinerja 2025.');
        expect(html).toContain('AA > 90 – 100 Sangat Memuaskan');
        expect(htmlText(renderHtmlReport(report, { language: 'en' }))).toContain('1.b.10 Setiap unit/satuan kerja merumuskan dan menetapkan Perencanaan Kinerja. Partly met 2 / 3 0,55 / 0,82 dinas.kinerja:6 Dinas.Kasi (Kepala Seksi, official Citra) has no performance agreement for 2025.');

        const tables = reportTables(report, 'id');
        expect(tables.map(t => t.id)).toEqual(['criteria', 'components', 'organisations', 'findings']);
        const overview = tables[2];
        const row = overview.rows.find(r => r[0] === 'Dinas')!;
        expect(row.slice(3, 11).map(c => c instanceof Exact ? c.toRoundedNumber(2) : c)).toEqual([2.18, 5.29, 0.5, 0, 7.97, 96.69, 99.73, 'D']);
    });
});

describe('examples and the spec workspaces', () => {
    it('examples/: the exact scores per organisation', async () => {
        const { model, config, findings } = await loadExamples();
        const report = buildReportData('lke', model, config, { year: 2025, findings });
        expect(report.organisations.map(o => [o.organisation.id, ...componentScores(o), o.predikat.secured.label, o.predikat.possible.label])).toEqual([
            ['KabPaserSelatan', 2.33, 0.68, 0, 0, 3.01, 'D', 'AA'],
            ['Bappeda', 2.25, 0.86, 0, 0, 3.11, 'D', 'AA'],
            ['Dinkes', 2.32, 0.86, 0, 0, 3.18, 'D', 'AA'],
            ['Disdik', 2.32, 0.75, 0, 0, 3.07, 'D', 'AA']
        ]);
        const kab = report.organisations[0];
        expect(['1.b.1', '1.b.8', '1.b.10', '2.a.2', '2.a.3', '2.b.4', '3.b.7'].map(id => summary(criterion(kab, id)))).toEqual([
            'terpenuhi 0/0 0.82', 'sebagian 16/19 0.69', 'terpenuhi 5/5 0.82', 'tidak 0/0 0', 'tidak 0/23 0', 'sebagian 17/32 0.68', 'tidak 0/6 0'
        ]);
    });

    const SPEC = resolve(ROOT, '../shared/spec/examples');
    const present = existsSync(resolve(SPEC, 'kutim')) && existsSync(resolve(SPEC, 'malra'));

    it.runIf(present)('kutim and malra through the CLI: the exact scores and criterion results', () => {
        const scores = (ws: string) => {
            const run = kinerja(['report', resolve(SPEC, ws), '--year', '2025', '--kind', 'lke', '--format', 'json']);
            expect(run.status, run.stderr).toBe(0);
            const data = JSON.parse(run.stdout) as { organisations: Array<{ organisation: { id: string }; components: Array<{ score: number; subComponents: Array<{ criteria: Array<{ id: string; check: string | null; result: string; passed: number; checked: number }> }> }>; score: number; upper: number; predikat: { secured: { label: string }; possible: { label: string } } }> };
            return data.organisations.map(o => [
                o.organisation.id, ...o.components.map(c => c.score), o.score, o.upper, o.predikat.secured.label, o.predikat.possible.label,
                o.components.flatMap(c => c.subComponents.flatMap(s => s.criteria.filter(k => k.check).map(k => `${k.id} ${k.result} ${k.passed}/${k.checked}`))).join(', ')
            ]);
        };
        expect(scores('kutim')).toEqual([
            ['KabKutim', 2.36, 0.49, 0, 0, 2.86, 94.62, 'D', 'AA', '1.b.1 terpenuhi 0/0, 1.b.8 sebagian 8/9, 1.b.10 terpenuhi 1/1, 2.a.2 tidak 0/0, 2.a.3 tidak 0/10, 2.b.4 sebagian 5/13, 3.b.7 tidak 0/4'],
            ['DinsosKutim', 2.45, 0.92, 0, 0, 3.37, 95.13, 'D', 'AA', '1.b.1 terpenuhi 0/0, 1.b.8 terpenuhi 5/5, 1.b.10 terpenuhi 1/1, 2.a.2 tidak 0/0, 2.a.3 tidak 0/6, 2.b.4 sebagian 5/7, 3.b.7 tidak 0/1'],
            ['DPMPTSP', 1.23, 0, 0, 0, 1.23, 92.99, 'D', 'AA', '1.b.1 terpenuhi 0/0, 1.b.8 sebagian 1/2, 1.b.10 tidak 0/0, 2.a.2 tidak 0/0, 2.a.3 tidak 0/4, 2.b.4 tidak 0/4, 3.b.7 tidak 0/1']
        ]);
        expect(scores('malra')).toEqual([
            ['KabMalra', 1.88, 0.42, 0.17, 0, 2.46, 94.22, 'D', 'AA', '1.b.1 sebagian 1/2, 1.b.8 sebagian 4/5, 1.b.10 terpenuhi 3/3, 2.a.2 tidak 0/4, 2.a.3 sebagian 1/11, 2.b.4 sebagian 2/11, 3.b.7 sebagian 1/3'],
            ['DinkesMalra', 1.77, 0.91, 0.5, 0, 3.19, 94.95, 'D', 'AA', '1.b.1 sebagian 1/2, 1.b.8 sebagian 2/3, 1.b.10 terpenuhi 3/3, 2.a.2 tidak 0/1, 2.a.3 sebagian 1/5, 2.b.4 sebagian 2/5, 3.b.7 terpenuhi 1/1'],
            ['DinsosMalra', 0.82, 0, 0, 0, 0.82, 92.58, 'D', 'AA', '1.b.1 terpenuhi 0/0, 1.b.8 tidak 0/0, 1.b.10 tidak 0/0, 2.a.2 tidak 0/0, 2.a.3 tidak 0/0, 2.b.4 tidak 0/0, 3.b.7 tidak 0/0'],
            ['InspektoratMalra', 0.82, 0, 0, 0, 0.82, 92.58, 'D', 'AA', '1.b.1 terpenuhi 0/0, 1.b.8 tidak 0/0, 1.b.10 tidak 0/0, 2.a.2 tidak 0/0, 2.a.3 tidak 0/0, 2.b.4 tidak 0/0, 3.b.7 tidak 0/0']
        ]);
    });

    it('the CLI writes the html in English with --lang en', () => {
        const run = kinerja(['report', 'examples', '--year', '2025', '--kind', 'lke', '--format', 'html', '--lang', 'en']);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).toContain('<title>AKIP Evaluation Worksheet Pre-check — Year 2025');
        expect(htmlText(run.stdout)).toContain('Dinas Kesehatan Kabupaten Paser Selatan Dinkes 2,32 0,86 0,00 0,00 3,18 94,94 D AA');
    });
});
