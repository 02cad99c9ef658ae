import type { Catalog } from './types.js';

/** Words of the status report and the check summary. */
export const status: Catalog = {
  'status.col.case': { es: 'Caso', en: 'Case' },
  'status.col.phase': { es: 'Fase', en: 'Phase' },
  'status.col.progress': { es: 'Avance', en: 'Progress' },
  'status.col.next': { es: 'Siguiente paso', en: 'Next step' },
  'status.col.move': { es: 'Le toca a', en: 'Whose move' },
  'status.col.since': { es: 'Desde', en: 'Since' },
  'status.col.late': { es: 'Atrasos', en: 'Late' },
  'status.col.workspace': { es: 'Espacio de trabajo', en: 'Workspace' },
  'status.col.city': { es: 'Ciudad', en: 'City' },
  'status.col.lastContact': { es: 'Último contacto', en: 'Last contact' },
  'status.col.asOf': { es: 'Estado al', en: 'Status as of' },
  'status.actor.municipio': { es: 'Municipio', en: 'Municipality' },
  'status.actor.contraparte': { es: 'Contraparte', en: 'Counterpart' },
  'status.actor.sre': { es: 'SRE', en: 'SRE' },
  'status.actor.cabildo': { es: 'Cabildo', en: 'Council' },
  'status.actor.estado': { es: 'Estado', en: 'State' },
  'status.closed.declined': { es: 'Declinado', en: 'Declined' },
  'status.closed.withdrawn': { es: 'Retirado', en: 'Withdrawn' },
  'status.closed.terminated': { es: 'Terminado', en: 'Terminated' },
  'status.closed.expired': { es: 'Vencido', en: 'Expired' },
  'status.complete': { es: 'al día', en: 'up to date' },
  'status.ending': {
    es: 'terminación notificada: surte efectos el {date}',
    en: 'termination notified: takes effect on {date}',
  },
  'status.progress-of': { es: '{done} de {total}', en: '{done} of {total}' },
  'status.error': { es: 'ERROR: {message}', en: 'ERROR: {message}' },
  'status.late.follow-up': {
    es: 'seguimiento del último contacto vencido el {due}',
    en: 'follow-up of the last contact overdue since {due}',
  },
  'status.late.follow-up-step': {
    es: 'seguimiento de «{step}» vencido el {due}',
    en: 'follow-up on "{step}" overdue since {due}',
  },
  'status.late.contact': {
    es: 'contacto con la contraparte vencido el {due}',
    en: 'contact with the counterpart overdue since {due}',
  },
  'status.late.aop': { es: 'POA {year} vencido el {due}', en: 'AOP {year} overdue since {due}' },
  'status.late.amendment': {
    es: 'dictamen de la SRE sobre la modificación {id} vencido el {due}',
    en: 'SRE opinion on amendment {id} overdue since {due}',
  },
  'status.late.amendment-registration': {
    es: 'envío a registro de la modificación {id} vencido el {due}',
    en: 'sending amendment {id} for registration overdue since {due}',
  },
  'status.late.amendment-acuse': {
    es: 'acuse de la SRE del registro de la modificación {id} vencido el {due}',
    en: "the SRE's acknowledgment of amendment {id}'s registration overdue since {due}",
  },
  'status.amendment.opinion': {
    es: 'Dictamen de la SRE sobre la modificación {id}',
    en: 'SRE opinion on amendment {id}',
  },
  'status.amendment.registration': {
    es: 'Registro de la modificación {id} ante la SRE',
    en: 'Registration of amendment {id} with the SRE',
  },
  'status.amendment.acuse': {
    es: 'Acuse de la SRE del registro de la modificación {id}',
    en: "The SRE's acknowledgment of amendment {id}'s registration",
  },
  'status.late.results': { es: 'resultados {year} vencidos el {due}', en: '{year} results overdue since {due}' },
  'status.no-workspace': {
    es: 'no se pudo leer: sin él no se sabe en qué paso va el caso.',
    en: "could not be read: without it the case's step cannot be told.",
  },
  'status.phase1': { es: 'Identificación del municipio: {steps}', en: 'Municipal identification: {steps}' },
  'status.phase1.done': { es: 'completa', en: 'complete' },
  'status.asOf': { es: 'Estado al {date}', en: 'Status as of {date}' },
  'status.noCases': { es: 'Sin casos todavía.', en: 'No cases yet.' },
  'status.state.pending': { es: 'pendiente', en: 'pending' },
  'status.state.in-progress': { es: 'en curso', en: 'in progress' },
  'status.state.done': { es: 'hecho', en: 'done' },
  'status.state.skipped': { es: 'omitido', en: 'skipped' },
  'status.state.not-applicable': { es: 'no aplica', en: 'not applicable' },
  'check.summary': {
    es: '{errors} {errors|error|errores}, {warnings} {warnings|advertencia|advertencias} en {files} {files|archivo|archivos}.',
    en: '{errors} {errors|error|errors}, {warnings} {warnings|warning|warnings} in {files} {files|file|files}.',
  },
  'check.ok': {
    es: 'Todo en orden: {files} {files|archivo revisado|archivos revisados}.',
    en: 'All in order: {files} {files|file|files} checked.',
  },
  'check.no-such-path': {
    es: 'No existe «{path}»: no hay nada que revisar ahí.',
    en: '"{path}" does not exist: there is nothing to check there.',
    hint: {
      es: 'Indique archivos o carpetas del espacio de trabajo, p. ej. cases/<caso>; sin rutas se revisa todo.',
      en: 'Give files or folders of the workspace, e.g. cases/<case>; with no path everything is checked.',
    },
  },
  'check.no-such-path-suggest': {
    es: 'No existe «{path}». ¿Quiso decir {suggestion}?',
    en: '"{path}" does not exist. Did you mean {suggestion}?',
  },
  'check.nothing-there': {
    es: '«{path}» no es ni contiene un archivo que `check` revise (linkage.yaml, profile.yaml, los de cada caso).',
    en: '"{path}" is not, and holds no, file that `check` reads (linkage.yaml, profile.yaml, each case\'s files).',
    hint: {
      es: 'Indique un caso (cases/<caso>) o uno de sus archivos; sin rutas se revisa todo.',
      en: 'Give a case (cases/<case>) or one of its files; with no path everything is checked.',
    },
  },
  'check.skipped': {
    es: 'Se omite «{path}»: no es un archivo que `check` revise.',
    en: 'Skipped "{path}": not a file `check` reads.',
  },
  'check.skipped-deleted': {
    es: 'Se omite «{path}»: ya no existe.',
    en: 'Skipped "{path}": it was deleted.',
  },
  'check.deleted-in-case': {
    es: '«{path}» ya no existe: se revisa su caso, {case}.',
    en: '"{path}" was deleted: its case, {case}, is checked.',
  },
  'check.paths-several-workspaces': {
    es: 'Con rutas, `check` revisa un solo espacio de trabajo; se indicaron {count} con -C.',
    en: 'With paths, `check` checks one workspace; {count} were given with -C.',
    hint: {
      es: 'Dé las rutas con un solo -C (se leen desde esa carpeta), o sin -C desde donde está.',
      en: 'Give the paths with one -C (they are read from that folder), or without -C from where you are.',
    },
  },
  'check.case-rules-waiting': {
    es: 'Las reglas del proceso del caso «{slug}» no se revisaron: su agreement.yaml tiene errores.',
    en: 'The process rules of the case "{slug}" were not checked: its agreement.yaml has errors.',
    hint: {
      es: 'Corrija primero los errores de agreement.yaml; las reglas del caso se revisan con su texto.',
      en: "Fix agreement.yaml's errors first; the case's rules are checked against its text.",
    },
  },
  'check.rules-waiting': {
    es: 'Las reglas del proceso no se revisaron: linkage.yaml no se pudo leer.',
    en: 'The process rules were not checked: linkage.yaml could not be read.',
    hint: {
      es: 'Corrija primero el error de linkage.yaml; las reglas de cada caso se revisan con él.',
      en: "Fix linkage.yaml's error first; every case's rules are checked against it.",
    },
  },
  'check.law': { es: 'Fundamento: {law}', en: 'Legal basis: {law}' },
  // The legal bases of findings (process/rules/locate.ts): names of laws stay in Spanish, as they are
  // cited; what is said around them is in the UI's language.
  'law.lsct-2-ii': {
    es: 'Ley sobre la Celebración de Tratados (DOF 02-01-1992; reformas DOF 20-05-2021 y 14-11-2025), art. 2-II',
    en: 'Ley sobre la Celebración de Tratados (DOF 02-01-1992; amended DOF 20-05-2021 and 14-11-2025), art. 2-II',
  },
  'law.lsct-7': {
    es: 'Ley sobre la Celebración de Tratados (DOF 02-01-1992; reformas DOF 20-05-2021 y 14-11-2025), art. 7',
    en: 'Ley sobre la Celebración de Tratados (DOF 02-01-1992; amended DOF 20-05-2021 and 14-11-2025), art. 7',
  },
  'law.lsct-2-ii-8-9': {
    es: 'Ley sobre la Celebración de Tratados (DOF 02-01-1992; reformas DOF 20-05-2021 y 14-11-2025), arts. 2-II, 8 y 9',
    en: 'Ley sobre la Celebración de Tratados (DOF 02-01-1992; amended DOF 20-05-2021 and 14-11-2025), arts. 2-II, 8 and 9',
  },
  'law.cpeum-115-ii-b': {
    es: 'Constitución Política de los Estados Unidos Mexicanos, art. 115, fracción II, inciso b)',
    en: 'Constitución Política de los Estados Unidos Mexicanos (the Constitution), art. 115, section II, paragraph b)',
  },
  'law.sre-model-aop': {
    es: 'Modelo de Acuerdo de Hermanamiento de Amplio Alcance (SRE), artículo «Programas Operativos Anuales»',
    en: 'Modelo de Acuerdo de Hermanamiento de Amplio Alcance (the SRE model), article "Annual Operational Programs"',
  },
};
