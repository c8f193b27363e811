/** The layouts the import knows, in the order they are tried on a file's sheets. */
import { budgetExport } from './budget-export.js';
import { dataWorkbook } from './data-workbook.js';
import type { Layout } from './layout.js';
import { mappingLayout } from './mapping.js';
import { unknownOfficeHeaders } from './office.js';
import { planMatrix } from './plan-matrix.js';
import { realisationForm } from './realisation-form.js';
import { fillInTemplate } from './template.js';

/**
 * The fill-in template first (recognised by its hidden marker sheet, not by sheet
 * names); the data workbook by its sheet names; then `--mapping`, when given; then the
 * office tables by their headers; last, a table-like sheet none took, its unknown
 * headers named.
 */
export const LAYOUTS: readonly Layout[] = [fillInTemplate, dataWorkbook, mappingLayout, realisationForm, planMatrix, budgetExport, unknownOfficeHeaders];
