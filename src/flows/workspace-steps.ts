// Phase 1, Identification: the municipality itself (asked by `init`), the liaison, citizen
// participation and the Municipal Profile with the PMD priorities (asked by `init` and `next`).

import { existsSync } from 'node:fs';
import { type Answers, type FieldPath, getIn } from '../commands/answers.js';
import { addDays, yearOf } from '../process/dates.js';
import { checkLanguage } from '../process/rules/iso-codes.js';
import type { StepDef } from '../process/steps.js';
import { resolveInside } from '../workspace/paths.js';
import { SECTORS } from '../workspace/sectors.js';
import { configOf, documentLanguages, stepHeader, type WorkspaceFlow } from './context.js';
import { MEXICAN_STATES, stateByName } from './mexico.js';
import { forNewPerson, isAnotherPerson } from './person.js';
import type { Session, Target } from './session.js';

/** Choices of a schema enum, named from the catalog (`enum.<field>.<value>`, with `.desc` when there is one). */
export function enumChoices<T extends string>(s: Session, field: string, values: readonly T[]) {
  return values.map((value) => {
    const desc = s.t(`enum.${field}.${value}.desc`);
    return {
      value,
      name: s.t(`enum.${field}.${value}`),
      ...(desc.startsWith('enum.') ? {} : { description: desc }),
    };
  });
}

export const GENDERS = ['f', 'm', 'x'] as const;

/** The latest administration (the one the PMD priorities of the profile step belong to). */
export const currentAdministration = (f: WorkspaceFlow) => Math.max(0, (configOf(f).administrations?.length ?? 1) - 1);

/** `init`: the municipality, its current administration and officials, document languages, letterhead. */
export async function askMunicipality(f: WorkspaceFlow): Promise<void> {
  const { s, config: t } = f;
  s.say(`■ ${s.t('prompts.init.title')}`);
  s.say('');
  await s.text({ target: t, path: ['municipality', 'name'], message: s.t('q.municipality.name') });
  const stateName = await s.select({
    target: t,
    path: ['municipality', 'state'],
    message: s.t('q.municipality.state'),
    choices: MEXICAN_STATES.map((st) => ({ value: st.name, name: st.name })),
  });
  const state = stateByName(stateName);
  await s.text({
    target: t,
    path: ['municipality', 'stateAbbr'],
    message: s.t('q.municipality.stateAbbr'),
    default: state?.abbr,
    optional: true,
  });
  await s.text({
    target: t,
    path: ['municipality', 'inegiCode'],
    message: state ? s.t('q.municipality.inegi-state', { code: state.code }) : s.t('q.municipality.inegi'),
    check: (v) =>
      state && /^[0-9]{5}$/.test(v) && !v.startsWith(state.code)
        ? s.t('prompts.inegi-state', { code: state.code, state: state.name })
        : undefined,
  });
  await askAdministration(f, 0);
  const langs = await s.codes({
    target: t,
    path: ['settings', 'languages'],
    message: s.t('q.settings.languages'),
    default: ['es', 'en'],
    check: (codes) => {
      if (!codes.includes('es')) return s.t('prompts.languages-es');
      const bad = codes.find((c) => {
        const v = checkLanguage(c);
        return !v.ok && !v.unverified;
      });
      return bad ? s.t('prompts.language-unknown', { code: bad }) : undefined;
    },
  });
  if (langs) s.setDocLangs(documentLanguages({ settings: { languages: langs } }));
  await askLetterhead(f);
}

/** An administration's period and its officials: the president, and the co-signers when there are. */
export async function askAdministration(f: WorkspaceFlow, i: number): Promise<void> {
  const { s, config: t } = f;
  const base: FieldPath = ['administrations', i];
  const start = await s.date({ target: t, path: [...base, 'period', 'start'], message: s.t('q.admin.start') });
  const end = await s.date({
    target: t,
    path: [...base, 'period', 'end'],
    message: s.t('q.admin.end'),
    default: () => (start ? addDays(`${yearOf(start) + 3}${start.slice(4)}`, -1) : undefined),
    check: (v) => (start && v <= start ? s.t('prompts.end-before-start', { start }) : undefined),
  });
  await s.text({
    target: t,
    path: [...base, 'id'],
    message: s.t('q.admin.id'),
    default: () => (start && end ? `${yearOf(start)}-${yearOf(end)}` : undefined),
  });
  await askOfficial(f, i, 'president', true);
  await askOfficial(f, i, 'sindico', false, f.s.t('q.official.sindico.blank'));
  await askOfficial(f, i, 'secretary', false);
}

/** `blank`: what Enter without a name means, when it is not just skipping the question. */
async function askOfficial(
  f: WorkspaceFlow,
  i: number,
  role: string,
  required: boolean,
  blank?: string,
): Promise<void> {
  const { s, config: t } = f;
  const officials = (s.valueAt(t, ['administrations', i, 'officials']) as { role?: string }[] | undefined) ?? [];
  const found = officials.findIndex((o) => o.role === role);
  const k = found < 0 ? officials.length : found;
  const path: FieldPath = ['administrations', i, 'officials', k];
  const name = await s.text({
    target: t,
    path: [...path, 'name'],
    message: s.t(`q.official.${role}`),
    optional: !required,
    ...(blank ? { blank } : {}),
  });
  if (name === undefined) return;
  if (s.valueAt(t, [...path, 'role']) === undefined) s.put(t, [...path, 'role'], role);
  await s.select({
    target: t,
    path: [...path, 'gender'],
    message: s.t('q.official.gender', { name }),
    choices: enumChoices(s, 'gender', GENDERS),
  });
}

/** The letterhead: the coat of arms (a file in the workspace) and the motto. */
export async function askLetterhead(f: WorkspaceFlow): Promise<void> {
  const { s, config: t } = f;
  await s.text({
    target: t,
    path: ['settings', 'letterhead', 'coatOfArms'],
    message: s.t('q.letterhead.coat'),
    optional: true,
    check: (v) => {
      const abs = resolveInside(f.ws.root, f.ws.root, v);
      return abs && existsSync(abs) ? undefined : s.t('prompts.file-not-found', { file: v });
    },
  });
  await s.langText({
    target: t,
    path: ['settings', 'letterhead', 'motto'],
    message: s.t('q.letterhead.motto'),
    optional: true,
  });
}

const LIAISON_PERSON: FieldPath = ['liaison', 'person'];

/** The people linkage.yaml records one of each: the liaison, and the addressee of each SRE office. */
const PEOPLE: FieldPath[] = [
  LIAISON_PERSON,
  ...['dgcp', 'legal', 'stateOffice'].map((office) => ['settings', 'sre', office, 'addressee']),
];

/**
 * `config` ready for answers that name a new liaison or SRE addressee: the previous person's own
 * fields (gender, title, email, phone…) go, so that none survives under the new name; the office's
 * fields and the comments stay.
 */
export function forNewPeople(config: Answers, answers: Answers): Answers {
  return PEOPLE.reduce((value, path) => forNewPerson(value, answers, path), config);
}

export async function askLiaison(f: WorkspaceFlow, step: StepDef): Promise<void> {
  const { s, config: t } = f;
  stepHeader(f, step);
  await s.langText({ target: t, path: ['liaison', 'area'], message: s.t('q.liaison.area') });
  const before = s.value(t);
  const name = await s.text({ target: t, path: [...LIAISON_PERSON, 'name'], message: s.t('q.liaison.name') });
  if (name === undefined) return;
  // Another person: the next questions offer nothing of the previous one, and keep nothing of theirs.
  if (isAnotherPerson(getIn(before, [...LIAISON_PERSON, 'name']), name)) s.put(t, LIAISON_PERSON, { name });
  await s.select({
    target: t,
    path: ['liaison', 'person', 'gender'],
    message: s.t('q.official.gender', { name }),
    choices: enumChoices(s, 'gender', GENDERS),
    optional: true,
  });
  await s.langText({
    target: t,
    path: ['liaison', 'person', 'title'],
    message: s.t('q.liaison.title'),
    optional: true,
  });
  await s.text({ target: t, path: ['liaison', 'person', 'email'], message: s.t('q.person.email'), optional: true });
  await s.date({ target: t, path: ['liaison', 'appointed'], message: s.t('q.liaison.appointed'), default: s.today });
  await s.text({ target: t, path: ['liaison', 'oficio'], message: s.t('q.liaison.oficio') });
  // The office's own email and phone are public: the Profile's contact and the letters print them
  // (the person's email above is personal data and is never printed).
  await s.text({
    target: t,
    path: ['liaison', 'office', 'email'],
    message: s.t('q.liaison.office.email'),
    optional: true,
  });
  await s.text({
    target: t,
    path: ['liaison', 'office', 'phone'],
    message: s.t('q.liaison.office.phone'),
    optional: true,
  });
}

export async function askParticipation(f: WorkspaceFlow, step: StepDef): Promise<void> {
  const { s, config: t } = f;
  stepHeader(f, step);
  await s.loop({
    target: t,
    path: ['participation'],
    required: true,
    first: s.t('q.participation.first'),
    another: s.t('q.participation.another'),
    item: async (i) => {
      const p: FieldPath = ['participation', i];
      const name = await s.text({ target: t, path: [...p, 'name'], message: s.t('q.participation.name') });
      if (name === undefined) return false;
      await s.select({
        target: t,
        path: [...p, 'sector'],
        message: s.t('q.participation.sector'),
        choices: enumChoices(s, 'sector', SECTORS),
      });
      await s.select({
        target: t,
        path: [...p, 'kind'],
        message: s.t('q.participation.kind'),
        choices: enumChoices(s, 'participant', ['organization', 'person'] as const),
        optional: true,
      });
      await s.langText({ target: t, path: [...p, 'role'], message: s.t('q.participation.role'), optional: true });
      await s.date({ target: t, path: [...p, 'since'], message: s.t('q.participation.since'), optional: true });
      return true;
    },
  });
}

export async function askProfile(f: WorkspaceFlow, step: StepDef): Promise<void> {
  const { s } = f;
  stepHeader(f, step);
  await askPriorities(f);
  const { target: pt, prefix } = f.profile;
  const at = (...path: FieldPath) => [...prefix, ...path];
  await s.langText({ target: pt, path: at('location'), message: s.t('q.profile.location') });
  await s.int({ target: pt, path: at('population', 'total'), message: s.t('q.profile.population') });
  await s.int({ target: pt, path: at('population', 'year'), message: s.t('q.profile.population-year'), default: 2020 });
  await s.text({
    target: pt,
    path: at('population', 'source'),
    message: s.t('q.profile.population-source'),
    default: s.t('q.profile.population-source.default'),
    optional: true,
  });
  await s.langText({ target: pt, path: at('economy'), message: s.t('q.profile.economy') });
  await textList(s, pt, at('strengths'), 'strengths', true);
  await textList(s, pt, at('potential'), 'potential', false);
  await s.langText({
    target: pt,
    path: at('internationalExperience'),
    message: s.t('q.profile.internationalExperience'),
    optional: true,
  });
  await s.loop({
    target: pt,
    path: at('migrantCommunities'),
    required: false,
    first: s.t('q.profile.migrants.first'),
    another: s.t('q.profile.migrants.another'),
    item: async (i) => {
      const p = at('migrantCommunities', i);
      const place = await s.text({ target: pt, path: [...p, 'place'], message: s.t('q.profile.migrants.place') });
      if (place === undefined) return false;
      await s.text({
        target: pt,
        path: [...p, 'country'],
        message: s.t('q.country'),
        default: 'US',
        normalize: (v) => v.toUpperCase(),
      });
      await s.int({
        target: pt,
        path: [...p, 'population'],
        message: s.t('q.profile.migrants.population'),
        optional: true,
      });
      return true;
    },
  });
}

/** A list of free texts (strengths, potential), one per item, each in every document language. */
async function textList(s: Session, t: Target, path: FieldPath, key: string, required: boolean): Promise<void> {
  await s.loop({
    target: t,
    path,
    required,
    first: s.t(`q.profile.${key}.first`),
    another: s.t(`q.profile.${key}.another`),
    item: async (i) =>
      (await s.langText({ target: t, path: [...path, i], message: s.t(`q.profile.${key}`) })) !== undefined,
  });
}

/** The PMD priorities of the current administration: the ids areas of opportunity are tied to. */
export async function askPriorities(f: WorkspaceFlow): Promise<void> {
  const { s, config: t } = f;
  const a = currentAdministration(f);
  const admin = configOf(f).administrations?.[a];
  const pmd: FieldPath = ['administrations', a, 'pmd'];
  const startYear = admin?.period?.start?.slice(0, 4) ?? s.today.slice(0, 4);
  s.paragraph(s.t('prompts.pmd.intro', { id: admin?.id ?? '' }));
  await s.langText({
    target: t,
    path: [...pmd, 'title'],
    message: s.t('q.pmd.title'),
    optional: true,
    default: () => ({
      es: `Plan Municipal de Desarrollo ${admin?.id ?? ''}`.trim(),
      en: `Municipal Development Plan ${admin?.id ?? ''}`.trim(),
    }),
  });
  await s.loop({
    target: t,
    path: [...pmd, 'priorities'],
    required: true,
    first: s.t('q.pmd.first'),
    another: s.t('q.pmd.another'),
    item: async (i) => {
      const p: FieldPath = [...pmd, 'priorities', i];
      const listed = (s.valueAt(t, [...pmd, 'priorities']) as { id?: string }[] | undefined) ?? [];
      const ids = listed.filter((_, k) => k !== i).map((x) => x.id);
      const id = await s.text({
        target: t,
        path: [...p, 'id'],
        message: s.t('q.pmd.id'),
        default: followingId(listed[i - 1]?.id, `PMD-${startYear}-${i + 1}`, ids),
        check: (v) => (ids.includes(v) ? s.t('prompts.id-taken', { id: v }) : undefined),
      });
      if (id === undefined) return false;
      return (
        (await s.langText({ target: t, path: [...p, 'title'], message: s.t('q.pmd.priority', { id }) })) !== undefined
      );
    },
  });
}

/**
 * The id to offer after `previous`: its last number plus one, as the plan numbers its priorities
 * (PMD-2024-2.1 → PMD-2024-2.2), else `fallback`; one already taken counts on.
 */
function followingId(previous: string | undefined, fallback: string, taken: readonly (string | undefined)[]): string {
  const numbered = (id: string) => /^(.*?)(\d+)$/.exec(id);
  const after = (m: RegExpExecArray) => `${m[1]}${Number(m[2]) + 1}`;
  const last = previous === undefined ? null : numbered(previous);
  let next = last ? after(last) : fallback;
  for (let m = numbered(next); m && taken.includes(next); m = numbered(next)) next = after(m);
  return next;
}
