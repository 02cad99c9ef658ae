import type { Catalog } from './types.js';

/**
 * The words of `--help`: commander's titles and placeholders, and the description of each command,
 * option and argument (src/cli.ts names them by these ids).
 */
export const help: Catalog = {
  'help.title.Usage:': { es: 'Uso:', en: 'Usage:' },
  'help.title.Options:': { es: 'Opciones:', en: 'Options:' },
  'help.title.Commands:': { es: 'Comandos:', en: 'Commands:' },
  'help.title.Arguments:': { es: 'Argumentos:', en: 'Arguments:' },
  'help.title.Global Options:': { es: 'Opciones globales:', en: 'Global options:' },
  'help.choices': { es: 'valores: {values}', en: 'choices: {values}' },
  'help.default': { es: 'por omisión: {value}', en: 'default: {value}' },
  'help.word.options': { es: 'opciones', en: 'options' },
  'help.word.command': { es: 'comando', en: 'command' },
  'help.word.case': { es: 'caso', en: 'case' },
  'help.word.city': { es: 'ciudad', en: 'city' },
  'help.word.dir': { es: 'carpeta', en: 'folder' },
  'help.word.path': { es: 'ruta', en: 'path' },
  'help.word.document': { es: 'documento', en: 'document' },
  'help.word.year': { es: 'año', en: 'year' },
  'help.word.file': { es: 'archivo', en: 'file' },
  'help.word.date': { es: 'fecha', en: 'date' },
  'help.word.lang': { es: 'idioma', en: 'lang' },
  'help.word.codes': { es: 'códigos', en: 'codes' },
  'help.word.code': { es: 'código', en: 'code' },
  'help.word.format': { es: 'formato', en: 'format' },
  'help.word.layout': { es: 'disposición', en: 'layout' },
  'help.word.number': { es: 'número', en: 'number' },
  'help.word.slug': { es: 'identificador', en: 'slug' },
  'help.word.id': { es: 'id', en: 'id' },

  'help.program': {
    es: 'Hermanamientos y acuerdos de cooperación internacional de municipios, según el proceso de la SRE.',
    en: "International sister-city and cooperation agreements of municipalities, following the SRE's process.",
  },
  'help.version': { es: 'muestra la versión', en: 'shows the version' },
  'help.help': { es: 'muestra esta ayuda', en: 'shows this help' },
  'help.help-command': { es: 'muestra la ayuda de un comando', en: 'shows the help of a command' },
  'help.workspace': {
    es: 'espacio de trabajo (repetible en status, check y generate status)',
    en: 'workspace (repeatable with status, check and generate status)',
  },
  'help.no-color': { es: 'sin colores', en: 'no colors' },
  'help.as-of': { es: 'fecha de «hoy» (AAAA-MM-DD)', en: 'the date of "today" (YYYY-MM-DD)' },
  'help.ui-lang': { es: 'idioma de la interfaz', en: 'language of the interface' },
  'help.arg.case': { es: 'identificador del caso (su carpeta)', en: 'the case (its folder name)' },
  'help.opt.yes': { es: 'acepta los valores por omisión', en: 'accepts the defaults' },
  'help.opt.answers-case': {
    es: 'respuestas en YAML, con la forma de case.yaml',
    en: 'answers in YAML, shaped like case.yaml',
  },

  'help.status': {
    es: 'dónde está cada caso, a quién le toca y qué está atrasado',
    en: 'where each case stands, whose move it is and what is late',
  },
  'help.check': {
    es: 'revisa los archivos del espacio de trabajo y las reglas del proceso',
    en: "checks the workspace's files and the rules of the process",
  },
  'help.check.path': {
    es: 'archivos o carpetas a revisar (desde la carpeta de -C, si se da); de una lista de cambios de git, se omiten con una nota los que check no lee y los borrados',
    en: 'files or folders to check (read from the -C folder, if one is given); from a git list of changes, those check does not read and deleted ones are skipped with a note',
  },
  'help.init': {
    es: 'crea un espacio de trabajo para el municipio (Fase 1: identificación)',
    en: 'creates a workspace for the municipality (Phase 1: identification)',
  },
  'help.init.dir': { es: 'carpeta', en: 'folder' },
  'help.init.answers': {
    es: 'respuestas en YAML, con la forma de linkage.yaml',
    en: 'answers in YAML, shaped like linkage.yaml',
  },
  'help.new': { es: 'abre un caso para una ciudad contraparte', en: 'opens a case for a counterpart city' },
  'help.new.city': { es: 'nombre de la ciudad', en: 'name of the city' },
  'help.new.country': { es: 'país (ISO 3166-1, p. ej. PL)', en: 'country (ISO 3166-1, e.g. PL)' },
  'help.new.slug': { es: 'identificador del caso (p. ej. krakow-pl)', en: 'the case folder name (e.g. krakow-pl)' },
  'help.next': {
    es: 'pregunta lo que le falta al siguiente paso de un caso (sin caso: la Fase 1)',
    en: 'asks what the next step of a case lacks (without a case: Phase 1)',
  },
  'help.next.step': {
    es: 'vuelve a un paso, aunque ya esté hecho; `end` cierra el caso y `amendment` registra una modificación',
    en: 'goes back to a step, even one done; `end` closes the case and `amendment` records an amendment',
  },
  'help.next.answers': {
    es: 'respuestas en YAML, con la forma de case.yaml (o de linkage.yaml para la Fase 1)',
    en: 'answers in YAML, shaped like case.yaml (or linkage.yaml for Phase 1)',
  },
  'help.next.append': {
    es: 'agrega a las listas en lugar de reemplazarlas',
    en: 'adds to lists instead of replacing them',
  },
  'help.log': {
    es: 'anota un contacto con la contraparte (o una misión, con --mission, o una representación, con --representation)',
    en: 'records a contact with the counterpart (or a mission, with --mission, or a representation, with --representation)',
  },
  'help.log.mission': {
    es: 'anota una misión (viaje o visita) en lugar de un contacto',
    en: 'records a mission (a trip or visit) instead of a contact',
  },
  'help.log.representation': {
    es: 'anota una embajada o un consulado (de México o de la contraparte)',
    en: "records an embassy or consulate (Mexico's or the counterpart's)",
  },
  'help.log.answers': {
    es: 'entradas en YAML, con la forma de case.yaml (contactLog:, missions:, representations:); siempre se agregan',
    en: 'entries in YAML, shaped like case.yaml (contactLog:, missions:, representations:); always added',
  },
  'help.log.append': {
    es: 'las entradas siempre se agregan (se acepta por simetría)',
    en: 'entries are always added (accepted for symmetry)',
  },
  'help.review': {
    es: 'todo lo registrado de un caso, para una reunión o antes de firmar',
    en: 'everything recorded of a case, for a meeting or before signing',
  },
  'help.review.public': {
    es: 'sin datos personales (campos x-private)',
    en: 'without personal data (x-private fields)',
  },
  'help.generate': {
    es: 'escribe un documento en PDF: profile, letter, … o all',
    en: 'writes a document as PDF: profile, letter, … or all',
  },
  'help.generate.document': {
    es: 'documento: profile, letter, agreement, opinion-request, registration, aop, aop-report, status, handover o all',
    en: 'document: profile, letter, agreement, opinion-request, registration, aop, aop-report, status, handover or all',
  },
  'help.generate.case': { es: 'identificador del caso', en: 'the case' },
  'help.generate.lang': {
    es: 'idiomas del documento, p. ej. es, en, es,en',
    en: "the document's languages, e.g. es, en, es,en",
  },
  'help.generate.out': { es: 'carpeta de salida (por omisión out/)', en: 'output folder (out/ by default)' },
  'help.generate.date': { es: 'fecha del documento (AAAA-MM-DD)', en: "the document's date (YYYY-MM-DD)" },
  'help.generate.record': {
    es: 'emite el documento: lo guarda en el caso y lo registra',
    en: 'issues the document: saves it in the case and records it',
  },
  'help.generate.oficio': {
    es: 'número de oficio (solicitud de dictamen, registro)',
    en: 'oficio number (opinion request, registration)',
  },
  'help.generate.year': {
    es: 'año del Programa Operativo Anual (aop, aop-report)',
    en: 'year of the Annual Operational Program (aop, aop-report)',
  },
  'help.generate.amendment': {
    es: 'la modificación de la que trata el oficio (opinion-request, registration); por omisión, la que está en trámite',
    en: 'the amendment the oficio is about (opinion-request, registration); by default, the one under way',
  },
  'help.generate.final': {
    es: 'el acuerdo sin marca de PROYECTO: sólo con dictamen favorable sobre su texto',
    en: 'the agreement without the DRAFT mark: only with a favorable opinion on its text',
  },
  'help.generate.layout': {
    es: 'acuerdo bilingüe: uno tras otro o en columnas',
    en: 'bilingual agreement: one after the other, or in columns',
  },
  'help.generate.check': {
    es: 'compone todo en memoria y no escribe nada',
    en: 'composes everything in memory and writes nothing',
  },
  'help.templates': { es: 'plantillas de los documentos', en: "the documents' templates" },
  'help.templates.list': {
    es: 'qué plantilla se usa para cada documento e idioma',
    en: 'which template each document and language uses',
  },
  'help.templates.eject': {
    es: 'copia una plantilla incluida al espacio de trabajo para editarla',
    en: 'copies a bundled template into the workspace, to edit it',
  },
  'help.templates.document': { es: 'documento', en: 'document' },
  'help.publish': {
    es: 'escribe el sitio público de los vínculos internacionales (HTML estático, sin datos personales)',
    en: 'writes the public site of the international links (static HTML, no personal data)',
  },
  'help.publish.out': {
    es: 'carpeta del sitio (por omisión out/site/)',
    en: 'folder of the site (out/site/ by default)',
  },
  'help.calendar': {
    es: 'escribe los plazos de los casos como calendario iCalendar (.ics)',
    en: "writes the cases' deadlines as an iCalendar file (.ics)",
  },
  'help.calendar.case': {
    es: 'identificador del caso (sin él: todos los casos)',
    en: 'the case (without it: every case)',
  },
  'help.calendar.out': {
    es: 'archivo de salida (por omisión out/calendar.ics, o out/calendar-<caso>.ics para un caso; - para la salida estándar)',
    en: 'output file (out/calendar.ics by default, or out/calendar-<case>.ics for one case; - for standard output)',
  },
  'help.aop': { es: 'Programas Operativos Anuales (POA)', en: 'Annual Operational Programs (AOP)' },
  'help.aop.new': {
    es: 'inicia el POA del año siguiente con las actividades no concluidas del año',
    en: "starts next year's AOP with the year's unfinished activities",
  },
  'help.aop.year': {
    es: 'año del programa (por omisión, el siguiente al último POA, o el de la firma)',
    en: 'year of the program (by default the one after the latest AOP, or the year of signature)',
  },
  'help.aop.dry-run': { es: 'muestra el archivo sin escribirlo', en: 'shows the file without writing it' },
  'help.format': { es: 'formato de salida', en: 'output format' },
};
