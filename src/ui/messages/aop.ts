import type { Catalog } from './types.js';

/** Annual Operational Programs: the aop-* rules, `linkage aop new` and the AOP prompts of `next`. */
export const aop: Catalog = {
  // aop-first
  'rule.aop-first': {
    es: 'Falta el primer Programa Operativo Anual ({year}): debía acordarse dentro de los {days} días siguientes a la firma ({signed}), a más tardar el {due}.',
    en: 'The first Annual Operational Program ({year}) is missing: it was due within {days} days of signature ({signed}), by {due}.',
    hint: {
      es: 'Acuerde el POA con la contraparte y regístrelo con `linkage next {slug}` o `linkage aop new {slug} {year}`.',
      en: 'Agree the AOP with the counterpart and record it with `linkage next {slug}` or `linkage aop new {slug} {year}`.',
    },
  },
  'rule.aop-first.approved': {
    es: 'El primer Programa Operativo Anual se aprobó el {approved}, después del plazo de {days} días desde la firma ({signed}), que vencía el {due}.',
    en: 'The first Annual Operational Program was approved on {approved}, after the {days} days from signature ({signed}), which ended on {due}.',
    hint: {
      es: 'Si la fecha está bien, no hay nada que corregir: el atraso queda registrado. Si no, corrija `approved:`.',
      en: 'If the date is right there is nothing to fix: the delay is on record. Otherwise correct `approved:`.',
    },
  },
  // aop-every-year
  'rule.aop-every-year': {
    es: 'Falta el Programa Operativo Anual {year}; vencía el {due}.',
    en: 'The {year} Annual Operational Program is missing; it was due on {due}.',
    hint: {
      es: 'Hay un POA por cada año de vigencia del acuerdo. Inícielo con `linkage aop new {slug} {year}` (retoma las actividades no concluidas del año anterior).',
      en: 'There is one AOP for every year the agreement is in force. Start it with `linkage aop new {slug} {year}` (it carries over last year’s unfinished activities).',
    },
  },
  'rule.aop-every-year.before-signature': {
    es: 'El Programa Operativo Anual {year} es de un año anterior a la firma del acuerdo ({signed}).',
    en: 'The {year} Annual Operational Program is for a year before the agreement was signed ({signed}).',
    hint: {
      es: 'Revise el año en el nombre del archivo y en `year:`.',
      en: 'Check the year in the file name and in `year:`.',
    },
  },
  'rule.aop-every-year.after-end': {
    es: 'El Programa Operativo Anual {year} es posterior al fin del acuerdo ({ended}).',
    en: 'The {year} Annual Operational Program comes after the agreement ended ({ended}).',
    hint: {
      es: 'Revise el año, o la fecha de `end:` en case.yaml.',
      en: 'Check the year, or the `end:` date in case.yaml.',
    },
  },
  // aop-results
  'rule.aop-results': {
    es: 'El indicador «{indicator}» de la actividad «{activity}» no tiene resultado (`actual`); los resultados de {year} vencían el {due}.',
    en: 'The indicator "{indicator}" of the activity "{activity}" has no result (`actual`); the {year} results were due on {due}.',
    hint: {
      es: 'Anote el valor alcanzado en `actual:` (0 si no se avanzó): el informe compara cada resultado con su meta.',
      en: 'Record the value reached in `actual:` (0 if there was no progress): the report compares each result with its target.',
    },
  },
  'rule.aop-results.evaluated': {
    es: 'El Programa Operativo Anual {year} no tiene fecha de evaluación; vencía el {due}.',
    en: 'The {year} Annual Operational Program has no evaluation date; it was due on {due}.',
    hint: {
      es: 'Evalúe el año con la contraparte y anote la fecha en `results: evaluated:` (`linkage next` la pide).',
      en: 'Evaluate the year with the counterpart and record the date in `results: evaluated:` (`linkage next` asks for it).',
    },
  },
  // aop-area
  'rule.aop-area': {
    es: 'El área «{area}» no es un área de cooperación del acuerdo.',
    en: 'The area "{area}" is not one of the agreement’s areas of cooperation.',
    hint: {
      es: 'Use el id de un área de cases/{slug}/case.yaml (`areas:`): {valid}.',
      en: 'Use the id of an area in cases/{slug}/case.yaml (`areas:`): {valid}.',
    },
  },
  'rule.aop-area.suggestion': {
    es: 'El área «{area}» no es un área de cooperación del acuerdo.',
    en: 'The area "{area}" is not one of the agreement’s areas of cooperation.',
    hint: {
      es: '¿Quiso decir «{suggestion}»? Áreas del acuerdo (cases/{slug}/case.yaml, `areas:`): {valid}.',
      en: 'Did you mean "{suggestion}"? The agreement’s areas (cases/{slug}/case.yaml, `areas:`): {valid}.',
    },
  },
  'rule.aop-area.no-areas': {
    es: 'El área «{area}» no puede comprobarse: el caso no tiene áreas de cooperación.',
    en: 'The area "{area}" cannot be checked: the case has no areas of cooperation.',
    hint: {
      es: 'Registre las áreas del acuerdo en cases/{slug}/case.yaml, `areas:`, con su id.',
      en: 'Record the agreement’s areas in cases/{slug}/case.yaml, under `areas:`, with their ids.',
    },
  },
  // aop-activity-dates
  'rule.aop-activity-dates': {
    es: 'La actividad «{activity}» tiene `{field}: {date}`, fuera del año del programa ({start} a {end}).',
    en: 'The activity "{activity}" has `{field}: {date}`, outside the program’s year ({start} to {end}).',
    hint: {
      es: 'Cada POA es el calendario de un año: mueva la fecha dentro de él, o pase la actividad al POA de su año. Un programa que no sigue el año natural declara su `period:`.',
      en: 'Each AOP is one year’s calendar: move the date inside it, or move the activity to its year’s AOP. A program that does not follow the calendar year states its `period:`.',
    },
  },
  'rule.aop-activity-dates.order': {
    es: 'La actividad «{activity}» termina ({end}) antes de empezar ({start}).',
    en: 'The activity "{activity}" ends ({end}) before it starts ({start}).',
    hint: { es: 'Revise las dos fechas; quizá estén invertidas.', en: 'Check both dates; they may be swapped.' },
  },
  'rule.aop-activity-dates.period': {
    es: 'El periodo del programa termina ({end}) antes de empezar ({start}).',
    en: 'The program’s period ends ({end}) before it starts ({start}).',
    hint: { es: 'Revise `period: start:` y `period: end:`.', en: 'Check `period: start:` and `period: end:`.' },
  },
  // aop-budget-totals
  'rule.aop-budget-totals': {
    es: 'El total {source} en {currency} dice {stated}, pero las líneas de presupuesto de las actividades suman {sum}.',
    en: 'The {source} total in {currency} says {stated}, but the activities’ budget lines add up to {sum}.',
    hint: {
      es: 'Corrija el total o las líneas (`activities: budget:`); los totales se comparan por fuente y moneda.',
      en: 'Correct the total or the lines (`activities: budget:`); totals are compared per source and currency.',
    },
  },
  'rule.aop-budget-totals.no-lines': {
    es: 'Hay un total {source} en {currency} ({stated}), pero ninguna actividad tiene presupuesto {source} en {currency} (suman {sum}).',
    en: 'There is a {source} total in {currency} ({stated}), but no activity has a {source} budget in {currency} (they add up to {sum}).',
    hint: {
      es: 'Quite ese total, o agregue las líneas de presupuesto a las actividades que lo usan.',
      en: 'Remove that total, or add the budget lines to the activities that use it.',
    },
  },
  'rule.aop-budget-totals.missing': {
    es: 'Las actividades tienen presupuesto {source} en {currency} (suman {sum}), pero `budgetTotals` no da ese total.',
    en: 'The activities have a {source} budget in {currency} (adding up to {sum}), but `budgetTotals` does not state that total.',
    hint: {
      es: 'Agregue `- {source: {source}, currency: {currency}, amount: {sum}}` a `budgetTotals:`.',
      en: 'Add `- {source: {source}, currency: {currency}, amount: {sum}}` to `budgetTotals:`.',
    },
  },
  'rule.aop-budget-totals.duplicate': {
    es: 'El total {source} en {currency} aparece dos veces en `budgetTotals`.',
    en: 'The {source} total in {currency} appears twice in `budgetTotals`.',
    hint: {
      es: 'Deje un solo total por fuente y moneda (las actividades suman {sum}).',
      en: 'Keep one total per source and currency (the activities add up to {sum}).',
    },
  },

  // aop new
  'aop-new.done': {
    es: 'Programa Operativo Anual {year} iniciado: {file}',
    en: '{year} Annual Operational Program started: {file}',
  },
  'aop-new.carried': {
    es: 'Se retoman {count} actividades no concluidas de {from} ({ids}): fechas movidas al nuevo año, metas por revisar, línea base = último resultado.',
    en: '{count} unfinished activities carried over from {from} ({ids}): dates moved into the new year, targets to review, baseline = last result.',
  },
  'aop-new.nothing-carried': {
    es: 'El programa {from} no tiene actividades pendientes: se retoman sus objetivos y su seguimiento.',
    en: 'The {from} program has no pending activities: its objectives and follow-up are carried over.',
  },
  'aop-new.next': {
    es: 'Siguiente paso: acuerde el programa con la contraparte; `linkage next {slug}` pide objetivos y actividades.',
    en: 'Next step: agree the program with the counterpart; `linkage next {slug}` asks for objectives and activities.',
  },
  'aop-new.exists': {
    es: 'Ya existe {file}.',
    en: '{file} already exists.',
    hint: {
      es: 'Edite ese archivo (o `linkage next {slug}`), o indique otro año: `linkage aop new {slug} <año>`.',
      en: 'Edit that file (or `linkage next {slug}`), or give another year: `linkage aop new {slug} <year>`.',
    },
  },
  'aop-new.unsigned': {
    es: 'El acuerdo del caso «{slug}» aún no está firmado por ambas Partes: no hay Programa Operativo Anual que iniciar.',
    en: 'The agreement of the case "{slug}" is not yet signed by both Parties: there is no Annual Operational Program to start.',
    hint: {
      es: 'El primer POA se acuerda dentro de los 60 días siguientes a la firma. Registre las fechas de firma en `steps: signature:` (`linkage next {slug}`).',
      en: 'The first AOP is agreed within 60 days of signature. Record the signature dates under `steps: signature:` (`linkage next {slug}`).',
    },
  },
  'aop-new.before-signature': {
    es: 'El año {year} es anterior a la firma del acuerdo ({signed}).',
    en: 'The year {year} is before the agreement was signed ({signed}).',
    hint: {
      es: 'Los programas empiezan en el año de la firma: `linkage aop new {slug}` elige el año que sigue.',
      en: 'Programs start in the year of signature: `linkage aop new {slug}` picks the next year.',
    },
  },
  'aop-new.after-end': {
    es: 'El año {year} es posterior al fin del acuerdo ({ended}).',
    en: 'The year {year} comes after the agreement ended ({ended}).',
    hint: {
      es: 'Un acuerdo terminado no tiene nuevos programas. Si continúa, corrija `end:` en case.yaml.',
      en: 'An agreement that has ended has no new programs. If it continues, correct `end:` in case.yaml.',
    },
  },
  'aop-new.bad-year': {
    es: '«{value}» no es un año.',
    en: '"{value}" is not a year.',
    hint: {
      es: 'Escriba el año con cuatro cifras, por ejemplo 2027.',
      en: 'Write the year with four digits, for example 2027.',
    },
  },
  'aop-new.case-invalid': {
    es: 'No se puede leer {file}.',
    en: '{file} cannot be read.',
    hint: { es: '`linkage check` dice qué corregir.', en: '`linkage check` says what to fix.' },
  },
  'aop-new.previous-invalid': {
    es: 'El programa anterior, {file}, tiene errores: no se pueden retomar sus actividades.',
    en: 'The previous program, {file}, has errors: its activities cannot be carried over.',
    hint: { es: '`linkage check` dice qué corregir.', en: '`linkage check` says what to fix.' },
  },
};
