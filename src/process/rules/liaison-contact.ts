// The letter and the opinion request name the liaison with the office's email and phone, the
// institutional contact (the person's own are private and never printed): without either, the
// counterpart and the SRE are told whom to contact and not how.
import { WORKSPACE_FILE } from '../../workspace/load.js';
import type { Rule } from './types.js';

export const liaisonContact: Rule = {
  id: 'liaison-contact',
  severity: 'warning',
  workspace: ({ ws }) => {
    const liaison = ws.config?.liaison;
    if (!liaison || liaison.office?.email || liaison.office?.phone) return [];
    return [{ file: WORKSPACE_FILE, path: ['liaison'] }];
  },
};
