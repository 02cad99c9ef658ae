import type { Catalog } from './types.js';

/** Annual Operational Programs: the aop-* rules, `linkage aop new{globals}` and the AOP prompts of `next`. */
export const aop: Catalog = {
  // aop-first
  'rule.aop-first': {
    es: 'Falta el primer Programa Operativo Anual ({year}): debía acordarse en un plazo de {days} {days|día|días} desde la firma ({signed}), a más tardar el {due}.',
    en: 'The first Annual Operational Program ({year}) is missing: it was due within {days} {days|day|days} of signature ({signed}), by {due}.',
    hint: {
      es: 'Acuerde el POA con la contraparte y regístrelo con `linkage next {slug}{globals}` o `linkage aop new {slug} {year}{globals}`.',
      en: 'Agree the AOP with the counterpart and record it with `linkage next {slug}{globals}` or `linkage aop new {slug} {year}{globals}`.',
    },
  },
  'rule.aop-first.approved': {
    es: 'El primer Programa Operativo Anual se aprobó el {approved}, después del plazo de {days} {days|día|días} desde la firma ({signed}), que vencía el {due}.',
    en: 'The first Annual Operational Program was approved on {approved}, after the {days} {days|day|days} from signature ({signed}), which ended on {due}.',
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
      es: 'Hay un POA por cada año de vigencia del acuerdo. Inícielo con `linkage aop new {slug} {year}{globals}` (retoma las actividades no concluidas del año anterior).',
      en: "There is one AOP for every year the agreement is in force. Start it with `linkage aop new {slug} {year}{globals}` (it carries over last year's unfinished activities).",
    },
  },
  'rule.aop-every-year.approved': {
    es: 'El Programa Operativo Anual {year} se aprobó el {approved}, después del día en que vencía ({due}).',
    en: 'The {year} Annual Operational Program was approved on {approved}, after the day it was due ({due}).',
    hint: {
      es: 'Si la fecha está bien, no hay nada que corregir: el atraso queda registrado. Si no, corrija `approved:`.',
      en: 'If the date is right there is nothing to fix: the delay is on record. Otherwise correct `approved:`.',
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
  'rule.aop-every-year.after-expiry': {
    es: 'El Programa Operativo Anual {year} es posterior al vencimiento del acuerdo: su vigencia de {years} {years|año|años} desde la firma ({signed}) terminó el {expired}.',
    en: 'The {year} Annual Operational Program comes after the agreement expired: its term of {years} {years|year|years} from signature ({signed}) ended on {expired}.',
    hint: {
      es: 'Revise el año; si una enmienda prorrogó la vigencia, regístrela en `amendments:` con el nuevo `term:` en agreement.yaml.',
      en: 'Check the year; if an amendment extended the term, record it under `amendments:` with the new `term:` in agreement.yaml.',
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
  'rule.aop-results.planned': {
    es: 'La actividad «{activity}» sigue «Programada» (`status: planned`) aunque el año {year} cerró; los resultados vencían el {due}.',
    en: 'The activity "{activity}" is still "Planned" (`status: planned`) although {year} has closed; the results were due on {due}.',
    hint: {
      es: 'Anote cómo terminó en `status:`: `done` (Concluida) o `cancelled` (Cancelada); `in-progress` (En curso) o `postponed` (Pospuesta) si pasa al programa siguiente. `linkage next {slug} --step results{globals}` lo pregunta.',
      en: 'Record how it ended in `status:`: `done` (Completed) or `cancelled` (Canceled); `in-progress` (In progress) or `postponed` (Postponed) if it carries over to the next program. `linkage next {slug} --step results{globals}` asks it.',
    },
  },
  'rule.aop-results.evaluated': {
    es: 'El Programa Operativo Anual {year} no tiene fecha de evaluación; vencía el {due}.',
    en: 'The {year} Annual Operational Program has no evaluation date; it was due on {due}.',
    hint: {
      es: 'Evalúe el año con la contraparte y anote la fecha en `results: evaluated:` (`linkage next{globals}` la pide).',
      en: 'Evaluate the year with the counterpart and record the date in `results: evaluated:` (`linkage next{globals}` asks for it).',
    },
  },
  // aop-activities
  'rule.aop-activities': {
    es: 'El Programa Operativo Anual {year} no tiene actividades.',
    en: 'The {year} Annual Operational Program has no activities.',
    hint: {
      es: 'El programa ejecuta el acuerdo mediante actividades (área, responsables, fechas, entregable, indicadores y presupuesto): agréguelas en `activities:` o con `linkage next {slug} --step aop{globals}`.',
      en: 'The program carries out the agreement through activities (area, responsible units, dates, deliverable, indicators and budget): add them under `activities:` or with `linkage next {slug} --step aop{globals}`.',
    },
  },
  // aop-area
  'rule.aop-area': {
    es: 'El área «{area}» no es un área de cooperación del acuerdo.',
    en: 'The area "{area}" is not one of the agreement\'s areas of cooperation.',
    hint: {
      es: 'Use el id de un área de cases/{slug}/case.yaml (`areas:`): {valid}.',
      en: 'Use the id of an area in cases/{slug}/case.yaml (`areas:`): {valid}.',
    },
  },
  'rule.aop-area.suggestion': {
    es: 'El área «{area}» no es un área de cooperación del acuerdo.',
    en: 'The area "{area}" is not one of the agreement\'s areas of cooperation.',
    hint: {
      es: '¿Quiso decir «{suggestion}»? Áreas del acuerdo (cases/{slug}/case.yaml, `areas:`): {valid}.',
      en: 'Did you mean "{suggestion}"? The agreement\'s areas (cases/{slug}/case.yaml, `areas:`): {valid}.',
    },
  },
  'rule.aop-area.no-areas': {
    es: 'El área «{area}» no puede comprobarse: el caso no tiene áreas de cooperación.',
    en: 'The area "{area}" cannot be checked: the case has no areas of cooperation.',
    hint: {
      es: 'Registre las áreas del acuerdo en cases/{slug}/case.yaml, `areas:`, con su id.',
      en: "Record the agreement's areas in cases/{slug}/case.yaml, under `areas:`, with their ids.",
    },
  },
  // aop-activity-dates
  'rule.aop-activity-dates': {
    es: 'La actividad «{activity}» tiene `{field}: {date}`, fuera del año del programa ({start} a {end}).',
    en: 'The activity "{activity}" has `{field}: {date}`, outside the program\'s year ({start} to {end}).',
    hint: {
      es: 'Cada POA es el calendario de un año: mueva la fecha dentro de él, o pase la actividad al POA de su año. Un programa que no sigue el año natural declara su `period:`.',
      en: "Each AOP is one year's calendar: move the date inside it, or move the activity to its year's AOP. A program that does not follow the calendar year states its `period:`.",
    },
  },
  'rule.aop-activity-dates.order': {
    es: 'La actividad «{activity}» termina ({end}) antes de empezar ({start}).',
    en: 'The activity "{activity}" ends ({end}) before it starts ({start}).',
    hint: { es: 'Revise las dos fechas; quizá estén invertidas.', en: 'Check both dates; they may be swapped.' },
  },
  'rule.aop-activity-dates.before-signature': {
    es: 'La actividad «{activity}» tiene `{field}: {date}`, antes de la firma del acuerdo ({signed}).',
    en: 'The activity "{activity}" has `{field}: {date}`, before the agreement was signed ({signed}).',
    hint: {
      es: 'El programa ejecuta el acuerdo, que rige desde su firma: mueva la fecha al {signed} o después. Lo hecho antes de la firma va en la bitácora de contacto o en las misiones.',
      en: 'The program carries out the agreement, which is in force from its signature: move the date to {signed} or later. What was done before the signature belongs in the contact log or the missions.',
    },
  },
  'rule.aop-activity-dates.after-end': {
    es: 'La actividad «{activity}» empieza el {date}, cuando el acuerdo ya no está en vigor (desde el {ended}).',
    en: 'The activity "{activity}" starts on {date}, when the agreement is no longer in force (from {ended}).',
    hint: {
      es: 'Las actividades en curso al terminar el acuerdo pueden concluirse, pero ninguna puede empezar ese día ni después: adelante la fecha o quite la actividad. Si la fecha de fin está mal, corrija `end:` en case.yaml o la vigencia (`term:`) en agreement.yaml.',
      en: 'Activities under way when the agreement ends may be completed, but none may start on that day or later: bring the date forward or remove the activity. If the end date is wrong, correct `end:` in case.yaml or the term (`term:`) in agreement.yaml.',
    },
  },
  'rule.aop-activity-dates.period': {
    es: 'El periodo del programa termina ({end}) antes de empezar ({start}).',
    en: "The program's period ends ({end}) before it starts ({start}).",
    hint: { es: 'Revise `period: start:` y `period: end:`.', en: 'Check `period: start:` and `period: end:`.' },
  },
  // aop-budget-totals
  'rule.aop-budget-totals': {
    es: 'El total {source} en {currency} dice {stated}, pero las líneas de presupuesto de las actividades suman {sum}.',
    en: "The {source} total in {currency} says {stated}, but the activities' budget lines add up to {sum}.",
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
    es: '{count} {count|actividad no concluida se retoma|actividades no concluidas se retoman} de {from} ({ids}): fechas movidas al nuevo año, metas por revisar, línea base = último resultado.',
    en: '{count} unfinished {count|activity|activities} carried over from {from} ({ids}): dates moved into the new year, targets to review, baseline = last result.',
  },
  'aop-new.nothing-carried': {
    es: 'El programa {from} no tiene actividades pendientes: se retoman sus objetivos y su seguimiento.',
    en: 'The {from} program has no pending activities: its objectives and follow-up are carried over.',
  },
  'aop-new.next': {
    es: 'Siguiente paso: acuerde el programa con la contraparte; `{command}` pide objetivos y actividades.',
    en: 'Next step: agree the program with the counterpart; `{command}` asks for objectives and activities.',
  },
  'aop-new.exists': {
    es: 'El Programa Operativo Anual {year} ya existe.',
    en: 'The {year} Annual Operational Program already exists.',
    hint: {
      es: 'Edite ese archivo (o `linkage next {slug}{globals}`), o indique otro año: `linkage aop new {slug} <año>{globals}`.',
      en: 'Edit that file (or `linkage next {slug}{globals}`), or give another year: `linkage aop new {slug} <year>{globals}`.',
    },
  },
  'aop.closed-unsigned': {
    es: 'El caso «{slug}» se cerró sin que se firmara el acuerdo: no tiene Programas Operativos Anuales.',
    en: 'The case "{slug}" was closed without the agreement being signed: it has no Annual Operational Programs.',
    hint: {
      es: '`linkage status {slug}{globals}` muestra cómo terminó.',
      en: '`linkage status {slug}{globals}` shows how it ended.',
    },
  },
  'aop.year-unsigned': {
    es: 'El acuerdo del caso «{slug}» aún no está firmado por ambas Partes: aún no hay Programas Operativos Anuales.',
    en: 'The agreement of the case "{slug}" is not yet signed by both Parties: there are no Annual Operational Programs yet.',
    hint: {
      es: 'El primer POA se acuerda en un plazo de {days} {days|día|días} desde la firma. Registre las fechas de firma en `steps: signature:` (`linkage next {slug}{globals}`).',
      en: 'The first AOP is agreed within {days} {days|day|days} of signature. Record the signature dates under `steps: signature:` (`linkage next {slug}{globals}`).',
    },
  },
  'aop.year-before-signature': {
    es: 'El año {year} es anterior a la firma del acuerdo ({signed}).',
    en: 'The year {year} is before the agreement was signed ({signed}).',
    hint: {
      es: 'Los programas empiezan en el año de la firma; `linkage aop new {slug}{globals}` propone el que sigue.',
      en: 'Programs start in the year of signature; `linkage aop new {slug}{globals}` proposes the next one.',
    },
  },
  'aop.year-after-end': {
    es: 'El año {year} es posterior al fin del acuerdo ({ended}).',
    en: 'The year {year} comes after the agreement ended ({ended}).',
    hint: {
      es: 'Un acuerdo terminado no tiene nuevos programas. Si continúa, corrija `end:` en case.yaml.',
      en: 'An agreement that has ended has no new programs. If it continues, correct `end:` in case.yaml.',
    },
  },
  'aop.year-after-expiry': {
    es: 'El año {year} es posterior al vencimiento del acuerdo: su vigencia de {years} {years|año|años} desde la firma ({signed}) terminó el {expired}.',
    en: 'The year {year} comes after the agreement expired: its term of {years} {years|year|years} from signature ({signed}) ended on {expired}.',
    hint: {
      es: 'Un acuerdo vencido no tiene nuevos programas. Si una enmienda prorrogó la vigencia, regístrela en `amendments:` con el nuevo `term:` en agreement.yaml.',
      en: 'An agreement that has expired has no new programs. If an amendment extended the term, record it under `amendments:` with the new `term:` in agreement.yaml.',
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
    es: 'El caso «{slug}» no se puede leer.',
    en: 'The case "{slug}" cannot be read.',
    hint: { es: '`linkage check{globals}` dice qué corregir.', en: '`linkage check{globals}` says what to fix.' },
  },
  'aop-new.previous-invalid': {
    es: 'El programa anterior tiene errores: no se pueden retomar sus actividades.',
    en: 'The previous program has errors: its activities cannot be carried over.',
    hint: { es: '`linkage check{globals}` dice qué corregir.', en: '`linkage check{globals}` says what to fix.' },
  },

  // `linkage next{globals}`: the aop and results steps
  'prompts.aop.year': {
    es: 'Programa Operativo Anual {year}: {file}',
    en: '{year} Annual Operational Program: {file}',
  },
  'prompts.aop.carried': {
    es: 'Se parte del programa {from}: sus objetivos y su seguimiento como propuesta, y {count} {count|actividad no concluida|actividades no concluidas}.',
    en: 'Starting from the {from} program: its objectives and follow-up as a proposal, and its {count} unfinished {count|activity|activities}.',
  },
  'prompts.aop.invalid': {
    es: '{file} tiene errores; corríjalos (`linkage check{globals}`) y vuelva a `linkage next{globals}`.',
    en: '{file} has errors; fix them (`linkage check{globals}`) and run `linkage next{globals}` again.',
  },
  'prompts.aop.no-areas': {
    es: 'El caso no tiene áreas de cooperación, y cada actividad pertenece a una: regístrelas en cases/{slug}/case.yaml (`linkage next {slug} --step counterpart{globals}`).',
    en: 'The case has no areas of cooperation, and each activity belongs to one: record them in cases/{slug}/case.yaml (`linkage next {slug} --step counterpart{globals}`).',
  },
  'prompts.aop.id-taken': {
    es: 'Ya hay una actividad «{id}» en este programa.',
    en: 'This program already has an activity "{id}".',
  },
  'prompts.results.no-aop': {
    es: 'No hay Programa Operativo Anual {year} que evaluar ({file}): regístrelo primero (`linkage aop new {slug} {year}{globals}`).',
    en: 'There is no {year} Annual Operational Program to evaluate ({file}): record it first (`linkage aop new {slug} {year}{globals}`).',
  },
  'prompts.results.not-yet': {
    es: 'Los resultados del Programa Operativo Anual {year} se registran al cerrar el año; vencen el {due}.',
    en: 'The results of the {year} Annual Operational Program are recorded when the year closes; they are due on {due}.',
  },
  'prompts.results.year': {
    es: 'Resultados del Programa Operativo Anual {year}: {file}',
    en: 'Results of the {year} Annual Operational Program: {file}',
  },
  'prompts.results.activity': { es: 'Actividad {id}: {title}', en: 'Activity {id}: {title}' },
  'q.aop.objective': { es: 'Objetivo {n}', en: 'Objective {n}' },
  'q.aop.objective.another': { es: '¿Agregar otro objetivo?', en: 'Add another objective?' },
  'q.aop.followUp': {
    es: 'Mecanismo de seguimiento y evaluación (reuniones, informes)',
    en: 'Follow-up and evaluation mechanism (meetings, reports)',
  },
  'q.aop.approved': {
    es: 'Fecha en que las Partes acordaron el programa',
    en: 'Date the Parties agreed the program',
  },
  'q.aop.approved.blank': { es: '(Enter si aún no lo acuerdan)', en: '(Enter if not agreed yet)' },
  'q.aop.activity.first': { es: '¿Agregar una actividad?', en: 'Add an activity?' },
  'q.aop.activity.another': { es: '¿Agregar otra actividad?', en: 'Add another activity?' },
  'q.aop.activity.id': { es: 'Clave de la actividad', en: 'Activity id' },
  'q.aop.activity.title': { es: 'Nombre de la actividad', en: 'Activity name' },
  'q.aop.activity.area': { es: 'Área de cooperación', en: 'Area of cooperation' },
  'q.aop.activity.responsible.municipality': {
    es: 'Unidad responsable del municipio',
    en: 'Responsible unit of the municipality',
  },
  'q.aop.activity.responsible.counterpart': {
    es: 'Unidad responsable de la contraparte',
    en: 'Responsible unit of the counterpart',
  },
  'q.aop.activity.start': { es: 'Fecha de inicio', en: 'Start date' },
  'q.aop.activity.end': { es: 'Fecha de término', en: 'End date' },
  'q.aop.activity.deliverable': { es: 'Entregable', en: 'Deliverable' },
  'q.aop.activity.status': { es: 'Estado de la actividad', en: 'Status of the activity' },
  'q.aop.budget.first': { es: '¿Agregar una línea de presupuesto?', en: 'Add a budget line?' },
  'q.aop.budget.another': { es: '¿Agregar otra línea de presupuesto?', en: 'Add another budget line?' },
  'q.aop.budget.source': { es: '¿Quién aporta?', en: 'Who provides it?' },
  'q.aop.budget.amount': { es: 'Monto', en: 'Amount' },
  'q.aop.budget.currency': { es: 'Moneda (ISO 4217: MXN, USD, EUR…)', en: 'Currency (ISO 4217: MXN, USD, EUR…)' },
  'q.aop.indicator.first': { es: '¿Agregar un indicador?', en: 'Add an indicator?' },
  'q.aop.indicator.another': { es: '¿Agregar otro indicador?', en: 'Add another indicator?' },
  'q.aop.indicator.name': { es: 'Indicador', en: 'Indicator' },
  'q.aop.indicator.unit': { es: 'Unidad de medida', en: 'Unit of measure' },
  'q.aop.indicator.baseline': { es: 'Línea base', en: 'Baseline' },
  'q.aop.indicator.target': { es: 'Meta', en: 'Target' },
  'q.aop.actual': {
    es: 'Resultado de «{name}» ({unit}; meta {target})',
    en: 'Result of "{name}" ({unit}; target {target})',
  },
  'q.aop.executed': {
    es: 'Monto ejercido: {source} ({currency}; programado {amount})',
    en: 'Amount spent: {source} ({currency}; planned {amount})',
  },
  'q.aop.status': {
    es: 'Estado de la actividad {id} al cierre de {year} (registrada: {status})',
    en: 'Status of activity {id} at the close of {year} (recorded: {status})',
  },
  'q.aop.status.met': {
    es: 'Estado de la actividad {id} al cierre de {year} (registrada: {status}; alcanzó {indicators|su meta|todas sus metas})',
    en: 'Status of activity {id} at the close of {year} (recorded: {status}; {indicators|its target|every target} met)',
  },
  'q.aop.status.short': {
    es: 'Estado de la actividad {id} al cierre de {year} (registrada: {status}; {met} de {indicators} {indicators|meta alcanzada|metas alcanzadas})',
    en: 'Status of activity {id} at the close of {year} (recorded: {status}; {met} of {indicators} {indicators|target|targets} met)',
  },
  'q.aop.status.idle': {
    es: 'Estado de la actividad {id} al cierre de {year} (registrada: {status}; sin resultados ni gasto)',
    en: 'Status of activity {id} at the close of {year} (recorded: {status}; no results and nothing spent)',
  },
  'q.aop.narrative': {
    es: 'Logros del año, en lenguaje claro para publicarse',
    en: "The year's achievements, in plain language fit to publish",
  },
  'q.aop.nextSteps': { es: 'Siguientes pasos', en: 'Next steps' },
  'q.aop.evaluated': {
    es: 'Fecha de la evaluación con la contraparte',
    en: 'Date of the evaluation with the counterpart',
  },
  'enum.activity-status.planned': { es: 'Programada', en: 'Planned' },
  'enum.activity-status.in-progress': { es: 'En curso', en: 'In progress' },
  'enum.activity-status.done': { es: 'Concluida', en: 'Completed' },
  'enum.activity-status.postponed': { es: 'Pospuesta', en: 'Postponed' },
  'enum.activity-status.cancelled': { es: 'Cancelada', en: 'Canceled' },
};
