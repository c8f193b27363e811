/**
 * Synthetic workspaces for benchmarks and fuzzing: `npm run gen -- --agencies N --seed S --out DIR`.
 *
 * Deterministic by seed. Each agency gets a realistic chart (one echelon II head, five
 * echelon III heads of division, four echelon IV heads of section each, two staff per
 * section) and a full cascade with about 200 indicators, quarterly targets and
 * realisations, budgets and agreements, split over files the way analysts split them:
 * the agency and its objectives, programs and activities, staff work plans, the tw3
 * realisation report and the agreements. About one agency in twenty carries a planted
 * fault (an activity behind plan, an overspent budget, a missing agreement, an
 * ambiguous number), so checks have something to find.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Exact } from '../common/exact.js';
import { formatIdNumber } from '../common/id-number.js';
import { seededRandom } from './random.js';

export interface GenerateOptions {
    agencies: number;
    seed: number;
}

export interface GeneratedFile {
    path: string;
    text: string;
}

const n = (x: number, decimals = 0) => formatIdNumber(Exact.of(Number(x.toFixed(decimals))), { decimals });
const rupiah = (x: number) => `Rp ${formatIdNumber(Exact.of(Math.round(x / 1_000_000) * 1_000_000))}`;

const FIELDS = ['Kesehatan', 'Pendidikan', 'Sosial', 'Perhubungan', 'Pertanian', 'Perikanan', 'Pariwisata', 'Perindustrian',
    'Perdagangan', 'Lingkungan Hidup', 'Pekerjaan Umum', 'Perumahan', 'Kependudukan', 'Tenaga Kerja', 'Koperasi', 'Kominfo'];

type Fault = 'none' | 'behind' | 'overspend' | 'pk-missing' | 'number';

export function generateWorkspace(options: GenerateOptions): GeneratedFile[] {
    const rnd = seededRandom(options.seed);
    const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)];
    const files: GeneratedFile[] = [];
    const pemda = 'KabSintetis';
    const regional = Array.from({ length: 8 }, (_, i) => `SD${i + 1}`);
    files.push({
        path: 'pemda.kinerja',
        text: [
            `// Pemerintah daerah sintetis (seed ${options.seed}).`,
            `pemda ${pemda} "Pemerintah Kabupaten Sintetis" {`,
            '    kepala "Bupati Sintetis"',
            '    periode 2021 - 2026',
            '    tujuan TD1 "Meningkatnya kesejahteraan masyarakat"',
            '    tujuan TD2 "Meningkatnya kualitas pelayanan publik"',
            ...regional.flatMap((id, i) => [
                `    sasaran ${id} "Sasaran daerah ${i + 1}" mendukung ${i % 2 ? 'TD2' : 'TD1'} {`,
                `        indikator IKD${i + 1} "Persentase capaian sasaran daerah ${i + 1}" {`,
                '            satuan persen',
                `            target 2024 ${n(60 + i)}`,
                `            target 2025 ${n(62 + i)}`,
                `            realisasi 2024 ${n(60 + i + rnd() * 4, 2)}`,
                '        }',
                '    }'
            ]),
            '}',
            ''
        ].join('\n')
    });
    for (let a = 1; a <= options.agencies; a++) {
        const fault: Fault = a % 20 === 7 ? pick(['behind', 'overspend', 'pk-missing', 'number'] as const) : 'none';
        files.push(...generateAgency(a, pemda, regional, pick(FIELDS), fault, rnd));
    }
    return files;
}

function generateAgency(index: number, pemda: string, regional: string[], field: string, fault: Fault, rnd: () => number): GeneratedFile[] {
    const id = `Opd${String(index).padStart(3, '0')}`;
    const dir = id.toLowerCase();
    const org: string[] = [
        `// Dinas ${field} ${index}: organisasi dan sasaran strategis.`,
        `instansi ${id} "Dinas ${field} ${index}" {`,
        `    pemda ${pemda}`,
        '    periode 2021 - 2026',
        `    jabatan Kadis "Kepala Dinas ${field}" eselon II {`,
        `        pejabat "Pejabat ${index}"`,
        `        nip "19${String(700000000000000 + index).slice(0, 16)}"`,
        '    }'
    ];
    const programs: string[] = [`// Dinas ${field} ${index}: program dan kegiatan.`, `instansi ${id} {`];
    const staffPlans: string[] = [`// Dinas ${field} ${index}: rencana hasil kerja staf.`, `instansi ${id} {`];
    const report: string[] = [`// Realisasi triwulan III 2025 Dinas ${field} ${index}.`, `realisasi ${id} 2025 tw3 {`];
    const agreements: string[] = [`// Perjanjian kinerja 2024 dan 2025 Dinas ${field} ${index}.`];
    const sign = (position: string, level: string) => {
        for (const year of [2024, 2025]) {
            if (fault === 'pk-missing' && position === 'Kabid1' && year === 2025) continue;
            agreements.push(`perjanjian ${id}.${position} ${year} {`, `    pihak-kedua "${level}"`, '    tempat "Sintetis"', `    ditandatangani ${year}-01-06`, '}');
        }
    };
    sign('Kadis', 'Bupati Sintetis');

    const indicator = (name: string, title: string, indent: string, percent: boolean, tw3: 'inline' | 'report', behind = false) => {
        const annual = percent ? 60 + Math.floor(rnd() * 35) : 20 + Math.floor(rnd() * 180);
        const quarters = percent ? [annual * 0.25, annual * 0.5, annual * 0.75, annual] : split(annual, rnd);
        const real = quarters.map(q => q * (0.94 + rnd() * 0.12) * (behind ? 0.6 : 1));
        const r2 = percent ? n(Math.min(real[1], 99), 2) : n(Math.round(real[1]));
        const r3 = percent ? n(Math.min(real[2], 99), 2) : n(Math.round(real[2]));
        const lines = [
            `${indent}indikator ${name} "${title}" {`,
            `${indent}    satuan ${percent ? 'persen' : 'orang'}`,
            `${indent}    target 2024 ${n(annual)}`,
            `${indent}    target 2025 ${n(annual)} { ${quarters.map((q, i) => `tw${i + 1} ${n(q, percent ? 2 : 0)}`).join(' ')} }`,
            `${indent}    realisasi 2024 ${percent ? n(annual * (0.95 + rnd() * 0.05), 2) : n(Math.round(annual * (0.95 + rnd() * 0.2)))}`,
            `${indent}    realisasi 2025 tw1 ${percent ? n(real[0], 2) : n(Math.round(real[0]))}`,
            `${indent}    realisasi 2025 tw2 ${r2}`,
            ...(tw3 === 'inline' ? [`${indent}    realisasi 2025 tw3 ${r3}`] : []),
            `${indent}}`
        ];
        if (tw3 === 'report') report.push(`    ${name} ${r3}`);
        return lines;
    };

    for (let s = 1; s <= 3; s++) {
        org.push(`    sasaran SS${s} "Sasaran strategis ${s} Dinas ${field}" oleh Kadis mendukung ${pemda}.${regional[(index + s) % regional.length]} {`);
        for (let i = 1; i <= 3; i++) org.push(...indicator(`IKU${s}${i}`, `Persentase capaian strategis ${s}.${i}`, '        ', true, 'report'));
        org.push('    }');
    }
    for (let b = 1; b <= 5; b++) {
        const kabid = `Kabid${b}`;
        org.push(`    jabatan ${kabid} "Kepala Bidang ${b}" eselon III atasan Kadis`);
        sign(kabid, `Kepala Dinas ${field}`);
        for (let p = 1; p <= 2; p++) {
            const program = `P${b}${p}`;
            let programPagu = 0;
            const kegiatan: string[] = [];
            for (let k = 1; k <= 2; k++) {
                const kasi = `Kasi${b}${p}${k}`;
                org.push(`    jabatan ${kasi} "Kepala Seksi ${b}.${p}.${k}" eselon IV atasan ${kabid}`);
                sign(kasi, `Kepala Bidang ${b}`);
                for (let s = 1; s <= 2; s++) org.push(`    jabatan Staf${b}${p}${k}${s} "Analis ${b}.${p}.${k}.${s}" staf atasan ${kasi}`);
                for (let g = 1; g <= 2; g++) {
                    const activity = `K${b}${p}${k}${g}`;
                    const pagu = 200_000_000 + Math.floor(rnd() * 30) * 50_000_000;
                    programPagu += pagu;
                    const spent = [0.16, 0.42, 0.67].map(f => pagu * f * (1 + rnd() * 0.1));
                    const overspend = fault === 'overspend' && b === 1 && p === 1 && k === 1 && g === 1;
                    kegiatan.push(
                        `    kegiatan ${activity} "Kegiatan ${b}.${p}.${k}.${g}" kode "1.0${b}.0${p}.2.0${k}${g}" oleh ${kasi} mendukung ${program} {`,
                        ...indicator(`IKK${b}${p}${k}${g}a`, `Jumlah penerima layanan ${b}.${p}.${k}.${g}`, '        ', false, 'report',
                            fault === 'behind' && b === 2 && g === 1),
                        ...indicator(`IKK${b}${p}${k}${g}b`, `Persentase layanan tepat waktu ${b}.${p}.${k}.${g}`, '        ', true, 'inline'),
                        ...indicator(`IKK${b}${p}${k}${g}c`, `Jumlah peserta pembinaan ${b}.${p}.${k}.${g}`, '        ', false, 'report'),
                        `        pagu 2025 ${rupiah(pagu)}`,
                        `        realisasi 2025 tw1 ${rupiah(spent[0])}`,
                        `        realisasi 2025 tw2 ${rupiah(spent[1])}`,
                        '    }'
                    );
                    report.push(`    ${activity} ${rupiah(overspend ? pagu * 1.2 : spent[2])}`);
                    for (let s = 1; s <= 2; s++) {
                        if (g !== s) continue;
                        staffPlans.push(
                            `    rhk R${b}${p}${k}${s} "Rencana hasil kerja ${b}.${p}.${k}.${s}" oleh Staf${b}${p}${k}${s} mendukung ${activity} {`,
                            ...indicator(`IR${b}${p}${k}${s}`, `Jumlah dokumen kerja ${b}.${p}.${k}.${s}`, '        ', false, 'inline'),
                            '    }'
                        );
                    }
                }
            }
            programs.push(
                `    program ${program} "Program ${field} ${b}.${p}" kode "1.0${b}.0${p}" oleh ${kabid} mendukung SS${1 + ((b + p) % 3)} {`,
                ...indicator(`IKP${b}${p}a`, `Persentase keberhasilan program ${b}.${p}`, '        ', true, 'report'),
                ...indicator(`IKP${b}${p}b`, `Indeks kepuasan program ${b}.${p}`, '        ', true, 'inline'),
                `        pagu 2025 ${rupiah(programPagu)}`,
                '    }',
                ...kegiatan
            );
        }
    }
    org.push('}', '');
    programs.push('}', '');
    staffPlans.push('}', '');
    report.push('}', '');
    let reportText = report.join('\n');
    if (fault === 'number') reportText = reportText.replace(/ (\d+),(\d+)\n/, ' $1.$2\n');
    return [
        { path: join(dir, 'organisasi.kinerja'), text: org.join('\n') },
        { path: join(dir, 'program-kegiatan.kinerja'), text: programs.join('\n') },
        { path: join(dir, 'rhk-staf.kinerja'), text: staffPlans.join('\n') },
        { path: join(dir, 'realisasi-2025-tw3.kinerja'), text: reportText },
        { path: join(dir, 'perjanjian-2025.kinerja'), text: agreements.join('\n') + '\n' }
    ];
}

/** Four whole quarter targets adding up to `total`. */
function split(total: number, rnd: () => number): number[] {
    const weights = [1, 1, 1, 1].map(() => 0.8 + rnd() * 0.4);
    const sum = weights.reduce((x, y) => x + y, 0);
    const parts = weights.map(w => Math.floor((total * w) / sum));
    parts[3] = total - parts[0] - parts[1] - parts[2];
    return parts;
}

export function writeWorkspace(files: GeneratedFile[], out: string): void {
    for (const file of files) {
        const path = join(out, file.path);
        mkdirSync(join(path, '..'), { recursive: true });
        writeFileSync(path, file.text);
    }
}
