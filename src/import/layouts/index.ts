/** The layouts the import knows, in the order they are tried on a file's sheets. */
import { dataWorkbook } from './data-workbook.js';
import type { Layout } from './layout.js';
import { fillInTemplate } from './template.js';

// The fill-in template first: it is recognised by its hidden marker sheet, not by sheet names.
export const LAYOUTS: readonly Layout[] = [fillInTemplate, dataWorkbook];
