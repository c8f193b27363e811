/**
 * The command line's own texts (summaries, usage messages, progress), in Bahasa
 * Indonesia (default) and English. Findings bring their messages and titles
 * (src/validation/findings/), reports theirs (src/report/messages.ts).
 */
import { defineCatalogue, type KeyOf, type Params } from '../common/catalogue.js';

export const cliMessage = defineCatalogue({
    'check.summary': {
        id: (p: Params) => `${p.files} berkas diperiksa: ${p.errors} galat, ${p.warnings} peringatan, ${p.infos} info`,
        en: (p: Params) => `${p.files} file(s) checked: ${p.errors} error(s), ${p.warnings} warning(s), ${p.infos} info`
    },
    'progress.reading': {
        id: (p: Params) => `membaca berkas ${p.done}/${p.total}`,
        en: (p: Params) => `reading files ${p.done}/${p.total}`
    },
    'progress.building': {
        id: (p: Params) => `memeriksa berkas ${p.done}/${p.total}`,
        en: (p: Params) => `checking files ${p.done}/${p.total}`
    },
    'usage.quarterly-needs-quarter': {
        id: () => `laporan triwulan memerlukan --quarter (1-4), mis. --kind quarterly --quarter 3`,
        en: () => `the quarterly report needs --quarter (1-4), e.g. --kind quarterly --quarter 3`
    },
    'usage.binary-to-terminal': {
        id: (p: Params) => `format ${p.format} adalah berkas biner dan tidak ditulis ke terminal; pakai --out FILE (mis. --out laporan.${p.format}) atau alihkan keluarannya (> laporan.${p.format})`,
        en: (p: Params) => `the ${p.format} format is a binary file and is not written to a terminal; use --out FILE (e.g. --out report.${p.format}) or redirect the output (> report.${p.format})`
    },
    'usage.option-format-only': {
        id: (p: Params) => `${p.option} hanya berlaku untuk --format ${p.format}`,
        en: (p: Params) => `${p.option} only applies to --format ${p.format}`
    },
    'usage.cannot-write': {
        id: (p: Params) => `${p.file}: tidak dapat ditulis (${p.reason})`,
        en: (p: Params) => `${p.file}: cannot be written (${p.reason})`
    },
    'usage.out-exists': {
        id: (p: Params) => `${p.file}: berkas ini sudah ada dan bukan keluaran kinerja sebelumnya, jadi tidak ditimpa; tambahkan --force untuk menimpanya atau pilih nama lain`,
        en: (p: Params) => `${p.file}: the file exists and is not a previous kinerja output, so it was not overwritten; pass --force to overwrite it or choose another name`
    },
    'usage.out-symlink': {
        id: (p: Params) => `${p.file}: adalah tautan simbolik dan kinerja tidak menulis melalui tautan; tambahkan --force untuk mengganti tautan itu sendiri dengan berkas biasa (tujuan tautan tidak diubah) atau pilih nama lain`,
        en: (p: Params) => `${p.file}: is a symbolic link and kinerja does not write through links; pass --force to replace the link itself with a regular file (its target is left untouched) or choose another name`
    },
    'usage.out-special': {
        id: (p: Params) => `${p.file}: bukan berkas biasa (perangkat, pipa atau soket) dan tidak ditimpa, juga dengan --force; pilih nama lain, atau tanpa --out alihkan keluaran standar ke sana`,
        en: (p: Params) => `${p.file}: is not a regular file (a device, pipe or socket) and is not replaced, not even with --force; choose another name, or leave out --out and redirect standard output to it`
    },
    'usage.docs-url': {
        id: (p: Params) => `KINERJA_DOCS_URL harus berupa URL lengkap, mis. https://contoh.go.id/kinerja/docs/findings (sekarang: '${p.value}')`,
        en: (p: Params) => `KINERJA_DOCS_URL must be an absolute URL, e.g. https://example.org/kinerja/docs/findings (now: '${p.value}')`
    },
    'usage.unknown-table': {
        id: (p: Params) => `tabel '${p.table}' tidak ada dalam laporan ${p.kind}; pilih salah satu: ${p.tables}`,
        en: (p: Params) => `the ${p.kind} report has no table '${p.table}'; choose one of: ${p.tables}`
    },
    'usage.html-unavailable': {
        id: () => `format html belum tersedia di versi ini`,
        en: () => `the html format is not available in this build`
    }
});

export type CliMessageKey = KeyOf<typeof cliMessage>;
