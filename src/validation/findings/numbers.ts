/**
 * `number-format`: every number must be Indonesian notation (decimal comma, dot
 * thousands in groups of three) and every year four digits. The diagnostic carries the
 * replacement text, which the quick fix applies. `invalid-date`: every date must be a
 * day of the calendar (`2025-02-30` is not).
 */
import type { AstNode } from 'langium';
import { MAX_SIGNIFICANT_DIGITS, type ParsedNumber } from '../../common/id-number.js';
import { checkDate } from '../../engine/dates.js';
import { parsedNumber } from '../../engine/model.js';
import type { WorkspaceModel } from '../../engine/model.js';
import type { Model } from '../../language/generated/ast.js';
import { contentsOf } from '../document-contents.js';
import type { FindingReporter } from '../reporter.js';
import { defineFamily, defineFinding } from '../finding-definition.js';

export const NUMBER_FORMAT = defineFinding({
    code: 'number-format',
    severity: 'error',
    title: { id: 'Angka tidak sesuai penulisan Indonesia (ambigu atau salah format)', en: 'Number not in Indonesian notation (ambiguous or malformed)' },
    messages: {
        ambiguous: {
            id: p => `Angka '${p.text}' ambigu: titik hanya untuk pemisah ribuan (kelompok tiga angka) dan desimal memakai koma. Tulis '${p.suggestion}' bila maksudnya desimal.`,
            en: p => `Number '${p.text}' is ambiguous: a dot only separates thousands (groups of three digits) and decimals use a comma. Write '${p.suggestion}' if a decimal is meant.`
        },
        malformed: {
            id: p => `Angka '${p.text}' tidak sesuai format Indonesia (desimal koma, ribuan titik per tiga angka, mis. 1.250.000 atau 19,29).${p.suggestion ? ` Tulis '${p.suggestion}'.` : ''}`,
            en: p => `Number '${p.text}' is not in Indonesian notation (decimal comma, dot thousands in groups of three, e.g. 1.250.000 or 19,29).${p.suggestion ? ` Write '${p.suggestion}'.` : ''}`
        },
        range: {
            id: p => `Angka '${p.text}' di luar jangkauan bahasa kinerja: paling banyak ${p.max} angka penting (mis. Rp 999.999.999.999.999 atau 1.234.567.890,12345), agar perhitungan dan setiap format laporan tetap tepat. Periksa angkanya; nilai ini tidak ikut dihitung.`,
            en: p => `Number '${p.text}' is beyond the range of the kinerja language: at most ${p.max} significant digits (e.g. Rp 999.999.999.999.999 or 1.234.567.890,12345), so that the arithmetic and every report format stay exact. Check the number; it is left out of every computation.`
        },
        year: {
            id: p => `Tahun '${p.text}' harus ditulis dengan empat angka, mis. 2025.`,
            en: p => `Year '${p.text}' must be written with four digits, e.g. 2025.`
        }
    }
});

const MONTHS = {
    id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
    en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
};

export const INVALID_DATE = defineFinding({
    code: 'invalid-date',
    severity: 'error',
    title: { id: 'Tanggal yang tidak ada di kalender', en: 'A date that is not in the calendar' },
    messages: {
        month: {
            id: p => `Tanggal '${p.text}' tidak ada: bulan ${p.month} tidak ada (bulan ditulis 01 sampai 12). Tulis tanggal dengan format TTTT-BB-HH, mis. 2025-01-06.`,
            en: p => `The date '${p.text}' does not exist: there is no month ${p.month} (months are 01 to 12). Write the date as YYYY-MM-DD, e.g. 2025-01-06.`
        },
        day: {
            id: p => `Tanggal '${p.text}' tidak ada: ${p.monthName} ${p.year} hanya ${p.days} hari. Periksa tanggalnya.`,
            en: p => `The date '${p.text}' does not exist: ${p.monthName} ${p.year} has only ${p.days} days. Check the date.`
        }
    }
});

export const numbersFamily = defineFamily({
    name: 'numbers',
    title: 'Numbers and dates',
    findings: [NUMBER_FORMAT, INVALID_DATE],
    check: checkNumbers
});

const YEAR = /^\d{4}$/;

export function checkNumbers(root: Model, _model: WorkspaceModel, reporter: FindingReporter): void {
    const contents = contentsOf(root);
    for (const value of contents.values) checkNumber(value, value.number, parsedNumber(value), reporter);
    for (const statement of contents.yearStatements) checkYear(statement, 'year', statement.year, reporter);
    for (const period of contents.periods) {
        checkYear(period, 'start', period.start, reporter);
        checkYear(period, 'end', period.end, reporter);
    }
    for (const { node, property, text, index } of contents.dates) checkDateText(node, property, text, reporter, index);
}

/** A date the calendar does not have: `invalid-date`, and reports leave it out (engine/dates.ts). */
function checkDateText(node: AstNode, property: string, text: string, reporter: FindingReporter, index?: number): void {
    const checked = checkDate(text);
    if (checked.ok || checked.problem === 'form') return;
    if (checked.problem === 'month') {
        reporter.report(INVALID_DATE, 'month', { text, month: text.slice(5, 7) }, { node, property, index });
    } else {
        reporter.report(INVALID_DATE, 'day', {
            text, monthName: MONTHS[reporter.language][checked.month - 1], year: checked.year, days: checked.days
        }, { node, property, index });
    }
}

function checkNumber(node: AstNode, text: string | undefined, parsed: ParsedNumber | undefined, reporter: FindingReporter): void {
    if (!text || !parsed || parsed.ok) return;
    if (parsed.problem === 'range') {
        reporter.report(NUMBER_FORMAT, 'range', { text, max: MAX_SIGNIFICANT_DIGITS }, { node, property: 'number' });
        return;
    }
    reporter.report(NUMBER_FORMAT, parsed.problem === 'ambiguous' ? 'ambiguous' : 'malformed', { text, suggestion: parsed.suggestion ?? '' }, {
        node, property: 'number',
        data: parsed.suggestion ? { replacement: parsed.suggestion } : undefined
    });
}

function checkYear(node: AstNode, property: string, text: string | undefined, reporter: FindingReporter): void {
    if (!text || YEAR.test(text)) return;
    reporter.report(NUMBER_FORMAT, 'year', { text }, { node, property });
}
