/**
 * The workspace generator (benchmarks S/M/L, the fuzzer's corpus): part 1's workspace of a
 * seed stays what it was, and a real year's constructs come in realistic proportions
 * without mistakes a planner would not make.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateWorkspace, writeWorkspace, type GeneratedFile } from '../src/tools/generate-workspace.js';
import { SIZES } from '../src/tools/sizes.js';
import { kinerja, ROOT } from './cli-run.js';

const all = (files: GeneratedFile[]) => files.map(f => f.text).join('\n');
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe('the generated workspace', () => {
    const M = generateWorkspace({ agencies: SIZES.M, seed: 1 });
    const text = all(M);

    it('without a real year is part 1 of the same seed: no construct of part 2', () => {
        const part1 = all(generateWorkspace({ agencies: 5, seed: 1, realYear: false }));
        expect(part1).not.toMatch(/\b(revisi|belanja|utama|catatan|bukti|lintas|perubahan|plt|plh|sejak|sampai|stabil|skala|predikat|opini|s\.d\.)\b|\{ jan /);
        // The real year adds to part 1 and keeps its figures: every part-1 target line is still there.
        const real = all(generateWorkspace({ agencies: 5, seed: 1 }));
        const targets = (t: string) => t.split('\n').filter(l => /^\s*target 2025 [\d.,]+ \{ tw1/.test(l));
        expect(targets(real)).toEqual(targets(part1));
    });

    it('writes every construct of a real year in realistic proportions (M)', () => {
        const indicators = count(text, /^\s*indikator /gm);
        const kegiatan = count(text, /^\s*kegiatan /gm);
        const share = (n: number, of: number) => n / of;
        expect(share(count(text, /^\s*target 2025 .* revisi /gm) - count(text, /revisi 2025-09-15/g), indicators)).toBeGreaterThan(0.07);
        expect(share(count(text, /^\s*target 2025 .* revisi /gm) - count(text, /revisi 2025-09-15/g), indicators)).toBeLessThan(0.13);
        expect(count(text, /revisi 2025-09-15/g)).toBeGreaterThan(0.01 * indicators);
        expect(share(count(text, /realisasi 2025 \{ jan /g), indicators)).toBeGreaterThan(0.15);
        expect(share(count(text, /realisasi 2025 \{ jan /g), indicators)).toBeLessThan(0.25);
        expect(count(text, /realisasi 2025 s\.d\. tw3/g)).toBeGreaterThan(0.02 * indicators);
        expect(count(text, /^realisasi Opd\d+ 2025 sep \{/gm)).toBe(SIZES.M);
        const spendingPerPeriod = count(text, /belanja 2025 (tw1|\{ jan)/g);
        expect(share(spendingPerPeriod, kegiatan)).toBeGreaterThan(0.2);
        expect(share(spendingPerPeriod, kegiatan)).toBeLessThan(0.4);
        expect(count(text, /belanja 2025 \{ jan/g)).toBeGreaterThan(0);
        expect(share(count(text, /^\s*pagu 2025 .* revisi /gm), kegiatan)).toBeGreaterThan(0.05);
        expect(share(count(text, / utama \{/g), indicators)).toBeGreaterThan(0.04);
        expect(share(count(text, / utama \{/g), indicators)).toBeLessThan(0.07);
        for (const construct of [/arah stabil/, /arah turun rasio/, /arah turun selisih/, /satuan predikat/, /satuan opini/, /skala "Kurang"/,
            / plt sejak /, / plh sejak /, / lintas Opd\d+\.P\d+/, /perubahan 2025-09-22/, /terverifikasi 2025-10-10/]) {
            expect(text).toMatch(construct);
        }
        expect(share(count(text, /^\s*catatan 2025/gm), indicators)).toBeGreaterThan(0.1);
        expect(share(count(text, /^\s*bukti 2025/gm), indicators)).toBeGreaterThan(0.05);
    });

    it('never mixes belanja with cumulative realisations in one node-year, in the node or in a realisation block', () => {
        const reported = new Set([...text.matchAll(/^realisasi (Opd\d+) 2025 tw3 \{([^}]*)\}/gm)]
            .flatMap(m => m[2].split('\n').map(l => l.trim().split(' ')[0]).filter(Boolean).map(item => `${m[1]}.${item}`)));
        const mixed: string[] = [];
        for (const file of M.filter(f => f.path.endsWith('program-kegiatan.kinerja'))) {
            const agency = file.text.match(/^instansi (\w+)/m)![1];
            for (const block of file.text.split(/\n(?=    (?:kegiatan|program) )/)) {
                const name = block.match(/^ {4}(?:kegiatan|program) (\w+)/)?.[1];
                if (!name || !/\n {8}belanja /.test(block)) continue;
                if (/\n {8}realisasi 2025/.test(block) || reported.has(`${agency}.${name}`)) mixed.push(`${agency}.${name}`);
            }
        }
        expect(mixed).toEqual([]);
    });

    it('gives every official owning a revised target or pagu a PK perubahan after the revision', () => {
        const missing: string[] = [];
        for (const file of M.filter(f => /(organisasi|program-kegiatan)\.kinerja$/.test(f.path))) {
            const agency = file.text.match(/^instansi (\w+)/m)![1];
            const agreements = M.find(f => f.path.startsWith(`${agency.toLowerCase()}/perjanjian`))!.text;
            for (const node of file.text.split(/\n(?=    (?:sasaran|program|kegiatan) )/)) {
                const owner = node.match(/ oleh (\w+)/)?.[1];
                if (!owner || !/ revisi 2025-/.test(node)) continue;
                const pk = agreements.match(new RegExp(`perjanjian ${agency}\\.${owner} 2025 \\{[^}]*\\}`))?.[0];
                if (pk && !/perubahan 2025-09-22/.test(pk)) missing.push(`${agency}.${owner}`);
            }
        }
        expect(missing).toEqual([]);
        // Every revision is dated before the amendment.
        expect([...text.matchAll(/revisi (2025-\d\d-\d\d)/g)].filter(m => m[1] > '2025-09-22')).toEqual([]);
    });

    it('names evidence by URL only (generated workspaces also live in memory, where no file exists)', () => {
        const locations = [...text.matchAll(/^\s*bukti \d{4}(?: \w+)? "[^"]*" "([^"]*)"/gm)].map(m => m[1]);
        expect(locations.length).toBeGreaterThan(100);
        expect(locations.filter(l => !/^https:\/\//.test(l))).toEqual([]);
    });
});

describe('the generated S workspace checked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kinerja-gen-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const files = generateWorkspace({ agencies: SIZES.S, seed: 1 });
    writeWorkspace(files, dir);

    it('has no error, and only the warnings part 1 had', () => {
        const result = kinerja(['check', dir, '--format', 'json', '--lang', 'en']);
        const left = JSON.parse(result.stdout).diagnostics as Array<{ file: string; line: number; code: string; severity: string; message: string }>;
        expect(left.filter(d => d.severity === 'error')).toEqual([]);
        expect([...new Set(left.map(d => d.code))]).toEqual(['cascade-uncovered']);
        expect(left.length).toBeLessThanOrEqual(5);
    }, 60_000);
});
