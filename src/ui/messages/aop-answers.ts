import type { Catalog } from './types.js';

/** The `aop:` part of a `linkage next <case> --answers{globals}` file: one Annual Operational Program, or a list. */
export const aopAnswers: Catalog = {
  'answers.aop-shape': {
    es: '`aop:` debe ser un Programa Operativo Anual (con la forma de aop/<año>.yaml) o una lista de ellos.',
    en: '`aop:` must be an Annual Operational Program (shaped like aop/<year>.yaml) or a list of them.',
  },
  'answers.aop-year': {
    es: 'Falta el año del programa: cada programa en `aop:` lleva `year:` (por ejemplo, `year: 2026`).',
    en: "The program's year is missing: each program under `aop:` carries `year:` (for example, `year: 2026`).",
  },
  'answers.aop-year-twice': {
    es: 'El programa {year} aparece dos veces en `aop:`.',
    en: 'The {year} program appears twice under `aop:`.',
  },
  'answers.aop-year-of': {
    es: 'Las respuestas `aop:` de {file} llevan `year: {year}`.',
    en: 'The `aop:` answers for {file} carry `year: {year}`.',
  },
  'answers.aop-unused': {
    es: 'Las respuestas del Programa Operativo Anual {year} no se guardaron: el paso no llegó a registrarlo ({file}).',
    en: 'The answers for the {year} Annual Operational Program were not saved: the step did not get to record it ({file}).',
    hint: {
      es: 'Corra `linkage next{globals}` sin --answers para ver qué detiene el paso.',
      en: 'Run `linkage next{globals}` without --answers to see what holds the step back.',
    },
  },
};
