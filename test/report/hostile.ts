/**
 * A copy of the examples with markup planted in user text: agency, pemda and position
 * titles, official names, node and indicator names, a code, a custom unit and the
 * agreement's second party and place. Besides `<script>` and `<img onerror>`: a quote
 * breaking out of an attribute, a `javascript:` link and a style sheet loading a URL.
 * The HTML report must show these literally and never run or load them.
 */
import { replaceIn } from './examples.js';

export const SCRIPT = '<script>window.__pwned=1</script>';
export const IMG = '<img src=x onerror="window.__pwned=1">';
/** Closes an attribute value (either quote) and adds handlers and a link target. */
export const ATTRIBUTE = `" onmouseover="window.__pwned=1" autofocus onfocus="window.__pwned=1" href="javascript:window.__pwned=1' x='`;
export const LINK = '<a id="pwnlink" href="javascript:window.__pwned=1">klik</a>';
export const STYLE = '</style><style>*{background:url(https://attacker.kinerja.invalid/x.png)}</style>';

/** The same text as a .kinerja string literal body (quotes escaped). */
const lit = (text: string) => text.replace(/"/g, '\\"');

export const PLANTED = {
    agency: `Dinas ${SCRIPT} Kesehatan`,
    pemda: `Pemerintah ${SCRIPT} Paser Selatan`,
    head: `Bupati ${LINK} Paser Selatan`,
    indicator: `Prevalensi ${IMG} ${ATTRIBUTE} stunting`,
    position: `Kepala Bidang ${SCRIPT} Kesmas`,
    official: `dr. ${ATTRIBUTE} Rahmawati`,
    sasaran: `Meningkatnya ${STYLE} derajat kesehatan`,
    program: `Program ${IMG} Upaya Kesehatan`,
    code: `1.02.02${SCRIPT}`,
    unit: `per ${IMG} kelahiran`,
    secondParty: `Bupati ${LINK}`,
    place: `Sungai ${ATTRIBUTE} Lendang`
};

export function plant(files: Record<string, string>): void {
    replaceIn(files, 'pemda.kinerja', 'pemda KabPaserSelatan "Pemerintah Kabupaten Paser Selatan"', `pemda KabPaserSelatan "${lit(PLANTED.pemda)}"`);
    replaceIn(files, 'pemda.kinerja', 'kepala "Bupati Paser Selatan"', `kepala "${lit(PLANTED.head)}"`);
    replaceIn(files, 'dinkes.kinerja', 'instansi Dinkes "Dinas Kesehatan Kabupaten Paser Selatan"', `instansi Dinkes "${lit(PLANTED.agency)}"`);
    replaceIn(files, 'dinkes.kinerja', 'indikator IKU1 "Prevalensi balita stunting"', `indikator IKU1 "${lit(PLANTED.indicator)}"`);
    replaceIn(files, 'dinkes.kinerja', 'jabatan KabidKesmas "Kepala Bidang Kesehatan Masyarakat"', `jabatan KabidKesmas "${lit(PLANTED.position)}"`);
    replaceIn(files, 'dinkes.kinerja', 'pejabat "dr. Hj. Rahmawati Syarif, M.Kes."', `pejabat "${lit(PLANTED.official)}"`);
    replaceIn(files, 'dinkes.kinerja', 'sasaran SS1 "Meningkatnya derajat kesehatan masyarakat"', `sasaran SS1 "${lit(PLANTED.sasaran)}"`);
    replaceIn(files, 'dinkes.kinerja', 'program P0202 "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat" kode "1.02.02"',
        `program P0202 "${lit(PLANTED.program)}" kode "${lit(PLANTED.code)}"`);
    replaceIn(files, 'dinkes.kinerja', 'satuan "per 1.000 kelahiran hidup"', `satuan "${lit(PLANTED.unit)}"`);
    replaceIn(files, 'perjanjian-2025.kinerja', 'perjanjian Dinkes.Kadis 2025 {\n    pihak-kedua "Bupati Paser Selatan"\n    tempat "Sungai Lendang"',
        `perjanjian Dinkes.Kadis 2025 {\n    pihak-kedua "${lit(PLANTED.secondParty)}"\n    tempat "${lit(PLANTED.place)}"`);
}
