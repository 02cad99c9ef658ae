import type { Catalog } from './types.js';

/** `linkage new{globals}` on a terminal: further candidate cities after the first. */
export const candidates: Catalog = {
  'q.new.another': { es: '¿Registrar otra ciudad candidata?', en: 'Record another candidate city?' },
  'q.new.city': { es: 'Nombre de la ciudad candidata', en: 'Name of the candidate city' },
  'prompts.interrupted-candidate': {
    es: 'Interrumpido. Las ciudades ya creadas quedaron guardadas, y lo respondido de la última también; para continuar con ella, ejecute `linkage new{globals}` con su nombre.',
    en: 'Interrupted. The cities already created are saved, and so is what was answered for the last one; to go on with it, run `linkage new{globals}` with its name.',
  },
};
