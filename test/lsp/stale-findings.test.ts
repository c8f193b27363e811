/**
 * After any sequence of edits, creations and deletions — with builds cancelled midway, as
 * the language server cancels a build when the next edit arrives — every document's
 * findings equal those of a fresh check of the same contents. Files that are not open
 * matter most: nothing edits them, so only the workspace-wide re-validation keeps
 * their `duplicate-name`, `duplicate-period` or `pk-missing` current.
 *
 * Randomised with a fixed set of seeds: each run is one reproducible sequence.
 */
import { Cancellation, DocumentState, isOperationCancelled, URI, type FileSystemNode, type FileSystemProvider, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { createKinerjaServices } from '../../src/lsp/kinerja-module.js';
import { toFinding } from '../../src/validation/finding.js';
import { buildWorkspace } from '../helpers.js';
import { seededRandom } from '../../src/tools/random.js';
import { nodeHost } from '../../src/validation/node-host.js';

/** Files on "disk", read by the workspace for documents that are not open. */
class MemoryFileSystem implements FileSystemProvider {
    readonly files = new Map<string, string>();
    private node(uri: URI): FileSystemNode {
        const key = uri.toString();
        if (this.files.has(key)) return { isFile: true, isDirectory: false, uri };
        const prefix = key.endsWith('/') ? key : `${key}/`;
        if ([...this.files.keys()].some(k => k.startsWith(prefix))) return { isFile: false, isDirectory: true, uri };
        throw new Error(`ENOENT: ${key}`);
    }
    async stat(uri: URI) { return this.node(uri); }
    statSync(uri: URI) { return this.node(uri); }
    async exists(uri: URI) { return this.files.has(uri.toString()); }
    existsSync(uri: URI) { return this.files.has(uri.toString()); }
    async readBinary(uri: URI) { return new TextEncoder().encode(this.readFileSync(uri)); }
    readBinarySync(uri: URI) { return new TextEncoder().encode(this.readFileSync(uri)); }
    async readFile(uri: URI) { return this.readFileSync(uri); }
    readFileSync(uri: URI) {
        const text = this.files.get(uri.toString());
        if (text === undefined) throw new Error(`ENOENT: ${uri.toString()}`);
        return text;
    }
    async readDirectory(uri: URI) { return this.readDirectorySync(uri); }
    readDirectorySync(uri: URI) {
        const prefix = uri.toString().replace(/\/?$/, '/');
        return [...this.files.keys()].filter(k => k.startsWith(prefix)).map(k => ({ isFile: true, isDirectory: false, uri: URI.parse(k) }));
    }
}


const PEMDA = 'pemda Kab "Kabupaten Contoh" {\n    periode 2021 - 2026\n    sasaran S1 "Sasaran daerah"\n}\n';

/** Each file name's possible contents: names and periods that clash across files in some combinations. */
const VARIANTS: Record<string, string[]> = {
    'pemda.kinerja': [PEMDA, PEMDA.replace('periode 2021 - 2026', 'periode 2024 - 2026')],
    'opd.kinerja': [
        'instansi Opd "Dinas" {\n    pemda Kab\n    periode 2022 - 2026\n    jabatan Kadis "Kepala" eselon II\n    jabatan Kabid "Kabid" eselon III atasan Kadis\n'
        + '    sasaran SS1 "S" oleh Kadis mendukung Kab.S1 {\n        indikator IKU1 "I" { satuan persen target 2025 80 realisasi 2025 tw1 20 }\n    }\n}\n',
        'instansi Opd "Dinas" {\n    pemda Kab\n    periode 2022 - 2026\n    jabatan Kadis "Kepala" eselon II\n'
        + '    sasaran SS1 "S" oleh Kadis mendukung Kab.S1 {\n        indikator IKU1 "I" { satuan persen target 2025 80 target 2030 90 }\n    }\n}\n',
        'instansi Opd "Dinas" {\n    pemda Kab\n    jabatan Kadis "Kepala" eselon II\n}\n'
    ],
    'opd-bidang.kinerja': [
        'instansi Opd {\n    jabatan Kabid "Kabid" eselon III atasan Kadis\n    program P1 "P" oleh Kabid mendukung SS1 {\n        indikator IKP1 "I" { satuan orang target 2025 10 }\n    }\n}\n',
        'instansi Opd {\n    jabatan Kasi "Kasi" eselon IV atasan Kabid\n    program IKU1 "P" oleh Kasi mendukung SS1\n}\n',
        'instansi Opd "Dinas" {\n    jabatan Kabid2 "Kabid" eselon III atasan Kadis\n}\n'
    ],
    'realisasi.kinerja': [
        'realisasi Opd 2025 tw1 {\n    IKU1 20\n}\n',
        'realisasi Opd 2025 tw2 {\n    IKU1 40\n    IKP1 3\n}\n',
        'realisasi Opd 2025 tw1 {\n    IKP1 3\n}\n'
    ],
    'pk.kinerja': [
        'perjanjian Opd.Kadis 2025 { pihak-kedua "Bupati" ditandatangani 2025-01-06 }\n',
        'perjanjian Opd.Kadis 2025 { pihak-kedua "Bupati" }\nperjanjian Opd.Kabid 2025 { pihak-kedua "Kepala Dinas" ditandatangani 2025-01-07 }\n',
        'perjanjian Opd.Kabid 2030 { pihak-kedua "Kepala Dinas" ditandatangani 2030-01-07 }\n'
    ]
};
const NAMES = Object.keys(VARIANTS);

const uriOf = (name: string) => URI.parse(`memory:///ws/${name}`);

/** `line:col code message` per file, as the CLI prints them. */
function findingsOf(documents: Iterable<[string, LangiumDocument]>): Record<string, string[]> {
    const result: Record<string, string[]> = {};
    for (const [name, document] of documents) {
        result[name] = (document.diagnostics ?? []).map(d => toFinding(name, d)).map(f => `${f.line}:${f.column} ${f.code} ${f.message}`).sort();
    }
    return result;
}

async function run(seed: number, steps: number): Promise<void> {
    const next = seededRandom(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
    const fs = new MemoryFileSystem();
    const services = createKinerjaServices({ fileSystemProvider: () => fs, host: nodeHost }).Kinerja;
    const shared = services.shared.workspace;
    const builder = shared.DocumentBuilder;
    const open = new Set<string>();
    const contents = new Map<string, string>();
    // The initial workspace: every file on disk, none open.
    for (const name of NAMES) {
        contents.set(name, VARIANTS[name][0]);
        fs.files.set(uriOf(name).toString(), VARIANTS[name][0]);
    }
    await builder.build(await Promise.all(NAMES.map(n => shared.LangiumDocuments.getOrCreateDocument(uriOf(n)))), { validation: true });

    // A build is cancelled after a random number of documents reach a random phase.
    let cancelAfter = Infinity;
    let source = new Cancellation.CancellationTokenSource();
    const phases = [DocumentState.IndexedContent, DocumentState.Linked, DocumentState.Validated];
    const countdown = () => { if (--cancelAfter === 0) source.cancel(); };
    for (const phase of phases) builder.onDocumentPhase(phase, countdown);

    for (let step = 0; step < steps; step++) {
        const name = pick(NAMES);
        const uri = uriOf(name);
        const op = next();
        let changed: URI[] = [];
        let deleted: URI[] = [];
        if (op < 0.5 || !contents.has(name)) {
            // Edit (open in the editor) or create/change on disk (not open).
            const text = pick(VARIANTS[name]);
            contents.set(name, text);
            if (open.has(name) || next() < 0.4) {
                open.add(name);
                const previous = shared.TextDocuments!.get(uri.toString());
                shared.TextDocuments!.set(TextDocument.create(uri.toString(), 'kinerja', (previous?.version ?? 0) + 1, text));
            }
            fs.files.set(uri.toString(), text);
            changed = [uri];
        } else {
            // Deleted on disk (and closed).
            contents.delete(name);
            open.delete(name);
            shared.TextDocuments!.delete(uri.toString());
            fs.files.delete(uri.toString());
            deleted = [uri];
        }
        source = new Cancellation.CancellationTokenSource();
        // Most builds are cut short by the next edit; the last one completes.
        cancelAfter = step < steps - 1 && next() < (process.env.NOCANCEL ? -1 : 0.6) ? 1 + Math.floor(next() * 8) : Infinity;
        let cancelled = false;
        try {
            await builder.update(changed, deleted, source.token);
        } catch (error) {
            if (!isOperationCancelled(error)) throw error;
            cancelled = true;
        }
        if (process.env.DEBUG_STALE) console.log(step, changed.length ? 'change' : 'delete', name, open.has(name) ? 'open' : 'disk', cancelled ? `cancelled` : 'done', VARIANTS[name].indexOf(contents.get(name) ?? ''));
    }
    // Let the last build settle (as the server does when typing pauses).
    cancelAfter = Infinity;
    await builder.update([], []);

    const served = findingsOf([...contents.keys()].map(name => [name, shared.LangiumDocuments.getDocument(uriOf(name))!] as [string, LangiumDocument]));
    const fresh = await buildWorkspace(Object.fromEntries(contents));
    expect(served, `seed ${seed}: files ${[...contents.keys()].join(', ')}`).toEqual(findingsOf(fresh.documents));
}

describe('findings after random edits, creations and deletions with cancelled builds', () => {
    it.each(Array.from({ length: Number(process.env.STALE_SEEDS ?? 40) }, (_, i) => 1000 + i))('seed %i: equal a fresh check of the same contents', async seed => {
        await run(seed, 25);
    });
});

describe('a build cancelled before it finished', () => {
    it('still re-validates, in the next build, the unopened files its change affected', async () => {
        const fs = new MemoryFileSystem();
        const services = createKinerjaServices({ fileSystemProvider: () => fs, host: nodeHost }).Kinerja;
        const shared = services.shared.workspace;
        const builder = shared.DocumentBuilder;
        const files: Record<string, string> = {
            'pemda.kinerja': VARIANTS['pemda.kinerja'][0],
            'opd.kinerja': VARIANTS['opd.kinerja'][0],
            'opd-bidang.kinerja': VARIANTS['opd-bidang.kinerja'][0]
        };
        for (const [name, text] of Object.entries(files)) fs.files.set(uriOf(name).toString(), text);
        await builder.build(await Promise.all(Object.keys(files).map(n => shared.LangiumDocuments.getOrCreateDocument(uriOf(n)))), { validation: true });

        // opd-bidang.kinerja now declares IKU1 too (a duplicate of opd.kinerja's, which is not
        // open); its build is cancelled as soon as it is parsed, by an edit of an unrelated file.
        files['opd-bidang.kinerja'] = VARIANTS['opd-bidang.kinerja'][1];
        fs.files.set(uriOf('opd-bidang.kinerja').toString(), files['opd-bidang.kinerja']);
        const source = new Cancellation.CancellationTokenSource();
        const listener = builder.onDocumentPhase(DocumentState.IndexedContent, () => source.cancel());
        await builder.update([uriOf('opd-bidang.kinerja')], [], source.token).catch(error => { if (!isOperationCancelled(error)) throw error; });
        listener.dispose();
        files['lain.kinerja'] = 'instansi Lain "Dinas Lain" {\n}\n';
        fs.files.set(uriOf('lain.kinerja').toString(), files['lain.kinerja']);
        await builder.update([uriOf('lain.kinerja')], []);

        const served = findingsOf(Object.keys(files).map(name => [name, shared.LangiumDocuments.getDocument(uriOf(name))!] as [string, LangiumDocument]));
        const fresh = await buildWorkspace(files);
        expect(served['opd.kinerja'].some(f => f.includes("duplicate-name Nama 'IKU1'"))).toBe(true);
        expect(served).toEqual(findingsOf(fresh.documents));
    });
});

describe('a change in one organisation that another organisation\'s findings read', () => {
    it('leaves every file of the reading organisation as a fresh check sees it (found by the fuzzer)', async () => {
        const fs = new MemoryFileSystem();
        const services = createKinerjaServices({ fileSystemProvider: () => fs, host: nodeHost }).Kinerja;
        const shared = services.shared.workspace;
        const files: Record<string, string> = {
            'pemda.kinerja': PEMDA,
            'opd.kinerja': 'instansi Opd "Dinas" {\n    pemda Kab\n    periode 2022 - 2026\n    jabatan Kadis "Kepala" eselon II\n'
                + '    jabatan Kabid "Kabid" eselon III atasan Kadis\n    sasaran SS1 "S" oleh Kadis mendukung Kab.S1\n}\n',
            // Kabid's program has targets and subordinates but no subordinate node: cascade-uncovered.
            'opd-program.kinerja': 'instansi Opd {\n    jabatan Kasi "Kasi" eselon IV atasan Kabid\n'
                + '    program P1 "P" oleh Kabid mendukung SS1 {\n        indikator IKP1 "I" { satuan orang target 2025 10 }\n    }\n}\n'
        };
        for (const [name, text] of Object.entries(files)) fs.files.set(uriOf(name).toString(), text);
        await shared.DocumentBuilder.build(await Promise.all(Object.keys(files).map(n => shared.LangiumDocuments.getOrCreateDocument(uriOf(n)))), { validation: true });
        // The pemda loses S1: opd.kinerja's `mendukung Kab.S1` no longer resolves.
        files['pemda.kinerja'] = PEMDA.replace('    sasaran S1 "Sasaran daerah"\n', '');
        shared.TextDocuments!.set(TextDocument.create(uriOf('pemda.kinerja').toString(), 'kinerja', 2, files['pemda.kinerja']));
        await shared.DocumentBuilder.update([uriOf('pemda.kinerja')], []);
        const served = findingsOf(Object.keys(files).map(name => [name, shared.LangiumDocuments.getDocument(uriOf(name))!] as [string, LangiumDocument]));
        expect(served['opd-program.kinerja'].some(f => f.includes('cascade-uncovered'))).toBe(true);
        expect(served).toEqual(findingsOf((await buildWorkspace(files)).documents));
    });
});
