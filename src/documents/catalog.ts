// The documents linkage writes: their scope, the step that issues them, and how their context is built.
import type { CaseBundle, Workspace } from '../workspace/load.js';
import type { CommonContext } from './context/common.js';
import { letterContext } from './context/letter.js';
import { profileContext } from './context/profile.js';

export interface DocumentDef {
  id: string;
  /** A workspace document may still take a case (the profile then leads with its areas). */
  scope: 'workspace' | 'case';
  title: { es: string; en: string };
  /** The step whose fact (its date) issuing the document records. */
  step?: string;
  /** Body text size in points, when not the layout's default (a letter should fit one page). */
  fontSize?: number;
  /** The recorded date of the document, if its step has one. */
  recordedDate?: (bundle: CaseBundle) => string | undefined;
  build: (common: CommonContext, ws: Workspace, bundle: CaseBundle | undefined, lang: string) => object;
}

export const DOCUMENTS: DocumentDef[] = [
  {
    id: 'profile',
    scope: 'workspace',
    title: { es: 'Perfil Municipal', en: 'Municipal Profile' },
    build: (common, ws, bundle, lang) => profileContext(common, ws, bundle, lang),
  },
  {
    id: 'letter',
    scope: 'case',
    title: { es: 'Carta de Intención', en: 'Letter of Intent' },
    step: 'letter',
    fontSize: 10.5,
    recordedDate: (bundle) => bundle.case?.steps?.letter?.date,
    build: (common, ws, bundle, lang) => letterContext(common, ws, bundle as CaseBundle, lang),
  },
];

export const documentIds = () => DOCUMENTS.map((d) => d.id);
export const findDocument = (id: string) => DOCUMENTS.find((d) => d.id === id);
