/**
 * Properties of months, `s.d.` figures and belanja (src/engine/series.ts through the
 * model): the same year written three ways evaluates the same. Random data (seeded):
 * - months, and the quarters they make by akumulasi written as quarters;
 * - for jumlah, own quarter figures and the cumulative `s.d.` figures they sum to;
 * - for a budget, `belanja` per quarter and the cumulative `realisasi` they sum to.
 */
import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/common/exact.js';
import { evaluateIndicator } from '../../src/engine/aggregation.js';
import { evaluateBudget } from '../../src/engine/budget.js';
import { defaultConfig } from '../../src/engine/config.js';
import { formatIdNumber } from '../../src/common/id-number.js';
import { seededRandom } from '../../src/tools/random.js';
import { agency, buildWorkspace } from '../helpers.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des'];
const config = defaultConfig();
const id = (x: Exact) => formatIdNumber(x, { decimals: 6 });

interface Year { mode: 'jumlah' | 'terakhir' | 'rata-rata'; months: number[] }

/** Whole months only (every reported quarter complete), so that the quarter form can say the same. */
function randomYear(rnd: () => number): Year {
    const quarters = 1 + Math.floor(rnd() * 4);
    const months = Array.from({ length: quarters * 3 }, () => 1 + Math.floor(rnd() * 200));
    const mode = (['jumlah', 'terakhir', 'rata-rata'] as const)[Math.floor(rnd() * 3)];
    // A quarter's mean written as a quarter must be exact: each quarter sums to a multiple of 3.
    if (mode === 'rata-rata') for (let q = 0; q < quarters; q++) months[q * 3 + 2] += (3 - ((months[q * 3] + months[q * 3 + 1] + months[q * 3 + 2]) % 3)) % 3;
    return { mode, months };
}

function quarterFigure(y: Year, q: number): Exact {
    const m = y.months.slice(q * 3 - 3, q * 3).map(v => Exact.of(v));
    if (y.mode === 'jumlah') return Exact.sum(m);
    if (y.mode === 'terakhir') return m[2];
    return Exact.mean(m)!;
}

function indicator(name: string, y: Year, body: string): string {
    return `        indikator ${name} "i" { satuan orang akumulasi ${y.mode} target 2025 500 { tw1 100 tw2 100 tw3 100 tw4 200 } ${body} }`;
}

describe('a year written three ways evaluates the same (seed 20261205, 60 years)', () => {
    it('months = their quarters; s.d. = the running sums (jumlah); belanja = cumulative realisasi', async () => {
        const rnd = seededRandom(20261205);
        const years = Array.from({ length: 60 }, () => randomYear(rnd));
        const lines: string[] = [];
        years.forEach((y, i) => {
            const quarters = y.months.length / 3;
            lines.push(indicator(`M${i}`, y, `realisasi 2025 { ${y.months.map((v, k) => `${MONTHS[k]} ${v}`).join(' ')} }`));
            lines.push(indicator(`Q${i}`, y, `realisasi 2025 { ${Array.from({ length: quarters }, (_, k) => `tw${k + 1} ${id(quarterFigure(y, k + 1))}`).join(' ')} }`));
            if (y.mode === 'jumlah') {
                let running = Exact.ZERO;
                const cumulative = Array.from({ length: quarters }, (_, k) => { running = running.add(quarterFigure(y, k + 1)); return `realisasi 2025 s.d. tw${k + 1} ${id(running)}`; });
                lines.push(indicator(`C${i}`, y, cumulative.join(' ')));
            }
        });
        const budget: string[] = [];
        years.slice(0, 20).forEach((y, i) => {
            const quarters = y.months.length / 3;
            const spent = Array.from({ length: quarters }, (_, k) => Exact.sum(y.months.slice(k * 3, k * 3 + 3).map(v => Exact.of(v))));
            let running = Exact.ZERO;
            budget.push(`    kegiatan B${i} "b" oleh Kadis mendukung SS1 { pagu 2025 Rp 5.000 ${spent.map((s, k) => `belanja 2025 tw${k + 1} Rp ${id(s)}`).join(' ')} }`);
            budget.push(`    kegiatan R${i} "r" oleh Kadis mendukung SS1 { pagu 2025 Rp 5.000 ${spent.map((s, k) => { running = running.add(s); return `realisasi 2025 tw${k + 1} Rp ${id(running)}`; }).join(' ')} }`);
        });
        const ws = await buildWorkspace(agency(`    sasaran SS1 "s" oleh Kadis mendukung Kab.S1 {\n${lines.join('\n')}\n    }\n${budget.join('\n')}`));
        expect(ws.findings.filter(f => f.code === 'syntax' || f.code === 'number-format').map(f => `${f.line} ${f.message}`)).toEqual([]);
        const model = ws.services.kinerja.WorkspaceModel.get();
        const figures = (name: string, q: number) => {
            const e = evaluateIndicator(model.indicators.get(`Opd.${name}`)!, 2025, config, q);
            const a = (x: typeof e.achievement) => (x.computable ? id(x.value) : x.reason);
            return [e.quarter, e.final, e.realisation && id(e.realisation), e.quarterRealisation && id(e.quarterRealisation), a(e.achievement), a(e.quarterAchievement)];
        };
        years.forEach((y, i) => {
            for (const q of [1, 2, 3, 4]) {
                expect(figures(`M${i}`, q), `M${i} (${y.mode}) tw${q}`).toEqual(figures(`Q${i}`, q));
                if (y.mode === 'jumlah') expect(figures(`C${i}`, q), `C${i} tw${q}`).toEqual(figures(`Q${i}`, q));
            }
        });
        years.slice(0, 20).forEach((_, i) => {
            for (const q of [1, 2, 3, 4]) {
                const [b, r] = [`B${i}`, `R${i}`].map(n => evaluateBudget(model, model.nodes.get(`Opd.${n}`)!, 2025, q));
                expect([b.realisation && id(b.realisation), b.quarter], `B${i} tw${q}`).toEqual([r.realisation && id(r.realisation), r.quarter]);
            }
        });
    });
});
