/**
 * A copy of the examples with markup planted in user text: agency, pemda and position
 * titles, official names, node and indicator names, a code, a custom unit and the
 * agreement's second party and place. Besides `<script>` and `<img onerror>`: a quote
 * breaking out of an attribute, a `javascript:` link and a style sheet loading a URL.
 * The HTML report must show these literally and never run or load them.
 *
 * MARKDOWN_PLANTED (plantMarkdown) holds what breaks markdown instead: line breaks that
 * end a `<summary>` or a table row, then an external image, a fake heading, a fake table
 * row, links and autolinks, emphasis, code, math, block markers, a mention, entities,
 * HTML, escape sequences and bidirectional controls. The markdown report must keep each
 * in its place, as text.
 */
import { replaceIn } from './examples.js';

export const SCRIPT = '<script>window.__pwned=1</script>';
export const IMG = '<img src=x onerror="window.__pwned=1">';
/** Closes an attribute value (either quote) and adds handlers and a link target. */
export const ATTRIBUTE = `" onmouseover="window.__pwned=1" autofocus onfocus="window.__pwned=1" href="javascript:window.__pwned=1' x='`;
export const LINK = '<a id="pwnlink" href="javascript:window.__pwned=1">klik</a>';
export const STYLE = '</style><style>*{background:url(https://attacker.kinerja.invalid/x.png)}</style>';

/** The same text as a .kinerja string literal body (backslashes, quotes and line breaks escaped). */
const lit = (text: string) => text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');

/** A blank line, an external image and a fake heading: out of a `<summary>` or a cell. */
export const BREAKOUT = '\n\n![pwned](https://attacker.kinerja.invalid/p.png)\n\n# Semua target tercapai\n\n';
/** A fake table row and header rule. */
export const TABLE = ' | 100,00% | Sangat Tinggi |\n| --- | --- |\n| palsu | baris |';
export const LINKS = '[klik](https://attacker.kinerja.invalid) <https://attacker.kinerja.invalid/a> https://attacker.kinerja.invalid/b www.attacker.kinerja.invalid c@attacker.kinerja.invalid [^1] [ref]: https://attacker.kinerja.invalid/r';
export const INLINE = '**tebal** __tebal__ _miring_ *miring* ~~coret~~ `kode` $x^2$ &lt;b&gt; &#60;i&#62; :rocket: \\';
export const BLOCKS = '\n- daftar\n+ daftar\n1. nomor\n2) nomor\n> kutipan\n    kode\n```\npagar\n===\n---\n***';
export const MENTION = '@kinerja-org/semua dan @admin';
export const HTML_TAGS = '</strong></summary></details><details open><summary>palsu</summary><!-- x --><b onclick=x>b</b>';
export const CONTROLS = 'A\u001b[2J\u001b[H0 kesalahan\u202eZ\u0007\u2028B';

export const MARKDOWN_PLANTED = {
    agency: `Dinas Kesehatan${BREAKOUT}<img src=x onerror="window.__pwned=1">`,
    pemda: `Pemerintah ${HTML_TAGS} Paser Selatan`,
    head: `Bupati ${MENTION}`,
    indicator: `Prevalensi${TABLE} stunting`,
    position: `Kepala Bidang${BLOCKS}`,
    official: `- dr. ${INLINE} Rahmawati`,
    sasaran: `Meningkatnya ${LINKS} derajat kesehatan`,
    program: `1. Program ${CONTROLS} Upaya Kesehatan`,
    code: '1.02.02|x',
    unit: `per ${LINKS}`,
    secondParty: `# Bupati${BREAKOUT}`,
    place: `Sungai ${MENTION} Lendang`
};

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

/** Plants `planted` (PLANTED by default, or MARKDOWN_PLANTED) into the examples' files. */
export function plant(files: Record<string, string>, planted: typeof PLANTED = PLANTED): void {
    replaceIn(files, 'pemda.kinerja', 'pemda KabPaserSelatan "Pemerintah Kabupaten Paser Selatan"', `pemda KabPaserSelatan "${lit(planted.pemda)}"`);
    replaceIn(files, 'pemda.kinerja', 'kepala "Bupati Paser Selatan"', `kepala "${lit(planted.head)}"`);
    replaceIn(files, 'dinkes.kinerja', 'instansi Dinkes "Dinas Kesehatan Kabupaten Paser Selatan"', `instansi Dinkes "${lit(planted.agency)}"`);
    replaceIn(files, 'dinkes.kinerja', 'indikator IKU1 "Prevalensi balita stunting"', `indikator IKU1 "${lit(planted.indicator)}"`);
    replaceIn(files, 'dinkes.kinerja', 'jabatan KabidKesmas "Kepala Bidang Kesehatan Masyarakat"', `jabatan KabidKesmas "${lit(planted.position)}"`);
    replaceIn(files, 'dinkes.kinerja', 'pejabat "dr. Hj. Rahmawati Syarif, M.Kes."', `pejabat "${lit(planted.official)}"`);
    replaceIn(files, 'dinkes.kinerja', 'sasaran SS1 "Meningkatnya derajat kesehatan masyarakat"', `sasaran SS1 "${lit(planted.sasaran)}"`);
    replaceIn(files, 'dinkes.kinerja', 'program P0202 "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat" kode "1.02.02"',
        `program P0202 "${lit(planted.program)}" kode "${lit(planted.code)}"`);
    replaceIn(files, 'dinkes.kinerja', 'satuan "per 1.000 kelahiran hidup"', `satuan "${lit(planted.unit)}"`);
    replaceIn(files, 'perjanjian-2025.kinerja', 'perjanjian Dinkes.Kadis 2025 {\n    pihak-kedua "Bupati Paser Selatan"\n    tempat "Sungai Lendang"',
        `perjanjian Dinkes.Kadis 2025 {\n    pihak-kedua "${lit(planted.secondParty)}"\n    tempat "${lit(planted.place)}"`);
}

/** The examples with MARKDOWN_PLANTED. */
export function plantMarkdown(files: Record<string, string>): void {
    plant(files, MARKDOWN_PLANTED);
}
