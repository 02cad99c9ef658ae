// The JSON Schemas that scripts/build.mjs writes into schemas/ (and `init` copies into a workspace, for the
// editor): the TypeBox definitions of schema.ts, each property described in Spanish and English from the
// catalog. The validators are compiled from the same schemas without those words (`forValidators`).
import { catalog } from '../ui/messages/index.js';
import { schemaDocs } from '../ui/messages/schema-docs.js';
import type { Catalog, Message } from '../ui/messages/types.js';
import { type FileKind, fileKinds, LangText } from './schema.js';

type Json = Record<string, unknown>;

/** The keywords only an editor reads, which the build writes from `x-doc` and `x-doc-values`. */
const WORDS = ['description', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions'] as const;

/**
 * Calls `visit` on every schema inside `node`, its own included (not on maps of them, as `properties`),
 * with its place (`.steps.council.date`) and whether it is a property's.
 */
export function eachSchema(
  node: unknown,
  visit: (schema: Json, at: string, property: boolean) => void,
  at = '',
  property = false,
): void {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
  const schema = node as Json;
  visit(schema, at, property);
  for (const [key, sub] of Object.entries((schema.properties ?? {}) as Json))
    eachSchema(sub, visit, `${at}.${key}`, true);
  for (const map of ['patternProperties', '$defs']) {
    for (const [key, sub] of Object.entries((schema[map] ?? {}) as Json))
      eachSchema(sub, visit, `${at}.${map}[${key}]`);
  }
  for (const key of ['items', 'additionalProperties', 'not']) eachSchema(schema[key], visit, `${at}.${key}`);
  for (const key of ['anyOf', 'allOf', 'oneOf']) {
    for (const [i, sub] of ((schema[key] ?? []) as unknown[]).entries()) eachSchema(sub, visit, `${at}.${key}[${i}]`);
  }
}

/** A catalog text as the editor shows it: Spanish first, then English. */
function words(texts: Catalog, id: string): Message {
  const m = texts[id];
  if (!m) throw new Error(`schema docs: no catalog entry ${id}`);
  // A prompt's own words can name a placeholder ({city}) that no description fills in.
  if (/[{}]/.test(m.es + m.en)) throw new Error(`schema docs: ${id} has a placeholder`);
  return m;
}
/** "One entry of: <the list's own words>", in both languages, from the catalog's `doc.entry-of`. */
function entryWords(texts: Catalog, list: Message): Message {
  const template = texts['doc.entry-of'];
  if (!template) throw new Error('schema docs: no catalog entry doc.entry-of');
  return { es: template.es.replace('{list}', list.es), en: template.en.replace('{list}', list.en) };
}
const plain = (m: Message) => `${m.es} · ${m.en}`;
const markdown = (m: Message) => `${m.es.replace(/[\\*_]/g, '\\$&')}\n\n*${m.en.replace(/[\\*_]/g, '\\$&')}*`;

/**
 * Writes the words of `x-doc` (and an enum's `x-doc-values`) into a schema, in place. A list's entry
 * without words of its own is said as one entry of its list (`x-doc-entry-of`, set here on the list's
 * `items` before they are visited).
 */
function describe(schema: Json, texts: Catalog): void {
  const id = schema['x-doc'] as string | undefined;
  const values = schema['x-doc-values'] as string | undefined;
  const entryOf = schema['x-doc-entry-of'] as string | undefined;
  delete schema['x-doc'];
  delete schema['x-doc-values'];
  delete schema['x-doc-entry-of'];
  // One way to describe a property: through the catalog, so the words exist in both languages.
  if ('description' in schema)
    throw new Error(`schema docs: a description not from the catalog: ${schema.description}`);
  const m = id ? words(texts, id) : entryOf ? entryWords(texts, words(texts, entryOf)) : undefined;
  if (m) {
    schema.description = plain(m);
    schema.markdownDescription = markdown(m);
  }
  const items = schema.items as Json | undefined;
  if (id && typeof items === 'object' && items !== null && !('x-doc' in items)) items['x-doc-entry-of'] = id;
  if (values) {
    const labels = (schema.enum as string[]).map((v) => {
      const label = words(texts, `${values}.${v}`);
      const more = texts[`${values}.${v}.desc`];
      return more ? { es: `${label.es}: ${more.es}`, en: `${label.en}: ${more.en}` } : label;
    });
    schema.enumDescriptions = labels.map(plain);
    schema.markdownEnumDescriptions = labels.map(markdown);
  }
}

/** The editor's JSON Schema of each file kind, as schemas/<kind>.schema.json holds it. */
export function editorSchemas(): Record<FileKind, Json> {
  const texts: Catalog = { ...catalog };
  for (const [id, m] of Object.entries(schemaDocs)) {
    if (texts[id]) throw new Error(`schema docs: ${id} is in the catalog too`);
    texts[id] = m;
  }
  const out = {} as Record<FileKind, Json>;
  for (const [kind, schema] of Object.entries(fileKinds) as [FileKind, unknown][]) {
    const langText = JSON.parse(JSON.stringify(LangText)) as Json;
    delete langText.$id;
    // The file's own $id in place of the TypeBox one (`case`), second as in every schema file.
    const { $id: _, ...body } = JSON.parse(JSON.stringify(schema)) as Json;
    const json: Json = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: `${kind}.schema.json`,
      title: `linkage ${kind} file (schemaVersion 1)`,
      ...body,
      $defs: { LangText: langText },
    };
    eachSchema(json, (s) => describe(s, texts));
    out[kind] = json;
  }
  return out;
}

/**
 * A schema without the editor's words, to compile validators from: the standalone code holds the
 * schemas it refers to (a mapping's known keys), and would hold a copy of each description.
 */
export function forValidators(schema: Json): Json {
  const copy = JSON.parse(JSON.stringify(schema)) as Json;
  eachSchema(copy, (s) => {
    for (const key of WORDS) delete s[key];
  });
  return copy;
}
