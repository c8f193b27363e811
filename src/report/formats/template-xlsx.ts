/**
 * `kinerja report --kind template --format xlsx`: the fill-in workbook (lembar isian) an
 * office sends to its agencies, one sheet per organisation for one year and period
 * (src/report/kinds/template.ts), which `kinerja import` reads back
 * (src/import/layouts/template.ts; the contract both keep: src/common/fill-in-sheet.ts).
 *
 * - A title block names the organisation, the year and the period and states the
 *   notation of numbers; the header row is repeated on every printed page (A4
 *   landscape, fitted to the page's width).
 * - What the office set (kind, code, names, IKU, unit, responsible position, targets in
 *   force, pagu) is shaded grey and locked; the sheet is protected without a password
 *   (Review → Unprotect Sheet lifts it), so a click cannot change a target by accident.
 *   Targets and pagu are changed in the `.kinerja` files with a revision; the import
 *   refuses a changed one, naming its cell.
 * - What the agency fills in (the row's period, realisation, spending, evidence, notes)
 *   is white and unlocked, with data validation: a decimal with an input message saying
 *   the notation on number cells (a warning, not a stop, so text in Indonesian notation
 *   can still be typed in an English-locale Excel), a list on period cells and on a
 *   qualitative indicator's realisation.
 * - Hidden column A holds each row's key, hidden column B the locked figures as
 *   written; a very hidden sheet `kinerja` marks the workbook as a template.
 */
import type { Exact } from '../../common/exact.js';
import { formatIdNumber } from '../../common/id-number.js';
import {
    encodeFillInKey, FILL_IN_COLUMNS, FILL_IN_KEY_HEADER, FILL_IN_MARKER, FILL_IN_MARKER_SHEET, FILL_IN_READ_ONLY, FILL_IN_VERSION,
    fillInColumn, fillInPeriods, type FillInColumn, type FillInOriginal
} from '../../common/fill-in-sheet.js';
import type { Language } from '../../engine/config.js';
import type { Figure } from '../kinds/common.js';
import type { TemplateData, TemplateSheet } from '../kinds/template.js';
import { monthName, reportText, romanQuarter } from '../messages.js';
import { EXCEL_DIGITS, NUMBER_FORMATS, newWorkbook, sheetName } from './xlsx.js';
import { significantDigits } from './table.js';

export interface TemplateXlsxOptions {
    lang: Language;
    /** `creator` and `lastModifiedBy` of the workbook. */
    creator: string;
    created?: Date;
}

/** The row of the column headers; the title block is above it. */
const HEADER_ROW = 6;
const GREY = 'FFE7E9EE';
const HEADER_FILL = 'FFDDE4EE';
const BORDER = { style: 'thin' as const, color: { argb: 'FFB4BDCB' } };
const ALL_BORDERS = { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER };

const WIDTHS: Record<FillInColumn, number> = {
    key: 30, original: 20, jenis: 12, kode: 14, uraian: 48, iku: 6, satuan: 12, penanggungJawab: 26,
    targetTahunan: 12, targetPeriode: 12, pagu: 18, periode: 9, realisasi: 14, belanja: 18,
    judul: 26, lokasi: 30, analisis: 36, kendala: 36, solusi: 36
};

const TEXTS: readonly FillInColumn[] = ['judul', 'lokasi', 'analisis', 'kendala', 'solusi'];

/** "Triwulan III" / "Juli": the period in words. */
function periodWords(period: string, lang: Language): string {
    const q = /^tw([1-4])$/.exec(period);
    if (q) return reportText(lang, 'period.small.quarter', { quarter: Number(q[1]), roman: romanQuarter(Number(q[1])) });
    const month = ['jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des'].indexOf(period) + 1;
    return monthName(month, lang);
}

/** The sheet's name: `Dinkes TW3`, `Dinkes Jul`. */
function periodTag(period: string): string {
    return /^tw/.test(period) ? period.toUpperCase() : period[0].toUpperCase() + period.slice(1);
}

/** A locked figure as a cell: a number (exact within Excel's 15 digits), else text in Indonesian notation. */
function figureCell(value: Figure | null, upper: Exact | null, rupiah = false): { value: FillInOriginal; numFmt?: string } {
    if (value === null) return { value: null };
    if (typeof value === 'string') return { value };
    if (upper) return { value: `${formatIdNumber(value, { decimals: 12 })} – ${formatIdNumber(upper, { decimals: 12 })}` };
    const decimal = value.toPlainString(12);
    if (significantDigits(decimal) > EXCEL_DIGITS) return { value: rupiah ? `Rp ${formatIdNumber(value, { decimals: 12 })}` : formatIdNumber(value, { decimals: 12 }) };
    const number = Number(decimal);
    return { value: number, numFmt: rupiah ? NUMBER_FORMATS.rupiah : Number.isInteger(number) ? NUMBER_FORMATS.number : '#,##0.##########' };
}

type Worksheet = import('exceljs').Worksheet;

function writeSheet(sheet: Worksheet, data: TemplateData, s: TemplateSheet, lang: Language): void {
    const say = (key: Parameters<typeof reportText>[1], params?: Record<string, string | number>) => reportText(lang, key, params);
    const words = periodWords(data.period, lang);
    const quarterWords = periodWords(`tw${data.quarter}`, lang);
    const periods = fillInPeriods(data.period);
    const last = FILL_IN_COLUMNS.length;
    const col = (c: FillInColumn) => fillInColumn(c) + 1;

    sheet.columns = FILL_IN_COLUMNS.map(c => ({ key: c, width: WIDTHS[c], hidden: c === 'key' || c === 'original' }));
    // The title block.
    const first = col('jenis');
    const line = (row: number, text: string, font: Partial<import('exceljs').Font>, height?: number) => {
        sheet.mergeCells(row, first, row, last);
        const cell = sheet.getCell(row, first);
        cell.value = text;
        cell.font = font;
        cell.alignment = { vertical: 'top', wrapText: true };
        if (height) sheet.getRow(row).height = height;
    };
    line(1, `${say('template.title')} — ${s.organisation.name ?? s.organisation.id}`, { bold: true, size: 14 }, 22);
    line(2, say(s.organisation.kind === 'pemda' ? 'template.pemda' : 'template.agency', { name: s.organisation.name ?? s.organisation.id, id: s.organisation.id }) + (s.pemda && s.organisation.kind !== 'pemda' ? ` · ${s.pemda.name ?? s.pemda.id}` : ''), { bold: true });
    line(3, say('template.period', { year: data.year, period: words, word: data.period }), { bold: true });
    line(4, say('template.notation'), { bold: true, color: { argb: 'FF9C2A00' } });
    line(5, s.rows.length ? say('template.howto') : say('template.empty'), { italic: true, size: 9 }, 36);

    // The header row, with the hidden key column's header that marks the table.
    const header = sheet.getRow(HEADER_ROW);
    const titles: Record<FillInColumn, string> = {
        key: FILL_IN_KEY_HEADER, original: 'nilai-terkunci',
        jenis: say('template.col.jenis'), kode: say('template.col.kode'), uraian: say('template.col.uraian'), iku: say('template.col.iku'),
        satuan: say('template.col.satuan'), penanggungJawab: say('template.col.penanggungJawab'),
        targetTahunan: say('template.col.targetTahunan', { year: data.year }), targetPeriode: say('template.col.targetPeriode', { period: quarterWords }),
        pagu: say('template.col.pagu'), periode: say('template.col.periode'),
        realisasi: say('template.col.realisasi', { period: words }), belanja: say('template.col.belanja', { period: words }),
        judul: say('template.col.judul'), lokasi: say('template.col.lokasi'),
        analisis: say('template.col.analisis'), kendala: say('template.col.kendala'), solusi: say('template.col.solusi')
    };
    FILL_IN_COLUMNS.forEach((c, i) => {
        const cell = header.getCell(i + 1);
        cell.value = titles[c];
        cell.font = { bold: true };
        cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
        cell.border = ALL_BORDERS;
    });
    header.height = 32;

    const numberValidation = {
        type: 'decimal' as const, operator: 'between' as const, formulae: [-1e15, 1e15], allowBlank: true,
        showInputMessage: true, promptTitle: say('template.number.title'), prompt: say('template.number.prompt'),
        showErrorMessage: true, errorStyle: 'warning' as const, errorTitle: say('template.number.title'), error: say('template.number.error')
    };
    const periodValidation = {
        type: 'list' as const, allowBlank: true, formulae: [`"${periods.join(',')}"`],
        showInputMessage: true, promptTitle: say('template.period.title'), prompt: say('template.period.prompt', { periods: periods.join(', ') }),
        showErrorMessage: true, errorStyle: 'stop' as const, errorTitle: say('template.period.title'), error: say('template.period.error', { periods: periods.join(', ') })
    };

    s.rows.forEach((r, index) => {
        const row = sheet.getRow(HEADER_ROW + 1 + index);
        const indicator = r.kind === 'indikator';
        const originals: Record<(typeof FILL_IN_READ_ONLY)[number], ReturnType<typeof figureCell>> = {
            targetTahunan: figureCell(r.annualTarget, r.annualTargetUpper),
            targetPeriode: figureCell(r.periodTarget, r.periodTargetUpper),
            pagu: figureCell(r.pagu, null, true)
        };
        const values: Partial<Record<FillInColumn, FillInOriginal>> = {
            key: encodeFillInKey({ kind: r.kind, organisation: s.organisation.id, id: r.id, year: data.year, period: data.period }),
            original: JSON.stringify(FILL_IN_READ_ONLY.map(c => originals[c].value)),
            jenis: indicator ? say('template.indicator') : say(`node.${r.nodeKind}` as 'node.program'),
            kode: r.code, uraian: r.name ?? r.id, iku: r.key ? 'IKU' : null,
            satuan: r.unit, penanggungJawab: r.owner,
            targetTahunan: originals.targetTahunan.value, targetPeriode: originals.targetPeriode.value, pagu: originals.pagu.value,
            periode: data.period
        };
        const open = new Set<FillInColumn>(['periode', ...TEXTS, ...(indicator ? ['realisasi' as const] : r.pagu ? ['belanja' as const] : [])]);
        FILL_IN_COLUMNS.forEach((c, i) => {
            const cell = row.getCell(i + 1);
            const value = values[c];
            if (value !== undefined && value !== null) cell.value = value;
            if (c === 'targetTahunan' || c === 'targetPeriode' || c === 'pagu') {
                const numFmt = originals[c].numFmt;
                if (numFmt) cell.numFmt = numFmt;
                if (typeof value === 'string') cell.alignment = { horizontal: 'right' };
            }
            cell.border = ALL_BORDERS;
            if (c === 'uraian') cell.alignment = { vertical: 'top', wrapText: true, indent: r.depth * 2 };
            if (TEXTS.includes(c)) cell.alignment = { vertical: 'top', wrapText: true };
            if (c === 'uraian' && !indicator) cell.font = { bold: true };
            if (open.has(c)) {
                cell.protection = { locked: false };
                if (c === 'periode') cell.dataValidation = periodValidation;
                if (c === 'belanja') { cell.numFmt = NUMBER_FORMATS.rupiah; cell.dataValidation = numberValidation; }
                if (c === 'realisasi') {
                    const scale = r.scale;
                    const list = scale ? `"${scale.join(',')}"` : '';
                    // A scale whose words fit a list: chosen from it; otherwise (or numeric) a number.
                    if (scale && list.length <= 255 && scale.every(w => !/[,"]/.test(w))) {
                        cell.dataValidation = {
                            type: 'list', allowBlank: true, formulae: [list], showInputMessage: true,
                            promptTitle: say('template.scale.title'), prompt: say('template.scale.prompt', { words: scale.join(', ') }),
                            showErrorMessage: true, errorStyle: 'stop', errorTitle: say('template.scale.title'), error: say('template.scale.prompt', { words: scale.join(', ') })
                        };
                    } else if (!scale) cell.dataValidation = numberValidation;
                }
            } else if (i >= col('jenis') - 1) {
                cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GREY } };
            }
        });
    });

    sheet.views = [{ state: 'frozen', xSplit: col('uraian'), ySplit: HEADER_ROW, topLeftCell: `${sheet.getColumn(col('iku')).letter}${HEADER_ROW + 1}`, activeCell: `${sheet.getColumn(col('realisasi')).letter}${HEADER_ROW + 1}` }];
    sheet.pageSetup = {
        paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
        margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
        printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`
    };
    sheet.headerFooter = { oddFooter: `&L${s.organisation.id} · ${data.year} ${data.period}&R&P / &N` };
}

/** The fill-in workbook. */
export async function renderTemplateXlsx(data: TemplateData, options: TemplateXlsxOptions): Promise<Uint8Array> {
    const workbook = await newWorkbook(options);
    workbook.title = reportText(options.lang, 'template.title');
    const used = new Set<string>([FILL_IN_MARKER_SHEET]);
    const protections: Array<Promise<void>> = [];
    for (const s of data.sheets) {
        const sheet = workbook.addWorksheet(sheetName(`${s.organisation.id} ${periodTag(data.period)}`, used), {
            pageSetup: { paperSize: 9, orientation: 'landscape' }
        });
        writeSheet(sheet, data, s, options.lang);
        // Without a password: the protection guards against slips, not against the user.
        protections.push(sheet.protect('', {
            selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true
        }));
    }
    const marker = workbook.addWorksheet(FILL_IN_MARKER_SHEET, { state: 'veryHidden' });
    marker.getCell('A1').value = FILL_IN_MARKER;
    marker.getCell('B1').value = FILL_IN_VERSION;
    marker.getCell('A2').value = data.year;
    marker.getCell('B2').value = data.period;
    await Promise.all(protections);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
}

