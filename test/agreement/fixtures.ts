// The rules fixture with a model-based agreement, shared by the agreement rules' tests.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers.js';
import { copyBase, edit } from '../process/rules/helpers.js';

export const OSAKA_AGREEMENT = 'cases/osaka-jp/agreement.yaml';
export const OSAKA_CASE = 'cases/osaka-jp/case.yaml';

/**
 * The base workspace with osaka-jp's model-based agreement (test/fixtures/agreement), its topic and
 * area in both languages of the model.
 */
export function withModelAgreement(): string {
  const root = copyBase();
  copyFileSync(join(FIXTURES, 'agreement', 'osaka-cooperation.yaml'), join(root, OSAKA_AGREEMENT));
  edit(root, OSAKA_CASE, (d) => {
    d.set('topic', { es: 'Formación técnica dual', en: 'Dual technical training' });
    d.setIn(['areas', 0, 'title'], { es: 'Formación técnica', en: 'Technical training' });
  });
  return root;
}
