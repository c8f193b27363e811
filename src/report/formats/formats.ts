/** The formats of `kinerja report` (kept apart so the CLI can list them without loading the renderers). */
export const REPORT_FORMATS = ['json', 'html', 'md', 'csv', 'xlsx'] as const;
export type ReportFormat = typeof REPORT_FORMATS[number];
