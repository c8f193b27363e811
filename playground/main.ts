/**
 * The kinerja playground: Monaco with the example workspace (contoh/), the kinerja
 * language server in a web worker (src/lsp/main-browser.ts) through lsp-bridge.ts, the
 * findings of every file, and the report preview (`kinerja/report`, as the extension's).
 * Everything is in the built folder (scripts/build-playground.mjs): no network, and it
 * opens from disk (file://) too, so the workers start from Blob URLs of their code.
 */
// The editor and its contributions (hover, suggest, quick fix, find, ...), without other languages (scripts/build-playground.mjs).
import 'monaco-editor/editor/editor.main.js';
import * as monaco from 'monaco-editor/editor/editor.api.js';
import { KinerjaLanguageClient, LANGUAGE_ID, messageText, type Finding } from './lsp-bridge.js';
import { REPORT_REQUEST, type ReportKindName, type ReportParams, type ReportResult } from '../src/lsp/protocol.js';
import pemda from './contoh/pemda.kinerja';
import dinkes from './contoh/dinkes.kinerja';
import disdik from './contoh/disdik.kinerja';
import realisasi from './contoh/realisasi-2025.kinerja';

declare global {
    interface Window {
        /** The workers' code, from workers.js (written by the build). */
        KINERJA_PLAYGROUND_WORKERS: { server: string; editor: string };
        /** For the browser test and the curious: the editor, the client and the timings. */
        kinerjaPlayground: Record<string, unknown>;
        MonacoEnvironment?: monaco.Environment;
    }
}

/** Milliseconds since the navigation started (performance.now()'s origin). */
const timings: Record<string, number> = { script: performance.now() };
const FOLDER = 'file:///contoh/';
const FILES: [string, string][] = [
    ['pemda.kinerja', pemda], ['dinkes.kinerja', dinkes], ['disdik.kinerja', disdik], ['realisasi-2025.kinerja', realisasi]
];

function workerFrom(code: string, name: string): Worker {
    const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    return new Worker(url, { name });
}

window.MonacoEnvironment = { getWorker: () => workerFrom(window.KINERJA_PLAYGROUND_WORKERS.editor, 'monaco-editor') };

monaco.languages.register({ id: LANGUAGE_ID, extensions: ['.kinerja'], aliases: ['Kinerja'] });
monaco.languages.setLanguageConfiguration(LANGUAGE_ID, {
    comments: { lineComment: '//', blockComment: ['/*', '*/'] },
    brackets: [['{', '}'], ['(', ')']],
    autoClosingPairs: [{ open: '{', close: '}' }, { open: '"', close: '"' }, { open: '(', close: ')' }]
});
monaco.languages.setMonarchTokensProvider(LANGUAGE_ID, {
    keywords: [
        'pemda', 'instansi', 'jabatan', 'tujuan', 'sasaran', 'program', 'kegiatan', 'subkegiatan', 'rhk', 'indikator',
        'satuan', 'arah', 'naik', 'turun', 'akumulasi', 'terakhir', 'jumlah', 'rata-rata', 'target', 'realisasi', 'kondisi-awal',
        'periode', 'mendukung', 'oleh', 'utama', 'pagu', 'belanja', 'perjanjian', 'pihak-kedua', 'tempat', 'ditandatangani',
        'kepala', 'eselon', 'atasan', 'staf', 'pejabat', 'nip', 'sumber', 'definisi', 'rumus', 'bukti', 'catatan', 'lintas',
        'kode', 'persen', 'dari', 'tw1', 'tw2', 'tw3', 'tw4'
    ],
    tokenizer: {
        root: [
            [/\/\/.*$/, 'comment'],
            [/\/\*/, 'comment', '@comment'],
            [/"([^"\\]|\\.)*"?/, 'string'],
            [/\bRp\b/, 'keyword'],
            [/\d[\d.,]*%?/, 'number'],
            [/[a-zA-Z_][\w-]*/, { cases: { '@keywords': 'keyword', '@default': 'identifier' } }],
            [/[{}()]/, '@brackets']
        ],
        comment: [[/\*\//, 'comment', '@pop'], [/./, 'comment']]
    }
} as monaco.languages.IMonarchLanguage);

const models = FILES.map(([name, text]) => monaco.editor.createModel(text, LANGUAGE_ID, monaco.Uri.parse(FOLDER + name)));
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const editor = monaco.editor.create($('editor'), {
    model: models[0], automaticLayout: true, minimap: { enabled: false }, fontSize: 14, lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.On },
    scrollBeyondLastLine: false, renderWhitespace: 'none', theme: 'vs'
});

// The file tabs.
const tabs = $('files');
function showFile(model: monaco.editor.ITextModel): void {
    editor.setModel(model);
    for (const tab of tabs.querySelectorAll('button')) tab.setAttribute('aria-selected', String(tab.dataset.uri === model.uri.toString()));
}
for (const model of models) {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.setAttribute('role', 'tab');
    tab.dataset.uri = model.uri.toString();
    tab.textContent = model.uri.path.split('/').pop() ?? '';
    tab.addEventListener('click', () => showFile(model));
    tabs.append(tab);
}
showFile(models[0]);

// The language server.
const status = $('status');
const client = new KinerjaLanguageClient(workerFrom(window.KINERJA_PLAYGROUND_WORKERS.server, 'kinerja-language-server'));
const SEVERITY_TEXT: Record<number, string> = { 1: 'kesalahan', 2: 'peringatan', 3: 'info', 4: 'saran' };

function renderFindings(): void {
    const list = $('problems-list');
    const findings = client.findings();
    list.replaceChildren(...findings.map((finding: Finding) => {
        const { diagnostic: d, uri } = finding;
        const item = document.createElement('li');
        const file = uri.split('/').pop() ?? uri;
        item.className = `finding severity-${d.severity ?? 1}`;
        item.dataset.code = String(d.code ?? '');
        item.dataset.file = file;
        item.dataset.line = String(d.range.start.line + 1);
        item.dataset.column = String(d.range.start.character + 1);
        const where = document.createElement('span');
        where.className = 'where';
        where.textContent = `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
        const code = document.createElement('span');
        code.className = 'code';
        code.textContent = `${SEVERITY_TEXT[d.severity ?? 1]} ${d.code ?? ''}`;
        const message = document.createElement('span');
        message.className = 'message';
        message.textContent = messageText(d);
        item.append(where, ' ', code, ' ', message);
        item.tabIndex = 0;
        const reveal = () => {
            const model = monaco.editor.getModel(monaco.Uri.parse(uri));
            if (!model) return;
            showFile(model);
            editor.setPosition({ lineNumber: d.range.start.line + 1, column: d.range.start.character + 1 });
            editor.revealLineInCenter(d.range.start.line + 1);
            editor.focus();
        };
        item.addEventListener('click', reveal);
        item.addEventListener('keydown', e => { if (e.key === 'Enter') reveal(); });
        return item;
    }));
    const count = (severity: number) => findings.filter(f => (f.diagnostic.severity ?? 1) === severity).length;
    $('problems-count').textContent = findings.length ? `${count(1)} kesalahan, ${count(2)} peringatan, ${count(3) + count(4)} info` : 'tidak ada temuan';
}

// The report preview.
const preview = $<HTMLIFrameElement>('report');
const kind = $<HTMLSelectElement>('report-kind');
let reportTimer: ReturnType<typeof setTimeout> | undefined;
async function renderReport(): Promise<void> {
    const params: ReportParams = kind.value ? { kind: kind.value as ReportKindName } : {};
    try {
        const result = await client.connection.sendRequest<ReportResult>(REPORT_REQUEST, params);
        preview.srcdoc = result.html;
        preview.dataset.year = String(result.year ?? '');
        preview.dataset.kind = result.kind;
        timings.firstReport ??= performance.now();
    } catch (err) {
        preview.srcdoc = `<p style="font-family:sans-serif">Laporan tidak dapat dibuat: ${String(err).replace(/[<&]/g, c => c === '<' ? '&lt;' : '&amp;')}</p>`;
    }
}
function scheduleReport(): void {
    clearTimeout(reportTimer);
    reportTimer = setTimeout(() => void renderReport(), 300);
}
kind.addEventListener('change', () => void renderReport());

client.onDiagnostics(() => {
    timings.firstDiagnostics ??= performance.now();
    renderFindings();
    scheduleReport();
});

window.kinerjaPlayground = { monaco, editor, client, models, timings, showFile };

void (async () => {
    status.textContent = 'Menyalakan server bahasa...';
    await client.start();
    timings.serverReady = performance.now();
    client.registerProviders();
    for (const model of models) client.open(model);
    status.textContent = 'Server bahasa siap.';
})().catch(err => {
    status.textContent = `Server bahasa tidak dapat dinyalakan: ${String(err)}`;
});
