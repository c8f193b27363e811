/**
 * The non-HTML report formats over the per-kind report data (src/report/kinds/):
 * markdown, CSV, XLSX and JSON. HTML is rendered by src/report/html/ from the same data.
 */
export { renderMarkdown, inlineMarkdown, markdownTable, MARKDOWN_LIMIT, type MarkdownOptions } from './markdown.js';
export { renderCsv, type CsvOptions, type CsvSeparator } from './csv.js';
export { renderXlsx, sheetName, NUMBER_FORMATS, type XlsxOptions } from './xlsx.js';
export { kindJson, renderKindJson, toJson } from './json.js';
export { mermaidTree, mermaidId, escapeLabel } from './mermaid.js';
export { reportTables, infoTable } from './tables.js';
export * from './table.js';

export { REPORT_FORMATS, REPORT_FORMAT_IDS, reportFormat, UnknownTableError, type ReportFormat, type ReportFormatDefinition, type RenderInput, type FileHead } from './registry.js';
