/**
 * Texts of the editor features (hover, inlay hints, code lenses, completion details,
 * type hierarchy), in Bahasa Indonesia (default) and English. Numbers are formatted the
 * Indonesian way by the caller in both languages, as in reports.
 */
import { defineCatalogue, type KeyOf, type Language } from '../common/catalogue.js';


export const lspMessage = defineCatalogue({
    achievement: { id: p => `capaian ${p.value}`, en: p => `achievement ${p.value}` },
    absorption: { id: p => `serapan ${p.value}`, en: p => `absorption ${p.value}` },
    'reason.no-target': { id: () => 'tidak ada target', en: () => 'no target' },
    'reason.no-realisation': { id: () => 'belum ada realisasi', en: () => 'no realisation yet' },
    'reason.zero-target': { id: () => 'target nol', en: () => 'zero target' },
    'reason.zero-realisation': { id: () => 'realisasi nol', en: () => 'zero realisation' },
    'reason.negative-target': { id: () => 'target negatif', en: () => 'negative target' },
    'reason.negative-realisation': { id: () => 'realisasi negatif dengan rumus T/R', en: () => 'negative realisation with the T/R formula' },
    'reason.no-quarter-plan': { id: () => 'tidak ada target triwulan', en: () => 'no quarter targets' },
    'reason.no-pagu': { id: () => 'tidak ada pagu', en: () => 'no budget ceiling' },
    'so-far': { id: p => `s.d. ${p.quarter}`, en: p => `to ${p.quarter}` },
    'against-annual': { id: () => 'thd target tahunan', en: () => 'vs annual target' },
    'meaning.own': { id: () => 'triwulan ini', en: () => 'this quarter' },
    'meaning.end': { id: p => `posisi akhir ${p.quarter}`, en: p => `level at end of ${p.quarter}` },
    'meaning.to-date': { id: p => `s.d. ${p.quarter}`, en: p => `to ${p.quarter}` },
    'meaning.month': { id: p => `bulan ${p.month}`, en: p => `month ${p.month}` },
    'meaning.month-end': { id: p => `posisi akhir ${p.month}`, en: p => `level at end of ${p.month}` },
    'meaning.cumulative': { id: p => `kumulatif ${p.months}`, en: p => `cumulative ${p.months}` },
    'meaning.quarter-figure': { id: p => `${p.quarter} = ${p.value}`, en: p => `${p.quarter} = ${p.value}` },
    'meaning.month.long': {
        id: p => `${p.value} adalah nilai bulan ${p.month} saja; triwulan ${p.roman} dibentuk dari bulan-bulannya (akumulasi ${p.mode}: ${p.mode === 'jumlah' ? 'dijumlah' : 'dirata-rata'})${p.figure ? `, ${p.quarter} = ${p.figure}` : ''}.`,
        en: p => `${p.value} is ${p.month}'s own value; quarter ${p.roman} is made from its months (accumulation ${p.mode}: ${p.mode === 'jumlah' ? 'summed' : 'averaged'})${p.figure ? `, ${p.quarter} = ${p.figure}` : ''}.`
    },
    'meaning.month-end.long': {
        id: p => `${p.value} adalah posisi pada akhir bulan ${p.month} (akumulasi terakhir: triwulan ${p.roman} = nilai bulan terakhir yang dilaporkan).`,
        en: p => `${p.value} is the level at the end of ${p.month} (accumulation terakhir: quarter ${p.roman} = the latest month reported).`
    },
    'meaning.cumulative.long': {
        id: p => `${p.value} adalah nilai s.d. ${p.period}: kumulatif ${p.months} (akumulasi ${p.mode}).${p.figure ? ` Nilai ${p.quarter} sendiri: ${p.figure}.` : ''}`,
        en: p => `${p.value} is the figure up to ${p.period}: cumulative ${p.months} (accumulation ${p.mode}).${p.figure ? ` Own value of ${p.quarter}: ${p.figure}.` : ''}`
    },
    'meaning.spent': { id: p => `s.d. ${p.quarter} ${p.total}`, en: p => `to ${p.quarter} ${p.total}` },
    'meaning.spent.long': {
        id: p => `${p.value} adalah belanja dalam ${p.own} saja; realisasi anggaran kumulatif s.d. ${p.quarter} adalah jumlah berjalan belanja: ${p.total}.`,
        en: p => `${p.value} is the spending within ${p.own} alone; the cumulative budget realisation to ${p.quarter} is the running sum of spending: ${p.total}.`
    },
    'meaning.to-date-month.long': {
        id: p => `${p.value} adalah realisasi anggaran kumulatif, sejak Januari s.d. akhir ${p.month}.`,
        en: p => `${p.value} is cumulative budget spending, from January to the end of ${p.month}.`
    },
    'meaning.own.long': {
        id: p => `${p.value} adalah nilai triwulan ${p.roman} saja, bukan total s.d. triwulan itu (akumulasi ${p.mode}: ${p.mode === 'jumlah' ? 'setahun = tw1 + tw2 + tw3 + tw4' : 'setahun = rata-rata triwulan'}).`,
        en: p => `${p.value} is quarter ${p.roman}'s own value, not a total up to it (accumulation ${p.mode}: ${p.mode === 'jumlah' ? 'the year = tw1 + tw2 + tw3 + tw4' : 'the year = the mean of the quarters'}).`
    },
    'meaning.end.long': {
        id: p => `${p.value} adalah posisi pada akhir triwulan ${p.roman} (akumulasi terakhir: setahun = nilai triwulan terakhir yang dilaporkan).`,
        en: p => `${p.value} is the level at the end of quarter ${p.roman} (accumulation terakhir: the year = the latest quarter reported).`
    },
    'meaning.to-date.long': {
        id: p => `${p.value} adalah realisasi anggaran kumulatif, sejak Januari s.d. akhir triwulan ${p.roman}.`,
        en: p => `${p.value} is cumulative budget spending, from January to the end of quarter ${p.roman}.`
    },
    'hint.quarter': {
        id: p => `Realisasi s.d. ${p.quarter} ${p.year} (${p.mode}): ${p.realisation} terhadap rencana triwulan ${p.target}.`,
        en: p => `Realisation up to ${p.quarter} ${p.year} (${p.mode}): ${p.realisation} against the quarter plan ${p.target}.`
    },
    'hint.annual': {
        id: p => `Realisasi ${p.period}: ${p.realisation} terhadap target tahunan ${p.target}.`,
        en: p => `Realisation ${p.period}: ${p.realisation} against the annual target ${p.target}.`
    },
    'hint.budget': {
        id: p => `Realisasi anggaran kumulatif ${p.period}: ${p.realisation} dari pagu ${p.pagu}.`,
        en: p => `Cumulative budget realisation ${p.period}: ${p.realisation} of the ceiling ${p.pagu}.`
    },
    'hover.year': { id: () => 'Tahun', en: () => 'Year' },
    'hover.target': { id: () => 'Target', en: () => 'Target' },
    'hover.realisation': { id: () => 'Realisasi', en: () => 'Realisation' },
    'hover.achievement': { id: () => 'Capaian', en: () => 'Achievement' },
    'hover.category': { id: () => 'Kategori', en: () => 'Category' },
    'hover.no-data': { id: () => 'Belum ada target atau realisasi.', en: () => 'No targets or realisations yet.' },
    'hover.unit': { id: p => `satuan ${p.unit}`, en: p => `unit ${p.unit}` },
    'hover.direction': { id: p => `arah ${p.direction}`, en: p => `direction ${p.direction}` },
    'hover.accumulation': { id: p => `akumulasi ${p.mode}`, en: p => `accumulation ${p.mode}` },
    'hover.in-node': { id: p => `pada ${p.node}`, en: p => `in ${p.node}` },
    'hover.supports': { id: p => `Mendukung: ${p.list}`, en: p => `Supports: ${p.list}` },
    'hover.supported-by': { id: p => `Didukung oleh: ${p.list}`, en: p => `Supported by: ${p.list}` },
    'hover.quarter-view': {
        id: p => `Triwulan ${p.year} s.d. ${p.quarter}: rencana ${p.target} · realisasi ${p.realisation} · capaian ${p.achievement}`,
        en: p => `Quarters ${p.year} up to ${p.quarter}: plan ${p.target} · realisation ${p.realisation} · achievement ${p.achievement}`
    },
    'hover.owner': { id: p => `Pemilik: ${p.owner}`, en: p => `Owner: ${p.owner}` },
    'hover.indicators': { id: p => `Indikator ${p.year}`, en: p => `Indicators ${p.year}` },
    'hover.no-indicators': { id: () => 'Tanpa indikator.', en: () => 'No indicators.' },
    'hover.mean': { id: p => `Rata-rata capaian: ${p.value}`, en: p => `Mean achievement: ${p.value}` },
    'hover.budget': {
        id: p => `Anggaran ${p.period}: pagu ${p.pagu} · realisasi ${p.realisation} · serapan ${p.absorption}`,
        en: p => `Budget ${p.period}: ceiling ${p.pagu} · realisation ${p.realisation} · absorption ${p.absorption}`
    },
    'hover.budget-summed': { id: () => '(dijumlah dari kegiatan/subkegiatan di bawahnya)', en: () => '(summed from the nodes below)' },
    'hover.position': {
        id: p => `${p.rank}${p.superior ? ` · atasan ${p.superior}` : ''}`,
        en: p => `${p.rank}${p.superior ? ` · superior ${p.superior}` : ''}`
    },
    'hover.key': { id: () => 'IKU (indikator kinerja utama)', en: () => 'IKU (key performance indicator)' },
    'hover.scale': { id: p => `skala ${p.scale}`, en: p => `scale ${p.scale}` },
    'hover.crosscutting': { id: p => `Lintas (crosscutting) dengan: ${p.list}`, en: p => `Crosscutting with: ${p.list}` },
    'hover.pagu-revised': {
        id: p => `Pagu direvisi ${p.date} (semula ${p.original})${p.reason ? `: ${p.reason}` : ''}`,
        en: p => `Ceiling revised on ${p.date} (originally ${p.original})${p.reason ? `: ${p.reason}` : ''}`
    },
    'hover.revisions': { id: p => `Revisi target ${p.year}:`, en: p => `Target revisions ${p.year}:` },
    'hover.original': { id: p => `semula: ${p.value}`, en: p => `original: ${p.value}` },
    'hover.in-force': {
        id: p => `berlaku: ${p.value}${p.date ? ` (revisi ${p.date})` : ''}`,
        en: p => `in force: ${p.value}${p.date ? ` (revision of ${p.date})` : ''}`
    },
    'hover.revision-invalid-date': { id: () => 'tanggal tidak sah (tidak pernah berlaku)', en: () => 'invalid date (never in force)' },
    'hover.revision': {
        id: p => `Revisi ${p.kind} ${p.year}, berlaku sejak ${p.date}: ${p.value} (semula ${p.original})${p.quarters ? `; triwulan ${p.quarters}` : ''}.${p.reason ? ` Alasan: ${p.reason}.` : ''}`,
        en: p => `Revision of the ${p.year} ${p.kind === 'pagu' ? 'ceiling' : 'target'}, in force from ${p.date}: ${p.value} (originally ${p.original})${p.quarters ? `; quarters ${p.quarters}` : ''}.${p.reason ? ` Reason: ${p.reason}.` : ''}`
    },
    'hover.revision-never': {
        id: p => `Revisi ${p.kind} ${p.year} ini tidak pernah berlaku: tanggalnya tidak sah.`,
        en: p => `This revision of the ${p.year} ${p.kind === 'pagu' ? 'ceiling' : 'target'} is never in force: its date is not a valid date.`
    },
    'hover.officials': { id: () => 'Pejabat:', en: () => 'Officials:' },
    'hover.this-official': { id: p => `Pejabat ${p.official}`, en: p => `Official ${p.official}` },
    'hover.in-office': { id: p => `Menjabat sekarang: ${p.official}`, en: p => `In office now: ${p.official}` },
    'hover.on-agreement': {
        id: p => `Perjanjian kinerja ${p.year} (ditandatangani ${p.date}): ${p.official}`,
        en: p => `Performance agreement ${p.year} (signed ${p.date}): ${p.official}`
    },
    'hover.plt': { id: () => 'Plt', en: () => 'acting, Plt' },
    'hover.plh': { id: () => 'Plh', en: () => 'acting, Plh' },
    'hover.from': { id: p => `sejak ${p.date}`, en: p => `from ${p.date}` },
    'hover.until': { id: p => `sampai ${p.date}`, en: p => `until ${p.date}` },
    'hover.echelon': { id: p => `eselon ${p.echelon}`, en: p => `echelon ${p.echelon}` },
    'hover.staff': { id: () => 'staf', en: () => 'staff' },
    'hover.official': { id: p => `Pejabat: ${p.official}`, en: p => `Official: ${p.official}` },
    'hover.owns': { id: p => `Penanggung jawab ${p.count} unsur pohon kinerja`, en: p => `Owns ${p.count} performance nodes` },
    'hover.period': { id: p => `periode ${p.start} - ${p.end}`, en: p => `period ${p.start} - ${p.end}` },
    'hover.counts': {
        id: p => `${p.positions} jabatan · ${p.nodes} unsur pohon kinerja · ${p.indicators} indikator`,
        en: p => `${p.positions} positions · ${p.nodes} nodes · ${p.indicators} indicators`
    },
    'hover.pemda': { id: () => 'pemerintah daerah', en: () => 'regional government' },
    'hover.instansi': { id: () => 'perangkat daerah', en: () => 'agency' },
    'lens.summary': {
        id: p => `Capaian ${p.period}: ${p.value} · ${p.count} indikator`,
        en: p => `Achievement ${p.period}: ${p.value} · ${p.count} indicator${p.total === 1 ? '' : 's'}`
    },
    'lens.no-achievement': { id: p => `Capaian ${p.period}: belum dapat dihitung`, en: p => `Achievement ${p.period}: not computable yet` },
    'lens.absorption': { id: p => `serapan ${p.value}`, en: p => `absorption ${p.value}` },
    'lens.open-report': { id: () => 'Buka laporan', en: () => 'Open report' },
    'completion.year': { id: p => `tahun dalam periode ${p.start} - ${p.end}`, en: p => `year in the period ${p.start} - ${p.end}` },
    'completion.custom-unit': { id: () => 'satuan yang sudah dipakai', en: () => 'unit already in use' },
    'rename.invalid': {
        id: p => `'${p.name}' bukan nama yang sah: pakai huruf, angka dan _, diawali huruf atau _, dan bukan kata kunci.`,
        en: p => `'${p.name}' is not a valid name: use letters, digits and _, starting with a letter or _, and not a keyword.`
    },
    'fix.replace-reference': { id: p => `Ganti dengan '${p.candidate}'`, en: p => `Replace with '${p.candidate}'` },
    'internal-error': {
        id: p => `Permintaan ${p.request} gagal karena kesalahan di server bahasa kinerja. Rinciannya ada di log server; permintaan berikutnya dicoba lagi seperti biasa.`,
        en: p => `The ${p.request} request failed with an error in the kinerja language server. The details are in the server log; the next request is tried again as usual.`
    },

    // ------------------------------------------------------------ quick fixes
    'fix.add-unit': { id: p => `Tambahkan 'satuan ${p.unit}'`, en: p => `Add 'satuan ${p.unit}'` },
    'fix.add-agreement': { id: p => `Tambahkan perjanjian ${p.subject} ${p.year}`, en: p => `Add the agreement ${p.subject} ${p.year}` },
    'fix.repoint': { id: p => `Arahkan 'mendukung' ke ${p.candidate}`, en: p => `Point 'mendukung' to ${p.candidate}` },
    'fix.quarter-last': { id: p => `Ubah target ${p.quarter} menjadi ${p.value}`, en: p => `Change the ${p.quarter} target to ${p.value}` },
    'fix.quarter-add': { id: p => `Tambahkan target ${p.quarter} ${p.value}`, en: p => `Add the ${p.quarter} target ${p.value}` },
    'link.evidence': { id: p => `Buka bukti dukung${p.title ? ` "${p.title}"` : ''}`, en: p => `Open the evidence${p.title ? ` "${p.title}"` : ''}` },
    'fix.suspicious-number': {
        id: p => `Baca sebagai desimal: ganti '${p.written}' dengan '${p.suggestion}'`,
        en: p => `Read as a decimal: replace '${p.written}' with '${p.suggestion}'`
    },
    'fix.number-format': { id: p => `Ganti dengan '${p.suggestion}'`, en: p => `Replace with '${p.suggestion}'` },
    'settings.config-file': {
        id: p => `pengaturan "configFile" ${p.value} bukan jalur berkas (${p.reason}); yang dipakai ${p.name} terdekat`,
        en: p => `"configFile" ${p.value} is not a file path (${p.reason}); the nearest ${p.name} is used`
    },
    'settings.ignored': {
        id: p => `pengaturan kinerja.* diabaikan: ${p.detail}`,
        en: p => `kinerja.* setting ignored: ${p.detail}`
    },
    'fix.remove-character': { id: p => `Hapus karakter ${p.character}`, en: p => `Remove the character ${p.character}` },
    'not-computable': { id: () => 'tidak dapat dihitung', en: () => 'not computable' }
});

export type LspMessageKey = KeyOf<typeof lspMessage>;

const keywords: Record<string, { id: string; en: string }> = {
    pemda: { id: 'pemerintah daerah', en: 'regional government' },
    kepala: { id: 'kepala daerah', en: 'head of region' },
    periode: { id: 'periode RPJMD / Renstra', en: 'plan period' },
    instansi: { id: 'perangkat daerah (OPD)', en: 'agency (OPD)' },
    jabatan: { id: 'jabatan dalam struktur organisasi', en: 'position in the organisation chart' },
    eselon: { id: 'eselon', en: 'echelon' },
    I: { id: 'eselon I', en: 'echelon I' },
    II: { id: 'eselon II: kepala perangkat daerah', en: 'echelon II: head of agency' },
    III: { id: 'eselon III: kepala bidang, sekretaris', en: 'echelon III: head of division' },
    IV: { id: 'eselon IV: kepala seksi / subbagian', en: 'echelon IV: head of section' },
    staf: { id: 'jabatan nonstruktural', en: 'staff position' },
    atasan: { id: 'atasan langsung', en: 'direct superior' },
    pejabat: { id: 'pejabat pemegang jabatan, dengan masa jabatannya', en: 'official holding the position, with the term of office' },
    plt: { id: 'pelaksana tugas (Plt)', en: 'acting official (pelaksana tugas)' },
    plh: { id: 'pelaksana harian (Plh)', en: 'acting official for the day-to-day (pelaksana harian)' },
    sejak: { id: 'menjabat sejak tanggal (YYYY-MM-DD)', en: 'in office from (YYYY-MM-DD)' },
    sampai: { id: 'menjabat sampai tanggal (YYYY-MM-DD)', en: 'in office until (YYYY-MM-DD)' },
    nip: { id: 'Nomor Induk Pegawai', en: 'civil-servant number' },
    tujuan: { id: 'pohon kinerja: tujuan', en: 'node: goal' },
    sasaran: { id: 'pohon kinerja: sasaran', en: 'node: objective' },
    program: { id: 'pohon kinerja: program (anggaran tingkat 1)', en: 'node: programme (budget level 1)' },
    kegiatan: { id: 'pohon kinerja: kegiatan (anggaran tingkat 2)', en: 'node: activity (budget level 2)' },
    subkegiatan: { id: 'pohon kinerja: subkegiatan (anggaran tingkat 3)', en: 'node: sub-activity (budget level 3)' },
    rhk: { id: 'pohon kinerja: rencana hasil kerja (RHK) staf, SKP', en: 'node: staff work-plan result (SKP)' },
    kode: { id: 'kode nomenklatur', en: 'nomenclature code' },
    oleh: { id: 'penanggung jawab (jabatan)', en: 'owner (position)' },
    mendukung: { id: 'kinerja atau indikator atasan yang didukung', en: 'supported node or indicator' },
    lintas: { id: 'crosscutting: bekerja bersama unsur pohon kinerja perangkat daerah lain', en: "crosscutting: works with another agency's node" },
    indikator: { id: 'indikator kinerja', en: 'performance indicator' },
    utama: { id: 'indikator kinerja utama (IKU)', en: 'key performance indicator (IKU)' },
    satuan: { id: 'satuan ukur', en: 'unit of measure' },
    persen: { id: 'satuan: persen', en: 'unit: percent' },
    orang: { id: 'satuan: orang', en: 'unit: persons' },
    dokumen: { id: 'satuan: dokumen', en: 'unit: documents' },
    unit: { id: 'satuan: unit', en: 'unit: units' },
    indeks: { id: 'satuan: indeks', en: 'unit: index' },
    rasio: { id: 'satuan: rasio', en: 'unit: ratio' },
    hari: { id: 'satuan: hari', en: 'unit: days' },
    rupiah: { id: 'satuan: rupiah', en: 'unit: rupiah' },
    predikat: { id: 'satuan: predikat SAKIP (D, C, CC, B, BB, A, AA)', en: 'unit: SAKIP grade (D, C, CC, B, BB, A, AA)' },
    opini: { id: 'satuan: opini BPK (TMP, TW, WDP, WTP)', en: 'unit: BPK audit opinion (TMP, TW, WDP, WTP)' },
    skala: { id: 'skala kualitatif: kata-kata berurutan, terendah dulu', en: 'qualitative scale: ordered words, lowest first' },
    arah: { id: 'arah perbaikan', en: 'direction of improvement' },
    naik: { id: 'makin tinggi makin baik', en: 'higher is better' },
    turun: { id: 'makin rendah makin baik', en: 'lower is better' },
    rentang: { id: 'target berupa rentang', en: 'target is a range' },
    stabil: { id: 'dijaga dalam rentang target (mis. inflasi)', en: 'kept inside the target band (e.g. inflation)' },
    selisih: { id: 'makin rendah makin baik, capaian (2T − R) / T × 100', en: 'lower is better, achievement (2T − R) / T × 100' },
    akumulasi: { id: 'cara triwulan membentuk tahun', en: 'how quarters make a year' },
    terakhir: { id: 'nilai triwulan terakhir', en: 'latest quarter value' },
    jumlah: { id: 'jumlah triwulan', en: 'sum of quarters' },
    'rata-rata': { id: 'rata-rata triwulan', en: 'mean of quarters' },
    definisi: { id: 'definisi operasional', en: 'definition' },
    rumus: { id: 'rumus perhitungan', en: 'formula' },
    sumber: { id: 'sumber data', en: 'data source' },
    'kondisi-awal': { id: 'kondisi awal (baseline)', en: 'baseline' },
    target: { id: 'target tahunan (dan triwulan)', en: 'annual (and quarter) target' },
    revisi: { id: 'revisi target atau pagu: berlaku sejak tanggal, dengan alasannya', en: 'revised target or ceiling: in force from the date, with its reason' },
    realisasi: { id: 'realisasi (indikator: nilai triwulan itu; anggaran: kumulatif s.d. triwulan)', en: "realisation (indicator: that quarter's value; budget: cumulative to the quarter)" },
    dari: { id: 'rasio: A dari B = A / B × 100', en: 'ratio: A out of B = A / B × 100' },
    tw1: { id: 'triwulan I (Januari–Maret)', en: 'quarter 1 (January–March)' },
    tw2: { id: 'triwulan II (April–Juni)', en: 'quarter 2 (April–June)' },
    tw3: { id: 'triwulan III (Juli–September)', en: 'quarter 3 (July–September)' },
    tw4: { id: 'triwulan IV (Oktober–Desember)', en: 'quarter 4 (October–December)' },
    jan: { id: 'bulan Januari (triwulan I)', en: 'January (quarter 1)' },
    feb: { id: 'bulan Februari (triwulan I)', en: 'February (quarter 1)' },
    mar: { id: 'bulan Maret (triwulan I)', en: 'March (quarter 1)' },
    apr: { id: 'bulan April (triwulan II)', en: 'April (quarter 2)' },
    mei: { id: 'bulan Mei (triwulan II)', en: 'May (quarter 2)' },
    jun: { id: 'bulan Juni (triwulan II)', en: 'June (quarter 2)' },
    jul: { id: 'bulan Juli (triwulan III)', en: 'July (quarter 3)' },
    agu: { id: 'bulan Agustus (triwulan III)', en: 'August (quarter 3)' },
    sep: { id: 'bulan September (triwulan III)', en: 'September (quarter 3)' },
    okt: { id: 'bulan Oktober (triwulan IV)', en: 'October (quarter 4)' },
    nov: { id: 'bulan November (triwulan IV)', en: 'November (quarter 4)' },
    des: { id: 'bulan Desember (triwulan IV)', en: 'December (quarter 4)' },
    's.d.': { id: 'sampai dengan: nilai kumulatif sejak Januari s.d. periode itu', en: 'cumulative: the figure from January up to that period' },
    belanja: { id: 'belanja dalam periode itu saja (realisasi anggaran = jumlah berjalan)', en: 'spending within that period alone (the budget realisation is the running sum)' },
    catatan: { id: 'catatan LKjIP: analisis, kendala, solusi', en: 'LKjIP narrative: analysis, obstacles, solutions' },
    analisis: { id: 'analisis capaian', en: 'analysis of the achievement' },
    kendala: { id: 'kendala', en: 'obstacles' },
    solusi: { id: 'solusi / langkah ke depan', en: 'solutions / next steps' },
    bukti: { id: 'bukti dukung: judul dan jalur berkas atau URL', en: 'evidence (bukti dukung): title and file path or URL' },
    terverifikasi: { id: 'tanggal bukti diverifikasi', en: 'date the evidence was verified' },
    pagu: { id: 'pagu anggaran', en: 'budget ceiling' },
    Rp: { id: 'jumlah rupiah', en: 'rupiah amount' },
    perjanjian: { id: 'perjanjian kinerja (PK)', en: 'performance agreement' },
    'pihak-kedua': { id: 'pihak kedua', en: 'second party' },
    tempat: { id: 'tempat penandatanganan', en: 'place of signing' },
    ditandatangani: { id: 'tanggal penandatanganan', en: 'date of signing' },
    perubahan: { id: 'perjanjian kinerja perubahan (PK perubahan) ditandatangani tanggal', en: 'amended agreement (PK perubahan) signed on' }
};

/** Keywords that mean something else in one grammar rule (`arah turun rasio` is not the unit). */
const keywordsInRule: Record<string, Record<string, { id: string; en: string }>> = {
    LowerFormula: {
        rasio: { id: 'makin rendah makin baik, capaian T / R × 100', en: 'lower is better, achievement T / R × 100' }
    }
};

/** What a keyword means, in the grammar rule it stands in when known. */
export function keywordMeaning(language: Language, keyword: string, rule?: string): string | undefined {
    return (rule ? keywordsInRule[rule]?.[keyword] : undefined)?.[language] ?? keywords[keyword]?.[language];
}
