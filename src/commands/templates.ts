import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENTS, findDocument } from '../documents/catalog.js';
import { documentContexts } from '../documents/context/schema.js';
import { builtinTemplate, builtinTemplatesDir, findTemplate, type TemplateSource } from '../documents/templates.js';
import { UserError } from '../errors.js';
import { loadWorkspace } from '../workspace/load.js';
import { closest } from '../workspace/validate.js';
import { applyPlan } from '../workspace/write.js';

export interface TemplateRow {
  document: string;
  lang: string;
  template?: TemplateSource;
  /** The context version the document has now. */
  current: number;
  /** An override written for an older context version. */
  outdated: boolean;
  /** An override whose header line does not say which context version it was written for. */
  unversioned: boolean;
}

const currentVersion = (document: string) => documentContexts[document as keyof typeof documentContexts]?.version ?? 1;

/** Which template applies to each document in each of the workspace's languages. */
export function listTemplates(root: string): TemplateRow[] {
  const ws = loadWorkspace(root);
  const langs = ws.config?.settings?.languages ?? ['es', 'en'];
  return DOCUMENTS.flatMap((d) =>
    langs.map((lang) => {
      const template = findTemplate(root, d.id, lang);
      const current = currentVersion(d.id);
      return {
        document: d.id,
        lang,
        ...(template ? { template } : {}),
        current,
        outdated:
          template?.origin === 'workspace' && template.contextVersion !== null && template.contextVersion < current,
        unversioned: template?.origin === 'workspace' && template.contextVersion === null,
      };
    }),
  );
}

/** Copies a document's built-in templates, every language, into the workspace's templates/. */
export function ejectTemplate(root: string, document: string): string[] {
  if (!findDocument(document)) {
    const ids = DOCUMENTS.map((d) => d.id);
    const suggestion = closest(document, ids);
    throw new UserError(suggestion ? 'document.unknown-suggest' : 'document.unknown', {
      name: document,
      documents: ids.join(', '),
      ...(suggestion ? { suggestion } : {}),
    });
  }
  const dir = builtinTemplatesDir();
  const langs = readdirSync(dir).filter((l) => existsSync(join(dir, l, `${document}.hbs`)));
  const writes = langs.map((lang) => {
    const file = `templates/${lang}/${document}.hbs`;
    // The message does not name the file: the location does, from where the user stands.
    if (existsSync(join(root, file))) throw new UserError('template.exists', {}, 2, { file: join(root, file) });
    return { file, content: (builtinTemplate(document, lang) as TemplateSource).text, expected: null };
  });
  applyPlan({ root, writes });
  return writes.map((w) => w.file);
}
