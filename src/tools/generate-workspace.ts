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
 *
 * A real year (issue 19) in realistic proportions, drawn from a second random stream so
 * that the part-1 figures stay those of the same seed: about 10 % of the indicators have
 * their 2025 target revised once (APBD Perubahan) and 2 % twice, with a PK `perubahan`
 * for every official who owns a revised target or pagu; 20 % report their realisations
 * per month (September in a monthly `realisasi … sep` block for those of the tw3
 * report), 5 % of the `jumlah` ones as `s.d.` running totals; 30 % of the activities enter
 * `belanja` per quarter or month instead of cumulative `realisasi` (never both in one
 * node-year), 10 % have their pagu cut with the program's; the objectives' indicators are
 * IKU (`utama`); each agency has a lower-is-better indicator with its own formula, a
 * SAKIP predikat, and some a `stabil` band or a `skala` of their own; 15 % of the
 * indicators carry a `catatan`, 10 % a `bukti`; a quarter of the heads of agency were
 * succeeded by a Plt, some heads of division by a Plh then a definitive one; programs of
 * every fifth agency work `lintas` with one of the agency before. Evidence is always a
 * URL: generated workspaces also live in memory (the fuzzer, tests), where no file would
 * exist.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Exact } from '../common/exact.js';
import { formatIdNumber } from '../common/id-number.js';
import { seededRandom, type Random } from './random.js';

export interface GenerateOptions {
    agencies: number;
    seed: number;
    /** Write the constructs of a real year (default); `false` gives part 1's workspace of the same seed, unchanged. */
    realYear?: boolean;
}

export interface GeneratedFile {
    path: string;
    text: string;
}

const n = (x: number, decimals = 0) => formatIdNumber(Exact.of(Number(x.toFixed(decimals))), { decimals });
const millions = (x: number) => Math.round(x / 1_000_000) * 1_000_000;
const rupiah = (x: number) => `Rp ${formatIdNumber(Exact.of(millions(x)))}`;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des'];
const ANALYSES = ['Capaian sesuai rencana berkat pendampingan rutin di tingkat kecamatan.',
    'Capaian naik setelah layanan keliling menjangkau desa terpencil.',
    'Capaian sedikit di bawah rencana karena data dari puskesmas terlambat masuk.'];
const OBSTACLES = ['Keterbatasan tenaga teknis di lapangan.', 'Cuaca buruk mengganggu akses ke desa-desa pesisir.',
    'Refocusing anggaran pada APBD Perubahan menunda sebagian kegiatan.'];
const SOLUTIONS = ['Menambah petugas pendamping dari kecamatan.', 'Menjadwalkan ulang kegiatan ke triwulan IV.',
    'Koordinasi lintas perangkat daerah untuk berbagi sarana.'];

const FIELDS = ['Kesehatan', 'Pendidikan', 'Sosial', 'Perhubungan', 'Pertanian', 'Perikanan', 'Pariwisata', 'Perindustrian',
    'Perdagangan', 'Lingkungan Hidup', 'Pekerjaan Umum', 'Perumahan', 'Kependudukan', 'Tenaga Kerja', 'Koperasi', 'Kominfo'];

type Fault = 'none' | 'behind' | 'overspend' | 'pk-missing' | 'number';

export function generateWorkspace(options: GenerateOptions): GeneratedFile[] {
    const rnd = seededRandom(options.seed);
    const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)];
    const files: GeneratedFile[] = [];
    const realYear = options.realYear ?? true;
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
                `        indikator IKD${i + 1} "Persentase capaian sasaran daerah ${i + 1}"${realYear && i < 2 ? ' utama' : ''} {`,
                '            satuan persen',
                `            target 2024 ${n(60 + i)}`,
                `            target 2025 ${n(62 + i)}`,
                `            realisasi 2024 ${n(60 + i + rnd() * 4, 2)}`,
                '        }',
                ...(realYear && i === 1 ? [
                    '        indikator OpiniBPK "Opini BPK atas laporan keuangan pemerintah daerah" utama {',
                    '            satuan opini',
                    '            target 2024 "WTP"',
                    '            target 2025 "WTP"',
                    '            realisasi 2024 "WTP"',
                    '            bukti 2024 "Laporan hasil pemeriksaan BPK atas LKPD 2024" "https://sakip.sintetis.go.id/lhp-bpk-2024.pdf" terverifikasi 2025-06-02',
                    '        }'
                ] : []),
                '    }'
            ]),
            '}',
            ''
        ].join('\n')
    });
    for (let a = 1; a <= options.agencies; a++) {
        const fault: Fault = a % 20 === 7 ? pick(['behind', 'overspend', 'pk-missing', 'number'] as const) : 'none';
        const rx = realYear ? seededRandom((Math.imul(options.seed, 0x2545f491) ^ Math.imul(a, 0x9e3779b1) ^ 0x19) >>> 0) : undefined;
        files.push(...generateAgency(a, pemda, regional, pick(FIELDS), fault, rnd, rx));
    }
    return files;
}

/** `stream`: the random stream of the real-year constructs; without it, part 1's agency only. */
function generateAgency(index: number, pemda: string, regional: string[], field: string, fault: Fault, rnd: () => number, stream?: Random): GeneratedFile[] {
    // Without a real year every share below is drawn as "no".
    const real = stream !== undefined;
    const rx: Random = stream ?? (() => 0.999);
    const id = `Opd${String(index).padStart(3, '0')}`;
    const dir = id.toLowerCase();
    const pickX = <T>(items: readonly T[]) => items[Math.floor(rx() * items.length)];
    const nip = `19${String(700000000000000 + index).slice(0, 16)}`;
    // A quarter of the heads of agency left at the end of March; a Plt acts since April.
    const kadisPlt = real && index % 4 === 1;
    const org: string[] = [
        `// Dinas ${field} ${index}: organisasi dan sasaran strategis.`,
        `instansi ${id} "Dinas ${field} ${index}" {`,
        `    pemda ${pemda}`,
        '    periode 2021 - 2026',
        `    jabatan Kadis "Kepala Dinas ${field}" eselon II {`,
        ...(kadisPlt ? [
            `        pejabat "Pejabat ${index}" sampai 2025-03-31 nip "${nip}"`,
            `        pejabat "Plt Kepala Dinas ${index}" plt sejak 2025-04-01`
        ] : [
            `        pejabat "Pejabat ${index}"`,
            `        nip "${nip}"`
        ]),
        '    }'
    ];
    /** Positions that own a revised target or pagu of 2025: their PK needs a `perubahan`. */
    const amended = new Set<string>();
    const signed: Array<[string, string]> = [];
    const monthly: string[] = [];
    const programs: string[] = [`// Dinas ${field} ${index}: program dan kegiatan.`, `instansi ${id} {`];
    const staffPlans: string[] = [`// Dinas ${field} ${index}: rencana hasil kerja staf.`, `instansi ${id} {`];
    const report: string[] = [`// Realisasi triwulan III 2025 Dinas ${field} ${index}.`, `realisasi ${id} 2025 tw3 {`];
    const agreements: string[] = [`// Perjanjian kinerja 2024 dan 2025 Dinas ${field} ${index}.`];
    const sign = (position: string, level: string) => { signed.push([position, level]); };
    sign('Kadis', 'Bupati Sintetis');

    /** The narrative and evidence of a measured thing (an indicator or a budget node), for a share of them. */
    const narrative = (name: string, indent: string, notes: number, evidence: number, what: string): string[] => {
        const lines: string[] = [];
        if (rx() < notes) {
            lines.push(`${indent}catatan 2025 tw3 {`, `${indent}    analisis "${pickX(ANALYSES)}"`,
                `${indent}    kendala "${pickX(OBSTACLES)}"`, `${indent}    solusi "${pickX(SOLUTIONS)}"`, `${indent}}`);
        }
        if (rx() < evidence) {
            const verified = rx() < 0.5 ? ' terverifikasi 2025-10-10' : '';
            lines.push(`${indent}bukti 2025 tw3 "${what} triwulan III" "https://sakip.sintetis.go.id/${dir}/2025/tw3/${name}.pdf"${verified}`);
        }
        return lines;
    };

    const indicator = (name: string, title: string, indent: string, percent: boolean, tw3: 'inline' | 'report', behind = false,
        owner?: string, iku = false) => {
        const key = real && iku;
        const annual = percent ? 60 + Math.floor(rnd() * 35) : 20 + Math.floor(rnd() * 180);
        const quarters = percent ? [annual * 0.25, annual * 0.5, annual * 0.75, annual] : split(annual, rnd);
        const actual = quarters.map(q => q * (0.94 + rnd() * 0.12) * (behind ? 0.6 : 1));
        const r2 = percent ? n(Math.min(actual[1], 99), 2) : n(Math.round(actual[1]));
        const r3 = percent ? n(Math.min(actual[2], 99), 2) : n(Math.round(actual[2]));
        const r1 = percent ? n(actual[0], 2) : n(Math.round(actual[0]));
        const r2024 = percent ? n(annual * (0.95 + rnd() * 0.05), 2) : n(Math.round(annual * (0.95 + rnd() * 0.2)));
        // The quarter figures as numbers (what the lines below write), for months and running totals.
        const q = [percent ? Number(actual[0].toFixed(2)) : Math.round(actual[0]),
            percent ? Number(Math.min(actual[1], 99).toFixed(2)) : Math.round(actual[1]),
            percent ? Number(Math.min(actual[2], 99).toFixed(2)) : Math.round(actual[2])];
        const style = rx();
        const byMonth = style < 0.2;
        const cumulative = !percent && !byMonth && style < 0.25;
        const realisations: string[] = [];
        if (byMonth) {
            // Months make the quarters by akumulasi: jumlah adds them, terakhir takes the latest.
            const months = q.flatMap(v => percent
                ? [n(v * 0.96, 2), n(v * 0.98, 2), n(v, 2)]
                : (() => { const a = Math.floor(v / 3); const b = Math.floor((v - a) / 2); return [n(a), n(b), n(v - a - b)]; })());
            const written = tw3 === 'report' ? 8 : 9;
            realisations.push(`${indent}    realisasi 2025 { ${months.slice(0, written).map((v, i) => `${MONTHS[i]} ${v}`).join(' ')} }`);
            if (tw3 === 'report') monthly.push(`    ${name} ${months[8]}`);
        } else if (cumulative) {
            realisations.push(`${indent}    realisasi 2025 tw1 ${r1}`, `${indent}    realisasi 2025 s.d. tw2 ${n(q[0] + q[1])}`,
                `${indent}    realisasi 2025 s.d. tw3 ${n(q[0] + q[1] + q[2])}`);
        } else {
            realisations.push(`${indent}    realisasi 2025 tw1 ${r1}`, `${indent}    realisasi 2025 tw2 ${r2}`,
                ...(tw3 === 'inline' ? [`${indent}    realisasi 2025 tw3 ${r3}`] : []));
            if (tw3 === 'report') report.push(`    ${name} ${r3}`);
        }
        // Revised down in the APBD Perubahan (tw3 and tw4 restated so that the plan still
        // makes the year), a few of them again in September (tw4 only).
        const revisions: string[] = [];
        const revision = rx();
        if (revision < 0.1 && !behind) {
            const cut = Math.max(1, Math.round(annual * 0.05));
            const revised = annual - cut;
            const tw3r = percent ? revised * 0.75 : quarters[2] - Math.floor(cut / 2);
            const tw4r = percent ? revised : quarters[3] - Math.ceil(cut / 2);
            const date = pickX(['2025-07-10', '2025-08-14']);
            revisions.push(`${indent}    target 2025 ${n(revised)} { tw3 ${n(tw3r, percent ? 2 : 0)} tw4 ${n(tw4r)} } revisi ${date} "Refocusing anggaran pada APBD Perubahan 2025"`);
            if (revision < 0.02) {
                revisions.push(`${indent}    target 2025 ${n(revised - 1)} { tw4 ${n(tw4r - 1)} } revisi 2025-09-15 "Penyesuaian target setelah evaluasi triwulan III"`);
            }
            if (owner) amended.add(owner);
        }
        const lines = [
            `${indent}indikator ${name} "${title}"${key ? ' utama' : ''} {`,
            `${indent}    satuan ${percent ? 'persen' : 'orang'}`,
            `${indent}    target 2024 ${n(annual)}`,
            `${indent}    target 2025 ${n(annual)} { ${quarters.map((v, i) => `tw${i + 1} ${n(v, percent ? 2 : 0)}`).join(' ')} }`,
            ...revisions,
            `${indent}    realisasi 2024 ${r2024}`,
            ...realisations,
            ...narrative(name, `${indent}    `, 0.15, 0.1, 'Laporan capaian'),
            `${indent}}`
        ];
        return lines;
    };

    /** The indicators of a real year each agency has on its objectives. */
    const special = (s: number): string[] => {
        const i = '        ';
        if (s === 1) {
            const formula = index % 2 ? 'rasio' : 'selisih';
            const t = 20 + Math.floor(rx() * 20);
            return [`${i}indikator IKU${s}9 "Angka kesakitan per 1.000 penduduk" {`, `${i}    satuan "per 1.000 penduduk"`,
                `${i}    arah turun ${formula}`, `${i}    akumulasi terakhir`, `${i}    target 2024 ${n(t + 2)}`, `${i}    target 2025 ${n(t)}`,
                `${i}    realisasi 2024 ${n((t + 2) * (0.97 + rx() * 0.05), 2)}`, `${i}    realisasi 2025 tw1 ${n(t * (0.98 + rx() * 0.04), 2)}`,
                `${i}    realisasi 2025 tw2 ${n(t * (0.98 + rx() * 0.04), 2)}`, `${i}}`];
        }
        if (s === 2) {
            const lines = [`${i}indikator IKU${s}9 "Predikat SAKIP Dinas" utama {`, `${i}    satuan predikat`, `${i}    target 2024 "B"`,
                `${i}    target 2025 "BB"`, `${i}    realisasi 2024 "${pickX(['B', 'BB'])}"`, `${i}}`];
            if (index % 3 === 1) {
                lines.push(`${i}indikator IKU${s}8 "Deviasi harga bahan pokok" {`, `${i}    satuan persen`, `${i}    arah stabil`,
                    `${i}    target 2024 3 - 5`, `${i}    target 2025 2 - 4`, `${i}    realisasi 2024 ${n(3 + rx() * 2, 2)}`,
                    `${i}    realisasi 2025 tw2 ${n(2 + rx() * 2, 2)}`, `${i}}`);
            }
            return lines;
        }
        if (index % 2 === 0) return [];
        return [`${i}indikator IKU${s}9 "Kategori kepuasan masyarakat atas layanan" {`, `${i}    satuan "kategori"`,
            `${i}    skala "Kurang" "Cukup" "Baik" "Sangat Baik"`, `${i}    target 2024 "Baik"`, `${i}    target 2025 "Baik"`,
            `${i}    realisasi 2024 "${pickX(['Baik', 'Sangat Baik'])}"`, `${i}    realisasi 2025 tw2 "Baik"`, `${i}}`];
    };

    for (let s = 1; s <= 3; s++) {
        org.push(`    sasaran SS${s} "Sasaran strategis ${s} Dinas ${field}" oleh Kadis mendukung ${pemda}.${regional[(index + s) % regional.length]} {`);
        for (let i = 1; i <= 3; i++) org.push(...indicator(`IKU${s}${i}`, `Persentase capaian strategis ${s}.${i}`, '        ', true, 'report', false, 'Kadis', true));
        if (real) org.push(...special(s));
        org.push('    }');
    }
    for (let b = 1; b <= 5; b++) {
        const kabid = `Kabid${b}`;
        if (real && b === 2 && index % 2 === 1) {
            // A head of division retired in May; a Plh held the post in June until the new one came.
            org.push(`    jabatan ${kabid} "Kepala Bidang ${b}" eselon III atasan Kadis {`,
                `        pejabat "Kepala Bidang ${b}.${index}" sampai 2025-05-31`,
                `        pejabat "Plh Kepala Bidang ${b}.${index}" plh sejak 2025-06-01 sampai 2025-06-30`,
                `        pejabat "Kepala Bidang Baru ${b}.${index}" sejak 2025-07-01`, '    }');
        } else {
            org.push(`    jabatan ${kabid} "Kepala Bidang ${b}" eselon III atasan Kadis`);
        }
        sign(kabid, `Kepala Dinas ${field}`);
        for (let p = 1; p <= 2; p++) {
            const program = `P${b}${p}`;
            let programPagu = 0;
            let programPaguInForce = 0;
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
                    // Cut by 10 % in the APBD Perubahan (still above what was spent by September).
                    const cut = !overspend && rx() < 0.1;
                    const paguInForce = cut ? pagu - Math.max(50_000_000, Math.round(pagu * 0.1 / 50_000_000) * 50_000_000) : pagu;
                    programPaguInForce += paguInForce;
                    if (cut) amended.add(kasi).add(kabid);
                    // Spending per period (a financial system's export) instead of running totals.
                    const perPeriod = !overspend && rx() < 0.3;
                    const running = spent.map(millions);
                    const own = running.map((v, i) => v - (i ? running[i - 1] : 0));
                    const spending = !perPeriod ? [`        realisasi 2025 tw1 ${rupiah(spent[0])}`, `        realisasi 2025 tw2 ${rupiah(spent[1])}`]
                        : rx() < 0.3
                            ? [`        belanja 2025 { ${own.flatMap((v, i) => {
                                const a = millions(v * 0.3);
                                const c = millions(v * 0.35);
                                return [`${MONTHS[3 * i]} ${rupiah(a)}`, `${MONTHS[3 * i + 1]} ${rupiah(c)}`, `${MONTHS[3 * i + 2]} ${rupiah(v - a - c)}`];
                            }).join(' ')} }`]
                            : own.map((v, i) => `        belanja 2025 tw${i + 1} ${rupiah(v)}`);
                    kegiatan.push(
                        `    kegiatan ${activity} "Kegiatan ${b}.${p}.${k}.${g}" kode "1.0${b}.0${p}.2.0${k}${g}" oleh ${kasi} mendukung ${program} {`,
                        ...indicator(`IKK${b}${p}${k}${g}a`, `Jumlah penerima layanan ${b}.${p}.${k}.${g}`, '        ', false, 'report',
                            fault === 'behind' && b === 2 && g === 1, kasi),
                        ...indicator(`IKK${b}${p}${k}${g}b`, `Persentase layanan tepat waktu ${b}.${p}.${k}.${g}`, '        ', true, 'inline', false, kasi),
                        ...indicator(`IKK${b}${p}${k}${g}c`, `Jumlah peserta pembinaan ${b}.${p}.${k}.${g}`, '        ', false, 'report', false, kasi),
                        `        pagu 2025 ${rupiah(pagu)}`,
                        ...(cut ? [`        pagu 2025 ${rupiah(paguInForce)} revisi 2025-08-20 "APBD Perubahan 2025"`] : []),
                        ...spending,
                        ...narrative(activity, '        ', 0.1, 0.15, 'Laporan realisasi anggaran'),
                        '    }'
                    );
                    if (!perPeriod) report.push(`    ${activity} ${rupiah(overspend ? pagu * 1.2 : spent[2])}`);
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
            // Every fifth agency runs its first program across with the agency before (crosscutting).
            const across = real && index > 1 && index % 5 === 0 && p === 1 && b <= 2 ? ` lintas Opd${String(index - 1).padStart(3, '0')}.P${b}1` : '';
            programs.push(
                `    program ${program} "Program ${field} ${b}.${p}" kode "1.0${b}.0${p}" oleh ${kabid} mendukung SS${1 + ((b + p) % 3)}${across} {`,
                ...indicator(`IKP${b}${p}a`, `Persentase keberhasilan program ${b}.${p}`, '        ', true, 'report', false, kabid),
                ...indicator(`IKP${b}${p}b`, `Indeks kepuasan program ${b}.${p}`, '        ', true, 'inline', false, kabid),
                `        pagu 2025 ${rupiah(programPagu)}`,
                ...(programPaguInForce !== programPagu ? [`        pagu 2025 ${rupiah(programPaguInForce)} revisi 2025-08-20 "APBD Perubahan 2025"`] : []),
                '    }',
                ...kegiatan
            );
        }
    }
    org.push('}', '');
    programs.push('}', '');
    staffPlans.push('}', '');
    report.push('}', '');
    if (monthly.length) report.push(`// Realisasi bulan September 2025 Dinas ${field} ${index}.`, `realisasi ${id} 2025 sep {`, ...monthly, '}', '');
    for (const [position, level] of signed) {
        for (const year of [2024, 2025]) {
            if (fault === 'pk-missing' && position === 'Kabid1' && year === 2025) continue;
            agreements.push(`perjanjian ${id}.${position} ${year} {`, `    pihak-kedua "${level}"`, '    tempat "Sintetis"', `    ditandatangani ${year}-01-06`,
                ...(year === 2025 && amended.has(position) ? ['    perubahan 2025-09-22'] : []), '}');
        }
    }
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
