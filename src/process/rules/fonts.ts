// The fonts documents are set in besides the bundled ones (settings.fonts, a CJK font for a
// Japanese name): `generate` stops on one that is not there, so `check` finds it first.
import { statSync } from 'node:fs';
import { WORKSPACE_FILE } from '../../workspace/load.js';
import { resolveFileInside } from '../../workspace/paths.js';
import type { Rule } from './types.js';

export const fonts: Rule = {
  id: 'fonts',
  severity: 'error',
  readsFiles: true,
  workspace: ({ ws }) =>
    (ws.config?.settings?.fonts ?? []).flatMap((font, i) => {
      const at = { file: WORKSPACE_FILE, path: ['settings', 'fonts', i, 'path'] };
      const abs = resolveFileInside(ws.root, font.path);
      if (!abs) return [{ ...at, id: 'rule.fonts.outside', params: { file: font.path } }];
      return statSync(abs, { throwIfNoEntry: false })?.isFile() ? [] : [{ ...at, params: { file: font.path } }];
    }),
};
