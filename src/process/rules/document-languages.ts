// The document languages of linkage.yaml (`settings.languages`) that no template is written in:
// `generate` refuses each document in such a language, so `check` says it first, where it is set.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE_FILE } from '../../workspace/load.js';
import { packageRoot } from '../../workspace/package-root.js';
import type { Finding, Rule } from './types.js';

/** Whether the package or the workspace has templates in a language (its folder under templates/). */
export const hasTemplates = (root: string, lang: string): boolean =>
  /^[a-z]{2,3}$/.test(lang) &&
  (existsSync(join(packageRoot(), 'templates', lang)) || existsSync(join(root, 'templates', lang)));

export const documentLanguages: Rule = {
  id: 'document-languages',
  severity: 'warning',
  readsFiles: true,
  workspace: ({ ws }) => {
    const langs = ws.config?.settings?.languages ?? [];
    return langs.flatMap((lang, i): Finding[] =>
      hasTemplates(ws.root, lang)
        ? []
        : [
            {
              file: WORKSPACE_FILE,
              path: ['settings', 'languages', i],
              params: { lang },
            },
          ],
    );
  },
};
