import type { Catalog } from './types.js';

/** `linkage next <case> --step amendment{globals}`: an amendment's own SRE rounds and signature. */
export const amendment: Catalog = {
  'q.amendment.sent': {
    es: '¿Ya se envió la modificación «{id}» a la SRE para su dictamen?',
    en: 'Has the amendment "{id}" been sent to the SRE for its opinion?',
  },
  'q.amendment.signed': {
    es: 'Fecha en que las Partes firmaron la modificación',
    en: 'Date the Parties signed the amendment',
  },
  'q.amendment.signed.blank': { es: '(Enter si aún no se firma)', en: '(Enter if not signed yet)' },
  'prompts.amendment.not-sent': {
    es: 'Envíe el texto modificado a la SRE (DGCP) para su dictamen; `linkage next {slug} --step amendment{globals}` registrará el envío.',
    en: 'Send the amended text to the SRE (DGCP) for its opinion; `linkage next {slug} --step amendment{globals}` will record the submission.',
  },
  'prompts.amendment.observations-next': {
    es: 'Atienda las observaciones con la contraparte y envíe el texto revisado; `linkage next {slug} --step amendment{globals}` registrará la nueva ronda.',
    en: 'Address the observations with the counterpart and send the revised text; `linkage next {slug} --step amendment{globals}` will record the new round.',
  },
  'prompts.amendment.not-signed-yet': {
    es: 'La modificación tiene dictamen favorable y falta firmarla; `linkage next {slug} --step amendment{globals}` registrará la firma.',
    en: 'The amendment has a favorable opinion and is still to be signed; `linkage next {slug} --step amendment{globals}` will record the signature.',
  },
};
