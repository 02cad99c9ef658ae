// Who the counterpart is decides whether the Ley sobre la Celebración de Tratados applies at all.
import { caseFile, LSCT_ART_2_II } from './locate.js';
import type { Rule } from './types.js';

/**
 * An inter-institutional agreement is made with foreign governmental bodies or international
 * organizations (LSCT art. 2-II). With a private body it would be a private contract, and with a
 * Mexican municipality it is not an international agreement: both are flagged, and so is a "foreign"
 * local government whose country is Mexico. (An international organization may sit in Mexico.)
 */
export const counterpartNature: Rule = {
  id: 'counterpart-nature',
  severity: 'warning',
  law: LSCT_ART_2_II,
  case: (_ctx, bundle) => {
    const counterpart = bundle.case?.counterpart;
    const nature = counterpart?.nature;
    const variant =
      nature === 'private' || nature === 'mexican-municipality'
        ? nature
        : nature === 'foreign-local-government' && counterpart?.country === 'MX'
          ? 'in-mexico'
          : undefined;
    if (!variant) return [];
    return [
      {
        id: `rule.counterpart-nature.${variant}`,
        params: { nature: nature as string },
        file: caseFile(bundle),
        path: ['counterpart', 'nature'],
      },
    ];
  },
};
