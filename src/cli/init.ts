/**
 * `kinerja init [DIR] --pemda ID "nama" --instansi ID "nama" …`: a new workspace, without
 * questions. It writes the pemda, one file per agency with its organisation chart
 * (echelon II–IV), a kinerja.config.json holding the defaults (so every setting is
 * visible) and a short README in Bahasa Indonesia on what to write next. What it writes
 * checks clean (`kinerja check DIR`: no finding).
 *
 * Nothing is overwritten: when any of the files exists, nothing is written and the
 * message names it. The files are written only after every one of them has been made.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AstUtils, GrammarAST } from 'langium';
import type { Language } from '../common/catalogue.js';
import { defaultConfig } from '../engine/config.js';
import { KinerjaGrammar } from '../language/generated/grammar.js';
import { quoted } from '../import/values.js';
import { UsageError } from './errors.js';
import { cliMessage } from './messages.js';

export interface InitOptions {
    pemda?: string[];
    instansi?: string[];
    periode?: string;
}

interface Named {
    id: string;
    name: string;
}

const ID = /^[_a-zA-Z]\w*$/;
let keywords: Set<string> | undefined;

function isKeyword(word: string): boolean {
    keywords ??= new Set(AstUtils.streamAllContents(KinerjaGrammar()).filter(GrammarAST.isKeyword).map(k => k.value).toArray());
    return keywords.has(word);
}

function pairs(values: string[] | undefined, option: string, lang: Language): Named[] {
    const say = (key: Parameters<typeof cliMessage>[1], params?: Record<string, string | number>) => cliMessage(lang, key, params);
    if (!values?.length) return [];
    if (values.length % 2 !== 0) throw new UsageError(say('init.pairs', { option }));
    const result: Named[] = [];
    for (let i = 0; i < values.length; i += 2) {
        const [id, name] = [values[i], values[i + 1].trim()];
        if (!ID.test(id)) throw new UsageError(say('init.id', { option, id }));
        if (isKeyword(id)) throw new UsageError(say('init.keyword', { option, id }));
        if (!name || /[\r\n]/.test(name)) throw new UsageError(say('init.name', { option, id }));
        result.push({ id, name });
    }
    return result;
}

/** The head of region from the government's name: Bupati, Wali Kota, Gubernur. */
function headOf(name: string): string | undefined {
    const m = /^(?:Pemerintah\s+)?(Kabupaten|Kota|Provinsi)\s+(.+)$/i.exec(name.trim());
    if (!m) return undefined;
    const title = { kabupaten: 'Bupati', kota: 'Wali Kota', provinsi: 'Gubernur' }[m[1].toLowerCase() as 'kabupaten' | 'kota' | 'provinsi'];
    return `${title} ${m[2]}`;
}

function pemdaFile(pemda: Named, start: number, end: number): string {
    const head = headOf(pemda.name);
    return [
        `// ${pemda.name}: tujuan dan sasaran RPJMD dengan indikatornya. Dibuat oleh kinerja init.`,
        '',
        `pemda ${pemda.id} ${quoted(pemda.name)} {`,
        ...(head ? [`    kepala ${quoted(head)}`] : [`    // kepala "…"   (kepala daerah: pihak kedua perjanjian kinerja kepala perangkat daerah)`]),
        `    periode ${start} - ${end}`,
        '',
        '    // Tujuan dan sasaran daerah, misalnya:',
        '    //',
        '    // tujuan T1 "Meningkatnya kualitas sumber daya manusia"',
        '    // sasaran S1 "Meningkatnya derajat kesehatan masyarakat" mendukung T1 {',
        '    //     indikator UHH "Umur harapan hidup" utama {',
        '    //         satuan "tahun"',
        `    //         target ${start} 70,50`,
        '    //     }',
        '    // }',
        '}',
        ''
    ].join('\n');
}

function agencyFile(agency: Named, pemda: Named, start: number, end: number): string {
    return [
        `// ${agency.name}: struktur organisasi dan pohon kinerja. Dibuat oleh kinerja init.`,
        '',
        `instansi ${agency.id} ${quoted(agency.name)} {`,
        `    pemda ${pemda.id}`,
        `    periode ${start} - ${end}`,
        '',
        '    // Struktur organisasi (eselon II–IV). Sesuaikan nama jabatan, lalu tulis pejabatnya:',
        '    //     jabatan Kepala "…" eselon II { pejabat "Nama Lengkap, Gelar" nip "…" }',
        `    jabatan Kepala ${quoted(`Kepala ${agency.name}`)} eselon II`,
        '    jabatan Sekretaris "Sekretaris" eselon III atasan Kepala',
        '    jabatan Kasubbag "Kepala Subbagian Umum dan Kepegawaian" eselon IV atasan Sekretaris',
        '',
        '    // Pohon kinerja: sasaran strategis, program, kegiatan dan subkegiatan, misalnya:',
        '    //',
        `    // sasaran SS1 "…" oleh Kepala mendukung ${pemda.id}.S1 {`,
        '    //     indikator IKU1 "…" utama {',
        '    //         satuan persen',
        `    //         target ${start} 80 { tw1 20 tw2 40 tw3 60 tw4 80 }`,
        '    //     }',
        '    // }',
        '}',
        ''
    ].join('\n');
}

function readme(pemda: Named, agencies: Named[], files: string[], start: number): string {
    return [
        `# Kinerja ${pemda.name}`,
        '',
        'Ruang kerja SAKIP yang dibaca oleh [kinerja](https://www.npmjs.com/package/kinerja): rencana, target,',
        'realisasi, anggaran dan perjanjian kinerja dalam berkas teks `.kinerja`.',
        '',
        '## Berkas',
        '',
        ...files.map(f => `- \`${f}\``),
        '- `kinerja.config.json`: batas capaian, rumus indikator yang makin kecil makin baik, kurva',
        '  penyerapan anggaran dan lainnya (nilai bawaan tertulis lengkap; ubah sesuai kebijakan daerah).',
        '',
        '## Langkah berikutnya',
        '',
        '1. Lengkapi tujuan dan sasaran daerah di berkas pemda, lalu sasaran, program, kegiatan dan',
        `   subkegiatan tiap perangkat daerah (${agencies.map(a => a.id).join(', ') || 'berkas instansi'}), dengan indikator dan targetnya.`,
        '2. Periksa: `npx kinerja check .` (tiap temuan menyebut berkas, baris dan apa yang harus dilakukan).',
        `3. Catat realisasi per triwulan atau per bulan, lalu buat laporan: \`npx kinerja report . --year ${start} --format html --out laporan.html\`.`,
        '',
        'Di VS Code, pasang ekstensi kinerja untuk pelengkapan otomatis, temuan langsung di editor,',
        'pohon kinerja dan pratinjau laporan.',
        ''
    ].join('\n');
}

function configFile(): string {
    const c = defaultConfig();
    return JSON.stringify({
        language: c.language,
        thresholds: c.thresholds,
        negativeFormula: c.negativeFormula,
        absorptionCurve: c.absorptionCurve,
        rankingLowest: c.rankingLowest,
        averageCap: c.averageCap
    }, null, 4) + '\n';
}

/** The RPJMD period: `--periode 2025-2029`, or five years from `year`. */
function period(text: string | undefined, year: number, lang: Language): [number, number] {
    if (text === undefined) return [year, year + 4];
    const m = /^(\d{4})\s*-\s*(\d{4})$/.exec(text.trim());
    if (!m || Number(m[1]) > Number(m[2])) throw new UsageError(cliMessage(lang, 'init.periode', { value: text }));
    return [Number(m[1]), Number(m[2])];
}

/** Writes the new workspace; returns the paths written, relative to DIR. */
export function initWorkspace(dir: string, options: InitOptions, lang: Language, year = new Date().getFullYear()): string[] {
    const [pemda] = pairs(options.pemda, '--pemda', lang);
    if (!pemda || options.pemda!.length !== 2) throw new UsageError(cliMessage(lang, 'init.pemda'));
    const agencies = pairs(options.instansi, '--instansi', lang);
    const [start, end] = period(options.periode, year, lang);
    const seen = new Map<string, string>([[pemda.id.toLowerCase(), pemda.id]]);
    for (const a of agencies) {
        const clash = seen.get(a.id.toLowerCase());
        if (clash) throw new UsageError(cliMessage(lang, 'init.duplicate', { id: a.id, other: clash }));
        seen.set(a.id.toLowerCase(), a.id);
    }
    const files = new Map<string, string>();
    files.set(`${pemda.id.toLowerCase()}.kinerja`, pemdaFile(pemda, start, end));
    for (const a of agencies) files.set(`${a.id.toLowerCase()}.kinerja`, agencyFile(a, pemda, start, end));
    const kinerjaFiles = [...files.keys()];
    files.set('kinerja.config.json', configFile());
    files.set('README.md', readme(pemda, agencies, kinerjaFiles, start));
    const root = resolve(dir);
    const existing = [...files.keys()].filter(name => existsSync(join(root, name)));
    if (existing.length) throw new UsageError(cliMessage(lang, 'init.exists', { dir, files: existing.join(', ') }));
    mkdirSync(root, { recursive: true });
    // `wx`: a file that appeared meanwhile is not overwritten either; on any failure the
    // files written so far are removed, so a workspace is written whole or not at all.
    const written: string[] = [];
    try {
        for (const [name, text] of files) {
            writeFileSync(join(root, name), text, { flag: 'wx' });
            written.push(name);
        }
    } catch (err) {
        for (const name of written) rmSync(join(root, name), { force: true });
        const code = (err as NodeJS.ErrnoException).code ?? '';
        throw new UsageError(cliMessage(lang, 'init.failed', { dir, reason: code === 'EEXIST' ? cliMessage(lang, 'init.appeared') : code || String(err) }));
    }
    return [...files.keys()];
}
