import type { Catalog } from './types.js';

/** `linkage calendar{globals}`: the calendar's events (summary and description) and what the command prints. */
export const calendar: Catalog = {
  'calendar.name': { es: 'Plazos internacionales — {municipality}', en: 'International deadlines — {municipality}' },
  'calendar.workspace-invalid': {
    es: 'linkage.yaml tiene errores; no se puede escribir el calendario.',
    en: 'linkage.yaml has errors; the calendar cannot be written.',
    hint: { es: 'Ejecute `linkage check{globals}` y corríjalos.', en: 'Run `linkage check{globals}` and fix them.' },
  },
  'calendar.case-invalid': {
    es: 'El caso «{slug}» tiene errores; no se puede escribir su calendario.',
    en: 'The case "{slug}" has errors; its calendar cannot be written.',
    hint: {
      es: 'Corríjalos; `linkage check{globals}` los muestra todos.',
      en: 'Fix them; `linkage check{globals}` shows them all.',
    },
  },
  'calendar.case-left-out': {
    es: 'El caso «{slug}» tiene errores y quedó fuera del calendario; ejecute `linkage check{globals}`.',
    en: 'The case "{slug}" has errors and was left out of the calendar; run `linkage check{globals}`.',
  },
  'calendar.written': {
    es: 'Escrito: {file} ({count} {count|evento|eventos})',
    en: 'Written: {file} ({count} {count|event|events})',
  },
  'calendar.summary': { es: '{what} — {city} ({slug})', en: '{what} — {city} ({slug})' },
  'calendar.overdue': { es: 'VENCIDO: {summary}', en: 'OVERDUE: {summary}' },
  'calendar.overdue.since': { es: 'Venció el {date}.', en: 'It fell due on {date}.' },
  'calendar.file': { es: 'Archivo: {file}', en: 'File: {file}' },
  'calendar.what.follow-up': { es: 'Seguimiento: {title}', en: 'Follow-up: {title}' },
  'calendar.what.contact': { es: 'Contactar a la contraparte', en: 'Contact the counterpart' },
  'calendar.what.contact-log': { es: 'Seguimiento de la bitácora de contacto', en: 'Contact-log follow-up' },
  'calendar.what.aop': { es: 'Programa Operativo Anual {year}', en: 'Annual Operational Program {year}' },
  'calendar.what.results': { es: 'Resultados del POA {year}', en: 'AOP {year} results' },
  'calendar.what.registration': { es: 'Número de registro de la SRE', en: 'SRE registry number' },
  'calendar.what.amendment': { es: 'Dictamen de la modificación {id}', en: 'Opinion on amendment {id}' },
  'calendar.what.amendment-registration': {
    es: 'Envío a registro de la modificación {id}',
    en: 'Sending amendment {id} for registration',
  },
  'calendar.what.amendment-acuse': {
    es: 'Acuse del registro de la modificación {id}',
    en: "Acknowledgment of amendment {id}'s registration",
  },
  'calendar.what.amendment-registry-number': {
    es: 'Número de registro de la modificación {id}',
    en: 'Registry number of amendment {id}',
  },
  'calendar.what.activity': { es: 'POA {year}: {title}', en: 'AOP {year}: {title}' },
  'calendar.what.notice': {
    es: 'Último día para avisar la terminación del acuerdo',
    en: 'Last day to give notice of termination',
  },
  'calendar.what.term-end': { es: 'Fin de la vigencia del acuerdo', en: "End of the agreement's term" },
  'calendar.what.termination': {
    es: 'Surte efectos la terminación del acuerdo',
    en: 'The termination of the agreement takes effect',
  },
  'calendar.do.follow-up': {
    es: 'Le toca a: {actor}. Dé seguimiento a «{title}» y anote lo que ocurra.',
    en: 'Waiting on: {actor}. Follow up on "{title}" and record what happens.',
  },
  'calendar.do.contact': {
    es: 'Han pasado meses sin contacto con la contraparte: escriba o llame, y anótelo con «linkage log {slug}».',
    en: 'Months have passed without contact with the counterpart: write or call, and record it with "linkage log {slug}".',
  },
  'calendar.do.contact-log': {
    es: 'Dé el seguimiento acordado en la última entrada de la bitácora y anótelo con «linkage log {slug}».',
    en: 'Do the follow-up set in the latest contact-log entry and record it with "linkage log {slug}".',
  },
  'calendar.do.aop': {
    es: 'Acuerde con la contraparte el Programa Operativo Anual {year} y regístrelo.',
    en: 'Agree the {year} Annual Operational Program with the counterpart and record it.',
  },
  'calendar.do.results': {
    es: 'Registre el resultado de cada indicador del POA {year}, cómo terminó cada actividad (status) y la fecha de su evaluación (results.evaluated).',
    en: 'Record the result of every indicator of the {year} AOP, how each activity ended (status) and the date of its evaluation (results.evaluated).',
  },
  'calendar.do.registration': {
    es: 'Pregunte a la SRE por el número de registro del acuerdo y anótelo (steps.registration.registryNumber).',
    en: "Ask the SRE for the agreement's registry number and record it (steps.registration.registryNumber).",
  },
  'calendar.do.amendment': {
    es: 'Pregunte a la SRE por el dictamen de la modificación «{id}» y anótelo con «linkage next {slug} --step amendment».',
    en: 'Ask the SRE for its opinion on amendment "{id}" and record it with "linkage next {slug} --step amendment".',
  },
  'calendar.do.amendment-registration': {
    es: 'La modificación «{id}» está firmada: envíe copia a la SRE para su registro (`linkage generate registration {slug} --amendment {id}`) y anote el envío con «linkage next {slug} --step amendment».',
    en: 'Amendment "{id}" is signed: send a copy to the SRE for registration (`linkage generate registration {slug} --amendment {id}`) and record it with "linkage next {slug} --step amendment".',
  },
  'calendar.do.amendment-registry-number': {
    es: 'Pregunte a la SRE por el número de registro de la modificación «{id}» y anótelo en su `registration: registryNumber:` (amendments de cases/{slug}/case.yaml).',
    en: 'Ask the SRE for the registry number of amendment "{id}" and record it in its `registration: registryNumber:` (amendments in cases/{slug}/case.yaml).',
  },
  'calendar.do.amendment-acuse': {
    es: 'Pregunte a la SRE por el acuse del registro de la modificación «{id}» y anótelo con «linkage next {slug} --step amendment».',
    en: 'Ask the SRE for its acknowledgment of amendment "{id}"\'s registration and record it with "linkage next {slug} --step amendment".',
  },
  'calendar.do.activity': {
    es: 'Actividad {id} del POA {year}, del {start} al {end}. Al terminarla, actualice su estado (status).',
    en: 'Activity {id} of the {year} AOP, from {start} to {end}. When it is over, update its status.',
  },
  'calendar.do.notice': {
    es: 'El acuerdo vence el {ends}. Para terminarlo, la otra Parte debe recibir hoy a más tardar el aviso por escrito ({noticeDays} días antes); para prorrogarlo, acuérdelo por escrito.',
    en: 'The agreement ends on {ends}. To terminate it, the other Party must receive written notice today at the latest ({noticeDays} days before); to extend it, agree so in writing.',
  },
  'calendar.do.term-end': {
    es: 'Vence la vigencia de {years} años del acuerdo firmado el {signed}; sólo se prorroga por acuerdo escrito de las Partes. Si no se prorrogó, registre el fin con «linkage next {slug} --step end».',
    en: 'The {years}-year term of the agreement signed on {signed} ends; it is extended only by written agreement of the Parties. If it was not extended, record the end with "linkage next {slug} --step end".',
  },
  'calendar.do.termination': {
    es: 'Vence el plazo del aviso de terminación: desde hoy el acuerdo deja de estar en vigor y el caso queda cerrado. Las actividades en curso no se ven afectadas; registre cómo concluyen.',
    en: 'The notice period of the termination runs out: from today the agreement is no longer in force and the case is closed. Activities under way are not affected; record how they end.',
  },
};
