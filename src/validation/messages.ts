/**
 * The message catalogue: every user-facing text of the findings, in Bahasa Indonesia
 * (default) and English. Numbers inside messages are already formatted the Indonesian
 * way by the caller (`30,00%`), in both languages, as in reports and hovers.
 */
import type { Language } from '../engine/config.js';

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

const catalogue: Record<string, { id: Template; en: Template }> = {
    'number-format.ambiguous': {
        id: p => `Angka '${p.text}' ambigu: titik hanya untuk pemisah ribuan (kelompok tiga angka) dan desimal memakai koma. Tulis '${p.suggestion}' bila maksudnya desimal.`,
        en: p => `Number '${p.text}' is ambiguous: a dot only separates thousands (groups of three digits) and decimals use a comma. Write '${p.suggestion}' if a decimal is meant.`
    },
    'number-format.malformed': {
        id: p => `Angka '${p.text}' tidak sesuai format Indonesia (desimal koma, ribuan titik per tiga angka, mis. 1.250.000 atau 19,29).${p.suggestion ? ` Tulis '${p.suggestion}'.` : ''}`,
        en: p => `Number '${p.text}' is not in Indonesian notation (decimal comma, dot thousands in groups of three, e.g. 1.250.000 or 19,29).${p.suggestion ? ` Write '${p.suggestion}'.` : ''}`
    },
    'number-format.year': {
        id: p => `Tahun '${p.text}' harus ditulis dengan empat angka, mis. 2025.`,
        en: p => `Year '${p.text}' must be written with four digits, e.g. 2025.`
    },
    'duplicate-period': {
        id: p => `${p.what} ${p.subject} untuk periode ${p.period} dinyatakan lebih dari sekali (juga di ${p.other}). Hapus salah satu.`,
        en: p => `${p.what} of ${p.subject} for ${p.period} is stated more than once (also at ${p.other}). Remove one of them.`
    },
    'missing-unit': {
        id: p => `Indikator ${p.subject} belum punya satuan. Tambahkan mis. 'satuan persen' atau 'satuan "kecamatan"'.`,
        en: p => `Indicator ${p.subject} has no unit. Add e.g. 'satuan persen' or 'satuan "kecamatan"'.`
    },
    'ratio-unit.unit': {
        id: p => `Realisasi rasio 'dari' hanya untuk indikator bersatuan persen, sedangkan ${p.subject} bersatuan ${p.unit}. Tulis nilainya langsung.`,
        en: p => `A 'dari' ratio is only for percent indicators, but ${p.subject} is measured in ${p.unit}. Write the value itself.`
    },
    'ratio-unit.zero': {
        id: () => `Penyebut rasio 'dari' bernilai nol; capaian tidak dapat dihitung. Periksa datanya.`,
        en: () => `The denominator of the 'dari' ratio is zero; the value cannot be computed. Check the data.`
    },
    'range-target.direction': {
        id: p => `Target rentang hanya untuk indikator dengan 'arah rentang'; ${p.subject} memakai arah ${p.direction}. Ubah arahnya atau tulis satu nilai target.`,
        en: p => `A range target needs 'arah rentang'; ${p.subject} has direction ${p.direction}. Change the direction or give a single target.`
    },
    'range-target.realisation': {
        id: p => `Realisasi ${p.subject} ditulis sebagai rentang; realisasi selalu satu nilai. Tulis nilai yang tercapai.`,
        en: p => `The realisation of ${p.subject} is written as a range; a realisation is always one value. Write the value reached.`
    },
    'range-target.order': {
        id: p => `Batas bawah rentang (${p.lower}) di atas batas atasnya (${p.upper}). Tukar urutannya.`,
        en: p => `The lower bound of the range (${p.lower}) is above its upper bound (${p.upper}). Swap them.`
    },
    'period-outside': {
        id: p => `Tahun ${p.year} di luar periode ${p.organisation} (${p.start} - ${p.end}). Periksa tahunnya atau periode Renstra/RPJMD.`,
        en: p => `Year ${p.year} is outside the period of ${p.organisation} (${p.start} - ${p.end}). Check the year or the plan period.`
    },
    'missing-target': {
        id: p => `Ada realisasi ${p.subject} untuk ${p.period}, tetapi tidak ada target tahun ${p.year}. Tambahkan 'target ${p.year} …'.`,
        en: p => `${p.subject} has a realisation for ${p.period} but no target for ${p.year}. Add 'target ${p.year} …'.`
    },
    'quarter-target-mismatch.jumlah': {
        id: p => `Target triwulan ${p.subject} tahun ${p.year} berjumlah ${p.actual}, tidak sama dengan target tahunan ${p.annual} (akumulasi jumlah). Sesuaikan target triwulan.`,
        en: p => `The quarter targets of ${p.subject} for ${p.year} add up to ${p.actual}, not the annual target ${p.annual} (accumulation jumlah). Adjust the quarter targets.`
    },
    'quarter-target-mismatch.terakhir': {
        id: p => `Target triwulan terakhir ${p.subject} tahun ${p.year} (${p.quarter}: ${p.actual}) tidak sama dengan target tahunan ${p.annual} (akumulasi terakhir). Target tw4 harus sama dengan target tahunan.`,
        en: p => `The last quarter target of ${p.subject} for ${p.year} (${p.quarter}: ${p.actual}) differs from the annual target ${p.annual} (accumulation terakhir). The tw4 target must equal the annual target.`
    },
    'quarter-target-mismatch.rata-rata': {
        id: p => `Rata-rata target triwulan ${p.subject} tahun ${p.year} adalah ${p.actual}, tidak sama dengan target tahunan ${p.annual} (akumulasi rata-rata). Sesuaikan target triwulan.`,
        en: p => `The quarter targets of ${p.subject} for ${p.year} average ${p.actual}, not the annual target ${p.annual} (accumulation rata-rata). Adjust the quarter targets.`
    },
    'percent-over-100': {
        id: p => `Realisasi ${p.subject} ${p.value} di atas 100% untuk indikator bersatuan persen. Periksa datanya.`,
        en: p => `Realisation of ${p.subject} is ${p.value}, above 100% for a percent indicator. Check the data.`
    },
    'unresolved-reference': {
        id: p => `${p.kind} '${p.name}' tidak ditemukan.${p.candidates ? ` Mungkin maksudnya: ${p.candidates}?` : ''}`,
        en: p => `${p.kind} '${p.name}' not found.${p.candidates ? ` Did you mean: ${p.candidates}?` : ''}`
    },
    'duplicate-name': {
        id: p => `Nama '${p.name}' sudah dipakai di ${p.organisation} (${p.other}). Nama harus unik dalam satu instansi di semua berkas; ganti salah satu.`,
        en: p => `The name '${p.name}' is already used in ${p.organisation} (${p.other}). Names must be unique within an agency across all files; rename one of them.`
    },
    'duplicate-name.organisation': {
        id: p => `${p.organisation} sudah dideklarasikan dengan nama lengkap di ${p.other}. Lanjutan di berkas lain ditulis tanpa nama: 'instansi ${p.organisation} { … }'.`,
        en: p => `${p.organisation} is already declared with its full name at ${p.other}. A continuation in another file is written without the name: 'instansi ${p.organisation} { … }'.`
    },
    'missing-declaration': {
        id: p => `Instansi ${p.organisation} hanya dilanjutkan, tidak pernah dideklarasikan. Tulis di salah satu berkas 'instansi ${p.organisation} "Nama Instansi" { … }'.`,
        en: p => `Agency ${p.organisation} is only continued, never declared. Declare it in one file: 'instansi ${p.organisation} "Agency name" { … }'.`
    },
    'missing-value': {
        id: p => `'${p.keyword} ${p.year}' tanpa nilai. Tulis nilainya (mis. '${p.keyword} ${p.year} 75') atau blok triwulan '{ tw1 … }'.`,
        en: p => `'${p.keyword} ${p.year}' has no value. Write the value (e.g. '${p.keyword} ${p.year} 75') or a quarter block '{ tw1 … }'.`
    },
    'invalid-quarter-block': {
        id: () => `Realisasi triwulan tidak boleh berisi blok triwulan lagi. Tulis 'realisasi TAHUN { tw1 … tw2 … }' atau satu baris per triwulan.`,
        en: () => `A quarter realisation cannot contain a quarter block. Write 'realisasi YEAR { tw1 … tw2 … }' or one line per quarter.`
    },
    'syntax.expected': {
        id: p => `Diharapkan ${p.expected}, tetapi ditemukan ${p.found}.`,
        en: p => `Expected ${p.expected} but found ${p.found}.`
    },
    'syntax.end': {
        id: p => `Diharapkan akhir berkas atau deklarasi baru (pemda, instansi, realisasi, perjanjian), tetapi ditemukan ${p.found}.`,
        en: p => `Expected the end of the file or a new declaration (pemda, instansi, realisasi, perjanjian) but found ${p.found}.`
    },
    'syntax.eof': { id: () => 'akhir berkas', en: () => 'the end of the file' },
    'syntax.character': {
        id: p => `Karakter tidak dikenal '${p.text}'. Hapus, atau tulis teks di dalam tanda petik "…".`,
        en: p => `Unknown character '${p.text}'. Remove it, or put text inside double quotes "…".`
    },
    'atasan-cycle': {
        id: p => `Rantai atasan ${p.subject} berputar kembali ke dirinya (${p.chain}). Perbaiki 'atasan' salah satu jabatan agar rantai berakhir di eselon II.`,
        en: p => `The chain of superiors of ${p.subject} loops back to itself (${p.chain}). Fix the 'atasan' of one position so the chain ends at echelon II.`
    },
    'atasan-echelon': {
        id: p => `Atasan ${p.superior} (${p.superiorLevel}) tidak lebih tinggi dari ${p.subject} (${p.level}). Atasan harus berjenjang lebih tinggi; periksa eselon atau 'atasan'.`,
        en: p => `Superior ${p.superior} (${p.superiorLevel}) is not above ${p.subject} (${p.level}). A superior must rank higher; check the echelon or 'atasan'.`
    },
    'cascade-cycle': {
        id: p => `'mendukung' berputar: ${p.chain}. Pohon kinerja harus mengalir ke atas tanpa putaran; hapus salah satu 'mendukung'.`,
        en: p => `'mendukung' loops: ${p.chain}. The performance tree must flow upwards without loops; remove one 'mendukung'.`
    },
    'cascade-misaligned': {
        id: p => `${p.subject} (milik ${p.owner}) mendukung ${p.parent} milik ${p.parentOwner}, yang bukan atasan ${p.owner}. Arahkan 'mendukung' ke simpul milik atasan langsung${p.candidates ? ` (mis. ${p.candidates})` : ''}.`,
        en: p => `${p.subject} (owned by ${p.owner}) supports ${p.parent}, owned by ${p.parentOwner}, who is not a superior of ${p.owner}. Point 'mendukung' to a node of the direct superior${p.candidates ? ` (e.g. ${p.candidates})` : ''}.`
    },
    'cascade-skip-level': {
        id: p => `${p.subject} (milik ${p.owner}) mendukung ${p.parent} milik ${p.parentOwner}, ${p.levels} tingkat di atasnya; cascading melompati ${p.skipped}. Dukung simpul milik atasan langsung${p.candidates ? ` (mis. ${p.candidates})` : ''}.`,
        en: p => `${p.subject} (owned by ${p.owner}) supports ${p.parent}, owned by ${p.parentOwner}, ${p.levels} levels up; the cascade skips ${p.skipped}. Support a node of the direct superior${p.candidates ? ` (e.g. ${p.candidates})` : ''}.`
    },
    'cascade-orphan.below': {
        id: p => `${p.subject} (milik ${p.owner}, ${p.level}) tidak mendukung simpul mana pun. Tambahkan 'mendukung' ke simpul milik atasannya.`,
        en: p => `${p.subject} (owned by ${p.owner}, ${p.level}) supports no node. Add 'mendukung' to a node of the superior.`
    },
    'cascade-orphan.sasaran': {
        id: p => `Sasaran eselon II ${p.subject} tidak mendukung tujuan maupun sasaran daerah. Tambahkan mis. 'mendukung ${p.example}'.`,
        en: p => `Echelon-II sasaran ${p.subject} supports neither a tujuan nor a regional sasaran. Add e.g. 'mendukung ${p.example}'.`
    },
    'cascade-uncovered': {
        id: p => `${p.subject} punya target (${p.years}) tetapi tidak ada simpul bawahan ${p.owner} yang mendukungnya. Turunkan ke program/kegiatan/RHK bawahan dengan 'mendukung ${p.name}'.`,
        en: p => `${p.subject} has targets (${p.years}) but no node of a subordinate of ${p.owner} supports it. Cascade it down with 'mendukung ${p.name}' in a subordinate's node.`
    },
    'budget-overspend': {
        id: p => `Realisasi anggaran ${p.subject} ${p.period} ${p.realisation} melebihi pagu ${p.pagu} (serapan ${p.absorption}). Periksa realisasi atau pagu.`,
        en: p => `Budget realisation of ${p.subject} for ${p.period}, ${p.realisation}, exceeds the pagu ${p.pagu} (absorption ${p.absorption}). Check the realisation or the pagu.`
    },
    'budget-decreasing': {
        id: p => `Realisasi anggaran kumulatif ${p.subject} turun dari ${p.previous} (${p.previousPeriod}) ke ${p.realisation} (${p.period}). Realisasi ditulis kumulatif sampai dengan periode; periksa angkanya.`,
        en: p => `Cumulative budget realisation of ${p.subject} goes down from ${p.previous} (${p.previousPeriod}) to ${p.realisation} (${p.period}). Realisations are cumulative to date; check the figures.`
    },
    'budget-children-mismatch': {
        id: p => `Pagu ${p.subject} ${p.year} ${p.pagu}, tetapi pagu ${p.children} di bawahnya berjumlah ${p.sum} (selisih ${p.difference}). Samakan pagu induk dengan jumlah rinciannya.`,
        en: p => `The pagu of ${p.subject} for ${p.year} is ${p.pagu}, but the pagu of its ${p.children} add up to ${p.sum} (difference ${p.difference}). Make the parent's pagu equal to the sum.`
    },
    'low-absorption.final': {
        id: p => `Serapan anggaran ${p.subject} tahun ${p.period} ${p.absorption}, di bawah rencana serapan akhir tahun ${p.expected}. Jelaskan sisa anggaran di LKjIP.`,
        en: p => `Budget absorption of ${p.subject} for ${p.period} is ${p.absorption}, below the expected year-end ${p.expected}. Explain the unspent budget in the LKjIP.`
    },
    'low-absorption': {
        id: p => `Serapan anggaran ${p.subject} s.d. ${p.period} ${p.absorption}, di bawah rencana serapan ${p.expected} untuk ${p.quarter}. Percepat pelaksanaan atau perbarui realisasi.`,
        en: p => `Budget absorption of ${p.subject} up to ${p.period} is ${p.absorption}, below the expected ${p.expected} for ${p.quarter}. Speed up spending or update the realisation.`
    },
    'pk-missing': {
        id: p => `${p.subject} (${p.level}) memiliki target tahun ${p.year} tetapi belum ada perjanjian kinerja. Tambahkan 'perjanjian ${p.subject} ${p.year} { … }'.`,
        en: p => `${p.subject} (${p.level}) owns targets for ${p.year} but has no performance agreement. Add 'perjanjian ${p.subject} ${p.year} { … }'.`
    },
    'pk-unsigned': {
        id: p => `Perjanjian kinerja ${p.subject} ${p.year} belum ditandatangani. Tambahkan 'ditandatangani YYYY-MM-DD' setelah ditandatangani.`,
        en: p => `The performance agreement of ${p.subject} for ${p.year} is not signed. Add 'ditandatangani YYYY-MM-DD' once it is signed.`
    },
    'low-achievement': {
        id: p => `Capaian ${p.subject} tahun ${p.year} ${p.achievement} (${p.category}), di bawah batas ${p.threshold}: target ${p.target}, realisasi ${p.realisation}. Jelaskan penyebab dan rencana perbaikan di LKjIP.`,
        en: p => `Achievement of ${p.subject} for ${p.year} is ${p.achievement} (${p.category}), below ${p.threshold}: target ${p.target}, realisation ${p.realisation}. Explain the cause and the remedy in the LKjIP.`
    },
    'over-achievement': {
        id: p => `Capaian ${p.subject} tahun ${p.year} ${p.achievement}, di atas batas ${p.threshold}: target ${p.target}, realisasi ${p.realisation}. Target kemungkinan terlalu rendah atau hasil tidak direncanakan; tinjau target tahun berikutnya.`,
        en: p => `Achievement of ${p.subject} for ${p.year} is ${p.achievement}, above ${p.threshold}: target ${p.target}, realisation ${p.realisation}. The target was likely set too low or the result was not planned; review next year's target.`
    },
    'behind-schedule': {
        id: p => `${p.subject} tertinggal dari rencana: capaian s.d. ${p.period} ${p.achievement} terhadap rencana triwulan (target ${p.target}, realisasi ${p.realisation}), di bawah ${p.threshold}. Percepat atau perbarui realisasi.`,
        en: p => `${p.subject} is behind plan: achievement up to ${p.period} is ${p.achievement} against the quarter plan (target ${p.target}, realisation ${p.realisation}), below ${p.threshold}. Speed up or update the realisation.`
    },
    'pk-duplicate': {
        id: p => `Perjanjian kinerja ${p.subject} ${p.year} dinyatakan lebih dari sekali (juga di ${p.other}). Hapus salah satu.`,
        en: p => `The performance agreement of ${p.subject} for ${p.year} is stated more than once (also at ${p.other}). Remove one of them.`
    },
    'level.1': { id: () => 'eselon I', en: () => 'echelon I' },
    'level.2': { id: () => 'eselon II', en: () => 'echelon II' },
    'level.3': { id: () => 'eselon III', en: () => 'echelon III' },
    'level.4': { id: () => 'eselon IV', en: () => 'echelon IV' },
    'level.5': { id: () => 'staf', en: () => 'staff' },
    'head-of-region': { id: p => `kepala daerah ${p.pemda}`, en: p => `the head of region of ${p.pemda}` },
    'children.kegiatan': { id: () => 'kegiatan', en: () => 'kegiatan (activities)' },
    'children.subkegiatan': { id: () => 'subkegiatan', en: () => 'subkegiatan (sub-activities)' },
    'fix.add-unit': { id: p => `Tambahkan 'satuan ${p.unit}'`, en: p => `Add 'satuan ${p.unit}'` },
    'fix.add-agreement': { id: p => `Tambahkan perjanjian ${p.subject} ${p.year}`, en: p => `Add the agreement ${p.subject} ${p.year}` },
    'fix.repoint': { id: p => `Arahkan 'mendukung' ke ${p.candidate}`, en: p => `Point 'mendukung' to ${p.candidate}` },
    'fix.quarter-last': { id: p => `Ubah target ${p.quarter} menjadi ${p.value}`, en: p => `Change the ${p.quarter} target to ${p.value}` },
    'fix.quarter-add': { id: p => `Tambahkan target ${p.quarter} ${p.value}`, en: p => `Add the ${p.quarter} target ${p.value}` },
    'not-computable': { id: () => 'tidak dapat dihitung', en: () => 'not computable' },
    'kind.Jabatan': { id: () => 'Jabatan', en: () => 'Position' },
    'kind.Node': { id: () => 'Simpul kinerja', en: () => 'Performance node' },
    'kind.Indikator': { id: () => 'Indikator', en: () => 'Indicator' },
    'kind.Pemda': { id: () => 'Pemda', en: () => 'Regional government' },
    'kind.Organisation': { id: () => 'Instansi atau pemda', en: () => 'Agency or regional government' },
    'kind.Measurable': { id: () => 'Indikator atau simpul', en: () => 'Indicator or node' },
    'what.target': { id: () => 'Target', en: () => 'Target' },
    'what.realisation': { id: () => 'Realisasi', en: () => 'Realisation' },
    'what.pagu': { id: () => 'Pagu', en: () => 'Budget ceiling (pagu)' },
    'what.spending': { id: () => 'Realisasi anggaran', en: () => 'Budget realisation' },
    'fix.number-format': { id: p => `Ganti dengan '${p.suggestion}'`, en: p => `Replace with '${p.suggestion}'` },
    'location': { id: p => `${p.file} baris ${p.line}`, en: p => `${p.file} line ${p.line}` }
};

export type MessageKey = keyof typeof catalogue;

export function message(language: Language, key: string, params: Params = {}): string {
    const entry = catalogue[key];
    if (!entry) throw new Error(`No message '${key}' in the catalogue`);
    return entry[language](params);
}

export function hasMessage(key: string): boolean {
    return key in catalogue;
}
