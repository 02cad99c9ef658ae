import type { Catalog } from './types.js';

/** Messages of `linkage init` and `linkage new{globals}`. */
export const init: Catalog = {
  'init.done': {
    es: 'Espacio de trabajo de {name} creado en {dir}:',
    en: 'Workspace of {name} created in {dir}:',
  },
  'init.file': { es: '  + {file}', en: '  + {file}' },
  'init.schemas': {
    es: '  + {dir}/ ({count} esquemas JSON, para que el editor complete y revise los archivos)',
    en: '  + {dir}/ ({count} JSON Schemas, so that the editor completes and checks the files)',
  },
  'init.workflow': {
    es: '  + {file} (revisión en GitHub Actions con linkage-mx {version})',
    en: '  + {file} (check on GitHub Actions with linkage-mx {version})',
  },
  'init.workflow-move': {
    es: '  ⚠ GitHub sólo corre los flujos de la raíz del repositorio: mueva {file} a {dest} (con otro nombre si ya hay uno). Sus pasos ya corren en {dir}.',
    en: '  ⚠ GitHub runs only the workflows at the root of the repository: move {file} to {dest} (under another name if one is there already). Its steps already run in {dir}.',
  },
  'init.kept': {
    es: '  = {file} ya existía; se dejó como estaba',
    en: '  = {file} already existed; left as it was',
  },
  'init.git': {
    es: 'La carpeta aún no está en un repositorio de git, que guarda la historia de los casos y que GitHub Actions revisa. Créelo con un primer commit, una orden por línea:',
    en: 'The folder is not in a git repository yet, which keeps the history of the cases and which GitHub Actions checks. Create one with a first commit, one command per line:',
  },
  'init.next': {
    es: 'Siguiente paso: abra un caso por cada ciudad contraparte con `linkage new <ciudad> --country <PAÍS>{globals}`.',
    en: 'Next step: open a case for each counterpart city with `linkage new <city> --country <COUNTRY>{globals}`.',
  },
  'init.next-dir': {
    es: 'Siguiente paso: abra un caso por cada ciudad contraparte con `linkage new <ciudad> --country <PAÍS> -C {dir}`.',
    en: 'Next step: open a case for each counterpart city with `linkage new <city> --country <COUNTRY> -C {dir}`.',
  },
  'init.unknown-after': {
    es: 'El paso local va después de «{id}», que no es un paso del proceso: escriba en `after:` después de qué paso va.',
    en: 'The local step follows "{id}", which is not a step of the process: write in `after:` which step it follows.',
    hint: { es: 'Pasos: {known}.', en: 'Steps: {known}.' },
  },
  'init.unknown-after.suggestion': {
    es: 'El paso local va después de «{id}», que no es un paso del proceso: escriba en `after:` después de qué paso va.',
    en: 'The local step follows "{id}", which is not a step of the process: write in `after:` which step it follows.',
    hint: { es: '¿Quiso decir «{suggestion}»? Pasos: {known}.', en: 'Did you mean "{suggestion}"? Steps: {known}.' },
  },
  'new.done': {
    es: 'Caso «{slug}» abierto: {file}',
    en: 'Case "{slug}" opened: {file}',
  },
  'new.next': {
    es: 'Siguiente paso: `{command}` muestra qué falta.',
    en: 'Next step: `{command}` shows what is missing.',
  },
  'new.next.reasons': {
    es: 'Anote en case.yaml las razones de la vinculación (reasons).',
    en: 'Record the reasons for the linkage in case.yaml (reasons).',
  },
  'new.next.areas': {
    es: 'Anote en case.yaml las áreas de oportunidad (areas).',
    en: 'Record the areas of opportunity in case.yaml (areas).',
  },
  'new.next.chosen': {
    es: 'Anote la fecha steps.counterpart.date cuando la contraparte quede elegida.',
    en: 'Record steps.counterpart.date once the counterpart is chosen.',
  },
  'new.unknown-priority': {
    es: 'Hay áreas ligadas a prioridades que no están en linkage.yaml.',
    en: 'Some areas are tied to priorities that are not in linkage.yaml.',
    hint: {
      es: 'Prioridades del Plan Municipal de Desarrollo en linkage.yaml: {ids}.',
      en: 'Municipal Development Plan priorities in linkage.yaml: {ids}.',
    },
  },
  'new.priority': {
    es: 'prioridad «{priority}» desconocida',
    en: 'unknown priority "{priority}"',
  },
  'new.no-priorities': {
    es: '(ninguna; agréguelas en administrations[].pmd.priorities)',
    en: '(none; add them under administrations[].pmd.priorities)',
  },
};
