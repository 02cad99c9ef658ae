// `linkage new <city>`: plans cases/<slug>/case.yaml from the city, the flags and the answers.
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { caseStepFindings } from '../process/rules/unknown-step.js';
import { CASES_DIR, caseSlugs, loadWorkspace, WORKSPACE_FILE } from '../workspace/load.js';
import { caseSchemaRef, newYamlFile } from '../workspace/new-file.js';
import { checkSlug, slugify } from '../workspace/paths.js';
import { readRegularFile } from '../workspace/read-file.js';
import { caseFilePath } from '../workspace/root.js';
import { type CaseFile, SCHEMA_VERSION } from '../workspace/schema.js';
import { applyPlan, type WritePlan } from '../workspace/write.js';
import { parseYaml } from '../workspace/yaml.js';
import {
  type AnswerIssue,
  type Answers,
  type AnswersReview,
  type AnswersSource,
  answerFindings,
  getIn,
  isPlainObject,
  locateGiven,
  mergeAnswers,
  type RequiredAnswer,
  reviewAnswers,
} from './answers.js';

/** What --yes fills in. The languages have no default: a country does not tell them reliably (a terminal offers one). */
export const NEW_DEFAULTS = { kind: 'sister-cities' } as const;

/** The counterpart's nature by default: a city in Mexico is a Mexican municipality, not a foreign government. */
export const defaultNature = (country: unknown) =>
  country === 'MX' ? 'mexican-municipality' : 'foreign-local-government';

/** What a case file needs to exist, named by the questions that ask it. */
export const newRequired = (city: string): RequiredAnswer[] => [
  { path: ['counterpart', 'country'], question: { id: 'q.counterpart.country', params: { city } } },
  { path: ['counterpart', 'languages'], question: { id: 'q.counterpart.languages' } },
  { path: ['counterpart', 'nature'], question: { id: 'q.counterpart.nature' } },
  { path: ['kind'], question: { id: 'q.kind' } },
];

export interface NewOptions {
  /** The workspace root. */
  root: string;
  city: string;
  /** The --country flag: its value wins over the answers, and its mistakes are its own. */
  country?: string;
  slug?: string;
  answers?: AnswersSource;
  yes?: boolean;
}

export type NewPlan =
  | { ok: false; reason: 'answers'; review: AnswersReview }
  | { ok: false; reason: 'priorities'; issues: AnswerIssue[]; ids: string[] }
  | { ok: true; slug: string; file: string; value: Answers; plan: WritePlan };

/**
 * The merged case.yaml. The city argument is the Spanish name unless the answers give a language
 * map; --country (upper-cased) wins over the answers; --yes adds NEW_DEFAULTS and the country's
 * default nature under the answers.
 */
export function caseValue(options: Omit<NewOptions, 'root' | 'slug'>): Answers {
  const answers = options.answers?.value ?? {};
  const base = options.yes
    ? mergeAnswers({ schemaVersion: SCHEMA_VERSION }, NEW_DEFAULTS)
    : { schemaVersion: SCHEMA_VERSION };
  const merged = mergeAnswers(base, answers);
  const given = getIn(answers, ['counterpart', 'city']);
  const counterpart: Answers = {
    ...(isPlainObject(merged.counterpart) ? merged.counterpart : {}),
    city: isPlainObject(given) ? given : { es: options.city.normalize('NFC').trim() },
    ...(options.country !== undefined ? { country: options.country.trim().toUpperCase() } : {}),
  };
  if (options.yes && counterpart.nature === undefined) counterpart.nature = defaultNature(counterpart.country);
  return { ...merged, schemaVersion: SCHEMA_VERSION, counterpart };
}

/** The existing case folder that `slug` collides with, compared case-insensitively (Windows, macOS). */
export function takenSlug(root: string, slug: string): string | undefined {
  const slugs = caseSlugs(root);
  // A file named cases, or a folder that cannot be read: no case can be added there.
  if (slugs === null) throw new UserError('folder.unreadable', {}, 2, { file: join(root, CASES_DIR) });
  return slugs.find((name) => name.toLowerCase() === slug.toLowerCase());
}

/** Every PMD priority id of every administration in linkage.yaml. */
export function priorityIds(root: string): string[] {
  let value: unknown;
  try {
    const parsed = parseYaml(readRegularFile(join(root, WORKSPACE_FILE)).bytes);
    value = parsed.ok ? parsed.value : undefined;
  } catch {
    value = undefined;
  }
  const administrations = getIn(value, ['administrations']);
  if (!Array.isArray(administrations)) return [];
  const ids = administrations.flatMap((a) => {
    const priorities = getIn(a, ['pmd', 'priorities']);
    return Array.isArray(priorities)
      ? priorities.map((p) => getIn(p, ['id'])).filter((id): id is string => typeof id === 'string')
      : [];
  });
  return [...new Set(ids)];
}

/** Areas whose priority is not one of `ids`, located in the answers file. */
export function unknownPriorities(value: Answers, ids: string[], source?: AnswersSource): AnswerIssue[] {
  const areas = getIn(value, ['areas']);
  if (!Array.isArray(areas)) return [];
  return areas.flatMap((area, i) => {
    const priority = getIn(area, ['priority']);
    if (typeof priority !== 'string' || ids.includes(priority)) return [];
    const path = ['areas', i, 'priority'];
    return [{ id: 'new.priority', params: { priority }, path, ...locateGiven(source, path) }];
  });
}

export function planNew(options: NewOptions): NewPlan {
  const { root } = options;
  if (options.slug !== undefined) {
    const bad = checkSlug(options.slug);
    if (bad) throw new UserError(bad, { slug: options.slug }, 2);
  }
  const value = caseValue(options);
  const flags =
    options.country !== undefined ? [{ path: ['counterpart', 'country'], flag: `--country ${options.country}` }] : [];
  const review = reviewAnswers({
    kind: 'case',
    value,
    required: newRequired(options.city),
    source: options.answers,
    flags,
  });
  if (review.missing.length > 0 || review.issues.length > 0) return { ok: false, reason: 'answers', review };
  const locals = loadWorkspace(root, { only: [] }).config?.localSteps ?? [];
  const steps = answerFindings(caseStepFindings(value as CaseFile, locals), options.answers);
  if (steps.length > 0) return { ok: false, reason: 'answers', review: { missing: [], issues: steps } };
  const ids = priorityIds(root);
  const issues = unknownPriorities(value, ids, options.answers);
  if (issues.length > 0) return { ok: false, reason: 'priorities', issues, ids };

  const slug =
    options.slug ?? slugify(options.city.normalize('NFC').trim(), String(getIn(value, ['counterpart', 'country'])));
  if (slug === '') throw new UserError('slug.empty', { city: options.city }, 2);
  const bad = checkSlug(slug);
  if (bad) throw new UserError(bad, { slug }, 2);
  const taken = takenSlug(root, slug);
  if (taken !== undefined) throw new UserError('slug.taken', { slug: taken }, 2);

  const file = caseFilePath(slug);
  const content = newYamlFile('case', value, caseSchemaRef(root));
  return { ok: true, slug, file, value, plan: { root, writes: [{ file, content, expected: null }] } };
}

export function runNew(options: NewOptions): NewPlan {
  const planned = planNew(options);
  if (planned.ok) applyPlan(planned.plan);
  return planned;
}
