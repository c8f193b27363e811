/**
 * Texts about files on disk, in Bahasa Indonesia (default) and English: why a `.kinerja`
 * file or a folder cannot be read (LoadError), which paths inside a folder were skipped,
 * and why a config file cannot be read (ConfigError; what a config may hold is in
 * src/engine/config-messages.ts). The CLI prints them in its message language, the
 * language server logs and shows them in the editor's.
 */
import { defineCatalogue, type KeyOf, type Language, type Params } from '../common/catalogue.js';
import type { FileKind } from './read-file.js';

const KINDS: Record<FileKind, { id: string; en: string }> = {
    folder: { id: 'folder', en: 'a folder' },
    fifo: { id: 'pipa bernama (FIFO)', en: 'a named pipe (FIFO)' },
    socket: { id: 'soket', en: 'a socket' },
    'character-device': { id: 'perangkat karakter (mis. /dev/zero)', en: 'a character device (like /dev/zero)' },
    'block-device': { id: 'perangkat blok (cakram)', en: 'a block device (a disk)' },
    other: { id: 'jenis berkas khusus', en: 'a special file' }
};

function kind(lang: Language, p: Params): string {
    return (KINDS[p.kind as FileKind] ?? KINDS.other)[lang];
}

/** Why the file system refused (by its error code), and what to do. */
function reason(lang: Language, p: Params): string {
    const id = lang === 'id';
    switch (p.code) {
        case 'ENOENT': return id ? 'tidak ada berkas atau folder dengan nama ini; periksa jalurnya' : 'no such file or folder; check the path';
        case 'EACCES': case 'EPERM': return id ? 'izin ditolak; periksa hak akses berkasnya' : 'permission denied; check the file permissions';
        case 'ELOOP': return id ? 'terlalu banyak tautan simbolik (tautan melingkar?); perbaiki atau hapus tautan itu' : 'too many symbolic links (a link loop?); fix or remove the link';
        case 'EISDIR': return id ? 'adalah folder, bukan berkas' : 'is a folder, not a file';
        case 'ENOTDIR': return id ? 'salah satu bagian jalurnya bukan folder; periksa jalurnya' : 'a part of the path is not a folder; check the path';
        default: return id ? `tidak dapat dibaca (${String(p.code)}); periksa jalur dan hak aksesnya` : `cannot be read (${String(p.code)}); check the path and its permissions`;
    }
}

export const fileMessage = defineCatalogue({
    'fs': { id: p => reason('id', p), en: p => reason('en', p) },
    'fs.list': {
        id: p => p.code === 'EACCES' || p.code === 'EPERM' ? 'isi folder tidak dapat dibaca: izin ditolak; periksa hak aksesnya' : `isi folder tidak dapat dibaca (${p.code}); periksa jalur dan hak aksesnya`,
        en: p => p.code === 'EACCES' || p.code === 'EPERM' ? 'cannot list the folder: permission denied; check its permissions' : `cannot list the folder (${p.code}); check the path and its permissions`
    },
    'load.not-regular': {
        id: p => `bukan berkas biasa melainkan ${kind('id', p)}, dan tidak dibaca; berikan berkas .kinerja biasa atau foldernya`,
        en: p => `is not a regular file but ${kind('en', p)}, and is not read; give a regular .kinerja file or its folder`
    },
    'load.too-large': {
        id: p => `berukuran ${p.size} MB, di atas batas ${p.limit} MB untuk satu berkas; pecah menjadi beberapa berkas`,
        en: p => `is ${p.size} MB, above the ${p.limit} MB limit for one file; split it into several files`
    },
    'load.grows-too-large': {
        id: p => `memuat lebih dari batas ${p.limit} MB untuk satu berkas; pecah menjadi beberapa berkas`,
        en: p => `holds more than the ${p.limit} MB limit for one file; split it into several files`
    },
    'load.binary': { id: () => 'adalah berkas biner, bukan berkas teks .kinerja', en: () => 'is a binary file, not a .kinerja text file' },
    'load.not-utf8': { id: () => 'bukan teks UTF-8 yang sah; simpan sebagai UTF-8', en: () => 'is not valid UTF-8 text; save it as UTF-8' },
    'skip.not-regular': {
        id: p => `dilewati: bukan berkas biasa melainkan ${kind('id', p)}`,
        en: p => `skipped: not a regular file but ${kind('en', p)}`
    },
    'skip.dangling': {
        id: p => `dilewati: tautan simbolik ke ${p.target}, yang tidak ada; perbaiki atau hapus tautan itu`,
        en: p => `skipped: a symbolic link to ${p.target}, which does not exist; fix or remove the link`
    },
    'skip.loop': {
        id: () => 'dilewati: tautan simbolik melingkar (tautan yang akhirnya menunjuk dirinya sendiri); perbaiki atau hapus tautan itu',
        en: () => 'skipped: a symbolic link loop (a link that ends up pointing at itself); fix or remove the link'
    },
    'skip.unreadable': {
        id: p => `dilewati: ${reason('id', p)}`,
        en: p => `skipped: ${reason('en', p)}`
    },
    'config.not-regular': {
        id: p => `bukan berkas biasa melainkan ${kind('id', p)}, dan tidak dibaca; berkas konfigurasi harus berkas JSON biasa: hapus atau ganti namanya, atau tunjuk berkas lain dengan --config`,
        en: p => `is not a regular file but ${kind('en', p)}, and is not read; a config file must be a regular JSON file: delete or rename it, or name another file with --config`
    },
    'config.dangling': {
        id: p => `adalah tautan simbolik ke ${p.target}, yang tidak ada; perbaiki atau hapus tautan itu`,
        en: p => `is a symbolic link to ${p.target}, which does not exist; fix or remove the link`
    },
    'config.read': {
        id: p => reason('id', p),
        en: p => reason('en', p)
    },
    'config.too-large': {
        id: p => `memuat lebih dari batas ${p.limit} MB untuk berkas konfigurasi; apakah ini benar berkas konfigurasi kinerja?`,
        en: p => `holds more than the ${p.limit} MB limit for a config file; is it really a kinerja config file?`
    },
    'config.not-utf8': { id: () => 'bukan teks UTF-8 yang sah; simpan sebagai UTF-8', en: () => 'is not valid UTF-8 text; save it as UTF-8' },
    'config.json': {
        id: p => `baris ${p.line} kolom ${p.column}: bukan JSON yang sah (${found('id', p)}); perbaiki penulisannya atau hapus berkas ini untuk memakai nilai bawaan`,
        en: p => `line ${p.line} column ${p.column}: not valid JSON (${found('en', p)}); fix the syntax or delete the file to use the defaults`
    },
    'config.json-other': {
        id: p => `bukan JSON yang sah (${p.detail}); perbaiki penulisannya atau hapus berkas ini untuk memakai nilai bawaan`,
        en: p => `not valid JSON (${p.detail}); fix the syntax or delete the file to use the defaults`
    }
});

/** What the JSON reader met where it stopped: the end, a character, or an invisible one (as U+XXXX). */
function found(lang: Language, p: Params): string {
    const id = lang === 'id';
    if (p.found === 'end') return id ? 'berkas berakhir sebelum JSON-nya selesai' : 'the file ends before the JSON does';
    if (p.found === 'invisible') return id ? `ada karakter tak terlihat ${p.char} di sini` : `an invisible character ${p.char} here`;
    return id ? `tidak diharapkan ${p.char} di sini` : `${p.char} is not expected here`;
}

export type FileMessageKey = KeyOf<typeof fileMessage>;
