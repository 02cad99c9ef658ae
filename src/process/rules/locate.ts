// Where a rule's finding points: the file a fact lives in and a field path with real list indices,
// so the CLI can turn it into file:line:col.
import { type CaseBundle, caseFilePath, WORKSPACE_FILE, type Workspace } from '../../workspace/load.js';
import { type FactDef, getPath, type StepContext, type StepDef } from '../steps.js';

export type FieldPath = (string | number)[];

/**
 * The legal bases findings cite, as catalog ids (`law.*`, src/ui/messages/status.ts): the law as
 * domain.md says to cite it, with its publication and its reforms in the DOF, in the UI's language.
 */
export const LSCT_ART_2_II = 'law.lsct-2-ii';
export const LSCT_ART_7 = 'law.lsct-7';
export const LSCT_ARTS_2_II_8_9 = 'law.lsct-2-ii-8-9';
export const CPEUM_ART_115_II_B = 'law.cpeum-115-ii-b';

export const caseFile = (bundle: CaseBundle) => caseFilePath(bundle.slug);
export const agreementFile = (bundle: CaseBundle) => `${bundle.dir}/agreement.yaml`;
export const documentsFile = (bundle: CaseBundle) => `${bundle.dir}/documents.yaml`;

/** `a.b.0.c`: a field path as people read it in messages. */
export const dotted = (path: FieldPath) => path.join('.');

/** The first 12 hex digits: enough to tell hashes apart in a message. */
export const short = (hash: string) => hash.slice(0, 12);

/**
 * Replaces `-1` ("the last item", as step facts write it) with the real index. A path through a
 * missing or empty list stops at the list, which is the nearest place that exists.
 */
export function concretePath(data: unknown, path: FieldPath): FieldPath {
  const out: FieldPath = [];
  let cur: unknown = data;
  for (const key of path) {
    if (typeof key === 'number' && key < 0) {
      if (!Array.isArray(cur) || cur.length === 0) return out;
      const index = cur.length + key;
      out.push(index);
      cur = cur[index];
      continue;
    }
    out.push(key);
    cur = getPath(cur, [key]);
  }
  return out;
}

/** The profile lives in linkage.yaml under `profile:` or in its own profile.yaml. */
export function profileLocation(ws: Workspace, path: FieldPath): { file: string; path: FieldPath } {
  return ws.profileFile === WORKSPACE_FILE
    ? { file: WORKSPACE_FILE, path: ['profile', ...path] }
    : { file: ws.profileFile, path };
}

/** The file and concrete field path of one fact of a step. */
export function factLocation(ws: Workspace, bundle: CaseBundle | undefined, step: StepDef, fact: FactDef) {
  if (step.scope === 'workspace' || !bundle) {
    if (fact.path[0] === 'profile') return profileLocation(ws, fact.path.slice(1));
    return { file: WORKSPACE_FILE, path: concretePath(ws.config, fact.path) };
  }
  // The draft's text versions live in agreement.yaml, though the step's other facts are in case.yaml.
  if (fact.path[0] === 'versions') return { file: agreementFile(bundle), path: ['versions'] };
  if (step.file === 'aop') {
    // A program's approval is missing in that program's file; a program still to write, in the folder.
    const draft = fact.path[1] === 'approved' ? bundle.aops.find((a) => a.data && !a.data.approved) : undefined;
    return draft ? { file: draft.file, path: ['approved'] } : { file: `${bundle.dir}/aop`, path: [] };
  }
  return { file: caseFile(bundle), path: concretePath(bundle.case, fact.path) };
}

/**
 * The step fact a concrete field path records, as people know it: the fact's label and its step's
 * title, and the round (from 1) where the fact is one of a list's items (`-1` in the fact's path,
 * an SRE round). Undefined for a field no step names (an amendment's, a mission's, a version's).
 */
export function namedFact(steps: StepDef[], path: FieldPath) {
  for (const step of steps) {
    for (const fact of step.facts) {
      if (fact.path.length !== path.length) continue;
      const item = fact.path.findIndex((key) => typeof key === 'number' && key < 0);
      const index = path[item];
      if (fact.path.some((key, k) => (k === item ? typeof index !== 'number' : key !== path[k]))) continue;
      return { fact, step, ...(typeof index === 'number' ? { round: index + 1 } : {}) };
    }
  }
  return undefined;
}

/** Whether any fact of the step is recorded. */
export const hasFacts = (step: StepDef, ctx: StepContext) => step.facts.some((f) => f.present(ctx));

/** The first recorded fact of a step, located: where a finding about the step points. */
export function firstPresent(ws: Workspace, bundle: CaseBundle, step: StepDef, ctx: StepContext) {
  const fact = step.facts.find((f) => f.present(ctx));
  return fact ? factLocation(ws, bundle, step, fact) : { file: caseFile(bundle), path: ['steps', step.id] };
}

/**
 * The case steps whose order `check` enforces: Phases 2 and 3 and the local steps placed there.
 * Phase 4 repeats every year while the agreement is in force, so its steps have no fixed order.
 */
export const chainSteps = (steps: StepDef[]) => steps.filter((s) => s.scope === 'case' && s.phase <= 3);

/** Steps named in a message: their ids, which are also the keys under `steps:` that people edit. */
/**
 * Steps as a finding names them: their ids (`key`, for YAML keys such as `skipped:`), and their titles
 * for people (`<key>Title`, and `<key>TitleEn` for English messages).
 */
export function stepParams(steps: StepDef[], key = 'step') {
  return {
    [key]: steps.map((s) => s.id).join(', '),
    [`${key}Title`]: steps.map((s) => s.title.es).join(', '),
    [`${key}TitleEn`]: steps.map((s) => s.title.en).join(', '),
  };
}
