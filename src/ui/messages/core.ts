import type { Catalog } from './types.js';

/** Messages of loading, files and the command line. `{name}` is replaced by a parameter. */
export const core: Catalog = {
  'workspace.not-found': {
    es: 'No se encontró un espacio de trabajo de linkage (linkage.yaml) en {dir} ni en sus carpetas superiores.',
    en: 'No linkage workspace (linkage.yaml) was found in {dir} or any folder above it.',
    hint: {
      es: 'Ejecute `linkage init` para crear uno, o indique la carpeta con `-C <carpeta>`.',
      en: 'Run `linkage init` to create one, or name the folder with `-C <folder>`.',
    },
  },
  'workspace.not-found-given': {
    es: 'La ruta {dir} indicada con -C no está en un espacio de trabajo de linkage: no hay linkage.yaml en ella ni en sus carpetas superiores.',
    en: 'The path {dir} given with -C is not in a linkage workspace: there is no linkage.yaml in it or in any folder above it.',
    hint: {
      es: 'Revise la ruta: -C indica la carpeta del espacio de trabajo (la que tiene linkage.yaml) o una de sus subcarpetas; `linkage init <carpeta>` crea uno.',
      en: 'Check the path: -C names the workspace folder (the one with linkage.yaml) or a folder inside it; `linkage init <folder>` creates one.',
    },
  },
  'workspace.dir-missing': {
    es: 'La carpeta {dir} indicada con -C no existe.',
    en: 'The folder {dir} given with -C does not exist.',
    hint: {
      es: 'Revise la ruta: -C indica la carpeta del espacio de trabajo (la que tiene linkage.yaml) o una de sus subcarpetas.',
      en: 'Check the path: -C names the workspace folder (the one with linkage.yaml) or a folder inside it.',
    },
  },
  'workspace.exists': {
    es: 'Ya existe un espacio de trabajo en {dir}.',
    en: 'There is already a workspace in {dir}.',
    hint: { es: 'Use otra carpeta, o edite linkage.yaml.', en: 'Use another folder, or edit linkage.yaml.' },
  },
  'file.not-utf8': {
    es: 'El archivo no está en UTF-8 (byte no válido en la posición {offset}).',
    en: 'The file is not UTF-8 (invalid byte at offset {offset}).',
    hint: {
      es: 'Guárdelo como «UTF-8» en su editor (en VS Code: barra inferior, «Save with Encoding»).',
      en: 'Save it as "UTF-8" in your editor (in VS Code: status bar, "Save with Encoding").',
    },
  },
  'file.not-text': {
    es: 'El archivo contiene un carácter que no es texto ({char}) en esta posición.',
    en: 'The file holds a character that is not text ({char}) at this position.',
    hint: {
      es: 'Bórrelo con un editor de texto; suele venir de copiar y pegar desde otro programa o de un archivo dañado.',
      en: 'Delete it in a text editor; it usually comes from copying and pasting from another program, or a damaged file.',
    },
  },
  'file.utf16': {
    es: 'El archivo está en UTF-16 (como guarda «Unicode» el Bloc de notas de Windows), no en UTF-8.',
    en: 'The file is UTF-16 (as Windows Notepad saves "Unicode"), not UTF-8.',
    hint: {
      es: 'Guárdelo como «UTF-8»: en VS Code, barra inferior, «Save with Encoding»; en el Bloc de notas, «Guardar como», Codificación: UTF-8.',
      en: 'Save it as "UTF-8": in VS Code, status bar, "Save with Encoding"; in Notepad, "Save as", Encoding: UTF-8.',
    },
  },
  'file.too-large': {
    es: 'El archivo pesa {size} bytes; el máximo es {max}.',
    en: 'The file is {size} bytes; the limit is {max}.',
    hint: {
      es: 'Los anexos van en evidence/, no dentro del YAML.',
      en: 'Attachments belong in evidence/, not inside the YAML.',
    },
  },
  'file.empty': {
    es: 'El archivo está vacío.',
    en: 'The file is empty.',
    hint: { es: 'Debe empezar por `schemaVersion: 1`.', en: 'It must start with `schemaVersion: 1`.' },
  },
  'file.unreadable': {
    es: 'No se pudo leer el archivo.',
    en: 'The file could not be read.',
    hint: {
      es: 'Revise que exista, que sea un archivo y no una carpeta, y que tenga permisos de lectura.',
      en: 'Check that it exists, that it is a file and not a folder, and that it can be read.',
    },
  },
  'folder.unreadable': {
    es: 'No se pudo leer la carpeta.',
    en: 'The folder could not be read.',
    hint: {
      es: 'Revise que sea una carpeta y no un archivo, y que tenga permisos de lectura.',
      en: 'Check that it is a folder and not a file, and that it can be read.',
    },
  },
  'file.busy': {
    es: 'Otro comando de linkage está escribiendo este archivo (o uno interrumpido dejó su apartado, {lock}).',
    en: 'Another linkage command is writing this file (or one that was stopped left its lock, {lock}).',
    hint: {
      es: 'Repita cuando termine; un apartado de más de 30 segundos se da por abandonado.',
      en: 'Try again once it is done; a lock older than 30 seconds is taken as abandoned.',
    },
  },
  'file.link-outside': {
    es: 'Es un enlace a un archivo fuera del espacio de trabajo ({target}): linkage no escribe fuera de él.',
    en: 'It is a link to a file outside the workspace ({target}): linkage does not write outside it.',
    hint: {
      es: 'Copie el archivo dentro del espacio de trabajo en lugar del enlace, o edítelo a mano.',
      en: 'Copy the file into the workspace in place of the link, or edit it by hand.',
    },
  },
  'file.not-regular': {
    es: 'Es un dispositivo o una tubería (FIFO), no un archivo: no se escribió nada.',
    en: 'It is a device or a pipe (FIFO), not a file: nothing was written.',
    hint: { es: 'Elija otro nombre de archivo.', en: 'Choose another file name.' },
  },
  'file.read-only': {
    es: 'Es un archivo de sólo lectura: no se escribió nada.',
    en: 'It is a read-only file: nothing was written.',
    hint: {
      es: 'Si debe cambiar, quítele la marca de sólo lectura (`chmod u+w`; en Windows, Propiedades) y repita.',
      en: 'If it is meant to change, clear its read-only mark (`chmod u+w`; on Windows, Properties) and try again.',
    },
  },
  'file.is-folder': {
    es: 'Es una carpeta, no un archivo: no se escribió nada.',
    en: 'It is a folder, not a file: nothing was written.',
    hint: {
      es: 'Indique el nombre del archivo, dentro de esa carpeta o en otra.',
      en: 'Give the name of the file, in that folder or another.',
    },
  },
  'file.bad-link': {
    es: 'Es un enlace que no lleva a un archivo: no se escribió nada.',
    en: 'It is a link that does not lead to a file: nothing was written.',
    hint: {
      es: 'Corrija o borre el enlace, o elija otro nombre de archivo.',
      en: 'Fix or delete the link, or choose another file name.',
    },
  },
  'folder.is-file': {
    es: '{folder} es un archivo y no una carpeta: no se escribió nada.',
    en: '{folder} is a file and not a folder: nothing was written.',
    hint: {
      es: 'Renombre o borre ese archivo, o elija otra carpeta.',
      en: 'Rename or delete that file, or choose another folder.',
    },
  },
  'cwd.gone': {
    es: 'La carpeta actual ya no existe (se borró o se movió).',
    en: 'The current folder no longer exists (it was deleted or moved).',
    hint: {
      es: 'Cámbiese a una carpeta que exista (`cd`) y repita.',
      en: 'Change to a folder that exists (`cd`) and try again.',
    },
  },
  'file.newer-schema': {
    es: 'Este archivo usa schemaVersion {version}, y esta versión de linkage sólo conoce hasta {supported}.',
    en: 'This file uses schemaVersion {version}; this linkage only knows up to {supported}.',
    hint: {
      es: 'Actualice linkage: `npm install -g linkage-mx@latest`; en GitHub Actions, cambie también la versión fija de .github/workflows/linkage.yml.',
      en: 'Update linkage: `npm install -g linkage-mx@latest`; for GitHub Actions, change the version pinned in .github/workflows/linkage.yml too.',
    },
  },
  'file.changed': {
    es: 'El archivo cambió en disco mientras linkage trabajaba; no se escribió nada.',
    en: 'The file changed on disk while linkage was working; nothing was written.',
    hint: { es: 'Vuelva a ejecutar el comando.', en: 'Run the command again.' },
  },
  'file.locked': {
    es: 'No se pudo escribir {file}: otro programa lo tiene abierto.',
    en: 'Could not write {file}: another program has it open.',
    hint: {
      es: 'Cierre el archivo (por ejemplo, en el visor de PDF o en Excel) y repita.',
      en: 'Close the file (for example in the PDF viewer or Excel) and try again.',
    },
  },
  'file.disk-full': {
    es: 'No se pudo escribir {file}: el disco está lleno. El archivo quedó como estaba.',
    en: 'Could not write {file}: the disk is full. The file is as it was.',
    hint: { es: 'Libere espacio en el disco y repita.', en: 'Free some disk space and try again.' },
  },
  'file.unwritable': {
    es: 'No se pudo escribir en {file} ({code}).',
    en: 'Could not write to {file} ({code}).',
    hint: { es: 'Revise los permisos de la carpeta.', en: 'Check the folder permissions.' },
  },
  'yaml.syntax': {
    es: 'El YAML no es válido aquí ({code}).',
    en: 'The YAML is not valid here ({code}).',
    hint: {
      es: 'Revise la sangría (espacios, no tabuladores) y los dos puntos de cada clave.',
      en: 'Check the indentation (spaces, not tabs) and the colon after each key.',
    },
  },
  'yaml.syntax.bad-indent': {
    es: 'El YAML no es válido: la sangría de esta línea no corresponde a la de su bloque.',
    en: 'The YAML is not valid: the indentation of this line does not match its block.',
    hint: {
      es: 'Alinee la línea con las claves de su mismo nivel, con espacios.',
      en: 'Line the line up with the keys of its level, with spaces.',
    },
  },
  'yaml.syntax.tab-as-indent': {
    es: 'El YAML no es válido: hay un tabulador en la sangría.',
    en: 'The YAML is not valid: there is a tab in the indentation.',
    hint: { es: 'Sangre con espacios, nunca con tabuladores.', en: 'Indent with spaces, never with tabs.' },
  },
  'yaml.syntax.duplicate-key': {
    es: 'El YAML no es válido: esta clave ya aparece en el mismo bloque.',
    en: 'The YAML is not valid: this key already appears in the same block.',
    hint: {
      es: 'Deje una sola: junte sus valores o borre la repetida.',
      en: 'Keep one: merge their values or delete the repeated one.',
    },
  },
  'yaml.syntax.missing-char': {
    es: 'El YAML no es válido: falta un cierre (comillas, corchete ] o llave }).',
    en: 'The YAML is not valid: a closing quote, bracket ] or brace } is missing.',
    hint: {
      es: 'Cierre las comillas o los corchetes que se abrieron en esta línea o antes.',
      en: 'Close the quotes or brackets opened on this line or before it.',
    },
  },
  'yaml.syntax.unclosed': {
    es: 'El YAML no es válido: falta el «{close}» que cierra el «{open}» abierto en la línea {opened}.',
    en: 'The YAML is not valid: the "{open}" opened on line {opened} is never closed with a "{close}".',
    hint: {
      es: 'Escriba «{close}» después de su último elemento; si el valor es un texto que lleva «{open}», póngalo entre comillas.',
      en: 'Write "{close}" after its last item; if the value is a text holding "{open}", put it in quotes.',
    },
  },
  'yaml.syntax.bad-dq-escape': {
    es: 'El YAML no es válido: una barra invertida (\\) entre comillas dobles no forma un carácter.',
    en: 'The YAML is not valid: a backslash (\\) inside double quotes does not make a character.',
    hint: {
      es: 'Use comillas simples, o escriba \\\\ para una barra invertida.',
      en: 'Use single quotes, or write \\\\ for a backslash.',
    },
  },
  'yaml.syntax.unexpected-token': {
    es: 'El YAML no es válido: hay algo que no se esperaba en este punto.',
    en: 'The YAML is not valid: something here was not expected.',
    hint: {
      es: 'Revise los dos puntos, los guiones y las comillas de la línea; un valor con «: » o «#» va entre comillas.',
      en: 'Check the colons, dashes and quotes of the line; a value containing ": " or "#" goes in quotes.',
    },
  },
  'yaml.syntax.colon-in-text': {
    es: 'El YAML no es válido: el texto lleva «: » (dos puntos y un espacio), que en YAML separa una clave de su valor.',
    en: 'The YAML is not valid: the text holds ": " (a colon and a space), which in YAML separates a key from its value.',
    hint: { es: 'Ponga el texto entre comillas: {quoted}', en: 'Put the text in quotes: {quoted}' },
  },
  'yaml.syntax.block-as-implicit-key': {
    es: 'El YAML no es válido: después del valor de esta clave sigue, con más sangría, una línea con «: ».',
    en: 'The YAML is not valid: the value of this key is followed by a line indented further that holds ": ".',
    hint: {
      es: 'Si esa línea es otro campo, alinéela con esta clave; si es parte del texto, ponga todo el texto entre comillas.',
      en: 'If that line is another field, line it up with this key; if it is part of the text, put the whole text in quotes.',
    },
  },
  'yaml.syntax.multiline-implicit-key': {
    es: 'El YAML no es válido: una clave ocupa más de una línea.',
    en: 'The YAML is not valid: a key runs over more than one line.',
    hint: {
      es: 'Cada clave va en una sola línea; si el valor sigue en otra, sángrelo más que su clave.',
      en: 'Each key goes on one line; a value that goes on below is indented more than its key.',
    },
  },
  'yaml.syntax.bad-scalar-start': {
    es: 'El YAML no es válido: el valor empieza con un carácter reservado (@, `, %, | o >).',
    en: 'The YAML is not valid: the value starts with a reserved character (@, `, %, | or >).',
    hint: { es: 'Ponga el valor entre comillas.', en: 'Put the value in quotes.' },
  },
  'yaml.syntax.block-in-flow': {
    es: 'El YAML no es válido: un bloque de varias líneas dentro de [ ] o { }.',
    en: 'The YAML is not valid: a multi-line block inside [ ] or { }.',
    hint: {
      es: 'Escriba la lista con guiones, un elemento por línea, o toda en una línea.',
      en: 'Write the list with dashes, one item per line, or all on one line.',
    },
  },
  'yaml.syntax.multiple-docs': {
    es: 'El YAML no es válido: el archivo tiene más de un documento (separados por ---).',
    en: 'The YAML is not valid: the file has more than one document (separated by ---).',
    hint: { es: 'Deje un solo documento por archivo.', en: 'Keep one document per file.' },
  },
  'yaml.syntax.key-over-1024-chars': {
    es: 'El YAML no es válido: una clave tiene más de 1024 caracteres.',
    en: 'The YAML is not valid: a key is longer than 1024 characters.',
  },
  'yaml.syntax.non-string-key': {
    es: 'El YAML no es válido: una clave es una lista o un bloque, no un nombre.',
    en: 'The YAML is not valid: a key is a list or a block, not a name.',
  },
  'yaml.conflict': {
    es: 'Hay un conflicto de git sin resolver (marca «{marker}»).',
    en: 'There is an unresolved git conflict (marker "{marker}").',
    hint: {
      es: 'Elija entre las dos versiones, borre las líneas <<<<<<<, ======= y >>>>>>>, y haga commit.',
      en: 'Choose between the two versions, delete the <<<<<<<, ======= and >>>>>>> lines, and commit.',
    },
  },
  'yaml.alias-bomb': {
    es: 'El YAML usa demasiados alias (más de {max}).',
    en: 'The YAML uses too many aliases (more than {max}).',
    hint: {
      es: 'Escriba los valores completos en lugar de usar alias (*nombre).',
      en: 'Write the values out instead of using aliases (*name).',
    },
  },
  'yaml.merge-key': {
    es: 'YAML 1.2, el que lee linkage, no tiene claves de fusión: «<<» no trae aquí las claves del ancla.',
    en: 'YAML 1.2, which linkage reads, has no merge keys: "<<" does not bring the anchor\'s keys here.',
    hint: {
      es: 'En lugar de `<<:`, escriba aquí las claves mismas, cada una con su valor: {keys}.',
      en: 'Instead of `<<:`, write the keys themselves here, each with its value: {keys}.',
    },
  },
  'yaml.merge-key-nokeys': {
    es: 'YAML 1.2, el que lee linkage, no tiene claves de fusión: «<<» no trae aquí las claves del ancla.',
    en: 'YAML 1.2, which linkage reads, has no merge keys: "<<" does not bring the anchor\'s keys here.',
    hint: {
      es: 'En lugar de `<<:`, escriba aquí las claves mismas, cada una con su valor.',
      en: 'Instead of `<<:`, write the keys themselves here, each with its value.',
    },
  },
  'yaml.too-deep': {
    es: 'El YAML está anidado a más de {max} niveles.',
    en: 'The YAML is nested more than {max} levels deep.',
    hint: {
      es: 'Revise la sangría: ningún archivo de linkage necesita tanta profundidad.',
      en: 'Check the indentation: no linkage file needs that depth.',
    },
  },
  'yaml.not-mapping': {
    es: 'El archivo debe ser un mapa de claves (clave: valor), no una lista ni un valor suelto.',
    en: 'The file must be a mapping of keys (key: value), not a list or a bare value.',
  },
  'schema.unknown-key': {
    es: 'Clave desconocida «{key}».',
    en: 'Unknown key "{key}".',
    hint: {
      es: '¿Quiso decir «{suggestion}»? Claves válidas: {known}.',
      en: 'Did you mean "{suggestion}"? Valid keys: {known}.',
    },
  },
  'schema.unknown-key-nosuggestion': {
    es: 'Clave desconocida «{key}».',
    en: 'Unknown key "{key}".',
    hint: { es: 'Claves válidas: {known}.', en: 'Valid keys: {known}.' },
  },
  'schema.required': {
    es: 'Falta el campo obligatorio «{field}».',
    en: 'The required field "{field}" is missing.',
  },
  'schema.required-misspelt': {
    es: 'Falta el campo obligatorio «{field}»: la clave está escrita «{key}».',
    en: 'The required field "{field}" is missing: its key is written "{key}".',
    hint: {
      es: 'Escriba la clave `{field}:` tal cual, con esas mayúsculas y minúsculas, en lugar de `{key}:`.',
      en: 'Write the key as `{field}:`, exactly, with that case, instead of `{key}:`.',
    },
  },
  'schema.type': {
    es: 'Tipo incorrecto: se esperaba {expected}.',
    en: 'Wrong type: expected {expected}.',
  },
  'schema.type.empty': {
    es: 'Falta el valor: no hay nada después de los dos puntos.',
    en: 'The value is missing: there is nothing after the colon.',
    hint: {
      es: 'Escriba el valor después de «: », o borre la línea si todavía no lo tiene.',
      en: 'Write the value after ": ", or delete the line if you do not have it yet.',
    },
  },
  'schema.type.array': {
    es: 'Se esperaba una lista.',
    en: 'A list was expected.',
    hint: {
      es: 'Escriba los valores entre corchetes, como `[es, en]` (también uno solo: `[es]`), o uno por línea, cada uno después de «- ».',
      en: 'Write the values in square brackets, as `[es, en]` (a single one too: `[es]`), or one per line, each after "- ".',
    },
  },
  'schema.type.object': {
    es: 'Se esperaba un bloque de campos (clave: valor), no un valor suelto ni una lista.',
    en: 'A block of fields (key: value) was expected, not a bare value or a list.',
    hint: {
      es: 'Escriba cada campo en su propia línea, debajo de esta clave y con dos espacios más de sangría.',
      en: 'Write each field on its own line, below this key and indented two more spaces.',
    },
  },
  'schema.type.string': {
    es: 'Se esperaba un solo valor, no una lista ni un bloque de campos.',
    en: 'A single value was expected, not a list or a block of fields.',
    hint: {
      es: 'Escríbalo en la misma línea, después de «: », sin corchetes, llaves ni «- ».',
      en: 'Write it on the same line, after ": ", without brackets, braces or "- ".',
    },
  },
  'schema.type.string-quoted': {
    es: 'Se esperaba un texto, pero este valor se lee como número o como true/false.',
    en: 'A text was expected, but this value reads as a number or as true/false.',
    hint: {
      es: 'Póngalo entre comillas tal como debe quedar, con sus ceros a la izquierda si los lleva: `"01001"`.',
      en: 'Put it in quotes as it should read, with its leading zeros if it has any: `"01001"`.',
    },
  },
  'schema.type.boolean': {
    es: 'Se esperaba true (sí) o false (no).',
    en: 'true (yes) or false (no) was expected.',
    hint: {
      es: 'Escriba true o false, sin comillas.',
      en: 'Write true or false, without quotes.',
    },
  },
  'schema.type.number': {
    es: 'Se esperaba un número.',
    en: 'A number was expected.',
    hint: {
      es: 'Escriba sólo la cifra, sin unidad, palabras, comillas ni separador de miles: 1500 o 12.5.',
      en: 'Write the figure alone, without unit, words, quotes or thousands separator: 1500 or 12.5.',
    },
  },
  'schema.type.integer': {
    es: 'Se esperaba un número entero.',
    en: 'A whole number was expected.',
    hint: {
      es: 'Escriba sólo la cifra, sin decimales, unidad, palabras ni comillas: 2026.',
      en: 'Write the figure alone, without decimals, unit, words or quotes: 2026.',
    },
  },
  'schema.enum': {
    es: 'Valor no permitido. Valores válidos: {allowed}.',
    en: 'Value not allowed. Valid values: {allowed}.',
  },
  'schema.enum-suggestion': {
    es: 'Valor no permitido. Valores válidos: {allowed}.',
    en: 'Value not allowed. Valid values: {allowed}.',
    hint: {
      es: '¿Quiso decir «{suggestion}»? Escríbalo tal como aparece en la lista, letra por letra.',
      en: 'Did you mean "{suggestion}"? Write it exactly as listed, letter by letter.',
    },
  },
  'schema.format.date': {
    es: 'Fecha no válida.',
    en: 'Invalid date.',
    hint: {
      es: 'Escriba la fecha como AAAA-MM-DD: año, mes y día, en cifras (el 5 de marzo de 2026 es 2026-03-05).',
      en: 'Write the date as YYYY-MM-DD: year, month and day, in figures (5 March 2026 is 2026-03-05).',
    },
  },
  'schema.format.date-meant': {
    es: 'Fecha no válida: linkage escribe las fechas como AAAA-MM-DD (año, mes, día), sin hora.',
    en: 'Invalid date: linkage writes dates as YYYY-MM-DD (year, month, day), without a time.',
    hint: { es: 'Escriba {meant}.', en: 'Write {meant}.' },
  },
  'schema.format.date-no-day': {
    es: 'Fecha no válida: {value} no existe, ese mes tiene {days} días.',
    en: 'Invalid date: {value} does not exist, that month has {days} days.',
    hint: {
      es: 'Revise el mes y el día: la fecha se escribe AAAA-MM-DD (año, mes, día).',
      en: 'Check the month and the day: the date is written YYYY-MM-DD (year, month, day).',
    },
  },
  'schema.format.date-no-month': {
    es: 'Fecha no válida: {value} no existe, el año no tiene mes {month}.',
    en: 'Invalid date: {value} does not exist, the year has no month {month}.',
    hint: {
      es: 'El mes va en medio, del 01 al 12: la fecha se escribe AAAA-MM-DD (año, mes, día).',
      en: 'The month goes in the middle, 01 to 12: the date is written YYYY-MM-DD (year, month, day).',
    },
  },
  'schema.format.email': {
    es: 'Correo electrónico no válido.',
    en: 'Invalid email address.',
    hint: { es: 'Ejemplo: enlace@municipio.gob.mx', en: 'Example: liaison@city.gov' },
  },
  'schema.format.uri': {
    es: 'Dirección web no válida.',
    en: 'Invalid web address.',
    hint: { es: 'Debe empezar por https://', en: 'It must start with https://' },
  },
  'schema.pattern': {
    es: 'Formato no válido: se esperaba {expected}.',
    en: 'Invalid format: expected {expected}.',
  },
  'schema.pattern.sha256': {
    es: 'Hash no válido: deben ser 64 caracteres hexadecimales (SHA-256).',
    en: 'Invalid hash: it must be 64 hexadecimal characters (SHA-256).',
    hint: {
      es: 'Cópielo tal como lo da `linkage check{globals}` o `sha256sum`.',
      en: 'Copy it as `linkage check{globals}` or `sha256sum` gives it.',
    },
  },
  'schema.pattern.sha256-case': {
    es: 'El hash está en mayúsculas; linkage lo registra en minúsculas.',
    en: 'The hash is in capitals; linkage records it in lower case.',
    hint: { es: 'Escriba `{key}: {lower}`.', en: 'Write `{key}: {lower}`.' },
  },
  'new.country-flag': {
    es: '--country {value}: el país se indica con su código ISO 3166-1 de dos letras.',
    en: '--country {value}: the country is given by its two-letter ISO 3166-1 code.',
    hint: { es: 'Por ejemplo: --country PL, --country FR.', en: 'For example: --country PL, --country FR.' },
  },
  'schema.pattern.country': {
    es: 'País no válido: use el código ISO 3166-1 de dos letras mayúsculas.',
    en: 'Invalid country: use the two-letter upper-case ISO 3166-1 code.',
    hint: { es: 'Por ejemplo: PL, ES, US, DE.', en: 'For example: PL, ES, US, DE.' },
  },
  'schema.pattern.lang': {
    es: 'Idioma no válido: use el código ISO 639 en minúsculas.',
    en: 'Invalid language: use the lower-case ISO 639 code.',
    hint: { es: 'Por ejemplo: es, en, pl, de.', en: 'For example: es, en, pl, de.' },
  },
  'schema.pattern.currency': {
    es: 'Moneda no válida: use el código ISO 4217 de tres letras mayúsculas.',
    en: 'Invalid currency: use the three-letter upper-case ISO 4217 code.',
    hint: { es: 'Por ejemplo: MXN, USD, EUR.', en: 'For example: MXN, USD, EUR.' },
  },
  'schema.pattern.inegi': {
    es: 'Clave INEGI no válida: son cinco dígitos (estado y municipio).',
    en: 'Invalid INEGI code: five digits (state and municipality).',
    hint: {
      es: 'Escríbala entre comillas para conservar el cero inicial: `"09015"`.',
      en: 'Quote it to keep a leading zero: `"09015"`.',
    },
  },
  'schema.pattern.id': {
    es: 'Identificador no válido: use letras sin acentos, números, punto, guion o guion bajo.',
    en: 'Invalid identifier: use unaccented letters, digits, dot, hyphen or underscore.',
  },
  'schema.pattern.fact-key': {
    es: 'Nombre de dato no válido: debe empezar con una letra y llevar sólo letras sin acentos y dígitos, sin espacios, guiones ni puntos.',
    en: 'Invalid fact name: it must start with a letter and hold only unaccented letters and digits, with no spaces, hyphens or dots.',
    hint: {
      es: 'Junte las palabras; por ejemplo, `folioSesion` en lugar de `folio-sesion`.',
      en: 'Join the words; for example, `folioSesion` instead of `folio-sesion`.',
    },
  },
  'schema.langtext': {
    es: 'Se esperaba un texto o un mapa de idiomas (es: …, en: …).',
    en: 'Expected a text or a language map (es: …, en: …).',
  },
  'schema.langtext-spanish': {
    es: 'Falta el texto en español («es:») de este campo: los documentos que lo usan no se podrían generar.',
    en: 'The Spanish text ("es:") of this field is missing: the documents that use it could not be generated.',
    hint: {
      es: 'Agregue `es: …` a ese campo, junto a sus traducciones; un texto solo, sin idiomas, también se lee como español.',
      en: 'Add `es: …` to that field, next to its translations; a bare text, without languages, also reads as Spanish.',
    },
  },
  'schema.langtext-entry': {
    es: 'Se esperaba un texto (no vacío) para el idioma «{lang}».',
    en: 'Expected a (non-empty) text for the language "{lang}".',
  },
  'schema.langtext-key': {
    es: '«{key}» no es un código de idioma: su texto no llegará a ningún documento.',
    en: '"{key}" is not a language code: its text will reach no document.',
    hint: { es: 'Escríbalo en minúsculas: «{suggestion}».', en: 'Write it in lower case: "{suggestion}".' },
  },
  'schema.langtext-key-nosuggestion': {
    es: '«{key}» no es un código de idioma: su texto no llegará a ningún documento.',
    en: '"{key}" is not a language code: its text will reach no document.',
    hint: {
      es: 'Use el código ISO 639 del idioma en minúsculas (es, en, pl…).',
      en: "Use the language's ISO 639 code in lower case (es, en, pl…).",
    },
  },
  'schema.fact': {
    es: 'Se esperaba un texto, un número, true/false o una lista de evidencias (- path: …).',
    en: 'Expected a text, a number, true/false or a list of evidence (- path: …).',
  },
  'schema.minimum': {
    es: 'Debe ser al menos {limit}; dice {value}.',
    en: 'It must be at least {limit}; it reads {value}.',
  },
  'schema.maximum': {
    es: 'Debe ser a lo más {limit}; dice {value}.',
    en: 'It must be at most {limit}; it reads {value}.',
  },
  'schema.empty-text': {
    es: 'El texto está vacío.',
    en: 'The text is empty.',
    hint: {
      es: 'Escriba el valor, o borre la línea si el dato es opcional.',
      en: 'Write the value, or delete the line if the field is optional.',
    },
  },
  'schema.min-length': {
    es: '«{value}» es demasiado corto: se esperaban al menos {limit} caracteres.',
    en: '"{value}" is too short: at least {limit} characters were expected.',
  },
  'schema.max-length': {
    es: 'Tiene {length} caracteres; el máximo es {limit}.',
    en: 'It has {length} characters; the maximum is {limit}.',
  },
  'schema.min-items': {
    es: 'La lista está vacía: necesita al menos {limit} {limit|elemento|elementos}.',
    en: 'The list is empty: it needs at least {limit} {limit|item|items}.',
  },
  'schema.unique-items': {
    es: 'La lista repite «{value}».',
    en: 'The list repeats "{value}".',
    hint: { es: 'Deje cada valor una sola vez.', en: 'Keep each value once.' },
  },
  'schema.invalid': {
    es: 'Valor no válido: {detail}.',
    en: 'Invalid value: {detail}.',
  },
  'profile.twice': {
    es: 'El perfil está en profile.yaml y también en linkage.yaml; se usa profile.yaml.',
    en: 'The profile is in profile.yaml and also in linkage.yaml; profile.yaml is used.',
    hint: { es: 'Borre la clave profile de linkage.yaml.', en: 'Delete the profile key from linkage.yaml.' },
  },
  'case.missing-file': {
    es: 'La carpeta del caso «{slug}» no tiene case.yaml.',
    en: 'The case folder "{slug}" has no case.yaml.',
    hint: {
      es: 'Cree el caso con `linkage new{globals}`, o borre la carpeta.',
      en: 'Create the case with `linkage new{globals}`, or delete the folder.',
    },
  },
  'slug.unsafe': {
    es: 'El identificador «{slug}» saldría del espacio de trabajo.',
    en: 'The identifier "{slug}" would leave the workspace.',
    hint: {
      es: 'Use sólo minúsculas, números y guiones, como krakow-pl.',
      en: 'Use only lower-case letters, digits and hyphens, like krakow-pl.',
    },
  },
  'slug.reserved': {
    es: '«{slug}» es un nombre reservado en Windows.',
    en: '"{slug}" is a reserved name on Windows.',
    hint: { es: 'Elija otro identificador, como krakow-pl.', en: 'Choose another identifier, like krakow-pl.' },
  },
  'slug.form': {
    es: 'El identificador «{slug}» no es válido.',
    en: 'The identifier "{slug}" is not valid.',
    hint: {
      es: 'Use sólo minúsculas sin acentos, números y guiones, como krakow-pl.',
      en: 'Use only unaccented lower-case letters, digits and hyphens, like krakow-pl.',
    },
  },
  'slug.taken': {
    es: 'Ya existe un caso «{slug}».',
    en: 'A case "{slug}" already exists.',
    hint: { es: 'Indique otro con --slug.', en: 'Give another one with --slug.' },
  },
  'slug.empty': {
    es: 'No se pudo formar un identificador a partir de «{city}».',
    en: 'No identifier could be made from "{city}".',
    hint: {
      es: 'Indíquelo con --slug, por ejemplo --slug tokyo-jp.',
      en: 'Give it with --slug, for example --slug tokyo-jp.',
    },
  },
  'aop.file-name': {
    es: 'El archivo «{name}» en aop/ debe llamarse como su año, por ejemplo 2026.yaml.',
    en: 'The file "{name}" in aop/ must be named after its year, for example 2026.yaml.',
  },
  'cli.usage': {
    es: '{detail}',
    en: '{detail}',
    hint: { es: 'Vea `linkage --help`.', en: 'See `linkage --help`.' },
  },
  'cli.unknown-option': {
    es: '«{option}» no es una opción de este comando.',
    en: '"{option}" is not an option of this command.',
  },
  'cli.unknown-option-suggest': {
    es: '«{option}» no es una opción de este comando. ¿Quiso decir {suggestion}?',
    en: '"{option}" is not an option of this command. Did you mean {suggestion}?',
  },
  'cli.unknown-command': {
    es: '«{command}» no es un comando de linkage.',
    en: '"{command}" is not a linkage command.',
  },
  'cli.unknown-command-suggest': {
    es: '«{command}» no es un comando de linkage. ¿Quiso decir {suggestion}?',
    en: '"{command}" is not a linkage command. Did you mean {suggestion}?',
  },
  'cli.missing-argument': { es: 'Falta el argumento «{argument}».', en: 'The argument "{argument}" is missing.' },
  'cli.option-missing-argument': {
    es: 'La opción «{option}» necesita un valor.',
    en: 'The option "{option}" needs a value.',
  },
  'cli.excess-arguments': { es: 'Sobran argumentos.', en: 'Too many arguments.' },
  'cli.invalid-argument': { es: 'Valor no válido: {detail}', en: 'Invalid value: {detail}' },
  'cli.invalid-choice': {
    es: '«{value}» no es un valor de {option}. Valores: {allowed}.',
    en: '"{value}" is not a value of {option}. Values: {allowed}.',
  },
  'cli.bad-year': {
    es: 'El año «{value}» no es válido; escríbalo con cuatro cifras, p. ej. 2026.',
    en: 'The year "{value}" is not valid; write it with four digits, e.g. 2026.',
  },
  'cli.bad-date': {
    es: 'La fecha «{value}» no es válida.',
    en: 'The date "{value}" is not valid.',
    hint: { es: 'Escriba la fecha como AAAA-MM-DD.', en: 'Write the date as YYYY-MM-DD.' },
  },
  'cli.bad-date-meant': {
    es: 'La fecha «{value}» no está escrita como AAAA-MM-DD (año, mes, día), sin hora.',
    en: 'The date "{value}" is not written as YYYY-MM-DD (year, month, day), without a time.',
    hint: { es: 'Escriba {meant}.', en: 'Write {meant}.' },
  },
  'cli.bad-date-no-day': {
    es: 'La fecha «{value}» no existe: ese mes tiene {days} días.',
    en: 'The date "{value}" does not exist: that month has {days} days.',
    hint: {
      es: 'Revise el mes y el día: AAAA-MM-DD (año, mes, día).',
      en: 'Check the month and the day: YYYY-MM-DD (year, month, day).',
    },
  },
  'cli.bad-date-no-month': {
    es: 'La fecha «{value}» no existe: el año no tiene mes {month}.',
    en: 'The date "{value}" does not exist: the year has no month {month}.',
    hint: {
      es: 'El mes va en medio, del 01 al 12: AAAA-MM-DD (año, mes, día).',
      en: 'The month goes in the middle, 01 to 12: YYYY-MM-DD (year, month, day).',
    },
  },
  'settings.bad-timezone': {
    es: 'La zona horaria «{value}» de `settings: timezone:` no existe.',
    en: 'The time zone "{value}" in `settings: timezone:` does not exist.',
    hint: {
      es: 'Escriba una zona horaria IANA, por ejemplo America/Mexico_City, America/Tijuana o America/Cancun; sin ella se usa America/Mexico_City.',
      en: 'Write an IANA time zone, for example America/Mexico_City, America/Tijuana or America/Cancun; without one America/Mexico_City is used.',
    },
  },
  'cli.bad-format': {
    es: 'Formato «{value}» desconocido. Formatos: {allowed}.',
    en: 'Unknown format "{value}". Formats: {allowed}.',
  },
  'cli.unknown-case': {
    es: 'No hay un caso «{slug}» en {root}.',
    en: 'There is no case "{slug}" in {root}.',
    hint: { es: 'Casos: {cases}.', en: 'Cases: {cases}.' },
  },
  'cli.unknown-case-suggest': {
    es: 'No hay un caso «{slug}» en {root}. ¿Quiso decir «{suggestion}»?',
    en: 'There is no case "{slug}" in {root}. Did you mean "{suggestion}"?',
    hint: { es: 'Casos: {cases}.', en: 'Cases: {cases}.' },
  },
  'cli.unknown-case-city': {
    es: 'No hay un caso «{slug}» en {root}; esa ciudad es el caso «{suggestion}».',
    en: 'There is no case "{slug}" in {root}; that city is the case "{suggestion}".',
    hint: {
      es: 'Use el identificador de la carpeta: {suggestion}. Casos: {cases}.',
      en: 'Use the folder name: {suggestion}. Cases: {cases}.',
    },
  },
  'cli.need-case': {
    es: 'Indique el caso: hay varios en {root}.',
    en: 'Name the case: there are several in {root}.',
    hint: { es: 'Casos: {cases}.', en: 'Cases: {cases}.' },
  },
  'cli.no-cases': {
    es: 'El espacio de trabajo {root} aún no tiene casos.',
    en: 'The workspace {root} has no cases yet.',
    hint: { es: 'Abra uno con `linkage new <ciudad>{globals}`.', en: 'Open one with `linkage new <city>{globals}`.' },
  },
  'workspace.config-invalid': {
    es: 'linkage.yaml tiene errores; sin él no se pueden leer los casos.',
    en: 'linkage.yaml has errors; the cases cannot be read without it.',
    hint: { es: 'Ejecute `linkage check{globals}` y corríjalos.', en: 'Run `linkage check{globals}` and fix them.' },
  },
  'cli.one-workspace': {
    es: 'Este comando trabaja sobre un solo espacio de trabajo; se indicaron {count} con -C.',
    en: 'This command works on one workspace; {count} were given with -C.',
  },
  'answers.missing': {
    es: 'Faltan respuestas: {fields}.',
    en: 'Answers are missing: {fields}.',
    hint: {
      es: 'Páselas en un archivo con --answers <archivo.yaml>, con la misma forma que el archivo destino.',
      en: 'Give them in a file with --answers <file.yaml>, shaped like the target file.',
    },
  },
  'answers.list-replaced': {
    es: 'Esta lista reemplazaría la de {field}, y se perdería lo registrado: {count} {count|dato|datos} ({lost}).',
    en: 'This list would replace {field}, and {count} recorded {count|fact|facts} would be lost ({lost}).',
    hint: {
      es: 'Sin --append, una lista del archivo de respuestas reemplaza la registrada: escríbala completa, con lo registrado, o agregue los elementos nuevos con --append. Para quitar algo, edite el archivo.',
      en: 'Without --append, a list in the answers file replaces the recorded one: write it whole, with what is recorded, or add the new items with --append. To remove something, edit the file.',
    },
  },
  'answers.mayor-from': {
    es: 'Falta la fecha en que {name} asumió el cargo (`counterpart.mayor.from`): {previous} pasa a `formerMayors` hasta el día anterior.',
    en: 'The date {name} took office is missing (`counterpart.mayor.from`): {previous} moves to `formerMayors` until the day before.',
  },
  'answers.log-entries-only': {
    es: '`linkage log{globals}` sólo agrega entradas a `contactLog`, `missions` y `representations`; no cambia {field}.',
    en: '`linkage log{globals}` only adds entries to `contactLog`, `missions` and `representations`; it does not change {field}.',
    hint: {
      es: 'Para cambiarlo: `linkage next {slug} --answers <archivo.yaml>{globals}`, con la misma forma que case.yaml.',
      en: 'To change it: `linkage next {slug} --answers <file.yaml>{globals}`, shaped like case.yaml.',
    },
  },
  // A line a rule's message names ({otherLine}), when the message is placed in the answers file.
  'answers.line-of': { es: '{line} de {file}', en: '{line} of {file}' },
  'answers.invalid': {
    es: 'Las respuestas no son válidas.',
    en: 'The answers are not valid.',
    hint: { es: 'Corrija los campos señalados y repita.', en: 'Fix the fields shown and try again.' },
  },
  interrupted: {
    es: 'Interrumpido. Lo ya respondido quedó guardado; `{command}` continúa donde se quedó.',
    en: 'Interrupted. What was answered is saved; `{command}` resumes where you left off.',
  },
  'output.failed': {
    es: 'No se pudo escribir la salida ({reason}).',
    en: 'The output could not be written ({reason}).',
    hint: {
      es: 'Revise el destino de la salida: espacio en disco, permisos, el archivo o programa al que se envía.',
      en: 'Check where the output goes: disk space, permissions, the file or program it is sent to.',
    },
  },
  'interrupted-nothing': {
    es: 'Interrumpido; no se cambió nada.',
    en: 'Interrupted; nothing was changed.',
  },
  'internal.bug': {
    es: 'Error interno de linkage. Por favor, repórtelo con el texto de abajo.',
    en: 'Internal linkage error. Please report it with the text below.',
  },
};
