/**
 * The words planners read: every Indonesian text of the findings, the editor, the
 * reports and the command line uses the words of SAKIP documents (kesalahan, unsur pohon
 * kinerja, kinerja atasan, penanggung jawab), not developer words ("galat", "simpul",
 * "node"), and says each thing once.
 */
import { describe, expect, it } from 'vitest';
import type { Catalogue, Params } from '../src/common/catalogue.js';
import { cliMessage } from '../src/cli/messages.js';
import { keywordMeaning, lspMessage } from '../src/lsp/messages.js';
import { reportText } from '../src/report/messages.js';
import { lkeReason, lkeText } from '../src/report/lke-messages.js';
import { configMessage } from '../src/engine/config-messages.js';
import { fileMessage } from '../src/workspace/messages.js';
import { importMessage } from '../src/import/messages.js';
import { diffText } from '../src/report/diff/messages.js';
import { PK_UNSIGNED } from '../src/validation/findings/agreements.js';
import { FINDINGS } from '../src/validation/findings/index.js';
import { AstUtils, GrammarAST } from 'langium';
import { KinerjaGrammar } from '../src/language/generated/grammar.js';

/** Any parameter reads as `X`, so every branch of a text is rendered with something. */
const ANY = new Proxy({}, { get: (_t, key) => typeof key === 'string' ? 'X' : undefined }) as Params;

const FORBIDDEN = /\b(galat|simpul|node|nodes)\b/i;

function texts(catalogue: Catalogue<string>): [string, string][] {
    return catalogue.keys.map(key => [key, catalogue('id', key, ANY)]);
}

describe('Indonesian wording', () => {
    it.each([
        ['cli', cliMessage],
        ['lsp', lspMessage],
        ['report', reportText],
        ['lke', lkeText],
        ['lke reasons', lkeReason],
        ['config', configMessage],
        ['file', fileMessage],
        ['import', importMessage],
        ['diff', diffText]
    ] as const)('the %s texts use SAKIP words', (_name, catalogue) => {
        for (const [key, text] of texts(catalogue as Catalogue<string>)) expect(text, key).not.toMatch(FORBIDDEN);
    });

    it('the findings\' titles and messages use SAKIP words', () => {
        for (const finding of FINDINGS) {
            expect(finding.title.id, finding.code).not.toMatch(FORBIDDEN);
            for (const [key, text] of texts(finding.messages as Catalogue<string>)) expect(text, `${finding.code}.${key}`).not.toMatch(FORBIDDEN);
        }
    });

    it('the keywords\' meanings in completion use SAKIP words', () => {
        const keywords = new Set(AstUtils.streamAllContents(KinerjaGrammar()).filter(GrammarAST.isKeyword).map(k => k.value));
        expect(keywords.size).toBeGreaterThan(40);
        for (const keyword of keywords) expect(keywordMeaning('id', keyword) ?? '', keyword).not.toMatch(FORBIDDEN);
    });

    it('pk-unsigned says what to write once', () => {
        const message = PK_UNSIGNED.messages('id', 'default', { subject: 'Dinsos.Kadis', year: 2025 });
        expect(message).toBe("Perjanjian kinerja Dinsos.Kadis 2025 belum bertanggal. Tulis tanggal penandatanganannya: 'ditandatangani YYYY-MM-DD'.");
        expect(message.match(/ditandatangani/g)).toHaveLength(1);
    });
});
