/** An office table recognised by its headers (office.ts): the plan matrix (Renstra, IKU, Renja): elements, indicators, targets per year, pagu. */
import { officeLayout } from './office.js';

export const planMatrix = officeLayout('plan-matrix', 'plan');
