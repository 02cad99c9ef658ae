import type { Catalog } from './types.js';

/** Messages of `check` rules: `rule.<rule id>` (and `rule.<rule id>.<variant>`). */
export const rules: Catalog = {
  // process-order
  'rule.process-order': {
    es: 'El paso «{stepTitle}» no tiene datos, pero el paso posterior «{laterTitle}» sí: los pasos van en orden.',
    en: 'The step "{stepTitle}" has no facts, yet the later step "{laterTitle}" does: steps go in order.',
    hint: {
      es: 'Registre los datos de «{stepTitle}» (`linkage next {slug}{globals}`), o márquelo como omitido en `skipped: {step}:` con el motivo.',
      en: 'Record the facts of "{stepTitle}" (`linkage next {slug}{globals}`), or mark it as skipped under `skipped: {step}:` with the reason.',
    },
  },
  'rule.process-order.phase-1': {
    es: 'El paso «{stepTitle}» ya tiene datos, pero el municipio aún no completa la Fase 1: {missingTitle}.',
    en: 'The step "{stepTitle}" already has facts, but the municipality has not completed Phase 1: {missingTitle}.',
    hint: {
      es: 'Antes de la Carta de Intención, complete el enlace y el Perfil Municipal en linkage.yaml (`linkage next{globals}` sin caso).',
      en: 'Before the Letter of Intent, complete the liaison and the Municipal Profile in linkage.yaml (`linkage next{globals}` with no case).',
    },
  },
  'rule.process-order.after-declined': {
    es: 'La contraparte declinó (`steps: response: outcome: declined`), pero el paso posterior «{laterTitle}» tiene datos: `linkage status{globals}` muestra el caso como cerrado.',
    en: 'The counterpart declined (`steps: response: outcome: declined`), yet the later step "{laterTitle}" has facts: `linkage status{globals}` shows the case as closed.',
    hint: {
      es: 'Si la contraparte aceptó después, escriba `outcome: accepted` con la fecha de esa respuesta; si no, corrija los datos de «{laterTitle}».',
      en: 'If the counterpart accepted later, write `outcome: accepted` with the date of that answer; otherwise correct the facts of "{laterTitle}".',
    },
  },
  'rule.process-order.after-no-answer': {
    es: 'La contraparte no respondió (`steps: response: outcome: no-answer`), pero el paso posterior «{laterTitle}» tiene datos: `linkage status{globals}` muestra el caso como cerrado.',
    en: 'The counterpart did not answer (`steps: response: outcome: no-answer`), yet the later step "{laterTitle}" has facts: `linkage status{globals}` shows the case as closed.',
    hint: {
      es: 'Si la contraparte respondió después, escriba `outcome: accepted` con la fecha de esa respuesta; si no, corrija los datos de «{laterTitle}».',
      en: 'If the counterpart answered later, write `outcome: accepted` with the date of that answer; otherwise correct the facts of "{laterTitle}".',
    },
  },
  'rule.process-order.no-dictamen': {
    es: 'El acuerdo tiene datos de firma, pero no hay un dictamen favorable (o «no requerido») de la SRE.',
    en: 'The agreement has signature facts, but there is no favorable (or "not required") opinion from the SRE.',
    hint: {
      es: 'La SRE debe dictaminar antes de la firma. Registre el dictamen en `steps: sre-opinion: rounds:`, o corrija los datos de firma si aún no se firma.',
      en: 'The SRE must give its opinion before signature. Record the opinion under `steps: sre-opinion: rounds:`, or correct the signature facts if it is not signed yet.',
    },
  },
  'rule.process-order.other-text': {
    es: 'El texto firmado (hash {signed}) no es el que la SRE dictaminó favorablemente (hash {cleared}).',
    en: 'The signed text (hash {signed}) is not the one the SRE gave a favorable opinion on (hash {cleared}).',
    hint: {
      es: 'Sólo puede firmarse el texto dictaminado. Si el texto cambió, envíelo de nuevo a la SRE (una nueva ronda); si el hash está mal copiado, corríjalo.',
      en: 'Only the text the SRE reviewed may be signed. If the text changed, send it to the SRE again (a new round); if the hash was miscopied, correct it.',
    },
  },
  'rule.process-order.no-dictamen-amendment': {
    es: 'La modificación «{amendment}» está firmada, pero no tiene un dictamen favorable (o «no requerido») de la SRE.',
    en: 'The amendment "{amendment}" is signed, but has no favorable (or "not required") opinion from the SRE.',
    hint: {
      es: 'Una modificación es un texto nuevo: registre su envío a la SRE y el dictamen en `amendments: rounds:`.',
      en: 'An amendment is a new text: record its submission to the SRE and the opinion under `amendments: rounds:`.',
    },
  },
  'rule.process-order.other-text-amendment': {
    es: 'La modificación «{amendment}» firmada (hash {signed}) no es la que la SRE dictaminó (hash {cleared}).',
    en: 'The signed amendment "{amendment}" (hash {signed}) is not the one the SRE reviewed (hash {cleared}).',
    hint: {
      es: 'Envíe el texto firmado a la SRE, o corrija el hash si está mal copiado.',
      en: 'Send the signed text to the SRE, or correct the hash if it was miscopied.',
    },
  },
  'rule.process-order.registration-before-signature': {
    es: 'Hay datos de registro ante la SRE, pero el acuerdo no tiene la fecha de firma de ambas Partes.',
    en: "There are registration facts, but the agreement lacks both Parties' signature dates.",
    hint: {
      es: 'El registro va después de la firma: anote la fecha de firma del municipio y de la contraparte en `steps: signature:`.',
      en: "Registration comes after signature: record the municipality's and the counterpart's signature dates under `steps: signature:`.",
    },
  },
  'rule.process-order.registration-before-signature-amendment': {
    es: 'Hay datos de registro ante la SRE de la modificación «{amendment}», pero no consta la fecha en que se firmó.',
    en: 'There are registration facts for the amendment "{amendment}", but not the date it was signed.',
    hint: {
      es: 'El registro va después de la firma: anote la fecha de firma de la modificación en `amendments: signed:`, o quite `registration:` si su copia no se ha enviado.',
      en: 'Registration comes after signature: record the date the amendment was signed under `amendments: signed:`, or remove `registration:` if its copy has not been sent.',
    },
  },
  'rule.signed-text-differs': {
    es: 'El texto firmado (hash {signed}) no es el que aprobó el Cabildo (hash {approved}).',
    en: 'The signed text (hash {signed}) is not the one the council approved (hash {approved}).',
    hint: {
      es: 'Si el texto cambió después de la sesión de cabildo (por observaciones de la SRE), valore someter la versión final al Cabildo.',
      en: 'If the text changed after the council session (for example after SRE observations), consider taking the final version back to the council.',
    },
  },

  // required-facts
  'rule.required-facts': {
    es: 'Al paso «{stepTitle}» le faltan datos, aunque los pasos posteriores ya avanzaron: {missing}.',
    en: 'The step "{stepTitle}" is missing facts, although later steps have moved on: {missing}.',
    hint: {
      es: 'Registre esos datos en el archivo (`linkage next {slug}{globals}` lo pregunta), o corrija los pasos posteriores si aún no ocurren.',
      en: 'Record those facts in the file (`linkage next {slug}{globals}` asks for them), or correct the later steps if they have not happened yet.',
    },
  },
  'rule.required-facts.case-in-progress': {
    es: 'El paso «{stepTitle}» está en curso; falta: {missing}.',
    en: 'The step "{stepTitle}" is in progress; still missing: {missing}.',
    hint: {
      es: 'Regístrelos cuando ocurran (`linkage next {slug}{globals}`); mientras tanto esto es sólo un aviso.',
      en: 'Record them when they happen (`linkage next {slug}{globals}`); until then this is only a warning.',
    },
  },
  'rule.required-facts.in-progress': {
    es: 'El paso «{stepTitle}» está en curso; falta: {missing}.',
    en: 'The step "{stepTitle}" is in progress; still missing: {missing}.',
    hint: {
      es: 'Regístrelos cuando ocurran (`linkage next{globals}`); mientras tanto esto es sólo un aviso.',
      en: 'Record them when they happen (`linkage next{globals}`); until then this is only a warning.',
    },
  },

  // event-dates
  'rule.event-dates': {
    es: 'La fecha {date} ({field}) es posterior a hoy ({today}).',
    en: 'The date {date} ({field}) is after today ({today}).',
    hint: {
      es: 'Aquí va la fecha en que ocurrió. Corríjala, o regístrela cuando ocurra; para recordar algo pendiente use `followUpOn`.',
      en: 'This is the date it happened. Correct it, or record it when it happens; to be reminded of something pending use `followUpOn`.',
    },
  },
  'rule.event-dates.order': {
    es: 'La fecha {date} ({field}) es anterior a {other} ({otherField}), que ocurre antes en el proceso.',
    en: 'The date {date} ({field}) is before {other} ({otherField}), which comes earlier in the process.',
    hint: {
      es: 'Revise ambas fechas: {otherField} no puede ser posterior a {field}.',
      en: 'Check both dates: {otherField} cannot be later than {field}.',
    },
  },
  'rule.event-dates.order-step': {
    es: 'La fecha {date} ({field}) es anterior al {other} ({otherLabel}, «{otherStepTitle}», línea {otherLine}), que ocurre antes en el proceso.',
    en: 'The date {date} ({field}) is before {other} ({otherLabel}, "{otherStepTitle}", line {otherLine}), which comes earlier in the process.',
    hint: {
      es: 'Revise ambas fechas: la de {field} no puede ser anterior a la de la línea {otherLine}.',
      en: 'Check both dates: the one in {field} cannot be earlier than the one on line {otherLine}.',
    },
  },
  'rule.event-dates.order-round': {
    es: 'La fecha {date} ({field}) es anterior al {other} ({otherLabel}, ronda {round} de «{otherStepTitle}», línea {otherLine}), que ocurre antes en el proceso.',
    en: 'The date {date} ({field}) is before {other} ({otherLabel}, round {round} of "{otherStepTitle}", line {otherLine}), which comes earlier in the process.',
    hint: {
      es: 'Revise ambas fechas: la de {field} no puede ser anterior a la de la línea {otherLine}.',
      en: 'Check both dates: the one in {field} cannot be earlier than the one on line {otherLine}.',
    },
  },
  'rule.event-dates.order-amendment': {
    es: 'La fecha {date} ({field}) es anterior al {other} ({otherLabel}, ronda {round} de la modificación {amendment}, línea {otherLine}), que ocurre antes en el proceso.',
    en: 'The date {date} ({field}) is before {other} ({otherLabel}, round {round} of amendment {amendment}, line {otherLine}), which comes earlier in the process.',
    hint: {
      es: 'Revise ambas fechas: la de {field} no puede ser anterior a la de la línea {otherLine}.',
      en: 'Check both dates: the one in {field} cannot be earlier than the one on line {otherLine}.',
    },
  },
  'rule.event-dates.range-mission': {
    es: 'El fin de la misión {n} «{mission}» ({date}) es anterior a su inicio ({other}, línea {otherLine}).',
    en: 'The end of mission {n} "{mission}" ({date}) is before its start ({other}, line {otherLine}).',
    hint: { es: 'Revise las dos fechas; quizá estén invertidas.', en: 'Check both dates; they may be swapped.' },
  },
  'rule.event-dates.range-term': {
    es: 'El fin del cargo de {name} en la administración {admin} ({date}) es anterior a su inicio ({other}, línea {otherLine}).',
    en: "The end of {name}'s term in the {admin} administration ({date}) is before its start ({other}, line {otherLine}).",
    hint: { es: 'Revise las dos fechas; quizá estén invertidas.', en: 'Check both dates; they may be swapped.' },
  },
  'rule.event-dates.period': {
    es: 'El periodo de la administración {admin} termina ({date}) antes de empezar ({other}, línea {otherLine}) o el mismo día.',
    en: 'The period of the {admin} administration ends ({date}) before or on the day it starts ({other}, line {otherLine}).',
    hint: {
      es: 'Escriba el periodo completo, por ejemplo start: 2024-10-01, end: 2027-09-30.',
      en: 'Write the whole period, for example start: 2024-10-01, end: 2027-09-30.',
    },
  },
  'rule.event-dates.overlap': {
    es: 'La administración {admin} empieza el {date}, y la anterior, {otherAdmin}, termina el {other} (línea {otherLine}): dos administraciones en funciones el mismo día.',
    en: 'The {admin} administration starts on {date}, and the previous one, {otherAdmin}, ends on {other} (line {otherLine}): two administrations in office on the same day.',
    hint: {
      es: 'Corrija una de las dos fechas: la entrante empieza el día siguiente al fin de la saliente (por ejemplo, end: 2027-09-30 y start: 2027-10-01). Cada documento toma a los funcionarios de la administración en funciones en su fecha.',
      en: 'Correct one of the two dates: the incoming one starts the day after the outgoing one ends (for example, end: 2027-09-30 and start: 2027-10-01). Each document takes the officials of the administration in office on its date.',
    },
  },
  'rule.event-dates.gap': {
    es: 'La administración {admin} empieza el {date}, y la anterior, {otherAdmin}, termina el {other} (línea {otherLine}): del {from} al {to} no hay administración en funciones.',
    en: 'The {admin} administration starts on {date}, and the previous one, {otherAdmin}, ends on {other} (line {otherLine}): from {from} to {to} no administration is in office.',
    hint: {
      es: 'Los periodos son continuos: la entrante empieza el día siguiente al fin de la saliente (aquí, el {from}). Corrija una de las dos fechas; un documento fechado entre ambas toma a los funcionarios de la saliente.',
      en: 'Terms are contiguous: the incoming one starts the day after the outgoing one ends (here, {from}). Correct one of the two dates; a document dated in between takes the officials of the outgoing one.',
    },
  },
  'rule.event-dates.not-a-date': {
    es: 'El dato {field} debe ser una fecha, y dice «{value}».',
    en: 'The fact {field} must be a date, and it reads "{value}".',
    hint: {
      es: 'Escriba la fecha como AAAA-MM-DD: año, mes y día, en cifras (el 5 de marzo de 2026 es 2026-03-05).',
      en: 'Write the date as YYYY-MM-DD: year, month and day, in figures (5 March 2026 is 2026-03-05).',
    },
  },

  // document-languages
  'rule.document-languages': {
    es: 'No hay plantillas de documentos en «{lang}»: `linkage generate{globals}` no puede escribir ningún documento en ese idioma.',
    en: 'There are no document templates in "{lang}": `linkage generate{globals}` cannot write any document in that language.',
    hint: {
      es: 'Cree templates/{lang}/ en el espacio de trabajo con la plantilla de cada documento, traducida de una incluida (`linkage templates eject <documento>{globals}` copia las de settings.languages), o quite «{lang}» de settings.languages.',
      en: 'Create templates/{lang}/ in the workspace with each document\'s template, translated from a built-in one (`linkage templates eject <document>{globals}` copies those of settings.languages), or remove "{lang}" from settings.languages.',
    },
  },

  // agreement-versions
  'rule.agreement-versions': {
    es: 'El texto del acuerdo cambió desde la última versión registrada ({recorded}).',
    en: 'The agreement text changed since the last recorded version ({recorded}).',
    hint: {
      es: 'Si el cambio es definitivo, registre una versión nueva al final de `versions:` con `hash: {hash}` y la fecha; si no, deshaga el cambio.',
      en: 'If the change stands, record a new version at the end of `versions:` with `hash: {hash}` and the date; otherwise undo the change.',
    },
  },
  'rule.agreement-versions.signed': {
    es: 'El texto del acuerdo firmado cambió desde la última versión registrada ({recorded}).',
    en: 'The text of the signed agreement changed since the last recorded version ({recorded}).',
    hint: {
      es: 'Un acuerdo firmado sólo cambia por una modificación, que va de nuevo a la SRE. Si el cambio es una, registre `hash: {hash}` al final de `versions:` y la modificación en `amendments:` con ese hash; si no, deshaga el cambio (en agreement.yaml, o en los datos de linkage.yaml o case.yaml que el texto del modelo usa).',
      en: "A signed agreement changes only through an amendment, which goes to the SRE again. If the change is one, record `hash: {hash}` at the end of `versions:` and the amendment under `amendments:` with that hash; otherwise undo the change (in agreement.yaml, or in the facts of linkage.yaml or case.yaml that the model's text uses).",
    },
  },
  'rule.agreement-versions.model-signed': {
    es: 'El acuerdo ya se firmó, pero su texto sigue tomándose del modelo (`model:`) con los datos actuales de linkage.yaml y case.yaml.',
    en: 'The agreement is signed, but its text is still drawn from the model (`model:`) with the current facts of linkage.yaml and case.yaml.',
    hint: {
      es: 'Un cambio en esos datos (el nombre del área de enlace, por ejemplo) o una versión nueva de linkage cambiaría el texto firmado. Escríbalo completo en agreement.yaml con `linkage next {slug} --step signature{globals}`.',
      en: "A change in those facts (the liaison area's name, say) or a new release of linkage would change the signed text. Write it out whole in agreement.yaml with `linkage next {slug} --step signature{globals}`.",
    },
  },
  'rule.agreement-versions.unknown-hash': {
    es: 'El hash {hash} ({field}) no corresponde a ninguna versión del texto en agreement.yaml.',
    en: 'The hash {hash} ({field}) matches no text version in agreement.yaml.',
    hint: {
      es: 'Cada aprobación, envío, dictamen y firma se refiere a una versión registrada en `versions:`. Copie el hash de esa lista o registre la versión.',
      en: 'Each approval, submission, opinion and signature refers to a version recorded under `versions:`. Copy the hash from that list or record the version.',
    },
  },
  'rule.agreement-versions.after-signature': {
    es: 'La última versión del texto (hash {version}) no es la firmada (hash {signed}) ni la de una modificación.',
    en: "The last text version (hash {version}) is neither the signed one (hash {signed}) nor an amendment's.",
    hint: {
      es: 'Un acuerdo firmado sólo cambia por una modificación, que va de nuevo a la SRE: regístrela en `amendments:` con `hash: {hash}` y sus rondas, o regrese agreement.yaml al texto firmado y quite esa versión.',
      en: 'A signed agreement changes only through an amendment, which goes to the SRE again: record it under `amendments:` with `hash: {hash}` and its rounds, or bring agreement.yaml back to the signed text and remove that version.',
    },
  },
  'rule.agreement-versions.no-agreement': {
    es: 'El hash {hash} ({field}) se refiere a un texto, pero el caso no tiene agreement.yaml con sus versiones.',
    en: 'The hash {hash} ({field}) refers to a text, but the case has no agreement.yaml with its versions.',
    hint: {
      es: 'Genere el proyecto de acuerdo (`linkage generate agreement {slug}{globals}`) y registre sus versiones.',
      en: 'Generate the draft agreement (`linkage generate agreement {slug}{globals}`) and record its versions.',
    },
  },

  // agreement-text
  'rule.agreement-text': {
    es: 'El artículo «{article}» no tiene `{field}:`.',
    en: 'The article "{article}" has no `{field}:`.',
    hint: {
      es: 'Un artículo nuevo, y todo artículo cuando agreement.yaml no dice `model:`, lleva `heading:` y `text:` en cada idioma. Para cambiar sólo parte de un artículo del modelo ({variant}), use su id: {known}.',
      en: 'A new article, and every article when agreement.yaml has no `model:`, gives `heading:` and `text:` in each language. To change only part of a model article ({variant}), use its id: {known}.',
    },
  },
  'rule.agreement-text.unknown-after': {
    es: 'El artículo «{article}» va después de «{after}», que no es un artículo del texto; quedó al final.',
    en: 'The article "{article}" follows "{after}", which is no article of the text; it was placed last.',
    hint: {
      es: 'Escriba en `after:` el id de un artículo del texto. Artículos del modelo ({variant}): {known}.',
      en: "Write in `after:` the id of an article of the text. The model's articles ({variant}): {known}.",
    },
  },
  'rule.agreement-text.omit-unknown': {
    es: '`omit: true` quita un artículo del modelo, pero el modelo no tiene «{article}».',
    en: '`omit: true` leaves out a model article, but the model has no "{article}".',
    hint: {
      es: 'Artículos del modelo ({variant}): {known}. Si el artículo es propio del acuerdo, bórrelo de `articles:`.',
      en: "The model's articles ({variant}): {known}. If the article is the agreement's own, delete it from `articles:`.",
    },
  },
  'rule.agreement-text.needs-model': {
    es: '`{key}:` del artículo «{article}» sólo tiene efecto cuando agreement.yaml dice `model:`.',
    en: '`{key}:` of the article "{article}" only works when agreement.yaml says `model:`.',
    hint: {
      es: 'Sin `model:`, `articles:` es el texto completo, en su orden: mueva o borre el artículo ahí, o agregue `model: {variant}`.',
      en: 'Without `model:`, `articles:` is the whole text, in its order: move or delete the article there, or add `model: {variant}`.',
    },
  },
  'rule.agreement-text.duplicate-id': {
    es: 'Hay dos artículos con el id «{article}».',
    en: 'Two articles have the id "{article}".',
    hint: {
      es: 'Cada artículo tiene su propio id; junte los dos o cambie el id de uno.',
      en: 'Each article has its own id; merge the two or change the id of one.',
    },
  },
  'rule.agreement-text.no-articles': {
    es: 'agreement.yaml no tiene artículos ni dice `model:`.',
    en: 'agreement.yaml has no articles and no `model:`.',
    hint: {
      es: 'Escriba `model: {variant}` para partir del modelo de la SRE, o los artículos del texto en `articles:`.',
      en: "Write `model: {variant}` to start from the SRE model, or the text's articles under `articles:`.",
    },
  },
  'rule.agreement-text.term-figures': {
    es: 'El artículo {number} («vigencia», {lang}) no dice {figures}, que `term:` registra como años de vigencia o días de preaviso: el vencimiento y el plazo de preaviso que linkage calcula no serían los del texto.',
    en: 'Article {number} ("vigencia", {lang}) does not say {figures}, which `term:` records as years in force or days of notice: the expiry and notice deadline linkage computes would not be the text\'s.',
    hint: {
      es: 'Haga que digan lo mismo: corrija `term:` en agreement.yaml o el texto negociado del artículo.',
      en: 'Make them agree: correct `term:` in agreement.yaml or the negotiated text of the article.',
    },
  },
  'rule.agreement-text.missing': {
    es: 'El texto del acuerdo usa `{field}`, que no está registrado ({langs}); el proyecto muestra un espacio en blanco en: {where}.',
    en: 'The agreement text uses `{field}`, which is not recorded ({langs}); the draft shows a blank in: {where}.',
    hint: {
      es: 'Registre `{field}` en cada idioma del acuerdo, o escriba esas partes del texto en agreement.yaml.',
      en: 'Record `{field}` in each language of the agreement, or write those parts of the text in agreement.yaml.',
    },
  },

  // language-versions
  'rule.language-versions': {
    es: 'A la versión en «{lang}» del acuerdo le {count|falta|faltan} {count} de sus {total} artículos: {missing}.',
    en: 'In the "{lang}" version of the agreement, {count} of its {total} articles {count|is|are} missing: {missing}.',
    hint: {
      es: 'Todas las versiones tienen los mismos artículos (en «{lang}»: {present}). Agregue el texto en «{lang}» de los que faltan, o quítelo si «{lang}» no es un idioma del acuerdo.',
      en: 'Every version has the same articles ("{lang}" has: {present}). Add the "{lang}" text of the missing ones, or remove it if "{lang}" is not a language of the agreement.',
    },
  },
  'rule.language-versions.no-text': {
    es: 'El acuerdo se firma en «{lang}», pero su texto no tiene versión en ese idioma.',
    en: 'The agreement is signed in "{lang}", but its text has no version in that language.',
    hint: {
      es: 'Agregue el texto en «{lang}» de cada artículo en agreement.yaml, o corrija `steps: signature: languages:`.',
      en: 'Add the "{lang}" text of every article in agreement.yaml, or correct `steps: signature: languages:`.',
    },
  },
  'rule.language-versions.no-spanish': {
    es: 'El texto del acuerdo no tiene versión en español.',
    en: "The agreement's text has no Spanish version.",
    hint: {
      es: 'Agregue `es: …` al encabezado y al texto de cada artículo en agreement.yaml: el municipio firma el texto en español.',
      en: 'Add `es: …` to the heading and text of every article in agreement.yaml: the municipality signs the Spanish text.',
    },
  },
  'rule.language-versions.figures': {
    es: 'El artículo {number} («{article}») no dice las mismas cifras en «{lang}» que en «{base}»: en «{base}», {baseFigures}; en «{lang}», {figures}.',
    en: 'Article {number} ("{article}") does not give the same figures in "{lang}" as in "{base}": in "{base}", {baseFigures}; in "{lang}", {figures}.',
    hint: {
      es: 'Las versiones son igualmente auténticas: corrija la que no dice lo negociado (plazos, días, montos).',
      en: 'The versions are equally authentic: correct the one that does not say what was negotiated (terms, days, amounts).',
    },
  },
  'rule.language-versions.heading': {
    es: 'El artículo «{article}» tiene texto en «{lang}», pero no encabezado.',
    en: 'The article "{article}" has a "{lang}" text, but no heading.',
    hint: {
      es: 'Agregue `heading: {lang}:` al artículo.',
      en: 'Add `heading: {lang}:` to the article.',
    },
  },

  // foreign-jurisdiction
  'rule.foreign-jurisdiction': {
    es: 'El artículo {number} («{article}», {lang}) somete el acuerdo a tribunales, arbitraje o una jurisdicción, o a un derecho distinto del internacional público: «{phrase}».',
    en: 'Article {number} ("{article}", {lang}) submits the agreement to courts, arbitration or a jurisdiction, or to a law other than public international law: "{phrase}".',
    hint: {
      es: 'Un acuerdo interinstitucional se rige por el derecho internacional público; el modelo resuelve las diferencias por negociación directa entre las Partes. Quite esa cláusula (la Consultoría Jurídica de la SRE la observará).',
      en: "An inter-institutional agreement is governed by public international law; the model settles differences by direct negotiation between the Parties. Remove that clause (the SRE's Office of the Legal Adviser will object to it).",
    },
  },
  'rule.foreign-jurisdiction.not-scanned': {
    es: 'La versión en «{langs}» del acuerdo no se revisó en busca de cláusulas que lo sometan a tribunales, arbitraje o una jurisdicción extranjera: linkage sólo las reconoce en español, inglés, francés y alemán.',
    en: 'The "{langs}" version of the agreement was not searched for clauses submitting it to courts, arbitration or a foreign jurisdiction: linkage recognizes them only in Spanish, English, French and German.',
    hint: {
      es: 'Esa versión es igualmente auténtica: una persona que lea ese idioma debe revisar su cláusula de solución de controversias («{article}») y el resto del texto, y confirmar que las diferencias se resuelven por negociación directa, sin tribunales ni arbitraje.',
      en: 'That version is equally authentic: someone who reads that language must read its dispute-settlement clause ("{article}") and the rest of the text, and confirm that differences are settled by direct negotiation, without courts or arbitration.',
    },
  },

  // unanswered-observations
  'rule.unanswered-observations': {
    es: 'Se firmó el {date}, pero la observación «{observation}» de la SRE (ronda {round}) no tiene respuesta registrada.',
    en: 'Signed on {date}, but the SRE observation "{observation}" (round {round}) has no recorded answer.',
    hint: {
      es: 'Cada observación se atiende antes de firmar: registre en `answer:` la fecha, la resolución (accepted, rejected o clarified) y el texto. Si aún no se firma, corrija los datos de firma.',
      en: 'Each observation is answered before signing: record under `answer:` the date, the resolution (accepted, rejected or clarified) and the text. If it is not signed yet, correct the signature facts.',
    },
  },
  'rule.unanswered-observations.amendment': {
    es: 'La modificación «{amendment}» se firmó el {date}, pero la observación «{observation}» de la SRE (ronda {round}) no tiene respuesta registrada.',
    en: 'The amendment "{amendment}" was signed on {date}, but the SRE observation "{observation}" (round {round}) has no recorded answer.',
    hint: {
      es: 'Registre en `answer:` la fecha, la resolución (accepted, rejected o clarified) y el texto, o corrija `signed:` si la modificación aún no se firma.',
      en: 'Record under `answer:` the date, the resolution (accepted, rejected or clarified) and the text, or correct `signed:` if the amendment is not signed yet.',
    },
  },
  'rule.unanswered-observations.answered-late': {
    es: 'La observación «{observation}» de la SRE (ronda {round}) se respondió el {answered}, después de la firma del {date}.',
    en: 'The SRE observation "{observation}" (round {round}) was answered on {answered}, after the signature of {date}.',
    hint: {
      es: 'Las observaciones se atienden antes de firmar. Revise ambas fechas.',
      en: 'Observations are answered before signing. Check both dates.',
    },
  },

  // resubmitted-text
  'rule.resubmitted-text': {
    es: 'La ronda {round} somete a la SRE el mismo texto sobre el que comunicó observaciones en la ronda {earlier}, y la observación «{observation}» no tiene respuesta registrada.',
    en: 'Round {round} submits to the SRE the same text it made observations on in round {earlier}, and the observation "{observation}" has no recorded answer.',
    hint: {
      es: 'Tras las observaciones se envía un texto revisado o, si el municipio mantiene el texto, se responde cada observación explicando por qué: registre en `answer:` la fecha, la resolución (rejected o clarified) y el texto. Si el texto sí cambió, corrija `hash:` de la ronda.',
      en: "After observations a revised text is sent or, if the municipality keeps the text, each observation is answered explaining why: record under `answer:` the date, the resolution (rejected or clarified) and the text. If the text did change, correct the round's `hash:`.",
    },
  },
  'rule.resubmitted-text.accepted': {
    es: 'La ronda {round} somete a la SRE el mismo texto sobre el que comunicó observaciones en la ronda {earlier}, pero la observación «{observation}» se registró como aceptada (con cambio del texto).',
    en: 'Round {round} submits to the SRE the same text it made observations on in round {earlier}, but the observation "{observation}" is recorded as accepted (the text changed).',
    hint: {
      es: 'Si se cambió el texto, regístrelo en agreement.yaml y ponga en `hash:` de la ronda la huella del texto revisado; si se mantuvo, la resolución es rejected o clarified, con el texto que explica por qué.',
      en: "If the text was changed, record it in agreement.yaml and put the revised text's hash in the round's `hash:`; if it was kept, the resolution is rejected or clarified, with the text explaining why.",
    },
  },
  'rule.resubmitted-text.next': {
    es: 'La próxima ronda ({round}), aún no registrada, sometería a la SRE el texto actual de agreement.yaml, el mismo sobre el que comunicó observaciones en la ronda {earlier}, pero la observación «{observation}» se registró como aceptada (con cambio del texto): `generate opinion-request` no hará el oficio.',
    en: 'The next round ({round}), not recorded yet, would submit to the SRE agreement.yaml\'s current text, the same it made observations on in round {earlier}, but the observation "{observation}" is recorded as accepted (the text changed): `generate opinion-request` will not make the letter.',
    hint: {
      es: 'Si se cambió el texto, regístrelo en agreement.yaml; si se mantuvo, la resolución es rejected o clarified, con el texto que explica por qué.',
      en: 'If the text was changed, record it in agreement.yaml; if it was kept, the resolution is rejected or clarified, with the text explaining why.',
    },
  },
  'rule.resubmitted-text.returned': {
    es: 'La ronda {round} vuelve al texto de la ronda {first} para atender las observaciones que la SRE comunicó en la ronda {earlier}, pero la observación «{observation}» no tiene respuesta registrada: el oficio dice que el municipio responde a ellas.',
    en: 'Round {round} goes back to the text of round {first} to address the observations the SRE made in round {earlier}, but the observation "{observation}" has no recorded answer: the letter says the municipality answers them.',
    hint: {
      es: 'Registre en `answer:` de la observación la fecha, la resolución y el texto de la respuesta (por qué esa redacción la atiende); el oficio la transcribe.',
      en: "Record under the observation's `answer:` the date, the resolution and the text of the answer (why that wording addresses it); the letter quotes it.",
    },
  },
  'rule.resubmitted-text.amendment.returned': {
    es: 'La ronda {round} de la modificación «{amendment}» vuelve al texto de la ronda {first} para atender las observaciones que la SRE comunicó en la ronda {earlier}, pero la observación «{observation}» no tiene respuesta registrada: el oficio dice que el municipio responde a ellas.',
    en: 'Round {round} of the amendment "{amendment}" goes back to the text of round {first} to address the observations the SRE made in round {earlier}, but the observation "{observation}" has no recorded answer: the letter says the municipality answers them.',
    hint: {
      es: 'Registre en `answer:` de la observación la fecha, la resolución y el texto de la respuesta (por qué esa redacción la atiende); el oficio la transcribe.',
      en: "Record under the observation's `answer:` the date, the resolution and the text of the answer (why that wording addresses it); the letter quotes it.",
    },
  },
  'rule.resubmitted-text.amendment': {
    es: 'La ronda {round} de la modificación «{amendment}» somete a la SRE el mismo texto sobre el que comunicó observaciones en la ronda {earlier}, y la observación «{observation}» no tiene respuesta registrada.',
    en: 'Round {round} of the amendment "{amendment}" submits to the SRE the same text it made observations on in round {earlier}, and the observation "{observation}" has no recorded answer.',
    hint: {
      es: 'Tras las observaciones se envía un texto revisado o, si el municipio mantiene el texto, se responde cada observación explicando por qué: registre en `answer:` la fecha, la resolución (rejected o clarified) y el texto. Si el texto sí cambió, corrija `hash:` de la ronda.',
      en: "After observations a revised text is sent or, if the municipality keeps the text, each observation is answered explaining why: record under `answer:` the date, the resolution (rejected or clarified) and the text. If the text did change, correct the round's `hash:`.",
    },
  },
  'rule.resubmitted-text.amendment.accepted': {
    es: 'La ronda {round} de la modificación «{amendment}» somete a la SRE el mismo texto sobre el que comunicó observaciones en la ronda {earlier}, pero la observación «{observation}» se registró como aceptada (con cambio del texto).',
    en: 'Round {round} of the amendment "{amendment}" submits to the SRE the same text it made observations on in round {earlier}, but the observation "{observation}" is recorded as accepted (the text changed).',
    hint: {
      es: 'Si se cambió el texto, regístrelo en agreement.yaml y ponga en `hash:` de la ronda la huella del texto revisado; si se mantuvo, la resolución es rejected o clarified, con el texto que explica por qué.',
      en: "If the text was changed, record it in agreement.yaml and put the revised text's hash in the round's `hash:`; if it was kept, the resolution is rejected or clarified, with the text explaining why.",
    },
  },
  'rule.resubmitted-text.amendment.next': {
    es: 'La próxima ronda ({round}) de la modificación «{amendment}», aún no registrada, sometería a la SRE el texto actual de agreement.yaml, el mismo sobre el que comunicó observaciones en la ronda {earlier}, pero la observación «{observation}» se registró como aceptada (con cambio del texto): `generate opinion-request --amendment {amendment}` no hará el oficio.',
    en: 'The next round ({round}) of the amendment "{amendment}", not recorded yet, would submit to the SRE agreement.yaml\'s current text, the same it made observations on in round {earlier}, but the observation "{observation}" is recorded as accepted (the text changed): `generate opinion-request --amendment {amendment}` will not make the letter.',
    hint: {
      es: 'Si se cambió el texto, regístrelo en agreement.yaml; si se mantuvo, la resolución es rejected o clarified, con el texto que explica por qué.',
      en: 'If the text was changed, record it in agreement.yaml; if it was kept, the resolution is rejected or clarified, with the text explaining why.',
    },
  },

  // council-majority
  'rule.council-majority': {
    es: 'La votación no alcanza la mayoría simple: {for} {for|voto|votos} a favor de {voted} emitidos; se necesitan {needed}.',
    en: 'The vote does not reach a simple majority: {for} {for|vote|votes} in favor out of {voted} cast; {needed} are needed.',
    hint: {
      es: 'Revise la votación del acta de cabildo. Si el acuerdo requería otra mayoría, indíquela en `steps: council: majority:`.',
      en: 'Check the vote in the council minutes. If another majority applied, set it in `steps: council: majority:`.',
    },
  },
  'rule.council-majority.two-thirds': {
    es: 'La votación no alcanza las dos terceras partes: {for} {for|voto|votos} a favor; se necesitan {needed} de {members} integrantes del Ayuntamiento.',
    en: "The vote does not reach two thirds: {for} {for|vote|votes} in favor; {needed} of the council's {members} members are needed.",
    hint: {
      es: 'Un acuerdo que obliga al municipio más allá del periodo del Ayuntamiento requiere las dos terceras partes según la ley municipal del estado. Revise el acta, el número de integrantes (`votes: members:`) o `bindsBeyondTerm`.',
      en: "An agreement binding the municipality beyond the council's term needs two thirds under the state's municipal law. Check the minutes, the number of members (`votes: members:`) or `bindsBeyondTerm`.",
    },
  },
  'rule.council-majority.binds-beyond-term': {
    es: 'El caso registra que el acuerdo no obliga más allá del periodo (`bindsBeyondTerm: false`), pero su vigencia es indefinida: obliga al municipio después del {end}, fin de la administración que lo aprobó. La votación se revisa con la mayoría para ese caso.',
    en: 'The case records that the agreement does not bind beyond the term (`bindsBeyondTerm: false`), but it is in force indefinitely: it binds the municipality after {end}, when the administration that approved it ends. The vote is checked against the majority for that case.',
    hint: {
      es: 'Borre `bindsBeyondTerm: false` de `steps: council:`, o corrija la vigencia (`term:` en agreement.yaml) si el texto negociado dice otra cosa.',
      en: 'Delete `bindsBeyondTerm: false` from `steps: council:`, or correct the term (`term:` in agreement.yaml) if the negotiated text says otherwise.',
    },
  },
  'rule.council-majority.binds-beyond-term-fixed': {
    es: 'El caso registra que el acuerdo no obliga más allá del periodo (`bindsBeyondTerm: false`), pero su vigencia de {years} {years|año|años} desde la sesión pasa del {end}, fin de la administración que lo aprobó. La votación se revisa con la mayoría para ese caso.',
    en: 'The case records that the agreement does not bind beyond the term (`bindsBeyondTerm: false`), but its term of {years} {years|year|years} from the session runs past {end}, when the administration that approved it ends. The vote is checked against the majority for that case.',
    hint: {
      es: 'Borre `bindsBeyondTerm: false` de `steps: council:`, o corrija la vigencia (`term:` en agreement.yaml) si el texto negociado dice otra cosa.',
      en: 'Delete `bindsBeyondTerm: false` from `steps: council:`, or correct the term (`term:` in agreement.yaml) if the negotiated text says otherwise.',
    },
  },
  'rule.council-majority.binds-beyond-term-recorded': {
    es: 'El caso registra que el acuerdo no obliga más allá del periodo (`bindsBeyondTerm: false`), pero su vigencia es indefinida: obliga al municipio después del {end}, fin de la administración que lo aprobó. La votación se revisa con la mayoría que el caso registra (`majority: {majority}`).',
    en: 'The case records that the agreement does not bind beyond the term (`bindsBeyondTerm: false`), but it is in force indefinitely: it binds the municipality after {end}, when the administration that approved it ends. The vote is checked against the majority the case records (`majority: {majority}`).',
    hint: {
      es: 'Borre `bindsBeyondTerm: false` de `steps: council:` y confirme que `majority: {majority}` es la mayoría que la ley municipal del estado pide a un acuerdo que obliga más allá del periodo; o corrija la vigencia (`term:` en agreement.yaml) si el texto negociado dice otra cosa.',
      en: "Delete `bindsBeyondTerm: false` from `steps: council:` and confirm that `majority: {majority}` is the majority the state's municipal law requires of an agreement binding beyond the term; or correct the term (`term:` in agreement.yaml) if the negotiated text says otherwise.",
    },
  },
  'rule.council-majority.binds-beyond-term-fixed-recorded': {
    es: 'El caso registra que el acuerdo no obliga más allá del periodo (`bindsBeyondTerm: false`), pero su vigencia de {years} {years|año|años} desde la sesión pasa del {end}, fin de la administración que lo aprobó. La votación se revisa con la mayoría que el caso registra (`majority: {majority}`).',
    en: 'The case records that the agreement does not bind beyond the term (`bindsBeyondTerm: false`), but its term of {years} {years|year|years} from the session runs past {end}, when the administration that approved it ends. The vote is checked against the majority the case records (`majority: {majority}`).',
    hint: {
      es: 'Borre `bindsBeyondTerm: false` de `steps: council:` y confirme que `majority: {majority}` es la mayoría que la ley municipal del estado pide a un acuerdo que obliga más allá del periodo; o corrija la vigencia (`term:` en agreement.yaml) si el texto negociado dice otra cosa.',
      en: "Delete `bindsBeyondTerm: false` from `steps: council:` and confirm that `majority: {majority}` is the majority the state's municipal law requires of an agreement binding beyond the term; or correct the term (`term:` in agreement.yaml) if the negotiated text says otherwise.",
    },
  },
  'rule.council-majority.too-many': {
    es: 'Votaron {voted} personas, pero el Ayuntamiento tiene {members} integrantes.',
    en: '{voted} people voted, but the council has {members} members.',
    hint: {
      es: 'Revise los votos a favor, en contra y abstenciones, y el número de integrantes (`votes: members:` o `settings: council: members:`).',
      en: 'Check the votes for, against and abstentions, and the number of members (`votes: members:` or `settings: council: members:`).',
    },
  },

  // counterpart-nature
  'rule.counterpart-nature': {
    es: 'La contraparte no es un órgano gubernamental extranjero ni un organismo internacional.',
    en: 'The counterpart is neither a foreign governmental body nor an international organization.',
    hint: {
      es: 'Consulte al área jurídica, o corrija `counterpart: nature:`.',
      en: 'Ask legal counsel, or correct `counterpart: nature:`.',
    },
  },
  'rule.counterpart-nature.private': {
    es: 'La contraparte es una institución privada: eso no es un acuerdo interinstitucional sino un contrato privado.',
    en: 'The counterpart is a private institution: that is not an inter-institutional agreement but a private contract.',
    hint: {
      es: 'Un acuerdo interinstitucional se celebra con órganos gubernamentales extranjeros u organismos internacionales. Consulte al área jurídica, o corrija `counterpart: nature:`.',
      en: 'An inter-institutional agreement is made with foreign governmental bodies or international organizations. Ask legal counsel, or correct `counterpart: nature:`.',
    },
  },
  'rule.counterpart-nature.mexican-municipality': {
    es: 'La contraparte es un municipio mexicano: eso no es un acuerdo internacional.',
    en: 'The counterpart is a Mexican municipality: that is not an international agreement.',
    hint: {
      es: 'Un convenio entre municipios mexicanos no pasa por la SRE; siga la ley municipal de su estado, o corrija `counterpart: nature:`.',
      en: "An agreement between Mexican municipalities does not go through the SRE; follow your state's municipal law, or correct `counterpart: nature:`.",
    },
  },
  'rule.counterpart-nature.in-mexico': {
    es: 'La contraparte se registró como gobierno local extranjero, pero su país es México (`country: MX`): con un municipio mexicano no hay acuerdo internacional.',
    en: 'The counterpart is recorded as a foreign local government, but its country is Mexico (`country: MX`): with a Mexican municipality there is no international agreement.',
    hint: {
      es: 'Corrija `counterpart: country:` si la ciudad está en el extranjero; si es un municipio mexicano, escriba `nature: mexican-municipality` y siga la ley municipal de su estado, no el procedimiento ante la SRE.',
      en: "Correct `counterpart: country:` if the city is abroad; if it is a Mexican municipality, write `nature: mexican-municipality` and follow your state's municipal law, not the SRE procedure.",
    },
  },

  // area-priority
  'rule.area-priority': {
    es: 'El área se liga a la prioridad «{priority}», que no está en ningún Plan Municipal de Desarrollo.',
    en: 'The area is tied to the priority "{priority}", which is in no Municipal Development Plan.',
    hint: { es: 'Prioridades válidas: {valid}.', en: 'Valid priorities: {valid}.' },
  },
  'rule.area-priority.suggestion': {
    es: 'El área se liga a la prioridad «{priority}», que no está en ningún Plan Municipal de Desarrollo.',
    en: 'The area is tied to the priority "{priority}", which is in no Municipal Development Plan.',
    hint: {
      es: '¿Quiso decir «{suggestion}»? Prioridades válidas: {valid}.',
      en: 'Did you mean "{suggestion}"? Valid priorities: {valid}.',
    },
  },
  'rule.area-priority.no-pmd': {
    es: 'El área se liga a la prioridad «{priority}», pero linkage.yaml no tiene prioridades del Plan Municipal de Desarrollo.',
    en: 'The area is tied to the priority "{priority}", but linkage.yaml has no Municipal Development Plan priorities.',
    hint: {
      es: 'Registre las prioridades del PMD en `administrations: pmd: priorities:` con su id.',
      en: 'Record the PMD priorities under `administrations: pmd: priorities:` with their ids.',
    },
  },
  'rule.area-priority.duplicate': {
    es: 'Hay dos áreas con el id «{id}».',
    en: 'Two areas have the id "{id}".',
    hint: { es: 'Dé a cada área un id distinto.', en: 'Give each area its own id.' },
  },

  // unknown-step
  'rule.unknown-step': {
    es: '«{id}» no es un paso del proceso.',
    en: '"{id}" is not a step of the process.',
    hint: {
      es: 'Pasos: {known}. Un paso propio del municipio se declara en linkage.yaml, en `localSteps:`.',
      en: "Steps: {known}. A step of the municipality's own is declared in linkage.yaml under `localSteps:`.",
    },
  },
  'rule.unknown-step.suggestion': {
    es: '«{id}» no es un paso del proceso.',
    en: '"{id}" is not a step of the process.',
    hint: { es: '¿Quiso decir «{suggestion}»? Pasos: {known}.', en: 'Did you mean "{suggestion}"? Steps: {known}.' },
  },
  'rule.unknown-step.fact': {
    es: '«{id}» no es un dato del paso «{step}».',
    en: '"{id}" is not a fact of the step "{step}".',
    hint: {
      es: 'Datos del paso (en linkage.yaml, `localSteps:`): {known}.',
      en: "The step's facts (in linkage.yaml, `localSteps:`): {known}.",
    },
  },
  'rule.unknown-step.fact.suggestion': {
    es: '«{id}» no es un dato del paso «{step}».',
    en: '"{id}" is not a fact of the step "{step}".',
    hint: {
      es: '¿Quiso decir «{suggestion}»? Datos del paso: {known}.',
      en: 'Did you mean "{suggestion}"? The step\'s facts: {known}.',
    },
  },
  'rule.unknown-step.after': {
    es: 'El paso local va después de «{id}», que no es un paso del proceso; se colocará al final.',
    en: 'The local step follows "{id}", which is not a step of the process; it will be placed last.',
    hint: { es: 'Pasos: {known}.', en: 'Steps: {known}.' },
  },
  'rule.unknown-step.after.suggestion': {
    es: 'El paso local va después de «{id}», que no es un paso del proceso; se colocará al final.',
    en: 'The local step follows "{id}", which is not a step of the process; it will be placed last.',
    hint: { es: '¿Quiso decir «{suggestion}»? Pasos: {known}.', en: 'Did you mean "{suggestion}"? Steps: {known}.' },
  },
  'rule.unknown-step.builtin': {
    es: 'El paso local «{id}» usa el id de un paso del proceso.',
    en: 'The local step "{id}" uses the id of a built-in step.',
    hint: {
      es: 'Dé al paso local un id propio, por ejemplo «comision-{id}».',
      en: 'Give the local step its own id, for example "committee-{id}".',
    },
  },

  // iso-codes
  'rule.iso-codes': {
    es: 'El código «{code}» no es un código ISO válido.',
    en: 'The code "{code}" is not a valid ISO code.',
    hint: {
      es: 'Países: ISO 3166-1 (MX, US…); idiomas: ISO 639 (es, en…); monedas: ISO 4217 (MXN, USD…).',
      en: 'Countries: ISO 3166-1 (MX, US…); languages: ISO 639 (es, en…); currencies: ISO 4217 (MXN, USD…).',
    },
  },
  'rule.iso-codes.country': {
    es: '«{code}» no es un código de país ISO 3166-1.',
    en: '"{code}" is not an ISO 3166-1 country code.',
    hint: {
      es: 'Use las dos letras del país, por ejemplo MX, US, ES, DE, JP (el Reino Unido es GB).',
      en: "Use the country's two letters, for example MX, US, ES, DE, JP (the United Kingdom is GB).",
    },
  },
  'rule.iso-codes.country-suggestion': {
    es: '«{code}» no es un código de país ISO 3166-1 vigente.',
    en: '"{code}" is not a current ISO 3166-1 country code.',
    hint: { es: 'Use «{suggestion}».', en: 'Use "{suggestion}".' },
  },
  'rule.iso-codes.language': {
    es: '«{code}» no es un código de idioma ISO 639.',
    en: '"{code}" is not an ISO 639 language code.',
    hint: {
      es: 'Use el código de dos letras del idioma, por ejemplo es, en, fr, de, ja.',
      en: "Use the language's two-letter code, for example es, en, fr, de, ja.",
    },
  },
  'rule.iso-codes.language-suggestion': {
    es: '«{code}» es un código de idioma ISO 639 retirado.',
    en: '"{code}" is a withdrawn ISO 639 language code.',
    hint: { es: 'Use «{suggestion}».', en: 'Use "{suggestion}".' },
  },
  'rule.iso-codes.language-unverified': {
    es: 'No se pudo comprobar que «{code}» sea un código de idioma ISO 639-3.',
    en: 'Could not confirm that "{code}" is an ISO 639-3 language code.',
    hint: {
      es: 'Compruébelo en https://iso639-3.sil.org; si el idioma tiene código de dos letras, úselo.',
      en: 'Check it at https://iso639-3.sil.org; if the language has a two-letter code, use that.',
    },
  },
  'rule.iso-codes.currency': {
    es: '«{code}» no es un código de moneda ISO 4217 vigente.',
    en: '"{code}" is not a current ISO 4217 currency code.',
    hint: { es: 'Por ejemplo MXN, USD, EUR, JPY.', en: 'For example MXN, USD, EUR, JPY.' },
  },
  'rule.iso-codes.currency-suggestion': {
    es: '«{code}» no es un código de moneda ISO 4217 vigente.',
    en: '"{code}" is not a current ISO 4217 currency code.',
    hint: { es: '¿Quiso decir «{suggestion}»?', en: 'Did you mean "{suggestion}"?' },
  },

  // aop-year
  'rule.aop-year': {
    es: 'El archivo es del año {fileYear}, pero dice `year: {year}`.',
    en: 'The file is for {fileYear}, but it says `year: {year}`.',
    hint: {
      es: 'Corrija `year:` o cambie el nombre del archivo a {year}.yaml.',
      en: 'Correct `year:` or rename the file to {year}.yaml.',
    },
  },

  'rule.mayor-terms': {
    es: 'Los periodos de {name} y de {other} como alcaldes se traslapan.',
    en: 'The terms of {name} and {other} as mayors overlap.',
    hint: {
      es: 'Corrija sus fechas `from:` y `to:` en `counterpart: formerMayors:`: los documentos van dirigidos a quien estaba en funciones en su fecha.',
      en: 'Correct their `from:` and `to:` dates under `counterpart: formerMayors:`: documents are addressed to whoever was in office on their date.',
    },
  },
  'rule.signers-in-office': {
    es: '{name} firmó por el municipio el {date}, pero ese día no estaba en funciones: su cargo va del {from} al {to}.',
    en: '{name} signed for the municipality on {date}, but was not in office that day: the term runs from {from} to {to}.',
    hint: {
      es: 'Revise en el original quién firmó y anótelo en `steps: signature: municipality: signers:`, o corrija la fecha de firma o el periodo del cargo en linkage.yaml (`from:`/`to:`).',
      en: 'Check who signed in the original and record it in `steps: signature: municipality: signers:`, or correct the signature date or the term in linkage.yaml (`from:`/`to:`).',
    },
  },
  'rule.signers-in-office.counterpart': {
    es: '{name} firmó por la contraparte el {date}, pero ese día no ocupaba la alcaldía: su periodo va del {from} al {to}.',
    en: '{name} signed for the counterpart on {date}, but was not its mayor that day: the term runs from {from} to {to}.',
    hint: {
      es: 'Revise en el original quién firmó por la contraparte y anótelo en `steps: signature: counterpart: signers:`, o corrija la fecha de firma o los periodos de `counterpart: mayor:` y `formerMayors:`.',
      en: 'Check who signed for the counterpart in the original and record it in `steps: signature: counterpart: signers:`, or correct the signature date or the terms in `counterpart: mayor:` and `formerMayors:`.',
    },
  },
  'rule.signers-in-office.president': {
    es: 'Entre quienes firmaron por el municipio el {date} no está {president}, quien ocupaba la Presidencia Municipal ese día.',
    en: 'Those who signed for the municipality on {date} do not include {president}, the Municipal President in office that day.',
    hint: {
      es: 'La Presidencia Municipal firma por el municipio: agréguela a `signers:`, o corrija la fecha de firma o los funcionarios de linkage.yaml.',
      en: 'The Municipal President signs for the municipality: add them to `signers:`, or correct the signature date or the officials in linkage.yaml.',
    },
  },
  'rule.mayor-terms.no-from': {
    es: 'Hay alcaldes anteriores, pero no la fecha en que {name} asumió el cargo: los documentos irán dirigidos a {name} aunque sean de fechas anteriores.',
    en: 'Former mayors are recorded, but not the date {name} took office: documents will be addressed to {name} even when dated earlier.',
    hint: {
      es: 'Registre `counterpart: mayor: from:` (la fecha de toma de posesión).',
      en: 'Record `counterpart: mayor: from:` (the date they took office).',
    },
  },
  'rule.mayor-terms.reversed': {
    es: 'El periodo de {name} como alcalde termina ({to}) antes de empezar ({from}).',
    en: 'The term of {name} as mayor ends ({to}) before it starts ({from}).',
    hint: { es: 'Corrija `from:` o `to:`.', en: 'Correct `from:` or `to:`.' },
  },
  'rule.mayor-terms.after-current': {
    es: 'El periodo de {name} como alcalde termina el {to}, pero {current} está en funciones desde el {from}.',
    en: 'The term of {name} as mayor ends on {to}, but {current} has been in office since {from}.',
    hint: {
      es: 'Un alcalde anterior termina antes de que empiece el actual: corrija `to:` o `counterpart: mayor: from:`.',
      en: 'A former mayor leaves before the current one starts: correct `to:` or `counterpart: mayor: from:`.',
    },
  },
  'rule.fonts': {
    es: 'No se encontró la fuente {file}; sin ella no se pueden generar los documentos.',
    en: 'The font {file} was not found; without it no document can be generated.',
    hint: {
      es: 'Copie la fuente (TTF u OTF) en esa ruta, relativa a linkage.yaml, o corrija settings.fonts.',
      en: 'Copy the font (TTF or OTF) to that path, relative to linkage.yaml, or correct settings.fonts.',
    },
  },
  'rule.fonts.outside': {
    es: 'La fuente {file} está fuera del espacio de trabajo: quien clone el repositorio no la tendrá.',
    en: 'The font {file} is outside the workspace: whoever clones the repository will not have it.',
    hint: {
      es: 'Copie la fuente dentro del espacio de trabajo (por ejemplo en assets/) y ponga esa ruta en settings.fonts.',
      en: 'Copy the font into the workspace (for example into assets/) and put that path in settings.fonts.',
    },
  },
  'rule.coat-of-arms.outside': {
    es: 'El escudo {file} está fuera del espacio de trabajo: quien clone el repositorio no lo tendrá.',
    en: 'The coat of arms {file} is outside the workspace: whoever clones the repository will not have it.',
    hint: {
      es: 'Copie la imagen dentro del espacio de trabajo (por ejemplo en assets/) y ponga esa ruta en settings.letterhead.coatOfArms.',
      en: 'Copy the image into the workspace (for example into assets/) and put that path in settings.letterhead.coatOfArms.',
    },
  },
  'rule.liaison-contact': {
    es: 'Las cartas, los oficios y el perfil municipal nombrarán al enlace sin un contacto institucional: su oficina no tiene correo ni teléfono.',
    en: 'The letters, the oficios and the municipal profile will name the liaison with no institutional contact: the office has no email or phone.',
    hint: {
      es: 'Agregue liaison.office.email o liaison.office.phone en linkage.yaml (el correo y el teléfono propios de la persona son privados y no se imprimen).',
      en: "Add liaison.office.email or liaison.office.phone to linkage.yaml (the person's own email and phone are private and never printed).",
    },
  },
  'rule.coat-of-arms': {
    es: 'No se encontró el escudo {file}; sin él no se pueden generar los documentos ni publicar el sitio.',
    en: 'The coat of arms {file} was not found; without it no document can be generated and the site cannot be published.',
    hint: {
      es: 'Copie el escudo (PNG o JPEG) en esa ruta, relativa a linkage.yaml, o corrija settings.letterhead.coatOfArms.',
      en: 'Copy the coat of arms (PNG or JPEG) to that path, relative to linkage.yaml, or correct settings.letterhead.coatOfArms.',
    },
  },

  // evidence-path and hashes
  'rule.evidence-path': {
    es: 'La ruta «{path}» sale de la carpeta {folder}.',
    en: 'The path "{path}" leaves the folder {folder}.',
    hint: {
      es: 'Copie el archivo dentro de {folder} (por ejemplo en evidence/) y escriba la ruta relativa con /, sin «..».',
      en: 'Copy the file into {folder} (for example into evidence/) and write the relative path with /, without "..".',
    },
  },
  'rule.evidence-path.reserved': {
    es: 'La ruta «{path}» usa un nombre reservado de Windows (CON, NUL, COM1…).',
    en: 'The path "{path}" uses a reserved Windows name (CON, NUL, COM1…).',
    hint: { es: 'Cambie el nombre del archivo o de la carpeta.', en: 'Rename the file or the folder.' },
  },
  'rule.hashes': {
    es: 'Un archivo de evidencia o un documento emitido no coincide con lo registrado.',
    en: 'An evidence file or an issued document does not match what was recorded.',
    hint: {
      es: 'Recupere el archivo original de git, o registre su SHA-256 si lo reemplazó a propósito.',
      en: 'Restore the original file from git, or record its SHA-256 if you replaced it on purpose.',
    },
  },
  'rule.hashes.missing': {
    es: 'No se encontró el archivo de evidencia «{path}» en {folder}.',
    en: 'The evidence file "{path}" was not found in {folder}.',
    hint: {
      es: 'Agregue el archivo (y haga commit), o corrija la ruta; las mayúsculas cuentan.',
      en: 'Add the file (and commit it), or correct the path; capitals matter.',
    },
  },
  'rule.hashes.unreadable': {
    es: '«{path}» está en {folder}, pero no se pudo leer.',
    en: '"{path}" is in {folder}, but it could not be read.',
    hint: {
      es: 'Revise que sea un archivo (no una carpeta) y que tenga permisos de lectura.',
      en: 'Check that it is a file (not a folder) and that it can be read.',
    },
  },
  'rule.hashes.document-missing': {
    es: 'No se encontró el documento emitido «{path}» en {folder}.',
    en: 'The issued document "{path}" was not found in {folder}.',
    hint: {
      es: 'Un documento emitido se conserva en el caso: recupérelo de git (`git checkout -- {folder}/{path}`) o de su respaldo.',
      en: 'An issued document is kept in the case: restore it from git (`git checkout -- {folder}/{path}`) or from your backup.',
    },
  },
  'rule.hashes.no-sha256': {
    es: 'La evidencia «{path}» no tiene su SHA-256 registrado.',
    en: 'The evidence "{path}" has no recorded SHA-256.',
    hint: {
      es: 'Agregue `sha256: {hash}` junto a la ruta, para que un cambio en el archivo se note.',
      en: 'Add `sha256: {hash}` next to the path, so that any change to the file is noticed.',
    },
  },
  'rule.hashes.mismatch': {
    es: 'El archivo de evidencia «{path}» cambió: su SHA-256 ya no es el registrado.',
    en: 'The evidence file "{path}" changed: its SHA-256 is no longer the recorded one.',
    hint: {
      es: 'Si reemplazó el archivo a propósito (por ejemplo, un mejor escaneo), registre `sha256: {actual}`; si no, recupere el original de git.',
      en: 'If you replaced the file on purpose (for example a better scan), record `sha256: {actual}`; otherwise restore the original from git.',
    },
  },
  'rule.hashes.line-endings': {
    es: 'El archivo de evidencia «{path}» es el registrado salvo los finales de línea (CRLF o LF): git los cambió al guardarlo o al sacarlo.',
    en: 'The evidence file "{path}" is the recorded one except for its line endings (CRLF or LF): git changed them when it was committed or checked out.',
    hint: {
      es: 'Que git no toque los bytes de la evidencia: agregue `**/evidence/** -text` a .gitattributes (como lo escribe `linkage init`) y, en el equipo donde el archivo sigue como se registró, `git add --renormalize {folder}/{path}` y haga commit.',
      en: 'Keep git from changing the bytes of evidence: add `**/evidence/** -text` to .gitattributes (as `linkage init` writes it) and, on the computer where the file is still as recorded, run `git add --renormalize {folder}/{path}` and commit.',
    },
  },
  'rule.hashes.document-mismatch': {
    es: 'El documento emitido «{path}» cambió después de emitirse: su SHA-256 ya no es el registrado.',
    en: 'The issued document "{path}" changed after it was issued: its SHA-256 is no longer the recorded one.',
    hint: {
      es: 'Un documento emitido no debe cambiar: recupere el original de git. Si hay que corregirlo, emita uno nuevo con `linkage generate … --record{globals}`.',
      en: 'An issued document must not change: restore the original from git. If it needs a correction, issue a new one with `linkage generate … --record{globals}`.',
    },
  },

  // late
  'rule.late': {
    es: 'El paso «{stepTitle}» está atrasado desde el {due}.',
    en: 'The step "{stepTitle}" is overdue since {due}.',
    hint: {
      es: 'Dé seguimiento y registre lo que ocurra (`linkage next {slug}{globals}`).',
      en: 'Follow up and record what happens (`linkage next {slug}{globals}`).',
    },
  },
  'rule.late.response': {
    es: 'La contraparte no ha respondido la Carta de Intención; el seguimiento vencía el {due}.',
    en: 'The counterpart has not answered the Letter of Intent; the follow-up was due on {due}.',
    hint: {
      es: 'Busque a la contraparte por su contacto o por la representación diplomática, anote el contacto en `contactLog:` y, si procede, una nueva fecha en `steps: letter: followUpOn:`.',
      en: 'Reach the counterpart through its contact or the diplomatic representation, log it under `contactLog:` and, if needed, set a new date in `steps: letter: followUpOn:`.',
    },
  },
  'rule.late.sre-opinion': {
    es: 'La SRE no ha emitido su dictamen; el seguimiento vencía el {due}.',
    en: 'The SRE has not issued its opinion; the follow-up was due on {due}.',
    hint: {
      es: 'Pregunte por el estado de la solicitud a la DGCP (o a la oficina estatal) y anote una nueva fecha en `followUpOn:` de la ronda. La ley no fija plazo a la SRE.',
      en: "Ask the DGCP (or the state office) about the request and set a new date in the round's `followUpOn:`. The law sets the SRE no deadline.",
    },
  },
  'rule.late.registration': {
    es: 'Ambas Partes firmaron el acuerdo ({signed}), pero no consta su envío a la SRE para registro; el seguimiento vencía el {due}.',
    en: 'Both Parties signed the agreement ({signed}), but it is not recorded as sent to the SRE for registration; the follow-up was due on {due}.',
    hint: {
      es: 'Envíe copia del acuerdo firmado a la SRE para su inscripción en el Registro de acuerdos interinstitucionales (`linkage generate registration {slug}{globals}`) y anote el envío en `steps: registration:` (`linkage next {slug}{globals}`). La ley no fija plazo; la fecha de seguimiento se ajusta en `settings: followUpDays: registration:`.',
      en: 'Send a copy of the signed agreement to the SRE for inscription in the registry of inter-institutional agreements (`linkage generate registration {slug}{globals}`) and record it under `steps: registration:` (`linkage next {slug}{globals}`). The law sets no deadline; the follow-up interval is set in `settings: followUpDays: registration:`.',
    },
  },
  'rule.late.amendment': {
    es: 'La SRE no ha emitido su dictamen sobre la modificación {amendment}; el seguimiento vencía el {due}.',
    en: 'The SRE has not issued its opinion on amendment {amendment}; the follow-up was due on {due}.',
    hint: {
      es: 'Pregunte por el estado de la solicitud a la DGCP (o a la oficina estatal) y anote una nueva fecha en `followUpOn:` de la ronda de la modificación. La modificación no se firma antes del dictamen (LSCT art. 7); la ley no fija plazo a la SRE.',
      en: "Ask the DGCP (or the state office) about the request and set a new date in the amendment round's `followUpOn:`. The amendment is not signed before the opinion (LSCT art. 7); the law sets the SRE no deadline.",
    },
  },
  'rule.late.amendment-registration': {
    es: 'La modificación {amendment} se firmó el {signed}, pero no consta su envío a la SRE para registro; el seguimiento vencía el {due}.',
    en: 'Amendment {amendment} was signed on {signed}, but it is not recorded as sent to the SRE for registration; the follow-up was due on {due}.',
    hint: {
      es: 'Envíe copia de la modificación firmada a la SRE para su registro (`linkage generate registration {slug} --amendment {amendment}{globals}`) y anote el envío en `registration:` de la modificación (`linkage next {slug} --step amendment{globals}`). La ley no fija plazo; la fecha de seguimiento se ajusta en `settings: followUpDays: registration:`.',
      en: "Send a copy of the signed amendment to the SRE for registration (`linkage generate registration {slug} --amendment {amendment}{globals}`) and record it under the amendment's `registration:` (`linkage next {slug} --step amendment{globals}`). The law sets no deadline; the follow-up interval is set in `settings: followUpDays: registration:`.",
    },
  },
  'rule.late.amendment-acuse': {
    es: 'La copia de la modificación {amendment} se envió a la SRE para registro el {sent}, pero no consta su acuse; el seguimiento vencía el {due}.',
    en: 'The copy of amendment {amendment} was sent to the SRE for registration on {sent}, but no acknowledgment is recorded; the follow-up was due on {due}.',
    hint: {
      es: 'Pregunte a la DGCP por la inscripción de la modificación y anote el acuse en `registration: acuse:` de la modificación (`linkage next {slug} --step amendment{globals}`), o una nueva fecha en `followUpOn:`. La ley no fija plazo a la SRE.',
      en: "Ask the DGCP about the amendment's inscription and record the acknowledgment in the amendment's `registration: acuse:` (`linkage next {slug} --step amendment{globals}`), or set a new date in `followUpOn:`. The law sets the SRE no deadline.",
    },
  },
  'rule.late.registration-acuse': {
    es: 'La copia del acuerdo firmado se envió a la SRE para registro el {sent}, pero no consta su acuse; el seguimiento vencía el {due}.',
    en: 'The copy of the signed agreement was sent to the SRE for registration on {sent}, but no acknowledgment is recorded; the follow-up was due on {due}.',
    hint: {
      es: 'Pregunte a la DGCP por la inscripción del acuerdo en el Registro de acuerdos interinstitucionales y anote el acuse en `steps: registration: acuse:` (`linkage next {slug}{globals}`), o una nueva fecha en `followUpOn:`. La ley no fija plazo a la SRE.',
      en: "Ask the DGCP about the agreement's inscription in the registry of inter-institutional agreements and record the acknowledgment in `steps: registration: acuse:` (`linkage next {slug}{globals}`), or set a new date in `followUpOn:`. The law sets the SRE no deadline.",
    },
  },
  'rule.late.contact-follow-up': {
    es: 'Un seguimiento de la bitácora de contacto vencía el {due}.',
    en: 'A follow-up in the contact log was due on {due}.',
    hint: { es: 'Dé el seguimiento y anótelo en `contactLog:`.', en: 'Follow up and log it under `contactLog:`.' },
  },
  'rule.late.contact': {
    es: 'No hay contacto con la contraparte desde hace más de {months} {months|mes|meses} (vencía el {due}).',
    en: 'There has been no contact with the counterpart for over {months} {months|month|months} (due on {due}).',
    hint: {
      es: 'Una relación sin contacto se pierde: escriba o llame a la contraparte y anótelo en `contactLog:`.',
      en: 'A relationship without contact fades: write to or call the counterpart and log it under `contactLog:`.',
    },
  },
  // term-expired
  'rule.term-expired': {
    es: 'El acuerdo venció el {expired}: su vigencia era de {years} {years|año|años} desde la firma ({signed}), y case.yaml no registra su fin.',
    en: 'The agreement expired on {expired}: its term was {years} {years|year|years} from signature ({signed}), and case.yaml records no end.',
    hint: {
      es: 'Registre el fin en case.yaml (`end: {state: expired, date: {expired}}`), o la enmienda que prorrogó la vigencia en `amendments:` con el nuevo `term:` en agreement.yaml.',
      en: 'Record the end in case.yaml (`end: {state: expired, date: {expired}}`), or the amendment that extended the term under `amendments:` with the new `term:` in agreement.yaml.',
    },
  },
  // notice-period
  'rule.notice-period': {
    es: 'La terminación surte efecto el {date}, pero el aviso se dio el {notice} y el acuerdo pide {days} {days|día|días} de anticipación: no antes del {earliest}.',
    en: 'The termination takes effect on {date}, but notice was given on {notice} and the agreement requires {days} {days|day|days} of notice: not before {earliest}.',
    hint: {
      es: 'Corrija `end: date:` (o la fecha del aviso en `end: notice: date:`); si las Partes acordaron por escrito terminarlo antes, anótelo en `end: reason:`.',
      en: 'Correct `end: date:` (or the notice date in `end: notice: date:`); if the Parties agreed in writing to end it sooner, note it in `end: reason:`.',
    },
  },
  // area-plan-in-force
  'rule.area-plan-in-force': {
    es: 'El área «{area}» sigue ligada a {priority}, del Plan Municipal de Desarrollo de la administración {administration}, que terminó el {end}.',
    en: 'The area "{area}" is still tied to {priority}, of the Municipal Development Plan of the {administration} administration, which ended on {end}.',
    hint: {
      es: 'Realinéela a una prioridad del plan vigente (administración {current}) en `areas: priority:`: {priorities}.',
      en: 'Re-map it to a priority of the plan in force ({current} administration) in `areas: priority:`: {priorities}.',
    },
  },
  'rule.area-plan-in-force.suggestion': {
    es: 'El área «{area}» sigue ligada a {priority}, del Plan Municipal de Desarrollo de la administración {administration}, que terminó el {end}.',
    en: 'The area "{area}" is still tied to {priority}, of the Municipal Development Plan of the {administration} administration, which ended on {end}.',
    hint: {
      es: 'Realinéela al plan vigente (administración {current}) en `areas: priority:`; la prioridad más cercana es {suggestion} «{title}». Prioridades del plan vigente: {priorities}.',
      en: 'Re-map it to the plan in force ({current} administration) in `areas: priority:`; the closest priority is {suggestion} "{title}". Priorities of the plan in force: {priorities}.',
    },
  },
  'rule.area-plan-in-force.no-administration': {
    es: 'El área «{area}» sigue ligada a {priority}, del Plan Municipal de Desarrollo de la administración {administration}, que terminó el {end}.',
    en: 'The area "{area}" is still tied to {priority}, of the Municipal Development Plan of the {administration} administration, which ended on {end}.',
    hint: {
      es: 'Ninguna administración registrada está en funciones: registre la entrante en `administrations:` de linkage.yaml, con su periodo, sus funcionarios y las prioridades de su PMD, y realinee el área a una de ellas.',
      en: 'No recorded administration is in office: record the incoming one under `administrations:` in linkage.yaml, with its period, its officials and its PMD priorities, and re-map the area to one of them.',
    },
  },
  'rule.area-plan-in-force.no-plan': {
    es: 'El área «{area}» sigue ligada a {priority}, del Plan Municipal de Desarrollo de la administración {administration}, que terminó el {end}.',
    en: 'The area "{area}" is still tied to {priority}, of the Municipal Development Plan of the {administration} administration, which ended on {end}.',
    hint: {
      es: 'Registre el PMD de la administración en funciones ({current}) en `administrations: pmd: priorities:` de linkage.yaml y realinee el área a una de sus prioridades.',
      en: 'Record the PMD of the administration in office ({current}) under `administrations: pmd: priorities:` in linkage.yaml and re-map the area to one of its priorities.',
    },
  },
};
