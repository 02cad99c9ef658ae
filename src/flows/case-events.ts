// What happens to a case outside the step sequence: its end (declined, withdrawn, terminated,
// expired) and its amendments. Offered by `linkage next <case> --step end|amendment`.
import type { FieldPath } from '../commands/answers.js';
import { addDays } from '../process/dates.js';
import { signatureDate } from '../process/steps.js';
import type { AgreementFile, CaseFile, SreRoundData } from '../workspace/schema.js';
import {
  askRegistrationFacts,
  askSreRounds,
  offerDocument,
  recordTextVersion,
  type StepOutcome,
} from './case-steps.js';
import { type CaseFlow, caseOf } from './context.js';
import type { Session } from './session.js';
import { enumChoices } from './workspace-steps.js';

/** The pseudo-steps `next --step` accepts besides the process's steps. */
export const CASE_EVENTS = ['end', 'amendment'] as const;
export type CaseEvent = (typeof CASE_EVENTS)[number];

export const isCaseEvent = (id: string | undefined): id is CaseEvent =>
  id !== undefined && (CASE_EVENTS as readonly string[]).includes(id);

type AmendmentData = NonNullable<CaseFile['amendments']>[number];

const END_STATES = ['declined', 'withdrawn', 'terminated', 'expired'] as const;

function eventHeader(s: Session, event: CaseEvent): void {
  s.say('');
  s.say(`■ ${s.t(`prompts.${event}.title`)}`);
  s.paragraph(s.t(`prompts.${event}.help`));
  s.sayNotes();
  s.say('');
}

/** `--step end`: how the case ended, when and why; for a termination, the notice given. */
export async function askEnd(f: CaseFlow): Promise<StepOutcome> {
  const { s, case: t } = f;
  eventHeader(s, 'end');
  const base: FieldPath = ['end'];
  const state = await s.select({
    target: t,
    path: [...base, 'state'],
    message: s.t('q.end.state'),
    choices: enumChoices(s, 'end-state', END_STATES),
  });
  if (state === undefined) return 'waiting';
  const notice: FieldPath = [...base, 'notice'];
  // A termination by notice takes effect when the notice period runs out: the notice comes first,
  // and then the date may be ahead.
  if (state === 'terminated') {
    await s.select({
      target: t,
      path: [...notice, 'by'],
      message: s.t('q.end.notice.by'),
      choices: enumChoices(s, 'notice-by', ['municipality', 'counterpart'] as const),
      default: 'municipality',
    });
    await s.date({ target: t, path: [...notice, 'date'], message: s.t('q.end.notice.date'), default: s.today });
    await s.text({ target: t, path: [...notice, 'oficio'], message: s.t('q.oficio'), optional: true });
  } else if (s.valueAt(t, notice) !== undefined) {
    // A notice belongs to a termination only (a revisit may have changed the state).
    s.put(t, notice, undefined);
  }
  // By default the day the notice period runs out (agreement.yaml `term.noticeDays`).
  const noticeDays = (f.agreement.base as AgreementFile | undefined)?.term?.noticeDays;
  const noticed = s.valueAt(t, [...notice, 'date']);
  await s.date({
    target: t,
    path: [...base, 'date'],
    message: s.t(state === 'terminated' ? 'q.end.date-terminated' : 'q.end.date'),
    default:
      state === 'terminated' && typeof noticed === 'string' && noticeDays !== undefined
        ? addDays(noticed, noticeDays)
        : s.today,
  });
  await s.langText({ target: t, path: [...base, 'reason'], message: s.t('q.end.reason'), optional: true });
  return 'asked';
}

/**
 * `--step amendment`: an amendment is a new text that goes its own way to the SRE and is signed again.
 * The last amendment, while unsigned (or given by an answers file), is taken up where it stopped (its
 * first unanswered fact), as is a signed one until the SRE's acuse of its registration is recorded;
 * then `--step amendment` starts a new one: its id, date and summary, the hash of the agreement's
 * text as it now stands (recorded as a version), its SRE rounds, its signature date, and its copy
 * sent to the SRE for registration (date, oficio, follow-up, acuse, registry number).
 */
export async function askAmendment(f: CaseFlow): Promise<StepOutcome> {
  const { s, case: t } = f;
  eventHeader(s, 'amendment');
  // An amendment changes a signed agreement; before the signature, the text is still a draft.
  if (!signatureDate(caseOf(f))) {
    s.say(`  ${s.t('prompts.amendment.not-signed', { slug: f.slug })}`);
    return 'waiting';
  }
  const list = () => (s.valueAt(t, ['amendments']) as AmendmentData[] | undefined) ?? [];
  let i = list().length;
  // The last one is taken up while unsigned or its registration is under way (its copy not sent, or
  // the SRE's acuse not recorded), or when this run's answers gave it: a signature they add closes it
  // rather than opening another.
  const answered = t.touched.some((path) => path[0] === 'amendments');
  const last = list()[i - 1];
  if (i > 0 && (!last?.signed || !last.registration?.acuse || answered)) i--;
  const p: FieldPath = ['amendments', i];
  const taken = list()
    .filter((_, k) => k !== i)
    .map((a) => a.id);
  let n = i + 1;
  while (taken.includes(`modificacion-${n}`)) n++;
  const id = await s.text({
    target: t,
    path: [...p, 'id'],
    message: s.t('q.amendment.id'),
    default: `modificacion-${n}`,
    check: (v) => (taken.includes(v) ? s.t('prompts.id-taken', { id: v }) : undefined),
  });
  if (id === undefined) return 'waiting';
  // Signed in an earlier run, its text, rounds and signature are settled (check verifies them): what
  // is left is its registration, without asking again the optional facts left blank.
  const settled = !answered && s.valueAt(t, [...p, 'signed']) !== undefined;
  if (!settled && !(await askUntilSigned(f, p, id))) return 'waiting';
  // Signed, its copy goes to the SRE's registry as the agreement's did (`generate registration` is
  // about it until it is sent), and the SRE acknowledges it.
  return askRegistrationFacts(f, [...p, 'registration'], s.t('q.amendment.registration-sent', { id }));
}

/** An amendment's date, summary, text version, SRE rounds and signature: whether it is signed. */
async function askUntilSigned(f: CaseFlow, p: FieldPath, id: string): Promise<boolean> {
  const { s, case: t } = f;
  const date = await s.date({
    target: t,
    path: [...p, 'date'],
    message: s.t('q.amendment.date'),
    default: s.today,
  });
  const summary = await s.langText({ target: t, path: [...p, 'summary'], message: s.t('q.amendment.summary') });
  if (summary === undefined) return false;
  if (s.valueAt(t, [...p, 'hash']) === undefined) {
    // The new version and the amendment's hash agree only together: neither is a problem alone.
    let hash: string | undefined;
    await s.together(() => {
      hash = recordTextVersion(f, date ?? s.today);
      if (hash) s.put(t, [...p, 'hash'], hash);
    });
    if (hash) s.say(`  ${s.t('prompts.amendment.hash', { id, hash: hash.slice(0, 12) })}`);
    else s.say(`  ${s.t('prompts.amendment.no-text', { slug: f.slug })}`);
  }
  const step = { slug: f.slug };
  const rounds = await askSreRounds(f, {
    path: [...p, 'rounds'],
    sent: s.t('q.amendment.sent', { id }),
    hash: s.valueAt(t, [...p, 'hash']) as string | undefined,
    // `generate opinion-request` is about the amendment under way: this one.
    notSent: () => {
      s.say(`  ${s.t('prompts.amendment.not-sent', step)}`);
      offerDocument(s, 'opinion-request', f.slug);
    },
    observationsNext: s.t('prompts.amendment.observations-next', step),
  });
  const outcome = (s.valueAt(t, [...p, 'rounds']) as SreRoundData[] | undefined)?.at(-1)?.dictamen?.outcome;
  // Signed only once the SRE cleared the amended text (LSCT art. 7, as for the agreement itself).
  if (rounds === 'waiting' || (outcome !== 'favourable' && outcome !== 'not-required')) return false;
  const signed = await s.date({
    target: t,
    path: [...p, 'signed'],
    message: s.t('q.amendment.signed'),
    optional: true,
    blank: s.t('q.amendment.signed.blank'),
  });
  if (signed === undefined) {
    s.say(`  ${s.t('prompts.amendment.not-signed-yet', step)}`);
    return false;
  }
  return true;
}
