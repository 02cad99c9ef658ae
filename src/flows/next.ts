// `linkage next`: the next pending step (or steps) of a case, or of Phase 1, asked fact by fact; then
// what comes next, who acts, by when, and the document to prepare.
import {
  type AnswerIssue,
  type Answers,
  type AnswersSource,
  answersError,
  type FieldPath,
  formatPath,
  getIn,
  isPlainObject,
  locateGiven,
  mergeAnswers,
  reviewAnswers,
  type Translate,
} from '../commands/answers.js';
import { UserError } from '../errors.js';
import { unknownStep } from '../process/rules/unknown-step.js';
import {
  type CaseStatus,
  deriveCaseStatus,
  deriveWorkspaceSteps,
  followUpDue,
  type StepStatus,
} from '../process/status.js';
import { aopDue, owedAopYear, PHASES, type StepDef } from '../process/steps.js';
import { message } from '../ui/i18n.js';
import { isInterrupt } from '../ui/prompts.js';
import { amendmentUnderWay } from '../ui/status-view.js';
import { type CaseBundle, PROFILE_FILE, type Workspace } from '../workspace/load.js';
import { closest, validateFile } from '../workspace/validate.js';
import { AOP_ANSWERS_KEY, answeredNewAop, aopTargetFor, aopYearOf, askAop, askResults } from './aop.js';
import { askAmendment, askEnd, CASE_EVENTS, isCaseEvent } from './case-events.js';
import {
  askCommunication,
  askCouncil,
  askCounterpart,
  askDraft,
  askLetter,
  askLocalStep,
  askRegistration,
  askResponse,
  askSignature,
  askSreOpinion,
  currentTextHash,
  forNewMayor,
  freezeIfSigned,
  type MayorChange,
  modelAgreement,
  offerDocument,
  type StepOutcome,
  unrecordedVersion,
} from './case-steps.js';
import {
  AGREEMENT_ANSWERS_KEY,
  actorName,
  type CaseFlow,
  caseFlow,
  caseStatusNow,
  currentView,
  type FlowOptions,
  makeSession,
  type WorkspaceFlow,
  workspaceFlow,
  workspaceStepsNow,
} from './context.js';
import { answeredValues } from './equivalent.js';
import type { Session, Target } from './session.js';
import { askLiaison, askParticipation, askProfile, forNewPeople } from './workspace-steps.js';

export interface NextFlowOptions extends FlowOptions {
  ws: Workspace;
  /** The case; absent: Phase 1 of the workspace. */
  slug?: string;
  /** `--step`: this step, even when it is done. */
  step?: string;
  answers?: AnswersSource;
  append?: boolean;
  /**
   * The case `new` just opened: its own first step, not a Phase 1 step an interrupted run left
   * half-answered (that one waits for `linkage next`, and the end of the run says so).
   */
  opened?: boolean;
}

export interface NextFlowResult {
  session: Session;
  /** What this run answered, shaped like the target file (case.yaml or linkage.yaml). */
  answers: Answers;
  /** Nothing to ask: the case is closed, or everything is done. */
  idle: boolean;
}

type CaseAsk = (f: CaseFlow, step: StepDef) => Promise<StepOutcome> | StepOutcome;

const CASE_STEPS: Record<string, CaseAsk> = {
  counterpart: askCounterpart,
  letter: askLetter,
  response: askResponse,
  draft: askDraft,
  council: askCouncil,
  'sre-opinion': askSreOpinion,
  signature: askSignature,
  registration: askRegistration,
  aop: askAop,
  results: askResults,
  communication: askCommunication,
};

async function runWorkspaceStep(f: WorkspaceFlow, status: StepStatus): Promise<StepOutcome> {
  if (status.id === 'liaison') await askLiaison(f, status.step);
  else if (status.id === 'participation') await askParticipation(f, status.step);
  else if (status.id === 'profile') await askProfile(f, status.step);
  else {
    f.s.say(`  ${f.s.t('prompts.local-workspace-step', { step: status.step.title[f.s.lang] })}`);
    return 'waiting';
  }
  return 'asked';
}

async function runCaseStep(f: CaseFlow, status: StepStatus): Promise<StepOutcome> {
  if (status.step.scope === 'workspace') return runWorkspaceStep(f, status);
  if (status.step.local) return askLocalStep(f, status.step);
  const ask = CASE_STEPS[status.id];
  return ask ? ask(f, status.step) : 'waiting';
}

const translator =
  (s: Session): Translate =>
  (id, params) =>
    message(s.lang, id, params);

/** Leaf paths of an answers value: a list counts as one answer, or with `intoLists` each item's leaves. */
function leafPaths(value: unknown, path: FieldPath = [], intoLists = false): FieldPath[] {
  if (isPlainObject(value)) return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k], intoLists));
  if (intoLists && Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...path, i], intoLists));
  return [path];
}

/**
 * What case.yaml records of what happened (the steps' facts, the contact log, missions…): an answers
 * file may replace the plan's lists (areas, reasons), not drop this history.
 */
const HISTORY = ['steps', 'end', 'amendments', 'contactLog', 'representations', 'missions'];

/**
 * The lists of records (items that are mappings: SRE rounds, the contact log, evidence) that `over`
 * replaces in `base`, each with the recorded fields the replacement drops: what an answers file does
 * to a list without --append.
 */
function droppedRecords(base: unknown, over: unknown, path: FieldPath = []): { path: FieldPath; lost: FieldPath[] }[] {
  if (isPlainObject(over)) {
    const old = isPlainObject(base) ? base : {};
    return Object.entries(over).flatMap(([k, v]) => droppedRecords(old[k], v, [...path, k]));
  }
  if (!Array.isArray(over) || !Array.isArray(base) || !base.some(isPlainObject)) return [];
  const lost = leafPaths(base, [], true).filter((p) => getIn(over, p) === undefined);
  return lost.length > 0 ? [{ path, lost }] : [];
}

/** One file's part of an answers file: the target it fills and where it sits in the answers file. */
interface TargetAnswers {
  target: Target;
  value: Answers;
  /** Its place in the answers file (`aop` for a program in `next`'s); absent: the top. */
  at?: FieldPath;
}

/** The fields a held new program asks itself when the answers file leaves them out. */
const ASKED_WHEN_NEW = ['objectives', 'followUp'];

/**
 * Puts an answers file into the files before any question: validated like `check` (schema and new
 * rule errors, and a step named that the process does not have), all or nothing; then the questions
 * skip what it answered.
 */
function applyAnswers(f: WorkspaceFlow, targets: TargetAnswers[], o: NextFlowOptions): void {
  const { s } = f;
  const issues: AnswerIssue[] = [];
  const moved: NonNullable<MayorChange['moved']>[] = [];
  const before = new Map(targets.map(({ target }) => [target, target.base] as const));
  const atOf = new Map(targets.map(({ target, at }) => [target.file, at ?? []] as const));
  // A field left out is shown at the item that lacks it.
  const located = (issue: Omit<AnswerIssue, 'line' | 'col'>, at: FieldPath): AnswerIssue => {
    const path = [...at, ...issue.path];
    const where = locateGiven(o.answers, path);
    const parent = where.line === undefined ? locateGiven(o.answers, path.slice(0, -1)) : {};
    return { ...issue, path, ...where, ...parent };
  };
  for (const { target, value, at = [] } of targets) {
    if (!isPlainObject(value) || Object.keys(value).length === 0) continue;
    if (o.append !== true) {
      for (const { path, lost } of droppedRecords(target.base, value)) {
        if (target.kind !== 'case' || !HISTORY.includes(String(path[0]))) continue;
        const shown = lost.slice(0, 3).map((p) => formatPath([...at, ...path, ...p]));
        const params = {
          field: formatPath([...at, ...path]),
          count: lost.length,
          lost: lost.length > 3 ? `${shown.join(', ')}, …` : shown.join(', '),
        };
        issues.push(located({ id: 'answers.list-replaced', params, path }, at));
      }
    }
    // A new liaison, SRE addressee or counterpart mayor (another name) keeps nothing of the previous
    // person's that the answers leave out; the previous mayor becomes a former one.
    const change: MayorChange =
      target.kind === 'case'
        ? forNewMayor(target.base, value)
        : { base: target.kind === 'workspace' ? forNewPeople(target.base, value) : target.base, issues: [] };
    issues.push(...change.issues.map((i) => located(i, at)));
    if (change.moved) moved.push(change.moved);
    const merged = mergeAnswers(change.base, value, { append: o.append === true });
    const review = reviewAnswers({ kind: target.kind, value: merged, had: validateFile(target.kind, change.base) });
    // A program not yet written asks its objectives and follow-up; anything else it lacks is refused.
    const missing = target.exists
      ? review.missing
      : review.missing.filter((m) => !ASKED_WHEN_NEW.includes(String(m.path[0])));
    issues.push(
      ...review.issues.map((i) => located(i, at)),
      ...missing.map((m) =>
        located({ id: 'schema.required', params: { field: formatPath([...at, ...m.path]) }, path: m.path }, at),
      ),
    );
    target.base = merged;
    target.touched.push(...leafPaths(value));
    s.answered++;
  }
  if (issues.length === 0 && s.o.rules) {
    // A new program is judged with the files, as `check` will judge it once written.
    const judged = s.targets.filter((t) => t.exists || (before.has(t) && t.base !== before.get(t)));
    const values = new Map(judged.map((t) => [t.file, t.base] as const));
    const old = new Map(s.targets.filter((t) => t.exists).map((t) => [t.file, before.get(t) ?? t.base] as const));
    const key = (p: { id: string; file: string; path?: FieldPath }) => `${p.file}|${p.id}|${(p.path ?? []).join('.')}`;
    try {
      const had = new Set(s.o.rules(old).map(key));
      for (const p of s.o.rules(values)) {
        // A step the process does not have is a key mistyped in the answers, refused as the schema's are.
        if ((p.severity !== 'error' && p.rule !== unknownStep.id) || had.has(key(p))) continue;
        // Placed in the answers file: the line a message names of another field is in the judged file.
        const { otherLine } = p.params;
        const params =
          otherLine === undefined
            ? p.params
            : { ...p.params, otherLine: s.t('answers.line-of', { line: otherLine, file: p.file }) };
        issues.push(located({ id: p.id, params, path: p.path ?? [] }, atOf.get(p.file) ?? []));
      }
    } catch {
      // A rule that cannot read the merged files: the schema already judged them.
    }
  }
  if (issues.length > 0) {
    for (const [target, base] of before) target.base = base;
    const end = Number.MAX_SAFE_INTEGER;
    issues.sort((a, b) => (a.line ?? end) - (b.line ?? end) || (a.col ?? 0) - (b.col ?? 0));
    throw answersError({ missing: [], issues }, o.answers, translator(s)) as UserError;
  }
  for (const { target } of targets) if (target.base !== before.get(target)) s.assign(target);
  for (const m of moved) s.note(`  ${s.t('prompts.mayor.former', m)}`);
}

/**
 * The steps a run asks about: `--step`; else a step an interrupted run was asking (`resume`, from the
 * drafts), even one its first answers made done, then, in Phase 1, the others still open; else the
 * next ones of the case, else Phase 1's open ones.
 */
function stepsToAsk(
  o: NextFlowOptions,
  ws: Workspace,
  bundle: CaseBundle | undefined,
  resume: string[] = [],
): StepStatus[] {
  const wsSteps = deriveWorkspaceSteps(ws, o.today);
  const status = bundle ? deriveCaseStatus(ws, bundle, o.today) : undefined;
  if (o.step) {
    const found = [...wsSteps, ...(status?.steps ?? [])].find((x) => x.id === o.step);
    if (!found) {
      const ids = [...wsSteps, ...(status?.steps ?? [])].map((x) => x.id).concat(CASE_EVENTS);
      const suggestion = closest(o.step, ids);
      throw new UserError(suggestion ? 'prompts.unknown-step-suggest' : 'prompts.unknown-step', {
        step: o.step,
        known: ids.join(', '),
        ...(suggestion ? { suggestion } : {}),
      });
    }
    return [found];
  }
  const all = [...(status?.steps ?? []), ...wsSteps];
  const resumed = all.filter((x) => resume.includes(x.id));
  if (status) return resumed.length > 0 ? resumed : status.next;
  return [...resumed, ...wsSteps.filter((x) => x.state !== 'done' && !resumed.includes(x))];
}

export async function nextFlow(o: NextFlowOptions): Promise<NextFlowResult> {
  const { ws } = o;
  const bundle = o.slug ? ws.cases.find((c) => c.slug === o.slug) : undefined;
  if (o.slug && !bundle?.case) throw new UserError('prompts.case-invalid', { slug: o.slug }, 2);
  const given = isCaseEvent(o.step) ? o.step : undefined;
  if (given && !bundle) throw new UserError('prompts.event-needs-case', { step: given }, 2);
  // `--step end` on a closed case revisits its end; each `--step amendment` adds an amendment. Only a
  // terminal asks again: without one, what is recorded stands and is not missing.
  const revisit =
    o.prompter !== undefined &&
    (given
      ? given === 'end' && bundle?.case?.end !== undefined
      : o.step !== undefined && stepsToAsk({ ...o }, ws, bundle)[0]?.state === 'done');
  const s = makeSession({ ...o, revisit }, ws, o.slug);
  const f: WorkspaceFlow | CaseFlow = bundle ? caseFlow(s, ws, bundle) : workspaceFlow(s, ws);
  // The step an interrupted run was asking, named in the drafts: without --step, `next` goes back to it.
  const resumed = () => s.targets.flatMap((t) => (t.step !== undefined ? [t.step] : []));
  // The end or an amendment, asked outside the steps: by --step, or resumed.
  const event = o.step === undefined ? resumed().find(isCaseEvent) : given;

  if (o.answers) {
    const value = o.answers.value;
    if (bundle) {
      const { [AOP_ANSWERS_KEY]: aop, [AGREEMENT_ANSWERS_KEY]: agreement, ...rest } = value;
      const programs = aopAnswers(f as CaseFlow, aop, o.answers);
      const cf = f as CaseFlow;
      // Not written yet, the agreement is judged as the draft step will write it: the model, these facts.
      const text = isPlainObject(agreement)
        ? [
            {
              target: cf.agreement,
              value: cf.agreement.exists ? agreement : { ...modelAgreement(cf), ...agreement },
              at: [AGREEMENT_ANSWERS_KEY],
            },
          ]
        : [];
      const version = event === 'amendment' ? amendmentVersion(cf, rest) : undefined;
      const recorded = (cf.agreement.base as { versions?: unknown[] }).versions ?? [];
      const versions = version
        ? [{ target: cf.agreement, value: { versions: o.append === true ? [version] : [...recorded, version] } }]
        : [];
      applyAnswers(f, [{ target: cf.case, value: rest }, ...programs, ...text, ...versions], o);
      if (version)
        s.say(`  ${s.t('prompts.version-recorded', { hash: version.hash.slice(0, 12), date: version.date })}`);
    } else {
      const { profile: prof, ...rest } = value;
      const separate = f.profile.target.file === PROFILE_FILE;
      applyAnswers(
        f,
        separate
          ? [
              { target: f.config, value: rest },
              { target: f.profile.target, value: isPlainObject(prof) ? prof : {} },
            ]
          : [{ target: f.config, value }],
        o,
      );
    }
  }

  if (bundle) {
    // A signature the answers file recorded whole has no question left to write out its text.
    freezeIfSigned(f as CaseFlow);
    const status = caseStatusNow(f as CaseFlow);
    if (status.closed && !o.step && !event) {
      s.sayNotes();
      s.say(
        s.t('prompts.closed', {
          slug: bundle.slug,
          state: s.t(`status.closed.${status.closed.state}`),
          date: status.closed.date ?? '—',
        }),
      );
      return { session: s, answers: {}, idle: true };
    }
  }
  if (event) {
    const cf = f as CaseFlow;
    const outcome = await asking(s, event, () => (event === 'end' ? askEnd(cf) : askAmendment(cf)));
    if (outcome === 'asked') s.say(`  ${s.t(`prompts.${event}.done`)}`);
    finishCase(cf, []);
    s.close();
    return { session: s, answers: answersOf(f), idle: false };
  }
  const setAside = o.opened ? resumed() : [];
  const todo = stepsToAsk(
    o,
    currentWs(f),
    bundle ? currentBundle(f as CaseFlow) : undefined,
    o.opened ? [] : resumed(),
  );
  // A new program in the answers file is written by the `aop` step, even when another step leads.
  if (bundle && answeredNewAop(s) && !todo.some((x) => x.id === 'aop')) {
    const aop = caseStatusNow(f as CaseFlow).steps.find((x) => x.id === 'aop');
    if (aop) todo.push(aop);
  }
  if (todo.length === 0) {
    s.sayNotes();
    if (bundle) {
      sayEnding(s, bundle.slug, caseStatusNow(f as CaseFlow));
      s.say(s.t('prompts.case-up-to-date', { slug: bundle.slug }));
    } else finishPhase1(f, []);
    return { session: s, answers: answersOf(f), idle: true };
  }
  const ran: { id: string; outcome: StepOutcome }[] = [];
  for (const status of todo) {
    const outcome = await asking(s, status.id, () =>
      bundle ? runCaseStep(f as CaseFlow, status) : runWorkspaceStep(f, status),
    );
    ran.push({ id: status.id, outcome });
    if (outcome === 'waiting') break;
  }
  // A step that opened with no header (one waiting on others) leaves the notes to say here.
  s.sayNotes();
  if (bundle) finishCase(f as CaseFlow, ran);
  else finishPhase1(f, ran);
  const halfDone = workspaceStepsNow(f).filter((x) => setAside.includes(x.id) && x.state !== 'done');
  if (halfDone.length > 0)
    s.say(
      s.t('prompts.phase1-interrupted', {
        steps: halfDone.map((x) => `«${x.step.title[s.lang]}»`).join(', '),
        command: s.command(['next']),
      }),
    );
  s.close();
  return { session: s, answers: answersOf(f), idle: false };
}

/** Asks a step (or the end, an amendment); Ctrl+C in it leaves its name in the drafts, for `next` to resume. */
async function asking(s: Session, step: string, ask: () => Promise<StepOutcome> | StepOutcome): Promise<StepOutcome> {
  try {
    return await ask();
  } catch (error) {
    if (isInterrupt(error)) s.interruptedIn(step);
    throw error;
  }
}

function currentWs(f: WorkspaceFlow): Workspace {
  return currentView(f, 'slug' in f ? (f as CaseFlow).slug : undefined);
}

function currentBundle(f: CaseFlow): CaseBundle {
  return currentWs(f).cases[0] as CaseBundle;
}

/**
 * The `aop:` of a case's answers file: one program, or a list of them, each naming its `year`. The
 * year picks the file (a new one starts as `linkage aop new` starts it).
 */
function aopAnswers(f: CaseFlow, aop: unknown, source: AnswersSource | undefined): TargetAnswers[] {
  if (aop === undefined) return [];
  const list = Array.isArray(aop) ? aop : [aop];
  const issues: AnswerIssue[] = [];
  const out: TargetAnswers[] = [];
  list.forEach((value, i) => {
    const at: FieldPath = Array.isArray(aop) ? [AOP_ANSWERS_KEY, i] : [AOP_ANSWERS_KEY];
    const year = isPlainObject(value) ? value.year : undefined;
    const where = (path: FieldPath) => ({ path, ...locateGiven(source, path) });
    if (!isPlainObject(value)) issues.push({ id: 'answers.aop-shape', params: {}, ...where(at) });
    else if (typeof year !== 'number' || !Number.isInteger(year))
      issues.push({ id: 'answers.aop-year', params: {}, ...where(year === undefined ? at : [...at, 'year']) });
    else if (out.some((x) => aopYearOf(x.target) === year))
      issues.push({ id: 'answers.aop-year-twice', params: { year }, ...where([...at, 'year']) });
    else out.push({ target: aopTargetFor(f, year), value, at });
  });
  if (issues.length > 0) throw answersError({ missing: [], issues }, source, translator(f.s)) as UserError;
  return out;
}

/**
 * An amendment the answers name by the hash of the text as it now stands: that text is recorded as a
 * version with them, dated as the amendment, as the run that asked them recorded it.
 */
function amendmentVersion(f: CaseFlow, answers: Answers): { hash: string; date: string } | undefined {
  const list = answers.amendments;
  const hash = currentTextHash(f);
  if (!Array.isArray(list) || !hash) return undefined;
  const named = list.find((a) => isPlainObject(a) && a.hash === hash) as { date?: unknown } | undefined;
  if (!named) return undefined;
  return unrecordedVersion(f, typeof named.date === 'string' ? named.date : f.s.today);
}

/** The answers of this run, shaped like the file the command targets. */
function answersOf(f: WorkspaceFlow): Answers {
  if ('case' in f) {
    const answers = answeredValues((f as CaseFlow).case);
    const programs = f.s.targets
      .filter((t) => t.kind === 'aop' && t.exists && t.touched.length > 0)
      .map((t) => answeredValues(t, { year: aopYearOf(t) }));
    // Of agreement.yaml only the term is asked; its versions and signed text follow from the rest.
    const term = answeredValues((f as CaseFlow).agreement).term;
    return {
      ...answers,
      ...(term !== undefined ? { [AGREEMENT_ANSWERS_KEY]: { term } } : {}),
      ...(programs.length > 0 ? { [AOP_ANSWERS_KEY]: programs.length === 1 ? programs[0] : programs } : {}),
    };
  }
  const config = answeredValues(f.config);
  if (f.profile.target === f.config) return config;
  const profile = answeredValues(f.profile.target);
  return Object.keys(profile).length > 0 ? { ...config, profile } : config;
}

/**
 * When the step that now leads is due, as status tells it: the follow-up of a step that waits on
 * someone (or that the municipality owes since a given day), the AOP's own term; else none.
 */
function dueDate(f: CaseFlow, lead: StepStatus): string | undefined {
  const ctx = { ws: currentWs(f), bundle: currentBundle(f), today: f.s.today };
  if (lead.id === 'aop') {
    const year = owedAopYear(ctx);
    return year !== undefined ? aopDue(ctx, year) : undefined;
  }
  return followUpDue(ctx, lead)?.due;
}

export function finishCase(f: CaseFlow, ran: { id: string; outcome: StepOutcome }[]): void {
  const { s } = f;
  const status = caseStatusNow(f);
  s.say('');
  let allDone = true;
  for (const r of ran) {
    const st = [...status.steps, ...workspaceStepsNow(f)].find((x) => x.id === r.id);
    if (!st) continue;
    const title = st.step.title[s.lang];
    if (st.state === 'done') s.say(s.t('prompts.step-done', { step: title }));
    else {
      allDone = false;
      const missing = st.missing.map((m) => m.label[s.lang]).join(', ');
      s.say(s.t('prompts.step-open', { step: title, missing: missing || '—' }));
    }
  }
  if (status.closed) {
    s.say(
      s.t('prompts.closed', {
        slug: f.slug,
        state: s.t(`status.closed.${status.closed.state}`),
        date: status.closed.date ?? '—',
      }),
    );
    return;
  }
  sayEnding(s, f.slug, status);
  const lead = status.next[0];
  if (!lead) {
    // Every step done, a signed amendment's registration may still be under way.
    const pending = status.amendment;
    s.say(
      pending
        ? s.t('prompts.amendment.registration-pending', {
            what: amendmentUnderWay(s.lang, pending),
            actor: actorName(f, pending.actor),
            since: pending.since,
            slug: f.slug,
          })
        : s.t('prompts.case-up-to-date', { slug: f.slug }),
    );
    return;
  }
  const actor = status.move?.actor ?? lead.step.actor;
  const due = dueDate(f, lead);
  // A date already past is no deadline ahead: overdue since then, as status's late column says.
  const dueKey = due === undefined ? 'next-step' : due < s.today ? 'next-step-overdue' : 'next-step-due';
  s.say(
    s.t(`prompts.${dueKey}`, {
      step: lead.step.title[s.lang],
      phase: PHASES[lead.step.phase].title[s.lang],
      actor: actorName(f, actor),
      date: due ?? '',
    }),
  );
  if (allDone && lead.step.document && !ran.some((r) => r.id === lead.id))
    offerDocument(s, lead.step.document, lead.step.scope === 'case' ? f.slug : undefined);
  s.say(s.t('prompts.run-next', { command: s.command(['next', f.slug]) }));
}

export function finishPhase1(f: WorkspaceFlow, ran: { id: string; outcome: StepOutcome }[]): void {
  const { s } = f;
  const steps = workspaceStepsNow(f);
  s.say('');
  for (const r of ran) {
    const st = steps.find((x) => x.id === r.id);
    if (!st) continue;
    const title = st.step.title[s.lang];
    if (st.state === 'done') s.say(s.t('prompts.step-done', { step: title }));
    else
      s.say(
        s.t('prompts.step-open', { step: title, missing: st.missing.map((m) => m.label[s.lang]).join(', ') || '—' }),
      );
  }
  const open = steps.filter((x) => x.state !== 'done');
  if (open.length > 0) {
    s.say(s.t('prompts.phase1-open', { steps: open.map((x) => `«${x.step.title[s.lang]}»`).join(', ') }));
    s.say(s.t('prompts.run-next', { command: s.command(['next']) }));
    return;
  }
  s.say(s.t('prompts.phase1-done'));
  if (ran.length > 0) offerDocument(s, 'profile');
  s.say(s.t(f.ws.cases.length > 0 ? 'prompts.phase1-cases' : 'prompts.phase1-new', { globals: s.globals }));
}

/** A termination notified and not yet in effect: the case stays open until the day it takes effect. */
function sayEnding(s: Session, slug: string, status: CaseStatus) {
  if (status.ending) s.say(s.t('prompts.ending', { slug, date: status.ending.date }));
}
