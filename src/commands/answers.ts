// Answers: a YAML file shaped like the file a command writes (linkage.yaml, case.yaml), merged over
// defaults and command-line values, then reviewed for what is still missing and what is invalid.
// `init` and `new` use it without a terminal; the guided prompts ask for exactly what `missing` lists.
import type { Params } from '../errors.js';
import { UserError } from '../errors.js';
import { isPlainObject } from '../workspace/hash.js';
import { readFileOrPipe } from '../workspace/read-file.js';
import type { FileKind } from '../workspace/schema.js';
import { type SchemaIssue, validateFile } from '../workspace/validate.js';
import { locateKey, parseYaml } from '../workspace/yaml.js';

export type FieldPath = (string | number)[];
export type Answers = Record<string, unknown>;

/** An answers file as read: the name to show the user, its normalised text (for positions), its value. */
export interface AnswersSource {
  file: string;
  text: string;
  value: Answers;
}

/** A field the command cannot do without. `answered` decides for values the schema alone cannot judge. */
export interface RequiredAnswer {
  path: FieldPath;
  /** How the field is named in the list of missing answers (default: its path). */
  label?: string;
  /** Or the catalog question that asks it (its note in brackets dropped), with its parameters. */
  question?: { id: string; params?: Params };
  answered?: (value: unknown) => boolean;
}

/** A schema problem in the merged answers; line and column when the field is in the answers file. */
export interface AnswerIssue {
  id: string;
  params: Params;
  path: FieldPath;
  line?: number;
  col?: number;
  /** The flag that gave the value, as typed (`--country FRA`): the issue is its, not the answers file's. */
  flag?: string;
}

/** A field set by a command-line flag, which wins over the answers file. */
export interface FlagAnswer {
  path: FieldPath;
  /** The flag and its value as typed: `--country FRA`. */
  flag: string;
}

/** A field still to answer: where it goes, and how to name it to the user. */
export interface MissingAnswer {
  path: FieldPath;
  label: string;
  question?: RequiredAnswer['question'];
}

export interface AnswersReview {
  /** The missing fields, in the order declared, then the schema's own required fields. */
  missing: MissingAnswer[];
  /** Every other schema issue, all counted as errors (a mistyped key must not be saved silently). */
  issues: AnswerIssue[];
}

export { isPlainObject };

/**
 * Reads an answers file. `shown` is how the user named it. An empty file (or only comments) is no
 * answers at all; a file that is not YAML, or not a mapping, is a user error located in the file.
 */
export function readAnswers(abs: string, shown: string): AnswersSource {
  let bytes: Uint8Array;
  try {
    bytes = readFileOrPipe(abs);
  } catch {
    throw new UserError('file.unreadable', {}, 2, { file: shown });
  }
  const parsed = parseYaml(bytes);
  if (parsed.ok) return { file: shown, text: parsed.text, value: withoutNulls(parsed.value) as Answers };
  const { issue } = parsed;
  if (issue.id === 'file.empty') return { file: shown, text: parsed.text ?? '', value: {} };
  throw new UserError(issue.id, issue.params, 2, {
    file: shown,
    ...(issue.line !== undefined ? { line: issue.line, col: issue.col ?? 1 } : {}),
  });
}

/** `key:` left blank in an answers file means "not answered", not null. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== null).map(withoutNulls);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = withoutNulls(v);
    return out;
  }
  return value;
}

/**
 * `over` on top of `base`: mappings merge key by key, anything else (lists included) is replaced, or
 * with `append` lists are concatenated. Neither input is changed.
 */
export function mergeAnswers(base: Answers, over: Answers, options: { append?: boolean } = {}): Answers {
  const out: Answers = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const old = out[key];
    if (isPlainObject(old) && isPlainObject(value)) out[key] = mergeAnswers(old, value, options);
    else if (options.append && Array.isArray(old) && Array.isArray(value)) out[key] = [...old, ...value];
    else out[key] = value;
  }
  return out;
}

export function getIn(value: unknown, path: FieldPath): unknown {
  let v = value;
  for (const key of path) {
    if (typeof key === 'number' ? !Array.isArray(v) : !isPlainObject(v)) return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/** `administrations[0].officials` */
export function formatPath(path: FieldPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

const isAnswered = (v: unknown) =>
  v !== undefined &&
  v !== '' &&
  !(Array.isArray(v) && v.length === 0) &&
  !(isPlainObject(v) && Object.keys(v).length === 0);

const isUnder = (path: FieldPath, parent: FieldPath) =>
  parent.length <= path.length && parent.every((p, i) => path[i] === p);

/** What reviewAnswers judges: the merged content of a file, and what it holds the answers to. */
export interface ReviewOptions {
  /** The file's kind. */
  kind: FileKind;
  /** Its merged content. */
  value: Answers;
  /** The fields it asks for (none: only what the schema requires). */
  required?: RequiredAnswer[];
  /** The answers file, to locate the issues that sit there. */
  source?: AnswersSource;
  /** The fields flags set, to blame an issue under one on its flag. */
  flags?: FlagAnswer[];
  /** The issues the file had before the answers, at their place in `value`. */
  had?: SchemaIssue[];
}

/**
 * What is missing and what is wrong in `value`, the merged content of the file `kind`. Missing are
 * the `required` fields not answered, and the fields the schema requires that no declared field
 * covers (e.g. the gender of a listed official). Issues are located in `source` when they sit there,
 * or blamed on the flag in `flags` that set the field. An issue the file already had before the
 * answers (`had`, at its place in `value`: a key added by hand, which `check` only warns of) is the
 * file's, not the answers': it is left to `check`.
 */
export function reviewAnswers({
  kind,
  value,
  required = [],
  source,
  flags = [],
  had = [],
}: ReviewOptions): AnswersReview {
  const missing: MissingAnswer[] = [];
  for (const r of required) {
    const v = getIn(value, r.path);
    if (r.answered ? !r.answered(v) : !isAnswered(v))
      missing.push({
        path: r.path,
        label: r.label ?? formatPath(r.path),
        ...(r.question ? { question: r.question } : {}),
      });
  }
  const issues: AnswerIssue[] = [];
  const key = (i: SchemaIssue) => `${i.id}|${formatPath(i.path)}|${JSON.stringify(i.params)}`;
  const before = new Set(had.map(key));
  for (const issue of validateFile(kind, value)) {
    if (before.has(key(issue))) continue;
    if (issue.id === 'schema.required') {
      // `municipality` is absent when its declared parts (`municipality.name`…) are: list those only.
      const covered = missing.some(({ path }) => isUnder(path, issue.path) || isUnder(issue.path, path));
      if (!covered) missing.push({ path: issue.path, label: formatPath(issue.path) });
      continue;
    }
    const id =
      issue.id === 'schema.unknown-key' && issue.params.suggestion === ''
        ? 'schema.unknown-key-nosuggestion'
        : issue.id;
    const flag = flags.find((f) => isUnder(issue.path, f.path))?.flag;
    const where = flag !== undefined ? { flag } : locateGiven(source, issue.path);
    issues.push({ id, params: issue.params, path: issue.path, ...where });
  }
  // In the order of the answers file, then the values that came from flags or defaults.
  const end = Number.MAX_SAFE_INTEGER;
  issues.sort((a, b) => (a.line ?? end) - (b.line ?? end) || (a.col ?? 0) - (b.col ?? 0));
  return { missing, issues };
}

/**
 * What a check rule finds in the answers, as their schema issues are (a step they name that the
 * process does not have): located in the answers file, kept only where the answers gave the field.
 */
export function answerFindings(
  findings: readonly Pick<AnswerIssue, 'id' | 'params' | 'path'>[],
  source: AnswersSource | undefined,
): AnswerIssue[] {
  if (!source) return [];
  return findings
    .filter((f) => getIn(source.value, f.path) !== undefined)
    .map((f) => ({ ...f, ...locateAnswer(source, f.path) }));
}

/**
 * Line and column of a field in the answers file: of its key, where people look (a mapping's value
 * starts on the next line); nothing when the value came from a flag or a default.
 */
export function locateAnswer(source: AnswersSource, path: FieldPath): { line?: number; col?: number } {
  if (getIn(source.value, path) === undefined) return {};
  try {
    return locateKey(source.text, path);
  } catch {
    return {};
  }
}

/** locateAnswer in the answers file, when there is one; nothing when the answers came otherwise. */
export function locateGiven(source: AnswersSource | undefined, path: FieldPath): { line?: number; col?: number } {
  return source ? locateAnswer(source, path) : {};
}

export type Translate = (id: string, params: Params) => { text: string; hint?: string };

/**
 * `answers.yaml:4:14 (municipality.inegiCode): Formato no válido… → hint`, or `--country FRA: País no
 * válido… → hint` for a value a flag gave, one line per issue.
 */
export function describeIssues(issues: AnswerIssue[], file: string | undefined, translate: Translate): string[] {
  return issues.map((issue) => {
    const m = translate(issue.id, issue.params);
    const at = issue.line !== undefined && file !== undefined ? `${file}:${issue.line}:${issue.col ?? 1} ` : '';
    const path = issue.path.length > 0 ? `(${formatPath(issue.path)}): ` : '';
    const where = issue.flag !== undefined ? `${issue.flag}: ` : `${at}${path}`;
    return `${where}${m.text}${m.hint ? ` → ${m.hint}` : ''}`;
  });
}

/**
 * The user error for a review that stops the command, or undefined when the answers are complete and
 * valid. Missing answers come first: they are listed all at once, with exit code 2.
 */
export function answersError(
  review: AnswersReview,
  source: AnswersSource | undefined,
  translate: Translate,
): UserError | undefined {
  if (review.missing.length > 0) {
    // As the prompts' own list names them: "Tipo de vínculo [kind]".
    const named = (m: MissingAnswer) =>
      m.question
        ? `${translate(m.question.id, m.question.params ?? {}).text.replace(/\s*\(.*\)\s*$/, '')} [${formatPath(m.path)}]`
        : m.label;
    return new UserError('answers.missing', { fields: review.missing.map(named).join(', ') }, 2);
  }
  if (review.issues.length > 0) {
    return new UserError(
      'answers.invalid',
      {},
      2,
      // Only flags gave the invalid values: the answers file is not to blame.
      source && review.issues.some((i) => i.flag === undefined) ? { file: source.file } : undefined,
      describeIssues(review.issues, source?.file, translate),
    );
  }
  return undefined;
}
