// Files the tool creates inside a workspace: their editor schema line and their keys in the order the
// JSON Schema declares them (the order people read: municipality before settings, name before gender).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Document } from 'yaml';
import { fileSchema } from './file-schema.js';
import { isPlainObject } from './hash.js';
import type { FileKind } from './schema.js';
import { SCHEMAS_DIR, stringifyOptions } from './write.js';

/**
 * The schema reference at the top of a new file in a case folder (or its aop/ folder): the copies `init` made in
 * .linkage/schemas/, or, in the project's own demo workspace (schemas/ at its root, no copies), those.
 */
export function caseSchemaRef(root: string, kind: FileKind = 'case'): string {
  const own = existsSync(join(root, 'schemas', `${kind}.schema.json`)) && !existsSync(join(root, SCHEMAS_DIR));
  // AOPs live one folder deeper, in cases/<slug>/aop/.
  const up = kind === 'aop' ? '../../../' : '../../';
  return own ? `${up}schemas/${kind}.schema.json` : `${up}${SCHEMAS_DIR}/${kind}.schema.json`;
}

/**
 * A YAML file the tool creates: the editor's schema line, then the data in the schema's key order.
 * Written with the same options `openYaml`/`yamlText` use, so a load + save of the untouched file is byte-identical.
 */
export function newYamlFile(kind: FileKind, value: Record<string, unknown>, schemaRef: string): string {
  const schema = fileSchema(kind);
  const doc = new Document(orderBySchema(value, schema, schema));
  doc.commentBefore = ` yaml-language-server: $schema=${schemaRef}`;
  return doc.toString(stringifyOptions(''));
}

export interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  patternProperties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  type?: string;
  'x-private'?: boolean;
}

/** Keys in the order the schema declares them; keys it does not know keep theirs, at the end. */
export function orderBySchema(value: unknown, schema: JsonSchema | undefined, root: JsonSchema): unknown {
  let s = schema;
  if (s?.$ref?.startsWith('#/$defs/')) s = root.$defs?.[s.$ref.slice('#/$defs/'.length)];
  if (Array.isArray(value)) return value.map((v) => orderBySchema(v, s?.items, root));
  if (!isPlainObject(value)) return value;
  if (s?.anyOf) s = s.anyOf.find((b) => b.type === 'object');
  const props = s?.properties ?? {};
  const extra = typeof s?.additionalProperties === 'object' ? s.additionalProperties : undefined;
  const keys = [
    ...Object.keys(props).filter((k) => Object.hasOwn(value, k)),
    ...Object.keys(value).filter((k) => !Object.hasOwn(props, k)),
  ];
  return Object.fromEntries(
    keys.map((k) => [k, orderBySchema(value[k], Object.hasOwn(props, k) ? props[k] : extra, root)]),
  );
}
