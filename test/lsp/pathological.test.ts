/**
 * One pathological file never stops the others being served: the real server
 * (`kinerja-language-server --stdio`) on a workspace holding the examples beside 800 000
 * random tokens and a name declared 3 000 times publishes bounded findings for those
 * files, serves the examples (diagnostics, hover) and stays within memory. Before the
 * bounds of issue 18 the server ran out of memory on such files ("Invalid string
 * length") and stopped answering at 4 GB.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { duplicateNames, grammarKeywords, randomTokens } from '../../src/tools/hostile-inputs.js';
import { TestClient } from './lsp-client.js';

const ROOT = resolve(__dirname, '../..');
const BIN = resolve(ROOT, 'bin/kinerja-language-server.js');

function residentMb(pid: number): number {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Number(kb) / 1024;
}

const folder = mkdtempSync(join(tmpdir(), 'kinerja-pathological-'));
let client: TestClient | undefined;
afterAll(async () => {
    await client?.close();
    rmSync(folder, { recursive: true, force: true });
});

describe('the language server beside pathological files', () => {
    it('publishes bounded findings for them and keeps serving the other files', async () => {
        cpSync(join(ROOT, 'examples'), folder, { recursive: true });
        writeFileSync(join(folder, 'acak.kinerja'), randomTokens(grammarKeywords(), 800_000, 20261205));
        writeFileSync(join(folder, 'kembar.kinerja'), duplicateNames(3_000).replace('instansi Opd', 'instansi Kembar'));
        client = TestClient.spawn(BIN, folder);
        await client.initialize(pathToFileURL(folder).href, 60_000);
        const uri = (name: string) => pathToFileURL(join(folder, name)).href;
        for (const name of ['acak.kinerja', 'kembar.kinerja', 'dinkes.kinerja', 'realisasi-2025-tw3.kinerja']) await client.published(uri(name), 60_000);

        // The random file: at most 100 syntax findings, then one saying there are more.
        const random = client.diagnosticsFor(uri('acak.kinerja'));
        expect(random.filter(d => d.code === 'syntax').length).toBeLessThanOrEqual(101);
        // 3 000 copies of a name: one finding per copy, each naming at most five others.
        const twins = client.diagnosticsFor(uri('kembar.kinerja')).filter(d => d.code === 'duplicate-name');
        expect(twins).toHaveLength(3_000);
        expect(Math.max(...twins.map(d => d.message.length))).toBeLessThan(1_000);
        // The examples are served as if the others were not there.
        expect(client.diagnosticsFor(uri('realisasi-2025-tw3.kinerja')).map(d => d.code)).toEqual(['behind-schedule', 'low-absorption']);
        const file = join(folder, 'realisasi-2025-tw3.kinerja');
        await client.notify('textDocument/didOpen', { textDocument: { uri: uri('realisasi-2025-tw3.kinerja'), languageId: 'kinerja', version: 1, text: readFileSync(file, 'utf8') } });
        const started = Date.now();
        const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uri('realisasi-2025-tw3.kinerja') }, position: { line: 6, character: 5 } });
        expect(hover.result?.contents.value).toContain('**indikator IKU1**');
        expect(Date.now() - started).toBeLessThan(10_000);
        expect(residentMb(client.process!.pid!)).toBeLessThan(1_500);
    }, 120_000);
});
