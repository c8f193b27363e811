/**
 * `kinerja diff` (docs/diff.md) on a scratch git repository written by the test: a base
 * commit, then a commit of covered changes (a target revised with `revisi`, a PK
 * perubahan), a commit of uncovered ones (a target and a pagu edited in place, a row
 * added to a signed agreement, a signed agreement's place edited, an acting official),
 * then one that changes a realisation only. The built CLI runs as users run it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kinerja } from './cli-run.js';

const PEMDA = `pemda Kab "Pemerintah Kabupaten Contoh" {
    kepala "Bupati Contoh"
    periode 2025 - 2029
}
`;

const DISDIK = `instansi Disdik "Dinas Pendidikan" {
    pemda Kab
    periode 2025 - 2029
    jabatan Kadis "Kepala Dinas Pendidikan" eselon II { pejabat "Drs. D" }
    sasaran SS1 "Meningkatnya mutu pendidikan" oleh Kadis {
        indikator IKU1 "Angka partisipasi" { satuan persen target 2025 100 realisasi 2025 90 }
    }
}
perjanjian Disdik.Kadis 2025 { ditandatangani 2025-01-06 }
`;

interface DinkesParts {
    iku1Revision?: string;
    iku2Target?: string;
    iku1Realisation?: string;
    pagu?: string;
    ikp2?: boolean;
    plt?: boolean;
}

function dinkes(p: DinkesParts = {}): string {
    return `instansi Dinkes "Dinas Kesehatan" {
    pemda Kab
    periode 2025 - 2029
    jabatan Kadis "Kepala Dinas Kesehatan" eselon II { pejabat "dr. A" }
    jabatan Kabid "Kepala Bidang Kesehatan Masyarakat" eselon III atasan Kadis {
        pejabat "B"${p.plt ? '\n        pejabat "C" plt sejak 2025-07-01' : ''}
    }
    sasaran SS1 "Meningkatnya derajat kesehatan" oleh Kadis {
        indikator IKU1 "Persentase balita gizi baik" {
            satuan persen
            target 2025 80
${p.iku1Revision ?? ''}            realisasi 2025 ${p.iku1Realisation ?? '76'}
        }
        indikator IKU2 "Persentase persalinan di fasilitas kesehatan" {
            satuan persen
            target 2025 ${p.iku2Target ?? '90'}
            realisasi 2025 81
        }
    }
    program P1 "Program Kesehatan Masyarakat" oleh Kabid mendukung SS1 {
        indikator IKP1 "Persentase puskesmas terakreditasi" { satuan persen target 2025 70 }
${p.ikp2 ? '        indikator IKP2 "Persentase desa sehat" { satuan persen target 2025 60 }\n' : ''}        pagu 2025 ${p.pagu ?? 'Rp 1.000.000.000'}
    }
}
`;
}

function agreements(p: { perubahan?: boolean; tempat?: string } = {}): string {
    return `perjanjian Dinkes.Kadis 2025 { tempat "${p.tempat ?? 'Kota A'}" ditandatangani 2025-01-06${p.perubahan ? ' perubahan 2025-08-01' : ''} }
perjanjian Dinkes.Kabid 2025 { ditandatangani 2025-01-07 }
`;
}

const REVISION = '            target 2025 75 revisi 2025-07-10 "APBD Perubahan"\n';

let repo: string;
const commits: string[] = [];

function git(...args: string[]): string {
    return execFileSync('git', ['-c', 'user.name=Penguji', '-c', 'user.email=penguji@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
}

function write(dir: string, files: Record<string, string>): void {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

const STATES: Array<Record<string, string>> = [
    { 'pemda.kinerja': PEMDA, 'disdik.kinerja': DISDIK, 'dinkes.kinerja': dinkes(), 'perjanjian.kinerja': agreements() },
    // Covered: IKU1 revised, and the PK perubahan that carries it.
    { 'dinkes.kinerja': dinkes({ iku1Revision: REVISION }), 'perjanjian.kinerja': agreements({ perubahan: true }) },
    // Not covered: IKU2 and the pagu edited in place, a row added to Kabid's signed PK, Kadis's signed PK's place edited; and an acting official.
    { 'dinkes.kinerja': dinkes({ iku1Revision: REVISION, iku2Target: '85', pagu: 'Rp 900.000.000', ikp2: true, plt: true }), 'perjanjian.kinerja': agreements({ perubahan: true, tempat: 'Kota B' }) },
    // A realisation only: no plan change, achievement and ranking move.
    { 'dinkes.kinerja': dinkes({ iku1Revision: REVISION, iku2Target: '85', pagu: 'Rp 900.000.000', ikp2: true, plt: true, iku1Realisation: '60' }) }
];

beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'kinerja-diff-test-'));
    git('init', '-q');
    STATES.forEach((files, i) => {
        write(join(repo, 'ws'), files);
        git('add', '-A');
        git('commit', '-q', '-m', `state ${i}`);
        commits.push(git('rev-parse', 'HEAD').trim());
    });
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

interface JsonChange {
    organisation: string; kind: string; change: string; subject: string; year: number | null; period: string | null; field: string;
    old: unknown; new: unknown; covered: boolean | null; coveredBy: { kind: string; date: string; reason: string | null } | null;
    signedAgreements: Array<{ position: string; signed: string }>; amendment: string | null;
}

function diffJson(args: string[], cwd = repo): { a: string; b: string; year: number | null; quarter: number | null; summary: Record<string, number>; changes: JsonChange[]; achievements: unknown[]; ranking: unknown[] } {
    const result = kinerja(['diff', ...args, '--format', 'json'], cwd);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return JSON.parse(result.stdout);
}

describe('kinerja diff between two commits', () => {
    it('lists exactly the covered changes: a target revised with revisi, and the PK perubahan that carries it', () => {
        const diff = diffJson([commits[0], commits[1], 'ws']);
        expect(diff.changes).toEqual([
            {
                organisation: 'Dinkes', kind: 'target', change: 'changed', subject: 'Dinkes.IKU1', title: 'Persentase balita gizi baik', year: 2025, period: 'tahun',
                field: 'revisi 2025-07-10', old: 80, new: 75, covered: true, coveredBy: { kind: 'revisi', date: '2025-07-10', reason: 'APBD Perubahan' },
                signedAgreements: [{ position: 'Dinkes.Kadis', signed: '2025-01-06' }], amendment: '2025-08-01'
            },
            {
                organisation: 'Dinkes', kind: 'agreement', change: 'added', subject: 'Dinkes.Kadis', title: 'Kepala Dinas Kesehatan', year: 2025, period: null,
                field: 'perubahan', old: null, new: '2025-08-01', covered: true, coveredBy: { kind: 'perubahan', date: '2025-08-01', reason: null },
                signedAgreements: [], amendment: null
            }
        ]);
        expect(diff.summary).toEqual({ changes: 2, covered: 2, uncovered: 0, unrevised: 0, na: 0 });
    });

    it('lists exactly the uncovered changes: targets and pagu edited in place, a row added to a signed PK, a signed PK edited, an acting official', () => {
        const diff = diffJson([commits[1], commits[2], 'ws']);
        const brief = diff.changes.map(c => [c.kind, c.subject, c.period, c.field, c.change, c.old, c.new, c.covered, c.signedAgreements.map(s => `${s.position} ${s.signed}`)]);
        expect(brief).toEqual([
            ['target', 'Dinkes.IKU2', 'tahun', 'nilai', 'changed', 90, 85, false, ['Dinkes.Kadis 2025-01-06', 'Dinkes.Kadis 2025-08-01']],
            ['target', 'Dinkes.IKP2', 'tahun', 'nilai', 'added', null, 60, false, ['Dinkes.Kabid 2025-01-07']],
            ['pagu', 'Dinkes.P1', 'tahun', 'nilai', 'changed', 1000000000, 900000000, false, ['Dinkes.Kabid 2025-01-07', 'Dinkes.Kadis 2025-01-06', 'Dinkes.Kadis 2025-08-01']],
            ['agreement', 'Dinkes.Kadis', null, 'tempat', 'changed', 'Kota A', 'Kota B', false, []],
            ['official', 'Dinkes.Kabid', 'C', 'pejabat', 'added', null, 'Plt. sejak 2025-07-01', null, []]
        ]);
        expect(diff.summary).toEqual({ changes: 5, covered: 0, uncovered: 4, unrevised: 2, na: 1 });
    });

    it('a realisation alone is no plan change, and the markdown shows how achievement and ranking move', () => {
        expect(diffJson([commits[2], commits[3], 'ws']).changes).toEqual([]);
        const md = kinerja(['diff', commits[2], commits[3], 'ws', '--format', 'md'], repo);
        expect(md.status).toBe(0);
        expect(md.stdout).toContain('## Perubahan rencana kinerja');
        expect(md.stdout).toContain('Tidak ada perubahan target, pagu, perjanjian kinerja, atau pejabat.');
        // IKU1: 76 against the revised 75 (101,33%), then 60 against 75 (80,00%).
        expect(md.stdout).toContain('### Capaian 2025\n');
        expect(md.stdout).toContain('| Dinkes | Dinkes.IKU1 Persentase balita gizi baik | 101,33% | 80,00% |');
        // Dinkes: mean(101,33; 95,29) = 98,31 → mean(80; 95,29) = 87,65, below Disdik's 90.
        expect(md.stdout).toContain('### Peringkat 2025\n');
        expect(md.stdout).toContain('| Dinkes Dinas Kesehatan | 98,31% | 87,65% | 1 | 2 |');
        expect(md.stdout).toContain('| Disdik Dinas Pendidikan | 90,00% | 90,00% | 2 | 1 |');
        const en = kinerja(['diff', commits[2], commits[3], 'ws', '--format', 'md', '--lang', 'en'], repo);
        expect(en.stdout).toContain('## Plan changes');
        expect(en.stdout).toContain('### Ranking 2025\n');
    });

    it('the text output names each change, old → new, in Indonesian notation, and whether a revision covers it', () => {
        const result = kinerja(['diff', commits[0], commits[2], 'ws'], repo);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('  target Dinkes.IKU1 2025 tahunan (revisi 2025-07-10) diubah: 80 → 75 [tercakup revisi 2025-07-10 "APBD Perubahan"; dimuat PK perubahan Dinkes.Kadis 2025-08-01]\n');
        expect(result.stdout).toContain('  pagu Dinkes.P1 2025 tahunan (nilai awal) diubah: Rp 1.000.000.000 → Rp 900.000.000 [TIDAK tercakup revisi: nilai diubah di tempatnya; PK Dinkes.Kabid ditandatangani 2025-01-07; PK Dinkes.Kadis ditandatangani 2025-01-06]\n');
        const en = kinerja(['diff', commits[0], commits[2], 'ws', '--lang', 'en'], repo);
        expect(en.stdout).toContain('  target Dinkes.IKU2 2025 year (value as first written) changed: 90 → 85 [NOT covered by a revision: the value was edited where it stood; agreement of Dinkes.Kadis signed 2025-01-06]\n');
    });

    it('--fail-on unrevised: exit 1 for a target of a signed agreement changed without a revision, 0 when every change is covered', () => {
        expect(kinerja(['diff', commits[0], commits[1], 'ws', '--fail-on', 'unrevised'], repo).status).toBe(0);
        const failed = kinerja(['diff', commits[1], commits[2], 'ws', '--fail-on', 'unrevised'], repo);
        expect(failed.status).toBe(1);
        expect(failed.stdout).toContain('TIDAK tercakup revisi');
        // Without --fail-on the same diff exits 0.
        expect(kinerja(['diff', commits[1], commits[2], 'ws'], repo).status).toBe(0);
        // The pagu, the signed PK's place and the official are not targets: no failure from them alone.
        expect(kinerja(['diff', commits[2], commits[3], 'ws', '--fail-on', 'unrevised'], repo).status).toBe(0);
    });

    it('json: its shape', () => {
        const diff = diffJson([commits[0], commits[3], 'ws']);
        expect(Object.keys(diff)).toEqual(['a', 'b', 'year', 'quarter', 'summary', 'changes', 'achievements', 'ranking']);
        expect(diff).toMatchObject({ a: commits[0], b: commits[3], year: 2025, quarter: null });
        for (const c of diff.changes) {
            expect(Object.keys(c).sort()).toEqual(['amendment', 'change', 'covered', 'coveredBy', 'field', 'kind', 'new', 'old', 'organisation', 'period', 'signedAgreements', 'subject', 'title', 'year']);
        }
        expect(diff.achievements).toContainEqual({ organisation: 'Dinkes', indicator: 'Dinkes.IKU1', title: 'Persentase balita gizi baik', old: 95, new: 80 });
        expect(diff.ranking).toContainEqual({ organisation: 'Dinkes', title: 'Dinas Kesehatan', oldScore: 92.5, newScore: 87.65, oldRank: 1, newRank: 2 });
    });
});

describe('kinerja diff leaves the repository alone', () => {
    it('the working tree and the index are untouched, and without B the folder as it is now is compared', () => {
        const status = () => git('status', '--porcelain=v2', '--untracked-files=all');
        // A change in the index, one in the working tree only, an untracked file.
        writeFileSync(join(repo, 'ws', 'disdik.kinerja'), DISDIK.replace('target 2025 100', 'target 2025 95'));
        git('add', 'ws/disdik.kinerja');
        writeFileSync(join(repo, 'ws', 'pemda.kinerja'), PEMDA + '// a note\n');
        writeFileSync(join(repo, 'ws', 'baru.kinerja'), '// not committed\n');
        try {
            const before = { status: status(), index: readFileSync(join(repo, '.git', 'index')), files: readdirSync(join(repo, 'ws')).sort(), tmp: readdirSync(tmpdir()).filter(n => n.startsWith('kinerja-diff-') && !repo.endsWith(n)).length };
            const result = kinerja(['diff', 'HEAD', '--format', 'json'], join(repo, 'ws'));
            expect(result.status).toBe(0);
            const diff = JSON.parse(result.stdout) as { changes: JsonChange[] };
            expect(diff.changes.map(c => [c.subject, c.field, c.old, c.new, c.covered])).toEqual([['Disdik.IKU1', 'nilai', 100, 95, false]]);
            expect(kinerja(['diff', commits[0], commits[3], 'ws'], repo).status).toBe(0);
            expect(kinerja(['diff', 'nope', 'HEAD', 'ws'], repo).status).toBe(2);
            expect(status()).toBe(before.status);
            expect(readFileSync(join(repo, '.git', 'index')).equals(before.index)).toBe(true);
            expect(readdirSync(join(repo, 'ws')).sort()).toEqual(before.files);
            // The temporary copies of the revisions are removed.
            expect(readdirSync(tmpdir()).filter(n => n.startsWith('kinerja-diff-') && !repo.endsWith(n)).length).toBe(before.tmp);
        } finally {
            git('reset', '-q', '--hard');
            rmSync(join(repo, 'ws', 'baru.kinerja'), { force: true });
        }
    });
});

describe('kinerja diff of two folders', () => {
    it('compares two folders as two commits', () => {
        const dir = mkdtempSync(join(tmpdir(), 'kinerja-diff-folders-'));
        try {
            write(join(dir, 'lama'), STATES[0]);
            cpSync(join(dir, 'lama'), join(dir, 'baru'), { recursive: true });
            write(join(dir, 'baru'), STATES[1]);
            write(join(dir, 'baru'), STATES[2]);
            const folders = diffJson(['lama', 'baru'], dir);
            const commitsDiff = diffJson([commits[0], commits[2], 'ws']);
            expect(folders.changes).toEqual(commitsDiff.changes);
            expect(folders.changes.length).toBe(7);
            expect(folders).toMatchObject({ a: 'lama', b: 'baru' });
            // Not a git repository: folders still work, revisions do not.
            expect(existsSync(join(dir, '.git'))).toBe(false);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('kinerja diff errors: one message, exit 2', () => {
    it('not a git repository', () => {
        const dir = mkdtempSync(join(tmpdir(), 'kinerja-diff-norepo-'));
        try {
            const result = kinerja(['diff', 'HEAD~1', 'HEAD'], dir);
            expect(result.status).toBe(2);
            expect(result.stdout).toBe('');
            expect(result.stderr).toBe('kinerja: .: bukan folder di dalam repositori git, jadi revisi tidak dapat dibaca; jalankan kinerja diff di dalam repositori (atau sebutkan foldernya sebagai argumen ketiga), atau bandingkan dua folder: kinerja diff FOLDER-LAMA FOLDER-BARU\n');
            expect(kinerja(['diff', 'HEAD~1', 'HEAD', '--lang', 'en'], dir).stderr).toMatch(/^kinerja: \.: is not a folder inside a git repository, so revisions cannot be read; .*\n$/);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('an unknown revision', () => {
        const result = kinerja(['diff', 'v9.9', commits[1], 'ws'], repo);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe('kinerja: v9.9: bukan folder dan bukan revisi yang dikenal git di ws; periksa namanya (git log --oneline, git branch -a), atau ambil dulu cabangnya (git fetch origin)\n');
        expect(result.stderr).not.toMatch(/\bat .*\.c?js/);
        // An option-like name is a name, never an option of git.
        expect(kinerja(['diff', '--', '--output=x', commits[1], 'ws'], repo).status).toBe(2);
        expect(existsSync(join(repo, 'x'))).toBe(false);
    });

    it('a side that does not parse names the file and the side', () => {
        writeFileSync(join(repo, 'ws', 'rusak.kinerja'), 'instansi X {\n');
        git('add', '-A');
        git('commit', '-q', '-m', 'broken');
        try {
            const result = kinerja(['diff', commits[3], 'HEAD', 'ws'], repo);
            expect(result.status).toBe(2);
            expect(result.stderr).toBe("kinerja: HEAD: ws/rusak.kinerja:1:13 tidak dapat dibaca (kesalahan sintaks: Diharapkan '}', tetapi ditemukan akhir berkas.); perbaiki berkas itu di HEAD (kinerja check menunjukkan semua kesalahannya), lalu bandingkan lagi\n");
        } finally {
            git('reset', '-q', '--hard', commits[3]);
        }
    });

    it('a missing folder', () => {
        const result = kinerja(['diff', commits[0], commits[1], 'tidak-ada'], repo);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe('kinerja: tidak-ada: bukan folder; sebutkan folder ruang kerja sebagai argumen ketiga\n');
    });
});

describe('kinerja diff: what each kind of edit gives', () => {
    const A = `instansi Dinsos "Dinas Sosial" {
    periode 2025 - 2029
    jabatan Kadis "Kepala Dinas Sosial" eselon II { pejabat "E" nip "1" }
    jabatan Kabid "Kepala Bidang" eselon III atasan Kadis { pejabat "F" }
    sasaran SS1 "Menurunnya kemiskinan" oleh Kadis {
        indikator I1 "Persentase A" { satuan persen target 2025 80 { tw1 20 tw2 40 tw3 60 tw4 80 } }
        indikator I2 "Indeks B" { satuan indeks arah rentang target 2025 70 - 80 }
        indikator I3 "Persentase C" { satuan persen target 2025 50 target 2025 45 revisi 2025-06-01 "Refocusing" }
    }
    program P1 "Program Perlindungan Sosial" oleh Kabid mendukung SS1 { pagu 2025 Rp 500.000.000 }
}
perjanjian Dinsos.Kadis 2025 { ditandatangani 2025-01-06 }
perjanjian Dinsos.Kabid 2025 { tempat "Kota A" }
`;
    const B = A
        .replace('tw2 40 tw3', 'tw2 45 tw3')
        .replace('target 2025 70 - 80', 'target 2025 70 - 85')
        .replace(' target 2025 45 revisi 2025-06-01 "Refocusing"', '')
        .replace('pagu 2025 Rp 500.000.000 }', 'pagu 2025 Rp 500.000.000 pagu 2025 Rp 450.000.000 revisi 2025-08-20 "APBD Perubahan" }')
        .replace('pejabat "E" nip "1"', 'pejabat "E" nip "2"')
        .replace('pejabat "F" }', 'pejabat "F" sampai 2025-06-30 pejabat "G" plh sejak 2025-07-01 }')
        .replace('perjanjian Dinsos.Kadis 2025 { ditandatangani 2025-01-06 }\n', '')
        .replace('tempat "Kota A"', 'tempat "Kota B"');

    it('quarters, ranges, revisions removed and added, officials, agreements signed and not', () => {
        const dir = mkdtempSync(join(tmpdir(), 'kinerja-diff-kinds-'));
        try {
            write(join(dir, 'a'), { 'dinsos.kinerja': A });
            write(join(dir, 'b'), { 'dinsos.kinerja': B });
            const diff = diffJson(['a', 'b'], dir);
            expect(diff.changes.map(c => [c.kind, c.subject, c.period, c.field, c.change, c.old, c.new, c.covered, c.coveredBy?.date ?? null])).toEqual([
                ['target', 'Dinsos.I1', 'tw2', 'nilai', 'changed', 40, 45, false, null],
                ['target', 'Dinsos.I2', 'tahun', 'nilai', 'changed', { value: 70, upper: 80 }, { value: 70, upper: 85 }, false, null],
                ['target', 'Dinsos.I3', 'tahun', 'revisi 2025-06-01', 'removed', 45, null, false, null],
                ['pagu', 'Dinsos.P1', 'tahun', 'revisi 2025-08-20', 'changed', 500000000, 450000000, true, '2025-08-20'],
                ['agreement', 'Dinsos.Kadis', null, 'perjanjian', 'removed', '2025-01-06', null, false, null],
                ['agreement', 'Dinsos.Kabid', null, 'tempat', 'changed', 'Kota A', 'Kota B', null, null],
                ['official', 'Dinsos.Kadis', 'E', 'nip', 'changed', '1', '2', null, null],
                ['official', 'Dinsos.Kabid', 'F', 'sampai', 'added', null, '2025-06-30', null, null],
                ['official', 'Dinsos.Kabid', 'G', 'pejabat', 'added', null, 'Plh. sejak 2025-07-01', null, null]
            ]);
            // The signed agreement was removed in B, but it was signed in A: I1–I3 are targets of a signed agreement.
            expect(diff.summary.unrevised).toBe(3);
            const md = kinerja(['diff', 'a', 'b', '--format', 'md'], dir);
            expect(md.stdout).toContain('| target | Dinsos.I2 Indeks B | 2025 | tahunan | nilai awal (diubah) | 70 – 80 | 70 – 85 | **TIDAK tercakup revisi: nilai diubah di tempatnya; PK Dinsos.Kadis ditandatangani 2025-01-06** |');
            expect(md.stdout).toContain('| pagu | Dinsos.P1 Program Perlindungan Sosial | 2025 | tahunan | revisi 2025-08-20 (diubah) | Rp 500.000.000 | Rp 450.000.000 | tercakup revisi 2025-08-20 &quot;APBD Perubahan&quot; |');
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
