/**
 * The fuzzer's own checks, and regressions for what it found.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { createKinerjaServices } from '../src/lsp/kinerja-module.js';
import { commentsOf, registerExtraStages } from '../src/tools/fuzz/stages.js';
import { FuzzPipeline } from '../src/tools/fuzz/pipeline.js';
import { REAL_YEAR_MUTATIONS } from '../src/tools/fuzz/mutations.js';
import { ENTRIES, makeFilesCase, runFilesCase, type FilesCase } from '../src/tools/fuzz/files.js';
import { seededRandom } from '../src/tools/random.js';
import { EmptyFileSystemOnNode } from '../src/validation/node-host.js';

const services = createKinerjaServices(EmptyFileSystemOnNode).Kinerja;

describe('fuzzer', () => {
    it('finds comments with the lexer: "//" inside a string is text, not a comment (seed 20261123, run 69)', () => {
        const text = 'perjanjian Disdik.KasiSD 2025 { pihak-kedua "Kepala Bidang Pembin\\}//aan" } // akhir\n/* blok */';
        expect(commentsOf(services, text)).toEqual(['// akhir', '/* blok */']);
    });

    it('passes that input through every stage, formatting included', async () => {
        registerExtraStages();
        const pipeline = new FuzzPipeline();
        const failure = await pipeline.run({
            files: {
                'perjanjian-2025.kinerja': 'perjanjian Dinkes.Kadis 2025 {\n}\nperjanjian Disdik.KasiSD 2025 { pihak-kedua "Kepala Bidang Pembin\\}//aan Pendidikan Dasar" tempat "Sungai Lendang" ditandatangani 2025-01-10 }'
            },
            bound: 60_000
        });
        expect(failure).toBeUndefined();
    });
});

/** A small workspace with every construct of a real year (after examples/malra of the contract). */
const REAL_YEAR: Record<string, string> = {
    'dinkes.kinerja': `instansi Dinkes "Dinas Kesehatan" {
    pemda Kab
    periode 2024 - 2026
    jabatan Kadis "Kepala Dinas Kesehatan" eselon II {
        pejabat "dr. Sri" sampai 2025-06-30 nip "197203152000032004"
        pejabat "Yohanis" plt sejak 2025-07-01
    }
    jabatan Kasi "Kepala Seksi" eselon IV atasan Kadis
    sasaran SS1 "Sasaran" oleh Kadis mendukung Kab.SD1 {
        indikator IKU1 "Persalinan di fasyankes" utama {
            satuan persen
            target 2025 85 { tw1 80 tw2 82 tw3 84 tw4 85 }
            target 2025 80 { tw3 78 tw4 80 } revisi 2025-07-10 "APBD Perubahan"
            realisasi 2025 { jan 70 feb 75 mar 79 }
            realisasi 2025 s.d. tw3 78,50
            catatan 2025 tw3 { analisis "a" kendala "k" solusi "s" }
            bukti 2025 tw3 "Rekap" "bukti/rekap.csv" terverifikasi 2025-10-01
        }
    }
    kegiatan K1 "Kegiatan" oleh Kasi mendukung SS1 lintas Dinsos.P1 {
        indikator IKK1 "Predikat" { satuan predikat target 2025 "BB" realisasi 2025 "B" }
        indikator IKK2 "Inflasi" { satuan persen arah stabil target 2025 2 - 4 realisasi 2025 5 }
        indikator IKK3 "Stunting" { satuan persen arah turun rasio target 2025 24 realisasi 2025 25 }
        indikator IKK4 "Kepuasan" { satuan "kategori" skala "Kurang" "Baik" target 2025 "Baik" realisasi 2025 tw2 "Baik" }
        pagu 2025 Rp 900.000.000
        pagu 2025 Rp 750.000.000 revisi 2025-08-20 "APBD Perubahan"
        belanja 2025 tw1 Rp 120.000.000
        belanja 2025 { apr Rp 60.000.000 mei Rp 60.000.000 jun Rp 60.000.000 }
    }
}
`,
    'lain.kinerja': `pemda Kab "Kabupaten" { periode 2024 - 2026 sasaran SD1 "Sasaran daerah" }
instansi Dinsos "Dinas Sosial" { pemda Kab periode 2024 - 2026 jabatan Kadis "Kepala" eselon II
    sasaran S1 "S" oleh Kadis mendukung Kab.SD1
    program P1 "P" oleh Kadis mendukung S1 { pagu 2025 Rp 100.000.000 realisasi 2025 s.d. tw1 Rp 10.000.000 }
}
perjanjian Dinkes.Kadis 2025 { pihak-kedua "Bupati" ditandatangani 2025-01-08 perubahan 2025-08-25 }
perjanjian Dinkes.Kasi 2025 { ditandatangani 2025-01-10 }
`
};

describe('the fuzzer\'s mutations of a real year', () => {
    it.each(REAL_YEAR_MUTATIONS.map(m => [m.name, m]))('%s changes a file that has the construct and one that has none, and its mutants pass every stage', async (_name, mutation) => {
        registerExtraStages();
        const pipeline = new FuzzPipeline();
        const examples = join(__dirname, '../examples');
        const part1 = readdirSync(examples).filter(f => f.endsWith('.kinerja')).map(f => readFileSync(join(examples, f), 'utf8')).join('\n');
        for (let run = 1; run <= 3; run++) {
            const rnd = seededRandom(run);
            const files = Object.fromEntries(Object.entries(REAL_YEAR).map(([name, text]) => [name, mutation.apply(text, rnd)]));
            expect(Object.keys(files).some(name => files[name] !== REAL_YEAR[name])).toBe(true);
            expect(mutation.apply(part1, seededRandom(run))).not.toBe(part1);
            // (A time-out under a loaded machine is the test's own time-out to judge, as above.)
            const failure = await pipeline.run({ files, bound: 60_000 });
            expect(failure?.stage === 'time' ? undefined : failure, JSON.stringify(files)).toBeUndefined();
        }
    }, 120_000);
});

describe.runIf(process.platform === 'linux')('the fuzzer\'s file-system cases', () => {
    const examples = join(__dirname, '../examples');
    const corpus = Object.fromEntries(readdirSync(examples).filter(f => f.endsWith('.kinerja')).map(f => [f, readFileSync(join(examples, f), 'utf8')]));

    it('plant every kind of hostile entry, and the command answers each as documented within the bounds', async () => {
        // The first cases of a seed that together plant every kind, and a hostile path given.
        const chosen: FilesCase[] = [];
        const missing = new Set([...ENTRIES.map(e => e.name), 'given']);
        for (let run = 1; missing.size && run <= 400; run++) {
            const c = makeFilesCase(corpus, seededRandom(run));
            if (c.planted.some(p => missing.has(p.entry))) {
                for (const p of c.planted) missing.delete(p.entry);
                chosen.push(c);
            } else {
                rmSync(c.dir, { recursive: true, force: true });
            }
        }
        expect([...missing]).toEqual([]);
        const failures: string[] = [];
        for (const c of chosen) {
            const failure = await runFilesCase(c, 30_000);
            if (failure) failures.push(`${failure.stage}: ${failure.message}`);
        }
        expect(failures).toEqual([]);
    }, 120_000);
});

describe('regressions the fuzzer found', () => {
    it('a realisation against a pagu of Rp 0 goes through checking, every report and formatting (seed 20261124, run 5533)', async () => {
        registerExtraStages();
        const shrunk = [
            'instansi Opd001 {',
            '    program P11 "Program Perdagangan 1.1" kode "1.01.01" oleh Kabid1 mendukung SS3 {',
            '        pagu 2025 Rp 3.100.000.000',
            '    kegiatan K1111 "Kegiatan 1.1.1.1" kode "1.01.01.2.011" oleh Kasi111 mendukung P11 {',
            '        pagu 2025 Rp 0',
            '        realisasi 2025 tw1 Rp 275.000.000'
        ].join('\n');
        // Every pagu zero: the regional overview of the HTML reports has no absorption either.
        const allZero = [
            'instansi Opd "Dinas" {',
            '    jabatan Kadis "Kepala Dinas" eselon II',
            '    program P "Program" oleh Kadis {',
            '        pagu 2025 Rp 0',
            '        realisasi 2025 tw3 Rp 5.000',
            '    }',
            '}'
        ].join('\n');
        for (const text of [shrunk, allZero]) {
            const failure = await new FuzzPipeline().run({ files: { 'program-kegiatan.kinerja': text }, bound: 60_000 });
            expect(failure).toBeUndefined();
        }
    });

    it('the HTML pohon kinerja of a 10 000-level cascade draws only the top of the tree and says so', async () => {
        const { topOfTree, MAX_DIAGRAM_LEVELS } = await import('../src/report/html/tree-diagram.js');
        const nodes = Array.from({ length: 10_000 }, (_, i) => ({ node: { id: `N${i}` } })) as never[];
        const edges = Array.from({ length: 9_999 }, (_, i) => ({ child: `N${i + 1}`, parent: `N${i}` }));
        const { tree, levels } = topOfTree({ organisationId: 'X', nodes, edges });
        expect(levels).toBe(MAX_DIAGRAM_LEVELS);
        expect(tree.nodes).toHaveLength(MAX_DIAGRAM_LEVELS);
        expect(tree.edges).toHaveLength(MAX_DIAGRAM_LEVELS - 1);
    });
});
