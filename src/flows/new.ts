// `linkage new <city>` on a terminal: the country, names, languages, nature and kind (kept in a draft
// until the case can be written by the same path as `new --answers`), then the `counterpart` step
// through `next`'s own questions.
import {
  type Answers,
  type AnswersSource,
  answersError,
  describeIssues,
  getIn,
  isPlainObject,
} from '../commands/answers.js';
import { type NewPlan, runNew, takenSlug } from '../commands/new.js';
import { UserError } from '../errors.js';
import { message } from '../ui/i18n.js';
import { CASES_DIR, loadWorkspace, type Workspace } from '../workspace/load.js';
import { checkSlug, slugify } from '../workspace/paths.js';
import { caseFilePath } from '../workspace/root.js';
import { askCaseBasics, countryCheck } from './case-steps.js';
import { type FlowOptions, makeSession, workspaceFlow } from './context.js';
import { nextFlow } from './next.js';
import type { Session } from './session.js';

export interface NewFlowOptions extends FlowOptions {
  ws: Workspace;
  city: string;
  country?: string;
  slug?: string;
  answers?: AnswersSource;
  onCreated?: (plan: Extract<NewPlan, { ok: true }>) => void;
  /** Another candidate city was named: its case is being collected (candidatesFlow). */
  onCandidate?: (city: string) => void;
}

export interface NewFlowResult {
  session: Session;
  /** The city as named on the command line or at the prompt. */
  city: string;
  slug: string;
  country: string;
  /** The final case.yaml as answers: `new --answers` with it writes the same file. */
  answers: Answers;
  /** The slug had to be asked (so the replay must name it). */
  slugAsked: boolean;
}

export async function newFlow(o: NewFlowOptions): Promise<NewFlowResult> {
  const s = makeSession(o, o.ws);
  const f = workspaceFlow(s, o.ws);
  const given = o.answers && isPlainObject(o.answers.value) ? o.answers.value : {};

  // The country names the case folder, so it comes first.
  let country = o.country?.trim().toUpperCase() ?? (getIn(given, ['counterpart', 'country']) as string | undefined);
  // A --country that is no country code is said before any question, not after all of them.
  if (o.country !== undefined && !/^[A-Z]{2}$/.test(country ?? '')) {
    throw new UserError('new.country-flag', { value: o.country });
  }
  // A run interrupted before the case was written left its answers in the draft of a case folder
  // named by the country and the slug: offered again, they find them.
  const city = o.city.normalize('NFC').trim();
  const drafts = s
    .unwrittenDrafts(CASES_DIR)
    .filter(
      (d) => getIn(d.value, ['counterpart', 'city', 'es']) === city && getIn(d.value, ['counterpart', 'country']),
    );
  if (!country) {
    const scratch = s.open(`${CASES_DIR}/.new/case.yaml`, 'case', { hold: true, scratch: true });
    country = await s.text({
      target: scratch,
      path: ['counterpart', 'country'],
      message: s.t('q.counterpart.country', { city: o.city }),
      suggest: () => getIn(drafts[0]?.value, ['counterpart', 'country']) as string | undefined,
      normalize: (v) => v.toUpperCase(),
      check: countryCheck(s),
    });
    if (!country) throw new UserError('answers.missing', { fields: 'counterpart.country' }, 2);
  }
  let slug = o.slug ?? slugify(city, country);
  let slugAsked = false;
  const slugProblem = (v: string) => {
    if (v === '') return s.t('slug.empty', { city: o.city });
    const bad = checkSlug(v);
    if (bad) return s.t(bad, { slug: v });
    const taken = takenSlug(o.root, v);
    return taken !== undefined ? s.t('slug.taken', { slug: taken }) : undefined;
  };
  if (slugProblem(slug) && !s.interactive) {
    if (slug === '') throw new UserError('slug.empty', { city: o.city }, 2);
    const bad = checkSlug(slug);
    if (bad) throw new UserError(bad, { slug }, 2);
    throw new UserError('slug.taken', { slug: takenSlug(o.root, slug) ?? slug }, 2);
  }
  if (slugProblem(slug)) {
    const problem = slugProblem(slug);
    s.say(`  ${problem}`);
    const scratch = s.open(`${CASES_DIR}/.new/slug.yaml`, 'case', { hold: true, scratch: true });
    // The slug typed in an interrupted run: its case folder's draft, for the same country.
    const typed = drafts
      .filter((d) => getIn(d.value, ['counterpart', 'country']) === country)
      .map((d) => d.file.slice(CASES_DIR.length + 1, d.file.lastIndexOf('/')))
      .find((v) => !slugProblem(v));
    slug = (await s.text({
      target: scratch,
      path: ['slug'],
      message: s.t('q.slug'),
      ...(typed ? { default: typed } : slug ? { default: `${slug}-2` } : {}),
      normalize: (v) => v.toLowerCase(),
      check: slugProblem,
    })) as string;
    slugAsked = true;
  }

  const file = caseFilePath(slug);
  const t = s.open(file, 'case', { hold: true });
  if (Object.keys(given).length > 0 && t.pending.length === 0) t.base = given;
  if (s.valueAt(t, ['counterpart', 'country']) === undefined) s.put(t, ['counterpart', 'country'], country);
  await askCaseBasics(f, t, city);

  // The country is in the answers already; named as --country only when it came from the flag.
  const plan = runNew({
    root: o.root,
    city: o.city,
    ...(o.country !== undefined ? { country: o.country } : {}),
    slug,
    answers: { file: o.answers?.file ?? 'case.yaml', text: o.answers?.text ?? '', value: s.value(t) },
  });
  if (!plan.ok) {
    const translate = (id: string, params: Record<string, string | number>) => message(o.lang, id, params);
    if (plan.reason === 'priorities') {
      throw new UserError(
        'new.unknown-priority',
        { ids: plan.ids.join(', ') || s.t('new.no-priorities') },
        2,
        undefined,
        describeIssues(plan.issues, o.answers?.file, translate),
      );
    }
    throw answersError(plan.review, o.answers, translate) ?? new Error('new: a failed review without a reason');
  }
  s.dropDraft(t);
  o.onCreated?.(plan);

  // The `counterpart` step: the mayor, the reasons, the areas, the day it was chosen.
  const ws = loadWorkspace(o.root, { only: [slug] });
  const { answers: _given, slug: _slug, ...rest } = o;
  const step = await nextFlow({ ...rest, ws, slug, opened: true });
  const final = step.session.targets.find((x) => x.file === file)?.base ?? plan.value;
  const { schemaVersion: _, ...answers } = final;
  return { session: step.session, city: o.city, slug, country, answers, slugAsked };
}

/**
 * `linkage new <city>` on a terminal: the city given, then further candidate cities while the official
 * says so, each one through newFlow into its own case at the `counterpart` step.
 */
export async function candidatesFlow(o: NewFlowOptions): Promise<NewFlowResult[]> {
  const results = [await newFlow(o)];
  // The flags and the answers file were the first city's; the others start from their name.
  const { city: _city, country: _country, slug: _slug, answers: _answers, ...common } = o;
  const s = makeSession(common, o.ws);
  while (await s.more(s.t('q.new.another'))) {
    const scratch = s.open(`${CASES_DIR}/.new/candidate.yaml`, 'case', { hold: true, scratch: true });
    const city = await s.text({ target: scratch, path: ['counterpart', 'city'], message: s.t('q.new.city') });
    if (!city) break;
    o.onCandidate?.(city);
    results.push(await newFlow({ ...common, ws: loadWorkspace(o.root, { only: [] }), city }));
  }
  return results;
}
