import type { ErrorObject } from 'ajv';
import type { Params } from '../errors.js';
import type { CompiledValidator } from '../generated/validators.js';
import { fileSchema } from './file-schema.js';
import { isPlainObject } from './hash.js';
import { lazyValidators, lazyValidity } from './lazy.js';
import type { JsonSchema } from './new-file.js';
import type { FileKind } from './schema.js';

export interface SchemaIssue {
  id: string;
  severity: 'error' | 'warning';
  path: (string | number)[];
  params: Record<string, string | number>;
  /** About the key that ends `path`, not its value (an unknown key): located at the key. */
  atKey?: true;
}

/**
 * Validates a parsed file against its precompiled JSON Schema and turns ajv's errors into issues. A
 * valid file is told by the validity checks alone (scripts/validity.mjs, which give ajv's answer:
 * test/workspace/validity.test.ts); ajv runs on the others, to say what is wrong. ajv took ≈13 % of
 * a cold 10k check's CPU time; the checks take too little to tell from none (bench/README.md,
 * session 22).
 */
export function validateFile(kind: FileKind, value: unknown): SchemaIssue[] {
  if (lazyValidity()[kind](value)) return [];
  const validate: CompiledValidator = lazyValidators()[`${kind}Validator`];
  if (validate(value)) return [];
  const root = fileSchema(kind);
  return toIssues((validate.errors ?? []).map((e) => withContext(e, root, value)));
}

/** What an error is about, found from its paths: the schema holding the failed keyword, and the value. */
interface Placed {
  error: ErrorObject;
  parent: Record<string, unknown>;
  data: unknown;
}

/**
 * The validators are compiled without ajv's `verbose` (which runs them ≈20 % slower, every file of
 * every run), so an error carries no parent schema and no data: they are found here, for the few
 * files that fail, from its schema path (a JSON pointer into the file kind's schema, as shipped in
 * schemas/: the same schema, with its descriptions) and its instance path.
 */
function withContext(error: ErrorObject, root: JsonSchema, value: unknown): Placed {
  let parent: unknown = root;
  const steps = error.schemaPath.split('/').slice(1, -1);
  for (const step of steps)
    parent = (parent as Record<string, unknown> | undefined)?.[pointerStep(decodeURIComponent(step))];
  let data = value;
  for (const key of pathOf(error.instancePath)) data = (data as Record<string | number, unknown> | undefined)?.[key];
  return { error, parent: isPlainObject(parent) ? parent : {}, data };
}

const pointerStep = (step: string): string => step.replace(/~1/g, '/').replace(/~0/g, '~');

const SHA256 = '^[0-9a-f]{64}$';

/** Patterns whose failure has a message of its own, in plain words. */
const PATTERN_MESSAGES: Record<string, string> = {
  [SHA256]: 'schema.pattern.sha256',
  '^[A-Z]{2}$': 'schema.pattern.country',
  '^[a-z]{2,3}$': 'schema.pattern.lang',
  '^[A-Z]{3}$': 'schema.pattern.currency',
  '^[0-9]{5}$': 'schema.pattern.inegi',
  '^[A-Za-z0-9][A-Za-z0-9._-]*$': 'schema.pattern.id',
  '^[a-z][a-z0-9-]*$': 'schema.pattern.id',
  '^[a-zA-Z][a-zA-Z0-9]*$': 'schema.pattern.fact-key',
};

function pathOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map(pointerStep)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function toIssues(errors: Placed[]): SchemaIssue[] {
  // A failed anyOf (a local step's fact) also reports each branch; keep only the anyOf itself.
  const anyOfs = errors.filter((e) => e.error.keyword === 'anyOf').map((e) => `${e.error.schemaPath}/`);
  const kept = errors.filter((e) => !anyOfs.some((prefix) => e.error.schemaPath.startsWith(prefix)));
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const e of kept) {
    const issue = toIssue(e);
    const key = `${issue.id}|${issue.path.join('.')}|${JSON.stringify(issue.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return misspeltRequired(issues);
}

/**
 * `Counterpart:` for `counterpart:`: a required key missing and, beside it, an unknown key nearest to it
 * are one slip, said once where the key was written, with how to write it.
 */
function misspeltRequired(issues: SchemaIssue[]): SchemaIssue[] {
  const misspelt = new Map<SchemaIssue, SchemaIssue>();
  for (const required of issues) {
    if (required.id !== 'schema.required') continue;
    const parent = required.path.slice(0, -1).join('.');
    const written = issues.find(
      (i) =>
        i.id === 'schema.unknown-key' &&
        i.params.suggestion === required.params.field &&
        i.path.slice(0, -1).join('.') === parent &&
        !misspelt.has(i),
    );
    if (written) misspelt.set(written, required);
  }
  if (misspelt.size === 0) return issues;
  const merged = new Set(misspelt.values());
  return issues
    .filter((i) => !merged.has(i))
    .map((i) =>
      misspelt.has(i)
        ? {
            id: 'schema.required-misspelt',
            severity: 'error' as const,
            path: i.path,
            params: { field: String(misspelt.get(i)?.params.field), key: String(i.params.key) },
            atKey: true as const,
          }
        : i,
    );
}

function toIssue({ error: e, parent: schema, data }: Placed): SchemaIssue {
  const path = pathOf(e.instancePath);
  const parent = schema as {
    properties?: Record<string, unknown>;
    'x-langtext'?: boolean;
    'x-langtext-entry'?: boolean;
  };
  // A key of a language map that is no language code: a warning, as for any unknown key.
  if (parent['x-langtext'] && e.keyword === 'additionalProperties') {
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    const lower = key.toLowerCase();
    return {
      id: /^[a-z]{2,3}$/.test(lower) ? 'schema.langtext-key' : 'schema.langtext-key-nosuggestion',
      severity: 'warning',
      path: [...path, key],
      params: { key, suggestion: lower },
      atKey: true,
    };
  }
  // A map without its Spanish. An empty map lacks it too: that is said as an empty text is, below,
  // and its two errors make one issue.
  if (parent['x-langtext'] && e.keyword === 'required' && Object.keys(data as object).length > 0)
    return { id: 'schema.langtext-spanish', severity: 'error', path, params: {} };
  // Nothing after the colon, or a figure or true/false (a postal code, a year) where a language text
  // goes: said as for any text, with what to write.
  const scalar = data === null || typeof data === 'number' || typeof data === 'boolean';
  if ((parent['x-langtext'] || parent['x-langtext-entry']) && e.keyword === 'type' && scalar)
    return { id: typeMessage('string', data), severity: 'error', path, params: { expected: 'string' } };
  // A language text of the wrong type or empty; one language's entry that is not a text, or empty.
  if (parent['x-langtext']) return { id: 'schema.langtext', severity: 'error', path, params: {} };
  if (parent['x-langtext-entry'])
    return { id: 'schema.langtext-entry', severity: 'error', path, params: { lang: String(path.at(-1)) } };
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys(parent.properties ?? {});
      const suggestion = closest(key, known);
      return {
        id: suggestion ? 'schema.unknown-key' : 'schema.unknown-key-nosuggestion',
        severity: 'warning',
        path: [...path, key],
        params: { key, known: known.join(', '), ...(suggestion ? { suggestion } : {}) },
        atKey: true,
      };
    }
    case 'required': {
      const field = String((e.params as { missingProperty: string }).missingProperty);
      return { id: 'schema.required', severity: 'error', path: [...path, field], params: { field } };
    }
    case 'type': {
      const expected = String((e.params as { type: string }).type);
      return { id: typeMessage(expected, data), severity: 'error', path, params: { expected } };
    }
    case 'enum': {
      const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      // `Favourable`, `favorable` (as Spanish spells it): the value meant, to write as it is listed.
      const suggestion = typeof data === 'string' ? closest(data, allowed) : undefined;
      return {
        id: suggestion ? 'schema.enum-suggestion' : 'schema.enum',
        severity: 'error',
        path,
        params: { allowed: allowed.join(', '), ...(suggestion ? { suggestion } : {}) },
      };
    }
    case 'format': {
      const format = (e.params as { format: string }).format;
      if (format === 'date' && typeof data === 'string') return { ...dateIssue(data), severity: 'error', path };
      return { id: `schema.format.${format}`, severity: 'error', path, params: {} };
    }
    case 'pattern': {
      const pattern = (e.params as { pattern: string }).pattern;
      // Windows' Get-FileHash prints a SHA-256 in capitals: the same hash, to be written in lower case.
      if (pattern === SHA256 && typeof data === 'string' && /^[0-9A-Fa-f]{64}$/.test(data))
        return {
          id: 'schema.pattern.sha256-case',
          severity: 'error',
          path,
          params: { key: String(path.at(-1)), lower: data.toLowerCase() },
        };
      const known = PATTERN_MESSAGES[pattern];
      return known
        ? { id: known, severity: 'error', path, params: {} }
        : { id: 'schema.pattern', severity: 'error', path, params: { expected: pattern } };
    }
    case 'minimum':
    case 'maximum': {
      const limit = (e.params as { limit: number }).limit;
      return { id: `schema.${e.keyword}`, severity: 'error', path, params: { limit, value: data as number } };
    }
    case 'minLength': {
      if (data === '') return { id: 'schema.empty-text', severity: 'error', path, params: {} };
      const limit = (e.params as { limit: number }).limit;
      return { id: 'schema.min-length', severity: 'error', path, params: { limit, value: String(data) } };
    }
    case 'maxLength': {
      const limit = (e.params as { limit: number }).limit;
      return { id: 'schema.max-length', severity: 'error', path, params: { limit, length: String(data).length } };
    }
    case 'minItems':
      return {
        id: 'schema.min-items',
        severity: 'error',
        path,
        params: { limit: (e.params as { limit: number }).limit },
      };
    case 'uniqueItems': {
      const { i } = e.params as { i: number };
      return {
        id: 'schema.unique-items',
        severity: 'error',
        path,
        params: { value: String((data as unknown[])[i]) },
      };
    }
    case 'anyOf':
      // The only anyOf left: a fact of a local step (text, number, boolean or evidence list).
      return { id: 'schema.fact', severity: 'error', path, params: {} };
    default:
      return { id: 'schema.invalid', severity: 'error', path, params: { detail: e.message ?? e.keyword } };
  }
}

/**
 * A value of the wrong type, in the words of what was written: nothing after the colon, a list for one
 * value, a figure or true/false where a text goes (it wants quotes), a figure typed with its unit or in
 * words ("5 ha", "seis"). ajv's own words (array, string, object) mean nothing to the people who edit.
 */
function typeMessage(expected: string, data: unknown): string {
  if (data === null) return 'schema.type.empty';
  switch (expected) {
    case 'number':
      return 'schema.type.number';
    case 'integer':
      return 'schema.type.integer';
    case 'boolean':
      return 'schema.type.boolean';
    case 'array':
      return 'schema.type.array';
    case 'object':
      return 'schema.type.object';
    case 'string':
      return typeof data === 'object' ? 'schema.type.string' : 'schema.type.string-quoted';
    default:
      return 'schema.type';
  }
}

/**
 * What is wrong with a date as written: 28/11/2026, 2026-11-28T10:00 are the day meant, written
 * another way; 2026-11-31 is a day its month does not have, 2026-13-01 a month the year does not have.
 */
export function dateIssue(value: string): { id: string; params: Params } {
  const meant = dateMeant(value);
  if (meant) return { id: 'schema.format.date-meant', params: { meant } };
  const [year, month] = value.split('-').map(Number) as [number, number];
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    if (month < 1 || month > 12) return { id: 'schema.format.date-no-month', params: { value, month } };
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { id: 'schema.format.date-no-day', params: { value, days } };
  }
  return { id: 'schema.format.date', params: {} };
}

/** A day of the calendar written another way (28/11/2026, 2026/11/28, 2026-11-28T10:00), as YYYY-MM-DD. */
function dateMeant(value: string): string | undefined {
  const pad = (n: string | undefined) => (n ?? '').padStart(2, '0');
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const ymd = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:[T ].*)?$/.exec(value);
  const iso = dmy ? `${dmy[3]}-${pad(dmy[2])}-${pad(dmy[1])}` : ymd ? `${ymd[1]}-${pad(ymd[2])}-${pad(ymd[3])}` : '';
  const day = new Date(`${iso}T00:00:00Z`);
  return iso !== '' && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(iso) ? iso : undefined;
}

/** The known name nearest to a mistyped one, for "did you mean …". */
export function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    prev = row;
  }
  return prev[b.length] as number;
}
