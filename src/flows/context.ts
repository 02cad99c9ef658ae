// What every guided flow works with: the session, the loaded workspace, the files it may write, and
// the workspace as `check` would see it with the answers given so far.
import type { Answers, FieldPath } from '../commands/answers.js';
import { runRules } from '../process/rules/index.js';
import { type CaseStatus, deriveCaseStatus, deriveWorkspaceSteps, type StepStatus } from '../process/status.js';
import { type Actor, PHASES, type StepDef, stepsFor } from '../process/steps.js';
import type { UiLang } from '../ui/i18n.js';
import type { Prompter } from '../ui/prompts.js';
import { type AopEntry, type CaseBundle, PROFILE_FILE, WORKSPACE_FILE, type Workspace } from '../workspace/load.js';
import { locateProblems } from '../workspace/locate.js';
import { caseFilePath } from '../workspace/root.js';
import type { AgreementFile, AopFile, CaseFile, ProfileData, WorkspaceFile } from '../workspace/schema.js';
import { type Out, Session, type Target } from './session.js';

export interface FlowOptions {
  root: string;
  lang: UiLang;
  today: string;
  out: Out;
  /** Absent: no terminal, answers come from files and (with `yes`) defaults. */
  prompter?: () => Promise<Prompter>;
  yes?: boolean;
  revisit?: boolean;
  batch?: boolean;
  /** The -C and --as-of of this run, repeated in the commands it suggests so they run from the same folder. */
  globals?: string[];
}

export interface WorkspaceFlow {
  s: Session;
  ws: Workspace;
  config: Target;
  /** Where the profile lives: `profile:` in linkage.yaml, or profile.yaml. */
  profile: { target: Target; prefix: FieldPath };
}

export interface CaseFlow extends WorkspaceFlow {
  slug: string;
  bundle: CaseBundle;
  case: Target;
  agreement: Target;
}

/** Spanish first, then the other document languages of the workspace. */
export function documentLanguages(config: WorkspaceFile | null | Answers): string[] {
  const langs = ((config as WorkspaceFile | null)?.settings?.languages ?? ['es', 'en']).filter(
    (l): l is string => typeof l === 'string',
  );
  return ['es', ...langs.filter((l) => l !== 'es')];
}

/**
 * The languages a case's free texts are asked in: Spanish, English where the workspace uses it (its
 * reports, its site, and the documents of a counterpart that reads neither), and the counterpart's own
 * languages among the workspace's (German for Gießen). Not a language of another case: no German
 * texts for Kraków because the workspace also has a German partner.
 */
export function caseLanguages(config: WorkspaceFile | null, bundle: CaseBundle): string[] {
  const theirs = bundle.case?.counterpart.languages ?? [];
  return documentLanguages(config).filter((l) => l === 'es' || l === 'en' || theirs.includes(l));
}

/** The workspace with the files replaced by the values given: what `check` would load. */
export function workspaceView(ws: Workspace, values: Map<string, Answers>, slug?: string): Workspace {
  const config = (values.get(WORKSPACE_FILE) as WorkspaceFile | undefined) ?? ws.config;
  let profile = config?.profile ?? null;
  if (ws.profileFile === PROFILE_FILE) {
    const own = values.get(PROFILE_FILE);
    if (own) {
      const { schemaVersion: _, ...body } = own;
      profile = body as ProfileData;
    } else profile = ws.profile;
  }
  const cases = ws.cases
    .filter((b) => slug === undefined || b.slug === slug)
    .map((b) => ({
      ...b,
      case: (values.get(caseFilePath(b.slug)) as CaseFile | undefined) ?? b.case,
      agreement: (values.get(`${b.dir}/agreement.yaml`) as AgreementFile | undefined) ?? b.agreement,
      aops: aopsView(b, values),
    }));
  return { ...ws, config, profile, cases: slug === undefined ? [] : cases };
}

/** A case's AOPs with the values given, including programs created since the workspace was loaded. */
function aopsView(b: CaseBundle, values: Map<string, Answers>): AopEntry[] {
  const aops = b.aops.map((a) => ({ ...a, data: (values.get(a.file) as AopFile | undefined) ?? a.data }));
  for (const [file, value] of values) {
    const year = file.startsWith(`${b.dir}/aop/`)
      ? /^(\d{4})\.yaml$/.exec(file.slice(b.dir.length + 5))?.[1]
      : undefined;
    if (year && !aops.some((a) => a.file === file)) aops.push({ year: Number(year), file, data: value as AopFile });
  }
  return aops.sort((x, y) => x.year - y.year);
}

export function makeSession(options: FlowOptions, ws: Workspace | null, slug?: string): Session {
  const steps = stepsFor(ws?.config ?? null).map((s) => s.id);
  return new Session({
    root: options.root,
    lang: options.lang,
    today: options.today,
    out: options.out,
    ...(options.prompter ? { prompter: options.prompter } : {}),
    ...(options.yes ? { yes: true } : {}),
    ...(options.revisit ? { revisit: true } : {}),
    ...(options.batch ? { batch: true } : {}),
    ...(options.globals ? { globals: options.globals } : {}),
    docLangs: documentLanguages(ws?.config ?? null),
    keyOrder: (path) => (path.length === 1 && path[0] === 'steps' ? steps : undefined),
    ...(ws
      ? {
          // Placed in the files as they stand, as check places them: a message may name another
          // field by its line.
          rules: (values: Map<string, Answers>) =>
            locateProblems(
              options.root,
              runRules({ ws: workspaceView(ws, values, slug), today: options.today, verifyHashes: false }),
            ),
        }
      : {}),
  });
}

export function workspaceFlow(s: Session, ws: Workspace): WorkspaceFlow {
  const config = s.targets.find((t) => t.file === WORKSPACE_FILE) ?? s.open(WORKSPACE_FILE, 'workspace');
  const profile =
    ws.profileFile === PROFILE_FILE
      ? { target: s.targets.find((t) => t.file === PROFILE_FILE) ?? s.open(PROFILE_FILE, 'profile'), prefix: [] }
      : { target: config, prefix: ['profile'] };
  return { s, ws, config, profile };
}

/** Where `next <case>`'s answers give facts of agreement.yaml (its term). */
export const AGREEMENT_ANSWERS_KEY = 'agreement';

export function caseFlow(s: Session, ws: Workspace, bundle: CaseBundle): CaseFlow {
  const w = workspaceFlow(s, ws);
  const langs = caseLanguages(ws.config, bundle);
  const agreement = s.open(`${bundle.dir}/agreement.yaml`, 'agreement');
  agreement.answersAt = [AGREEMENT_ANSWERS_KEY];
  agreement.langs = langs;
  const target = s.open(caseFilePath(bundle.slug), 'case');
  target.langs = langs;
  return { ...w, slug: bundle.slug, bundle, case: target, agreement };
}

/** The committed values of a flow's files, as typed data. */
export const configOf = (f: WorkspaceFlow) => f.config.base as unknown as WorkspaceFile;
export const caseOf = (f: CaseFlow) => f.case.base as unknown as CaseFile;

/** The workspace as the files now stand (answers saved so far). */
export function currentView(f: WorkspaceFlow, slug?: string): Workspace {
  const values = new Map(f.s.targets.filter((t) => t.exists).map((t) => [t.file, t.base] as const));
  return workspaceView(f.ws, values, slug);
}

export function caseStatusNow(f: CaseFlow): CaseStatus {
  const view = currentView(f, f.slug);
  const bundle = view.cases[0] as CaseBundle;
  return deriveCaseStatus(view, bundle, f.s.today);
}

export function workspaceStepsNow(f: WorkspaceFlow): StepStatus[] {
  return deriveWorkspaceSteps(currentView(f), f.s.today);
}

/** Who moves now: the party the step waits on once the municipality has done its part (as `status` says), else its actor. */
function whoseMove(f: WorkspaceFlow | CaseFlow, step: StepDef): Actor {
  if (!('bundle' in f) || !step.waiting) return step.actor;
  const view = currentView(f, f.slug);
  return step.waiting({ ws: view, bundle: view.cases[0] as CaseBundle, today: f.s.today })?.actor ?? step.actor;
}

export function actorName(f: { s: Session }, actor: Actor): string {
  return f.s.t(`status.actor.${actor}`);
}

/** The opening of a step: its title and phase, what it is and why, who acts. */
export function stepHeader(f: WorkspaceFlow | CaseFlow, step: StepDef): void {
  const { s } = f;
  const lang = s.lang;
  const phase = PHASES[step.phase].title[lang];
  s.say('');
  s.say(`■ ${step.title[lang]} · ${s.t('prompts.phase', { phase: step.phase, name: phase })}`);
  if (step.help[lang]) s.paragraph(step.help[lang]);
  s.say(`  ${s.t('prompts.who-acts', { actor: actorName(f, whoseMove(f, step)) })}`);
  s.sayNotes();
  s.say('');
}
