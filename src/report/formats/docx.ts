/**
 * `--format docx`: a written document (document.ts) as a Word file, with the `docx`
 * library: Heading 1–3 styles (Word's navigation pane and table of contents find the
 * chapters), real tables whose header row repeats on every page and whose rows do not
 * split, A4 portrait with the margins of Indonesian government documents (left 3 cm,
 * others 2,5 cm), the page number in the footer, and the signature block kept on one
 * page (a borderless table whose rows do not split, each paragraph kept with the next).
 * The places left for the analyst are italic and highlighted so they are found and
 * replaced. The core properties name kinerja as creator and last editor: that is how
 * `--out` recognises a file it wrote (registry.ts).
 */
import type { Language } from '../../engine/config.js';
import { encodeProvenance, provenanceLine, PROVENANCE_PROPERTY, type Provenance } from '../provenance.js';
import {
    AlignmentType, BorderStyle, Document, Footer, HeadingLevel, Packer, PageBreak, PageNumber, Paragraph, Table, TableCell, TableRow,
    TextRun, WidthType, type ISectionOptions
} from 'docx';
import type { Block, SignatureColumn, WrittenDocument } from './document.js';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const CM = 567;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

function cellParagraph(text: string, options: { bold?: boolean; right?: boolean; keepNext?: boolean; center?: boolean } = {}): Paragraph {
    return new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
        keepNext: options.keepNext, keepLines: options.keepNext,
        children: [new TextRun({ text, bold: options.bold })]
    });
}

function table(b: Extract<Block, { type: 'table' }>): Table {
    const header = new TableRow({
        tableHeader: true, cantSplit: true,
        children: b.header.map(h => new TableCell({ shading: { fill: 'E9E9E9' }, children: [cellParagraph(h, { bold: true, center: true })] }))
    });
    const rows = b.rows.map(r => new TableRow({
        cantSplit: true,
        children: r.map((c, i) => new TableCell({ children: [cellParagraph(c, { right: b.numeric?.[i] })] }))
    }));
    return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

function signatures(b: Extract<Block, { type: 'signatures' }>): Table {
    const keep = { keepNext: true, center: true };
    const column = (c: SignatureColumn) => [
        cellParagraph(c.label, keep), cellParagraph(c.title, keep), cellParagraph('', keep), cellParagraph('', keep), cellParagraph('', keep),
        new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, keepLines: true, children: [new TextRun({ text: c.name, bold: true, underline: {} })] }),
        ...(c.nip ? [cellParagraph(c.nip, keep)] : [])
    ];
    const cell = (children: Paragraph[]) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children });
    return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS,
        rows: [
            new TableRow({ cantSplit: true, children: [cell([cellParagraph('', keep)]), cell([cellParagraph(b.placeDate, keep)])] }),
            new TableRow({ cantSplit: true, children: [cell(column(b.left)), cell(column(b.right))] })
        ]
    });
}

function blockChildren(b: Block): Array<Paragraph | Table> {
    switch (b.type) {
        case 'heading': return [new Paragraph({ heading: HEADINGS[b.level], keepNext: true, children: [new TextRun(b.text)] })];
        case 'paragraph':
            return [new Paragraph({
                alignment: b.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED, spacing: { after: 120 },
                children: [new TextRun({ text: b.text, bold: b.bold })]
            })];
        case 'placeholder':
            return [new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: b.text, italics: true, highlight: 'yellow' })] })];
        case 'table': return [table(b), new Paragraph({ children: [] })];
        case 'signatures': return [new Paragraph({ keepNext: true, children: [] }), signatures(b)];
        case 'pageBreak': return [new Paragraph({ children: [new PageBreak()] })];
    }
}

/** The document as the bytes of a `.docx` file. */
export async function renderDocx(doc: WrittenDocument, options: { creator: string; provenance?: Provenance; lang?: Language }): Promise<Uint8Array> {
    const p = options.provenance;
    // Where it comes from: a line at the end a reader sees, the record in a custom property `kinerja verify` reads.
    const blocks = p ? [...doc.blocks, { type: 'paragraph' as const, text: provenanceLine(p, options.lang ?? 'id') }] : doc.blocks;
    const section: ISectionOptions = {
        properties: {
            page: {
                size: { width: 11906, height: 16838 },
                margin: { top: 2.5 * CM, bottom: 2.5 * CM, left: 3 * CM, right: 2.5 * CM, header: 1.25 * CM, footer: 1.25 * CM }
            }
        },
        footers: {
            default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] })
        },
        children: blocks.flatMap(blockChildren)
    };
    const document = new Document({
        creator: options.creator, lastModifiedBy: options.creator, title: doc.title, description: doc.title,
        styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
        ...(p ? { customProperties: [{ name: PROVENANCE_PROPERTY, value: encodeProvenance(p) }] } : {}),
        sections: [section]
    });
    return new Uint8Array(await Packer.toBuffer(document));
}
