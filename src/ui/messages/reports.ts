import type { Catalog } from './types.js';

/** Messages of the workspace reports (status, handover) and the plan-in-force rule. */
export const reports: Catalog = {
  'document.no-case': {
    es: 'El documento {document} cubre todos los casos del espacio de trabajo; no toma un caso ({slug}).',
    en: 'The document {document} covers every case of the workspace; it takes no case ({slug}).',
    hint: {
      es: 'Quite el caso: `linkage generate {document}{globals}`.',
      en: 'Drop the case: `linkage generate {document}{globals}`.',
    },
  },
};
