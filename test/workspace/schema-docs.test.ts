import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/ui/messages/index.js';
import { schemaDocs } from '../../src/ui/messages/schema-docs.js';
import { fileKinds } from '../../src/workspace/schema.js';
import { eachSchema, editorSchemas } from '../../src/workspace/schema-json.js';
import { REPO } from '../helpers.js';

type Json = Record<string, unknown>;
const texts = { ...catalog, ...schemaDocs };
const kinds = Object.keys(fileKinds) as (keyof typeof fileKinds)[];
const emitted = (kind: string) =>
  JSON.parse(readFileSync(join(REPO, 'schemas', `${kind}.schema.json`), 'utf8')) as Json;

/** Every schema inside `node`, with its place and whether it is a property's. */
function schemasOf(node: unknown): [string, Json, boolean][] {
  const out: [string, Json, boolean][] = [];
  eachSchema(node, (s, at, property) => out.push([at, s, property]));
  return out;
}

describe('the JSON Schemas the editor reads (schemas/)', () => {
  it('are those the build writes from schema.ts and the catalog (no rebuild missed)', () => {
    const built = editorSchemas();
    for (const kind of kinds) expect(emitted(kind)).toEqual(built[kind]);
  });

  it.each(kinds)('%s: every property says what it holds, in Spanish · English', (kind) => {
    const missing: string[] = [];
    for (const [at, s, property] of schemasOf(emitted(kind))) {
      if (!property) continue;
      const description = s.description;
      if (typeof description !== 'string' || !/^[^·]+ · [^·]+$/.test(description)) missing.push(at);
      else {
        // Words of a prompt that only a prompt can say.
        expect(description, at).not.toMatch(/Enter|[¿?{}]/);
        expect(typeof s.markdownDescription, at).toBe('string');
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(kinds)('%s: every list item and free map key says what it holds, in Spanish · English', (kind) => {
    // `skipped.<step>`, `steps.<local step>`, a list's entries: the editor shows these words on hover too.
    const missing: string[] = [];
    for (const [at, parent] of schemasOf(emitted(kind))) {
      const keys = Object.entries((parent.patternProperties ?? {}) as Json).map(([k, s]) => [`[${k}]`, s]);
      for (const [where, s] of [
        ['.items', parent.items],
        ['.additionalProperties', parent.additionalProperties],
        ...keys,
      ]) {
        if (typeof s !== 'object' || s === null) continue;
        const description = (s as Json).description;
        if (typeof description !== 'string' || !/^[^·]+ · [^·]+$/.test(description)) missing.push(`${at}${where}`);
        else expect(typeof (s as Json).markdownDescription, at).toBe('string');
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(kinds)('%s: every description is the catalog entry its property names, Spanish first', (kind) => {
    const fromSource = schemasOf(JSON.parse(JSON.stringify(fileKinds[kind])));
    const out = new Map(schemasOf(emitted(kind)).map(([at, s]) => [at, s]));
    let checked = 0;
    for (const [at, source] of fromSource) {
      const target = out.get(at) as Json;
      const id = source['x-doc'] as string | undefined;
      if (id) {
        const m = texts[id];
        expect(m, id).toBeDefined();
        expect(target.description, at).toBe(`${m?.es} · ${m?.en}`);
        checked++;
      }
      const values = source['x-doc-values'] as string | undefined;
      if (values) {
        const labels = (source.enum as string[]).map((v) => texts[`${values}.${v}`]);
        expect(
          (target.enumDescriptions as string[]).map((d) => d.split(/: | · /)[0]),
          at,
        ).toEqual(labels.map((l) => l?.es));
      }
      // The editor's own keys stay out of the emitted schema.
      expect(target['x-doc'], at).toBeUndefined();
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('names every value of every enum in words', () => {
    const bare: string[] = [];
    for (const kind of kinds) {
      for (const [at, s] of schemasOf(emitted(kind))) {
        if (!Array.isArray(s.enum)) continue;
        const said = s.enumDescriptions as string[] | undefined;
        if (said?.length !== s.enum.length || (s.markdownEnumDescriptions as string[]).length !== s.enum.length)
          bare.push(`${kind}${at}`);
      }
    }
    expect(bare).toEqual([]);
  });

  it('shows an official the council date as the prompt asks it, and labels the majorities', () => {
    const council = (((emitted('case').properties as Json).steps as Json).properties as Json).council as Json;
    const props = council.properties as Record<string, Json>;
    expect(props.date?.description).toBe('Fecha de la sesión de cabildo · Date of the council session');
    expect(props.date?.markdownDescription).toBe('Fecha de la sesión de cabildo\n\n*Date of the council session*');
    expect(props.majority?.enumDescriptions).toEqual([
      'Mayoría simple · Simple majority',
      'Dos terceras partes del Ayuntamiento · Two thirds of the council',
    ]);
  });

  it('leaves the words out of the validators (verbose errors would copy each one)', () => {
    const code = readFileSync(join(REPO, 'src', 'generated', 'validators.cjs'), 'utf8');
    expect(code).not.toContain('markdownDescription');
    expect(code).not.toContain('Fecha de la sesión de cabildo');
    expect(code).not.toMatch(/"description":"[^"]* · /);
  });
});
