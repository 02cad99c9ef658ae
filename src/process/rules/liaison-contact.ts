// The letter, the opinion request and the profile that goes with the letter name the liaison with the
// office's email and phone, the institutional contact (the person's own are private and never
// printed): without either, the counterpart and the SRE are told whom to contact and not how.
import { WORKSPACE_FILE } from '../../workspace/load.js';
import type { WorkspaceFile } from '../../workspace/schema.js';
import type { Rule } from './types.js';

/** A liaison is on record and its office has neither an email nor a phone. */
export const unreachableLiaison = (config: WorkspaceFile | null): boolean => {
  const liaison = config?.liaison;
  return liaison !== undefined && !liaison.office?.email && !liaison.office?.phone;
};

export const liaisonContact: Rule = {
  id: 'liaison-contact',
  severity: 'warning',
  workspace: ({ ws }) => (unreachableLiaison(ws.config) ? [{ file: WORKSPACE_FILE, path: ['liaison'] }] : []),
};
