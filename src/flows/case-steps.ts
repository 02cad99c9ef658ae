// Phases 2–4 of a case, one function per step: each asks only what the step still lacks, with
// defaults from what the workspace and the case already know, and stops where the process waits on
// someone else ("has the answer arrived?").

import { effectiveAgreement } from '../agreement/effective.js';
import { frozenAgreement } from '../agreement/freeze.js';
import { type AnswerIssue, type Answers, type FieldPath, getIn, isPlainObject } from '../commands/answers.js';
import { defaultNature } from '../commands/new.js';
import { administrationIn, officialOn } from '../process/administrations.js';
import { addDays, isDate, maxDate } from '../process/dates.js';
import { outlivesCouncil } from '../process/rules/council-majority.js';
import { checkCountry, checkLanguage } from '../process/rules/iso-codes.js';
import {
  BUILTIN_STEPS,
  clearingDictamen,
  followUpDays,
  lastRound,
  reopensRound,
  type StepDef,
} from '../process/steps.js';
import { inLanguage, langMap } from '../workspace/hash.js';
import { caseSchemaRef, newYamlFile } from '../workspace/new-file.js';
import { slugify } from '../workspace/paths.js';
import type {
  AdministrationData,
  AgreementFile,
  LangTextValue,
  LocalStepData,
  SreRoundData,
  WorkspaceFile,
} from '../workspace/schema.js';
import { applyPlan } from '../workspace/write.js';
import { type CaseFlow, caseOf, configOf, stepHeader, type WorkspaceFlow } from './context.js';
import { isAnotherPerson } from './person.js';
import { type Session, setIn, type Target } from './session.js';
import { enumChoices, GENDERS } from './workspace-steps.js';

/** How a step ended in this run: done, or waiting on something that has not happened yet. */
export type StepOutcome = 'asked' | 'waiting';

export const cityName = (f: CaseFlow, lang: string) => inLanguage(caseOf(f).counterpart?.city, lang) ?? f.slug;

export function countryCheck(s: Session) {
  return (v: string): string | undefined => {
    if (!/^[A-Z]{2}$/.test(v)) return s.explain('schema.pattern.country');
    const verdict = checkCountry(v);
    if (verdict.ok) return undefined;
    return verdict.suggestion
      ? s.t('prompts.country-suggest', { code: v, suggestion: verdict.suggestion })
      : s.t('prompts.country-unknown', { code: v });
  };
}

export function languagesCheck(s: Session) {
  return (codes: string[]): string | undefined => {
    if (codes.length === 0) return s.t('prompts.required');
    for (const c of codes) {
      if (!/^[a-z]{2,3}$/.test(c)) return s.explain('schema.pattern.lang');
      const v = checkLanguage(c);
      if (!v.ok && !v.unverified)
        return v.suggestion
          ? s.t('prompts.language-suggest', { code: c, suggestion: v.suggestion })
          : s.t('prompts.language-unknown', { code: c });
    }
    return undefined;
  };
}

/**
 * The language most likely spoken in a country (CLDR's likely subtags: FR → fr, JP → ja), offered on
 * a terminal only: a country does not tell a city's languages reliably (Quebec, Catalonia, Bavaria's
 * neighbours), so --yes never takes it.
 */
function likelyLanguages(country: unknown): string[] | undefined {
  if (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country)) return undefined;
  try {
    const lang = new Intl.Locale(`und-${country}`).maximize().language;
    return lang === 'und' ? undefined : [lang];
  } catch {
    return undefined;
  }
}

const NATURES = ['foreign-local-government', 'international-organization', 'private', 'mexican-municipality'] as const;
const KINDS = ['sister-cities', 'cooperation'] as const;

/** `new`: what a case file needs to exist — the counterpart's names, languages and nature, the kind. */
export async function askCaseBasics(f: WorkspaceFlow, t: Target, city: string): Promise<void> {
  const { s } = f;
  if (s.valueAt(t, ['counterpart', 'city']) === undefined) s.put(t, ['counterpart', 'city'], { es: city });
  await s.langText({ target: t, path: ['counterpart', 'city'], message: s.t('q.counterpart.city') });
  await s.codes({
    target: t,
    path: ['counterpart', 'languages'],
    message: s.t('q.counterpart.languages'),
    check: languagesCheck(s),
    suggest: () => likelyLanguages(s.valueAt(t, ['counterpart', 'country'])),
  });
  await s.select({
    target: t,
    path: ['counterpart', 'nature'],
    message: s.t('q.counterpart.nature'),
    choices: enumChoices(s, 'nature', NATURES),
    default: defaultNature(s.valueAt(t, ['counterpart', 'country'])),
  });
  const kind = await s.select({
    target: t,
    path: ['kind'],
    message: s.t('q.kind'),
    choices: enumChoices(s, 'kind', KINDS),
    default: 'sister-cities',
  });
  // The topic of a cooperation agreement ("Acuerdo de Cooperación en materia de …").
  if (kind === 'cooperation') await s.langText({ target: t, path: ['topic'], message: s.t('q.topic') });
}

/**
 * The default title of the counterpart's mayor in each language it is known in: the counterpart's own
 * language (a French letter addresses «Maire de Saint-Étienne», not «Alcalde»), not the Spanish.
 */
export function mayorTitle(city: (lang: string) => string, gender: string | undefined): Record<string, string> {
  const es = gender === 'f' ? 'Alcaldesa' : gender === 'm' ? 'Alcalde' : 'Alcaldía';
  const fr = city('fr');
  const titles: Record<string, string> = {
    es: `${es} de ${city('es')}`,
    en: `Mayor of ${city('en')}`,
    // «Maire» for a woman or a man; «d'» before a vowel (Maire d'Angers).
    fr: `Maire ${/^[aeiouyàâäéèêëîïôöùûü]/i.test(fr) ? "d'" : 'de '}${fr}`,
  };
  if (gender === 'f' || gender === 'm') {
    titles.de = `${gender === 'f' ? 'Bürgermeisterin' : 'Bürgermeister'} von ${city('de')}`;
    titles.it = `${gender === 'f' ? 'Sindaca' : 'Sindaco'} di ${city('it')}`;
  }
  return titles;
}

const REASONS = ['shared-problem', 'migrant-community', 'complementary-strengths', 'other'] as const;

const MAYOR: FieldPath = ['counterpart', 'mayor'];
const FORMER_MAYORS: FieldPath = ['counterpart', 'formerMayors'];

const formerMayors = (value: Answers): unknown[] => {
  const list = getIn(value, FORMER_MAYORS);
  return Array.isArray(list) ? list : [];
};

/** The mayor `value` records, when `name` is another person's: the record that becomes a former mayor's. */
function replacedMayor(value: Answers, name: unknown): Answers | undefined {
  const mayor = getIn(value, MAYOR);
  return isPlainObject(mayor) && isAnotherPerson(mayor.name, name) ? mayor : undefined;
}

/**
 * When `from` is too early a first day for the mayor who follows the `former` terms (each of them
 * began and ended before it), the earliest that is not; undefined when `from` is late enough.
 */
function tooEarly(former: unknown[], from: string): string | undefined {
  const last = maxDate(former.flatMap((m) => (isPlainObject(m) ? [m.from, m.to] : [])).filter(isDate));
  const earliest = last === undefined ? undefined : addDays(last, 1);
  return earliest !== undefined && from < earliest ? earliest : undefined;
}

export interface MayorChange {
  /** case.yaml's value for the answers to merge into. */
  base: Answers;
  issues: Omit<AnswerIssue, 'line' | 'col'>[];
  /** The mayor moved to formerMayors, and their last day in office. */
  moved?: { previous: string; to: string };
}

/**
 * case.yaml ready for answers that name another person as the counterpart's mayor: the recorded
 * mayor goes to the end of formerMayors, their term ending the day before the new mayor's `from`
 * (which the answers must give), and none of their fields stays under the new name.
 */
export function forNewMayor(value: Answers, answers: Answers): MayorChange {
  const name = getIn(answers, [...MAYOR, 'name']);
  const replaced = replacedMayor(value, name);
  if (!replaced) return { base: value, issues: [] };
  const params = { name: String(name), previous: String(replaced.name) };
  const path = [...MAYOR, 'from'];
  const from = getIn(answers, path);
  if (from === undefined) return { base: value, issues: [{ id: 'answers.mayor-from', params, path }] };
  // Not a date: the schema says so.
  if (!isDate(from)) return { base: value, issues: [] };
  const earliest = tooEarly([...formerMayors(value), replaced], from);
  if (earliest)
    return { base: value, issues: [{ id: 'prompts.mayor.from-early', params: { ...params, date: earliest }, path }] };
  const to = addDays(from, -1);
  const base = setIn(setIn(value, FORMER_MAYORS, [...formerMayors(value), { ...replaced, to }]), MAYOR, {});
  return { base, issues: [], moved: { previous: params.previous, to } };
}

/**
 * The date the mayor `name` took office, when the last former mayor's term has no end yet (just
 * replaced, or in an earlier run interrupted here): it ends the day before.
 */
async function askMayorFrom(f: CaseFlow, name: string): Promise<void> {
  const { s, case: t } = f;
  const former = formerMayors(s.value(t));
  const last = former.at(-1);
  if (!isPlainObject(last) || last.to !== undefined) return;
  const previous = String(last.name);
  const from = await s.date({
    target: t,
    path: [...MAYOR, 'from'],
    message: s.t('q.mayor.from', { name, previous }),
    check: (v) => {
      const earliest = tooEarly(former, v);
      return earliest ? s.t('prompts.mayor.from-early', { name, previous, date: earliest }) : undefined;
    },
  });
  if (from === undefined) return;
  const to = addDays(from, -1);
  s.put(t, [...FORMER_MAYORS, former.length - 1, 'to'], to);
  s.say(`  ${s.t('prompts.mayor.former', { previous, to })}`);
}

export async function askCounterpart(f: CaseFlow, step: StepDef): Promise<StepOutcome> {
  const { s, case: t } = f;
  stepHeader(f, step);
  const before = s.value(t);
  // Another person: the recorded mayor becomes a former one, and the next questions offer nothing of
  // theirs. The file keeps the recorded mayor until their term has its end (the date below).
  const name = await s.holding(t, async () => {
    const given = await s.text({
      target: t,
      path: [...MAYOR, 'name'],
      message: s.t('q.mayor.name', { city: cityName(f, s.lang) }),
    });
    const replaced = replacedMayor(before, given);
    if (replaced) {
      s.put(t, FORMER_MAYORS, [...formerMayors(before), replaced]);
      s.put(t, MAYOR, { name: given });
    }
    return given;
  });
  if (name !== undefined) {
    await askMayorFrom(f, name);
    const gender = await s.select({
      target: t,
      path: ['counterpart', 'mayor', 'gender'],
      message: s.t('q.official.gender', { name }),
      choices: enumChoices(s, 'gender', GENDERS),
      optional: true,
    });
    await s.langText({
      target: t,
      path: ['counterpart', 'mayor', 'title'],
      message: s.t('q.mayor.title'),
      default: () => mayorTitle((lang) => cityName(f, lang), gender),
      optional: true,
    });
  }
  await s.loop({
    target: t,
    path: ['counterpart', 'contacts'],
    required: false,
    first: s.t('q.contacts.first', { city: cityName(f, s.lang) }),
    another: s.t('q.contacts.another'),
    item: async (i) => {
      const p: FieldPath = ['counterpart', 'contacts', i];
      const contact = await s.text({ target: t, path: [...p, 'name'], message: s.t('q.contact.name') });
      if (contact === undefined) return false;
      await s.text({ target: t, path: [...p, 'email'], message: s.t('q.person.email'), optional: true });
      await s.langText({ target: t, path: [...p, 'role'], message: s.t('q.contact.role'), optional: true });
      return true;
    },
  });
  await s.loop({
    target: t,
    path: ['reasons'],
    required: true,
    first: s.t('q.reasons.first'),
    another: s.t('q.reasons.another'),
    item: async (i) => {
      const type = await s.select({
        target: t,
        path: ['reasons', i, 'type'],
        message: s.t('q.reason.type'),
        choices: enumChoices(s, 'reason', REASONS),
      });
      if (type === undefined) return false;
      return (
        (await s.langText({ target: t, path: ['reasons', i, 'text'], message: s.t('q.reason.text') })) !== undefined
      );
    },
  });
  await askAreas(f);
  await s.date({
    target: t,
    path: ['steps', 'counterpart', 'date'],
    message: s.t('q.counterpart.date'),
    default: s.today,
  });
  return 'asked';
}

/**
 * The administrations whose plan the area picker offers: the one in office on `day` when its plan has
 * priorities (an ended plan's would draw area-plan-in-force at once), else every one, the latest first.
 */
function plansOffered(config: WorkspaceFile, day: string): AdministrationData[] {
  const admin = administrationIn(config, day);
  return admin && (admin.pmd?.priorities.length ?? 0) > 0 ? [admin] : [...(config.administrations ?? [])].reverse();
}

/** Areas of opportunity, each tied to a PMD priority: chosen from the plan in force's priority ids. */
async function askAreas(f: CaseFlow): Promise<void> {
  const { s, case: t } = f;
  const admins = plansOffered(configOf(f), s.today);
  const priorities = admins.flatMap((a) => (a.pmd?.priorities ?? []).map((p) => ({ ...p, admin: a.id })));
  if (priorities.length === 0) {
    s.say(`  ${s.t('prompts.no-priorities')}`);
    return;
  }
  await s.loop({
    target: t,
    path: ['areas'],
    required: true,
    first: s.t('q.areas.first'),
    another: s.t('q.areas.another'),
    item: async (i) => {
      const p: FieldPath = ['areas', i];
      const chosen = ((s.valueAt(t, ['areas']) as { priority?: string }[] | undefined) ?? []).map((a) => a.priority);
      const priority = await s.select({
        target: t,
        path: [...p, 'priority'],
        message: s.t('q.area.priority'),
        choices: priorities.map((x) => ({
          value: x.id,
          name: `${x.id} · ${inLanguage(x.title, s.lang) ?? ''}${chosen.includes(x.id) ? ` ${s.t('prompts.already-chosen')}` : ''}`,
        })),
      });
      if (priority === undefined) return false;
      const title = priorities.find((x) => x.id === priority)?.title;
      const got = await s.langText({
        target: t,
        path: [...p, 'title'],
        message: s.t('q.area.title'),
        default: title ? langMap(title) : undefined,
      });
      if (got === undefined) return false;
      if (s.valueAt(t, [...p, 'id']) === undefined) {
        const taken = ((s.valueAt(t, ['areas']) as { id?: string }[]) ?? []).map((a) => a.id);
        const stem =
          slugify(inLanguage(got, 'es') ?? priority, 'x')
            .replace(/-x$/, '')
            .slice(0, 40)
            .replace(/-+$/, '') || 'area';
        let id = stem;
        for (let n = 2; taken.includes(id); n++) id = `${stem}-${n}`;
        s.put(t, [...p, 'id'], id);
      }
      return true;
    },
  });
}

const CHANNELS = ['email', 'post', 'diplomatic', 'hand'] as const;

function stepById(id: string): StepDef {
  return BUILTIN_STEPS.find((x) => x.id === id) as StepDef;
}

export async function askLetter(f: CaseFlow, step: StepDef): Promise<StepOutcome> {
  const { s, case: t } = f;
  stepHeader(f, step);
  const sent = await s.gate(
    s.t('q.letter.sent', { city: cityName(f, s.lang) }),
    [{ target: t, path: ['steps', 'letter', 'date'], label: s.t('q.letter.date') }],
    true,
  );
  if (!sent) {
    s.say(`  ${s.t('prompts.letter.not-yet')}`);
    offerDocument(s, 'letter', f.slug);
    return 'waiting';
  }
  const date = await s.date({
    target: t,
    path: ['steps', 'letter', 'date'],
    message: s.t('q.letter.date'),
    default: s.today,
  });
  await s.select({
    target: t,
    path: ['steps', 'letter', 'channel'],
    message: s.t('q.letter.channel'),
    choices: enumChoices(s, 'channel', CHANNELS),
    default: 'email',
  });
  const days = configOf(f).settings?.followUpDays?.letter ?? followUpDays(stepById('response'), configOf(f)) ?? 45;
  await s.date({
    target: t,
    path: ['steps', 'letter', 'followUpOn'],
    message: s.t('q.followUpOn'),
    default: () => (date ? addDays(date, days) : undefined),
    optional: true,
  });
  return 'asked';
}

const OUTCOMES = ['accepted', 'declined', 'no-answer'] as const;

export async function askResponse(f: CaseFlow, step: StepDef): Promise<StepOutcome> {
  const { s, case: t } = f;
  stepHeader(f, step);
  const base: FieldPath = ['steps', 'response'];
  const arrived = await s.gate(s.t('q.response.arrived', { city: cityName(f, s.lang) }), [
    { target: t, path: [...base, 'date'], label: s.t('q.response.date') },
    { target: t, path: [...base, 'outcome'], label: s.t('q.response.outcome') },
  ]);
  if (!arrived) {
    waitingNote(f, 'contraparte', caseOf(f).steps?.letter?.date, caseOf(f).steps?.letter?.followUpOn);
    return 'waiting';
  }
  await s.date({ target: t, path: [...base, 'date'], message: s.t('q.response.date'), default: s.today });
  await s.select({
    target: t,
    path: [...base, 'outcome'],
    message: s.t('q.response.outcome'),
    choices: enumChoices(s, 'outcome', OUTCOMES),
  });
  await s.langText({ target: t, path: [...base, 'summary'], message: s.t('q.response.summary'), optional: true });
  return 'asked';
}

/** "Waiting on X since D; follow up on F": and how to note contacts meanwhile. */
function waitingNote(f: CaseFlow, actor: string, since: string | undefined, due: string | undefined): void {
  const { s } = f;
  s.say(`  ${s.t('prompts.waiting', { actor: s.t(`status.actor.${actor}`), since: since ?? '—' })}`);
  if (due) s.say(`  ${s.t(due < s.today ? 'prompts.follow-up-late' : 'prompts.follow-up', { date: due })}`);
  s.say(`  ${s.t('prompts.log-hint', { command: s.command(['log', f.slug]) })}`);
}

/** The hash of the agreement's current effective text (the model with its overrides), if there is one. */
export function currentTextHash(f: CaseFlow): string | undefined {
  if (!f.agreement.exists) return undefined;
  const agreement = f.agreement.base as AgreementFile;
  if (!Array.isArray(agreement.articles)) return undefined;
  try {
    return effectiveAgreement(configOf(f), { case: caseOf(f), agreement }).hash;
  } catch {
    return undefined;
  }
}

type Version = { hash: string; date: string; note?: LangTextValue };
const versionsOf = (f: CaseFlow): Version[] => ((f.agreement.base as { versions?: Version[] }).versions ?? []).slice();

/**
 * Records the agreement's current text as a version (its hash and date) unless it already is: the
 * text the council approves, the SRE reviews and the parties sign is named by that hash.
 */
export function recordTextVersion(f: CaseFlow, date: string): string | undefined {
  const { s } = f;
  const hash = currentTextHash(f);
  if (!hash) return undefined;
  const version = unrecordedVersion(f, date);
  if (!version) return hash;
  s.put(f.agreement, ['versions', versionsOf(f).length], version);
  s.say(`  ${s.t('prompts.version-recorded', { hash: hash.slice(0, 12), date: version.date })}`);
  return hash;
}

/** The agreement's current text as the version to record on `date` (not before the last one); none if recorded. */
export function unrecordedVersion(f: CaseFlow, date: string): { hash: string; date: string } | undefined {
  const hash = currentTextHash(f);
  if (!hash) return undefined;
  const versions = versionsOf(f);
  if (versions.some((v) => v.hash === hash)) return undefined;
  const last = maxDate(versions.map((v) => v.date));
  return { hash, date: last && last > date ? last : date };
}

export async function askDraft(f: CaseFlow, step: StepDef): Promise<StepOutcome> {
  const { s, case: t } = f;
  stepHeader(f, step);
  const before = s.valueAt(t, ['steps', 'draft', 'date']);
  const date = await s.date({
    target: t,
    path: ['steps', 'draft', 'date'],
    message: s.t('q.draft.date'),
    default: s.today,
  });
  const file = `${f.bundle.dir}/agreement.yaml`;
  if (!f.agreement.exists) s.paragraph(s.t('prompts.draft.from-model', { file }));
  if (!f.agreement.exists || (f.agreement.base as AgreementFile).model) {
    await askTerm(f);
    // Without its term the model's text has blanks: no version of it for the council to approve.
    if (s.valueAt(f.agreement, ['term', 'noticeDays']) === undefined) return 'waiting';
  }
  if (!f.agreement.exists) startFromModel(f, file);
  if (date && typeof before === 'string' && before !== date) redateDraftVersion(f, before, date);
  if (date) recordTextVersion(f, date);
  return 'asked';
}

/**
 * A corrected draft date moves the version the draft step recorded on the date it replaces, when
 * that version is still the current text and the last one (not before the version preceding it).
 */
function redateDraftVersion(f: CaseFlow, before: string, date: string): void {
  const { s } = f;
  const versions = versionsOf(f);
  const last = versions.length - 1;
  const version = versions[last];
  if (!version || version.date !== before || version.hash !== currentTextHash(f)) return;
  const previous = versions[last - 1]?.date;
  const moved = previous && previous > date ? previous : date;
  if (moved === version.date) return;
  s.put(f.agreement, ['versions', last, 'date'], moved);
  s.say(`  ${s.t('prompts.version-redated', { hash: version.hash.slice(0, 12), from: before, date: moved })}`);
}

/** The agreement.yaml a case starts with: the SRE model of the case's kind, no overrides yet. */
export const modelAgreement = (f: CaseFlow) => ({
  schemaVersion: 1,
  model: caseOf(f).kind ?? 'sister-cities',
  articles: [],
});

/** A case with no agreement.yaml yet: written from the model, with the term asked or given for it. */
function startFromModel(f: CaseFlow, file: string): void {
  const { s } = f;
  const value = { ...modelAgreement(f), ...s.value(f.agreement) };
  const root = f.ws.root;
  applyPlan({
    root,
    writes: [{ file, content: newYamlFile('agreement', value, caseSchemaRef(root, 'agreement')), expected: null }],
  });
  s.reopen(f.agreement);
}

const TERMS = ['indefinite', 'fixed'] as const;

/** The term and the notice to end it: the model's article on entry into force shows blanks without them. */
async function askTerm(f: CaseFlow): Promise<void> {
  const { s, agreement: t } = f;
  const type = await s.select({
    target: t,
    path: ['term', 'type'],
    message: s.t('q.draft.term'),
    choices: enumChoices(s, 'term', TERMS),
    default: 'indefinite',
  });
  if (type === 'fixed') await s.int({ target: t, path: ['term', 'years'], message: s.t('q.draft.years') });
  await s.int({ target: t, path: ['term', 'noticeDays'], message: s.t('q.draft.noticeDays'), default: 90 });
}

/** A text version to name: chosen among the recorded ones (newest first), or typed. */
async function askHash(
  f: CaseFlow,
  path: FieldPath,
  messageText: string,
  preferred?: string,
): Promise<string | undefined> {
  const { s, case: t } = f;
  const versions = versionsOf(f).reverse();
  const current = currentTextHash(f);
  const choices = versions.map((v) => ({
    value: v.hash,
    name: `${v.date} · ${v.hash.slice(0, 12)}${v.note ? ` · ${inLanguage(v.note, s.lang)}` : ''}${v.hash === current ? ` ${s.t('prompts.hash.current-text')}` : ''}`,
  }));
  if (current && !versions.some((v) => v.hash === current))
    choices.unshift({ value: current, name: s.t('prompts.hash.unrecorded', { hash: current.slice(0, 12) }) });
  if (choices.length === 0) {
    return s.text({
      target: t,
      path,
      message: `${messageText} ${s.t('prompts.hash.type')}`,
      optional: true,
      blank: s.t('prompts.hash.type.blank'),
    });
  }
  const def = preferred && choices.some((c) => c.value === preferred) ? preferred : choices[0]?.value;
  return s.select({ target: t, path, message: messageText, choices, ...(def ? { default: def } : {}) });
}

export async function askCouncil(f: CaseFlow, step: StepDef): Promise<StepOutcome> {
  const { s, case: t } = f;
  stepHeader(f, step);
  const base: FieldPath = ['steps', 'council'];
  const held = await s.gate(
    s.t('q.council.held'),
    [{ target: t, path: [...base, 'date'], label: s.t('q.council.date') }],
    true,
  );
  if (!held) return 'waiting';
  const settings = configOf(f).settings?.council;
  await s.date({ target: t, path: [...base, 'date'], message: s.t('q.council.date'), default: s.today });
  await s.text({ target: t, path: [...base, 'session'], message: s.t('q.council.session') });
  await s.select({
    target: t,
    path: [...base, 'sessionType'],
    message: s.t('q.council.sessionType'),
    choices: enumChoices(s, 'session', ['ordinaria', 'extraordinaria'] as const),
    default: 'ordinaria',
  });
  const votes = [...base, 'votes'];
  // Whether the vote reaches its majority depends on the members, the term and the rule: judged
  // (council-majority) once they are answered, not as soon as the votes against are.
  await s.together(async () => {
    await s.int({ target: t, path: [...votes, 'for'], message: s.t('q.council.for') });
    await s.int({ target: t, path: [...votes, 'against'], message: s.t('q.council.against'), default: 0 });
    await s.int({
      target: t,
      path: [...votes, 'abstentions'],
      message: s.t('q.council.abstentions'),
      default: 0,
      optional: true,
    });
    await s.int({
      target: t,
      path: [...votes, 'members'],
      message: s.t('q.council.members'),
      ...(settings?.members ? { default: settings.members } : {}),
      optional: true,
    });
    const binds = await s.flag({
      target: t,
      path: [...base, 'bindsBeyondTerm'],
      message: s.t('q.council.binds'),
      // Proposed when the term outlives the administration; otherwise no proposal, as with no term.
      default:
        outlivesCouncil(
          configOf(f),
          (f.agreement.base as AgreementFile).term,
          s.valueAt(t, [...base, 'date']) as string | undefined,
        ) || undefined,
    });
    // The majority matters only for an agreement that outlives the council's term (CPEUM art. 115-II-b).
    if (binds) {
      await s.select({
        target: t,
        path: [...base, 'majority'],
        message: s.t('q.council.majority'),
        choices: enumChoices(s, 'majority', ['two-thirds', 'simple'] as const),
        default: settings?.beyondTermMajority ?? 'two-thirds',
      });
    }
  });
  await askHash(f, [...base, 'hash'], s.t('q.council.hash'));
  return 'asked';
}

const DICTAMEN = ['favourable', 'observations', 'unfavourable', 'not-required'] as const;

export async function askSreOpinion(f: CaseFlow, step: StepDef): Promise<StepOutcome> {
  const { s } = f;
  stepHeader(f, step);
  return askSreRounds(f, {
    path: ['steps', 'sre-opinion', 'rounds'],
    sent: s.t('q.sre.sent'),
    hash: caseOf(f).steps?.council?.hash,
    notSent: () => {
      s.say(`  ${s.t('prompts.sre.not-yet')}`);
      offerDocument(s, 'opinion-request', f.slug);
    },
    observationsNext: s.t('prompts.sre.observations-next', { slug: f.slug }),
  });
}

/** A series of SRE rounds: the agreement's own (the `sre-opinion` step) or an amendment's. */
export interface SreRounds {
  /** Where the list of rounds lives in case.yaml. */
  path: FieldPath;
  /** "Has it been sent?" for the first round. */
  sent: string;
  /** The text version to offer first in the first round (later rounds offer the current text). */
  hash: string | undefined;
  notSent: () => void;
  /** Said once the observations of a dictamen are recorded. */
  observationsNext: string;
}

/**
 * The last round's questions: the answers to the observations of the dictamen before it and a new
 * submission when that one closed the round, then the submission's facts, then its dictamen.
 */
export async function askSreRounds(f: CaseFlow, rounds: SreRounds): Promise<StepOutcome> {
  const { s, case: t } = f;
  const roundsPath = rounds.path;
  const list = () => (s.valueAt(t, roundsPath) as SreRoundData[] | undefined) ?? [];
  let r = list().length - 1;
  const last = list()[r];
  if (r < 0 || reopensRound(last)) {
    if (last?.dictamen?.outcome === 'observations') await answerObservations(f, [...roundsPath, r]);
    const sent = await s.gate(
      r < 0 ? rounds.sent : s.t('q.sre.resent'),
      [{ target: t, path: [...roundsPath, r + 1, 'submitted'], label: s.t('q.sre.submitted') }],
      true,
    );
    if (!sent) {
      rounds.notSent();
      return 'waiting';
    }
    r = list().length;
    s.say(`  ${s.t('prompts.sre.round', { n: r + 1 })}`);
  }
  const p: FieldPath = [...roundsPath, r];
  const submitted = await s.date({
    target: t,
    path: [...p, 'submitted'],
    message: s.t('q.sre.submitted'),
    default: s.today,
  });
  await s.text({ target: t, path: [...p, 'oficio'], message: s.t('q.oficio') });
  // A later round sends the text as revised after the observations: the current one, not the
  // version the SRE objected to. (A round being edited keeps its own hash: the select's answer.)
  await askHash(f, [...p, 'hash'], s.t('q.sre.hash'), r === 0 ? rounds.hash : currentTextHash(f));
  const route = configOf(f).settings?.sre?.route;
  await s.select({
    target: t,
    path: [...p, 'route'],
    message: s.t('q.sre.route'),
    choices: enumChoices(s, 'route', ['direct', 'state'] as const),
    ...(route ? { default: route } : {}),
    optional: true,
  });
  const days = followUpDays(stepById('sre-opinion'), configOf(f)) ?? 60;
  await s.date({
    target: t,
    path: [...p, 'followUpOn'],
    message: s.t('q.followUpOn'),
    default: () => (submitted ? addDays(submitted, days) : undefined),
    optional: true,
  });
  await s.date({
    target: t,
    path: [...p, 'acuse'],
    message: s.t('q.acuse'),
    optional: true,
    blank: s.t('q.acuse.blank'),
  });
  const d: FieldPath = [...p, 'dictamen'];
  const arrived = await s.gate(s.t('q.sre.arrived'), [
    { target: t, path: [...d, 'date'], label: s.t('q.dictamen.date') },
    { target: t, path: [...d, 'outcome'], label: s.t('q.dictamen.outcome') },
  ]);
  if (!arrived) {
    const round = list()[r];
    waitingNote(f, 'sre', round?.submitted, round?.followUpOn);
    return 'waiting';
  }
  await s.date({ target: t, path: [...d, 'date'], message: s.t('q.dictamen.date'), default: s.today });
  await s.text({ target: t, path: [...d, 'oficio'], message: s.t('q.oficio'), optional: true });
  const outcome = await s.select({
    target: t,
    path: [...d, 'outcome'],
    message: s.t('q.dictamen.outcome'),
    choices: enumChoices(s, 'dictamen', DICTAMEN),
  });
  // Observations only when the dictamen came with them.
  if (outcome === 'observations') {
    await s.loop({
      target: t,
      path: [...d, 'observations'],
      required: true,
      first: s.t('q.observations.first'),
      another: s.t('q.observations.another'),
      item: async (i) => {
        const o: FieldPath = [...d, 'observations', i];
        if (s.valueAt(t, [...o, 'id']) === undefined) s.put(t, [...o, 'id'], `obs-${i + 1}`);
        await s.text({ target: t, path: [...o, 'article'], message: s.t('q.observation.article'), optional: true });
        return (
          (await s.langText({ target: t, path: [...o, 'text'], message: s.t('q.observation.text', { n: i + 1 }) })) !==
          undefined
        );
      },
    });
    s.say(`  ${rounds.observationsNext}`);
  } else if (outcome === 'unfavourable') s.say(`  ${s.t('prompts.sre.unfavourable')}`);
  return 'asked';
}

/** Before a new round: how each observation of the last dictamen was resolved. */
async function answerObservations(f: CaseFlow, round: FieldPath): Promise<void> {
  const { s, case: t } = f;
  const list = (s.valueAt(t, [...round, 'dictamen', 'observations']) as { text?: LangTextValue }[] | undefined) ?? [];
  for (const [i, obs] of list.entries()) {
    const a: FieldPath = [...round, 'dictamen', 'observations', i, 'answer'];
    s.say(`  ${s.t('prompts.observation', { n: i + 1, text: inLanguage(obs.text, s.lang) ?? '' })}`);
    await s.select({
      target: t,
      path: [...a, 'resolution'],
      message: s.t('q.observation.resolution'),
      choices: enumChoices(s, 'resolution', ['accepted', 'rejected', 'clarified'] as const),
    });
    // What the request for the next round quotes after the observation (a blank line until written).
    await s.langText({ target: t, path: [...a, 'text'], message: s.t('q.observation.answer'), optional: true });
    await s.date({
      target: t,
      path: [...a, 'date'],
      message: s.t('q.observation.answered'),
      default: s.today,
      optional: true,
    });
  }
}

const ROLE_TITLES: Record<string, Record<string, { es: string; en: string }>> = {
  president: {
    f: { es: 'Presidenta Municipal', en: 'Municipal President' },
    m: { es: 'Presidente Municipal', en: 'Municipal President' },
    x: { es: 'Presidencia Municipal', en: 'Municipal President' },
  },
  sindico: {
    f: { es: 'Síndica Municipal', en: 'Municipal Trustee' },
    m: { es: 'Síndico Municipal', en: 'Municipal Trustee' },
    x: { es: 'Sindicatura Municipal', en: 'Municipal Trustee' },
  },
  secretary: {
    f: { es: 'Secretaria del Ayuntamiento', en: 'Secretary of the Municipal Council' },
    m: { es: 'Secretario del Ayuntamiento', en: 'Secretary of the Municipal Council' },
    x: { es: 'Secretaría del Ayuntamiento', en: 'Secretary of the Municipal Council' },
  },
};

/** The president and the co-signers in office on `date`, as signers. */
function signersOn(f: CaseFlow, date: string) {
  const config = configOf(f);
  const roles = ['president', ...(config.settings?.coSigners ?? ['sindico', 'secretary'])] as const;
  return roles.flatMap((role) => {
    // Those the agreement prints as signing for the municipality on that day (context/agreement.ts).
    const o = officialOn(config, role, date)?.official;
    if (!o) return [];
    const title = ROLE_TITLES[role]?.[o.gender];
    return [
      {
        ...(o.honorific ? { honorific: o.honorific } : {}),
        name: o.name,
        gender: o.gender,
        ...(title ? { title } : {}),
      },
    ];
  });
}

/** The runs already told why the signed text was not written out. */
const toldNotFrozen = new WeakSet<CaseFlow>();

/**
 * Once signed, a text drawn from the model goes into agreement.yaml whole (src/agreement/freeze.ts),
 * when it is the text that was signed; otherwise it says what keeps it from being written.
 */
function freezeSignedText(f: CaseFlow, signed: unknown, date: string): void {
  const { s } = f;
  const agreement = f.agreement.base as AgreementFile;
  if (!f.agreement.exists || agreement.model === undefined || typeof signed !== 'string') return;
  const eff = effectiveAgreement(configOf(f), { case: caseOf(f), agreement });
  if (eff.hash !== signed) {
    // Said once a run, though both `next` and the signature step look.
    if (toldNotFrozen.has(f)) return;
    toldNotFrozen.add(f);
    s.paragraph(
      s.t('prompts.signature.not-frozen', { hash: eff.hash.slice(0, 12), signed: signed.slice(0, 12), slug: f.slug }),
    );
    return;
  }
  f.agreement.base = frozenAgreement(agreement, eff);
  // Said in the file too: a comment written for `model:` above the articles would now mislead.
  s.comment(f.agreement, 'articles', s.t('prompts.signature.frozen-comment', { model: agreement.model, date }));
  s.assign(f.agreement);
  s.paragraph(s.t('prompts.signature.frozen', { file: f.agreement.file }));
}

/**
 * The same once the signature is on record, however it got there (an answers file that records it
 * whole leaves no signature question to ask): either Party's date makes the text signed.
 */
export function freezeIfSigned(f: CaseFlow): void {
  const sig = caseOf(f).steps?.signature;
  const date = sig?.municipality?.date ?? sig?.counterpart?.date;
  if (date) freezeSignedText(f, sig?.hash, date);
}

export async function askSignature(f: CaseFlow, step: StepDef): Promise<StepOutcome> {
  const { s, case: t } = f;
  stepHeader(f, step);
  const base: FieldPath = ['steps', 'signature'];
  // Asked first, as for every event: running `next` to see what comes must not start the step.
  const signed = await s.gate(
    s.t('q.signature.held'),
    [
      { target: t, path: [...base, 'municipality', 'date'], label: s.t('q.signature.date-municipality') },
      { target: t, path: [...base, 'hash'] },
    ],
    true,
  );
  if (!signed) return 'waiting';
  const cleared = clearingDictamen(caseOf(f));
  await askHash(f, [...base, 'hash'], s.t('q.signature.hash'), cleared?.hash ?? lastRound(caseOf(f))?.hash);
  const config = configOf(f);
  const m = config.municipality;
  await s.langText({
    target: t,
    path: [...base, 'municipality', 'place'],
    message: s.t('q.signature.place-municipality'),
    default: () => (m ? { es: `${m.seat ?? m.name}, ${m.state}` } : undefined),
  });
  const date = await s.date({
    target: t,
    path: [...base, 'municipality', 'date'],
    message: s.t('q.signature.date-municipality'),
    default: s.today,
  });
  if (date && s.valueAt(t, [...base, 'municipality', 'signers']) === undefined) {
    const signers = signersOn(f, date);
    if (signers.length > 0) {
      const names = signers.map((x) => x.name).join(', ');
      const ok = await s.gate(s.t('q.signature.signers', { names }), [], true);
      if (ok || (!s.interactive && s.yes)) s.put(t, [...base, 'municipality', 'signers'], signers);
    }
  }
  if (date) freezeSignedText(f, s.valueAt(t, [...base, 'hash']), date);
  const other = await s.gate(s.t('q.signature.counterpart-signed', { city: cityName(f, s.lang) }), [
    { target: t, path: [...base, 'counterpart', 'date'], label: s.t('q.signature.date-counterpart') },
  ]);
  if (!other) {
    waitingNote(f, 'contraparte', date, undefined);
    return 'waiting';
  }
  const region = caseOf(f).counterpart?.region;
  await s.langText({
    target: t,
    path: [...base, 'counterpart', 'place'],
    message: s.t('q.signature.place-counterpart'),
    // The city's name in each language; once the Spanish says otherwise, the others start from it.
    default: (answered) => {
      const out: Record<string, string> = {};
      for (const l of s.docLangs) out[l] = `${cityName(f, l)}${region ? `, ${inLanguage(region, l)}` : ''}`;
      return answered.es === undefined || answered.es === out.es ? out : { es: out.es as string };
    },
  });
  await s.date({
    target: t,
    path: [...base, 'counterpart', 'date'],
    message: s.t('q.signature.date-counterpart'),
    default: s.today,
  });
  await s.int({
    target: t,
    path: [...base, 'originals'],
    message: s.t('q.signature.originals'),
    default: (f.agreement.base as { originals?: number }).originals ?? 2,
    optional: true,
  });
  // Some counterparts sign only after their own council or assembly approves: recorded when it did.
  const approval: FieldPath = [...base, 'counterpartApproval'];
  if (await s.optIn(t, approval, s.t('q.approval.needed', { city: cityName(f, s.lang) }))) {
    const body = await s.langText({ target: t, path: [...approval, 'body'], message: s.t('q.approval.body') });
    if (body !== undefined) {
      await s.date({ target: t, path: [...approval, 'date'], message: s.t('q.approval.date'), optional: true });
      await s.text({
        target: t,
        path: [...approval, 'reference'],
        message: s.t('q.approval.reference'),
        optional: true,
      });
    }
  }
  return 'asked';
}

export async function askRegistration(f: CaseFlow, step: StepDef): Promise<StepOutcome> {
  stepHeader(f, step);
  return askRegistrationFacts(f, ['steps', 'registration'], f.s.t('q.registration.sent'));
}

/**
 * The copy of a signed text sent to the SRE for its registry (LSCT art. 7), at `base`: the agreement's
 * `steps.registration`, or an amendment's `registration`. Whether it went (if not, the oficio to send
 * it with), its date, oficio and follow-up (the registration step's interval), then the SRE's acuse
 * and the registry number.
 */
export async function askRegistrationFacts(f: CaseFlow, base: FieldPath, sentQuestion: string): Promise<StepOutcome> {
  const { s, case: t } = f;
  const sent = await s.gate(
    sentQuestion,
    [{ target: t, path: [...base, 'date'], label: s.t('q.registration.date') }],
    true,
  );
  if (!sent) {
    offerDocument(s, 'registration', f.slug);
    return 'waiting';
  }
  const date = await s.date({
    target: t,
    path: [...base, 'date'],
    message: s.t('q.registration.date'),
    default: s.today,
  });
  await s.text({ target: t, path: [...base, 'oficio'], message: s.t('q.oficio') });
  const days = followUpDays(stepById('registration'), configOf(f)) ?? 30;
  await s.date({
    target: t,
    path: [...base, 'followUpOn'],
    message: s.t('q.followUpOn'),
    default: () => (date ? addDays(date, days) : undefined),
    optional: true,
  });
  const acuse = await s.gate(s.t('q.registration.acuse-arrived'), [
    { target: t, path: [...base, 'acuse'], label: s.t('q.registration.acuse') },
  ]);
  if (!acuse) {
    waitingNote(f, 'sre', date, s.valueAt(t, [...base, 'followUpOn']) as string | undefined);
    return 'waiting';
  }
  await s.date({ target: t, path: [...base, 'acuse'], message: s.t('q.registration.acuse'), default: s.today });
  await s.text({
    target: t,
    path: [...base, 'registryNumber'],
    message: s.t('q.registration.number'),
    optional: true,
    blank: s.t('q.registration.number.blank'),
  });
  return 'asked';
}

export async function askCommunication(f: CaseFlow, step: StepDef): Promise<StepOutcome> {
  const { s, case: t } = f;
  stepHeader(f, step);
  const path: FieldPath = ['steps', 'communication'];
  const before = ((s.valueAt(t, path) as unknown[] | undefined) ?? []).length;
  const item = async (i: number) => {
    const p: FieldPath = [...path, i];
    const date = await s.date({
      target: t,
      path: [...p, 'date'],
      message: s.t('q.communication.date'),
      default: s.today,
    });
    if (date === undefined) return false;
    await s.langText({ target: t, path: [...p, 'channel'], message: s.t('q.communication.channel') });
    await s.langText({ target: t, path: [...p, 'summary'], message: s.t('q.communication.summary') });
    await s.text({ target: t, path: [...p, 'url'], message: s.t('q.communication.url'), optional: true });
    return true;
  };
  // Each evaluation of results calls for a new communication: add one even when some exist.
  if (before === 0 || (await s.gate(s.t('q.communication.add'), [], true))) await item(before);
  while (await s.more(s.t('q.communication.another'))) await item(((s.valueAt(t, path) as unknown[]) ?? []).length);
  return 'asked';
}

/**
 * The document a step calls for, offered as the command that makes it. Document generation is its
 * own command (`linkage generate`); when it can be called from here, this is the one place to do it.
 */
export function offerDocument(s: Session, document: string, slug?: string): string {
  const command = s.command(['generate', document, ...(slug ? [slug] : [])]);
  s.say(`  ${s.t('prompts.document', { document: s.t(`prompts.doc.${document}`), command })}`);
  return command;
}

/** A step the workspace's own reglamento adds: its facts by type, under `steps.<id>`. */
export async function askLocalStep(f: CaseFlow, step: StepDef): Promise<StepOutcome> {
  const { s, case: t } = f;
  stepHeader(f, step);
  const def = configOf(f).localSteps?.find((l: LocalStepData) => l.id === step.id);
  for (const fact of def?.facts ?? []) {
    const path: FieldPath = ['steps', step.id, fact.key];
    const message = fact.label ? (inLanguage(fact.label, s.lang) ?? fact.key) : fact.key;
    if (fact.type === 'date') await s.date({ target: t, path, message, default: s.today });
    else if (fact.type === 'number') await s.number({ target: t, path, message });
    else if (fact.type === 'boolean') await s.flag({ target: t, path, message });
    else if (fact.type === 'evidence')
      await s.text({ target: t, path: [...path, 0, 'path'], message: `${message} ${s.t('q.evidence.path')}` });
    else await s.text({ target: t, path, message });
  }
  return 'asked';
}
