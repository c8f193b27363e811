/**
 * The index of docs/findings.md, made from the findings' records
 * (src/validation/findings/) and the first paragraph of each finding's page, and the
 * codes `severity` may name in docs/config.schema.json:
 *
 *   npm run docs:findings          writes both
 *
 * test/findings/records.test.ts and test/config-schema.test.ts fail when the files are
 * not what this makes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAMILIES } from '../validation/findings/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const INDEX_FILE = join(ROOT, 'docs', 'findings.md');
export const SCHEMA_FILE = join(ROOT, 'docs', 'config.schema.json');
export const BEGIN = '<!-- findings index: made by `npm run docs:findings` from the records in src/validation/findings/ -->';
export const END = '<!-- end of findings index -->';

/** The first paragraph of a finding's page, on one line (undefined when the page is missing). */
export function pageSummary(code: string): string | undefined {
    let text: string;
    try {
        text = readFileSync(join(ROOT, 'docs', 'findings', `${code}.md`), 'utf8');
    } catch {
        return undefined;
    }
    const paragraphs = text.replace(/\r\n/g, '\n').split(/\n\s*\n/).map(p => p.trim());
    const first = paragraphs.find(p => p && !p.startsWith('#'));
    return first?.replace(/\s*\n\s*/g, ' ');
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The index: a table per family, every code with its default severity, what it finds, and its Indonesian title. */
export function renderFindingsIndex(): string {
    const parts: string[] = [];
    for (const family of FAMILIES) {
        parts.push(`### ${family.title}`, '', `Family \`${family.name}\` (\`src/validation/findings/${family.name}.ts\`).`, '',
            '| code | default | what it finds | ringkasan |', '|---|---|---|---|');
        for (const f of family.findings) {
            parts.push(`| [\`${f.code}\`](findings/${f.code}.md) | ${f.severity} | ${cell(pageSummary(f.code) ?? '(no page yet)')} | ${cell(f.title.id)} |`);
        }
        parts.push('');
    }
    return parts.join('\n');
}

/** docs/findings.md with the index between its markers replaced. */
export function withIndex(file: string): string {
    const start = file.indexOf(BEGIN);
    const end = file.indexOf(END);
    if (start < 0 || end < start) throw new Error(`docs/findings.md has no index markers (${BEGIN} … ${END}).`);
    return `${file.slice(0, start + BEGIN.length)}\n\n${renderFindingsIndex()}\n${file.slice(end)}`;
}

/** docs/config.schema.json with every finding code, in the records' order, as what `severity` may name. */
export function withSeverityCodes(file: string): string {
    const schema = JSON.parse(file) as { properties: { severity: { propertyNames: { enum: string[] } } } };
    schema.properties.severity.propertyNames.enum = FAMILIES.flatMap(family => family.findings.map(f => f.code));
    return `${JSON.stringify(schema, null, 4)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    for (const [file, make, what] of [[INDEX_FILE, withIndex, 'index'], [SCHEMA_FILE, withSeverityCodes, 'finding codes']] as const) {
        const before = readFileSync(file, 'utf8');
        const after = make(before);
        if (after !== before) writeFileSync(file, after);
        process.stderr.write(`${file.slice(ROOT.length + 1).split('\\').join('/')}: ${after === before ? 'already current' : `${what} written`}\n`);
    }
}
