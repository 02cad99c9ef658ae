// The JSON Schema of each file kind as the package ships it (schemas/<kind>.schema.json, written by
// scripts/build.mjs): read on first use, for the prompts' key order and comments and for the words
// of a schema error. No run that meets only valid files reads one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonSchema } from './new-file.js';
import { packageRoot } from './package-root.js';
import type { FileKind } from './schema.js';

const schemas = new Map<FileKind, JsonSchema>();

/** The JSON Schema of a file kind, as shipped in the package's schemas/. */
export function fileSchema(kind: FileKind): JsonSchema {
  let s = schemas.get(kind);
  if (!s) {
    s = JSON.parse(readFileSync(join(packageRoot(), 'schemas', `${kind}.schema.json`), 'utf8')) as JsonSchema;
    schemas.set(kind, s);
  }
  return s;
}
