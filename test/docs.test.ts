/**
 * The documentation a reader follows: every relative link in README.md and docs/ (in
 * both languages) leads to a file that exists and, with an anchor, to a heading that
 * exists; every ```kinerja example parses, alone or as the statements of the element it
 * is written for (the finding pages' examples are checked against the CLI by
 * test/findings/pages.test.ts, and their mistakes are meant).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { createKinerjaServices } from '../src/lsp/kinerja-module.js';
import { ROOT } from './cli-run.js';
import { EmptyFileSystemOnNode } from '../src/validation/node-host.js';

function markdownFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) return name === 'images' ? [] : markdownFiles(path);
        return name.endsWith('.md') ? [path] : [];
    });
}

const FILES = [join(ROOT, 'README.md'), ...markdownFiles(join(ROOT, 'docs'))];

/** The text outside fenced code blocks (links in code are code). */
function prose(text: string): string {
    return text.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchors of a markdown file's headings (`-1`, `-2` for repeats). */
function anchors(text: string): Set<string> {
    const seen = new Map<string, number>();
    const result = new Set<string>();
    for (const match of text.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
        const slug = match[1].toLowerCase().replace(/<[^>]+>/g, '').replace(/[^\p{L}\p{N}\s_-]/gu, '').trim().replace(/\s/g, '-');
        const count = seen.get(slug) ?? 0;
        seen.set(slug, count + 1);
        result.add(count ? `${slug}-${count}` : slug);
    }
    for (const match of text.matchAll(/<a (?:name|id)="([^"]+)"/g)) result.add(match[1]);
    return result;
}

describe('links in the documentation', () => {
    it.each(FILES.map(f => [relative(ROOT, f), f]))('%s: every relative link leads to a file and a heading that exist', (_name, file) => {
        const text = readFileSync(file, 'utf8');
        const broken: string[] = [];
        for (const match of prose(text).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
            const link = match[1];
            if (/^[a-z]+:/i.test(link)) continue;
            const [path, anchor] = link.split('#');
            const target = path ? resolve(dirname(file), decodeURIComponent(path)) : file;
            if (!existsSync(target)) { broken.push(`${link}: no such file`); continue; }
            if (anchor && target.endsWith('.md') && !anchors(readFileSync(target, 'utf8')).has(anchor)) {
                broken.push(`${link}: no heading #${anchor} in ${relative(ROOT, target)}`);
            }
        }
        expect(broken).toEqual([]);
    });
});

/** How an example that is not a whole file is tried: as the statements of each element. */
const WRAPS: ((body: string) => string)[] = [
    body => body,
    body => `instansi Contoh "Contoh" {\n${body}\n}\n`,
    body => `instansi Contoh "Contoh" {\n    sasaran S "S" {\n${body}\n    }\n}\n`,
    body => `instansi Contoh "Contoh" {\n    sasaran S "S" {\n        indikator Contoh_I "I" {\n${body}\n        }\n    }\n}\n`,
    body => `instansi Contoh "Contoh" {\n    program P "P" {\n${body}\n    }\n}\n`,
    body => `pemda Contoh "Contoh" {\n${body}\n}\n`,
    body => `perjanjian Contoh.Kadis 2025 {\n${body}\n}\n`,
    body => `realisasi Contoh 2025 tw1 {\n${body}\n}\n`
];

const TEMPLATE = /\b(ID|YEAR|VALUE|UPPER|AMOUNT|KIND|UNIT|ORG|PEMDA_ID|SUPERIOR|POSITION|PARENT|INDICATOR|AGENCY)\b|\[(atasan|kode|oleh|mendukung|twN|Rp|-|\{)/;

describe('kinerja examples in the documentation', () => {
    const services = createKinerjaServices(EmptyFileSystemOnNode).Kinerja;
    const parses = (text: string) => {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('memory:///example.kinerja'));
        return document.parseResult.lexerErrors.length === 0 && document.parseResult.parserErrors.length === 0;
    };
    const documented = FILES.filter(f => !f.includes(`${join('docs', 'findings')}/`));

    it.each(documented.map(f => [relative(ROOT, f), f]))('%s: every ```kinerja block parses', (_name, file) => {
        const text = readFileSync(file, 'utf8');
        const failing: string[] = [];
        for (const match of text.matchAll(/^```kinerja\n([\s\S]*?)^```/gm)) {
            // Syntax templates (`target YEAR VALUE [- UPPER]`) are not examples; in examples,
            // `…` stands for what the reader fills in: a title, a block's content, a line.
            if (TEMPLATE.test(match[1])) continue;
            const body = match[1].replace(/"…"/g, '"x"').replace(/\{ … \}/g, '{ }').replace(/^\s*(\/\/ )?….*$/gm, '');
            if (!WRAPS.some(wrap => parses(wrap(body)))) {
                const line = text.slice(0, match.index).split('\n').length;
                failing.push(`line ${line}: ${body.split('\n')[0]}`);
            }
        }
        expect(failing).toEqual([]);
    });
});
