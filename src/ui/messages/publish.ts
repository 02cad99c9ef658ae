import type { Catalog } from './types.js';

const m = (es: string, en: string) => ({ es, en });

/** `linkage publish{globals}`: the command's report and errors, and every label of the public site. */
export const publish: Catalog = {
  // ── The command ──
  'publish.done': m(
    'Sitio público escrito en {dir}: {pages} páginas ({langs}); {inForce} {inForce|acuerdo vigente|acuerdos vigentes} y {inProgress} en proceso.',
    'Public site written to {dir}: {pages} pages ({langs}); {inForce} {inForce|agreement|agreements} in force and {inProgress} in progress.',
  ),
  'publish.open': m('Ábralo en un navegador: {url}', 'Open it in a browser: {url}'),
  'publish.not-public': m(
    '{count} {count|caso no se publica|casos no se publican}: aún en negociación, sin aprobación del cabildo, o concluidos.',
    '{count} {count|case is|cases are} not published: still being negotiated, not approved by the council, or ended.',
  ),
  'publish.case-invalid': m(
    'El caso «{slug}» tiene errores y quedó fuera del sitio; ejecute `linkage check{globals}`.',
    'The case "{slug}" has errors and was left out of the site; run `linkage check{globals}`.',
  ),
  'publish.aop-invalid': m(
    'El programa {file} tiene errores y quedó fuera del sitio; ejecute `linkage check{globals}`.',
    'The program {file} has errors and was left out of the site; run `linkage check{globals}`.',
  ),
  'publish.workspace-invalid': {
    es: 'linkage.yaml tiene errores; no se puede publicar el sitio.',
    en: 'linkage.yaml has errors; the site cannot be published.',
    hint: { es: 'Ejecute `linkage check{globals}` y corríjalos.', en: 'Run `linkage check{globals}` and fix them.' },
  },
  'publish.out-not-site': {
    es: 'La carpeta {dir} ya existe, tiene otros archivos y no es un sitio de linkage: no se reemplaza.',
    en: 'The folder {dir} already exists, holds other files and is not a linkage site: it is not replaced.',
    hint: {
      es: 'Elija otra carpeta con --out, o vacíela. Un sitio que linkage escribió antes (con su archivo .linkage-site) sí se reemplaza entero.',
      en: 'Choose another folder with --out, or empty it. A site linkage wrote before (with its .linkage-site file) is replaced whole.',
    },
  },
  'publish.out-is-file': {
    es: '{dir} es un archivo, no una carpeta.',
    en: '{dir} is a file, not a folder.',
    hint: { es: 'Elija una carpeta con --out.', en: 'Choose a folder with --out.' },
  },

  // ── Every page ──
  'site.title': m('Vínculos internacionales de {municipality}', 'International links of {municipality}'),
  'site.council': m('H. Ayuntamiento de {municipality}', 'Municipal Council of {municipality}'),
  'site.coat-alt': m('Escudo de {municipality}', 'Coat of arms of {municipality}'),
  'site.skip': m('Ir al contenido', 'Skip to content'),
  'site.nav': m('Secciones del sitio', 'Site sections'),
  'site.nav.home': m('Inicio', 'Home'),
  'site.nav.participate': m('Cómo participar', 'How to take part'),
  // Read in the language it leads to: the Spanish page links to the «English version».
  'site.switch': m('Versión en español', 'English version'),
  'site.updated': m('Información al {date}.', 'Information as of {date}.'),
  'site.footer': m(
    'Publicado por el H. Ayuntamiento de {municipality} con linkage. Este sitio no contiene datos personales de contacto: sólo los de las oficinas públicas y organizaciones.',
    'Published by the Municipal Council of {municipality} with linkage. This site holds no personal contact data: only that of public offices and organizations.',
  ),

  // ── Home page ──
  'site.lead': m(
    'Ciudades hermanas y acuerdos de cooperación del Municipio de {municipality}, {state}, con gobiernos locales de otros países, celebrados conforme a la Ley sobre la Celebración de Tratados y al procedimiento de la Secretaría de Relaciones Exteriores (SRE).',
    'Sister cities and cooperation agreements of the Municipality of {municipality}, {state}, with local governments of other countries, concluded under the Mexican Law on the Conclusion of Treaties and the procedure of the Ministry of Foreign Affairs (SRE).',
  ),
  'site.in-force.heading': m('Acuerdos vigentes', 'Agreements in force'),
  'site.in-force.none': m('Aún no hay acuerdos vigentes.', 'There are no agreements in force yet.'),
  'site.signed': m('firmado el {date}', 'signed on {date}'),
  'site.ending': m('terminación notificada: concluye el {date}', 'termination notified: it ends on {date}'),
  'site.ending.notice': m(
    'terminación notificada el {notice}: concluye el {date}',
    'termination notified on {notice}: it ends on {date}',
  ),
  // Followed by the topic, which may carry its own language mark: not a placeholder of escaped text.
  'site.kind.on-topic': m('Acuerdo de cooperación en materia de', 'Cooperation agreement on'),
  'site.areas': m('Áreas de cooperación', 'Areas of cooperation'),
  'site.grid.heading': m('Por país', 'By country'),
  'site.grid.in-force': m('vigente', 'in force'),
  'site.grid.in-progress': m('en proceso', 'in progress'),
  'site.grid.cities': m('{count} ciudades', '{count} cities'),
  'site.grid.city': m('1 ciudad', '1 city'),
  'site.progress.heading': m('En proceso de formalización', 'Being formalized'),
  'site.progress.lead': m(
    'Acuerdos que el Ayuntamiento ya aprobó en sesión de cabildo y que aún no se firman.',
    'Agreements the Municipal Council has approved in session and that are not yet signed.',
  ),
  'site.progress.council': m('Aprobado por el Ayuntamiento el {date}.', 'Approved by the Municipal Council on {date}.'),
  'site.progress.sre-done': m(
    'Con dictamen favorable de la SRE del {date}; pendiente de firma.',
    'Favorable opinion of the SRE of {date}; awaiting signature.',
  ),
  'site.progress.sre-not-required': m(
    'La SRE determinó el {date} que no se requiere su dictamen; pendiente de firma.',
    'On {date} the SRE determined that no opinion is required; awaiting signature.',
  ),
  'site.progress.sre-pending': m(
    'En revisión de la Secretaría de Relaciones Exteriores.',
    'Under review by the Ministry of Foreign Affairs.',
  ),
  'site.participate.teaser': m(
    'Empresas, instituciones educativas, clubes, sindicatos y asociaciones de migrantes participan en estos vínculos. Vea quiénes participan y cómo sumarse.',
    'Businesses, schools, clubs, unions and migrant associations take part in these links. See who takes part and how to join.',
  ),
  'site.scope.heading': m('Qué se publica aquí', 'What is published here'),
  'site.scope.text': m(
    'Se publican los acuerdos firmados que siguen vigentes, con sus programas anuales y resultados, y los acuerdos que el Ayuntamiento ya aprobó en sesión de cabildo. Los contactos con otras ciudades que aún no llegan al cabildo, los que no prosperaron y los acuerdos ya concluidos no se publican.',
    'This site shows the signed agreements still in force, with their annual programs and results, and the agreements the Municipal Council has approved in session. Contacts with other cities that have not reached the council, those that did not go ahead and agreements that have ended are not shown.',
  ),

  // ── A partner's page ──
  'site.case.status': m('Acuerdo vigente desde el {date}.', 'Agreement in force since {date}.'),
  'site.case.ending': m('Terminación notificada: concluye el {date}.', 'Termination notified: it ends on {date}.'),
  'site.case.ending.notice': m(
    'Terminación notificada el {notice}: concluye el {date}.',
    'Termination notified on {notice}: it ends on {date}.',
  ),
  'site.case.aop.budget': m('Presupuesto del programa {year}', 'Program budget {year}'),
  'site.case.aop.budget.source': m('Aporta', 'Contributed by'),
  'site.case.aop.budget.planned': m('Programado', 'Planned'),
  'site.case.aop.budget.executed': m('Ejercido', 'Spent'),
  'site.case.description': m(
    'El acuerdo de {municipality} con {city}, {country}: fechas, firmantes, áreas de cooperación, programas anuales y resultados.',
    'The agreement of {municipality} with {city}, {country}: dates, signatories, areas of cooperation, annual programs and results.',
  ),
  'site.case.agreement': m('El acuerdo', 'The agreement'),
  'site.case.signed-at': m('Firmado en {place}, el {date}.', 'Signed in {place}, on {date}.'),
  'site.case.signed-on': m('Firmado el {date}.', 'Signed on {date}.'),
  'site.case.signed-both-at': m(
    'Firmado por ambas Partes en {place}, el {date}.',
    'Signed by both Parties in {place}, on {date}.',
  ),
  'site.case.signed-both-on': m('Firmado por ambas Partes el {date}.', 'Signed by both Parties on {date}.'),
  'site.case.council': m(
    'Aprobado por el Ayuntamiento en sesión de cabildo el {date}.',
    'Approved by the Municipal Council in session on {date}.',
  ),
  'site.case.sre': m(
    'Dictamen favorable de la Secretaría de Relaciones Exteriores del {date}.',
    'Favorable opinion of the Ministry of Foreign Affairs of {date}.',
  ),
  'site.case.sre-not-required': m(
    'La Secretaría de Relaciones Exteriores determinó el {date} que no se requiere su dictamen.',
    'On {date} the Ministry of Foreign Affairs determined that no opinion is required.',
  ),
  'site.case.registered': m(
    'Copia enviada a la SRE para su registro el {date}.',
    'Copy sent to the SRE for registration on {date}.',
  ),
  'site.case.registry': m(
    'Registro de Acuerdos Interinstitucionales de la SRE: {number}.',
    'SRE Registry of Inter-institutional Agreements: {number}.',
  ),
  'site.case.signers': m('Firmantes', 'Signatories'),
  'site.case.reasons': m('Por qué esta ciudad', 'Why this city'),
  'site.case.priority': m('Plan Municipal de Desarrollo: {priority}', 'Municipal Development Plan: {priority}'),
  'site.case.aop.heading': m('Programas anuales y resultados', 'Annual programs and results'),
  'site.case.aop.none': m(
    'El primer Programa Operativo Anual está en preparación.',
    'The first Annual Operational Program is being prepared.',
  ),
  'site.case.aop.year': m('Programa Operativo Anual {year}', 'Annual Operational Program {year}'),
  'site.case.aop.approved': m('Aprobado el {date}.', 'Approved on {date}.'),
  'site.case.aop.evaluated': m('Evaluado el {date}.', 'Evaluated on {date}.'),
  'site.case.aop.objectives': m('Objetivos', 'Objectives'),
  'site.case.aop.activities': m('Actividades del programa {year}', 'Activities of the {year} program'),
  'site.case.aop.no-activities': m(
    'Las actividades de este programa aún no se registran.',
    "This program's activities have not been recorded yet.",
  ),
  'site.case.aop.activity': m('Actividad', 'Activity'),
  'site.case.aop.area': m('Área', 'Area'),
  'site.case.aop.dates': m('Fechas', 'Dates'),
  'site.case.aop.state': m('Estado', 'Status'),
  'site.case.aop.results': m('Resultados', 'Results'),
  'site.case.aop.next': m('Siguientes pasos', 'Next steps'),
  'site.case.aop.pending': m(
    'Los resultados de este programa se publicarán cuando se evalúe.',
    "This program's results will be published once it is evaluated.",
  ),
  'site.chart.caption': m('Indicadores {year}: meta y resultado', 'Indicators {year}: target and result'),
  'site.chart.target': m('Meta', 'Target'),
  'site.chart.actual': m('Resultado', 'Result'),
  'site.chart.no-actual': m('sin dato', 'no data'),
  'site.table.caption': m(
    'Indicadores {year}: meta y resultado (tabla)',
    'Indicators {year}: target and result (table)',
  ),
  'site.table.indicator': m('Indicador', 'Indicator'),
  'site.table.baseline': m('Línea base', 'Baseline'),
  'site.table.share': m('% de la meta', '% of target'),
  'site.case.missions': m('Visitas y misiones', 'Visits and missions'),
  'site.case.communication': m('Resultados comunicados', 'Results reported to the public'),
  'site.case.link-text': m('Dirección: {url}', 'Address: {url}'),

  // ── How to take part ──
  'site.participate.lead': m(
    'Los vínculos internacionales del municipio se construyen con la sociedad: las organizaciones y personas que participan proponen ciudades y temas, colaboran en los programas anuales y evalúan sus resultados. Para sumarse, comuníquese con la oficina de enlace.',
    "The municipality's international links are built with society: the organizations and people who take part propose cities and topics, work on the annual programs and evaluate their results. To join, contact the liaison office.",
  ),
  'site.participate.office': m('Oficina de enlace', 'Liaison office'),
  'site.participate.who': m('Quiénes participan', 'Who takes part'),
  'site.participate.none': m(
    'Aún no hay organizaciones registradas; la oficina de enlace recibe las propuestas.',
    'No organizations are registered yet; the liaison office receives proposals.',
  ),
  'site.participate.since': m('desde el {date}', 'since {date}'),
  'site.participate.municipality': m('Ayuntamiento', 'Municipal government'),
  'site.contact.email': m('Correo', 'Email'),
  'site.contact.phone': m('Teléfono', 'Phone'),
  'site.contact.address': m('Dirección', 'Address'),
  'site.contact.web': m('Sitio web', 'Website'),
};
