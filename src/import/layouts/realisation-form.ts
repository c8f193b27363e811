/** An office table recognised by its headers (office.ts): the quarterly realisation form: indicators, realisations per quarter or month, realisasi anggaran; capaian and serapan checked, not imported. */
import { officeLayout } from './office.js';

export const realisationForm = officeLayout('realisation-form', 'realisation');
