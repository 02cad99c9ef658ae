// Where a case stands, derived from its facts: never stored.
import { inLanguage } from '../workspace/hash.js';
import type { CaseBundle, Workspace } from '../workspace/load.js';
import type { Problem } from '../workspace/problems.js';
import { caseFilePath } from '../workspace/root.js';
import type { CaseFile, WorkspaceFile } from '../workspace/schema.js';
import { addDays, addMonths, maxDate } from './dates.js';
import {
  type Actor,
  agreementEnd,
  aopDue,
  aopHasResults,
  type Bilingual,
  BUILTIN_STEPS,
  bilingual,
  closedYears,
  type FactDef,
  followUpDays,
  lastRound,
  owesAop,
  type Phase,
  resultsDue,
  type StepContext,
  type StepDef,
  stepsFor,
  yearsInForce,
} from './steps.js';

export type StepState = 'pending' | 'in-progress' | 'done' | 'skipped' | 'not-applicable';

export interface StepStatus {
  id: string;
  step: StepDef;
  state: StepState;
  missing: FactDef[];
  date?: string;
}

export interface LateItem {
  kind: 'follow-up' | 'contact' | 'aop' | 'results' | 'amendment' | 'amendment-registration' | 'amendment-acuse';
  step?: string;
  /** The day it fell due. */
  due: string;
  year?: number;
  /**
   * The amendment whose SRE opinion is awaited (`amendment`), whose signed copy is still to be sent
   * for registration (`amendment-registration`), or whose registration the SRE has not acknowledged
   * (`amendment-acuse`).
   */
  id?: string;
}

export interface CaseStatus {
  slug: string;
  /** The city's Spanish name: the data (`status --format json`). */
  city: string;
  /** Its name for people in each UI language: the English one where the case records it. */
  cityIn: Bilingual;
  country?: string;
  kind?: string;
  steps: StepStatus[];
  phase?: Phase;
  closed?: { state: string; date?: string };
  /** A termination notified and not yet in effect: the day it takes effect, and the notice's date. */
  ending?: { date: string; notice?: string };
  progress: { done: number; total: number };
  next: StepStatus[];
  move?: { actor: Actor; since?: string };
  /** When the step the municipality waits on falls due for a follow-up. */
  nextDue?: string;
  /**
   * The first amendment under way (amendmentsDue): sent and waiting on the SRE's opinion since it was
   * sent; signed, its copy owed by the municipality since its signature; or sent for registration and
   * waiting on the SRE's acuse. When it falls due.
   */
  amendment?: { id: string; waits: 'opinion' | 'registration' | 'acuse'; actor: Actor; since: string; due?: string };
  late: LateItem[];
  /** The latest contact: a contact-log entry, or the counterpart's answer or signature (counterpartActs). */
  lastContact?: string;
  /** A file of the case could not be read or failed its schema: the first of its errors. */
  error?: Problem;
}

function stateOf(step: StepDef, ctx: StepContext, closed: boolean): StepStatus {
  const c = ctx.bundle?.case;
  const present = step.facts.map((f) => f.present(ctx));
  const missing = step.facts.filter((_, i) => !present[i]);
  const complete = step.complete ? step.complete(ctx) : missing.length === 0;
  const date = step.date?.(ctx);
  let state: StepState;
  if (complete) state = 'done';
  else if (step.scope === 'case' && c?.skipped?.[step.id]) state = 'skipped';
  else if (closed) state = 'not-applicable';
  else state = present.some(Boolean) ? 'in-progress' : 'pending';
  return { id: step.id, step, state, missing: complete ? [] : missing, ...(date ? { date } : {}) };
}

/** Phase 1 of the workspace: liaison, participation, profile (and local steps placed there). */
export function deriveWorkspaceSteps(ws: Workspace, today: string): StepStatus[] {
  const ctx: StepContext = { ws, today };
  return stepsFor(ws.config)
    .filter((s) => s.scope === 'workspace')
    .map((s) => stateOf(s, ctx, false));
}

const isOpen = (s: StepStatus) => s.state === 'pending' || s.state === 'in-progress';

/** What every case of a workspace shares: its steps in order and the state of its Phase 1. */
export interface WorkspaceDerivation {
  steps: StepDef[];
  workspaceSteps: StepStatus[];
}

/** Derived once per workspace and passed to deriveCaseStatus when there are many cases. */
export function deriveWorkspace(ws: Workspace, today: string): WorkspaceDerivation {
  return { steps: stepsFor(ws.config), workspaceSteps: deriveWorkspaceSteps(ws, today) };
}

export function deriveCaseStatus(
  ws: Workspace,
  bundle: CaseBundle,
  today: string,
  shared: WorkspaceDerivation = deriveWorkspace(ws, today),
): CaseStatus {
  const status = readStatus(ws, bundle, today, shared);
  // A file the status reads that did not load makes the case broken: case.yaml, the agreement, the
  // AOP folder or an AOP, without which its row would show what is not there. documents.yaml (no
  // status reads it) and a stray file in aop/ (never read) are check's to report. A case without
  // case.yaml is broken by whatever error it has (a missing file, a bad folder name).
  const error = bundle.problems.find((p) => p.severity === 'error' && (!bundle.case || readByStatus(bundle, p.file)));
  return error ? { ...status, error } : status;
}

const readByStatus = (bundle: CaseBundle, file: string): boolean =>
  file === caseFilePath(bundle.slug) ||
  file === `${bundle.dir}/agreement.yaml` ||
  file === `${bundle.dir}/aop` ||
  bundle.aops.some((a) => a.file === file);

/**
 * A termination by notice not yet in effect on `today`: until its `end.date` (the notice period run
 * out) the agreement is in force and the case open (domain.md: termination by written notice).
 */
export function pendingEnd(c: CaseFile, today: string): CaseStatus['ending'] {
  const end = c.end;
  if (end?.state !== 'terminated' || end.date <= today) return undefined;
  return { date: end.date, ...(end.notice ? { notice: end.notice.date } : {}) };
}

/**
 * How a case was closed: its recorded end, or the counterpart's answer that ends it (a refusal, or no
 * answer at all); undefined while it is open, as it is on `today` while a termination is pending
 * (pendingEnd). Without `today` (a case never signed, which no notice ends), any recorded end closes it.
 */
export function caseClosure(c: CaseFile, today?: string): CaseStatus['closed'] {
  const outcome = c.steps?.response?.outcome;
  if (today !== undefined && pendingEnd(c, today)) return undefined;
  return c.end
    ? { state: c.end.state, date: c.end.date }
    : outcome === 'declined' || outcome === 'no-answer'
      ? {
          state: outcome === 'declined' ? 'declined' : 'withdrawn',
          ...(c.steps?.response?.date ? { date: c.steps.response.date } : {}),
        }
      : undefined;
}

/** A case's status with nothing derived: its slug for a name, no steps (a case that did not load). */
export const bareStatus = (bundle: CaseBundle): CaseStatus => ({
  slug: bundle.slug,
  city: bundle.slug,
  cityIn: { es: bundle.slug, en: bundle.slug },
  progress: { done: 0, total: 0 },
  steps: [],
  next: [],
  late: [],
});

/**
 * Whether an open Phase 1 step opened after `since` (a case's letter): linkage.yaml holds the current
 * liaison and the latest administration's plan, so a liaison appointed, or an administration that
 * took office without its plan recorded yet, after that day was no prerequisite of the case's steps.
 */
export function openedAfter(s: StepStatus, config: WorkspaceFile | null, since: string | undefined): boolean {
  const later = (date: string | undefined) => since !== undefined && date !== undefined && since < date;
  return s.id === 'liaison'
    ? later(config?.liaison?.appointed)
    : later(config?.administrations.at(-1)?.period.start) && s.missing.every((f) => f.path[0] === 'administrations');
}

function readStatus(ws: Workspace, bundle: CaseBundle, today: string, shared: WorkspaceDerivation): CaseStatus {
  const c = bundle.case;
  const base = bareStatus(bundle);
  if (!c) return base;
  const ctx: StepContext = { ws, bundle, today };
  // Status reports what is already late; the calendar (process/deadlines.ts) shows the same items ahead.
  const isLate = (item: LateItem) => today > item.due;
  const closedBy = caseClosure(c, today);
  const all = shared.steps;
  const wsSteps = shared.workspaceSteps;
  const steps = all.filter((s) => s.scope === 'case').map((s) => stateOf(s, ctx, closedBy !== undefined));
  const counted = steps.filter((s) => s.state !== 'not-applicable');
  const progress = {
    done: counted.filter((s) => s.state === 'done' || s.state === 'skipped').length,
    total: counted.length,
  };
  const city = inLanguage(c.counterpart.city, 'es') ?? bundle.slug;

  const status: CaseStatus = {
    ...base,
    city,
    cityIn: bilingual(c.counterpart.city),
    country: c.counterpart.country,
    kind: c.kind,
    steps,
    progress,
    late: [],
  };
  const lastContact = maxDate([...(c.contactLog ?? []).map((e) => e.date), ...counterpartActs(c).map((a) => a.date)]);
  if (lastContact) status.lastContact = lastContact;
  if (closedBy) {
    status.closed = closedBy;
    return status;
  }
  const ending = pendingEnd(c, today);
  if (ending) status.ending = ending;

  const first = steps.find(isOpen);
  if (first) {
    // The letter needs the municipality's own Phase 1 done first. Once it is out, the case's own next
    // step leads whatever Phase 1 lacks (a liaison not on record): the SRE's opinion, a late answer, an
    // AOP stay what the case waits on; a letter sent too early is check's to say (process-order).
    const letterIndex = steps.findIndex((s) => s.id === 'letter');
    const letter = steps[letterIndex];
    const needsPhase1 = steps.indexOf(first) >= letterIndex && letter?.state !== 'done';
    // A letter under way (dated, not yet complete) is not held back by a Phase 1 step left open by a
    // change after its date (a new liaison, an incoming administration's plan still to record).
    const letterDate = letter?.date;
    const blockers = needsPhase1
      ? wsSteps.filter(
          (s) => (s.id === 'liaison' || s.id === 'profile') && isOpen(s) && !openedAfter(s, ws.config, letterDate),
        )
      : [];
    status.next = blockers.length > 0 ? blockers : [first];
    status.phase = status.next[0]?.step.phase;
    const lead = status.next[0] as StepStatus;
    const waiting = lead.step.waiting?.(ctx);
    const since = maxDate(steps.filter((s) => s.state === 'done').map((s) => s.date));
    const moved = lead.step.movedSince?.(ctx) ?? since;
    status.move = waiting ?? { actor: lead.step.actor, ...(moved ? { since: moved } : {}) };
    const followUp = followUpDue(ctx, lead);
    if (followUp) status.nextDue = followUp.due;
    if (followUp && isLate(followUp)) status.late.push(followUp);
  } else {
    status.phase = 4;
  }
  const amendments = amendmentsDue(ctx);
  if (amendments[0]) {
    const pending = amendmentUnderWay(ctx, amendments[0]);
    status.amendment = pending;
    // With every step done, the amendment's opinion or registration is what the case waits on.
    if (!first) status.move = { actor: pending.actor, since: pending.since };
  }

  status.late.push(...amendments.filter(isLate));
  status.late.push(...instrumentationDue(ctx).filter(isLate));
  status.late.push(...contactDue(ctx, lastContact).filter(isLate));
  return status;
}

/**
 * When to follow up on a step that waits on someone else (the date recorded, else its interval), or
 * on one the municipality owes since a given day (its interval from that day: the registration).
 */
export function followUpDue(ctx: StepContext, lead: StepStatus): LateItem | undefined {
  const since = lead.step.waiting?.(ctx)?.since ?? lead.step.owedSince?.(ctx);
  if (!since) return undefined;
  const c = ctx.bundle?.case ?? null;
  const days = followUpDays(lead.step, ctx.ws.config);
  const explicit =
    lead.id === 'response'
      ? c?.steps?.letter?.followUpOn
      : lead.id === 'sre-opinion'
        ? lastRound(c)?.followUpOn
        : lead.id === 'registration'
          ? c?.steps?.registration?.followUpOn
          : undefined;
  const due = explicit ?? (days !== undefined ? addDays(since, days) : undefined);
  return due ? { kind: 'follow-up', step: lead.id, due } : undefined;
}

/**
 * What each amendment waits on, with the day to follow it up (the law sets no deadline: LSCT art. 7):
 * - sent to the SRE and not yet answered (`amendment`): its last round's `followUpOn`, else the SRE
 *   opinion step's interval from the day it was sent;
 * - signed, its copy still to be sent for registration (`amendment-registration`): the municipality's
 *   move, due the registration step's interval after its signature, as the agreement's copy is;
 * - its copy sent and the SRE's acuse not recorded (`amendment-acuse`): its registration's
 *   `followUpOn`, else the same interval from the day it was sent.
 * An amendment whose last round has its dictamen and is not signed, or whose acuse is recorded,
 * waits on nobody.
 */
export function amendmentsDue(ctx: StepContext): LateItem[] {
  const amendments = ctx.bundle?.case?.amendments;
  if (!amendments) return [];
  const interval = (id: string) => {
    const step = BUILTIN_STEPS.find((s) => s.id === id);
    return step ? followUpDays(step, ctx.ws.config) : undefined;
  };
  const sreDays = interval('sre-opinion');
  const registrationDays = interval('registration');
  const after = (since: string, days: number | undefined) => (days !== undefined ? addDays(since, days) : undefined);
  const due: LateItem[] = [];
  for (const amendment of amendments) {
    const registration = amendment.registration;
    if (amendment.signed) {
      if (registration?.acuse) continue;
      const kind = registration?.date ? 'amendment-acuse' : 'amendment-registration';
      const day = registration?.followUpOn ?? after(registration?.date ?? amendment.signed, registrationDays);
      if (day) due.push({ kind, due: day, id: amendment.id });
      continue;
    }
    const round = amendment.rounds?.at(-1);
    if (!round?.submitted || round.dictamen) continue;
    const day = round.followUpOn ?? after(round.submitted, sreDays);
    if (day) due.push({ kind: 'amendment', due: day, id: amendment.id });
  }
  return due;
}

/**
 * What an amendment waits on, whose move it is and since when (`item` from amendmentsDue): the SRE's
 * opinion since its last round was sent, as the agreement's sre-opinion step waits; its copy for
 * registration, the municipality's since its signature; the SRE's acuse since the copy was sent.
 */
function amendmentUnderWay(ctx: StepContext, item: LateItem): NonNullable<CaseStatus['amendment']> {
  const amendment = ctx.bundle?.case?.amendments?.find((a) => a.id === item.id);
  const id = item.id as string;
  if (item.kind === 'amendment') {
    return { id, waits: 'opinion', actor: 'sre', since: amendment?.rounds?.at(-1)?.submitted as string, due: item.due };
  }
  const sent = amendment?.registration?.date;
  return sent
    ? { id, waits: 'acuse', actor: 'sre', since: sent, due: item.due }
    : { id, waits: 'registration', actor: 'municipio', since: amendment?.signed as string, due: item.due };
}

/**
 * The AOP due for each year in force that has none approved, and the results due for each closed year that
 * lacks them, up to `ctx.today`'s year: late or not. A year whose AOP file does not load owes
 * neither: its file's own error says what is wrong (status, handover and calendar would otherwise
 * call a program overdue that is only unreadable).
 */
export function instrumentationDue(ctx: StepContext): LateItem[] {
  const due: LateItem[] = [];
  const aopOf = (year: number) => ctx.bundle?.aops.find((a) => a.year === year);
  // An agreement that ended (or whose fixed term expired) by a program's due day owes none (owesAop).
  const end = agreementEnd(ctx);
  for (const year of yearsInForce(ctx)) {
    // A draft not yet approved is still owed; a file that does not load is its own error.
    const aop = aopOf(year);
    if (aop && (!aop.data || aop.data.approved !== undefined)) continue;
    const aopDay = aopDue(ctx, year) as string;
    if (owesAop(end, aopDay)) due.push({ kind: 'aop', step: 'aop', due: aopDay, year });
  }
  for (const year of closedYears(ctx)) {
    const aop = aopOf(year);
    if ((aop && !aop.data) || aopHasResults(aop)) continue;
    due.push({ kind: 'results', step: 'results', due: resultsDue(ctx, year), year });
  }
  return due;
}

/** What the counterpart itself did on record (its answer, its signature): contact, as a log entry is. */
export function counterpartActs(
  c: CaseFile,
): { act: 'response' | 'signature'; date: string; path: (string | number)[] }[] {
  const acts = [
    { act: 'response' as const, date: c.steps?.response?.date, path: ['steps', 'response', 'date'] },
    {
      act: 'signature' as const,
      date: c.steps?.signature?.counterpart?.date,
      path: ['steps', 'signature', 'counterpart', 'date'],
    },
  ];
  return acts.filter((a): a is (typeof acts)[number] & { date: string } => typeof a.date === 'string');
}

/**
 * The next contact due (N months after the last contact, `lastContact` as CaseStatus has it, or after
 * the letter), once the letter went out; and the follow-up the latest contact-log entry set (whenever
 * it was set: before the letter too).
 */
export function contactDue(ctx: StepContext, lastContact: string | undefined): LateItem[] {
  const c = ctx.bundle?.case;
  if (!c) return [];
  const due: LateItem[] = [];
  const letter = c.steps?.letter?.date;
  const months = ctx.ws.config?.settings?.contactWarningMonths ?? 6;
  const since = maxDate([lastContact, letter]) as string;
  if (letter) due.push({ kind: 'contact', due: addMonths(since, months) });
  const entries = [...(c.contactLog ?? [])].sort((a, b) => (a.date < b.date ? -1 : 1));
  const followUp = entries.at(-1)?.followUpOn;
  if (followUp) due.push({ kind: 'follow-up', due: followUp });
  return due;
}

/** Steps as plain JSON: by id, with their missing facts by index. */
export type StoredSteps = [id: string, state: StepState, missing: number[], date?: string][];

export const storeSteps = (steps: StepStatus[]): StoredSteps =>
  steps.map((s) => [
    s.id,
    s.state,
    s.missing.map((f) => s.step.facts.indexOf(f)),
    ...(s.date !== undefined ? [s.date] : []),
  ]) as StoredSteps;

/**
 * A case's status as plain JSON, for the memo in .linkage-cache/: its steps stored, and each `next`
 * step as a reference into the case's steps or the workspace's.
 */
export interface StoredStatus extends Omit<CaseStatus, 'steps' | 'next' | 'error'> {
  steps: StoredSteps;
  next: [scope: 'case' | 'workspace', index: number][];
}

export function storeStatus(status: CaseStatus, shared: WorkspaceDerivation): StoredStatus {
  const { steps, next, error: _, ...rest } = status;
  return {
    ...rest,
    steps: storeSteps(steps),
    next: next.map((s) => {
      const i = steps.indexOf(s);
      return i >= 0 ? ['case', i] : ['workspace', shared.workspaceSteps.indexOf(s)];
    }),
  };
}

/** The workspace's steps by id, made once per derivation (not once per restored case). */
const stepsById = new WeakMap<WorkspaceDerivation, Map<string, StepDef>>();

/** Steps back from their stored form; undefined when they do not fit the workspace's steps. */
export function restoreSteps(stored: StoredSteps, shared: WorkspaceDerivation): StepStatus[] | undefined {
  let byId = stepsById.get(shared);
  if (!byId) {
    byId = new Map(shared.steps.map((s) => [s.id, s]));
    stepsById.set(shared, byId);
  }
  // Plain loops, no spread per step: a warm status of 1,000 cases restores 12,000 steps.
  const steps: StepStatus[] = [];
  for (let k = 0; k < stored.length; k++) {
    const [id, state, missing, date] = stored[k] as StoredSteps[number];
    const step = byId.get(id);
    if (!step) return undefined;
    const facts: FactDef[] = [];
    for (let m = 0; m < missing.length; m++) {
      const fact = step.facts[missing[m] as number];
      if (fact === undefined) return undefined;
      facts.push(fact);
    }
    const restored: StepStatus = { id, step, state, missing: facts };
    if (date !== undefined) restored.date = date;
    steps.push(restored);
  }
  return steps;
}

/** The status back from its stored form; undefined when it does not fit the current steps. */
export function restoreStatus(stored: StoredStatus, shared: WorkspaceDerivation): CaseStatus | undefined {
  const steps = restoreSteps(stored.steps, shared);
  if (!steps) return undefined;
  const next: StepStatus[] = [];
  for (const [scope, i] of stored.next) {
    const s = scope === 'case' ? steps[i] : shared.workspaceSteps[i];
    if (!s) return undefined;
    next.push(s);
  }
  return { ...stored, steps, next };
}
