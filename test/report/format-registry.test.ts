/**
 * The report formats' registry (src/report/formats/registry.ts): every format renders
 * each kind, recognises what it wrote (so `--out` replaces it) and nothing another
 * format wrote, and the CLI offers exactly these formats.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateWorkspace } from '../../src/engine/evaluate.js';
import { stampPdfInfo } from '../../src/report/formats/pdf.js';
import { REPORT_FORMATS, type FileHead, type ReportFormatDefinition } from '../../src/report/formats/registry.js';
import { textOf, zipEntries } from '../../src/import/read-zip.js';
import { jsonReport } from '../../src/report/json-report.js';
import { REPORT_KINDS, type ReportData, type ReportKind } from '../../src/report/kinds/index.js';
import { kinerja } from '../cli-run.js';
import { readProvenance } from '../../src/cli/verify.js';
import type { Provenance } from '../../src/report/provenance.js';
import { fixtureReport, loadFixture, writeFixture } from './fixture.js';

let dir: string;
const outputs = new Map<string, Uint8Array>();

/** Every output is rendered with a provenance, as the CLI renders them (src/report/provenance.ts). */
const PROVENANCE: Provenance = {
    generator: 'kinerja 9.9.9', created: '2026-01-01T00:00:00Z', inputs: `sha256:${'ab'.repeat(32)}`, files: 3,
    commit: 'c0ffee'.padEnd(40, '0'), uncommitted: false,
    options: { paths: ['ruang kerja/é'], format: 'html', year: 2025, kind: 'annual', out: 'laporan <1>.html' }
};

/** The first 4 KiB of an output as the --out guard reads it; a zip's core properties and entry names from the whole file. */
async function headOf(bytes: Uint8Array): Promise<FileHead> {
    let core: string | undefined;
    let names: string[] | undefined;
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
        const entries = zipEntries(bytes);
        names = [...entries.keys()];
        core = '';
        for await (const chunk of textOf(bytes, entries.get('docProps/core.xml')!)) core += chunk;
    }
    const head = Buffer.from(bytes).subarray(0, 4096);
    return { bytes: head, text: head.toString('utf8'), zipCoreProperties: () => core, zipNames: () => names };
}

/** Whether the format renders the kind (docx: the agreements; the LKjIP goes its own way, test/report/lkjip.test.ts). */
const takes = (format: ReportFormatDefinition, kind: ReportKind) => !format.kinds || format.kinds.includes(kind);

beforeAll(async () => {
    dir = writeFixture();
    const { session } = await loadFixture(dir);
    const model = session.services.kinerja.WorkspaceModel.get();
    for (const kind of REPORT_KINDS) {
        const data: ReportData = await fixtureReport(dir, kind, { quarter: kind === 'quarterly' ? 3 : undefined });
        const contract = () => jsonReport(evaluateWorkspace(model, session.config, 2025, data.quarter ?? undefined));
        for (const format of REPORT_FORMATS.filter(f => takes(f, kind))) {
            // A PDF needs a browser: printed in the browser suite (test/browser/pdf.test.ts);
            // here the Info dictionary kinerja stamps on what Chromium prints.
            if (format.id === 'pdf') {
                const objects = `%PDF-1.4\n1 0 obj\n<</Title (${kind})\n/Creator (Chromium)\n/Producer (Skia/PDF m156)>>\nendobj\n`;
                outputs.set(`pdf ${kind}`, stampPdfInfo(Buffer.from(objects + 'xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \n'
                    + `trailer\n<</Size 2\n/Info 1 0 R>>\nstartxref\n${objects.length}\n%%EOF`, 'latin1'), 'kinerja 9.9.9', PROVENANCE));
                continue;
            }
            const rendered = await format.render({ data, contract, lang: 'id', version: '9.9.9', provenance: PROVENANCE });
            outputs.set(`${format.id} ${kind}`, typeof rendered === 'string' ? Buffer.from(rendered, 'utf8') : rendered);
        }
    }
});

describe('the report formats registry', () => {
    it('renders every kind in every format that takes it, text or bytes as the entry says', () => {
        expect(REPORT_FORMATS.filter(f => f.kinds).map(f => `${f.id}: ${f.kinds!.join(', ')}`)).toEqual(['docx: agreements']);
    });

    it('renders every kind in every format, text or bytes as the entry says', () => {
        for (const format of REPORT_FORMATS) {
            for (const kind of REPORT_KINDS.filter(k => takes(format, k))) {
                const bytes = outputs.get(`${format.id} ${kind}`)!;
                expect(bytes.length, `${format.id} ${kind}`).toBeGreaterThan(100);
                const isBinary = (bytes[0] === 0x50 && bytes[1] === 0x4b) || Buffer.from(bytes).subarray(0, 5).toString('latin1') === '%PDF-';
                expect(isBinary, `${format.id} ${kind}`).toBe(format.binary);
            }
        }
    });

    it('gives every output but a table (csv) its provenance, which kinerja verify reads back', async () => {
        expect(REPORT_FORMATS.filter(f => f.provenance === false).map(f => f.id)).toEqual(['csv']);
        for (const [name, bytes] of outputs) {
            const format = REPORT_FORMATS.find(f => f.id === name.split(' ')[0])!;
            expect(await readProvenance(bytes), name).toEqual(format.provenance === false ? undefined : PROVENANCE);
        }
    });

    it('recognises each output as its own format and as no other', async () => {
        for (const [name, bytes] of outputs) {
            const head = await headOf(bytes);
            const recognisedBy = REPORT_FORMATS.filter(f => f.recognise(head)).map(f => f.id);
            expect(recognisedBy, name).toEqual([name.split(' ')[0]]);
        }
    });

    it('is what kinerja report --format accepts', () => {
        const help = kinerja(['report', '--help', '--lang', 'en'], dir);
        const choices = /--format <format>[^(]*\(choices: ((?:"[a-z]+"(?:, )?)+)/.exec(help.stdout.replace(/\s+/g, ' '))?.[1];
        expect(choices?.split(', ').filter(Boolean).map(c => c.replace(/"/g, ''))).toEqual(REPORT_FORMATS.map(f => f.id));
    });
});
