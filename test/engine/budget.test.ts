/**
 * Budgets (src/engine/budget.ts) on nodes built by the real parser and workspace model:
 * absorption (serapan) = cumulative realisation / pagu × 100, programs summing their
 * kegiatan (and kegiatan their subkegiatan) when they have no figure of their own,
 * cumulative quarter values (the latest ≤ q counts), year-level realisations as final
 * figures, pagu 0, and organisation totals.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Exact } from '../../src/common/exact.js';
import { formatPercent, formatRupiah } from '../../src/common/id-number.js';
import {
    budgetChildren, budgetParent, budgetRoots, evaluateBudget, evaluateOrganisationBudget, isBudgetKind, ownSpending,
    type BudgetEvaluation
} from '../../src/engine/budget.js';
import type { NodeInfo, OrganisationInfo, WorkspaceModel } from '../../src/engine/model.js';
import { agency, buildWorkspace } from '../helpers.js';

const BODY = `
    jabatan Kabid "Kepala Bidang" eselon III atasan Kadis
    jabatan Kasi "Kepala Seksi" eselon IV atasan Kabid

    sasaran SS1 "Sasaran strategis" oleh Kadis mendukung Kab.S1

    // own pagu, no own realisation: the realisation is the sum of its kegiatan
    program PA "Program A" oleh Kabid mendukung SS1 {
        pagu 2025 Rp 5.000.000.000
    }
    kegiatan KA1 "Kegiatan A1" oleh Kasi mendukung PA {
        pagu 2025 Rp 2.500.000.000
        realisasi 2025 tw1 Rp 500.000.000
        realisasi 2025 tw2 Rp 1.150.000.000
    }
    kegiatan KA2 "Kegiatan A2" oleh Kasi mendukung PA {
        pagu 2025 Rp 2.000.000.000
        realisasi 2025 tw1 Rp 200.000.000
        realisasi 2025 tw3 Rp 800.000.000
    }

    // no own pagu: pagu and realisation summed from its kegiatan
    program PB "Program B" oleh Kabid mendukung SS1
    kegiatan KB1 "Kegiatan B1" oleh Kasi mendukung PB {
        pagu 2025 Rp 1.000.000.000
        realisasi 2025 tw1 Rp 100.000.000
        realisasi 2025 Rp 600.000.000
    }
    kegiatan KB2 "Kegiatan B2" oleh Kasi mendukung PB {
        pagu 2025 Rp 3.000.000.000
        realisasi 2025 tw1 Rp 300.000.000
    }

    // pagu 0
    program PC "Program C" oleh Kabid mendukung SS1 {
        pagu 2025 Rp 0
        realisasi 2025 tw1 Rp 0
    }

    // subkegiatan under a kegiatan under a program, figures only at the bottom
    program PD "Program D" oleh Kabid mendukung SS1
    kegiatan KD "Kegiatan D" oleh Kasi mendukung PD
    subkegiatan SD1 "Sub kegiatan D1" oleh Kasi mendukung KD {
        pagu 2025 Rp 400.000.000
        realisasi 2025 tw2 Rp 100.000.000
    }
    subkegiatan SD2 "Sub kegiatan D2" oleh Kasi mendukung KD {
        pagu 2025 Rp 600.000.000
        realisasi 2025 tw2 Rp 450.000.000
    }

    // a year-level realisation is final whatever the quarter (spec: DPMPTSP.P02)
    program PE "Program E" oleh Kabid mendukung SS1 {
        pagu 2024 Rp 1.000.000.000
        pagu 2025 Rp 800.000.000
        realisasi 2025 tw1 Rp 100.000.000
        realisasi 2025 Rp 310.000.000
    }

    // own realisation wins over the kegiatan's
    program PF "Program F" oleh Kabid mendukung SS1 {
        pagu 2025 Rp 2.500.000.000
        realisasi 2025 tw2 Rp 1.000.000.000
    }
    kegiatan KF "Kegiatan F" oleh Kasi mendukung PF {
        pagu 2025 Rp 2.500.000.000
        realisasi 2025 tw2 Rp 400.000.000
    }
`;

const SPEC_AGENCY = `instansi Dinsos "Dinas Sosial" {
    pemda Kab
    periode 2021 - 2026
    jabatan Kadis "Kepala Dinas" eselon II
    jabatan Kabid "Kepala Bidang" eselon III atasan Kadis
    jabatan Kasi "Kepala Seksi" eselon IV atasan Kabid

    sasaran SS1 "Sasaran" oleh Kadis mendukung Kab.S1
    program P04 "Program Rehabilitasi Sosial" kode "1.06.04" oleh Kabid mendukung SS1 {
        pagu 2025 Rp 2.500.000.000
    }
    program P05 "Program Perlindungan dan Jaminan Sosial" kode "1.06.05" oleh Kabid mendukung SS1 {
        pagu 2025 Rp 3.200.000.000
    }
    kegiatan K0402 "Rehabilitasi Sosial Dasar" oleh Kasi mendukung P04 {
        pagu 2025 Rp 2.500.000.000
        realisasi 2025 tw1 Rp 500.000.000
        realisasi 2025 tw2 Rp 1.150.000.000
    }
    kegiatan K0501 "Pengelolaan Data Fakir Miskin" oleh Kasi mendukung P05 {
        pagu 2025 Rp 3.200.000.000
        realisasi 2025 tw1 Rp 300.000.000
        realisasi 2025 tw2 Rp 900.000.000
    }
}
`;

const OTHER_AGENCY = `instansi Lain "Dinas Lain" {
    pemda Kab
    jabatan Kadis "Kepala Dinas" eselon II
    program PX "Program X" oleh Kadis {
        pagu 2025 Rp 100.000.000
    }
    // skips the kegiatan level: not a budget child of PX
    subkegiatan SX "Sub kegiatan X" oleh Kadis mendukung PX {
        pagu 2025 Rp 50.000.000
    }
    // a kegiatan supporting two programs counts under the first only
    program PY "Program Y" oleh Kadis
    kegiatan KXY "Kegiatan XY" oleh Kadis mendukung PX, PY {
        pagu 2025 Rp 40.000.000
        realisasi 2025 tw1 Rp 10.000.000
    }
    // a kegiatan of another organisation's program is no budget child either
    kegiatan KY "Kegiatan Y" oleh Kadis mendukung Opd.PA {
        pagu 2025 Rp 70.000.000
        realisasi 2025 Rp 7.000.000
    }
}
`;

const BLOCK_TW3 = `realisasi Opd 2025 tw3 {
    KA1 Rp 1.900.000.000
}
realisasi Dinsos 2025 tw3 {
    K0402 Rp 1.900.000.000
    K0501 Rp 1.350.000.000
}
`;

let model: WorkspaceModel;

function node(id: string): NodeInfo {
    const found = model.nodes.get(id.includes('.') ? id : `Opd.${id}`);
    if (!found) throw new Error(`no node ${id}`);
    return found;
}
function org(id: string): OrganisationInfo {
    return model.organisations.get(id)!;
}
function budget(id: string, year = 2025, q?: number): BudgetEvaluation {
    return evaluateBudget(model, node(id), year, q);
}
const str = (v: Exact | undefined) => v?.toString();
const pct = (v: Exact | undefined) => v?.toRoundedNumber(2);

beforeAll(async () => {
    const ws = await buildWorkspace({
        ...agency(BODY),
        'dinsos.kinerja': SPEC_AGENCY,
        'lain.kinerja': OTHER_AGENCY,
        'realisasi-2025-tw3.kinerja': BLOCK_TW3
    });
    for (const [name, document] of ws.documents) {
        expect(document.parseResult.lexerErrors, name).toEqual([]);
        expect(document.parseResult.parserErrors, name).toEqual([]);
    }
    expect(ws.findings.filter(f => f.code === 'number-format')).toEqual([]);
    model = ws.services.kinerja.WorkspaceModel.get();
});

describe('the spec numbers (2025 up to tw3, tw3 from a block file)', () => {
    it('K0402: 1.900.000.000 / 2.500.000.000 → 76,00%', () => {
        const b = budget('Dinsos.K0402', 2025, 3);
        expect(str(b.pagu)).toBe('2500000000');
        expect(str(b.realisation)).toBe('1900000000');
        expect(str(b.absorption)).toBe('76');
        expect(formatPercent(b.absorption!)).toBe('76,00%');
        expect(b.quarter).toBe(3);
        expect(b.ownPagu).toBe(true);
        expect(b.ownRealisation).toBe(true);
    });
    it('K0501: 1.350.000.000 / 3.200.000.000 → 42,19%', () => {
        const b = budget('Dinsos.K0501', 2025, 3);
        expect(str(b.absorption)).toBe('675/16');
        expect(pct(b.absorption)).toBe(42.19);
        expect(formatPercent(b.absorption!)).toBe('42,19%');
    });
    it('the programs take their kegiatan realisations', () => {
        const p04 = budget('Dinsos.P04', 2025, 3);
        expect(p04.ownPagu).toBe(true);
        expect(p04.ownRealisation).toBe(false);
        expect(formatRupiah(p04.realisation!)).toBe('Rp 1.900.000.000');
        expect(pct(p04.absorption)).toBe(76);
        expect(p04.quarter).toBe(3);
        expect(pct(budget('Dinsos.P05', 2025, 3).absorption)).toBe(42.19);
    });
    it('agency total: 3.250.000.000 / 5.700.000.000 → 57,02%', () => {
        const total = evaluateOrganisationBudget(model, org('Dinsos'), 2025, 3);
        expect(str(total.pagu)).toBe('5700000000');
        expect(str(total.realisation)).toBe('3250000000');
        expect(formatPercent(total.absorption!)).toBe('57,02%');
        expect(total.nodes.map(n => n.node.id)).toEqual(['Dinsos.P04', 'Dinsos.K0402', 'Dinsos.P05', 'Dinsos.K0501']);
    });
    it('a year-level realisation is final (DPMPTSP.P02-like): 310.000.000 / 800.000.000 → 38,75% at any quarter', () => {
        for (const q of [1, 2, 3, 4]) {
            const b = budget('PE', 2025, q);
            expect(str(b.realisation), `tw${q}`).toBe('310000000');
            expect(pct(b.absorption), `tw${q}`).toBe(38.75);
            expect(b.quarter, `tw${q}`).toBeUndefined();
            expect(b.ownRealisation).toBe(true);
        }
    });
});

describe('cumulative quarter values: the latest reported quarter ≤ q counts', () => {
    it('a kegiatan with its own figures at each cut', () => {
        expect(pct(budget('KA1', 2025, 1).absorption)).toBe(20);
        expect(pct(budget('KA1', 2025, 2).absorption)).toBe(46);
        expect(pct(budget('KA1', 2025, 3).absorption)).toBe(76);
        expect(budget('KA1', 2025, 4).quarter).toBe(3);
        expect(pct(budget('KA1', 2025, 4).absorption)).toBe(76);
        expect(pct(budget('KA1', 2025).absorption)).toBe(76);
    });
    it('a quarter not reported falls back to the previous one', () => {
        const tw2 = budget('KA2', 2025, 2);
        expect(str(tw2.realisation)).toBe('200000000');
        expect(tw2.quarter).toBe(1);
        expect(pct(tw2.absorption)).toBe(10);
        expect(pct(budget('KA2', 2025, 3).absorption)).toBe(40);
    });
    it('ownSpending', () => {
        expect(ownSpending(node('KA2'), 2025, 2)).toEqual({ value: Exact.of(200_000_000), quarter: 1 });
        expect(ownSpending(node('KA2'), 2025)).toEqual({ value: Exact.of(800_000_000), quarter: 3 });
        expect(ownSpending(node('PE'), 2025, 1)).toEqual({ value: Exact.of(310_000_000) });
        expect(ownSpending(node('PA'), 2025)).toBeUndefined();
        expect(ownSpending(node('KA1'), 2024)).toBeUndefined();
    });
});

describe('a program without its own realisation sums its kegiatan', () => {
    it('up to tw3: 1.900.000.000 + 800.000.000 against its own pagu 5.000.000.000 → 54', () => {
        const b = budget('PA', 2025, 3);
        expect(b.ownPagu).toBe(true);
        expect(b.ownRealisation).toBe(false);
        expect(str(b.pagu)).toBe('5000000000');
        expect(str(b.realisation)).toBe('2700000000');
        expect(str(b.absorption)).toBe('54');
        expect(b.quarter).toBe(3);
        expect(b.children.map(c => c.node.id)).toEqual(['Opd.KA1', 'Opd.KA2']);
    });
    it('up to tw2: 1.150.000.000 (tw2) + 200.000.000 (tw1) → 27, quarter 2', () => {
        const b = budget('PA', 2025, 2);
        expect(str(b.realisation)).toBe('1350000000');
        expect(str(b.absorption)).toBe('27');
        expect(b.quarter).toBe(2);
    });
    it('up to tw1: 500.000.000 + 200.000.000 → 14', () => {
        expect(str(budget('PA', 2025, 1).absorption)).toBe('14');
    });
    it('its own realisation, when present, wins over the kegiatan', () => {
        const b = budget('PF', 2025, 3);
        expect(b.ownRealisation).toBe(true);
        expect(str(b.realisation)).toBe('1000000000');
        expect(str(b.absorption)).toBe('40');
        expect(b.quarter).toBe(2);
        expect(str(b.children[0].absorption)).toBe('16');
    });
});

describe('a program without its own pagu sums the kegiatan pagu', () => {
    it('pagu 1.000.000.000 + 3.000.000.000; realisation 600.000.000 (final) + 300.000.000 → 22,5', () => {
        for (const q of [1, 3]) {
            const b = budget('PB', 2025, q);
            expect(b.ownPagu).toBe(false);
            expect(b.ownRealisation).toBe(false);
            expect(str(b.pagu)).toBe('4000000000');
            expect(str(b.realisation)).toBe('900000000');
            expect(pct(b.absorption)).toBe(22.5);
            expect(b.quarter).toBe(1);
        }
    });
    it('the kegiatan with a year-level realisation uses it even at tw1', () => {
        const b = budget('KB1', 2025, 1);
        expect(str(b.realisation)).toBe('600000000');
        expect(b.quarter).toBeUndefined();
        expect(str(b.absorption)).toBe('60');
    });
});

describe('subkegiatan under kegiatan under program', () => {
    it('sums both levels up: 550.000.000 / 1.000.000.000 → 55', () => {
        const kd = budget('KD', 2025, 2);
        expect(kd.ownPagu).toBe(false);
        expect(str(kd.pagu)).toBe('1000000000');
        expect(str(kd.realisation)).toBe('550000000');
        expect(str(kd.absorption)).toBe('55');
        expect(kd.children.map(c => [c.node.id, pct(c.absorption)])).toEqual([['Opd.SD1', 25], ['Opd.SD2', 75]]);
        const pd = budget('PD', 2025, 3);
        expect(str(pd.pagu)).toBe('1000000000');
        expect(str(pd.absorption)).toBe('55');
        expect(pd.quarter).toBe(2);
        expect(pd.children.map(c => c.node.id)).toEqual(['Opd.KD']);
    });
    it('before anything is reported: pagu known, realisation and absorption undefined', () => {
        const pd = budget('PD', 2025, 1);
        expect(str(pd.pagu)).toBe('1000000000');
        expect(pd.realisation).toBeUndefined();
        expect(pd.absorption).toBeUndefined();
        expect(pd.quarter).toBeUndefined();
    });
});

describe('not computable', () => {
    it('pagu 0 → absorption undefined (never Infinity or 0)', () => {
        const b = budget('PC', 2025, 1);
        expect(str(b.pagu)).toBe('0');
        expect(str(b.realisation)).toBe('0');
        expect(b.absorption).toBeUndefined();
    });
    it('a year with pagu but no realisation', () => {
        const b = budget('PE', 2024);
        expect(str(b.pagu)).toBe('1000000000');
        expect(b.realisation).toBeUndefined();
        expect(b.absorption).toBeUndefined();
    });
    it('a year with nothing', () => {
        const b = budget('PA', 2023);
        expect(b.pagu).toBeUndefined();
        expect(b.realisation).toBeUndefined();
        expect(b.absorption).toBeUndefined();
    });
});

describe('budget tree', () => {
    it('isBudgetKind', () => {
        expect(['program', 'kegiatan', 'subkegiatan'].map(k => isBudgetKind(k as never))).toEqual([true, true, true]);
        expect(['tujuan', 'sasaran', 'rhk'].map(k => isBudgetKind(k as never))).toEqual([false, false, false]);
    });
    it('budgetParent is exactly one budget level up in the same organisation', () => {
        expect(budgetParent(model, node('KA1'))?.id).toBe('Opd.PA');
        expect(budgetParent(model, node('SD1'))?.id).toBe('Opd.KD');
        expect(budgetParent(model, node('KD'))?.id).toBe('Opd.PD');
        expect(budgetParent(model, node('PA'))).toBeUndefined();          // supports a sasaran
        expect(budgetParent(model, node('SS1'))).toBeUndefined();         // not a budget node
        expect(budgetParent(model, node('Lain.SX'))).toBeUndefined();     // skips a level
        expect(budgetParent(model, node('Lain.KY'))).toBeUndefined();     // other organisation
        expect(budgetParent(model, node('Lain.KXY'))?.id).toBe('Lain.PX'); // the first of two programs
    });
    it('budgetChildren', () => {
        const children = budgetChildren(model);
        expect(children.get('Opd.PA')?.map(n => n.id)).toEqual(['Opd.KA1', 'Opd.KA2']);
        expect(children.get('Opd.KD')?.map(n => n.id)).toEqual(['Opd.SD1', 'Opd.SD2']);
        expect(children.get('Opd.PC')).toBeUndefined();
        expect(children.get('Lain.PX')?.map(n => n.id)).toEqual(['Lain.KXY']);
        expect(children.get('Lain.PY')).toBeUndefined();
        // Gathered once per organisation: asking again gives the same lists.
        expect(budgetChildren(model).get('Opd.PA')).toBe(children.get('Opd.PA'));
    });
    it('budgetRoots', () => {
        expect(budgetRoots(model, org('Opd')).map(n => n.id)).toEqual(['Opd.PA', 'Opd.PB', 'Opd.PC', 'Opd.PD', 'Opd.PE', 'Opd.PF']);
        expect(budgetRoots(model, org('Lain')).map(n => n.id)).toEqual(['Lain.PX', 'Lain.SX', 'Lain.PY', 'Lain.KY']);
        expect(budgetRoots(model, org('Kab'))).toEqual([]);
    });
});

describe('organisation totals (evaluateOrganisationBudget)', () => {
    it('up to tw3: 5.460.000.000 / 13.300.000.000 → 41,05%', () => {
        const total = evaluateOrganisationBudget(model, org('Opd'), 2025, 3);
        expect(str(total.pagu)).toBe('13300000000');
        expect(str(total.realisation)).toBe('5460000000');
        expect(pct(total.absorption)).toBe(41.05);
        expect(total.nodes.map(n => n.node.id)).toEqual([
            'Opd.PA', 'Opd.KA1', 'Opd.KA2', 'Opd.PB', 'Opd.KB1', 'Opd.KB2', 'Opd.PC',
            'Opd.PD', 'Opd.KD', 'Opd.SD1', 'Opd.SD2', 'Opd.PE', 'Opd.PF', 'Opd.KF'
        ]);
    });
    it('up to tw1: 1.910.000.000 / 13.300.000.000 → 14,36%', () => {
        const total = evaluateOrganisationBudget(model, org('Opd'), 2025, 1);
        expect(str(total.realisation)).toBe('1910000000');
        expect(pct(total.absorption)).toBe(14.36);
    });
    it('whole year defaults to tw4', () => {
        const a = evaluateOrganisationBudget(model, org('Opd'), 2025);
        const b = evaluateOrganisationBudget(model, org('Opd'), 2025, 4);
        expect(str(a.absorption)).toBe(str(b.absorption));
        expect(str(a.realisation)).toBe('5460000000');
    });
    it('an organisation without budget nodes has no totals', () => {
        const total = evaluateOrganisationBudget(model, org('Kab'), 2025);
        expect(total.pagu).toBeUndefined();
        expect(total.realisation).toBeUndefined();
        expect(total.absorption).toBeUndefined();
        expect(total.nodes).toEqual([]);
    });
    it('a kegiatan under two programs is counted once', () => {
        const total = evaluateOrganisationBudget(model, org('Lain'), 2025, 1);
        // roots PX (own pagu 100.000.000, realisation 10.000.000 from KXY), SX 50.000.000,
        // PY (nothing), KY 70.000.000 with 7.000.000
        expect(str(total.pagu)).toBe('220000000');
        expect(str(total.realisation)).toBe('17000000');
        expect(pct(total.absorption)).toBe(7.73);
        expect(total.nodes.filter(n => n.node.id === 'Lain.KXY')).toHaveLength(1);
        const py = total.nodes.find(n => n.node.id === 'Lain.PY')!;
        expect(py.pagu).toBeUndefined();
        expect(py.absorption).toBeUndefined();
    });
    it('a year with pagu only has no absorption', () => {
        const total = evaluateOrganisationBudget(model, org('Opd'), 2024);
        expect(str(total.pagu)).toBe('1000000000');
        expect(total.realisation).toBeUndefined();
        expect(total.absorption).toBeUndefined();
    });
});

describe('organisation absorption counts only budget roots with a pagu', () => {
    it('spending without a ceiling does not inflate the absorption', async () => {
        const ws = await buildWorkspace(agency([
            '    program PA "A" oleh Kadis mendukung Kab.S1 {',
            '        pagu 2025 Rp 100',
            '        realisasi 2025 Rp 50',
            '    }',
            '    program PB "B" oleh Kadis mendukung Kab.S1 {',
            '        realisasi 2025 Rp 50',
            '    }'
        ].join('\n')));
        const model = ws.services.kinerja.WorkspaceModel.get();
        const total = evaluateOrganisationBudget(model, model.organisations.get('Opd')!, 2025);
        expect(total.pagu?.toString()).toBe('100');
        expect(total.realisation?.toString()).toBe('50');
        expect(total.absorption?.toRoundedNumber()).toBe(50);
    });
});
