/**
 * Hostile inputs (src/tools/hostile-inputs.ts, seeded): random tokens of the grammar,
 * stray characters, unclosed comments. Each file gives at most MAX_SYNTAX_ERRORS syntax
 * findings and one saying there are too many, with the fast path and with Langium's
 * parser alone (KINERJA_PARSER=langium). Before the limit, Chevrotain's error recovery
 * overflowed the stack on such a file (it calls a repetition again for each error it
 * recovers from inside it), and unclosed comments took time in the square of their
 * number. Sizes here keep the test fast; `npm run bench:hostile` measures the full ones.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MAX_SYNTAX_ERRORS } from '../../src/language/parser/syntax-limit.js';
import { blockCommentMatcher } from '../../src/language/parser/token-builder.js';
import { grammarKeywords, randomTokens, strayCharacters, unclosedComments } from '../../src/tools/hostile-inputs.js';
import { seededRandom } from '../../src/tools/random.js';
import { kinerja } from '../cli-run.js';
import { buildWorkspace, type Finding } from '../helpers.js';

const keywords = grammarKeywords();
const TOO_MANY = `Terlalu banyak kesalahan sintaks: ${MAX_SYNTAX_ERRORS} yang pertama sudah ditampilkan, dan teks mulai dari sini tidak dibaca. Perbaiki kesalahan di atas, lalu periksa lagi.`;

const previous = process.env.KINERJA_PARSER;
afterEach(() => {
    if (previous === undefined) delete process.env.KINERJA_PARSER; else process.env.KINERJA_PARSER = previous;
});

/** The syntax findings are the first MAX_SYNTAX_ERRORS, then the one saying there are too many, last in the file. */
function expectBounded(findings: Finding[]): Finding {
    const syntax = findings.filter(f => f.code === 'syntax');
    expect(syntax).toHaveLength(MAX_SYNTAX_ERRORS + 1);
    const last = syntax.at(-1)!;
    expect(last.message).toBe(TOO_MANY);
    expect(syntax.filter(f => f.message === TOO_MANY)).toHaveLength(1);
    for (const f of syntax.slice(0, -1)) expect(f.line * 1e6 + f.column).toBeLessThanOrEqual(last.line * 1e6 + last.column);
    return last;
}

describe.each(['fast path', 'langium'])('with the %s parser', parser => {
    const use = () => { if (parser === 'langium') process.env.KINERJA_PARSER = 'langium'; else delete process.env.KINERJA_PARSER; };

    it('300 000 random tokens of the grammar: no stack overflow, 100 syntax findings and one saying there are too many', async () => {
        use();
        const text = randomTokens(keywords, 300_000, 20261205);
        const ws = await buildWorkspace({ 'acak.kinerja': text });
        const last = expectBounded(ws.findings);
        // It stands where reading stopped: early in the file, not at its end.
        expect(last.line).toBeLessThan(text.split('\n').length / 10);
    }, 60_000);

    it('stray characters: the lexer stops at its error number 101 too', async () => {
        use();
        const ws = await buildWorkspace({ 'acak.kinerja': strayCharacters(50_000, 7) });
        expectBounded(ws.findings);
        expect(ws.findings.filter(f => f.code === 'syntax')[0].message).toMatch(/^Karakter tidak dikenal '[^']+'\. Hapus/);
    }, 60_000);

    it('100 000 unclosed comments: linear, and the message says to close the comment', async () => {
        use();
        const ws = await buildWorkspace({ 'komentar.kinerja': unclosedComments(100_000) });
        expectBounded(ws.findings);
        expect(ws.findings[0].message).toBe("Komentar '/*' tidak ditutup. Tutup dengan '*/', atau tulis komentar satu baris dengan '//'.");
    }, 60_000);

    it('a file with fewer errors than the limit shows them all and says nothing more', async () => {
        use();
        const body = Array.from({ length: MAX_SYNTAX_ERRORS }, (_, i) => `    jabatan J${i} "J" eselon`).join('\n');
        const ws = await buildWorkspace({ 'opd.kinerja': `instansi Opd "Dinas" {\n${body}\n}` });
        const syntax = ws.findings.filter(f => f.code === 'syntax');
        expect(syntax.length).toBeLessThanOrEqual(MAX_SYNTAX_ERRORS);
        expect(syntax.some(f => f.message === TOO_MANY)).toBe(false);
    });
});

describe('kinerja check on 800 000 random tokens (4,6 MB)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kinerja-hostile-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));
    writeFileSync(join(folder, 'acak.kinerja'), randomTokens(keywords, 800_000, 20261205));

    // Before the limit: "internal error: RangeError: Maximum call stack size exceeded", exit 70, after 23 s.
    it.each(['fast path', 'langium'])('with the %s parser: exit 1, 100 syntax findings and the one saying there are too many', parser => {
        const run = kinerja(['check', 'acak.kinerja'], folder, { KINERJA_PARSER: parser === 'langium' ? 'langium' : undefined });
        expect(run.stderr).not.toMatch(/internal error|RangeError/);
        expect(run.status).toBe(1);
        const syntax = run.stdout.split('\n').filter(line => line.includes(' error syntax '));
        expect(syntax).toHaveLength(MAX_SYNTAX_ERRORS + 1);
        expect(syntax.at(-1)).toContain(TOO_MANY);
    }, 120_000);
});

describe('the too-many finding in English', () => {
    it('says the same', async () => {
        const ws = await buildWorkspace({ 'acak.kinerja': randomTokens(keywords, 20_000, 1) }, { lang: 'en' });
        expect(ws.findings.filter(f => f.code === 'syntax').at(-1)!.message)
            .toBe(`Too many syntax errors: the first ${MAX_SYNTAX_ERRORS} are shown, and the text from here on is not read. Fix the errors above, then check again.`);
    });
});

describe('the block comment matcher', () => {
    it('matches what the grammar\'s expression matches, at every offset of random texts', () => {
        const regex = /\/\*[\s\S]*?\*\//y;
        const matcher = blockCommentMatcher(/\/\*[\s\S]*?\*\//);
        const random = seededRandom(5);
        const alphabet = ['/', '*', 'a', '\n', ' '];
        for (let n = 0; n < 500; n++) {
            let text = '';
            const length = Math.floor(random() * 40);
            for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
            for (let offset = 0; offset <= text.length; offset++) {
                regex.lastIndex = offset;
                const expected = regex.exec(text)?.[0] ?? null;
                expect(matcher(text, offset, [], {})?.[0] ?? null, JSON.stringify({ text, offset })).toBe(expected);
            }
        }
    });
});
