// `linkage next` for Phase 4's `aop` and `results` steps. The `aop` step starts the year's program the
// way `linkage aop new` does (the previous year's unfinished activities carried over), asks its
// objectives and follow-up before the file exists, then adds activities in a loop. The `results` step
// asks, for a closed year, each indicator's result, what each budget line spent, how each activity
// ended (its status), and the evaluation.
import type { Answers, FieldPath } from '../commands/answers.js';
import { aopPlanFor, planAopNew } from '../commands/aop.js';
import { formatNumber } from '../intl.js';
import {
  type AgreementTerm,
  agreementTerm,
  aopSpan,
  closingStatus,
  indicatorMet,
  outsideTerm,
} from '../process/aop.js';
import { yearOf } from '../process/dates.js';
import { checkCurrency } from '../process/rules/iso-codes.js';
import {
  aopHasResults,
  closedYears,
  resultsDue,
  type StepContext,
  type StepDef,
  yearsInForce,
} from '../process/steps.js';
import { inLanguage, langMap } from '../workspace/hash.js';
import type { CaseBundle } from '../workspace/load.js';
import { slugify } from '../workspace/paths.js';
import type { AopFile, LangTextValue } from '../workspace/schema.js';
import { validateFile } from '../workspace/validate.js';
import { applyPlan } from '../workspace/write.js';
import { offerDocument, type StepOutcome } from './case-steps.js';
import { type CaseFlow, caseOf, currentView, stepHeader } from './context.js';
import type { Session, Target } from './session.js';
import { enumChoices } from './workspace-steps.js';

type Activity = AopFile['activities'][number];

const SOURCES = ['municipal', 'counterpart', 'third-party', 'in-kind'] as const;
const STATUSES = ['planned', 'in-progress', 'done', 'postponed', 'cancelled'] as const;

const textIn = (v: LangTextValue | undefined, lang: string): string => inLanguage(v, lang) ?? '';

/** The case as the files now stand, for the years in force and the programs there are. */
function caseNow(f: CaseFlow): { bundle: CaseBundle; sctx: StepContext } {
  const ws = currentView(f, f.slug);
  const bundle = ws.cases[0] as CaseBundle;
  return { bundle, sctx: { ws, bundle, today: f.s.today } };
}

/** Where a program's answers sit in a `next` answers file: under `aop:`, with the program's `year`. */
export const AOP_ANSWERS_KEY = 'aop';

/**
 * The year's AOP as a session target (one per file and run). A program without a file yet starts as
 * `linkage aop new` starts it (last year's unfinished activities carried), without the objectives and
 * follow-up, which are asked; it is held until whole.
 */
export function aopTargetFor(f: CaseFlow, year: number): Target {
  const file = `${f.bundle.dir}/aop/${year}.yaml`;
  const open = f.s.targets.find((t) => t.file === file);
  if (open) return open;
  const { bundle, sctx } = caseNow(f);
  const entry = bundle.aops.find((a) => a.year === year);
  const t = f.s.open(file, 'aop', { hold: !entry });
  t.langs = f.case.langs;
  t.answersAt = [AOP_ANSWERS_KEY];
  if (!entry) {
    const { objectives: _objectives, followUp: _followUp, ...carried } = planAopNew(sctx.ws, f.slug, year).value;
    t.base = carried as unknown as Answers;
  }
  return t;
}

/** The year of an AOP target, from its file name. */
export const aopYearOf = (t: Target): number => Number(/(\d{4})\.yaml$/.exec(t.file)?.[1]);

/** A new program given in the answers file: the `aop` step works on its year. */
export const answeredNewAop = (s: Session): Target | undefined =>
  s.targets.find((t) => t.kind === 'aop' && !t.exists && t.touched.length > 0);

/** A currency the schema and ISO 4217 accept, or why not. */
function currencyCheck(s: Session) {
  return (code: string): string | undefined => {
    if (!/^[A-Z]{3}$/.test(code)) return s.explain('schema.pattern.currency');
    const verdict = checkCurrency(code);
    if (verdict.ok) return undefined;
    return verdict.suggestion
      ? s.explain('rule.iso-codes.currency-suggestion', { code, suggestion: verdict.suggestion })
      : s.explain('rule.iso-codes.currency', { code });
  };
}

/**
 * "Add another?" over a list that may already hold items (carried activities): a half-answered last
 * item is finished first. Each question is `optIn`'s, so a resumed run does not ask again what an
 * interrupted one was told.
 */
async function addLoop(
  s: Session,
  t: Target,
  path: FieldPath,
  messages: { first: string; another: string },
  item: (index: number) => Promise<boolean>,
): Promise<void> {
  const count = () => ((s.valueAt(t, path) as unknown[] | undefined) ?? []).length;
  const n = count();
  const last = [...path, n - 1];
  if (n > 0 && t.pending.some((p) => last.every((k, i) => p.path[i] === k))) {
    if (!(await item(n - 1))) return;
  }
  while (await s.optIn(t, [...path, count()], count() > 0 ? messages.another : messages.first)) {
    const before = count();
    if (!(await item(before)) || count() === before) return;
  }
}

/**
 * The year the `aop` step works on: the first year in force without an approved program (a draft is
 * asked its approval), else the latest.
 */
function yearToPlan(f: CaseFlow): number {
  const { bundle, sctx } = caseNow(f);
  const years = yearsInForce(sctx);
  const agreed = (y: number) => bundle.aops.some((a) => a.year === y && (!a.data || a.data.approved));
  return years.find((y) => !agreed(y)) ?? years.at(-1) ?? yearOf(f.s.today);
}

export async function askAop(f: CaseFlow, step: StepDef): Promise<StepOutcome> {
  const { s } = f;
  stepHeader(f, step);
  const answered = answeredNewAop(s);
  const year = answered ? aopYearOf(answered) : yearToPlan(f);
  const { bundle, sctx } = caseNow(f);
  const entry = bundle.aops.find((a) => a.year === year);
  const file = `${f.bundle.dir}/aop/${year}.yaml`;
  if (entry && !entry.data) {
    s.say(`  ${s.t('prompts.aop.invalid', { file })}`);
    return 'waiting';
  }
  const areas = caseOf(f).areas ?? [];
  if (areas.length === 0) {
    s.say(`  ${s.t('prompts.aop.no-areas', { slug: f.slug })}`);
    return 'waiting';
  }
  const t = aopTargetFor(f, year);
  const term = agreementTerm(bundle);
  s.say(`  ${s.t('prompts.aop.year', { year, file })}`);
  // A new program is written once it is whole, at the end of the step: until then its answers wait
  // in the draft, so an interrupted run leaves no half program and the step stays open to resume.
  const start = t.exists ? undefined : planAopNew(sctx.ws, f.slug, year);
  if (start) {
    if (start.from !== undefined)
      s.say(`  ${s.t('prompts.aop.carried', { from: start.from, count: start.carried.length })}`);
    await askObjectives(s, t, start.value);
    const followUp = await s.langText({
      target: t,
      path: ['followUp'],
      message: s.t('q.aop.followUp'),
      default: langMap(start.value.followUp),
    });
    if (followUp === undefined) return 'asked';
  }
  // The step's date, and what the 60-day rule for the first program compares with the signature.
  await s.date({
    target: t,
    path: ['approved'],
    message: s.t('q.aop.approved'),
    optional: true,
    blank: s.t('q.aop.approved.blank'),
  });
  await addLoop(
    s,
    t,
    ['activities'],
    { first: s.t('q.aop.activity.first'), another: s.t('q.aop.activity.another') },
    (i) => askActivity(s, t, i, areas, term),
  );
  if (start) {
    const value = s.value(t) as unknown as AopFile;
    // Without a terminal a question may have gone unanswered: the answers stay in the draft.
    if (validateFile('aop', value).some((i) => i.severity === 'error')) return 'asked';
    applyPlan(aopPlanFor(sctx.ws.root, file, value));
    s.reopen(t);
  }
  offerDocument(s, 'aop', f.slug);
  return 'asked';
}

/** The objectives, each carried one offered in turn (Enter keeps it), then "another?". */
async function askObjectives(s: Session, t: Target, start: AopFile): Promise<void> {
  const count = () => ((s.valueAt(t, ['objectives']) as unknown[] | undefined) ?? []).length;
  const ask = async (i: number) => {
    const carried = start.objectives[i];
    return s.langText({
      target: t,
      path: ['objectives', i],
      message: s.t('q.aop.objective', { n: i + 1 }),
      ...(carried !== undefined ? { default: langMap(carried) } : {}),
    });
  };
  const offered = Math.max(start.objectives.length, count(), 1);
  for (let i = 0; i < offered; i++) if ((await ask(i)) === undefined) return;
  while (await s.optIn(t, ['objectives', count()], s.t('q.aop.objective.another'))) {
    if ((await ask(count())) === undefined) return;
  }
}

async function askActivity(
  s: Session,
  t: Target,
  i: number,
  areas: NonNullable<ReturnType<typeof caseOf>['areas']>,
  term: AgreementTerm,
): Promise<boolean> {
  const p: FieldPath = ['activities', i];
  const aop = s.value(t) as unknown as AopFile;
  const span = aopSpan(aop);
  const taken = aop.activities.filter((_, k) => k !== i).map((a) => a.id);
  let def = `A${String(aop.year).slice(2)}-${i + 1}`;
  for (let n = i + 2; taken.includes(def); n++) def = `A${String(aop.year).slice(2)}-${n}`;
  const id = await s.text({
    target: t,
    path: [...p, 'id'],
    message: s.t('q.aop.activity.id'),
    default: def,
    check: (v) => (taken.includes(v) ? s.t('prompts.aop.id-taken', { id: v }) : undefined),
  });
  if (id === undefined) return false;
  await s.langText({ target: t, path: [...p, 'title'], message: s.t('q.aop.activity.title') });
  await s.select({
    target: t,
    path: [...p, 'area'],
    message: s.t('q.aop.activity.area'),
    choices: areas.map((a) => ({ value: a.id, name: `${a.id} · ${textIn(a.title, s.lang)}` })),
  });
  await s.langText({
    target: t,
    path: [...p, 'responsible', 'municipality'],
    message: s.t('q.aop.activity.responsible.municipality'),
  });
  await s.langText({
    target: t,
    path: [...p, 'responsible', 'counterpart'],
    message: s.t('q.aop.activity.responsible.counterpart'),
  });
  const inside = (field: 'start' | 'end') => (v: string) => {
    if (v < span.start || v > span.end)
      return s.explain('rule.aop-activity-dates', { activity: id, date: v, field, start: span.start, end: span.end });
    const beyond = outsideTerm(term, id, field, v);
    return beyond ? s.explain(beyond.id, beyond.params) : undefined;
  };
  const start = await s.date({
    target: t,
    path: [...p, 'start'],
    message: s.t('q.aop.activity.start'),
    check: inside('start'),
  });
  await s.date({
    target: t,
    path: [...p, 'end'],
    message: s.t('q.aop.activity.end'),
    ...(start ? { default: start } : {}),
    check: (v) =>
      inside('end')(v) ??
      (start && v < start ? s.explain('rule.aop-activity-dates.order', { activity: id, start, end: v }) : undefined),
  });
  await s.langText({ target: t, path: [...p, 'deliverable'], message: s.t('q.aop.activity.deliverable') });
  await addLoop(
    s,
    t,
    [...p, 'budget'],
    { first: s.t('q.aop.budget.first'), another: s.t('q.aop.budget.another') },
    async (k) => {
      const b: FieldPath = [...p, 'budget', k];
      const source = await s.select({
        target: t,
        path: [...b, 'source'],
        message: s.t('q.aop.budget.source'),
        choices: enumChoices(s, 'source', SOURCES),
      });
      if (source === undefined) return false;
      await s.number({ target: t, path: [...b, 'amount'], message: s.t('q.aop.budget.amount') });
      await s.text({
        target: t,
        path: [...b, 'currency'],
        message: s.t('q.aop.budget.currency'),
        default: 'MXN',
        normalize: (v) => v.toUpperCase(),
        check: currencyCheck(s),
      });
      return true;
    },
  );
  await addLoop(
    s,
    t,
    [...p, 'indicators'],
    { first: s.t('q.aop.indicator.first'), another: s.t('q.aop.indicator.another') },
    async (k) => {
      const q: FieldPath = [...p, 'indicators', k];
      const name = await s.langText({ target: t, path: [...q, 'name'], message: s.t('q.aop.indicator.name') });
      if (name === undefined) return false;
      const ids = ((s.valueAt(t, [...p, 'indicators']) as { id?: string }[]) ?? [])
        .filter((_, j) => j !== k)
        .map((x) => x.id);
      if (s.valueAt(t, [...q, 'id']) === undefined) {
        const stem = slugify(textIn(name, 'es'), 'x').replace(/-x$/, '').slice(0, 40).replace(/-+$/, '') || 'indicador';
        let indicator = stem;
        for (let n = 2; ids.includes(indicator); n++) indicator = `${stem}-${n}`;
        s.put(t, [...q, 'id'], indicator);
      }
      await s.langText({ target: t, path: [...q, 'unit'], message: s.t('q.aop.indicator.unit') });
      await s.number({ target: t, path: [...q, 'baseline'], message: s.t('q.aop.indicator.baseline'), optional: true });
      await s.number({ target: t, path: [...q, 'target'], message: s.t('q.aop.indicator.target') });
      return true;
    },
  );
  await s.select({
    target: t,
    path: [...p, 'status'],
    message: s.t('q.aop.activity.status'),
    choices: enumChoices(s, 'activity-status', STATUSES),
    default: 'planned',
  });
  return true;
}

export async function askResults(f: CaseFlow, step: StepDef): Promise<StepOutcome> {
  const { s } = f;
  stepHeader(f, step);
  // The closed year to evaluate: the first without results, else (revisiting) the latest.
  const { bundle, sctx } = caseNow(f);
  const years = closedYears(sctx);
  const year = years.find((y) => !aopHasResults(bundle.aops.find((a) => a.year === y))) ?? years.at(-1);
  if (year === undefined) {
    const first = yearsInForce(sctx)[0] ?? yearOf(s.today);
    s.say(`  ${s.t('prompts.results.not-yet', { year: first, due: resultsDue(sctx, first) })}`);
    return 'waiting';
  }
  const entry = bundle.aops.find((a) => a.year === year);
  if (!entry?.data) {
    const file = entry?.file ?? `${f.bundle.dir}/aop/${year}.yaml`;
    s.say(`  ${s.t(entry ? 'prompts.aop.invalid' : 'prompts.results.no-aop', { file, year, slug: f.slug })}`);
    return 'waiting';
  }
  const t = aopTargetFor(f, entry.year);
  s.say(`  ${s.t('prompts.results.year', { year: entry.year, file: entry.file })}`);
  const activities = (s.value(t) as unknown as AopFile).activities;
  for (const [i, a] of activities.entries()) {
    s.say(`  ${s.t('prompts.results.activity', { id: a.id, title: textIn(a.title, s.lang) })}`);
    for (const [k, indicator] of (a.indicators ?? []).entries()) {
      await s.number({
        target: t,
        path: ['activities', i, 'indicators', k, 'actual'],
        message: s.t('q.aop.actual', {
          name: textIn(indicator.name, s.lang),
          unit: textIn(indicator.unit, s.lang),
          target: indicator.target,
        }),
      });
    }
    for (const [k, line] of (a.budget ?? []).entries()) await askExecuted(s, t, i, k, line);
    await askClosingStatus(s, t, i, entry.year);
  }
  await s.langText({ target: t, path: ['results', 'narrative'], message: s.t('q.aop.narrative') });
  await s.langText({ target: t, path: ['results', 'nextSteps'], message: s.t('q.aop.nextSteps') });
  await s.date({ target: t, path: ['results', 'evaluated'], message: s.t('q.aop.evaluated'), default: s.today });
  offerDocument(s, 'aop-report', f.slug);
  return 'asked';
}

/**
 * How the activity ended the year, asked once its results are in: the recorded status offered, or for
 * one still planned or in progress what its results suggest (process/aop.ts closingStatus), and why.
 * Without a terminal a recorded status stands; one still `planned` is listed as missing.
 */
function askClosingStatus(s: Session, t: Target, i: number, year: number): Promise<Activity['status'] | undefined> {
  const a = s.valueAt(t, ['activities', i]) as Activity;
  const closing = closingStatus(a);
  return s.select({
    target: t,
    path: ['activities', i, 'status'],
    message: s.t(closing.reason ? `q.aop.status.${closing.reason}` : 'q.aop.status', {
      id: a.id,
      year,
      status: s.t(`enum.activity-status.${a.status}`),
      met: (a.indicators ?? []).filter(indicatorMet).length,
      indicators: (a.indicators ?? []).length,
    }),
    choices: enumChoices(s, 'activity-status', STATUSES),
    suggest: () => closing.status,
    again: { stale: (status) => status === 'planned' },
  });
}

function askExecuted(
  s: Session,
  t: Target,
  i: number,
  k: number,
  line: NonNullable<Activity['budget']>[number],
): Promise<number | undefined> {
  return s.number({
    target: t,
    path: ['activities', i, 'budget', k, 'executed'],
    message: s.t('q.aop.executed', {
      source: s.t(`enum.source.${line.source}`),
      amount: formatNumber(line.amount, s.lang),
      currency: line.currency,
    }),
    default: line.amount,
    optional: true,
  });
}
