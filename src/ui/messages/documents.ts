import type { Catalog } from './types.js';

/** Messages of document generation and templates. */
export const documents: Catalog = {
  'document.unknown': {
    es: '«{name}» no es un documento de linkage.',
    en: '"{name}" is not a linkage document.',
    hint: { es: 'Documentos: {documents}.', en: 'Documents: {documents}.' },
  },
  'document.unknown-suggest': {
    es: '«{name}» no es un documento de linkage. ¿Quiso decir «{suggestion}»?',
    en: '"{name}" is not a linkage document. Did you mean "{suggestion}"?',
    hint: { es: 'Documentos: {documents}.', en: 'Documents: {documents}.' },
  },
  'document.missing-translation': {
    es: 'Falta la traducción al idioma «{lang}» del campo {field}.',
    en: 'The "{lang}" translation of the field {field} is missing.',
    hint: {
      es: 'Agregue `{lang}: …` junto al texto en español, o genere el documento sin ese idioma (--lang es).',
      en: 'Add `{lang}: …` next to the Spanish text, or generate the document without that language (--lang es).',
    },
  },
  'document.missing-spanish': {
    es: 'Falta el texto en español («{lang}:») del campo {field}.',
    en: 'The Spanish text ("{lang}:") of the field {field} is missing.',
    hint: {
      es: 'Agregue `es: …` a ese campo, junto a sus traducciones; un texto solo, sin idiomas, también se lee como español.',
      en: 'Add `es: …` to that field, next to its translations; a bare text, without languages, also reads as Spanish.',
    },
  },
  'document.bad-lang': {
    es: 'El idioma «{lang}» no está entre los idiomas del espacio de trabajo ({languages}).',
    en: 'The language "{lang}" is not one of the workspace languages ({languages}).',
    hint: {
      es: 'Agréguelo a settings.languages en linkage.yaml, con sus plantillas en templates/{lang}/.',
      en: 'Add it to settings.languages in linkage.yaml, with its templates in templates/{lang}/.',
    },
  },
  'document.workspace-invalid': {
    es: 'linkage.yaml tiene errores; no se puede generar ningún documento.',
    en: 'linkage.yaml has errors; no document can be generated.',
    hint: { es: 'Ejecute `linkage check{globals}` y corríjalos.', en: 'Run `linkage check{globals}` and fix them.' },
  },
  'document.agreement-invalid': {
    es: 'El agreement.yaml del caso «{slug}» tiene errores; sin su texto no se puede generar el documento.',
    en: 'The agreement.yaml of the case "{slug}" has errors; without its text the document cannot be generated.',
    hint: { es: 'Ejecute `linkage check{globals}` y corríjalos.', en: 'Run `linkage check{globals}` and fix them.' },
  },
  'document.case-invalid': {
    es: 'El caso «{slug}» tiene errores; no se puede generar su documento.',
    en: 'The case "{slug}" has errors; its document cannot be generated.',
    hint: { es: 'Ejecute `linkage check{globals}` y corríjalos.', en: 'Run `linkage check{globals}` and fix them.' },
  },
  'document.missing-glyph': {
    es: 'Ninguna fuente configurada tiene el carácter «{char}» ({codePoint}) del campo {field}: «{context}».',
    en: 'No configured font has the character "{char}" ({codePoint}) of the field {field}: "{context}".',
    hint: {
      es: 'Agregue en settings.fonts de linkage.yaml una fuente TTF que lo tenga (por ejemplo, una CJK), o corrija el texto.',
      en: 'Add a TTF font that has it to settings.fonts in linkage.yaml (a CJK font, for example), or fix the text.',
    },
  },
  'document.image.not-found': {
    es: 'No se encontró la imagen {file}.',
    en: 'The image {file} was not found.',
    hint: {
      es: 'Revise settings.letterhead.coatOfArms en linkage.yaml.',
      en: 'Check settings.letterhead.coatOfArms in linkage.yaml.',
    },
  },
  'document.image.unreadable': {
    es: 'No se pudo leer la imagen {file}. {detail}',
    en: 'The image {file} could not be read. {detail}',
    hint: { es: 'Revise que exista y que tenga permisos de lectura.', en: 'Check that it exists and can be read.' },
  },
  'document.image.unsupported-format': {
    es: 'La imagen {file} no es PNG ni JPEG ({detail}).',
    en: 'The image {file} is neither PNG nor JPEG ({detail}).',
    hint: {
      es: 'Exporte el escudo como PNG (por ejemplo, desde el SVG) y apunte a ese archivo.',
      en: 'Export the coat of arms as PNG (from the SVG, for example) and point to that file.',
    },
  },
  'document.image.corrupt': {
    es: 'La imagen {file} está dañada. {detail}',
    en: 'The image {file} is damaged. {detail}',
    hint: { es: 'Vuelva a exportarla como PNG o JPEG.', en: 'Export it again as PNG or JPEG.' },
  },
  'document.no-administration': {
    es: 'Ninguna administración registrada está en funciones el {date}: el documento sale con los funcionarios de la administración {administration}, del {start} al {end}.',
    en: 'No recorded administration is in office on {date}: the document names the officials of the {administration} administration, from {start} to {end}.',
    hint: {
      es: 'Registre la administración en funciones en `administrations:` de linkage.yaml (su periodo, sus funcionarios y su PMD), o dé al documento una fecha de ese periodo con `--date`.',
      en: 'Record the administration in office under `administrations:` in linkage.yaml (its period, its officials and its PMD), or give the document a date within that period with `--date`.',
    },
  },
  'document.image-large': {
    es: 'La imagen {file} pesa {kb} KB; cada PDF crece otro tanto.',
    en: 'The image {file} is {kb} KB; every PDF grows by as much.',
    hint: {
      es: 'Redúzcala a menos de 300 KB (por ejemplo, 600 px de ancho).',
      en: 'Shrink it below 300 KB (600 px wide, for example).',
    },
  },
  'document.font.not-found': {
    es: 'No se encontró la fuente {file}.',
    en: 'The font {file} was not found.',
    hint: { es: 'Revise settings.fonts en linkage.yaml.', en: 'Check settings.fonts in linkage.yaml.' },
  },
  'document.font.unreadable': {
    es: 'No se pudo leer la fuente {file}. {detail}',
    en: 'The font {file} could not be read. {detail}',
  },
  'document.font.invalid': {
    es: 'La fuente {file} no es una fuente TTF u OTF válida. {detail}',
    en: 'The font {file} is not a valid TTF or OTF font. {detail}',
  },
  'document.layout': {
    es: 'No se pudo componer el documento {document}: {detail}',
    en: 'The document {document} could not be laid out: {detail}',
  },
  'document.needs-date': {
    es: 'Para emitir el documento hace falta su fecha.',
    en: 'Issuing the document needs its date.',
    hint: {
      es: 'Indíquela con --date AAAA-MM-DD, o regístrela en el paso.',
      en: 'Give it with --date YYYY-MM-DD, or record it in the step.',
    },
  },
  'document.date-differs': {
    es: 'El paso ya tiene la fecha {recorded}; --date dice {given}.',
    en: 'The step already has the date {recorded}; --date says {given}.',
    hint: { es: 'Corrija la fecha en el caso o quite --date.', en: 'Fix the date in the case or drop --date.' },
  },
  'document.final-not-applicable': {
    es: '--final sólo aplica al acuerdo; el documento {document} no lleva marca de proyecto.',
    en: '--final only applies to the agreement; the document {document} carries no draft mark.',
  },
  'document.final-no-dictamen': {
    es: 'El acuerdo del caso «{slug}» aún no tiene dictamen favorable de la SRE: sólo puede imprimirse como PROYECTO.',
    en: 'The agreement of the case "{slug}" has no favorable SRE opinion yet: it can only be printed as a DRAFT.',
    hint: {
      es: 'La SRE dictamina antes de la firma (Ley sobre la Celebración de Tratados, art. 7). Registre el dictamen con `linkage next {slug}{globals}`.',
      en: 'The SRE gives its opinion before signature (Law on the Conclusion of Treaties, art. 7). Record it with `linkage next {slug}{globals}`.',
    },
  },
  'document.final-other-text': {
    es: 'El dictamen favorable es sobre otro texto (hash {dictamen}); el texto actual tiene el hash {current}.',
    en: 'The favorable opinion is on another text (hash {dictamen}); the current text has the hash {current}.',
    hint: {
      es: 'Sólo se firma el texto dictaminado: vuelva a ese texto, o envíe el nuevo a la SRE en otra ronda (un acuerdo ya firmado, como modificación: `linkage next {slug} --step amendment{globals}`).',
      en: 'Only the text the SRE reviewed may be signed: go back to it, or send the new one to the SRE in another round (for an agreement already signed, as an amendment: `linkage next {slug} --step amendment{globals}`).',
    },
  },
  'document.agreement-closed': {
    es: 'El caso «{slug}» se cerró sin que se negociara un acuerdo (no tiene agreement.yaml): no hay texto que generar.',
    en: 'The case "{slug}" was closed without an agreement being negotiated (it has no agreement.yaml): there is no text to generate.',
    hint: {
      es: '`linkage status {slug}{globals}` muestra cómo terminó.',
      en: '`linkage status {slug}{globals}` shows how it ended.',
    },
  },
  'document.request-closed': {
    es: 'El caso «{slug}» se cerró sin haber pedido el dictamen de la SRE: no hay acuerdo que someterle.',
    en: 'The case "{slug}" was closed without asking for the SRE\'s opinion: there is no agreement to submit to it.',
    hint: {
      es: '`linkage status {slug}{globals}` muestra cómo terminó.',
      en: '`linkage status {slug}{globals}` shows how it ended.',
    },
  },
  'document.request-no-text': {
    es: 'El caso «{slug}» aún no tiene el texto del acuerdo (agreement.yaml): la solicitud de dictamen somete a la SRE el texto negociado con la contraparte.',
    en: 'The case "{slug}" has no agreement text yet (agreement.yaml): the opinion request submits to the SRE the text negotiated with the counterpart.',
    hint: {
      es: 'Prepárelo a partir del modelo de la SRE con `linkage generate agreement {slug}{globals}` y registre su versión con `linkage next {slug}{globals}`.',
      en: 'Prepare it from the SRE model with `linkage generate agreement {slug}{globals}` and record its version with `linkage next {slug}{globals}`.',
    },
  },
  'document.registration-unsigned': {
    es: 'El acuerdo del caso «{slug}» no consta firmado: falta el lugar o la fecha de firma de alguna de las Partes. La copia para el Registro se envía a la SRE después de la firma (Ley sobre la Celebración de Tratados, art. 7).',
    en: 'The agreement of the case "{slug}" is not recorded as signed: the place or date of signature of a Party is missing. The copy for the registry goes to the SRE after signature (Law on the Conclusion of Treaties, art. 7).',
    hint: {
      es: 'Registre dónde y cuándo firmó cada Parte con `linkage next {slug}{globals}`.',
      en: 'Record where and when each Party signed with `linkage next {slug}{globals}`.',
    },
  },
  'document.registration-no-dictamen': {
    es: 'El acuerdo del caso «{slug}» consta firmado, pero no hay un dictamen favorable (o «no requerido») de la SRE: la SRE dictamina antes de la firma (Ley sobre la Celebración de Tratados, art. 7).',
    en: 'The agreement of the case "{slug}" is recorded as signed, but there is no favorable (or "not required") SRE opinion: the SRE gives its opinion before signature (Law on the Conclusion of Treaties, art. 7).',
    hint: {
      es: 'Registre el dictamen en `steps: sre-opinion: rounds:` (`linkage next {slug}{globals}`), o corrija los datos de firma si aún no se firma.',
      en: 'Record the opinion under `steps: sre-opinion: rounds:` (`linkage next {slug}{globals}`), or correct the signature facts if it is not signed yet.',
    },
  },
  'document.amendment-not-applicable': {
    es: '--amendment elige la modificación de la que trata un oficio a la SRE; el documento {document} no trata de ninguna.',
    en: '--amendment chooses the amendment an oficio to the SRE is about; the document {document} is about none.',
    hint: {
      es: 'Úselo con opinion-request o registration, o quítelo.',
      en: 'Use it with opinion-request or registration, or leave it out.',
    },
  },
  'document.unknown-amendment': {
    es: 'El caso «{slug}» no tiene una modificación «{id}».',
    en: 'The case "{slug}" has no amendment "{id}".',
    hint: {
      es: 'Sus modificaciones: {amendments}. Se registran con `linkage next {slug} --step amendment{globals}`.',
      en: 'Its amendments: {amendments}. They are recorded with `linkage next {slug} --step amendment{globals}`.',
    },
  },
  'document.registration-amendment-unsigned': {
    es: 'La modificación «{id}» del caso «{slug}» no consta firmada. Su copia para el Registro se envía a la SRE después de la firma (Ley sobre la Celebración de Tratados, art. 7).',
    en: 'The amendment "{id}" of the case "{slug}" is not recorded as signed. Its copy for the registry goes to the SRE after signature (Law on the Conclusion of Treaties, art. 7).',
    hint: {
      es: 'Registre la fecha en que las Partes la firmaron con `linkage next {slug} --step amendment{globals}`.',
      en: 'Record the date the Parties signed it with `linkage next {slug} --step amendment{globals}`.',
    },
  },
  'document.registration-amendment-no-dictamen': {
    es: 'La modificación «{id}» del caso «{slug}» consta firmada, pero no hay un dictamen favorable (o «no requerido») de la SRE sobre ella: la SRE dictamina antes de la firma (Ley sobre la Celebración de Tratados, art. 7).',
    en: 'The amendment "{id}" of the case "{slug}" is recorded as signed, but there is no favorable (or "not required") SRE opinion on it: the SRE gives its opinion before signature (Law on the Conclusion of Treaties, art. 7).',
    hint: {
      es: 'Registre el dictamen en `amendments: rounds:` (`linkage next {slug} --step amendment{globals}`), o corrija la fecha de firma si aún no se firma.',
      en: 'Record the opinion under `amendments: rounds:` (`linkage next {slug} --step amendment{globals}`), or correct the signature date if it is not signed yet.',
    },
  },
  'document.request-kept-accepted': {
    es: 'La {round}.ª solicitud de dictamen somete a la SRE el mismo texto que ya le sometió, pero la observación «{observation}» del dictamen de la {earlier}.ª se registró como aceptada (se cambió el texto): el oficio diría que el Municipio mantiene el texto y a la vez respondería que lo cambió.',
    en: 'Request {round} for the SRE opinion submits the same text it was already sent, but the observation "{observation}" of the opinion on request {earlier} is recorded as accepted (the text was changed): the letter would say the Municipality keeps the text and answer that it changed it.',
    hint: {
      es: 'Si se cambió el texto, regístrelo en agreement.yaml y, si la ronda ya está registrada, ponga en su `hash:` la huella del texto revisado; si se mantuvo, registre la resolución de la observación como rejected o clarified, con el texto que explica por qué.',
      en: "If the text was changed, record it in agreement.yaml and, if the round is already recorded, put the revised text's hash in its `hash:`; if it was kept, record the observation's resolution as rejected or clarified, with the text explaining why.",
    },
  },
  'document.request-blank-answer': {
    es: 'La {round}.ª solicitud de dictamen cita la respuesta a la observación «{observation}» del dictamen de la {earlier}.ª, pero esa respuesta no tiene texto: el oficio imprime «____» en su lugar.',
    en: 'Request {round} for the SRE opinion quotes the answer to the observation "{observation}" of the opinion on request {earlier}, but that answer has no text: the letter prints "____" in its place.',
    hint: {
      es: 'Escriba la respuesta (por qué el texto la atiende o por qué se mantiene) en `{path}` de {file}.',
      en: 'Write the answer (how the text meets it or why it stands) in `{path}` of {file}.',
    },
  },
  'document.registration-other-text': {
    es: 'El texto firmado del acuerdo del caso «{slug}» (hash {signed}) no es el que la SRE dictaminó favorablemente (hash {cleared}): sólo se firma el texto dictaminado (Ley sobre la Celebración de Tratados, art. 7).',
    en: 'The signed text of the agreement of the case "{slug}" (hash {signed}) is not the one the SRE gave a favorable opinion on (hash {cleared}): only the text the SRE reviewed is signed (Law on the Conclusion of Treaties, art. 7).',
    hint: {
      es: 'Si el hash está mal copiado, corríjalo en `steps: signature: hash:`; si el texto cambió, envíelo a la SRE (`linkage next {slug}{globals}`).',
      en: 'If the hash was miscopied, correct it in `steps: signature: hash:`; if the text changed, send it to the SRE (`linkage next {slug}{globals}`).',
    },
  },
  'document.registration-amendment-other-text': {
    es: 'La modificación «{id}» del caso «{slug}» firmada (hash {signed}) no es la que la SRE dictaminó (hash {cleared}): sólo se firma el texto dictaminado (Ley sobre la Celebración de Tratados, art. 7).',
    en: 'The signed amendment "{id}" of the case "{slug}" (hash {signed}) is not the one the SRE reviewed (hash {cleared}): only the text the SRE reviewed is signed (Law on the Conclusion of Treaties, art. 7).',
    hint: {
      es: 'Si el hash está mal copiado, corríjalo en `amendments: hash:`; si el texto cambió, envíelo a la SRE (`linkage next {slug} --step amendment{globals}`).',
      en: 'If the hash was miscopied, correct it in `amendments: hash:`; if the text changed, send it to the SRE (`linkage next {slug} --step amendment{globals}`).',
    },
  },
  'document.needs-oficio': {
    es: 'Para emitir el documento {document} hace falta su número de oficio.',
    en: 'Issuing the document {document} needs its reference number (oficio).',
    hint: {
      es: 'Indíquelo con --oficio, por ejemplo --oficio PM/123/2026.',
      en: 'Give it with --oficio, for example --oficio PM/123/2026.',
    },
  },
  'document.no-aop': {
    es: 'El caso «{slug}» no tiene todavía un Programa Operativo Anual para el documento {document}.',
    en: 'The case "{slug}" has no Annual Operational Program yet for the document {document}.',
    hint: {
      es: 'Inicie uno con `linkage aop new {slug}{globals}` o con `linkage next {slug}{globals}`.',
      en: 'Start one with `linkage aop new {slug}{globals}` or `linkage next {slug}{globals}`.',
    },
  },
  'document.no-aop-results': {
    es: 'El caso «{slug}» aún no registra los resultados de ningún Programa Operativo Anual; el documento {document} los necesita.',
    en: 'The case "{slug}" has not recorded the results of any Annual Operational Program yet; the document {document} needs them.',
    hint: {
      es: 'Al cerrar el año, anote el resultado de cada indicador y la fecha de evaluación con `linkage next {slug}{globals}`.',
      en: "When the year closes, record each indicator's result and the evaluation date with `linkage next {slug}{globals}`.",
    },
  },
  'document.no-aop-year': {
    es: 'El caso «{slug}» no tiene Programa Operativo Anual {year} (aop/{year}.yaml).',
    en: 'The case "{slug}" has no {year} Annual Operational Program (aop/{year}.yaml).',
    hint: {
      es: 'Revise el año en --year, o inícielo con `linkage aop new {slug} {year}{globals}`.',
      en: 'Check the year given in --year, or start it with `linkage aop new {slug} {year}{globals}`.',
    },
  },
  'document.aop-invalid': {
    es: 'El Programa Operativo Anual tiene errores; no se genera su documento.',
    en: 'The Annual Operational Program has errors; its document is not generated.',
    hint: {
      es: 'Corrija lo que se indica (también lo lista `linkage check{globals}`).',
      en: 'Fix what is listed (`linkage check{globals}` lists it too).',
    },
  },
  'document.not-issuable': {
    es: 'El documento {document} no se emite con --record: no lo registra ningún paso.',
    en: 'The document {document} is not issued with --record: no step records it.',
  },
  'document.not-their-language': {
    es: 'La contraparte del caso «{slug}» lee {theirs}, y no hay plantilla del documento {document} en ese idioma: se escribió en «{langs}».',
    en: 'The counterpart in the case "{slug}" works in {theirs}, and there is no template of the document {document} in that language: it was written in {langs}.',
    hint: {
      es: 'Para una versión en su idioma, agregue «{lang}» a settings.languages en linkage.yaml y cree templates/{lang}/{document}.hbs (puede partir de `linkage templates eject {document}{globals}`).',
      en: 'For a version in its language, add "{lang}" to settings.languages in linkage.yaml and create templates/{lang}/{document}.hbs (start from `linkage templates eject {document}{globals}`).',
    },
  },
  'document.not-their-language.template': {
    es: 'La contraparte del caso «{slug}» lee {theirs}, y no hay plantilla del documento {document} en ese idioma: se escribió en «{langs}».',
    en: 'The counterpart in the case "{slug}" works in {theirs}, and there is no template of the document {document} in that language: it was written in {langs}.',
    hint: {
      es: 'Para una versión en su idioma, cree templates/{lang}/{document}.hbs (puede partir de `linkage templates eject {document}{globals}`).',
      en: 'For a version in its language, create templates/{lang}/{document}.hbs (start from `linkage templates eject {document}{globals}`).',
    },
  },
  'document.not-their-language.setting': {
    es: 'La contraparte del caso «{slug}» lee {theirs}, que no está en los idiomas del espacio de trabajo: se escribió en «{langs}».',
    en: 'The counterpart in the case "{slug}" works in {theirs}, which is not one of the workspace\'s languages: it was written in {langs}.',
    hint: {
      es: 'Para una versión en su idioma, agregue «{lang}» a settings.languages en linkage.yaml: ya hay plantilla del documento {document} en ese idioma.',
      en: 'For a version in its language, add "{lang}" to settings.languages in linkage.yaml: there is a template of the document {document} in that language already.',
    },
  },
  'template.missing': {
    es: 'No hay plantilla del documento {document} en el idioma «{lang}».',
    en: 'There is no template of the document {document} in the language "{lang}".',
    hint: {
      es: 'Cree templates/{lang}/{document}.hbs en el espacio de trabajo (puede partir de `linkage templates eject {document}{globals}`).',
      en: 'Create templates/{lang}/{document}.hbs in the workspace (start from `linkage templates eject {document}{globals}`).',
    },
  },
  'template.missing-parallel': {
    es: 'El documento {document} no tiene plantilla con los idiomas en columnas (--layout parallel).',
    en: 'The document {document} has no template with the languages side by side (--layout parallel).',
    hint: {
      es: 'Quite `--layout parallel`: lo usa el acuerdo, cuya plantilla está en templates/parallel/. Para este documento, cree templates/parallel/{document}.hbs.',
      en: 'Leave out `--layout parallel`: the agreement uses it, with its template in templates/parallel/. For this document, create templates/parallel/{document}.hbs.',
    },
  },
  'template.syntax': {
    es: 'La plantilla {template} tiene un error de sintaxis en la línea {line}: {detail}',
    en: 'The template {template} has a syntax error on line {line}: {detail}',
    hint: {
      es: 'Revise que cada {{#if}} y {{#each}} tenga su cierre.',
      en: 'Check that every {{#if}} and {{#each}} is closed.',
    },
  },
  'template.unknown-field': {
    es: 'La plantilla {template}, línea {line}, usa el campo «{field}», que no existe.',
    en: 'The template {template}, line {line}, uses the field "{field}", which does not exist.',
    hint: {
      es: 'Los campos de cada documento están en schemas/context/; revise la ortografía.',
      en: "Each document's fields are listed in schemas/context/; check the spelling.",
    },
  },
  'template.exists': {
    es: 'Ya existe; no se sobrescribe.',
    en: 'It already exists; it is not overwritten.',
    hint: { es: 'Bórrelo o renómbrelo si quiere empezar de nuevo.', en: 'Delete or rename it to start again.' },
  },
  'generate.left-out': {
    es: 'Se omitió `{document}` del caso «{slug}»:',
    en: 'Left out `{document}` of the case "{slug}":',
  },
  'generate.written': { es: 'Escrito: {file}', en: 'Written: {file}' },
  'generate.copied': {
    es: 'Copiado del documento emitido: {file}',
    en: 'Copied from the issued document: {file}',
  },
  'generate.recorded': {
    es: 'Emitido y registrado: {file} (SHA-256 {sha256})',
    en: 'Issued and registered: {file} (SHA-256 {sha256})',
  },
  'generate.checked': {
    es: '{count} {count|documento se compone|documentos se componen} sin errores.',
    en: '{count} {count|document renders|documents render} without errors.',
  },
  'generate.progress': { es: 'Generando {n}/{total}: {file}', en: 'Generating {n}/{total}: {file}' },
  'templates.origin.builtin': { es: 'incluida', en: 'built-in' },
  'templates.origin.workspace': { es: 'del espacio de trabajo', en: 'workspace' },
  'templates.outdated': {
    es: 'escrita para la versión {version} del contexto; la actual es {current}',
    en: 'written for context version {version}; the current one is {current}',
  },
  // A header line is what `templates eject` writes at the top of each template.
  'templates.unversioned': {
    es: 'no dice para qué versión del contexto se escribió; si es la actual ({current}), agregue como primera línea {{!-- linkage: {document} v{current} --}}',
    en: 'does not say which context version it was written for; if the current one ({current}), add as its first line {{!-- linkage: {document} v{current} --}}',
  },
  'templates.ejected': { es: 'Copiada: {file}', en: 'Copied: {file}' },
};
