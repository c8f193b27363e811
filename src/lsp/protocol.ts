/**
 * The custom requests between the VS Code client and the kinerja language server, on
 * top of LSP. Types and method names only: the server implements them in
 * src/lsp/custom-requests.ts, the extension calls them. Any LSP client can use them.
 */

/** `kinerja/cascadeTree`: the performance tree (pohon kinerja) of every organisation. */
export const CASCADE_TREE_REQUEST = 'kinerja/cascadeTree';
/** `kinerja/report`: the evaluation report as HTML and JSON. */
export const REPORT_REQUEST = 'kinerja/report';

export interface CascadeTreeParams {
    /** The year to evaluate; default: the latest year with realisations (else with targets). */
    year?: number;
}

/** A position in a document, LSP style (0-based line and character). */
export interface TreeLocation {
    uri: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** Deeper cascades are cut in the tree (the item is marked `truncated`); findings cover the rest. */
export const MAX_TREE_DEPTH = 100;

export type CascadeItemKind = 'pemda' | 'instansi' | 'tujuan' | 'sasaran' | 'program' | 'kegiatan' | 'subkegiatan' | 'rhk' | 'indikator';

export interface CascadeItem {
    /** Qualified id (`Dinkes.SS1`, `Dinkes.IKU1`), or the organisation's name. */
    id: string;
    kind: CascadeItemKind;
    /** The bare name as written (`SS1`). */
    name: string;
    title?: string;
    /** Owner position: qualified id and title. */
    owner?: { id: string; title?: string };
    /**
     * Achievement in percent (rounded to two decimals): an indicator's own; for a node the
     * mean of its indicators'; for an agency its score. Null when not computable.
     */
    achievement: number | null;
    /** The same, printed the Indonesian way (`114,05%`). */
    achievementText?: string;
    /** Category label in the message language (`Sangat Tinggi`), and its band index (0 = highest). */
    category?: string;
    band?: number;
    /** Number of bands in the config, so clients can map band indices to colours. */
    bands?: number;
    /** What the achievement compares: `2025` (the year, final), `2025 tw3` (against the quarter plan). */
    period?: string;
    /** Outside the organisation's tree: the parents this node supports in another organisation. */
    supportsOutside?: string[];
    /** An indicator marked `utama`: a key performance indicator (IKU). */
    key?: boolean;
    /**
     * Crosscutting (`lintas`): the nodes of other agencies this node works with, whether
     * this node names them or they name it; qualified ids, not cascade parents.
     */
    crosscutting?: string[];
    location?: TreeLocation;
    children: CascadeItem[];
    /** The cascade goes deeper than the tree shows (see MAX_TREE_DEPTH): children left out. */
    truncated?: boolean;
}

export interface CascadeTreeResult {
    year: number | null;
    /** Years that have targets or realisations, ascending. */
    years: number[];
    language: 'id' | 'en';
    organisations: CascadeItem[];
}

/** The report kinds of src/report (LKjIP annual, quarterly monitoring, ranking, agreements). */
export type ReportKindName = 'annual' | 'quarterly' | 'ranking' | 'agreements';

export interface ReportParams {
    /** Default: `quarterly` while the year is running (a quarter applies), else `annual`. */
    kind?: ReportKindName;
    year?: number;
    /** Up to this quarter (1–4); default: the latest reported quarter of a year still running. */
    quarter?: number;
    /** Only this organisation (the code lens and the tree pass it). */
    organisation?: string;
    /** A node or indicator to highlight (qualified id). */
    focus?: string;
}

export interface ReportResult {
    kind: ReportKindName;
    year: number | null;
    quarter: number | null;
    years: number[];
    language: 'id' | 'en';
    /** A complete HTML document without scripts or remote content. */
    html: string;
    /** The JSON report (docs/report-json.md), pretty-printed. */
    json: string;
    /**
     * What the preview highlights and scrolls to, in this order: the focused node or
     * indicator, the node's indicators, the organisation's section anchor (`org-<id>`).
     */
    focus: string[];
    /** Where the HTML came from: the HTML report generator, or the table fallback (no data). */
    renderer: 'report-html' | 'table';
    /** Why the HTML report could not be rendered, when the table fallback was used instead. */
    problem?: string;
}

/*
 * The workspace files of a language server without a disk (the web worker of
 * src/lsp/main-browser.ts): it asks the client. The web extension answers them with
 * `vscode.workspace.fs`; a client that does not (the playground) answers MethodNotFound,
 * as any LSP client does for an unknown request, and the server then works on the open
 * documents alone. URIs are strings as LSP writes them (`vscode-vfs://…`, `file:///…`).
 */

/** `kinerja/fs/stat`: is there a file or folder at this URI. Error (any code) when there is nothing. */
export const FS_STAT_REQUEST = 'kinerja/fs/stat';
/** `kinerja/fs/readFile`: a file's text (UTF-8 decoded by the client). Error when it cannot be read. */
export const FS_READ_FILE_REQUEST = 'kinerja/fs/readFile';
/** `kinerja/fs/readDirectory`: the entries of a folder, with their full URIs. Error when it cannot be read. */
export const FS_READ_DIRECTORY_REQUEST = 'kinerja/fs/readDirectory';

/** The params of the three `kinerja/fs/*` requests. */
export interface FsParams {
    uri: string;
}

/** What `kinerja/fs/stat` answers, and each entry of `kinerja/fs/readDirectory`. */
export interface FsEntry {
    /** The entry's full URI (the folder's URI joined with the entry's name). */
    uri: string;
    isFile: boolean;
    isDirectory: boolean;
}

/** What `kinerja/fs/readFile` answers. */
export interface FsReadFileResult {
    text: string;
}
