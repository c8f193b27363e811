/** An office table recognised by its headers (office.ts): the budget export by account code (SIPD style): the code's depth gives program, kegiatan and sub kegiatan. */
import { officeLayout } from './office.js';

export const budgetExport = officeLayout('budget-export', 'budget');
