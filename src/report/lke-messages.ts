/**
 * The texts of the LKE pre-check (`kinerja report --kind lke`, kinds/lke.ts): the
 * reasons a data criterion is not met, and the report's own headings and words, in
 * Bahasa Indonesia (default) and English. The criteria keep the worksheet's Indonesian
 * wording in both languages (kinds/lke-criteria.ts).
 */
import { defineCatalogue, fixed, type KeyOf } from '../common/catalogue.js';

/** Why a data criterion is not met (the subject is a qualified id; `year` the report's year). */
export const lkeReason = defineCatalogue({
    'agreement-missing': {
        id: p => `${p.subject} (${p.title}, pejabat ${p.official}) belum memiliki perjanjian kinerja ${p.year}. Tambahkan 'perjanjian ${p.subject} ${p.year} { … }'.`,
        en: p => `${p.subject} (${p.title}, official ${p.official}) has no performance agreement for ${p.year}. Add 'perjanjian ${p.subject} ${p.year} { … }'.`
    },
    'agreements-none': {
        id: p => `${p.subject} tidak memiliki jabatan eselon II–IV dengan pejabat pada ${p.year}: tidak ada perjanjian kinerja yang dapat diperiksa.`,
        en: p => `${p.subject} has no echelon II–IV position with an official in ${p.year}: there is no agreement to check.`
    },
    'cascade-uncovered': {
        id: p => `${p.subject} (milik ${p.owner}) bertarget ${p.year} tetapi tidak didukung kinerja bawahan ${p.owner}. Turunkan dengan 'mendukung' pada kinerja bawahannya.`,
        en: p => `${p.subject} (owned by ${p.owner}) has targets for ${p.year} but no node of a subordinate of ${p.owner} supports it. Cascade it with 'mendukung' in a subordinate's node.`
    },
    'cascade-no-subordinate': {
        id: p => `${p.subject} (milik ${p.owner}) bertarget ${p.year} tetapi ${p.owner} tidak memiliki bawahan: cascading berhenti di sini. Tambahkan jabatan bawahan ('atasan ${p.owner}') dengan kinerjanya.`,
        en: p => `${p.subject} (owned by ${p.owner}) has targets for ${p.year} but ${p.owner} has no subordinate: the cascade stops here. Add a subordinate position ('atasan ${p.owner}') with its nodes.`
    },
    'cascade-pemda': {
        id: p => `${p.subject} bertarget ${p.year} tetapi tidak didukung kinerja perangkat daerah mana pun.`,
        en: p => `${p.subject} has targets for ${p.year} but no agency's node supports it.`
    },
    'cascade-none': {
        id: p => `${p.subject} tidak memiliki unsur pohon kinerja bertarget ${p.year} milik jabatan eselon II–IV.`,
        en: p => `${p.subject} has no node with targets for ${p.year} owned by an echelon II–IV position.`
    },
    'iku-incomplete': {
        id: p => `IKU ${p.subject} belum menuliskan ${p.missing}.`,
        en: p => `The IKU ${p.subject} does not state its ${p.missing}.`
    },
    'iku-none': {
        id: p => `${p.subject} tidak memiliki IKU (indikator 'utama') dengan target atau realisasi ${p.year}.`,
        en: p => `${p.subject} has no IKU (an 'utama' indicator) with a target or realisation for ${p.year}.`
    },
    'monitoring-missing': {
        id: p => `${p.subject}: realisasi ${p.quarters} ${p.year} belum dicatat (realisasi dilaporkan s.d. ${p.last}).`,
        en: p => `${p.subject}: no realisation for ${p.quarters} ${p.year} (realisations are reported up to ${p.last}).`
    },
    'monitoring-none': {
        id: p => `${p.subject}: belum ada realisasi triwulan ${p.year} di organisasinya.`,
        en: p => `${p.subject}: its organisation has no quarterly realisation for ${p.year} yet.`
    },
    'monitoring-no-targets': {
        id: p => `${p.subject} tidak memiliki indikator bertarget ${p.year}.`,
        en: p => `${p.subject} has no indicator with a target for ${p.year}.`
    },
    'revision-target-uncovered': {
        id: p => `Target ${p.subject} direvisi ${p.date}, setelah perjanjian kinerja ${p.position} ditandatangani ${p.signed}, tetapi belum dituangkan dalam PK perubahan. Tambahkan 'perubahan ${p.date}' pada perjanjiannya.`,
        en: p => `The target of ${p.subject} was revised on ${p.date}, after the agreement of ${p.position} was signed on ${p.signed}, and no PK perubahan covers it. Add 'perubahan ${p.date}' to the agreement.`
    },
    'revision-pagu-uncovered': {
        id: p => `Pagu ${p.subject} direvisi ${p.date}, setelah perjanjian kinerja ${p.position} ditandatangani ${p.signed}, tetapi belum dituangkan dalam PK perubahan. Tambahkan 'perubahan ${p.date}' pada perjanjiannya.`,
        en: p => `The pagu of ${p.subject} was revised on ${p.date}, after the agreement of ${p.position} was signed on ${p.signed}, and no PK perubahan covers it. Add 'perubahan ${p.date}' to the agreement.`
    },
    'revisions-none': {
        id: p => `Tidak ada revisi target atau pagu ${p.year} setelah perjanjian kinerja ditandatangani: tidak ada yang perlu dituangkan dalam PK perubahan.`,
        en: p => `No target or pagu of ${p.year} was revised after an agreement was signed: nothing needs a PK perubahan.`
    },
    'evidence-missing': {
        id: p => `${p.subject}: realisasi ${p.year} belum punya bukti dukung. Tambahkan 'bukti ${p.year} "judul" "path atau alamat"'.`,
        en: p => `${p.subject}: the realisation for ${p.year} has no evidence. Add 'bukti ${p.year} "title" "path or address"'.`
    },
    'evidence-none': {
        id: p => `${p.subject} tidak memiliki realisasi ${p.year}.`,
        en: p => `${p.subject} has no realisation for ${p.year}.`
    },
    'narrative-sasaran': {
        id: p => `Sasaran ${p.subject} belum punya catatan analisis ${p.year}. Tambahkan 'catatan ${p.year} { analisis "…" kendala "…" solusi "…" }'.`,
        en: p => `The sasaran ${p.subject} has no analysis (catatan) for ${p.year}. Add 'catatan ${p.year} { analisis "…" kendala "…" solusi "…" }'.`
    },
    'narrative-iku': {
        id: p => `IKU ${p.subject} belum punya catatan analisis ${p.year}. Tambahkan 'catatan ${p.year} { analisis "…" }'.`,
        en: p => `The IKU ${p.subject} has no analysis (catatan) for ${p.year}. Add 'catatan ${p.year} { analisis "…" }'.`
    },
    'narrative-none': {
        id: p => `${p.subject} tidak memiliki sasaran atau IKU dengan target atau realisasi ${p.year}.`,
        en: p => `${p.subject} has no sasaran or IKU with a target or realisation for ${p.year}.`
    }
});

export type LkeReasonKey = KeyOf<typeof lkeReason>;

/** The report's own words. */
export const lkeText = defineCatalogue({
    intro: {
        id: () => 'Prapemeriksaan Lembar Kerja Evaluasi (LKE) AKIP menurut PermenPANRB 88/2021. Kriteria yang dapat ditunjukkan data berkas .kinerja dinilai otomatis; kriteria lain ditandai manual beserta bukti dukung yang diperlukan. Nilai dari data adalah batas bawah; nilai tertinggi yang mungkin menganggap setiap kriteria manual terpenuhi. Bukan pengganti evaluasi oleh evaluator.',
        en: () => 'A pre-check of the AKIP evaluation worksheet (LKE) of PermenPANRB 88/2021. The criteria the .kinerja files can show are scored automatically; the others are marked manual with the evidence they need. The score from the data is a lower bound; the highest possible score counts every manual criterion as met. It does not replace the evaluators\' assessment.'
    },
    'section.overview': fixed('Ikhtisar nilai', 'Score overview'),
    'section.components': fixed('Nilai per komponen', 'Score per component'),
    'section.criteria': fixed('Kriteria', 'Criteria'),
    'section.predikat': fixed('Predikat', 'Predikat bands'),
    'col.component': fixed('Komponen / subkomponen', 'Component / sub-component'),
    'col.componentOnly': fixed('Komponen', 'Component'),
    'col.subComponent': fixed('Subkomponen', 'Sub-component'),
    'col.aspect': fixed('Aspek', 'Aspect'),
    'col.weight': fixed('Bobot', 'Weight'),
    'col.scoreData': fixed('Nilai dari data', 'Score from the data'),
    'col.manualWeight': fixed('Bobot manual', 'Manual weight'),
    'col.upper': fixed('Nilai tertinggi yang mungkin', 'Highest possible score'),
    'col.dataShare': fixed('Kriteria data terpenuhi', 'Data criteria met'),
    'col.predikat': fixed('Predikat dari data', 'Predikat from the data'),
    'col.predikatUpper': fixed('Predikat tertinggi yang mungkin', 'Highest possible predikat'),
    'col.no': fixed('No.', 'No.'),
    'col.criterion': fixed('Kriteria', 'Criterion'),
    'col.result': fixed('Hasil', 'Result'),
    'col.items': fixed('Terpenuhi / diperiksa', 'Met / checked'),
    'col.checked': fixed('Jumlah diperiksa', 'Checked'),
    'col.passed': fixed('Jumlah terpenuhi', 'Met'),
    'col.score': fixed('Nilai', 'Score'),
    'col.maxScore': fixed('Nilai maksimum', 'Maximum'),
    'col.reasons': fixed('Alasan', 'Reasons'),
    'col.evidence': fixed('Bukti dukung yang diperlukan', 'Evidence needed'),
    'col.agencies': fixed('Perangkat daerah yang digabung', 'Agencies pooled'),
    'col.band': fixed('Rentang nilai', 'Score range'),
    'col.meaning': fixed('Makna', 'Meaning'),
    'result.terpenuhi': fixed('Terpenuhi', 'Met'),
    'result.sebagian': fixed('Sebagian', 'Partly met'),
    'result.tidak': fixed('Tidak terpenuhi', 'Not met'),
    'result.manual': fixed('Manual', 'Manual'),
    'aspect.keberadaan': fixed('Keberadaan', 'Existence'),
    'aspect.kualitas': fixed('Kualitas', 'Quality'),
    'aspect.pemanfaatan': fixed('Pemanfaatan', 'Use'),
    'card.score': fixed('Nilai dari data', 'Score from the data'),
    'card.upper': fixed('Nilai tertinggi yang mungkin', 'Highest possible'),
    'card.dataShare': fixed('Kriteria data terpenuhi', 'Data criteria met'),
    'card.manual': { id: p => `${p.count} kriteria manual (bobot ${p.weight})`, en: p => `${p.count} manual criteria (weight ${p.weight})` },
    'pooled': { id: p => `Pemerintah daerah secara keseluruhan: unsur daerah beserta ${p.count} perangkat daerah (${p.agencies}).`, en: p => `The regional government as a whole: its own elements with ${p.count} agencies (${p.agencies}).` },
    'pooled.none': fixed('Pemerintah daerah: belum ada perangkat daerah yang menyebut pemda ini.', 'Regional government: no agency names this pemda yet.'),
    'more': { id: p => `… dan ${p.count} lagi (lihat format json).`, en: p => `… and ${p.count} more (see the json format).` },
    'band.above': { id: p => `> ${p.min} – ${p.max}`, en: p => `> ${p.min} – ${p.max}` },
    'band.lowest': { id: p => `0 – ${p.max}`, en: p => `0 – ${p.max}` },
    'total': fixed('Jumlah', 'Total')
});

export type LkeTextKey = KeyOf<typeof lkeText>;
