// `linkage log <case>`: contact with the partner happens weekly, not per step, so adding an entry to
// the contact log (or a mission) is one short command. Entries are only ever added.
import {
  type Answers,
  type AnswersSource,
  answersError,
  type FieldPath,
  isPlainObject,
  locateAnswer,
  mergeAnswers,
  reviewAnswers,
} from '../commands/answers.js';
import { UserError } from '../errors.js';
import { countryName } from '../intl.js';
import { message } from '../ui/i18n.js';
import type { Workspace } from '../workspace/load.js';
import { validateFile } from '../workspace/validate.js';
import { cityName } from './case-steps.js';
import { type CaseFlow, caseFlow, type FlowOptions, makeSession } from './context.js';
import type { Session, Target } from './session.js';
import { enumChoices } from './workspace-steps.js';

export interface LogFlowOptions extends FlowOptions {
  ws: Workspace;
  slug: string;
  /** Record a mission (trip or visit) instead of a contact. */
  mission?: boolean;
  /** Record a diplomatic representation (embassy, consulate) instead of a contact. */
  representation?: boolean;
  /** Entries to add, shaped like case.yaml (`contactLog:`, `missions:`). */
  answers?: AnswersSource;
}

export interface LogFlowResult {
  session: Session;
  /** The entries this run added, shaped like case.yaml. */
  answers: Answers;
  added: number;
}

const CHANNELS = ['email', 'phone', 'video', 'meeting', 'visit', 'letter', 'other'] as const;
const KEYS = { contact: 'contactLog', mission: 'missions', representation: 'representations' } as const;
const TITLES = {
  contact: 'prompts.log.title',
  mission: 'prompts.log.mission-title',
  representation: 'prompts.log.representation-title',
} as const;
const ANOTHER = {
  contact: 'q.log.another',
  mission: 'q.mission.another',
  representation: 'q.representation.another',
} as const;

export async function logFlow(o: LogFlowOptions): Promise<LogFlowResult> {
  const bundle = o.ws.cases.find((c) => c.slug === o.slug);
  if (!bundle?.case) throw new UserError('prompts.case-invalid', { slug: o.slug }, 2);
  const s = makeSession(o, o.ws, o.slug);
  const f = caseFlow(s, o.ws, bundle);
  const kind = o.representation ? 'representation' : o.mission ? 'mission' : 'contact';
  const key = KEYS[kind];
  // What the file holds now: an entry a draft left unfinished counts as added once it is saved.
  const start = {
    contactLog: saved(f.case, 'contactLog'),
    missions: saved(f.case, 'missions'),
    representations: saved(f.case, 'representations'),
  };

  if (o.answers && isPlainObject(o.answers.value) && Object.keys(o.answers.value).length > 0) {
    // Answers add entries: a contact log is never rewritten from a script, nor anything else in
    // case.yaml (a mayor's name merged into the recorded mayor would keep the previous one's record).
    const entries: string[] = Object.values(KEYS);
    const others = Object.keys(o.answers.value).filter((k) => !entries.includes(k));
    if (others.length > 0) {
      const source = o.answers;
      const issues = others.map((field) => ({
        id: 'answers.log-entries-only',
        params: { field, slug: o.slug, globals: s.globals },
        path: [field],
        ...locateAnswer(source, [field]),
      }));
      throw answersError({ missing: [], issues }, source, (id, params) => message(o.lang, id, params)) as UserError;
    }
    const merged = mergeAnswers(f.case.base, o.answers.value, { append: true });
    // Judged with the new entries first, so that what an entry lacks or gets wrong is named at its
    // place in the answers file; an entry with a required field missing is refused, not written.
    const judged = { ...merged };
    for (const key of Object.values(KEYS)) {
      const added = o.answers.value[key];
      if (Array.isArray(added)) judged[key] = [...added, ...((f.case.base[key] as unknown[] | undefined) ?? [])];
    }
    const given = o.answers.value;
    // What the file itself has (a key added by hand) is the file's, at its place after the new entries.
    const had = validateFile('case', f.case.base).map((issue) => {
      const [key, index, ...rest] = issue.path;
      const added = given[String(key)];
      if (!Array.isArray(added) || typeof index !== 'number') return issue;
      return { ...issue, path: [String(key), index + added.length, ...rest] };
    });
    const review = reviewAnswers({ kind: 'case', value: judged, source: o.answers, had });
    if (review.missing.length > 0 || review.issues.length > 0)
      throw answersError(review, o.answers, (id, params) => message(o.lang, id, params)) as UserError;
    f.case.base = merged;
    s.answered++;
    s.assign(f.case);
  } else {
    const ask = kind === 'representation' ? askRepresentation : kind === 'mission' ? askMission : askContact;
    s.say(`■ ${s.t(TITLES[kind], { city: cityName(f, s.lang) })}`);
    if (kind === 'representation') s.paragraph(s.t('prompts.log.representation-help'));
    s.say('');
    await ask(f, nextEntry(s, f.case, key));
    while (await s.more(s.t(ANOTHER[kind]))) await ask(f, nextEntry(s, f.case, key));
  }
  s.close();
  const answers: Answers = {};
  for (const k of ['contactLog', 'missions', 'representations'] as const) {
    const list = (f.case.base[k] as unknown[] | undefined) ?? [];
    if (list.length > start[k]) answers[k] = list.slice(start[k]);
  }
  const added = Object.values(answers).reduce<number>((n, v) => n + (v as unknown[]).length, 0);
  return { session: s, answers, added };
}

/** The entries of a list in the file (not those a draft holds). */
const saved = (t: Target, key: string) => ((t.base[key] as unknown[] | undefined) ?? []).length;

/**
 * Where the next entry goes: the entry a draft left unfinished (its answers are taken up again and
 * the questions go on from there), else a new one after the last.
 */
function nextEntry(s: Session, t: Target, key: string): number {
  const n = ((s.valueAt(t, [key]) as unknown[] | undefined) ?? []).length;
  return n > saved(t, key) && t.pending.some((p) => p.path[0] === key && p.path[1] === n - 1) ? n - 1 : n;
}

async function askContact(f: CaseFlow, i: number): Promise<void> {
  const { s, case: t } = f;
  const p: FieldPath = ['contactLog', i];
  const log = (f.case.base.contactLog as { who?: string }[] | undefined) ?? [];
  const date = await s.date({ target: t, path: [...p, 'date'], message: s.t('q.log.date'), default: s.today });
  if (date === undefined) return;
  await s.select({
    target: t,
    path: [...p, 'channel'],
    message: s.t('q.log.channel'),
    choices: enumChoices(s, 'contact', CHANNELS),
    default: 'email',
  });
  await s.text({ target: t, path: [...p, 'who'], message: s.t('q.log.who'), default: log.at(-1)?.who });
  await s.langText({ target: t, path: [...p, 'summary'], message: s.t('q.log.summary') });
  await s.date({ target: t, path: [...p, 'followUpOn'], message: s.t('q.log.followUpOn'), optional: true });
}

async function askMission(f: CaseFlow, i: number): Promise<void> {
  const { s, case: t } = f;
  const p: FieldPath = ['missions', i];
  const year = s.today.slice(0, 4);
  const ids = ((f.case.base.missions as { id?: string }[] | undefined) ?? []).map((m) => m.id);
  let n = i + 1;
  while (ids.includes(`mision-${year}-${n}`)) n++;
  await s.text({
    target: t,
    path: [...p, 'id'],
    message: s.t('q.mission.id'),
    default: `mision-${year}-${n}`,
    check: (v) => (ids.includes(v) ? s.t('prompts.id-taken', { id: v }) : undefined),
  });
  await s.select({
    target: t,
    path: [...p, 'direction'],
    message: s.t('q.mission.direction'),
    choices: enumChoices(s, 'direction', ['outbound', 'inbound'] as const),
  });
  const start = await s.date({ target: t, path: [...p, 'start'], message: s.t('q.mission.start') });
  await s.date({
    target: t,
    path: [...p, 'end'],
    message: s.t('q.mission.end'),
    ...(start ? { default: start } : {}),
    check: (v) => (start && v < start ? s.t('prompts.end-before-start', { start }) : undefined),
  });
  await s.langText({ target: t, path: [...p, 'place'], message: s.t('q.mission.place') });
  await s.langText({ target: t, path: [...p, 'purpose'], message: s.t('q.mission.purpose') });
  await s.loop({
    target: t,
    path: [...p, 'travellers'],
    required: true,
    first: s.t('q.mission.travellers.first'),
    another: s.t('q.mission.travellers.another'),
    item: async (k) => {
      const name = await s.text({
        target: t,
        path: [...p, 'travellers', k, 'name'],
        message: s.t('q.mission.traveller'),
      });
      if (name === undefined) return false;
      await s.langText({
        target: t,
        path: [...p, 'travellers', k, 'role'],
        message: s.t('q.mission.role'),
        optional: true,
      });
      return true;
    },
  });
  await s.loop({
    target: t,
    path: [...p, 'costs'],
    required: false,
    first: s.t('q.mission.costs.first'),
    another: s.t('q.mission.costs.another'),
    item: async (k) => {
      const c: FieldPath = [...p, 'costs', k];
      const source = await s.select({
        target: t,
        path: [...c, 'source'],
        message: s.t('q.mission.cost.source'),
        choices: enumChoices(s, 'source', ['municipal', 'counterpart', 'third-party', 'in-kind'] as const),
      });
      if (source === undefined) return false;
      await s.number({ target: t, path: [...c, 'amount'], message: s.t('q.mission.cost.amount') });
      await s.text({
        target: t,
        path: [...c, 'currency'],
        message: s.t('q.mission.cost.currency'),
        default: 'MXN',
        normalize: (v) => v.toUpperCase(),
      });
      return true;
    },
  });
  await s.langText({ target: t, path: [...p, 'results'], message: s.t('q.mission.results'), optional: true });
}

/** «Embajada de México en España», «Consulado de España en México»: a default name for each language. */
function representationName(f: CaseFlow, side: string, type: string, langs: string[]): Record<string, string> {
  const country = (f.case.base.counterpart as { country?: string } | undefined)?.country;
  const out: Record<string, string> = {};
  for (const l of langs) {
    const en = l !== 'es';
    const office =
      type === 'embassy' ? (en ? 'Embassy' : 'Embajada') : type === 'consulate' ? (en ? 'Consulate' : 'Consulado') : '';
    if (!office) continue;
    const mexico = en ? 'Mexico' : 'México';
    const other = country ? countryName(country, en ? 'en' : 'es') : '';
    const [of, at] = side === 'mexico' ? [mexico, other] : [other, mexico];
    if (!of || !at) continue;
    out[l] = en ? `${office} of ${of} in ${at}` : `${office} de ${of} en ${at}`;
  }
  return out;
}

/** The Mexican embassy or consulate in the counterpart's country, or the counterpart's in Mexico. */
async function askRepresentation(f: CaseFlow, i: number): Promise<void> {
  const { s, case: t } = f;
  const p: FieldPath = ['representations', i];
  const side = await s.select({
    target: t,
    path: [...p, 'side'],
    message: s.t('q.representation.side'),
    choices: enumChoices(s, 'side', ['mexico', 'counterpart'] as const),
    default: 'mexico',
  });
  if (side === undefined) return;
  const type = await s.select({
    target: t,
    path: [...p, 'type'],
    message: s.t('q.representation.type'),
    choices: enumChoices(s, 'representation', ['embassy', 'consulate', 'other'] as const),
    default: 'embassy',
  });
  if (type === undefined) return;
  const name = await s.langText({
    target: t,
    path: [...p, 'name'],
    message: s.t('q.representation.name'),
    default: () => representationName(f, side, type, s.docLangs),
  });
  if (name === undefined) return;
  await s.langText({ target: t, path: [...p, 'city'], message: s.t('q.representation.city'), optional: true });
  await s.text({ target: t, path: [...p, 'office', 'email'], message: s.t('q.representation.email'), optional: true });
  await s.text({ target: t, path: [...p, 'office', 'phone'], message: s.t('q.representation.phone'), optional: true });
  const contact = await s.text({
    target: t,
    path: [...p, 'contact', 'name'],
    message: s.t('q.representation.contact'),
    optional: true,
  });
  if (contact !== undefined)
    await s.text({ target: t, path: [...p, 'contact', 'email'], message: s.t('q.person.email'), optional: true });
}
