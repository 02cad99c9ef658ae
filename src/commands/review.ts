// `linkage review`: every recorded fact of one case, for a meeting or before signing. Returns data;
// src/ui/review-view.ts prints it. With `public`, fields the schema marks `x-private` are left out.

import { childSchema, deref } from '../flows/yaml-sync.js';
import { type CaseStatus, deriveCaseStatus } from '../process/status.js';
import { fileSchema } from '../workspace/file-schema.js';
import type { CaseBundle, Workspace } from '../workspace/load.js';
import type { JsonSchema } from '../workspace/new-file.js';
import type { FileKind } from '../workspace/schema.js';
import { isPlainObject } from './answers.js';

export interface ReviewResult {
  slug: string;
  today: string;
  status: CaseStatus;
  case: Record<string, unknown>;
  agreement: Record<string, unknown> | null;
  documents: Record<string, unknown> | null;
  aops: { year: number; file: string; data: Record<string, unknown> | null }[];
  /** The municipality, to name the other party. */
  municipality: string;
}

/**
 * A copy of `value` without the fields its schema marks `x-private` (people's emails and phones), nor
 * the keys its schema does not know: a mayor's `email` that `check` only warns about is no less personal.
 */
export function withoutPrivate(value: unknown, kind: FileKind): unknown {
  const root = fileSchema(kind);
  return strip(value, root, root);
}

function strip(value: unknown, schema: JsonSchema | undefined, root: JsonSchema): unknown {
  const s = deref(schema, root, value);
  if (Array.isArray(value)) return value.map((v) => strip(v, s?.items, root));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const pattern = Object.entries(s?.patternProperties ?? {}).find(([p]) => new RegExp(p, 'u').test(k))?.[1];
    const known = s?.additionalProperties !== false || Object.hasOwn(s.properties ?? {}, k) || pattern;
    if (!known) continue;
    const child = deref(childSchema(s, k) ?? pattern, root, v);
    if (child?.['x-private']) continue;
    out[k] = strip(v, childSchema(s, k) ?? pattern, root);
  }
  return out;
}

export function runReview(
  ws: Workspace,
  bundle: CaseBundle,
  today: string,
  options: { public?: boolean } = {},
): ReviewResult {
  const pub = options.public === true;
  const view = <T>(v: T | null, kind: FileKind) =>
    (v === null ? null : pub ? withoutPrivate(v, kind) : v) as Record<string, unknown> | null;
  return {
    slug: bundle.slug,
    today,
    status: deriveCaseStatus(ws, bundle, today),
    case: (view(bundle.case, 'case') ?? {}) as Record<string, unknown>,
    agreement: view(bundle.agreement, 'agreement'),
    documents: view(bundle.documents, 'documents'),
    aops: bundle.aops.map((a) => ({ year: a.year, file: a.file, data: view(a.data, 'aop') })),
    municipality: ws.config?.municipality.name ?? '',
  };
}
