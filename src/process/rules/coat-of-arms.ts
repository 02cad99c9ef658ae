// The coat of arms that every letterhead and the public site show: `generate` and `publish` stop on a
// missing or unusable image, so `check` finds it first, with the same words.
import { ImageError } from '../../documents/layout/errors.js';
import { loadImage } from '../../documents/layout/images.js';
import { WORKSPACE_FILE } from '../../workspace/load.js';
import { resolveFileInside } from '../../workspace/paths.js';
import type { Finding, Rule } from './types.js';

const PATH = ['settings', 'letterhead', 'coatOfArms'];

export const coatOfArms: Rule = {
  id: 'coat-of-arms',
  severity: 'error',
  readsFiles: true,
  workspace: ({ ws }) => {
    const ref = ws.config?.settings?.letterhead?.coatOfArms;
    if (!ref) return [];
    const at = { file: WORKSPACE_FILE, path: PATH };
    const abs = resolveFileInside(ws.root, ref);
    if (!abs) return [{ ...at, id: 'rule.coat-of-arms.outside', params: { file: ref } }];
    try {
      // Its format and structure (PNG chunks and CRCs); the renderer also inflates it.
      loadImage(abs);
      return [];
    } catch (error) {
      if (!(error instanceof ImageError)) throw error;
      const finding: Finding = { ...at, params: { file: ref, detail: error.detail ?? '' } };
      return [error.problem === 'not-found' ? finding : { ...finding, id: `document.image.${error.problem}` }];
    }
  },
};
