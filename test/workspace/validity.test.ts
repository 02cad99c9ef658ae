// The validity checks (scripts/validity.mjs → src/generated/validity.cjs) answer for ajv's validators
// on every file read afresh: validateFile runs ajv only on a file they reject. They must give ajv's
// answer: never accept what ajv rejects (a broken file would load without its errors), and not reject
// what ajv accepts (every file would pay for both).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { validityCode } from '../../scripts/validity.mjs';
import type * as Validators from '../../src/generated/validators.js';
import type * as Validity from '../../src/generated/validity.js';
import { type FileKind, fileKinds } from '../../src/workspace/schema.js';
import { parseYaml } from '../../src/workspace/yaml.js';
import { REPO } from '../helpers.js';

const requireHere = createRequire(join(REPO, 'package.json'));
// As src/workspace/lazy.ts loads them from source: CommonJS, written by the build.
const validity = requireHere('./src/generated/validity.cjs') as typeof Validity;
const validators = requireHere('./src/generated/validators.cjs') as typeof Validators;
const kinds = Object.keys(fileKinds) as FileKind[];
const ajv = (kind: FileKind, value: unknown): boolean => validators[`${kind}Validator`](value);
const valid = (kind: FileKind, value: unknown): boolean => validity[kind](value);

/** The checks `validityCode` writes for these schemas, loaded as the bundle loads them. */
function compiled(schemas: Record<string, unknown>): Record<string, (value: unknown) => boolean> {
  const module = { exports: {} as Record<string, (value: unknown) => boolean> };
  new Function('require', 'module', validityCode(schemas))(requireHere, module);
  return module.exports;
}

/** Every YAML file of the repository (demo, fixtures, templates), parsed. */
function repositoryValues(): { file: string; value: unknown }[] {
  const found: { file: string; value: unknown }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name)) {
        const parsed = parseYaml(readFileSync(path));
        if (parsed.ok) found.push({ file: relative(REPO, path), value: parsed.value });
      }
    }
  };
  walk(REPO);
  return found;
}

/** The kind of a workspace file by its place, as the load reads it; undefined for other YAML. */
function kindOf(file: string): FileKind | undefined {
  const name = file.split('/').pop();
  if (name === 'linkage.yaml') return 'workspace';
  if (name === 'profile.yaml') return 'profile';
  if (/(^|\/)cases\/[^/]+\/aop\/\d{4}\.yaml$/.test(file)) return 'aop';
  if (/(^|\/)cases\/[^/]+\/(case|agreement|documents)\.yaml$/.test(file))
    return name === 'case.yaml' ? 'case' : name === 'agreement.yaml' ? 'agreement' : 'documents';
  return undefined;
}

const files = repositoryValues();
const demo = files.filter((f) => /^(cases\/|linkage\.yaml$)/.test(f.file));
/**
 * The files to mutate, each of a kind and valid: the demo's, a fixture's documents.yaml (the demo has
 * none) and the demo's profile as a profile.yaml of its own would hold it.
 */
const subjects: { file: string; kind: FileKind; value: unknown }[] = [
  ...demo.map((f) => ({ ...f, kind: kindOf(f.file) as FileKind })),
  ...files.filter((f) => kindOf(f.file) === 'documents').map((f) => ({ ...f, kind: 'documents' as const })),
  ...demo
    .filter((f) => f.file === 'linkage.yaml')
    .map((f) => ({
      file: 'profile.yaml (from linkage.yaml)',
      kind: 'profile' as const,
      value: { schemaVersion: 1, ...((f.value as { profile: object }).profile ?? {}) },
    })),
];

describe('the validity checks on the repository files', () => {
  it('find the demo, a file of every kind and the fixtures', () => {
    expect(new Set(subjects.map((f) => f.kind))).toEqual(new Set(kinds));
    expect(files.filter((f) => f.file.startsWith('test/fixtures/')).length).toBeGreaterThan(10);
  });

  it('accept every one of those files, as ajv does', () => {
    for (const { file, kind, value } of subjects) {
      expect([file, ajv(kind, value), valid(kind, value)]).toEqual([file, true, true]);
    }
  });

  it("give ajv's answer for every file against every kind", () => {
    let rejected = 0;
    for (const { file, value } of files) {
      for (const kind of kinds) {
        expect([file, kind, valid(kind, value)]).toEqual([file, kind, ajv(kind, value)]);
        if (!ajv(kind, value)) rejected++;
      }
    }
    // Most files are of one kind: the others' schemas reject them.
    expect(rejected).toBeGreaterThan(files.length * 3);
  });
});

/** A value anywhere in a file: its parent and its key there (none for the file's root). */
type Spot = { parent: Record<string, unknown> | unknown[]; key: string | number };

function spots(value: unknown): Spot[] {
  const out: Spot[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        out.push({ parent: v, key: i });
        walk(item);
      });
    } else if (typeof v === 'object' && v !== null) {
      for (const [k, item] of Object.entries(v)) {
        out.push({ parent: v as Record<string, unknown>, key: k });
        walk(item);
      }
    }
  };
  walk(value);
  return out;
}

/** Values that sit near what the schemas take: texts of each pattern and format, right and wrong. */
const odd = fc.oneof(
  fc.constantFrom(
    '',
    'es',
    'ES',
    'zz9',
    'x',
    '2024-02-29',
    '2025-02-29',
    '2025-13-01',
    '2025-1-01',
    '2025-01-01\n',
    'prensa@ayuntamiento.mx',
    'not an email',
    'https://example.org/a',
    'no uri',
    'sister-cities',
    'cooperation',
    'indefinite',
    'a'.repeat(64),
    '0'.repeat(64),
    'PMD-2024-1.1',
    `a${'b'.repeat(80)}`,
    'MX',
    'mx',
    'EUR',
    '12345',
    'council',
    'local-step',
  ),
  fc.integer({ min: -2, max: 3 }),
  fc.constantFrom(1.5, Number.NaN, 0),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom([], {}, { es: 'x' }, { en: 'x' }, { es: '' }, { es: 'x', fr: 'y' }, ['es', 'es'], ['es', 'en']),
);

/** Keys the schemas know and keys they do not, with lookalikes of both. */
const keys = fc.constantFrom(
  'es',
  'en',
  'fr',
  'ES',
  'date',
  'dates',
  'kind',
  'text',
  'path',
  'sha256',
  'notes',
  'x y',
  '',
  'constructor',
);

type Mutation =
  | { op: 'replace'; at: number; with: unknown }
  | { op: 'delete'; at: number }
  | { op: 'add'; at: number; key: string; with: unknown }
  | { op: 'copy'; at: number; from: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), with: odd }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('add' as const), at: fc.nat(), key: keys, with: odd }),
  fc.record({ op: fc.constant('copy' as const), at: fc.nat(), from: fc.nat() }),
);

/** `value` changed by `mutations` (a structured copy: the file's value is used again). */
function mutate(value: unknown, mutations: Mutation[]): unknown {
  const copy = structuredClone(value);
  for (const m of mutations) {
    const all = spots(copy);
    if (all.length === 0) return copy;
    const { parent, key } = all[m.at % all.length] as Spot;
    const set = (v: unknown) => {
      (parent as Record<string | number, unknown>)[key] = structuredClone(v);
    };
    if (m.op === 'replace') set(m.with);
    else if (m.op === 'copy') {
      const from = all[m.from % all.length] as Spot;
      set((from.parent as Record<string | number, unknown>)[from.key]);
    } else if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else {
      const target = (parent as Record<string | number, unknown>)[key];
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
        (target as Record<string, unknown>)[m.key] = structuredClone(m.with);
      } else set({ [m.key]: m.with });
    }
  }
  return copy;
}

describe('the validity checks on mutated files', () => {
  it.each(subjects.map((f) => [f.file, f]))("give ajv's answer on mutations of %s", (_, { kind, value }) => {
    let rejected = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const changed = mutate(value, mutations);
        const expected = ajv(kind, changed);
        if (!expected) rejected++;
        expect(valid(kind, changed)).toBe(expected);
      }),
      { seed: 20261130, numRuns: 500 },
    );
    // Most mutations break the file: the test is about the rejections as much as the acceptances.
    expect(rejected).toBeGreaterThan(100);
  });
});

describe('validityCode', () => {
  it('checks dates as ajv-formats does, without its regular expression', () => {
    const date = compiled({ date: { type: 'string', format: 'date' } }).date as (v: unknown) => boolean;
    const { fullFormats } = requireHere('ajv-formats/dist/formats') as {
      fullFormats: { date: { validate: (s: string) => boolean } };
    };
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const texts: string[] = [];
    for (const year of [0, 1, 4, 100, 400, 1900, 1996, 2000, 2023, 2024, 2025, 2100, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) texts.push(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
      }
    }
    let accepted = 0;
    for (const text of texts) {
      expect([text, date(text)]).toEqual([text, fullFormats.date.validate(text)]);
      if (date(text)) accepted++;
    }
    // 13 years, six of them leap years (0, 4, 400, 1996, 2000, 2024; not 100, 1900, 2100).
    expect(accepted).toBe(13 * 365 + 6);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '-', ' ', '\n', '٣', 'x'), maxLength: 12 }),
        (text) => {
          expect(date(text)).toBe(fullFormats.date.validate(text));
        },
      ),
      { seed: 20261130, numRuns: 2000 },
    );
  });

  it.each([
    ['a keyword it does not compile', { type: 'number', multipleOf: 2 }, /keyword multipleOf/],
    ['a format it does not compile', { type: 'string', format: 'time' }, /format time/],
    ['a reference to another file', { $ref: 'other.schema.json#/$defs/X' }, /\$ref/],
    ['a keyword beside a reference', { $ref: '#/$defs/X', enum: ['a'], $defs: { X: { type: 'string' } } }, /beside/],
    ['a string keyword without its type', { minLength: 1 }, /minLength without type string/],
    ['unique items that are objects', { type: 'array', uniqueItems: true, items: { type: 'object' } }, /uniqueItems/],
    [
      'a property Object.prototype has',
      { type: 'object', properties: { constructor: { type: 'string' } } },
      /constructor/,
    ],
    ['an enum of numbers', { enum: [1, 2] }, /enum/],
  ])('refuses %s: the build stops', (_, schema, message) => {
    expect(() => validityCode({ k: schema })).toThrow(message);
  });
});
