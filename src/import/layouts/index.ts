/** The layouts the import knows, in the order they are tried on a file's sheets. */
import { dataWorkbook } from './data-workbook.js';
import type { Layout } from './layout.js';

export const LAYOUTS: readonly Layout[] = [dataWorkbook];
